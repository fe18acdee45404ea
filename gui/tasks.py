"""Long work (export, import checks) off the window's thread.

The worker gets plain data and returns plain data; `finished` and `failed` are delivered on
the window's thread, so callbacks may touch widgets and the worker never does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, work: Callable[[], object]):
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.setAutoDelete(False)  # the caller keeps it until a signal has arrived

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - handed to the window, which decides what it is
            log.exception("background task failed")
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)


def run_task(owner: QObject, work: Callable[[], object], on_done: Callable[[object], None],
             on_error: Callable[[Exception], None]) -> Task:
    """Start `work` on the thread pool; `owner` keeps the task alive until it reports."""
    task = Task(work)
    tasks = owner.__dict__.setdefault("_running_tasks", set())
    tasks.add(task)

    def finish(callback, value):
        tasks.discard(task)
        callback(value)

    task.signals.finished.connect(lambda result: finish(on_done, result))
    task.signals.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(task)
    return task
