"""Qt's own dialogs as the app opens them, checked at 200 % (issue 21, EN 301 549 11.1.4.10,
2.1.1, 2.4.7, 4.1.2): the message boxes (questions, warnings, information, the error dialog),
the file dialogs for export and import, the print dialog and the input dialog.

    QT_SCALE_FACTOR=2 python -m tests.ui.qt_dialogs OUT --screen 1280x720 [--font 18] [--shots]

Runs the real window offscreen on a screen of that size (Qt's dialogs measure the screen
themselves, so the screen must really be that small: a separate process), triggers each
dialog through the app's own code path, and while it is open checks that it lies on the
screen, nothing in it is cut off (`tests.ui.test_dialog_fit.clipped`), Tab reaches every
button, each kind of control shows a focus ring of 2 px at 3:1, and no focusable object in
its accessibility tree lacks a name. Prints one JSON object: {dialog: [problems]}; with
--shots each dialog is saved as OUT/qt-<name>.png.

The file and print dialogs are Qt's widget dialogs, as on Linux; on Windows the app gets the
system's own (native) file and print dialogs, which Windows scales and makes accessible.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--screen", default="1280x720")
    parser.add_argument("--font", type=float)
    parser.add_argument("--shots", action="store_true")
    parser.add_argument("--only", help="comma-separated dialog names")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="ak-qt-dialogs-"))
    sw, sh = (int(x) for x in args.screen.split("x"))
    config = tmp / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "probe", "x": 0, "y": 0, "width": sw, "height": sh,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    for key, folder in (("SETTINGS_DIR", "settings"), ("CACHE", "cache"), ("LOG_DIR", "log"),
                        ("DATA_DIR", "data")):
        os.environ[f"AK_READER_{key}"] = str(tmp / folder)
    sys.path.insert(0, str(ROOT))
    from reader.ui.compat import protect_none

    protect_none()
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.content import Site
    from reader.search import SearchEngine
    from reader.ui.i18n import install_translators
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings
    from tests.conftest import CONTENT

    app = QApplication.instance() or QApplication(["qt-dialogs"])
    if args.font:
        font = app.font()
        font.setPointSizeF(args.font)
        app.setFont(font)
    translators = install_translators(app, "nl")
    site = Site.load(CONTENT)
    engine = SearchEngine(site, cache_dir=tmp / "index")
    window = MainWindow(site, engine, Settings(tmp / "settings"))
    window.setWindowState(Qt.WindowState.WindowNoState)
    screen = window.screen().availableGeometry()
    window.resize(screen.size())
    loop = QEventLoop()
    window.searchFinished.connect(loop.quit)
    QTimer.singleShot(20000, loop.quit)
    window.show()
    loop.exec()
    window.activateWindow()
    report: dict[str, list[str]] = {}
    wanted = set(args.only.split(",")) if args.only else None
    for name, trigger in cases(window, tmp).items():
        if wanted is not None and name not in wanted:
            continue
        report[name] = run_case(app, window, trigger, out / f"qt-{name}.png" if args.shots else None)
    report["_screen"] = [f"{screen.width()}x{screen.height()}", f"{app.font().pointSizeF():g}pt"]
    print(json.dumps(report, ensure_ascii=False))
    window.close()
    engine.close()
    translators.clear()
    return 0


def cases(w, tmp: Path) -> dict[str, Callable[[], object]]:
    """Each Qt dialog the app opens, by the app's own code path."""
    from reader.ui.app import ErrorReporter

    page = "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"
    w.open_path(page if w.site.get(page) else w.results.first_path())
    w.projects.desk.create("Chatbot Zorgloket met een heel lange naam voor de vraag", roles=["jurist"])
    export = tmp / "project.json"
    w.projects.export_to(export)
    w.bookmarks.add(w.page.current, w.page.title)
    panel = w.projects.panel
    aid_holder: dict[str, object] = {}

    def aid():
        if "aid" not in aid_holder:
            w.open_beslishulp()
            aid_holder["aid"] = w._beslishulp
        return aid_holder["aid"]

    long_path = "/".join(["een-map-met-een-lange-naam"] * 6) + "/Een document met een lange naam.pdf"
    return {
        "bookmarks-question": w._clear_bookmarks,
        "language-information": lambda: w._on_language_action(w.actions_.language_nl),
        "index-warning": lambda: w._on_index_failed(
            "PermissionError: [Errno 13] Toegang geweigerd: '" + long_path + "'"),
        "document-warning": lambda: w.open_file("bijlagen/" + "een-heel-lang-document-" * 4 + ".pdf"),
        "export-pdf-file": w.export_pdf,
        "export-list-file": w.export_list,
        "print": w.print_page,
        "project-delete-question": w.projects.delete_project,
        "project-export-file": w.projects.export_project,
        "project-import-file": w.projects.import_project,
        "project-import-question": lambda: _import_question(w, export),
        "project-report-file": w.projects.save_report,
        "worklist-print": w.projects.print_worklist,
        "evidence-file": panel.add_file,
        "evidence-address-input": panel.add_address,
        "packs-folder": lambda: w.open_packs().open_folder(),
        "packs-zip": lambda: w.open_packs().open_zip(),
        "beslishulp-pdf-file": lambda: aid().save_pdf(),
        "error-dialog": lambda: ErrorReporter(Path(long_path)).show_dialog(
            "OSError: " + "een lange foutmelding zonder einde " * 6, "Traceback (most recent call last):\n" * 40),
    }


def _import_question(w, export: Path) -> None:
    """The question "Samenvoegen / Als nieuw project" after choosing a file: the file dialog
    answers with the exported project."""
    from reader.ui import project_controller

    original = project_controller.qt_dialogs.open_file_name
    project_controller.qt_dialogs.open_file_name = lambda *_a, **_k: (str(export), "")  # type: ignore[assignment]
    try:
        w.projects.import_project()
    finally:
        project_controller.qt_dialogs.open_file_name = original  # type: ignore[assignment]


def run_case(app, window, trigger: Callable[[], object], shot: Path | None) -> list[str]:
    """Trigger the dialog; while it is open (a timer in its own event loop) check it and close
    it. A dialog opened without its own loop (`open()`) is checked and closed after."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    seen: list[QDialog] = []
    problems: list[str] = []

    def look() -> None:
        modal = app.activeModalWidget()
        if modal is None or not modal.isVisible() or modal in seen or not type(modal).__module__.startswith("PySide6"):
            return  # not yet, or one of the app's own dialogs (test_dialog_fit checks those)
        seen.append(modal)
        for _ in range(3):
            app.processEvents()
        problems.extend(check(app, modal))
        if shot is not None:
            modal.grab().save(str(shot))
        more = expander(modal)  # the message box's details, the print dialog's options
        if more is not None:
            more.click()
            for _ in range(3):
                app.processEvents()
            problems.extend(f"{more.text()!r} pressed: {p}" for p in check(app, modal))
            if shot is not None:
                modal.grab().save(str(shot.with_name(shot.stem + "-more.png")))
        modal.reject() if isinstance(modal, QDialog) else modal.close()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(30)
    try:
        trigger()
        for _ in range(20):
            app.processEvents()
            if seen:
                break
        look()
    finally:
        timer.stop()
    if not seen:
        problems.append("no dialog opened")
    for _ in range(3):
        app.processEvents()
    return problems


def expander(dialog):
    """The button that makes `dialog` larger: "Details tonen…" of a message box with
    details, "Opties >>" of the print dialog (None when it has none)."""
    from PySide6.QtWidgets import QAbstractButton

    words = ("Details", "Opties", "Options")
    return next((b for b in dialog.findChildren(QAbstractButton)
                 if b.isVisible() and any(x in b.text() for x in words)), None)


def cut_heads(dialog) -> list[str]:
    """Column heads of item views narrower than their text (the file dialog's)."""
    from PySide6.QtWidgets import QHeaderView

    found = []
    for header in dialog.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation().name != "Horizontal":
            continue
        model = header.model()
        for column in range(header.count()):
            if header.isSectionHidden(column) or model is None:
                continue
            if header.sectionSize(column) < header.sectionSizeHint(column):
                text = model.headerData(column, header.orientation())
                found.append(f"column head {text!r} {header.sectionSize(column)} < {header.sectionSizeHint(column)} px")
    return found


def check(app, dialog) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton

    from tests.ui.test_accessibility import unnamed_focusable
    from tests.ui.test_dialog_fit import clipped

    found: list[str] = []
    area = dialog.screen().availableGeometry()
    geometry = dialog.frameGeometry()
    if not area.contains(geometry):
        found.append(f"at {geometry.getRect()}, larger than or off the screen {area.width()}×{area.height()}")
    found += clipped(dialog)
    found += cut_heads(dialog)
    found += [f"unnamed: {x}" for x in unnamed_focusable(dialog)]
    reached = tab_walk(app, dialog)
    buttons = [b for b in dialog.findChildren(QAbstractButton)
               if b.isVisible() and b.isEnabled() and b.window() is dialog]
    found += [f"Tab does not reach button {b.text() or b.toolTip() or b.objectName() or type(b).__name__!r}"
              for b in buttons if b not in reached and not _arrow_reached(b, reached)]
    found += focus_rings(app, dialog, reached)
    return found


def _arrow_reached(button, reached: list) -> bool:
    """A radio button of a group Tab enters at its checked button (the arrows move on)."""
    from PySide6.QtWidgets import QRadioButton

    return isinstance(button, QRadioButton) and button.autoExclusive() and any(
        isinstance(x, QRadioButton) and x.parentWidget() is button.parentWidget() for x in reached)


def tab_walk(app, dialog) -> list:
    """The widgets Tab visits from the dialog's first focus, once round."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    reached: list = []
    for _ in range(80):
        widget = app.focusWidget()
        if widget is None or widget.window() is not dialog:
            dialog.activateWindow()
            dialog.setFocus()
            app.processEvents()
            widget = app.focusWidget()
        if widget in reached:
            break
        if widget is not None:
            reached.append(widget)
        QTest.keyClick(widget or dialog, Qt.Key.Key_Tab)
        app.processEvents()
    return reached


def focus_rings(app, dialog, reached: list) -> list[str]:
    """One control of each kind Tab reaches: a ring of 2 px at 3:1 on its four sides."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QAbstractSpinBox, QTabBar

    from tests.ui.test_focus import ring_thickness

    found = []
    kinds: dict[str, object] = {}
    for widget in reached:
        kinds.setdefault(type(widget).__name__, widget)
    for kind, widget in kinds.items():
        away = next((x for x in reached if x is not widget), None)
        if away is None:
            continue
        away.setFocus(Qt.FocusReason.OtherFocusReason)
        app.processEvents()
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        app.processEvents()
        after = widget.grab().toImage()
        dpr = before.devicePixelRatio()  # the grab is in device pixels: 2 px are 2·dpr of them
        rect, sides = QRect(0, 0, before.width(), before.height()), 4
        if isinstance(widget, QAbstractSpinBox):  # (the print dialog's) its text cursor sits on the left edge
            sides = 3
        if isinstance(widget, QTabBar):  # the current tab; its bottom edge is the accent already
            tab = widget.tabRect(widget.currentIndex())
            rect, sides = QRect(round(tab.x() * dpr), round(tab.y() * dpr), round(tab.width() * dpr),
                                round(tab.height() * dpr)), 3
        runs = ring_thickness(before, after, rect)
        if sum(run >= 2 * dpr for run in runs) < sides:
            found.append(f"focus ring of {kind} {getattr(widget, 'text', lambda: '')()!r}: {runs}")
    return found


if __name__ == "__main__":
    sys.exit(main())
