"""Heading by heading through the page, by keyboard (issue 21): Ga → "Volgende kop" /
"Vorige kop" (Alt+↓ / Alt+↑ while the page has the cursor) move the caret to the next or
previous heading, scroll it to the top and say it ("Kop 2: Hulpmiddel"). Screen readers
that offer heading navigation use the page's accessible headings
(`reader.ui.page_accessibility`); this works with any of them, and for sighted keyboard
users too."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument

from reader.ui.announce import announce
from reader.ui.page_view import START, PageView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QWidget


class Heading(NamedTuple):
    position: int
    level: int
    text: str


def headings(document: QTextDocument) -> list[Heading]:
    """The document's headings in order (blocks with a heading level)."""
    out = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0 and block.text().strip():
            out.append(Heading(block.position(), level, " ".join(block.text().split())))
        block = block.next()
    return out


class HeadingNavigator(QObject):
    def __init__(self, window: QWidget, menu: QMenu, after: QAction, page: PageView) -> None:
        """The entries go into `menu` after `after`; they move through `page`."""
        super().__init__(window)
        self.window = window
        self.page = page
        self.next = self._action(self.tr("Volgende &kop"), "Alt+Down",
                                 self.tr("Naar de volgende kop op de pagina"), 1)
        self.previous = self._action(self.tr("Vorige ko&p"), "Alt+Up",
                                     self.tr("Naar de vorige kop op de pagina"), -1)
        actions = menu.actions()
        at = actions.index(after) + 1 if after in actions else len(actions)
        before = actions[at] if at < len(actions) else None
        menu.insertActions(before, [self.next, self.previous])  # type: ignore[arg-type]
        page.addActions([self.next, self.previous])  # the keys work while the page has the cursor

    def _action(self, text: str, keys: str, tip: str, direction: int) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda: self.jump(direction))
        return action

    def jump(self, direction: int) -> Heading | None:
        """Move to the next (1) or previous (-1) heading; None (and said so) when there is none."""
        page = self.page
        if page.current == START:
            return None
        browser = page.browser
        document = browser.document()
        here = document.findBlock(browser.textCursor().position()).position()
        found = headings(document)
        if direction > 0:
            target = next((h for h in found if h.position > here), None)
        else:
            target = next((h for h in reversed(found) if h.position < here), None)
        if target is None:
            announce(browser, self.tr("Geen volgende kop") if direction > 0 else self.tr("Geen vorige kop"))
            return None
        cursor = QTextCursor(document)
        cursor.setPosition(target.position)
        browser.setTextCursor(cursor)
        block = document.findBlock(target.position)
        browser.verticalScrollBar().setValue(int(document.documentLayout().blockBoundingRect(block).top()))
        browser.setFocus(Qt.FocusReason.ShortcutFocusReason)
        said = self.tr("Kop %1: %2").replace("%1", str(target.level)).replace("%2", target.text)
        announce(browser, said)
        return target
