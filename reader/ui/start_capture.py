"""Take the start snapshot (`reader.start_snapshot`) of the main window: once it has settled
after start-up (start page complete, index open, no status message) and the user has not
touched it yet, on an idle turn of the event loop. A snapshot that still shows the same
picture under the same key is left as it is.

Nothing here runs before the first paint; a failure is logged and the app goes on. On the
GUI thread only what needs the window: the session saved, the key, the grab (some 25 ms at
1366×768, 1× or 2×); comparing with the picture on disk (4-10 ms) and writing it (8-30 ms)
happen on a worker thread, which reports back through a queued signal.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from reader import __version__, start_snapshot
from reader.ui import i18n, text_size
from reader.ui.start_window import PPM, qt_key

log = logging.getLogger(__name__)
# the events that mean the user has changed something: the window is no longer as it starts
_TOUCH = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
          QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride)
# how often to wait for a status message to go before giving up for this session
RETRIES = 3


class _Stored(QObject):
    """Carries the worker thread's outcome to the GUI thread (emitted there, queued here)."""

    done = Signal(bool, str)


class StartCapture(QObject):
    """Watches one window from its first paint; `finished(bool)`: snapshot written (or
    already right) or not."""

    finished = Signal(bool)

    def __init__(self, window: Any, start: start_snapshot.Start, root: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.start = start
        self.root = Path(root).resolve()
        self.touched = False
        self.done = False
        self._retries = RETRIES
        self._worker: threading.Thread | None = None  # writing the snapshot
        # (no parent: alive while the worker emits, deleted with this object's wrapper)
        self._stored = _Stored()
        self._stored.done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.startupSettled.connect(self._maybe_ready)
        window.controller.indexReady.connect(lambda _report: self._maybe_ready())
        window.controller.indexFailed.connect(lambda _message: self._finish(False, "the index failed"))
        window._status_timer.timeout.connect(self._maybe_ready)
        if window.settled:
            QTimer.singleShot(0, self._maybe_ready)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() in _TOUCH and isinstance(watched, QWidget) \
                and watched.window() is self.window:
            self.touched = True
            if self._worker is None:  # (the picture is not taken yet: it will not be)
                # done at once: the filter, which sees every event of the app, goes with it
                QTimer.singleShot(0, self, self._capture)
        return False

    def _maybe_ready(self) -> None:
        w = self.window
        if self.done or not w.settled or not w.controller.index_ready:
            return
        QTimer.singleShot(0, self._capture)

    def _capture(self) -> None:
        if self.done or self._worker is not None:
            return
        w = self.window
        if self.touched:
            self._finish(False, "the user changed the window first")
            return
        if w.status_label.text() or w.index_progress.isVisible():
            self._retries -= 1
            if self._retries < 0:
                self._finish(False, "a status message stayed")
            return  # again when the message goes (the status timer)
        if not w.isVisible() or w.isMinimized() or w.isFullScreen() or QApplication.activeModalWidget() is not None:
            self._finish(False, "the window is not shown as it starts")
            return
        try:
            self.save()
        except Exception:
            log.exception("writing the start snapshot failed")
            self._finish(False, "")

    def save(self) -> None:
        """Take the picture and its key; a worker thread writes them unless the snapshot on
        disk is the same (`finished` tells)."""
        w = self.window
        w.save_session()  # the settings as the next start reads them, before they are keyed
        settings_file = str(Path(w.settings.file_name).resolve())
        json_file, image_file = start_snapshot.paths(start_snapshot.cache_folder(self.start), self.start.settings_dir)
        image = w.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        g = w.geometry()
        data: dict[str, Any] = {
            "key": {},  # (on the worker thread: it reads every content file's size and time)
            "qt_key": qt_key(w._native_palette, text_size.base_font().toString()),
            "window": {
                "rect": [g.x(), g.y(), g.width(), g.height()],
                "maximized": w.isMaximized(),
                "title": w.windowTitle(),
                "accessible_name": QCoreApplication.translate("StartWindow", "Algoritmekader Reader wordt gestart"),
                "language": i18n.current_language(),
                "image": [image.width(), image.height()],
                "dpr": float(image.devicePixelRatio()),
                "image_bytes": 0,
            },
        }
        stored, content, root = self._stored, self.start.content, str(self.root)

        def store() -> None:  # (worker thread: touches no widget, only the image and files)
            try:
                data["key"] = start_snapshot.file_key(__version__, settings_file, content, root)
                stored.done.emit(_store(image, data, json_file, image_file), "")
            except Exception:
                log.exception("writing the start snapshot failed")
                stored.done.emit(False, "")

        self._worker = threading.Thread(target=store, name="start-snapshot")
        self._worker.start()

    def _finish(self, ok: bool, why: str = "") -> None:
        if self.done:
            return
        self.done = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if why:
            log.info("no start snapshot this time: %s", why)
        self.finished.emit(ok)


def _store(image: QImage, data: dict[str, Any], json_file: Path, image_file: Path) -> bool:
    """Write the snapshot unless the one on disk is the same; True when it is right now."""
    old, _reason = start_snapshot.read(json_file, image_file)
    if old is not None:
        old["window"]["image_bytes"] = 0
        if old == data and QImage(str(image_file), PPM) == image:
            log.info("start snapshot unchanged")
            return True
    start_snapshot.write(json_file, lambda path: image.save(path, PPM), data)
    log.info("start snapshot written (%d×%d, %s)", image.width(), image.height(), json_file)
    return True
