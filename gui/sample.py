"""A sample assessment to try the program with: a new file with a few answers filled in."""

from __future__ import annotations

import json
from pathlib import Path

from checklist.about import VERSION
from checklist.resources import resource_dir
from gui.context import AppContext
from storage.assessment import Assessment


def sample_path(context: AppContext) -> Path:
    """The sample file in the user's data folder, created on first use (never overwritten)."""
    path = context.data_dir / "Sample assessment.omnibus"
    if path.exists():
        return path
    data = json.loads((resource_dir() / "sample" / "answers.json").read_text(encoding="utf-8"))
    checklist = context.checklist
    context.data_dir.mkdir(parents=True, exist_ok=True)
    with Assessment.create(path, country=data["country"], instruments=data["instruments"],
                           language=data["language"], checklist_id=checklist.id,
                           checklist_version=checklist.version, program_version=VERSION) as assessment:
        answers = {qid: value for qid, value in data["answers"].items() if checklist.question(qid)}
        assessment.set_answers(answers, source="imported", detail="sample")
    return path
