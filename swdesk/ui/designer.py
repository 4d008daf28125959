"""Building a dialog from its compiled Designer form (``swdesk/ui/forms``, from ``forms/*.ui``).

Every dialog's layout — widgets, layouts, object names, texts, tooltips, tab order — lives in a
``.ui`` file that Designer edits; ``scripts/build_forms.py`` compiles it with ``pyside6-uic``
and the dialog's class only adds behaviour. The form's texts are translated with the form's
class name as context, the context ``pyside6-lupdate`` gives the strings it extracts from the
``.ui``, so they reach the .ts file and the English build like every ``self.tr()`` string.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from swdesk.ui.screen_fit import fit_dialog


class Form(Protocol):
    """What ``pyside6-uic`` generates: ``Ui_<Class>`` with these two methods."""

    def setupUi(self, widget: Any) -> None: ...

    def retranslateUi(self, widget: Any) -> None: ...


F = TypeVar("F", bound=Form)


class _Retranslator(QObject):
    """Sets the form's texts again when the interface language changes under an open window."""

    def __init__(self, widget: QWidget, form: Form) -> None:
        super().__init__(widget)
        self._widget = widget
        self._form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.LanguageChange:
            self._form.retranslateUi(self._widget)
        return False


def set_up(widget: QWidget, form: F, *, follow_language: bool = False) -> F:
    """Build ``form`` into ``widget`` and return it (its attributes are the named widgets).

    With ``follow_language`` the form's own texts are set again on a language change; only for
    a window whose code does not overwrite those texts later (retranslating would undo that).
    """
    form.setupUi(widget)
    fit_dialog(widget)  # the size drawn in Designer may be larger than a small screen
    if follow_language:
        widget.installEventFilter(_Retranslator(widget, form))
    return form
