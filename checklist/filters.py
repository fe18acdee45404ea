"""Which articles and provisions a filter keeps: by cluster, obligation, state and agency."""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass

from checklist.model import Checklist, Question
from checklist.values import is_answered
from checklist.visibility import is_required_now

UNANSWERED, NO_OR_PARTLY, FLAGGED, COMMENTED = "unanswered", "no_or_partly", "flagged", "commented"
STATES = (UNANSWERED, NO_OR_PARTLY, FLAGGED, COMMENTED)
UNASSIGNED = ""  # the agency of an article nobody was assigned to


@dataclass(frozen=True)
class Filter:
    cluster: int | None = None
    obligation: str | None = None
    state: str | None = None
    agency: str | None = None  # UNASSIGNED for articles with no agency

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.cluster, self.obligation, self.state, self.agency))


@dataclass(frozen=True)
class Notes:
    """What the filters need to know besides the answers."""

    comments: Mapping[str, str]
    flagged: Set[str]
    assignments: Mapping[str, str]  # article id -> agency


@dataclass(frozen=True)
class Matches:
    articles: frozenset[str]
    provisions: frozenset[str]


def in_state(questions: tuple[Question, ...], state: str, answers: Mapping[str, object], notes: Notes) -> bool:
    if state == UNANSWERED:
        return any(is_required_now(q, answers) and not is_answered(answers.get(q.id)) for q in questions)
    if state == NO_OR_PARTLY:
        return any(q.type == "status" and answers.get(q.id) in ("no", "partly") for q in questions)
    if state == FLAGGED:
        return any(q.id in notes.flagged for q in questions)
    if state == COMMENTED:
        return any(notes.comments.get(q.id, "").strip() for q in questions)
    raise ValueError(f"unknown state {state!r}")


def matching(checklist: Checklist, instruments, flt: Filter, answers: Mapping[str, object],
             notes: Notes) -> Matches:
    """The articles, and the provisions within them, that pass `flt`.

    Cluster and agency belong to articles; obligation to provisions; state to questions,
    so a provision passes when one of its questions is in that state.
    """
    articles, provisions = set(), set()
    for article in checklist.articles(instruments):
        if flt.cluster is not None and article.cluster != flt.cluster:
            continue
        if flt.agency is not None and notes.assignments.get(article.id, UNASSIGNED) != flt.agency:
            continue
        kept = [p.id for p in article.provisions
                if (flt.obligation is None or p.obligation == flt.obligation)
                and (flt.state is None or in_state(p.questions, flt.state, answers, notes))]
        # Questions asked of the article as a whole have no obligation level of their own.
        own = flt.obligation is None and (
            flt.state is None or in_state(article.questions, flt.state, answers, notes))
        if kept or own:
            articles.add(article.id)
            provisions.update(kept)
    return Matches(frozenset(articles), frozenset(provisions))
