"""One assessment is one SQLite file (.omnibus), complete on disk after every save.

Rollback journal with synchronous=FULL: the main file alone holds every committed answer,
so a user may copy it at any time. While a program has it open for writing, a lock on a
side file keeps a second window or program from writing to it too (storage/lock.py).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import shutil
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from storage import schema
from storage.errors import (
    AlreadyExists,
    CorruptFile,
    DiskFull,
    FileInUse,
    NewerVersion,
    NotAnAssessment,
    ReadOnlyFile,
    StorageError,
)
from storage.lock import WriterLock

SQLITE_HEADER = b"SQLite format 3\x00"
EXTENSION = ".omnibus"
SOURCES = ("typed", "imported", "restored", "copied", "undo")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems; not worth failing for
        return ""


@dataclass(frozen=True)
class Answer:
    question_id: str
    value: object
    comment: str = ""
    flagged: bool = False
    updated_at: str = ""
    source: str = "typed"
    agency: str = ""


@dataclass(frozen=True)
class Revision:
    id: int
    question_id: str
    field: str  # value, comment or flag
    value: object
    at: str
    source: str
    detail: str
    agency: str
    author: str


def _environment_error(path: Path, exc: sqlite3.Error) -> StorageError:
    """Turn what SQLite says about the user's environment into a plain message."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(path, "The disk is full, so the last change could not be saved.",
                        "Free some space on the disk; your earlier answers are safe.")
    if "locked" in text or "busy" in text:
        return FileInUse(path, "The file is open in another Omnibus window or another program.",
                         "Close it there, then try again.")
    if "readonly" in text or "read-only" in text:
        return ReadOnlyFile(path, "The file cannot be written (it is read-only).",
                            "Open a copy, or ask for write permission.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return CorruptFile(path, "The file is damaged and cannot be read.",
                           "Open a backup copy of the assessment.")
    if "unable to open" in text or "disk i/o" in text:
        return StorageError(path, "The file could not be read or written (the disk or "
                            "network drive did not answer).", "Check the drive, then try again.")
    raise exc


def _check_header(path: Path) -> None:
    if not path.exists():
        raise StorageError(path, "The file does not exist.")
    if path.is_dir():
        raise NotAnAssessment(path, "This is a folder, not an assessment file.")
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except PermissionError:
        raise ReadOnlyFile(path, "You do not have permission to read this file.") from None
    except OSError as exc:
        raise StorageError(path, f"The file could not be read ({exc.strerror}).") from None
    if not head:
        raise NotAnAssessment(path, "The file is empty: it is not an Omnibus assessment.")
    if not head.startswith(SQLITE_HEADER[: len(head)]) or len(head) < 100:
        if head.startswith(SQLITE_HEADER[:6]) and len(head) < 100:
            raise CorruptFile(path, "The file is cut short (truncated) and cannot be read.",
                              "Open a backup copy of the assessment.")
        raise NotAnAssessment(path, "This file is not an Omnibus assessment.",
                              "Choose a file ending in .omnibus.")


class Assessment:
    """An open assessment file. Every write is committed before the method returns."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool,
                 lock: WriterLock | None = None):
        self.path = path
        self.read_only = read_only
        self._conn = conn
        self._lock = lock
        self.db = Database(conn)
        self.author = _user()

    # -- opening and creating ------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, *, country: str, instruments: list[str], language: str,
               checklist_id: str, checklist_version: str, program_version: str,
               schema_version: int = schema.CURRENT_VERSION) -> Assessment:
        """Create a new file; never overwrites an existing one."""
        path = Path(path)
        if path.exists():
            raise AlreadyExists(path, "A file with this name already exists; it was not changed.",
                                "Choose another name.")
        temporary = path.with_name(f".{path.name}.creating")
        try:
            conn = sqlite3.connect(temporary, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute("BEGIN")
                schema.create(conn, schema_version)
                values = {
                    "format": "omnibus-assessment",
                    "country": country,
                    "instruments": json.dumps(instruments),
                    "language": language,
                    "created_at": now(),
                    "created_by": program_version,
                    "program_version": program_version,
                    "checklist_id": checklist_id,
                    "checklist_version": checklist_version,
                }
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", values.items())
                conn.execute("COMMIT")
            finally:
                conn.close()
            os.link(temporary, path)  # fails if `path` appeared meanwhile: never overwrite
        except FileExistsError:
            raise AlreadyExists(path, "A file with this name already exists; it was not changed.",
                                "Choose another name.") from None
        except sqlite3.Error as exc:
            raise _environment_error(path, exc) from None
        except OSError as exc:
            if isinstance(exc, PermissionError):
                raise ReadOnlyFile(path, "You do not have permission to create a file here.",
                                   "Choose another folder.") from None
            raise StorageError(path, f"The file could not be created ({exc.strerror}).") from None
        finally:
            temporary.unlink(missing_ok=True)
        return cls.open(path)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Assessment:
        path = Path(path).absolute()
        _check_header(path)
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        if not read_only and not writable:
            raise ReadOnlyFile(path, "The file is read-only.", "You can open it read-only to view it.")
        lock = None
        if not read_only:
            lock = WriterLock(path)
            try:
                acquired = lock.acquire()
            except OSError:
                raise ReadOnlyFile(path, "The folder of this file cannot be written.",
                                   "You can open it read-only to view it.") from None
            if not acquired:
                raise FileInUse(path, "The file is open in another Omnibus window or another program.",
                                "Close it there, then try again.")
        try:
            if read_only:
                uri = f"file:{quote(str(path))}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            else:
                conn = sqlite3.connect(path, check_same_thread=False)
        except sqlite3.Error as exc:
            if lock:
                lock.release()
            raise _environment_error(path, exc) from None
        try:
            version = cls._inspect(path, conn)
            if not read_only:
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA journal_mode = DELETE")
                if version < schema.CURRENT_VERSION:
                    cls._upgrade(path, conn, version)
        except BaseException as exc:
            conn.close()
            if lock:
                lock.release()
            if isinstance(exc, sqlite3.Error):
                raise _environment_error(path, exc) from None
            raise
        return cls(path, conn, read_only, lock)

    @staticmethod
    def _inspect(path: Path, conn: sqlite3.Connection) -> int:
        """Check, without writing, that this is an assessment this program can read."""
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if application_id != schema.APPLICATION_ID:
            raise NotAnAssessment(path, "This is a database, but not an Omnibus assessment.",
                                  "Choose a file ending in .omnibus.")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema.CURRENT_VERSION:
            raise NewerVersion(
                path, f"The file was saved by a newer version of Omnibus (file format {version}; "
                f"this version reads up to {schema.CURRENT_VERSION}).",
                "Install the newer version to open it. The file was not changed.")
        check = conn.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise CorruptFile(path, "The file is damaged and cannot be read safely.",
                              "Open a backup copy of the assessment.")
        return version

    @staticmethod
    def _upgrade(path: Path, conn: sqlite3.Connection, version: int) -> None:
        backup = path.with_name(f"{path.stem} (before upgrade, format {version}){path.suffix}")
        counter = 2
        while backup.exists():
            backup = path.with_name(f"{path.stem} (before upgrade, format {version}, {counter})"
                                    f"{path.suffix}")
            counter += 1
        # A byte-for-byte copy: we hold the writer lock and nothing is half-written.
        shutil.copyfile(path, backup)
        conn.execute("BEGIN IMMEDIATE")
        try:
            schema.migrate(conn, version)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._conn.close()
        if self._lock:
            self._lock.release()

    def __enter__(self) -> Assessment:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------
    @contextmanager
    def _write(self):
        if self.read_only:
            raise ReadOnlyFile(self.path, "The file is open read-only; nothing was changed.")
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as exc:
            raise _environment_error(self.path, exc) from None

    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    # -- metadata -------------------------------------------------------------------------
    def metadata(self) -> dict:
        meta = {row["key"]: row["value"] for row in self.db.query("SELECT key, value FROM meta")}
        for key in ("instruments", "focal_point", "agencies", "assignments", "reporting_period"):
            if key in meta:
                meta[key] = json.loads(meta[key])
        return meta

    def set_metadata(self, **values) -> None:
        rows = [{"key": k, "value": v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}
                for k, v in values.items()]
        with self._write() as db:
            db.table("meta").upsert_all(rows, pk="key")

    @property
    def instruments(self) -> list[str]:
        return self.metadata().get("instruments", [])

    # -- answers --------------------------------------------------------------------------
    def answers(self) -> dict[str, object]:
        """Every stored answer value by question id (hidden ones included)."""
        return {row[0]: json.loads(row[1]) for row in
                self._conn.execute("SELECT question_id, value FROM answers")}

    def answer_records(self) -> dict[str, Answer]:
        return {row["question_id"]: Answer(
            row["question_id"], json.loads(row["value"]), row["comment"], bool(row["flagged"]),
            row["updated_at"], row["source"], row["agency"])
            for row in self.db.query("SELECT * FROM answers")}

    def answer(self, question_id: str) -> Answer | None:
        rows = list(self.db.query("SELECT * FROM answers WHERE question_id = ?", [question_id]))
        if not rows:
            return None
        row = rows[0]
        return Answer(row["question_id"], json.loads(row["value"]), row["comment"],
                      bool(row["flagged"]), row["updated_at"], row["source"], row["agency"])

    def set_answer(self, question_id: str, value, *, source: str = "typed", detail: str = "",
                   agency: str = "") -> bool:
        """Store one answer and its revision; return False when nothing changed."""
        return self.set_answers({question_id: value}, source=source, detail=detail, agency=agency) > 0

    def set_answers(self, values: dict[str, object], *, source: str = "typed", detail: str = "",
                    agency: str = "") -> int:
        """Store many answers in one transaction (all or nothing); return how many changed."""
        at = now()
        changed = 0
        with self._write() as db:
            for question_id, value in values.items():
                encoded = json.dumps(value, ensure_ascii=False)
                row = db.execute("SELECT value FROM answers WHERE question_id = ?",
                                 [question_id]).fetchone()
                if row is not None and row[0] == encoded:
                    continue
                db.execute(
                    "INSERT INTO answers (question_id, value, updated_at, source, agency) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (question_id) DO UPDATE SET "
                    "value = excluded.value, updated_at = excluded.updated_at, "
                    "source = excluded.source, agency = excluded.agency",
                    [question_id, encoded, at, source, agency])
                self._revision(db, question_id, "value", encoded, at, source, detail, agency)
                changed += 1
        return changed

    def set_comment(self, question_id: str, comment: str, *, source: str = "typed", detail: str = "",
                    agency: str = "") -> bool:
        return self._set_note(question_id, "comment", comment, comment, source, detail, agency)

    def set_flag(self, question_id: str, flagged: bool, *, source: str = "typed") -> bool:
        return self._set_note(question_id, "flagged", int(flagged), json.dumps(flagged), source)

    def _set_note(self, question_id: str, column: str, stored, revision_value: str, source: str,
                  detail: str = "", agency: str = "") -> bool:
        at = now()
        with self._write() as db:
            row = db.execute(f"SELECT {column} FROM answers WHERE question_id = ?",  # noqa: S608
                             [question_id]).fetchone()
            if row is not None and row[0] == stored:
                return False
            db.execute(
                f"INSERT INTO answers (question_id, value, updated_at, {column}) "  # noqa: S608
                f"VALUES (?, 'null', ?, ?) ON CONFLICT (question_id) DO UPDATE SET "
                f"{column} = excluded.{column}", [question_id, at, stored])
            field = "comment" if column == "comment" else "flag"
            self._revision(db, question_id, field, json.dumps(revision_value, ensure_ascii=False)
                           if field == "comment" else revision_value, at, source, detail, agency)
        return True

    def _revision(self, db, question_id, field, encoded, at, source, detail, agency) -> None:
        db.execute(
            "INSERT INTO revisions (question_id, field, value, at, source, detail, agency, author) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [question_id, field, encoded, at, source, detail, agency, self.author])

    def revisions(self, question_id: str | None = None) -> list[Revision]:
        sql = "SELECT * FROM revisions"
        params = []
        if question_id is not None:
            sql += " WHERE question_id = ?"
            params.append(question_id)
        return [Revision(r["id"], r["question_id"], r["field"], json.loads(r["value"]), r["at"],
                         r["source"], r["detail"], r["agency"], r["author"])
                for r in self.db.query(sql + " ORDER BY id", params)]

    # -- search ---------------------------------------------------------------------------
    def search_candidates(self, words: list[str]) -> list[tuple[str, str, str]]:
        """(question id, answer text, comment) of the answers that may contain every word.

        The full-text index narrows by the words of three letters or more (its trigrams); the
        caller checks each candidate, which also settles the shorter words. A file older than
        the index (opened read-only, so not upgraded) is read whole.
        """
        has_index = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'answer_search'").fetchone()
        if not has_index:
            return [(question_id, "\n".join(_texts(json.loads(value))), comment)
                    for question_id, value, comment in self._conn.execute(
                        "SELECT question_id, value, comment FROM answers")]
        long_words = [w for w in words if len(w) >= 3]
        sql = ("SELECT r.question_id, s.answer, s.comment FROM answer_search s "
               "JOIN answer_search_rows r ON r.search_rowid = s.rowid")
        params = []
        if long_words:
            sql += " WHERE answer_search MATCH ?"
            phrases = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
            params.append(f"{{answer comment}}: ({phrases})")
        return [tuple(row) for row in self._conn.execute(sql, params)]


def _texts(value) -> list[str]:
    """Every text and number inside an answer value, as the search index holds them."""
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    if value is None or isinstance(value, bool):
        return []
    return [str(value)]


def copy_file(source: Path, target: Path) -> None:
    """Copy an assessment file atomically (temporary file, then rename)."""
    temporary = target.with_name(f".{target.name}.tmp")
    shutil.copyfile(source, temporary)
    os.replace(temporary, target)
