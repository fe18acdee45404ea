"""Submission files: export and import of a fully answered assessment, with their time and
peak memory (Python allocations, from tracemalloc, measured in a second run).

Every question of the full checklist is answered, each text answer about 2 KB in Latin,
Arabic and Chinese script, and every tenth question carries a comment.

Run: .venv/bin/python tests/benchmarks/bench_submission.py
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from checklist.about import VERSION  # noqa: E402
from checklist.loader import default_checklist  # noqa: E402
from gui.exports import export, headless_pdf_export  # noqa: E402
from storage.assessment import Assessment  # noqa: E402
from storage.importing import apply_import, plan_import, read_submission  # noqa: E402
from storage.submission import take_snapshot  # noqa: E402
from tests.fill import full_answers  # noqa: E402

ALL = ["untoc", "tip", "som", "firearms"]
WORDS = ["the", "Penal", "Code", "article", "section", "offence", "organized", "criminal", "group",
         "participation", "law", "decree", "ministry", "court", "prosecution", "confiscation", "evidence",
         "cooperation", "amended", "enacted", "in", "force", "2004", "القانون", "الجنائي", "المادة",
         "الجريمة", "المنظمة", "الجماعة", "الإجرامية", "刑法", "条", "有组织犯罪", "集团", "参加", "没收"]


def text_of_2kb(n: int) -> str:
    """Varied words (so the files compress like real answers), seeded by n."""
    words = random.Random(n)
    text = ""
    while len(text.encode("utf-8")) < 2048:
        text += words.choice(WORDS) + (". " if words.random() < 0.08 else " ")
    return text


def create(path: Path, checklist) -> Assessment:
    return Assessment.create(path, country="Bench", instruments=ALL, language="en", checklist_id=checklist.id,
                             checklist_version=checklist.version, program_version=VERSION)


def measure(label: str, setup, action) -> None:
    """Time one run of action(setup()); then a second run under tracemalloc for the peak."""
    argument = setup()
    start = time.perf_counter()
    action(argument)
    elapsed = time.perf_counter() - start
    argument = setup()
    tracemalloc.start()
    action(argument)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{label:14} {elapsed:7.2f} s   peak {peak / 2**20:7.1f} MB", flush=True)


def main() -> None:
    checklist = default_checklist()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = create(folder / "full.omnibus", checklist)
        answers = full_answers(checklist, ALL)
        for n, question_id in enumerate(answers):
            if checklist.question(question_id).type == "text":
                answers[question_id] = text_of_2kb(n)
        source.set_answers(answers)
        for n, question_id in enumerate(answers):
            if n % 10 == 0:
                source.set_comment(question_id, f"Comment {n}: check with the Ministry of Interior")
        texts = sum(1 for q in answers if checklist.question(q).type == "text")
        print(f"{len(answers)} answers ({texts} text answers of about 2 KB); assessment file "
              f"{source.path.stat().st_size / 2**20:.1f} MB")
        targets = iter(range(100))

        def new_target(_=None) -> Assessment:
            return create(folder / f"target-{next(targets)}.omnibus", checklist)

        headless_pdf_export()
        for fmt in ("json", "xlsx", "html", "pdf"):
            out = folder / f"submission.{fmt}"
            measure(f"export {fmt}", lambda: None,
                    lambda _, fmt=fmt, out=out: export(take_snapshot(source, checklist), fmt, out))
            print(f"{'':14} file {out.stat().st_size / 2**20:.1f} MB")
        for fmt in ("json", "xlsx"):
            out = folder / f"submission.{fmt}"

            def import_into(target: Assessment, out=out) -> None:
                plan = plan_import(checklist, target, read_submission(out, checklist))
                assert len(plan.added) == len(answers) and not plan.rejected
                apply_import(target, plan, "Bench")
                target.close()

            measure(f"import {fmt}", new_target, import_into)
        source.close()
    # The whole run, checklist and SQLite included (kilobytes on Linux).
    print(f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
