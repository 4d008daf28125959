"""Colours live in swdesk/ui/styles.py: one value per meaning, no page with its own red."""

from __future__ import annotations

import re
from pathlib import Path

from swdesk.ui import styles

UI = Path(__file__).resolve().parent.parent / "swdesk" / "ui"
COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")
STYLE_DEFINITION = re.compile(r"^[A-Z_]*STYLE\s*=", re.M)
# The progress bar fills of the continuing-education states: a palette of their own, stronger
# than any text colour, and the frame round it, used by that bar alone.
OWN_PALETTE = {"ce_labels.py": {"#4caf50", "#5b9bd5", "#f0a030", "#d9534f", "#bbbbbb", "#999999"}}


def test_no_colour_literal_outside_the_styles_module() -> None:
    found = {}
    for path in sorted(UI.glob("*.py")):
        if path.name == "styles.py":
            continue
        text = path.read_text(encoding="utf-8")
        colours = set(COLOUR.findall(text)) - OWN_PALETTE.get(path.name, set())
        if colours or STYLE_DEFINITION.search(text):
            found[path.name] = sorted(colours) or "defines a *_STYLE"
    assert not found


def test_one_value_per_meaning() -> None:
    meanings = {
        name: getattr(styles, name)
        for name in ("ERROR", "SUCCESS", "WARNING", "INFO", "NEUTRAL", "MUTED")
    }
    assert len(set(meanings.values())) == len(meanings)
    assert styles.ERROR in styles.ERROR_STYLE
    assert styles.ERROR in styles.INVALID_FIELD_STYLE
    assert styles.result_style(True) == styles.SUCCESS_STYLE
    assert styles.result_style(False) == styles.ERROR_STYLE
