"""Ids made in bulk for a batch insert have the form of ``new_id``'s, and never repeat."""

from __future__ import annotations

import uuid

from swdesk.services.roster import PlannedRow
from swdesk.store.records import new_id, new_ids


def test_bulk_ids_are_random_version_4_uuids_as_text() -> None:
    ids = new_ids(2000)
    assert len(ids) == 2000 and len(set(ids)) == 2000
    for text in ids:
        u = uuid.UUID(text)
        assert u.version == 4 and u.variant == uuid.RFC_4122
        assert str(u) == text  # lower-case, hyphenated: what ``new_id`` gives
    assert len(new_id()) == len(ids[0])
    assert new_ids(0) == [] and len(new_ids(1)) == 1


def test_a_planned_row_copy_is_equal_and_separate() -> None:
    row = PlannedRow(7, "new", id_number="x", changes={"name": ("a", "b")}, present=frozenset("n"))
    twin = row.copy()
    assert twin == row and twin is not row
    twin.action = "update"
    assert row.action == "new"
    assert twin.changes is row.changes  # shallow, as ``dataclasses.replace`` was
