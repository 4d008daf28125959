"""Which package format a township may send: the newest one both it and its county read.

A county that reads package format 2 says so in every receipt (``receipt_fields``), with its
program's version. The township keeps what the last receipt it imported said
(``from_receipt``, stored with that receipt) and writes the newest format both sides read
(``export_format``). A receipt from an older county carries neither field and means "reads
format 1 only"; a township that has imported no receipt yet writes format 1. So a township
never sends a county a package it cannot open, and the county upgrades first.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from swdesk import __version__
from swdesk.sync.envelope import FORMAT, READS

if TYPE_CHECKING:
    from swdesk.store.db import Store

LAST_RECEIPT = "sync_last_receipt"


def receipt_fields() -> dict[str, Any]:
    """What a county's receipt says about the program that wrote it."""
    return {"app_version": __version__, "package_formats": list(READS["package"])}


def from_receipt(body: dict[str, Any]) -> dict[str, Any]:
    """What an imported receipt says its county reads; without a word, format 1 only."""
    formats = body.get("package_formats")
    if not isinstance(formats, list) or not all(isinstance(f, int) for f in formats):
        formats = [FORMAT]
    version = body.get("app_version")
    return {
        "county_app_version": version if isinstance(version, str) else None,
        "package_formats": sorted(set(formats)),
    }


def county_reads(store: Store) -> list[int]:
    """The package formats the township's county said (in its last receipt) it reads."""
    raw = store.meta(LAST_RECEIPT)
    last = json.loads(raw) if raw else {}
    formats = last.get("package_formats")
    return list(formats) if isinstance(formats, list) else [FORMAT]


def export_format(store: Store) -> int:
    """The newest package format both this program and the township's county read."""
    common = set(county_reads(store)) & set(READS["package"])
    return max(common, default=FORMAT)
