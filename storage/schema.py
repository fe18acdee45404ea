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


# MIGRATIONS[n] brings a file from version n + 1 to n + 2.
MIGRATIONS = [_v2]
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
