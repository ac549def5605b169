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
from reader.ui.content_watch import ContentWatcher
from reader.ui.main_window import MainWindow
from reader.ui.page_view import GLOSSARY, START
from reader.ui.settings import Settings

log = logging.getLogger(__name__)
Loader = Callable[[Path], tuple[Site, SearchEngine]]


class WindowHost(QObject):
    switched = Signal(object)  # the new MainWindow
    reloaded = Signal(object, str)  # the new MainWindow after the content changed on disk, and what it said

    def __init__(self, settings: Settings, loader: Loader, relaunch: list[str] | None = None,
                 *, watch: bool = True) -> None:
        """`watch`: notice when the content folder changes on disk and read it again."""
        super().__init__()
        self.watch = watch
        self.watcher: ContentWatcher | None = None
        self.settings = settings
        self.loader = loader
        self.relaunch = list(relaunch or [])
        self.window: MainWindow | None = None
        self.engines: list[SearchEngine] = []

    def open(self, site: Site, engine: SearchEngine, open_path: str = "") -> MainWindow:
        window = MainWindow(site, engine, self.settings, open_path=open_path)
        window.relaunch = self.relaunch
        window.contentSwitchRequested.connect(self.switch)
        if self.watch:
            self.watcher = ContentWatcher(site.root, window)
            self.watcher.changed.connect(self.reload)
        self.window = window
        self.engines.append(engine)
        return window

    def reload(self) -> MainWindow | None:
        """The content folder changed on disk (`ContentWatcher`): read it again and swap the
        window, on the same page; a page that was deleted while shown says so."""
        old = self.window
        if old is None:
            return None
        if not old.site.root.is_dir():  # a USB stick pulled, a share gone: keep what is read
            old.show_status(old.tr("De inhoudsmap is niet meer te lezen; de app toont wat al was ingelezen."), 15000)
            if self.watcher is not None:
                self.watcher.resume()
            return None
        if self.watcher is not None:
            self.watcher.stop()
        old.save_session()
        page = old.page.current
        title = old.page.title
        new = self.switch(str(old.site.root), same_content=True)
        if new is None:
            return None
        if page not in (START, GLOSSARY) and new.site.get(page) is None:
            message = new.tr("De pagina '%1' is verwijderd of hernoemd.").replace("%1", title)
        else:
            message = new.tr("De inhoud is gewijzigd en opnieuw ingelezen.")
        new.show_status(message, 15000)
        self.reloaded.emit(new, message)
        return new

    def switch(self, root: str, *, same_content: bool = False) -> MainWindow | None:
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
        if not same_content:
            self.relaunch = _with_content(self.relaunch, root)
        keep = page in (START, GLOSSARY) or site.get(page) is not None
        new = self.open(site, engine, open_path=page if keep else START)
        if old is not None:
            new.setGeometry(old.geometry())
            if old.isMaximized():
                new.showMaximized()
        new.show()
        if not same_content:
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
