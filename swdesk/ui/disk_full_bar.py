"""The window on a full disk: a red bar across the top says the file can only be looked at.

Why a bar and not a dialog at start: the clerk can still look everything up (the store refuses
every write, ``store.disk_full``), and must see why a save is refused before trying one. The
bar stays until the window is closed: only freeing space and opening again ends the mode.
"""

from __future__ import annotations

from typing import Any

from swdesk.store import Store
from swdesk.ui.file_health import HealthBar
from swdesk.ui.rule_text import shown


def show_full(window: Any, store: Store) -> HealthBar:
    """Show ``store``'s disk-full refusal in a bar that cannot be closed."""
    bar = HealthBar(shown(store.refusal or ""), [], damaged=True)
    window.add_bar(bar, "diskFullBarHolder")
    window.disk_full_bar = bar
    return bar
