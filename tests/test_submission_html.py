"""The HTML document: self-contained, escaped, readable right to left, printable through Qt."""

from __future__ import annotations

import re
import shutil
import sys

import pytest

from checklist.resources import resource_dir
from storage import html_export
from storage.html_export import render_html
from storage.submission import take_snapshot
from tests.conftest import create_assessment


@pytest.fixture
def make_html(tmp_path, checklist):
    def make(language="en", draft=False, answers=None, instruments=("untoc",)):
        path = tmp_path / f"{language}-{len(list(tmp_path.iterdir()))}.omnibus"
        with create_assessment(path, checklist, language=language, instruments=list(instruments)) as a:
            a.set_answers(answers or {})
            a.set_comment("untoc.5.1a.status", "<b>checked</b> & signed")
            return render_html(take_snapshot(a, checklist), draft=draft)
    return make


ANSWERS = {
    "untoc.5.1a.status": "partly",
    "untoc.5.1a.measures": "<script>alert('x')</script>\nSection 2 <img src=x onerror=alert(1)>",
    "untoc.5.1a.sources": ["https://example.org/law?a=1&b=2", "javascript:alert(1)", "Gazette No. 45"],
    "untoc.5.1a.examples": "hidden: status partly shows examples",
    "untoc.5.1b.status": "yes",
    "untoc.5.1b.steps": "HIDDEN-ANSWER: steps are asked only for partly or no",
    "untoc.9.2.status": "yes",
    "untoc.9.2.bodies": [{"name": "Anti-Corruption <Commission>", "established": "2004-05-01"}],
}


def test_every_value_is_escaped_and_nothing_runs(make_html):
    html = make_html(answers=ANSWERS)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;b&gt;checked&lt;/b&gt; &amp; signed" in html
    assert '<a href="https://example.org/law?a=1&amp;b=2">' in html
    assert 'href="javascript' not in html and "<li>javascript:alert(1)</li>" in html
    assert "Anti-Corruption &lt;Commission&gt;" in html


def test_self_contained_with_nothing_fetched(make_html):
    html = make_html(answers=ANSWERS)
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b", html)
    assert not re.search(r"<[^>]*\bsrc=|@import|url\(", html)
    assert html.count("<style>") == 1


def test_language_and_direction(make_html):
    english = make_html()
    assert '<html lang="en" dir="ltr">' in english
    arabic = make_html(language="ar", answers={"untoc.5.1a.status": "yes",
                                                         "untoc.5.1a.measures": "القانون الجنائي"})
    assert '<html lang="ar" dir="rtl">' in arabic and '<body dir="rtl">' in arabic
    assert "القانون الجنائي" in arabic


def test_draft_marking(make_html):
    assert "DRAFT: not for submission" in make_html(draft=True)
    assert "<title>DRAFT: " in make_html(draft=True)
    assert "DRAFT" not in make_html(draft=False)


def test_contents_badges_and_hidden_answers(make_html, checklist):
    html = make_html(answers=ANSWERS, instruments=("untoc", "tip"))
    anchors = set(re.findall(r'href="#([^"]+)"', html))
    assert len(anchors) == len([a for a in checklist.articles(["untoc", "tip"])])
    assert all(f'id="{anchor}"' in html for anchor in anchors)
    assert '<span class="badge-partly">&nbsp;In part&nbsp;</span>' in html
    assert '<span class="badge-yes">&nbsp;Yes&nbsp;</span>' in html
    assert "In progress" in html and "For information" in html
    assert "hidden: status partly shows examples" in html
    assert "HIDDEN-ANSWER" not in html  # kept in the file, not printed
    assert html.count('class="instrument"') == 2
    assert html.count('class="article-break"') == len([a for a in checklist.articles(["untoc", "tip"])
                                                       if not a.informational]) - 2


def test_template_loads_from_the_bundle(make_html, tmp_path, monkeypatch):
    bundle = tmp_path / "bundle"
    shutil.copytree(resource_dir() / "templates", bundle / "resources" / "templates")
    shutil.copytree(resource_dir() / "checklist", bundle / "resources" / "checklist")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    html_export._environment.cache_clear()
    try:
        assert html_export._environment().loader.searchpath == [str(bundle / "resources" / "templates")]
        assert "<!DOCTYPE html>" in make_html()
    finally:
        html_export._environment.cache_clear()


def test_qt_text_document_reads_it(make_html, qapp):
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(make_html(draft=True, answers=ANSWERS))
    text = document.toPlainText()
    assert "DRAFT" in text and "<script>alert('x')</script>" in text and "In part" in text
