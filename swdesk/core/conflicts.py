"""How a sync conflict is settled: the words stored in ``sync_conflicts.resolution``.

A township's change to a row the county also changed waits in the county's conflict queue; the
county keeps its own value or takes the township's, and a newer conflict on the same row
supersedes an older one still open. The values are codes (never shown as such), so they need no
translation; the convention for stored vocabularies is described in ``core.enums``.

A second kind of conflict is a double claim: township A reports a person (an ID number) whom
township B still has in post. The county keeps B's record (``KEEP_COUNTY``) or confirms the move
to A (``KEEP_TOWNSHIP``); when B itself lets the person go (调出, or deletes the record), or A
withdraws its claim, the townships' own data settles it (``SETTLED``).
"""

from __future__ import annotations

KEEP_COUNTY = "county"
KEEP_TOWNSHIP = "township"
SUPERSEDED = "superseded"
SETTLED = "settled"
# What the county chooses between (``SUPERSEDED`` and ``SETTLED`` are written by the merge).
CHOICES: tuple[str, ...] = (KEEP_COUNTY, KEEP_TOWNSHIP)
RESOLUTIONS: tuple[str, ...] = (*CHOICES, SUPERSEDED, SETTLED)

# Conflict kinds (``sync_conflicts.kind``).
KIND_EDIT = "edit"  # changed by the township and at the county since sync last wrote it
KIND_CLAIM = "claim"  # two townships report the same person
KINDS: tuple[str, ...] = (KIND_EDIT, KIND_CLAIM)
