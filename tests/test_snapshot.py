"""The start-up snapshot of a loaded site (`reader.content.snapshot`): used only when
nothing changed, never trusted when damaged, and always equal to a fresh `Site.load`."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest

from reader.content import Site
from reader.content import snapshot as snap
from tests.mini_site import S, make_mini_site

EXTRA = {
    f"{S}/maatregelen/kapot.md": "---\ntitle: [niet gesloten\n---\nTekst.\n",
    f"{S}/maatregelen/datum.md": "---\ntitle: Datum\ndatum: 2024-05-01\nrollen: [jurist, ~, 12]\n---\n[weg](nergens.md)\n",
    "downloads/formulier.pdf": b"%PDF-1.4\n",
}


def _age(root: Path, seconds: float = 60.0) -> None:
    """Date every file back, as content that has settled (a snapshot is not written for
    files changed in the last seconds)."""
    past = time.time() - seconds
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, (past, past))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    _age(path.parent, 30.0)  # settled, yet newer than the snapshot's stamps


def _same(a: Site, b: Site) -> None:
    assert a.root == b.root
    assert a.pages == b.pages
    assert a.files == b.files
    assert a.glossary == b.glossary
    assert a.problems == b.problems
    assert a.glossary_file == b.glossary_file


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = make_mini_site(tmp_path / "root", EXTRA)
    _write(tmp_path / "includes" / "begrippenlijst.md", "*[AVG]: Algemene verordening gegevensbescherming\n")
    _age(tmp_path)
    return root


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def test_unchanged_content_comes_from_the_snapshot_and_equals_a_fresh_load(root, cache, monkeypatch):
    first = snap.load_site(root, cache)
    assert snap.snapshot_file(root, cache).is_file()
    _same(first, Site.load(root))

    def no_parsing(*_a, **_k):
        raise AssertionError("Site.load called although nothing changed")

    monkeypatch.setattr(Site, "load", classmethod(no_parsing))
    second = snap.load_site(root, cache)
    monkeypatch.undo()
    _same(second, Site.load(root))
    page = second.get(f"{S}/maatregelen/datum")
    assert page is not None and str(page.meta["datum"]) == "2024-05-01"
    assert second.members("rol", "jurist") == Site.load(root).members("rol", "jurist")


@pytest.mark.parametrize("change", ["edit", "add", "remove", "touch", "glossary", "other-file"])
def test_a_changed_added_or_removed_file_is_loaded_again(root, cache, change):
    snap.load_site(root, cache)
    target = root / S / "hulpmiddelen" / "DPIA.md"
    if change == "edit":
        _write(target, target.read_text(encoding="utf-8").replace("in kaart", "IN KAART"))
    elif change == "add":
        _write(root / "rollen" / "ontwikkelaar.md", "---\ntitle: Ontwikkelaar\n---\nBouwt.\n")
    elif change == "remove":
        target.unlink()
    elif change == "touch":  # same text, new time stamp: cheap to reload, never wrong
        os.utime(target, None)
    elif change == "glossary":
        _write(root.parent / "includes" / "begrippenlijst.md", "*[DPIA]: Data protection impact assessment\n")
    elif change == "other-file":
        (root / "downloads" / "formulier.pdf").unlink()
    again = snap.load_site(root, cache)
    _same(again, Site.load(root))
    if change == "edit":
        assert "IN KAART" in again.get(f"{S}/hulpmiddelen/DPIA").body
    if change == "add":
        assert again.get("rollen/ontwikkelaar") is not None
    if change == "remove":
        assert again.get(f"{S}/hulpmiddelen/DPIA") is None
    if change == "glossary":
        assert "DPIA" in again.glossary and "AVG" not in again.glossary
    if change == "other-file":
        assert "downloads/formulier.pdf" not in again.files


@pytest.mark.parametrize("damage", [b"", b"garbage", b"\x80\x05K\x01.", "truncated", "foreign-class"])
def test_a_damaged_snapshot_is_ignored_logged_and_replaced(root, cache, caplog, damage):
    snap.load_site(root, cache)
    path = snap.snapshot_file(root, cache)
    if damage == "truncated":
        data = path.read_bytes()[:200]
    elif damage == "foreign-class":  # a pickle that would run code must never be loaded
        import pickle

        data = pickle.dumps({"format": snap.FORMAT, "key": (), "site": os.system})
    else:
        data = damage
    path.write_bytes(data)
    with caplog.at_level(logging.WARNING, logger="reader.content.snapshot"):
        site = snap.load_site(root, cache)
    _same(site, Site.load(root))
    assert any("ignoring the content snapshot" in r.getMessage() for r in caplog.records)
    assert path.read_bytes() != data  # written again
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="reader.content.snapshot"):
        snap.load_site(root, cache)
    assert not caplog.records


def test_no_snapshot_for_content_that_just_changed(tmp_path, cache):
    root = make_mini_site(tmp_path / "fresh")  # files written a moment ago
    site = snap.load_site(root, cache)
    assert not snap.snapshot_file(root, cache).exists()
    _same(site, Site.load(root))


def test_an_unwritable_cache_only_costs_time(root, tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with caplog.at_level(logging.WARNING, logger="reader.content.snapshot"):
        site = snap.load_site(root, blocker)
    _same(site, Site.load(root))
    assert any("could not write" in r.getMessage() for r in caplog.records)


def test_a_snapshot_of_another_code_version_is_not_used(root, cache, monkeypatch):
    snap.load_site(root, cache)
    monkeypatch.setattr(snap, "_code_stamp", lambda: (("loader.py", 1, 2),))
    calls = []
    original = Site.load.__func__

    def counting(cls, r, progress=None):
        calls.append(r)
        return original(cls, r, progress)

    monkeypatch.setattr(Site, "load", classmethod(counting))
    snap.load_site(root, cache)
    assert calls


def test_without_a_cache_folder_it_is_a_plain_load(root):
    _same(snap.load_site(root, None), Site.load(root))
