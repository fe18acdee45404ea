"""A desk officer's figures on a fully answered assessment: switching article, filtering and
searching, each the median of several runs.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_desk.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

ALL = ["untoc", "tip", "som", "firearms"]


def median_ms(action, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    from PySide6.QtCore import QSettings

    from checklist.about import VERSION
    from checklist.filters import Filter
    from checklist.search import ChecklistText
    from gui.app import make_application, make_context
    from gui.main_window import MainWindow
    from gui.search import run_search
    from storage.assessment import Assessment
    from tests.fill import fill

    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        context = make_context(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat), Path(folder))
        checklist = context.checklist
        path = Path(folder) / "full.omnibus"
        start = time.perf_counter()
        with Assessment.create(path, country="Bench", instruments=ALL, language="en", checklist_id=checklist.id,
                               checklist_version=checklist.version, program_version=VERSION) as assessment:
            answers = fill(assessment, checklist, ALL)
        print(f"fully answered assessment written: {len(answers)} answers in "
              f"{(time.perf_counter() - start) * 1000:.0f} ms ({path.stat().st_size / 1e6:.1f} MB)")
        window = MainWindow(context, Assessment.open(path))
        window.show()
        app.processEvents()

        ids = window.model.article_ids()
        articles = iter(ids * 3)

        def switch():
            window.navigator.select_article(next(articles))
            app.processEvents()

        biggest = max(ids, key=lambda a: len(checklist.article(a).all_questions))
        times = []
        for _ in range(5):
            window.navigator.select_article("untoc.1")
            app.processEvents()
            start = time.perf_counter()
            window.navigator.select_article(biggest)
            app.processEvents()
            times.append(time.perf_counter() - start)
        print(f"switch article: median {median_ms(switch, len(ids)):.0f} ms over {len(ids)} articles; "
              f"into the largest ({biggest}, {len(checklist.article(biggest).all_questions)} questions) "
              f"{statistics.median(times) * 1000:.0f} ms")

        bar = window.filter_bar
        for label, combo, data in (("cluster 2", bar.cluster, 2), ("state: no or in part", bar.state, "no_or_partly"),
                                   ("state: required answers missing", bar.state, "unanswered"),
                                   ("obligation: mandatory", bar.obligation, "mandatory")):
            def apply(combo=combo, data=data):
                combo.setCurrentIndex(combo.findData(data))
                app.processEvents()
                combo.setCurrentIndex(0)
                app.processEvents()
            shown_before = len(window.navigator.visible_article_ids())
            print(f"filter ({label}), set and cleared: median {median_ms(apply, 7):.0f} ms "
                  f"({shown_before} articles shown unfiltered)")
        assert window.filter == Filter()

        text = ChecklistText(checklist)
        for query in ("Decree 1234", "ministry of interior", "confiscation", "legislation.example"):
            hits = run_search(window.session, text, query)
            print(f"search {query!r}: median {median_ms(lambda q=query: run_search(window.session, text, q), 7):.0f} ms"
                  f" ({len(hits)} results)")
        start = time.perf_counter()
        window.search.field.setText("ministry of interior")
        window.search.search_now()
        app.processEvents()
        print(f"search through the panel, results listed: {(time.perf_counter() - start) * 1000:.0f} ms")
        window.close()


if __name__ == "__main__":
    main()
