"""One writer per assessment: an OS lock on a small side file next to it.

The operating system drops the lock when the process ends, however it ends, so a crash
never leaves the file locked. The database itself stays readable by others (a copy, the
command line) while the program has it open.
"""

from __future__ import annotations

import os
from pathlib import Path

if os.name == "nt":
    import msvcrt
else:
    import fcntl


def lock_path(path: Path) -> Path:
    return path.with_name(f".~{path.name}.lock")


class WriterLock:
    def __init__(self, path: Path):
        self.path = lock_path(path)
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False if another process (or window) holds it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if os.name == "nt":
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass  # a lock file left behind is harmless: the OS lock is what counts
        os.close(fd)
