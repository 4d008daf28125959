"""Whether a data file has local accounts, without loading the accounts module.

The window's start asks this once (a file without accounts is single-user and asks for no
login), and ``swdesk.store.accounts`` brings in the password hashing (hashlib's OpenSSL
binding, ~5 ms) that such a start never needs; so the one question lives here on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from swdesk.store.db import Store


def any_account(store: Store) -> bool:
    """Whether the file has accounts at all (a file without is single-user)."""
    return store.scalar("SELECT 1 FROM accounts LIMIT 1") is not None
