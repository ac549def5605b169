"""Every menu action and keyboard shortcut of the window, defined in this one place.

Standard key sequences (Back, Forward, Find, ZoomIn, Print, …) are used where Qt has them,
so the app follows the platform's conventions. `build_menus` and `build_toolbar` lay them
out; the main window only connects their `triggered` signals.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
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

        # File
        self.print = make(self.tr("&Afdrukken…"), _keys(Std.Print), "print", self.tr("Pagina afdrukken"))
        self.export_pdf = make(self.tr("Exporteren als &PDF…"), _keys("Ctrl+Shift+P"), "pdf",
                               self.tr("Pagina opslaan als PDF, met alles uitgeklapt"))
        self.export_list = make(self.tr("&Lijst exporteren…"), _keys("Ctrl+Shift+S"), "export",
                                self.tr("De resultatenlijst opslaan als CSV of Excel"))
        self.problems = make(self.tr("&Inhoudsproblemen…"), None, "warning",
                             self.tr("Problemen in de inhoud, voor redacteuren"))
        self.open_content = make(self.tr("Inhoud &openen…"), _keys(Std.Open), "",
                                 self.tr("Een andere versie van het Algoritmekader openen of kiezen (map of zip)"))
        self.compare_content = make(self.tr("&Wat is er veranderd…"), None, "",
                                    self.tr("Twee inhoudspakketten vergelijken"))
        self.quit = make(self.tr("A&fsluiten"), _keys(Std.Quit, "Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit
        self.undo = make(self.tr("&Ongedaan maken"), _keys(Std.Undo), "",
                         self.tr("De laatste wijziging in je projecten terugdraaien"))
        self.undo.setEnabled(False)
        self.focus_search = make(self.tr("&Zoeken"), _keys("Ctrl+K", "Ctrl+L"), "search",
                                 self.tr("Naar het zoekveld"))
        self.find = make(self.tr("Zoeken in &pagina…"), _keys(Std.Find), "search",
                         self.tr("Een woord zoeken op deze pagina"))
        self.copy_link = make(self.tr("&Webadres kopiëren"), _keys("Ctrl+Shift+C"), "copy",
                              self.tr("Het adres van deze pagina op de website kopiëren"))
        self.clear_filters = make(self.tr("&Filters wissen"), _keys("Ctrl+Shift+Backspace"),
                                  "filter-clear", self.tr("Alle filters uitzetten"))
        # View
        self.zoom_in = make(self.tr("&Inzoomen"), _keys(Std.ZoomIn, "Ctrl+="), "zoom-in",
                            self.tr("Alles groter: tekst en bediening"))
        self.zoom_out = make(self.tr("&Uitzoomen"), _keys(Std.ZoomOut), "zoom-out",
                             self.tr("Alles kleiner: tekst en bediening"))
        self.full_screen = make(self.tr("&Volledig scherm"), _keys(Std.FullScreen, "F11"), "",
                                self.tr("Het venster over het hele scherm"), checkable=True)
        self.show_sidebar = make(self.tr("Zij&balk tonen"), None, "",
                                 self.tr("De zijbalk met zoeken en filters tonen of verbergen"), checkable=True)
        self.show_middle = make(self.tr("&Middenkolom tonen"), None, "",
                                self.tr("De resultaten en de werklijst tonen of verbergen"), checkable=True)
        self.next_pane = make(self.tr("Volgend &deelvenster"), _keys("F6"), "",
                              self.tr("Naar zoeken, filters, resultaten, pagina (F6; terug met Shift+F6)"))
        self.previous_pane = make(self.tr("Vorig d&eelvenster"), _keys("Shift+F6"), "",
                                  self.tr("Het vorige deelvenster"))
        self.zoom_reset = make(self.tr("&Normale grootte"), _keys("Ctrl+0"), "zoom-reset",
                               self.tr("Tekst en bediening op normale grootte"))
        self.theme_group = QActionGroup(self)
        self.theme_system = make(self.tr("Volg het &systeem"), checkable=True)
        self.theme_light = make(self.tr("&Licht"), checkable=True)
        self.theme_dark = make(self.tr("&Donker"), checkable=True)
        self.theme_contrast = make(self.tr("&Hoog contrast"), None, "",
                                   self.tr("Zwart, wit en geel: de hoogste leesbaarheid"), checkable=True)
        for a, value in ((self.theme_system, "system"), (self.theme_light, "light"),
                         (self.theme_dark, "dark"), (self.theme_contrast, "contrast")):
            a.setData(value)
            self.theme_group.addAction(a)
        self.language_group = QActionGroup(self)
        self.language_system = make(self.tr("Volg het &systeem"), checkable=True)
        self.language_nl = make("&Nederlands", checkable=True)
        self.language_en = make("&English", checkable=True)
        for a, value in ((self.language_system, ""), (self.language_nl, "nl"),
                         (self.language_en, "en")):
            a.setData(value)
            self.language_group.addAction(a)
        # Go
        self.back = make(self.tr("&Terug"), _keys(Std.Back), "back", self.tr("Vorige pagina"))
        self.forward = make(self.tr("&Vooruit"), _keys(Std.Forward), "forward", self.tr("Volgende pagina"))
        self.home = make(self.tr("&Start"), _keys("Alt+Home", "Ctrl+Shift+H"), "home",
                         self.tr("Naar de startpagina"))
        self.glossary = make(self.tr("&Begrippenlijst"), _keys("Ctrl+G"), "glossary",
                             self.tr("De begrippenlijst openen"))
        self.beslishulp = make(self.tr("Beslishulp &AI-verordening…"), _keys("Ctrl+Shift+A"), "check",
                               self.tr("Bepaal met vragen of en hoe de AI-verordening geldt"))
        self.open_website = make(self.tr("Openen op de &website…"), None, "external",
                                 self.tr("Deze pagina openen op de website van het Algoritmekader"))
        self.official_text = make(self.tr("&Officiële tekst"), _keys("Ctrl+Shift+O"), "",
                                  self.tr("Deze pagina in de officiële tekst van het Algoritmekader"))
        # Project
        self.project_show = make(self.tr("&Werklijst tonen"), _keys("Ctrl+Shift+L"), "",
                                 self.tr("De werklijst van het project tonen"))
        self.project_new = make(self.tr("&Nieuw project…"), None, "",
                                self.tr("Een project maken: rollen, fasen en AI-profiel"))
        self.project_edit = make(self.tr("Project &bewerken…"), None, "",
                                 self.tr("Naam, rollen, fasen en profiel van het project"))
        self.add_to_project = make(self.tr("&Toevoegen aan project"), _keys("Ctrl+Shift+T"), "",
                                   self.tr("Deze pagina in de werklijst van het project zetten"))
        self.page_note = make(self.tr("Notitie bij deze &pagina"), _keys("Ctrl+Shift+N"), "",
                              self.tr("Je eigen notitie bij deze pagina"))
        self.project_panel = make(self.tr("Pro&jectpaneel tonen"), None, "",
                                  self.tr("Het paneel naast de pagina met status, notitie en bewijs"), checkable=True)
        self.project_report = make(self.tr("Project&rapport opslaan…"), None, "",
                                   self.tr("Het projectrapport als PDF, Excel of OpenDocument"))
        self.project_print = make(self.tr("Werklijst &afdrukken…"), None, "", self.tr("De werklijst afdrukken"))
        self.project_export = make(self.tr("Project &exporteren…"), None, "",
                                   self.tr("Het project als bestand, om te delen of te bewaren"))
        self.project_import = make(self.tr("Project &importeren…"), None, "", self.tr("Een projectbestand inlezen"))
        # Bookmarks
        self.bookmark = make(self.tr("&Bladwijzer voor deze pagina"), _keys("Ctrl+D"), "bookmark",
                             self.tr("Bladwijzer toevoegen of verwijderen"), checkable=True)
        self.clear_bookmarks = make(self.tr("Alle bladwijzers &verwijderen…"))
        # Help
        self.help_contents = make(self.tr("&Help en sneltoetsen"), _keys(Std.HelpContents, "F1"), "",
                         self.tr("Hoe de app werkt, alle sneltoetsen en de toegankelijkheid"))
        self.about = make(self.tr("&Over Algoritmekader Reader"), None, "info")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = make(self.tr("Over &Qt"))
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.update_icons()

    def update_icons(self) -> None:
        for action, name in self._icons.items():
            action.setIcon(theme.icon(name))
        self.bookmark.setIcon(theme.icon("bookmark-filled" if self.bookmark.isChecked() else "bookmark"))


class Menus:
    """The menu bar; the history and bookmark menus are filled by the main window."""

    def __init__(self, bar: QMenuBar, a: Actions) -> None:
        self.file = bar.addMenu(QCoreApplication.translate("Menus", "&Bestand"))
        self.file.addActions([a.open_content, a.compare_content])
        self.file.addSeparator()
        self.file.addActions([a.print, a.export_pdf])
        self.file.addSeparator()
        self.file.addAction(a.export_list)
        self.file.addSeparator()
        self.file.addAction(a.problems)
        self.file.addSeparator()
        self.file.addAction(a.quit)

        self.edit = bar.addMenu(QCoreApplication.translate("Menus", "Be&werken"))
        self.edit.addAction(a.undo)
        self.edit.addSeparator()
        self.edit.addActions([a.focus_search, a.find])
        self.edit.addSeparator()
        self.edit.addActions([a.copy_link, a.clear_filters])

        self.view = bar.addMenu(QCoreApplication.translate("Menus", "Beel&d"))
        self.view.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
        self.view.addSeparator()
        self.view.addActions([a.full_screen, a.show_sidebar, a.show_middle, a.next_pane, a.previous_pane])
        self.view.addSeparator()
        self.theme = self.view.addMenu(QCoreApplication.translate("Menus", "&Kleuren"))
        self.theme.addActions([a.theme_system, a.theme_light, a.theme_dark, a.theme_contrast])
        self.language = self.view.addMenu(QCoreApplication.translate("Menus", "&Taal"))
        self.language.addActions([a.language_system, a.language_nl, a.language_en])

        self.go = bar.addMenu(QCoreApplication.translate("Menus", "&Ga"))
        self.go.addActions([a.back, a.forward, a.home])
        self.go.addSeparator()
        self.go.addActions([a.glossary, a.beslishulp, a.official_text, a.open_website])
        self.go.addSeparator()
        self.history = self.go.addMenu(QCoreApplication.translate("Menus", "&Geschiedenis"))

        self.project = bar.addMenu(QCoreApplication.translate("Menus", "&Project"))
        self.project.addActions([a.project_show, a.project_new, a.project_edit])
        self.project.addSeparator()
        self.project.addActions([a.add_to_project, a.page_note, a.project_panel])
        self.project.addSeparator()
        self.project.addActions([a.project_report, a.project_print, a.project_export, a.project_import])

        self.bookmarks: QMenu = bar.addMenu(QCoreApplication.translate("Menus", "Bl&adwijzers"))

        self.help = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
        self.help.addActions([a.help_contents, a.about, a.about_qt])


def build_toolbar(bar: QToolBar, a: Actions) -> None:
    bar.addActions([a.back, a.forward, a.home])
    bar.addSeparator()
    bar.addAction(a.bookmark)
    bar.addSeparator()
    bar.addActions([a.zoom_out, a.zoom_in])
    bar.addSeparator()
    bar.addActions([a.print, a.export_pdf, a.export_list])
