"""Answer values by question type: checking, and whether a value counts as an answer.

Values are plain JSON-ready Python: status and single are option ids, multi and links are
lists of strings, number is int or float, date is "YYYY-MM-DD", table is a list of row dicts.
"""

from __future__ import annotations

import datetime as _dt
import math

from checklist.model import Question

MAX_TEXT = 1_000_000  # characters; far beyond any real answer, small enough to stay safe


class AnswerError(ValueError):
    """A value that does not fit its question; the message is plain words for the user."""


def is_answered(value) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(is_answered(v) if not isinstance(v, dict) else any(
            is_answered(c) for c in v.values()) for v in value)
    return True


def _check_text(value, what: str) -> str:
    if not isinstance(value, str):
        raise AnswerError(f"{what} must be text")
    if len(value) > MAX_TEXT:
        raise AnswerError(f"{what} is longer than {MAX_TEXT:,} characters")
    if "\x00" in value:
        raise AnswerError(f"{what} contains a NUL character")
    return value


def _check_number(value, what: str):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise AnswerError(f"{what} must be a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise AnswerError(f"{what} must be a finite number")
    return value


def _check_date(value, what: str) -> str:
    if not isinstance(value, str):
        raise AnswerError(f"{what} must be a date written YYYY-MM-DD")
    try:
        parsed = _dt.date.fromisoformat(value)
    except ValueError:
        raise AnswerError(f"{what} must be a date written YYYY-MM-DD, not {value!r}") from None
    if parsed.isoformat() != value:
        raise AnswerError(f"{what} must be a date written YYYY-MM-DD, not {value!r}")
    return value


def check_value(question: Question, value):
    """Return the value if it fits the question (None clears an answer); raise AnswerError."""
    if value is None:
        return None
    what = "the answer"
    qtype = question.type
    if qtype in ("status", "single"):
        if not isinstance(value, str) or value not in {o.id for o in question.options}:
            allowed = ", ".join(o.id for o in question.options)
            raise AnswerError(f"{what} must be one of {allowed}, not {value!r}")
        return value
    if qtype == "multi":
        allowed = {o.id for o in question.options}
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise AnswerError(f"{what} must be a list of choices")
        unknown = [v for v in value if v not in allowed]
        if unknown:
            raise AnswerError(f"{what} has unknown choices: {', '.join(map(repr, unknown))}")
        if len(set(value)) != len(value):
            raise AnswerError(f"{what} lists a choice twice")
        return value
    if qtype == "text":
        return _check_text(value, what)
    if qtype == "number":
        _check_number(value, what)
        if question.minimum is not None and value < question.minimum:
            raise AnswerError(f"{what} must be at least {question.minimum:g}")
        if question.maximum is not None and value > question.maximum:
            raise AnswerError(f"{what} must be at most {question.maximum:g}")
        return value
    if qtype == "date":
        return _check_date(value, what)
    if qtype == "links":
        if not isinstance(value, list):
            raise AnswerError(f"{what} must be a list of links or citations")
        for item in value:
            _check_text(item, "each link")
        return value
    if qtype == "table":
        if not isinstance(value, list):
            raise AnswerError(f"{what} must be a list of rows")
        columns = {c.id: c for c in question.columns}
        for row in value:
            if not isinstance(row, dict):
                raise AnswerError("each row must map column names to values")
            for key, cell in row.items():
                column = columns.get(key)
                if column is None:
                    raise AnswerError(f"unknown column {key!r}")
                if cell is None:
                    continue
                if column.type == "number":
                    _check_number(cell, f"column {column.label!r}")
                elif column.type == "date":
                    _check_date(cell, f"column {column.label!r}")
                else:
                    _check_text(cell, f"column {column.label!r}")
        return value
    raise AnswerError(f"unknown question type {qtype!r}")  # content is validated on load
