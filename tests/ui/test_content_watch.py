"""Content changing under the app (issue 17): a page edited, added or deleted while the
window runs is picked up (`reader.ui.content_watch`, through `WindowHost.reload`), a page
deleted while shown says so, and searching and reading keep working throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.launch import load
from reader.ui import content_watch
from reader.ui.settings import Settings
from reader.ui.window_host import WindowHost
from tests.mini_site import make_mini_site

DPIA = "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"
NEW = "voldoen-aan-wetten-en-regels/hulpmiddelen/nieuw-hulpmiddel"


@pytest.fixture(autouse=True)
def _watch_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_watch, "START_MS", 0)


def test_edits_additions_and_deletions_are_picked_up_while_the_window_runs(qtbot, settings_dir, tmp_path: Path):
    root = make_mini_site(tmp_path / "site")
    cache = tmp_path / "cache"
    host = WindowHost(Settings(settings_dir), lambda r: load(r, cache), ["ak-reader"])
    site, engine = load(root, cache)
    w = host.open(site, engine, open_path=DPIA)
    with qtbot.waitSignal(w.searchFinished, timeout=10000):
        w.show()
    qtbot.waitUntil(lambda: w.controller.index_ready and host.watcher.watching, timeout=30000)

    messages: list[str] = []

    def swapped(action) -> object:
        with qtbot.waitSignal(host.reloaded, timeout=20000) as blocker:
            action()
        new, message = blocker.args  # (the host closes and deletes the window it replaces)
        messages.append(message)
        qtbot.waitUntil(lambda: new.controller.index_ready and host.watcher.watching, timeout=30000)
        return new

    # an edit of the page being read
    dpia = root / f"{DPIA}.md"
    w = swapped(lambda: dpia.write_text(dpia.read_text(encoding="utf-8").replace(
        "Met een DPIA", "Met een zeldzaamwoord-DPIA"), encoding="utf-8"))
    assert w.page.current == DPIA and "zeldzaamwoord" in w.page.browser.toPlainText()
    assert "opnieuw ingelezen" in messages[-1]
    with qtbot.waitSignal(w.searchFinished, timeout=10000, check_params_cb=lambda r: r.query.text == "zeldzaamwoord"
                          ) as found:
        w.sidebar.search.setText("zeldzaamwoord")
    assert [h.path for h in found.args[0].hits] == [DPIA]

    # a page added
    added = root / f"{NEW}.md"
    w = swapped(lambda: added.write_text("---\ntitle: Nieuw hulpmiddel\n---\n# Nieuw\n\nEen kwartelkoning.\n",
                                         encoding="utf-8"))
    assert w.site.get(NEW) is not None
    with qtbot.waitSignal(w.searchFinished, timeout=10000, check_params_cb=lambda r: r.query.text == "kwartelkoning"
                          ) as found:
        w.sidebar.search.setText("kwartelkoning")
    assert [h.path for h in found.args[0].hits] == [NEW]
    assert w.open_path(NEW)

    # the page being read deleted
    w = swapped(added.unlink)
    assert w.site.get(NEW) is None and w.page.current != NEW
    assert "Nieuw hulpmiddel' is verwijderd" in messages[-1], messages
    with qtbot.waitSignal(w.searchFinished, timeout=10000, check_params_cb=lambda r: r.query.text == "dpia"
                          ) as found:
        w.sidebar.search.setText("dpia")
    assert DPIA in [h.path for h in found.args[0].hits]
    assert w.open_path(DPIA) and "DPIA" in w.page.browser.toPlainText()
    w.close()
    host.close()


def test_coming_back_to_the_app_looks_again(qtbot, settings_dir, tmp_path: Path):
    """Where the file system tells nothing (some network shares), becoming active again looks."""
    from PySide6.QtCore import Qt

    root = make_mini_site(tmp_path / "site")
    cache = tmp_path / "cache"
    host = WindowHost(Settings(settings_dir), lambda r: load(r, cache), ["ak-reader"])
    site, engine = load(root, cache)
    w = host.open(site, engine)
    with qtbot.waitSignal(w.searchFinished, timeout=10000):
        w.show()
    assert host.watcher is not None
    qtbot.waitUntil(lambda: host.watcher.watching, timeout=10000)
    host.watcher._watcher.removePaths(host.watcher._watcher.directories() + host.watcher._watcher.files())
    (root / "extra.md").write_text("# Extra\n", encoding="utf-8")
    with qtbot.waitSignal(host.switched, timeout=20000) as blocker:
        host.watcher._on_state(Qt.ApplicationState.ApplicationActive)
    new = blocker.args[0]
    assert new.site.get("extra") is not None
    new.close()
    host.close()


def test_a_content_folder_that_goes_away_keeps_the_window(qtbot, settings_dir, tmp_path: Path):
    """A USB stick pulled: the window stays with what it read, and says so."""
    import shutil

    root = make_mini_site(tmp_path / "site")
    cache = tmp_path / "cache"
    host = WindowHost(Settings(settings_dir), lambda r: load(r, cache), ["ak-reader"])
    site, engine = load(root, cache)
    w = host.open(site, engine, open_path=DPIA)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.searchFinished, timeout=10000):
        w.show()
    qtbot.waitUntil(lambda: host.watcher is not None and host.watcher.watching, timeout=10000)
    # the index's own status message ("Zoekindex is klaar") first, so that it cannot come after
    # the one this test waits for and replace it (seen once in a busy full run)
    qtbot.waitUntil(lambda: w.controller.index_ready, timeout=20000)
    with qtbot.waitSignal(host.watcher.changed, timeout=20000):
        shutil.rmtree(root)
    qtbot.waitUntil(lambda: "niet meer te lezen" in w.status_label.text(), timeout=10000)
    assert host.window is w and w.page.current == DPIA and "DPIA" in w.page.browser.toPlainText()
    w.close()
    host.close()
