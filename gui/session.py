"""An open assessment in the window: the answers in memory, and saving them within a second.

Edits land in memory at once and on disk after a short pause (500 ms after the last change,
so typing is not slowed by a write per keystroke), and at once on flush(): article switch,
Ctrl+S, close. A failed write (disk full, drive gone) keeps the edit pending and retries;
nothing typed is dropped. Values, comments and follow-up flags all travel this way, each
with the source its revision records (typed, restored, copied, undo).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from checklist.filters import Notes
from checklist.model import Checklist
from storage.assessment import Assessment
from storage.errors import StorageError

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 500
RETRY_MS = 3000
VALUE, COMMENT, FLAG = "value", "comment", "flag"


class Session(QObject):
    answer_changed = Signal(str)  # question id: value changed in memory
    note_changed = Signal(str)  # question id: comment or flag changed in memory
    meta_changed = Signal()
    saving = Signal()
    saved = Signal()
    save_failed = Signal(str)  # plain message

    def __init__(self, checklist: Checklist, assessment: Assessment, parent=None):
        super().__init__(parent)
        self.checklist = checklist
        self.assessment = assessment
        self.meta = assessment.metadata()
        self.answers: dict[str, object] = assessment.answers()
        records = assessment.answer_records().values()
        self.comments: dict[str, str] = {r.question_id: r.comment for r in records if r.comment}
        self.flagged: set[str] = {r.question_id for r in records if r.flagged}
        # (field, question id) -> (value, source, detail), in the order they were made
        self._pending: dict[tuple[str, str], tuple[object, str, str]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self.last_error: str = ""

    @property
    def read_only(self) -> bool:
        return self.assessment.read_only

    @property
    def instruments(self) -> list[str]:
        return self.meta.get("instruments", [])

    @property
    def assignments(self) -> dict[str, str]:
        return self.meta.get("assignments", {})

    def notes(self) -> Notes:
        return Notes(self.comments, self.flagged, self.assignments)

    def has_pending(self) -> bool:
        return bool(self._pending)

    def get(self, field: str, question_id: str):
        if field == COMMENT:
            return self.comments.get(question_id, "")
        if field == FLAG:
            return question_id in self.flagged
        return self.answers.get(question_id)

    def set(self, field: str, question_id: str, value, source: str = "typed", detail: str = "") -> None:
        if self.read_only or self.get(field, question_id) == value:
            return
        if field == COMMENT:
            if value:
                self.comments[question_id] = value
            else:
                self.comments.pop(question_id, None)
        elif field == FLAG:
            (self.flagged.add if value else self.flagged.discard)(question_id)
        else:
            self.answers[question_id] = value
        self._pending.pop((field, question_id), None)  # keep the pending ones in order of change
        self._pending[(field, question_id)] = (value, source, detail)
        (self.answer_changed if field == VALUE else self.note_changed).emit(question_id)
        self.saving.emit()
        self._timer.start(SAVE_DELAY_MS)

    def set_value(self, question_id: str, value, source: str = "typed", detail: str = "") -> None:
        self.set(VALUE, question_id, value, source, detail)

    def set_metadata(self, **values) -> None:
        """Properties of the assessment: written at once, as a dialog's OK promises."""
        self.assessment.set_metadata(**values)
        self.meta = self.assessment.metadata()
        self.meta_changed.emit()

    def flush(self) -> bool:
        """Write every pending edit now; return False (and keep them) if the disk refused."""
        self._timer.stop()
        if not self._pending:
            return True
        batch = dict(self._pending)
        try:
            self._write(batch)
        except StorageError as exc:
            log.warning("save failed: %s", exc)
            self.last_error = str(exc)
            self.save_failed.emit(exc.problem + (" " + exc.advice if exc.advice else ""))
            self._timer.start(RETRY_MS)
            return False
        self.last_error = ""
        if not self._pending:
            self.saved.emit()
        return not self._pending

    def _write(self, batch: dict) -> None:
        """Write `batch`, dropping from the pending list each part once it is on disk."""
        values: dict[tuple[str, str], dict[str, object]] = {}
        for (field, question_id), (value, source, detail) in batch.items():
            if field == VALUE:
                values.setdefault((source, detail), {})[question_id] = value
        for (source, detail), group in values.items():
            self.assessment.set_answers(group, source=source, detail=detail)
            self._done(batch, [(VALUE, q) for q in group])
        for (field, question_id), (value, source, _detail) in batch.items():
            if field == COMMENT:
                self.assessment.set_comment(question_id, value, source=source)
            elif field == FLAG:
                self.assessment.set_flag(question_id, value, source=source)
            else:
                continue
            self._done(batch, [(field, question_id)])

    def _done(self, batch: dict, keys) -> None:
        for key in keys:
            if self._pending.get(key) == batch[key]:
                del self._pending[key]

    def reload(self) -> None:
        """Take the answers from the file again, after something else wrote them (an import)."""
        self.flush()
        self.meta = self.assessment.metadata()
        self.answers = self.assessment.answers()
        records = self.assessment.answer_records().values()
        self.comments = {r.question_id: r.comment for r in records if r.comment}
        self.flagged = {r.question_id for r in records if r.flagged}
        self.meta_changed.emit()

    def close(self) -> bool:
        ok = self.flush()
        if ok:
            self.assessment.close()
        return ok
