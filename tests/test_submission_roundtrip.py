"""Property-based round trips: export then import gives back the very same answers.

Generated text of any Unicode (Arabic, Chinese, emoji, combining marks, control characters),
text that begins like a formula, HTML tags, line breaks and text longer than an Excel cell.
Example counts stay modest: each example writes and reads real files.
"""

from __future__ import annotations

import datetime as dt
import operator
import tempfile
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from checklist.loader import default_checklist
from checklist.visibility import is_visible
from storage.cell_text import to_cell
from storage.html_export import render_html
from storage.importing import apply_import, plan_import, read_submission
from storage.json_submission import write_json
from storage.submission import take_snapshot
from storage.xlsx_export import write_xlsx
from storage.xlsx_layout import HEADERS
from tests.conftest import create_assessment

CHECKLIST = default_checklist()
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

CHARS = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
TRICKY_STARTS = st.sampled_from([
    "", "=", "+", "-", "@", "\t", "\r", "=1+1", '=HYPERLINK("http://example.org","x")', "@SUM(A1)",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;", "_x0041_", "a\r\nb\n",
    "القانون الجنائي", "刑法第二条", "😀👩‍⚖️", "e\u0301\u0327", "Уголовный кодекс",
])
SHORT_TEXT = st.builds(operator.add, TRICKY_STARTS, st.text(CHARS, max_size=40)).filter(str.strip)
LONG_TEXT = st.builds(lambda start, unit, size: start + (unit * (size // len(unit) + 1))[:size],
                      TRICKY_STARTS, st.text(CHARS, min_size=1, max_size=6).filter(str.strip),
                      st.integers(32_000, 80_000))
TEXT = st.one_of(SHORT_TEXT, SHORT_TEXT, LONG_TEXT)
LINE = st.text(CHARS.filter(lambda c: c != "\n"), min_size=1, max_size=30).filter(str.strip)
NUMBER = st.one_of(st.integers(0, 10**20), st.floats(0, 1e300, allow_nan=False))
DATE = st.dates().map(dt.date.isoformat)


def options(question_id: str):
    return [o.id for o in CHECKLIST.question(question_id).options]


TABLE_ROW = st.fixed_dictionaries({}, optional={"name": SHORT_TEXT, "mandate": SHORT_TEXT, "established": DATE})
STATS_ROW = st.fixed_dictionaries({}, optional={"year": st.integers(1990, 2030), "confiscated": NUMBER,
                                                "value": SHORT_TEXT})
ANSWERS = st.fixed_dictionaries({"untoc.5.1a.status": st.sampled_from(options("untoc.5.1a.status"))}, optional={
    "untoc.5.1a.measures": TEXT,
    "untoc.5.1a.examples": TEXT,
    "untoc.5.1a.sources": st.lists(LINE, min_size=1, max_size=4),
    "untoc.5.1a.challenges": st.lists(st.sampled_from(options("untoc.5.1a.challenges")), min_size=1, unique=True),
    "untoc.5.1a.autonomous": st.sampled_from(options("untoc.5.1a.autonomous")),
    "untoc.2.serious_crime_threshold": NUMBER,
    "untoc.6.2d.last_transmission": DATE,
    "untoc.9.2.bodies": st.lists(TABLE_ROW, min_size=1, max_size=4),
    "untoc.12.1a.statistics": st.lists(STATS_ROW, min_size=1, max_size=4),
})
COMMENTS = st.dictionaries(st.sampled_from(["untoc.5.1a.status", "untoc.5.1a.measures", "untoc.9.2.bodies"]),
                           TEXT, max_size=2)
ARTICLES = ["untoc.2", "untoc.5", "untoc.6", "untoc.9", "untoc.12"]


def export_then_import(folder: Path, answers: dict, comments: dict, writer, name: str):
    source = create_assessment(folder / "source.omnibus", CHECKLIST)
    source.set_answers(answers)
    for question_id, comment in comments.items():
        source.set_comment(question_id, comment)
    out = folder / name
    warnings = writer(take_snapshot(source, CHECKLIST, ARTICLES), out)
    source.close()
    with create_assessment(folder / "target.omnibus", CHECKLIST) as target:
        plan = plan_import(CHECKLIST, target, read_submission(out, CHECKLIST))
        assert not plan.rejected, plan.rejected
        apply_import(target, plan, "Ministry of Justice")
        records = target.answer_records()
    assert {q: r.value for q, r in records.items() if r.value is not None} == answers
    assert {q: r.comment for q, r in records.items() if r.comment} == comments
    return out, warnings


@SETTINGS
@given(ANSWERS, COMMENTS)
def test_json_round_trip(answers, comments):
    with tempfile.TemporaryDirectory() as folder:
        export_then_import(Path(folder), answers, comments, write_json, "out.json")


@SETTINGS
@given(ANSWERS, COMMENTS)
def test_xlsx_round_trip_and_a_second_reader_sees_the_exact_text(answers, comments):
    with tempfile.TemporaryDirectory() as folder:
        out, warnings = export_then_import(Path(folder), answers, comments, write_xlsx, "out.xlsx")
        long_ones = [q for q, v in {**answers, **comments}.items() if isinstance(v, str) and len(v) > 32_767]
        assert all(any(q in w for w in warnings) for q in long_ones)
        with zipfile.ZipFile(out) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/"):
                    assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
        cells = calamine_answers(out)
        for question_id, value in answers.items():
            expected = to_cell(CHECKLIST.question(question_id), value)
            if isinstance(expected, str):
                assert cells[question_id]["answer"] == expected
        for question_id, comment in comments.items():
            assert cells[question_id]["comment"] == comment


def calamine_answers(path: Path) -> dict:
    """Answer and comment text by question id, continuation rows joined, read by calamine."""
    workbook = CalamineWorkbook.from_path(str(path))
    found: dict[str, dict] = {}
    for name in workbook.sheet_names:
        rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
        if not rows or HEADERS["id"] not in rows[0]:
            continue
        index = {key: rows[0].index(header) for key, header in HEADERS.items()}
        for row in rows[1:]:
            entry = found.setdefault(row[index["id"]], {"answer": "", "comment": ""})
            for key in ("answer", "comment"):
                if isinstance(row[index[key]], str):
                    entry[key] += row[index[key]]
    return found


class Markup(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


SAFE_TAGS = {"html", "head", "meta", "title", "style", "body", "p", "h1", "h2", "h3", "h4", "table",
             "tr", "th", "td", "ul", "li", "a", "span", "br"}


@SETTINGS
@given(ANSWERS, COMMENTS)
def test_html_escapes_every_answer_and_keeps_all_its_text(answers, comments):
    answers["untoc.5.1a.status"] = "yes"  # shows measures, sources and examples
    with tempfile.TemporaryDirectory() as folder, \
            create_assessment(Path(folder) / "a.omnibus", CHECKLIST) as assessment:
        assessment.set_answers(answers)
        for question_id, comment in comments.items():
            assessment.set_comment(question_id, comment)
        html = render_html(take_snapshot(assessment, CHECKLIST, ARTICLES), draft=True)
    markup = Markup()
    markup.feed(html)
    markup.close()
    assert {tag for tag, _ in markup.tags} <= SAFE_TAGS
    assert sum(tag == "style" for tag, _ in markup.tags) == 1
    for _, attrs in markup.tags:
        assert not any(name.startswith("on") for name in attrs)
        href = attrs.get("href")
        assert href is None or href.startswith(("#", "http://", "https://"))
    text = "".join(markup.text)
    for question_id in ("untoc.5.1a.measures", "untoc.5.1a.examples"):
        if question_id in answers:
            assert answers[question_id] in text
    for link in answers.get("untoc.5.1a.sources", []):
        assert link in text
    for question_id, comment in comments.items():
        if is_visible(CHECKLIST.question(question_id), answers):
            assert comment in text
