"""Pages shown one at a time inside the application: a document attached to a dossier, the scan
of a signed plan. The pages are images in memory (never a file) and leave it with the viewer
(``clear``), so that nothing of the family outlives the dialog that showed it."""

from __future__ import annotations

from ui.plain import PlainLabel
from ui.qt import (
    QHBoxLayout,
    QImage,
    QPixmap,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)

#: A page is shown at most this wide (a 300 dpi scan is scaled down to it).
PAGE_WIDTH = 760


class PageViewer(QWidget):
    """One page at a time, with "Previous" and "Next" and "Page n of m" under it. ``pager``
    is the row of those buttons: a dialog adds its own buttons after them."""

    def __init__(self, page_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QImage] = []
        self._page = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.page_view = PlainLabel()
        self.page_view.setObjectName("page")
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setStyleSheet("background: #7a7a7a;")  # the white page stands out
        self.page_view.setAccessibleName(page_name)
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setWidget(self.page_view)
        layout.addWidget(self.page_scroll, 1)
        self.pager = QHBoxLayout()
        self.previous = QPushButton(self.tr("&Previous page"))
        self.next = QPushButton(self.tr("&Next page"))
        self.page_label = PlainLabel()
        self.page_label.setObjectName("pageNumber")
        self.previous.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next.clicked.connect(lambda: self.show_page(self._page + 1))
        for widget in (self.previous, self.page_label, self.next):
            self.pager.addWidget(widget)
        self.pager.addStretch(1)
        layout.addLayout(self.pager)
        self.show_page(0)

    def set_pages(self, pages: list[QImage]) -> None:
        """Show ``pages`` from the first."""
        self._pages = pages
        self.show_page(0)

    def clear(self) -> None:
        """No page kept, none shown."""
        self.set_pages([])

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def page_image(self, index: int) -> QImage:
        return self._pages[index]

    def show_page(self, index: int) -> None:
        count = len(self._pages)
        self._page = max(0, min(index, count - 1))
        if count:
            image = self._pages[self._page]
            width = min(PAGE_WIDTH, max(self.page_scroll.viewport().width() - 24, 200))
            if image.width() > width:  # the whole width of the page in view
                image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            self.page_view.setPixmap(QPixmap.fromImage(image))
            self.page_label.setText(self.tr("Page {page} of {count}").format(
                page=self._page + 1, count=count))
        else:
            self.page_view.clear()
            self.page_label.setText("")
        self.previous.setEnabled(self._page > 0)
        self.next.setEnabled(self._page < count - 1)
