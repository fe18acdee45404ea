"""Export scopes and the check of required answers still missing."""

from __future__ import annotations

from checklist.scope import ALL, ARTICLE, CLUSTER, INSTRUMENT, Scope, missing_required


def test_scopes_select_the_right_articles(checklist):
    instruments = ["untoc", "tip"]
    assert len(Scope(ALL).article_ids(checklist, instruments)) == 61
    assert Scope(INSTRUMENT, "tip").article_ids(checklist, instruments)[0] == "tip.1"
    assert len(Scope(INSTRUMENT, "som").article_ids(checklist, instruments)) == 0
    cluster_1 = Scope(CLUSTER, "1").article_ids(checklist, instruments)
    assert "untoc.5" in cluster_1 and "tip.5" in cluster_1 and "untoc.18" not in cluster_1
    assert Scope(ARTICLE, "untoc.5").article_ids(checklist, instruments) == ["untoc.5"]


def test_missing_required_follows_answers(checklist):
    ids = ["untoc.5"]
    before = [q.id for q in missing_required(checklist, ids, {})]
    assert "untoc.5.1a.status" in before and "untoc.5.1a.steps" not in before
    after = [q.id for q in missing_required(checklist, ids, {"untoc.5.1a.status": "no"})]
    assert "untoc.5.1a.status" not in after and "untoc.5.1a.steps" in after


def test_a_scoped_export_reports_the_completion_of_its_part(checklist, assessment_path):
    from storage.assessment import Assessment
    from storage.submission import take_snapshot

    with Assessment.open(assessment_path) as assessment:
        assessment.set_answer("untoc.5.1a.status", "yes")
        whole = take_snapshot(assessment, checklist).completion()
        part = take_snapshot(assessment, checklist, Scope(ARTICLE, "untoc.5").article_ids(
            checklist, assessment.instruments)).completion()
    assert part["answered"] == whole["answered"] == 1
    assert part["total"] < whole["total"] and list(part["articles"]) == ["untoc.5"]
