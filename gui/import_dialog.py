"""Import…: what a submission file would change, shown before anything is applied."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from storage.importing import ImportPlan

MAX_LISTED = 200  # reasons listed in full; the rest are counted


class ImportDialog(QDialog):
    """The summary: added, changed, unchanged, rejected with reasons; Import only if none rejected."""

    def __init__(self, plan: ImportPlan, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import %1").replace("%1", plan.path.name))
        layout = QVBoxLayout(self)
        counts = QFormLayout()
        for label, value in ((self.tr("Answers added:"), len(plan.added)),
                             (self.tr("Answers changed:"), len(plan.changed)),
                             (self.tr("Answers unchanged:"), len(plan.unchanged)),
                             (self.tr("Comments to store:"), len(plan.comments)),
                             (self.tr("Answers rejected:"), len(plan.rejected))):
            number = QLabel(str(value), self)
            number.setObjectName("count")
            counts.addRow(label, number)
        layout.addLayout(counts)
        details = []
        for note in plan.notes:
            details.append(self.tr("Note: %1").replace("%1", note))
        for rejected in plan.rejected[:MAX_LISTED]:
            details.append(self.tr("Rejected: %1").replace("%1", str(rejected)))
        if len(plan.rejected) > MAX_LISTED:
            details.append(self.tr("… and %1 more rejected").replace("%1", str(len(plan.rejected) - MAX_LISTED)))
        self.details = QPlainTextEdit("\n".join(details), self)
        self.details.setReadOnly(True)
        self.details.setVisible(bool(details))
        layout.addWidget(self.details, 1)
        self.agency = QLineEdit(self)
        self.agency.setPlaceholderText(self.tr("For example: Ministry of Justice"))
        self.agency.setAccessibleName(self.tr("Contributing agency"))
        agency_row = QFormLayout()
        agency_row.addRow(self.tr("Contributing &agency:"), self.agency)
        layout.addLayout(agency_row)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if plan.rejected:
            self.verdict.setText(self.tr(
                "Some answers in this file cannot be used, so nothing will be imported. Ask the sender "
                "to correct them, or remove them from the file, then import it again."))
            self.import_button.setEnabled(False)
        elif not plan.values and not plan.comments:
            self.verdict.setText(self.tr("This file holds nothing new for this assessment."))
            self.import_button.setEnabled(False)
        else:
            self.verdict.setText(self.tr("Importing records the file and the agency with every answer it "
                                         "changes; each change can be seen in the question's history."))
        self.resize(620, 420 if details else 260)
