"""The lazy worker table model: Qt's model contract, lazy pages, SQL sorting and filtering."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from swdesk.services import demo
from swdesk.store import Store, workers
from swdesk.store.workers import WorkerFilter
from swdesk.ui import worker_model
from swdesk.ui.worker_model import COLUMN_KEYS, DELETED_ROLE, ID_ROLE, NAME_ROLE, WorkerModel
from swdesk.ui.workers_page import WorkersPage


def col(key: str) -> int:
    return COLUMN_KEYS.index(key)


def texts(model: WorkerModel, key: str) -> list[str]:
    return [model.index(r, col(key)).data() for r in range(model.rowCount())]


@pytest.fixture
def filled(store: Store) -> Store:
    demo.fill(store, 300, seed=3)
    return store


def test_model_passes_qt_model_tester_through_filter_and_sort(
    qtmodeltester: object, filled: Store
) -> None:
    model = WorkerModel(filled)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_filter(WorkerFilter(status="在岗"))
    model.sort(col("birth_date"), Qt.SortOrder.DescendingOrder)
    model.set_filter(WorkerFilter(text="no-such-person"))
    assert model.rowCount() == 0
    model.set_filter(WorkerFilter())
    assert model.rowCount() == 300


def test_rows_follow_the_store_query_and_show_chinese_values(filled: Store) -> None:
    model = WorkerModel(filled)
    expected = workers.search_rowids(filled, WorkerFilter())
    rows = workers.fetch_rows(filled, expected)
    assert model.rowCount() == 300
    assert model.columnCount() == len(COLUMN_KEYS) == 10
    headers = [model.headers.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert headers == [
        "姓名", "身份证号", "性别", "出生日期", "手机号码",
        "村（社区）", "证书等级", "岗位类型", "专业岗位", "状态",
    ]  # fmt: skip
    names = {v["code"]: v["name"] for v in filled.query("SELECT code, name FROM villages")}
    for r in (0, 150, 299):
        row = rows[expected[r]]
        assert model.index(r, col("name")).data() == row["name"]
        assert model.index(r, 0).data(ID_ROLE) == row["id"]
        assert model.index(r, col("id_number")).data() == row["id_number"]
        assert model.index(r, col("village")).data() == names[row["village_code"]]
        assert model.index(r, col("level")).data() == (row["level"] or "无")
        assert model.index(r, col("professional_post")).data() == (
            "是" if row["professional_post"] else "否"
        )
    assert set(texts(model, "gender")) == {"男", "女"}
    assert "无" in texts(model, "level")


def test_rows_are_fetched_a_page_at_a_time_and_cached(
    filled: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker_model, "PAGE_SIZE", 20)
    monkeypatch.setattr(worker_model, "MAX_PAGES", 3)
    model = WorkerModel(filled)
    assert model.pages_fetched == 0  # counting rows reads no row
    model.index(0, 0).data()
    model.index(19, 3).data()
    assert model.pages_fetched == 1
    model.index(20, 0).data()
    assert model.pages_fetched == 2
    for r in (40, 60, 80):
        model.index(r, 0).data()
    assert model.pages_fetched == 5
    assert model.cached_rows() == 60  # only MAX_PAGES pages are kept
    model.index(0, 0).data()  # page 0 was dropped: fetched again
    assert model.pages_fetched == 6
    model.index(80, 0).data()  # still cached
    assert model.pages_fetched == 6


def test_the_view_only_fetches_what_it_shows(qtbot: QtBot, store: Store) -> None:
    demo.fill(store, 3000, seed=5)
    page = WorkersPage(store)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    page.grab()  # paints the visible rows now
    assert page.model.rowCount() == 3000
    assert page.model.pages_fetched == 1
    assert page.model.cached_rows() == worker_model.PAGE_SIZE
    page.view.scrollToBottom()
    page.grab()
    assert page.model.pages_fetched <= 3  # the last page, maybe the one before it
    assert page.model.row_data(2999) is not None
    assert page.model.cached_rows() <= 3 * worker_model.PAGE_SIZE


def test_sorting_reruns_the_query(filled: Store) -> None:
    model = WorkerModel(filled)
    model.sort(col("birth_date"), Qt.SortOrder.DescendingOrder)
    births = texts(model, "birth_date")
    assert births == sorted(births, reverse=True)
    assert (model.sort_key, model.descending) == ("birth_date", True)
    model.sort(col("id_number"), Qt.SortOrder.AscendingOrder)
    ids = texts(model, "id_number")
    assert ids == sorted(ids)
    model.sort(col("level"), Qt.SortOrder.DescendingOrder)
    assert texts(model, "level")[0] != "无"
    assert texts(model, "level")[-1] == "无"


def test_unsortable_column_keeps_the_current_order(filled: Store) -> None:
    model = WorkerModel(filled)
    model.sort(col("phone"), Qt.SortOrder.AscendingOrder)
    before = texts(model, "phone")
    assert not model.sortable(col("professional_post"))
    model.sort(col("professional_post"), Qt.SortOrder.DescendingOrder)
    assert model.sort_key == "phone"
    assert texts(model, "phone") == before


@pytest.mark.parametrize(
    ("flt", "sql"),
    [
        (WorkerFilter(level=""), "level IS NULL"),
        (WorkerFilter(level="社会工作师"), "level = '社会工作师'"),
        (WorkerFilter(status="离岗"), "status = '离岗'"),
        (WorkerFilter(post_type="社工机构"), "post_type = '社工机构'"),
        (WorkerFilter(domain="老年"), "domains LIKE '%\"老年\"%'"),
    ],
)
def test_filters_change_the_rows(filled: Store, flt: WorkerFilter, sql: str) -> None:
    model = WorkerModel(filled)
    model.set_filter(flt)
    expected = filled.scalar(f"SELECT count(*) FROM workers WHERE deleted = 0 AND {sql}")
    assert 0 < expected < 300
    assert model.rowCount() == expected
    assert model.total == 300


def test_deleted_workers_show_only_on_request_and_greyed(filled: Store) -> None:
    model = WorkerModel(filled)
    name = model.index(5, 0).data(NAME_ROLE)
    worker_id = model.index(5, 0).data(ID_ROLE)
    workers.delete(filled, worker_id)
    model.reload()
    assert model.rowCount() == 299
    assert model.total == 299
    assert model.row_of_worker(worker_id) == -1
    model.set_filter(WorkerFilter(include_deleted=True))
    assert model.rowCount() == 300
    row = model.row_of_worker(worker_id)
    index = model.index(row, col("status"))
    assert index.data(DELETED_ROLE) is True
    assert index.data().endswith("（已删除）")
    assert isinstance(index.data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert name in index.data(Qt.ItemDataRole.ToolTipRole)
    other = model.index(0 if row else 1, col("status"))
    assert other.data(DELETED_ROLE) is False
    assert other.data(Qt.ItemDataRole.ForegroundRole) is None


def test_columns_are_wide_enough_for_their_labels(qtbot: QtBot, store: Store) -> None:
    """Widths come from the font and the (translated) labels, not from scanning rows."""
    from swdesk.core import enums
    from swdesk.ui.enum_labels import label

    page = WorkersPage(store)
    qtbot.addWidget(page)
    metrics = page.view.fontMetrics()
    for key, values in (
        ("level", [*enums.LEVELS, "无"]),
        ("post_type", enums.POST_TYPES),
        ("gender", enums.GENDERS),
        ("id_number", ["11010519491231002X"]),
    ):
        widest = max(metrics.horizontalAdvance(label(v)) for v in values)
        assert page.view.columnWidth(col(key)) >= widest + 8, key
    header = page.view.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    assert (
        header.model().headerData(
            col("professional_post"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        == "专业岗位"
    )


def _spy_queries(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """Record the ``limit`` of every rowid query the model runs."""
    limits: list[int | None] = []
    real = workers.search_rowids

    def spy(*args: object, **kwargs: object) -> list[int]:
        limits.append(kwargs.get("limit"))  # type: ignore[arg-type]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(workers, "search_rowids", spy)
    return limits


def test_everyone_list_reads_one_page_of_rowids_first(
    filled: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker_model, "PAGE_SIZE", 20)
    limits = _spy_queries(monkeypatch)
    model = WorkerModel(filled)
    assert limits == [20]  # no query over all 300 before the first paint
    assert model.rowCount() == 300 and not model.all_rowids_read
    expected = workers.fetch_rows(filled, workers.search_rowids(filled, WorkerFilter()))
    names = [expected[r]["name"] for r in workers.search_rowids(filled, WorkerFilter())]
    assert model.index(0, 0).data() == names[0]
    assert model.index(250, 0).data() == names[250]  # beyond the first page: read at once
    assert model.all_rowids_read and limits[-1] is None
    assert texts(model, "name") == names
    model.set_filter(WorkerFilter(text="张"))  # a search reads all its matches in one go
    assert limits[-1] is None and model.all_rowids_read


def test_rest_of_the_list_is_read_after_the_first_paint(
    qtbot: QtBot, filled: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker_model, "PAGE_SIZE", 20)
    page = WorkersPage(filled)
    qtbot.addWidget(page)
    assert not page.model.all_rowids_read
    page.resize(900, 400)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.all_rowids_read)
    assert page.model.rowCount() == 300
    assert page.model.row_of_worker(page.model.index(299, 0).data(ID_ROLE)) == 299


def test_a_write_between_count_and_rest_shows_the_fresh_list(
    qtbot: QtBot, filled: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker_model, "PAGE_SIZE", 20)
    model = WorkerModel(filled)
    assert model.rowCount() == 300
    gone = model.index(0, 0).data(ID_ROLE)
    workers.delete(filled, gone)
    with qtbot.waitSignal(model.modelReset, timeout=2000):
        model.index(100, 0).data()  # reads the rest: 299 rows, not the 300 counted
    assert model.rowCount() == 299 and model.total == 299
    assert model.row_of_worker(gone) == -1


def test_roles_are_qts_numbers() -> None:
    """The model names Qt's roles by number (no ``Qt.`` before the first paint)."""
    assert Qt.ItemDataRole.DisplayRole.value == worker_model.DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == worker_model.TOOLTIP_ROLE
    assert Qt.ItemDataRole.ForegroundRole.value == worker_model.FOREGROUND_ROLE
    assert Qt.ItemDataRole.UserRole.value == worker_model.USER_ROLE


def test_header_sorting_and_keys_start_after_the_first_paint(qtbot: QtBot, filled: Store) -> None:
    page = WorkersPage(filled)
    qtbot.addWidget(page)
    header = page.view.horizontalHeader()
    assert header.model() is page.model.headers
    assert not page.view.isSortingEnabled()
    with qtbot.waitSignal(page.setupFinished, timeout=3000):
        page.show()
    assert page.view.isSortingEnabled()
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == col("name")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert page.model.pages_fetched >= 1
    page.finish_setup()  # a second call changes nothing
    assert page.model.sort_key == "name" and not page.model.descending
    # The header sorts by the clicked column.
    with qtbot.waitSignal(page.model.modelReset, timeout=3000):
        header.setSortIndicator(col("birth_date"), Qt.SortOrder.DescendingOrder)
    assert page.model.sort_key == "birth_date" and page.model.descending


@pytest.mark.parametrize(
    ("natural", "narrowest", "available", "expected"),
    [
        ([100, 200, 300], [100, 100, 100], 700, [100, 200, 300]),  # fits: unchanged
        ([100, 200, 300], [100, 100, 100], 500, [100, 166, 233]),  # shrinks by what each spares
        ([100, 200, 300], [100, 100, 100], 200, [100, 100, 100]),  # never below the narrowest
        ([100, 200], [100, 200], 50, [100, 200]),  # nothing can shrink
    ],
)
def test_fitted_widths(
    natural: list[int], narrowest: list[int], available: int, expected: list[int]
) -> None:
    from swdesk.ui.workers_page import fitted_widths

    assert fitted_widths(natural, narrowest, available) == expected


def test_english_columns_fit_a_1280_pixel_window_until_one_is_dragged(
    qtbot: QtBot, filled: Store, english: None
) -> None:
    page = WorkersPage(filled)
    qtbot.addWidget(page)
    page.resize(1100, 700)  # a 1280 px window less the navigation
    with qtbot.waitSignal(page.setupFinished, timeout=3000):
        page.show()
    view = page.view
    assert page.model.header_text(col("post_type")) == "Post Type"
    widths = [view.columnWidth(c) for c in range(len(COLUMN_KEYS))]
    assert sum(widths) <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    # The elided columns gave up the width; the others kept theirs.
    metrics = view.fontMetrics()
    assert view.columnWidth(col("id_number")) >= metrics.horizontalAdvance("11010519491231002X")
    assert view.columnWidth(col("post_type")) < metrics.horizontalAdvance(
        "Village/Community Committee Member"
    )
    # Wider again: the columns grow back.
    page.resize(1800, 700)
    qtbot.waitUntil(lambda: view.columnWidth(col("post_type")) > widths[col("post_type")])
    # A column dragged by hand keeps its width when the window changes.
    view.horizontalHeader().resizeSection(col("level"), 333)
    wide = view.viewport().width()
    page.resize(1200, 700)
    qtbot.waitUntil(lambda: view.viewport().width() < wide)
    assert view.columnWidth(col("level")) == 333
