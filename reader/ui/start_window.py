"""The start window: the start snapshot (`reader.start_snapshot`) shown the moment Qt runs,
before any other module of the app is imported; the real window takes its place once it
has painted what the picture showed.

    reader/__main__.py: open_start_window(start)   picture on screen (or None: normal start)
    run_app:            hand_over(take(), window)  the real window replaces it

Imports only Qt's core, GUI and widget modules and touches as few of PySide6's enum
classes as it can (each costs time when first used). Keys typed into it are kept and typed
into the real window's search field when it takes over; closing it quits the app.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from reader import __version__, start_snapshot

APP_NAME = "Algoritmekader Reader"
#: the picture's format (PySide6 wants a str for Qt's `const char *`; its stubs say bytes)
PPM: Any = "PPM"
#: how long the start waits for the picture to be painted before it goes on regardless
PAINT_WAIT_MS = 2000

#: the start window of this process, until run_app takes it
_pending: StartWindow | None = None
#: why no start window was shown (for the log, which is not set up yet at that moment)
last_reason = ""
#: the traceback when that was an unexpected error (logged as a warning)
last_error = ""


class StartWindow(QWidget):
    """A plain top-level window that paints the saved picture and keeps typed keys."""

    def __init__(self, image: QImage, window: dict[str, Any], *, report_paint: bool = False) -> None:
        super().__init__()
        self.setObjectName("startWindow")
        self.image = image
        self._report_paint = report_paint
        self.painted_at = 0.0
        self.real_painted_at = 0.0  # when the real window that replaces it painted
        self.keys: list[tuple[int, str]] = []  # (key, text) in the order typed
        self.cancelled = False  # closed by the user before the real window came
        self.handing_over = False
        self.waiting: QEventLoop | None = None  # the start waits for the first paint
        self.setWindowTitle(str(window.get("title") or APP_NAME))
        self.setAccessibleName(str(window.get("accessible_name") or APP_NAME))
        x, y, w, h = (int(v) for v in window["rect"])
        self.setGeometry(x, y, w, h)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.drawImage(0, 0, self.image)
        painter.end()
        if not self.painted_at:
            self.painted_at = time.time()
            if self._report_paint:  # the benchmark's mark (--quit-after-first-paint)
                print(f"first-paint {self.painted_at:.3f} (start window)", flush=True)
            if self.waiting is not None:
                self.waiting.quit()

    def keyPressEvent(self, event: Any) -> None:
        self.keys.append((int(event.key()), event.text()))

    def closeEvent(self, event: Any) -> None:
        if not self.handing_over:
            self.cancelled = True
        super().closeEvent(event)

    def after_paint(self) -> None:
        """What the first paint does not wait for: the busy cursor and the icon."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QIcon

        from reader.resources import resource_path

        self.setCursor(Qt.CursorShape.BusyCursor)  # it does not answer yet
        with contextlib.suppress(FileNotFoundError):
            QGuiApplication.setWindowIcon(QIcon(str(resource_path("icons/app.svg"))))


def qt_key(palette: Any, font: str) -> dict[str, Any]:
    """The part of the key only Qt can tell: the screens, the system palette and font, the
    locale (the language when the setting says "system")."""
    screens = []
    for screen in QGuiApplication.screens():
        g = screen.geometry()
        screens.append([g.x(), g.y(), g.width(), g.height(), float(screen.devicePixelRatio())])
    colours = [palette.window().color().name(), palette.windowText().color().name(),
               palette.base().color().name(), palette.text().color().name(),
               palette.button().color().name(), palette.highlight().color().name()]
    return {"screens": screens, "palette": colours, "font": font, "locale": QLocale.system().name()}


def make_application(argv0: str) -> QApplication:
    """The application object, named as run_app names it (before the settings are read)."""
    QCoreApplication.setOrganizationName("Algoritmekader")
    QCoreApplication.setApplicationName("algoritmekader-reader")
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([argv0])
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName("algoritmekader-reader")
    return app


def _running_elsewhere(key: dict[str, Any]) -> bool:
    """Whether another window holds these settings and content (it would take this start)."""
    from reader.cache import file_lock, instance_key, instance_lock, single_instance_enabled

    if not single_instance_enabled():
        return False
    lock = instance_lock(instance_key(key["settings_file"], Path(key["root"])))
    if not lock.is_file():
        return False
    with file_lock(lock, timeout=0) as held:
        return not held


def open_start_window(start: start_snapshot.Start, argv0: str = "ak-reader") -> StartWindow | None:
    """Show the start snapshot when it still applies and wait for it to be painted; None
    (and `last_reason` says why) when it does not. Never raises on a bad snapshot."""
    global _pending, last_reason, last_error
    last_error = ""
    try:
        json_file, image_file = start_snapshot.paths(start_snapshot.cache_folder(start), start.settings_dir)
        data, last_reason = start_snapshot.read(json_file, image_file)
        if data is None:
            return None
        saved = data["key"]
        settings_file = (str(Path(start_snapshot.settings_location(start.settings_dir)) / "settings.ini")
                         if start.settings_dir else str(saved.get("settings_file", "")))
        now = start_snapshot.file_key(__version__, settings_file, start.content, str(saved.get("root", "")))
        changed = start_snapshot.differs(saved, now)
        if changed:
            last_reason = f"start snapshot out of date ({changed})"
            return None
        if not start.quit_after_paint and _running_elsewhere(saved):
            last_reason = "another window is open: no start snapshot"
            return None
        app = make_application(argv0)
        changed = start_snapshot.differs(data.get("qt_key") or {}, qt_key(app.palette(), app.font().toString()))
        if changed:
            last_reason = f"start snapshot out of date ({changed})"
            return None
        image = QImage(str(image_file), PPM)
        w, h = (int(v) for v in data["window"]["image"])
        if image.isNull() or image.width() != w or image.height() != h:
            last_reason = f"start snapshot picture damaged ({image_file.name}: not a {w}×{h} PPM)"
            return None
        image.setDevicePixelRatio(float(data["window"]["dpr"]))
        window = StartWindow(image, data["window"], report_paint=start.quit_after_paint)
    except Exception as exc:  # a snapshot must never stop the app from starting
        last_reason = f"start snapshot not used: {type(exc).__name__}: {exc}"
        _note_error()
        return None
    if data["window"].get("maximized"):
        window.showMaximized()
    else:
        window.show()
    _wait_for_paint(window)
    last_reason = "start snapshot shown"
    try:
        window.after_paint()
    except Exception as exc:  # (only the cursor or the icon missing: the start goes on)
        last_reason = f"start snapshot shown; the busy cursor or icon failed: {type(exc).__name__}: {exc}"
        _note_error()
    _pending = window
    return window


def _note_error() -> None:
    """Keep the traceback of the exception being handled for the log (set up later)."""
    global last_error
    import traceback

    last_error = traceback.format_exc()


def _wait_for_paint(window: StartWindow) -> None:
    if window.painted_at:
        return
    loop = QEventLoop()
    window.waiting = loop
    QTimer.singleShot(PAINT_WAIT_MS, loop.quit)
    loop.exec()
    window.waiting = None


def take() -> StartWindow | None:
    """The start window shown by this process (once)."""
    global _pending
    window, _pending = _pending, None
    return window


def hand_over(start: StartWindow, window: Any, usable: Any = None) -> None:
    """Show the real `window` (at once when it opens on the start page, whose part of the
    picture it shows until the start page is made; else once the restored page is rendered)
    and close the start window once the real one has painted; the keys typed meanwhile go
    to its search field. `usable(typed)` is called at that moment (typed: whether keys were passed on).
    Closed by the user first: the app quits."""
    def show_real() -> None:
        if start.cancelled:  # the user closed the start window: no window at all
            start.deleteLater()
            window.close()
            return
        when_painted(window, finish, on_paint=lambda: setattr(start, "real_painted_at", time.time()))
        window.show()
        window.raise_()
        window.activateWindow()

    def finish() -> None:
        start.handing_over = True
        typed = list(start.keys)
        start.keys.clear()
        start.close()
        start.deleteLater()
        if typed:
            _type_into(window.sidebar.search, typed)
        if usable is not None:
            usable(bool(typed))

    picture = start.image.deviceIndependentSize().toSize()
    if window.page.current == "start" and not window.settled:
        # shown now; the start page is a picture (its part of this one) until it is made,
        # or, when the window came out another size, built after the first paint as usual
        if window.size() == picture:
            window.page.hold_start_picture(start.image)
        show_real()
    elif window.settled:
        QTimer.singleShot(0, show_real)
    else:  # a restored page (or another size): shown once it is rendered
        window.startupSettled.connect(show_real)


def when_painted(window: QWidget, callback: Any, on_paint: Any = None) -> None:
    """Call `callback()` once `window` has been painted (after its first paint event, on
    the next turn of the event loop, when the whole window is drawn and flushed);
    `on_paint()`, when given, at the paint event itself (to note the moment)."""
    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                window.removeEventFilter(self)
                if on_paint is not None:
                    on_paint()
                QTimer.singleShot(0, callback)
                self.deleteLater()
            return False

    window.installEventFilter(PaintWatch(window))


def _type_into(field: Any, keys: list[tuple[int, str]]) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    field.setFocus()
    for key, text in keys:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
