"""Keyboard reach (issues 18 and 21): F6 through the panes, F1 help with every shortcut,
F11 full screen; the window's menus have unique mnemonics."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def active(qtbot, w):
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    return w


def test_f6_goes_through_search_filters_results_and_page_and_back(qtbot, ready_window):
    w = active(qtbot, ready_window)
    w.open_path(w.results.first_path())
    w.sidebar.focus_search()
    seen = [QApplication.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen[0] is w.sidebar.search
    assert w.sidebar.isAncestorOf(seen[1]) and seen[1] is not w.sidebar.search  # a filter
    assert seen[2] is w.results.list
    assert seen[3] is w.page.browser
    assert seen[4] is w.sidebar.search or w.projects.panel.isAncestorOf(seen[4])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() in (w.page.browser, w.results.list) or \
        w.projects.panel.isAncestorOf(QApplication.focusWidget())


def test_f6_reaches_the_work_list_when_the_project_tab_is_shown(qtbot, ready_window):
    w = active(qtbot, ready_window)
    w.projects.desk.create("Toets", roles=["jurist"])
    w.show_project()
    w.sidebar.focus_search()
    w.cycle_pane(1)
    target = w.cycle_pane(1)
    assert target is w.projects.pane.tree and QApplication.focusWidget() is w.projects.pane.tree


def test_help_lists_every_shortcut_of_the_menus(qtbot, ready_window):
    from PySide6.QtGui import QKeySequence

    w = ready_window
    window = w.show_help()
    text = window.text()
    for action in (w.actions_.project_show, w.actions_.next_pane, w.actions_.official_text, w.actions_.find):
        assert action.shortcuts(), action.text()
        assert action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText) in text
        assert action.text().replace("&", "") in text
    assert w.info["statement"] in text  # what the content is (summary or official text)
    window.close()


def test_f11_toggles_full_screen(qtbot, ready_window):
    w = ready_window
    w.actions_.full_screen.trigger()
    qtbot.waitUntil(w.isFullScreen, timeout=5000)
    w.actions_.full_screen.trigger()
    qtbot.waitUntil(lambda: not w.isFullScreen(), timeout=5000)


def test_every_menu_has_unique_mnemonics(ready_window):
    w = ready_window

    def mnemonic(text: str) -> str:
        i = text.replace("&&", "").find("&")
        return text.replace("&&", "")[i + 1].lower() if i >= 0 else ""

    menus = [w.menuBar(), *w.menuBar().findChildren(type(w.menus.file))]
    for menu in menus:
        keys = [mnemonic(a.text()) for a in menu.actions() if a.text() and not a.isSeparator()]
        keys = [k for k in keys if k]
        assert len(keys) == len(set(keys)), (getattr(menu, "title", lambda: "menubalk")(), keys)
