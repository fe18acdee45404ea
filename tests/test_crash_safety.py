"""A process killed at any moment leaves a sound file holding every answer it had saved."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storage.assessment import Assessment

ROOT = Path(__file__).resolve().parent.parent
WRITER = """
import sys
sys.path.insert(0, {root!r})
from storage.assessment import Assessment
a = Assessment.open({path!r})
i = 0
while True:
    value = ("réponse " * (i % 50)) + str(i)
    if i % 7 == 0:
        a.set_answers({{f"untoc.{{n}}.x.batch{{i}}": value for n in range(5, 9)}})
    else:
        a.set_answer(f"untoc.5.1a.q{{i}}", value)
    print(i, flush=True)  # printed only after the save returned
    i += 1
"""


def expected(i: int) -> dict[str, str]:
    value = ("réponse " * (i % 50)) + str(i)
    if i % 7 == 0:
        return {f"untoc.{n}.x.batch{i}": value for n in range(5, 9)}
    return {f"untoc.5.1a.q{i}": value}


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_saved(assessment_path):
    rng = random.Random(20261127)
    for attempt in range(10):
        script = WRITER.format(root=str(ROOT), path=str(assessment_path))
        child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        first = child.stdout.readline()  # wait until it is really writing
        assert first.strip().isdigit(), first
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        confirmed = [int(line) for line in (first + rest).split()]
        conn = sqlite3.connect(assessment_path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", attempt
        conn.close()
        with Assessment.open(assessment_path) as a:  # also rolls back a hot journal
            answers = a.answers()
            for i in confirmed:
                for question_id, value in expected(i).items():
                    assert answers.get(question_id) == value, (attempt, i)
            # start the next round from an empty set of answers
            a.db.execute("DELETE FROM answers")
            a.db.conn.commit()
        assert len(confirmed) > 0
