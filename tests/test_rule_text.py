"""Rule messages: Chinese where they are stored or printed, the interface language on screen."""

from __future__ import annotations

import ast
import copy
import pickle
import re
import string
from pathlib import Path

import pytest

from swdesk.core.errors import RuleError
from swdesk.core.i18n import Text, listed, msg
from swdesk.core.idnumber import parse_id_number

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "swdesk"
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_msg_is_the_chinese_sentence_and_keeps_its_parts() -> None:
    text = msg("可选：{choices}；现在是 {count} 位。", choices=["老年", "儿童"], count=17)
    assert text == "可选：老年、儿童；现在是 17 位。"
    assert isinstance(text, str) and isinstance(text, Text)
    assert text.template == "可选：{choices}；现在是 {count} 位。"
    assert text.args == {"choices": ["老年", "儿童"], "count": 17}
    assert f"原因：{text}" == "原因：可选：老年、儿童；现在是 17 位。"


def test_msg_survives_copy_and_pickle() -> None:
    text = msg("第 {row} 行：{reason}", row=3, reason=msg("身份证号不能为空。"))
    for other in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert other == text and isinstance(other, Text)
        assert other.template == text.template
        assert isinstance(other.args["reason"], Text)


def test_listed_names_the_first_problems_and_counts_all() -> None:
    problems = [msg("第{row}行：没有档案。", row=n) for n in range(1, 13)]
    text = listed(problems, limit=2)
    assert text == "第1行：没有档案。；第2行：没有档案。……共 12 处"
    assert isinstance(text, Text) and text.args["count"] == 12
    assert listed(problems[:2], limit=2) == "第1行：没有档案。；第2行：没有档案。"
    assert listed([]) == ""


def test_a_missing_value_fails_where_the_message_is_built() -> None:
    with pytest.raises(KeyError):
        msg("现在是 {count} 位。")


def test_rule_errors_carry_translatable_messages() -> None:
    with pytest.raises(RuleError) as caught:
        parse_id_number("11010519491231002")
    assert isinstance(caught.value.message, Text)
    assert caught.value.message == "身份证号应为18位（旧号码为15位），现在是 17 位。"
    assert str(caught.value) == caught.value.message


def _python_files() -> list[str]:
    skip = ("cli/", "ui/")
    return sorted(
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "__pycache__" not in p.parts and not str(p.relative_to(PACKAGE)).startswith(skip)
    )


def _is_plain_chinese(node: ast.AST | None) -> bool:
    """A literal or f-string with Chinese in it: a sentence the interface cannot translate."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(CJK.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_is_plain_chinese(v) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _is_plain_chinese(node.left) or _is_plain_chinese(node.right)
    return False


# Calls whose first argument is a message: errors (…Rejected: a list of messages, one per
# problem), and the store's NotFound and FileInUse.
ERROR_NAMES = ("Error", "Errors", "Worker", "Rejected")
ERROR_CLASSES = {"NotFound", "FileInUse"}
# Lists of per-row problems that end up in an error (``problems.append(...)``).
PROBLEM_LISTS = {"problems"}


def _holds_plain_chinese(arg: ast.AST) -> bool:
    if isinstance(arg, ast.Dict):
        return any(_is_plain_chinese(v) for v in arg.values)
    if isinstance(arg, ast.List):
        return any(_is_plain_chinese(v) for v in arg.elts)
    return _is_plain_chinese(arg)


def _untranslatable(tree: ast.AST) -> list[int]:
    """Lines raising an error, or filling an ``errors`` map, with a plain Chinese sentence."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if isinstance(node.func, ast.Attribute):
                name = node.func.attr
            # RuleError(message, field), FieldErrors({field: message}),
            # AttendanceRejected([message, …]), Rejected(code, message)
            if (
                name
                and (name.endswith(ERROR_NAMES) or name in ERROR_CLASSES)
                and any(_holds_plain_chinese(arg) for arg in node.args)
            ):
                lines.append(node.lineno)
            if (
                name == "append"
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in PROBLEM_LISTS
                and node.args
                and _is_plain_chinese(node.args[0])
            ):
                lines.append(node.lineno)
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and "error" in target.value.id.lower()
                    and _is_plain_chinese(node.value)
                ):
                    lines.append(node.lineno)
    return sorted(lines)


@pytest.mark.parametrize("module", _python_files())
def test_every_rule_message_is_built_with_msg(module: str) -> None:
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    lines = _untranslatable(tree)
    assert not lines, f"{module}: plain Chinese messages on lines {lines}; build them with msg()"


def test_the_scan_finds_plain_messages() -> None:
    source = (
        'raise RuleError(f"现在是 {n} 位。")\n'
        'raise RuleError("不能为空。", "id_number")\n'
        'errors["name"] = "姓名不能为空。"\n'
        'raise FieldErrors({"name": "太长"})\n'
        'raise RuleError(msg("不能为空。"))\n'
        "raise RuleError(e.message)\n"
        'raise NotFound(f"找不到 {x}。")\n'
        'raise AttendanceRejected(["有人已经记过。"])\n'
        'problems.append(f"第{n}行：没有档案。")\n'
        'problems.append(msg("第{n}行：没有档案。", n=n))\n'
        'raise AttendanceRejected([msg("有人已经记过。")])\n'
        'raise Rejected("malformed", "文件已损坏。")\n'
        'raise Rejected("malformed", msg("文件已损坏。"))\n'
    )
    assert _untranslatable(ast.parse(source)) == [1, 2, 3, 4, 7, 8, 9, 12]


def _msg_mismatches(tree: ast.AST) -> list[str]:
    """``msg`` calls whose template is not a literal or whose placeholders and values differ."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id != "msg":
            continue
        first = node.args[0] if node.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            found.append(f"line {node.lineno}: the template must be a literal")
            continue
        fields = string.Formatter().parse(first.value)
        wanted = {re.split(r"[.\[]", name)[0] for _, name, _, _ in fields if name is not None}
        if any(k.arg is None for k in node.keywords):
            continue  # msg(template, **values): checked where the values are built
        given = {k.arg for k in node.keywords if k.arg}
        if wanted != given:
            found.append(f"line {node.lineno}: {sorted(wanted)} ≠ {sorted(given)}")
    return found


def test_every_msg_call_fills_exactly_its_placeholders() -> None:
    """A missing value would raise only when the message is built: check every call now."""
    problems = {
        module: found
        for module in _python_files()
        if (found := _msg_mismatches(ast.parse((PACKAGE / module).read_text(encoding="utf-8"))))
    }
    assert not problems
    bad = 'msg("现在是 {count} 位。", n=1)\nmsg(f"{x}")\nmsg("{a}{b.c}", a=1, b=2)\n'
    assert _msg_mismatches(ast.parse(bad)) == [
        "line 1: ['count'] ≠ ['n']",
        "line 2: the template must be a literal",
    ]
