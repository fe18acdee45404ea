"""Files that are not what they claim: each gets a one-line reason naming the file, and the
assessment stays byte-for-byte as it was."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

import main
from storage.json_submission import write_json
from storage.submission import take_snapshot
from storage.xlsx_export import write_xlsx
from tests.conftest import create_assessment


@pytest.fixture
def assessment_file(tmp_path, checklist) -> Path:
    path = tmp_path / "answers.omnibus"
    with create_assessment(path, checklist) as assessment:
        assessment.set_answers({"untoc.5.1a.status": "partly", "untoc.5.1a.measures": "Penal Code, s. 210"})
        assessment.set_comment("untoc.5.1a.status", "to check")
    return path


@pytest.fixture
def exports(tmp_path, checklist, assessment_file) -> dict[str, bytes]:
    """A good JSON file and workbook, for the malformed ones to start from."""
    with create_assessment(tmp_path / "other.omnibus", checklist) as other:
        other.set_answers({"untoc.5.1a.status": "yes", "untoc.6.1ai.status": "no"})
        snapshot = take_snapshot(other, checklist)
        write_json(snapshot, tmp_path / "good.json")
        write_xlsx(snapshot, tmp_path / "good.xlsx")
    return {"json": (tmp_path / "good.json").read_bytes(), "xlsx": (tmp_path / "good.xlsx").read_bytes()}


def edited_json(good: bytes, change) -> bytes:
    data = json.loads(good)
    change(data)
    return json.dumps(data).encode()


def other_workbook() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Budget 2024"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    return buffer.getvalue()


def zip_bomb() -> bytes:
    """A small workbook-looking zip that would unpack to 400 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"\0" * 2**20
            for _ in range(400):
                member.write(chunk)
    return buffer.getvalue()


def damaged_member(good: bytes) -> bytes:
    """Bytes flipped inside a compressed part: the zip directory is intact, the data is not."""
    data = bytearray(good)
    start = data.index(b"xl/worksheets/sheet2.xml") + 200
    for i in range(start, start + 64):
        data[i] ^= 0xFF
    return bytes(data)


def set_first_answer(key, value):
    def change(data):
        data["answers"][0][key] = value
    return change


CASES = {
    # name: (file name, how to make its bytes from the good exports, what the message says)
    "json cut short": ("x.json", lambda g: g["json"][: len(g["json"]) // 2], "cut short"),
    "json not utf-8": ("x.json", lambda g: b"\xff\xfe\x00garbage", "not UTF-8"),
    "json not json": ("x.json", lambda g: b"Dear colleagues, please find attached", "not valid JSON"),
    "json another kind": ("x.json", lambda g: b'{"name": "budget", "rows": []}', "not an Omnibus submission"),
    "json newer format": ("x.json", lambda g: edited_json(g["json"], lambda d: d.update(format_version=2)),
                          "newer version of Omnibus"),
    "json other checklist": ("x.json", lambda g: edited_json(g["json"], lambda d: d["checklist"].update(id="x")),
                             "another checklist"),
    "json answers not a list": ("x.json", lambda g: edited_json(g["json"], lambda d: d.update(answers={})),
                                "no list of \"answers\""),
    "json wrong type": ("x.json", lambda g: edited_json(g["json"], set_first_answer("value", "maybe")),
                        "must be one of yes, partly, no, na"),
    "json number as text": ("x.json", lambda g: edited_json(g["json"], set_first_answer("value", ["yes"])),
                            "must be one of"),
    "json unknown id": ("x.json", lambda g: edited_json(g["json"], set_first_answer("question", "untoc.99.9.status")),
                        "unknown question id"),
    "json answer twice": ("x.json", lambda g: edited_json(g["json"], lambda d: d["answers"].append(d["answers"][0])),
                          "appears twice"),
    "json NaN": ("x.json", lambda g: g["json"].replace(b'"value": "yes"', b'"value": NaN'), "not valid JSON"),
    "json nested deep": ("x.json", lambda g: b"[" * 200_000 + b"]" * 200_000, "not valid JSON"),
    "empty": ("x.json", lambda g: b"", "empty"),
    "xlsx not a zip": ("x.xlsx", lambda g: b"Name,Answer\nuntoc.5.1a.status,yes\n", "not an Excel workbook"),
    "xlsx cut short": ("x.xlsx", lambda g: g["xlsx"][: len(g["xlsx"]) // 2], "cut short"),
    "xlsx damaged inside": ("x.xlsx", lambda g: damaged_member(g["xlsx"]), "damaged"),
    "xlsx plain zip": ("x.xlsx", lambda g: plain_zip(), "not an Excel workbook"),
    "xlsx another workbook": ("x.xlsx", lambda g: other_workbook(), "not exported by Omnibus"),
    "xlsx zip bomb": ("x.xlsx", lambda g: zip_bomb(), "would unpack to 400 MB"),
    "unknown name, json inside": ("x.dat", lambda g: g["json"][:100], "cut short"),
}


def run_import(assessment: Path, submission: Path, capsys) -> tuple[int, str, str]:
    code = main.main(["import", str(assessment), str(submission)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", list(CASES))
def test_malformed_submission_changes_nothing(case, tmp_path, assessment_file, exports, capsys):
    name, make, message = CASES[case]
    submission = tmp_path / name
    submission.write_bytes(make(exports))
    before = sha256(assessment_file)
    code, _out, err = run_import(assessment_file, submission, capsys)
    assert code == 1
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1, err
    assert message in err and str(submission) in err
    assert "Traceback" not in err
    assert sha256(assessment_file) == before


def test_huge_and_missing_files_are_refused_before_reading(tmp_path, assessment_file, capsys):
    huge = tmp_path / "huge.xlsx"
    with huge.open("wb") as handle:
        handle.truncate(300 * 2**20)  # sparse: takes no disk space
    before = sha256(assessment_file)
    for submission, message in ((huge, "at most 50 MB"), (tmp_path / "missing.json", "does not exist"),
                                (tmp_path, "folder")):
        code, _out, err = run_import(assessment_file, submission, capsys)
        assert code == 1 and message in err and len(err.strip().splitlines()) == 1, err
    assert sha256(assessment_file) == before


def test_rejected_answers_are_listed_and_nothing_is_imported(tmp_path, assessment_file, exports, capsys):
    data = json.loads(exports["json"])
    data["answers"].append({"question": "untoc.5.1a.measures", "value": 12})
    data["answers"].append({"question": "untoc.5.1b.status", "value": "partly", "comment": 7})
    submission = tmp_path / "mixed.json"
    submission.write_text(json.dumps(data), "utf-8")
    before = sha256(assessment_file)
    code, out, err = run_import(assessment_file, submission, capsys)
    assert code == 1
    assert "2 answers cannot be imported, so nothing was imported" in err
    assert "rejected: answer 3 (untoc.5.1a.measures): the answer must be text" in out
    assert "rejected: answer 4 (untoc.5.1b.status): the comment must be text" in out
    assert sha256(assessment_file) == before
