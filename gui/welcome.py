"""The welcome window: New assessment, Open, Open recent, and a sample to try."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checklist.about import APP_NAME, VERSION
from gui.context import AppContext


class WelcomeWindow(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("welcomeWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(APP_NAME)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        title = QLabel(APP_NAME, self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Self-assessment of the United Nations Convention against Transnational Organized Crime "
            "and its Protocols, article by article. Every answer is saved as you type, in one file "
            "you can copy and send. No internet connection is needed."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New assessment…"), self)
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.sample_button = QPushButton(self.tr("Try the &sample"), self)
        for button in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Recent assessments:"), self))
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent assessments"))
        layout.addWidget(self.recent, 1)
        self.empty_note = QLabel(self.tr("No recent assessments yet."), self)
        layout.addWidget(self.empty_note)
        version = QLabel(f"{APP_NAME} {VERSION} · {context.checklist.id} {context.checklist.version}", self)
        version.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(version)

        self.new_button.clicked.connect(self._new)
        self.open_button.clicked.connect(self._open)
        self.sample_button.clicked.connect(self._sample)
        self.recent.itemActivated.connect(self._open_recent)
        self.fill_recent()
        self.resize(720, 480)

    def fill_recent(self) -> None:
        self.recent.clear()
        for path in self.context.recent_files():
            item = QListWidgetItem(f"{path.name}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.empty_note.setVisible(self.recent.count() == 0)
        if self.recent.count():
            self.recent.setCurrentRow(0)

    def _new(self) -> None:
        from gui.app import new_file

        if new_file(self.context, self):
            self.close()

    def _open(self) -> None:
        from gui.app import choose_and_open

        if choose_and_open(self.context, self):
            self.close()

    def _open_recent(self, item: QListWidgetItem) -> None:
        from gui.app import open_file

        if open_file(self.context, Path(item.data(Qt.ItemDataRole.UserRole)), self):
            self.close()

    def _sample(self) -> None:
        from gui.app import open_file
        from gui.sample import sample_path

        path = sample_path(self.context)
        if path and open_file(self.context, path, self):
            self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self in self.context.windows:
            self.context.windows.remove(self)
        event.accept()
