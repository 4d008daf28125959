"""Store errors: each carries a Chinese sentence for the user (built with ``msg``)."""

from __future__ import annotations

from collections.abc import Sequence

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg

# How many of a batch's problems the error's one sentence lists (``problems`` keeps them all).
LISTED_PROBLEMS = 10


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


def one_after_another(messages: Sequence[str]) -> str:
    """Messages in one sentence, separated by "；" (not the "、" of a list value).

    Built as nested ``msg`` so the interface shows each part in its own language.
    """
    if not messages:
        return ""
    out = messages[-1]
    for part in reversed(messages[:-1]):
        out = msg("{first}；{rest}", first=part, rest=out)
    return out


def listed_problems(problems: Sequence[str]) -> str:
    """The first problems of a batch, and how many there are when not all are listed."""
    listed = one_after_another(problems[:LISTED_PROBLEMS])
    if len(problems) > LISTED_PROBLEMS:
        return msg("{problems}……共 {count} 处", problems=listed, count=len(problems))
    return listed
