"""Paged PDF output through Qt, read back with pdftotext as a reader would."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from gui.printing import PageHeader, write_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

SAMPLES = {
    "latin": "Penal Code, section 210 (Côte d'Ivoire)",
    "arabic": "قانون مكافحة الاتجار بالبشر",
    "chinese": "打击跨国有组织犯罪",
    "cyrillic": "Уголовный кодекс, статья 210",
}


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    # pdftotext gives Arabic as presentation forms with direction marks; compare normalised words
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def test_every_script_comes_out_as_text(qapp, tmp_path):
    html = "<h1>Report</h1>" + "".join(f"<p>{value}</p>" for value in SAMPLES.values())
    out = tmp_path / "report.pdf"
    pages = write_pdf(html, out, PageHeader("Testland", "2026-11-27"))
    assert pages == 1
    text = pdf_text(out)
    for name, value in SAMPLES.items():
        for word in value.split():
            assert word in text, (name, word)
    assert "Testland" in text and "2026-11-27" in text and "Page 1 of 1" in text
    assert "DRAFT" not in text


def test_draft_marking_and_page_numbers_on_every_page(qapp, tmp_path):
    html = "".join(f"<h2>Article {n}</h2><p>{'Lorem ipsum dolor sit amet. ' * 40}</p>" for n in range(30))
    out = tmp_path / "draft.pdf"
    pages = write_pdf(html, out, PageHeader("Testland", "2026-11-27", draft=True))
    assert pages > 3
    text = pdf_text(out)
    assert text.count("DRAFT") >= pages
    assert f"Page {pages} of {pages}" in text
    assert "Article 29" in text
    assert [p.name for p in tmp_path.iterdir()] == ["draft.pdf"]  # written atomically, nothing left behind


def test_command_line_pdf_export_of_answers_in_four_scripts(tmp_path, checklist):
    import sys
    from pathlib import Path

    from tests.conftest import create_assessment

    path = tmp_path / "a.omnibus"
    with create_assessment(path, checklist, ["untoc"]) as assessment:
        assessment.set_answers({"untoc.5.1a.status": "yes", "untoc.5.1a.measures": SAMPLES["latin"],
                                "untoc.5.1b.status": "partly", "untoc.5.1b.measures": SAMPLES["arabic"],
                                "untoc.6.1ai.status": "yes", "untoc.6.1ai.measures": SAMPLES["chinese"],
                                "untoc.6.1aii.status": "no", "untoc.6.1aii.steps": SAMPLES["cyrillic"]})
    out = tmp_path / "submission.pdf"
    main = Path(__file__).resolve().parent.parent / "main.py"
    result = subprocess.run([sys.executable, str(main), "export", str(path), "--format", "pdf", "--out", str(out),
                             "--draft"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    for value in SAMPLES.values():
        for word in value.split():
            assert word in text, word
    assert "DRAFT" in text and "Testland" in text
