"""Two starts of the window (issue 17): the second hands its page to the running window and
exits; two starts at the same moment on a first start leave one window with both pages;
a window killed with its lock and socket left behind does not block the next start.

The processes are real (`python -m reader`, offscreen); what the running window did is read
from its log file, which it writes as it opens each page another start asked for.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.cache import SINGLE_INSTANCE_ENV
from reader.ui import single_instance
from tests.conftest import CONTENT, REPO

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and the log waits: POSIX")

PAGES = ["voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA", "voldoen-aan-wetten-en-regels/hulpmiddelen/AIIA",
         "voldoen-aan-wetten-en-regels/hulpmiddelen/ALTAI", "voldoen-aan-wetten-en-regels/hulpmiddelen/BIO",
         "voldoen-aan-wetten-en-regels/hulpmiddelen/DEDA"]
RACE_TRIES = 10
BATCH = 5
#: A start of the window takes a few seconds here; under a loaded machine much more.
START_SECONDS = 60.0


def wait_for(condition: Callable[[], bool], seconds: float = START_SECONDS) -> bool:
    """Poll `condition` (a file's content, a process's exit) until it holds or time is up."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    return True


class Start:
    """One `python -m reader PAGE` with its own log folder, sharing settings and cache."""

    def __init__(self, home: Path, name: str, page: str) -> None:
        self.log = home / "log" / name / "reader.log"
        env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
               "AK_READER_CACHE": str(home / "cache"), "AK_READER_LOG_DIR": str(self.log.parent)}
        env.pop(SINGLE_INSTANCE_ENV, None)
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log.parent / "stderr.txt", "wb") as stderr:  # a file: a pipe could fill up
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "reader", page, "--content", str(CONTENT), "--settings-dir",
                 str(home / "s"), "--cache-dir", str(home / "c")],
                cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=stderr)

    def logged(self) -> str:
        """The log file and what went to stderr (a traceback before logging was set up)."""
        out = []
        for path in (self.log, self.log.parent / "stderr.txt"):
            with contextlib.suppress(OSError):
                out.append(path.read_text(encoding="utf-8", errors="replace"))
        return "\n".join(out)

    def opened_for_another(self, page: str) -> bool:
        return f"opened {page!r} for another start" in self.logged()

    def running(self) -> bool:
        return self.proc.poll() is None

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.running():
            self.proc.send_signal(sig)
        self.proc.communicate(timeout=30)


@pytest.fixture
def starts(tmp_path: Path):
    made: list[Start] = []

    def start(page: str, name: str | None = None, home: Path = tmp_path) -> Start:
        made.append(Start(home, name or f"start{len(made)}", page))
        return made[-1]

    yield start
    for s in made:
        s.stop(signal.SIGKILL)


def test_a_second_start_hands_its_page_over_and_exits(starts) -> None:
    first = starts(PAGES[0])
    assert wait_for(lambda: "single instance" in first.logged() or "loaded" in first.logged()), first.logged()
    second = starts(PAGES[1])
    assert second.proc.wait(timeout=START_SECONDS) == 0, second.logged()
    assert "handed" in second.logged()
    assert wait_for(lambda: first.opened_for_another(PAGES[1])), first.logged()
    assert first.running()
    # the window is killed: its lock goes with it, its socket file stays; the next start serves
    first.stop(signal.SIGKILL)
    third = starts(PAGES[2])
    assert wait_for(lambda: "loaded" in third.logged()), third.logged()
    fourth = starts(PAGES[3])
    assert fourth.proc.wait(timeout=START_SECONDS) == 0
    assert wait_for(lambda: third.opened_for_another(PAGES[3])), third.logged()
    assert third.running()


def race_settled(a: Start, b: Start) -> str:
    """What went wrong in a race of `a` and `b`, or "" when one window stays with both pages."""
    if not wait_for(lambda: not (a.running() and b.running())):
        return "neither start handed over"
    gone, stays = (a, b) if not a.running() else (b, a)
    if gone.proc.wait(timeout=START_SECONDS) != 0:
        return f"the second start failed: {gone.logged()}"
    page = PAGES[0] if gone is a else PAGES[1]
    if not wait_for(lambda: stays.opened_for_another(page)):
        return f"the window did not open the other start's page: {stays.logged()}"
    return "" if stays.running() else "the window is gone"


def test_two_starts_at_the_same_moment_on_a_first_start_leave_one_window(starts, tmp_path: Path) -> None:
    """Both start on empty settings and cache; one window stays with the other's page open.
    RACE_TRIES races, BATCH of them at a time (each in folders of its own)."""
    failures = []
    for batch in range(0, RACE_TRIES, BATCH):
        homes = [tmp_path / f"try{n}" for n in range(batch, min(batch + BATCH, RACE_TRIES))]
        pairs = [(starts(PAGES[0], "a", home), starts(PAGES[1], "b", home)) for home in homes]
        for a, b in pairs:
            failures.append(race_settled(a, b))
            a.stop()
            b.stop()
    assert failures == [""] * RACE_TRIES


def test_turned_off_every_start_opens_its_own_window(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(SINGLE_INSTANCE_ENV, "0")
    assert not single_instance.enabled()
    first = single_instance.claim(str(tmp_path / "s.ini"), CONTENT, "", lock_dir=tmp_path)
    second = single_instance.claim(str(tmp_path / "s.ini"), CONTENT, "", lock_dir=tmp_path)
    assert first is not None and second is not None and first.server is None and second.server is None


def test_requests_wait_for_the_window_and_bad_ones_are_dropped(qtbot, tmp_path: Path) -> None:
    """In one process: the primary listens; a client (another process) sends a request before
    `serve` is called, then junk; only the request reaches the handler, once."""
    primary = single_instance.claim(str(tmp_path / "s.ini"), tmp_path, "", lock_dir=tmp_path)
    assert primary is not None and primary.server is not None
    try:
        client = subprocess.Popen([sys.executable, "-c", (
            "import sys\n"
            "from PySide6.QtNetwork import QLocalSocket\n"
            "from reader.ui.single_instance import hand_over\n"
            "junk = QLocalSocket(); junk.connectToServer(sys.argv[1]); junk.waitForConnected(5000)\n"
            "junk.write(b'x' * 20000); junk.waitForBytesWritten(5000); junk.abort()\n"
            "print(hand_over(sys.argv[1], 'hulpmiddelen/DPIA'), flush=True)\n"), primary.key],
            env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE, text=True)
        with client:
            qtbot.waitUntil(lambda: primary.pending == ["hulpmiddelen/DPIA"], timeout=30_000)
            out, _ = client.communicate(timeout=30)
        assert out.strip() == "True"
        got: list[str] = []
        primary.serve(got.append)
        assert got == ["hulpmiddelen/DPIA"] and primary.pending == []
    finally:
        primary.close()


def test_request_lines() -> None:
    assert single_instance.decode_request(single_instance.encode_request("a/b é")) == "a/b é"
    for junk in (b"", b"{", b"[]", b'{"open": 3}', b"\xff\xfe", b'{"other": "x"}'):
        assert single_instance.decode_request(junk) is None
    assert single_instance.instance_key("s.ini", CONTENT) == single_instance.instance_key("s.ini", CONTENT)
    assert single_instance.instance_key("s.ini", CONTENT) != single_instance.instance_key("t.ini", CONTENT)


def test_a_restart_waits_for_the_closing_window_instead_of_handing_over(qtbot, tmp_path: Path) -> None:
    """`--replace` (the restart after choosing another language): the new start waits for the
    old window's lock while the old one still serves, and becomes the window once it closes."""
    primary = single_instance.claim(str(tmp_path / "s.ini"), tmp_path, "", lock_dir=tmp_path)
    assert primary is not None and primary.server is not None
    restart = subprocess.Popen([sys.executable, "-c", (
        "import sys\n"
        "from pathlib import Path\n"
        "from reader.ui import single_instance as si\n"
        "print('claiming', flush=True)\n"
        "got = si.claim(sys.argv[1], Path(sys.argv[2]), 'hulpmiddelen/DPIA', replace=True, lock_dir=Path(sys.argv[2]))\n"
        "print('window' if got is not None and got.server is not None else 'handed', flush=True)\n"),
        str(tmp_path / "s.ini"), str(tmp_path)],
        env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE, text=True)
    with restart:  # its pipe closed and the process waited for, whatever happens here
        try:
            assert restart.stdout is not None and restart.stdout.readline().strip() == "claiming"
            with pytest.raises(qtbot.TimeoutError):  # nothing is handed over while it waits
                qtbot.waitUntil(lambda: bool(primary.pending), timeout=2000)
        finally:
            primary.close()
        out, _ = restart.communicate(timeout=60)
    assert out.strip() == "window"


def test_the_window_opens_the_page_and_comes_forward(qtbot, make_window, content_site) -> None:
    """What the running window does with a request (the part the processes above cannot see
    offscreen): a minimized window is shown again with the page open; an unknown page only
    brings it forward, with the message the window gives for it."""
    window = make_window(content_site)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    page = next(p for p in content_site.pages if p.endswith("DPIA"))
    single_instance.bring_to_front(window, window.open_path, page)
    qtbot.waitUntil(lambda: not window.isMinimized() and window.isVisible())
    current = window.history.current
    assert current is not None and current.path == page
    single_instance.bring_to_front(window, window.open_path, "bestaat/niet")
    assert window.history.current == current
    assert "niet gevonden" in window.status_label.text()
