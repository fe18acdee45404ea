"""Completion counts: per article, instrument and cluster, from the answers alone."""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass

from checklist.model import Article, Checklist, Question
from checklist.values import is_answered
from checklist.visibility import is_required_now, is_visible

NOT_STARTED, IN_PROGRESS, COMPLETE, INFORMATION = "not_started", "in_progress", "complete", "information"
FLAGGED = "flagged"


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


def questions_count(questions: tuple[Question, ...], answers: Mapping[str, object]) -> Count:
    answered = total = 0
    for question in questions:
        if is_required_now(question, answers):
            total += 1
            answered += is_answered(answers.get(question.id))
    return Count(answered, total)


def questions_state(questions: tuple[Question, ...], answers: Mapping[str, object]) -> str:
    if not questions:
        return INFORMATION
    if not any(is_answered(answers.get(q.id)) for q in questions):
        return NOT_STARTED
    return COMPLETE if questions_count(questions, answers).left == 0 else IN_PROGRESS


def article_count(article: Article, answers: Mapping[str, object]) -> Count:
    return questions_count(article.all_questions, answers)


def article_state(article: Article, answers: Mapping[str, object]) -> str:
    return questions_state(article.all_questions, answers)


def mark(questions: tuple[Question, ...], answers: Mapping[str, object], flagged: Set[str]) -> str:
    """The navigator's mark: a follow-up flag on any question outranks the progress state."""
    if any(q.id in flagged for q in questions):
        return FLAGGED
    return questions_state(questions, answers)


def reading_order(checklist: Checklist, instruments) -> list[Question]:
    return [q for article in checklist.articles(instruments) for q in article.all_questions]


def next_unanswered(checklist: Checklist, instruments, answers: Mapping[str, object],
                    after: str | None = None) -> str | None:
    """The first required, shown, unanswered question after `after` (round to the start)."""
    questions = reading_order(checklist, instruments)
    ids = [q.id for q in questions]
    start = ids.index(after) + 1 if after in ids else 0
    for question in questions[start:] + questions[:start]:
        if is_required_now(question, answers) and not is_answered(answers.get(question.id)):
            return question.id
    return None


def status_counts(checklist: Checklist, instruments, answers: Mapping[str, object]) -> dict[str, dict[str, int]]:
    """Per instrument, how many provisions are answered with each status (yes, partly, no, na)."""
    counts: dict[str, dict[str, int]] = {}
    for article in checklist.articles(instruments):
        by_status = counts.setdefault(article.instrument, {})
        for question in article.all_questions:
            value = answers.get(question.id)
            if question.type == "status" and isinstance(value, str):
                by_status[value] = by_status.get(value, 0) + 1
    return counts


def assistance_needs(checklist: Checklist, instruments, answers: Mapping[str, object],
                     local_id: str = "assistance_forms") -> dict[str, int]:
    """How many provisions ask for each form of technical assistance, in the options' order."""
    needs: dict[str, int] = {}
    for article in checklist.articles(instruments):
        for provision in article.provisions:
            question = provision.question(local_id)
            if question is None:
                continue
            for option in question.options:
                needs.setdefault(option.id, 0)
            if is_visible(question, answers):
                for option_id in answers.get(question.id) or []:
                    needs[option_id] = needs.get(option_id, 0) + 1
    return needs


def summary(checklist: Checklist, instruments: list[str], answers: Mapping[str, object],
            article_ids: Set[str] | None = None) -> dict:
    """Completion of an assessment, or of the articles in `article_ids`: overall, per
    instrument, per cluster and per article."""
    overall = Count()
    by_instrument: dict[str, Count] = {}
    by_cluster: dict[int, Count] = {}
    articles = {}
    for article in checklist.articles(instruments):
        if article.informational or (article_ids is not None and article.id not in article_ids):
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
