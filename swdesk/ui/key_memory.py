"""The county key passphrase kept in the user's protected storage, so it is not asked at every
start: a choice of this Windows account on this computer, off by default.

Why per account and not in the data file: the data file and its backups travel (to a USB
stick, to the county's other computer); a passphrase kept beside the keys it opens would undo
their encryption. The protected storage (``swdesk.protected_storage``) can be read back only
by the same account on the same computer, and swdesk keeps there only the blob it returns,
in the account's own settings (``QSettings``), one per county file, named after its signing
key's fingerprint (a moved or restored file still finds its passphrase).

Where no protected storage exists (Linux, macOS) nothing is offered and nothing kept. Every
failure of the storage is logged and the passphrase simply asked: remembering is a comfort,
never a condition of opening the keys.
"""

from __future__ import annotations

import base64
import binascii
import logging

from PySide6.QtCore import QSettings

from swdesk import protected_storage
from swdesk.core.errors import RuleError
from swdesk.protected_storage import ProtectedStorageError, Protector
from swdesk.store import Store, sync_state
from swdesk.sync import keys

log = logging.getLogger("swdesk.ui.key_memory")

GROUP = "countyKeyPassphrase"
WANTED = f"{GROUP}/remember"  # the setting: keep the passphrase on this computer (off)


class KeyMemory:
    """Remember, recall and forget a county file's key passphrase through ``protector``."""

    def __init__(self, protector: Protector | None) -> None:
        self.protector = protector

    @property
    def available(self) -> bool:
        return self.protector is not None

    @property
    def wanted(self) -> bool:
        """The account's choice, as last ticked in the passphrase dialog (off by default)."""
        return self.available and bool(QSettings().value(WANTED, False, type=bool))

    @wanted.setter
    def wanted(self, on: bool) -> None:
        QSettings().setValue(WANTED, bool(on))

    def has(self, store: Store) -> bool:
        entry = _entry(store)
        return entry is not None and QSettings().contains(entry)

    def remember(self, store: Store, passphrase: str) -> bool:
        """Keep ``passphrase`` for ``store``'s keys; False (logged) if the storage refused."""
        entry = _entry(store)
        if self.protector is None or entry is None:
            return False
        try:
            blob = self.protector.protect(passphrase.encode("utf-8"))
        except (ProtectedStorageError, OSError) as e:
            log.warning("the key passphrase was not kept in protected storage: %s", e)
            return False
        QSettings().setValue(entry, base64.b64encode(blob).decode("ascii"))
        return True

    def recall(self, store: Store) -> str | None:
        """The passphrase kept for ``store``, or None; a blob that cannot be read back (another
        account's, damaged) is forgotten."""
        entry = _entry(store)
        if self.protector is None or entry is None or not QSettings().contains(entry):
            return None
        try:
            blob = base64.b64decode(str(QSettings().value(entry)), validate=True)
            return self.protector.unprotect(blob).decode("utf-8")
        except (ProtectedStorageError, OSError, binascii.Error, UnicodeDecodeError) as e:
            log.warning("the kept key passphrase could not be read back: %s", e)
            self.forget(store)
            return None

    def forget(self, store: Store) -> None:
        entry = _entry(store)
        if entry is not None:
            QSettings().remove(entry)

    def unlock(self, store: Store) -> bool:
        """Open ``store``'s closed keys with the kept passphrase; True if they are open now. A
        kept passphrase that no longer opens them (changed since) is forgotten."""
        if keys.key_state(store) != keys.LOCKED:
            return False
        passphrase = self.recall(store)
        if passphrase is None:
            return False
        try:
            keys.unlock(store, passphrase)
        except RuleError:
            log.info("the kept key passphrase no longer opens the keys: forgotten")
            self.forget(store)
            return False
        return True


def _entry(store: Store) -> str | None:
    """Where the blob of ``store``'s passphrase is kept: its signing key's fingerprint."""
    found = sync_state.key_pair(store, keys.SIGN)
    if found is None:
        return None
    return f"{GROUP}/{keys.fingerprint(found[0])}"


def key_memory() -> KeyMemory:
    """The memory of this computer's account (``protected_storage.system_protector``)."""
    return KeyMemory(protected_storage.system_protector())
