"""The assessment file's schema, by version, and the migrations between versions.

Version 1 is kept as it was released so that tests can build version-1 files and check the
upgrade path; every later change is a migration appended to MIGRATIONS.
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x4F4D4E42  # "OMNB": marks a SQLite file as an Omnibus assessment

SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE answers (
    question_id TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL,
    value TEXT NOT NULL,
    at TEXT NOT NULL,
    source TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX revisions_question ON revisions (question_id, id);
"""


def _run(conn: sqlite3.Connection, script: str) -> None:
    # One statement at a time: executescript() would commit the caller's transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v2(conn: sqlite3.Connection) -> None:
    """Comments, follow-up flags, agencies and authors."""
    _run(conn, """
        ALTER TABLE answers ADD COLUMN comment TEXT NOT NULL DEFAULT '';
        ALTER TABLE answers ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE answers ADD COLUMN source TEXT NOT NULL DEFAULT 'typed';
        ALTER TABLE answers ADD COLUMN agency TEXT NOT NULL DEFAULT '';
        ALTER TABLE revisions ADD COLUMN field TEXT NOT NULL DEFAULT 'value';
        ALTER TABLE revisions ADD COLUMN agency TEXT NOT NULL DEFAULT '';
        ALTER TABLE revisions ADD COLUMN author TEXT NOT NULL DEFAULT '';
    """)


def _v3(conn: sqlite3.Connection) -> None:
    """Full-text search over answers and comments, kept in step by triggers.

    Triggers rather than the write methods, so any writer (an import, the command line, a
    repair by hand) keeps the index right. The trigram tokenizer finds any part of a word in
    every script, Chinese included. The text of an answer is every text and number inside its
    JSON value (table cells, links), one per line; choice ids are text too, and the search
    leaves them out by question type. answer_search_rows ties each question to its index row:
    deleting from an FTS table by an unindexed column scans it whole.
    """
    statements = [
        "CREATE VIRTUAL TABLE answer_search USING fts5(answer, comment, tokenize = 'trigram')",
        "CREATE TABLE answer_search_rows (question_id TEXT PRIMARY KEY, search_rowid INTEGER NOT NULL UNIQUE)",
        """CREATE TRIGGER answers_search_insert AFTER INSERT ON answers BEGIN
            INSERT INTO answer_search_rows (question_id, search_rowid) VALUES
                (new.question_id, (SELECT coalesce(max(search_rowid), 0) + 1 FROM answer_search_rows));
            INSERT INTO answer_search (rowid, answer, comment) VALUES
                ((SELECT search_rowid FROM answer_search_rows WHERE question_id = new.question_id),
                 (SELECT coalesce(group_concat(value, char(10)), '') FROM json_tree(new.value)
                  WHERE type IN ('text', 'integer', 'real')), new.comment);
        END""",
        """CREATE TRIGGER answers_search_update AFTER UPDATE OF value, comment ON answers BEGIN
            UPDATE answer_search SET comment = new.comment,
                answer = (SELECT coalesce(group_concat(value, char(10)), '') FROM json_tree(new.value)
                  WHERE type IN ('text', 'integer', 'real'))
            WHERE rowid = (SELECT search_rowid FROM answer_search_rows WHERE question_id = new.question_id);
        END""",
        """CREATE TRIGGER answers_search_delete AFTER DELETE ON answers BEGIN
            DELETE FROM answer_search
            WHERE rowid = (SELECT search_rowid FROM answer_search_rows WHERE question_id = old.question_id);
            DELETE FROM answer_search_rows WHERE question_id = old.question_id;
        END""",
        "INSERT INTO answer_search_rows (question_id, search_rowid) "
        "SELECT question_id, row_number() OVER (ORDER BY question_id) FROM answers",
        """INSERT INTO answer_search (rowid, answer, comment)
            SELECT r.search_rowid, (SELECT coalesce(group_concat(value, char(10)), '') FROM json_tree(a.value)
                  WHERE type IN ('text', 'integer', 'real')), a.comment
            FROM answers a JOIN answer_search_rows r ON r.question_id = a.question_id""",
    ]
    for statement in statements:
        conn.execute(statement)


# MIGRATIONS[n] brings a file from version n + 1 to n + 2.
MIGRATIONS = [_v2, _v3]
CURRENT_VERSION = 1 + len(MIGRATIONS)


def create(conn: sqlite3.Connection, version: int = CURRENT_VERSION) -> None:
    """Create the schema at `version` (tests use older versions to check migrations)."""
    _run(conn, SCHEMA_V1)
    for migration in MIGRATIONS[: version - 1]:
        migration(conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    for migration in MIGRATIONS[from_version - 1:]:
        migration(conn)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")
