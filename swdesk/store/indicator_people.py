"""What the dashboard needs beyond the indicator facts: when each township last sent a
package (names and ID numbers come with the facts, ``indicator_facts.worker_columns``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from swdesk.store.db import Store


def last_imports(store: Store) -> dict[str, str | None]:
    """Township code → when the county last accepted a package from it (None: never)."""
    return {
        r["code"]: r["last_import_at"]
        for r in store.query("SELECT code, last_import_at FROM sync_townships ORDER BY code")
    }
