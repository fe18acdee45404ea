"""What every submission format shares: a snapshot of the assessment and the answer entries.

A snapshot is read once from the open assessment, so an export sees one consistent state
even while the window keeps saving. The JSON, Excel and HTML writers all work from it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from checklist import progress
from checklist.about import APP_NAME, VERSION
from checklist.model import Article, Checklist, Question
from storage.assessment import Answer, Assessment, now
from storage.errors import StorageError

FORMAT = "omnibus-submission"
FORMAT_VERSION = 1
# Far above a fully answered assessment (a few MB), far below what would exhaust memory.
MAX_SUBMISSION_BYTES = 50 * 1024 * 1024
STATUS_LABELS = {"yes": "Yes", "partly": "In part", "no": "No", "na": "Not applicable"}


class SubmissionError(StorageError):
    """A submission file that cannot be read or imported; nothing was changed."""


def check_size(path: Path) -> None:
    """Refuse a missing, empty or oversized file before reading any of it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SubmissionError(path, "The file does not exist.") from None
    except OSError as exc:
        raise SubmissionError(path, f"The file could not be read ({exc.strerror}).") from None
    if not path.is_file():
        raise SubmissionError(path, "This is a folder, not a submission file.")
    if size == 0:
        raise SubmissionError(path, "The file is empty.")
    if size > MAX_SUBMISSION_BYTES:
        raise SubmissionError(path, f"The file is {size / 2**20:,.0f} MB; a submission is at most "
                              f"{MAX_SUBMISSION_BYTES // 2**20} MB, so this is not one.")


@dataclass(frozen=True)
class Snapshot:
    checklist: Checklist
    meta: dict
    records: dict[str, Answer]  # questions in scope that have a value or a comment
    exported_at: str
    article_ids: frozenset[str] | None = None  # None: every article of the instruments

    @property
    def country(self) -> str:
        return self.meta.get("country", "")

    @property
    def language(self) -> str:
        return self.meta.get("language", "en")

    @property
    def instruments(self) -> list[str]:
        return self.meta.get("instruments", [])

    @property
    def focal_point(self) -> dict:
        focal_point = self.meta.get("focal_point")
        return focal_point if isinstance(focal_point, dict) else {}

    @property
    def program(self) -> str:
        return f"{APP_NAME} {VERSION}"

    def articles(self) -> Iterator[Article]:
        for article in self.checklist.articles(self.instruments):
            if self.article_ids is None or article.id in self.article_ids:
                yield article

    def questions(self) -> Iterator[Question]:
        for article in self.articles():
            yield from article.all_questions

    def answers(self) -> dict[str, object]:
        return {qid: record.value for qid, record in self.records.items() if record.value is not None}

    def completion(self) -> dict:
        """Of the articles exported: a part's cover speaks of that part."""
        return progress.summary(self.checklist, self.instruments, self.answers(), self.article_ids)

    def entries(self) -> list[dict]:
        """The `answers` array of the JSON submission, in checklist order."""
        return [answer_entry(self.records[q.id]) for q in self.questions() if q.id in self.records]

    def digest(self) -> str:
        return answers_digest(self.entries())


@dataclass(frozen=True)
class Incoming:
    """One answer as a submission file gives it, before it is checked against the checklist."""

    where: str  # for messages: "answer 3", "sheet 'Firearms Protocol', row 12"
    question_id: str
    value: object = None  # None: the file gives no value for this question
    comment: str | None = None  # None: the file gives no comment
    problem: str = ""  # why the file's entry could not be read


@dataclass(frozen=True)
class SubmissionFile:
    """A submission file read and parsed, its answers not yet checked."""

    path: Path
    checklist_id: str
    country: str
    entries: list[Incoming]
    notes: list[str] = field(default_factory=list)


def choice_label(question: Question, option_id: str) -> str:
    if question.type == "status":
        return STATUS_LABELS.get(option_id, option_id)
    return question.option_label(option_id)


def answer_entry(record: Answer) -> dict:
    return {"question": record.question_id, "value": record.value, "comment": record.comment,
            "agency": record.agency, "updated_at": record.updated_at}


def answers_digest(entries: Iterable[dict]) -> str:
    """SHA-256 of the answers as canonical JSON: sorted keys, no spaces, UTF-8.

    The cover sheet and the HTML carry it, so a recipient can tell that a workbook, a
    printout and a JSON file hold the same answers (hash the JSON file's `answers` the same way).
    """
    canonical = json.dumps(list(entries), ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def take_snapshot(assessment: Assessment, checklist: Checklist,
                  article_ids: Iterable[str] | None = None) -> Snapshot:
    """Everything an export needs, read now; `article_ids` limits it to some articles."""
    scope = None if article_ids is None else frozenset(article_ids)
    empty = Snapshot(checklist, assessment.metadata(), {}, now(), scope)
    in_scope = {q.id for q in empty.questions()}
    records = {qid: record for qid, record in assessment.answer_records().items()
               if qid in in_scope and (record.value is not None or record.comment)}
    return replace(empty, records=records)
