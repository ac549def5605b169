"""Content packs in the window (issue 15): say what the reader is reading, open a folder or
zip, switch packs without a restart, "Officiële tekst", "Wat is er veranderd".

Tests that need an official pack use the real upstream releases in ../shared and skip
with the reason when they are absent; the rest build packs from the bundled content."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from reader.content import Site
from reader.packs import PackLibrary
from reader.search import SearchEngine
from tests.conftest import CONTENT, SHARED

OFFICIAL_NEW = SHARED / "corpora" / "algoritmekader"
OFFICIAL_OLD = SHARED / "corpora" / "algoritmekader-v2.4.3"
needs_official = pytest.mark.skipif(not (OFFICIAL_NEW / "docs").is_dir() or not (OFFICIAL_OLD / "docs").is_dir(),
                                    reason="the upstream releases in ../shared/corpora are not here")


@pytest.fixture
def bundled_window(make_window):
    return make_window(Site.load(CONTENT))


def official_copy(tmp_path: Path) -> Path:
    """An "official" pack made from the bundled pages: a repository root with docs/ inside,
    without our pack.json (so it counts as official text), as a user would unzip it."""
    repo = tmp_path / "Algoritmekader-main"
    shutil.copytree(CONTENT, repo / "docs")
    (repo / "docs" / "pack.json").unlink()
    return repo


def test_the_window_says_it_shows_a_summary_and_which_version(bundled_window):
    w = bundled_window
    assert w.info["kind"] == "samenvatting"
    footer = w.page.start_page.findChild(type(w.status_label), "startFooter")
    assert footer is not None and "Samenvatting in eigen woorden" in footer.text()
    assert w.info["version"] and w.info["version"] in footer.text() and w.info["date"] in footer.text()
    page = next(p for p in w.site.pages.values() if p.kind.value == "maatregel")
    w.open_path(page.path)
    text = w.page.browser.toPlainText()
    assert "Samenvatting in eigen woorden, niet de officiële tekst" in text
    assert w.info["version"] in text
    about = w.show_about()
    shown = " ".join(label.text() for label in about.findChildren(type(w.status_label)))
    assert "Samenvatting in eigen woorden" in shown and "minbzk.github.io" in shown
    about.close()


def test_opening_a_repository_root_finds_docs_and_an_empty_folder_is_explained(qtbot, bundled_window, tmp_path):
    dialog = bundled_window.open_packs()
    empty = tmp_path / "leeg"
    empty.mkdir()
    assert dialog.add(empty) is None
    assert "⚠" in dialog.message.text() and "docs" in dialog.message.text()
    pack = dialog.add(official_copy(tmp_path))
    assert pack is not None and pack.root.endswith("docs") and pack.kind == "officieel"
    assert pack.pages >= len(bundled_window.site.pages)  # its Markdown files (the glossary too)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert len(names) == 2 and "(nu gelezen)" in names[0]
    dialog.close()


def test_a_zip_is_imported_and_can_be_removed_again(qtbot, bundled_window, tmp_path, monkeypatch):
    repo = official_copy(tmp_path)
    archive = tmp_path / "algoritmekader.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for file in repo.rglob("*"):
            if file.is_file():
                z.write(file, file.relative_to(tmp_path))
    dialog = bundled_window.open_packs()
    pack = dialog.add(archive)
    assert pack is not None and Path(pack.root).is_dir() and dialog.library.imported(pack)
    dialog.table.selectRow(1)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.remove_selected()
    assert not Path(pack.root).exists() and len(PackLibrary().packs()) == 1
    dialog.close()


def test_switching_packs_opens_the_same_page_in_the_other_pack_without_restart(qtbot, settings_dir, tmp_path):
    from reader.launch import load
    from reader.ui.settings import Settings
    from reader.ui.window_host import WindowHost

    cache = tmp_path / "cache"
    host = WindowHost(Settings(settings_dir), lambda root: load(root, cache), ["ak-reader"])
    site, engine = load(CONTENT, cache)
    page = next(p for p in site.pages.values() if p.kind.value == "hulpmiddel")
    w = host.open(site, engine, open_path=page.path)  # closed and deleted by the switch itself
    with qtbot.waitSignal(w.searchFinished, timeout=10000):
        w.show()
    library = PackLibrary()
    pack = library.add(official_copy(tmp_path))
    with qtbot.waitSignal(host.switched, timeout=30000) as switched:
        library.use(pack.name)
        w.switch_content(pack.root)
    new = switched.args[0]
    qtbot.addWidget(new)
    assert new is host.window and new is not w and not w.isVisible()
    assert new.site.root == Path(pack.root).resolve() and new.info["kind"] == "officieel"
    assert new.page.current == page.path  # the same page, now in the other pack
    assert PackLibrary().current().root == pack.root  # remembered for the next start
    assert host.relaunch[-2:] == ["--content", pack.root]
    qtbot.waitUntil(lambda: new.controller.index_ready, timeout=30000)
    with qtbot.waitSignal(new.searchFinished, timeout=10000) as found:
        new.sidebar.search.setText("dpia")
    assert found.args[0].total > 0  # its own index answers
    new.close()
    host.close()


@needs_official
def test_official_text_opens_the_same_page_from_the_official_pack(qtbot, bundled_window):
    w = bundled_window
    PackLibrary().add(OFFICIAL_NEW)
    official = Site.load(OFFICIAL_NEW / "docs")
    page = next(p for p in w.site.pages.values() if p.urn and p.kind.value == "maatregel")
    there = next(p for p in official.pages.values() if p.urn == page.urn)
    w.open_path(page.path)
    window = w.show_official_text()
    assert window is not None and window.isVisible()
    assert there.title in window.text()
    assert "Samenvatting in eigen woorden" not in window.text()  # the official wording, not ours
    assert "Officiële tekst uit" in window.note.text()
    window.close()


def test_official_text_without_an_official_pack_offers_the_address(qtbot, bundled_window):
    w = bundled_window
    page = next(p for p in w.site.pages.values() if p.kind.value == "vereiste")
    w.open_path(page.path)
    dialog = w.show_official_text()  # asks before the address leaves the app
    assert dialog is not None and dialog.url == page.url and "minbzk.github.io" in dialog.url
    assert "Geen officieel pakket" in w.status_label.text()
    dialog.close()
    assert "Officiële tekst lezen" in w.page.browser.toPlainText()  # the same from the page's footer
    w.page.browser.linkClicked.emit("reader://official")
    assert w._link_dialog is not None and w._link_dialog is not dialog and w._link_dialog.url == page.url
    w._link_dialog.close()


@needs_official
def test_what_changed_between_two_real_releases(qtbot, bundled_window):
    w = bundled_window
    window = w.show_diff(str(OFFICIAL_OLD / "docs"), str(OFFICIAL_NEW / "docs"))
    text = window.text()
    assert text.startswith("Wat is er veranderd")
    assert "nieuw" in text and "gewijzigd" in text
    old, new = Site.load(OFFICIAL_OLD / "docs"), Site.load(OFFICIAL_NEW / "docs")
    new_urns = {p.urn for p in new.pages.values() if p.urn} - {p.urn for p in old.pages.values() if p.urn}
    for urn in new_urns:
        assert urn in text  # every new item is listed, by its id
    window.close()


def test_the_window_index_is_per_pack(tmp_path):
    """Each pack has its own index folder (keyed by its root): switching does not rebuild."""
    from reader.cache import root_key

    repo = official_copy(tmp_path)
    assert root_key(CONTENT) != root_key(repo / "docs")
    engine = SearchEngine(Site.load(repo / "docs"), cache_dir=tmp_path / "c")
    engine.ensure_index()
    assert any((tmp_path / "c").rglob("CURRENT"))
    engine.close()
