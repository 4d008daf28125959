"""A CJK font for the whole GUI, so Chinese never renders as empty boxes.

Why: a township PC may have no Chinese font (or Qt may not pick one up), and the bundle ships
one TrueType font in ``resources/fonts``. Order: ``SWDESK_FONT`` (explicit choice; unusable is
an error, not a silent fallback), the bundled fonts, the system fonts Qt already knows that
really hold Chinese glyphs, then known font files. Where to look (the variables, the bundle's
folder, the system's font files) is ``swdesk.formats.fonts``'s business, shared with the PDFs;
this module keeps only what needs Qt. ``SWDESK_FONT_SYSTEM=0`` skips the system places, to prove
a bundle's own font works.

A system font found once is remembered in the per-user settings (``SETTINGS_KEY``): the next
start checks only that one (its file is still there, it still holds Chinese) instead of
looking through every Chinese family and font file, which is on the way to the first window.
A remembered font that has gone (uninstalled, another PC) is forgotten and the search runs as
before; the bundle's and ``SWDESK_FONT``'s fonts come first, so they are never remembered.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NamedTuple

# QFontDatabase is reached through QtGui when needed: a start with a remembered system font
# uses none, and its Python class builds its enums (35 writing systems) on first use.
from PySide6 import QtGui
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QRawFont
from PySide6.QtWidgets import QApplication

from swdesk.formats import fonts as font_files

log = logging.getLogger("swdesk.ui.fonts")

SETTINGS_KEY = "font/cjk"  # [family, source, path or ""]: the system font found last time

# Characters every swdesk screen uses; a font without them is no use to us.
PROBE = "社工档案村"

# Families that look right for a Chinese office UI, best first; any other CJK family also works.
PREFERRED_FAMILIES = (
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "SimHei",
    "SimSun",
)

NO_FONT_MESSAGE = (
    "找不到中文字体，界面上的中文会显示成方框。\n"
    "No Chinese (CJK) font was found, so Chinese text would show as empty boxes.\n\n"
    "请安装一个中文字体（Debian/Ubuntu：apt-get install fonts-wqy-microhei），"
    "或把 .ttf/.ttc 中文字体复制到 {folder}，"
    "或设置环境变量 SWDESK_FONT 指向中文字体文件，然后重新打开 swdesk。\n"
    "Install one (Debian/Ubuntu: apt-get install fonts-wqy-microhei), copy a .ttf/.ttc Chinese "
    "font into {folder}, or set SWDESK_FONT to a Chinese font file, then start swdesk again."
)


class NoCjkFont(RuntimeError):
    """Raised when no font with Chinese glyphs can be found; the message is bilingual."""


class FontChoice(NamedTuple):
    """The font the GUI uses and where it came from. A NamedTuple, not a dataclass: making a
    dataclass runs generated code at import (~1 ms, on the way to the first window)."""

    family: str
    source: str  # "env", "bundled", "system", "file"
    path: Path | None = None


def has_chinese(family: str) -> bool:
    """True if the font itself (not a fallback) holds the probe characters."""
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid() or raw.familyName() != family:
        return False
    return all(raw.supportsCharacter(ord(ch)) for ch in PROBE)


def load_file(path: Path) -> str | None:
    """Register a font file with Qt; the first family in it that holds Chinese, or None."""
    if not path.is_file():
        return None
    font_id = QtGui.QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("Qt could not load font file %s", path)
        return None
    for family in QtGui.QFontDatabase.applicationFontFamilies(font_id):
        if has_chinese(family):
            return family
    QtGui.QFontDatabase.removeApplicationFont(font_id)
    return None


def system_family() -> str | None:
    """A CJK family among those Qt already knows (fontconfig, DirectWrite, CoreText)."""
    known = QtGui.QFontDatabase.families(QtGui.QFontDatabase.WritingSystem.SimplifiedChinese)
    ordered = [f for f in PREFERRED_FAMILIES if f in known]
    ordered += sorted(f for f in known if f not in ordered and "mono" not in f.lower())
    for family in ordered:
        if has_chinese(family):
            return family
    return None


def remembered_font() -> FontChoice | None:
    """The system font found at an earlier start, if the settings hold one (unchecked)."""
    value = QSettings().value(SETTINGS_KEY)
    if not isinstance(value, list) or len(value) != 3 or not all(isinstance(v, str) for v in value):
        return None
    family, source, path = value
    if source not in ("system", "file") or not family:
        return None
    return FontChoice(family, source, Path(path) if path else None)


def remember_font(choice: FontChoice | None) -> None:
    """Keep ``choice`` (a system font) for the next start; None forgets it."""
    settings = QSettings()
    if choice is None or choice.source not in ("system", "file"):
        settings.remove(SETTINGS_KEY)
    else:
        settings.setValue(SETTINGS_KEY, [choice.family, choice.source, str(choice.path or "")])


def _still_usable(choice: FontChoice) -> bool:
    """The remembered font is still there and still holds Chinese: one font looked at, where
    the search looks at every Chinese family (and may load font files one by one)."""
    if choice.source == "file":
        return choice.path is not None and load_file(choice.path) == choice.family
    return has_chinese(choice.family)


def _system_choice() -> FontChoice | None:
    """The remembered system font if it is still usable, else the search (remembered anew)."""
    remembered = remembered_font()
    if remembered is not None:
        if _still_usable(remembered):
            return remembered
        log.info("remembered font %s is gone: looking again", remembered.family)
    choice = _search_system()
    if choice != remembered:
        remember_font(choice)
    return choice


def _search_system() -> FontChoice | None:
    """Every Chinese family Qt knows, then the known font files."""
    family = system_family()
    if family:
        return FontChoice(family, "system")
    for path in font_files.system_fonts():
        family = load_file(path)
        if family:
            return FontChoice(family, "file", path)
    return None


def find_cjk_font() -> FontChoice:
    """Pick (and register) the font; raise NoCjkFont with a bilingual message if none."""
    path = font_files.explicit_font()
    if path is not None:
        family = load_file(path)
        if family is None:
            raise NoCjkFont(
                f"环境变量 {font_files.FONT_ENV} 指定的字体 {path} 不能用（不存在或不含中文）。\n"
                f"The font named by {font_files.FONT_ENV} ({path}) is missing or has no Chinese."
            )
        return FontChoice(family, "env", path)
    for path in font_files.bundled_fonts():
        family = load_file(path)
        if family:
            return FontChoice(family, "bundled", path)
    if font_files.system_allowed():
        choice = _system_choice()
        if choice is not None:
            return choice
    raise NoCjkFont(NO_FONT_MESSAGE.format(folder=font_files.bundled_folder()))


def install_cjk_font(app: QApplication) -> FontChoice:
    """Find the font and make it the application font, keeping the platform's size."""
    choice = find_cjk_font()
    font = QFont(app.font())
    font.setFamilies([choice.family])
    if font.pointSizeF() < 9:
        font.setPointSizeF(9)
    app.setFont(font)
    log.info("CJK font: %s (%s %s)", choice.family, choice.source, choice.path or "")
    return choice
