"""The command-line verbs (new, checklist, status, export, import), headless: they print and return an exit code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from checklist import progress
from checklist.about import LANGUAGES, VERSION
from checklist.model import INSTRUMENT_IDS, OBLIGATIONS, Checklist
from storage import exporting
from storage.assessment import Assessment
from storage.exporting import FORMATS
from storage.importing import apply_import, plan_import, read_submission
from storage.submission import take_snapshot


class UserError(Exception):
    """A mistake in what the user asked for; printed as one line `error: ...`."""


def parse_instruments(text: str) -> list[str]:
    chosen = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [c for c in chosen if c not in INSTRUMENT_IDS]
    if unknown or not chosen:
        raise UserError(f"unknown instrument {', '.join(unknown) or '(none given)'}; "
                        f"choose from {', '.join(INSTRUMENT_IDS)}")
    return [i for i in INSTRUMENT_IDS if i in chosen]


def new(checklist: Checklist, path: Path, country: str, instruments: str, language: str) -> int:
    if not country.strip():
        raise UserError("the country must not be empty")
    if language not in LANGUAGES:
        raise UserError(f"unknown language '{language}'; choose from {', '.join(LANGUAGES)}")
    chosen = parse_instruments(instruments)
    if "untoc" not in chosen:
        raise UserError("an assessment always covers the Convention (untoc); the Protocols are added to it")
    with Assessment.create(path, country=country.strip(), instruments=chosen, language=language,
                           checklist_id=checklist.id, checklist_version=checklist.version,
                           program_version=VERSION):
        pass
    print(f"created {path}")
    return 0


def question_json(question) -> dict:
    data = {"id": question.id, "type": question.type, "prompt": question.prompt,
            "guidance": question.guidance, "required": question.required}
    if question.show_if:
        data["show_if"] = {k: list(v) for k, v in question.show_if.items()}
    if question.type in ("single", "multi"):
        data["options"] = [{"id": o.id, "label": o.label} for o in question.options]
    if question.type == "status":
        data["options"] = [o.id for o in question.options]
    if question.columns:
        data["columns"] = [{"id": c.id, "label": c.label, "type": c.type} for c in question.columns]
    for name in ("unit", "minimum", "maximum"):
        if getattr(question, name) not in ("", None):
            data[name] = getattr(question, name)
    return data


def checklist_json(checklist: Checklist) -> dict:
    return {
        "checklist": {"id": checklist.id, "version": checklist.version, "title": checklist.title},
        "clusters": [{"number": c.number, "title": c.title, "provisional": checklist.clusters_provisional}
                     for c in checklist.clusters],
        "instruments": [{
            "id": instrument.id, "title": instrument.title, "short_title": instrument.short_title,
            "articles": [{
                "id": article.id, "number": article.number, "title": article.title,
                "chapter": instrument.chapter_title(article.chapter), "cluster": article.cluster,
                "summary": article.summary,
                "questions": [question_json(q) for q in article.questions],
                "provisions": [{
                    "id": p.id, "ref": p.ref, "obligation": p.obligation, "summary": p.summary,
                    "guidance": p.guidance, "links": list(p.links),
                    "questions": [question_json(q) for q in p.questions],
                } for p in article.provisions],
            } for article in instrument.articles],
        } for instrument in checklist.instruments],
    }


def checklist_stats(checklist: Checklist) -> dict:
    stats = {}
    for instrument in checklist.instruments:
        by_obligation = dict.fromkeys(OBLIGATIONS, 0)
        by_cluster: dict[str, int] = {}
        provisions = questions = 0
        for article in instrument.articles:
            questions += len(article.all_questions)
            provisions += len(article.provisions)
            for p in article.provisions:
                by_obligation[p.obligation] += 1
            if article.cluster is not None:
                by_cluster[str(article.cluster)] = by_cluster.get(str(article.cluster), 0) + 1
        stats[instrument.id] = {
            "articles": len(instrument.articles), "provisions": provisions, "questions": questions,
            "provisions_by_obligation": by_obligation,
            "articles_by_cluster": dict(sorted(by_cluster.items())),
        }
    return stats


def show_checklist(checklist: Checklist, as_json: bool, stats: bool) -> int:
    if stats:
        data = checklist_stats(checklist)
        if as_json:
            print(json.dumps(data, indent=2))
            return 0
        print(f"{checklist.title} (version {checklist.version})")
        for instrument_id, s in data.items():
            by_level = ", ".join(f"{k} {v}" for k, v in s["provisions_by_obligation"].items())
            by_cluster = ", ".join(f"cluster {k}: {v}" for k, v in s["articles_by_cluster"].items())
            print(f"{instrument_id:9} {s['articles']:3} articles {s['provisions']:4} provisions "
                  f"{s['questions']:5} questions | {by_level} | articles by {by_cluster}")
        total = {k: sum(s[k] for s in data.values()) for k in ("articles", "provisions", "questions")}
        print(f"{'total':9} {total['articles']:3} articles {total['provisions']:4} provisions "
              f"{total['questions']:5} questions")
        return 0
    if as_json:
        json.dump(checklist_json(checklist), sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    for instrument in checklist.instruments:
        print(instrument.title)
        for article in instrument.articles:
            refs = ", ".join(p.ref for p in article.provisions)
            print(f"  {article.number:>3} {article.title}" + (f"  [{refs}]" if refs else ""))
    return 0


def status(checklist: Checklist, path: Path, as_json: bool) -> int:
    with Assessment.open(path, read_only=True) as assessment:
        meta = assessment.metadata()
        result = progress.summary(checklist, meta.get("instruments", []), assessment.answers())
    result = {"file": str(path), "country": meta.get("country", ""), **result}
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(f"{result['country']}: {result['answered']} of {result['total']} required answers given")
    for instrument_id, count in result["instruments"].items():
        print(f"  {instrument_id:9} {count['answered']:5} / {count['total']}")
    for cluster, count in result["clusters"].items():
        print(f"  cluster {cluster}: {count['answered']:5} / {count['total']}")
    return 0


def export(checklist: Checklist, path: Path, fmt: str, out: Path, draft: bool, exporter=None) -> int:
    """`exporter` writes the formats storage cannot (PDF needs Qt's printing: gui/exports.py)."""
    if exporter is None and fmt not in FORMATS:
        raise UserError(f"unknown format '{fmt}'; choose from {', '.join(FORMATS)}")
    with Assessment.open(path, read_only=True) as assessment:
        snapshot = take_snapshot(assessment, checklist)
    for warning in (exporter or exporting.export)(snapshot, fmt, out, source=path, draft=draft):
        print(f"warning: {warning}", file=sys.stderr)
    print(f"exported {out}")
    return 0


def import_submission(checklist: Checklist, path: Path, submission_path: Path, agency: str) -> int:
    submission = read_submission(submission_path, checklist)
    with Assessment.open(path) as assessment:
        plan = plan_import(checklist, assessment, submission)
        print(f"{submission_path.name}: {plan.summary()}")
        for note in plan.notes:
            print(f"  note: {note}")
        for rejected in plan.rejected:
            print(f"  rejected: {rejected}")
        apply_import(assessment, plan, agency)
    print(f"imported into {path}")
    return 0
