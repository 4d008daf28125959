"""Small widget set-ups that many pages and dialogs repeat.

A read-only list where the cadre picks one row, a hidden red sentence under a form that says
what is wrong, a store action tried with its refusal in a message box: written once so every
page behaves (and looks, and speaks) the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

# Qt's namespace and the dialog classes at call time: the main window's start path imports this
# module, and none of them is needed before it paints (see swdesk.ui.worker_model).
from PySide6 import QtCore
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QTableView

from swdesk.ui.flow_layout import FlowLayout
from swdesk.ui.stable_errors import hold_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

    from swdesk.core.errors import RuleError


def pick_one_row(view: QAbstractItemView) -> None:
    """Read-only, whole rows, one at a time, striped."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)


def long_list(view: QTableView) -> None:
    """A long list's look: rows picked one at a time, one line of text each, no row numbers and
    no header section lit up, so a screen shows as many people or events as it can."""
    pick_one_row(view)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)


def error_label(style: str) -> QLabel:
    """A wrapped, initially hidden label in ``style`` for the reason a form was refused; it
    keeps its line while hidden, so showing it moves nothing (``stable_errors``)."""
    return hold_error(QLabel(), style)


def rule_warning(parent: QWidget | None, title: str, error: RuleError) -> None:
    """A rule's refusal in a warning box, in the interface language."""
    from PySide6.QtWidgets import QMessageBox

    from swdesk.ui.rule_text import shown

    QMessageBox.warning(parent, title, shown(error.message))


T = TypeVar("T")


def confirmed(parent: QWidget | None, title: str, question: str) -> bool:
    """Whether the cadre answered 是 to ``question`` (asked with Qt's 是/否 box). 否 is the
    default button: Enter pressed by reflex never deletes, locks or writes many rows."""
    from PySide6.QtWidgets import QMessageBox

    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, question, yes | no, no) == yes


def attempt(
    parent: QWidget | None,
    title: str,
    action: Callable[[], T],
    refused: Callable[[RuleError], object] | None = None,
) -> tuple[bool, T | None]:
    """Run a store action on the spot: ``(True, result)``, or ``(False, None)`` after a rule's
    refusal was shown in a warning box (nothing was saved: the store refuses before writing).
    ``refused`` first hears the refusal, e.g. to repeat it in the page's status line."""
    from swdesk.core.errors import RuleError

    try:
        return True, action()
    except RuleError as e:
        if refused is not None:
            refused(e)
        rule_warning(parent, title, e)
        return False, None


def fit_columns(
    view: QTableView, keys: Sequence[str], samples: Mapping[str, Iterable[str]]
) -> None:
    """Each column with ``samples`` as wide as its widest sample or its translated header.

    Widths come from the font and labels, never from scanning rows, so a list of thousands
    opens at once and fits the language in use.
    """
    metrics = view.fontMetrics()
    model = view.model()
    for col, key in enumerate(keys):
        if key in samples:
            header = str(model.headerData(col, QtCore.Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(t) for t in samples[key])
            # the header's own measure too: its margins and sort arrow (a whole header, never
            # "Owed from last per…")
            whole = view.horizontalHeader().sectionSizeHint(col)
            view.setColumnWidth(
                col, max(widest + 16, metrics.horizontalAdvance(header) + 20, whole)
            )


def wire_buttons(
    buttons: QDialogButtonBox,
    ok_text: str,
    accepted: Callable[[], object],
    cancel_text: str,
    rejected: Callable[[], object],
) -> QPushButton:
    """A form's button box named in the interface language and connected: its accepting
    button (Save or Ok) reads ``ok_text`` and runs ``accepted``, 取消 reads ``cancel_text`` and
    runs ``rejected``. Returns the accepting button, which some dialogs enable and disable."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox.StandardButton
    ok = buttons.button(box.Save) or buttons.button(box.Ok)
    ok.setText(ok_text)
    buttons.button(box.Cancel).setText(cancel_text)
    buttons.accepted.connect(accepted)
    buttons.rejected.connect(rejected)
    return ok


def save_cancel(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    """保存/取消 buttons: 保存 runs ``save`` (which closes the dialog if it accepts), 取消 rejects."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def button(text: str, clicked: Callable[[], object], tip: str = "") -> QPushButton:
    """A push button that runs ``clicked``, with ``tip`` as its tooltip when given: the three
    lines every action of a page otherwise spells out."""
    b = QPushButton(text)
    b.clicked.connect(clicked)
    if tip:
        b.setToolTip(tip)
    return b


def button_row(*widgets: QWidget) -> FlowLayout:
    """``widgets`` side by side from the left, the rest of the row left empty; on a narrow
    screen they wrap onto a further line rather than widen the window."""
    row = FlowLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row
