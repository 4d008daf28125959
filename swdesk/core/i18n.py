"""Marks user-facing strings of the core for Qt's translation tools without importing Qt.

``pyside6-lupdate`` collects ``QT_TRANSLATE_NOOP(context, text)`` calls; the UI layer then
translates the returned Chinese text with ``QCoreApplication.translate(context, text)``.

Sentences with values in them (a rule's error message, a row's rejection reason) are built with
``msg(template, **args)``. The result is the Chinese sentence, so the command line, logs, error
reports and tests see plain Chinese; it also keeps its template and arguments, so the interface
can put the translated template together with the same values (``swdesk.ui.rule_text.shown``).
``scripts/update_translations.py`` registers ``msg`` with lupdate as an alias of ``QT_TR_NOOP``:
its templates land in the context ``RULES_CONTEXT``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

# lupdate files QT_TR_NOOP strings outside a Qt class under the empty context.
RULES_CONTEXT = ""
# How a list argument is joined in the Chinese sentence (the interface joins in its own language).
LIST_SEPARATOR = "、"
# How many problems of a batch a refusal lists before it only counts the rest.
LISTED_PROBLEMS = 10


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Text(str):
    """A Chinese sentence that remembers the template and values it was built from.

    Any string operation on it (``+``, f-strings, ``join``) gives a plain ``str``: the result is
    still right in Chinese, only no longer translatable, so build compound sentences with
    ``msg`` too, passing the parts as arguments.
    """

    template: str
    args: Mapping[str, object]

    def __new__(cls, template: str, args: Mapping[str, object] | None = None) -> Text:
        values = dict(args or {})
        self = super().__new__(cls, template.format(**{k: chinese(v) for k, v in values.items()}))
        self.template = template
        self.args = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.template, dict(self.args)))


def chinese(value: object) -> object:
    """An argument as the Chinese sentence shows it: lists joined with "、"."""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return value


def msg(template: str, /, **args: object) -> Text:
    """A translatable sentence: ``msg("现在是 {n} 位。", n=17)``.

    ``template`` must be a literal (lupdate reads it from the source); values go in ``args``.
    A ``str`` value is shown through the "enum" context, so a stored level or post type appears
    in the interface language; a list value is joined; a ``Text`` value is translated in turn.
    """
    return Text(template, args)


def joined(parts: Sequence[str]) -> str:
    """Sentences one after another with "；" between them, each still translatable.

    Not a list argument: that joins with "、" and shows each item as a stored value.
    """
    if not parts:
        return ""
    out = parts[-1]
    for part in reversed(parts[:-1]):
        out = msg("{first}；{rest}", first=part, rest=out)
    return out


def listed(problems: Sequence[str], limit: int = LISTED_PROBLEMS) -> str:
    """The first problems of a batch, joined, and how many there are when not all are listed."""
    shown = joined(problems[:limit])
    if len(problems) > limit:
        return msg("{problems}……共 {count} 处", problems=shown, count=len(problems))
    return shown
