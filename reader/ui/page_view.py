"""The right pane: the start page or a rendered page, and the find-in-page bar.

Links are classified with `reader.render.urls.parse`: expanders (toggle) and anchors on
the same page are handled here; everything else goes out as a `…Requested` signal for
the main window to act on.
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStackedWidget, QTextEdit, QVBoxLayout, QWidget

from reader.content import Site
from reader.content.words import find_folded
from reader.render import urls
from reader.ui import page_accessibility, text_size, theme
from reader.ui.find_bar import FindBar
from reader.ui.i18n import current_language
from reader.ui.page_browser import PageBrowser
from reader.ui.start_page import StartPage

if TYPE_CHECKING:  # the renderer (Python-Markdown) and Qt's print support load on first use
    from PySide6.QtPrintSupport import QPrinter

    from reader.render import RenderedPage

log = logging.getLogger(__name__)

START = "start"
GLOSSARY = "begrippenlijst"


class PageView(QWidget):
    """The start page or a rendered page.

    `defer_start`: the start page (some forty widgets) is built on first use of
    `start_page`, not with the view; until then a blank placeholder in the same colour
    stands in. The main window builds it right after its first paint.
    """

    pageRequested = Signal(str, str)  # path, anchor
    filterRequested = Signal(str, str)  # facet, value
    fileRequested = Signal(str)
    externalRequested = Signal(str)
    glossaryRequested = Signal(str)
    beslishulpRequested = Signal()
    linkHovered = Signal(str)  # text for the status bar
    pageShown = Signal(str)  # path, START or GLOSSARY
    findCountChanged = Signal(int, int)  # current (1-based), total
    # the start page's entry points
    roleRequested = Signal(str)
    phaseRequested = Signal(str)
    kindRequested = Signal(str)
    projectRequested = Signal(int)
    officialRequested = Signal()  # "Officiële tekst lezen" in a summary page's footer
    newProjectRequested = Signal()
    startPageMade = Signal(QWidget)  # the start page, just made (first shown or first asked for)

    def __init__(self, site: Site, source_line: str = "", parent: QWidget | None = None, *,
                 defer_start: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.site = site
        self.dark = False
        self.zoom_steps = 0
        self.highlight: frozenset[str] = frozenset()
        #: language of the labels the renderer adds (the page text stays as it is)
        self.language = current_language()
        self.current = START
        self.rendered: RenderedPage | None = None
        self._pending: str | None = None  # anchor of a page shown with `defer`, not yet rendered
        self._expanded: set[int] = set()
        self._matches: list[QTextCursor] = []
        self._match_index = -1

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.stack = page_accessibility.mark_container(QStackedWidget(self))
        self._source_line = source_line
        self._start_page: StartPage | None = None
        self._placeholder: QWidget | None = _Placeholder(self.stack)
        self._holding = False  # the placeholder shows the start snapshot until the start page is made
        self._placeholder.setObjectName("startPlaceholder")
        self.browser = PageBrowser(self.stack)
        self.browser.content_root = site.root
        self.browser.address_of = self.address_of
        self.browser.describe_link = self.link_description
        self.browser.setAccessibleName(self.tr("Pagina"))
        self.browser.linkClicked.connect(self._on_link)
        self.browser.linkHovered.connect(self._on_hover)
        self.stack.addWidget(self._placeholder)
        self.stack.addWidget(self.browser)
        layout.addWidget(self.stack, 1)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.find_bar.searchChanged.connect(self.find_in_page)
        self.find_bar.nextRequested.connect(self.find_next)
        self.find_bar.previousRequested.connect(self.find_previous)
        self.find_bar.closed.connect(self._on_find_closed)
        layout.addWidget(self.find_bar)
        self._base_point_size = text_size.base_font().pointSizeF() or self.browser.font().pointSizeF()
        self.findCountChanged.connect(self.find_bar.set_count)
        if not defer_start:
            self.ensure_start_page()

    @property
    def has_start_page(self) -> bool:
        return self._start_page is not None

    @property
    def start_page(self) -> StartPage:
        return self.ensure_start_page()

    def ensure_start_page(self, *, staged: bool = False) -> StartPage:
        """The start page, built (in place of the placeholder) on first use; complete
        unless `staged` (see `StartPage`), and completed when asked for again."""
        if self._start_page is not None and not staged and not self._start_page.complete:
            self._start_page.finish()
        if self._start_page is None:
            page = StartPage(self.site, self._source_line, self.stack, staged=staged)
            page.roleRequested.connect(self.roleRequested)
            page.phaseRequested.connect(self.phaseRequested)
            page.kindRequested.connect(self.kindRequested)
            page.glossaryRequested.connect(lambda: self.glossaryRequested.emit(""))
            page.beslishulpRequested.connect(self.beslishulpRequested)
            page.projectRequested.connect(self.projectRequested)
            page.newProjectRequested.connect(self.newProjectRequested)
            page.update_icons(theme.colors(self.dark))
            self._start_page = page
            self.stack.insertWidget(0, page)
            if self._placeholder is not None and not (staged and self._holding):
                if self.stack.currentWidget() is self._placeholder:
                    self.stack.setCurrentWidget(page)
                self.stack.removeWidget(self._placeholder)
                self._placeholder.deleteLater()
                self._placeholder = None
            self.startPageMade.emit(page)
        return self._start_page

    def hold_start_picture(self, picture: QImage) -> None:
        """Until `release_start_picture`, the placeholder shows its part of `picture` (the
        start snapshot of the whole window), and the start page is built out of sight."""
        if isinstance(self._placeholder, _Placeholder):
            self._placeholder.picture = picture
            self._holding = True
            self._placeholder.update()

    def release_start_picture(self) -> None:
        """The start page in place of the picture (once it is made)."""
        self._holding = False
        if self._placeholder is None or self._start_page is None:
            return
        if self.stack.currentWidget() is self._placeholder:
            self.stack.setCurrentWidget(self._start_page)
        self.stack.removeWidget(self._placeholder)
        self._placeholder.deleteLater()
        self._placeholder = None

    # ------------------------------------------------------------------ showing
    @property
    def title(self) -> str:
        if self.current == START:
            return self.tr("Start")
        if self.rendered:
            return self.rendered.title
        page = self.site.get(self.current)
        return page.title if page else ""

    def show_start(self) -> None:
        self.current = START
        self.rendered = None
        self._pending = None
        shown = self._start_page or self._placeholder
        assert shown is not None  # the placeholder stands in until the start page is made
        self.stack.setCurrentWidget(shown)
        self._clear_find()
        self.pageShown.emit(START)

    def show_page(self, path: str, anchor: str = "", *, defer: bool = False) -> bool:
        """Show a page; `defer`: make it the current page now but render it only when
        `render_pending` is called (the window does that right after its first paint)."""
        page = self.site.get(path)
        if page is None:
            return False
        if path != self.current:
            self._expanded = set()
        self.current = path
        if defer:
            self.rendered = None
            self._pending = anchor
        else:
            self._render(anchor=anchor)
        self.pageShown.emit(path)
        return True

    def render_pending(self) -> bool:
        """Render the page shown with `defer`, if it still waits; True when it did."""
        if self._pending is None:
            return False
        self._render(anchor=self._pending)
        return True

    def show_glossary(self, anchor: str = "") -> None:
        self.current = GLOSSARY
        self._expanded = set()
        self._render(anchor=anchor)
        self.pageShown.emit(GLOSSARY)

    def rerender(self) -> None:
        """Render the current page again (dark mode, zoom, expanders), keeping the scroll."""
        if self.current == START:
            return
        bar = self.browser.verticalScrollBar()
        pos = bar.value()
        self._render()
        bar.setValue(pos)

    def _render(self, anchor: str = "") -> None:
        from reader.render import RenderedPage, render_glossary, render_page

        self._pending = None
        try:
            if self.current == GLOSSARY:
                rendered = render_glossary(self.site, dark=self.dark, language=self.language,
                                           contrast=theme.page_colours(theme.colors(self.dark)))
            else:
                page = self.site.pages[self.current]
                rendered = render_page(self.site, page, expanded=frozenset(self._expanded),
                                       dark=self.dark, highlight=self.highlight, language=self.language,
                                       contrast=theme.page_colours(theme.colors(self.dark)))
        except Exception:
            log.exception("rendering %s failed", self.current)
            title = self.current
            rendered = RenderedPage(self.current, title, self._error_html(title))
        self.rendered = rendered
        self.browser.document().setDefaultFont(self._page_font())
        self.browser.setHtml(rendered.html)
        self.browser.document().setDocumentMargin(24)
        self.stack.setCurrentWidget(self.browser)
        self.browser.setAccessibleDescription(rendered.title)
        page_accessibility.page_changed(self.browser)
        if anchor:
            QTimer.singleShot(0, lambda: self.browser.scrollToAnchor(anchor))
        else:
            self.browser.verticalScrollBar().setValue(0)
        if self.find_bar.isVisible() and self.find_bar.field.text():
            self.find_in_page(self.find_bar.field.text())
        else:
            self._clear_find()

    def _error_html(self, title: str) -> str:
        message = self.tr("Deze pagina kan niet worden getoond. De details staan in het logbestand.")
        return f"<html><body><h1>{html.escape(title)}</h1><p>{html.escape(message)}</p></body></html>"

    def _page_font(self) -> QFont:
        font = QFont(self.browser.font())
        font.setPointSizeF(max(6.0, self._base_point_size * (1 + 0.1 * self.zoom_steps)))
        return font

    # ------------------------------------------------------------------ settings
    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        if self._start_page is not None:
            self._start_page.update_icons(theme.colors(dark))
        self.rerender()

    def set_zoom(self, steps: int) -> None:
        self.zoom_steps = steps
        font = self._page_font()
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)
        self.rerender()

    # ------------------------------------------------------------------ links
    @Slot(str)
    def _on_link(self, url: str) -> None:
        if url.startswith("#"):
            self.browser.scrollToAnchor(url[1:])
            return
        link = urls.parse(url)
        if link.action == "toggle":
            n = int(link.value)
            self._expanded ^= {n}
            self.rerender()
        elif link.action == "page":
            if link.path == self.current and link.anchor:
                self.browser.scrollToAnchor(link.anchor)
            else:
                self.pageRequested.emit(link.path, link.anchor)
        elif link.action == "filter":
            self.filterRequested.emit(link.path, link.value)
        elif link.action == "file":
            self.fileRequested.emit(link.path)
        elif link.action == "glossary":
            if self.current == GLOSSARY and link.anchor:
                self.browser.scrollToAnchor(link.anchor)
            else:
                self.glossaryRequested.emit(link.anchor)
        elif link.action == "beslishulp":
            self.beslishulpRequested.emit()
        elif link.action == "official":
            self.officialRequested.emit()
        elif link.action == "external":
            self.externalRequested.emit(link.url)
        else:
            log.info("ignored link %s", url)

    @Slot(str)
    def _on_hover(self, url: str) -> None:
        self.linkHovered.emit(self.link_description(url) if url else "")

    def link_description(self, url: str) -> str:
        """Where a link leads, in words: the status bar's text when it is hovered, and its
        description for assistive technology."""
        link = urls.parse(url)
        if link.action == "page":
            page = self.site.get(link.path)
            return page.title if page else link.path
        if link.action == "external":
            return self.tr("Externe link: %1").replace("%1", link.url)
        if link.action == "file":
            return self.tr("Document: %1").replace("%1", link.path)
        if link.action == "filter":
            label = self.site.short_label(link.path, link.value)
            return self.tr("Filter op %1").replace("%1", label)
        if link.action == "toggle":
            return self.tr("Uitklappen of inklappen")
        if link.action == "glossary":
            return self.tr("Begrippenlijst")
        if link.action == "beslishulp":
            return self.tr("Beslishulp AI-verordening openen")
        return url

    # ------------------------------------------------------------------ find
    def open_find(self) -> None:
        self.find_bar.open_bar()

    @Slot(str)
    def address_of(self, href: str) -> str:
        """The address to copy for a link on the page (`render.html.official_address`)."""
        from reader.render.html import official_address

        return official_address(self.site, href)

    def find_in_page(self, text: str) -> None:
        self._matches = []
        self._match_index = -1
        doc = self.browser.document()
        if text and self.current != START:
            # folded as the search folds words: "financiele" finds "financiële"
            block = doc.begin()
            while block.isValid():
                base = block.position()
                for start, end in find_folded(block.text(), text):
                    cursor = QTextCursor(doc)
                    cursor.setPosition(base + start)
                    cursor.setPosition(base + end, QTextCursor.MoveMode.KeepAnchor)
                    self._matches.append(cursor)
                block = block.next()
        if self._matches:
            self._match_index = 0
        self._show_matches()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self._matches:
            return
        self._match_index = (self._match_index + delta) % len(self._matches)
        self._show_matches()

    def match_count(self) -> int:
        return len(self._matches)

    def _show_matches(self) -> None:
        c = theme.colors(self.dark)
        selections = []
        all_format = QTextCharFormat()
        all_format.setBackground(QColor(c.highlight_bg))
        all_format.setForeground(QColor(c.highlight_fg))
        current_format = QTextCharFormat()
        current_format.setBackground(QColor(c.current_match_bg))
        current_format.setForeground(QColor(c.current_match_fg))
        for i, cursor in enumerate(self._matches):
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            sel.format = current_format if i == self._match_index else all_format
            selections.append(sel)
        self.browser.setExtraSelections(selections)
        if 0 <= self._match_index < len(self._matches):
            cursor = QTextCursor(self._matches[self._match_index])
            cursor.clearSelection()
            self.browser.setTextCursor(cursor)
            self.browser.ensureCursorVisible()
        self.findCountChanged.emit(self._match_index + 1, len(self._matches))

    def _clear_find(self) -> None:
        self._matches = []
        self._match_index = -1
        self.browser.setExtraSelections([])
        self.findCountChanged.emit(0, 0)

    @Slot()
    def _on_find_closed(self) -> None:
        self._clear_find()
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ printing
    def print_html(self) -> tuple[str, str] | None:
        """(title, HTML) of the current page with every expander open and its links on the
        official site, for printing and PDF; None on the start page or when rendering fails."""
        if self.current == START:
            return None
        from reader.render import render_glossary, render_page
        from reader.render.html import printable_links

        try:
            if self.current == GLOSSARY:
                rendered = render_glossary(self.site, dark=False, language=self.language)
            else:
                rendered = render_page(self.site, self.site.pages[self.current], print_mode=True,
                                       dark=False, language=self.language)
            # official addresses, on paper
            html = printable_links(self.site, rendered.html, self.current, self.language)
        except Exception:
            log.exception("rendering %s for print failed", self.current)
            return None
        return rendered.title, html

    def print_document(self) -> QTextDocument | None:
        """The current page with every expander open, for printing."""
        printable = self.print_html()
        if printable is None:
            return None
        title, html = printable
        doc = QTextDocument(self)
        option = doc.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as on screen: table columns break between words
        doc.setDefaultTextOption(option)
        doc.setDefaultFont(QFont(self.browser.font().family(), 10))
        doc.setHtml(html)
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        return doc

    def print_to(self, printer: QPrinter) -> bool:
        doc = self.print_document()
        if doc is None:
            return False
        printer.setDocName(self.rendered.title if self.rendered else doc.metaInformation(
            QTextDocument.MetaInformation.DocumentTitle))
        doc.print_(printer)
        return True


class _Placeholder(QWidget):
    """Where the start page will be: empty, or its part of the start snapshot's picture."""

    picture: QImage | None = None

    def paintEvent(self, _event: object) -> None:
        if self.picture is None:
            return
        ratio = self.picture.devicePixelRatio()
        corner = self.mapTo(self.window(), QPoint(0, 0))
        source = QRectF(corner.x() * ratio, corner.y() * ratio, self.width() * ratio, self.height() * ratio)
        painter = QPainter(self)
        painter.drawImage(QRectF(self.rect()), self.picture, source)
        painter.end()
