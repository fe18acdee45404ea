"""Paged output through Qt: the submission's HTML laid out on pages with a header (country,
date), page numbers and, for drafts, a visible DRAFT marking. Used for PDF export, File >
Print… and Print Preview…; the command line runs it on an offscreen application.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrinter

from storage.atomic import write_atomically


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


@dataclass(frozen=True)
class PageHeader:
    left: str  # e.g. the country
    right: str  # e.g. the date
    draft: bool = False
    rtl: bool = False


def _document(html: str, width: float, rtl: bool) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    font = QFont("Noto Sans")
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setTextWidth(width)
    return document


def paint(printer: QPrinter, html: str, header: PageHeader) -> int:
    """Lay `html` out on the printer's pages; return the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_tr("The printer or PDF file could not be opened for writing."))
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        page = QRectF(0, 0, page.width(), page.height())
        dpi = printer.resolution()
        band = dpi * 0.35  # room for the header and the footer lines
        body = QRectF(0, band, page.width(), page.height() - 2 * band)
        # Lay out in points-like logical units, then scale to the device, so fonts keep size.
        scale = dpi / 72.0
        logical_body = QSizeF(body.width() / scale, body.height() / scale)
        document = _document(html, logical_body.width(), header.rtl)
        document.setPageSize(logical_body)
        pages = document.pageCount()
        for number in range(pages):
            if number:
                printer.newPage()
            painter.save()
            painter.translate(body.topLeft())
            painter.scale(scale, scale)
            painter.translate(0, -number * logical_body.height())
            document.drawContents(painter, QRectF(QPointF(0, number * logical_body.height()), logical_body))
            painter.restore()
            _decorate(painter, page, band, number + 1, pages, header)
        return pages
    finally:
        painter.end()


def _decorate(painter: QPainter, page: QRectF, band: float, number: int, pages: int,
              header: PageHeader) -> None:
    painter.save()
    font = QFont("Noto Sans")
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    top = QRectF(0, 0, page.width(), band * 0.7)
    first, second = (header.right, header.left) if header.rtl else (header.left, header.right)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), first)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), second)
    bottom = QRectF(0, page.height() - band * 0.7, page.width(), band * 0.7)
    footer = _tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(pages))
    painter.drawText(bottom, int(Qt.AlignmentFlag.AlignCenter), footer)
    if header.draft:
        painter.drawText(top, int(Qt.AlignmentFlag.AlignCenter), _tr("DRAFT"))
        mark = QFont("Noto Sans")
        mark.setPointSizeF(96)
        mark.setBold(True)
        painter.setFont(mark)
        painter.setPen(QColor(200, 0, 0, 60))
        painter.translate(page.center())
        painter.rotate(-45)
        painter.drawText(QRectF(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2),
                         int(Qt.AlignmentFlag.AlignCenter), _tr("DRAFT"))
    painter.restore()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(18, 15, 18, 15), QPageLayout.Unit.Millimeter))
    return printer


def write_pdf(html: str, out: Path, header: PageHeader) -> int:
    """Write a PDF atomically, as every export is (storage/atomic.py); return the page count."""
    pages = []
    write_atomically(Path(out), lambda temporary: pages.append(paint(pdf_printer(temporary), html, header)))
    return pages[0]
