"""帮助 → 使用说明: the guide opens, F1 opens the section for the page on screen (Chinese and
English), the guide reads without its screenshots, and it names commands the app really has."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot
from ui_helpers import shown

from swdesk.store import Store
from swdesk.ui.help_dialog import PAGE_SECTIONS, SECTIONS, HelpDialog, guide_html, section_for
from swdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("clean_qsettings")

ROOT = Path(__file__).resolve().parent.parent
HELP = ROOT / "resources" / "help"
TS = ROOT / "resources" / "translations" / "swdesk_en.ts"
LANGS = ("zh_CN", "en")

# Page (nav row text in Chinese) → the guide section F1 must open there.
TOWNSHIP_PAGES = {
    "社工档案": "roster",
    "村（社区）": "setup",
    "继续教育": "training",
    "考试报名": "exam",
    "绩效考评": "appraisal",
    "津贴发放": "allowance",
    "岗位与社工站": "posts",
    "数据同步": "sync",
    "指标": "indicators",
}


def _window(qtbot: QtBot, store: Any) -> MainWindow:
    return shown(qtbot, MainWindow(store), (1024, 700))


def _heading(browser: QTextBrowser, section: str) -> tuple[str, float]:
    """The text and the y position of the block that holds ``section``'s anchor."""
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if section in it.fragment().charFormat().anchorNames():
                return block.text(), doc.documentLayout().blockBoundingRect(block).top()
            it += 1
        block = block.next()
    raise AssertionError(f"no anchor {section}")


def _visible(browser: QTextBrowser, y: float) -> bool:
    top = browser.verticalScrollBar().value()
    return top <= y < top + browser.viewport().height()


def _press_f1(qtbot: QtBot, win: MainWindow) -> HelpDialog:
    """F1 as a user presses it: in the main window, on whatever has the focus there."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_F1)
    dialog = win.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_help_menu_opens_the_guide_at_its_beginning(qtbot: QtBot, store: Store) -> None:
    win = _window(qtbot, store)
    assert win.help_action in win.menuBar().actions()[-1].menu().actions()
    assert win.help_action.shortcut().toString() == "F1"
    win.nav.setCurrentRow(1)  # any page, then the menu: same window each time
    win.help_action.trigger()
    dialog = win.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.windowTitle() == "使用说明"
    assert "swdesk 使用说明" in dialog.browser.toPlainText()
    win.help_action.trigger()
    assert len(win.findChildren(HelpDialog)) == 1


def test_f1_opens_the_section_for_the_page_on_screen(qtbot: QtBot, store: Store) -> None:
    win = _window(qtbot, store)
    rows = {win.nav.item(i).text(): i for i in range(win.nav.count())}
    assert set(rows) == set(TOWNSHIP_PAGES)
    seen = []
    for name, section in TOWNSHIP_PAGES.items():
        win.nav.setCurrentRow(rows[name])
        dialog = _press_f1(qtbot, win)
        assert dialog.section == section, name
        text, y = _heading(dialog.browser, section)
        assert _visible(dialog.browser, y), (name, text)
        seen.append(dialog.browser.verticalScrollBar().value())
    assert len(set(seen)) > 3  # the sections are really scrolled to, not all at the top


def test_f1_in_english_opens_the_english_section(qtbot: QtBot, store: Store, english: None) -> None:
    win = _window(qtbot, store)
    win.nav.setCurrentRow(3)  # 考试报名
    dialog = _press_f1(qtbot, win)
    assert dialog.section == "exam"
    text, y = _heading(dialog.browser, "exam")
    assert text == "4. Sign workers up for the exam"
    assert _visible(dialog.browser, y)
    assert "使用说明" not in dialog.browser.toPlainText()


def test_the_county_pages_have_sections_too(qtbot: QtBot, world: Any) -> None:
    win = _window(qtbot, world.county)
    for row in range(win.nav.count()):
        win.nav.setCurrentRow(row)
        page = win.stack.currentWidget()
        assert type(page).__name__ in PAGE_SECTIONS or any(
            c.__name__ in PAGE_SECTIONS for c in type(page).__mro__
        ), win.nav.item(row).text()
    win.nav.setCurrentRow(win.nav.count() - 1)
    assert _press_f1(qtbot, win).section == "sync"


def test_a_page_the_guide_does_not_know_opens_the_beginning() -> None:
    assert section_for(None) == "start"
    assert section_for(QTextBrowser()) == "start"


@pytest.mark.parametrize("lang", LANGS)
def test_each_guide_has_every_section_and_a_screenshot_slot_for_each(lang: str) -> None:
    text = (HELP / f"guide_{lang}.html").read_text(encoding="utf-8")
    anchors = re.findall(r'<a name="(\w+)">', text)
    assert anchors == list(SECTIONS)
    pictures = re.findall(r'<img src="img/([\w_]+)/(\w+)\.png"', text)
    assert pictures == [(lang, s) for s in SECTIONS[1:]]
    assert set(PAGE_SECTIONS.values()) <= set(SECTIONS)


def test_the_guide_reads_without_its_screenshots_and_shows_those_made(tmp_path: Path) -> None:
    for lang in LANGS:
        (tmp_path / f"guide_{lang}.html").write_bytes((HELP / f"guide_{lang}.html").read_bytes())
    bare = guide_html("zh_CN", tmp_path)
    assert "<img" not in bare and "导入花名册…" in bare
    shot = tmp_path / "img" / "zh_CN" / "exam.png"
    shot.parent.mkdir(parents=True)
    shot.write_bytes(b"\x89PNG")
    one = guide_html("zh_CN", tmp_path)
    assert re.findall(r"<img[^>]*>", one) == ['<img src="img/zh_CN/exam.png" width="640">']
    assert "<img" not in guide_html("en", tmp_path)  # the Chinese picture is not the English one
    (tmp_path / "guide_en.html").unlink()
    assert guide_html("en", tmp_path) == one  # no English guide: the Chinese one


def _translations() -> dict[str, set[str]]:
    """Chinese source → its English (per context), from the committed .ts, accelerators dropped."""

    def plain(s: str) -> str:
        return re.sub(r"\(&\w\)|&(?=\w)", "", s)

    out: dict[str, set[str]] = {"F1": {"F1"}}
    for m in ET.parse(TS).getroot().iter("message"):
        source = plain(m.findtext("source") or "")
        out.setdefault(source, set()).add(plain(m.findtext("translation") or ""))
    return out


def test_the_guide_names_commands_the_app_has_in_both_languages() -> None:
    """Every bold command in the Chinese guide is an interface string, and the English guide
    names it by its English translation: renaming a button without the guide fails here."""
    en = _translations()
    zh_text = (HELP / "guide_zh_CN.html").read_text(encoding="utf-8")
    en_text = html.unescape((HELP / "guide_en.html").read_text(encoding="utf-8"))
    commands = re.findall(r"<b>([^<]+)</b>", zh_text)
    checked = 0
    for bold in commands:
        for part in bold.split(" → "):
            if part in en:
                assert any(e in en_text for e in en[part]), (part, en[part])
                checked += 1
            else:
                assert part.endswith("：") or part in {"第一次打开时", "村（社区）"}, part
    assert checked >= 35


def test_the_screenshot_script_photographs_each_page_in_both_languages(tmp_path: Path) -> None:
    """scripts/make_help_screenshots.py runs the real app offscreen on a demo file: a picture
    per section and language, the guide then shows all of them."""
    script = ROOT / "scripts" / "make_help_screenshots.py"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, str(script), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    sizes = {}
    for lang in LANGS:
        for section in SECTIONS[1:]:
            image = QImage(str(tmp_path / "img" / lang / f"{section}.png"))
            assert not image.isNull(), (lang, section)
            assert image.width() >= 1000 and image.height() >= 600
            sizes[lang, section] = image
    # Different pages, different pictures; the same page differs by language.
    assert sizes["zh_CN", "training"] != sizes["zh_CN", "exam"]
    assert sizes["zh_CN", "exam"] != sizes["en", "exam"]
    for lang in LANGS:
        (tmp_path / f"guide_{lang}.html").write_bytes((HELP / f"guide_{lang}.html").read_bytes())
        assert len(re.findall(r"<img", guide_html(lang, tmp_path))) == len(SECTIONS) - 1
    again = subprocess.run(
        [sys.executable, str(script), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert again.returncode == 0 and again.stdout == ""  # all there: nothing to do
