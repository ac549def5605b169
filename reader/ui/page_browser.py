"""The QTextBrowser that shows a rendered page and reports clicks on its links."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from reader.render import urls


class PageBrowser(QTextBrowser):
    """Never follows a link itself: every click goes out as `linkClicked`."""

    linkClicked = Signal(str)
    linkHovered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageBrowser")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.content_root: Path | None = None
        self.anchorClicked.connect(self._on_anchor)
        self.highlighted.connect(self._on_highlighted)

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        self.linkClicked.emit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))

    @Slot(QUrl)
    def _on_highlighted(self, url: QUrl) -> None:
        self.linkHovered.emit(url.toString() if url.isValid() and not url.isEmpty() else "")

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Images from the content root (reader://file/… or relative paths); nothing remote."""
        name = QUrl(name) if isinstance(name, str) else name
        if kind == QTextDocument.ResourceType.ImageResource.value and self.content_root is not None:
            text = name.toString()
            if text.startswith(f"{urls.SCHEME}://file/"):
                rel = urls.parse(text).path
            elif name.scheme() in ("", "file") and not name.isRelative() and name.isLocalFile():
                rel = ""
                local = Path(name.toLocalFile())
                if local.is_file() and self._inside_root(local):
                    return QImage(str(local))
            else:
                rel = name.path() if name.scheme() == "" else ""
            if rel:
                path = (self.content_root / rel).resolve()
                if self._inside_root(path) and path.is_file():
                    image = QImage(str(path))
                    if not image.isNull():
                        return image
            return QImage()
        if name.scheme() in ("http", "https", "ftp"):
            return None  # offline: never fetch
        return super().loadResource(kind, name)

    def _inside_root(self, path: Path) -> bool:
        assert self.content_root is not None
        try:
            path.resolve().relative_to(self.content_root.resolve())
        except ValueError:
            return False
        return True
