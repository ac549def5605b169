"""The QTextBrowser that shows a rendered page and reports clicks on its links."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QContextMenuEvent,
    QFocusEvent,
    QGuiApplication,
    QImage,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QWidget

from reader.render import urls
from reader.ui import page_accessibility


class PageBrowser(page_accessibility.LinkedBrowser):
    """Never follows a link itself: every click goes out as `linkClicked`."""

    linkClicked = Signal(str)
    linkHovered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageBrowser")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # lines (and table columns) break between words, never inside one: a column is at
        # least as wide as its longest word (Qt's default also breaks "anywhere")
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.content_root: Path | None = None
        page_accessibility.install()
        self.anchorClicked.connect(self._on_anchor)
        self.highlighted.connect(self._on_highlighted)

    def link_menu(self, href: str, menu: QMenu) -> QMenu:
        """Qt's "Copy link location" would copy the app's own reader:// address: ours copies
        the address a reader can use (the official page, or the web address)."""
        for action in menu.actions():
            if action.objectName() == "link-copy":
                menu.removeAction(action)
        address = self.address_of(href)
        if address:
            copy = menu.addAction(self.tr("Link kopiëren"))
            copy.setObjectName("copyAddress")
            copy.setToolTip(address)
            copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(address))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        href = self.anchorAt(event.pos())
        if href:
            self.link_menu(href, menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.follow_assistive_technology()
        super().focusInEvent(event)

    def follow_assistive_technology(self) -> None:
        """With a screen reader running (Qt's accessibility active) the arrow keys move a caret
        through the page, which the screen reader reads line by line (Orca read nothing while
        they only scrolled); without one they scroll, as before."""
        flags = self.textInteractionFlags()
        keyboard = Qt.TextInteractionFlag.TextSelectableByKeyboard
        wanted = flags | keyboard if QAccessible.isActive() else flags & ~keyboard
        if wanted != flags:
            self.setTextInteractionFlags(wanted)

    def activate_link(self, href: str) -> None:
        """Follow a link as a click on it does (assistive technology's Press)."""
        self.linkClicked.emit(page_accessibility.link_url(href))

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
