"""Import a submission (JSON or the program's workbook): check everything, then apply it all.

`plan_import` reads nothing but the file and the assessment's current answers, and says what
would happen: answers added, changed, unchanged, and rejected with reasons. `apply_import`
writes the plan in one transaction, or refuses the whole file when anything was rejected,
so an assessment is never left half-imported.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from checklist.model import Checklist
from checklist.values import MAX_TEXT, AnswerError, check_value
from storage.assessment import Assessment
from storage.errors import StorageError
from storage.json_submission import read_json
from storage.submission import SubmissionError, SubmissionFile
from storage.xlsx_import import ZIP_MAGIC, read_xlsx


@dataclass(frozen=True)
class Rejected:
    where: str
    question_id: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}" + (f" ({self.question_id})" if self.question_id else "") + f": {self.reason}"


@dataclass
class ImportPlan:
    submission: SubmissionFile
    values: dict[str, object] = field(default_factory=dict)  # answers to store (added, changed)
    comments: dict[str, str] = field(default_factory=dict)  # comments to store
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.submission.path

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.changed)} changed, {len(self.unchanged)} unchanged, "
                f"{len(self.rejected)} rejected; {len(self.comments)} comments to store")


def read_submission(path: Path | str, checklist: Checklist) -> SubmissionFile:
    """Read a JSON submission or a workbook, by its name or else by its first bytes."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        submission = read_xlsx(path, checklist)
    elif suffix == ".json":
        submission = read_json(path)
    else:
        try:
            with path.open("rb") as handle:
                magic = handle.read(4)
        except OSError:
            magic = b""  # the reader gives the plain message
        submission = read_xlsx(path, checklist) if magic == ZIP_MAGIC else read_json(path)
    if submission.checklist_id != checklist.id:
        raise SubmissionError(path, f"The file answers another checklist ('{submission.checklist_id}'; "
                              f"this program uses '{checklist.id}').")
    return submission


def plan_import(checklist: Checklist, assessment: Assessment, submission: SubmissionFile) -> ImportPlan:
    plan = ImportPlan(submission, notes=list(submission.notes))
    current = assessment.answer_records()
    first_seen: dict[str, str] = {}
    other_instruments: set[str] = set()
    covered = set(assessment.instruments)
    for entry in submission.entries:
        question = checklist.question(entry.question_id)
        reason = entry.problem
        if not reason and question is None:
            reason = f"unknown question id {entry.question_id!r}"
        elif not reason and entry.question_id in first_seen:
            reason = f"the question appears twice (also {first_seen[entry.question_id]})"
        if not reason:
            try:
                value = check_value(question, entry.value)
                _check_comment(entry.comment)
            except AnswerError as exc:
                reason = str(exc)
        if reason:
            plan.rejected.append(Rejected(entry.where, entry.question_id, reason))
            continue
        first_seen[entry.question_id] = entry.where
        instrument = checklist.owner(question.id)[0].instrument
        if instrument not in covered:
            other_instruments.add(instrument)
        record = current.get(question.id)
        old_value = record.value if record else None
        if value is not None:
            if old_value is None:
                plan.added.append(question.id)
                plan.values[question.id] = value
            elif old_value == value:  # 12 and 12.0 are the same answer
                plan.unchanged.append(question.id)
            else:
                plan.changed.append(question.id)
                plan.values[question.id] = value
        if entry.comment is not None and entry.comment != (record.comment if record else ""):
            plan.comments[question.id] = entry.comment
    country = assessment.metadata().get("country", "")
    if submission.country and submission.country != country:
        plan.notes.append(f"the file is for {submission.country!r}; this assessment is for {country!r}")
    if other_instruments:
        plan.notes.append(f"some answers are for instruments this assessment does not cover "
                          f"({', '.join(sorted(other_instruments))}); they are kept but not counted")
    return plan


def _check_comment(comment: str | None) -> None:
    if comment is not None and (len(comment) > MAX_TEXT or "\x00" in comment):
        raise AnswerError(f"the comment is longer than {MAX_TEXT:,} characters or holds a NUL character")


def apply_import(assessment: Assessment, plan: ImportPlan, agency: str = "") -> None:
    """Store the plan in one transaction; refuse it whole if any answer was rejected."""
    if plan.rejected:
        count = len(plan.rejected)
        raise SubmissionError(plan.path, f"{count} answer{'s' if count > 1 else ''} cannot be imported, "
                              f"so nothing was imported (first: {plan.rejected[0]}).")
    if not plan.values and not plan.comments:
        return
    try:
        with assessment.db.atomic():
            if plan.values:
                assessment.set_answers(plan.values, source="imported", detail=plan.path.name, agency=agency)
            for question_id, comment in plan.comments.items():
                assessment.set_comment(question_id, comment, source="imported", detail=plan.path.name,
                                       agency=agency)
    except sqlite3.Error as exc:
        raise StorageError(assessment.path, f"The import could not be saved ({exc}); nothing was changed.",
                           "Check the disk, then try again.") from None
