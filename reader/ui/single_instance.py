"""One window per settings file and content folder: a second start hands its page to the
running window, which opens it and comes to the front, and then exits (issue 17).

The first start holds a lock file (`reader.cache.file_lock`, let go by the operating system
when the process ends, however it ends) and listens on a `QLocalServer` whose name comes
from the same key. A later start that cannot take the lock connects to that server, sends
one line of JSON (`{"open": "<page>"}`) and waits for `ok`. Taking the lock first makes two
starts at the same moment safe: exactly one of them listens, and a socket left behind by a
killed window is removed by the next one that holds the lock.

`AK_READER_SINGLE_INSTANCE=0` turns this off (every start opens a window of its own), as
does a lock or server that cannot be made (a read-only cache folder): the app then starts
as it did before, with a line in the log.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from reader.cache import file_lock, instance_key, instance_lock, single_instance_enabled

log = logging.getLogger(__name__)

#: How long a second start waits for the first one's server (it may be a moment away from
#: listening when both start at once) and for its answer.
CONNECT_SECONDS = 10.0
ANSWER_MS = 10_000
#: How long a restarted window waits for the one it replaces to let go of the lock.
REPLACE_SECONDS = 30.0
#: A request is one short line; anything longer is not ours and is dropped.
MAX_REQUEST = 8192

Handler = Callable[[str], None]


def enabled() -> bool:
    return single_instance_enabled()


def encode_request(path: str) -> bytes:
    return json.dumps({"open": path}, ensure_ascii=True).encode("ascii") + b"\n"


def decode_request(line: bytes) -> str | None:
    """The page of a request line; None when it is not a request."""
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("open"), str):
        return None
    return str(data["open"])


class PrimaryInstance(QObject):
    """The first start: holds the lock and takes requests from later starts. Requests that
    come in before the window exists wait in `pending` until `serve` is called."""

    def __init__(self, key: str, lock: contextlib.ExitStack | None) -> None:
        super().__init__()
        self.key = key
        self._lock = lock
        self._handler: Handler | None = None
        self.pending: list[str] = []
        self._buffers: dict[QLocalSocket, bytes] = {}
        self.server: QLocalServer | None = None
        if lock is None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(key)  # left by a window that was killed: we hold the lock
        if not server.listen(key):
            log.warning("single instance: cannot listen on %s (%s); later starts open their own window",
                        key, server.errorString())
            return
        server.newConnection.connect(self._accept)
        self.server = server

    def serve(self, handler: Handler) -> None:
        """From now on, requests go to `handler` (the ones waiting first)."""
        self._handler = handler
        waiting, self.pending = self.pending, []
        for path in waiting:
            handler(path)

    def close(self) -> None:
        for socket in list(self._buffers):
            socket.abort()
        self._buffers.clear()
        if self.server is not None:
            self.server.close()
            self.server = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def _accept(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            # slots, not lambdas: a lambda holding `self` makes a cycle that the garbage
            # collector breaks at any moment, destroying these objects amid Qt's events
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)
            if socket.bytesAvailable():
                self._read(socket)

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    @Slot()
    def _on_disconnected(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._buffers.pop(socket, None)
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_REQUEST:
                log.warning("single instance: dropped an over-long request")
                self._drop(socket)
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        path = decode_request(line) if len(line) <= MAX_REQUEST else None
        if path is None:
            log.warning("single instance: dropped a request that is not ours")
            self._drop(socket)
            return
        self._buffers[socket] = b""
        log.info("single instance: another start asks to open %r", path)
        if self._handler is None:
            self.pending.append(path)
        else:
            self._handler(path)
        socket.write(QByteArray(b"ok\n"))
        socket.flush()
        socket.disconnectFromServer()

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.abort()


def hand_over(key: str, path: str, seconds: float = CONNECT_SECONDS) -> bool:
    """Give `path` to the window that listens on `key`; True once it has taken it (or the
    request is on its way to a window that is still busy starting)."""
    if sys.platform == "win32":  # let the running window come to the front (focus rules)
        import ctypes

        with contextlib.suppress(Exception):
            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
    deadline = time.monotonic() + seconds
    while True:
        socket = QLocalSocket()
        socket.connectToServer(key)
        if socket.waitForConnected(1000):
            break
        socket.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)  # the first start holds the lock and is about to listen
    try:
        socket.write(QByteArray(encode_request(path)))
        if not socket.waitForBytesWritten(ANSWER_MS):
            return False
        answer = b""
        while b"\n" not in answer and socket.waitForReadyRead(ANSWER_MS):
            answer += bytes(socket.readAll().data())
        if not answer.startswith(b"ok"):
            # written, not yet answered: the window takes it once it is done starting
            log.warning("single instance: no answer from the running window; the request was sent")
        return True
    finally:
        socket.abort()


def claim(settings_file: str, root: Path, path: str, *, replace: bool = False,
          lock_dir: Path | None = None) -> PrimaryInstance | None:
    """Either this start is the first (a `PrimaryInstance`, which may be inert: turned off
    or not possible) or another window took `path` (None: this process should exit).
    `replace`: the running window is closing to make way for this one (a restart after
    choosing another language), so wait for its lock instead of handing over."""
    key = instance_key(settings_file, root)
    if not enabled():
        return PrimaryInstance(key, None)
    lock = instance_lock(key, lock_dir)
    stack = contextlib.ExitStack()
    held = stack.enter_context(file_lock(lock, timeout=REPLACE_SECONDS if replace else 0))
    if not held and replace:
        stack.close()
        log.warning("single instance: the previous window did not close; opening a window of our own")
        return PrimaryInstance(key, None)
    if held:
        return PrimaryInstance(key, stack)
    stack.close()
    if lock.is_file() and hand_over(key, path):
        log.info("single instance: handed %r to the running window; exiting", path)
        return None
    log.warning("single instance: no running window answered or no lock file; opening a window of our own")
    return PrimaryInstance(key, None)


def bring_to_front(window: QWidget, open_page: Callable[[str], object], path: str) -> None:
    """What the running window does with a request: open the page (if any), come forward."""
    if path:
        if open_page(path):
            log.info("single instance: opened %r for another start", path)
        else:
            log.warning("single instance: another start asked for %r, which is not a page", path)
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
