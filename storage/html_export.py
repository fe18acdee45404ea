"""The HTML document: one self-contained file to read, print, or turn into PDF through Qt.

Jinja2 escapes every value (autoescape) and refuses undefined names (StrictUndefined); the
template (resources/templates/) is found through resource_dir(), so it loads from the
source tree and from the PyInstaller bundle alike. The markup keeps to what Qt's
QTextDocument renders: plain tables, class selectors, page-break-before.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from checklist import progress
from checklist.about import LANGUAGES, RTL_LANGUAGES
from checklist.model import Article, Question
from checklist.resources import resource_dir
from checklist.values import is_answered
from checklist.visibility import is_visible
from storage.atomic import write_atomically
from storage.submission import Snapshot, choice_label

TEMPLATE = "submission.html.j2"
ARTICLE_STATES = {
    progress.COMPLETE: "Complete",
    progress.IN_PROGRESS: "In progress",
    progress.NOT_STARTED: "Not started",
    progress.INFORMATION: "For information",
}


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(resource_dir() / "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


@dataclass(frozen=True)
class QuestionView:
    id: str
    prompt: str
    required: bool
    kind: str  # how the answer is shown: none, status, text, list, links, table
    answer: object  # shaped for its kind (see _answer_view)
    comment: str
    agency: str
    updated_at: str


def write_html(snapshot: Snapshot, path: Path, draft: bool = False) -> list[str]:
    text = render_html(snapshot, draft)
    write_atomically(path, lambda temporary: temporary.write_bytes(text.encode("utf-8")))
    return []


def render_html(snapshot: Snapshot, draft: bool = False) -> str:
    checklist = snapshot.checklist
    answers = snapshot.answers()
    completion = snapshot.completion()
    instruments = []
    for instrument in checklist.instruments:
        articles = [a for a in snapshot.articles() if a.instrument == instrument.id]
        if not articles:
            continue
        views, first = [], True
        for article in articles:
            views.append(_article_view(snapshot, article, answers, page_break=not first))
            first = first and article.informational
        instruments.append({"id": instrument.id, "title": instrument.title,
                            "short_title": instrument.short_title, "articles": views,
                            "completion": completion["instruments"].get(instrument.id)})
    titles = {i.id: i.short_title for i in checklist.instruments}
    return _environment().get_template(TEMPLATE).render(
        draft=draft,
        country=snapshot.country,
        language=snapshot.language,
        direction="rtl" if snapshot.language in RTL_LANGUAGES else "ltr",
        # The checklist's own text is English (resources/checklist/): it keeps its direction
        # inside a right-to-left document, so its punctuation stays where it belongs.
        content_direction="ltr",
        language_name=LANGUAGES.get(snapshot.language, snapshot.language),
        instrument_titles=[titles.get(i, i) for i in snapshot.instruments],
        focal_point=[(k, v) for k, v in snapshot.focal_point.items() if v],
        exported_at=snapshot.exported_at,
        program=snapshot.program,
        checklist=checklist,
        completion=completion,
        digest=snapshot.digest(),
        instruments=instruments,
    )


def _article_view(snapshot: Snapshot, article: Article, answers: dict, page_break: bool) -> dict:
    state = progress.article_state(article, answers)
    return {
        "anchor": article.id.replace(".", "-"),
        "number": article.number,
        "title": article.title,
        "chapter": snapshot.checklist.instrument(article.instrument).chapter_title(article.chapter),
        "summary": article.summary,
        "state": state,
        "state_label": ARTICLE_STATES[state],
        "page_break": page_break and not article.informational,
        "questions": _question_views(snapshot, article.questions, answers),
        "provisions": [{"ref": p.ref, "obligation": p.obligation, "summary": p.summary,
                        "questions": _question_views(snapshot, p.questions, answers)}
                       for p in article.provisions],
    }


def _question_views(snapshot: Snapshot, questions: tuple[Question, ...], answers: dict) -> list[QuestionView]:
    views = []
    for question in questions:
        if not is_visible(question, answers):
            continue  # a hidden answer no longer applies; it stays in the file, not on paper
        record = snapshot.records.get(question.id)
        value = record.value if record else None
        kind, shaped = _answer_view(question, value) if is_answered(value) else ("none", None)
        views.append(QuestionView(question.id, question.prompt, question.required, kind, shaped,
                                  record.comment if record else "", record.agency if record else "",
                                  record.updated_at if record else ""))
    return views


def _answer_view(question: Question, value) -> tuple[str, object]:
    qtype = question.type
    if qtype == "status":
        return "status", {"value": value, "label": choice_label(question, value)}
    if qtype == "single":
        return "list", [choice_label(question, value)]
    if qtype == "multi":
        return "list", [choice_label(question, v) for v in value]
    if qtype == "links":
        return "links", [{"text": link, "href": link if _is_web_address(link) else None} for link in value]
    if qtype == "table":
        return "table", {"headers": [c.label for c in question.columns],
                         "rows": [["" if row.get(c.id) is None else str(row.get(c.id))
                                   for c in question.columns] for row in value]}
    if qtype == "number":
        return "text", f"{value} {question.unit}".strip()
    return "text", str(value)


def _is_web_address(text: str) -> bool:
    """Only http(s) addresses become links: never javascript: or data: from an answer."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:  # e.g. a malformed IPv6 host
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and text == text.strip()
