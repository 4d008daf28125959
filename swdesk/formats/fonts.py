"""Finds a TrueType CJK font for PDFs (reportlab) and the font files the GUI tries.

The one place that knows where fonts are: ``swdesk.ui.fonts`` keeps only what needs Qt (asking
Qt's own font list, loading a file into Qt) and takes every path from here. No Qt here.

Why this exists: a township PC may have no Chinese font at all, and reportlab only embeds
TrueType-outline fonts — the common Noto/Source Han CJK fonts are OpenType with CFF outlines and
fail there. So the bundle ships one TrueType font in ``resources/fonts`` (copied at build time,
never committed), and in a source tree we look at the usual system places.

Search order: ``SWDESK_FONT`` (an explicit choice wins; if it is unusable that is an error, not a
silent fallback), then ``resources/fonts/*``, then known system paths, then ``fc-list``.
``SWDESK_FONT_SYSTEM=0`` skips the system places (used to prove the bundle's own font works).
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from collections.abc import Iterator
from pathlib import Path

from swdesk.atomic import read_reason
from swdesk.paths import resources_dir

FONT_ENV = "SWDESK_FONT"
SYSTEM_ENV = "SWDESK_FONT_SYSTEM"
FONT_SUFFIXES = (".ttf", ".ttc")

# sfnt version tags: TrueType (glyf) outlines work in reportlab, CFF ('OTTO') ones do not.
_TRUETYPE_TAGS = (b"\x00\x01\x00\x00", b"true")
_CFF_TAG = b"OTTO"
_COLLECTION_TAG = b"ttcf"

_LINUX_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # fonts-wqy-microhei
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",  # fonts-wqy-zenhei
    "/usr/share/fonts/truetype/arphic/uming.ttc",  # fonts-arphic-uming
    "/usr/share/fonts/truetype/arphic/ukai.ttc",  # fonts-arphic-ukai
    "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",  # fonts-arphic-gbsn00lp
    "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",  # fonts-arphic-gkai00mp
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",  # fonts-droid-fallback
)
_WINDOWS_FONTS = ("msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf", "simkai.ttf")
# PingFang.ttc is CFF and is left out on purpose.
_MAC_FONTS = (
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
)


class FontNotFound(RuntimeError):
    """No usable TrueType CJK font: the message says what to install or set."""


def sfnt_tag(path: Path) -> bytes:
    """The sfnt version tag of the font (of subfont 0 for a .ttc collection)."""
    with path.open("rb") as f:
        head = f.read(16)
        if head[:4] == _COLLECTION_TAG:
            if len(head) < 16:
                return b""
            (offset,) = struct.unpack(">I", head[12:16])
            f.seek(offset)
            return f.read(4)
        return head[:4]


def unusable_reason(path: Path) -> str | None:
    """None if reportlab can embed the file; otherwise why not, in Chinese."""
    if not path.is_file():
        return "文件不存在"
    try:
        tag = sfnt_tag(path)
    except OSError as exc:
        return f"无法读取（{read_reason(exc)}）"
    if tag in _TRUETYPE_TAGS:
        return None
    if tag == _CFF_TAG:
        return "是 OpenType/CFF 字体，PDF 无法嵌入，需要 TrueType 字体"
    return "不是 TrueType 字体文件"


def is_truetype(path: Path) -> bool:
    return unusable_reason(path) is None


def bundled_folder() -> Path:
    """Where the bundle keeps its font (and where a user may drop one)."""
    return resources_dir() / "fonts"


def bundled_fonts() -> list[Path]:
    folder = bundled_folder()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)


def _windows_fonts() -> list[Path]:
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
    return [Path(windir) / "Fonts" / name for name in _WINDOWS_FONTS]


def system_fonts() -> list[Path]:
    """Known TrueType CJK fonts of Debian, Windows and macOS, best first."""
    if sys.platform == "win32":
        return _windows_fonts()
    if sys.platform == "darwin":
        return [Path(p) for p in _MAC_FONTS]
    return [Path(p) for p in _LINUX_FONTS]


def fontconfig_fonts() -> list[Path]:
    """Chinese fonts fontconfig knows about (any distribution); empty without fc-list."""
    exe = shutil.which("fc-list")
    if exe is None:
        return []
    import subprocess  # rarely reached (no bundled or known font): keep it off the start-up path

    try:
        out = subprocess.run(
            [exe, "--format", "%{file}\n", ":lang=zh"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = {line.strip() for line in out.splitlines() if line.strip()}
    return sorted(Path(f) for f in files if Path(f).suffix.lower() in FONT_SUFFIXES)


def explicit_font() -> Path | None:
    """The file ``SWDESK_FONT`` names, if set: an explicit choice, never silently skipped."""
    explicit = os.environ.get(FONT_ENV, "").strip()
    return Path(explicit).expanduser() if explicit else None


def system_allowed() -> bool:
    """False when ``SWDESK_FONT_SYSTEM=0``: only the bundle's own font may be used."""
    return os.environ.get(SYSTEM_ENV, "1").strip().lower() not in ("0", "no", "false", "off")


def candidates() -> Iterator[Path]:
    """Every place to look, in order (after ``SWDESK_FONT``, which is handled on its own)."""
    yield from bundled_fonts()
    if system_allowed():
        yield from system_fonts()
        yield from fontconfig_fonts()


def find_cjk_font() -> Path:
    """The TrueType CJK font to embed in PDFs and to load into Qt."""
    path = explicit_font()
    if path is not None:
        reason = unusable_reason(path)
        if reason is not None:
            raise FontNotFound(f"环境变量 {FONT_ENV} 指定的字体 {path} 不可用：{reason}。")
        return path.resolve()
    for path in candidates():
        if is_truetype(path):
            return path.resolve()
    raise FontNotFound(
        "找不到可用的中文字体（需要 TrueType 格式的 .ttf/.ttc，OpenType/CFF 格式如 Noto CJK 不能用）。"
        "请安装文泉驿微米黑：apt-get install fonts-wqy-microhei，"
        f"或设置环境变量 {FONT_ENV} 指向一个中文 TrueType 字体文件（如 C:\\Windows\\Fonts\\simhei.ttf）。"
    )


def register_reportlab_font(name: str = "CJK") -> str:
    """Register the CJK font with reportlab under ``name`` (once) and return the name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(find_cjk_font()), subfontIndex=0))
    return name
