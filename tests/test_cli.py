"""The command-line contract of DESIGN.md, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from checklist.about import VERSION
from storage.assessment import Assessment

ROOT = Path(__file__).resolve().parent.parent


def omnibus(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


def test_version():
    result = omnibus("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Omnibus {VERSION}"


def test_checklist_json_shape():
    result = omnibus("checklist", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["checklist"]) >= {"id", "version"}
    assert [i["id"] for i in data["instruments"]] == ["untoc", "tip", "som", "firearms"]
    article = next(a for a in data["instruments"][0]["articles"] if a["number"] == 5)
    assert set(article) >= {"number", "title", "chapter", "cluster", "summary", "provisions"}
    provision = article["provisions"][0]
    assert provision["obligation"] in ("mandatory", "consider", "optional")
    ids = [q["id"] for q in provision["questions"]]
    assert f"untoc.5.{provision['ref'][1:].replace('(', '').replace(')', '')}.status" in ids
    types = {q["type"] for i in data["instruments"] for a in i["articles"]
             for p in a["provisions"] for q in p["questions"]}
    assert types == {"status", "text", "single", "multi", "number", "date", "links", "table"}


def test_checklist_stats_lists_every_instrument():
    result = omnibus("checklist", "--stats")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    for instrument, count in (("untoc", 41), ("tip", 20), ("som", 25), ("firearms", 21)):
        line = next(x for x in lines if x.startswith(instrument))
        assert f"{count} articles" in line and "mandatory" in line and "cluster 1" in line


def test_new_then_status(tmp_path):
    path = tmp_path / "ghana.omnibus"
    result = omnibus("new", path, "--country", "Ghana", "--instruments", "untoc,tip")
    assert result.returncode == 0, result.stderr
    with Assessment.open(path) as a:
        a.set_answer("untoc.5.1a.status", "no")
    result = omnibus("status", path, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["instruments"]) == {"untoc", "tip"}
    assert data["answered"] == 1
    assert data["total"] == sum(v["total"] for v in data["instruments"].values())
    assert data["articles"]["untoc.5"]["state"] == "in_progress"
    human = omnibus("status", path)
    assert human.returncode == 0 and "Ghana" in human.stdout


def test_new_never_overwrites(tmp_path):
    path = tmp_path / "x.omnibus"
    path.write_text("mine")
    result = omnibus("new", path, "--country", "Peru")
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and len(result.stderr.strip().splitlines()) == 1
    assert path.read_text() == "mine"


def test_user_errors_are_one_line_without_traceback(tmp_path):
    bad = tmp_path / "notes.omnibus"
    bad.write_text("not a database at all" * 10)
    for args in (("status", tmp_path / "missing.omnibus"), ("status", bad),
                 ("new", tmp_path / "y.omnibus", "--country", "Chile", "--instruments", "untoc,guns"),
                 ("new", tmp_path / "z.omnibus", "--country", "Chile", "--language", "xx")):
        result = omnibus(*args)
        assert result.returncode == 1, args
        assert result.stderr.startswith("error: "), result.stderr
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_usage_errors_exit_2():
    assert omnibus("status").returncode == 2
    assert omnibus("--no-such-flag").returncode == 2


def test_selftest_passes():
    result = omnibus("--selftest")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("selftest ok")
    assert '"articles_shown": 107' in result.stdout
