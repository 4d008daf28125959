"""The bundle's content rules (scripts/bundle_support.py), checked without a 20-second build.

The build itself and its --self-test run in CI (`bash dev.sh bundle`).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bundle_support  # noqa: E402

# Import every swdesk module and list the Qt modules that ends up loading.
_PROBE = """
import importlib, json, pkgutil, sys
import swdesk
for info in pkgutil.walk_packages(swdesk.__path__, "swdesk."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
print(json.dumps(sorted(m.split(".")[1] for m in sys.modules if m.startswith("PySide6.Qt"))))
"""


def test_no_qt_module_swdesk_loads_is_excluded() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    ).stdout
    loaded = set(json.loads(out))
    assert {"QtCore", "QtGui", "QtWidgets"} <= loaded
    excluded = {m.removeprefix("PySide6.") for m in bundle_support.excluded_modules()}
    assert not loaded & excluded, (
        f"build.spec would exclude modules swdesk loads: {loaded & excluded}"
    )


def test_unneeded_qt_modules_are_excluded_uitools_too() -> None:
    excluded = set(bundle_support.excluded_modules())
    for heavy in ("QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtMultimedia"):
        assert f"PySide6.{heavy}" in excluded
    assert "PySide6.QtCharts" not in excluded  # the 指标 page's charts
    for needed in bundle_support.QT_ALWAYS:
        assert f"PySide6.{needed}" not in excluded
    # the forms are compiled to Python (scripts/build_forms.py): no QUiLoader at run time
    assert "PySide6.QtUiTools" in excluded
    assert "pytest" in excluded


def test_used_qt_modules_reads_both_import_styles(tmp_path: Path) -> None:
    pkg = tmp_path / "swdesk"
    pkg.mkdir()
    (pkg / "a.py").write_text("from PySide6.QtSvg import QSvgRenderer\n", encoding="utf-8")
    (pkg / "b.py").write_text(
        "from PySide6 import (\n    QtNetwork,\n    QtXml)\n", encoding="utf-8"
    )
    used = bundle_support.used_qt_modules(tmp_path)
    assert {"QtSvg", "QtNetwork", "QtXml"} <= used
    assert used >= bundle_support.QT_ALWAYS
    assert "PySide6.QtSvg" not in bundle_support.excluded_modules(tmp_path)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqminimalegl.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqlinuxfb.so", False),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("resources/translations/swdesk_en.qm", True),
    ],
)
def test_keep_filter(dest: str, kept: bool) -> None:
    assert bundle_support.keep(dest) is kept


def test_resource_datas_ship_qm_but_not_sources_forms_or_stray_fonts(tmp_path: Path) -> None:
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "fonts").mkdir()
    (tmp_path / "resources" / "settings").mkdir()
    (tmp_path / "forms").mkdir()
    for rel in (
        "resources/translations/swdesk_en.ts",
        "resources/translations/swdesk_en.qm",
        "resources/translations/swdesk_en.qm.tmp",
        "resources/fonts/stray.ttf",
        "resources/settings/defaults.json",
        "forms/worker_editor.ui",
    ):
        (tmp_path / rel).write_text("x", encoding="utf-8")
    datas = {
        (Path(src).relative_to(tmp_path).as_posix(), dest)
        for src, dest in bundle_support.resource_datas(tmp_path)
    }
    assert datas == {
        ("resources/translations/swdesk_en.qm", "resources/translations"),
        ("resources/settings/defaults.json", "resources/settings"),
    }


def test_missing_forms_fail_the_build(tmp_path: Path) -> None:
    (tmp_path / "resources").mkdir()
    with pytest.raises(SystemExit, match="forms"):
        bundle_support.form_modules(tmp_path)


def test_uncompiled_forms_fail_the_build(tmp_path: Path) -> None:
    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "a_dialog.ui").write_text("x", encoding="utf-8")
    (tmp_path / "forms" / "b_dialog.ui").write_text("x", encoding="utf-8")
    (tmp_path / "swdesk" / "ui" / "forms").mkdir(parents=True)
    (tmp_path / "swdesk" / "ui" / "forms" / "a_dialog.py").write_text("x", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"b_dialog\.ui"):
        bundle_support.form_modules(tmp_path)
    (tmp_path / "swdesk" / "ui" / "forms" / "b_dialog.py").write_text("x", encoding="utf-8")
    assert bundle_support.form_modules(tmp_path) == [
        "swdesk.ui.forms.a_dialog",
        "swdesk.ui.forms.b_dialog",
    ]


def test_spec_is_python_and_its_entry_script_exists() -> None:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    strings = {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }
    assert "bundle_entry.py" in strings
    entry = (ROOT / "scripts" / "bundle_entry.py").read_text(encoding="utf-8")
    assert "from swdesk.entry import main" in entry
