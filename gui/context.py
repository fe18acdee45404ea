"""The one object handed to every window: checklist, settings, open windows. No singletons."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

from checklist.model import Checklist

MAX_RECENT = 8
TEXT_SCALES = (100, 115, 130, 150, 175, 200)  # percent of the system's text size


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

    def text_scale(self) -> int:
        try:
            scale = int(str(self.settings.value("view/text_scale", 100)))
        except ValueError:
            return 100
        return scale if scale in TEXT_SCALES else 100

    def set_text_scale(self, scale: int) -> None:
        self.settings.setValue("view/text_scale", scale)

    def interface_language(self) -> str:
        """A language code, or "" for the system's language."""
        return str(self.settings.value("ui/language", "") or "")

    def set_interface_language(self, code: str) -> None:
        self.settings.setValue("ui/language", code)

    def window_for(self, path: Path):
        path = path.absolute()
        return next((w for w in self.windows if getattr(w, "path", None) == path), None)
