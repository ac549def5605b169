"""Reading the content before the window: nothing shown when quick, a progress window
when slow, errors handed back to the caller."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QLocale

from reader.content import Site
from reader.resources import bundled_content
from reader.ui.loading import LoadingWindow, load_with_progress

ROOT = bundled_content()


def test_a_slow_load_shows_its_progress_and_returns_the_site(qtbot):
    shown: list[LoadingWindow] = []
    texts: list[str] = []
    release = threading.Event()

    def on_window(window: LoadingWindow) -> None:
        shown.append(window)
        window.bar.valueChanged.connect(lambda _v: texts.append(window.detail.text()))
        release.set()  # the window is up: let the load go on

    def load(progress):
        progress(0, 500)
        assert release.wait(10), "the loading window never appeared"
        return Site.load(ROOT, progress)

    site = load_with_progress(load, show_after_ms=0, on_window=on_window)
    assert len(site.pages) == len(Site.load(ROOT).pages)
    assert len(shown) == 1
    window = shown[0]
    assert window.windowTitle() == "Algoritmekader Reader"
    total = window.bar.maximum()
    assert total >= len(site.pages)  # every file is counted, not only the pages
    assert f"100 van {QLocale().toString(total)} bestanden" in texts
    assert window.bar.value() == total and "controleren" in window.detail.text()
    assert not window.isVisible()


def test_a_quick_load_shows_nothing(qtbot):
    shown: list[LoadingWindow] = []
    assert load_with_progress(lambda _progress: 42, show_after_ms=5000, on_window=shown.append) == 42
    assert shown == []


def test_an_error_while_loading_reaches_the_caller(qtbot):
    def load(_progress):
        raise ValueError("kapotte inhoud")

    with pytest.raises(ValueError, match="kapotte inhoud"):
        load_with_progress(load, show_after_ms=0)


def test_site_load_reports_every_file():
    seen: list[tuple[int, int]] = []
    site = Site.load(ROOT, lambda done, total: seen.append((done, total)))
    totals = {t for _d, t in seen}
    assert len(totals) == 1
    total = totals.pop()
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert total == len(site.pages) + len(site.files)
