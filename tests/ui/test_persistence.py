"""What is kept across restarts: bookmarks, filters, last page, zoom, window layout."""

from __future__ import annotations

from tests.ui.conftest import TOOL


def test_bookmarks_persist_across_a_restart(qtbot, make_window, content_site, settings_dir):
    w = make_window(content_site)
    w.open_path(TOOL)
    w.actions_.bookmark.trigger()
    assert w.bookmarks.contains(TOOL)
    assert w.actions_.bookmark.isChecked()
    w.close()

    w2 = make_window(content_site, settings=settings_dir)
    assert w2.bookmarks.contains(TOOL)
    w2._fill_bookmarks_menu()
    titles = [a.text() for a in w2.menus.bookmarks.actions()]
    assert content_site.get(TOOL).title in titles
    # the restored page is the bookmarked one; toggling removes it again
    assert w2.page.current == TOOL
    assert w2.actions_.bookmark.isChecked()
    w2.actions_.bookmark.trigger()
    assert not w2.bookmarks.contains(TOOL)
    w2.close()
    w3 = make_window(content_site, settings=settings_dir)
    assert not w3.bookmarks.contains(TOOL)


def test_filters_page_zoom_and_layout_are_restored(qtbot, make_window, content_site, settings_dir):
    w = make_window(content_site)
    with qtbot.waitSignal(w.searchFinished):
        w.sidebar.set_filters({"rol": {"jurist"}, "fase": {"ontwerp"}})
    w.open_path("voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    w.actions_.zoom_in.trigger()
    w.actions_.zoom_in.trigger()
    w.splitter.setSizes([250, 380, 670])
    sizes = w.splitter.sizes()
    w.close()

    w2 = make_window(content_site, settings=settings_dir)
    assert w2.sidebar.filters()["rol"] == {"jurist"}
    assert w2.sidebar.filters()["fase"] == {"ontwerp"}
    assert w2.page.current == "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"
    assert w2.settings.zoom == 2 and w2.page.zoom_steps == 2
    assert w2.splitter.sizes() == sizes
    assert w2.result is not None and w2.result.query.roles == {"jurist"}


def test_open_path_argument_wins_over_the_last_page(make_window, content_site, settings_dir):
    w = make_window(content_site)
    w.open_path(TOOL)
    w.close()
    w2 = make_window(content_site, settings=settings_dir,
                     open_path="voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    assert w2.page.current == "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"


def test_the_restored_page_is_rendered_after_the_first_results(qtbot, make_window, content_site, settings_dir,
                                                                cache_dir):
    """The last page comes back, but rendering it does not hold up the first paint."""
    from reader.search import SearchEngine
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    w = make_window(content_site)
    w.open_path(TOOL)
    w.close()

    engine = SearchEngine(content_site, cache_dir=cache_dir / "restored")
    w2 = MainWindow(content_site, engine, Settings(settings_dir))
    qtbot.addWidget(w2)
    try:
        # made, not yet shown: the page is current (title, history) but not rendered
        assert w2.page.current == TOOL and w2.page.rendered is None
        assert w2.page.title == content_site.get(TOOL).title
        assert w2.windowTitle().startswith(content_site.get(TOOL).title)
        with qtbot.waitSignal(w2.searchFinished, timeout=10000):
            w2.show()
        qtbot.waitUntil(lambda: w2.page.rendered is not None, timeout=10000)
        assert w2.page.rendered.title == content_site.get(TOOL).title
        assert w2.page.stack.currentWidget() is w2.page.browser
        assert content_site.get(TOOL).title in w2.page.browser.toPlainText()
        assert w2.history.current.path == TOOL
    finally:
        w2.close()
        engine.close()


def test_a_start_with_restored_filters_searches_once(qtbot, make_window, content_site, settings_dir):
    """Restoring the filters does not trigger a second, identical search (and a second
    layout of the whole list) right after the first results."""
    w = make_window(content_site)
    with qtbot.waitSignal(w.searchFinished):
        w.sidebar.set_filters({"rol": {"jurist"}})
    w.close()

    w2 = make_window(content_site, settings=settings_dir)
    assert w2.sidebar.filters()["rol"] == {"jurist"}
    assert w2.result is not None and w2.result.query.roles == {"jurist"}
    assert not w2.sidebar._emit_timer.isActive()
    assert w2.controller.latest_id == 1


def test_first_start_fits_a_small_screen_and_later_starts_keep_the_size(qtbot, make_window, content_site,
                                                                        settings_dir):
    """The offscreen screen is 800×800: smaller than the first-start size, so the first
    window is maximised within the available area; a saved geometry wins afterwards."""
    from PySide6.QtGui import QGuiApplication

    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.width() < 1400
    w = make_window(content_site)
    assert w.first_start_maximized
    w.close()
    w2 = make_window(content_site, settings=settings_dir)
    assert not w2.first_start_maximized  # the saved geometry is used instead
