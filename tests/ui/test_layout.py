"""200 % (issue 21, EN 301 549 11.1.4.4 and 11.1.4.10): at scale 2 on a 1280×720 screen
(640×360 logical pixels) and with an 18 pt application font at 1280×720 nothing of the window
is cut off: the panes go one at a time behind tabs when they do not fit side by side, the
item panel goes below the page, the start page scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture
def app_font():
    """Set the application font for one test (a larger system font), restored after."""
    app = QApplication.instance()
    before = QFont(app.font())

    def set_points(points: float) -> None:
        font = QFont(before)
        font.setPointSizeF(points)
        app.setFont(font)

    yield set_points
    app.setFont(before)


def settle(qtbot, w, width: int, height: int) -> None:
    w.resize(width, height)
    qtbot.waitUntil(lambda: w.width() == max(width, w.minimumSizeHint().width()), timeout=5000)
    QApplication.processEvents()


def inside(w: QWidget, widget: QWidget) -> bool:
    """`widget` lies wholly in the window and is not squeezed below its own minimum."""
    rect = QRect(widget.mapTo(w, QPoint(0, 0)), widget.size())
    hint = widget.minimumSizeHint()
    return (w.rect().contains(rect) and widget.width() >= min(hint.width(), widget.minimumWidth() or hint.width())
            and widget.height() > 0)


def key_widgets(w) -> list[QWidget]:
    out = [w.menuBar(), w.toolbar, w.statusBar()]
    if w.pane_area.tabs.isVisible():
        out.append(w.pane_area.tabs)
    for widget in (w.sidebar.search, w.sidebar, w.results.list, w.middle, w.page.browser,
                   w.page.start_page, w.projects.panel):
        if widget.isVisible():
            out.append(widget)
    return out


def assert_not_clipped(w) -> None:
    clipped = [x.objectName() or type(x).__name__ for x in key_widgets(w) if not inside(w, x)]
    assert not clipped, clipped


def test_at_640_by_360_the_panes_go_one_at_a_time_and_nothing_is_cut_off(qtbot, ready_window):
    w = ready_window
    settle(qtbot, w, 640, 360)
    hint = w.minimumSizeHint()
    assert hint.width() <= 640 and hint.height() <= 360, hint
    assert w.size().width() == 640 and w.size().height() == 360
    area = w.pane_area
    assert area.narrow and area.tabs.isVisible() and area.tabs.count() == 3
    seen = []
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        shown = [p for p in (w.sidebar, w.middle, w.page_splitter) if p.isVisible()]
        assert len(shown) == 1
        seen.append(shown[0])
        assert_not_clipped(w)
    assert seen == [w.sidebar, w.middle, w.page_splitter]


def test_in_the_narrow_layout_f6_enter_and_opening_a_page_switch_panes(qtbot, ready_window):
    w = ready_window
    settle(qtbot, w, 640, 360)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    w.focus_search()
    assert w.sidebar.isVisible() and QApplication.focusWidget() is w.sidebar.search
    w.cycle_pane(1)
    assert w.middle.isVisible() and not w.sidebar.isVisible()
    assert QApplication.focusWidget() is w.results.list
    w.open_path(w.results.first_path())
    assert w.page_splitter.isVisible() and not w.middle.isVisible()
    assert w.page_splitter.isAncestorOf(QApplication.focusWidget())  # the cursor went along
    w.cycle_pane(1)  # round to the search pane
    assert w.sidebar.isVisible() and w.sidebar.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(w.sidebar.search, Qt.Key.Key_Down)  # to the results, as in the wide layout
    assert w.middle.isVisible() and QApplication.focusWidget() is w.results.list


def test_in_the_narrow_layout_start_and_opening_a_page_put_the_cursor_in_the_page_pane(qtbot, ready_window):
    """Not on the tab bar and not lost: after "Start" the cursor is on a control of the start
    page, after opening a page in the page itself, from the search pane and from the tab bar."""
    w = ready_window
    settle(qtbot, w, 640, 360)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    start = w.page.ensure_start_page()
    tabs = w.pane_area.tabs

    def on_start_page() -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and start.isAncestorOf(focus) and focus.isVisible()

    w.focus_search()
    w.actions_.home.trigger()
    assert w.page_splitter.isVisible() and on_start_page(), QApplication.focusWidget()
    w.cycle_pane(1)  # to the search pane, then the results pane
    w.cycle_pane(1)
    assert QApplication.focusWidget() is w.results.list
    w.open_path(w.results.first_path())
    assert w.page_splitter.isVisible() and QApplication.focusWidget() is w.page.browser
    for index, pane in ((0, w.sidebar), (1, w.middle)):  # from the tab bar, by keyboard
        tabs.setFocus(Qt.FocusReason.TabFocusReason)
        tabs.setCurrentIndex(index)
        assert pane.isVisible() and QApplication.focusWidget() is tabs  # arrows on the tab bar stay there
        w.actions_.home.trigger() if index == 0 else w.open_path(w.results.first_path())
        assert w.page_splitter.isVisible()
        assert (on_start_page() if index == 0 else QApplication.focusWidget() is w.page.browser), \
            QApplication.focusWidget()


def test_a_pane_the_user_hid_stays_hidden_and_wide_windows_show_all(qtbot, ready_window):
    w = ready_window
    settle(qtbot, w, 640, 360)
    w.actions_.show_sidebar.setChecked(False)
    assert not w.sidebar.isVisible()  # the other two fit side by side at 640
    assert not w.pane_area.narrow and w.middle.isVisible() and w.page_splitter.isVisible()
    assert_not_clipped(w)
    w.actions_.show_sidebar.setChecked(True)
    settle(qtbot, w, 1300, 850)
    assert not w.pane_area.narrow and not w.pane_area.tabs.isVisible()
    assert all(p.isVisible() for p in (w.sidebar, w.middle, w.page_splitter))
    assert_not_clipped(w)


def test_with_an_18_pt_font_at_1280_by_720_everything_fits_with_the_item_panel(
        qtbot, app_font, make_window, content_site, content_index):
    app_font(18)
    w = make_window(content_site, index=content_index)
    qtbot.waitUntil(lambda: w.controller.index_ready, timeout=30000)
    w.projects.desk.create("Toets", roles=["jurist"])
    work = w.projects.desk.worklist()
    assert work is not None and work.entries
    page = w.projects.desk.page_of(work.entries[0].key)
    w.projects.set_panel_wanted(True)
    w.open_path(page.path)
    qtbot.waitUntil(w.projects.panel.isVisible, timeout=5000)
    settle(qtbot, w, 1280, 720)
    hint = w.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720, hint
    assert_not_clipped(w)
    # narrower: the panel goes below the page before the panes go one at a time
    settle(qtbot, w, w.pane_area.wide_width(with_side_panel=False) + 10, 720)
    assert not w.pane_area.narrow and w.page_splitter.orientation() == Qt.Orientation.Vertical
    assert_not_clipped(w)
    settle(qtbot, w, 640, 720)
    assert w.pane_area.narrow and w.page_splitter.isVisible() and w.projects.panel.isVisible()
    assert_not_clipped(w)


def test_the_start_page_scrolls_when_it_does_not_fit(qtbot, ready_window):
    w = ready_window
    settle(qtbot, w, 640, 360)
    w.go_home()
    start = w.page.ensure_start_page()
    start.finish()
    QApplication.processEvents()
    assert start.isVisible() and inside(w, start)
    bar = start.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    assert start.widget().width() <= start.viewport().width()  # reflowed, not cut off at the side


@pytest.mark.parametrize("points", [14.0, 18.0])
def test_with_a_large_font_the_start_page_reflows_into_its_pane(qtbot, app_font, make_window, content_site,
                                                                content_index, points):
    """The role cards and the other grids take fewer columns when their words no longer fit
    side by side, so the start page is never wider than its pane (it scrolls down instead)."""
    app_font(points)
    w = make_window(content_site, index=content_index)
    settle(qtbot, w, 1280, 720)
    w.go_home()
    start = w.page.ensure_start_page()
    start.finish()
    def fits() -> bool:
        return start.isVisible() and start.widget().width() <= start.viewport().width()

    try:
        qtbot.waitUntil(fits, timeout=5000)
    except Exception:
        inner = start.widget()
        raise AssertionError((inner.width(), start.viewport().width(), inner.minimumSizeHint().width(),
                              [(c.objectName(), c.minimumSizeHint().width()) for c in inner.findChildren(QWidget)
                               if c.minimumSizeHint().width() > start.viewport().width() - 80])) from None
    view = QRect(QPoint(0, 0), start.viewport().size())
    for card in start.cards:
        rect = QRect(card.mapTo(start.viewport(), QPoint(0, 0)), card.size())
        assert rect.left() >= view.left() and rect.right() <= view.right(), (card.accessibleName(), rect, view)
        assert card.width() >= card.minimumSizeHint().width(), card.accessibleName()
    qtbot.waitUntil(lambda: start.verticalScrollBar().maximum() > 0, timeout=5000)


def test_a_word_wider_than_the_start_pages_pane_scrolls_sideways_rather_than_being_cut(
        qtbot, app_font, make_window, content_site, content_index):
    """At 28 pt a phase's one long word is wider than the pane: the last resort is a sideways
    scroll bar (WCAG 1.4.10 allows it for such content), never text cut off at the edge."""
    app_font(28)
    w = make_window(content_site, index=content_index)
    settle(qtbot, w, 1280, 720)
    w.go_home()
    start = w.page.ensure_start_page()
    start.finish()
    bar = start.horizontalScrollBar()
    qtbot.waitUntil(lambda: start.widget().minimumSizeHint().width() > start.viewport().width(), timeout=5000)
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() >= start.widget().width() - start.viewport().width(),
                    timeout=5000)


@pytest.mark.parametrize(("points", "size"), [(None, (1366, 768)), (18.0, (1280, 720))])
def test_no_column_pane_scrolls_sideways_in_the_main_states(qtbot, app_font, make_window, content_site,
                                                            content_index, points, size):
    """The sidebar, the start page and the item panel (with a work-list item's status and
    time of change shown) reflow into their width: their sideways scroll bar, the last resort
    for a word wider than the pane, stays hidden."""
    from PySide6.QtWidgets import QScrollArea

    if points:
        app_font(points)
    w = make_window(content_site, index=content_index)
    qtbot.waitUntil(lambda: w.controller.index_ready, timeout=30000)
    settle(qtbot, w, *size)
    desk = w.projects.desk
    desk.create("Toets", roles=["projectleider"], phases_current=["ontwerp"])
    work = desk.worklist()
    assert work is not None and len(work.entries) >= 3
    for entry, status in zip(work.entries[:3], ("gedaan", "gedaan", "bezig"), strict=True):
        desk.set_status(entry.key, status)
    w.projects.set_panel_wanted(True)
    w.show_project()
    w.open_path(desk.page_of(work.entries[2].key).path)
    qtbot.waitUntil(w.projects.panel.isVisible, timeout=5000)
    areas = [w.sidebar.findChild(QScrollArea), w.projects.panel]
    w.go_home()
    start = w.page.ensure_start_page()
    start.finish()
    areas.append(start)
    for area in areas:
        if area is w.projects.panel:
            w.open_path(desk.page_of(work.entries[2].key).path)
            qtbot.waitUntil(area.isVisible, timeout=5000)
        elif area is start:
            w.go_home()
        try:
            qtbot.waitUntil(lambda a=area: a.widget().width() <= a.viewport().width(), timeout=5000)
        except Exception:
            wide = [(type(c).__name__, c.objectName(), c.minimumSizeHint().width())
                    for c in area.widget().findChildren(QWidget)
                    if c.isVisible() and c.minimumSizeHint().width() > area.viewport().width() - 24]
            raise AssertionError((area.objectName(), area.widget().width(), area.viewport().width(), wide)) from None
        bar = area.horizontalScrollBar()
        try:
            qtbot.waitUntil(lambda b=bar: not b.isVisible(), timeout=3000)
        except Exception:
            raise AssertionError((area.objectName(), bar.maximum(), area.widget().width(), area.viewport().width(),
                                  area.widget().minimumSizeHint(), area.widget().sizeHint())) from None


def test_zooming_in_scales_the_whole_interface_not_only_the_page(qtbot, ready_window):
    """Ctrl++ (issue 21, 11.7): the sidebar, the results and the page all get larger."""
    w = ready_window
    w.open_path(w.results.first_path())
    QApplication.processEvents()
    before = {"search": w.sidebar.search.fontInfo().pointSizeF(),
              "results": w.results.list.fontInfo().pointSizeF(),
              "heading": w.sidebar.findChild(QWidget, "sidebarHeading").fontInfo().pointSizeF()
              if w.sidebar.findChild(QWidget, "sidebarHeading") else w.sidebar.fontInfo().pointSizeF(),
              "page": w.page.browser.document().defaultFont().pointSizeF()}
    row_before = w.results.list.sizeHintForRow(0)
    w.actions_.zoom_in.trigger()
    w.actions_.zoom_in.trigger()
    QApplication.processEvents()
    after = {"search": w.sidebar.search.fontInfo().pointSizeF(),
             "results": w.results.list.fontInfo().pointSizeF(),
             "heading": w.sidebar.findChild(QWidget, "sidebarHeading").fontInfo().pointSizeF()
             if w.sidebar.findChild(QWidget, "sidebarHeading") else w.sidebar.fontInfo().pointSizeF(),
             "page": w.page.browser.document().defaultFont().pointSizeF()}
    for key, size in before.items():
        assert after[key] >= size * 1.15, (key, size, after[key])
    assert w.results.list.sizeHintForRow(0) > row_before  # the result rows grow with it
    w.actions_.zoom_reset.trigger()
    QApplication.processEvents()
    assert w.results.list.fontInfo().pointSizeF() == pytest.approx(before["results"], abs=0.3)


@pytest.mark.parametrize("points", [12.0, 18.0])
def test_with_a_large_font_the_filter_column_is_no_wider_than_the_sidebar(qtbot, app_font, make_window,
                                                                          content_site, points):
    """With a large font the filters fit the sidebar's width: the column does not run under
    its right edge (it does not scroll sideways), each heading and checkbox is as wide as the
    text it shows (wrapped, or elided with the whole label as tooltip), and its count shows."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea

    app_font(points)
    w = make_window(content_site)
    settle(qtbot, w, 1280, 720)
    scroll = w.sidebar.findChild(QScrollArea, "filterScroll")
    column = scroll.widget()
    qtbot.waitUntil(lambda: column.width() <= scroll.viewport().width(), timeout=5000)
    cut = []
    for button in column.findChildren(QAbstractButton):
        if button.isVisible() and button.objectName() in ("facetCheck", "facetHeader", "facetHeaderProminent"):
            right = button.mapTo(scroll.viewport(), QPoint(button.width(), 0)).x()
            if button.width() < button.sizeHint().width() or right > scroll.viewport().width():
                cut.append((button.text(), button.width(), button.sizeHint().width(), right))
            whole = button.accessibleName() in (button.text().replace("\n", " "), button.text().replace("-\n", "-"),
                                                button.text().replace("-\n", ""))
            def plain(text: str) -> str:
                return "".join(text.lower().replace("-", "").split())

            assert whole or plain(button.accessibleName()) in plain(button.toolTip()), button.accessibleName()
    for label in column.findChildren(QLabel):
        if label.isVisible() and label.text():
            right = label.mapTo(scroll.viewport(), QPoint(label.width(), 0)).x()
            if right > scroll.viewport().width():
                cut.append((label.text(), label.width(), label.sizeHint().width(), right))
    assert not cut, cut
