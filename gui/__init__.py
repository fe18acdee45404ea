"""Everything that imports PySide6: windows, models and views, dialogs, printing."""
