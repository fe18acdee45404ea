"""The full-text index of answers and comments (schema version 3) and the upgrade to it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from storage import schema
from storage.assessment import Assessment

FIXTURES = Path(__file__).parent / "fixtures"


def candidates(assessment, query):
    return {row[0]: row[1:] for row in assessment.search_candidates(query.casefold().split())}


def test_index_follows_every_write(assessment_path):
    with Assessment.open(assessment_path) as a:
        a.set_answers({"untoc.5.1a.measures": "Уголовный кодекс, статья 210",
                       "untoc.12.1a.cases": [{"year": 2023, "cases": 14, "note": "法律草案 pending"}]})
        assert set(candidates(a, "кодекс")) == {"untoc.5.1a.measures"}
        assert candidates(a, "法律草")["untoc.12.1a.cases"][0].split("\n") == ["2023", "14", "法律草案 pending"]
        a.set_answer("untoc.5.1a.measures", "Penal Code, section 210")
        assert not candidates(a, "кодекс") and set(candidates(a, "penal code"))
        a.set_comment("untoc.5.1a.status", "Ask the Procureur général")
        assert candidates(a, "procureur") == {"untoc.5.1a.status": ("", "Ask the Procureur général")}
        a.db.execute("DELETE FROM answers WHERE question_id = 'untoc.5.1a.status'")  # any writer, even SQL
        a.db.conn.commit()
        assert not candidates(a, "procureur")


def test_short_words_leave_the_choice_to_the_caller(assessment_path):
    with Assessment.open(assessment_path) as a:
        a.set_answers({"untoc.5.1a.measures": "Act 12", "untoc.5.1b.measures": "Decree"})
        assert set(candidates(a, "12")) == {"untoc.5.1a.measures", "untoc.5.1b.measures"}
        assert set(candidates(a, "12 act")) == {"untoc.5.1a.measures"}


def test_version_2_fixture_upgrades_and_is_searchable(tmp_path):
    path = tmp_path / "v2.omnibus"
    shutil.copy(FIXTURES / "schema_v2.omnibus", path)
    with Assessment.open(path) as a:
        assert a.schema_version() == schema.CURRENT_VERSION == 3
        record = a.answer("untoc.5.1a.status")
        assert record.flagged and record.comment == "Vérifier avec la police judiciaire"
        assert [r.source for r in a.revisions("untoc.5.1a.steps")] == ["typed", "imported"]
        assert set(candidates(a, "police")) == {"untoc.5.1a.status"}
        assert set(candidates(a, "مشروع")) == {"untoc.5.1a.steps"}
    assert len([p for p in tmp_path.iterdir() if "before upgrade, format 2" in p.name]) == 1


def test_version_1_fixture_upgrades_through_every_step(tmp_path):
    path = tmp_path / "v1.omnibus"
    shutil.copy(FIXTURES / "schema_v1.omnibus", path)
    with Assessment.open(path) as a:
        assert set(candidates(a, "étape")) == {"untoc.5.1a.steps"}


def test_old_file_opened_read_only_is_searched_without_the_index(tmp_path):
    path = tmp_path / "v2.omnibus"
    shutil.copy(FIXTURES / "schema_v2.omnibus", path)
    with Assessment.open(path, read_only=True) as a:
        assert a.schema_version() == 2
        assert candidates(a, "police")["untoc.5.1a.status"] == ("partly", "Vérifier avec la police judiciaire")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()
