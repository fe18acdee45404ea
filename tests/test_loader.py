"""The loader names the file and line of every problem in broken content."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checklist.loader import ContentError, derive_key, load_checklist
from checklist.resources import checklist_dir

MINI = """\
instrument: untoc
title: United Nations Convention against Transnational Organized Crime
short_title: Convention
chapters:
  - {id: crim, title: Criminalization, official: false}
articles:
  - number: 5
    title: Criminalization of participation in an organized criminal group
    chapter: crim
    summary: Criminalize taking part in an organized criminal group.
    provisions:
      - ref: 5(1)(a)
        obligation: mandatory
        summary: Establish one or both offences.
        guidance: Cite the offence.
        questions:
          - id: model
            type: single
            prompt: Which model?
            options: [{id: agreement, label: Agreement}, {id: participation, label: Participation}]
            show_if: {status: ["yes", partly]}
"""


@pytest.fixture
def folder(tmp_path) -> Path:
    target = tmp_path / "checklist"
    target.mkdir()
    for name in ("checklist.yaml", "clusters.yaml"):
        shutil.copy(checklist_dir() / name, target / name)
    text = (target / "checklist.yaml").read_text().replace("[untoc, tip, som, firearms]", "[untoc]")
    (target / "checklist.yaml").write_text(text)
    (target / "untoc.yaml").write_text(MINI)
    return target


def problems(folder: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_checklist(folder)
    return [str(p) for p in info.value.problems]


def test_the_mini_checklist_loads(folder):
    checklist = load_checklist(folder)
    question = checklist.question("untoc.5.1a.model")
    assert question.show_if == {"status": ("yes", "partly")}
    assert checklist.question("untoc.5.1a.status").required
    assert checklist.article("untoc.5").cluster == 1


def test_duplicate_question_id_names_file_and_line(folder):
    text = MINI + """\
          - id: model
            type: text
            prompt: Again
"""
    (folder / "untoc.yaml").write_text(text)
    found = problems(folder)
    assert any("untoc.yaml:" in p and "duplicate question id untoc.5.1a.model" in p for p in found), found
    line = int(next(p for p in found if "duplicate" in p).split("untoc.yaml:")[1].split(":")[0])
    assert line == 22


def test_unknown_question_type_names_file_and_line(folder):
    (folder / "untoc.yaml").write_text(MINI.replace("type: single", "type: slider"))
    found = problems(folder)
    assert found == [f"{folder / 'untoc.yaml'}:18: question 'model' has unknown type 'slider'"]


def test_visibility_rule_naming_unknown_question(folder):
    (folder / "untoc.yaml").write_text(MINI.replace("show_if: {status:", "show_if: {stat:"))
    found = problems(folder)
    assert len(found) == 1
    assert "untoc.yaml:21:" in found[0] and "unknown question 'stat'" in found[0]


def test_missing_title(folder):
    (folder / "untoc.yaml").write_text(MINI.replace(
        "    title: Criminalization of participation in an organized criminal group\n", ""))
    found = problems(folder)
    assert any("untoc.yaml:7:" in p and "'title' is missing" in p for p in found), found


def test_yaml_syntax_error_names_line(folder):
    (folder / "untoc.yaml").write_text(MINI + "  - number: [unclosed\n")
    found = problems(folder)
    assert len(found) == 1 and "untoc.yaml:23:" in found[0] and "starts on line 22" in found[0]


def test_unknown_field(folder):
    text = MINI.replace("        guidance: Cite the offence.\n",
                        "        guidance: Cite the offence.\n        colour: red\n")
    (folder / "untoc.yaml").write_text(text)
    assert problems(folder) == [f"{folder / 'untoc.yaml'}:16: unknown field 'colour' in a provision"]


def test_link_to_unknown_provision(folder):
    text = MINI.replace("        guidance: Cite the offence.\n",
                        "        guidance: Cite the offence.\n        links: [tip.5.1]\n")
    (folder / "untoc.yaml").write_text(text)
    assert problems(folder) == [
        f"{folder / 'untoc.yaml'}:16: provision untoc.5.1a links to unknown provision 'tip.5.1'"]


def test_show_if_value_not_offered(folder):
    (folder / "untoc.yaml").write_text(MINI.replace('["yes", partly]', '["yes", maybe]'))
    found = problems(folder)
    assert any("'maybe'" in p for p in found), found


def test_missing_file_is_named(folder):
    (folder / "untoc.yaml").unlink()
    found = problems(folder)
    assert found == [f"{folder / 'untoc.yaml'}:0: cannot be read (No such file or directory)"]


@pytest.mark.parametrize("ref, number, key", [
    ("5(1)(a)(i)", 5, "1ai"), ("6(2)(b) s1", 6, "2bs1"), ("18(5) s4–s5", 18, "5s4s5"), ("17", 17, ""),
])
def test_derive_key(ref, number, key):
    assert derive_key(ref, number) == key
