"""Rules that differ by locality: shipped presets plus the data file's own saved copy.

Continuing-education rules, exam rules and appraisal grade lines all work the same way: a
preset from ``resources/`` until someone saves their own, validated by the same parser on the
way in and out, so the data file never holds rules the core would refuse.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from swdesk.paths import resources_dir

if TYPE_CHECKING:
    from swdesk.store.db import Store


class _Rules(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


R = TypeVar("R", bound=_Rules)


def load_presets(file_name: str, parse: Callable[[dict[str, Any]], R]) -> dict[str, R]:
    """The presets of ``resources/settings/<file_name>``, by preset key.

    A preset with ``"based_on": KEY`` is the earlier preset KEY with its own keys replacing
    that one's (a locality that differs from the national rules in one setting says only that).
    """
    path = resources_dir() / "settings" / file_name
    data = json.loads(path.read_text(encoding="utf-8"))
    raws: dict[str, dict[str, Any]] = {}
    for p in data["presets"]:
        base = raws[p["based_on"]] if "based_on" in p else {}
        raws[p["preset"]] = {**base, **{k: v for k, v in p.items() if k != "based_on"}}
    return {key: parse(raw) for key, raw in raws.items()}


def saved_or_preset(
    store: Store, key: str, parse: Callable[[dict[str, Any]], R], preset: Callable[[], R]
) -> R:
    """The rules saved under ``key``; ``preset()`` until someone saves their own."""
    raw = store.setting(key)
    return preset() if raw is None else parse(raw)


def save_checked(
    store: Store, key: str, value: R | dict[str, Any], parse: Callable[[dict[str, Any]], R]
) -> R:
    """Validate ``value`` with ``parse`` and save it (audited by ``Store.set_setting``)."""
    clean = parse(value if isinstance(value, dict) else value.to_dict())
    store.set_setting(key, clean.to_dict())
    return clean
