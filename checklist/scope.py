"""What an export or a printout covers: everything, one instrument, one cluster or one article;
and which required questions in it are still unanswered (the check before export)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from checklist.model import Checklist, Question
from checklist.values import is_answered
from checklist.visibility import is_required_now

ALL, INSTRUMENT, CLUSTER, ARTICLE = "all", "instrument", "cluster", "article"


@dataclass(frozen=True)
class Scope:
    kind: str = ALL
    value: str = ""  # instrument id, cluster number or article id

    def article_ids(self, checklist: Checklist, instruments: list[str]) -> list[str]:
        articles = list(checklist.articles(instruments))
        if self.kind == INSTRUMENT:
            return [a.id for a in articles if a.instrument == self.value]
        if self.kind == CLUSTER:
            return [a.id for a in articles if str(a.cluster) == str(self.value)]
        if self.kind == ARTICLE:
            return [a.id for a in articles if a.id == self.value]
        return [a.id for a in articles]


def missing_required(checklist: Checklist, article_ids: list[str],
                     answers: Mapping[str, object]) -> list[Question]:
    """Required, shown questions with no answer, in reading order."""
    missing = []
    for article_id in article_ids:
        for question in checklist.article(article_id).all_questions:
            if is_required_now(question, answers) and not is_answered(answers.get(question.id)):
                missing.append(question)
    return missing
