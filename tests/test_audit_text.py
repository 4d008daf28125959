"""The change log's batch entries (``records.audit_many``) are orjson's compact text, read back
as the very values the standard encoder's text gave; what orjson cannot write as the standard
encoder did is written by the standard encoder."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from swdesk.store import Store, records


def _standard(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False)


def _entry_texts(store: Store, value: dict[str, Any]) -> str:
    with store.atomic():
        records.audit_many(store, "workers", "insert", [("r1", None, value)])
    return str(store.scalar("SELECT new FROM audit_log ORDER BY seq DESC LIMIT 1"))


VALUES = [
    {"name": "张三", "id_number": "51010419800101001X", "notes": None, "version": 1},
    {"domains": '["老年人", "儿童"]', "hours": 2.5, "rank": 0, "flag": True, "off": False},
    {"roles": ["站长", "社工"], "nested": {"a": [1, None, "乙"]}, "quote": 'a"b\\c\n\t\x00'},
    {"tiny": 1e-05, "big": 1.5e300, "negative": -7, "empty": "", "list": []},
    {},
]


@pytest.mark.parametrize("value", VALUES)
def test_entries_read_back_as_the_standard_encoders_values(store: Store, value: dict) -> None:
    text = _entry_texts(store, value)
    assert json.loads(text) == json.loads(_standard(value)) == value
    assert store.history("workers", ["r1"])[-1]["new"] == value


def test_entries_are_orjsons_compact_text(store: Store) -> None:
    text = _entry_texts(store, {"name": "张三", "version": 1})
    assert text == '{"name":"张三","version":1}'
    # Stored as text (orjson's UTF-8 bytes cast), found by text comparison and LIKE.
    assert store.scalar("SELECT typeof(new) FROM audit_log ORDER BY seq DESC LIMIT 1") == "text"
    assert store.scalar("SELECT count(*) FROM audit_log WHERE new LIKE '%张三%'") == 1
    assert store.scalar("SELECT count(*) FROM audit_log WHERE new = ?", (text,)) == 1


@pytest.mark.parametrize(
    "value",
    [
        {"big": 2**64},  # beyond orjson's integers
        {1: "a key that is not a string"},
        {"hours": math.inf},  # orjson would write null
        {"hours": -math.inf, "other": None},
    ],
)
def test_what_orjson_cannot_write_as_before_is_the_standard_text(store: Store, value: dict) -> None:
    assert _entry_texts(store, value) == _standard(value)


def test_a_not_a_number_float_is_written_as_before(store: Store) -> None:
    text = _entry_texts(store, {"hours": math.nan, "x": None})
    assert text == '{"hours": NaN, "x": null}'


def test_what_neither_encoder_can_write_is_refused(store: Store) -> None:
    with pytest.raises(TypeError), store.atomic():
        records.audit_many(store, "workers", "insert", [("r1", None, {"at": object()})])
