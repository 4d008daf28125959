"""A CJK font for the whole GUI, so Chinese never renders as empty boxes.

Why: a township PC may have no Chinese font (or Qt may not pick one up), and the bundle ships
one TrueType font in ``resources/fonts``. Order: ``SWDESK_FONT`` (explicit choice; unusable is
an error, not a silent fallback), the bundled fonts, the system fonts Qt already knows that
really hold Chinese glyphs, then known font files. Where to look (the variables, the bundle's
folder, the system's font files) is ``swdesk.formats.fonts``'s business, shared with the PDFs;
this module keeps only what needs Qt. ``SWDESK_FONT_SYSTEM=0`` skips the system places, to prove
a bundle's own font works.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NamedTuple

from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from swdesk.formats import fonts as font_files

log = logging.getLogger("swdesk.ui.fonts")

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
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("Qt could not load font file %s", path)
        return None
    for family in QFontDatabase.applicationFontFamilies(font_id):
        if has_chinese(family):
            return family
    QFontDatabase.removeApplicationFont(font_id)
    return None


def system_family() -> str | None:
    """A CJK family among those Qt already knows (fontconfig, DirectWrite, CoreText)."""
    known = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    ordered = [f for f in PREFERRED_FAMILIES if f in known]
    ordered += sorted(f for f in known if f not in ordered and "mono" not in f.lower())
    for family in ordered:
        if has_chinese(family):
            return family
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
        family = system_family()
        if family:
            return FontChoice(family, "system")
        for path in font_files.system_fonts():
            family = load_file(path)
            if family:
                return FontChoice(family, "file", path)
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
