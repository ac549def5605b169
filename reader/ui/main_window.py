"""The main window: composes the panes and wires signals and actions, in one place."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QStyleFactory,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from reader.content import Site
from reader.content.model import AI_ACT_FACETS, FACET_FASE, FACET_ROL, FACET_SOORT
from reader.search import IndexReport, Query, SearchEngine, SearchResult
from reader.ui import page_accessibility, qt_dialogs, text_size, theme
from reader.ui.actions import Actions, Menus, build_toolbar
from reader.ui.announce import announce
from reader.ui.bookmarks import Bookmarks
from reader.ui.content_info import content_info
from reader.ui.history import History, Location
from reader.ui.page_outline import HeadingNavigator
from reader.ui.page_view import GLOSSARY, START, PageView
from reader.ui.pane_sizes import PaneSizer
from reader.ui.project_controller import ProjectController
from reader.ui.responsive import PaneArea
from reader.ui.results_view import ResultsView, header_text
from reader.ui.search_controller import SearchController
from reader.ui.settings import Settings
from reader.ui.sidebar import Sidebar
from reader.ui.start_page import StartPage
from reader.ui.texts import file_name_part

if TYPE_CHECKING:  # dialogs and the exporter are imported when first used, not at start-up
    from reader.ui.about_dialog import AboutDialog
    from reader.ui.beslishulp_dialog import BeslishulpDialog
    from reader.ui.link_dialog import ExternalLinkDialog
    from reader.ui.problems_dialog import ProblemsDialog

log = logging.getLogger(__name__)
APP_NAME = "Algoritmekader Reader"
TEXT_LIMIT = 100  # hits shown for a text query until "Alle … resultaten tonen"


class MainWindow(QMainWindow):
    searchFinished = Signal(object)  # SearchResult, once shown in the list
    pageOpened = Signal(str)  # path, "start" or "begrippenlijst"
    contentSwitchRequested = Signal(str)  # a content root to read instead (the app swaps windows)
    startupSettled = Signal()  # once after start-up: the restored page and the start page are made

    def __init__(self, site: Site, engine: SearchEngine, settings: Settings, *,
                 open_path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.site = site
        self.engine = engine
        self.settings = settings
        self.info = content_info(site)
        self.result: SearchResult | None = None
        self._show_all = False
        self._literal = False  # "als tekst zoeken" for the text shown now
        self._beslishulp: BeslishulpDialog | None = None  # its window, made on first use
        self._index_started = False
        self._after_paint_started = False
        # the start page is complete and the restored page shown (`startupSettled` was sent)
        self.settled = False
        #: how to start this app again (program, arguments); set by `run_app`
        self.relaunch: list[str] = []
        self._dark: bool | None = None
        self._link_dialog: ExternalLinkDialog | None = None
        self._native_palette = QGuiApplication.palette()
        self._other_sites: dict[str, Site] = {}  # official packs loaded for "Officiële tekst"
        self.text_windows: list[QWidget] = []  # the official text and diff windows open now
        # the application's palette and stylesheet before the panes are made, so that each
        # widget is styled once, as it is first shown (set afterwards, Qt styles them all again)
        self._app_style: theme.Colors | None = None  # the scheme, once set
        self._apply_app_style(*self._scheme())

        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(theme.icon("app"))
        self.history = History(parent=self)
        self.bookmarks = Bookmarks(settings, self)
        self.controller = SearchController(engine, self)

        # panes
        self.sidebar = Sidebar(site, self)
        self.results = ResultsView(site, self)
        source_line = (self.info["statement"] + " · " + self.tr("Inhoud: %1 · %2 pagina's").replace(
            "%1", self.info["source"]).replace("%2", self.info["pages"])
            + (f" · {self.info['date']}" if self.info["date"] else "") + " · " + self.info["site"])
        self.page = PageView(site, source_line, self, defer_start=True)
        # "Mijn project": the working list beside the results, the item panel beside the page
        self.projects = ProjectController(site, settings, self, filters=self.sidebar.filters,
                                          beslishulp_profile=self.beslishulp_profile)
        self.middle = QTabWidget(self)
        self.middle.setObjectName("middleTabs")
        self.middle.setDocumentMode(True)
        self.middle.addTab(self.results, self.tr("Resultaten"))
        self.middle.addTab(self.projects.pane_slot, self.tr("Project"))  # the pane on first use
        self.projects.paneBuilt.connect(self._install_project_pane)
        self.page.startPageMade.connect(self._on_start_page_made)
        self.projects.panelBuilt.connect(self._install_item_panel)
        self.middle.currentChanged.connect(self._on_middle_tab)
        self.middle.setAccessibleName(self.tr("Resultaten en project"))
        tab_pages = self.middle.findChild(QStackedWidget, "qt_tabwidget_stackedwidget")  # the tab widget's pages
        if tab_pages is not None:
            page_accessibility.mark_container(tab_pages)
        self.page_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.page_splitter.setObjectName("pageSplitter")
        self.page_splitter.setChildrenCollapsible(False)
        self.page_splitter.addWidget(self.page)
        self.page_splitter.addWidget(self.projects.panel_slot)  # the item panel on first use
        self.page_splitter.setStretchFactor(0, 1)
        self.page_splitter.setStretchFactor(1, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.page_splitter)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 3)
        self.sidebar.setMinimumWidth(220)
        self.results.setMinimumWidth(260)
        self.page.setMinimumWidth(320)
        # one pane at a time with tabs when the window is too narrow for all (200 %, issue 21)
        self.pane_area = PaneArea(self.splitter, [(self.sidebar, self.tr("Zoeken")),
                                                  (self.middle, self.tr("Resultaten")),
                                                  (self.page_splitter, self.tr("Pagina"))],
                                  side=self.page_splitter, parent=self)
        self.setCentralWidget(self.pane_area)

        # actions, menus, tool bar, status bar
        self.actions_ = Actions(self)
        self.menus = Menus(self.menuBar(), self.actions_)
        self.pane_sizer = PaneSizer(  # Beeld → Deelvenster breder / smaller
            self, self.menus.view, self.actions_.previous_pane, self.splitter, self.page_splitter,
            (self.sidebar, self.middle), lambda: self.projects.panel if self.projects.panel_built else None)
        self.headings = HeadingNavigator(  # Ga → Volgende kop / Vorige kop
            self, self.menus.go, self.actions_.home, self.page)
        self.toolbar = QToolBar(self.tr("Werkbalk"), self)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.setAccessibleName(self.tr("Werkbalk"))
        build_toolbar(self.toolbar, self.actions_)
        self.addToolBar(self.toolbar)
        for action in (self.actions_.back, self.actions_.forward):
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
                button.setMenu(self.menus.history)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusMessage")
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(self._clear_status)
        self.statusBar().addWidget(self.status_label, 1)
        self.status_label.hide()  # shown with a message: no empty object in the tree (issue 21)
        self.index_label = QLabel(self.tr("Zoekindex opbouwen…"), self)
        self.index_progress = QProgressBar(self)
        self.index_progress.setObjectName("indexProgress")
        self.index_progress.setAccessibleName(self.tr("Voortgang zoekindex"))
        self.index_progress.setTextVisible(False)
        self.statusBar().addPermanentWidget(self.index_label)
        self.statusBar().addPermanentWidget(self.index_progress)
        self.index_label.hide()
        self.index_progress.hide()

        self._connect()
        self._restore(open_path)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # ================================================================== wiring
    def _connect(self) -> None:
        a = self.actions_
        sb, res, pg = self.sidebar, self.results, self.page
        sb.queryChanged.connect(self._on_query_changed)
        sb.filtersChanged.connect(self._on_filters_changed)
        sb.resultsFocusRequested.connect(self._focus_results)
        sb.openFirstRequested.connect(self._open_first)
        res.openRequested.connect(lambda path: self.open_path(path))
        res.showAllRequested.connect(self._show_all_results)
        res.suggestionRequested.connect(sb.search.setText)
        res.backToSearchRequested.connect(sb.focus_search)
        res.resultsShown.connect(self.searchFinished)
        pg.pageRequested.connect(self.open_path)
        pg.filterRequested.connect(self._on_filter_link)
        pg.fileRequested.connect(self.open_file)
        pg.externalRequested.connect(self.confirm_external)
        pg.glossaryRequested.connect(self.open_glossary)
        pg.beslishulpRequested.connect(self.open_beslishulp)
        res.profileCleared.connect(lambda: self.set_profile({}))
        res.filterRemoved.connect(self.remove_filter)
        res.queryCleared.connect(lambda: self.sidebar.search.setText(""))
        res.clearAllRequested.connect(self.clear_all)
        res.literalRequested.connect(self._search_literally)
        pg.linkHovered.connect(self._show_hover)
        pg.pageShown.connect(self._on_page_shown)
        pg.pageShown.connect(lambda *_: self.pane_area.reveal(self.page))
        pg.roleRequested.connect(lambda v: self._entry_filter(FACET_ROL, v))
        pg.phaseRequested.connect(lambda v: self._entry_filter(FACET_FASE, v))
        pg.kindRequested.connect(lambda v: self._entry_filter(FACET_SOORT, v))
        pg.projectRequested.connect(self.show_project)
        pg.officialRequested.connect(self.show_official_text)
        pg.newProjectRequested.connect(self.projects.new_project)
        res.addToProjectRequested.connect(self._add_path_to_project)

        pc = self.projects
        pc.openPageRequested.connect(lambda path: self.open_path(path))
        pc.externalRequested.connect(self.confirm_external)
        pc.statusMessage.connect(self.show_status)
        pc.desk.changed.connect(self._on_projects_changed)
        a.undo.triggered.connect(self.undo)
        a.project_show.triggered.connect(lambda: self.show_project(None))
        a.project_new.triggered.connect(pc.new_project)
        a.project_edit.triggered.connect(pc.edit_project)
        a.add_to_project.triggered.connect(pc.add_current)
        a.page_note.triggered.connect(pc.edit_page_note)
        a.project_panel.toggled.connect(pc.set_panel_wanted)
        a.project_report.triggered.connect(pc.save_report)
        a.project_print.triggered.connect(pc.print_worklist)
        a.project_export.triggered.connect(pc.export_project)
        a.project_import.triggered.connect(pc.import_project)
        if pc.desk.has_store() and pc.desk.notice:  # opened read-only before these were wired
            self.show_status("⚠ " + pc.desk.notice, 15000)

        c = self.controller
        c.resultsReady.connect(self._on_results)
        c.searchFailed.connect(self._on_search_failed)
        c.indexProgress.connect(self._on_index_progress)
        c.indexReady.connect(self._on_index_ready)
        c.indexFailed.connect(self._on_index_failed)

        a.print.triggered.connect(self.print_page)
        a.export_pdf.triggered.connect(self.export_pdf)
        a.export_list.triggered.connect(self.export_list)
        a.problems.triggered.connect(self.show_problems)
        a.quit.triggered.connect(self.close)
        a.focus_search.triggered.connect(self.focus_search)
        a.find.triggered.connect(self._find)
        a.copy_link.triggered.connect(self.copy_web_address)
        a.clear_filters.triggered.connect(self.sidebar.clear_filters)
        a.zoom_in.triggered.connect(lambda: self.set_zoom(self.settings.zoom + 1))
        a.zoom_out.triggered.connect(lambda: self.set_zoom(self.settings.zoom - 1))
        a.zoom_reset.triggered.connect(lambda: self.set_zoom(0))
        a.theme_group.triggered.connect(self._on_theme_action)
        a.language_group.triggered.connect(self._on_language_action)
        a.back.triggered.connect(self.go_back)
        a.forward.triggered.connect(self.go_forward)
        a.home.triggered.connect(self.go_home)
        a.glossary.triggered.connect(lambda: self.open_glossary(""))
        a.beslishulp.triggered.connect(self.open_beslishulp)
        a.open_website.triggered.connect(self._open_website)
        a.open_content.triggered.connect(self.open_packs)
        a.compare_content.triggered.connect(self.open_packs)
        a.official_text.triggered.connect(self.show_official_text)
        a.bookmark.triggered.connect(self.toggle_bookmark)
        a.clear_bookmarks.triggered.connect(self._clear_bookmarks)
        a.about.triggered.connect(self.show_about)
        a.help_contents.triggered.connect(self.show_help)
        a.full_screen.toggled.connect(self.set_full_screen)
        a.show_sidebar.toggled.connect(lambda on: self.show_pane("sidebar", on))
        a.show_middle.toggled.connect(lambda on: self.show_pane("middle", on))
        a.next_pane.triggered.connect(lambda: self.cycle_pane(1))
        a.previous_pane.triggered.connect(lambda: self.cycle_pane(-1))
        a.about_qt.triggered.connect(QApplication.aboutQt)
        self.menus.history.aboutToShow.connect(self._fill_history_menu)
        self.menus.bookmarks.aboutToShow.connect(self._fill_bookmarks_menu)
        self.history.changed.connect(self._update_nav)
        self.bookmarks.changed.connect(self._update_bookmark_action)
        self._fill_bookmarks_menu()

    # ================================================================== session
    def _restore(self, open_path: str) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._first_start_size()
        state = s.value("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        splitter = s.value("window/splitter")
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([290, 410, 740])
        page_splitter = s.value("window/page_splitter")
        if page_splitter.isEmpty() or not self.page_splitter.restoreState(page_splitter):
            self.page_splitter.setSizes([700, 300])
        for key, action in (("sidebar", self.actions_.show_sidebar), ("middle", self.actions_.show_middle)):
            shown = bool(s.value(f"view/{key}"))
            action.setChecked(shown)  # a hidden pane stays hidden at the next start
            self.show_pane(key, shown)
        self.actions_.project_panel.blockSignals(True)
        self.actions_.project_panel.setChecked(self.projects.panel_wanted)
        self.actions_.project_panel.blockSignals(False)
        self._on_projects_changed()
        text_size.apply(s.zoom)
        self.page.zoom_steps = s.zoom
        self.page.set_zoom(s.zoom)
        theme_action = {"system": self.actions_.theme_system, "light": self.actions_.theme_light,
                        "dark": self.actions_.theme_dark, "contrast": self.actions_.theme_contrast}[s.theme]
        theme_action.setChecked(True)
        lang_action = {"": self.actions_.language_system, "nl": self.actions_.language_nl,
                       "en": self.actions_.language_en}[s.language]
        lang_action.setChecked(True)
        self.apply_theme()
        self.sidebar.search.blockSignals(True)
        self.sidebar.search.setText(s.value("session/query"))
        self.sidebar.search.blockSignals(False)
        self.sidebar.set_filters(s.filters, emit=False)  # the search below covers them
        self.results.set_profile(self.profile_text())
        target = open_path or s.value("session/page")
        if target == GLOSSARY:
            self.open_glossary("")
        elif target and target != START and self.site.get(target) is not None:
            self.open_path(target, defer=True)  # rendered right after the first paint
        else:
            if open_path and open_path != START:
                self.show_status(self.tr("Pagina niet gevonden: %1").replace("%1", open_path))
            self.go_home()
        # the first results (the browse list) need only the site: made here, before show(),
        # so that the first paint has them; the index is opened or built once they are
        # shown, so that it does not compete with the first paint
        query = self.current_query()
        if query.text.strip():
            self.controller.submit(query)
        else:
            self.controller.submit_here(query)

    def _first_start_size(self) -> None:
        """First start: 1360×860 where that fits, else the available screen (task bar
        excluded), maximised on small screens such as 1366×768 or 150 % on 1920×1080."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1360, 860)
            return
        area = screen.availableGeometry()
        if area.width() < 1400 or area.height() < 900:
            self.resize(min(1360, area.width()), min(860, area.height()))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        self.resize(1360, 860)
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    def save_session(self) -> None:
        s = self.settings
        s.set_value("window/geometry", self.saveGeometry())
        s.set_value("window/state", self.saveState())
        if not self.pane_area.narrow:  # the narrow layout's hidden panes are not the user's sizes
            s.set_value("window/splitter", self.splitter.saveState())
            s.set_value("window/page_splitter", self.page_splitter.saveState())
        s.set_value("session/page", self.page.current)
        s.set_value("session/query", self.sidebar.search.text())
        s.filters = {f: sorted(v) for f, v in self.sidebar.filters().items()}
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.save_session()
        except Exception:
            log.exception("saving the session failed")
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.controller.shutdown()
        try:
            self.projects.close()  # a note still being typed is saved first
        except Exception:
            log.exception("closing the project store failed")
        super().closeEvent(event)

    # ================================================================== search
    def current_query(self, limit: int | None = TEXT_LIMIT) -> Query:
        f = self.sidebar.filters()
        text = self.sidebar.search.text()
        if not text.strip() or self._show_all:
            limit = None
        return Query.of(text, f, limit=limit, literal=self._literal)

    def run_search(self) -> int:
        return self.controller.submit(self.current_query())

    @Slot(str)
    def _on_query_changed(self, _text: str) -> None:
        self._show_all = False
        self._literal = False
        self.run_search()

    @Slot(object)
    def _on_filters_changed(self, _filters: object) -> None:
        self.run_search()

    @Slot()
    def _search_literally(self) -> None:
        """"als tekst zoeken": the same text as words only, no roles or phases read out of it."""
        self._literal = True
        self.run_search()

    @Slot()
    def _show_all_results(self) -> None:
        self._show_all = True
        self.run_search()

    def _after_first_paint(self) -> None:
        """What the first paint does not wait for (once): the page restored from the last
        session, the start page, a widget per turn of the event loop (built in one go it kept
        the window busy for over 100 ms), then the search index."""
        if self._after_paint_started:
            return
        self._after_paint_started = True
        self.page.render_pending()
        start = self.page.ensure_start_page(staged=True)

        def settle() -> None:  # the index after the start page: both want the processor
            self.page.release_start_picture()
            self.settled = True
            self.startupSettled.emit()
            self._start_index()

        def next_part() -> None:
            if start.step():
                QTimer.singleShot(0, start, next_part)  # dropped if the page is gone
            else:
                settle()

        if not self.isVisible():  # behind the start window: no one waits for the event loop
            while start.step():
                pass
            settle()
            return
        QTimer.singleShot(0, start, next_part)

    def _start_index(self) -> None:
        """Open, update or build the search index in the background (once)."""
        if not self._index_started:
            self._index_started = True
            self.controller.build_index()

    @Slot(int, object)
    def _on_results(self, _request_id: int, result: SearchResult) -> None:
        if not self._after_paint_started:
            QTimer.singleShot(0, self._after_first_paint)  # once this first list is painted
        self.result = result
        self.page.highlight = result.terms if result.query.text.strip() else frozenset()
        self.sidebar.set_counts(result.facets or None)
        self.results.set_profile(self.profile_text())
        self.results.delegate.active_roles = frozenset(
            self.sidebar.label(FACET_ROL, v) for v in result.query.roles)
        self.results.show_result(result, self.header_for(result))
        self.results.set_chips(result.query.text, self.filter_chips(result))
        if self.page.current not in (START, GLOSSARY):
            self.results.select_path(self.page.current, scroll=False)

    def filter_chips(self, result: SearchResult) -> list[tuple[str, str, str]]:
        """(facet, value, label) of each filter of the result's query, in the sidebar's order;
        the AI-act profile has its own bar."""
        chips = []
        for facet, values in result.query.filters().items():
            if facet in AI_ACT_FACETS:
                continue
            order = self.site.facet_values(facet)
            for value in sorted(values, key=lambda v: order.index(v) if v in order else 999):
                chips.append((facet, value, self.sidebar.label(facet, value)))
        return chips

    def header_for(self, result: SearchResult) -> str:
        labels = [label for _facet, _value, label in self.filter_chips(result)]
        if not result.query.text.strip() and not labels:
            return header_text(result, [self.tr("alle onderdelen")])
        return header_text(result, labels)

    @Slot(str)
    def _on_search_failed(self, message: str) -> None:
        self._after_first_paint()
        self.show_status(self.tr("Zoeken mislukt; zie het logbestand."))
        log.error("search failed: %s", message)

    @Slot()
    def _open_first(self) -> None:
        path = self.results.first_path()
        if path:
            self.open_path(path)

    # ------------------------------------------------------------------ index
    @Slot(int, int)
    def _on_index_progress(self, done: int, total: int) -> None:
        self.index_label.show()
        self.index_progress.show()
        self.index_progress.setMaximum(total)
        self.index_progress.setValue(done)
        self.index_progress.setAccessibleDescription(f"{done}/{total}")

    @Slot(object)
    def _on_index_ready(self, report: IndexReport) -> None:
        self.index_label.hide()
        self.index_progress.hide()
        if report.action != "reused":
            self.show_status(self.tr("Zoekindex is klaar."), 4000)
        if self.engine.notice:
            self.show_status(self.engine.notice, 10000)
        if self.sidebar.search.text().strip():
            self.run_search()

    @Slot(str)
    def _on_index_failed(self, message: str) -> None:
        self.index_label.setText(self.tr("Zoekindex niet beschikbaar"))
        self.index_progress.hide()
        QMessageBox.warning(self, self.tr("Zoekindex"), self.tr(
            "De zoekindex kon niet worden opgebouwd. Bladeren met de filters werkt wel.\n\n%1")
            .replace("%1", message))

    # ================================================================== navigation
    @Slot(str, str)
    def open_path(self, path: str, anchor: str = "", *, record: bool = True, defer: bool = False) -> bool:
        if not self.page.show_page(path, anchor, defer=defer):
            self.show_status(self.tr("Pagina niet gevonden: %1").replace("%1", path))
            return False
        if record:
            self.history.visit(Location(path, anchor, self.page.title))
        self.results.select_path(path)
        return True

    @Slot(str)
    # ================================================================== decision aid
    @Slot()
    def open_beslishulp(self) -> None:
        """The AI-verordening decision aid (one window, kept while the app runs)."""
        if self._beslishulp is None:
            from reader.beslishulp import TreeError, load_bundled_tree
            from reader.beslishulp.store import AnswerStore
            from reader.portable import user_data_dir
            from reader.ui.beslishulp_dialog import BeslishulpDialog

            try:
                tree = load_bundled_tree()
            except TreeError as exc:
                QMessageBox.warning(self, self.tr("Beslishulp AI-verordening"),
                                    self.tr("De beslishulp kon niet worden gelezen:\n%1").replace("%1", str(exc)))
                return
            content = self.tr("%1 (%2)").replace("%1", self.info["source"]).replace("%2", self.info["date"])
            dialog = BeslishulpDialog(tree, AnswerStore(user_data_dir()), content, self)
            dialog.profileChosen.connect(self.show_profile)
            dialog.externalRequested.connect(self.confirm_external)
            self._beslishulp = dialog
        if self._beslishulp.isVisible():  # already open, perhaps behind the main window
            self._beslishulp.raise_()
        self._beslishulp.show()
        self._beslishulp.activateWindow()

    @Slot(dict)
    def show_profile(self, profile: dict) -> None:
        """"De vereisten tonen die hierbij horen": the vereisten for this AI-act profile."""
        self.sidebar.search.setText("")
        self.set_profile(profile, extra={FACET_SOORT: {"vereiste"}})
        self.activateWindow()
        self.results.focus_list()

    @property
    def profile(self) -> dict[str, list[str]]:
        """The AI-act profile filter: the sidebar's AI-act groups."""
        f = self.sidebar.filters()
        order = {facet: self.site.facet_values(facet) for facet in AI_ACT_FACETS}
        return {facet: sorted(f[facet], key=lambda v: order[facet].index(v) if v in order[facet] else 99)
                for facet in AI_ACT_FACETS if f.get(facet)}

    def set_profile(self, profile: dict[str, list[str]], *, extra: dict | None = None) -> None:
        """Set the AI-act groups to `profile` (values the content does not use are dropped),
        keeping the other filters (or setting `extra` ones too); the search follows."""
        filters = {facet: set(values) for facet, values in self.sidebar.filters().items()}
        for facet in AI_ACT_FACETS:
            known = set(self.site.facet_values(facet))
            filters[facet] = {v for v in profile.get(facet, ()) if v in known}
        filters.update(extra or {})
        self.sidebar.set_filters(filters)

    def profile_text(self) -> str:
        from reader.render.badges import ai_act_label

        parts = []
        for key in AI_ACT_FACETS:
            for value in self.profile.get(key, ()):
                parts.append(ai_act_label(key, value))
        return " · ".join(parts)

    def open_glossary(self, anchor: str = "", *, record: bool = True) -> None:
        self.page.show_glossary(anchor)
        if record:
            self.history.visit(Location(GLOSSARY, anchor, self.page.title))

    @Slot()
    def go_home(self, *, record: bool = True) -> None:
        self.page.show_start()
        self.results.list.clearSelection()
        if record:
            self.history.visit(Location(START, "", self.tr("Start")))

    def _go_to(self, location: Location | None) -> None:
        if location is None:
            return
        if location.path == START:
            self.go_home(record=False)
        elif location.path == GLOSSARY:
            self.open_glossary(location.anchor, record=False)
        else:
            self.open_path(location.path, location.anchor, record=False)

    @Slot()
    def go_back(self) -> None:
        self._go_to(self.history.back())

    @Slot()
    def go_forward(self) -> None:
        self._go_to(self.history.forward())

    def _update_nav(self) -> None:
        self.actions_.back.setEnabled(self.history.can_go_back())
        self.actions_.forward.setEnabled(self.history.can_go_forward())

    # ================================================================== projects
    def beslishulp_profile(self) -> dict[str, list[str]]:
        """The AI-act profile of the decision aid's last answers (empty when none)."""
        from reader.beslishulp import TreeError, load_bundled_tree, profile_for
        from reader.beslishulp.store import AnswerStore
        from reader.portable import user_data_dir

        try:
            session = AnswerStore(user_data_dir()).load(load_bundled_tree())
            return profile_for(session).front_matter() if session.steps else {}
        except (TreeError, OSError, ValueError) as exc:
            log.warning("the decision aid's answers could not be read: %s", exc)
            return {}

    def _project_tab(self) -> int:
        """Index of the "Project" tab (the working list, or its stand-in until first used)."""
        if self.projects.pane_built:
            return self.middle.indexOf(self.projects.pane)
        return self.middle.indexOf(self.projects.pane_slot)

    @Slot(int)
    def _on_middle_tab(self, index: int) -> None:
        if self.middle.widget(index) is self.projects.pane_slot:
            _ = self.projects.pane  # built now; `_install_project_pane` puts it in the tab

    @Slot(QWidget)
    def _install_project_pane(self, pane: QWidget) -> None:
        slot = self.projects.pane_slot
        index = self.middle.indexOf(slot)
        current, text = self.middle.currentIndex(), self.middle.tabText(index)
        blocked = self.middle.blockSignals(True)
        self.middle.removeTab(index)
        self.middle.insertTab(index, pane, text)
        self.middle.setCurrentIndex(current)
        self.middle.blockSignals(blocked)
        slot.deleteLater()

    @Slot(QWidget)
    def _on_start_page_made(self, start: QWidget) -> None:
        """The start page is made after the first paint (or when first asked for): its
        "Mijn projecten" then."""
        if isinstance(start, StartPage) and not self.projects.desk.closed:
            start.set_projects(self.projects.summaries())

    @Slot(QWidget)
    def _install_item_panel(self, panel: QWidget) -> None:
        panel.setMinimumWidth(240)
        slot = self.projects.panel_slot
        self.page_splitter.replaceWidget(self.page_splitter.indexOf(slot), panel)
        slot.deleteLater()

    def show_project(self, project_id: int | None = None) -> None:
        """The "Project" tab with the working list (of project `project_id` when given)."""
        if project_id is not None:
            self.projects.desk.set_current(project_id)
        self.middle.setCurrentWidget(self.projects.pane)
        self.pane_area.reveal(self.middle)
        self.projects.pane.focus_list()

    def _add_path_to_project(self, path: str) -> None:
        page = self.site.get(path)
        if page is not None:
            self.projects.add_page(page)

    @Slot()
    def undo(self) -> None:
        self.projects.desk.undo()  # the desk says what it undid, in the status bar

    def _on_projects_changed(self) -> None:
        desk, a = self.projects.desk, self.actions_
        label = desk.undo_label
        a.undo.setEnabled(bool(label))
        a.undo.setText(self.tr("&Ongedaan maken: %1").replace("%1", label) if label else self.tr("&Ongedaan maken"))
        has_project = desk.current is not None
        for action in (a.project_edit, a.project_report, a.project_print, a.project_export):
            action.setEnabled(has_project)
        work = desk.worklist() if has_project else None
        title = self.tr("Project")
        if work is not None:
            progress = work.progress
            title = self.tr("Project (%1/%2)").replace("%1", str(progress.done)).replace("%2", str(progress.total))
        self.middle.setTabText(self._project_tab(), title)
        if self.page.current == START and self.page.has_start_page:
            self.page.start_page.set_projects(self.projects.summaries())

    @Slot(str)
    def _on_page_shown(self, path: str) -> None:
        a = self.actions_
        is_page = path not in (START,)
        for action in (a.print, a.export_pdf, a.find):
            action.setEnabled(is_page)
        a.bookmark.setEnabled(path not in (START, GLOSSARY))
        a.copy_link.setEnabled(path not in (START, GLOSSARY))
        a.open_website.setEnabled(path not in (START, GLOSSARY))
        a.official_text.setEnabled(path not in (START, GLOSSARY))
        a.find.setEnabled(True)  # falls back to the search field on the start page
        title = self.page.title
        self.setWindowTitle(f"{title} — {APP_NAME}" if path != START else APP_NAME)
        self._update_bookmark_action()
        self.projects.show_page(self.site.get(path) if path not in (START, GLOSSARY) else None)
        a.add_to_project.setEnabled(path not in (START, GLOSSARY))
        a.page_note.setEnabled(path not in (START, GLOSSARY))
        if path == START and self.page.has_start_page:  # else made after the first paint
            self.page.start_page.set_projects(self.projects.summaries())
        self.pageOpened.emit(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            widget = watched if isinstance(watched, QWidget) else None
            if widget is not None and widget.window() is self:
                if event.button() == Qt.MouseButton.BackButton:
                    self.go_back()
                    return True
                if event.button() == Qt.MouseButton.ForwardButton:
                    self.go_forward()
                    return True
        return super().eventFilter(watched, event)

    def _fill_history_menu(self) -> None:
        menu = self.menus.history
        menu.clear()
        entries = list(enumerate(self.history.entries))
        if not entries:
            menu.addAction(self.tr("(leeg)")).setEnabled(False)
            return
        for i, loc in reversed(entries[-20:]):
            action = QAction(loc.title or loc.path, menu)
            action.setCheckable(True)
            action.setChecked(i == self.history.index)
            action.triggered.connect(lambda _=False, n=i: self._go_to(self.history.go(n)))
            menu.addAction(action)

    # ================================================================== links
    @Slot(str, str)
    def _on_filter_link(self, facet: str, value: str) -> None:
        """A chip on a page (a role, phase or kind): that filter on, over the whole list."""
        self._clear_text_quietly()
        self.sidebar.add_filter(facet, value)
        self.show_status(self.tr("Filter gezet: %1").replace("%1", self.sidebar.label(facet, value)), 4000)

    def _clear_text_quietly(self) -> None:
        """Empty the search field without a search of its own (the filter change that
        follows makes the one search)."""
        self.sidebar.search.blockSignals(True)
        self.sidebar.search.setText("")
        self.sidebar.search.blockSignals(False)

    def remove_filter(self, facet: str, value: str) -> None:
        """A chip's ✕ above the results: that one filter off."""
        filters = {f: set(v) for f, v in self.sidebar.filters().items()}
        filters.get(facet, set()).discard(value)
        self.sidebar.set_filters(filters)

    def clear_all(self) -> None:
        """"Filters wissen" above the results: every filter and the search text."""
        self._clear_text_quietly()
        self.sidebar.clear_filters()

    def _entry_filter(self, facet: str, value: str) -> None:
        """A start page entry point or a chip on a page: this value only for its facet, the
        whole list (an old search text would leave "3 of 63"), then to the results."""
        self._clear_text_quietly()
        self.sidebar.add_filter(facet, value, only=True)
        self.pane_area.reveal(self.middle)
        self.results.focus_list()

    @Slot(str)
    def open_file(self, rel: str) -> None:
        path = (self.site.root / rel).resolve()
        try:
            path.relative_to(self.site.root.resolve())
        except ValueError:
            log.warning("refused file outside the content root: %s", rel)
            return
        if not path.is_file():
            QMessageBox.warning(self, self.tr("Document niet gevonden"),
                                self.tr("Het document %1 staat niet in de inhoudsmap.").replace("%1", rel))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(self, self.tr("Document openen"),
                                self.tr("Er is geen programma gevonden om %1 te openen.").replace("%1", rel))

    @Slot(str)
    def confirm_external(self, url: str) -> ExternalLinkDialog:
        """Ask before an external address leaves the app; nothing opens without a click."""
        from reader.ui.link_dialog import ExternalLinkDialog

        if self._link_dialog is not None:
            self._link_dialog.close()
        dialog = ExternalLinkDialog(url, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _r, d=dialog: self._on_link_choice(d))
        self._link_dialog = dialog
        dialog.open()
        return dialog

    def _on_link_choice(self, dialog: ExternalLinkDialog) -> None:
        from reader.ui.link_dialog import LinkChoice

        choice = dialog.choice()
        if choice is LinkChoice.OPEN:
            if not QDesktopServices.openUrl(QUrl(dialog.url)):
                self.show_status(self.tr("De browser kon niet worden geopend."), 6000)
        elif choice is LinkChoice.COPY:
            QGuiApplication.clipboard().setText(dialog.url)
            self.show_status(self.tr("Link gekopieerd: %1").replace("%1", dialog.url), 6000)
        if self._link_dialog is dialog:
            self._link_dialog = None
        dialog.deleteLater()

    @Slot(str)
    def _show_hover(self, text: str) -> None:
        self.status_label.setText(text)

    def show_status(self, text: str, timeout: int = 0) -> None:
        """Show `text` in the status bar (hidden while there is none) and have it said."""
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        announce(self.status_label, text, assertive=text.startswith("⚠"))
        self._status_timer.stop()
        if timeout:
            self._status_timer.start(timeout)

    @Slot()
    def _clear_status(self) -> None:
        self.status_label.clear()
        self.status_label.hide()

    def _open_website(self) -> None:
        page = self.site.get(self.page.current)
        if page is not None:
            self.confirm_external(page.url)

    # ================================================================== keyboard and help
    def panes(self) -> list[QWidget]:
        """What F6 goes through, in order: search, filters, the middle tab's list, the page,
        the item panel (when shown)."""
        on_project = self.projects.pane_built and self.middle.currentWidget() is self.projects.pane
        middle = self.projects.pane.tree if on_project else self.results.list
        page = self.page.browser if self.page.current != START else self.page.start_page
        out: list[QWidget] = [self.sidebar.search, self.sidebar, middle, page]
        if self.projects.panel_built:
            out.append(self.projects.panel)
        return [p for p in out if p.isVisible()] or [page]  # a hidden pane is skipped

    def cycle_pane(self, step: int) -> QWidget:
        """F6 / Shift+F6: the cursor to the next or previous pane (as browsers do); in the
        narrow layout (one pane at a time) to the next pane's first part."""
        if self.pane_area.narrow:
            self.pane_area.step(step)
            shown = self.panes()
            return self._focus_pane(shown[0 if step > 0 else -1], shown, -1, 1)
        panes = self.panes()
        focus = QApplication.focusWidget()
        current = -1
        for i, pane in enumerate(panes):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                current = i  # the search field is inside the sidebar too: the last match is not it
                if pane is self.sidebar.search:
                    break
        return self._focus_pane(panes[(current + step) % len(panes)], panes, current, step)

    def _focus_pane(self, target: QWidget, panes: list[QWidget], current: int, step: int) -> QWidget:
        if target is self.sidebar:
            if not self.sidebar.focus_filters():
                target = panes[(current + 2 * step) % len(panes)]
        if target is self.sidebar.search:
            self.sidebar.focus_search()
        elif target is self.page.start_page or target is self.projects.panel:
            focus_first_in(target)
        elif target is not self.sidebar:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return target

    def _focus_results(self) -> None:
        """Down or Enter in the search field: to the results (their pane shown when narrow)."""
        self.pane_area.reveal(self.middle)
        self.results.focus_list()

    def focus_search(self) -> None:
        """Ctrl+K: to the search field (the sidebar comes back when it was hidden)."""
        if not self.sidebar.isVisible():
            self.actions_.show_sidebar.setChecked(True)
            self.pane_area.reveal(self.sidebar)
        self.sidebar.focus_search()

    def show_pane(self, key: str, shown: bool) -> None:
        """Beeld → Zijbalk / Middenkolom tonen: hide a pane to give the page room (by
        keyboard too: the menu), remembered. The cursor leaves a pane that goes."""
        pane = self.sidebar if key == "sidebar" else self.middle
        focus = QApplication.focusWidget()
        if not shown and focus is not None and pane.isAncestorOf(focus):
            self.page.browser.setFocus(Qt.FocusReason.OtherFocusReason)
        self.pane_area.set_wanted(pane, shown)
        self.settings.set_value(f"view/{key}", shown)

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
        self.actions_.full_screen.setChecked(self.isFullScreen() or on)

    def help_html(self) -> str:
        """Help: how the app is organised and every keyboard shortcut, from the actions
        themselves (so the list cannot go stale)."""
        import html as htmlmod

        from PySide6.QtGui import QKeySequence

        from reader.render.html import document
        from reader.ui import accessibility_statement

        rows = []
        for menu in self.menuBar().findChildren(type(self.menus.file)):
            title = menu.title().replace("&", "")
            for action in menu.actions():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                if keys and action.text():
                    name = htmlmod.escape(action.text().replace("&", ""))
                    rows.append(f"<tr><td>{htmlmod.escape(title)}</td><td>{name}</td>"
                                f"<td><kbd>{htmlmod.escape(keys)}</kbd></td></tr>")
        extra = [(self.tr("Volgende of vorige treffer in de pagina"), "Enter, Shift+Enter"),
                 (self.tr("Van het zoekveld naar de resultaten"), self.tr("Pijl omlaag")),
                 (self.tr("Resultaat of werklijstitem openen"), "Enter"),
                 (self.tr("Werklijstitem gedaan of te doen"), self.tr("Spatie")),
                 (self.tr("Menu bij een resultaat of item"), self.tr("Menutoets of Shift+F10"))]
        rows += [f"<tr><td></td><td>{htmlmod.escape(t)}</td><td><kbd>{htmlmod.escape(k)}</kbd></td></tr>"
                 for t, k in extra]
        intro = self.tr("Links zoek en filter je, in het midden staan de resultaten of de werklijst van je "
                        "project, rechts de pagina. F6 gaat van het ene deel naar het volgende. Alles werkt "
                        "zonder internet; een link naar buiten opent pas als je daarvoor kiest.")
        views = self.tr("Is het venster te smal voor alle delen naast elkaar (bijvoorbeeld bij 200 % "
                        "schaal), dan zie je één deel tegelijk: kies het met de tabs Zoeken, Resultaten en "
                        "Pagina, of met F6. Inzoomen (Ctrl+plus) maakt alles groter, niet alleen de pagina; "
                        "Beeld → Kleuren heeft ook Hoog contrast.")
        body = (
            f"<h1>{self.tr('Help en sneltoetsen')}</h1>"
            f"<p>{htmlmod.escape(intro)}</p><p>{htmlmod.escape(views)}</p>"
            f"<h2>{self.tr('Sneltoetsen')}</h2><table><tr><th>{self.tr('Menu')}</th><th>{self.tr('Opdracht')}</th>"
            f"<th>{self.tr('Toetsen')}</th></tr>{''.join(rows)}</table>"
            f"<h2>{self.tr('Inhoud')}</h2><p>{htmlmod.escape(self.info['statement'])}</p>"
            + accessibility_statement.statement_html())
        return document(self.tr("Help en sneltoetsen"), body, dark=self.dark,
                        contrast=theme.page_colours(theme.active()))

    def show_help(self) -> QWidget:
        from reader.ui.text_window import TextWindow

        window = TextWindow(self.tr("Help en sneltoetsen"), self.help_html(), parent=self)
        window.linkClicked.connect(self._on_text_window_link)
        return self._show_text_window(window)

    # ================================================================== content packs
    def open_packs(self) -> QWidget:
        """Bestand → "Inhoud openen…": the pack library (open a folder or zip, switch, compare)."""
        from reader.packs import PackLibrary
        from reader.ui.packs_dialog import PacksDialog

        dialog = PacksDialog(PackLibrary(), self.site.root, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.useRequested.connect(self.switch_content)
        dialog.compareRequested.connect(self.show_diff)
        dialog.open()
        return dialog

    def switch_content(self, root: str) -> None:
        """Read another pack: the session is saved and the app opens a window on it in place
        of this one (each pack has its own index); no restart."""
        self.save_session()
        self.contentSwitchRequested.emit(root)

    def _site_of(self, root: str) -> Site:
        if Path(root).resolve() == self.site.root.resolve():
            return self.site
        if root not in self._other_sites:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._other_sites[root] = Site.load(Path(root))
            finally:
                QApplication.restoreOverrideCursor()
        return self._other_sites[root]

    def official_pack(self):
        """The official pack to quote from: the one read now when it is official, else the
        newest official pack in the library (None when there is none)."""
        from reader.packs import PackLibrary

        if self.info["kind"] != "samenvatting":
            return None
        official = [p for p in PackLibrary().packs() if not p.is_summary and Path(p.root).is_dir()]
        return max(official, key=lambda p: (p.date, p.version), default=None)

    def show_official_text(self) -> QWidget | None:
        """"Officiële tekst": the same page (by id) in the official pack, in a window beside
        this one; without an official pack, the official address (asked before it opens)."""
        from reader.packs.metadata import official_url, same_page
        from reader.render import render_page
        from reader.ui.text_window import TextWindow

        page = self.site.get(self.page.current)
        if page is None:
            return None
        if self.info["kind"] != "samenvatting":
            self.show_status(self.tr("Je leest al de officiële tekst."), 5000)
            return None
        pack = self.official_pack()
        if pack is None:
            self.show_status(self.tr("Geen officieel pakket geopend (Bestand → Inhoud openen…); "
                                     "de officiële pagina staat op de website."), 10000)
            return self.confirm_external(official_url(page))
        other = self._site_of(pack.root)
        there = same_page(page, other)
        if there is None:
            self.show_status(self.tr("Deze pagina staat niet in %1; de officiële pagina staat op de website.")
                             .replace("%1", pack.name), 10000)
            return self.confirm_external(official_url(page))
        rendered = render_page(other, there, dark=self.dark, language=self.page.language)
        note = self.tr("Officiële tekst uit %1 (%2). De app zelf toont een samenvatting in eigen woorden.").replace(
            "%1", pack.name).replace("%2", " ".join(x for x in (pack.version, pack.date) if x) or "?")
        window = TextWindow(self.tr("Officiële tekst — %1").replace("%1", there.title), rendered.html, note=note,
                            root=other.root, parent=self)
        window.linkClicked.connect(self._on_text_window_link)
        return self._show_text_window(window)

    def show_diff(self, old_root: str, new_root: str) -> QWidget:
        """"Wat is er veranderd" between two packs, by item id, in a window beside this one."""
        from reader.packs.diff import diff_html, diff_sites
        from reader.packs.metadata import site_info
        from reader.ui.text_window import TextWindow

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            old, new = self._site_of(old_root), self._site_of(new_root)
            diff = diff_sites(old, new, site_info(old).label, site_info(new).label)
            html = diff_html(diff, dark=self.dark)
        finally:
            QApplication.restoreOverrideCursor()
        window = TextWindow(self.tr("Wat is er veranderd"), html, parent=self)
        window.linkClicked.connect(self._on_text_window_link)
        return self._show_text_window(window)

    def _show_text_window(self, window: QWidget) -> QWidget:
        self.text_windows.append(window)
        window.destroyed.connect(lambda _=None, w=window: self.text_windows.remove(w) if w in self.text_windows
                                 else None)
        window.show()
        return window

    def _on_text_window_link(self, link: str) -> None:
        """A link in a text window: a page of this pack opens here; anything else is asked for."""
        from reader.render import urls

        if link.startswith(f"{urls.SCHEME}://"):
            target = urls.parse(link)
            if target.action == "page" and self.site.get(target.path) is not None:
                self.open_path(target.path, target.anchor)
                self.activateWindow()
            else:
                self.show_status(self.tr("Deze pagina staat niet in de inhoud die je nu leest."), 6000)
        elif link.startswith(("http://", "https://", "mailto:")):
            self.confirm_external(link)

    def copy_web_address(self) -> None:
        page = self.site.get(self.page.current)
        if page is not None:
            QGuiApplication.clipboard().setText(page.url)
            self.show_status(self.tr("Webadres gekopieerd: %1").replace("%1", page.url), 5000)

    # ================================================================== find
    @Slot()
    def _find(self) -> None:
        """Ctrl+F: find in the page when one is shown, else go to the search field."""
        if self.page.current == START:
            self.sidebar.focus_search()
        else:
            self.page.open_find()

    # ================================================================== bookmarks
    @Slot()
    def toggle_bookmark(self) -> None:
        path = self.page.current
        if path in (START, GLOSSARY) or self.site.get(path) is None:
            self.actions_.bookmark.setChecked(False)
            return
        added = self.bookmarks.toggle(path, self.page.title)
        self.show_status(self.tr("Bladwijzer toegevoegd") if added else self.tr("Bladwijzer verwijderd"),
                         3000)

    def _update_bookmark_action(self) -> None:
        on = self.bookmarks.contains(self.page.current)
        a = self.actions_.bookmark
        a.setChecked(on)
        a.setIcon(theme.icon("bookmark-filled" if on else "bookmark"))
        a.setText(self.tr("&Bladwijzer verwijderen") if on else self.tr("&Bladwijzer toevoegen"))
        self._fill_bookmarks_menu()

    def _fill_bookmarks_menu(self) -> None:
        menu = self.menus.bookmarks
        menu.clear()
        menu.addAction(self.actions_.bookmark)
        menu.addSeparator()
        items = self.bookmarks.items()
        if not items:
            menu.addAction(self.tr("Nog geen bladwijzers")).setEnabled(False)
        for item in items:
            page = self.site.get(item["path"])
            action = QAction(page.title if page else item["title"], menu)
            action.setEnabled(page is not None)
            action.setToolTip(item["path"])
            action.triggered.connect(lambda _=False, p=item["path"]: self.open_path(p))
            menu.addAction(action)
        menu.addSeparator()
        self.actions_.clear_bookmarks.setEnabled(bool(items))
        menu.addAction(self.actions_.clear_bookmarks)

    def _clear_bookmarks(self) -> None:
        answer = QMessageBox.question(self, self.tr("Bladwijzers verwijderen"),
                                      self.tr("Alle bladwijzers verwijderen?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.bookmarks.clear()

    # ================================================================== view
    def set_zoom(self, steps: int) -> None:
        steps = max(-5, min(12, steps))
        self.settings.zoom = steps
        text_size.apply(steps)  # the whole interface, not only the page (issue 21)
        self.apply_theme(force=True)  # the stylesheet's sizes follow the new font
        self.page.set_zoom(steps)
        self.show_status(self.tr("Zoom: %1%").replace("%1", str(100 + 10 * steps)), 2000)

    def _on_theme_action(self, action: QAction) -> None:
        self.settings.theme = str(action.data())
        self.apply_theme()

    def _on_language_action(self, action: QAction) -> QMessageBox:
        """Save the choice; offer to start again in it now (when the app knows how)."""
        self.settings.language = str(action.data())
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Taal"),
                          self.tr("De nieuwe taal wordt gebruikt als je de app opnieuw start."), parent=self)
        box.setObjectName("languageDialog")
        box.addButton(self.tr("Later") if self.relaunch else self.tr("Sluiten"), QMessageBox.ButtonRole.RejectRole)
        if self.relaunch:
            now = box.addButton(self.tr("Nu opnieuw starten"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(now)
            now.clicked.connect(self.restart)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def restart(self) -> bool:
        """Start the app again with the same arguments (the session is saved first, so the
        new window opens where this one was), then close this one. False when it could not."""
        from PySide6.QtCore import QProcess

        if not self.relaunch:
            return False
        self.save_session()
        if not QProcess.startDetached(self.relaunch[0], self.relaunch[1:]):
            self.show_status(self.tr("Opnieuw starten lukte niet; start de app zelf opnieuw."))
            return False
        self.close()
        return True

    @Slot()
    def _on_scheme_changed(self) -> None:
        if self.settings.theme == "system":
            self.apply_theme()

    def _scheme(self) -> tuple[theme.Colors, bool]:
        """The colour scheme the settings and the platform ask for, and whether it is the
        platform's own high-contrast palette."""
        preference = self.settings.theme
        colors = theme.scheme_for(preference, self._native_palette)
        native_contrast = preference == "system" and colors.contrast and \
            theme.palette_is_high_contrast(self._native_palette)
        if native_contrast:  # the platform's high-contrast colours, where they reach WCAG
            colors = theme.from_palette(self._native_palette, colors)
        return colors, native_contrast

    def _apply_app_style(self, colors: theme.Colors, native_contrast: bool, force: bool = False) -> None:
        """The application's palette and stylesheet for `colors` (unless already set)."""
        if colors == self._app_style and not force:
            return
        self._app_style = colors
        theme.set_active(colors)
        preference = self.settings.theme
        dark = colors.dark
        app = QApplication.instance()
        if isinstance(app, QApplication):
            native_ok = (sys.platform in ("win32", "darwin") and preference == "system"
                         and (self._native_palette.window().color().lightness() < 128) == dark
                         and (not colors.contrast or colors.name == "contrast-system"))
            if native_ok or (native_contrast and colors.name == "contrast-system"):
                app.setPalette(self._native_palette)
            else:
                if "fusion" not in app.style().name().lower():
                    app.setStyle(QStyleFactory.create("Fusion"))
                app.setPalette(theme.make_palette(colors))
            app.setStyleSheet(theme.stylesheet(colors))

    def apply_theme(self, force: bool = False) -> None:
        colors, native_contrast = self._scheme()
        if self._dark is not None and colors == theme.active() and not force:
            return
        dark = colors.dark
        self._dark = dark
        self._apply_app_style(colors, native_contrast, force)
        for label in self.findChildren(QLabel):  # links take the palette's colour when parsed
            if label.textFormat() != Qt.TextFormat.PlainText and "<a " in label.text():
                text = label.text()
                label.clear()  # setText with the same text does nothing
                label.setText(text)
        self.actions_.update_icons()
        self.sidebar.update_icons()
        self.page.find_bar.update_icons()
        self.results.set_dark(dark)
        self.page.set_dark(dark)
        self._update_bookmark_action()

    @property
    def dark(self) -> bool:
        return bool(self._dark)

    # ================================================================== print / export
    @Slot()
    def print_page(self) -> None:
        if self.page.current == START:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = qt_dialogs.keep_on_screen(QPrintDialog(printer, self))
        dialog.setWindowTitle(self.tr("Pagina afdrukken"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.page.print_to(printer)

    @Slot()
    def export_pdf(self) -> None:
        if self.page.current == START:
            return
        folder = self.settings.value("export/folder") or str(Path.home())
        name = file_name_part(self.page.title, "pagina") + ".pdf"
        target, _ = qt_dialogs.save_file_name(
            self, self.tr("Exporteren als PDF"), str(Path(folder) / name), self.tr("PDF (*.pdf)"))
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self.settings.set_value("export/folder", str(path.parent))
        self.export_pdf_to(path)

    def export_pdf_to(self, path: Path) -> bool:
        """The current page as PDF: tagged (PDF/UA-1) where possible, else Qt's untagged PDF
        and a notice in the status bar saying so."""
        from reader.ui.pdf_export import write_pdf

        printable = self.page.print_html()
        if printable is None:
            QMessageBox.warning(self, self.tr("Exporteren als PDF"),
                                self.tr("Deze pagina kan niet worden geëxporteerd."))
            return False
        title, html = printable
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            notice = write_pdf(path, html, title=title, font_family=self.page.browser.font().family())
        except OSError as exc:
            notice = None
            error = str(exc)
        finally:
            QApplication.restoreOverrideCursor()
        if notice is None:
            QMessageBox.warning(self, self.tr("Exporteren als PDF"),
                                self.tr("De PDF kon niet worden opgeslagen: %1").replace("%1", error))
            return False
        saved = self.tr("PDF opgeslagen: %1").replace("%1", str(path))
        if notice:
            self.show_status(f"⚠ {saved}. {notice}", 20000)
        else:
            self.show_status(saved, 6000)
        return True

    @Slot()
    def export_list(self) -> None:
        folder = self.settings.value("export/folder") or str(Path.home())
        stamp = dt.date.today().isoformat()
        xlsx_filter = self.tr("Excel-werkmap (*.xlsx)")
        csv_filter = self.tr("CSV, puntkomma-gescheiden (*.csv)")
        target, chosen = qt_dialogs.save_file_name(
            self, self.tr("Lijst exporteren"), str(Path(folder) / f"algoritmekader-{stamp}.xlsx"),
            f"{xlsx_filter};;{csv_filter}")
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if chosen == csv_filter else ".xlsx")
        self.settings.set_value("export/folder", str(path.parent))
        try:
            n = self.export_list_to(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Lijst exporteren"),
                                self.tr("Opslaan is mislukt: %1").replace("%1", str(exc)))
            return
        self.show_status(self.tr("%1 rijen opgeslagen in %2").replace("%1", str(n)).replace(
            "%2", str(path)), 6000)

    def export_list_to(self, path: Path) -> int:
        """The whole current list (not only the rows shown) to CSV or XLSX; returns the rows."""
        from reader.ui import exporter

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            query = self.current_query(limit=None)
            query = Query.make(query.text, roles=query.roles, phases=query.phases,
                               topics=query.topics, kinds=query.kinds, limit=None)
            result = self.controller.search_now(query)
            stamp = dt.datetime.now().strftime("%d-%m-%Y %H:%M")
            description = exporter.describe(self.site, query.text, query.filters(), result.total, stamp)
            table = exporter.build_table(self.site, [h.path for h in result.hits], description)
            exporter.write(table, path)
            return len(table.rows)
        finally:
            QApplication.restoreOverrideCursor()

    # ================================================================== dialogs
    @Slot()
    def show_problems(self) -> ProblemsDialog:
        from reader.ui.problems_dialog import ProblemsDialog

        dialog = ProblemsDialog(self.site.problems, set(self.site.pages), self)
        dialog.openRequested.connect(self.open_path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @Slot()
    def show_about(self) -> AboutDialog:
        from reader.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def focus_first_in(container: QWidget) -> bool:
    """Put the cursor on the first control inside `container` that takes Tab focus."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if (container.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False


__all__ = ["MainWindow"]
