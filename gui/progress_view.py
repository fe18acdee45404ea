"""Where the work stands: completion per instrument and per cluster, "No" and "In part" per
instrument, and technical assistance needs by form, as bar charts drawn with QPainter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from checklist import progress
from gui.session import Session

BAR_HEIGHT = 18
GAP = 8


@dataclass(frozen=True)
class Bar:
    label: str
    parts: tuple[tuple[float, str], ...]  # (value, colour) stacked from the start
    total: float  # what a full-length bar stands for
    caption: str  # written after the bar, e.g. "120 of 300"


class BarChart(QWidget):
    """Horizontal bars with their labels; mirrored in a right-to-left layout."""

    def __init__(self, title: str, bars: list[Bar], legend: str = "", parent=None):
        super().__init__(parent)
        self.title = title
        self.bars = bars
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.caption}" for b in bars) + (
            f". {legend}" if legend else ""))
        self.setToolTip(legend)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach it with Tab

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line = QFontMetrics(self.font()).height()
        return QSize(560, line + GAP + len(self.bars) * (max(BAR_HEIGHT, line) + GAP))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(360, self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.width()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRectF(0, 0, width, line), align | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        label_width = min(width * 0.38, max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 12)
        caption_width = max((metrics.horizontalAdvance(b.caption) for b in self.bars), default=0) + 12
        bar_space = max(40.0, width - label_width - caption_width)
        y = line + GAP
        row_height = max(BAR_HEIGHT, line)
        for bar in self.bars:
            label_rect = QRectF(0, y, label_width - 8, row_height)
            bar_x = label_width
            caption_rect = QRectF(label_width + bar_space + 6, y, caption_width, row_height)
            if rtl:
                label_rect.moveLeft(width - label_rect.width())
                caption_rect.moveLeft(width - caption_rect.right())
            painter.setPen(text_color)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_rect.width()))
            painter.drawText(label_rect, align | Qt.AlignmentFlag.AlignVCenter, label)
            painter.drawText(caption_rect, align | Qt.AlignmentFlag.AlignVCenter, bar.caption)
            track = QRectF(bar_x, y + (row_height - BAR_HEIGHT) / 2, bar_space, BAR_HEIGHT)
            if rtl:
                track.moveLeft(width - track.right())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase).darker(105))
            painter.drawRoundedRect(track, 3, 3)
            start = 0.0
            for value, colour in bar.parts:
                if bar.total <= 0 or value <= 0:
                    continue
                length = bar_space * value / bar.total
                part = QRectF(track.left() + start, track.top(), length, BAR_HEIGHT)
                if rtl:
                    part.moveLeft(track.right() - start - length)
                painter.setBrush(QColor(colour))
                painter.drawRoundedRect(part, 3, 3)
                start += length
            y += row_height + GAP
        painter.end()


GREEN, ORANGE, RED, BLUE = "#2e7d32", "#f0a30a", "#c62828", "#3f6fb5"


class ProgressView(QWidget):
    """The charts for one assessment, computed from the answers in memory."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        checklist = session.checklist
        instruments = session.instruments
        answers = session.answers
        summary = progress.summary(checklist, instruments, answers)
        layout = QVBoxLayout(self)
        overall = QLabel(self.tr("%1 of %2 required answers given (%3%).")
                         .replace("%1", str(summary["answered"])).replace("%2", str(summary["total"]))
                         .replace("%3", str(round(100 * summary["answered"] / summary["total"])
                                            if summary["total"] else 0)), self)
        overall.setObjectName("overall")
        layout.addWidget(overall)

        def completion(label: str, count: dict) -> Bar:
            return Bar(label, ((count["answered"], GREEN),), count["total"],
                       self.tr("%1 of %2").replace("%1", str(count["answered"])).replace("%2", str(count["total"])))

        by_instrument = [completion(checklist.instrument(i).short_title, c)
                         for i, c in summary["instruments"].items()]
        by_cluster = [completion(f"{n}. {checklist.cluster_title(int(n))}", c) for n, c in summary["clusters"].items()]
        statuses = progress.status_counts(checklist, instruments, answers)
        gaps = []
        for instrument_id in instruments:
            counts = statuses.get(instrument_id, {})
            no, partly = counts.get("no", 0), counts.get("partly", 0)
            provisions = sum(len(a.provisions) for a in checklist.instrument(instrument_id).articles)
            gaps.append(Bar(checklist.instrument(instrument_id).short_title, ((no, RED), (partly, ORANGE)),
                            provisions, self.tr("%1 no, %2 in part").replace("%1", str(no)).replace("%2", str(partly))))
        needs = progress.assistance_needs(checklist, instruments, answers)
        options = self._assistance_labels(session)
        most = max(needs.values(), default=0) or 1
        assistance = [Bar(options.get(k, k), ((v, BLUE),), most, str(v)) for k, v in needs.items()]
        self.charts = {
            "instruments": BarChart(self.tr("Required answers given, per instrument"), by_instrument, parent=self),
            "clusters": BarChart(self.tr("Required answers given, per review cluster"), by_cluster, parent=self),
            "gaps": BarChart(self.tr("Provisions answered “No” (red) or “In part” (orange)"), gaps,
                             self.tr("Bars are out of every provision of the instrument."), self),
            "assistance": BarChart(self.tr("Technical assistance needed, by form (number of provisions)"),
                                   assistance, parent=self),
        }
        for chart in self.charts.values():
            layout.addWidget(chart)
        if not any(needs.values()):
            layout.addWidget(QLabel(self.tr("No provision asks for technical assistance yet."), self))
        layout.addStretch(1)

    @staticmethod
    def _assistance_labels(session: Session) -> dict[str, str]:
        for article in session.checklist.articles():
            for provision in article.provisions:
                question = provision.question("assistance_forms")
                if question is not None:
                    return {o.id: o.label for o in question.options}
        return {}


class ProgressDialog(QDialog):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress of the assessment"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        session.flush()
        self.view = ProgressView(session, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 700)
