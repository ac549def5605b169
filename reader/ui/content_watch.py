"""Content changing under the app (issue 17): notice that files of the content folder were
edited, added or deleted while the window runs.

Two sources, because neither is enough alone: a `QFileSystemWatcher` on the content folder,
its sub-folders and (up to `MAX_WATCHED_FILES`) its files (folders tell of added and deleted
files, files of edits; some file systems, such as network shares, tell nothing), and a
look when the app becomes active again (the user edited a page in another program and
comes back). Either starts a short timer (`DEBOUNCE_MS`: an editor's save is several
events); when it fires, the folder's file list with sizes and time stamps
(`snapshot.content_key`, cheap) is compared with the one taken before,
in a worker thread, with the listing taken when the watcher started (shortly after the
window opened, not to slow its start). `changed` is emitted once per change; the window host then reads the
content again and swaps the window, as for another pack (`WindowHost.reload`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400
START_MS = 1500  # after the window's first paint and its index
MAX_WATCHED_FILES = 2000  # inotify watches are a shared, limited resource


class ContentWatcher(QObject):
    changed = Signal()  # the content on disk is no longer what was read
    _checked = Signal(bool)  # from the worker thread: whether it changed
    _listed = Signal(object, object)  # from the worker thread: the first key, the paths to watch

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self._key: tuple | None = None
        self._busy = True  # until the first listing is in
        self._again = False
        self._reported = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._check)
        self._checked.connect(self._on_checked, Qt.ConnectionType.QueuedConnection)
        self._listed.connect(self._on_listed, Qt.ConnectionType.QueuedConnection)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self.schedule)
        self._watcher.fileChanged.connect(self.schedule)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)
        # the listing walks the whole folder: in a thread, and not while the window starts
        QTimer.singleShot(START_MS, self, lambda: self._in_thread(self._list))

    @property
    def watching(self) -> bool:
        """Whether the first listing is in (changes from here on are noticed)."""
        return self._key is not None or (not self._busy and not self._reported)

    @staticmethod
    def _in_thread(work) -> None:
        threading.Thread(target=work, name="content-watch", daemon=True).start()

    def _read_key(self) -> tuple | None:
        from reader.content.snapshot import content_key

        try:
            return content_key(self.root)
        except (OSError, RuntimeError) as exc:  # the folder went away, or cannot be walked
            log.warning("could not list the content folder %s: %s", self.root, exc)
            return None

    def _list(self) -> None:
        key = self._read_key()
        folders, files = [str(self.root)], []
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            folders += [os.path.join(dirpath, d) for d in dirnames]
            files += [os.path.join(dirpath, f) for f in filenames if f.endswith(".md")]
        with contextlib.suppress(RuntimeError):  # the window (and this watcher) closed meanwhile
            self._listed.emit(key, folders + files[:MAX_WATCHED_FILES])

    @Slot(object, object)
    def _on_listed(self, key: tuple | None, paths: list[str]) -> None:
        self._key = key
        self._busy = False
        if paths and not self._reported:
            self._watcher.addPaths(paths)  # paths that cannot be watched are skipped
        if self._again:
            self._again = False
            self.schedule()

    @Slot()
    def schedule(self) -> None:
        """A change may have happened: look after a short pause (events come in bursts)."""
        if not self._reported:
            self._timer.start()

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.schedule()

    def _check(self) -> None:
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._in_thread(self._compare)

    def _compare(self) -> None:
        key = self._read_key()
        with contextlib.suppress(RuntimeError):  # the window (and this watcher) closed meanwhile
            self._checked.emit(key != self._key)

    @Slot(bool)
    def _on_checked(self, different: bool) -> None:
        self._busy = False
        if different and not self._reported:
            self._reported = True  # once: the window is replaced, with a watcher of its own
            self._timer.stop()
            self.changed.emit()
        elif self._again:
            self._again = False
            self.schedule()

    def resume(self) -> None:
        """Notice changes again after one that was not acted on (the folder went away)."""
        self._reported = False

    def stop(self) -> None:
        self._reported = True
        self._timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.disconnect(self._on_state)
