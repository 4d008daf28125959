"""One vocabulary: every stored value (status, state, level, kind, mode…) is a named constant in
``swdesk/core``, marked for translation once, and nothing outside ``core`` re-types it — not in
Python, not in SQL text (store SQL passes it as a ``?`` parameter).

The convention itself is described in ``swdesk/core/enums.py``.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from swdesk.core import allowance, appraisal, ce, conflicts, divisions, enums, exam, training_cost

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "swdesk"
CORE = PACKAGE / "core"

# Stored as codes; each is a constant in core. Codes that are also ordinary words of the code
# base are left out, with the reason:
CODES: frozenset[str] = frozenset(
    (
        *enums.VILLAGE_KINDS,
        *appraisal.KINDS,
        *appraisal.STATES,
        *allowance.RUN_STATES,
        *ce.STATUSES,
        *ce.UNITS,
        *ce.DAY_COUNTS,
        *exam.REIMBURSE_WHO,
        *training_cost.COST_STATES,
        *conflicts.RESOLUTIONS,
        *divisions.ROLES,
        ce.TRAINING,
        ce.ACTIVITY_DEGREE,
    )
) - {
    "post",  # also the "post" field of the person printed on an appraisal sheet
    "ok",  # also what PRAGMA integrity_check answers
    "hours",  # also the hours column of training events and records
    "days",  # also a count of days in settings and reports
    "dates",  # also a column key of the training page's event list
    "passed",  # also a key of exam list --json and an outcome kind of core/exam.py
    "county",  # also a column of sync_conflicts and a key of sync envelopes and receipts
    "township",  # also a column of sync_conflicts and a key of sync envelopes and receipts
    "training",  # also the name of the CLI's training command
    "paid",  # also the name of the CLI's "allowance paid" command
    "reimbursed",  # also the key of each exam fee in exam list --json
}
# Marked words that are also ordinary words of headers and sentences.
COMMON_WORDS = frozenset(
    {
        "学时",  # the unit's label, also the column header of every hours column
        "天",  # the unit's label, also a word in sentences
        # labels of change-log actions (core/audit.py), also the verbs of buttons
        "新建",
        "修改",
        "删除",
        "恢复",
        # a training cost's state (core/training_cost.py), also the word the exam fee sheet
        # and history print for a fee not yet reimbursed
        "未报销",
        # the 审核 role's label (core/accounts.py), also a header word of roster columns
        "审核",
        # labels of exported documents (core/documents.py), also the titles and buttons that
        # produce those documents
        "银行代发表",
        "签领表",
        "津贴发放表",
    }
)

# Modules whose text is frozen: released migrations and DDL keep their literals (a migration
# must create exactly what it created when it was released, whatever the constants say later).
FROZEN = ("store/schema/**/*.py",)

# (module, value): legitimate literals outside core, each with its reason.
ALLOWED: dict[tuple[str, str], str] = {
    ("cli/appraisal.py", "社区"): "what people type after --override: an alias of the kind",
    ("services/roster.py", "社区"): "a suffix stripped from typed village names to match them",
    ("services/roster.py", "村"): "a suffix stripped from typed village names to match them",
    ("ui/appraisal_dialogs.py", "社区社会工作者"): (
        "a short caption of the new-round choices, beside 专业岗位 (not the stored label either)"
    ),
    ("ui/exam_proposals.py", "不建证"): "a button's verb (Decline), not the state it writes",
}

SQL_QUOTED = re.compile(r"'([^']+)'")
_N_NAMES = ("_N", "QT_TRANSLATE_NOOP")


def _marked(tree: ast.AST) -> Iterator[tuple[str, int]]:
    """(value, line) of every ``_N("enum", value)`` in a module."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _N_NAMES
            and len(node.args) == 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            and node.args[0].value == "enum"  # type: ignore[attr-defined]
        ):
            yield node.args[1].value, node.lineno  # type: ignore[attr-defined]


def _core_modules() -> list[Path]:
    return sorted(CORE.glob("*.py"))


def vocabulary() -> frozenset[str]:
    """Every stored value: the marked Chinese words of core and the stored codes."""
    words = {value for p in _core_modules() for value, _ in _marked(ast.parse(p.read_text()))}
    return frozenset(words - COMMON_WORDS) | CODES


def _frozen(rel: str) -> bool:
    return any(Path(rel).match(pattern) for pattern in FROZEN) or rel.startswith("store/schema/")


def _definitions(tree: ast.Module) -> set[int]:
    """Literals that define a value rather than re-type it: ``_N("enum", …)`` arguments, a
    module-level ``NAME = "code"``, and the typed words (keys) of a ``*_ALIASES`` table."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _N_NAMES
        ):
            out.update(id(a) for a in node.args)
    for stmt in tree.body:
        target, value = None, None
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, value = stmt.targets[0], stmt.value
        elif isinstance(stmt, ast.AnnAssign):
            target, value = stmt.target, stmt.value
        if not isinstance(target, ast.Name) or not target.id.isupper():
            continue
        if isinstance(value, ast.Constant):
            out.add(id(value))
        elif isinstance(value, ast.Dict) and target.id.endswith("_ALIASES"):
            out.update(id(k) for k in value.keys if k is not None)
    return out


def retyped(
    source: str, values: Iterable[str], *, in_core: bool = False
) -> list[tuple[int, str, str]]:
    """(line, value, how) of each stored value re-typed in ``source``: as a string literal of
    its own (how = "literal") or quoted inside SQL text (how = "sql"). ``in_core``: the module
    may define values (see ``_definitions``)."""
    wanted = set(values)
    tree = ast.parse(source)
    skip = _definitions(tree) if in_core else set()
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in skip:
            continue
        if node.value in wanted:
            found.append((node.lineno, node.value, "literal"))
            continue
        for quoted in SQL_QUOTED.findall(node.value):
            if quoted in wanted:
                found.append((node.lineno, quoted, "sql"))
    return sorted(found)


def _outside_core() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("core/") or _frozen(rel):
            continue
        yield rel, path


def test_vocabulary_is_read_from_core() -> None:
    words = vocabulary()
    assert {enums.STATUS_ON_DUTY, ce.MODE_ONLINE, "缺考", "已签字", "记过", "报名费"} <= words
    assert {"draft", "urban", "at_risk", "superseded", "degree"} <= words


def test_no_stored_value_is_retyped_outside_core() -> None:
    words = vocabulary()
    problems, used = [], set()
    for rel, path in _outside_core():
        for line, value, how in retyped(path.read_text(encoding="utf-8"), words):
            if (rel, value) in ALLOWED:
                used.add((rel, value))
                continue
            where = "quoted in SQL (pass it as a ? parameter)" if how == "sql" else "re-typed"
            problems.append(f"swdesk/{rel}:{line}: {value!r} {where}")
    assert not problems, (
        "stored values belong to core's named constants (see swdesk/core/enums.py):\n"
        + "\n".join(problems)
    )
    stale = sorted(set(ALLOWED) - used)
    assert not stale, f"ALLOWED entries that no longer occur, remove them: {stale}"


def test_core_defines_each_value_once_and_then_uses_its_name() -> None:
    words = vocabulary()
    problems = [
        f"swdesk/core/{path.name}:{line}: {value!r}"
        for path in _core_modules()
        for line, value, _ in retyped(path.read_text(encoding="utf-8"), words, in_core=True)
    ]
    assert problems == [], "use the constant's name:\n" + "\n".join(problems)


def test_each_value_is_marked_once_and_only_in_core() -> None:
    counts = Counter(
        value for p in _core_modules() for value, _ in _marked(ast.parse(p.read_text()))
    )
    assert [v for v, n in counts.items() if n > 1] == []
    elsewhere = [
        f"swdesk/{rel}:{line}: {value!r}"
        for rel, path in _outside_core()
        for value, line in _marked(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert elsewhere == [], "mark stored values in core, show them with ui.enum_labels"


def test_the_scan_catches_what_it_is_for() -> None:
    words = {enums.STATUS_ON_DUTY, "draft"}
    source = (
        "if w['status'] != '在岗':\n"
        "    pass\n"
        "rows = q(\"SELECT * FROM workers WHERE status = '在岗'\")\n"
        "state = 'draft'\n"
        "ok = status == enums.STATUS_ON_DUTY\n"
        "label = f\"{name}：{'在岗' if on else ''}\"\n"
    )
    assert retyped(source, words) == [
        (1, "在岗", "literal"),
        (3, "在岗", "sql"),
        (4, "draft", "literal"),
        (6, "在岗", "literal"),
    ]
    assert list(_marked(ast.parse('X = _N("enum", "在岗")\nY = _N("fields", "姓名")'))) == [
        ("在岗", 1)
    ]
    core_source = (
        'ON = _N("enum", "在岗")\n'
        'DRAFT = "draft"\n'
        'STATUS_ALIASES = {"在岗": ON}\n'
        "def f(w):\n"
        '    return w.get("status") or "在岗"\n'
    )
    assert retyped(core_source, words, in_core=True) == [(5, "在岗", "literal")]
    assert _frozen("store/schema/v0001_foundation.py") and _frozen("store/schema/script.py")
    assert _frozen("store/schema/v0001.py") and not _frozen("store/exams.py")
