"""The JSON submission: the exchange format (resources/submission.schema.json describes it)."""

from __future__ import annotations

import json
from pathlib import Path

from checklist.about import APP_NAME, VERSION
from storage.atomic import write_atomically
from storage.submission import (
    FORMAT,
    FORMAT_VERSION,
    Incoming,
    Snapshot,
    SubmissionError,
    SubmissionFile,
    check_size,
)


def submission_json(snapshot: Snapshot) -> dict:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "checklist": {"id": snapshot.checklist.id, "version": snapshot.checklist.version},
        "program": {"name": APP_NAME, "version": VERSION},
        "assessment": {
            "country": snapshot.country,
            "language": snapshot.language,
            "instruments": snapshot.instruments,
            "focal_point": snapshot.focal_point,
            "exported_at": snapshot.exported_at,
        },
        "answers": snapshot.entries(),
    }


def write_json(snapshot: Snapshot, path: Path) -> list[str]:
    data = json.dumps(submission_json(snapshot), ensure_ascii=False, indent=2, allow_nan=False)
    write_atomically(path, lambda temporary: temporary.write_bytes(data.encode("utf-8") + b"\n"))
    return []


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def read_json(path: Path) -> SubmissionFile:
    """Parse and check the structure; the answers themselves are checked by the import."""
    check_size(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SubmissionError(path, "This is not a JSON submission (it is not UTF-8 text).") from None
    except OSError as exc:
        raise SubmissionError(path, f"The file could not be read ({exc.strerror}).") from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise SubmissionError(path, "The JSON file ends too early: it was cut short "
                                  "(truncated) or is incomplete.") from None
        raise SubmissionError(path, f"This is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                              f"{exc.msg}).") from None
    except (ValueError, RecursionError) as exc:  # NaN, 5,000-digit numbers, absurd nesting
        raise SubmissionError(path, f"This is not valid JSON for a submission ({exc}).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SubmissionError(path, "This JSON file is not an Omnibus submission "
                              f"(it has no \"format\": \"{FORMAT}\").")
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise SubmissionError(path, f"The submission was made by a newer version of Omnibus (format "
                              f"version {version}; this version reads {FORMAT_VERSION}).",
                              "Install the newer version to import it.")
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise SubmissionError(path, f"The submission has an unknown format version ({version!r}).")
    checklist = data.get("checklist")
    if not isinstance(checklist, dict) or not isinstance(checklist.get("id"), str):
        raise SubmissionError(path, "The submission does not say which checklist it answers "
                              "(\"checklist\": {\"id\": ...}).")
    assessment = data.get("assessment")
    if not isinstance(assessment, dict):
        raise SubmissionError(path, "The submission has no \"assessment\" object.")
    answers = data.get("answers")
    if not isinstance(answers, list):
        raise SubmissionError(path, "The submission has no list of \"answers\".")
    country = assessment.get("country")
    return SubmissionFile(path, checklist["id"], country if isinstance(country, str) else "",
                          [_entry(number, item) for number, item in enumerate(answers, start=1)])


def _entry(number: int, item) -> Incoming:
    where = f"answer {number}"
    if not isinstance(item, dict):
        return Incoming(where, "", problem="an answer must be an object with a \"question\" id")
    question_id = item.get("question")
    if not isinstance(question_id, str) or not question_id:
        return Incoming(where, "", problem="the answer has no \"question\" id")
    if "value" not in item:
        return Incoming(where, question_id, problem="the answer has no \"value\" (null for none)")
    comment = item.get("comment")
    if comment is not None and not isinstance(comment, str):
        return Incoming(where, question_id, problem="the comment must be text")
    return Incoming(where, question_id, item["value"], comment or None)
