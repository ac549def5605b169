"""The rendered page's structure for assistive technology (issue 21, EN 301 549 11.5.2).

Qt exposes a QTextBrowser as one flat text object: no headings, no links, and its text
carries QTextDocument's internal frame markers (U+FDD0/U+FDD1). This module installs an
accessibility factory (`QAccessible.installFactory`) that gives the page browser its own
interface instead:

- the browser is a read-only `Document` (language `nl`, whatever the interface language),
  with a text interface over the page's text in which block and frame boundaries are plain
  line breaks — no internal markers; offsets are the document's positions, so the caret
  and the text agree;
- its children are the page's structure, in reading order: headings (role `Heading`, with
  `Attribute.Level`), lists (`List` > `ListItem`), tables (`Table` > `Row` > `Cell`, with a
  table-cell interface) and links (`Link`, named by their text, described by where they
  lead, with a `Press` action that follows them as a click does and `SetFocus` that puts
  the keyboard focus on them); links sit under the heading, item or cell that holds them;
- headings and other blocks have `SetFocus`: the caret moves there and the page scrolls.

Elsewhere: start-page headings (a QLabel with the `akHeadingLevel` property) are headings
with a level; the start page's cards and phase buttons are buttons without their inner
labels and icons (their name and description say it all); a QLabel marked `akDecorative`
(an icon) is invisible to assistive technology.

PySide6 can do this because `interface_cast` may be overridden to hand Qt the C++ address
of a separate Python-made `QAccessibleTextInterface` (and action, attributes, table-cell)
object, wrapped in a `shiboken6.VoidPtr`. Two parts of the text interface PySide6 does not
bind (`selection()` and `attributes()`, which return through pointer arguments); on Linux
x86-64 `text_runs` supplies them (the selection's range, and the page as one run of text in
Dutch, without which Orca reads no line), elsewhere they stay unanswered. An assistive
technology gets the text, the caret, characters' positions and word/line boundaries (Qt's
defaults over our `text()`).

Interfaces are built lazily: only when assistive technology (or a test) asks for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QLocale, QObject, QPoint, QRect, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAttributesInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleTableCellInterface,
    QAccessibleTextInterface,
    QTextBlock,
    QTextCursor,
    QTextTable,
)
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QPushButton, QTextBrowser, QWidget

from reader.ui import text_runs


class LinkedBrowser(QTextBrowser):
    """What the page's accessible interface needs of the browser it describes (the page
    browser is one): where a link leads (`address_of`, in words `describe_link`) and
    following one as a click does (`activate_link`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the address a link copied from the page gets (an app link -> the official page)
        self.address_of: Callable[[str], str] = lambda href: href
        # where a link leads, in words (assistive technology's description of the link)
        self.describe_link: Callable[[str], str] = lambda _href: ""

    def activate_link(self, href: str) -> None:
        """Follow a link as a click on it does (assistive technology's Press)."""
        raise NotImplementedError


Role = QAccessible.Role
PAGE_LOCALE = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)  # the content's language
HEADING_PROPERTY = "akHeadingLevel"
DECORATIVE_PROPERTY = "akDecorative"
CONTAINER_PROPERTY = "akContainer"
# QTextDocument's own characters: paragraph and line separators, frame start and end
_MARKERS = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n",
                          "\ufffc": " "})
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Text as a reader sees it: QTextDocument's markers become line breaks (same length)."""
    return text.translate(_MARKERS)


def _name(text: str) -> str:
    return _SPACES.sub(" ", clean(text)).strip()


NULL = shiboken6.VoidPtr(0)  # what interface_cast returns for an interface a part does not have


def _or_null(value: shiboken6.VoidPtr | int | None) -> shiboken6.VoidPtr | int:
    """The base class's answer, passed on: its binding gives None for a null pointer, and
    None handed back to Qt from an override crashes."""
    return NULL if value is None else value


def _ptr(obj: shiboken6.Object) -> shiboken6.VoidPtr:
    return shiboken6.VoidPtr(shiboken6.getCppPointer(obj)[0])


# ---------------------------------------------------------------------- helpers
class _Attributes(QAccessibleAttributesInterface):
    def __init__(self, level: int = 0, locale: QLocale | None = None) -> None:
        super().__init__()
        self.level = level
        self.locale = locale

    def attributeKeys(self) -> list[QAccessible.Attribute]:
        keys = []
        if self.level:
            keys.append(QAccessible.Attribute.Level)
        if self.locale is not None:
            keys.append(QAccessible.Attribute.Locale)
        return keys

    def attributeValue(self, key: QAccessible.Attribute) -> object:
        if key == QAccessible.Attribute.Level and self.level:
            return self.level
        if key == QAccessible.Attribute.Locale and self.locale is not None:
            return self.locale
        return None


class _Actions(QAccessibleActionInterface):
    def __init__(self, names: list[str], run: Callable[[str], None]) -> None:
        super().__init__()
        self.names = names
        self.run = run

    def actionNames(self) -> list[str]:
        return list(self.names)

    def doAction(self, name: str) -> None:
        if name in self.names:
            self.run(name)

    def keyBindingsForAction(self, _name: str) -> list[str]:
        return []


class _Cell(QAccessibleTableCellInterface):
    def __init__(self, node: Node, row: int, column: int, rows: int, columns: int) -> None:
        super().__init__()
        self.node = node
        self.row, self.column, self.rows, self.columns = row, column, rows, columns

    def rowIndex(self) -> int:
        return self.row

    def columnIndex(self) -> int:
        return self.column

    def rowExtent(self) -> int:
        return self.rows

    def columnExtent(self) -> int:
        return self.columns

    def isSelected(self) -> bool:
        return False

    def rowHeaderCells(self) -> list[QAccessibleInterface]:
        return []

    def columnHeaderCells(self) -> list[QAccessibleInterface]:
        table = self.node.parent_node.parent_node if self.node.parent_node else None
        if table is None or not table.children or self.node.parent_node is table.children[0]:
            return []
        header = table.children[0]
        return [c for c in header.children if c.role_ == Role.ColumnHeader
                and c.cell is not None and c.cell.column == self.column]

    def table(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.node.parent_node.parent_node if self.node.parent_node else None


# ---------------------------------------------------------------------- the page's parts
class Node(QAccessibleInterface):
    """One part of the page: a heading, list, list item, table, row, cell or link, over the
    document positions [start, end)."""

    def __init__(self, doc: DocumentAccessible, role: QAccessible.Role, start: int, end: int,
                 name: str = "", *, level: int = 0, href: str = "") -> None:
        super().__init__()
        self.doc = doc
        self.role_ = role
        self.start, self.end = start, end
        self.name = name
        self.level = level
        self.href = href
        self.description = ""
        self.parent_node: Node | None = None
        self.children: list[Node] = []
        self.cell: _Cell | None = None
        self.attrs = _Attributes(level, PAGE_LOCALE)
        names = [QAccessibleActionInterface.setFocusAction()]
        if href:
            names.insert(0, QAccessibleActionInterface.pressAction())
        self.actions = _Actions(names, self._do)

    def add(self, child: Node) -> Node:
        child.parent_node = self
        self.children.append(child)
        return child

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    # QAccessibleInterface
    def isValid(self) -> bool:
        return self.doc.valid_node(self)

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self):
        return self.doc.window()

    def relations(self, _match=None) -> list:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        focused = self.doc.focused_link()
        while focused is not None and focused.parent_node is not self:
            focused = focused.parent_node
        return focused

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        for child in self.children:
            if child.rect().contains(x, y):
                return child
        return None

    def parent(self) -> QAccessibleInterface:
        return self.parent_node if self.parent_node is not None else self.doc

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.children[index] if 0 <= index < len(self.children) else None

    def childCount(self) -> int:
        return len(self.children)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        for i, c in enumerate(self.children):
            if c is child:
                return i
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.name
        if kind == QAccessible.Text.Description:
            return self.description
        if kind == QAccessible.Text.Value and self.href:
            return self.doc.address(self.href)
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        pass

    def rect(self) -> QRect:
        return self.doc.range_rect(self.start, self.end, inline=self.role_ == Role.Link)

    def role(self) -> QAccessible.Role:
        return self.role_

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.readOnly = True
        if self.role_ == Role.Link:
            state.focusable = True
            state.linked = True
            state.focused = self.doc.focused_link() is self
        if not self.doc.browser.isVisible():
            state.invisible = True
        elif not self.doc.on_screen(self.rect()):
            state.offscreen = True
        return state

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr | int:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.ActionInterface:
            return _ptr(self.actions)
        if kind == QAccessible.InterfaceType.AttributesInterface:
            return _ptr(self.attrs)
        if kind == QAccessible.InterfaceType.TableCellInterface and self.cell is not None:
            return _ptr(self.cell)
        return NULL

    def _do(self, action: str) -> None:
        if action == QAccessibleActionInterface.pressAction() and self.href:
            self.doc.browser.activate_link(self.href)
        else:
            self.doc.move_to(self)


# ---------------------------------------------------------------------- the page
class _DocumentText(QAccessibleTextInterface):
    """The page's text: offsets are document positions; no internal markers."""

    def __init__(self, doc: DocumentAccessible) -> None:
        super().__init__()
        self.doc = doc

    def text(self, start: int, end: int) -> str:
        return self.doc.plain_text()[max(0, start):max(0, end)]

    def characterCount(self) -> int:
        return len(self.doc.plain_text())

    def cursorPosition(self) -> int:
        return min(self.doc.browser.textCursor().position(), self.characterCount())

    def setCursorPosition(self, position: int) -> None:
        self.doc.set_cursor(position, position)

    def selectionCount(self) -> int:
        return 1 if self.doc.browser.textCursor().hasSelection() else 0

    def addSelection(self, start: int, end: int) -> None:
        self.doc.set_cursor(start, end)

    def setSelection(self, _index: int, start: int, end: int) -> None:
        self.doc.set_cursor(start, end)

    def removeSelection(self, _index: int) -> None:
        cursor = self.doc.browser.textCursor()
        cursor.clearSelection()
        self.doc.browser.setTextCursor(cursor)

    def characterRect(self, offset: int) -> QRect:
        return self.doc.range_rect(offset, offset + 1, inline=True)

    def offsetAtPoint(self, point: QPoint) -> int:
        browser = self.doc.browser
        local = browser.viewport().mapFromGlobal(point)
        if not browser.viewport().rect().contains(local):
            return -1
        return browser.cursorForPosition(local).position()

    def scrollToSubstring(self, start: int, _end: int) -> None:
        self.doc.set_cursor(start, start)

    # the two calls PySide6 does not bind, given to Qt by text_runs.supply (Linux x86-64)
    def selection_range(self) -> tuple[int, int]:
        cursor = self.doc.browser.textCursor()
        if not cursor.hasSelection():
            return 0, 0
        count = self.characterCount()
        return min(cursor.selectionStart(), count), min(cursor.selectionEnd(), count)

    def attribute_run(self, _offset: int) -> tuple[str, int, int]:
        """The whole page is one run of text, in the content's language (a screen reader
        picks its voice by it, and reads no text outside a run)."""
        return f"language:{PAGE_LOCALE.name().replace('_', '-')}", 0, self.characterCount()


class DocumentAccessible(QAccessibleWidget):
    """The page browser as a document with its structure as children."""

    def __init__(self, browser: LinkedBrowser) -> None:
        super().__init__(browser, Role.Document, "")
        self.browser = browser
        self.text_ = _DocumentText(self)
        self.attrs = _Attributes(0, PAGE_LOCALE)
        self.nodes: list[Node] = []  # top level
        self._all: list[Node] = []
        self._ids: list[int] = []
        self._text: str | None = None
        self._document = 0  # the C++ address of the document the parts are of
        self._built = False
        # the parts are not tied to a QObject, so Qt would keep them until the app ends
        browser.destroyed.connect(self.invalidate)
        # Tab onto a link selects it: tell assistive technology which link has the focus
        browser.highlighted.connect(self._on_highlighted)
        text_runs.supply(self.text_, self.text_)

    # structure
    def invalidate(self) -> None:
        """The page changed: forget its parts (assistive technology is told by `changed`)."""
        for node_id in self._ids:
            QAccessible.deleteAccessibleInterface(node_id)
        self._ids = []
        self.nodes = []
        self._all = []
        self._text = None
        self._built = False

    def _ensure(self) -> None:
        document = self.browser.document()
        address = shiboken6.getCppPointer(document)[0]  # (a new wrapper may stand for the same one)
        if address != self._document:
            self.invalidate()
            self._document = address
            document.contentsChanged.connect(self.invalidate)
        if not self._built:
            self._built = True
            self.nodes = build(self)
            self._all = [n for top in self.nodes for n in top.walk()]
            self._ids = [QAccessible.registerAccessibleInterface(n) for n in self._all]

    def _on_highlighted(self, _url: object) -> None:
        self._ensure()
        link = self.focused_link()
        if link is not None:
            QAccessible.updateAccessibility(QAccessibleEvent(link, QAccessible.Event.Focus))

    def valid_node(self, node: Node) -> bool:
        return any(n is node for n in self._all)

    def plain_text(self) -> str:
        if self._text is None:
            self._text = clean(self.browser.document().toRawText())
        return self._text

    def address(self, href: str) -> str:
        return self.browser.address_of(href) or href

    def focused_link(self) -> Node | None:
        cursor = self.browser.textCursor()
        if not cursor.hasSelection() or not self.browser.hasFocus():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        for node in self._all:
            if node.href and node.start == start and node.end == end:
                return node
        return None

    def set_cursor(self, start: int, end: int) -> None:
        count = len(self.plain_text())
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(max(0, min(start, count)))
        if end != start:
            cursor.setPosition(max(0, min(end, count)), QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()

    def move_to(self, node: Node) -> None:
        """SetFocus on a part: a link gets the keyboard focus (Enter follows it), anything
        else gets the caret at its start; the page scrolls there."""
        if node.href:
            self.set_cursor(node.start, node.end)
        else:
            self.set_cursor(node.start, node.start)
            bar = self.browser.verticalScrollBar()
            block = self.browser.document().findBlock(node.start)
            top = self.browser.document().documentLayout().blockBoundingRect(block).top()
            bar.setValue(int(top))
        self.browser.setFocus()
        QAccessible.updateAccessibility(QAccessibleEvent(node, QAccessible.Event.Focus))

    def range_rect(self, start: int, end: int, *, inline: bool) -> QRect:
        """Screen rectangle of the document positions [start, end)."""
        browser = self.browser
        document = browser.document()
        if inline:
            first = QTextCursor(document)
            first.setPosition(start)
            last = QTextCursor(document)
            last.setPosition(max(start, end))
            rect = browser.cursorRect(first).united(browser.cursorRect(last))
        else:
            layout = document.documentLayout()
            block = document.findBlock(start)
            area = layout.blockBoundingRect(block)
            while block.isValid() and block.position() < end:
                area = area.united(layout.blockBoundingRect(block))
                block = block.next()
            area.translate(-browser.horizontalScrollBar().value(), -browser.verticalScrollBar().value())
            rect = area.toAlignedRect()
        return QRect(browser.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def on_screen(self, rect: QRect) -> bool:
        viewport = self.browser.viewport()
        area = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
        return area.intersects(rect)

    # QAccessibleInterface
    def childCount(self) -> int:
        self._ensure()
        return len(self.nodes)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        self._ensure()
        return self.nodes[index] if 0 <= index < len(self.nodes) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        self._ensure()
        for i, node in enumerate(self.nodes):
            if node is child:
                return i
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        self._ensure()
        link = self.focused_link()
        if link is None:
            return None
        while link.parent_node is not None:  # the top-level part that holds it
            link = link.parent_node
        return link

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        self._ensure()
        for node in self.nodes:
            if node.rect().contains(x, y):
                return node
        return None

    def state(self) -> QAccessible.State:
        state = super().state()
        state.readOnly = True
        state.multiLine = True
        return state

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr | int:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.TextInterface:
            return _ptr(self.text_)
        if kind == QAccessible.InterfaceType.AttributesInterface:
            return _ptr(self.attrs)
        return _or_null(super().interface_cast(kind))


def _links(doc: DocumentAccessible, block: QTextBlock, end: int | None = None) -> list[Node]:
    """The links in `block` (up to position `end`), adjacent fragments of one link merged."""
    links: list[Node] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if not fragment.isValid():
            continue
        fmt = fragment.charFormat()
        href = fmt.anchorHref() if fmt.isAnchor() else ""
        start, stop = fragment.position(), fragment.position() + fragment.length()
        if end is not None and start >= end:
            break
        if not href:
            continue
        if links and links[-1].href == href and links[-1].end == start:
            links[-1].end = stop
            links[-1].name = _name(links[-1].name + fragment.text())
            continue
        links.append(Node(doc, Role.Link, start, stop, _name(fragment.text()), href=href))
    for link in links:
        link.description = doc.browser.describe_link(link.href)
    return links


def _table(doc: DocumentAccessible, table: QTextTable) -> Node:
    node = Node(doc, Role.Table, table.firstPosition(), table.lastPosition())
    headers = table.format().headerRowCount()
    document = table.document()
    for r in range(table.rows()):
        row = node.add(Node(doc, Role.Row, table.cellAt(r, 0).firstPosition(),
                            table.cellAt(r, table.columns() - 1).lastPosition()))
        c = 0
        while c < table.columns():
            cell = table.cellAt(r, c)
            span = max(1, cell.columnSpan())
            if cell.row() == r and cell.column() == c:  # not the rest of a spanned cell
                cursor = QTextCursor(document)
                cursor.setPosition(cell.firstPosition())
                cursor.setPosition(cell.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
                header = r < headers
                item = row.add(Node(doc, Role.ColumnHeader if header else Role.Cell,
                                    cell.firstPosition(), cell.lastPosition(),
                                    _name(cursor.selectedText())))
                item.cell = _Cell(item, r, c, max(1, cell.rowSpan()), span)
                block = document.findBlock(cell.firstPosition())
                while block.isValid() and block.position() < cell.lastPosition():
                    for link in _links(doc, block, cell.lastPosition()):
                        item.add(link)
                    block = block.next()
            c += span
    return node


def build(doc: DocumentAccessible) -> list[Node]:
    """The page's parts in reading order."""
    document = doc.browser.document()
    top: list[Node] = []
    tables_done: set[int] = set()
    lists: list[tuple[int, int, Node]] = []  # open lists: (object index, indent, node)
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        if table is not None:
            if table.objectIndex() not in tables_done:
                tables_done.add(table.objectIndex())
                top.append(_table(doc, table))
                lists = []
            block = block.next()
            continue
        text_list = block.textList()
        if text_list is None:
            lists = []
            level = block.blockFormat().headingLevel()
            if level > 0:
                heading = Node(doc, Role.Heading, block.position(),
                               block.position() + block.length() - 1, _name(block.text()), level=level)
                for link in _links(doc, block):
                    heading.add(link)
                top.append(heading)
            else:
                top.extend(_links(doc, block))
            block = block.next()
            continue
        index, indent = text_list.objectIndex(), text_list.format().indent()
        while lists and lists[-1][0] != index and lists[-1][1] >= indent:
            lists.pop()
        if not lists or lists[-1][0] != index:
            list_node = Node(doc, Role.List, block.position(), block.position())
            if lists and lists[-1][2].children:
                lists[-1][2].children[-1].add(list_node)  # nested under the item above
            else:
                top.append(list_node)
            lists.append((index, indent, list_node))
        list_node = lists[-1][2]
        item = list_node.add(Node(doc, Role.ListItem, block.position(),
                                  block.position() + block.length() - 1, _name(block.text())))
        list_node.end = item.end
        for link in _links(doc, block):
            item.add(link)
        block = block.next()
    return top


# ---------------------------------------------------------------------- start page, icons
class HeadingLabelAccessible(QAccessibleWidget):
    """A QLabel that is a heading: role Heading, its level as an attribute."""

    def __init__(self, label: QLabel, level: int) -> None:
        super().__init__(label, Role.Heading, "")
        self.attrs = _Attributes(level)
        self.label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.label.accessibleName() or self.label.text()
        return super().text(kind)

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr | int:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.AttributesInterface:
            return _ptr(self.attrs)
        return _or_null(super().interface_cast(kind))


class PlainButtonAccessible(QAccessibleWidget):
    """A button whose inner labels and icon are for the eye: no children, just its name,
    description and Press."""

    def __init__(self, button: QPushButton) -> None:
        super().__init__(button, Role.Button, "")
        self.button = button

    def childCount(self) -> int:
        return 0

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self.button.click()
        else:
            super().doAction(name)


class ContainerAccessible(QAccessibleWidget):
    """A stack of panes that is only layout: a plain container. (Qt makes a QStackedWidget a
    "layered pane", which Orca says each time the focus enters one.)"""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, Role.Client, "")


class DecorativeAccessible(QAccessibleWidget):
    """An icon: invisible to assistive technology."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, Role.Graphic, "")

    def state(self) -> QAccessible.State:
        state = super().state()
        state.invisible = True
        return state


PLAIN_BUTTONS = frozenset({"Card", "PhaseButton"})
_keep: dict[int, QAccessibleInterface] = {}  # Python side of interfaces Qt holds
_documents: dict[int, DocumentAccessible] = {}
_installed = False


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    iface: QAccessibleInterface | None = None
    if key == "PageBrowser":
        iface = DocumentAccessible(obj)  # type: ignore[arg-type]
        _documents[id(obj)] = iface
    elif key == "QLabel" and isinstance(obj, QLabel):
        level = obj.property(HEADING_PROPERTY)
        if level:
            iface = HeadingLabelAccessible(obj, int(level))
        elif obj.property(DECORATIVE_PROPERTY):
            iface = DecorativeAccessible(obj)
    elif key == "QStackedWidget" and isinstance(obj, QWidget) and obj.property(CONTAINER_PROPERTY):
        iface = ContainerAccessible(obj)
    elif key in PLAIN_BUTTONS and isinstance(obj, QPushButton):
        iface = PlainButtonAccessible(obj)
    if iface is not None:
        for k in [k for k, v in _keep.items() if not shiboken6.isValid(v)]:
            del _keep[k]
            _documents.pop(k, None)
        _keep[id(obj)] = iface
    return iface


def install() -> None:
    """Install the factory (once per process)."""
    global _installed
    if not _installed:
        _installed = True
        QAccessible.installFactory(_factory)


def page_changed(browser: LinkedBrowser) -> None:
    """The page in `browser` was replaced: its parts are built again when next asked for,
    and assistive technology hears that the document's children changed."""
    iface = _documents.get(id(browser))
    if iface is None or not shiboken6.isValid(iface) or iface.browser is not browser:
        return
    iface.invalidate()
    QAccessible.updateAccessibility(QAccessibleEvent(browser, QAccessible.Event.ObjectReorder))
    QAccessible.updateAccessibility(QAccessibleEvent(browser, QAccessible.Event.DescriptionChanged))


def _forget_made_too_early(widget: QWidget, kind: type[QAccessibleInterface]) -> None:
    """Drop the interface Qt already made for `widget` when it is not a `kind`: with assistive
    technology listening (AT-SPI), `QLabel(text)` announces its name while it is built, and
    Qt then makes and keeps a plain label's interface before the property that makes it a
    heading or an icon is set. The next query goes through the factory again."""
    if not QAccessible.isActive():
        return  # nothing was made: interfaces are made when asked for
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is not None and not isinstance(iface, kind):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))


def mark_heading(label: QLabel, level: int) -> QLabel:
    """`label` is a heading of `level` for assistive technology."""
    install()
    label.setProperty(HEADING_PROPERTY, level)
    _forget_made_too_early(label, HeadingLabelAccessible)
    return label


def mark_decorative(widget: QLabel) -> QLabel:
    """`widget` (an icon) is hidden from assistive technology."""
    install()
    widget.setProperty(DECORATIVE_PROPERTY, True)
    _forget_made_too_early(widget, DecorativeAccessible)
    return widget


_W = TypeVar("_W", bound=QWidget)


def mark_container(stack: _W) -> _W:
    """`stack` (a QStackedWidget) is a plain container for assistive technology."""
    install()
    stack.setProperty(CONTAINER_PROPERTY, True)
    _forget_made_too_early(stack, ContainerAccessible)
    return stack


def link_url(href: str) -> str:
    """A link's address as the browser reports a click on it."""
    return QUrl(href).toString(QUrl.ComponentFormattingOption.FullyEncoded)
