"""How a sync conflict is settled: the words stored in ``sync_conflicts.resolution``.

A township's change to a row the county also changed waits in the county's conflict queue; the
county keeps its own value or takes the township's, and a newer conflict on the same row
supersedes an older one still open. The values are codes (never shown as such), so they need no
translation; the convention for stored vocabularies is described in ``core.enums``.
"""

from __future__ import annotations

KEEP_COUNTY = "county"
KEEP_TOWNSHIP = "township"
SUPERSEDED = "superseded"
# What the county chooses between (``SUPERSEDED`` is written by the merge itself).
CHOICES: tuple[str, ...] = (KEEP_COUNTY, KEEP_TOWNSHIP)
RESOLUTIONS: tuple[str, ...] = (*CHOICES, SUPERSEDED)
