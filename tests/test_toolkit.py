"""Guards for defects in the pinned toolkit that would crash a long session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(str)


def test_emitting_signals_keeps_reference_counts(qapp):
    """PySide6 6.12.0 dropped a reference to True on every emit(): after a few thousand
    keystrokes the interpreter aborted. requirements.txt pins a version without the defect."""
    emitter = _Emitter()
    emitter.changed.connect(lambda _text: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(500):
        emitter.changed.emit("typed")
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
