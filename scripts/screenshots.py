"""Save PNG screenshots of the main states of the window.

    .venv/bin/python scripts/screenshots.py [OUT_DIR] [--content ROOT] [--size WxH] [--scheme S]

States: the start page, a search with a role filter, a tool page (governancekader-VNG, or
the first hulpmiddel with maatregelen) and the same in dark mode (with --scheme light). With
--scheme contrast all in high contrast. When the window is too narrow for the panes side by
side (QT_SCALE_FACTOR=2 on 1280x720), the search and filter panes are shot too. With --dialogs
only the dialogs and text windows are shot, each on its own (their size and place on the
screen are printed); --screen WxH gives the offscreen screen that size (with QT_SCALE_FACTOR=2
and --screen 1280x720 the window sees 640x360) and --font PT sets the application font. Runs
offscreen with temporary settings and index folders, so it never touches the user's own.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT.parent / "shared" / "corpora" / "algoritmekader" / "docs"
TOOL = "voldoen-aan-wetten-en-regels/hulpmiddelen/governancekader-VNG"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", default="/tmp/shots")
    parser.add_argument("--content", help="inhoudsmap (standaard: de upstream-corpus als die er is)")
    parser.add_argument("--size", default="1440x900")
    parser.add_argument("--query", default="dpia")
    parser.add_argument("--role", default="jurist")
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    parser.add_argument("--scheme", default="light", choices=("light", "dark", "contrast"))
    parser.add_argument("--dialogs", action="store_true", help="shoot the dialogs instead of the main states")
    parser.add_argument("--screen", help="the offscreen screen's size in pixels, e.g. 1280x720")
    parser.add_argument("--font", type=float, help="the application font in points, e.g. 18")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="ak-shots-"))
    if args.screen and os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        sw, sh = (int(x) for x in args.screen.split("x"))
        config = tmp / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "shots", "x": 0, "y": 0, "width": sw, "height": sh,
                                                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    os.environ["AK_READER_LOG_DIR"] = str(tmp / "log")
    os.environ["AK_READER_DATA_DIR"] = str(tmp / "data")  # the project shot's database

    from reader.ui.compat import protect_none

    protect_none()

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.content import Kind, Site
    from reader.resources import bundled_content
    from reader.search import SearchEngine
    from reader.ui.i18n import install_translators
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    app = QApplication.instance() or QApplication(["screenshots"])
    if args.font:
        font = app.font()
        font.setPointSizeF(args.font)
        app.setFont(font)
    translators = install_translators(app, args.lang)
    root = Path(args.content) if args.content else (UPSTREAM if UPSTREAM.is_dir() else bundled_content())
    site = Site.load(root)
    engine = SearchEngine(site, cache_dir=tmp / "cache")
    settings = Settings(tmp / "settings")
    settings.theme = args.scheme
    settings.zoom = 0
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    w, h = (int(x) for x in args.size.split("x"))

    def wait(signal, timeout: int = 60000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout, loop.quit)
        loop.exec()

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    window = MainWindow(site, engine, settings)
    window.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen screen is small
    window.resize(w, h)
    window.show()
    wait(window.searchFinished, 10000)
    if not window.controller.index_ready:
        wait(window.controller.indexReady, 120000)
    settle()

    def shot(name: str) -> None:
        # the results list fills its rows' summaries in the background: let it paint them
        end = time.monotonic() + 1.5
        while time.monotonic() < end:
            app.processEvents()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    if args.dialogs:
        shoot_dialogs(window, out, settle)
        return finish(window, engine, app, translators)

    window.go_home()
    shot("1-start")

    window.sidebar.set_filters({"rol": {args.role}})
    wait(window.searchFinished)
    window.sidebar.search.setText(args.query)
    wait(window.searchFinished)
    if window.pane_area.narrow:  # one pane at a time: the search pane and the results too
        window.focus_search()
        shot("2a-narrow-search")
        window.pane_area.reveal(window.middle)
        shot("2b-narrow-results")
    first = window.results.first_path()
    if first:
        window.open_path(first)
    shot("2-search-role-filter")

    tool = TOOL if site.get(TOOL) else next(
        (p.path for p in site.of_kind(Kind.HULPMIDDEL) if site.maatregelen_of(p)), "")
    window.sidebar.search.setText("")
    wait(window.searchFinished)
    window.sidebar.set_filters({"soort": {"hulpmiddel"}})
    wait(window.searchFinished)
    if tool:
        window.open_path(tool, "bijbehorende-maatregelen")  # its maatregelen table in view
    shot("3-tool-page")

    desk = window.projects.desk  # "Mijn project": a work list with a few items ticked
    desk.create("Chatbot Zorgloket", roles=["projectleider"], phases_current=["ontwerp"],
                profile={"risicogroep": ["hoog-risico-ai-systeem"]})
    work = desk.worklist()
    if work is not None and work.entries:
        for entry, status in zip(work.entries[:3], ("gedaan", "gedaan", "bezig"), strict=False):
            desk.set_status(entry.key, status)
        window.show_project()
        page = desk.page_of(work.entries[2].key)
        if page is not None:
            window.open_path(page.path)
    shot("6-project")
    window.middle.setCurrentIndex(0)
    if args.scheme != "light":
        window.go_home()
        shot("5-start-again")
        if args.scheme == "contrast":  # the dark high contrast: the system asks for dark
            from reader.ui import theme

            theme.system_is_dark = lambda: True  # the offscreen platform has no dark setting to ask
            window.apply_theme(force=True)
            shot("7-contrast-dark-start")
            if tool:
                window.open_path(tool, "bijbehorende-maatregelen")
            shot("8-contrast-dark-tool-page")
        return finish(window, engine, app, translators)

    settings.theme = "dark"
    window.apply_theme()
    window.page.browser.verticalScrollBar().setValue(0)
    shot("4-dark-tool-page")
    window.go_home()
    shot("5-dark-start")
    return finish(window, engine, app, translators)


def shoot_dialogs(window, out: Path, settle) -> None:
    """Each dialog and text window on its own, with its geometry on the screen."""
    from reader.ui.project_dialog import ProjectDialog

    screen = window.screen().availableGeometry()
    print(f"screen {screen.width()}x{screen.height()}, window {window.width()}x{window.height()}")
    openers = {
        "about": window.show_about,
        "packs": window.open_packs,
        "problems": window.show_problems,
        "project": lambda: ProjectDialog(window.site, filters={}, parent=window),
        "link": lambda: window.confirm_external("https://minbzk.github.io/Algoritmekader/een/lange/weg"),
        "help": window.show_help,
        "beslishulp": lambda: (window.open_beslishulp(), window._beslishulp)[1],
    }
    for name, open_one in openers.items():
        dialog = open_one()
        dialog.show()
        settle()
        g = dialog.frameGeometry()
        print(f"{name}: {g.width()}x{g.height()} at {g.x()},{g.y()}"
              + ("" if screen.contains(g) else "  -- NOT ON THE SCREEN"))
        dialog.grab().save(str(out / f"dialog-{name}.png"))
        if name == "beslishulp":
            dialog.stack.setCurrentWidget(dialog.conclusion_page)
            settle()
            dialog.grab().save(str(out / f"dialog-{name}-conclusion.png"))
        dialog.close()
        settle()


def finish(window, engine, app, translators) -> int:
    window.close()
    engine.close()
    window.deleteLater()
    app.processEvents()
    translators.clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
