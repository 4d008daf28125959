"""The colours and small style sheets every page and dialog shares: one value per meaning.

A refusal is the same red on every form, a confirmation the same green, a hint the same grey,
so the cadre learns one code. Colours are plain ``#rrggbb`` strings (a model wraps them in
``QColor`` where it paints a cell); importing this module costs nothing before the first paint.
"""

from __future__ import annotations

# Text colours, one per meaning.
ERROR = "#b00020"  # refused, failed, invalid
SUCCESS = "#2e6b30"  # done, passed, up to date
WARNING = "#9a5200"  # needs attention soon, not wrong yet
INFO = "#1559b3"  # neutral news that something will change (an import's updates)
NEUTRAL = "#555555"  # hints and notes under a form
MUTED = "#888888"  # pending, unchanged, not applicable: reads as "nothing to do here"

# A notice box: dark amber text on a pale yellow fill (the re-registration bar, a date-window
# note), and the pale yellow alone to mark a row that needs a look.
NOTICE_TEXT = "#6b4a00"
NOTICE_BACKGROUND = "#fff4d6"
NOTICE_BORDER = "#e0b44c"

# Cell fills in tables: a row that cannot take input, a row that is filled in.
DISABLED_BACKGROUND = "#e8e8e8"
DONE_BACKGROUND = "#eaf3e6"

# Style sheets for labels.
ERROR_STYLE = f"color: {ERROR};"
SUCCESS_STYLE = f"color: {SUCCESS};"
WARNING_STYLE = f"color: {WARNING};"
NEUTRAL_STYLE = f"color: {NEUTRAL};"
MUTED_STYLE = f"color: {MUTED};"
NOTICE_STYLE = f"color: {NOTICE_TEXT}; background: {NOTICE_BACKGROUND}; padding: 4px;"

# An input whose value is refused: a red frame round the field itself.
INVALID_FIELD_STYLE = f"border: 1px solid {ERROR};"

# The re-registration notice bar under the toolbar (object name ``ceNotice``).
CE_NOTICE_STYLE = (
    f"#ceNotice {{ background: {NOTICE_BACKGROUND}; border: 1px solid {NOTICE_BORDER};"
    " border-radius: 3px; }"
    f"#ceNotice QLabel {{ color: {NOTICE_TEXT}; }}"
)

# The bars about the data file itself (object name ``healthBar``): damaged (read-only mode) in
# the error colour, the removable-drive offer and reminder as a notice.
DAMAGED_BAR_STYLE = (
    f"#healthBar {{ background: #fde8ea; border: 1px solid {ERROR}; border-radius: 3px; }}"
    f"#healthBar QLabel {{ color: {ERROR}; }}"
)
HEALTH_NOTICE_STYLE = (
    f"#healthBar {{ background: {NOTICE_BACKGROUND}; border: 1px solid {NOTICE_BORDER};"
    " border-radius: 3px; }"
    f"#healthBar QLabel {{ color: {NOTICE_TEXT}; }}"
)

# The message bar at the top of the page area (object name ``messageBar``, property ``kind``):
# what was just saved, imported or exported in the success colour, plain news neutral, a
# failure in the error colour.
ERROR_BACKGROUND = "#fde8ea"
NEUTRAL_BACKGROUND = "#f0f0f0"
MESSAGE_BAR_STYLE = (
    f'#messageBar[kind="success"] {{ background: {DONE_BACKGROUND};'
    f" border: 1px solid {SUCCESS}; border-radius: 3px; }}"
    f'#messageBar[kind="success"] QLabel {{ color: {SUCCESS}; }}'
    f'#messageBar[kind="info"] {{ background: {NEUTRAL_BACKGROUND};'
    f" border: 1px solid {MUTED}; border-radius: 3px; }}"
    f'#messageBar[kind="info"] QLabel {{ color: {NEUTRAL}; }}'
    f'#messageBar[kind="error"] {{ background: {ERROR_BACKGROUND};'
    f" border: 1px solid {ERROR}; border-radius: 3px; }}"
    f'#messageBar[kind="error"] QLabel {{ color: {ERROR}; }}'
)


def result_style(ok: bool) -> str:
    """A status line after an action: green when it went through, red when refused."""
    return SUCCESS_STYLE if ok else ERROR_STYLE


# The 指标 page's traffic light (a swatch beside the status, which is always said in words
# too): met, missed, an estimate or a figure with no verdict.
LIGHT_MET = "#2e9d3a"
LIGHT_MISSED = "#d32f2f"
LIGHT_ESTIMATED = "#f0a30a"
LIGHT_NONE = "#b0b0b0"
# The 指标 page's charts: the bars, each village's target line, one colour per series.
CHART_BAR = "#4e79a7"
CHART_BAR_SHORT = "#e15759"  # a village below its target
CHART_TARGET = "#b00020"
CHART_SERIES = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1")
