"""Where file dialogs open: the folder last used (``main/last_dir``), else Documents.

One place for the convention the main window and the import wizard also follow, so a clerk
who saved a roster in a folder finds the transcript dialog opening there too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "main/last_dir"


def start_dir(key: str = KEY) -> str:
    """The folder last remembered under ``key`` if it still exists, else Documents."""
    saved = QSettings().value(key)
    if isinstance(saved, str) and Path(saved).is_dir():
        return saved
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def remember_dir(path: Path, key: str = KEY) -> None:
    """Remember the folder of the file ``path`` (or ``path`` itself if it is a folder)."""
    QSettings().setValue(key, str(path if path.is_dir() else path.parent))


def ask_save(
    parent: QWidget, title: str, name: str, filter_text: str, suffix: str, key: str = KEY
) -> Path | None:
    """A save dialog in the last folder; the chosen path with ``suffix`` added if missing.

    ``key`` names the remembered folder: sync packages keep their own (a USB stick), every
    other file shares ``main/last_dir``."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(start_dir(key)) / name), filter_text
    )
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() != suffix:
        out = out.with_name(out.name + suffix)
    remember_dir(out, key)
    return out


def ask_save_xlsx(parent: QWidget, title: str, name: str) -> Path | None:
    """``ask_save`` for an Excel workbook."""
    filter_text = QCoreApplication.translate("file_dirs", "Excel 工作簿 (*.xlsx)")
    return ask_save(parent, title, name, filter_text, ".xlsx")
