"""The JSON submission: its shape, its schema, and partial contributions from other agencies."""

from __future__ import annotations

import json
import sqlite3

import pytest
from jsonschema import Draft202012Validator

from checklist.resources import resource_dir
from storage.errors import StorageError
from storage.importing import apply_import, plan_import, read_submission
from storage.json_submission import submission_json, write_json
from storage.submission import take_snapshot
from tests.conftest import create_assessment


@pytest.fixture
def schema() -> dict:
    schema = json.loads((resource_dir() / "submission.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return schema


@pytest.fixture
def assessment(tmp_path, checklist):
    with create_assessment(tmp_path / "a.omnibus", checklist, instruments=["untoc", "firearms"]) as a:
        a.set_metadata(focal_point={"name": "A. Mensah", "email": "a.mensah@example.org"})
        a.set_answers({
            "untoc.5.1a.status": "partly",
            "untoc.5.1a.measures": "Penal Code, s. 210",
            "untoc.5.1a.sources": ["https://example.org/gazette", "Gazette No. 45"],
            "untoc.5.1a.challenges": ["coordination", "other"],
            "untoc.6.2d.last_transmission": "2019-06-14",
            "untoc.2.serious_crime_threshold": 4,
            "firearms.5.1a.cases": [{"year": 2022, "seizures": 3}, {"year": 2023}],
        }, agency="Ministry of Justice")
        a.set_comment("untoc.5.1b.status", "Waiting for the Ministry of Interior")  # a comment, no answer
        yield a


def test_shape_and_schema(assessment, checklist, schema):
    data = submission_json(take_snapshot(assessment, checklist))
    Draft202012Validator(schema).validate(data)
    assert list(data) == ["format", "format_version", "checklist", "program", "assessment", "answers"]
    assert data["checklist"] == {"id": checklist.id, "version": checklist.version}
    assert data["assessment"]["focal_point"] == {"name": "A. Mensah", "email": "a.mensah@example.org"}
    assert data["assessment"]["instruments"] == ["untoc", "firearms"]
    by_id = {entry["question"]: entry for entry in data["answers"]}
    assert by_id["untoc.5.1b.status"]["value"] is None
    assert by_id["untoc.5.1b.status"]["comment"] == "Waiting for the Ministry of Interior"
    entry = by_id["untoc.5.1a.sources"]
    assert set(entry) == {"question", "value", "comment", "agency", "updated_at"}
    assert entry["agency"] == "Ministry of Justice"
    ids = [e["question"] for e in data["answers"]]
    assert ids == [q for q in checklist.question_ids() if q in by_id]  # checklist order


def test_every_question_id_fits_the_schema_pattern(checklist, schema):
    validator = Draft202012Validator(schema["$defs"]["answer"]["properties"]["question"])
    assert all(validator.is_valid(question_id) for question_id in checklist.question_ids())


def test_a_partial_contribution_touches_only_its_answers(assessment, checklist, tmp_path):
    contribution = {
        "format": "omnibus-submission", "format_version": 1,
        "checklist": {"id": checklist.id, "version": "0.9"},
        "assessment": {"country": "Testland", "language": "en", "instruments": ["untoc"],
                       "exported_at": "2026-01-01T00:00:00+00:00"},
        "answers": [
            {"question": "untoc.5.1a.status", "value": "yes"},
            {"question": "untoc.5.1a.measures", "value": "Penal Code, s. 210"},
            {"question": "untoc.6.1ai.status", "value": "no", "comment": "Bill before Parliament"},
            {"question": "untoc.5.1a.challenges", "value": None, "comment": ""},  # clears nothing
        ],
    }
    path = tmp_path / "interior.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(contribution).encode())  # a BOM is fine
    before = assessment.answers()
    plan = plan_import(checklist, assessment, read_submission(path, checklist))
    assert (plan.added, plan.changed, plan.unchanged) == (
        ["untoc.6.1ai.status"], ["untoc.5.1a.status"], ["untoc.5.1a.measures"])
    assert plan.comments == {"untoc.6.1ai.status": "Bill before Parliament"}
    assert plan.notes == []
    apply_import(assessment, plan, "Ministry of Interior")
    after = assessment.answers()
    assert after == {**before, "untoc.5.1a.status": "yes", "untoc.6.1ai.status": "no"}
    revision = assessment.revisions("untoc.6.1ai.status")[0]
    assert (revision.source, revision.detail, revision.agency) == ("imported", "interior.json", "Ministry of Interior")
    assert assessment.answer("untoc.5.1a.measures").agency == "Ministry of Justice"  # unchanged stays


def test_notes_for_another_country_and_instruments_not_covered(assessment, checklist, tmp_path):
    with create_assessment(tmp_path / "other.omnibus", checklist, country="Otherland") as other:
        other.set_answers({"tip.5.1.status": "yes", "untoc.5.1a.status": "partly"})
        write_json(take_snapshot(other, checklist), tmp_path / "other.json")
    plan = plan_import(checklist, assessment, read_submission(tmp_path / "other.json", checklist))
    assert "the file is for 'Otherland'; this assessment is for 'Testland'" in plan.notes
    assert any("(tip)" in note for note in plan.notes)
    assert plan.added == ["tip.5.1.status"] and plan.unchanged == ["untoc.5.1a.status"]


def test_an_import_with_nothing_new_writes_nothing(assessment, checklist, tmp_path):
    write_json(take_snapshot(assessment, checklist), tmp_path / "same.json")
    before = assessment.path.read_bytes()
    revisions = len(assessment.revisions())
    plan = plan_import(checklist, assessment, read_submission(tmp_path / "same.json", checklist))
    assert not plan.added and not plan.changed and not plan.comments and len(plan.unchanged) == 7
    apply_import(assessment, plan)
    assert assessment.path.read_bytes() == before and len(assessment.revisions()) == revisions


def test_a_failure_while_applying_leaves_the_file_as_it_was(assessment, checklist, tmp_path, monkeypatch):
    with create_assessment(tmp_path / "other.omnibus", checklist) as other:
        other.set_answers({"untoc.5.1a.status": "yes", "untoc.7.1a.status": "no"})
        other.set_comment("untoc.7.1a.status", "new comment")
        write_json(take_snapshot(other, checklist), tmp_path / "other.json")
    plan = plan_import(checklist, assessment, read_submission(tmp_path / "other.json", checklist))
    before = assessment.path.read_bytes()

    def fail(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(assessment, "set_comment", fail)  # after the answers were written
    with pytest.raises(StorageError, match="nothing was changed"):
        apply_import(assessment, plan)
    assert assessment.path.read_bytes() == before
    assert assessment.answer("untoc.7.1a.status") is None
