"""`export` and `import` on the command line, run as a user runs them."""

from __future__ import annotations

import hashlib
import json

from storage.assessment import Assessment
from tests.conftest import create_assessment
from tests.test_cli import omnibus


def filled(path, checklist):
    with create_assessment(path, checklist, instruments=["untoc", "tip"]) as assessment:
        assessment.set_answers({"untoc.5.1a.status": "partly", "untoc.5.1a.measures": "=cmd|' /C calc'!A0",
                                "tip.5.1.status": "yes"})
        assessment.set_comment("untoc.5.1a.status", "Ask the Ministry of Justice")
    return path


def test_export_every_format_then_import_it_back(tmp_path, checklist):
    source = filled(tmp_path / "source.omnibus", checklist)
    for fmt in ("json", "xlsx", "html"):
        out = tmp_path / f"submission.{fmt}"
        result = omnibus("export", source, "--format", fmt, "--out", out)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"exported {out}" and result.stderr == ""
        assert out.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary files
    exported = json.loads((tmp_path / "submission.json").read_text("utf-8"))
    assert exported["assessment"]["instruments"] == ["untoc", "tip"]
    for fmt in ("json", "xlsx"):
        target = tmp_path / f"target-{fmt}.omnibus"
        create_assessment(target, checklist, instruments=["untoc", "tip"]).close()
        result = omnibus("import", target, tmp_path / f"submission.{fmt}", "--agency", "Ministry of Interior")
        assert result.returncode == 0, result.stderr
        assert f"submission.{fmt}: 3 added, 0 changed, 0 unchanged, 0 rejected; 1 comments to store" in result.stdout
        with Assessment.open(target, read_only=True) as imported, Assessment.open(source, read_only=True) as original:
            assert imported.answers() == original.answers()
            assert imported.answer("untoc.5.1a.status").comment == "Ask the Ministry of Justice"
            assert imported.answer("tip.5.1.status").agency == "Ministry of Interior"
        again = omnibus("import", target, tmp_path / f"submission.{fmt}")
        assert "0 added, 0 changed, 3 unchanged" in again.stdout


def test_draft_html_is_marked(tmp_path, checklist):
    source = filled(tmp_path / "source.omnibus", checklist)
    assert omnibus("export", source, "--format", "html", "--out", tmp_path / "d.html", "--draft").returncode == 0
    assert omnibus("export", source, "--format", "html", "--out", tmp_path / "f.html").returncode == 0
    assert "DRAFT" in (tmp_path / "d.html").read_text("utf-8")
    assert "DRAFT" not in (tmp_path / "f.html").read_text("utf-8")


def test_export_replaces_an_older_file_whole(tmp_path, checklist):
    source = filled(tmp_path / "source.omnibus", checklist)
    out = tmp_path / "submission.json"
    out.write_text("an old export")
    assert omnibus("export", source, "--format", "json", "--out", out).returncode == 0
    assert json.loads(out.read_text("utf-8"))["format"] == "omnibus-submission"


def test_export_errors_are_one_line_and_harm_nothing(tmp_path, checklist):
    source = filled(tmp_path / "source.omnibus", checklist)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    cases = [
        (("export", source, "--format", "json", "--out", source), "the assessment itself"),
        (("export", source, "--format", "xlsx", "--out", tmp_path / "no" / "such" / "x.xlsx"), "folder does not exist"),
        (("export", source, "--format", "html", "--out", tmp_path), "is a folder"),
        (("export", source, "--format", "pdf", "--out", tmp_path / "no" / "x.pdf"), "folder does not exist"),
        (("export", source, "--format", "pdf", "--out", source), "the assessment itself"),
        (("export", tmp_path / "missing.omnibus", "--format", "json", "--out", tmp_path / "x.json"), "does not exist"),
        (("import", source, tmp_path / "missing.json"), "does not exist"),
    ]
    for args, message in cases:
        result = omnibus(*args)
        assert result.returncode == 1, args
        assert result.stderr.startswith("error: ") and message in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.json").exists()


def test_usage_errors_exit_2(tmp_path):
    assert omnibus("export", tmp_path / "a.omnibus", "--out", tmp_path / "x").returncode == 2
    assert omnibus("export", tmp_path / "a.omnibus", "--format", "docx", "--out", tmp_path / "x").returncode == 2
    assert omnibus("import", tmp_path / "a.omnibus").returncode == 2
