"""Errors the user's environment or files cause: each message is plain words for the user."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """A problem with a file that the user can act on; never a defect in the program."""

    def __init__(self, path: Path | str, problem: str, advice: str = ""):
        self.path = Path(path)
        self.problem = problem
        self.advice = advice
        super().__init__(f"{self.path}: {problem}" + (f" {advice}" if advice else ""))


class NotAnAssessment(StorageError):
    pass


class CorruptFile(StorageError):
    pass


class NewerVersion(StorageError):
    pass


class ReadOnlyFile(StorageError):
    pass


class FileInUse(StorageError):
    pass


class DiskFull(StorageError):
    pass


class AlreadyExists(StorageError):
    pass
