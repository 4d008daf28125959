"""Where file dialogs open: the folder last used (``main/last_dir``), else Documents.

One place for the convention the main window and the import wizard also follow, so a clerk
who saved a roster in a folder finds the transcript dialog opening there too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "main/last_dir"


def start_dir(key: str = KEY) -> str:
    """The folder last remembered under ``key`` if it still exists, else Documents."""
    saved = QSettings().value(key)
    if isinstance(saved, str) and Path(saved).is_dir():
        return saved
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def remember_dir(path: Path) -> None:
    QSettings().setValue(KEY, str(path.parent))


def ask_save(parent: QWidget, title: str, name: str, filter_text: str, suffix: str) -> Path | None:
    """A save dialog in the last folder; the chosen path with ``suffix`` added if missing."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(start_dir()) / name), filter_text)
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() != suffix:
        out = out.with_name(out.name + suffix)
    remember_dir(out)
    return out
