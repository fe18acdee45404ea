"""Reusing answers between equivalent provisions (checklist.linked)."""

from __future__ import annotations

from collections.abc import Mapping

from checklist.model import Checklist
from checklist.values import AnswerError, check_value, is_answered


def copy_plan(checklist: Checklist, source_id: str, target_id: str,
              answers: Mapping[str, object]) -> dict[str, object]:
    """The answers of `source` to write onto `target`: question by question, matched by local id.

    Only answered questions are copied, and only where the value would change, so a copy
    never clears an answer the target already has.
    """
    source, target = checklist.provision(source_id), checklist.provision(target_id)
    if source is None or target is None:
        return {}
    plan = {}
    for question in source.questions:
        counterpart = target.question(question.local_id)
        value = answers.get(question.id)
        if counterpart is None or counterpart.type != question.type or not is_answered(value):
            continue
        try:
            check_value(counterpart, value)
        except AnswerError:
            continue  # same id, other choices: not the same question after all
        if answers.get(counterpart.id) != value:
            plan[counterpart.id] = value
    return plan
