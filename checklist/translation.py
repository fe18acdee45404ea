"""Translations of the checklist text: files in resources/checklist/i18n/<language>/ replace
texts by id; the structure (ids, types, rules) always comes from the English files.

    # i18n/fr/checklist.yaml: texts shared by every provision
    option_sets: {challenges: {coordination: Coordination interinstitutions}}
    blocks: {standard: {status: {prompt: "…", guidance: "…"}}}

    # i18n/fr/untoc.yaml: texts by id
    untoc: {title: "…", short_title: "…"}
    untoc.5: {title: "…", summary: "…"}
    untoc.5.1a: {summary: "…", guidance: "…"}
    untoc.5.1a.offence_adopted: {prompt: "…", guidance: "…", options: {agreement: "…"}}

A text with no translation stays in English, so a partial translation is still usable.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from checklist.model import Article, Checklist, Instrument, Option, Question
from checklist.yamlsource import YamlError, read_yaml


def _texts(mapping, key: str) -> dict:
    value = mapping.get(key) if isinstance(mapping, dict) else None
    return value if isinstance(value, dict) else {}


def _question(question: Question, shared: dict, own: dict, option_sets: dict) -> Question:
    texts = {**_texts(shared, question.local_id), **own}
    labels = {}
    for options in option_sets.values():
        labels.update(options if isinstance(options, dict) else {})
    labels.update(_texts(texts, "options"))
    options = tuple(Option(o.id, str(labels.get(o.id, o.label))) for o in question.options)
    return replace(question, prompt=str(texts.get("prompt", question.prompt)),
                   guidance=str(texts.get("guidance", question.guidance)), options=options)


def translate(checklist: Checklist, folder: Path, language: str) -> Checklist:
    """The checklist with the texts of `language` where a translation gives them."""
    base = folder / "i18n" / language
    if language == "en" or not base.is_dir():
        return checklist
    common = _read(base / "checklist.yaml")
    shared = _texts(_texts(common, "blocks"), "standard")
    option_sets = _texts(common, "option_sets")
    instruments = []
    for instrument in checklist.instruments:
        texts = _read(base / f"{instrument.id}.yaml")
        articles = []
        for article in instrument.articles:
            provisions = tuple(
                replace(p, summary=str(_texts(texts, p.id).get("summary", p.summary)),
                        guidance=str(_texts(texts, p.id).get("guidance", p.guidance)),
                        questions=tuple(_question(q, shared, _texts(texts, q.id), option_sets)
                                        for q in p.questions))
                for p in article.provisions)
            own = _texts(texts, article.id)
            articles.append(replace(
                article, title=str(own.get("title", article.title)),
                summary=str(own.get("summary", article.summary)), provisions=provisions,
                questions=tuple(_question(q, {}, _texts(texts, q.id), option_sets) for q in article.questions)))
        own = _texts(texts, instrument.id)
        instruments.append(_instrument(instrument, own, tuple(articles)))
    return Checklist(checklist.id, checklist.version, str(common.get("title", checklist.title))
                     if isinstance(common, dict) else checklist.title,
                     tuple(instruments), checklist.clusters, checklist.clusters_provisional)


def _instrument(instrument: Instrument, own: dict, articles: tuple[Article, ...]) -> Instrument:
    return replace(instrument, title=str(own.get("title", instrument.title)),
                   short_title=str(own.get("short_title", instrument.short_title)), articles=articles)


def _read(path: Path):
    if not path.exists():
        return {}
    data = read_yaml(path)
    if data is not None and not isinstance(data, dict):
        raise YamlError(path, 1, "a translation file must map ids to texts")
    return data or {}


