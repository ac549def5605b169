"""Reliability of what the app writes (issue 17): an index build or a settings write killed
at any moment, damaged index files, a cache that cannot be written, two processes at once.

The figures of the README's "Betrouwbaarheid" section come from these tests: each asserts
the full count (20 of 20 kill moments, 10 of 10 races).
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.cache import file_lock
from reader.launch import load
from reader.search import Query
from reader.search.index import BUILD_CODE, LOCK_FILE, IndexManager
from tests.conftest import CONTENT
from tests.kill_harness import child_env, kill_after_reports, kill_after_seconds, start

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL and fcntl locks: POSIX")

QUERIES = ["dpia", "privacy persoonsgegevens", "bias", "algoritmeregister", "menselijke tussenkomst",
           "transparantie", "risico*", '"impact assessment"', "jurist", "xyzzy-bestaat-niet"]
KILL_MOMENTS = 20
RACE_TRIES = 10


def answers(root: Path, cache: Path) -> list[tuple[int, list[str]]]:
    """What the next start answers: (total, ranked paths) for each query."""
    _site, engine = load(root, cache)
    with engine:
        engine.ensure_index()
        out = []
        for text in QUERIES:
            result = engine.search(Query(text, limit=25))
            out.append((result.total, [hit.path for hit in result.hits]))
        return out


@pytest.fixture(scope="module")
def clean_answers(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[int, list[str]]]:
    return answers(CONTENT, tmp_path_factory.mktemp("clean-cache"))


def test_an_index_build_killed_at_any_moment_is_rebuilt_identically(tmp_path: Path, clean_answers) -> None:
    # the index build process the window starts (`build_in_subprocess`), once to the end
    probe = start(BUILD_CODE, CONTENT, tmp_path / "probe", reports=False)
    started = time.perf_counter()
    assert probe.wait(timeout=300) == 0
    duration = time.perf_counter() - started
    recovered, partial = 0, 0
    for i in range(1, KILL_MOMENTS + 1):
        cache = tmp_path / f"cache-{i}"
        # the kill moment, spread over the build
        kill_after_seconds(BUILD_CODE, CONTENT, cache, seconds=duration * i / (KILL_MOMENTS + 1))
        partial += any(cache.glob("indexes/*/gen-*"))
        assert answers(CONTENT, cache) == clean_answers, f"kill moment {i}/{KILL_MOMENTS}"
        recovered += 1
        shutil.rmtree(cache, ignore_errors=True)
    print(f"\nkill-recovery {recovered}/{KILL_MOMENTS} (build {duration:.2f} s; "
          f"{partial} kills left a partial index folder)")
    assert recovered == KILL_MOMENTS


SETTINGS_WRITER = """
import sys
from reader.ui.settings import Settings
settings = Settings(sys.argv[1])
start = int(sys.argv[2])
for i in range(start, start + 1000000):
    settings.set_value("session/query", f"vraag {i}")
    settings.bookmarks = [{"path": f"pagina/{i}/{n}", "title": "titel " * 20} for n in range(200)]
    settings.sync()
    print(i, flush=True)
"""


def test_settings_written_when_killed_are_whole_and_keep_the_last_saved(tmp_path: Path) -> None:
    from reader.ui.settings import Settings

    folder = tmp_path / "settings"
    begin, whole = 0, 0
    for round_ in range(KILL_MOMENTS):
        # a varied number of saved writes, then the kill
        last = kill_after_reports(SETTINGS_WRITER, folder, begin, reports=1 + (round_ * 7) % 13)[-1]
        settings = Settings(folder)
        query = settings.value("session/query")
        saved = int(query.split()[-1])
        assert saved >= last, f"round {round_}: saved {saved}, last reported {last}"
        bookmarks = settings.bookmarks
        assert len(bookmarks) == 200 and bookmarks[0]["path"] == f"pagina/{saved}/0", f"round {round_}"
        whole += 1
        begin = saved + 1000
    print(f"\nsettings kill-recovery {whole}/{KILL_MOMENTS}")
    assert whole == KILL_MOMENTS


# ---------------------------------------------------------------------------- two processes


def search_process(cache: Path, text: str = "dpia") -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "reader", "search", text, "--json", "--limit", "5",
                             "--content", str(CONTENT)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**child_env(), "AK_READER_CACHE": str(cache)})


def test_two_processes_on_a_first_start_both_answer(tmp_path: Path) -> None:
    """Two commands started at the same moment on an empty cache: both build or wait, both answer."""
    ok = 0
    for i in range(RACE_TRIES):
        cache = tmp_path / f"cache-{i}"
        first, second = search_process(cache), search_process(cache)
        outs = [p.communicate(timeout=300) for p in (first, second)]
        codes = [first.returncode, second.returncode]
        assert codes == [0, 0], f"try {i}: {codes}\n{outs[0][1][-2000:]}\n{outs[1][1][-2000:]}"
        assert outs[0][0] == outs[1][0] and '"path"' in outs[0][0]
        assert len(list(cache.glob("indexes/*/gen-*"))) == 1
        ok += 1
    print(f"\ntwo-instance race {ok}/{RACE_TRIES}")


def test_searching_while_another_process_rebuilds(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = search_process(cache)
    first.communicate(timeout=300)
    assert first.returncode == 0
    rebuild = subprocess.Popen([sys.executable, "-m", "reader", "index", "--rebuild", "--content", str(CONTENT)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**child_env(), "AK_READER_CACHE": str(cache)})
    searches = [search_process(cache, text) for text in ("dpia", "bias", "privacy")]
    for proc in searches:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert '"path"' in out
    _out, err = rebuild.communicate(timeout=300)
    assert rebuild.returncode == 0, err


# ---------------------------------------------------------------------------- damage


def built(tmp_path: Path) -> tuple[Path, Path]:
    """A cache with a built index of the bundled content, and the index's folder."""
    cache = tmp_path / "cache"
    _site, engine = load(CONTENT, cache)
    with engine:
        engine.ensure_index()
        folder = engine.index.store.folder
    assert folder is not None
    return cache, folder


DAMAGE = ["segment-truncated", "segment-garbage", "segment-empty", "toc-garbage", "toc-truncated", "toc-missing",
          "manifest-garbage", "manifest-truncated", "current-garbage", "current-empty", "words-garbage",
          "every-file-garbage"]


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_index_is_rebuilt_and_answers_as_a_clean_one(tmp_path: Path, clean_answers, damage: str) -> None:
    cache, folder = built(tmp_path)
    what, how = damage.rsplit("-", 1)
    targets = {
        "segment": list(folder.glob("*.seg")), "toc": list(folder.glob("*.toc")),
        "manifest": [folder / "manifest.json"], "current": [folder.parent / "CURRENT"],
        "words": [folder / "words.json"], "every-file": [p for p in folder.iterdir() if p.is_file()],
    }[what]
    assert targets
    for path in targets:
        data = path.read_bytes()
        if how == "truncated":
            path.write_bytes(data[: len(data) // 2])
        elif how == "garbage":
            path.write_bytes(bytes((i * 131 + 7) % 256 for i in range(max(64, len(data)))))
        elif how == "empty":
            path.write_bytes(b"")
        else:
            path.unlink()
    assert answers(CONTENT, cache) == clean_answers


def test_a_stale_lock_from_a_killed_process_does_not_block(tmp_path: Path, clean_answers) -> None:
    cache, folder = built(tmp_path)
    (folder.parent / LOCK_FILE).write_text("12345 (a process that is gone)", encoding="utf-8")
    for name in ("pages_WRITELOCK", "_MAIN_WRITELOCK"):  # Whoosh's own
        (folder / name).write_text("stale", encoding="utf-8")
    (folder.parent / "CURRENT").unlink()  # a build is due, and it needs the lock
    started = time.perf_counter()
    assert answers(CONTENT, cache) == clean_answers
    assert time.perf_counter() - started < 60  # not the lock's timeout: generous, no timing claim


def test_a_lock_held_too_long_builds_in_memory_with_a_notice(tmp_path: Path, monkeypatch, clean_answers) -> None:
    import reader.search.index as index_mod

    cache, folder = built(tmp_path)
    (folder.parent / "CURRENT").unlink()  # a build is due
    monkeypatch.setattr(index_mod, "file_lock", lambda path: file_lock(path, timeout=0.2))
    with file_lock(folder.parent / LOCK_FILE) as held:  # another process (here: this one) holds it
        assert held
        _site, engine = load(CONTENT, cache)
        with engine:
            report = engine.ensure_index()
            assert report.in_memory and "ander venster" in engine.notice
            assert engine.search(Query("dpia")).hits


def test_a_read_only_cache_keeps_the_index_in_memory(tmp_path: Path, clean_answers) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes to read-only folders")
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o500)
    try:
        assert answers(CONTENT, cache) == clean_answers
        _site, engine = load(CONTENT, cache)
        with engine:
            assert engine.ensure_index().in_memory and "niet worden opgeslagen" in engine.notice
    finally:
        cache.chmod(0o700)


def test_a_cache_that_is_a_file_keeps_the_index_in_memory(tmp_path: Path, clean_answers) -> None:
    """A cache folder that cannot be made (a file stands in its place; as root too): the
    first build and a rebuild are made in memory, with the notice, and answer the same."""
    cache = tmp_path / "cache"
    cache.write_text("not a folder", encoding="utf-8")
    assert answers(CONTENT, cache) == clean_answers
    for build in ("ensure", "rebuild"):
        _site, engine = load(CONTENT, cache)
        with engine:
            report = engine.index.ensure() if build == "ensure" else engine.index.rebuild()
            assert report.in_memory and report.reason == "cache not writable", build
            assert "niet worden opgeslagen" in engine.notice
            assert engine.search(Query("dpia")).hits
    assert cache.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("when", ["build", "update"])
def test_a_full_disk_keeps_the_index_in_memory(tmp_path: Path, monkeypatch, clean_answers, when: str) -> None:
    """A writer that raises ENOSPC halfway (the whole cache, a read-only folder: the same path)."""
    import builtins

    cache = tmp_path / "cache"
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    if when == "update":
        built_answers = answers(content, cache)  # an index on disk; then a page changes
        page = content / "index.md"
        page.write_text(page.read_text(encoding="utf-8") + "\nNieuwe zin over zoekwoordbijwerking.\n",
                        encoding="utf-8")
        assert built_answers
    real_open = builtins.open
    written = [0]

    def full_disk_open(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        if str(cache) not in str(file) or not any(c in mode for c in "wax+"):
            return handle
        real_write = handle.write

        def write(data):
            written[0] += len(data)
            if written[0] > 4096:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return real_write(data)

        handle.write = write
        return handle

    monkeypatch.setattr(builtins, "open", full_disk_open)
    _site, engine = load(content, cache)
    with engine:
        report = engine.ensure_index()
        assert report.in_memory, report
        assert "niet worden opgeslagen" in engine.notice and os.strerror(errno.ENOSPC) in engine.notice
        result = engine.search(Query("zoekwoordbijwerking" if when == "update" else "dpia"))
        assert result.hits
    monkeypatch.undo()
    if when == "build":
        assert answers(content, cache) == clean_answers  # the next start (space again) builds on disk


def test_the_lock_is_exclusive_between_processes(tmp_path: Path) -> None:
    lock = tmp_path / "x.lock"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from reader.cache import file_lock\n"
        "with file_lock(Path(sys.argv[1])) as held:\n"
        "    print(held, flush=True); sys.stdin.read()\n"), str(lock)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_env())
    assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
    with file_lock(lock, timeout=0.2) as held:
        assert not held
    holder.kill()  # killed while holding it: the lock goes with the process
    holder.communicate()
    with file_lock(lock, timeout=5) as held:
        assert held


def test_index_manager_on_an_unwritable_lock_file_still_builds(tmp_path: Path) -> None:
    """A lock file that cannot be opened (a folder in its place): the build goes on in memory."""
    cache = tmp_path / "cache"
    site, engine = load(CONTENT, cache)
    engine.close()
    manager = IndexManager(site, cache)
    assert manager.base is not None
    (manager.base / LOCK_FILE).mkdir(parents=True)
    try:
        report = manager.ensure()
        assert report.action == "built"
    finally:
        manager.close()
