"""Exports by format, PDF included (it needs Qt's printing, so it lives here, not in storage/)."""

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
    html = render_html(snapshot, draft)
    header = PageHeader(snapshot.country, snapshot.exported_at[:10], draft=draft,
                        rtl=snapshot.language in RTL_LANGUAGES)
    write_pdf(html, Path(out), header)
    return []
