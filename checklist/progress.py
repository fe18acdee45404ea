"""Completion counts: per article, instrument and cluster, from the answers alone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from checklist.model import Article, Checklist
from checklist.values import is_answered
from checklist.visibility import is_required_now

NOT_STARTED, IN_PROGRESS, COMPLETE, INFORMATION = "not_started", "in_progress", "complete", "information"


@dataclass(frozen=True)
class Count:
    answered: int = 0  # required visible questions that have an answer
    total: int = 0  # required visible questions

    def __add__(self, other: Count) -> Count:
        return Count(self.answered + other.answered, self.total + other.total)

    @property
    def left(self) -> int:
        return self.total - self.answered

    def as_dict(self) -> dict:
        return {"answered": self.answered, "total": self.total}


def article_count(article: Article, answers: Mapping[str, object]) -> Count:
    answered = total = 0
    for question in article.all_questions:
        if is_required_now(question, answers):
            total += 1
            answered += is_answered(answers.get(question.id))
    return Count(answered, total)


def article_state(article: Article, answers: Mapping[str, object]) -> str:
    if article.informational:
        return INFORMATION
    count = article_count(article, answers)
    if not any(is_answered(answers.get(q.id)) for q in article.all_questions):
        return NOT_STARTED
    return COMPLETE if count.left == 0 else IN_PROGRESS


def summary(checklist: Checklist, instruments: list[str], answers: Mapping[str, object]) -> dict:
    """Completion of an assessment: overall, per instrument, per cluster and per article."""
    overall = Count()
    by_instrument: dict[str, Count] = {}
    by_cluster: dict[int, Count] = {}
    articles = {}
    for article in checklist.articles(instruments):
        if article.informational:
            continue
        count = article_count(article, answers)
        overall += count
        by_instrument[article.instrument] = by_instrument.get(article.instrument, Count()) + count
        if article.cluster is not None:
            by_cluster[article.cluster] = by_cluster.get(article.cluster, Count()) + count
        articles[article.id] = {**count.as_dict(), "state": article_state(article, answers)}
    return {
        **overall.as_dict(),
        "instruments": {k: v.as_dict() for k, v in by_instrument.items()},
        "clusters": {str(k): v.as_dict() for k, v in sorted(by_cluster.items())},
        "articles": articles,
    }
