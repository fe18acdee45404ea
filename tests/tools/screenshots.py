"""Screenshots of the running program, offscreen, for docs/: the main window, search, the
progress view, the properties dialog, and an Arabic assessment written right to left.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/tools/screenshots.py docs
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

ALL = ["untoc", "tip", "som", "firearms"]
SIZE = (1280, 820)


def settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def new_window(context, folder: Path, name: str, language: str, country: str, answers: dict, notes=()):
    from checklist.about import VERSION
    from gui.main_window import MainWindow
    from storage.assessment import Assessment

    checklist = context.checklist
    path = folder / name
    with Assessment.create(path, country=country, instruments=ALL, language=language, checklist_id=checklist.id,
                           checklist_version=checklist.version, program_version=VERSION) as assessment:
        assessment.set_answers(answers, source="imported", detail="screenshots")
        for question_id, comment, flagged in notes:
            assessment.set_comment(question_id, comment)
            assessment.set_flag(question_id, flagged)
        assessment.set_metadata(
            agencies=["Ministry of Justice", "National Police", "Customs"],
            assignments={"untoc.5": "Ministry of Justice", "untoc.6": "Ministry of Justice",
                         "untoc.12": "National Police"},
            focal_point={"name": "Amina Diallo", "title": "Senior legal adviser", "institution": "Ministry of Justice",
                         "email": "a.diallo@justice.example", "phone": "+000 20 30 40 50"},
            reporting_period={"from": 2021, "to": 2025})
    window = MainWindow(context, Assessment.open(path))
    window.resize(*SIZE)
    window.show()
    return window


def main(target: Path) -> None:
    from PySide6.QtCore import QSettings

    from gui.app import make_application, make_context
    from gui.progress_view import ProgressDialog
    from gui.properties_dialog import PropertiesDialog
    from tests.fill import full_answers

    app = make_application()
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        context = make_context(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), folder)
        checklist = context.checklist
        # About half the Convention answered, so marks and counts vary.
        answers = {q: v for q, v in full_answers(checklist, ["untoc"]).items()
                   if int(q.split(".")[1]) < 14}
        answers.update({"untoc.5.1a.status": "partly", "untoc.5.1a.offence_adopted": ["participation"],
                        "untoc.5.1a.measures": "Penal Code, article 210 (criminal association), as amended by "
                                               "Law 2019-14. It covers active participation, not agreement.",
                        "untoc.5.1a.steps": "A draft amendment adding the agreement offence is before Parliament."})
        notes = [("untoc.5.1a.status", "Check with the Prosecutor-General whether case law covers agreement.", True),
                 ("untoc.6.1ai.status", "Customs to confirm the figures.", False)]
        window = new_window(context, folder, "demo.omnibus", "en", "Republic of Examplia", answers, notes)
        window.navigator.select_article("untoc.5")
        settle(app)
        window.grab().save(str(target / "main-window.png"))

        window.start_search()
        window.search.field.setText("agreement")
        window.search.search_now()
        window.show_hit(window.search.model.rows[0].hit)
        settle(app)
        window.grab().save(str(target / "search.png"))

        dialog = ProgressDialog(window.session, window)
        dialog.show()
        settle(app)
        dialog.grab().save(str(target / "progress.png"))
        dialog.close()

        dialog = PropertiesDialog(window.session, window)
        dialog.show()
        settle(app)
        dialog.grab().save(str(target / "properties.png"))
        dialog.tabs.setCurrentIndex(2)
        dialog.article_items["untoc.5"].setSelected(True)
        settle(app)
        dialog.grab().save(str(target / "properties-agencies.png"))
        dialog.close()
        window.close()

        arabic = {"untoc.5.1a.status": "partly", "untoc.5.1a.offence_adopted": ["participation"],
                  "untoc.5.1a.measures": "قانون العقوبات، المادة 210 (الاتفاق الجنائي)، بصيغته المعدلة بالقانون رقم 14 "
                                         "لسنة 2019.",
                  "untoc.5.1a.steps": "مشروع قانون معروض على البرلمان لإضافة جريمة الاتفاق."}
        window = new_window(context, folder, "arabic.omnibus", "ar", "جمهورية المثال", arabic,
                            [("untoc.5.1a.status", "يرجى التحقق مع النيابة العامة.", False)])
        window.search_dock.hide()  # left open by the window before: the layout is kept between runs
        window.navigator.select_article("untoc.5")
        settle(app)
        window.grab().save(str(target / "arabic-assessment.png"))
        window.close()
        printout(folder / "arabic.omnibus", target)
    for png in sorted(target.glob("*.png")):
        print(png)


def printout(path: Path, target: Path) -> None:
    """A page of the printed draft, as the superiors see it (needs poppler's pdftoppm)."""
    import shutil
    import subprocess

    from checklist.loader import default_checklist
    from checklist.scope import ARTICLE, Scope
    from gui.exports import export
    from storage.assessment import Assessment
    from storage.submission import take_snapshot

    if shutil.which("pdftoppm") is None:
        return
    checklist = default_checklist()
    with Assessment.open(path, read_only=True) as assessment:
        snapshot = take_snapshot(assessment, checklist, Scope(ARTICLE, "untoc.5").article_ids(
            checklist, assessment.instruments))
    pdf = target.parent / f".{target.name}-printout.pdf"
    export(snapshot, "pdf", pdf, draft=True)
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "3", "-l", "3", "-singlefile", str(pdf),
                    str(target / "printout")], check=True)
    pdf.unlink()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
