"""The window's "Mijn project" commands: set-up, delete, share, report, print, and the item
panel beside the page. The main window makes one and wires its actions here; the store and
the working list live in the `ProjectDesk`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.content import Page, Site
from reader.projects import ProjectStore
from reader.ui import qt_dialogs
from reader.ui.project_desk import ProjectDesk
from reader.ui.settings import Settings
from reader.ui.texts import file_name_part

if TYPE_CHECKING:  # the pane and the panel are built (and imported) on first use
    from reader.projects.exchange import Preview
    from reader.ui.item_panel import ItemPanel
    from reader.ui.project_pane import ProjectPane

Profile = dict[str, list[str]]
REPORT_TYPES = (".pdf", ".xlsx", ".ods", ".html")


class ProjectController(QObject):
    openPageRequested = Signal(str)  # a page path
    externalRequested = Signal(str)
    statusMessage = Signal(str, int)  # text, milliseconds
    #: the working list (ProjectPane) or the item panel (ItemPanel), just built: the window
    #: puts it where its stand-in (`pane_slot`, `panel_slot`) was
    paneBuilt = Signal(QWidget)
    panelBuilt = Signal(QWidget)

    def __init__(self, site: Site, settings: Settings, window: QWidget, *,
                 store: ProjectStore | None = None, filters: Callable[[], dict] | None = None,
                 beslishulp_profile: Callable[[], Profile] | None = None) -> None:
        super().__init__(window)
        self.site = site
        self.settings = settings
        self.window = window
        self._filters = filters or dict
        self._beslishulp_profile = beslishulp_profile
        self.desk = ProjectDesk(site, settings, store, self)
        self.page: Page | None = None
        # The working list and the item panel are built on first use (the Project tab, a
        # page with the panel wanted): the first window paints without them. Until then an
        # empty stand-in holds each one's place.
        self._pane: ProjectPane | None = None
        self._panel: ItemPanel | None = None
        self.pane_slot = QWidget(window)
        self.panel_slot = QWidget(window)
        self.panel_slot.hide()
        desk = self.desk
        desk.saved.connect(lambda text: self.statusMessage.emit(text, 4000))
        desk.problem.connect(lambda text: self.statusMessage.emit("⚠ " + text, 10000))
        desk.changed.connect(self._update_panel_visibility)

    @property
    def pane_built(self) -> bool:
        return self._pane is not None

    @property
    def panel_built(self) -> bool:
        return self._panel is not None

    @property
    def pane(self) -> ProjectPane:
        """The working list (the "Project" tab), built on first use."""
        if self._pane is None:
            from reader.ui.project_pane import ProjectPane

            pane = self._pane = ProjectPane(self.desk, self.window)
            pane.openRequested.connect(self.open_item)
            pane.newRequested.connect(self.new_project)
            pane.editRequested.connect(self.edit_project)
            pane.deleteRequested.connect(self.delete_project)
            pane.importRequested.connect(self.import_project)
            pane.exportRequested.connect(self.export_project)
            pane.reportRequested.connect(self.save_report)
            pane.printRequested.connect(self.print_worklist)
            if self.page is not None and self.desk.entry_for(self.page) is not None:
                pane.select(self.desk.key_of(self.page))
            self.paneBuilt.emit(pane)
        return self._pane

    @property
    def panel(self) -> ItemPanel:
        """The item panel beside the page, built on first use."""
        if self._panel is None:
            from reader.ui.item_panel import ItemPanel

            panel = self._panel = ItemPanel(self.desk, self.window)
            panel.hide()
            panel.show_page(self.page)
            panel.addRequested.connect(self.add_current)
            panel.newProjectRequested.connect(self.new_project)
            panel.externalRequested.connect(self.externalRequested)
            panel.closeRequested.connect(lambda: self.set_panel_wanted(False))
            self.panelBuilt.emit(panel)
        return self._panel

    # ------------------------------------------------------------ the panel
    def show_page(self, page: Page | None) -> None:
        """The window shows `page` (None: the start page or the glossary)."""
        self.page = page
        if self._panel is not None:
            self._panel.show_page(page)
        self._update_panel_visibility()
        if self._pane is not None and page is not None and self.desk.entry_for(page) is not None:
            self._pane.select(self.desk.key_of(page))  # the list follows the page shown

    @property
    def panel_wanted(self) -> bool:
        return bool(self.settings.value("project/panel"))

    def set_panel_wanted(self, wanted: bool) -> None:
        self.settings.set_value("project/panel", wanted)
        self._update_panel_visibility()

    def _update_panel_visibility(self) -> None:
        page = self.page
        show = page is not None and self.panel_wanted and (
            self.desk.current is not None or bool(self.desk.page_note(page)))
        if show or self._panel is not None:
            self.panel.setVisible(show)

    def show_panel(self, focus: QWidget | None = None) -> None:
        """Show the panel for the page shown (and put the cursor in `focus`)."""
        if self.page is None:
            self.statusMessage.emit(self.tr("Open eerst een pagina."), 4000)
            return
        self.settings.set_value("project/panel", True)
        self.panel.show()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def edit_page_note(self) -> None:
        self.show_panel(self.panel.page_note)

    def add_current(self) -> None:
        if self.page is not None:
            self.add_page(self.page)

    def add_page(self, page: Page) -> bool:
        """"Toevoegen aan project": the page onto the current project's list (asks for a
        project first when there is none)."""
        if self.desk.current is None and not self.new_project():
            return False
        entry = self.desk.entry_for(page)
        if entry is not None:
            self.statusMessage.emit(self.tr("%1 staat al in de werklijst.").replace("%1", page.title), 4000)
            return True
        ok = self.desk.add(page)
        if ok and page is self.page:
            self.show_panel()
        return ok

    def open_item(self, key: str) -> None:
        page = self.desk.page_of(key)
        if page is None:
            self.statusMessage.emit(self.tr("Dit item staat niet (meer) in de inhoud: %1").replace("%1", key), 8000)
            return
        self.openPageRequested.emit(page.path)

    # ------------------------------------------------------------ set-up
    def _dialog(self, project=None):
        from reader.ui.project_dialog import ProjectDialog

        profile = self._beslishulp_profile() if self._beslishulp_profile else {}
        return ProjectDialog(self.site, project=project, filters=self._filters(),
                             beslishulp_profile=(lambda: profile) if profile else None, parent=self.window)

    def new_project(self) -> bool:
        dialog = self._dialog()
        if dialog.exec() != dialog.DialogCode.Accepted:
            return False
        return self.desk.create(**dialog.fields()) is not None

    def edit_project(self) -> bool:
        project = self.desk.current
        if project is None:
            return False
        dialog = self._dialog(project)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return False
        return self.desk.update(project.id, **dialog.fields()) is not None

    def delete_project(self) -> bool:
        project = self.desk.current
        if project is None:
            return False
        answer = QMessageBox.question(
            self.window, self.tr("Project verwijderen"),
            self.tr("Project ‘%1’ met al zijn statussen en notities verwijderen? Met Bewerken → Ongedaan "
                    "maken zet je het terug.").replace("%1", project.name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.desk.delete(project.id)

    # ------------------------------------------------------------ share
    def _folder(self) -> Path:
        return Path(self.settings.value("export/folder") or str(Path.home()))

    def export_project(self) -> None:
        project = self.desk.current
        if project is None:
            return
        suggested = self._folder() / f"{file_name_part(project.name, 'project')}.json"
        target, _ = qt_dialogs.save_file_name(self.window, self.tr("Project exporteren"), str(suggested),
                                                self.tr("Projectbestand (*.json)"))
        if target:
            path = Path(target).with_suffix(".json")
            self.settings.set_value("export/folder", str(path.parent))
            self.export_to(path)

    def export_to(self, path: Path) -> bool:
        from reader.projects import exchange

        project = self.desk.current
        if project is None:
            return False
        try:
            exchange.write_json(path, exchange.export_project(self.desk.store, project.id))
        except OSError as exc:
            self.statusMessage.emit(self.tr("Opslaan is mislukt: %1").replace("%1", str(exc)), 10000)
            return False
        self.statusMessage.emit(self.tr("Project opgeslagen in %1").replace("%1", str(path)), 6000)
        return True

    def import_project(self) -> None:
        source, _ = qt_dialogs.open_file_name(self.window, self.tr("Project importeren"), str(self._folder()),
                                                self.tr("Projectbestand (*.json)"))
        if not source:
            return
        preview = self.preview(Path(source))
        if preview is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Project importeren"), preview.summary(),
                          QMessageBox.StandardButton.Cancel, self.window)
        merge = box.addButton(self.tr("Samenvoegen"), QMessageBox.ButtonRole.AcceptRole) \
            if preview.existing is not None else None
        copy = box.addButton(self.tr("Als nieuw project") if preview.existing is not None else self.tr("Importeren"),
                             QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is merge:
            self.import_from(Path(source), "merge")
        elif box.clickedButton() is copy:
            self.import_from(Path(source), "copy")

    def preview(self, path: Path) -> Preview | None:
        from reader.projects import exchange

        try:
            return exchange.preview(exchange.read_json(path), self.desk.store)
        except (OSError, exchange.ExchangeError) as exc:
            QMessageBox.warning(self.window, self.tr("Project importeren"),
                                self.tr("Dit bestand kan niet worden ingelezen: %1").replace("%1", str(exc)))
            return None

    def import_from(self, path: Path, mode: str) -> bool:
        from reader.projects import ReadOnlyError, exchange

        try:
            project = exchange.apply(exchange.read_json(path), self.desk.store, mode)
        except (OSError, exchange.ExchangeError, ReadOnlyError, ValueError) as exc:
            QMessageBox.warning(self.window, self.tr("Project importeren"),
                                self.tr("Importeren is mislukt: %1").replace("%1", str(exc)))
            return False
        self.desk.set_current(project.id)
        self.desk.changed.emit()
        self.statusMessage.emit(self.tr("Geïmporteerd: %1").replace("%1", project.name), 6000)
        return True

    # ------------------------------------------------------------ report
    def content_version(self) -> str:
        from reader.projects.reports import content_version

        return content_version(self.site)

    def report_html(self) -> str:
        from reader.projects.reports import report_html

        work = self.desk.worklist()
        assert work is not None
        return report_html(self.site, work.project, work, self.content_version(), dt.date.today().isoformat())

    def save_report(self) -> None:
        project = self.desk.current
        if project is None:
            return
        pdf, xlsx, ods = self.tr("PDF (*.pdf)"), self.tr("Excel-werkmap (*.xlsx)"), self.tr(
            "OpenDocument-rekenblad (*.ods)")
        stamp = dt.date.today().isoformat()
        target, chosen = qt_dialogs.save_file_name(
            self.window, self.tr("Projectrapport opslaan"),
            str(self._folder() / f"projectrapport-{file_name_part(project.name, 'project')}-{stamp}.pdf"),
            f"{pdf};;{xlsx};;{ods}")
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() not in REPORT_TYPES:
            path = path.with_suffix({xlsx: ".xlsx", ods: ".ods"}.get(chosen, ".pdf"))
        self.settings.set_value("export/folder", str(path.parent))
        self.report_to(path)

    def report_to(self, path: Path) -> bool:
        """The "Projectrapport" of the current project as PDF, XLSX, ODS or HTML."""
        from reader.projects.reports import write_ods, write_xlsx

        work = self.desk.worklist()
        if work is None:
            return False
        suffix = path.suffix.lower()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        notice = ""
        try:
            date = dt.date.today().isoformat()
            if suffix == ".xlsx":
                write_xlsx(path, self.site, work.project, work, self.content_version(), date)
            elif suffix == ".ods":
                write_ods(path, self.site, work.project, work, self.content_version(), date)
            elif suffix == ".pdf":
                from reader.ui.pdf_export import write_pdf

                title = self.tr("Projectrapport %1").replace("%1", work.project.name)
                notice = write_pdf(path, self.report_html(), title=title)
            else:
                path.write_text(self.report_html(), encoding="utf-8")
        except OSError as exc:
            self.statusMessage.emit(self.tr("Opslaan is mislukt: %1").replace("%1", str(exc)), 10000)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        saved = self.tr("Projectrapport opgeslagen: %1").replace("%1", str(path))
        if notice:
            self.statusMessage.emit(f"⚠ {saved}. {notice}", 20000)
        else:
            self.statusMessage.emit(saved, 6000)
        return True

    def print_worklist(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.desk.current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = qt_dialogs.keep_on_screen(QPrintDialog(printer, self.window))
        dialog.setWindowTitle(self.tr("Werklijst afdrukken"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            doc = QTextDocument()
            doc.setHtml(self.report_html())
            doc.print_(printer)

    # ------------------------------------------------------------ the start page
    def summaries(self) -> list[tuple[int, str, int, int]]:
        """(id, name, done, total) of each active project, for the start page."""
        out: list[tuple[int, str, int, int]] = []
        if not self.desk.has_store():
            return out
        for project in self.desk.projects(archived=False):
            progress = self.desk.worklist_of(project).progress
            out.append((project.id, project.name, progress.done, progress.total))
        return out

    def close(self) -> None:
        """Save what is still being typed, then close the store; the panel lets go of its
        page, so that fields losing focus as the window goes change nothing."""
        if self._panel is not None:
            self._panel.show_page(None)
        self.desk.close()
