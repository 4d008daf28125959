"""帮助 → 使用说明: the first-week guide (resources/help/guide_<lang>.html) in a browser window.

F1 opens it at the section for the page on screen, so a clerk stuck on 考试报名 reads about the
exam, not the whole guide. Each step's screenshot comes from ``scripts/make_help_screenshots.py``
(run by ``dev.sh setup`` and the bundle build, never committed); a guide whose screenshots were
not made drops the pictures and still reads as a list of steps with their menu paths.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from swdesk.paths import resources_dir
from swdesk.ui.designer import set_up
from swdesk.ui.forms.help_dialog import Ui_HelpDialog
from swdesk.ui.i18n import DEFAULT, current_language

# The guide's sections, in the order of a clerk's first week; each is an <a name> anchor.
SECTIONS = (
    "start",
    "setup",
    "roster",
    "training",
    "exam",
    "appraisal",
    "allowance",
    "posts",
    "sync",
    "indicators",
)
# The page class on screen → the section F1 opens (a page not listed opens the beginning).
PAGE_SECTIONS = {
    "WorkersPage": "roster",
    "VillagesPage": "setup",
    "PostsPage": "posts",
    "TrainingPage": "training",
    "ExamPage": "exam",
    "CountyExamPage": "exam",
    "AppraisalPage": "appraisal",
    "CountyAppraisalPage": "appraisal",
    "AllowancePage": "allowance",
    "TownshipSyncPage": "sync",
    "CountySyncPage": "sync",
    "IndicatorsPage": "indicators",
}
_IMG = re.compile(r"""<img\b[^>]*\bsrc="([^"]+)"[^>]*>""", re.I)


def help_dir() -> Path:
    return resources_dir() / "help"


def guide_path(lang: str, folder: Path | None = None) -> Path:
    """The guide in ``lang``; the Chinese one if there is none in that language."""
    where = folder or help_dir()
    wanted = where / f"guide_{lang}.html"
    return wanted if wanted.is_file() else where / f"guide_{DEFAULT}.html"


def guide_html(lang: str, folder: Path | None = None) -> str:
    """The guide's HTML without the pictures that were not generated (no broken-image boxes)."""
    path = guide_path(lang, folder)
    text = path.read_text(encoding="utf-8")

    def keep(m: re.Match[str]) -> str:
        return m.group(0) if (path.parent / m.group(1)).is_file() else ""

    return _IMG.sub(keep, text)


def section_for(page: QWidget | None) -> str:
    """The guide section for ``page`` (by its class or a base class), else the beginning."""
    if page is not None:
        for cls in type(page).__mro__:
            if cls.__name__ in PAGE_SECTIONS:
                return PAGE_SECTIONS[cls.__name__]
    return SECTIONS[0]


class HelpDialog(QDialog):
    """Non-modal, so the guide can stay open beside the window while the clerk follows it."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        form = set_up(self, Ui_HelpDialog(), follow_language=True)
        self.browser = form.browser
        form.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        form.buttons.rejected.connect(self.close)
        self.section = SECTIONS[0]
        path = guide_path(current_language(), folder)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
        self.browser.setHtml(guide_html(current_language(), folder))

    def show_section(self, section: str) -> None:
        """Scroll so that ``section``'s heading is at the top."""
        self.section = section
        self.browser.scrollToAnchor(section)


def open_help(parent: QWidget, page: QWidget | None, folder: Path | None = None) -> HelpDialog:
    """Show the guide (one window per parent, raised again) at the section for ``page``."""
    dialog = parent.findChild(HelpDialog)
    if dialog is None:
        dialog = HelpDialog(parent, folder)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.show_section(section_for(page))
    return dialog
