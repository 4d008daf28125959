"""Interface language: Chinese is the source language; English comes from ``swdesk_en.qm``.

Why a module: the language must be chosen before the first window (and before the data file is
open, so even "already open elsewhere" is in the right language), and a missing ``.qm`` must
fall back to Chinese with a log line rather than show half-translated screens.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from swdesk.paths import resources_dir

log = logging.getLogger("swdesk.ui.i18n")

DEFAULT = "zh_CN"
LANGUAGES: dict[str, str] = {"zh_CN": "中文（简体）", "en": "English"}
LOCALES: dict[str, QLocale.Language] = {
    "zh_CN": QLocale.Language.Chinese,
    "en": QLocale.Language.English,
}
SETTINGS_KEY = "language"
# Chinese for QFileDialog labels Qt 6 spells with "&" accelerators ("&Look in:", "Files of
# &type:") that qtbase_zh_CN.qm only has without them; built from qtfix_zh_CN.ts like ours.
QT_FIX = "qtfix_zh_CN.qm"

_installed: list[QTranslator] = []
_current: list[str] = [DEFAULT]


def current_language() -> str:
    """The language in effect (after the last ``apply_language``)."""
    return _current[0]


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qm_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"swdesk_{lang}.qm"


def saved_language() -> str | None:
    """The per-user choice (QSettings), or None if the user never chose."""
    value = QSettings().value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(lang: str) -> None:
    QSettings().setValue(SETTINGS_KEY, lang)


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator(QCoreApplication.instance())
    if path.is_file() and translator.load(str(path)):
        return translator
    translator.deleteLater()
    return None


def _qt_base(lang: str, folder: Path) -> QTranslator | None:
    """Qt's own strings (standard buttons, file dialogs) in the interface language."""
    name = f"qtbase_{lang}.qm"
    for where in (folder, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = _load(where / name)
        if translator:
            return translator
    return None


def apply_language(lang: str | None, folder: Path | None = None) -> str:
    """Install the translators for ``lang``; return the language actually in effect."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    where = folder or translations_dir()
    wanted = lang if lang in LANGUAGES else DEFAULT
    effective = wanted
    if wanted != DEFAULT:
        own = _load(qm_path(wanted, where))
        if own is None:
            log.warning("translation %s not found; falling back to Chinese", qm_path(wanted, where))
            effective = DEFAULT
        else:
            _installed.append(own)
    if effective == DEFAULT:
        base = _qt_base("zh_CN", where)
        if base is None:
            log.warning("qtbase_zh_CN.qm not found: Qt's standard buttons stay in English")
        else:
            _installed.append(base)
        fix = _load(where / QT_FIX)
        if fix is None:
            log.warning("%s not found: file dialogs keep a few English labels", QT_FIX)
        else:
            _installed.append(fix)  # installed last, so searched before qtbase
    for translator in _installed:
        app.installTranslator(translator)
    # Weekday and month names in date fields follow the interface, not the machine: a Chinese
    # interface on a PC set to English would otherwise read "2025-05-05 Mon".
    QLocale.setDefault(QLocale(LOCALES[effective]))
    _current[0] = effective
    log.info("interface language: %s", effective)
    return effective
