"""Step 13: the professional-post flag becomes filled posts in the register, once."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from unittest import mock

from swdesk.core.idnumber import make_id_number
from swdesk.store import departures, open_store, posts, villages, workers
from swdesk.store.schema import migrations
from swdesk.store.unit import initialize


def _person(store, name: str, serial: int, **fields: object) -> str:  # type: ignore[no-untyped-def]
    raw = {"name": name, "id_number": make_id_number("510104", date(1985, 3, 15), serial)}
    raw.update(fields)
    return workers.create(store, raw)


def _v12_row_values(clean: dict[str, object]) -> dict[str, object]:
    """Today's worker row without the columns later steps added (a version-12 file has none)."""
    return {k: v for k, v in ROW_VALUES(clean).items() if k != "name_sort"}


ROW_VALUES = workers._row_values


def test_flagged_people_get_a_filled_post_at_their_unit(tmp_path: Path) -> None:
    path = tmp_path / "v12.db"
    with (
        mock.patch.object(migrations, "MIGRATIONS", migrations.MIGRATIONS[:12]),
        mock.patch.object(workers, "_row_values", _v12_row_values),
        # a file at step 12 has no register: the flag was all there was
        mock.patch.object(posts, "place_many", return_value=[]),
        mock.patch.object(departures, "release", return_value=departures.Released()),
        open_store(path) as store,
    ):
        initialize(store, "township", "510104001", "测试街道")
        villages.add(store, "510104001001", "红星社区", "urban")
        villages.add(store, "510104001201", "桃园村", "rural")
        urban = _person(
            store,
            "张三",
            11,
            village_code="510104001001",
            professional_post=True,
            status_date="2021-04-01",
        )
        rural = _person(store, "李四", 12, village_code="510104001201", professional_post=True)
        nowhere = _person(store, "王五", 13, professional_post=True, status_date="2022-01-05")
        _person(store, "赵六", 14, village_code="510104001001")
        gone = _person(store, "钱七", 15, village_code="510104001001", professional_post=True)
        workers.delete(store, gone, "录入错误")
        rev_before = int(store.meta("rev") or 0)

    with open_store(path) as store:
        rows = store.conn.execute(
            "SELECT f.worker_id, p.unit_kind, p.unit_code, p.kind, p.opened_on, f.from_date, "
            "f.to_date, p.origin = f.origin AND p.rev = f.rev AND p.rev > ? "
            "FROM post_fills f JOIN posts p ON p.id = f.post_id",
            (rev_before,),
        ).fetchall()
        by_worker = {r[0]: r[1:] for r in rows}
        assert set(by_worker) == {urban, rural, nowhere}
        assert by_worker[urban] == (
            "community",
            "510104001001",
            "专职",
            "2021-04-01",
            "2021-04-01",
            None,
            1,
        )
        assert by_worker[rural][:3] == ("village", "510104001201", "专职")
        assert by_worker[rural][3] == by_worker[rural][4] == date.today().isoformat()
        assert by_worker[nowhere][:4] == ("station", "510104001", "专职", "2022-01-05")
        assert store.meta("history_from") == date.today().isoformat()
        kinds = store.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'worker_history'"
        ).fetchone()[0]
        assert "'post_type', 'domains'" in kinds


def test_a_fresh_file_has_no_posts_and_records_history_from_today(tmp_path: Path) -> None:
    with open_store(tmp_path / "fresh.db") as store:
        assert store.conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 0
        assert store.meta("history_from") == date.today().isoformat()
