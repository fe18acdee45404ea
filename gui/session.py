"""An open assessment in the window: the answers in memory, and saving them within a second.

Edits land in memory at once and on disk after a short pause (500 ms after the last change,
so typing is not slowed by a write per keystroke), and at once on flush(): article switch,
Ctrl+S, close. A failed write (disk full, drive gone) keeps the edit pending and retries;
nothing typed is dropped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from checklist.model import Checklist
from storage.assessment import Assessment
from storage.errors import StorageError

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 500
RETRY_MS = 3000


class Session(QObject):
    answer_changed = Signal(str)  # question id: value changed in memory
    saving = Signal()
    saved = Signal()
    save_failed = Signal(str)  # plain message

    def __init__(self, checklist: Checklist, assessment: Assessment, parent=None):
        super().__init__(parent)
        self.checklist = checklist
        self.assessment = assessment
        self.meta = assessment.metadata()
        self.answers: dict[str, object] = assessment.answers()
        self._pending: dict[str, object] = {}
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

    def has_pending(self) -> bool:
        return bool(self._pending)

    def set_value(self, question_id: str, value) -> None:
        if self.read_only or self.answers.get(question_id) == value:
            return
        self.answers[question_id] = value
        self._pending[question_id] = value
        self.answer_changed.emit(question_id)
        self.saving.emit()
        self._timer.start(SAVE_DELAY_MS)

    def flush(self) -> bool:
        """Write every pending edit now; return False (and keep them) if the disk refused."""
        self._timer.stop()
        if not self._pending:
            return True
        batch = dict(self._pending)
        try:
            self.assessment.set_answers(batch, source="typed")
        except StorageError as exc:
            log.warning("save failed: %s", exc)
            self.last_error = str(exc)
            self.save_failed.emit(exc.problem + (" " + exc.advice if exc.advice else ""))
            self._timer.start(RETRY_MS)
            return False
        for question_id, value in batch.items():
            if self._pending.get(question_id) == value:
                del self._pending[question_id]
        self.last_error = ""
        if not self._pending:
            self.saved.emit()
        return not self._pending

    def close(self) -> bool:
        ok = self.flush()
        if ok:
            self.assessment.close()
        return ok
