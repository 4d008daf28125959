"""Where file dialogs open and what they offer: the folder last used for that kind of file
(``main/last_dir`` for rosters, sheets, PDFs and scans; ``sync/last_dir`` for sync files, which
travel on a USB stick), else Documents; every open dialog also offers 所有文件 (*).

One place for the convention, so a clerk who saved a roster in a folder finds the transcript
dialog opening there too. The dialogs are the platform's own on Windows and macOS; elsewhere
Qt's own, whose labels swdesk translates itself where Qt's Chinese catalogue falls short
(``ui/i18n.py``), because a desktop's own dialog follows the desktop's language, not swdesk's.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "main/last_dir"
NATIVE_PLATFORMS = ("win32", "darwin")


def dialog_options(platform: str = sys.platform) -> QFileDialog.Option:
    """The platform's own dialog where it has one; Qt's own (in swdesk's language) elsewhere."""
    if platform in NATIVE_PLATFORMS:
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


def all_files() -> str:
    """The filter that shows every file (a package renamed by e-mail, a photo without suffix)."""
    return QCoreApplication.translate("file_dirs", "所有文件 (*)")


def with_all_files(filter_text: str) -> str:
    """``filter_text`` with 所有文件 (*) as its last choice, once."""
    if any(part.strip().endswith("(*)") for part in filter_text.split(";;")):
        return filter_text
    return f"{filter_text};;{all_files()}"


def start_dir(key: str = KEY) -> str:
    """The folder last remembered under ``key`` if it still exists, else Documents."""
    saved = QSettings().value(key)
    if isinstance(saved, str) and Path(saved).is_dir():
        return saved
    return documents_dir()


def documents_dir() -> str:
    """Documents, made if missing: a dialog given a missing folder opens in the home folder."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    with contextlib.suppress(OSError):  # a locked-down profile: the dialog opens where Qt can
        Path(docs).mkdir(parents=True, exist_ok=True)
    return docs


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
        parent, title, str(Path(start_dir(key)) / name), filter_text, options=dialog_options()
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


def ask_open(parent: QWidget, title: str, filter_text: str, key: str = KEY) -> Path | None:
    """An open dialog in the folder last used for ``key``; the folder chosen is remembered."""
    path, _ = QFileDialog.getOpenFileName(
        parent, title, start_dir(key), with_all_files(filter_text), options=dialog_options()
    )
    if not path:
        return None
    remember_dir(Path(path), key)
    return Path(path)


def ask_open_many(parent: QWidget, title: str, filter_text: str, key: str = KEY) -> list[Path]:
    """``ask_open`` choosing several files at once (an empty list when cancelled)."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent, title, start_dir(key), with_all_files(filter_text), options=dialog_options()
    )
    chosen = [Path(p) for p in paths]
    if chosen:
        remember_dir(chosen[0], key)
    return chosen


def ask_dir(parent: QWidget, title: str, key: str = KEY) -> Path | None:
    """A folder chosen starting from the one last used for ``key`` (never the bare home folder)."""
    options = dialog_options() | QFileDialog.Option.ShowDirsOnly
    folder = QFileDialog.getExistingDirectory(parent, title, start_dir(key), options)
    if not folder:
        return None
    remember_dir(Path(folder), key)
    return Path(folder)
