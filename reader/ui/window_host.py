"""The app's one main window, and switching content packs without a restart.

`WindowHost.open` makes the window; when the window asks to read another pack
(`MainWindow.contentSwitchRequested`), `switch` loads that pack (its own index, with a
progress window when it takes a while), opens a new window where the old one was (same
place, same page when the new pack has it), closes the old one and its index.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from reader.content import Site
from reader.search import SearchEngine
from reader.ui.main_window import MainWindow
from reader.ui.page_view import START
from reader.ui.settings import Settings

log = logging.getLogger(__name__)
Loader = Callable[[Path], tuple[Site, SearchEngine]]


class WindowHost(QObject):
    switched = Signal(object)  # the new MainWindow

    def __init__(self, settings: Settings, loader: Loader, relaunch: list[str] | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.loader = loader
        self.relaunch = list(relaunch or [])
        self.window: MainWindow | None = None
        self.engines: list[SearchEngine] = []

    def open(self, site: Site, engine: SearchEngine, open_path: str = "") -> MainWindow:
        window = MainWindow(site, engine, self.settings, open_path=open_path)
        window.relaunch = self.relaunch
        window.contentSwitchRequested.connect(self.switch)
        self.window = window
        self.engines.append(engine)
        return window

    def switch(self, root: str) -> MainWindow | None:
        """Read the pack at `root` in a new window in place of the current one; None (and a
        message) when it cannot be loaded: the current window then stays as it was."""
        old = self.window
        try:
            site, engine = self.loader(Path(root))
        except Exception as exc:
            log.exception("switching to %s failed", root)
            QMessageBox.warning(old, "Inhoud openen", f"Deze inhoud kon niet worden geopend:\n{exc}")
            return None
        page = old.page.current if old is not None else ""
        self.relaunch = _with_content(self.relaunch, root)
        new = self.open(site, engine, open_path=page if page == START or site.get(page) is not None else "")
        if old is not None:
            new.setGeometry(old.geometry())
            if old.isMaximized():
                new.showMaximized()
        new.show()
        new.show_status(new.tr("Je leest nu: %1").replace("%1", new.info["source"]), 8000)
        if old is not None:
            old.close()
            old.engine.close()
            self.engines.remove(old.engine)
            old.deleteLater()
        self.switched.emit(new)
        return new

    def close(self) -> None:
        for engine in self.engines:
            engine.close()
        self.engines.clear()


def _with_content(command: list[str], root: str) -> list[str]:
    """The relaunch command reading `root` (replacing a `--content` given at start)."""
    if not command:
        return command
    out, skip = [], False
    for part in command:
        if skip:
            skip = False
            continue
        if part == "--content":
            skip = True
            continue
        out.append(part)
    return [*out, "--content", str(root)]
