"""A print preview that can also save the PDF it shows: the pages are seen before either.

The 学时证明 and the allowance 签领表 are printed as often as they are filed: the clerk checks the
sheets in the preview (``print_preview.PdfPrintPreview``, pages rendered by QtPdf), then prints
them through the system's print dialog or keeps them with 保存 PDF… in the preview's toolbar,
whose answer says where the file went and offers to open that folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QToolBar, QWidget

from swdesk import atomic
from swdesk.core.errors import RuleError
from swdesk.ui.file_dirs import ask_save
from swdesk.ui.print_preview import PdfPrintPreview, print_folder, show_saved
from swdesk.ui.tasks import show_failure


def print_file(name: str) -> Path:
    """Where a PDF made to be previewed is written: the print folder, made if missing."""
    folder = print_folder()
    atomic.make_folder(folder)
    return folder / name


class SavingPdfPreview(PdfPrintPreview):
    """``PdfPrintPreview`` of ``pdf`` with 保存 PDF… (offered as ``save_name``) in its toolbar."""

    def __init__(self, pdf: Path, title: str, save_name: str, parent: QWidget | None = None):
        super().__init__(pdf, title, parent)
        self.pdf = pdf
        self.save_name = save_name
        self.saved_box: QMessageBox | None = None
        self.save_action = QAction(self.tr("保存 PDF…"), self)
        self.save_action.setToolTip(self.tr("把这些页保存为 PDF 文件"))
        self.save_action.triggered.connect(self.save_pdf)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)
        else:  # Qt's dialog always has one; without it the action is still a shortcut
            self.addAction(self.save_action)
        self.save_action.setShortcut("Ctrl+S")

    def save_pdf(self) -> Path | None:
        """Ask where, copy the previewed PDF there and say so; None when not saved."""
        title = self.tr("保存 PDF")
        out = ask_save(self, title, self.save_name, self.tr("PDF 文件 (*.pdf)"), ".pdf")
        if out is None:
            return None
        try:
            atomic.write_atomic(out, self.pdf.read_bytes())
        except (RuleError, OSError) as e:
            show_failure(self, title, e)
            return None
        self.saved_box = show_saved(self, title, out)
        return out


def open_preview(parent: QWidget, pdf: Path, title: str, save_name: str) -> SavingPdfPreview:
    """Show the preview of ``pdf`` (window-modal, deleted when closed) and return it."""
    dialog = SavingPdfPreview(pdf, title, save_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
