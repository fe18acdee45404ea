"""The checklist as plain dataclasses: instrument > article > provision > question."""

from __future__ import annotations

from dataclasses import dataclass, field

INSTRUMENT_IDS = ("untoc", "tip", "som", "firearms")
OBLIGATIONS = ("mandatory", "consider", "optional")
QUESTION_TYPES = ("status", "text", "single", "multi", "number", "date", "links", "table")
STATUS_VALUES = ("yes", "partly", "no", "na")
COLUMN_TYPES = ("text", "number", "date")


@dataclass(frozen=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True)
class Column:
    id: str
    label: str
    type: str = "text"


@dataclass(frozen=True)
class Question:
    id: str  # full, stable id: untoc.5.1a.status
    local_id: str  # id within its provision or article: status
    type: str
    prompt: str
    guidance: str = ""
    required: bool = False
    # local question id -> values that show this question; empty means always shown
    show_if: dict[str, tuple[str, ...]] = field(default_factory=dict)
    options: tuple[Option, ...] = ()
    columns: tuple[Column, ...] = ()
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None

    def option_label(self, option_id: str) -> str:
        for option in self.options:
            if option.id == option_id:
                return option.label
        return option_id


@dataclass(frozen=True)
class Provision:
    id: str  # untoc.5.1a
    ref: str  # 5(1)(a)
    key: str  # 1a
    obligation: str
    summary: str
    guidance: str
    questions: tuple[Question, ...]
    links: tuple[str, ...] = ()

    def question(self, local_id: str) -> Question | None:
        return next((q for q in self.questions if q.local_id == local_id), None)


@dataclass(frozen=True)
class Article:
    id: str  # untoc.5
    instrument: str
    number: int
    title: str
    chapter: str
    summary: str
    cluster: int | None
    questions: tuple[Question, ...] = ()
    provisions: tuple[Provision, ...] = ()

    @property
    def all_questions(self) -> tuple[Question, ...]:
        return self.questions + tuple(q for p in self.provisions for q in p.questions)

    @property
    def informational(self) -> bool:
        return not self.all_questions


@dataclass(frozen=True)
class Chapter:
    id: str
    title: str
    official: bool


@dataclass(frozen=True)
class Instrument:
    id: str
    title: str
    short_title: str
    chapters: tuple[Chapter, ...]
    articles: tuple[Article, ...]

    def chapter_title(self, chapter_id: str) -> str:
        return next((c.title for c in self.chapters if c.id == chapter_id), chapter_id)


@dataclass(frozen=True)
class Cluster:
    number: int
    title: str


@dataclass(frozen=True)
class Checklist:
    id: str
    version: str
    title: str
    instruments: tuple[Instrument, ...]
    clusters: tuple[Cluster, ...]
    clusters_provisional: bool = True
    _questions: dict[str, Question] = field(default_factory=dict, repr=False, compare=False)
    _owners: dict[str, tuple[Article, Provision | None]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for article in self.articles():
            for q in article.questions:
                self._questions[q.id] = q
                self._owners[q.id] = (article, None)
            for provision in article.provisions:
                for q in provision.questions:
                    self._questions[q.id] = q
                    self._owners[q.id] = (article, provision)

    def instrument(self, instrument_id: str) -> Instrument | None:
        return next((i for i in self.instruments if i.id == instrument_id), None)

    def articles(self, instrument_ids: tuple[str, ...] | list[str] | None = None):
        for instrument in self.instruments:
            if instrument_ids is None or instrument.id in instrument_ids:
                yield from instrument.articles

    def article(self, article_id: str) -> Article | None:
        instrument_id, _, number = article_id.partition(".")
        instrument = self.instrument(instrument_id)
        if instrument is None:
            return None
        return next((a for a in instrument.articles if str(a.number) == number), None)

    def provision(self, provision_id: str) -> Provision | None:
        instrument_id, number, _key = (provision_id.split(".") + ["", ""])[:3]
        article = self.article(f"{instrument_id}.{number}")
        if article is None:
            return None
        return next((p for p in article.provisions if p.id == provision_id), None)

    def question(self, question_id: str) -> Question | None:
        return self._questions.get(question_id)

    def linked(self, provision_id: str) -> list[str]:
        """Equivalent provisions, whichever side wrote the link."""
        found = []
        for article in self.articles():
            for provision in article.provisions:
                if provision.id == provision_id:
                    found.extend(provision.links)
                elif provision_id in provision.links:
                    found.append(provision.id)
        return list(dict.fromkeys(found))

    def owner(self, question_id: str) -> tuple[Article, Provision | None]:
        return self._owners[question_id]

    def question_ids(self) -> list[str]:
        return list(self._questions)

    def cluster_title(self, number: int) -> str:
        return next((c.title for c in self.clusters if c.number == number), str(number))
