"""SQL lives in ``swdesk/store/``: no SQL text, ``.conn`` or query call anywhere else in ``swdesk/``.

Why: a table's columns, its indexes and the stored vocabulary its queries filter on should be
changed in one package, not hunted for in dialogs, file formats and services. A page that needs
rows calls a named, typed function in ``store/`` saying what it reads; the page never sees the
connection, so it cannot start a statement outside the store's transactions either.

The rule is static: every ``swdesk/**/*.py`` outside ``store/`` and the sync modules allowed
below is parsed with ``ast`` and fails on

- a string constant (or the literal parts of an f-string) that reads as SQL — ``SELECT … FROM``,
  ``INSERT INTO``, ``UPDATE … SET``, ``DELETE FROM``, ``CREATE TABLE``/``INDEX``, ``PRAGMA`` and
  the like, in upper case as this code base writes SQL; docstrings are left out, and Chinese
  prose cannot match;
- any attribute access ``.conn`` (the ``sqlite3`` connection), or ``.db`` (its sqlite-utils view)
  of anything named like a store;
- any call of ``.query(``, ``.scalar(``, ``.execute(``, ``.executemany(`` or ``.executescript(``
  on anything.

The sync exceptions: ``swdesk/sync/`` reads and writes the synced tables generically — the
columns of a table come from the schema, not from code — so that SQL stays in sync, in two
modules, ``sync/tables.py`` (what the tables are, and reading their rows) and ``sync/merge.py``
(writing a package's rows into them), listed in ``SYNC_SQL_MODULES`` with the reason for each.
The sync bookkeeping tables have fixed columns and are read by name in ``store/sync_state.py``.
Tests may use SQL freely; the rule is for the application only.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "swdesk"

# The sync modules that may hold SQL, each with why it is not in store/.
SYNC_SQL_MODULES: dict[str, str] = {
    "swdesk/sync/tables.py": "learns the synced tables' columns and keys from the schema and "
    "reads their rows by those column lists",
    "swdesk/sync/merge.py": "applies a package (and a settled conflict) to the synced tables by "
    "those column lists, with the mirror and conflict rows that belong to each write",
}

CALLS = frozenset({"query", "scalar", "execute", "executemany", "executescript"})

# Upper-case SQL as the code base writes it. Each pattern needs two keywords in SQL order (or a
# keyword and an identifier), so English words in prose do not match.
SQL = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\b"
    r"|\bINSERT\s+(?:OR\s+[A-Z]+\s+)?INTO\b"
    r"|\bREPLACE\s+INTO\b"
    r"|\bUPDATE\s+[\w.]+\s+SET\b"
    r"|\bDELETE\s+FROM\b"
    r"|\b(?:CREATE|DROP|ALTER)\s+(?:TEMP\s+|TEMPORARY\s+|UNIQUE\s+|VIRTUAL\s+)?"
    r"(?:TABLE|INDEX|VIEW|TRIGGER)\b"
    r"|\bPRAGMA\s+\w+"
    r"|\bWHERE\s+[\w.]+\s*(?:=|<|>|!=|\bIN\b|\bIS\b|\bLIKE\b|\bBETWEEN\b)"
    r"|\b(?:ORDER|GROUP)\s+BY\s+[\w.]+"
    r"|\bJOIN\s+\w+(?:\s+\w+)?\s+ON\b"
    r"|^\s*(?:BEGIN(?:\s+IMMEDIATE)?|COMMIT|ROLLBACK|SAVEPOINT\s+\w+|RELEASE\s+\w+)\s*$"
)


def _is_store(node: ast.expr) -> bool:
    """``store``, ``self.store``, ``self._store``…: ``args.db`` (a path option) is no Store."""
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")
    return name.lstrip("_").endswith("store")


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are docstrings (of the module, a class or a function)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                found.add(id(body[0].value))
    return found


def violations(source: str, name: str = "<snippet>") -> list[str]:
    """Every place in ``source`` that runs or holds SQL, as ``name:line: what``."""
    tree = ast.parse(source, name)
    skip = _docstrings(tree)
    out: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(
                v.value
                for v in node.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)
            )
            for v in node.values:
                skip.add(id(v))
            if SQL.search(text):
                out.append(f"{name}:{node.lineno}: SQL text {text[:60]!r}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in skip and SQL.search(node.value):
                out.append(f"{name}:{node.lineno}: SQL text {node.value[:60]!r}")
        elif isinstance(node, ast.Attribute) and (
            node.attr == "conn" or (node.attr == "db" and _is_store(node.value))
        ):
            out.append(f"{name}:{node.lineno}: .{node.attr}")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in CALLS
        ):
            out.append(f"{name}:{node.lineno}: .{node.func.attr}( call")
    return sorted(set(out), key=lambda s: (s.split(":")[0], int(s.split(":")[1]), s))


def _checked_files() -> list[Path]:
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("swdesk/store/") or rel in SYNC_SQL_MODULES:
            continue
        files.append(path)
    return files


def test_no_sql_outside_store() -> None:
    found: list[str] = []
    files = _checked_files()
    assert len(files) > 50  # the walk really found the package
    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        found.extend(violations(path.read_text(encoding="utf-8"), rel))
    assert not found, "SQL outside swdesk/store/ (give it a named function there):\n" + "\n".join(
        found
    )


def test_allowed_sync_modules_exist() -> None:
    """A stale allowance would hide nothing but would mislead the reader."""
    for rel in SYNC_SQL_MODULES:
        assert (ROOT / rel).is_file(), rel


# -- the checker itself ----------------------------------------------------------------------
def test_checker_finds_sql_text_and_calls() -> None:
    snippet = '''
"""Module docstring: SELECT name FROM workers is fine here."""
def f(store, marks):
    """SELECT * FROM workers WHERE id = ? in a docstring is fine too."""
    rows = store.query("SELECT id FROM workers WHERE deleted = 0")
    store.conn.execute(f"DELETE FROM workers WHERE id IN ({marks})")
    sql = "UPDATE workers SET name = ? "
    more = "INSERT OR IGNORE INTO t (a) VALUES (?)"
    where = " WHERE w.deleted = 0"
    n = store.scalar(sql)
    d = store.db
    cur.executemany(sql, [])
    return "PRAGMA foreign_keys = ON"
'''
    found = violations(snippet)
    expected = (
        "<snippet>:5: .query( call",
        "<snippet>:5: SQL text 'SELECT id FROM workers",
        "<snippet>:6: .conn",
        "<snippet>:6: .execute( call",
        "<snippet>:6: SQL text 'DELETE FROM workers WHERE id IN ()'",
        "<snippet>:7: SQL text",
        "<snippet>:8: SQL text",
        "<snippet>:9: SQL text",
        "<snippet>:10: .scalar( call",
        "<snippet>:11: .db",
        "<snippet>:12: .executemany( call",
        "<snippet>:13: SQL text",
    )
    missed = [e for e in expected if not any(f.startswith(e) for f in found)]
    assert not missed, found
    assert not any(":2:" in f or ":4:" in f for f in found)  # docstrings


def test_checker_leaves_prose_and_other_code_alone() -> None:
    snippet = """
def g(self, rows):
    self.tr("请先选择一次培训，再从名单中删除（DELETE）某个人。")
    label = "Select the rows you want from the list, then update the set."
    msg = "按村（社区）排序，然后从花名册导入"
    order = "ORDER"
    self.view.selectRow(0)
    dialog.exec()
    path = args.db
    return {"conn": 1, "select": "from"}
"""
    assert violations(snippet) == []
