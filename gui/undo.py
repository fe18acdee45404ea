"""Undo and redo of answers, comments and flags across questions, on a QUndoStack.

Every change a user makes in the window is a command here; the command writes through the
session, so an undone answer is saved (and its revision recorded, source "undo") like any
other. Typing into one question is one step: commands of a burst merge.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack

from gui.session import COMMENT, FLAG, VALUE, Session

BURST_SECONDS = 3.0  # a pause longer than this starts a new undo step
MERGING_TYPES = {"text", "links", "number", "date"}  # answers typed character by character
MERGE_ID = 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class ChangeCommand(QUndoCommand):
    def __init__(self, editing: Editing, field: str, question_id: str, old, new, source: str,
                 detail: str, mergeable: bool, text: str):
        super().__init__(text)
        self.editing = editing
        self.field, self.question_id = field, question_id
        self.old, self.new = old, new
        self.source, self.detail = source, detail
        self.mergeable = mergeable
        self.last_change = time.monotonic()
        self._done_once = False

    def id(self) -> int:
        return MERGE_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (isinstance(other, ChangeCommand) and other.mergeable
                and (other.field, other.question_id) == (self.field, self.question_id)
                and other.last_change - self.last_change < BURST_SECONDS):
            return False
        self.new, self.last_change = other.new, other.last_change
        self.setObsolete(self.new == self.old)  # typed and deleted again: nothing to undo
        return True

    def redo(self) -> None:
        if self._done_once:
            self.editing.apply(self.field, self.question_id, self.new, "undo", "redo", reveal=True)
        else:  # pushed: the editor shows the value already
            self.editing.apply(self.field, self.question_id, self.new, self.source, self.detail)
            self._done_once = True

    def undo(self) -> None:
        self.editing.apply(self.field, self.question_id, self.old, "undo", "undo", reveal=True)


class GroupCommand(QUndoCommand):
    """Several changes as one step. The changes are plain Python children, not Qt ones:
    PySide6 loses the Python side of a Qt child command, and Qt then calls into freed memory."""

    def __init__(self, text: str, changes: list[ChangeCommand]):
        super().__init__(text)
        self.changes = changes

    def redo(self) -> None:
        for change in self.changes:
            change.redo()

    def undo(self) -> None:
        for change in reversed(self.changes):
            change.undo()


class Editing(QObject):
    """The one way the window changes answers: each change is an undoable command."""

    reveal = Signal(str)  # question id whose change an undo or redo just made

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.stack = QUndoStack(self)

    def apply(self, field, question_id, value, source, detail, reveal=False) -> None:
        self.session.set(field, question_id, value, source, detail)
        if reveal:
            self.reveal.emit(question_id)

    def _command(self, field, question_id, value, source="typed", detail=""):
        old = self.session.get(field, question_id)
        if old == value:
            return None
        question = self.session.checklist.question(question_id)
        mergeable = source == "typed" and (field == COMMENT or (
            field == VALUE and question is not None and question.type in MERGING_TYPES))
        prompt = question.prompt if question else question_id
        text = {VALUE: _tr("Answer to “%1”"), COMMENT: _tr("Comment on “%1”"),
                FLAG: _tr("Flag on “%1”")}[field].replace("%1", _short(prompt))
        return ChangeCommand(self, field, question_id, old, value, source, detail, mergeable, text)

    def change(self, field: str, question_id: str, value, source: str = "typed", detail: str = "") -> None:
        command = self._command(field, question_id, value, source, detail)
        if command is not None and not self.session.read_only:
            self.stack.push(command)

    def set_value(self, question_id: str, value, source: str = "typed", detail: str = "") -> None:
        self.change(VALUE, question_id, value, source, detail)

    def set_many(self, values: dict[str, object], source: str, detail: str, text: str) -> None:
        """Several answers as one undo step (a copy from a linked provision)."""
        if self.session.read_only or not values:
            return
        changes = [self._command(VALUE, question_id, value, source, detail) for question_id, value in values.items()]
        self.stack.push(GroupCommand(text, [c for c in changes if c is not None]))


def _short(text: str, length: int = 50) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


class UndoKeysToWindow(QObject):
    """Ctrl+Z in a text box undoes through the window's stack, not the box's own history,
    so there is one undo history, across questions."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Returning True leaves the override unaccepted: the window's Undo / Redo action fires.
        return (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()) in undo_keys() + redo_keys())


def undo_keys() -> list[QKeySequence]:
    return [QKeySequence("Ctrl+Z")]


def redo_keys() -> list[QKeySequence]:
    return [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
