"""Continuing-education colours and wording shared by the training page, the ledger and the
compliance view, so a state looks the same everywhere (and in the Excel export).

The words themselves — states, training modes, units — are the core's (``core.ce``, marked there
for the translation tools under the context ``enum``) and are shown through ``enum_labels``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from swdesk.core import ce
from swdesk.formats.training_excel import STATUS_FILLS
from swdesk.ui.enum_labels import code_label, label
from swdesk.ui.styles import ERROR, MUTED, SUCCESS, WARNING

# Text colours that read on the light fills of the Excel export: the shared ones (styles).
STATUS_FOREGROUND = {
    ce.STATUS_OK: SUCCESS,
    ce.STATUS_ON_TRACK: "",
    ce.STATUS_AT_RISK: WARNING,
    ce.STATUS_OVERDUE: ERROR,
    ce.STATUS_NOT_REQUIRED: MUTED,
}

# The progress bar's fill: stronger than the table fills so a bar reads at a glance.
STATUS_BAR = {
    ce.STATUS_OK: "#4caf50",
    ce.STATUS_ON_TRACK: "#5b9bd5",
    ce.STATUS_AT_RISK: "#f0a030",
    ce.STATUS_OVERDUE: "#d9534f",
    ce.STATUS_NOT_REQUIRED: "#bbbbbb",
}


def status_label(standing: ce.Standing) -> str:
    """已达标 / 进行中 / 有风险 / 未达标 / 无要求, and 未登记 for no registered certificate."""
    if standing.status == ce.STATUS_NOT_REQUIRED and standing.period is None:
        return label(ce.UNREGISTERED_LABEL)
    return code_label(ce.STATUS_LABELS, standing.status)


def period_status_label(standing: ce.Standing) -> str:
    """The state with the period it is about: 上期未达标 when the previous period's shortfall
    decides it, 本期已达标 / 本期进行中 / 本期有风险 otherwise; 无要求 and 未登记 name no period.

    A bare 未达标 beside this period's 71/72 reads as "this period failed"; it rarely is.
    """
    if standing.status == ce.STATUS_NOT_REQUIRED:
        return status_label(standing)
    if standing.status == ce.STATUS_OVERDUE:
        return QCoreApplication.translate("CEStatus", "上期{status}").format(
            status=status_key_label(standing.status)
        )
    return QCoreApplication.translate("CEStatus", "本期{status}").format(
        status=status_key_label(standing.status)
    )


def status_key_label(status: str) -> str:
    return code_label(ce.STATUS_LABELS, status)


def unit_label(settings: ce.CESettings) -> str:
    return code_label(ce.UNIT_LABELS, settings.unit)


def status_background(status: str) -> QColor | None:
    """The state's fill (the Excel export's); 进行中 stays neutral (no fill)."""
    if status == ce.STATUS_ON_TRACK:
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
