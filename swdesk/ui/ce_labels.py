"""Continuing-education words and colours shared by the training page, the ledger and the
compliance view, so a state looks the same everywhere (and in the Excel export).

The core keeps its states and training modes as Chinese strings; they are marked here for the
translation tools (context ``enum``, like the other stored values) and shown through ``label``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from swdesk.core import ce
from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N
from swdesk.formats.training_excel import STATUS_FILLS
from swdesk.ui.enum_labels import label
from swdesk.ui.styles import ERROR, MUTED, SUCCESS, WARNING

# The same values as ce.MODES and ce.STATUS_LABELS (a test keeps them in step).
MODES = (
    _N("enum", "面授"),
    _N("enum", "网络"),
    _N("enum", "实务实训"),
    _N("enum", "督导"),
    _N("enum", "学术交流"),
    _N("enum", "学历教育"),
    _N("enum", "其他"),
)
STATUS_TEXT = {
    "ok": _N("enum", "已达标"),
    "on_track": _N("enum", "进行中"),
    "at_risk": _N("enum", "有风险"),
    "overdue": _N("enum", "未达标"),
    "not_required": _N("enum", "无要求"),
}
UNREGISTERED = _N("enum", "未登记")
UNIT_TEXT = {"hours": _N("enum", "学时"), "days": _N("enum", "天")}

# Text colours that read on the light fills of the Excel export: the shared ones (styles).
STATUS_FOREGROUND = {
    "ok": SUCCESS,
    "on_track": "",
    "at_risk": WARNING,
    "overdue": ERROR,
    "not_required": MUTED,
}

# The progress bar's fill: stronger than the table fills so a bar reads at a glance.
STATUS_BAR = {
    "ok": "#4caf50",
    "on_track": "#5b9bd5",
    "at_risk": "#f0a030",
    "overdue": "#d9534f",
    "not_required": "#bbbbbb",
}


def status_label(standing: ce.Standing) -> str:
    """已达标 / 进行中 / 有风险 / 未达标 / 无要求, and 未登记 for no registered certificate."""
    if standing.status == "not_required" and standing.period is None:
        return label(UNREGISTERED)
    return label(STATUS_TEXT[standing.status])


def status_key_label(status: str) -> str:
    return label(STATUS_TEXT[status])


def unit_label(settings: ce.CESettings) -> str:
    return label(UNIT_TEXT[settings.unit])


def status_background(status: str) -> QColor | None:
    """The state's fill (the Excel export's); 进行中 stays neutral (no fill)."""
    if status == "on_track":
        return None
    return QColor("#" + STATUS_FILLS[status])


def status_foreground(status: str) -> QColor | None:
    colour = STATUS_FOREGROUND[status]
    return QColor(colour) if colour else None


def status_style(status: str) -> str:
    """A style sheet for a label or a progress bar chunk showing a state."""
    back = status_background(status)
    fore = status_foreground(status)
    parts = []
    if back is not None:
        parts.append(f"background-color: {back.name()};")
    if fore is not None:
        parts.append(f"color: {fore.name()};")
    return " ".join(parts)


def progress_style(status: str) -> str:
    """A style sheet for a QProgressBar toward the requirement, filled in the state's colour."""
    return (
        "QProgressBar { border: 1px solid #999999; border-radius: 3px; text-align: center; }"
        f"QProgressBar::chunk {{ background: {STATUS_BAR[status]}; }}"
    )


def hours_text(value: float | None) -> str:
    """Hours as people write them: 6, 3.5 (no trailing zeros)."""
    if value is None:
        return ""
    return f"{value:g}"
