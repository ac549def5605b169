"""The window on hostile content (issue 17, `tests/hostile_corpus.py`): it opens, searches,
and shows every page, the problems dialog lists them, and Qt says nothing (a Qt warning
fails a window test)."""

from __future__ import annotations

from pathlib import Path

from reader.content import Site
from tests.hostile_corpus import write_hostile_site
from tests.ui.conftest import wait_results


def test_the_window_shows_every_hostile_page_and_searches(qtbot, make_window, tmp_path: Path) -> None:
    root, _cases = write_hostile_site(tmp_path / "site")
    site = Site.load(root)
    w = make_window(site)
    qtbot.waitUntil(lambda: w.controller.index_ready, timeout=60000)
    shown = 0
    for page in site.sorted_pages():
        assert w.open_path(page.path), page.path
        assert w.page.current == page.path
        text = w.page.browser.toPlainText()
        assert "Bronbestand: " + page.file.split("\n")[0] in text, page.path  # this very page, rendered
        shown += 1
    for query in ("risico", "alert", "evil.example", "woord", "<script>"):
        result = wait_results(qtbot, w, lambda q=query: w.sidebar.search.setText(q),
                              lambda r, q=query: r.query.text == q)
        for hit in result.hits[:5]:
            assert w.open_path(hit.path)
    dialog = w.show_problems()  # Help → content problems: every problem listed, the odd names too
    dialog.close()
    print(f"\nhostile pages shown in the window: {shown}/{len(site.pages)}")
    assert shown == len(site.pages)
