"""Every program outside Python that swdesk, its tests, benchmarks and build run, and what
installs it.

``tests/test_external_tools.py`` finds the programs the source runs and fails on one that is not
listed here, or whose Debian package is not in dev.sh's install lists. A test that runs a program
takes its path from :func:`need`, which fails (never skips) when the program is missing, so a
machine without it cannot pass the suite.
"""

from __future__ import annotations

import shutil

import pytest

# program → the Debian 12 package that installs it
DEBIAN: dict[str, str] = {
    # the PDF tests read text, fonts and pages back
    "pdftotext": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdfinfo": "poppler-utils",
    # the xlsx reader checked against files LibreOffice's Calc saved (tests/test_xlsx_rows.py)
    "soffice": "libreoffice-calc-nogui",
    "libreoffice": "libreoffice-calc-nogui",
    # bench/bench_sync.py's floor: `sqlite3 .dump | gzip` of the same file
    "sqlite3": "sqlite3",
    # swdesk/formats/fonts.py: the Chinese fonts any distribution has, when no known one is found
    "fc-list": "fontconfig",
    # QDesktopServices.openUrl on Linux: shows a PDF the app just wrote
    "xdg-open": "xdg-utils",
    # screenshots of the real window (dev.sh installs both for that)
    "Xvfb": "xvfb",
    "xvfb-run": "xvfb",
    "xauth": "xauth",
    # PyInstaller on Linux finds and strips shared libraries with these
    "objdump": "binutils",
    "strip": "binutils",
    "ldd": "libc-bin",
    "ldconfig": "libc-bin",
    # a real read-only file system and a USB stick's mount point (tests/test_integrity.py,
    # tests/test_removable.py, tests/test_disk_full.py, bench/diskfull.py: tmpfs mounts, where
    # the machine allows them)
    "mount": "mount",
    "umount": "mount",
    # dev.sh, .ci/run and bench/run.sh
    "bash": "bash",
    "dirname": "coreutils",
    "id": "coreutils",
    "mktemp": "coreutils",
    "rm": "coreutils",
    "touch": "coreutils",
    "grep": "grep",
    "dpkg-query": "dpkg",
    "apt-get": "apt",
    "sudo": "sudo",
    "python3": "python3",
    "python3.11": "python3.11",
}

# Programs that pip installs beside the venv's Python → the requirement that brings them.
PIP: dict[str, str] = {
    "pyside6-lrelease": "PySide6-Essentials",
    "pyside6-lupdate": "PySide6-Essentials",
    "pyside6-uic": "PySide6-Essentials",
}

# On every Debian 12 system (Essential: yes), or the Python 3.11 the project starts from.
PRESENT = frozenset(
    {"apt", "bash", "coreutils", "dpkg", "grep", "libc-bin", "python3", "python3.11"}
)
# Run only when found: dev.sh installs packages through sudo when it is not run as root.
OPTIONAL = frozenset({"sudo"})


def need(program: str) -> str:
    """Path of ``program``; the test fails, naming the package, when it is not installed."""
    path = shutil.which(program)
    if path is None:
        pytest.fail(
            f"{program} is needed for this test and is not installed: `bash dev.sh test` "
            f"installs it (apt-get install {DEBIAN[program]})",
            pytrace=False,
        )
    return path
