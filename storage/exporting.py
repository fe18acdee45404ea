"""Export an assessment to a submission file, by format; each writes atomically."""

from __future__ import annotations

from pathlib import Path

from storage.errors import StorageError
from storage.html_export import write_html
from storage.json_submission import write_json
from storage.submission import Snapshot
from storage.xlsx_export import write_xlsx

FORMATS = ("xlsx", "html", "json")  # pdf needs Qt's printing: gui/, not here


def check_target(out: Path, source: Path | None) -> None:
    """Refuse to export over the assessment itself."""
    if source is not None and out.exists() and out.resolve() == Path(source).resolve():
        raise StorageError(out, "This is the assessment itself; exporting over it would destroy it.",
                           "Choose another file name.")


def export(snapshot: Snapshot, fmt: str, out: Path, *, source: Path | None = None,
           draft: bool = False) -> list[str]:
    """Write `snapshot` to `out`; return warnings for the user (empty when all went in whole).

    A draft is marked in the HTML and on the workbook's cover and page headers; JSON, the
    machine format, has no such marking.
    """
    out = Path(out)
    if source is not None and out.exists() and out.resolve() == Path(source).resolve():
        raise StorageError(out, "This is the assessment itself; exporting over it would destroy it.",
                           "Choose another file name.")
    if fmt == "xlsx":
        return write_xlsx(snapshot, out, draft)
    if fmt == "html":
        return write_html(snapshot, out, draft)
    if fmt == "json":
        return write_json(snapshot, out)
    raise ValueError(f"unknown export format {fmt!r}")
