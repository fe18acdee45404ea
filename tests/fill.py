"""A fully answered assessment, the same every time: for tests and benchmarks."""

from __future__ import annotations

from checklist.model import Checklist, Question

STATUSES = ("yes", "partly", "no", "na")


def value_for(question: Question, n: int):
    kind = question.type
    if kind == "status":
        return STATUSES[n % 4]
    if kind == "single":
        return question.options[n % len(question.options)].id
    if kind == "multi":
        return [o.id for o in question.options[: 1 + n % 3]]
    if kind == "number":
        low = question.minimum if question.minimum is not None else 0
        return int(low) + n % 7
    if kind == "date":
        return f"20{10 + n % 15}-0{1 + n % 9}-1{n % 9}"
    if kind == "links":
        return [f"https://legislation.example/act/{n}", f"Official Gazette no. {n}, p. {n % 40}"]
    if kind == "table":
        row = {}
        for column in question.columns:
            row[column.id] = {"number": n % 90, "date": "2024-05-01"}.get(column.type, f"row {n}")
        return [row]
    return f"Answer {n}: the Penal Code, article {n % 400}, and Decree {n} on organized crime."


def full_answers(checklist: Checklist, instruments) -> dict[str, object]:
    return {q.id: value_for(q, n) for n, q in enumerate(
        q for a in checklist.articles(instruments) for q in a.all_questions)}


def fill(assessment, checklist: Checklist, instruments) -> dict[str, object]:
    """Answer every question, comment on every tenth and flag every twenty-fifth."""
    answers = full_answers(checklist, instruments)
    assessment.set_answers(answers, source="imported", detail="fill.py")
    for n, question_id in enumerate(answers):
        if n % 10 == 0:
            assessment.set_comment(question_id, f"Comment {n}: check with the Ministry of Interior")
        if n % 25 == 0:
            assessment.set_flag(question_id, True)
    return answers
