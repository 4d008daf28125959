"""What changed reaches only the pages that show it; background tasks report through callbacks."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import shown

from swdesk.core.errors import RuleError
from swdesk.store import Store, villages
from swdesk.ui import changes
from swdesk.ui.changes import EVERYTHING, EXAMS, TRAINING, VILLAGES, WORKERS
from swdesk.ui.main_window import PAGE_WORKERS, MainWindow
from swdesk.ui.tasks import Progress, in_background

pytestmark = pytest.mark.usefixtures("clean_qsettings")


def nav_to(win: MainWindow, title: str) -> Any:
    names = [win.nav.item(i).text() for i in range(win.nav.count())]
    win.nav.setCurrentRow(names.index(title))
    return win.stack.currentWidget()


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    return shown(qtbot, MainWindow(store), (1200, 700))


def count_reloads(monkeypatch: pytest.MonkeyPatch, pages: dict[str, Any]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for name, page in pages.items():
        real = page.reload

        def reload(*args: Any, _name: str = name, _real: Any = real, **kwargs: Any) -> Any:
            counts[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(page, "reload", reload)
    return counts


def test_a_change_reloads_the_page_on_screen_only_if_it_shows_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    training = nav_to(window, "继续教育")
    exam = nav_to(window, "考试报名")  # on screen; training built but hidden
    counts = count_reloads(
        monkeypatch, {"training": training, "exam": exam, "workers": window.workers_page}
    )
    window.changes.announce({TRAINING})
    assert counts == Counter()  # the exam page shows no training; training is hidden
    window.changes.announce({EXAMS})
    assert counts == Counter({"exam": 1})  # the worker list shows no exams
    window.changes.announce({WORKERS})
    assert counts == Counter({"exam": 2, "workers": 1})
    window.changes.announce({EXAMS}, source=exam)  # the page that made it shows it already
    assert counts == Counter({"exam": 2, "workers": 1})
    nav_to(window, "继续教育")  # a visit reloads, as always
    assert counts["training"] == 1
    window.reload_all()  # everything: every built page
    assert counts == Counter({"exam": 3, "workers": 2, "training": 2})


def test_a_village_added_on_its_page_reaches_the_worker_filter(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = nav_to(window, "村（社区）")
    with qtbot.waitSignal(window.changes.changed) as blocker:
        page.code.setText("510104001202")
        page.name.setText("青山村")
        assert page.add()
    assert blocker.args == [frozenset({VILLAGES}), page]
    village_box = window.workers_page.filter_bar.village
    assert any(village_box.itemText(i) == "青山村" for i in range(village_box.count()))
    assert window.stack.currentIndex() != PAGE_WORKERS


def test_unknown_change_kinds_are_refused(window: MainWindow) -> None:
    with pytest.raises(ValueError, match="exam"):
        window.changes.announce({"exam"})  # a typo would refresh nothing
    assert changes.kinds_of([]) == frozenset() and {WORKERS, EXAMS} <= EVERYTHING


def test_background_task_reports_success_and_failure(qtbot: QtBot, store: Store) -> None:
    outcomes: list[Any] = []

    def count(own: Store, progress: Progress) -> int:
        return len(villages.list_all(own))

    def refuse(own: Store, progress: Progress) -> int:
        raise RuleError("不行")

    with qtbot.waitCallback() as succeeded:
        in_background(store, count, succeeded, outcomes.append)
    succeeded.assert_called_with(3)
    with qtbot.waitCallback() as failed:
        in_background(store, refuse, outcomes.append, failed)
    assert isinstance(failed.args[0], RuleError)
    assert outcomes == []  # neither called the other callback
