"""Printing a PDF the app wrote: Qt's print preview, then the system's print dialog.

Handing the file to the system viewer shows nothing on a PC without a PDF reader, so 打印 lays
the PDF's pages (rendered by QtPdf) into ``QPrintPreviewDialog``: the cadre sees the sheets, picks
the printer and prints, all inside the app. Saving the PDF is a separate action whose answer says
where the file went and offers to open that folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QMessageBox, QWidget

PRINT_DPI = 200  # sharp enough for text and the footer's QR code, small enough for 80 pages


def print_folder() -> Path:
    """Where a PDF made only to be printed is written (the temporary folder, not the cadre's)."""
    temp = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
    return Path(temp) / "swdesk-print"


class PdfPrintPreview(QPrintPreviewDialog):
    """The preview of ``pdf``'s pages; its print button opens the system's print dialog."""

    def __init__(self, pdf: Path, title: str, parent: QWidget | None = None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own it: kept alive with the dialog
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        self.paintRequested.connect(self._paint)
        self.preview = self.findChild(QPrintPreviewWidget)

    def page_count(self) -> int:
        """Pages of the PDF that was loaded (0 when it could not be read)."""
        return self.document.pageCount()

    def _paint(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                image = page_image(self.document, page, dpi)
                size = image.size()
                scaled = size.scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                x = (target.width() - scaled.width()) / 2
                painter.drawImage(QRectF(x, 0, scaled.width(), scaled.height()), image)
        finally:
            painter.end()


def page_image(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """One page as it goes on paper: grey, one byte a pixel (a whole round stays a few hundred
    megabytes at most), on white — QtPdf renders onto a transparent image, whose empty pixels
    would otherwise turn black in grey."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    out = QImage(size, QImage.Format.Format_Grayscale8)
    out.fill(Qt.GlobalColor.white)
    painter = QPainter(out)
    try:
        painter.drawImage(0, 0, document.render(page, size))
    finally:
        painter.end()
    return out


def show_saved(parent: QWidget, title: str, path: Path) -> QMessageBox:
    """Say where ``path`` was saved, offering 打开所在文件夹; the box is not modal."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title,
        QCoreApplication.translate("print_preview", "已保存到：\n{path}").format(path=path),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    folder = box.addButton(
        QCoreApplication.translate("print_preview", "打开所在文件夹"),
        QMessageBox.ButtonRole.ActionRole,
    )
    close = box.addButton(
        QCoreApplication.translate("print_preview", "关闭"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(close)
    box.setEscapeButton(close)

    def clicked(which: object) -> None:
        if which is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    box.buttonClicked.connect(clicked)
    box.open()
    return box
