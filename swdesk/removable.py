"""Finding the removable drives (USB sticks) plugged in, on each system swdesk runs on.

Why: every backup sits beside the data file, so one dead disk or one stolen PC takes both.
A second copy on a USB stick is offered whenever one is plugged in. Outside the layers, like
``swdesk.paths``: plain questions to the operating system.

- Linux: desktops mount sticks under ``/run/media/USER/LABEL`` (udisks2 on Fedora and the like)
  or ``/media/USER/LABEL`` (Debian, Ubuntu, Kylin, UOS), older ones ``/media/LABEL``; a
  directory there counts only if something is mounted on it.
- macOS: every mount point under ``/Volumes`` except the system disk.
- Windows: the drive letters whose type is ``DRIVE_REMOVABLE`` (``GetDriveTypeW``).
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

DRIVE_REMOVABLE = 2  # GetDriveTypeW's answer for a USB stick or a card reader


def linux_roots() -> list[Path]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        user = ""
    roots = [Path("/run/media") / user, Path("/media") / user] if user else []
    return [*roots, Path("/media")]


def _mounted_under(roots: Sequence[Path]) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        try:
            entries = sorted(root.iterdir())
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir() and os.path.ismount(entry) and entry not in found:
                    found.append(entry)
            except OSError:
                continue
    return found


def _windows_drives() -> list[Path]:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    found = []
    for i in range(26):
        if mask & (1 << i):
            root = f"{chr(ord('A') + i)}:\\"
            if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) == DRIVE_REMOVABLE:
                found.append(Path(root))
    return found


def mounted_drives(roots: Sequence[Path] | None = None) -> list[Path]:
    """The removable drives now plugged in (writable or not), in a stable order.

    ``roots`` replaces the folders looked in on Linux and macOS (tests).
    """
    if roots is None:
        if sys.platform == "win32":
            return _windows_drives()
        if sys.platform == "darwin":
            roots = [Path("/Volumes")]
        else:
            roots = linux_roots()
    return [d for d in _mounted_under(roots) if d != Path("/")]
