"""Start-up figures: loading the checklist content, and opening the main window on it.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_startup.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from checklist.loader import load_checklist  # noqa: E402


def time_load(rounds: int = 5) -> None:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        checklist = load_checklist()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    load_checklist()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"checklist load: median {statistics.median(times) * 1000:.0f} ms over {rounds} runs "
          f"({len(checklist.question_ids())} questions), peak {peak / 1e6:.1f} MB")


def time_window() -> None:
    from PySide6.QtCore import QSettings

    from checklist.about import VERSION
    from gui.app import make_application, make_context
    from gui.main_window import MainWindow
    from storage.assessment import Assessment

    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        context = make_context(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat), Path(folder))
        path = Path(folder) / "bench.omnibus"
        checklist = context.checklist
        Assessment.create(path, country="Bench", instruments=["untoc", "tip", "som", "firearms"], language="en",
                          checklist_id=checklist.id, checklist_version=checklist.version,
                          program_version=VERSION).close()
        window = MainWindow(context, Assessment.open(path))
        window.show()
        app.processEvents()
        print(f"main window shown with the first article (content load included): "
              f"{(time.perf_counter() - start) * 1000:.0f} ms")
        window.close()


def time_process(rounds: int = 3) -> None:
    """A whole start: a new Python process importing Qt, loading the content, showing the window."""
    import subprocess

    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--window-only"], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    print(f"new process to main window shown: median {statistics.median(times) * 1000:.0f} ms "
          f"over {rounds} runs")


if __name__ == "__main__":
    if "--window-only" in sys.argv:
        time_window()
    else:
        time_load()
        time_window()
        time_process()
