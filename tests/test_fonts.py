"""The CJK font finder: TrueType only, in the documented order, with a clear error when none."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from swdesk.formats import fonts
from swdesk.formats.fonts import FontNotFound, find_cjk_font, register_reportlab_font

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def _cff_otf(path: Path) -> Path:
    """A file that looks like an OpenType/CFF font (what Noto Sans CJK .otf files are)."""
    path.write_bytes(b"OTTO" + b"\x00" * 60)
    return path


def _cff_collection(path: Path) -> Path:
    """A .ttc whose first subfont is CFF (Noto Sans CJK .ttc): must be skipped too."""
    header = b"ttcf" + struct.pack(">HHI", 1, 0, 1) + struct.pack(">I", 16)
    path.write_bytes(header + b"OTTO" + b"\x00" * 60)
    return path


def _fake_bundle(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to run from a PyInstaller bundle at ``root``; return its resources/fonts folder."""
    folder = root / "resources" / "fonts"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    return folder


@pytest.fixture(autouse=True)
def _no_font_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    monkeypatch.delenv(fonts.SYSTEM_ENV, raising=False)


def test_finds_the_system_wqy_font() -> None:
    assert WQY.is_file(), "fonts-wqy-microhei must be installed (dev.sh installs it)"
    assert find_cjk_font() == WQY


def test_sfnt_tags() -> None:
    assert fonts.sfnt_tag(WQY) == b"\x00\x01\x00\x00"
    assert fonts.is_truetype(WQY)


def test_cff_fonts_are_rejected_with_a_reason(tmp_path: Path) -> None:
    otf = _cff_otf(tmp_path / "NotoSansCJK-Regular.otf")
    ttc = _cff_collection(tmp_path / "NotoSansCJK-Regular.ttc")
    assert fonts.unusable_reason(otf) == fonts.unusable_reason(ttc)
    assert "CFF" in (fonts.unusable_reason(ttc) or "")
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"hello")
    assert fonts.unusable_reason(junk) == "不是 TrueType 字体文件"
    assert fonts.unusable_reason(tmp_path / "missing.ttf") == "文件不存在"


def test_swdesk_font_overrides_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = _fake_bundle(tmp_path / "bundle", monkeypatch)
    shutil.copy(WQY, bundled / "bundled.ttc")
    mine = tmp_path / "mine.ttc"
    shutil.copy(WQY, mine)
    monkeypatch.setenv(fonts.FONT_ENV, str(mine))
    assert find_cjk_font() == mine


def test_unusable_swdesk_font_is_an_error_not_a_silent_fallback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(fonts.FONT_ENV, str(_cff_otf(tmp_path / "noto.otf")))
    with pytest.raises(FontNotFound, match=r"SWDESK_FONT .*noto\.otf 不可用：.*CFF"):
        find_cjk_font()
    monkeypatch.setenv(fonts.FONT_ENV, str(tmp_path / "nothing.ttf"))
    with pytest.raises(FontNotFound, match="文件不存在"):
        find_cjk_font()


def test_bundled_font_comes_before_system_fonts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = _fake_bundle(tmp_path, monkeypatch)
    _cff_otf(bundled / "a-noto.otf")  # not a TrueType suffix: ignored
    _cff_collection(bundled / "b-noto.ttc")  # TrueType suffix but CFF inside: skipped
    shutil.copy(WQY, bundled / "c-wqy.ttc")
    assert find_cjk_font() == (bundled / "c-wqy.ttc").resolve()


def test_cff_bundle_font_is_skipped_for_the_system_font(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = _fake_bundle(tmp_path, monkeypatch)
    _cff_collection(bundled / "noto.ttc")
    assert find_cjk_font() == WQY


def _fake_fc_list(bin_dir: Path, files: list[Path]) -> None:
    bin_dir.mkdir()
    script = bin_dir / "fc-list"
    lines = "\n".join(f"echo '{f}'" for f in files)
    script.write_text(f"#!/bin/sh\n{lines}\n")
    script.chmod(0o755)


def test_fc_list_results_skip_cff_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "system_fonts", list)
    good = tmp_path / "zz-good.ttc"
    shutil.copy(WQY, good)
    listed = [
        _cff_otf(tmp_path / "aa-NotoSansCJK.otf"),
        _cff_collection(tmp_path / "bb-NotoSansCJK.ttc"),
        good,
    ]
    _fake_fc_list(tmp_path / "bin", listed)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert fonts.fontconfig_fonts() == [listed[1], good]  # .otf dropped by suffix
    assert find_cjk_font() == good


def test_no_font_anywhere_says_how_to_fix_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_bundle(tmp_path, monkeypatch)
    monkeypatch.setattr(fonts, "system_fonts", lambda: [tmp_path / "absent.ttc"])
    _fake_fc_list(tmp_path / "bin", [_cff_otf(tmp_path / "noto.otf")])
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    with pytest.raises(FontNotFound) as err:
        find_cjk_font()
    message = str(err.value)
    assert message.startswith("找不到可用的中文字体")
    assert "apt-get install fonts-wqy-microhei" in message
    assert "SWDESK_FONT" in message


def test_system_fonts_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = _fake_bundle(tmp_path, monkeypatch)
    monkeypatch.setenv(fonts.SYSTEM_ENV, "0")
    with pytest.raises(FontNotFound):
        find_cjk_font()
    shutil.copy(WQY, bundled / "wqy.ttc")
    assert find_cjk_font() == (bundled / "wqy.ttc").resolve()


def _pdffonts_table(output: str) -> list[dict[str, str]]:
    """Rows of ``pdffonts`` output, cut by the widths of its dashed ruler line."""
    header, ruler, *rows = output.splitlines()
    spans, start = [], 0
    for dashes in ruler.split(" "):
        spans.append((start, start + len(dashes)))
        start += len(dashes) + 1
    keys = [header[a:b].strip() for a, b in spans]
    return [{k: row[a:b].strip() for k, (a, b) in zip(keys, spans, strict=True)} for row in rows]


def test_reportlab_embeds_the_font_and_the_text_comes_back(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    name = register_reportlab_font("CJKTest")
    assert register_reportlab_font("CJKTest") == name  # a second call is harmless
    pdf = tmp_path / "out.pdf"
    canvas = Canvas(str(pdf))
    canvas.setFont(name, 14)
    canvas.drawString(72, 720, "社会工作者继续教育登记表：张三")
    canvas.save()

    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    fonts_in_pdf = _pdffonts_table(listing.stdout)
    cjk = [row for row in fonts_in_pdf if "WenQuanYi" in row["name"]]
    assert len(cjk) == 1, listing.stdout
    assert cjk[0]["type"] == "TrueType"
    assert cjk[0]["emb"] == "yes", listing.stdout
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "社会工作者继续教育登记表：张三" in text
