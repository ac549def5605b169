"""Every menu action and keyboard shortcut of the window, defined in this one place.

Standard key sequences (Back, Forward, Find, ZoomIn, Print, …) are used where Qt has them,
so the app follows the platform's conventions. `build_menus` and `build_toolbar` lay them
out; the main window only connects their `triggered` signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from reader.ui import theme

Std = QKeySequence.StandardKey


def _keys(*items: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    out: list[QKeySequence] = []
    for item in items:
        if isinstance(item, str):
            out.append(QKeySequence(item))
        else:
            out.extend(QKeySequence.keyBindings(item))
    seen: list[QKeySequence] = []
    for key in out:
        if not key.isEmpty() and key not in seen:
            seen.append(key)
    return seen


class Actions(QObject):
    """The window's actions; `icons` redraws the icons after a colour scheme change."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._icons: dict[QAction, str] = {}

        def make(text: str, keys: list[QKeySequence] | None = None, icon: str = "",
                 tip: str = "", checkable: bool = False) -> QAction:
            action = QAction(text, parent)
            if keys:
                action.setShortcuts(keys)
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if icon:
                self._icons[action] = icon
            plain = text.replace("&", "").replace("…", "")
            shortcut = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
            action.setToolTip(f"{tip or plain} ({shortcut})" if shortcut else (tip or plain))
            action.setStatusTip(tip or plain)
            action.setCheckable(checkable)
            parent.addAction(action)
            return action

        tr = self.tr
        # File
        self.print = make(tr("&Afdrukken…"), _keys(Std.Print), "print", tr("Pagina afdrukken"))
        self.export_pdf = make(tr("Exporteren als &PDF…"), _keys("Ctrl+Shift+P"), "pdf",
                               tr("Pagina opslaan als PDF, met alles uitgeklapt"))
        self.export_list = make(tr("&Lijst exporteren…"), _keys("Ctrl+Shift+S"), "export",
                                tr("De resultatenlijst opslaan als CSV of Excel"))
        self.problems = make(tr("&Inhoudsproblemen…"), None, "warning",
                             tr("Problemen in de inhoud, voor redacteuren"))
        self.quit = make(tr("A&fsluiten"), _keys(Std.Quit, "Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit
        self.focus_search = make(tr("&Zoeken"), _keys("Ctrl+K", "Ctrl+L"), "search",
                                 tr("Naar het zoekveld"))
        self.find = make(tr("Zoeken in &pagina…"), _keys(Std.Find), "search",
                         tr("Een woord zoeken op deze pagina"))
        self.copy_link = make(tr("&Webadres kopiëren"), _keys("Ctrl+Shift+C"), "copy",
                              tr("Het adres van deze pagina op de website kopiëren"))
        self.clear_filters = make(tr("&Filters wissen"), _keys("Ctrl+Shift+Backspace"),
                                  "filter-clear", tr("Alle filters uitzetten"))
        # View
        self.zoom_in = make(tr("&Inzoomen"), _keys(Std.ZoomIn, "Ctrl+="), "zoom-in",
                            tr("Tekst groter"))
        self.zoom_out = make(tr("&Uitzoomen"), _keys(Std.ZoomOut), "zoom-out", tr("Tekst kleiner"))
        self.zoom_reset = make(tr("&Normale grootte"), _keys("Ctrl+0"), "zoom-reset",
                               tr("Tekst op normale grootte"))
        self.theme_group = QActionGroup(self)
        self.theme_system = make(tr("Volg het &systeem"), checkable=True)
        self.theme_light = make(tr("&Licht"), checkable=True)
        self.theme_dark = make(tr("&Donker"), checkable=True)
        for a, value in ((self.theme_system, "system"), (self.theme_light, "light"),
                         (self.theme_dark, "dark")):
            a.setData(value)
            self.theme_group.addAction(a)
        self.language_group = QActionGroup(self)
        self.language_system = make(tr("Volg het &systeem"), checkable=True)
        self.language_nl = make("&Nederlands", checkable=True)
        self.language_en = make("&English", checkable=True)
        for a, value in ((self.language_system, ""), (self.language_nl, "nl"),
                         (self.language_en, "en")):
            a.setData(value)
            self.language_group.addAction(a)
        # Go
        self.back = make(tr("&Terug"), _keys(Std.Back), "back", tr("Vorige pagina"))
        self.forward = make(tr("&Vooruit"), _keys(Std.Forward), "forward", tr("Volgende pagina"))
        self.home = make(tr("&Start"), _keys("Alt+Home", "Ctrl+Shift+H"), "home",
                         tr("Naar de startpagina"))
        self.glossary = make(tr("&Begrippenlijst"), _keys("Ctrl+G"), "glossary",
                             tr("De begrippenlijst openen"))
        self.open_website = make(tr("Openen op de &website…"), None, "external",
                                 tr("Deze pagina openen op de website van het Algoritmekader"))
        # Bookmarks
        self.bookmark = make(tr("&Bladwijzer voor deze pagina"), _keys("Ctrl+D"), "bookmark",
                             tr("Bladwijzer toevoegen of verwijderen"), checkable=True)
        self.clear_bookmarks = make(tr("Alle bladwijzers &verwijderen…"))
        # Help
        self.about = make(tr("&Over Algoritmekader Reader"), None, "info")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = make(tr("Over &Qt"))
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.update_icons()

    def update_icons(self) -> None:
        for action, name in self._icons.items():
            action.setIcon(theme.icon(name))
        self.bookmark.setIcon(theme.icon("bookmark-filled" if self.bookmark.isChecked() else "bookmark"))


class Menus:
    """The menu bar; the history and bookmark menus are filled by the main window."""

    def __init__(self, bar: QMenuBar, a: Actions) -> None:
        tr = a.tr
        self.file = bar.addMenu(tr("&Bestand"))
        self.file.addActions([a.print, a.export_pdf])
        self.file.addSeparator()
        self.file.addAction(a.export_list)
        self.file.addSeparator()
        self.file.addAction(a.problems)
        self.file.addSeparator()
        self.file.addAction(a.quit)

        self.edit = bar.addMenu(tr("Be&werken"))
        self.edit.addActions([a.focus_search, a.find])
        self.edit.addSeparator()
        self.edit.addActions([a.copy_link, a.clear_filters])

        self.view = bar.addMenu(tr("Beel&d"))
        self.view.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
        self.view.addSeparator()
        self.theme = self.view.addMenu(tr("&Kleuren"))
        self.theme.addActions([a.theme_system, a.theme_light, a.theme_dark])
        self.language = self.view.addMenu(tr("&Taal"))
        self.language.addActions([a.language_system, a.language_nl, a.language_en])

        self.go = bar.addMenu(tr("&Ga"))
        self.go.addActions([a.back, a.forward, a.home])
        self.go.addSeparator()
        self.go.addActions([a.glossary, a.open_website])
        self.go.addSeparator()
        self.history = self.go.addMenu(tr("&Geschiedenis"))

        self.bookmarks: QMenu = bar.addMenu(tr("Bla&dwijzers"))

        self.help = bar.addMenu(tr("&Help"))
        self.help.addActions([a.about, a.about_qt])


def build_toolbar(bar: QToolBar, a: Actions) -> None:
    bar.addActions([a.back, a.forward, a.home])
    bar.addSeparator()
    bar.addAction(a.bookmark)
    bar.addSeparator()
    bar.addActions([a.zoom_out, a.zoom_in])
    bar.addSeparator()
    bar.addActions([a.print, a.export_pdf, a.export_list])
