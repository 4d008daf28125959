"""Compile the Designer forms ``forms/*.ui`` into Python with ``pyside6-uic``.

Every dialog's layout is drawn in Designer and kept as a ``.ui`` file in ``forms/``; its
behaviour is Python in ``swdesk/ui``. The ``.ui`` files are compiled, not loaded at run time:
the generated ``swdesk/ui/forms/<name>.py`` (class ``Ui_<FormClass>``) costs no XML parsing when
a dialog opens and the bundle needs neither the ``.ui`` files nor QtUiTools.

Runs on every ``dev.sh`` call, before the bundle's analysis (build.spec) and before the tests
(tests/conftest.py), so it is silent and only compiles a form whose output is missing or older
than its ``.ui`` (``--force`` compiles all); a module whose ``.ui`` is gone is removed. The
generated modules are build output (git-ignored); the ``.ui`` files are the committed sources.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_translations import ROOT, qt_tool, write_through_temp

FORMS = ROOT / "forms"
OUTPUT = ROOT / "swdesk" / "ui" / "forms"
# Kept in OUTPUT: the committed package file, never generated.
PACKAGE_FILE = "__init__.py"


def output_for(ui: Path, folder: Path = OUTPUT) -> Path:
    return folder / f"{ui.stem}.py"


def stale(ui: Path, folder: Path = OUTPUT) -> bool:
    out = output_for(ui, folder)
    return not out.is_file() or out.stat().st_mtime < ui.stat().st_mtime


def compile_ui(ui: Path, folder: Path = OUTPUT) -> Path:
    """Write ``ui``'s module through a temporary file, so a failed run leaves no fresh-looking one.

    ``-a``: no ``connectSlotsByName``; the dialogs connect their signals in code.
    """
    out = output_for(ui, folder)
    write_through_temp(
        [qt_tool("pyside6-uic"), "-a", "-g", "python", str(ui), "-o"],
        out,
        f"界面文件编译失败：{ui}",
    )
    return out


def build(force: bool = False, forms: Path = FORMS, folder: Path = OUTPUT) -> list[Path]:
    """Compile every stale form (all with ``force``), drop orphans; return the modules written."""
    folder.mkdir(parents=True, exist_ok=True)
    uis = sorted(forms.glob("*.ui"))
    if not uis:
        raise SystemExit(f"forms: no .ui files in {forms}")
    wanted = {output_for(ui, folder).name for ui in uis} | {PACKAGE_FILE}
    for old in folder.glob("*.py"):
        if old.name not in wanted:
            old.unlink()
    return [compile_ui(ui, folder) for ui in uis if force or stale(ui, folder)]


def main(argv: list[str]) -> int:
    for out in build(force="--force" in argv):
        print(f"forms: built {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
