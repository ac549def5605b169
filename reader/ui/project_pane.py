"""The "Project" tab: the projects, and the current one's working list by phase.

The list is a tree (a phase, then its items) with columns that sort, filtered by status and
by words in the title. Enter or a double click opens the item's page beside its detail
panel; Space ticks an item off (and back); Delete leaves it out of the list. Everything
saves at once through the `ProjectDesk`.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.content.model import FACET_ROL
from reader.projects import STATUSES
from reader.projects.reports import FLAG_LABELS, STATUS_LABELS, phase_label
from reader.projects.worklist import DONE, Entry, Group, Worklist
from reader.render.badges import ai_act_label
from reader.ui.project_desk import ProjectDesk
from reader.ui.responsive import wrapped_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # an item's key ("" on a phase row)
PATH_ROLE = Qt.ItemDataRole.UserRole + 2  # its page's path ("" when gone)
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4
PHASE_ROLE = Qt.ItemDataRole.UserRole + 5  # a phase row's phase
COLUMNS = ("Item", "Status", "Verantwoordelijke", "Gewijzigd")
# the status filter: label -> the statuses it shows
STATUS_FILTERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("Alle statussen", frozenset(STATUSES)),
    ("Open (te doen en bezig)", frozenset(s for s in STATUSES if s not in DONE)),
    *((STATUS_LABELS[s], frozenset({s})) for s in STATUSES),
)
STATUS_MARKS = {"te-doen": "○", "bezig": "◐", "gedaan": "●", "niet-van-toepassing": "–"}


def progress_text(done: int, total: int) -> str:
    return f"{done} van {total} afgerond" if total else "Nog geen items"


class _Filter(QSortFilterProxyModel):
    """Items whose status is wanted and whose title holds the words; phases with a match."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.statuses: frozenset[str] = frozenset(STATUSES)
        self.words: list[str] = []
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if not index.data(KEY_ROLE):
            return False  # a phase row shows when one of its items does (recursive filtering)
        if index.data(STATUS_ROLE) not in self.statuses:
            return False
        title = str(index.data(Qt.ItemDataRole.DisplayRole)).casefold()
        return all(w in title for w in self.words)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        if not left.parent().isValid():  # phases stay in lifecycle order
            return left.row() < right.row() if self.sortOrder() == Qt.SortOrder.AscendingOrder \
                else left.row() > right.row()
        return super().lessThan(left, right)


def _set_or_clear(cell: QStandardItem, role: Qt.ItemDataRole, text: str) -> None:
    """`text` in `role`, or no value at all when it is empty (and no signal when it stays)."""
    value = text or None
    if cell.data(role) != value:
        cell.setData(value, role)


NARROW = 520  # below this width the list shows only item and status


class WorkTree(QTreeView):
    openRequested = Signal(str)  # item key
    toggleRequested = Signal(str)
    removeRequested = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = self.currentIndex().siblingAtColumn(0).data(KEY_ROLE)
        if key and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openRequested.emit(key)
            return
        if key and event.key() == Qt.Key.Key_Space:
            self.toggleRequested.emit(key)
            return
        if key and event.key() == Qt.Key.Key_Delete:
            self.removeRequested.emit(key)
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow: only the item and its status; wide enough: who and when too."""
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW
        for column in (2, 3):
            self.setColumnHidden(column, narrow)


class ProjectPane(QWidget):
    """The project chooser, the profile and progress, and the working list."""

    openRequested = Signal(str)  # item key
    newRequested = Signal()
    editRequested = Signal()
    importRequested = Signal()
    exportRequested = Signal()
    reportRequested = Signal()
    printRequested = Signal()
    deleteRequested = Signal()

    def __init__(self, desk: ProjectDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectPane")
        self.desk = desk
        self._filling = False
        self._selected_key = ""
        self._shown: int | None = None  # the id of the project whose list the model holds

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        head = QFrame(self)
        head.setObjectName("resultsHeader")
        hl = QVBoxLayout(head)
        hl.setContentsMargins(14, 10, 14, 10)
        hl.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.chooser = QComboBox(head)
        self.chooser.setObjectName("projectChooser")
        self.chooser.setAccessibleName(self.tr("Project"))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(10)
        self.chooser.activated.connect(self._on_chosen)
        row.addWidget(self.chooser, 1)
        self.new_button = QToolButton(head)
        self.new_button.setObjectName("projectNew")
        self.new_button.setText(self.tr("Nieuw…"))
        self.new_button.setToolTip(self.tr("Een nieuw project maken"))
        self.new_button.setAccessibleName(self.tr("Nieuw project"))
        self.new_button.clicked.connect(self.newRequested)
        row.addWidget(self.new_button)
        self.menu_button = QToolButton(head)
        self.menu_button.setObjectName("projectMenu")
        self.menu_button.setText(self.tr("Project"))
        self.menu_button.setAccessibleName(self.tr("Projectmenu"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.menu_button)
        self.menu_button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill_menu)
        row.addWidget(self.menu_button)
        hl.addLayout(row)

        self.summary = wrapped_label(head, "resultsMessage")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hl.addWidget(self.summary)
        self.progress = QProgressBar(head)
        self.progress.setObjectName("projectProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        hl.addWidget(self.progress)
        self.progress_label = QLabel(head)
        self.progress_label.setObjectName("resultsMessage")
        hl.addWidget(self.progress_label)
        self.notice = wrapped_label(head, "projectNotice")
        self.notice.hide()
        hl.addWidget(self.notice)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.status_filter = QComboBox(head)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Filter op status"))
        for label, _statuses in STATUS_FILTERS:
            self.status_filter.addItem(self.tr(label))
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        filters.addWidget(self.status_filter)
        self.text_filter = QLineEdit(head)
        self.text_filter.setObjectName("itemFilter")
        self.text_filter.setPlaceholderText(self.tr("Filter op titel"))
        self.text_filter.setAccessibleName(self.tr("Filter op titel"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self._apply_filter)
        filters.addWidget(self.text_filter, 1)
        hl.addLayout(filters)
        layout.addWidget(head)

        self.empty = QFrame(self)
        self.empty.setObjectName("projectEmpty")
        el = QVBoxLayout(self.empty)
        el.setContentsMargins(14, 14, 14, 14)
        text = QLabel(self.tr(
            "Een project is je werklijst: de maatregelen en vereisten die bij jouw rollen, fasen en "
            "AI-profiel horen, met per item een status, een notitie, wie het doet en bewijs. Alles "
            "blijft op deze computer. Het is een hulpmiddel om te werken, geen afvinklijst of "
            "bewijs van naleving."), self.empty)
        text.setWordWrap(True)
        el.addWidget(text)
        self.empty_button = QPushButton(self.tr("Nieuw project maken…"), self.empty)
        self.empty_button.setObjectName("projectEmptyNew")
        self.empty_button.clicked.connect(self.newRequested)
        el.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.import_button = QPushButton(self.tr("Projectbestand importeren…"), self.empty)
        self.import_button.clicked.connect(self.importRequested)
        el.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        el.addStretch(1)
        layout.addWidget(self.empty, 1)

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = WorkTree(self)
        self.tree.setObjectName("workList")
        self.tree.setAccessibleName(self.tr("Werklijst"))
        self.tree.setModel(self.proxy)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # list order until a header is clicked
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.activated.connect(self._on_activated)
        self.tree.openRequested.connect(self.openRequested)
        self.tree.toggleRequested.connect(self.toggle)
        self.tree.removeRequested.connect(self.desk.remove)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.tree, 1)
        # the personal notes on this project's pages, listed (Enter or a double click opens)
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("panelLabel")
        self.notes_label.setContentsMargins(8, 6, 8, 2)
        layout.addWidget(self.notes_label)
        self.notes = QListWidget(self)
        self.notes.setObjectName("projectNotes")
        self.notes.setAccessibleName(self.tr("Mijn notities bij dit project"))
        self.notes.setMaximumHeight(110)
        self.notes.setWordWrap(True)
        self.notes.itemActivated.connect(
            lambda item: self.openRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.notes)

        desk.changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ showing
    def refresh(self) -> None:
        desk = self.desk
        opened = desk.has_store()  # a first start makes no database until a project is made
        projects = desk.projects(archived=None) if opened else []
        current = desk.current if opened else None
        self._filling = True
        choices = [(project.name + (self.tr(" (gearchiveerd)") if project.archived else ""), project.id)
                   for project in projects]
        if choices != [(self.chooser.itemText(i), self.chooser.itemData(i)) for i in range(self.chooser.count())]:
            self.chooser.clear()
            for label, project_id in choices:
                self.chooser.addItem(label, project_id)
        if current is not None:
            self.chooser.setCurrentIndex(self.chooser.findData(current.id))
        self._filling = False
        has = current is not None
        for widget in (self.summary, self.progress, self.progress_label, self.status_filter,
                       self.text_filter, self.tree, self.chooser):
            widget.setVisible(has)
        self.menu_button.setVisible(True)
        self.empty.setVisible(not has)
        self.notice.setVisible(opened and bool(desk.read_only))
        self.notice.setText(desk.notice if opened else "")
        if not has:
            self.model.removeRows(0, self.model.rowCount())
            self._shown = None
            self.notes_label.hide()
            self.notes.hide()
            return
        assert current is not None
        work = desk.worklist()
        assert work is not None
        self.summary.setText(self.profile_text(current))
        total = work.progress
        self.progress.setMaximum(max(1, total.total))
        self.progress.setValue(total.done)
        self.progress.setAccessibleName(self.tr("Voortgang: %1").replace("%1", progress_text(total.done, total.total)))
        self.progress_label.setText(progress_text(total.done, total.total))
        self._fill(work)
        self._fill_notes()

    def _fill_notes(self) -> None:
        notes = self.desk.notes_of_current()
        self.notes.clear()
        for key, (text, _changed) in sorted(notes.items(), key=lambda kv: self._title(kv[0]).casefold()):
            first = text.strip().splitlines()[0] if text.strip() else ""
            item = QListWidgetItem(f"{self._title(key)} — {first}", self.notes)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(text)
        self.notes_label.setText(self.tr("Mijn notities bij pagina's van dit project (%1)").replace(
            "%1", str(len(notes))))
        self.notes_label.setVisible(bool(notes))
        self.notes.setVisible(bool(notes))

    def _title(self, key: str) -> str:
        page = self.desk.page_of(key)
        return page.title if page is not None else key

    def profile_text(self, project) -> str:
        site = self.desk.site
        parts = [", ".join(site.label(FACET_ROL, r) for r in project.roles) or self.tr("geen rol")]
        if project.phases_current:
            parts.append(self.tr("nu: ") + ", ".join(phase_label(site, p) for p in project.phases_current))
        if project.phases_planned:
            parts.append(self.tr("later: ") + ", ".join(phase_label(site, p) for p in project.phases_planned))
        ai = [ai_act_label(k, v) for k, values in project.profile.items() for v in values]
        if ai:
            parts.append(" · ".join(ai))
        if project.hulpmiddelen:
            names = []
            for ref in project.hulpmiddelen:
                tool = site.get(ref) or self.desk.page_of(ref)
                names.append(tool.title if tool else ref)
            parts.append(self.tr("hulpmiddelen: ") + ", ".join(names))
        return " — ".join(parts)

    def _fill(self, work: Worklist) -> None:
        """Show `work`. The list of a project just chosen is built anew; a change in the
        project shown updates, inserts or removes only the rows it touches, so that the
        selection and the scroll position stay where they are."""
        if work.project.id != self._shown or not self._update(work):
            self._shown = work.project.id
            self._rebuild(work)

    def _rebuild(self, work: Worklist) -> None:
        selected = self.selected_key() or self._selected_key
        self.model.removeRows(0, self.model.rowCount())
        for group in work.groups:
            cells = self._phase_cells(group)
            for position, entry in enumerate(group.entries):
                cells[0].appendRow(self._row(entry, position))
            self.model.appendRow(cells)
        self.tree.expandAll()
        self._apply_filter()
        if selected:
            self.select(selected)

    def _update(self, work: Worklist) -> bool:
        """Bring the rows in line with `work` (the project shown); False: its phases came
        in another order, and the list must be built anew."""
        selected = self.selected_key() or self._selected_key
        wanted = [group.phase for group in work.groups]
        for row in reversed(range(self.model.rowCount())):
            if self.model.item(row, 0).data(PHASE_ROLE) not in wanted:
                self.model.removeRow(row)
        shown = [self.model.item(row, 0).data(PHASE_ROLE) for row in range(self.model.rowCount())]
        if shown != [phase for phase in wanted if phase in shown]:
            return False
        inserted = False
        for number, group in enumerate(work.groups):
            phase = self.model.item(number, 0)
            if phase is None or phase.data(PHASE_ROLE) != group.phase:  # a phase new to the list
                cells = self._phase_cells(group)
                self.model.insertRow(number, cells)
                phase, inserted = cells[0], True
            else:
                self._set_phase(phase, group)
            inserted |= self._update_items(phase, group.entries)
        if inserted:
            self.tree.expandAll()
        if selected and not self.tree.currentIndex().isValid():
            self.select(selected)
        return True

    def _update_items(self, phase: QStandardItem, entries: list[Entry]) -> bool:
        """The item rows under `phase` in line with `entries`; whether a row was inserted."""
        keys = {entry.key for entry in entries}
        for row in reversed(range(phase.rowCount())):
            if phase.child(row, 0).data(KEY_ROLE) not in keys:
                phase.removeRow(row)
        inserted = False
        for position, entry in enumerate(entries):
            child = phase.child(position, 0)
            if child is not None and child.data(KEY_ROLE) == entry.key:
                self._set_row([phase.child(position, column) for column in range(len(COLUMNS))], entry, position)
                continue
            moved = next((row for row in range(position + 1, phase.rowCount())
                          if phase.child(row, 0).data(KEY_ROLE) == entry.key), None)
            if moved is not None:  # in another place than before: the row there goes
                phase.removeRow(moved)
            phase.insertRow(position, self._row(entry, position))
            inserted = True
        return inserted

    def _phase_cells(self, group: Group) -> list[QStandardItem]:
        cells = [QStandardItem("") for _ in COLUMNS]
        for cell in cells:
            cell.setEditable(False)
        font = cells[0].font()
        font.setBold(True)
        cells[0].setFont(font)
        cells[0].setData("", KEY_ROLE)
        cells[0].setData(group.phase, PHASE_ROLE)
        self._set_phase(cells[0], group)
        return cells

    def _set_phase(self, phase: QStandardItem, group: Group) -> None:
        site, p = self.desk.site, group.progress
        label = phase_label(site, group.phase)
        phase.setText(f"{label}  ({p.done}/{p.total})")
        phase.setAccessibleText(self.tr("%1, %2").replace("%1", label).replace("%2", progress_text(p.done, p.total)))

    def _row(self, entry: Entry, position: int) -> list[QStandardItem]:
        cells = [QStandardItem() for _ in COLUMNS]
        for cell in cells:
            cell.setEditable(False)
        self._set_row(cells, entry, position)
        return cells

    def _set_row(self, cells: list[QStandardItem], entry: Entry, position: int) -> None:
        """Write `entry` into its row's cells (a value that stays the same signals nothing)."""
        title, status, who, when = cells
        s = entry.state
        title.setData(entry.key, KEY_ROLE)
        title.setData(entry.page.path if entry.page else "", PATH_ROLE)
        title.setData(s.status, STATUS_ROLE)
        title.setData(position, SORT_ROLE)
        tips = [entry.title, self.tr("Soort: %1").replace("%1", entry.kind or "?"), entry.key]
        flags = ", ".join(FLAG_LABELS.get(f, f) for f in entry.flags)
        title.setText(f"{entry.title}  ⚠" if flags else entry.title)
        if flags:
            tips.append(self.tr("Let op: %1").replace("%1", flags))
        _set_or_clear(title, Qt.ItemDataRole.AccessibleDescriptionRole, flags)
        if s.note:
            tips.append(self.tr("Notitie: %1").replace("%1", s.note[:200]))
        title.setToolTip("\n".join(tips))
        mark = STATUS_MARKS.get(s.status, "")
        status.setText(f"{mark} {STATUS_LABELS.get(s.status, s.status)}")
        status.setData(STATUSES.index(s.status) if s.status in STATUSES else 9, SORT_ROLE)
        reason = self.tr("Reden: %1").replace("%1", s.reason) if s.reason else ""
        _set_or_clear(status, Qt.ItemDataRole.ToolTipRole, reason)
        who.setText(s.responsible)
        who.setData(s.responsible.casefold() or "\uffff", SORT_ROLE)
        when.setText(s.changed[:10])
        when.setData(s.changed or "", SORT_ROLE)
        when.setToolTip(s.changed[:16].replace("T", " "))

    def _apply_filter(self) -> None:
        index = max(0, self.status_filter.currentIndex())
        self.proxy.statuses = STATUS_FILTERS[index][1]
        self.proxy.words = self.text_filter.text().casefold().split()
        self.proxy.invalidate()
        self.tree.expandAll()

    # ------------------------------------------------------------ selection
    def selected_key(self) -> str:
        return self.tree.currentIndex().siblingAtColumn(0).data(KEY_ROLE) or ""

    def visible_keys(self) -> list[str]:
        """The item keys the list shows now, top to bottom."""
        keys = []
        for g in range(self.proxy.rowCount()):
            group = self.proxy.index(g, 0)
            for r in range(self.proxy.rowCount(group)):
                keys.append(self.proxy.index(r, 0, group).data(KEY_ROLE))
        return keys

    def select(self, key: str) -> bool:
        """Make the row of `key` current (when the filter shows it)."""
        self._selected_key = key
        for g in range(self.proxy.rowCount()):
            group = self.proxy.index(g, 0)
            for r in range(self.proxy.rowCount(group)):
                index = self.proxy.index(r, 0, group)
                if index.data(KEY_ROLE) == key:
                    self.tree.setCurrentIndex(index)
                    self.tree.scrollTo(index)
                    return True
        return False

    def focus_list(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.tree.currentIndex().isValid() and self.proxy.rowCount():
            group = self.proxy.index(0, 0)
            self.tree.setCurrentIndex(self.proxy.index(0, 0, group) if self.proxy.rowCount(group) else group)

    def _on_activated(self, index: QModelIndex) -> None:
        key = index.siblingAtColumn(0).data(KEY_ROLE)
        if key:
            self.openRequested.emit(key)

    def _on_chosen(self, position: int) -> None:
        if not self._filling and position >= 0:
            self.desk.set_current(self.chooser.itemData(position))

    # ------------------------------------------------------------ actions
    def toggle(self, key: str) -> None:
        """Space: tick an item off, or back to "te doen"."""
        work = self.desk.worklist()
        entry = next((e for e in work.entries if e.key == key), None) if work else None
        if entry is None:
            return
        self._selected_key = key
        self.desk.set_status(key, "te-doen" if entry.state.status in DONE else "gedaan")

    def _context_menu(self, pos) -> None:
        key = self.tree.indexAt(pos).siblingAtColumn(0).data(KEY_ROLE)
        if not key:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Openen"), lambda: self.openRequested.emit(key))
        status_menu = menu.addMenu(self.tr("Status"))
        for status in STATUSES:
            if status != "niet-van-toepassing":
                status_menu.addAction(self.tr(STATUS_LABELS[status]),
                                      partial(self.desk.set_status, key, status))
        menu.addAction(self.tr("Uit de werklijst halen"), lambda: self.desk.remove(key))
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _fill_menu(self) -> None:
        menu, current = self.menu, self.desk.current
        menu.clear()
        menu.addAction(self.tr("Nieuw project…"), self.newRequested.emit)
        if current is not None:
            menu.addAction(self.tr("Project bewerken…"), self.editRequested.emit)
            menu.addAction(self.tr("Project dupliceren"), lambda: self.desk.duplicate(current.id))
            if current.archived:
                menu.addAction(self.tr("Uit het archief halen"), lambda: self.desk.archive(current.id, False))
            else:
                menu.addAction(self.tr("Archiveren"), lambda: self.desk.archive(current.id, True))
            menu.addAction(self.tr("Verwijderen…"), self.deleteRequested.emit)
            menu.addSeparator()
            menu.addAction(self.tr("Projectrapport opslaan…"), self.reportRequested.emit)
            menu.addAction(self.tr("Werklijst afdrukken…"), self.printRequested.emit)
            menu.addAction(self.tr("Project exporteren (om te delen)…"), self.exportRequested.emit)
        menu.addAction(self.tr("Project importeren…"), self.importRequested.emit)
