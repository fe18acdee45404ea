"""Checks over the real checklist content in resources/checklist/."""

from __future__ import annotations

import re

import pytest

from checklist.model import INSTRUMENT_IDS, OBLIGATIONS, QUESTION_TYPES
from checklist.resources import checklist_dir

SUBSTANTIVE = {
    "untoc": set(range(5, 32)) | {34},
    "tip": set(range(5, 14)),
    "som": set(range(5, 19)),
    "firearms": set(range(5, 16)),
}
DEFINITIONS = {"untoc": 2, "tip": 3, "som": 3, "firearms": 3}
QUESTION_ID = re.compile(r"^(untoc|tip|som|firearms)\.\d+(\.[0-9a-z]+)?\.[a-z][a-z0-9_]*$")


def test_article_counts(checklist):
    counts = {i.id: len(i.articles) for i in checklist.instruments}
    assert counts == {"untoc": 41, "tip": 20, "som": 25, "firearms": 21}
    for instrument in checklist.instruments:
        assert [a.number for a in instrument.articles] == list(range(1, len(instrument.articles) + 1))


def test_ids_are_unique_and_well_formed(checklist):
    ids = checklist.question_ids()
    assert len(ids) == len(set(ids))
    bad = [qid for qid in ids if not QUESTION_ID.match(qid)]
    assert not bad


def test_every_substantive_article_has_a_status_question_and_a_cluster(checklist):
    for instrument_id, numbers in SUBSTANTIVE.items():
        for number in numbers:
            article = checklist.article(f"{instrument_id}.{number}")
            assert article.cluster in (1, 2, 3, 4), article.id
            assert any(q.type == "status" for p in article.provisions for q in p.questions), article.id


def test_provisions_only_where_substantive(checklist):
    for article in checklist.articles():
        if article.number not in SUBSTANTIVE[article.instrument]:
            assert not article.provisions, article.id
        if article.number == DEFINITIONS[article.instrument]:
            assert article.questions and any(q.required for q in article.questions), article.id


def test_well_over_150_provisions_with_levels(checklist):
    provisions = [p for a in checklist.articles() for p in a.provisions]
    assert len(provisions) > 150
    assert {p.obligation for p in provisions} == set(OBLIGATIONS)
    assert {q.type for a in checklist.articles() for q in a.all_questions} == set(QUESTION_TYPES)


def test_no_empty_texts(checklist):
    for instrument in checklist.instruments:
        assert instrument.title and instrument.short_title
        for article in instrument.articles:
            assert article.title and article.summary, article.id
            assert len(article.summary) > 60, article.id
            for provision in article.provisions:
                assert provision.summary and provision.guidance, provision.id
            for question in article.all_questions:
                assert question.prompt, question.id
                if question.type in ("single", "multi"):
                    assert all(o.label for o in question.options), question.id


def test_visibility_rules_name_existing_questions(checklist):
    for article in checklist.articles():
        for question in article.all_questions:
            for local_id in question.show_if:
                sibling = f"{question.id.rsplit('.', 1)[0]}.{local_id}"
                assert checklist.question(sibling) is not None, question.id


def test_links_name_existing_provisions(checklist):
    links = [(p.id, link) for a in checklist.articles() for p in a.provisions for link in p.links]
    assert len(links) > 20
    for source, target in links:
        assert checklist.provision(target) is not None, (source, target)
    # the pairs the checklist issue names
    assert checklist.linked("tip.11.1") and checklist.linked("som.11.1")
    assert "untoc.25.3" in checklist.linked("tip.6.2b")
    assert "tip.6.2b" in checklist.linked("untoc.25.3")  # links work both ways


def test_released_ids_never_disappear_or_change_type(checklist):
    lines = (checklist_dir() / "released_ids.txt").read_text(encoding="utf-8").splitlines()
    released = dict(line.split() for line in lines if line and not line.startswith("#"))
    assert len(released) > 3000
    missing = [qid for qid in released if checklist.question(qid) is None]
    assert not missing, missing[:10]
    changed = [qid for qid, qtype in released.items() if checklist.question(qid).type != qtype]
    assert not changed, changed[:10]


@pytest.mark.parametrize("instrument_id", INSTRUMENT_IDS)
def test_each_instrument_file_states_its_instrument(instrument_id):
    text = (checklist_dir() / f"{instrument_id}.yaml").read_text(encoding="utf-8")
    assert f"\ninstrument: {instrument_id}\n" in text
