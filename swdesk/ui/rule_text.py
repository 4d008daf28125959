"""Rule messages from the core, shown in the interface language.

The core builds its messages with ``swdesk.core.i18n.msg``: Chinese text that keeps its template
and values. ``shown`` translates the template and puts the values back in, translating the ones
that are stored enumeration values (levels, post types …) and nested messages. Plain strings
(e.g. a message from an older path, or text the user typed) are returned unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from swdesk.core.i18n import RULES_CONTEXT, Text
from swdesk.ui import enum_labels


def shown(text: str) -> str:
    """``text`` in the interface language (Chinese when no translation is installed)."""
    if not isinstance(text, Text):
        return text
    template = QCoreApplication.translate(RULES_CONTEXT, text.template)
    return template.format(**{k: _value(v) for k, v in text.args.items()})


def shown_all(texts: dict[str, str]) -> dict[str, str]:
    """Each message of a field → message map (``FieldErrors.errors``) in the interface language."""
    return {key: shown(value) for key, value in texts.items()}


def _value(value: object) -> object:
    if isinstance(value, Text):
        return shown(value)
    if isinstance(value, str):
        return enum_labels.label(value) or value
    if isinstance(value, (list, tuple)):
        return enum_labels.labels(str(v) for v in value)
    return value
