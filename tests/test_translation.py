"""Texts per language: a translation replaces texts by id and never the structure."""

from __future__ import annotations

from checklist.loader import load_checklist


def test_french_texts_replace_english_ones(checklist):
    french = load_checklist(language="fr")
    assert french.question_ids() == checklist.question_ids()
    status = french.question("untoc.5.1a.status")
    assert status.prompt.startswith("Votre État a-t-il adopté")
    assert status.type == "status" and status.required
    assert french.article("untoc.5").title == "Incrimination de la participation à un groupe criminel organisé"
    assert french.instrument("untoc").short_title == "Convention contre la criminalité organisée"
    challenges = french.question("untoc.5.1a.challenges")
    assert [o.id for o in challenges.options] == [o.id for o in checklist.question("untoc.5.1a.challenges").options]
    assert challenges.option_label("coordination") == "Coordination interinstitutionnelle"


def test_untranslated_texts_stay_english(checklist):
    french = load_checklist(language="fr")
    assert french.article("untoc.18").summary == checklist.article("untoc.18").summary
    assert load_checklist(language="ar").question("untoc.5.1a.status").prompt == \
        checklist.question("untoc.5.1a.status").prompt
