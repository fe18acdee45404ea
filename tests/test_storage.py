"""The assessment file: create, reopen, migrate, refuse what it cannot safely open."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from storage import schema
from storage.assessment import Assessment
from storage.errors import (
    AlreadyExists,
    CorruptFile,
    FileInUse,
    NewerVersion,
    NotAnAssessment,
    ReadOnlyFile,
)
from tests.conftest import create_assessment

FIXTURES = Path(__file__).parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_and_reopen(tmp_path, checklist):
    path = tmp_path / "a.omnibus"
    with create_assessment(path, checklist, ["untoc", "tip"], country="Côte d'Ivoire") as a:
        assert a.set_answer("untoc.5.1a.status", "yes")
        assert a.set_answer("untoc.5.1a.measures", "قانون العقوبات، المادة 210")
    with Assessment.open(path) as a:
        meta = a.metadata()
        assert meta["country"] == "Côte d'Ivoire"
        assert meta["instruments"] == ["untoc", "tip"]
        assert meta["checklist_version"] == checklist.version
        assert a.answers() == {"untoc.5.1a.status": "yes",
                               "untoc.5.1a.measures": "قانون العقوبات، المادة 210"}
        assert a.schema_version() == schema.CURRENT_VERSION
    # the file is a plain rollback-journal SQLite file: no side files left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.omnibus"]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_new_never_overwrites(tmp_path, checklist):
    path = tmp_path / "a.omnibus"
    path.write_bytes(b"precious")
    with pytest.raises(AlreadyExists):
        create_assessment(path, checklist)
    assert path.read_bytes() == b"precious"


def test_revisions_are_appended(assessment_path):
    with Assessment.open(assessment_path) as a:
        a.set_answer("untoc.5.1a.status", "no")
        a.set_answer("untoc.5.1a.status", "no")  # unchanged: no new revision
        a.set_answer("untoc.5.1a.status", "partly", source="imported", detail="agency.json",
                     agency="Ministry of Justice")
        a.set_comment("untoc.5.1a.status", "Check with the police")
        a.set_flag("untoc.5.1a.status", True)
        revisions = a.revisions("untoc.5.1a.status")
    assert [(r.field, r.value, r.source) for r in revisions] == [
        ("value", "no", "typed"), ("value", "partly", "imported"),
        ("comment", "Check with the police", "typed"), ("flag", True, "typed")]
    assert revisions[1].detail == "agency.json" and revisions[1].agency == "Ministry of Justice"
    assert all(r.at for r in revisions)


def test_batch_is_all_or_nothing(assessment_path, monkeypatch):
    with Assessment.open(assessment_path) as a:
        a.set_answer("untoc.5.1a.status", "yes")
        with pytest.raises(TypeError):
            a.set_answers({"untoc.5.1b.status": "no", "untoc.6.1ai.status": object()})
        assert a.answers() == {"untoc.5.1a.status": "yes"}


def test_migrates_version_1_after_a_backup(tmp_path):
    path = tmp_path / "old.omnibus"
    shutil.copy(FIXTURES / "schema_v1.omnibus", path)
    before = digest(path)
    with Assessment.open(path) as a:
        assert a.schema_version() == schema.CURRENT_VERSION
        assert a.answers()["untoc.5.1a.steps"] == "Étape suivante: مشروع قانون"
        assert a.metadata()["country"] == "Fixtureland"
        record = a.answer("untoc.5.1a.status")
        assert record.comment == "" and record.flagged is False
        a.set_comment("untoc.5.1a.status", "after upgrade")
    backups = [p for p in tmp_path.iterdir() if "before upgrade" in p.name]
    assert len(backups) == 1 and digest(backups[0]) == before


def test_refuses_a_newer_file_without_touching_it(assessment_path):
    conn = sqlite3.connect(assessment_path)
    conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(assessment_path)
    with pytest.raises(NewerVersion) as info:
        Assessment.open(assessment_path)
    assert "newer version" in str(info.value)
    assert digest(assessment_path) == before


@pytest.mark.parametrize("content, error", [
    (b"", NotAnAssessment),
    (b"PK\x03\x04 this is a zip file, not an assessment" * 10, NotAnAssessment),
    ("Excel? no: plain text ünïcode".encode() * 10, NotAnAssessment),
])
def test_refuses_files_that_are_not_assessments(tmp_path, content, error):
    path = tmp_path / "x.omnibus"
    path.write_bytes(content)
    with pytest.raises(error) as info:
        Assessment.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content


def test_refuses_another_sqlite_database(tmp_path):
    path = tmp_path / "other.omnibus"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAnAssessment, match="not an Omnibus assessment"):
        Assessment.open(path)
    assert digest(path) == before


@pytest.mark.parametrize("keep", [50, 4096, 12000])
def test_refuses_a_truncated_file(tmp_path, checklist, keep):
    path = tmp_path / "t.omnibus"
    with create_assessment(path, checklist) as a:
        a.set_answers({"untoc.5.1a.measures": "x" * 20000, "untoc.5.1a.status": "yes"})
    data = path.read_bytes()
    assert len(data) > keep
    path.write_bytes(data[:keep])
    with pytest.raises((CorruptFile, NotAnAssessment)):
        Assessment.open(path)
    assert path.read_bytes() == data[:keep]


def test_refuses_a_file_with_damaged_pages(tmp_path, checklist):
    path = tmp_path / "d.omnibus"
    with create_assessment(path, checklist) as a:
        a.set_answers({f"untoc.{n}.x.text": "y" * 3000 for n in range(5, 30)})
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptFile):
        Assessment.open(path)


def test_read_only_file(assessment_path):
    os.chmod(assessment_path, 0o444)
    try:
        if os.access(assessment_path, os.W_OK):
            pytest.skip("running as a user who can write read-only files")
        with pytest.raises(ReadOnlyFile):
            Assessment.open(assessment_path)
    finally:
        os.chmod(assessment_path, 0o644)


def test_read_only_file_when_permissions_say_so(assessment_path, monkeypatch):
    before = digest(assessment_path)
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    with pytest.raises(ReadOnlyFile):
        Assessment.open(assessment_path)
    assert digest(assessment_path) == before


def test_read_only_open_never_writes(assessment_path):
    before = digest(assessment_path)
    with Assessment.open(assessment_path, read_only=True) as a:
        assert a.read_only
        with pytest.raises(ReadOnlyFile):
            a.set_answer("untoc.5.1a.status", "yes")
    assert digest(assessment_path) == before


def test_second_writer_is_refused(assessment_path):
    with Assessment.open(assessment_path) as first:
        first.set_answer("untoc.5.1a.status", "yes")
        with pytest.raises(FileInUse):
            Assessment.open(assessment_path)
        with Assessment.open(assessment_path, read_only=True) as reader:  # readers are welcome
            assert reader.answers() == {"untoc.5.1a.status": "yes"}
        first.set_answer("untoc.5.1a.status", "no")
    with Assessment.open(assessment_path) as again:
        assert again.answers() == {"untoc.5.1a.status": "no"}


def test_main_file_alone_holds_every_saved_answer(assessment_path, tmp_path):
    """A user who copies the file while it is open gets every answer saved so far."""
    with Assessment.open(assessment_path) as a:
        for n in range(20):
            a.set_answer(f"untoc.5.1a.q{n}", f"answer {n}")
        copy = tmp_path / "copy.omnibus"
        shutil.copyfile(assessment_path, copy)
    with Assessment.open(copy, read_only=True) as c:
        assert len(c.answers()) == 20
