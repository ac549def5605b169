"""Start-up of the window: arguments, logging, error dialog, translations, the main window.

    ak-reader [PATH] [--content ROOT] [--quit-after-first-paint]

A second start with the same settings and content hands PATH to the running window and
exits (`reader.ui.single_instance`).

An unexpected error is written to the log file and shown in a dialog that says what
happened and where the log is; the window stays open.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import threading
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from reader import __version__

log = logging.getLogger("reader.ui")
LOG_ENV = "AK_READER_LOG_DIR"
_STARTED = time.perf_counter()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    from reader.launch import window_parser

    return window_parser().parse_args(list(argv))


def log_dir() -> Path:
    override = os.environ.get(LOG_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_log_dir

    return Path(user_log_dir("algoritmekader-reader", False))


def setup_logging() -> Path | None:
    """Log to a rotating file in the user log dir; returns its path (None if not writable)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    path: Path | None = None
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "reader.log"
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        path = None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


class ErrorReporter:
    """sys.excepthook / threading.excepthook: log the error and show it; never quit."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            from PySide6.QtWidgets import QApplication

            QApplication.quit()
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread() or self._showing:
            print(details, file=sys.stderr)
            return
        self.show_dialog(f"{exc_type.__name__}: {exc}", details)

    def show_dialog(self, summary: str, details: str) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        self._showing = True
        try:
            from reader.ui.qt_dialogs import keep_on_screen

            box = keep_on_screen(QMessageBox())  # its details open inside the screen
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Onverwachte fout"))
            box.setText(QCoreApplication.translate(
                "ErrorDialog",
                "Er ging iets mis in Algoritmekader Reader. Je kunt gewoon verder "
                "werken; als het opnieuw gebeurt, stuur dan het logbestand mee."))
            where = (str(self.log_file) if self.log_file
                     else QCoreApplication.translate("ErrorDialog", "(geen logbestand)"))
            text = QCoreApplication.translate("ErrorDialog", "Fout: %1\n\nLogbestand: %2")
            box.setInformativeText(text.replace("%1", summary).replace("%2", where))
            box.setDetailedText(details)
            box.exec()
        finally:
            self._showing = False


def resolve_page(site, text: str) -> str:
    """A page path from the command line: full path, with or without .md, or a file name."""
    path = text.strip().strip("/").removesuffix(".md")
    if not path or site.get(path) is not None:
        return path
    matches = [p for p in site.pages if p.endswith("/" + path) or p.rsplit("/", 1)[-1] == path]
    return matches[0] if len(matches) == 1 else path


def relaunch_command(args: argparse.Namespace) -> list[str]:
    """How to start the app again (after choosing another language): the same folders, as
    absolute paths; no page and no benchmark flag (the saved session says where it was)."""
    from reader.frozen import app_command

    command = app_command()
    for flag, value in (("--content", args.content), ("--settings-dir", args.settings_dir),
                        ("--cache-dir", args.cache_dir)):
        if value:
            command += [flag, str(Path(value).expanduser().resolve())]
    return [*command, "--replace"]  # this window closes: the new one must not hand over to it


def run_app(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    from reader.ui.compat import protect_none

    protect_none()
    log_file = setup_logging()
    reporter = ErrorReporter(log_file)
    reporter.install()
    log.info("Algoritmekader Reader %s starting", __version__)
    from reader.ui import start_window

    if start_window.last_error:  # an error in the start window's own code: worth a look
        log.warning("%s\n%s", start_window.last_reason, start_window.last_error.rstrip())
    elif start_window.last_reason:  # shown (or not, and why) before the log was set up
        log.info(start_window.last_reason)

    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reader.launch import content_root, load
    from reader.ui.i18n import install_translators, pick_language
    from reader.ui.loading import load_with_progress
    from reader.ui.settings import Settings

    QCoreApplication.setOrganizationName("Algoritmekader")
    QCoreApplication.setApplicationName("algoritmekader-reader")
    QCoreApplication.setApplicationVersion(__version__)
    if QApplication.instance() is None:  # (the start window made it already, with Qt's default: the same)
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "ak-reader"])
    QGuiApplication.setApplicationDisplayName("Algoritmekader Reader")
    QGuiApplication.setDesktopFileName("algoritmekader-reader")
    settings = Settings(args.settings_dir)
    translators = install_translators(app, pick_language(settings.language))

    from reader.packs import PackError

    try:
        root = content_root(args.content)
    except PackError as exc:  # no content in the given folder or zip: say what was expected
        QMessageBox.critical(None, QCoreApplication.translate("ErrorDialog", "Inhoud niet gevonden"), str(exc))
        return 2
    if not root.is_dir():
        title = QCoreApplication.translate("ErrorDialog", "Inhoud niet gevonden")
        text = QCoreApplication.translate("ErrorDialog", "De inhoudsmap bestaat niet:\n%1")
        QMessageBox.critical(None, title, text.replace("%1", str(root)))
        return 2
    instance = None
    if not (args.self_test or args.quit_after_first_paint):  # test runs open a window of their own
        try:
            from reader.ui.single_instance import bring_to_front, claim
        except ImportError as exc:  # a build without QtNetwork: every start opens a window
            log.warning("no single-instance check: %s", exc)
        else:
            instance = claim(settings.file_name, root, args.path, replace=args.replace)
            if instance is None:  # the running window took the page and came to the front
                return 0
    cache = Path(args.cache_dir) if args.cache_dir else None
    try:  # with a progress window when it takes a while (first start on a large folder)
        site, engine = load_with_progress(lambda progress: load(root, cache, progress))
    except Exception as exc:
        log.exception("loading content from %s failed", root)
        reporter.show_dialog(f"{type(exc).__name__}: {exc}", traceback.format_exc())
        return 1
    log.info("loaded %d pages from %s (%d problems)", len(site.pages), root, len(site.problems))

    from reader.ui.window_host import WindowHost

    path = resolve_page(site, args.path)
    # the window, and another in its place when the user switches content packs
    host = WindowHost(settings, lambda new_root: load_with_progress(lambda progress: load(new_root, cache, progress)),
                      relaunch_command(args))
    window = host.open(site, engine, open_path=path)
    alive: list[object] = [translators, host]  # what Qt does not own, kept until exec() returns
    if instance is not None:  # later starts hand their page to the window (the current one)
        def open_request(page: str) -> None:
            current = host.window
            if current is not None:
                bring_to_front(current, current.open_path, resolve_page(current.site, page))

        instance.serve(open_request)
    # the start snapshot: taken once the window has settled (a normal start, nothing touched)
    from reader.start_snapshot import parse_start

    plan = None if args.self_test else parse_start(argv)
    capture = None
    if plan is not None:
        from reader.ui.start_capture import StartCapture

        capture = StartCapture(window, plan, root)

    def stamp(name: str, at: float = 0.0) -> None:  # the benchmark's marks (at: when it happened)
        if args.quit_after_first_paint:
            late = time.time() - at if at else 0.0
            print(f"{name} {time.time() - late:.3f} ({time.perf_counter() - late - _STARTED:.3f} s after start)",
                  flush=True)

    def quit_when_done() -> None:  # --quit-after-first-paint: once the snapshot is written (or not)
        if not args.quit_after_first_paint:
            return
        if capture is None or capture.done:
            QTimer.singleShot(0, window.close)
        else:
            capture.finished.connect(lambda _ok: QTimer.singleShot(0, window.close))
            QTimer.singleShot(30_000, window.close)  # a benchmark run ends, snapshot or not

    start = start_window.take()
    if start is not None:  # the real window replaces the start window once it has painted
        def usable(typed: bool) -> None:
            if typed and capture is not None:
                capture.touched = True
            stamp("window-usable", start.real_painted_at)  # the real window on top, painted
            quit_when_done()

        start_window.hand_over(start, window, usable)
    elif args.quit_after_first_paint:
        marks: list[str] = []
        moments = {"results": 0.0, "window": 0.0}

        def painted(_result: object) -> None:  # the first results painted in the list
            window.searchFinished.disconnect(painted)
            window.results.list.viewport().repaint()
            moments["results"] = time.time()
            stamp("first-paint")
            marks.append("results")
            if "window" in marks:
                window_painted()

        def window_painted() -> None:  # ... and the whole window drawn (as after a start window)
            if "window" not in marks:
                marks.append("window")
            if "results" in marks and "usable" not in marks:
                marks.append("usable")
                stamp("window-usable", max(moments.values()))
                quit_when_done()

        window.searchFinished.connect(painted)
        start_window.when_painted(window, window_painted,
                                  on_paint=lambda: moments.__setitem__("window", time.time()))
    from reader import portable

    if portable.last is not None and portable.last.notice:  # the full text (folder, reason) is in the log
        log.warning(portable.last.notice)
        window.show_status(QCoreApplication.translate(
            "Portable", "Draagbare modus: de map data is alleen-lezen, dus je eigen gebruikersmap wordt gebruikt."),
            15000)
    if args.self_test:  # smoke tests of installs and bundles: drive the window, report, quit
        from reader.ui.self_test import SelfTest

        alive.append(SelfTest(window, Path(args.self_test), args.self_test_query, _STARTED,
                              shot=Path(args.self_test_shot) if args.self_test_shot else None))
    from reader.memory import release_long_lived, settle_long_lived

    # once the index is open, keep the loaded site and index out of full garbage collections
    window.controller.indexReady.connect(lambda _report: settle_long_lived())
    if window.controller.index_ready:
        settle_long_lived()
    if start is None:
        window.show()
    code = app.exec()
    if instance is not None:
        instance.close()
    host.close()
    release_long_lived()
    log.info("exit %d", code)
    return int(code)
