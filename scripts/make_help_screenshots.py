"""Make the guide's screenshots (resources/help/img/<lang>/<section>.png) from the real app.

Runs swdesk's main window offscreen on a demo data file made here (fictitious villages, workers
and trainings), shows each page the guide describes and saves ``QWidget.grab()`` of the window,
once in Chinese and once in English. The pictures are build output (git-ignored), made by
``dev.sh setup`` and by build.spec, so they always show the interface as it is; the guide reads
fine without them (``ui/help_dialog.py`` drops a missing picture).

    .venv/bin/python scripts/make_help_screenshots.py            # only if some picture is missing
    .venv/bin/python scripts/make_help_screenshots.py --force    # all of them again
    .venv/bin/python scripts/make_help_screenshots.py --out DIR  # into DIR/img/… instead

Exit code 0 when every picture exists afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HELP = ROOT / "resources" / "help"
LANGS = ("zh_CN", "en")
SIZE = (1100, 680)
# Guide section → the navigation row (Chinese title) whose page its picture shows.
PAGES = {
    "setup": "村（社区）",
    "roster": "社工档案",
    "training": "继续教育",
    "exam": "考试报名",
    "appraisal": "绩效考评",
    "allowance": "津贴发放",
    "posts": "岗位与社工站",
    "sync": "数据同步",
    "indicators": "指标",
}
DEMO_CODE, DEMO_NAME = "510104001", "示范街道"
TODAY = date(2026, 3, 15)  # a fixed day: the same demo data, the same pictures, every run


def picture(lang: str, section: str, folder: Path = HELP) -> Path:
    return folder / "img" / lang / f"{section}.png"


def missing(folder: Path = HELP) -> list[Path]:
    return [
        picture(lang, s, folder)
        for lang in LANGS
        for s in PAGES
        if not picture(lang, s, folder).is_file()
    ]


def make(folder: Path = HELP) -> list[Path]:
    """Write every picture; return them."""
    import build_forms
    import build_translations

    build_forms.build()
    build_translations.build()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from swdesk.services import demo, training_demo
    from swdesk.store import open_store
    from swdesk.store.unit import initialize
    from swdesk.ui import i18n

    # Own settings, so the window's saved size and folders never touch the user's.
    QCoreApplication.setOrganizationName("swdesk-help-screenshots")
    QCoreApplication.setApplicationName("swdesk-help-screenshots")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.db")
        try:
            initialize(store, "township", DEMO_CODE, DEMO_NAME)
            demo.fill(store, 60, seed=7, today=TODAY)
            training_demo.fill(store, seed=7, today=TODAY, events=8)
            for lang in LANGS:
                i18n.apply_language(lang)
                written += _grab_pages(app, store, lang, folder)
        finally:
            store.close()
            i18n.apply_language(i18n.DEFAULT)
    return written


def _grab_pages(app: object, store: object, lang: str, folder: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from swdesk.ui.main_window import MainWindow

    win = MainWindow(store)  # type: ignore[arg-type]
    win.resize(*SIZE)
    win.show()
    rows = {win.nav.item(i).text(): i for i in range(win.nav.count())}
    out = []
    chinese_rows = _chinese_titles(win, rows)
    for section, title in PAGES.items():
        win.nav.setCurrentRow(chinese_rows[title])
        for _ in range(3):  # let lazy pages lay out and paint
            QApplication.processEvents()
        _wait_loaded(win.stack.currentWidget())
        path = picture(lang, section, folder)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp.png")
        if not win.grab().save(str(tmp)):
            raise SystemExit(f"截图保存失败：{path}")
        os.replace(tmp, path)
        out.append(path)
    win.close()
    win.deleteLater()
    return out


def _wait_loaded(page: object) -> None:
    """A page that computes in the background (指标) is pictured once its figures are in."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    loaded = getattr(page, "loaded", None)
    if loaded is None or getattr(page, "dashboard", None) is not None:
        return
    loop = QEventLoop()
    loaded.connect(loop.quit)
    QTimer.singleShot(60000, loop.quit)
    loop.exec()
    for _ in range(3):
        QApplication.processEvents()


def _chinese_titles(win: object, rows: dict[str, int]) -> dict[str, int]:
    """Navigation rows by their Chinese title, whatever language the window shows."""
    from PySide6.QtCore import QCoreApplication

    by_shown = {QCoreApplication.translate("MainWindow", t): t for t in PAGES.values()}
    return {by_shown.get(text, text): row for text, row in rows.items()}


def main(argv: list[str]) -> int:
    folder = Path(argv[argv.index("--out") + 1]) if "--out" in argv else HELP
    if "--force" not in argv and not missing(folder):
        return 0
    for path in make(folder):
        print(f"help: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0 if not missing(folder) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
