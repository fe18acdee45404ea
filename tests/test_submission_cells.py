"""Answers as spreadsheet cells: escaping, splitting long text, tables, what people type."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checklist.values import AnswerError
from storage.cell_text import (
    MAX_CELL,
    escape,
    from_cell,
    parse_table,
    split_cell_text,
    table_text,
    to_cell,
    unescape,
)

ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)))
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@SETTINGS
@given(ANY_TEXT)
def test_escape_round_trips_and_leaves_only_characters_xml_allows(text):
    escaped = escape(text)
    assert unescape(escaped) == text
    assert not any(ord(c) < 0x20 and c not in "\t\n" for c in escaped)
    assert "\ufffe" not in escaped and "\uffff" not in escaped


def test_escape_protects_text_that_looks_like_an_escape():
    assert escape("_x0041_") == "_x005F_x0041_"
    assert escape("a\rb\x01") == "a_x000D_b_x0001_"
    assert unescape("_x005F_x0041_") == "_x0041_"


def test_an_escaped_lone_surrogate_is_refused():
    assert unescape("_xD83D__xDE00_") == "\U0001f600"
    with pytest.raises(AnswerError):
        unescape("_xD800_")


@SETTINGS
@given(st.text(st.sampled_from("ab \n_x0041\x01\U0001f600é"), max_size=200), st.integers(1, 4))
def test_long_text_splits_into_pieces_that_fit_and_join_back(seed, repeat):
    text = (seed or "x") * (MAX_CELL // max(1, len(seed)) * repeat // 2 + 1)
    pieces = split_cell_text(text)
    assert "".join(pieces) == text
    assert all(units(escape(piece)) <= MAX_CELL for piece in pieces)
    assert len(pieces) == 1 or all(pieces)


def test_a_piece_ends_at_a_line_break_or_space_when_there_is_one():
    text = ("word " * 10_000) + "end"
    pieces = split_cell_text(text)
    assert len(pieces) == 2
    assert pieces[0].endswith(" ") and pieces[1].startswith("word")


def test_short_text_is_one_piece():
    assert split_cell_text("x" * MAX_CELL) == ["x" * MAX_CELL]
    assert len(split_cell_text("x" * (MAX_CELL + 1))) == 2
    assert len(split_cell_text("\x01" * (MAX_CELL // 7 + 1))) == 2  # escapes count


def test_choices_are_written_as_labels_and_read_from_labels_or_ids(checklist):
    status = checklist.question("untoc.5.1a.status")
    assert to_cell(status, "partly") == "In part"
    for typed in ("In part", " in part ", "partly", "PARTLY"):
        assert from_cell(status, typed) == "partly"
    with pytest.raises(AnswerError, match="not one of: Yes, In part, No, Not applicable"):
        from_cell(status, "maybe")
    multi = checklist.question("untoc.5.1a.challenges")
    labels = to_cell(multi, ["coordination", "other"])
    assert labels == "Inter-agency coordination\nOther"
    assert from_cell(multi, labels + "\n\n") == ["coordination", "other"]


def test_what_excel_gives_for_typed_cells(checklist):
    date = checklist.question("untoc.6.2d.last_transmission")
    assert from_cell(date, dt.datetime(2024, 3, 1)) == "2024-03-01"
    assert from_cell(date, " 2024-03-01 ") == "2024-03-01"
    number = next(checklist.question(q) for q in checklist.question_ids()
                  if checklist.question(q).type == "number")
    assert from_cell(number, "12") == 12 and from_cell(number, "1.5") == 1.5
    assert from_cell(number, 7) == 7
    with pytest.raises(AnswerError, match="must be a number"):
        from_cell(number, "twelve")
    with pytest.raises(AnswerError, match="must be a number"):
        from_cell(number, True)
    text = checklist.question("untoc.5.1a.measures")
    assert from_cell(text, 42) == "42" and from_cell(text, 1.5) == "1.5"
    assert from_cell(text, "   ") is None and from_cell(text, None) is None
    links = checklist.question("untoc.5.1a.sources")
    assert from_cell(links, "a\n\n b \n") == ["a", " b "]


def test_numbers_a_cell_would_change_are_written_as_text(checklist):
    number = next(checklist.question(q) for q in checklist.question_ids()
                  if checklist.question(q).type == "number")
    assert to_cell(number, 12) == 12 and to_cell(number, 0.5) == 0.5
    assert to_cell(number, 2**60) == str(2**60)
    assert to_cell(number, 0.1 + 0.2) == "0.30000000000000004"
    assert from_cell(number, to_cell(number, 0.1 + 0.2)) == 0.1 + 0.2


def table_question(checklist):
    return checklist.question("untoc.9.2.bodies")  # text, text, date


@SETTINGS
@given(st.lists(st.fixed_dictionaries({}, optional={
    "name": ANY_TEXT.filter(lambda s: s.strip() and "\x00" not in s),
    "mandate": ANY_TEXT.filter(lambda s: s.strip() and "\x00" not in s),
    "established": st.dates().map(dt.date.isoformat)}), min_size=1, max_size=5))
def test_table_text_round_trips(checklist, rows):
    question = table_question(checklist)
    assert parse_table(question, table_text(question, rows)) == rows


def test_table_text_reads_what_a_person_types(checklist):
    question = checklist.question("untoc.12.1a.statistics")
    text = table_text(question, [{"year": 2020, "confiscated": 1.5, "value": "a | b \\ c"}])
    assert text.splitlines()[1] == "2020 |  | 1.5 | a \\| b \\\\ c"
    typed = "year|confiscated\n2021|3\n\n2022 |  4"
    assert parse_table(question, typed) == [{"year": 2021, "confiscated": 3}, {"year": 2022, "confiscated": 4}]
    with pytest.raises(AnswerError, match="name the table's columns"):
        parse_table(question, "2021 | 3")
    with pytest.raises(AnswerError, match="more cells"):
        parse_table(question, "Year\n2021 | 3")
    with pytest.raises(AnswerError, match="must be a number"):
        parse_table(question, "Year\nlast year")
