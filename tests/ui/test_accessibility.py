"""What assistive technology sees (issue 21, EN 301 549 11.4.1.2 and 11.5.2): the window's
accessibility tree walked through Qt's API, as a screen reader walks it.

The page is a document whose children are its headings (with level), lists, tables and
links; its text has no QTextDocument markers and its language is Dutch. Every state of the
window (start page, results, a page) and its dialogs has 0 focusable objects without a name.
"""

from __future__ import annotations

import platform
import sys
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from reader.ui import page_accessibility
from tests.ui.conftest import TOOL, wait_results

Role = QAccessible.Role
MARKERS = ("\ufdd0", "\ufdd1", "\u2029", "\u2028")
BIG_VIEWS = (Role.List, Role.Table, Role.Tree)  # item views: their first rows are enough


def walk(iface: QAccessibleInterface, limit: int = 4000):
    """Every interface under `iface` (depth first), as an assistive technology visits them;
    item views give their first 60 children."""
    stack = [iface]
    seen = 0
    while stack and seen < limit:
        node = stack.pop()
        seen += 1
        yield node
        count = node.childCount()
        if node.role() in BIG_VIEWS and node.object() is not None:
            count = min(count, 60)
        children = [node.child(i) for i in range(count)]
        stack.extend(reversed([c for c in children if c is not None and c.isValid()]))


def tree_of(widget: QWidget) -> list[QAccessibleInterface]:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return list(walk(iface))


def unnamed_focusable(widget: QWidget) -> list[str]:
    """Focusable, visible objects with no name: what a screen reader announces as just
    "button" or "edit"."""
    found = []
    for node in tree_of(widget):
        state = node.state()
        if not state.focusable or state.invisible:
            continue
        if node.role() in (Role.Window, Role.Dialog, Role.Client, Role.Pane, Role.Grouping,
                           Role.Row, Role.Cell, Role.ListItem, Role.TreeItem, Role.ColumnHeader):
            continue  # containers (named by their content) and item-view cells (their text)
        if not node.text(QAccessible.Text.Name).strip():
            obj = node.object()
            found.append(f"{node.role().name}:{type(obj).__name__}:{obj.objectName() if obj else ''}")
    return found


#: roles that need no name of their own: containers and layout (a screen reader names them by
#: their content or skips them), splitter/size grips and scroll bars (their value is what is
#: announced), the menu and status bars (their items have names), item-view rows and
#: page tables/lists (announced through their cells and items)
NAMELESS_ROLES = (Role.Window, Role.Dialog, Role.Client, Role.Pane, Role.Grouping, Role.Splitter,
                  Role.LayeredPane, Role.Border, Role.Grip, Role.ScrollBar, Role.MenuBar,
                  Role.StatusBar, Role.Row, Role.Table, Role.List)


def unnamed_any(widget: QWidget) -> list[str]:
    """Visible objects, focusable or not, with no name, outside NAMELESS_ROLES (the status
    label, empty between messages, is hidden then)."""
    found = []
    for node in tree_of(widget):
        if node.state().invisible or node.role() in NAMELESS_ROLES:
            continue
        obj = node.object()
        if not node.text(QAccessible.Text.Name).strip():
            found.append(f"{node.role().name}:{type(obj).__name__}:{obj.objectName() if obj else ''}")
    return found


def level(node: QAccessibleInterface) -> int:
    attrs = node.attributesInterface()
    assert attrs is not None, node.text(QAccessible.Text.Name)
    assert QAccessible.Attribute.Level in attrs.attributeKeys()
    return int(attrs.attributeValue(QAccessible.Attribute.Level))


class _Structure(HTMLParser):
    """The headings and link addresses of a rendered page's HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[int, str]] = []
        self.hrefs: list[str] = []
        self._in: int = 0
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._in = int(tag[1])
            self._text = []
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)

    def handle_endtag(self, tag: str) -> None:
        if self._in and tag == f"h{self._in}":
            self.headings.append((self._in, " ".join("".join(self._text).split())))
            self._in = 0

    def handle_data(self, data: str) -> None:
        if self._in:
            self._text.append(data)


def page_tree(w):
    doc = QAccessible.queryAccessibleInterface(w.page.browser)
    nodes = list(walk(doc))[1:]
    return doc, nodes


# ---------------------------------------------------------------------- the page
def test_the_page_exposes_its_headings_with_level_and_its_links(qtbot, make_window, content_site):
    w = make_window(content_site)
    w.open_path(TOOL)
    doc, nodes = page_tree(w)
    assert doc.role() == Role.Document
    structure = _Structure()
    structure.feed(w.page.rendered.html)
    assert structure.headings and structure.hrefs

    headings = [(level(n), n.text(QAccessible.Text.Name)) for n in nodes if n.role() == Role.Heading]
    assert headings == structure.headings

    links = [n for n in nodes if n.role() == Role.Link]
    assert all(n.text(QAccessible.Text.Name).strip() for n in links)
    assert sorted({n.href for n in links}) == sorted(set(structure.hrefs))
    for n in links:
        assert n.parent().indexOfChild(n) >= 0 and n.state().focusable
        assert QAccessibleActionInterface.pressAction() in n.actionInterface().actionNames()
    assert any(n.role() == Role.List and n.childCount() for n in nodes) or \
        any(n.role() == Role.Table and n.childCount() for n in nodes)


def test_the_page_text_has_no_markers_and_is_dutch(qtbot, make_window, content_site):
    from PySide6.QtCore import QLocale as L

    w = make_window(content_site)
    L.setDefault(L(L.Language.English))  # an English interface: the page is still Dutch
    try:
        w.open_path("voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
        doc, nodes = page_tree(w)
        text = doc.textInterface()
        whole = text.text(0, text.characterCount())
        assert len(whole) > 1000
        assert not any(m in whole for m in MARKERS)
        assert whole.count("\ufffc") == 0
        assert not any(m in n.text(QAccessible.Text.Name) for n in nodes for m in MARKERS)
        locale = doc.attributesInterface().attributeValue(QAccessible.Attribute.Locale)
        assert isinstance(locale, QLocale) and locale.language() == QLocale.Language.Dutch
        # the table holding the page's facts: rows of cells, the cells' links inside them
        table = next(n for n in nodes if n.role() == Role.Table)
        assert table.child(0).role() == Role.Row
        cell = table.child(0).child(0)
        assert cell.role() in (Role.Cell, Role.ColumnHeader) and cell.text(QAccessible.Text.Name)
        assert cell.tableCellInterface().rowIndex() == 0
        # the offsets are the page's positions: a heading's name is at its offset in the text
        heading = next(n for n in nodes if n.role() == Role.Heading and level(n) == 2)
        name = heading.text(QAccessible.Text.Name)
        heading.actionInterface().doAction(QAccessibleActionInterface.setFocusAction())
        at = text.cursorPosition()
        assert " ".join(text.text(at, at + len(name) + 5).split()).startswith(name)
    finally:
        L.setDefault(L(L.Language.Dutch, L.Country.Netherlands))


def test_a_link_is_followed_by_its_press_action_and_the_tree_follows_the_page(qtbot, make_window,
                                                                               content_site):
    w = make_window(content_site)
    w.open_path("voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    doc, nodes = page_tree(w)
    from reader.render import urls

    pages = [n for n in nodes if n.role() == Role.Link and urls.parse(n.href).action == "page"
             and urls.parse(n.href).path != w.page.current]
    assert pages, "the DPIA page links to other pages"
    link = pages[0]
    target = urls.parse(link.href).path
    assert link.text(QAccessible.Text.Description) == content_site.pages[target].title
    with qtbot.waitSignal(w.page.pageShown, timeout=5000):
        link.actionInterface().doAction(QAccessibleActionInterface.pressAction())
    assert w.page.current == target
    doc2, nodes2 = page_tree(w)
    assert doc2 is doc  # one document, its parts those of the new page
    assert next(n.text(QAccessible.Text.Name) for n in nodes2 if n.role() == Role.Heading) == \
        w.page.rendered.title


def test_keyboard_focus_on_a_link_is_the_focused_object(qtbot, make_window, content_site):
    w = make_window(content_site)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    w.open_path(TOOL)
    doc, nodes = page_tree(w)
    link = next(n for n in nodes if n.role() == Role.Link)
    link.actionInterface().doAction(QAccessibleActionInterface.setFocusAction())
    qtbot.waitUntil(w.page.browser.hasFocus, timeout=5000)
    assert link.state().focused
    holder = doc.focusChild()
    while holder is not None and holder is not link:
        holder = holder.focusChild()
    assert holder is link


# ---------------------------------------------------------------------- the window
def test_start_page_headings_are_headings_and_icons_are_hidden(make_window, content_site):
    w = make_window(content_site)
    w.page.show_start()
    nodes = tree_of(w.page.start_page)
    headings = {n.text(QAccessible.Text.Name): level(n) for n in nodes if n.role() == Role.Heading}
    assert headings.get("Algoritmekader") == 1
    assert headings.get("Wat is jouw rol?") == 2 and headings.get("Levenscyclus") == 2
    cards = [n for n in nodes if n.object() is not None and type(n.object()).__name__ == "Card"]
    assert cards and all(c.childCount() == 0 for c in cards)  # no icon, no repeated labels
    assert all(c.text(QAccessible.Text.Name) for c in cards)
    assert QAccessibleActionInterface.pressAction() in cards[0].actionInterface().actionNames()
    assert not [n for n in nodes if n.role() == Role.Graphic and not n.state().invisible]


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.machine() != "x86_64",
                    reason="the unbound text calls are supplied on Linux x86-64 only")
def test_the_page_text_answers_the_calls_pyside_does_not_bind(make_window, content_site):
    """`attributes()` and `selection()` (not bound by PySide6) called as Qt's AT-SPI bridge
    calls them, through the C++ object: a run covering the offset, in Dutch; the selection's
    range (Orca read nothing of the page while they left their range unset)."""
    import ctypes

    import shiboken6

    from reader.ui import text_runs

    w = make_window(content_site)
    w.open_path("voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    doc, _nodes = page_tree(w)
    text = doc.textInterface()
    this = shiboken6.getCppPointer(text)[0]
    entries = (ctypes.c_void_p * 18).from_address(ctypes.c_void_p.from_address(this).value)
    count = text.characterCount()
    for offset in (0, 700, count - 1):
        result, start, end = text_runs._QString(), ctypes.c_int(-7), ctypes.c_int(-7)
        text_runs._AttributesFn(entries[17])(ctypes.addressof(result), this, offset, ctypes.byref(start),
                                             ctypes.byref(end))
        assert start.value <= offset < end.value and (start.value, end.value) == (0, count)
        assert ctypes.string_at(result.ptr, 2 * result.size).decode("utf-16-le") == "language:nl-NL"
    cursor = w.page.browser.textCursor()
    cursor.setPosition(40)
    cursor.setPosition(52, cursor.MoveMode.KeepAnchor)
    w.page.browser.setTextCursor(cursor)
    start, end = ctypes.c_int(-7), ctypes.c_int(-7)
    text_runs._SelectionFn(entries[2])(this, 0, ctypes.byref(start), ctypes.byref(end))
    assert (start.value, end.value) == (40, 52) and text.selectionCount() == 1
    cursor.clearSelection()
    w.page.browser.setTextCursor(cursor)
    text_runs._SelectionFn(entries[2])(this, 0, ctypes.byref(start), ctypes.byref(end))
    assert (start.value, end.value) == (0, 0)


def test_with_a_screen_reader_the_arrow_keys_move_a_caret_through_the_page(qtbot, make_window, content_site):
    """Orca reads the line the caret moves to; without a screen reader the arrows scroll."""
    from PySide6.QtCore import Qt

    w = make_window(content_site)
    w.show()
    w.open_path("voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    browser = w.page.browser
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    qtbot.keyClick(browser, Qt.Key.Key_Down)
    assert browser.textCursor().position() == 0  # no screen reader: Down scrolls
    QAccessible.setActive(True)
    try:
        w.sidebar.search.setFocus()
        qtbot.waitUntil(w.sidebar.search.hasFocus)
        browser.setFocus()
        qtbot.waitUntil(browser.hasFocus)
        qtbot.keyClick(browser, Qt.Key.Key_Down)
        qtbot.keyClick(browser, Qt.Key.Key_Down)
        moved = browser.textCursor().position()
    finally:
        QAccessible.setActive(False)
    assert moved > 0
    text = QAccessible.queryAccessibleInterface(browser).textInterface()
    assert text.cursorPosition() == moved  # what the screen reader is told


def test_stacks_of_panes_are_plain_containers(make_window, content_site):
    """Qt makes a QStackedWidget a layered pane, which Orca said each time the focus entered
    the page or the results: the page's stack and the tab widget's are plain containers."""
    from PySide6.QtWidgets import QStackedWidget

    QAccessible.setActive(True)  # as with a screen reader: interfaces made while widgets are built
    try:
        w = make_window(content_site)
        roles = [QAccessible.queryAccessibleInterface(s).role() for s in w.findChildren(QStackedWidget)]
    finally:
        QAccessible.setActive(False)
    assert len(roles) >= 2 and Role.LayeredPane not in roles
    assert not [n for n in tree_of(w) if n.role() == Role.LayeredPane]


def test_start_page_headings_stay_headings_with_assistive_technology_listening(make_window, content_site):
    """With a screen reader running Qt is active and makes a label's interface while the label
    is built (its name is announced), before `mark_heading` sets its level: that early plain
    label must not stick (AT-SPI showed the start page's headings as labels)."""
    QAccessible.setActive(True)
    try:
        w = make_window(content_site)
        w.page.show_start()
        nodes = tree_of(w.page.start_page)
    finally:
        QAccessible.setActive(False)
    headings = {n.text(QAccessible.Text.Name): level(n) for n in nodes if n.role() == Role.Heading}
    assert headings.get("Algoritmekader") == 1
    assert headings.get("Wat is jouw rol?") == 2 and headings.get("Levenscyclus") == 2
    assert not [n.text(QAccessible.Text.Name) for n in nodes if n.role() == Role.StaticText
                and n.text(QAccessible.Text.Name) in ("Algoritmekader", "Wat is jouw rol?", "Levenscyclus")]


def test_no_unnamed_focusable_object_in_the_main_states(qtbot, make_window, content_site):
    w = make_window(content_site)
    w.page.show_start()
    assert unnamed_focusable(w) == [], "start page"
    assert unnamed_any(w) == [], "start page"
    wait_results(qtbot, w, lambda: w.sidebar.search.setText("dpia"))
    assert unnamed_focusable(w) == [], "results"
    assert unnamed_any(w) == [], "results"
    w.open_path("voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    w.page.open_find()
    assert unnamed_focusable(w) == [], "page"
    assert unnamed_any(w) == [], "page"
    counts = w.findChildren(QWidget, "facetCount")
    assert counts and all(c.isHidden() == (c.text() == "") for c in counts)  # hidden only while empty


def test_no_unnamed_focusable_object_in_the_dialogs(qtbot, make_window, content_site):
    from reader.ui.project_dialog import ProjectDialog

    w = make_window(content_site)
    dialogs = {
        "about": w.show_about(),
        "packs": w.open_packs(),
        "problems": w.show_problems(),
        "project": ProjectDialog(w.site, filters={}, parent=w),
    }
    w.open_beslishulp()
    dialogs["beslishulp"] = w._beslishulp
    dialogs["project"].show()
    about = tree_of(dialogs["about"])
    assert not [n for n in about if n.role() == Role.Graphic and not n.state().invisible]
    for name, dialog in dialogs.items():
        qtbot.waitExposed(dialog)
        assert unnamed_focusable(dialog) == [], name
        dialog.close()


def test_factory_leaves_other_widgets_to_qt(make_window, content_site):
    """Only the page, marked labels and the start page's buttons get our interfaces."""
    from PySide6.QtWidgets import QLabel

    w = make_window(content_site)
    label = QLabel("gewoon", w)
    iface = QAccessible.queryAccessibleInterface(label)
    assert iface.role() == Role.StaticText and not isinstance(iface, page_accessibility.HeadingLabelAccessible)
    assert isinstance(QAccessible.queryAccessibleInterface(w.page.browser), page_accessibility.DocumentAccessible)


def test_tab_onto_a_link_makes_it_the_focused_object(qtbot, make_window, content_site):
    from PySide6.QtCore import Qt

    w = make_window(content_site)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    w.open_path(TOOL)
    _doc, nodes = page_tree(w)
    w.page.browser.setFocus()
    qtbot.waitUntil(w.page.browser.hasFocus, timeout=5000)
    qtbot.keyClick(w.page.browser, Qt.Key.Key_Tab)  # QTextBrowser: Tab goes from link to link
    first = next(n for n in nodes if n.role() == Role.Link)
    assert first.state().focused
    assert [n for n in page_tree(w)[1] if n.state().focused] == [first]


def test_every_part_answers_every_interface_query(make_window, content_site):
    """An assistive technology asks each object for every kind of interface; a part answers
    with its own or with none (a wrong answer here ends the app, not just the test)."""
    w = make_window(content_site)
    w.open_path("voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    doc, nodes = page_tree(w)
    assert doc.textInterface() is not None and doc.valueInterface() is None
    for node in nodes:
        assert node.textInterface() is None and node.editableTextInterface() is None
        assert node.valueInterface() is None and node.selectionInterface() is None
        assert node.actionInterface() is not None and node.attributesInterface() is not None
        is_cell = node.role() in (Role.Cell, Role.ColumnHeader)
        assert (node.tableCellInterface() is not None) == is_cell
    assert doc.actionInterface() is not None  # the base class's, passed on
    start = w.page.start_page
    heading = next(n for n in tree_of(start) if n.role() == Role.Heading)
    assert heading.actionInterface() is not None and heading.textInterface() is None
    assert heading.valueInterface() is None and heading.attributesInterface() is not None


def test_help_holds_the_accessibility_statement_with_the_readmes_criteria(make_window, content_site):
    """Help → the accessibility statement: every criterion with how it is tested and the
    result; it names the same WCAG / EN 301 549 criteria as the README's table."""
    import html
    import re
    from pathlib import Path

    from reader.ui import accessibility_statement

    w = make_window(content_site)
    text = w.help_html()
    assert "<h2>Toegankelijkheid</h2>" in text and "EN 301 549" in text
    rows = accessibility_statement.rows()
    for criterion, how, result in rows:
        assert all(html.escape(part) in text for part in (criterion, how, result)), criterion
    number = re.compile(r"\b(?:[1-4]\.\d+\.\d+|11\.\d+(?:\.\d+)*)\b")
    in_app = {n for criterion, _h, _r in rows for n in number.findall(criterion)}
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Toegankelijkheid\n", 1)[1].split("\n## ", 1)[0]
    in_readme = {n for line in section.splitlines() if line.startswith("| ")
                 for n in number.findall(line.split("|")[1]) if not n.startswith("11.1.")}  # 11.1.x = WCAG x
    assert in_app == in_readme, (sorted(in_app - in_readme), sorted(in_readme - in_app))
