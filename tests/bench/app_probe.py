"""Measurements inside the real window (figures 2 and 6) and their bare-Qt yardsticks.

Run by `run.py` in a fresh process each, offscreen; prints one JSON line at the end.

    python -m tests.bench.app_probe first-start --content ROOT --cache EMPTY_DIR --settings DIR
        the real start-up (`reader.ui.app.run_app`) with no index: when the first results
        are painted (usable), when the index is done, whether its progress was shown, and
        how late a 10 ms timer ran on the GUI thread while indexing (is it usable throughout)
    python -m tests.bench.app_probe typing --content ROOT --cache WARM_DIR --settings DIR
        types `queries.TYPED` into the search field one key at a time and times each
        keystroke -> results painted (the list's viewport repainted)
    python -m tests.bench.app_probe bare-window
        the cold-start yardstick: a bare PySide6 QMainWindow, shown and painted
    python -m tests.bench.app_probe bare-window-enums
        the same after touching `Qt` and `QStyle` (what every real window does first), to
        show how much of the yardstick's budget the binding itself takes
    python -m tests.bench.app_probe bare-typing --content ROOT
        the typing yardstick: QLineEdit + QListWidget, FTS5 queried on the GUI thread

The probe wraps `MainWindow` (it is looked up when `run_app` runs), so start-up, settings,
threads and painting are the app's own; nothing in `reader/` is changed.
"""

from __future__ import annotations

import json
import os
import sys
import time

T_IMPORT = time.time()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench.queries import TYPED  # noqa: E402

PAUSE_MS = 50  # between keystrokes, after the previous results are painted
TIMEOUT_MS = 15_000


def _rss_mb() -> float:
    from tests.bench.rss_probe import peak_rss_mb

    return peak_rss_mb()


def _emit(data: dict) -> None:
    data["rss_mb"] = _rss_mb()
    print("PROBE " + json.dumps(data), flush=True)


# ---------------------------------------------------------------------- yardsticks
def bare_window(with_enums: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    if with_enums:  # what any real window touches first: PySide6 builds each as Python enums
        from PySide6.QtCore import Qt  # noqa: F401
        from PySide6.QtWidgets import QStyle  # noqa: F401

    class Window(QMainWindow):
        painted = False

        def paintEvent(self, event) -> None:
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                print(f"first-paint {time.time():.4f}", flush=True)
                QTimer.singleShot(0, QApplication.quit)

    app = QApplication(sys.argv[:1])
    window = Window()
    window.setWindowTitle("bare")
    window.resize(1360, 860)
    window.show()
    return app.exec()


class _Typist:
    """Types the query set into a line edit, one key at a time, waiting for each paint."""

    def __init__(self, field, done) -> None:
        self.field = field
        self.done = done
        self.plan: list[str | None] = []  # characters; None = clear the field
        for text in TYPED:
            self.plan.append(None)
            self.plan.extend(text)
        self.words_left = len(TYPED)  # the first word typed is the warm-up: not recorded
        self.samples: list[float] = []
        self.expected: str | None = None
        self.recording = False
        self.t0 = 0.0
        self.timeouts = 0

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timeout)
        QTimer.singleShot(200, self.next)

    def next(self) -> None:
        from PySide6.QtTest import QTest

        if not self.plan:
            self.done(self)
            return
        step = self.plan.pop(0)
        if step is None:
            self.words_left -= 1
            self.recording = False
            self.expected = ""
            if self.field.text() == "":
                self.next()
                return
            self._timer.start(TIMEOUT_MS)
            self.field.setText("")
            return
        self.recording = self.words_left < len(TYPED) - 1
        self.expected = self.field.text() + step
        self._timer.start(TIMEOUT_MS)
        self.t0 = time.perf_counter()
        QTest.keyClicks(self.field, step)

    def painted(self, text: str) -> None:
        """Call after the results for `text` are painted."""
        if self.expected is None or text != self.expected:
            return
        from PySide6.QtCore import QTimer

        self._timer.stop()
        if self.recording:
            self.samples.append((time.perf_counter() - self.t0) * 1000)
        self.expected = None
        QTimer.singleShot(PAUSE_MS, self.next)

    def _timeout(self) -> None:
        self.timeouts += 1
        self.expected = None
        self.next()


def bare_typing(content: str) -> int:
    from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QMainWindow, QVBoxLayout, QWidget

    from reader.content import Site
    from reader.search.index import page_text
    from tests.bench.yardsticks import Fts5, fts5_docs

    site = Site.load(content)
    fts = Fts5(":memory:")
    fts.build(fts5_docs(site, page_text))
    fts.set_facets(site)
    titles = {p.path: p.title for p in site.pages.values()}

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1360, 860)
    central = QWidget()
    layout = QVBoxLayout(central)
    field = QLineEdit()
    results = QListWidget()
    layout.addWidget(field)
    layout.addWidget(results)
    window.setCentralWidget(central)

    def finished(typist: _Typist) -> None:
        _emit({"keystrokes_ms": typist.samples, "timeouts": typist.timeouts})
        app.quit()

    typist = _Typist(field, finished)

    def on_text(text: str) -> None:
        results.clear()
        if text.strip():
            hits, _counts = fts.search(text, {}, prefix_last=True, limit=100)
            results.addItems([f"{titles.get(path, path)}\n{snippet}" for path, snippet in hits])
        results.viewport().repaint()
        typist.painted(text)

    field.textChanged.connect(on_text)
    window.show()
    typist.start()
    return app.exec()


# ---------------------------------------------------------------------- the real app
def _patched_run_app(argv: list[str], setup) -> int:
    """run_app with `setup(window)` called right after the main window is made."""
    import reader.ui.main_window as main_window_mod

    original = main_window_mod.MainWindow

    class ProbeWindow(original):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            setup(self)

    main_window_mod.MainWindow = ProbeWindow
    from reader.ui.app import run_app

    return run_app(argv)


def _watch_stalls(state: dict, last: list[float]) -> None:
    """A daemon thread noting what the other threads run when the GUI thread is late."""
    import threading
    import traceback

    main_id = threading.get_ident()
    state["stalls"] = []

    def watch() -> None:
        me = threading.get_ident()
        while state["index_done"] is None:
            time.sleep(0.02)
            lag = (time.perf_counter() - last[0]) * 1000
            if state["usable"] is None or lag < 150:
                continue
            stacks = {}
            for tid, frame in sys._current_frames().items():
                if tid != me:
                    stacks["gui" if tid == main_id else str(tid)] = [f"{fs.filename.rsplit('/', 2)[-1]}:{fs.lineno} {fs.name}"
                                        for fs in traceback.extract_stack(frame)[-6:]]
            state["stalls"].append({"lag_ms": round(lag), "threads": stacks})
            state["stalls"] = sorted(state["stalls"], key=lambda s: -s["lag_ms"])[:3]

    threading.Thread(target=watch, daemon=True).start()


def first_start(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer

    state: dict = {"usable": None, "index_done": None, "progress_visible": False, "progress_events": 0,
                   "lateness_ms": [], "report": None}

    def setup(window) -> None:
        last = [time.perf_counter()]
        ticker = QTimer(window)
        ticker.setInterval(10)

        def tick() -> None:
            now = time.perf_counter()
            if state["usable"] is not None and state["index_done"] is None:  # while indexing
                state["lateness_ms"].append(max(0.0, (now - last[0]) * 1000 - 10))
            last[0] = now

        ticker.timeout.connect(tick)
        ticker.start()
        _watch_stalls(state, last)

        def maybe_quit() -> None:
            if state["usable"] is not None and state["index_done"] is not None:
                ticker.stop()
                QTimer.singleShot(0, window.close)

        def on_painted(_result) -> None:
            if state["usable"] is None:
                window.results.list.viewport().repaint()
                state["usable"] = time.time()
                last[0] = time.perf_counter()
                maybe_quit()

        def on_progress(_done: int, _total: int) -> None:
            state["progress_events"] += 1
            if window.index_progress.isVisible():
                state["progress_visible"] = True

        def on_ready(report) -> None:
            state["index_done"] = time.time()
            state["report"] = getattr(report, "action", str(report))
            maybe_quit()

        window.searchFinished.connect(on_painted)
        window.controller.indexProgress.connect(on_progress)
        window.controller.indexReady.connect(on_ready)

    code = _patched_run_app(argv, setup)
    lat = sorted(state["lateness_ms"])
    _emit({
        "usable": state["usable"],
        "index_done": state["index_done"],
        "progress_visible": state["progress_visible"],
        "progress_events": state["progress_events"],
        "index_action": state["report"],
        "gui_lateness_max_ms": lat[-1] if lat else None,
        "gui_lateness_p95_ms": lat[int(0.95 * (len(lat) - 1))] if lat else None,
        "stalls": state.get("stalls", []),
        "exit": code,
    })
    return 0


def typing(argv: list[str]) -> int:
    state: dict = {"first": False, "index": False, "typist": None}

    def setup(window) -> None:
        def finished(typist: _Typist) -> None:
            state["samples"] = typist.samples
            state["timeouts"] = typist.timeouts
            window.close()

        typist = _Typist(window.sidebar.search, finished)
        state["typist"] = typist

        def maybe_start() -> None:
            if state["first"] and state["index"] and not state.get("started"):
                state["started"] = True
                typist.start()

        def on_painted(result) -> None:
            window.results.list.viewport().repaint()
            if not state["first"]:
                state["first"] = True
                maybe_start()
            typist.painted(result.query.text)

        def on_ready(_report) -> None:
            state["index"] = True
            maybe_start()

        window.searchFinished.connect(on_painted)
        window.controller.indexReady.connect(on_ready)
        if window.controller.index_ready:
            state["index"] = True

    _patched_run_app(argv, setup)
    _emit({"keystrokes_ms": state.get("samples", []), "timeouts": state.get("timeouts", 0)})
    return 0


def apply_prototypes(names: str) -> None:
    """What-if patches of the core, for `profile.py app-typing` (never used by run.py).

    searcher  keep the search thread's Whoosh searcher by thread id: `threading.local`
              loses it because PySide gives a QThread a fresh Python thread state per call
    limit30   ask for 30 hits per keystroke instead of the window's 100
    titles    the engine's per-hit title tokenisation (`_title_words`) cached per title
    """
    import functools
    import threading

    if "titles" in names:
        from reader.search import engine as engine_mod

        if hasattr(engine_mod, "_title_words"):
            engine_mod._title_words = functools.lru_cache(maxsize=None)(engine_mod._title_words)

    if "searcher" in names:
        from reader.search import engine as engine_mod

        by_thread: dict = {}

        def _searcher(self):
            key = (id(self), threading.get_ident())
            gen = self.index.generation
            cur = by_thread.get(key)
            if cur is None or cur[0] != gen:
                if cur is not None:
                    cur[1].close()
                cur = by_thread[key] = (gen, self.index.store.searcher())
            return cur[1]

        engine_mod.SearchEngine._searcher = _searcher
    if "limit30" in names:
        import reader.ui.main_window as main_window_mod

        original = main_window_mod.MainWindow.current_query

        def current_query(self, limit=30):
            return original(self, limit)

        main_window_mod.MainWindow.current_query = current_query


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--prototype" in argv:
        i = argv.index("--prototype")
        apply_prototypes(argv[i + 1])
        del argv[i:i + 2]
    mode, rest = argv[0], argv[1:]
    if mode == "bare-window":
        return bare_window()
    if mode == "bare-window-enums":
        return bare_window(with_enums=True)
    if mode == "bare-typing":
        return bare_typing(rest[rest.index("--content") + 1])
    app_args = []
    it = iter(rest)
    for arg in it:
        value = next(it)
        app_args += {"--content": ["--content", value], "--cache": ["--cache-dir", value],
                     "--settings": ["--settings-dir", value]}[arg]
    if mode == "first-start":
        return first_start(app_args)
    if mode == "typing":
        return typing(app_args)
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main())
