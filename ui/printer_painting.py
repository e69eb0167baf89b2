"""Printing through Qt's printer support, for systems without CUPS's `lp` (Windows).

Each page is rendered by PDFium at the printer's resolution, in memory, and painted on a
QPrinter: the Windows spooler receives it like any application's print job, with no file of
ours on the way. Runs on the store lane: painting on a QPrinter is allowed off the GUI thread.
Not used where `lp` exists: Qt's CUPS backend spools through a temporary file.
"""

from __future__ import annotations

import pypdfium2  # type: ignore[import-untyped]

from app.errors import UserInputError
from app.i18n import QT_TRANSLATE_NOOP
from ui.qt import (
    QImage,
    QMarginsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPrinter,
    QPrinterInfo,
)

PRINT_DPI = 300  # sharp text on office laser printers; about 35 MB per A4 page in memory


def paint_on_printer(pdf: bytes, printer_name: str, title: str) -> int:
    """Print ``pdf`` on ``printer_name`` page by page; returns the number of pages sent."""
    if printer_name not in QPrinterInfo.availablePrinterNames():
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Printing", "The printer {printer} is not set up on this computer. Choose another "
                        "printer, or save the document as PDF.").format(printer=printer_name))
    printer = QPrinter(QPrinterInfo.printerInfo(printer_name),
                       QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)  # spooler queues are visible to others: no names in it
    printer.setResolution(PRINT_DPI)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait, QMarginsF()))
    document = pypdfium2.PdfDocument(pdf)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise UserInputError(QT_TRANSLATE_NOOP(
                "Printing", "The printer {printer} did not accept the document. Check that it "
                            "is on and connected, then print again.").format(
                                printer=printer_name))
        for index in range(len(document)):
            if index and not printer.newPage():
                raise UserInputError(QT_TRANSLATE_NOOP(
                    "Printing", "The printer {printer} stopped during the document. Check "
                                "it, then print again.").format(printer=printer_name))
            target = painter.viewport()
            page = document[index]
            bitmap = page.render(scale=target.width() / page.get_width(), prefer_bgrx=True,
                                 rev_byteorder=True)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888)
            painter.drawImage(target, image)
            bitmap.close()
            page.close()
        return len(document)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
