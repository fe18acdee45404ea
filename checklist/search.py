"""Finding text: the checklist's own text in memory, answers and comments through the file.

A query is a list of words; a text matches when it holds every word, in any case. The
same rule holds for both sides, so the full-text index of the file (storage) only narrows
the answers down and this module decides.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from checklist.model import Checklist

# Order of the results: where a word matched says how likely the place is the one sought.
FIELDS = ("title", "answer", "comment", "summary", "prompt", "guidance")
# Choice answers are stored as option ids, which are not words the user wrote.
TEXT_TYPES = {"text", "links", "table", "number", "date"}
MAX_HITS = 500
SNIPPET = 100  # characters


@dataclass(frozen=True)
class Hit:
    article_id: str
    provision_id: str | None
    question_id: str | None  # None when the match is in the article or provision itself
    field: str  # one of FIELDS
    snippet: str


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def words(query: str) -> list[str]:
    return fold(query).split()


def contains_all(text: str, wanted: list[str]) -> bool:
    folded = fold(text)
    return bool(wanted) and all(w in folded for w in wanted)


def snippet(text: str, wanted: list[str], width: int = SNIPPET) -> str:
    """About `width` characters of `text` around the first word found, on one line."""
    flat = " ".join(text.split())
    folded = fold(flat)
    # Case folding can change lengths (ß -> ss); then positions no longer line up: show the start.
    position = min((folded.find(w) for w in wanted if w in folded), default=0)
    if len(folded) != len(flat):
        position = 0
    start = max(0, position - width // 3)
    end = min(len(flat), start + width)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


class ChecklistText:
    """The checklist's searchable text, folded once."""

    def __init__(self, checklist: Checklist):
        self.checklist = checklist
        self.order: dict[str, int] = {}  # article, provision and question ids in reading order
        self._entries: list[tuple[str, str, str | None, str | None, str, str]] = []
        for article in checklist.articles():
            self._add(article.instrument, article.id, None, None, "title", article.title)
            self._add(article.instrument, article.id, None, None, "summary", article.summary)
            for question in article.questions:
                self._question(article.instrument, article.id, None, question)
            for provision in article.provisions:
                self._add(article.instrument, article.id, provision.id, None, "summary", provision.summary)
                self._add(article.instrument, article.id, provision.id, None, "guidance", provision.guidance)
                for question in provision.questions:
                    self._question(article.instrument, article.id, provision.id, question)

    def _question(self, instrument, article_id, provision_id, question) -> None:
        self._add(instrument, article_id, provision_id, question.id, "prompt", question.prompt)
        self._add(instrument, article_id, provision_id, question.id, "guidance", question.guidance)

    def _add(self, instrument, article_id, provision_id, question_id, field, text) -> None:
        for key in (article_id, provision_id, question_id):
            if key is not None:
                self.order.setdefault(key, len(self.order))
        if text:
            self._entries.append((instrument, article_id, provision_id, question_id, field, text))

    def search(self, wanted: list[str], instruments: Iterable[str]) -> list[Hit]:
        instruments = set(instruments)
        return [Hit(article_id, provision_id, question_id, field, snippet(text, wanted))
                for instrument, article_id, provision_id, question_id, field, text in self._entries
                if instrument in instruments and contains_all(text, wanted)]

    def answer_hits(self, candidates: Iterable[tuple[str, str, str]], wanted: list[str],
                    instruments: Iterable[str]) -> list[Hit]:
        """Hits among (question id, answer text, comment) rows from the assessment file."""
        instruments = set(instruments)
        hits = []
        for question_id, answer, comment in candidates:
            question = self.checklist.question(question_id)
            if question is None:
                continue  # an answer to a question this version of the checklist no longer has
            article, provision = self.checklist.owner(question_id)
            if article.instrument not in instruments:
                continue
            provision_id = provision.id if provision else None
            if question.type in TEXT_TYPES and contains_all(answer, wanted):
                hits.append(Hit(article.id, provision_id, question_id, "answer", snippet(answer, wanted)))
            if contains_all(comment, wanted):
                hits.append(Hit(article.id, provision_id, question_id, "comment", snippet(comment, wanted)))
        return hits

    def sort(self, hits: list[Hit]) -> list[Hit]:
        """Best places first, then reading order; at most MAX_HITS."""
        def key(hit: Hit):
            place = hit.question_id or hit.provision_id or hit.article_id
            return FIELDS.index(hit.field), self.order.get(place, len(self.order))
        return sorted(hits, key=key)[:MAX_HITS]
