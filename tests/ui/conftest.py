"""Fixtures for the window tests: offscreen Qt, temp settings and index, no network.

The window tests read the upstream corpus (../shared/corpora/algoritmekader/docs, or under
AK_READER_SHARED) when it is there, else the bundled content, so they all run without
../shared; tests about a corpus's problems or documents write a small site of their own.
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported anywhere

import pytest

from reader.ui.compat import protect_none
from tests.conftest import CONTENT, CORPUS

protect_none()

UPSTREAM = CORPUS
BUNDLED = CONTENT
TOOL = "voldoen-aan-wetten-en-regels/hulpmiddelen/governancekader-VNG"
QT_NOISE = ("propagateSizeHints", "does not support raise", "does not support grabbing the keyboard")  # the offscreen plugin


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Qt warnings fail the window tests (except the offscreen plugin's own notices)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_NOISE))


# ---------------------------------------------------------------------- no network
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _local(address: object) -> bool:
    if isinstance(address, str | bytes):  # AF_UNIX
        return True
    if isinstance(address, tuple) and address:
        host = str(address[0])
        if host in ("localhost", ""):
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False
    return False


class NetworkBlocked(OSError):
    pass


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    """Any connection to a non-local address fails the test that makes it."""

    def connect(self: socket.socket, address: object) -> None:
        if not _local(address):
            raise NetworkBlocked(f"network access during tests: {address!r}")
        return _real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> int:
        if not _local(address):
            raise NetworkBlocked(f"network access during tests: {address!r}")
        return _real_connect_ex(self, address)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    try:
        yield
    finally:
        socket.socket.connect = _real_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]


# ---------------------------------------------------------------------- folders
@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Per-test settings, index cache and log folders; nothing of the user's is touched."""
    monkeypatch.setenv("AK_READER_SETTINGS_DIR", str(tmp_path / "settings"))
    monkeypatch.setenv("AK_READER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("AK_READER_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("AK_READER_DATA_DIR", str(tmp_path / "data"))


def has_upstream() -> bool:
    return (UPSTREAM / "rollen").is_dir()


@pytest.fixture(scope="session")
def content_root() -> Path:
    """The content the window tests read: the upstream corpus when it is there (the larger
    test), else the bundled content, which has the same pages, paths and front matter."""
    return UPSTREAM if has_upstream() else BUNDLED


@pytest.fixture(scope="session")
def content_site(content_root: Path):
    from reader.content import Site

    return Site.load(content_root)


@pytest.fixture(scope="session")
def content_index(content_site, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The index of `content_site`, built once per session; each window gets its own copy."""
    from reader.search import SearchEngine

    folder = tmp_path_factory.mktemp("index-cache")
    engine = SearchEngine(content_site, cache_dir=folder)
    engine.ensure_index()
    engine.close()
    return folder


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    path = tmp_path / "cache"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture
def settings_dir(tmp_path: Path) -> Path:
    return tmp_path / "settings"


# ---------------------------------------------------------------------- windows
@pytest.fixture
def make_window(qtbot, settings_dir: Path, cache_dir: Path) -> Callable[..., object]:
    """make_window(site, *, index=None, open_path="") -> a shown MainWindow whose first
    results are in; closed (threads stopped) at the end of the test."""
    from PySide6.QtCore import Qt

    from reader.search import SearchEngine
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    windows: list[MainWindow] = []
    engines: list[SearchEngine] = []

    def make(site, *, index: Path | None = None, open_path: str = "",
             settings: Path | None = None) -> MainWindow:
        cache = cache_dir / f"w{len(windows)}"
        if index is not None:
            shutil.copytree(index, cache, dirs_exist_ok=True)
        engine = SearchEngine(site, cache_dir=cache)
        window = MainWindow(site, engine, Settings(settings or settings_dir), open_path=open_path)
        qtbot.addWidget(window)
        window.first_start_maximized = bool(window.windowState() & Qt.WindowState.WindowMaximized)
        window.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen screen is small (800×800)
        window.resize(1300, 850)
        with qtbot.waitSignal(window.searchFinished, timeout=10000):
            window.show()
        windows.append(window)
        engines.append(engine)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
        else:
            window.controller.shutdown()
    for engine in engines:
        engine.close()
    from reader.ui import text_size

    text_size.reset()  # a test that zoomed leaves the next one the system font


@pytest.fixture
def ready_window(qtbot, make_window, content_site, content_index):
    """A window on `content_site` with its search index ready."""
    window = make_window(content_site, index=content_index)
    qtbot.waitUntil(lambda: window.controller.index_ready, timeout=30000)
    return window


def wait_results(qtbot, window, action: Callable[[], object], check: Callable[[object], bool]
                 = lambda _r: True, timeout: int = 10000):
    """Run `action` and wait for the results it produces (the signal, not a sleep)."""
    with qtbot.waitSignal(window.searchFinished, timeout=timeout,
                          check_params_cb=lambda r: check(r)) as blocker:
        action()
    return blocker.args[0]
