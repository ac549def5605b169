"""The left pane: the search field on top, then the filter groups and "Filters wissen"."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reader.content import Site
from reader.content.model import BASIC_FACETS, FACET_ROL, FACET_SOORT, FACET_WETGEVING, PROFILE_FACETS
from reader.ui import theme
from reader.ui.facet_group import FacetGroup
from reader.ui.facet_labels import facet_label, law_name
from reader.ui.responsive import column_scroll
from reader.ui.texts import facet_title

FACETS = BASIC_FACETS
# PROFILE_FACETS, the AI-act profile and the law, for vereisten: after the others, folded until used


class SearchField(QLineEdit):
    """The query field; Down moves into the results, Enter opens the first one."""

    downPressed = Signal()
    openFirstRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openFirstRequested.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class Sidebar(QWidget):
    queryChanged = Signal(str)
    filtersChanged = Signal(object)  # dict facet -> frozenset
    resultsFocusRequested = Signal()
    openFirstRequested = Signal()

    def __init__(self, site: Site, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.site = site
        self.setAccessibleName(self.tr("Zoeken en filteren"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        top = QWidget(self)
        top.setObjectName("searchBox")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(12, 12, 12, 8)
        self.search = SearchField(top)
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Zoeken… (Ctrl+K)"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setAccessibleDescription(
            self.tr("Typ om te zoeken; pijl omlaag gaat naar de resultaten"))
        self.search.setClearButtonEnabled(True)
        self._search_icon = QAction(self.search)
        self.search.addAction(self._search_icon, QLineEdit.ActionPosition.LeadingPosition)
        # the line edit's icon buttons are in the accessibility tree: give them names
        self._search_icon.setText(self.tr("Zoeken"))
        clear = self.search.findChild(QAction, "_q_qlineeditclearaction")
        if clear is not None:
            clear.setText(self.tr("Zoekveld wissen"))
        self.search.textChanged.connect(self.queryChanged)
        self.search.downPressed.connect(self.resultsFocusRequested)
        self.search.openFirstRequested.connect(self.openFirstRequested)
        top_layout.addWidget(self.search)
        outer.addWidget(top)

        scroll = QScrollArea(self)
        scroll.setObjectName("filterScroll")
        column_scroll(scroll)
        inner = QWidget(scroll)
        inner.setObjectName("filterPane")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 4, 12, 12)
        layout.setSpacing(8)

        heading = QLabel(self.tr("Filters"), inner)
        heading.setObjectName("sidebarHeading")
        layout.addWidget(heading)

        self.groups: dict[str, FacetGroup] = {}
        for facet in (*FACETS, *PROFILE_FACETS):
            values = site.facet_values(facet)
            if facet in PROFILE_FACETS and not values:
                continue  # content without vereisten or AI-act labels
            if facet in PROFILE_FACETS and not self.groups.keys() & set(PROFILE_FACETS):
                section = QLabel(self.tr("Vereisten: AI-verordening en wetgeving"), inner)
                section.setObjectName("sidebarSection")
                section.setWordWrap(True)  # (a large font: it would widen the filter column)
                layout.addWidget(section)
            rows = [(v, facet_label(site, facet, v), law_name(site, v) if facet == FACET_WETGEVING
                     else "" if facet == FACET_SOORT else site.label(facet, v)) for v in values]
            group = FacetGroup(facet, facet_title(facet), rows, prominent=facet == FACET_ROL,
                               collapsible=facet != FACET_ROL, parent=inner)
            group.selectionChanged.connect(self._on_group_changed)
            if facet in PROFILE_FACETS:
                group.set_expanded(False)
            self.groups[facet] = group
            layout.addWidget(group)

        self.clear_button = QPushButton(self.tr("Filters wissen"), inner)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setAccessibleName(self.tr("Filters wissen"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.clear_button.setEnabled(False)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)

        self._emit_timer = QTimer(self)
        self._emit_timer.setSingleShot(True)
        self._emit_timer.setInterval(0)
        self._emit_timer.timeout.connect(self._emit_filters)
        self.update_icons()

    def update_icons(self) -> None:
        self._search_icon.setIcon(theme.icon("search", self.palette().placeholderText().color()))
        self.clear_button.setIcon(theme.icon("filter-clear"))

    # ------------------------------------------------------------------ state
    def filters(self) -> dict[str, frozenset[str]]:
        return {facet: group.selected() for facet, group in self.groups.items()}

    def set_filters(self, filters: Mapping[str, Collection[str]], *, emit: bool = True) -> None:
        """Tick exactly these values; `emit`: announce it (`filtersChanged`, debounced)."""
        for facet, group in self.groups.items():
            group.set_selected(set(filters.get(facet, ())), emit=False)
        self._changed(emit=emit)

    def add_filter(self, facet: str, value: str, *, only: bool = False) -> None:
        group = self.groups.get(facet)
        if group is None:
            return
        if only:
            group.set_selected({value}, emit=False)
        else:
            group.set_selected(set(group.selected()) | {value}, emit=False)
        self._changed()

    @Slot()
    def clear_filters(self) -> None:
        self.set_filters({})

    def set_counts(self, facets: dict[str, dict[str, int]] | None) -> None:
        for facet, group in self.groups.items():
            group.set_counts(None if facets is None else facets.get(facet, {}))

    def label(self, facet: str, value: str) -> str:
        group = self.groups.get(facet)
        return group.label_of(value) if group else value

    def focus_filters(self) -> bool:
        """Put the cursor on the first filter (F6 goes through the panes); False when none."""
        from PySide6.QtWidgets import QCheckBox

        for group in self.groups.values():
            for box in group.findChildren(QCheckBox):
                if box.isVisible() and box.isEnabled():
                    box.setFocus(Qt.FocusReason.ShortcutFocusReason)
                    return True
        return False

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ------------------------------------------------------------------ internals
    @Slot(str, object)
    def _on_group_changed(self, _facet: str, _values: object) -> None:
        self._changed()

    def _changed(self, *, emit: bool = True) -> None:
        self.clear_button.setEnabled(any(self.filters().values()))
        if emit:
            self._emit_timer.start()  # several groups changed at once -> one signal

    @Slot()
    def _emit_filters(self) -> None:
        self.filtersChanged.emit(self.filters())
