"""What an action changed, so each page refreshes only when something it shows did.

Like Anki's ``OpChanges``: an action that wrote to the data file says which kinds of records it
touched (``WORKERS``, ``TRAINING``…); the main window hands that set to the pages, and each page
declares the kinds it shows in ``CARES_ABOUT``. The page on screen reloads at once when it
cares; a hidden page reloads on its next visit anyway, so it is left alone; the worker list,
which is not reloaded on a visit (its filter and scroll position stay), reloads when workers or
villages changed. ``EVERYTHING`` is the old "reload all": a restored backup, a sync package, F5.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

WORKERS = "workers"  # worker files and their certificates
VILLAGES = "villages"
TRAINING = "training"  # events, attendance, continuing-education settings
EXAMS = "exams"
APPRAISALS = "appraisals"
ALLOWANCES = "allowances"  # allowance rules, payroll runs and their lines
SYNC = "sync"  # packages, receipts, keys, conflicts
SETTINGS = "settings"  # the unit's name and settings
EVERYTHING: frozenset[str] = frozenset(
    {WORKERS, VILLAGES, TRAINING, EXAMS, APPRAISALS, ALLOWANCES, SYNC, SETTINGS}
)


def kinds_of(kinds: Iterable[str]) -> frozenset[str]:
    """``kinds`` as a set, refusing a kind nobody declared (a typo would refresh nothing)."""
    found = frozenset(kinds)
    unknown = found - EVERYTHING
    if unknown:
        raise ValueError(f"unknown change kinds: {sorted(unknown)}")
    return found


def cares_about(page: object) -> frozenset[str]:
    """The kinds ``page`` shows (a page that does not say is refreshed by every change)."""
    return frozenset(getattr(page, "CARES_ABOUT", EVERYTHING))


class ChangeBus(QObject):
    """One per main window: ``changed(kinds, source)`` after an action wrote something.

    ``source`` is the page (or None) that made the change and has already shown it."""

    changed = Signal(object, object)

    def announce(self, kinds: Iterable[str], source: object = None) -> None:
        found = kinds_of(kinds)
        if found:
            self.changed.emit(found, source)
