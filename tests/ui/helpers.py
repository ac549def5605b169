"""Helpers for driving the page view like a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor


def link_hrefs(browser) -> list[str]:
    """Every link target in the shown document, in order."""
    out: list[str] = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            if fmt.isAnchor() and fmt.anchorHref() and (not out or out[-1] != fmt.anchorHref()):
                out.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return out


def click_link(qtbot, browser, href: str) -> None:
    """Scroll to the first link with this target and click it with the mouse."""
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            if fmt.isAnchor() and fmt.anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(frag.position() + min(1, frag.length() - 1))
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                point = browser.cursorRect(cursor).center()
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href} on the page")
