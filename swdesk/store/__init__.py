"""The SQLite store: migrations, sync-ready rows, audit, backups. No Qt here."""

from swdesk.store import villages, workers
from swdesk.store.db import Store
from swdesk.store.opening import open_store

__all__ = ["Store", "open_store", "villages", "workers"]
