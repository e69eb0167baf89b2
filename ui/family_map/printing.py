"""Printing a drawing, or saving it as a PDF where the agent chooses; nothing else on disk.

The drawings hold names and family ties: they go to the printer, to memory, or to the one path
the agent picks. Never to a temporary file, which would survive the lock.
"""

from __future__ import annotations

from ui.qt import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QFileDialog,
    QGraphicsScene,
    QIODevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPrintDialog,
    QPrinter,
    QRectF,
    Qt,
    QWidget,
)

PDF_RESOLUTION = 300


def _paint(scene: QGraphicsScene, painter: QPainter, page: QRectF) -> None:
    """The whole scene, scaled to the page and centred, proportions kept."""
    source = scene.itemsBoundingRect().adjusted(-12, -12, 12, 12)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, page, source, Qt.AspectRatioMode.KeepAspectRatio)


def render_pdf(scene: QGraphicsScene) -> bytes:
    """The scene as a one-page landscape A4 PDF, built in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setTitle(scene.objectName())
    writer.setCreator("CPI terrain")
    painter = QPainter(writer)
    try:
        _paint(scene, painter, QRectF(0, 0, writer.width(), writer.height()))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def print_scene(scene: QGraphicsScene, parent: QWidget) -> bool:
    """Ask for a printer, then print the scene on one landscape page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setOutputFileName("")  # a real printer: never "print to file" by default
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print the drawing"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    painter = QPainter(printer)
    try:
        _paint(scene, painter, QRectF(0, 0, printer.width(), printer.height()))
    finally:
        painter.end()
    return True


def save_pdf(scene: QGraphicsScene, parent: QWidget, suggested: str) -> str | None:
    """Write the PDF only to the path the agent picks; returns it (None if cancelled)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Printing", "Save the drawing as PDF"), suggested,
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    with open(path, "wb") as target:
        target.write(render_pdf(scene))
    return path
