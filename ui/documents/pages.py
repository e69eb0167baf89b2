"""PDF pages as images, in memory, for the print preview.

PDFium (pypdfium2) renders from the bytes ReportLab made: no file is written, so a preview
leaves nothing of the family on disk. Called on the store lane (rendering a page takes tens of
milliseconds); QImage is not a QObject and may be made there.
"""

from __future__ import annotations

import pypdfium2  # type: ignore[import-untyped]

from ui.qt import QImage

#: 1.0 is 72 dpi; 1.4 gives about 100 dpi, readable on a laptop screen.
PREVIEW_SCALE = 1.4


def page_images(pdf: bytes, scale: float = PREVIEW_SCALE) -> list[QImage]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888)
            images.append(image.copy())  # owns its pixels once the bitmap is gone
            bitmap.close()
            page.close()
        return images
    finally:
        document.close()
