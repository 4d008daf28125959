"""The file's indicator rules: shipped presets, and the dated versions the file saves.

Like the allowance rule, a change is a new version from a day on (``definitions.RuleVersion``),
so a year-end figure keeps being judged by the rules of that year. Until anyone saves, the
panzhihua preset stands in from the earliest day (it is the fullest table of the policy texts).
The county's settings travel to its townships with every receipt, so a county's choice applies
to its townships too.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.indicators import definitions as df
from swdesk.paths import resources_dir

if TYPE_CHECKING:
    from swdesk.store.db import Store

KEY = "indicator_rules"
DEFAULT_PRESET = "panzhihua"
# The presets a user may choose (``staffing`` is part of each).
CHOICES = ("panzhihua", "qijiang", "jilin", "chengdu")
_SINCE_EVER = date(2000, 1, 1)


@cache
def presets() -> dict[str, dict[str, Any]]:
    """The shipped presets, each expanded with the ones it includes, by key."""
    path = resources_dir() / "settings" / "indicator_presets.json"
    return df.expand_presets(json.loads(path.read_text(encoding="utf-8")))


def preset_version(key: str, valid_from: date) -> df.RuleVersion:
    raw = presets().get(key)
    if raw is None:
        raise RuleError(msg("没有名为“{key}”的指标预设。", key=key))
    return df.version_from_preset(raw, valid_from)


def rules(store: Store) -> df.IndicatorRules:
    raw = store.setting(KEY)
    if raw is None:
        return df.IndicatorRules((preset_version(DEFAULT_PRESET, _SINCE_EVER),))
    return df.rules_from_dict(raw)


def rules_saved(store: Store) -> bool:
    return store.setting(KEY) is not None


def save_version(store: Store, version: df.RuleVersion) -> df.IndicatorRules:
    """Add ``version`` (checked again on the way in) and save, audited. The first save keeps
    the default preset before it: earlier dates are still judged as they were. Refused on a
    township enrolled with its county: the county's rules arrive with every receipt."""
    from swdesk.store.allowance_rules import rules_from_county

    if rules_from_county(store):
        raise RuleError(
            msg(
                "本乡镇（街道）已加入县里的同步：指标规则由县里制定，随回执下发，"
                "这里不能修改。需要调整请联系县（区）民政局。"
            )
        )
    clean = df.rules_from_dict(rules(store).with_version(version).to_dict())
    store.set_setting(KEY, clean.to_dict())
    return clean


def version_from_file(path: Path, valid_from: date) -> df.RuleVersion:
    """A rules file (``{"name": …, "indicators": [...], "targets": {...}}``), checked; a
    ``RuleError`` says what is wrong with it."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RuleError(msg("找不到文件 {path}。", path=str(path))) from None
    except (OSError, UnicodeDecodeError) as err:
        raise RuleError(msg("读不了文件 {path}：{why}", path=str(path), why=str(err))) from None
    except json.JSONDecodeError as err:
        raise RuleError(
            msg(
                "{path} 不是有效的 JSON（第 {line} 行）：{why}",
                path=str(path),
                line=err.lineno,
                why=err.msg,
            )
        ) from None
    if not isinstance(raw, dict):
        raise RuleError(msg("{path} 应是一个对象，含 name 和 indicators。", path=str(path)))
    return df.version_from_dict({**raw, "valid_from": valid_from.isoformat(), "preset": None})


def with_targets(
    version: df.RuleVersion, entered: dict[str, float], valid_from: date
) -> df.RuleVersion:
    """``version`` from ``valid_from`` with ``entered`` absolute targets added to its own."""
    targets = df.check_targets(entered, version.definitions)
    return df.RuleVersion(
        valid_from=valid_from,
        name=version.name,
        definitions=version.definitions,
        targets={**version.targets, **targets},
        preset=version.preset,
    )
