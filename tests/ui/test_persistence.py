"""What is kept across restarts: bookmarks, filters, last page, zoom, window layout."""

from __future__ import annotations

from tests.ui.conftest import TOOL


def test_bookmarks_persist_across_a_restart(qtbot, make_window, upstream_site, settings_dir):
    w = make_window(upstream_site)
    w.open_path(TOOL)
    w.actions_.bookmark.trigger()
    assert w.bookmarks.contains(TOOL)
    assert w.actions_.bookmark.isChecked()
    w.close()

    w2 = make_window(upstream_site, settings=settings_dir)
    assert w2.bookmarks.contains(TOOL)
    w2._fill_bookmarks_menu()
    titles = [a.text() for a in w2.menus.bookmarks.actions()]
    assert upstream_site.get(TOOL).title in titles
    # the restored page is the bookmarked one; toggling removes it again
    assert w2.page.current == TOOL
    assert w2.actions_.bookmark.isChecked()
    w2.actions_.bookmark.trigger()
    assert not w2.bookmarks.contains(TOOL)
    w2.close()
    w3 = make_window(upstream_site, settings=settings_dir)
    assert not w3.bookmarks.contains(TOOL)


def test_filters_page_zoom_and_layout_are_restored(qtbot, make_window, upstream_site, settings_dir):
    w = make_window(upstream_site)
    with qtbot.waitSignal(w.searchFinished):
        w.sidebar.set_filters({"rol": {"jurist"}, "fase": {"ontwerp"}})
    w.open_path("voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    w.actions_.zoom_in.trigger()
    w.actions_.zoom_in.trigger()
    w.splitter.setSizes([250, 380, 670])
    sizes = w.splitter.sizes()
    w.close()

    w2 = make_window(upstream_site, settings=settings_dir)
    assert w2.sidebar.filters()["rol"] == {"jurist"}
    assert w2.sidebar.filters()["fase"] == {"ontwerp"}
    assert w2.page.current == "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"
    assert w2.settings.zoom == 2 and w2.page.zoom_steps == 2
    assert w2.splitter.sizes() == sizes
    assert w2.result is not None and w2.result.query.roles == {"jurist"}


def test_open_path_argument_wins_over_the_last_page(make_window, upstream_site, settings_dir):
    w = make_window(upstream_site)
    w.open_path(TOOL)
    w.close()
    w2 = make_window(upstream_site, settings=settings_dir,
                     open_path="voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    assert w2.page.current == "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"
