"""Helpers for driving the main window as a user does."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from gui.app import open_file


def open_window(qtbot, context, path, article="untoc.5"):
    """Open `path` in a main window that has the keyboard, showing `article`."""
    window = open_file(context, path)
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    if article:
        window.navigator.select_article(article)
    return window


def choose(qtbot, combo, text: str) -> None:
    """Pick an entry of a combo box with the arrow keys."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def stored_row(path, question_id):
    """The answers row a separate SQLite connection finds in the file right now."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute("SELECT * FROM answers WHERE question_id = ?", [question_id]).fetchone()
    finally:
        conn.close()
    return dict(row) if row else None


def revisions(path, question_id):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT field, value, source, detail FROM revisions WHERE question_id = ? ORDER BY id",
                            [question_id]).fetchall()
    finally:
        conn.close()


def tick(qtbot, box) -> None:
    """Tick or untick a check box with the keyboard (a click at its middle may miss its label)."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
