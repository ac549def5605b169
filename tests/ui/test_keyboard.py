"""Keyboard reach (issues 18 and 21): F6 through the panes, F1 help with every shortcut,
F11 full screen; every menu entry has a unique mnemonic and works by its mnemonic path (each
has an effect or opens its dialog); pane sizes change by keyboard; the content-problems table
opens a page with Enter."""

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
        entries = [a for a in menu.actions() if a.text() and not a.isSeparator() and a.isEnabled()]
        keys = [mnemonic(a.text()) for a in entries]
        where = getattr(menu, "title", lambda: "menubalk")()
        # every entry reachable by Alt+letter, letter (a recent-files list is numbered)
        assert all(keys), (where, [a.text() for a, k in zip(entries, keys, strict=True) if not k])
        assert len(keys) == len(set(keys)), (where, keys)


def test_panes_can_be_hidden_from_the_view_menu_and_f6_skips_them(qtbot, ready_window, make_window,
                                                                   content_site, settings_dir):
    w = active(qtbot, ready_window)
    w.actions_.show_sidebar.trigger()
    assert not w.sidebar.isVisible() and not w.actions_.show_sidebar.isChecked()
    w.actions_.show_middle.trigger()
    assert not w.middle.isVisible()
    assert w.sidebar.search not in w.panes() and w.results.list not in w.panes()
    w.actions_.focus_search.trigger()  # Ctrl+K brings the sidebar back
    assert w.sidebar.isVisible() and w.actions_.show_sidebar.isChecked()
    w.close()
    w2 = make_window(content_site, settings=settings_dir)
    assert w2.sidebar.isVisible() and not w2.middle.isVisible()  # remembered
    w2.actions_.show_middle.trigger()
    assert w2.middle.isVisible()


def test_pane_sizes_change_by_keyboard(qtbot, ready_window):
    w = active(qtbot, ready_window)
    w.results.list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.results.list, timeout=5000)
    before = w.splitter.sizes()
    qtbot.keyClick(w.results.list, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    wider = w.splitter.sizes()
    assert wider[1] > before[1] and sum(wider) == sum(before)  # the middle pane, with the cursor
    w.pane_sizer.narrower.trigger()
    w.pane_sizer.narrower.trigger()
    assert w.splitter.sizes()[1] < wider[1]
    w.open_path(w.results.first_path())
    w.page.browser.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.page.browser, timeout=5000)
    page_before = w.splitter.sizes()[2]
    w.pane_sizer.wider.trigger()
    assert w.splitter.sizes()[2] > page_before
    assert w.pane_sizer.wider in w.menus.view.actions()  # Beeld → Deelvenster breder


def test_the_problems_table_opens_a_page_with_enter(qtbot, make_window, tmp_path):
    from reader.content import Site
    from tests.mini_site import make_mini_site

    site = Site.load(make_mini_site(tmp_path / "root"))
    w = active(qtbot, make_window(site))
    dialog = w.show_problems()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    table = dialog.table
    row = next(r for r in range(dialog.sev_proxy.rowCount())
               if str(dialog.sev_proxy.index(r, 1).data()).removesuffix(".md") in site.pages)
    path = str(dialog.sev_proxy.index(row, 1).data()).removesuffix(".md")
    table.setFocus()
    table.setCurrentIndex(dialog.sev_proxy.index(row, 0))
    with qtbot.waitSignal(dialog.openRequested, timeout=5000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [path]
    assert w.page.current == path


def test_every_menu_opens_with_alt_and_its_mnemonic(qtbot, ready_window):
    """The keyboard walk of the menu bar: Alt+letter opens each menu, Escape closes it."""
    w = active(qtbot, ready_window)
    w.page.browser.setFocus()
    for action in w.menuBar().actions():
        menu = action.menu()
        if menu is None or not action.isVisible():
            continue
        text = action.text().replace("&&", "")
        key = text[text.index("&") + 1].upper()
        qtbot.keyClick(w.page.browser, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(menu.isVisible, timeout=3000)
        assert menu.actions()
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda m=menu: not m.isVisible(), timeout=3000)


def test_alt_down_goes_heading_by_heading_and_says_each(qtbot, ready_window):
    from reader.ui import announce
    from reader.ui.page_outline import headings
    from tests.ui.conftest import TOOL

    w = active(qtbot, ready_window)
    w.open_path(TOOL)
    w.page.browser.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.page.browser, timeout=5000)
    expected = headings(w.page.browser.document())
    assert len(expected) >= 3 and expected[0].text == w.page.rendered.title
    announce.recent.clear()
    reached = []
    for _ in expected:
        qtbot.keyClick(w.page.browser, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        reached.append(w.page.browser.textCursor().position())
    # the first Alt+Down from the top goes to the second heading (the caret is on the first)
    assert reached[:-1] == [h.position for h in expected[1:]]
    assert f"Kop {expected[1].level}: {expected[1].text}" in announce.recent
    assert announce.recent[-1] == "Geen volgende kop"
    w.headings.previous.trigger()  # Alt+Up, from the menu
    assert w.page.browser.textCursor().position() == expected[-2].position
    assert w.headings.next in w.menus.go.actions()


def test_every_menu_has_unique_mnemonics_in_english_too(qtbot, make_window, content_site):
    """The English translation picks its own letters: they must not clash either."""
    from PySide6.QtCore import QLocale

    from reader.ui import i18n

    app = QApplication.instance()
    before = QLocale()
    translators = i18n.install_translators(app, "en")
    try:
        w = make_window(content_site)
        assert w.menus.go.title().replace("&", "") == "Go"  # the English menus
        clashes = []
        for menu in [w.menuBar(), *w.menuBar().findChildren(type(w.menus.file))]:
            texts = [a.text().replace("&&", "") for a in menu.actions()
                     if a.text() and not a.isSeparator() and a.isEnabled()]
            keys = [t[t.find("&") + 1].lower() if "&" in t else "" for t in texts]
            missing = [t for t, k in zip(texts, keys, strict=True) if not k]
            doubled = sorted({k for k in keys if k and keys.count(k) > 1})
            if missing or doubled:
                clashes.append((getattr(menu, "title", lambda: "menubar")(), missing, doubled, texts))
        assert not clashes, clashes
    finally:  # back to Dutch for the other tests
        translators += i18n.install_translators(app, "nl")
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


def _mnemonic(action) -> str:
    text = action.text().replace("&&", "")
    return text[text.index("&") + 1].upper() if "&" in text else ""


def _entries(menu, path=()):
    """(path of actions from the menu bar, action) of every entry with a mnemonic; the
    history submenu's entries (pages visited, no mnemonics) excepted."""
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            if _mnemonic(action):
                yield from _entries(action.menu(), (*path, action))
        elif _mnemonic(action):
            yield (*path, action), action


def test_every_menu_entry_works_by_its_mnemonic_path(qtbot, ready_window, monkeypatch):
    """The keyboard walk of every menu entry: Alt+the menu's letter, then the entry's letter
    (and a submenu's); each entry has an effect that can be seen (the page, panes, focus,
    zoom, colours, status line, clipboard, what is said) or opens its dialog or window,
    which is closed again. Afsluiten, last, closes the window."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from reader.ui import announce
    from tests.ui.conftest import TOOL

    w = active(qtbot, ready_window)
    monkeypatch.setattr(w, "relaunch", None, raising=False)  # the language box offers no restart
    with qtbot.waitSignal(w.searchFinished, timeout=10000):
        w.sidebar.set_filters({"rol": {w.site.facet_values("rol")[0]}})
    w.open_path(w.results.first_path())
    w.open_path(TOOL)  # history to go back in, a page with headings and an address
    w.projects.desk.create("Toets", roles=["jurist"])  # the project entries have one to work on
    w.settings.theme = "light"  # so that "Volg het systeem" changes it
    w.apply_theme()
    w.page.browser.setFocus()
    opened: list[str] = []

    def close_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            opened.append(modal.windowTitle() or type(modal).__name__)
            modal.reject() if isinstance(modal, QDialog) else modal.close()

    closer = QTimer()
    closer.timeout.connect(close_modal)
    closer.start(20)

    def state():
        p = w.pane_area
        return (w.page.current, w.page.browser.textCursor().position(), w.status_label.text(),
                QApplication.focusWidget(),
                tuple(x.isVisible() for x in (w.sidebar, w.middle, w.page_splitter, w.page.find_bar,
                                              w.projects.panel if w.projects.panel_built else w)),
                tuple(p.splitter.sizes()), QApplication.font().pointSizeF(), int(w.windowState().value),
                w.settings.theme, QApplication.clipboard().text(), w.sidebar.search.text(),
                str(w.sidebar.filters()), w.middle.currentIndex(), len(announce.recent),
                tuple(a.isChecked() for a in w.actions_.__dict__.values() if hasattr(a, "isChecked")))

    walked, no_effect, skipped = [], [], []
    menus = [a for a in w.menuBar().actions() if a.menu() is not None and a.isVisible()]
    quit_path = None
    for top in menus:
        for path, action in list(_entries(top.menu(), (top,))):
            if action is w.actions_.quit:
                quit_path = path
                continue
            if action in (w.headings.next, w.headings.previous) and w.page.current != TOOL:
                w.open_path(TOOL)  # after Start: a page with headings
            if not action.isEnabled():  # an earlier entry went elsewhere or undid the project
                w.open_path(TOOL)
                w.page.browser.setFocus()
                if w.projects.desk.current is None:
                    w.projects.desk.create("Toets", roles=["jurist"])
            if not action.isEnabled():
                skipped.append(action.text())
                continue
            before, windows = state(), {x for x in QApplication.topLevelWidgets() if x.isVisible()}
            count = len(opened)
            with qtbot.waitSignal(action.triggered, timeout=5000):
                target = QApplication.focusWidget() or w
                qtbot.keyClick(target, _mnemonic(top), Qt.KeyboardModifier.AltModifier)
                for step in path[1:]:
                    qtbot.waitUntil(path_menu(path, step).isVisible, timeout=3000)
                    qtbot.keyClick(path_menu(path, step), _mnemonic(step))
            QApplication.processEvents()
            new = [x for x in QApplication.topLevelWidgets() if x.isVisible() and x not in windows
                   and x.isWindow() and not x.inherits("QMenu")]
            for x in new:
                x.close()
            active(qtbot, w)  # the cursor back in the window, where the entry left it
            if state() == before and len(opened) == count and not new:
                no_effect.append(action.text())
            walked.append(action.text())
            if action.isCheckable() and action is not w.actions_.bookmark and not action.actionGroup():
                action.trigger()  # toggled back: full screen, panes
                active(qtbot, w)
    closer.stop()
    assert len(walked) >= 50, walked
    assert not skipped, skipped
    assert not no_effect, no_effect
    assert quit_path is not None
    qtbot.keyClick(QApplication.focusWidget() or w, _mnemonic(quit_path[0]), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(quit_path[0].menu().isVisible, timeout=3000)
    qtbot.keyClick(quit_path[0].menu(), _mnemonic(quit_path[1]))
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)


def path_menu(path, step):
    """The menu in which `step` (an entry of `path`) is found."""
    return path[path.index(step) - 1].menu()
