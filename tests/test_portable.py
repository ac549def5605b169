"""Portable mode, the prebuilt index and snapshot, and what differs when frozen (no bundle
needed: `test_bundle.py` runs the real frozen app)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from reader import frozen, portable, prebuilt
from reader.content import Site
from reader.content.snapshot import load_site
from reader.search import Query, SearchEngine
from tests.mini_site import make_mini_site


# ---------------------------------------------------------------------- portable mode
def test_no_marker_no_portable_mode(tmp_path):
    env: dict[str, str] = {}
    state = portable.activate(tmp_path, env)
    assert not state.active and state.marker is None and env == {}


@pytest.mark.parametrize("marker", ["portable.ini", "portable"])
def test_marker_puts_all_data_beside_the_executable(tmp_path, marker):
    (tmp_path / marker).write_text("", encoding="utf-8")
    env = {"TEMP": "C:/Users/someone/AppData/Local/Temp", "AK_READER_LOG_DIR": str(tmp_path / "mine")}
    state = portable.activate(tmp_path, env)
    data = tmp_path / "data"
    assert state.active and state.data_dir == data and state.marker == tmp_path / marker
    assert env["AK_READER_SETTINGS_DIR"] == str(data / "settings")
    assert env["AK_READER_CACHE"] == str(data / "cache")
    assert env["AK_READER_DATA_DIR"] == str(data / "user")
    assert env["AK_READER_LOG_DIR"] == str(tmp_path / "mine")  # the app's own folders can be pointed elsewhere
    assert env["TEMP"] == env["TMP"] == env["TMPDIR"] == str(data / "tmp")  # the profile's temp folder is not used
    assert env["XDG_CACHE_HOME"].startswith(str(data))
    assert all(Path(env[k]).is_dir() for k in ("AK_READER_SETTINGS_DIR", "AK_READER_CACHE", "TMPDIR"))
    assert portable.last == state


def test_unwritable_data_folder_falls_back_to_the_user_folders(tmp_path):
    (tmp_path / "portable.ini").write_text("", encoding="utf-8")
    (tmp_path / "data").write_text("a file where the folder should be", encoding="utf-8")  # cannot be made
    env: dict[str, str] = {}
    state = portable.activate(tmp_path, env)
    assert not state.active and state.marker is not None
    assert "niet beschrijfbaar" in state.notice and str(tmp_path / "data") in state.notice
    assert env == {}


def test_user_data_dir_follows_portable_mode(tmp_path, monkeypatch):
    monkeypatch.setenv("AK_READER_DATA_DIR", str(tmp_path / "user"))
    assert portable.user_data_dir() == tmp_path / "user"


# ---------------------------------------------------------------------- frozen
def test_frozen_commands(monkeypatch, tmp_path):
    assert frozen.app_command() == [sys.executable, "-m", "reader"]
    assert frozen.worker_command("CODE") == [sys.executable, "-O", "-c", "CODE"]
    exe = tmp_path / "ak-reader"
    exe.write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert frozen.app_command() == [str(exe)]
    assert frozen.worker_command("CODE") == [str(exe), frozen.WORKER_FLAG]  # no CLI beside it: itself
    (tmp_path / "ak-reader-cli").write_text("", encoding="utf-8")
    assert frozen.worker_command("CODE") == [str(tmp_path / "ak-reader-cli"), frozen.WORKER_FLAG]
    assert frozen.worker_command("CODE", frozen.BUILD_FLAG) == [str(tmp_path / "ak-reader-cli"), frozen.BUILD_FLAG]


# ---------------------------------------------------------------------- prebuilt
@pytest.fixture
def shipped(tmp_path) -> dict:
    """A bundle's layout: content and prebuilt data side by side, made elsewhere and moved."""
    made = tmp_path / "build"
    root = make_mini_site(made / "_content")
    prebuilt.make(root, made / "_prebuilt")
    moved = tmp_path / "unpacked"  # unpacked on another laptop: other paths, other time stamps
    shutil.copytree(made, moved)
    shutil.rmtree(made)
    return {"root": moved / "_content", "folder": moved / "_prebuilt"}


def _paths(engine: SearchEngine, text: str) -> list[str]:
    return [hit.path for hit in engine.search(Query.make(text)).hits]


def test_prebuilt_site_and_index_replace_the_first_build(shipped, tmp_path):
    root, folder = shipped["root"], shipped["folder"]
    ready = prebuilt.for_root(root, folder)
    assert ready is not None and ready.matches()
    site = load_site(root, tmp_path / "cache", prebuilt=ready)
    fresh = Site.load(root)
    assert site.root == fresh.root and set(site.pages) == set(fresh.pages)
    for path, page in fresh.pages.items():  # today's time stamps, so the index sees no change
        assert (site.pages[path].mtime_ns, site.pages[path].size) == (page.mtime_ns, page.size)
        assert site.pages[path].body == page.body
    engine = SearchEngine(site, tmp_path / "cache", prebuilt_index=ready.index)
    report = engine.ensure_index()
    assert (report.action, report.reason) == ("reused", "prebuilt, copied")
    reference = SearchEngine(fresh, tmp_path / "reference")
    assert reference.ensure_index().action == "built"
    for text in ("dpia", "jurist", "privacy", "governance"):
        assert _paths(engine, text) == _paths(reference, text)
    engine.close()
    again = SearchEngine(load_site(root, tmp_path / "cache", prebuilt=ready), tmp_path / "cache",
                         prebuilt_index=ready.index)
    assert again.ensure_index().action == "reused"  # the copy in the cache, as after any build
    again.close()
    reference.close()


def test_prebuilt_index_read_in_place_when_the_cache_cannot_be_written(shipped, tmp_path):
    root, folder = shipped["root"], shipped["folder"]
    ready = prebuilt.for_root(root, folder)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    before = sorted((p.name, p.stat().st_mtime_ns) for p in (folder / "index").iterdir())
    engine = SearchEngine(load_site(root, None, prebuilt=ready), blocker, prebuilt_index=ready.index)
    report = engine.ensure_index()
    assert report.reason == "prebuilt, read only" and engine.index.read_only
    assert _paths(engine, "dpia")[0].endswith("hulpmiddelen/DPIA")
    assert sorted((p.name, p.stat().st_mtime_ns) for p in (folder / "index").iterdir()) == before
    engine.close()


def test_changed_content_is_never_served_from_the_prebuilt_data(shipped, tmp_path):
    root, folder = shipped["root"], shipped["folder"]
    page = root / "voldoen-aan-wetten-en-regels" / "hulpmiddelen" / "DPIA.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Data Protection Impact Assessment",
                                                             "Gegevensbeschermingseffectbeoordeling"), encoding="utf-8")
    ready = prebuilt.for_root(root, folder)
    assert ready is not None and not ready.matches() and ready.index() is None
    with pytest.raises(LookupError):
        ready.site()
    site = load_site(root, tmp_path / "cache", prebuilt=ready)
    assert site.pages["voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"].title == "Gegevensbeschermingseffectbeoordeling"
    engine = SearchEngine(site, tmp_path / "cache", prebuilt_index=ready.index)
    assert engine.ensure_index().action == "built"
    assert _paths(engine, "gegevensbeschermingseffectbeoordeling")
    engine.close()


def test_prebuilt_data_of_another_version_or_root_is_ignored(shipped, tmp_path):
    root, folder = shipped["root"], shipped["folder"]
    assert prebuilt.for_root(tmp_path, folder) is None  # another content root
    info = folder / prebuilt.INFO
    info.write_text(info.read_text(encoding="utf-8").replace('"app": "', '"app": "0.0.0-'), encoding="utf-8")
    assert prebuilt.for_root(root, folder) is None
    info.write_text("{damaged", encoding="utf-8")
    assert prebuilt.for_root(root, folder) is None
    assert prebuilt.for_root(root, tmp_path / "none") is None
