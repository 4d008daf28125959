"""Store errors: each carries a Chinese sentence for the user (built with ``msg``)."""

from __future__ import annotations

from swdesk.core.errors import RuleError


class StoreError(RuleError):
    """The data file cannot be used as asked (newer version, locked, damaged)."""


class FileInUse(StoreError):
    pass


class NewerFileError(StoreError):
    pass


class DuplicateWorker(RuleError):
    """Another record already holds this ID number; ``existing_id`` lets the UI offer it."""

    def __init__(self, message: str, existing_id: str, deleted: bool) -> None:
        super().__init__(message, "id_number")
        self.existing_id = existing_id
        self.deleted = deleted


class NotFound(RuleError):
    pass
