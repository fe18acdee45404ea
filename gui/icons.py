"""Small status icons drawn with QPainter, so the bundle needs no image files for them."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from checklist.progress import COMPLETE, IN_PROGRESS, INFORMATION, NOT_STARTED

COLORS = {NOT_STARTED: "#9e9e9e", IN_PROGRESS: "#f0a30a", COMPLETE: "#2e7d32", INFORMATION: "#5b7db1"}


@cache
def state_icon(state: str) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(COLORS[state])
    painter.setPen(QPen(color, 3))
    rect = QRectF(5, 5, 22, 22)
    if state == NOT_STARTED:
        painter.drawEllipse(rect)
    elif state == IN_PROGRESS:
        painter.drawEllipse(rect)
        painter.setBrush(color)
        painter.drawPie(rect, 90 * 16, 180 * 16)
    elif state == COMPLETE:
        painter.setBrush(color)
        painter.drawEllipse(rect)
        painter.setPen(QPen(QColor("white"), 3))
        painter.drawPolyline([rect.topLeft() + p for p in (_pt(5, 11), _pt(9, 16), _pt(17, 6))])
    else:
        painter.drawRect(QRectF(8, 6, 16, 20))
    painter.end()
    return QIcon(pixmap)


def _pt(x: float, y: float):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)
