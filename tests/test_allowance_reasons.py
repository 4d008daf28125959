"""Stored reasons read back as their templates (``core.allowance_reasons``), so the interface can
show them in its own language while the stored Chinese stays as the sheets print it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from swdesk.core import allowance_reasons as ar
from swdesk.core.i18n import Text

CORE = Path(__file__).resolve().parent.parent / "swdesk" / "core" / "allowance.py"


def test_every_template_is_one_the_core_builds_reasons_from() -> None:
    source = CORE.read_text(encoding="utf-8")
    built = set(re.findall(r'msg\(\s*"([^"]+)"', source))
    missing = [t for t in ar.REASON_TEMPLATES if t not in built]
    assert not missing


@pytest.mark.parametrize(
    ("stored", "template", "args"),
    [
        ("证书未登记。", "证书未登记。", {}),
        ("2025 年度考评不合格。", "{year} 年度考评不合格。", {"year": 2025}),
        ("岗位“社工站驻站社工”不在津贴发放范围。", "岗位“{post}”不在津贴发放范围。",
         {"post": "社工站驻站社工"}),
        ("社工员不在津贴发放范围。", "{level}不在津贴发放范围。", {"level": "社工员"}),
        ("证书 2026-01-15 取得，2026-02 起发放。", "证书 {obtained} 取得，{start} 起发放。",
         {"obtained": "2026-01-15", "start": "2026-02"}),
        ("本月只有 9 天符合条件，按规则不足整月不发。",
         "本月只有 {days} 天符合条件，按规则不足整月不发。", {"days": 9}),
    ],
)  # fmt: skip
def test_stored_reason_is_read_back(stored: str, template: str, args: dict[str, object]) -> None:
    got = ar.reason_text(stored)
    assert isinstance(got, Text) and got == stored
    assert got.template == template and dict(got.args) == args


@pytest.mark.parametrize("stored", ["家里有事，本人申请暂停", "证书未登记", ""])
def test_other_text_is_left_as_stored(stored: str) -> None:
    got = ar.reason_text(stored)
    assert got == stored and not isinstance(got, Text)


def test_note_of_months_not_paid() -> None:
    parts = ar.note_parts("2026-01：证书未登记。；2026-02：2025 年度考评不合格。")
    assert [(m, str(r)) for m, r in parts] == [
        ("2026-01", "证书未登记。"),
        ("2026-02", "2025 年度考评不合格。"),
    ]
    assert all(isinstance(r, Text) for _, r in parts)
    assert ar.note_parts("手写的备注：没有月份") == [(None, "手写的备注：没有月份")]
