"""What build.spec puts into (and keeps out of) the PyInstaller bundle, importable for tests.

Kept out of build.spec so tests can check the rules without running a 20-second build: the Qt
modules we exclude must never be ones swdesk imports, and the plugin filter must keep the
platforms a desktop (and the offscreen self-test) needs.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Qt modules needed even if no source line names them. Not QtUiTools: the Designer forms are
# compiled to Python (scripts/build_forms.py), nothing loads a .ui at run time.
QT_ALWAYS = frozenset({"QtCore", "QtGui", "QtWidgets"})
# Every PySide6 module of Essentials and Addons; those swdesk does not import are excluded.
QT_ALL = tuple(
    [
        "QtConcurrent",
        "QtDBus",
        "QtDesigner",
        "QtGui",
        "QtHelp",
        "QtLabsStyleKit",
        "QtNetwork",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPrintSupport",
        "QtQml",
        "QtQmlFeatures",
        "QtQuick",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtSql",
        "QtSvg",
        "QtSvgWidgets",
        "QtTest",
        "QtUiTools",
        "QtWidgets",
        "QtXml",
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtAxContainer",
        "QtBluetooth",
        "QtCanvasPainter",
        "QtCharts",
        "QtDataVisualization",
        "QtGraphs",
        "QtGraphsWidgets",
        "QtHttpServer",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNetworkAuth",
        "QtNfc",
        "QtPdf",
        "QtPdfWidgets",
        "QtPositioning",
        "QtQuick3D",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtStateMachine",
        "QtTextToSpeech",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
    ]
)
# Development tools that must never ride along (they are importable in the venv).
NOT_SHIPPED = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "mypy",
    "ruff",
    "importlinter",
    "grimp",
    "PyInstaller",
    "pip",
)
# Qt platform plugins for embedded devices and remote screens (EGLFS, framebuffer, VNC, evdev
# input): a desktop needs xcb/wayland (Linux), windows, cocoa, and offscreen for the self-test.
_DROPPED_PLUGINS = re.compile(
    r"plugins[/\\](egldeviceintegrations|generic)[/\\]"
    r"|plugins[/\\]platforms[/\\]\w*q(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc)\b"
)
# Qt's own translations: only the languages swdesk offers.
_QT_QM_KEPT = re.compile(r"_(zh_CN|en)\.qm$")


def used_qt_modules(root: Path = ROOT) -> set[str]:
    """Qt modules named anywhere in swdesk's sources, plus QT_ALWAYS."""
    used = set(QT_ALWAYS)
    for path in (root / "swdesk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used.update(re.findall(r"\bPySide6\.(Qt\w+)", text))
        for group in re.findall(r"from\s+PySide6\s+import\s+\(?([\w\s,]+)\)?", text):
            used.update(re.findall(r"\bQt\w+", group))
    return used


def excluded_modules(root: Path = ROOT) -> list[str]:
    used = used_qt_modules(root)
    return sorted(f"PySide6.{m}" for m in QT_ALL if m not in used) + list(NOT_SHIPPED)


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(file, folder in the bundle) for resources/.

    Left out: .ts sources (the .qm are shipped), half-written temp files, and resources/fonts
    (the spec adds exactly the one font it chose).
    """
    datas = []
    for path in sorted((root / "resources").rglob("*")):
        rel = path.relative_to(root)
        if (
            not path.is_file()
            or path.suffix in (".ts", ".tmp")
            or rel.parts[:2] == ("resources", "fonts")
        ):
            continue
        datas.append((str(path), rel.parent.as_posix()))
    return datas


def form_modules(root: Path = ROOT) -> list[str]:
    """The modules ``scripts/build_forms.py`` compiles from ``forms/*.ui``, imported explicitly.

    The dialogs import them, some only when first opened; naming them keeps every form in the
    bundle however it is imported. A build without the forms fails here, not on a user's PC.
    """
    forms = sorted((root / "forms").glob("*.ui"))
    if not forms:
        raise SystemExit("bundle: forms/*.ui missing")
    missing = [
        ui.name
        for ui in forms
        if not (root / "swdesk" / "ui" / "forms" / f"{ui.stem}.py").is_file()
    ]
    if missing:
        raise SystemExit(
            f"bundle: forms not compiled (scripts/build_forms.py): {', '.join(missing)}"
        )
    return [f"swdesk.ui.forms.{ui.stem}" for ui in forms]


def keep(dest: str) -> bool:
    """Filter for Analysis.binaries/datas by destination path inside the bundle."""
    if _DROPPED_PLUGINS.search(dest):
        return False
    parts = Path(dest).parts
    if "translations" in parts and "Qt" in parts and dest.endswith(".qm"):
        return bool(_QT_QM_KEPT.search(dest))
    return True
