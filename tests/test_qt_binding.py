"""The pinned Qt binding must survive a long session (PySide6 6.12.0 did not under 3.11)."""

from __future__ import annotations

import subprocess
import sys

LOOP = (
    "from PySide6.QtCore import QObject\n"
    "o = QObject()\n"
    "for _ in range(50000):\n"
    "    o.setObjectName('x')\n"
    "    o.signalsBlocked()\n"
    "print('ok')\n"
)


def test_many_qt_calls_do_not_exhaust_none_or_bool_references() -> None:
    done = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
