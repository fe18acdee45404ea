"""Small icons drawn with QPainter, so the bundle needs no image files for them."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from checklist.progress import COMPLETE, FLAGGED, IN_PROGRESS, INFORMATION, NOT_STARTED

COLORS = {NOT_STARTED: "#9e9e9e", IN_PROGRESS: "#f0a30a", COMPLETE: "#2e7d32", INFORMATION: "#5b7db1",
          FLAGGED: "#c62828"}


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def state_icon(state: str) -> QIcon:
    if state == FLAGGED:
        return QIcon(_flag(COLORS[FLAGGED], True))
    pixmap, painter = _canvas()
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
        painter.drawPolyline([rect.topLeft() + QPointF(x, y) for x, y in ((5, 11), (9, 16), (17, 6))])
    else:
        painter.drawRect(QRectF(8, 6, 16, 20))
    painter.end()
    return QIcon(pixmap)


def _flag(color: str, filled: bool) -> QPixmap:
    pixmap, painter = _canvas()
    painter.setPen(QPen(QColor(color), 3))
    painter.drawLine(QPointF(8, 4), QPointF(8, 29))
    painter.setPen(QPen(QColor(color), 2))
    if filled:
        painter.setBrush(QColor(color))
    painter.drawPolygon([QPointF(9, 5), QPointF(26, 10), QPointF(9, 17)])
    painter.end()
    return pixmap


@cache
def flag_icon() -> QIcon:
    """Red and filled when on (a flagged question, a checked button); a grey outline when off."""
    icon = QIcon(_flag(COLORS[FLAGGED], True))
    icon.addPixmap(_flag("#78909c", False), QIcon.Mode.Normal, QIcon.State.Off)
    icon.addPixmap(_flag(COLORS[FLAGGED], True), QIcon.Mode.Normal, QIcon.State.On)
    return icon


@cache
def comment_icon() -> QIcon:
    pixmap, painter = _canvas()
    painter.setPen(QPen(QColor("#455a64"), 2.5))
    path = QPainterPath()
    path.addRoundedRect(QRectF(4, 5, 24, 16), 4, 4)
    path.moveTo(10, 21)
    path.lineTo(8, 28)
    path.lineTo(16, 21)
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


@cache
def history_icon() -> QIcon:
    pixmap, painter = _canvas()
    painter.setPen(QPen(QColor("#455a64"), 2.5))
    painter.drawEllipse(QRectF(4, 4, 24, 24))
    painter.drawLine(QPointF(16, 16), QPointF(16, 8))
    painter.drawLine(QPointF(16, 16), QPointF(22, 19))
    painter.end()
    return QIcon(pixmap)
