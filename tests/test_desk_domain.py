"""Domain logic behind the desk officer's tools, without Qt: filters, search, progress, links."""

from __future__ import annotations

from checklist import filters, progress
from checklist.filters import Filter, Notes
from checklist.linking import copy_plan
from checklist.search import ChecklistText, contains_all, snippet, words

ALL = ["untoc", "tip", "som", "firearms"]
NO_NOTES = Notes(comments={}, flagged=set(), assignments={})


def test_no_filter_keeps_every_article(checklist):
    matches = filters.matching(checklist, ALL, Filter(), {}, NO_NOTES)
    assert len(matches.articles) == len(list(checklist.articles()))


def test_cluster_and_agency_keep_whole_articles(checklist):
    matches = filters.matching(checklist, ["untoc"], Filter(cluster=4), {}, NO_NOTES)
    assert matches.articles == {a.id for a in checklist.articles(["untoc"]) if a.cluster == 4}
    notes = Notes({}, set(), {"untoc.5": "Ministry of Justice", "untoc.6": "Police"})
    assert filters.matching(checklist, ALL, Filter(agency="Police"), {}, notes).articles == {"untoc.6"}
    unassigned = filters.matching(checklist, ["untoc"], Filter(agency=filters.UNASSIGNED), {}, notes)
    assert "untoc.5" not in unassigned.articles and "untoc.7" in unassigned.articles


def test_obligation_keeps_provisions_of_that_level(checklist):
    matches = filters.matching(checklist, ALL, Filter(obligation="optional"), {}, NO_NOTES)
    expected = {p.id for a in checklist.articles() for p in a.provisions if p.obligation == "optional"}
    assert matches.provisions == expected
    assert matches.articles == {checklist.owner(checklist.provision(p).questions[0].id)[0].id for p in expected}


def test_states(checklist):
    answers = {"untoc.5.1a.status": "no", "untoc.6.1ai.status": "yes", "untoc.6.1ai.measures": "Penal code",
               "untoc.7.1a.status": "partly"}
    no_or_partly = filters.matching(checklist, ALL, Filter(state=filters.NO_OR_PARTLY), answers, NO_NOTES)
    assert no_or_partly.provisions == {"untoc.5.1a", "untoc.7.1a"}
    unanswered = filters.matching(checklist, ALL, Filter(state=filters.UNANSWERED), answers, NO_NOTES)
    assert "untoc.6.1ai" not in unanswered.provisions and "untoc.5.1a" in unanswered.provisions
    notes = Notes({"untoc.8.1a.status": "ask the police", "untoc.9.1a.status": "  "}, {"tip.5.1.status"}, {})
    assert filters.matching(checklist, ALL, Filter(state=filters.COMMENTED), {}, notes).articles == {"untoc.8"}
    flagged = filters.matching(checklist, ALL, Filter(state=filters.FLAGGED), {}, notes)
    assert flagged.articles == {"tip.5"}


def test_filters_combine(checklist):
    answers = {"untoc.5.1a.status": "no", "untoc.12.1a.status": "no"}
    both = filters.matching(checklist, ALL, Filter(cluster=1, state=filters.NO_OR_PARTLY), answers, NO_NOTES)
    assert both.articles == {"untoc.5"}


def test_search_words_are_case_free_and_all_needed():
    assert words("  Money  LAUNDERING ") == ["money", "laundering"]
    assert contains_all("The laundering of MONEY", ["money", "laundering"])
    assert not contains_all("The laundering of proceeds", ["money", "laundering"])
    assert contains_all("ПРОВЕРКА закона", words("проверка"))
    assert snippet("a " * 200 + "needle " + "b " * 200, ["needle"]).startswith("…")


def test_checklist_text_search(checklist):
    text = ChecklistText(checklist)
    hits = text.sort(text.search(words("laundering of proceeds"), ALL))
    assert hits[0].field == "title" and hits[0].article_id == "untoc.6"
    assert {h.field for h in hits} <= {"title", "summary", "prompt", "guidance"}
    assert not text.search(words("laundering of proceeds"), ["tip"])


def test_answer_hits_skip_choice_ids_and_unknown_questions(checklist):
    text = ChecklistText(checklist)
    rows = [("untoc.5.1a.status", "no", ""), ("untoc.5.1a.measures", "Penal Code", "ask about no-go"),
            ("untoc.999.x.y", "no", "")]
    hits = text.answer_hits(rows, ["no"], ALL)
    assert [(h.question_id, h.field) for h in hits] == [("untoc.5.1a.measures", "comment")]


def test_next_unanswered_goes_round(checklist):
    first = progress.next_unanswered(checklist, ["untoc"], {})
    assert first == "untoc.2.organized_criminal_group"
    assert progress.next_unanswered(checklist, ["untoc"], {}, first) == "untoc.2.serious_crime"
    last = progress.reading_order(checklist, ["untoc"])[-1].id
    assert progress.next_unanswered(checklist, ["untoc"], {}, last) == first


def test_status_counts_and_assistance(checklist):
    answers = {"untoc.5.1a.status": "no", "untoc.5.1a.assistance_needed": "yes",
               "untoc.5.1a.assistance_forms": ["drafting", "model_law"],
               "untoc.5.1b.status": "partly", "untoc.5.1b.assistance_needed": "no",
               "untoc.5.1b.assistance_forms": ["drafting"],  # hidden: assistance not needed
               "tip.5.1.status": "no"}
    assert progress.status_counts(checklist, ALL, answers) == {
        "untoc": {"no": 1, "partly": 1}, "tip": {"no": 1}, "som": {}, "firearms": {}}
    needs = progress.assistance_needs(checklist, ALL, answers)
    assert needs["drafting"] == 1 and needs["model_law"] == 1 and needs["legal_advice"] == 0
    assert list(needs)[0] == "drafting"


def test_marks(checklist):
    article = checklist.article("untoc.5")
    assert progress.mark(article.all_questions, {}, set()) == progress.NOT_STARTED
    assert progress.mark(article.all_questions, {}, {"untoc.5.1a.status"}) == progress.FLAGGED


def test_copy_plan_between_linked_provisions(checklist):
    assert "firearms.5.2b" in checklist.linked("untoc.5.1b")
    answers = {"untoc.5.1b.status": "partly", "untoc.5.1b.steps": "Bill 12", "firearms.5.2b.status": "partly",
               "untoc.5.1b.examples": ""}
    assert copy_plan(checklist, "untoc.5.1b", "firearms.5.2b", answers) == {"firearms.5.2b.steps": "Bill 12"}
    assert copy_plan(checklist, "untoc.5.1b", "nowhere.1.1", answers) == {}
