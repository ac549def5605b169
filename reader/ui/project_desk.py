"""The window's side of "Mijn project": the project store, the current project and its
working list, and every change the panes make, in one place.

The panes (`ProjectPane`, `ItemPanel`, the start page) never write to the store
themselves: they call the desk, which saves at once (one transaction per change), keeps
the undo label, and emits `changed` so every view shows the same state. A store that can
only be read (damaged or newer file) is reported once through `problem` and the views
show it; nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader.content import Page, Site
from reader.projects import Project, ProjectStore, ReadOnlyError, item_key
from reader.projects.database import content_hash
from reader.projects.worklist import Entry, Worklist, worklist
from reader.ui.settings import Settings

FAILED = object()  # what `_do` returns when the change was refused


class ProjectDesk(QObject):
    changed = Signal()  # the project list, the current project or one of its items changed
    problem = Signal(str)  # a change could not be made (read-only store, a missing reason)
    saved = Signal(str)  # a short confirmation for the status bar

    def __init__(self, site: Site, settings: Settings, store: ProjectStore | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.site = site
        self.settings = settings
        self._store = store
        self._work: Worklist | None = None
        self._page_notes: dict[str, str] = {}  # item key -> the note on that page, as read
        self._by_key: dict[str, Page] | None = None
        self.closed = False  # set by `close` (the window is going)
        # first of the slots: whatever changed, what was read before is read again
        self.changed.connect(self._forget)

    # ------------------------------------------------------------ the store
    @property
    def store(self) -> ProjectStore:
        """Opened on first use (a few milliseconds), not at start-up."""
        if self._store is None:
            self._store = ProjectStore()
            if self._store.notice:  # damaged, newer or not writable: said once, in the status bar
                self.problem.emit(self._store.notice)
        return self._store

    def has_store(self) -> bool:
        """Whether there is a store to read (open, or its file made earlier): the start page
        asks, so that a first start neither waits for nor makes an empty database."""
        if self._store is not None:
            return True
        from reader.portable import user_data_dir
        from reader.projects.database import DB_FILE

        return (user_data_dir() / DB_FILE).is_file()

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def notice(self) -> str:
        return self.store.notice

    def close(self) -> None:
        self.closed = True
        if self._store is not None:
            self._store.close()

    # ------------------------------------------------------------ what there is
    def projects(self, *, archived: bool | None = False) -> list[Project]:
        return self.store.projects(archived=archived)

    @property
    def current(self) -> Project | None:
        wanted = self.settings.value("project/current")
        if not wanted:
            return None
        try:
            return self.store.project(int(wanted))
        except (KeyError, ValueError):
            return None

    def set_current(self, project_id: int | None) -> None:
        if project_id == (self.current.id if self.current else None):
            return
        self.settings.set_value("project/current", project_id or 0)
        self.changed.emit()

    def _forget(self) -> None:
        """Drop what was read from the store: something in it changed."""
        self._work = None
        self._page_notes.clear()

    def worklist(self) -> Worklist | None:
        """The current project's working list (computed once per change)."""
        project = self.current
        if project is None:
            return None
        if self._work is None or self._work.project != project:
            self._work = worklist(self.site, project, self.store)
        return self._work

    def worklist_of(self, project: Project) -> Worklist:
        return worklist(self.site, project, self.store)

    def key_of(self, page: Page) -> str:
        return item_key(page)

    def page_of(self, key: str) -> Page | None:
        if self._by_key is None:
            self._by_key = {item_key(p): p for p in self.site.pages.values()}
        return self._by_key.get(key)

    def entry_for(self, page: Page) -> Entry | None:
        """The page's entry in the current working list (None: not on it)."""
        work = self.worklist()
        if work is None:
            return None
        key = item_key(page)
        return next((e for e in work.entries if e.key == key), None)

    def page_note(self, page: Page) -> str:
        """The personal note on `page` (read from the store once per change: opening a
        page asks for it from the item panel and for the panel's visibility)."""
        key = item_key(page)
        if key not in self._page_notes:
            self._page_notes[key] = self.store.page_note(key)
        return self._page_notes[key]

    def notes_of_current(self) -> dict[str, tuple[str, str]]:
        """The personal notes on the pages of the current project (its items and hulpmiddelen)."""
        work = self.worklist()
        if work is None:
            return {}
        keys = set(work.keys)
        for ref in work.project.hulpmiddelen:
            tool = self.site.get(ref) or self.page_of(ref)
            if tool is not None:
                keys.add(item_key(tool))
        return self.store.page_notes(keys)

    # ------------------------------------------------------------ changes
    def _do(self, confirmation: str, change: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            result = change(*args, **kwargs)
        except (ReadOnlyError, ValueError, KeyError) as exc:
            self.problem.emit(str(exc).strip("'\""))
            return FAILED
        self.changed.emit()
        if confirmation:
            self.saved.emit(confirmation)
        return result

    def create(self, name: str, **fields: Any) -> Project | None:
        project = self._do(self.tr("Project aangemaakt"), self.store.create_project, name, **fields)
        if project is FAILED:
            return None
        self.set_current(project.id)
        return project

    def update(self, project_id: int, **fields: Any) -> Project | None:
        project = self._do(self.tr("Project opgeslagen"), self.store.update_project, project_id, **fields)
        return None if project is FAILED else project

    def duplicate(self, project_id: int) -> Project | None:
        project = self._do(self.tr("Project gekopieerd"), self.store.duplicate_project, project_id)
        if project is FAILED:
            return None
        self.set_current(project.id)
        return project

    def archive(self, project_id: int, archived: bool = True) -> Project | None:
        done = self.tr("Project gearchiveerd") if archived else self.tr("Project teruggezet")
        project = self._do(done, self.store.archive_project, project_id, archived)
        return None if project is FAILED else project

    def delete(self, project_id: int) -> bool:
        ok = self._do(self.tr("Project verwijderd (Ctrl+Z zet het terug)"), self.store.delete_project,
                      project_id) is not FAILED
        self._current_or_first()
        return ok

    def _current_or_first(self) -> None:
        """After a project went away: make the first remaining one current."""
        if self.current is None:
            rest = self.projects()
            self.settings.set_value("project/current", rest[0].id if rest else 0)
            self.changed.emit()

    def _item(self, key: str, what: str, confirmation: str, **fields: Any) -> bool:
        """Change an item of the current project; `what` names the change for Undo."""
        project = self.current
        if project is None:
            self.problem.emit(self.tr("Kies of maak eerst een project."))
            return False
        page = self.page_of(key)
        seen = content_hash(page, self.site.root) if page is not None else None
        label = f"{what}: {page.title if page else key}"
        return self._do(confirmation, self.store.update_item, project.id, key, seen_hash=seen, label=label,
                        **fields) is not FAILED

    def set_status(self, key: str, status: str, reason: str = "") -> bool:
        return self._item(key, self.tr("status"), self.tr("Status opgeslagen"), status=status, reason=reason)

    def set_note(self, key: str, note: str) -> bool:
        return self._item(key, self.tr("notitie"), "", note=note)

    def set_responsible(self, key: str, who: str) -> bool:
        return self._item(key, self.tr("verantwoordelijke"), self.tr("Verantwoordelijke opgeslagen"),
                          responsible=who)

    def set_evidence(self, key: str, evidence: Iterable[str]) -> bool:
        return self._item(key, self.tr("bewijs"), self.tr("Bewijs opgeslagen"), evidence=list(evidence))

    def mark_seen(self, key: str) -> bool:
        """The user has read the changed page: clear its "gewijzigd" flag."""
        return self._item(key, self.tr("gelezen"), self.tr("Gemarkeerd als gelezen"))

    def add(self, page: Page) -> bool:
        return self._item(item_key(page), self.tr("toevoegen"), self.tr("Toegevoegd aan het project"),
                          membership="added")

    def remove(self, key: str) -> bool:
        return self._item(key, self.tr("uit de werklijst"), self.tr("Uit de werklijst gehaald (Ctrl+Z zet het terug)"),
                          membership="removed")

    def set_page_note(self, page: Page, text: str) -> bool:
        return self._do("", self.store.set_page_note, item_key(page), text) is not FAILED

    # ------------------------------------------------------------ undo
    @property
    def undo_label(self) -> str | None:
        return None if self._store is None or self.store.read_only else self.store.undo_label

    def undo(self) -> str | None:
        label = self._do("", self.store.undo)
        if label is FAILED:
            return None
        if label:
            self._current_or_first()  # the undo may have removed the project just made
            self.saved.emit(self.tr("Ongedaan gemaakt: %1").replace("%1", label))
        return label
