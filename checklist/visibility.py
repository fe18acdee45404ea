"""When a question is shown, and whether it counts as required."""

from __future__ import annotations

from collections.abc import Mapping

from checklist.model import Question


def sibling_id(question: Question, local_id: str) -> str:
    return f"{question.id.rsplit('.', 1)[0]}.{local_id}"


def is_visible(question: Question, answers: Mapping[str, object]) -> bool:
    """A question is shown when every condition names a sibling answer among its values.

    Hidden answers stay stored; they only stop counting.
    """
    for local_id, values in question.show_if.items():
        value = answers.get(sibling_id(question, local_id))
        if isinstance(value, list):
            if not set(value) & set(values):
                return False
        elif value not in values:
            return False
    return True


def is_required_now(question: Question, answers: Mapping[str, object]) -> bool:
    return question.required and is_visible(question, answers)
