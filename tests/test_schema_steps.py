"""The schema's numbered steps: frozen, self-contained, and a fresh file equal to an upgraded one.

A data file made today and one made at version 1 and upgraded since must have the same schema:
the same tables, indexes and triggers, each with the same CREATE text. SQLite keeps that text
verbatim in ``sqlite_master``, so the comparison is exact — no whitespace is normalised, because
the steps reproduce the released text byte for byte. Only ``rootpage`` is left out: it is where
a table's first page lies in the file, which depends on the pages the old file's data took, not
on its schema.

The old files are kept as SQL text in ``tests/fixtures/schema_vN.sql`` (the repository ignores
``*.db``): version 1, the first released file, and version 7, the last before the steps became
the modules of ``swdesk.store.schema``, which pins every step up to it; and version 8, which
pins the registrations, payroll runs and their lock triggers.
"""

from __future__ import annotations

import ast
import re
import sqlite3
import sys
from pathlib import Path

import pytest

from swdesk.store import open_store
from swdesk.store.appraisal_lock import LOCK_FUNCTION, LOCKED_MESSAGE, install_lock_function
from swdesk.store.backup import backup_dir
from swdesk.store.schema import migrations
from swdesk.store.schema.script import rebuild_table, run_script

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA_FIXTURES = sorted(FIXTURES.glob("schema_v*.sql"))
STEPS = Path(migrations.__file__).parent
STEP_NAME = re.compile(r"v(\d{4})_[a-z0-9_]+\.py")

Master = list[tuple[str, str, str, str | None]]


def master(conn: sqlite3.Connection) -> Master:
    """Every row of ``sqlite_master`` but its page number, in the order the objects were made."""
    return conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
    ).fetchall()


def fixture_version(path: Path) -> int:
    return int(re.fullmatch(r"schema_v(\d+)\.sql", path.name).group(1))  # type: ignore[union-attr]


def load_fixture(path: Path, db: Path) -> None:
    """A data file with the fixture's schema (and no rows), as a program of that version left it."""
    conn = sqlite3.connect(db)
    try:
        conn.executescript(path.read_text(encoding="utf-8"))
        assert conn.execute("PRAGMA user_version").fetchone()[0] == fixture_version(path)
    finally:
        conn.close()


_TOWNSHIP_W1 = """
    INSERT INTO meta VALUES ('role', 'township'), ('unit_code', '510104001'), ('rev', '5');
    INSERT INTO workers (id, created_at, updated_at, origin, id_number, name, gender,
                         birth_date) VALUES ('w1', 't', 't', '510104001', 'x', '张三', '男', 'd');
"""


def township_file(fixture: str, db: Path, rows_sql: str) -> None:
    """A file of township 510104001 as the version of ``fixture`` left it (rev 5), holding
    worker w1 (张三) and the rows ``rows_sql`` inserts: what an upgrade step meets."""
    load_fixture(FIXTURES / fixture, db)
    conn = sqlite3.connect(db)
    try:
        conn.executescript(_TOWNSHIP_W1 + rows_sql)
        conn.commit()
    finally:
        conn.close()


def test_the_fixtures_are_there() -> None:
    assert [p.name for p in SCHEMA_FIXTURES] == ["schema_v1.sql", "schema_v7.sql", "schema_v8.sql"]


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda p: p.stem)
def test_a_fresh_file_equals_one_upgraded_from_an_old_version(
    fixture: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.db"
    load_fixture(fixture, old)
    with open_store(old) as upgraded, open_store(tmp_path / "fresh.db") as fresh:
        assert migrations.current_version(upgraded.conn) == migrations.schema_version()
        assert master(upgraded.conn) == master(fresh.conn)
    # an upgrade went the usual way: a backup of the old file first
    version = fixture_version(fixture)
    backups = list(backup_dir(old).glob(f"old-*-pre-migrate-v{version}.db"))
    assert len(backups) == (1 if version < migrations.schema_version() else 0)


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda p: p.stem)
def test_the_released_steps_still_make_the_old_schema(fixture: Path, tmp_path: Path) -> None:
    """A released step that was edited would make files that no older file upgrades into."""
    load_fixture(fixture, tmp_path / "old.db")
    conn = sqlite3.connect(":memory:", isolation_level=None)
    old = sqlite3.connect(tmp_path / "old.db")
    try:
        migrations.migrate(conn, upto=fixture_version(fixture))
        assert master(conn) == master(old)
    finally:
        conn.close()
        old.close()


def test_a_changed_step_is_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison catches a change as small as one index added to a released step."""
    steps = migrations.released_steps()

    def step_1_edited(c: sqlite3.Connection) -> None:
        steps[0](c)
        c.execute("CREATE INDEX workers_phone ON workers (phone)")

    load_fixture(FIXTURES / "schema_v1.sql", tmp_path / "old.db")
    monkeypatch.setattr(migrations, "MIGRATIONS", [step_1_edited, *migrations.MIGRATIONS[1:]])
    with open_store(tmp_path / "old.db") as upgraded, open_store(tmp_path / "fresh.db") as fresh:
        assert master(upgraded.conn) != master(fresh.conn)


def test_steps_are_the_numbered_modules_in_order() -> None:
    numbered = sorted(
        (int(m.group(1)), m.string[:-3])
        for p in STEPS.glob("v*.py")
        if (m := STEP_NAME.fullmatch(p.name))
    )
    assert [n for n, _ in numbered] == list(range(1, migrations.RELEASED + 1))
    assert sorted(p.name for p in STEPS.glob("v*.py")) == [f"{m}.py" for _, m in numbered]
    applies = migrations.released_steps()
    assert [(f.__module__, f.__name__) for f in applies] == [
        (f"swdesk.store.schema.{m}", "apply") for _, m in numbered
    ]
    assert len(migrations.MIGRATIONS) == migrations.RELEASED


def _imports(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            out.add(node.module or "")
    return out


def step_imports_problems(path: Path) -> list[str]:
    """What a step imports beyond the standard library, ``script`` and earlier steps."""
    number = int(STEP_NAME.fullmatch(path.name).group(1))  # type: ignore[union-attr]
    allowed = {"__future__", "swdesk.store.schema.script", *sys.stdlib_module_names}
    problems = []
    for name in sorted(_imports(path) - allowed):
        earlier = re.fullmatch(r"swdesk\.store\.schema\.v(\d{4})_[a-z0-9_]+", name)
        if not (earlier and int(earlier.group(1)) < number):
            problems.append(f"{path.name} imports {name}")
    return problems


def test_steps_take_nothing_from_live_code() -> None:
    """A step that interpolated a constant of live code would change when that constant does."""
    problems = [p for f in sorted(STEPS.glob("v*.py")) for p in step_imports_problems(f)]
    assert problems == []


def test_the_step_import_check_can_fail(tmp_path: Path) -> None:
    step = tmp_path / "v0003_example.py"
    imports = [
        "from swdesk.store.appraisal_lock import LOCKED_MESSAGE",
        "from swdesk.store.schema.v0002_training import X",  # an earlier step: allowed
        "from swdesk.store.schema.v0004_appraisals import Y",
    ]
    step.write_text("\n".join(imports), encoding="utf-8")
    assert step_imports_problems(step) == [
        "v0003_example.py imports swdesk.store.appraisal_lock",
        "v0003_example.py imports swdesk.store.schema.v0004_appraisals",
    ]


def test_the_lock_triggers_ask_the_function_connections_register(tmp_path: Path) -> None:
    """Step 4 carries the lock's function name and message as literals; the live ones must agree."""
    with open_store(tmp_path / "fresh.db") as store:
        triggers = store.query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'appraisals'"
        )
    assert {t["name"] for t in triggers} == {
        "appraisals_signed_lock",
        "appraisals_signed_nodelete",
    }
    for t in triggers:
        assert f"{LOCK_FUNCTION}() = 0" in t["sql"]
        assert f"RAISE(ABORT, '{LOCKED_MESSAGE}')" in t["sql"]


# -- rebuilding a table in a new step ----------------------------------------------------------
SIGNED = (
    "INSERT INTO appraisals (id, created_at, updated_at, origin, round_id, worker_id, "
    "template_id, kind, state, person, total) "
    "VALUES ('a1', 't', 't', '510104001', 'r', 'w', 'tp', 'community', 'signed', '{}', 91)"
)


def file_with_a_signed_appraisal() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)  # foreign keys off: a bare row
    install_lock_function(conn)
    migrations.migrate(conn)
    conn.execute(SIGNED)
    return conn


def test_a_rebuilt_table_keeps_rows_indexes_checks_and_the_lock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conn = file_with_a_signed_appraisal()
    before = {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'appraisals' AND type != 'table'"
        )
    }

    def step(c: sqlite3.Connection) -> None:
        rebuild_table(c, "appraisals", types={"total": float}, not_null={"template_id"})

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, step])
    assert migrations.migrate(conn) == [migrations.RELEASED + 1]
    assert conn.execute("SELECT id, state, total FROM appraisals").fetchall() == [
        ("a1", "signed", 91.0)
    ]
    after = {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'appraisals' AND type != 'table'"
        )
    }
    assert after == before  # the partial unique index and both lock triggers, same text
    with pytest.raises(sqlite3.IntegrityError, match=LOCKED_MESSAGE[:8]):
        conn.execute("UPDATE appraisals SET total = 60 WHERE id = 'a1'")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("UPDATE appraisals SET state = 'lost' WHERE id = 'a1'")
    conn.close()


def test_a_rebuild_that_breaks_a_trigger_fails_the_step_and_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conn = file_with_a_signed_appraisal()
    schema = master(conn)

    def step(c: sqlite3.Connection) -> None:
        c.execute("DROP INDEX appraisals_once")  # partial: transform will not carry it over
        rebuild_table(c, "appraisals", drop={"discipline"})  # the lock trigger names it

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, step])
    with pytest.raises(sqlite3.OperationalError, match="discipline"):
        migrations.migrate(conn)
    assert master(conn) == schema
    assert migrations.current_version(conn) == migrations.RELEASED
    conn.close()


def test_rebuild_table_refuses_to_run_outside_a_step() -> None:
    conn = file_with_a_signed_appraisal()
    with pytest.raises(RuntimeError, match="transaction"):
        rebuild_table(conn, "appraisals", types={"total": float})
    conn.close()


# -- upgrade cost ---------------------------------------------------------------------------------
def _correlated_scans(conn: sqlite3.Connection, statement: str) -> list[str]:
    """Tables read whole once per outer row: a SCAN below a correlated subquery."""
    plan = conn.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
    detail = {node: text for node, _parent, _, text in plan}
    parent = {node: up for node, up, _, _ in plan}

    def correlated(node: int) -> bool:
        while node in parent:
            node = parent[node]
            if detail.get(node, "").startswith("CORRELATED"):
                return True
        return False

    return [text for node, _, _, text in plan if text.startswith("SCAN") and correlated(node)]


_READS = ("INSERT", "UPDATE", "DELETE", "SELECT", "WITH", "CREATE TEMP TABLE")


def test_no_step_reads_a_table_once_per_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step runs on files of 100k workers: a lookup per row without an index read the whole
    table each time (step 12, before step 16's index, did not finish opening a file of 90k
    registrations). Every statement a step runs through ``run_script`` is planned first."""
    load_fixture(FIXTURES / "schema_v1.sql", tmp_path / "v1.db")
    conn = sqlite3.connect(tmp_path / "v1.db", isolation_level=None)
    planned: list[int] = []

    class Planning:
        """The step's connection, planning each statement that reads before running it."""

        def __init__(self, c: sqlite3.Connection, number: int) -> None:
            self.c, self.number = c, number

        def execute(self, statement: str) -> sqlite3.Cursor:
            if statement.lstrip().upper().startswith(_READS):
                assert _correlated_scans(self.c, statement) == [], (
                    f"step {self.number}: {statement}"
                )
                planned.append(self.number)
            return self.c.execute(statement)

    def plan_then_run(number: int) -> object:
        return lambda c, script: run_script(Planning(c, number), script)  # type: ignore[arg-type]

    for number, step in enumerate(migrations.released_steps(), start=1):
        module = sys.modules[step.__module__]
        if number > 1 and hasattr(module, "run_script"):
            monkeypatch.setattr(module, "run_script", plan_then_run(number))
    migrations.migrate(conn)
    conn.close()
    assert planned.count(12) == 7 and {8, 13} <= set(planned)


def test_the_correlated_scan_check_can_fail() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE r (id TEXT PRIMARY KEY, cid TEXT)")
    unindexed = "SELECT (SELECT count(*) FROM r r2 WHERE r2.cid = r.cid) FROM r"
    assert _correlated_scans(conn, unindexed) == ["SCAN r2"]
    conn.execute("CREATE INDEX r_cid ON r (cid)")
    assert _correlated_scans(conn, unindexed) == []
