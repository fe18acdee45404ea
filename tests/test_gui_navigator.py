"""Navigator marks and counts, and the filter bar, driven with keys and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checklist import filters, progress
from checklist.filters import Notes
from gui.navigator import KIND_ROLE, STATE_ROLE, NavigatorModel
from storage.assessment import Assessment
from tests.conftest import ALL_INSTRUMENTS, type_text
from tests.fill import fill
from tests.gui_helpers import choose, open_window, tick


@pytest.fixture
def window(qtbot, context, assessment_path):
    return open_window(qtbot, context, assessment_path)


@pytest.fixture
def full_path(tmp_path, checklist):
    from tests.conftest import create_assessment

    path = tmp_path / "full.omnibus"
    with create_assessment(path, checklist) as assessment:
        fill(assessment, checklist, ALL_INSTRUMENTS)
        assessment.set_metadata(agencies=["Police", "Ministry of Justice"],
                                assignments={"untoc.5": "Police", "untoc.6": "Police", "tip.5": "Ministry of Justice"})
    return path


def shown_articles(window) -> set[str]:
    return set(window.navigator.visible_article_ids())


def test_model_passes_the_model_tester(qapp, qtmodeltester, checklist):
    model = NavigatorModel(checklist, ALL_INSTRUMENTS)
    model.refresh({"untoc.5.1a.status": "no"}, {"tip.5.1.status"})
    qtmodeltester.check(model)


def test_proxy_passes_the_model_tester(qtmodeltester, window):
    window.filter_bar.obligation.setCurrentIndex(window.filter_bar.obligation.findData("optional"))
    qtmodeltester.check(window.navigator.proxy)


def test_tree_has_instruments_chapters_articles_and_provisions(window, checklist):
    model = window.model
    top = model.index(0, 0)
    assert top.data() == "Organized Crime Convention" and top.data(KIND_ROLE) == "instrument"
    chapter = model.index(0, 0, top)
    assert chapter.data(KIND_ROLE) == "chapter"
    article = model.index_of("untoc.5")
    assert article.data() == "5. Criminalization of participation in an organized criminal group"
    assert model.index(0, 0, article).data() == checklist.article("untoc.5").provisions[0].ref
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Organized Crime Convention", "Trafficking in Persons Protocol", "Smuggling of Migrants Protocol",
        "Firearms Protocol"]


def test_marks_and_counts_follow_typing(qtbot, window, checklist):
    model = window.model
    article = model.index_of("untoc.5")
    provision = model.index_of("untoc.5.1a")
    left = article.siblingAtColumn(1)
    before = int(left.data())
    assert article.data(STATE_ROLE) == "not_started" and provision.data(STATE_ROLE) == "not_started"
    view = window.article_view
    qtbot.mouseClick(view.editor("untoc.5.1a.status").buttons["yes"], Qt.MouseButton.LeftButton)
    assert article.data(STATE_ROLE) == "in_progress"
    assert int(left.data()) == progress.article_count(checklist.article("untoc.5"), window.session.answers).left
    after_status = int(left.data())
    type_text(view.editor("untoc.5.1a.measures").edit, "Penal Code, art. 210")
    assert int(left.data()) == after_status - 1
    assert before != after_status  # "yes" asks for the measures: the count moved
    assert provision.data(STATE_ROLE) == "in_progress"  # which offence was adopted is still asked
    tick(qtbot, view.editor("untoc.5.1a.offence_adopted").boxes["participation"])
    assert provision.data(STATE_ROLE) == "complete"
    qtbot.mouseClick(view.rows["untoc.5.1a.status"].flag_button, Qt.MouseButton.LeftButton)
    assert article.data(STATE_ROLE) == "flagged" and provision.data(STATE_ROLE) == "flagged"
    chapter = article.parent()
    assert chapter.data(STATE_ROLE) == "flagged"


def test_clicking_a_provision_shows_it(qtbot, window):
    navigator = window.navigator
    article = navigator.proxy.mapFromSource(window.model.index_of("untoc.6"))
    navigator.expand(article)
    provision = navigator.proxy.mapFromSource(window.model.index_of("untoc.6.2d"))
    rect = navigator.visualRect(provision)
    qtbot.mouseClick(navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_article == "untoc.6"
    box = window.article_view.provision_boxes["untoc.6.2d"]
    assert not box.visibleRegion().isEmpty()


def test_filter_bar_by_keyboard_on_a_full_assessment(qtbot, context, full_path, checklist):
    window = open_window(qtbot, context, full_path)
    bar = window.filter_bar
    with Assessment.open(full_path, read_only=True) as check:
        answers, records = check.answers(), check.answer_records()
    notes = Notes({q: r.comment for q, r in records.items() if r.comment},
                  {q for q, r in records.items() if r.flagged}, {"untoc.5": "Police", "untoc.6": "Police",
                                                                 "tip.5": "Ministry of Justice"})

    def expected(**criteria):
        return set(filters.matching(checklist, ALL_INSTRUMENTS, filters.Filter(**criteria), answers, notes).articles)

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Go > Filter
    assert window.focusWidget() is bar.cluster
    choose(qtbot, bar.cluster, "2. Prevention, technical assistance, protection measures and other measures")
    cluster_two = {a.id for a in checklist.articles() if a.cluster == 2}
    assert shown_articles(window) == cluster_two == expected(cluster=2)
    choose(qtbot, bar.state, "Answered “No” or “In part”")
    by_hand = {a.id for a in checklist.articles() if a.cluster == 2 and any(
        answers.get(q.id) in ("no", "partly") for q in a.all_questions if q.type == "status")}
    assert shown_articles(window) == by_hand == expected(cluster=2, state="no_or_partly")
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert shown_articles(window) == set(window.model.article_ids())
    choose(qtbot, bar.agency, "Police")
    assert shown_articles(window) == {"untoc.5", "untoc.6"}
    choose(qtbot, bar.agency, "All")
    for state, label in (("flagged", "Flagged for follow-up"), ("commented", "With comments"),
                         ("unanswered", "Required answers missing")):
        choose(qtbot, bar.state, label)
        assert shown_articles(window) == expected(state=state), state
    choose(qtbot, bar.state, "All")
    choose(qtbot, bar.obligation, "Optional")
    assert shown_articles(window) == expected(obligation="optional")
    shown_provisions = {p.id for a in checklist.articles() for p in a.provisions
                        if window.navigator.proxy.mapFromSource(window.model.index_of(p.id)).isValid()}
    assert shown_provisions == {p.id for a in checklist.articles() for p in a.provisions if p.obligation == "optional"}


def test_filter_follows_answers_and_keeps_the_article_shown(qtbot, window):
    bar = window.filter_bar
    bar.state.setCurrentIndex(bar.state.findData("no_or_partly"))
    assert shown_articles(window) == set()
    assert window.current_article == "untoc.5"  # the article stays on screen
    qtbot.mouseClick(window.article_view.editor("untoc.5.1a.status").buttons["no"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_articles(window) == {"untoc.5"}, timeout=2000)
    assert window.current_article == "untoc.5"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_article == "untoc.5"  # the only article the filter shows
