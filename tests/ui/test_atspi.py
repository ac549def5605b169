"""The app as Orca sees it (issue 21, EN 301 549 11.5.2 and 4.1.2): the real app in its own
process on a private X display, its accessibility walked from this process over AT-SPI (the
Linux accessibility bus, D-Bus), as a screen reader walks it — not Qt's API in-process
(tests/ui/test_accessibility.py does that).

The app runs with an English interface, so the page's language (Dutch) differs from the
window's. Events too, as Orca hears them: with the keyboard focus given to the window
(XSetInputFocus, as a window manager would; the private display has none), Tab sent through
the registry's device event controller produces `object:state-changed:focused` and `focus:`
from each control reached, and a search typed over AT-SPI an `object:announcement` of the
result count. Skipped where Xvfb, dbus-daemon or at-spi-bus-launcher are missing (.ci/run
installs them where it can: xvfb, dbus-daemon, at-spi2-core).
"""

from __future__ import annotations

import platform
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.conftest import CONTENT
from tests.ui import atspi
from tests.ui.atspi import ROLE, Node, wait_for

PAGE = "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"
SUFFIX = " — Algoritmekader Reader"  # the window title after the page's title
MARKERS = ("\ufdd0", "\ufdd1", "\u2029", "\u2028", "\ufffc")
#: roles that need no name of their own (named by their content, or cells of a named view),
#: as in test_accessibility.unnamed_focusable
CONTAINERS = {ROLE[r] for r in ("frame", "dialog", "filler", "panel", "table row", "table cell", "list item",
                                "layered pane", "split pane", "scroll pane")}


@dataclass
class Item:
    """One object of the window as a screen reader reads it."""

    node: Node
    role: int
    name: str
    states: frozenset[str]


@dataclass
class Seen:
    session: atspi.Desktop
    app: Node
    frame: Node
    document: Node
    items: list[Item]  # the whole window, read once with the page open


def _frame(app: Node) -> Node | None:
    """The main window once it shows the page (None while the app starts)."""
    try:
        for child in app.children():
            if child.role == ROLE["frame"] and child.name.endswith(SUFFIX):
                return child
    except atspi.AtspiError:  # an object that went away while the window was built
        pass
    return None


def _document(frame: Node) -> Node | None:
    try:
        for node in frame.walk():
            if node.role == ROLE["document frame"]:
                return node if node.children() else None
    except atspi.AtspiError:
        pass
    return None


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seen]:
    reason = atspi.missing()
    if reason:
        pytest.skip(f"no AT-SPI check: {reason}")
    folder = tmp_path_factory.mktemp("atspi")
    with atspi.desktop(folder) as session, atspi.start_app(session, [PAGE, "--content", str(CONTENT)]) as proc:
        def alive() -> str | None:
            if proc.poll() is None:
                return None
            return f"the app exited ({proc.returncode}):\n{atspi.app_output(session)}"

        client = session.client
        try:
            app = wait_for("the app among the AT-SPI registry's applications", client.application, alive=alive)
        except AssertionError:
            if proc.poll() is not None and 'Qt platform plugin "xcb"' in atspi.app_output(session):
                pytest.skip("no AT-SPI check: Qt's X11 plugin cannot load here (the xcb libraries .ci/run installs)")
            raise
        frame = wait_for("its main window, titled by the page", lambda: _frame(app), alive=alive)
        document = wait_for("the page as a document with children", lambda: _document(frame), alive=alive)
        items = [Item(n, n.role, n.name, n.states) for n in frame.walk()]
        yield Seen(session, app, frame, document, items)


def named(seen: Seen, role: str, name: str) -> list[Item]:
    return [i for i in seen.items if i.role == ROLE[role] and i.name == name]


def test_a_screen_reader_finds_the_window_its_search_field_results_and_page(seen):
    assert seen.app.role == ROLE["application"]
    assert seen.frame.name == "Data Protection Impact Assessment" + SUFFIX
    assert "showing" in seen.frame.states  # (not "active": no window manager on the private display)
    fields = named(seen, "text", "Search") + named(seen, "entry", "Search")
    assert len(fields) == 1 and {"editable", "focusable", "showing"} <= fields[0].states
    results = named(seen, "list", "Results")
    assert len(results) == 1 and "showing" in results[0].states
    rows = results[0].node.children()
    assert len(rows) > 100 and all(r.role == ROLE["list item"] for r in rows[:5]) and rows[0].name
    page = [i for i in seen.items if i.role == ROLE["document frame"]]
    assert len(page) == 1 and page[0].name == "Page" and page[0].node == seen.document
    assert {"focusable", "showing", "read-only", "multi-line"} <= page[0].states
    assert named(seen, "menu bar", "") and named(seen, "menu item", "File")
    assert not [i for i in seen.items if i.role == ROLE["layered pane"]]  # stacks of panes are plain containers


def test_the_page_has_headings_with_levels_and_links_that_press(seen):
    parts = list(seen.document.walk())
    headings = [(p.name, p.attributes.get("level")) for p in parts if p.role == ROLE["heading"]]
    assert headings[0] == ("Data Protection Impact Assessment", "1")
    assert ("Hulpmiddel", "2") in headings and ("Wanneer voer je een DPIA uit?", "3") in headings
    assert all(name and level in ("1", "2", "3", "4", "5", "6") for name, level in headings)
    links = [p for p in parts if p.role == ROLE["link"]]
    assert len(links) >= 20
    for link in links:
        assert link.name and link.name == link.name.strip(), link.ref
        assert "Press" in link.actions() and "focusable" in link.states
        assert link.description  # where it leads: a page's title, "Externe link: …", "Filter op …"
    assert [p for p in parts if p.role == ROLE["list"]] and [p for p in parts if p.role == ROLE["table"]]


def test_the_page_text_has_no_markers_and_is_dutch_in_an_english_window(seen):
    text = seen.document.text()
    assert len(text) > 2000
    assert not [m for m in MARKERS if m in text]
    assert text.startswith("Data Protection Impact Assessment\n") and "\nHulpmiddel\n" in text
    assert seen.document.locale.startswith("nl")
    heading = next(p for p in seen.document.walk() if p.role == ROLE["heading"])
    assert heading.locale.startswith("nl")  # the page's parts too
    assert seen.frame.locale.startswith("en")  # the window speaks the interface's language
    if platform.machine() == "x86_64":  # where text_runs supplies the calls PySide6 does not bind
        # Orca reads a line only inside a run of text attributes, and picks its voice by the
        # run's language
        for offset in (0, len(text) // 2, len(text) - 1):
            attributes, start, end = seen.document.attribute_run(offset)
            assert start <= offset < end and attributes.get("language", "").startswith("nl"), (offset, start, end)
        # a selection made over AT-SPI (as Orca's "select" commands do) reads back
        assert seen.document.call_text("SetSelection", "iii", (0, 5, 20)) == (True,)
        assert seen.document.call_text("GetNSelections") == (1,)
        assert seen.document.call_text("GetSelection", "i", (0,)) == (5, 20)
        assert seen.document.call_text("RemoveSelection", "i", (0,)) == (True,)
        assert seen.document.call_text("GetNSelections") == (0,)


def test_no_focusable_object_without_a_name(seen):
    unnamed = [f"{i.node.role_name} {i.node.ref[1]}" for i in seen.items
               if {"focusable", "showing"} <= i.states and not i.name.strip() and i.role not in CONTAINERS]
    assert unnamed == []
    assert sum(1 for i in seen.items if {"focusable", "showing"} <= i.states) > 50  # the walk saw the window


def test_start_page_headings_are_headings(seen):
    """The start page (behind the page, not showing) has its headings with their levels: with
    a screen reader listening, Qt used to make them plain labels."""
    levels = {i.name: i.node.attributes.get("level") for i in seen.items if i.role == ROLE["heading"]}
    assert levels.get("Algoritmekader") == "1"
    assert levels.get("What is your role?") == "2" and levels.get("Lifecycle") == "2"
    assert not named(seen, "label", "Algoritmekader")


def test_pressing_a_link_follows_it(seen):
    """A page link (its description is the page it opens) pressed over AT-SPI opens that page:
    the window's title and the document's first heading say so."""
    title = seen.frame.name.removesuffix(SUFFIX)
    link = next(p for p in seen.document.walk() if p.role == ROLE["link"] and p.name != title
                and p.description == p.name)
    target = link.name
    assert link.do_action("Press")
    wait_for(f"the window titled {target!r}", lambda: seen.frame.name == target + SUFFIX, timeout=20)

    def first_heading() -> str | None:
        for part in seen.document.walk():
            if part.role == ROLE["heading"]:
                return part.name
        return None

    wait_for("the new page's first heading", lambda: first_heading() == target, timeout=20)


# ------------------------------------------------------------------ focus and status events
def _active(seen: Seen) -> None:
    """The window gets the keyboard focus, as a window manager gives a new window."""
    if not atspi.give_keyboard_focus(seen.session.env["DISPLAY"]):
        pytest.skip("no keyboard-focus check: libX11 cannot be loaded or the window is not mapped")
    wait_for("the window active (it has the keyboard)", lambda: "active" in seen.frame.states, timeout=20)


def test_tab_moves_the_focus_and_a_screen_reader_hears_each_control(seen):
    """The window getting the keyboard announces the focused search field; Tab pressed
    (through the registry's device event controller, as Orca's own keys go) moves the focus; each move reaches AT-SPI as `object:state-changed:focused` and
    `focus:` from the control that got it, which has a name, a role and the focused state:
    what a screen reader says on each Tab."""
    client = seen.session.client
    client.register_events("object:state-changed:focused", "focus:")
    with client.events("org.a11y.atspi.Event.Object", "StateChanged") as changes, \
            client.events("org.a11y.atspi.Event.Focus") as moves:
        _active(seen)
        focused = lambda _m, _n, body: body[0] == "focused" and body[1] == 1  # noqa: E731
        first = changes.until("the focus when the window gets the keyboard", focused)[-1][1]
        assert (first.role_name, first.name) == ("text", "Search")  # where the app puts it on start
        reached = []
        for _ in range(4):
            client.press("Tab")
            arrived = changes.until("a control taking the focus", focused)
            node = arrived[-1][1]
            reached.append((node.role_name, node.name, node.states, node))
            assert moves.until("its focus: event", lambda _m, source, _b, n=node: source == n, timeout=5)
    assert len({r[3] for r in reached}) == 4, [r[:2] for r in reached]  # four different controls
    for role, name, states, _node in reached:
        assert name.strip() and role not in ("unknown", "filler", "panel"), (role, name)
        assert {"focusable", "focused", "showing"} <= states, (role, name, sorted(states))
    # from the search field Tab goes on to the filters: the role filter's checkboxes
    assert reached[0][0] == "check box", [r[:2] for r in reached]


def test_status_messages_arrive_as_announcements(seen):
    """A status change (here the result count after a search typed into the search field over
    AT-SPI) reaches the screen reader as an `object:announcement` with its text (Qt's
    QAccessibleAnnouncementEvent; EN 301 549 11.4.1.3)."""
    client = seen.session.client
    client.register_events("object:announcement")
    field = next(i.node for i in seen.items if i.role in (ROLE["text"], ROLE["entry"]) and i.name == "Search")
    with client.events("org.a11y.atspi.Event.Object", "Announcement") as said:
        assert field.call_editable("SetTextContents", "s", ("dpia",)) == (True,)

        def counts(_member, _source, body) -> bool:
            return any("result" in str(part).lower() and any(ch.isdigit() for ch in str(part)) for part in body)

        arrived = said.until("the result count announced", counts)
    assert arrived
