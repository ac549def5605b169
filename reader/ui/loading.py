"""Reading the content before the main window exists, with a small progress window when
that takes a while (a first start on a large content folder, or one on a slow network drive).

Fast loads (the bundled content, or any content with a valid snapshot) show nothing: the
window only appears when loading is still busy after `SHOW_AFTER_MS`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], None]
SHOW_AFTER_MS = 300


class LoadingWindow(QWidget):
    """'Inhoud lezen…' with a progress bar and 'n van m bestanden'."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("loadingWindow")
        self.setWindowTitle("Algoritmekader Reader")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        self.title = QLabel(self.tr("Inhoud lezen…"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Voortgang inhoud lezen"))
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 0)  # busy until the first count comes in
        self.detail = QLabel(self.tr("Bestanden zoeken…"), self)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        self.setFixedWidth(420)

    def set_progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        if done >= total:
            self.detail.setText(self.tr("Links en verwijzingen controleren…"))
        else:
            locale = QLocale()  # the UI language's (set with the translations)
            self.detail.setText(self.tr("%1 van %2 bestanden").replace("%1", locale.toString(done))
                                .replace("%2", locale.toString(total)))


class _Relay(QObject):
    """Carries the loader thread's news to the GUI thread (queued signals)."""

    progressed = Signal(int, int)
    finished = Signal()


class _Outcome(Generic[T]):
    value: T
    error: BaseException | None = None


def load_with_progress(load: Callable[[Progress], T], *, show_after_ms: int = SHOW_AFTER_MS,
                       on_window: Callable[[LoadingWindow], None] | None = None) -> T:
    """Run `load(progress)` in a thread while the event loop runs; show a `LoadingWindow`
    when it takes longer than `show_after_ms`. Returns its result or raises its error.
    `on_window` is called with the window when it is shown (tests, screenshots)."""
    relay = _Relay()
    outcome: _Outcome[T] = _Outcome()
    loop = QEventLoop()
    window: list[LoadingWindow] = []
    progress = [0, 0]

    def run() -> None:
        try:
            outcome.value = load(lambda done, total: relay.progressed.emit(done, total))
        except BaseException as exc:  # handed to the GUI thread, raised there
            outcome.error = exc
        finally:
            relay.finished.emit()

    def on_progress(done: int, total: int) -> None:
        progress[:] = [done, total]
        if window:
            window[0].set_progress(done, total)

    def show() -> None:
        if finished.is_set():
            return
        w = LoadingWindow()
        w.set_progress(*progress)
        w.show()
        window.append(w)
        if on_window is not None:
            on_window(w)

    finished = threading.Event()

    def on_finished() -> None:
        finished.set()
        loop.quit()

    relay.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    relay.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(show)
    timer.start(show_after_ms)
    thread = threading.Thread(target=run, name="content-loader", daemon=True)
    thread.start()
    loop.exec()  # until `finished` arrives (queued: also when the thread is done before this)
    thread.join()
    timer.stop()
    for w in window:
        w.close()
        w.deleteLater()
    if outcome.error is not None:
        raise outcome.error
    return outcome.value
