"""Reading and checking a roster loads nothing of the spreadsheet writer: openpyxl is ~0.2 s
of every ``swdesk workers import`` process, and only writing (an error report, an export,
the template) needs it."""

from __future__ import annotations

import subprocess
import sys


def test_planning_a_roster_import_does_not_load_openpyxl() -> None:
    code = (
        "import sys\n"
        "from swdesk.services import roster\n"
        "from swdesk.formats import roster_read\n"
        "assert roster_read.REG_FIELDS\n"
        "print('openpyxl' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_the_writer_still_knows_the_registration_columns() -> None:
    from swdesk.formats import roster_read, roster_write

    assert roster_write.REG_FIELDS is roster_read.REG_FIELDS
    assert set(roster_write.REG_FIELDS) <= set(roster_write.EXPORT_FIELDS) | {"reg_kind"}
