"""Search as you type, the filters and their counts, the start page entry points."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.search import Query
from reader.ui import theme
from tests.ui.conftest import wait_results


def test_typing_a_query_updates_the_results(qtbot, ready_window):
    w = ready_window
    result = wait_results(qtbot, w, lambda: qtbot.keyClicks(w.sidebar.search, "dpia"),
                          lambda r: r.query.text == "dpia")
    paths = w.results.paths()
    assert "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA" in paths[:3]
    assert len(paths) == result.total
    assert w.results.header.text().startswith(f"{result.total} resultaten")
    # clearing the field goes back to browsing every page
    wait_results(qtbot, w, w.sidebar.search.clear, lambda r: r.query.text == "")
    assert len(w.results.paths()) == len(w.site.pages)


def test_ticking_jurist_shows_exactly_the_jurist_pages(qtbot, ready_window, content_site):
    w, site = ready_window, content_site
    group = w.sidebar.groups["fase"]
    before = {v: row.count.text() for v, row in group._rows.items()}
    box = w.sidebar.groups["rol"].checkboxes()["jurist"]
    wait_results(qtbot, w, lambda: qtbot.mouseClick(box, Qt.MouseButton.LeftButton),
                 lambda r: r.query.roles == {"jurist"})
    jurist = site.members("rol", "jurist")
    assert set(w.results.paths()) == set(jurist)
    assert len(w.results.paths()) == len(jurist)
    assert w.results.header.text() == f"{len(jurist)} resultaten · Jurist"
    # counts of the other groups follow the role filter
    after = {v: row.count.text() for v, row in group._rows.items()}
    assert after != before
    for value, text in after.items():
        assert int(text) == len(site.members("fase", value) & jurist)
    # within the role group the counts stay those of each role on its own (OR)
    rows = w.sidebar.groups["rol"]._rows
    assert int(rows["projectleider"].count.text()) == len(site.members("rol", "projectleider"))
    # and a second role widens the list
    other = w.sidebar.groups["rol"].checkboxes()["ontwikkelaar"]
    wait_results(qtbot, w, lambda: qtbot.mouseClick(other, Qt.MouseButton.LeftButton),
                 lambda r: r.query.roles == {"jurist", "ontwikkelaar"})
    assert set(w.results.paths()) == set(jurist | site.members("rol", "ontwikkelaar"))
    # "Filters wissen"
    wait_results(qtbot, w, lambda: qtbot.mouseClick(w.sidebar.clear_button, Qt.MouseButton.LeftButton),
                 lambda r: not r.query.roles)
    assert len(w.results.paths()) == len(site.pages)


def test_filters_combine_and_across_groups(qtbot, ready_window, content_site):
    w, site = ready_window, content_site
    wait_results(qtbot, w, lambda: w.sidebar.set_filters({"rol": {"jurist"}, "fase": {"ontwerp"}}),
                 lambda r: r.query.phases == {"ontwerp"})
    expected = site.members("rol", "jurist") & site.members("fase", "ontwerp")
    assert set(w.results.paths()) == set(expected)
    assert w.results.header.text() == f"{len(expected)} resultaten · Jurist · Ontwerp"


def test_stale_results_are_dropped(qtbot, ready_window):
    w = ready_window
    seen: list[int] = []
    w.controller.resultsReady.connect(lambda rid, _r: seen.append(rid))
    w.controller.submit(Query.make("algoritme", limit=None))
    w.controller.submit(Query.make("algoritme register", limit=None))
    last = w.controller.submit(Query.make("dpia"))
    qtbot.waitUntil(lambda: last in seen, timeout=10000)
    assert seen == [last]


def test_browsing_works_while_the_index_is_built(qtbot, make_window, content_site):
    w = make_window(content_site)  # empty cache: the index starts building now
    result = wait_results(qtbot, w, lambda: w.sidebar.add_filter("rol", "jurist"),
                          lambda r: r.query.roles == {"jurist"})
    assert result.total == len(content_site.members("rol", "jurist"))
    qtbot.waitUntil(lambda: w.controller.index_ready, timeout=60000)


def test_start_page_role_card_sets_the_filter(qtbot, make_window, content_site):
    w = make_window(content_site)
    card = w.page.start_page.role_cards["jurist"]
    assert card.accessibleName() == "Ik ben jurist"
    wait_results(qtbot, w, lambda: qtbot.mouseClick(card, Qt.MouseButton.LeftButton),
                 lambda r: r.query.roles == {"jurist"})
    assert set(w.results.paths()) == set(content_site.members("rol", "jurist"))
    assert w.sidebar.groups["rol"].checkboxes()["jurist"].isChecked()


def test_keyboard_down_and_enter_open_a_result(qtbot, ready_window):
    w = ready_window
    wait_results(qtbot, w, lambda: qtbot.keyClicks(w.sidebar.search, "algoritmeregister"),
                 lambda r: r.query.text == "algoritmeregister")
    qtbot.keyClick(w.sidebar.search, Qt.Key.Key_Down)
    assert w.results.list.hasFocus() or w.results.list.currentIndex().row() == 0
    qtbot.keyClick(w.results.list, Qt.Key.Key_Down)
    second = w.results.current_path()
    with qtbot.waitSignal(w.pageOpened):
        qtbot.keyClick(w.results.list, Qt.Key.Key_Return)
    assert w.page.current == second


def test_show_all_results_button(qtbot, ready_window):
    w = ready_window
    result = wait_results(qtbot, w, lambda: w.sidebar.search.setText("algoritme"),
                          lambda r: r.query.text == "algoritme")
    if result.total <= len(result.hits):
        return
    assert not w.results.more.isHidden()
    full = wait_results(qtbot, w, w.results.more.click, lambda r: r.query.limit is None)
    assert len(w.results.paths()) == full.total


def test_filter_link_on_a_page_sets_the_filter(qtbot, ready_window):
    w = ready_window
    w.open_path("voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    wait_results(qtbot, w, lambda: w.page._on_link("reader://filter/rol/jurist"),
                 lambda r: r.query.roles == {"jurist"})
    assert w.sidebar.groups["rol"].checkboxes()["jurist"].isChecked()


def test_the_start_page_is_built_part_by_part_after_the_first_paint(qtbot, ready_window, content_site):
    from reader.ui.start_page import StartPage

    w = ready_window  # the index is ready: it starts only once the start page is complete
    assert w.page._start_page is not None and w.page._start_page.complete
    staged = StartPage(content_site, "", staged=True)
    qtbot.addWidget(staged)
    assert not staged.complete and not staged.role_cards and not staged.phase_buttons
    staged.update_icons(theme.colors(False))
    parts = 0
    while staged.step():
        parts += 1
    assert staged.complete and parts >= 2
    assert set(staged.role_cards) == set(content_site.facet_values("rol"))
    assert set(staged.phase_buttons) == set(content_site.facet_values("fase"))
    assert all(not card.icon_label.pixmap().isNull() for card in staged.cards)  # late cards too
    again = StartPage(content_site, "", staged=True)
    qtbot.addWidget(again)
    again.finish()
    assert again.complete and len(again.cards) == len(staged.cards)


def test_active_filters_show_as_removable_chips_above_the_results(qtbot, ready_window):
    """Issue 18: each filter and the search text is a chip with ✕; "Filters wissen" above."""
    w = ready_window
    wait_results(qtbot, w, lambda: w.sidebar.search.setText("dpia"))
    result = wait_results(qtbot, w, lambda: w.sidebar.set_filters({"rol": {"jurist"}, "fase": {"ontwerp"}}))
    bar = w.results.chip_bar
    assert bar.isVisible() and w.results.clear_all.isVisible()
    text = w.results.chips.text()
    assert "jurist" in text.lower() and "ontwerp" in text.lower() and "dpia" in text
    assert result.total > 0
    result = wait_results(qtbot, w, lambda: w.results.chips.linkActivated.emit("filter:rol/jurist"))
    assert "jurist" not in result.query.filters().get("rol", set())
    assert "ontwerp" in result.query.filters()["fase"]
    result = wait_results(qtbot, w, lambda: w.results.chips.linkActivated.emit("query:"))
    assert not result.query.text and w.sidebar.search.text() == ""
    result = wait_results(qtbot, w, w.results.clear_all.click)
    assert not any(result.query.filters().values()) and not bar.isVisible()


def test_a_chip_on_a_page_shows_the_whole_list_of_that_kind(qtbot, ready_window):
    """Clicking "Vereiste" on a page after a search shows all vereisten, not "3 of 63"."""
    w = ready_window
    wait_results(qtbot, w, lambda: w.sidebar.search.setText("dpia"))
    vereisten = len(w.site.members("soort", "vereiste"))
    result = wait_results(qtbot, w, lambda: w.page.filterRequested.emit("soort", "vereiste"),
                          check=lambda r: "vereiste" in r.query.filters().get("soort", set()))
    assert not result.query.text and result.total == vereisten
