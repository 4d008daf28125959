"""Compile resources/translations/*.ts into .qm files with pyside6-lrelease.

Runs on every ``dev.sh`` call, so it is silent and does nothing when each .qm is newer than its
.ts (one line per .qm it does build; ``--force`` rebuilds all). The .qm files are build output (git-ignored); the .ts files are the committed sources.
Exit code 0 when every .qm is up to date, 1 when lrelease is missing or fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def qt_tool(name: str) -> str:
    """Path of a ``pyside6-*`` tool: the one installed beside this Python (the venv) first."""
    exe = name + (".exe" if os.name == "nt" else "")
    beside = Path(sys.executable).parent / exe
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(
        f"找不到 {name}（随 PySide6 安装）。请先运行 bash dev.sh setup，或用 .venv/bin/python 运行本脚本。"
    )


def stale(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    return not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime


def write_through_temp(cmd: list[str], out: Path, failure: str) -> None:
    """Run ``cmd`` with a temporary path appended as its output, then move that onto ``out``.

    A failed run leaves no fresh-looking ``out`` behind (the tool's output is printed and
    ``failure`` ends the script).
    """
    tmp = out.with_name(out.name + ".tmp")
    proc = subprocess.run([*cmd, str(tmp)], capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not tmp.is_file():
        tmp.unlink(missing_ok=True)
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(failure)
    os.replace(tmp, out)


def compile_ts(ts: Path) -> None:
    """Write ``ts``'s .qm through a temporary file, so a failed run leaves no fresh-looking .qm."""
    write_through_temp(
        [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm"],
        ts.with_suffix(".qm"),
        f"翻译文件编译失败：{ts}",
    )


def build(force: bool = False) -> list[Path]:
    """Compile every stale .ts (all of them with ``force``); return the .qm files written."""
    written = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        if force or stale(ts):
            compile_ts(ts)
            written.append(ts.with_suffix(".qm"))
    return written


def main(argv: list[str]) -> int:
    for qm in build(force="--force" in argv):
        print(f"translations: built {qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
