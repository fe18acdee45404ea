"""Exports by format, PDF included (it needs Qt's printing, so it lives here, not in storage/).

The command line reaches PDF through headless_pdf_export(), on an offscreen application.
"""

from __future__ import annotations

from pathlib import Path

from checklist.about import RTL_LANGUAGES
from gui.printing import PageHeader, write_pdf
from storage import exporting
from storage.html_export import render_html
from storage.submission import Snapshot

FORMATS = (*exporting.FORMATS, "pdf")


def export(snapshot: Snapshot, fmt: str, out: Path, *, source: Path | None = None,
           draft: bool = False) -> list[str]:
    """Write `snapshot` as `fmt` to `out` atomically; return warnings for the user."""
    if fmt != "pdf":
        return exporting.export(snapshot, fmt, out, source=source, draft=draft)
    exporting.check_target(Path(out), source)
    html = render_html(snapshot, draft)
    header = PageHeader(snapshot.country, snapshot.exported_at[:10], draft=draft,
                        rtl=snapshot.language in RTL_LANGUAGES)
    write_pdf(html, Path(out), header)
    return []


def headless_pdf_export():
    """The export function for the command line: Qt's printing needs an application, even
    with no screen, so start an offscreen one."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication(["omnibus"])
    return export
