"""The middle pane: a header ("37 resultaten · Jurist · Ontwerp") and the result list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.content import Site
from reader.search import SearchResult
from reader.ui import theme
from reader.ui.announce import announce
from reader.ui.result_delegate import ResultDelegate
from reader.ui.results_model import ResultsModel
from reader.ui.texts import n_results


class ResultList(QListView):
    openRequested = Signal(str)
    backToSearchRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.openRequested.emit(index.data(ResultsModel.PathRole))
            return
        if event.key() == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.backToSearchRequested.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        delegate = self.itemDelegate()
        if isinstance(delegate, ResultDelegate) and event.size().width() != event.oldSize().width():
            delegate.clear_cache()
            self.scheduleDelayedItemsLayout()
        super().resizeEvent(event)


class ResultsView(QWidget):
    openRequested = Signal(str)  # page path
    showAllRequested = Signal()
    suggestionRequested = Signal(str)
    backToSearchRequested = Signal()
    resultsShown = Signal(object)  # SearchResult, after the list shows it
    profileCleared = Signal()
    addToProjectRequested = Signal(str)  # page path: "Toevoegen aan project" on a row
    filterRemoved = Signal(str, str)  # facet, value: a chip's ✕
    queryCleared = Signal()  # the search text's chip
    clearAllRequested = Signal()  # "Filters wissen" above the results

    def __init__(self, site: Site, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPane")
        self.site = site
        self.result: SearchResult | None = None
        self._announced = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        head = QFrame(self)
        head.setObjectName("resultsHeader")
        head_layout = QVBoxLayout(head)
        head_layout.setContentsMargins(14, 12, 14, 10)
        head_layout.setSpacing(2)
        self.header = QLabel(self.tr("Alle onderdelen"), head)
        self.header.setObjectName("resultsCount")
        self.header.setWordWrap(True)
        self.header.setAccessibleName(self.tr("Aantal resultaten"))
        head_layout.addWidget(self.header)
        self.message = QLabel(head)
        self.message.setObjectName("resultsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.linkActivated.connect(self._on_message_link)
        # "Bedoelde je …?": a link that Tab reaches and Enter follows
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.message.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.message.hide()
        head_layout.addWidget(self.message)
        # what narrows the list, each removable (a link per chip: Tab reaches it, Enter removes)
        self.chip_bar = QFrame(head)
        self.chip_bar.setObjectName("chipBar")
        chips_layout = QHBoxLayout(self.chip_bar)
        chips_layout.setContentsMargins(0, 4, 0, 0)
        self.chips = QLabel(self.chip_bar)
        self.chips.setObjectName("activeFilters")
        self.chips.setWordWrap(True)
        self.chips.setTextFormat(Qt.TextFormat.RichText)
        self.chips.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.chips.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.chips.linkActivated.connect(self._on_chip)
        chips_layout.addWidget(self.chips, 1)
        self.clear_all = QPushButton(self.tr("Filters wissen"), self.chip_bar)
        self.clear_all.setObjectName("clearFiltersTop")
        self.clear_all.setAccessibleName(self.tr("Alle filters en de zoekterm wissen"))
        self.clear_all.clicked.connect(self.clearAllRequested)
        chips_layout.addWidget(self.clear_all, 0, Qt.AlignmentFlag.AlignTop)
        self.chip_bar.hide()
        head_layout.addWidget(self.chip_bar)
        # the AI-act profile from the decision aid: visible and removable while browsing
        self.profile_bar = QFrame(head)
        self.profile_bar.setObjectName("profileBar")
        bar = QHBoxLayout(self.profile_bar)
        bar.setContentsMargins(0, 4, 0, 0)
        self.profile_label = QLabel(self.profile_bar)
        self.profile_label.setObjectName("profileLabel")
        self.profile_label.setWordWrap(True)
        self.profile_label.setAccessibleName(self.tr("AI-profiel"))
        bar.addWidget(self.profile_label, 1)
        self.profile_clear = QPushButton(self.tr("Profiel wissen"), self.profile_bar)
        self.profile_clear.setObjectName("profileClear")
        self.profile_clear.setAccessibleName(self.tr("AI-profiel wissen"))
        self.profile_clear.clicked.connect(self.profileCleared)
        bar.addWidget(self.profile_clear)
        self.profile_bar.hide()
        head_layout.addWidget(self.profile_bar)
        layout.addWidget(head)

        self.model = ResultsModel(site, self)
        self.delegate = ResultDelegate(self)
        self.list = ResultList(self)
        self.list.setObjectName("resultList")
        self.list.setAccessibleName(self.tr("Resultaten"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(False)
        # lay rows out in small batches: the first screenful paints at once, the rest follows
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(12)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setMouseTracking(True)
        self.list.setWordWrap(True)
        self.list.clicked.connect(self._on_clicked)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.openRequested.connect(self.openRequested)
        self.list.backToSearchRequested.connect(self.backToSearchRequested)
        layout.addWidget(self.list, 1)

        self.more = QPushButton(self)
        self.more.setObjectName("showAll")
        self.more.setFlat(True)
        self.more.clicked.connect(self.showAllRequested)
        self.more.hide()
        layout.addWidget(self.more)

    def set_chips(self, query: str, chips: list[tuple[str, str, str]]) -> None:
        """Show what narrows the list: the search text and each (facet, value, label) filter,
        each with a ✕ that removes it; hidden when nothing narrows it."""
        import html

        parts = []
        if query.strip():
            parts.append(f"<a href='query:'>‘{html.escape(query.strip())}’&nbsp;✕</a>")
        for facet, value, label in chips:
            parts.append(f"<a href='filter:{html.escape(facet)}/{html.escape(value)}'>{html.escape(label)}&nbsp;✕</a>")
        self.chips.setText("&nbsp;&nbsp; ".join(parts))
        names = ([self.tr("zoekterm %1").replace("%1", query.strip())] if query.strip() else []) + [
            label for _f, _v, label in chips]
        self.chips.setAccessibleName(self.tr("Actieve filters: %1 (Enter haalt er een weg)").replace(
            "%1", ", ".join(names)) if names else self.tr("Geen filters"))
        self.chip_bar.setVisible(bool(parts))

    @Slot(str)
    def _on_chip(self, link: str) -> None:
        if link == "query:":
            self.queryCleared.emit()
        elif link.startswith("filter:") and "/" in link:
            facet, value = link.removeprefix("filter:").split("/", 1)
            self.filterRemoved.emit(facet, value)

    def set_profile(self, text: str) -> None:
        """Show the active AI-act profile ("" hides the bar)."""
        self.profile_label.setText(self.tr("AI-profiel: %1").replace("%1", text))
        self.profile_label.setToolTip(text)
        self.profile_bar.setVisible(bool(text))

    def set_dark(self, dark: bool) -> None:
        self.delegate.set_colors(theme.colors(dark))
        self.list.viewport().update()

    # ------------------------------------------------------------------ results
    def show_result(self, result: SearchResult, header: str) -> None:
        previous = self.current_path()
        self.result = result
        self.model.set_hits(result.hits)
        self.header.setText(header)
        message = ""
        if result.suggestion:
            link = f"<a href='suggest:{result.suggestion}'>{result.suggestion}</a>"
            message = self.tr("Bedoelde je: %1?").replace("%1", link)
        elif result.message and not result.hits:
            message = result.message
        self.message.setText(message)
        self.message.setVisible(bool(message))
        shown = len(result.hits)
        if result.total > shown:
            self.more.setText(self.tr("Alle %1 resultaten tonen").replace("%1", str(result.total)))
            self.more.show()
        else:
            self.more.hide()
        if previous:
            self.select_path(previous, scroll=False)
        self.list.setAccessibleDescription(header)
        self.header.setAccessibleName(header)  # the count itself, not only "Aantal resultaten"
        if header != self._announced:
            self._announced = header
            announce(self.header, header)
        self.resultsShown.emit(result)

    def paths(self) -> list[str]:
        return [h.path for h in self.model.hits()]

    def current_path(self) -> str:
        index = self.list.currentIndex()
        return index.data(ResultsModel.PathRole) if index.isValid() else ""

    def select_path(self, path: str, *, scroll: bool = True) -> bool:
        for row, hit in enumerate(self.model.hits()):
            if hit.path == path:
                index = self.model.index(row)
                self.list.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                if scroll:
                    self.list.scrollTo(index)
                return True
        self.list.clearSelection()
        return False

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def first_path(self) -> str:
        hits = self.model.hits()
        return hits[0].path if hits else ""

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(index.data(ResultsModel.PathRole))

    def row_menu(self, path: str) -> QMenu:
        """The context menu of the row of `path` (also with the keyboard's menu key)."""
        menu = QMenu(self.list)
        menu.addAction(self.tr("Openen"), lambda: self.openRequested.emit(path))
        menu.addAction(self.tr("Toevoegen aan project"), lambda: self.addToProjectRequested.emit(path))
        return menu

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid():
            index = self.list.currentIndex()
            if not index.isValid():
                return
            pos = self.list.visualRect(index).center()
        self.row_menu(index.data(ResultsModel.PathRole)).exec(self.list.viewport().mapToGlobal(pos))

    @Slot(str)
    def _on_message_link(self, link: str) -> None:
        if link.startswith("suggest:"):
            self.suggestionRequested.emit(link.removeprefix("suggest:"))


def header_text(result: SearchResult, labels: list[str]) -> str:
    return " · ".join([n_results(result.total), *labels])
