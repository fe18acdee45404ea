"""The one object handed to every window: checklist, settings, open windows. No singletons."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

from checklist.model import Checklist

MAX_RECENT = 8


@dataclass
class AppContext:
    checklist: Checklist
    settings: QSettings
    data_dir: Path
    windows: list = field(default_factory=list)  # open main windows and the welcome window

    def recent_files(self) -> list[Path]:
        value = self.settings.value("recent_files", []) or []
        if isinstance(value, str):
            value = [value]
        return [Path(p) for p in value]

    def add_recent(self, path: Path) -> None:
        paths = [str(path)] + [str(p) for p in self.recent_files() if str(p) != str(path)]
        self.settings.setValue("recent_files", paths[:MAX_RECENT])
        self.settings.setValue("last_file", str(path))

    def remove_recent(self, path: Path) -> None:
        self.settings.setValue("recent_files", [str(p) for p in self.recent_files() if p != path])

    def reopen_last(self) -> bool:
        # Read as text: QSettings.value(type=bool) has mangled bool refcounts in PySide6.
        return str(self.settings.value("reopen_last", "true")).lower() == "true"

    def window_for(self, path: Path):
        path = path.absolute()
        return next((w for w in self.windows if getattr(w, "path", None) == path), None)
