"""Write an output file atomically: a temporary file in the same folder, then a rename.

A reader, a crash or a flat battery sees either the old file or the complete new one, never
half of it; the same folder keeps the rename on one file system.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from storage.errors import StorageError


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Call `write(temporary_path)`, flush it to disk, then put it in place of `target`."""
    target = Path(target)
    if target.is_dir():
        raise StorageError(target, "This is a folder; choose a file name to export to.")
    try:
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except FileNotFoundError:
        raise StorageError(target, "The folder does not exist.") from None
    except PermissionError:
        raise StorageError(target, "You do not have permission to write in this folder.",
                           "Choose another folder.") from None
    os.close(handle)
    temporary = Path(name)
    try:
        # mkstemp makes the file private (0600); an export is an ordinary document.
        os.chmod(temporary, stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o644)
        write(temporary)
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except PermissionError:
        raise StorageError(target, "The file could not be written: it is read-only, or open in another "
                           "program.", "If it is open in Excel or a browser, close it there and try again.") from None
    except OSError as exc:
        raise StorageError(target, f"The file could not be written ({exc.strerror or exc}).",
                           "Check the free space and the folder, then try again.") from None
    finally:
        temporary.unlink(missing_ok=True)
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
