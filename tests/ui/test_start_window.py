"""The start snapshot (issue 18, fast first paint): written once the window has settled,
shown by the next start before the app is imported, replaced by the real window with the
keys typed meanwhile; out of date or damaged: the normal start, never a crash."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from reader import __version__, start_snapshot
from reader.ui import start_window
from reader.ui.start_capture import StartCapture
from reader.ui.start_window import PPM, StartWindow, hand_over, open_start_window
from tests.conftest import REPO
from tests.ui.conftest import BUNDLED


def _plan(root: Path, settings: Path, cache: Path) -> start_snapshot.Start:
    start = start_snapshot.parse_start(["--content", str(root), "--settings-dir", str(settings),
                                        "--cache-dir", str(cache)])
    assert start is not None
    return start


@pytest.fixture
def snapshot(qtbot, make_window, content_site, content_index, content_root, settings_dir, tmp_path):
    """A start snapshot written by a window on the test content, that window closed."""
    plan = _plan(content_root, settings_dir, tmp_path / "snap")
    window = make_window(content_site, index=content_index)
    window.resize(780, 720)  # within the offscreen screen (800×800): restored as it was
    capture = StartCapture(window, plan, content_root)
    with qtbot.waitSignal(capture.finished, timeout=30000) as blocker:
        pass
    assert blocker.args == [True]
    window.close()
    QApplication.setPalette(window._native_palette)  # as a new process starts: the system's own
    json_file, image_file = start_snapshot.paths(tmp_path / "snap", str(settings_dir))
    return plan, json_file, image_file, window


def _load(image_file: Path) -> QImage:
    image = QImage()
    assert image.load(str(image_file), PPM)
    return image


def _open(plan: start_snapshot.Start) -> StartWindow | None:
    shown = open_start_window(plan)
    start_window.take()  # the test holds it, not a later run_app
    return shown


def test_snapshot_is_written_with_its_key(snapshot, content_root, settings_dir):
    _start, json_file, image_file, window = snapshot
    data = json.loads(json_file.read_text(encoding="utf-8"))
    key = data["key"]
    assert key["version"] == __version__
    assert key["root"] == str(content_root.resolve())
    assert key["content"] == start_snapshot.content_stamp(content_root.resolve())
    assert key["settings_file"] == str((settings_dir / "settings.ini").resolve())
    assert key["settings"] == start_snapshot.file_digest(settings_dir / "settings.ini")  # as the window left it
    g = window.geometry()
    assert data["window"]["rect"] == [g.x(), g.y(), g.width(), g.height()]
    assert data["window"]["title"] == window.windowTitle()
    assert set(data["qt_key"]) == {"screens", "palette", "font", "locale"}
    image = _load(image_file)
    assert [image.width(), image.height()] == data["window"]["image"]
    assert image_file.stat().st_size == data["window"]["image_bytes"]
    assert image.pixelColor(5, 5).isValid() and len({image.pixel(x, 40) for x in range(0, image.width(), 7)}) > 3


def test_a_snapshot_still_right_is_left_as_it_is(qtbot, make_window, content_site, content_index, content_root,
                                                settings_dir, tmp_path, caplog, monkeypatch):
    """The next capture compares (on a worker thread) and writes only what changed: the
    same window leaves both files untouched; another size writes them anew."""
    import logging
    import threading

    plan = _plan(content_root, settings_dir, tmp_path / "snap")
    window = make_window(content_site, index=content_index)
    window.resize(780, 720)
    json_file, image_file = start_snapshot.paths(tmp_path / "snap", str(settings_dir))
    writers: list[str] = []
    real_write = start_snapshot.write

    def write(*args, **kwargs):  # which thread writes the files
        writers.append(threading.current_thread().name)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(start_snapshot, "write", write)
    for attempt in range(3):
        if attempt == 2:
            window.resize(760, 700)
        before = {f: f.stat().st_mtime_ns for f in (json_file, image_file) if f.exists()}
        with caplog.at_level(logging.INFO, logger="reader.ui.start_capture"):
            capture = StartCapture(window, plan, content_root)
            with qtbot.waitSignal(capture.finished, timeout=30000) as blocker:
                pass
        assert blocker.args == [True]
        after = {f: f.stat().st_mtime_ns for f in (json_file, image_file)}
        if attempt == 1:
            assert after == before and "start snapshot unchanged" in caplog.text
        else:
            assert all(after[f] != before.get(f) for f in after)
    assert writers == ["start-snapshot", "start-snapshot"]  # not the GUI thread
    assert json.loads(json_file.read_text(encoding="utf-8"))["window"]["rect"][2:] == [760, 700]


def test_no_snapshot_once_the_user_has_touched_the_window(qtbot, make_window, content_site, content_index,
                                                         content_root, settings_dir, tmp_path):
    window = make_window(content_site, index=content_index)
    capture = StartCapture(window, _plan(content_root, settings_dir, tmp_path / "snap"), content_root)
    qtbot.keyClicks(window.sidebar.search, "dpia")
    with qtbot.waitSignal(capture.finished, timeout=30000) as blocker:
        pass
    assert blocker.args == [False]
    assert not (tmp_path / "snap" / "start-window").exists()


def test_second_start_shows_the_snapshot_and_hands_over_with_the_typed_keys(qtbot, snapshot, content_site,
                                                                           content_index, settings_dir, tmp_path):
    from reader.search import SearchEngine
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    plan, _json_file, image_file, _old = snapshot
    start = _open(plan)
    assert start is not None, start_window.last_reason
    assert start.isVisible() and start.painted_at > 0
    assert start.accessibleName() == QApplication.translate("StartWindow", "Algoritmekader Reader wordt gestart")
    assert start.grab().toImage().convertToFormat(QImage.Format.Format_RGB32) == _load(image_file)
    qtbot.keyClicks(start, "dpia")
    assert [text for _key, text in start.keys] == list("dpia")

    shutil.copytree(content_index, tmp_path / "index2")
    engine = SearchEngine(content_site, cache_dir=tmp_path / "index2")
    window = MainWindow(content_site, engine, Settings(settings_dir))
    qtbot.addWidget(window)
    usable: list[bool] = []
    seen: list[QImage] = []

    def on_usable(typed: bool) -> None:  # the real window as first painted: as the picture was
        seen.append(window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32))
        usable.append(typed)

    hand_over(start, window, on_usable)
    assert window.isVisible()  # at once: its start page is a picture until it is made
    qtbot.waitUntil(lambda: usable == [True], timeout=30000)
    picture = _load(image_file)
    assert seen[0].size() == picture.size()
    differ = sum(seen[0].pixel(x, y) != picture.pixel(x, y)
                 for y in range(0, picture.height(), 3) for x in range(0, picture.width(), 3))
    assert differ <= picture.width() * picture.height() / 9 / 200, differ  # no jump (a cursor may blink)
    qtbot.waitUntil(lambda: window.settled, timeout=30000)
    assert not (shiboken6.isValid(start) and start.isVisible())  # closed (and deleted)
    assert window.sidebar.search.text() == "dpia"
    qtbot.waitUntil(lambda: window.result is not None and window.result.query.text == "dpia", timeout=30000)
    window.close()
    engine.close()


def test_closing_the_start_window_quits(qtbot, snapshot, content_site, settings_dir, tmp_path):
    from reader.search import SearchEngine
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    start = _open(snapshot[0])
    assert start is not None, start_window.last_reason
    start.close()
    assert start.cancelled
    engine = SearchEngine(content_site, cache_dir=tmp_path / "index3")
    window = MainWindow(content_site, engine, Settings(settings_dir))
    qtbot.addWidget(window)
    hand_over(start, window)
    assert not window.isVisible()
    window.controller.shutdown()
    engine.close()


def test_stale_settings_mean_no_start_window(snapshot, settings_dir):
    from reader.ui.settings import Settings

    plan = snapshot[0]
    ini = settings_dir / "settings.ini"
    saved = ini.read_bytes()
    window = snapshot[3]
    window.setGeometry(window.geometry().adjusted(10, 10, -10, -10))
    for key, value in (("view/language", "en"), ("view/theme", "contrast"), ("view/zoom", 3),
                       ("window/geometry", window.saveGeometry()), ("session/query", "dpia")):
        settings = Settings(settings_dir)
        settings.set_value(key, value)
        settings.sync()
        assert _open(plan) is None, key
        assert start_window.last_reason == "start snapshot out of date (settings)"
        ini.write_bytes(saved)
    shown = _open(plan)  # all back as it was: shown again
    assert shown is not None, start_window.last_reason
    shown.close()


def test_another_palette_or_content_means_no_start_window(snapshot, tmp_path):
    plan, json_file, _image_file, _window = snapshot
    app = QApplication.instance()
    palette = app.palette()
    dark = app.palette()
    dark.setColor(dark.ColorRole.Window, dark.color(dark.ColorRole.WindowText))
    app.setPalette(dark)
    try:
        assert _open(plan) is None
        assert start_window.last_reason == "start snapshot out of date (palette)"
    finally:
        app.setPalette(palette)

    # the same snapshot made for a copy of the content: shown, until a file in it changes
    copy = tmp_path / "content-copy"
    shutil.copytree(BUNDLED, copy)
    data = json.loads(json_file.read_text(encoding="utf-8"))
    data["key"]["root"] = str(copy.resolve())
    data["key"]["content_arg"] = str(copy)
    data["key"]["content"] = start_snapshot.content_stamp(copy.resolve())
    json_file.write_text(json.dumps(data), encoding="utf-8")
    moved = start_snapshot.Start(str(copy), plan.settings_dir, plan.cache_dir, False)
    shown = _open(moved)
    assert shown is not None, start_window.last_reason
    shown.close()
    page = next(copy.rglob("*.md"))
    page.write_text(page.read_text(encoding="utf-8") + "\nEen nieuwe regel.\n", encoding="utf-8")
    assert _open(moved) is None
    assert start_window.last_reason == "start snapshot out of date (content)"


@pytest.mark.parametrize("damage", ["garbage json", "wrong types", "truncated picture", "not a picture",
                                    "no picture"])
def test_damaged_snapshot_means_no_start_window(snapshot, damage):
    plan, json_file, image_file, _window = snapshot
    if damage == "garbage json":
        json_file.write_bytes(b'{"key": {"vers\xff')
    elif damage == "wrong types":
        data = json.loads(json_file.read_text(encoding="utf-8"))
        data["window"]["rect"] = "groot"
        json_file.write_text(json.dumps(data), encoding="utf-8")
    elif damage == "truncated picture":
        image_file.write_bytes(image_file.read_bytes()[:1000])
    elif damage == "not a picture":
        image_file.write_bytes(os.urandom(image_file.stat().st_size))
    else:
        image_file.unlink()
    assert _open(plan) is None
    assert "damaged" in start_window.last_reason or "missing" in start_window.last_reason


def test_an_error_in_the_start_window_means_the_normal_start_with_its_traceback(snapshot, monkeypatch):
    plan, _json_file, _image_file, _window = snapshot

    def broken(*_args, **_kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr(start_window, "StartWindow", broken)
    assert _open(plan) is None
    assert start_window.last_reason == "start snapshot not used: RuntimeError: kapot"
    assert "Traceback" in start_window.last_error and "broken" in start_window.last_error  # for the log
    monkeypatch.undo()
    shown = _open(plan)
    assert shown is not None and start_window.last_error == ""
    shown.close()


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", *args, "--quit-after-first-paint"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_start_from_the_command_line(tmp_path):
    """End to end: the first start writes the snapshot, the second shows it and then the
    real window; a damaged snapshot is logged, replaced, and the start goes on."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AK_READER_LOG_DIR=str(tmp_path / "log"))
    args = ["--content", str(BUNDLED), "--settings-dir", str(tmp_path / "s"), "--cache-dir", str(tmp_path / "c")]
    first = _run(args, env)
    assert first.returncode == 0, first.stderr
    assert "(start window)" not in first.stdout and "window-usable" in first.stdout
    json_file, image_file = start_snapshot.paths(tmp_path / "c", str(tmp_path / "s"))
    assert json_file.is_file() and image_file.is_file()
    second = _run(args, env)
    assert second.returncode == 0, second.stderr
    lines = second.stdout.splitlines()
    assert lines[0].startswith("first-paint ") and lines[0].endswith("(start window)")
    assert any(line.startswith("window-usable ") for line in lines)
    assert float(lines[0].split()[1]) <= float(next(x for x in lines if x.startswith("window-usable")).split()[1])
    json_file.write_text("{niet: json", encoding="utf-8")
    third = _run(args, env)
    assert third.returncode == 0, third.stderr
    assert "(start window)" not in third.stdout and "window-usable" in third.stdout
    log = (tmp_path / "log" / "reader.log").read_text(encoding="utf-8")
    assert "start snapshot damaged" in log
    assert json.loads(json_file.read_text(encoding="utf-8"))["key"]["version"] == __version__
    with_page = _run([*args, "hulpmiddelen/DPIA"], env)  # a page to open: not the start state
    assert with_page.returncode == 0 and "(start window)" not in with_page.stdout
