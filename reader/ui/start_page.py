"""The start page: what the app is, the roles as large entry points, the lifecycle phases."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reader.content import Kind, Site
from reader.content.model import FACET_FASE, FACET_ROL, FACET_SOORT
from reader.ui import page_accessibility, theme
from reader.ui.facet_labels import facet_label, page_intro
from reader.ui.responsive import column_minimum, column_scroll, wrapped_label

ROLE_ICONS = {"jurist", "projectleider", "ontwikkelaar", "beleid-en-advies"}
_DONE = object()  # what `next` returns for a part that has nothing left to build


def _transparent(label: QLabel) -> QLabel:
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label


class _LayoutButton(QPushButton):
    """A button as large as the layout of its labels asks (they wrap when it is narrow)."""

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()


class Card(_LayoutButton):
    """A large button with an icon, a title and a line of text."""

    def __init__(self, icon_name: str, title: str, text: str, extra: str,
                 parent: QWidget | None = None, *, object_name: str = "roleCard") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.icon_name = icon_name
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(p for p in (text, extra) if p))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(14)
        self.icon_label = page_accessibility.mark_decorative(_transparent(QLabel(self)))
        self.icon_label.setObjectName("cardIcon")
        self.icon_label.setFixedSize(44, 44)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        col.setSpacing(3)
        t = _transparent(QLabel(title, self))
        t.setObjectName("cardTitle")
        t.setWordWrap(True)
        col.addWidget(t)
        if text:
            d = _transparent(QLabel(text, self))
            d.setObjectName("cardText")
            d.setWordWrap(True)
            col.addWidget(d)
        if extra:
            e = _transparent(QLabel(extra, self))
            e.setObjectName("cardExtra")
            col.addWidget(e)
        col.addStretch(1)
        layout.addLayout(col, 1)

    def update_icon(self, color: str) -> None:
        self.icon_label.setPixmap(theme.icon(self.icon_name, color).pixmap(28, 28))


class PhaseButton(_LayoutButton):
    """A lifecycle phase: its number in a circle and its name (wrapping when narrow)."""

    def __init__(self, number: int, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseButton")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(10)
        num = _transparent(QLabel(str(number), self))
        num.setObjectName("phaseNumber")
        num.setFixedSize(26, 26)
        num.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(num, 0, Qt.AlignmentFlag.AlignVCenter)
        text = _transparent(QLabel(label, self))
        text.setObjectName("phaseLabel")
        text.setWordWrap(True)
        layout.addWidget(text, 1)

class ResponsiveGrid(QWidget):
    """Lays its widgets out in as many columns as fit (at most `max_cols`): a column is at
    least `min_width` wide and never narrower than the widest of its widgets' own minimum (a
    long word in a large font), so nothing is cut off."""

    def __init__(self, min_width: int, max_cols: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_width = min_width
        self.max_cols = max_cols
        self.items: list[QWidget] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self._cols = 0

    def add(self, widget: QWidget) -> None:
        self.items.append(widget)
        self._relayout(force=True)

    def column_width(self) -> int:
        """The narrowest a column may be: `min_width`, or the widest minimum of the widgets
        in it (their labels' longest words, which grow with the font)."""
        return max([self.min_width, *(w.minimumSizeHint().width() for w in self.items)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._relayout(force=True)

    def _relayout(self, force: bool = False) -> None:
        need = self.column_width()
        # the grid may be as narrow as one column: the layout's own minimum (all columns at
        # their widest) would otherwise keep the scroll area's column too wide to fit
        self.setMinimumWidth(need)
        width = self.width() or 800
        spacing = self.grid.horizontalSpacing()
        cols = max(1, min(self.max_cols, (width + spacing) // (need + spacing)))
        if cols == self._cols and not force:
            return
        self._cols = cols
        for w in self.items:
            self.grid.removeWidget(w)
        for i, w in enumerate(self.items):
            self.grid.addWidget(w, i // cols, i % cols)
        for c in range(self.max_cols):
            self.grid.setColumnStretch(c, 1 if c < cols else 0)


class StartPage(QScrollArea):
    roleRequested = Signal(str)
    phaseRequested = Signal(str)
    kindRequested = Signal(str)
    glossaryRequested = Signal()
    beslishulpRequested = Signal()
    projectRequested = Signal(int)  # a project's id, from "Mijn projecten"
    newProjectRequested = Signal()

    def __init__(self, site: Site, source_line: str = "", parent: QWidget | None = None, *,
                 staged: bool = False) -> None:
        """`staged`: build the title and introduction now and the rest a widget per turn of
        the event loop (`step`), so that no single turn keeps the window busy for long;
        `finish` builds whatever is still missing at once."""
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAccessibleName(self.tr("Startpagina"))
        column_scroll(self)
        self.site = site
        self.cards: list[Card] = []
        self.role_cards: dict[str, Card] = {}
        self.phase_buttons: dict[str, PhaseButton] = {}

        inner = QWidget(self)
        inner.setObjectName("startInner")
        outer = QHBoxLayout(inner)
        outer.setContentsMargins(0, 0, 0, 0)
        column = QWidget(inner)
        column.setObjectName("startColumn")
        column.setMaximumWidth(920)
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(24, 28, 24, 28)
        layout.setSpacing(10)

        title = QLabel(self.tr("Algoritmekader"), column)
        title.setObjectName("startTitle")
        title.setAccessibleName(self.tr("Algoritmekader"))
        page_accessibility.mark_heading(title, 1)
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Het Algoritmekader helpt overheidsorganisaties om verantwoord te werken met "
            "algoritmes en AI: welke wetten en regels gelden, welke maatregelen je kunt nemen "
            "en welke hulpmiddelen daarbij helpen. Deze app werkt volledig offline."), column)
        intro.setObjectName("startIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # "Mijn projecten": filled by `set_projects`, hidden until then
        self.projects_box = QFrame(column)
        self.projects_box.setObjectName("startProjects")
        self._projects_layout = QVBoxLayout(self.projects_box)
        self._projects_layout.setContentsMargins(0, 12, 0, 0)
        self._projects_layout.setSpacing(6)
        self.projects_box.hide()
        layout.addWidget(self.projects_box)
        self.project_buttons: dict[int, QPushButton] = {}
        self._projects_inner: QWidget | None = None

        self._column, self._layout, self._source_line = column, layout, source_line
        self._colors: theme.Colors | None = None
        self.setWidget(inner)
        # each part is built a widget per step: a step, its layout and its paint stay short
        self._pending: list[Iterator[None]] = [
            self._add_roles(), self._add_phases(), self._add_quick_links(), self._add_footer()]
        if not staged:
            self.finish()

    def minimumSizeHint(self) -> QSize:
        return column_minimum(self, super().minimumSizeHint())  # (a phase's one long word in a large font)

    @property
    def complete(self) -> bool:
        return not self._pending

    def step(self) -> bool:
        """Build the next widget; False when nothing is left."""
        if self._pending:
            made = len(self.cards)
            if next(self._pending[0], _DONE) is _DONE:
                self._pending.pop(0)
            if self._colors is not None:  # icons of the cards just made
                for card in self.cards[made:]:
                    card.update_icon(self._colors.accent)
        return bool(self._pending)

    def finish(self) -> None:
        while self.step():
            pass

    def _section(self, spacing: int, title: str, hint: str, min_width: int, max_cols: int) -> ResponsiveGrid:
        """A part's heading, its hint (if any) and the grid its buttons go in."""
        column, layout = self._column, self._layout
        layout.addSpacing(spacing)
        layout.addWidget(self._heading(title, column))
        if hint:
            layout.addWidget(wrapped_label(column, "startHint", hint))
        grid = ResponsiveGrid(min_width, max_cols, column)
        layout.addWidget(grid)
        return grid

    def _add_roles(self) -> Iterator[None]:
        site, column = self.site, self._column
        grid = self._section(12, self.tr("Wat is jouw rol?"), self.tr(
            "Kies je rol: je ziet dan alleen wat voor jou van belang is. Je kunt in de zijbalk meer "
            "rollen aanvinken."), 300, 2)
        yield
        for value in site.facet_values(FACET_ROL):
            label = facet_label(site, FACET_ROL, value)
            count = len(site.members(FACET_ROL, value))
            card = Card(
                f"role-{value}" if value in ROLE_ICONS else "role",
                self.tr("Ik ben %1").replace("%1", label[:1].lower() + label[1:]),
                page_intro(site, FACET_ROL, value, 130),
                self.tr("%1 onderdelen").replace("%1", str(count)),
                column,
            )
            card.clicked.connect(lambda _=False, v=value: self.roleRequested.emit(v))
            grid.add(card)
            self.cards.append(card)
            self.role_cards[value] = card
            yield

    def _add_phases(self) -> Iterator[None]:
        site, column = self.site, self._column
        phases = self._section(16, self.tr("Levenscyclus"), self.tr(
            "In welke fase zit je project? Elke fase heeft eigen maatregelen en hulpmiddelen."), 230, 3)
        yield
        for i, value in enumerate(site.facet_values(FACET_FASE)):
            button = PhaseButton(i, facet_label(site, FACET_FASE, value), column)
            button.setAccessibleName(
                self.tr("Fase %1: %2").replace("%1", str(i)).replace("%2", facet_label(site, FACET_FASE, value)))
            button.setToolTip(page_intro(site, FACET_FASE, value, 200))
            button.clicked.connect(lambda _=False, v=value: self.phaseRequested.emit(v))
            phases.add(button)
            self.phase_buttons[value] = button
            yield

    def _add_quick_links(self) -> Iterator[None]:
        site, column = self.site, self._column
        quick = self._section(16, self.tr("Direct naar"), "", 250, 4)
        yield
        kinds = [
            (Kind.HULPMIDDEL, "pdf", self.tr("Hulpmiddelen"),
             self.tr("Handreikingen, toetsingskaders en impact assessments.")),
            (Kind.MAATREGEL, "bookmark", self.tr("Maatregelen"),
             self.tr("Wat je kunt doen om aan de vereisten te voldoen.")),
            (Kind.VEREISTE, "warning", self.tr("Vereisten"),
             self.tr("Wat wetten en regels van je vragen.")),
        ]
        for kind, icon_name, label, text in kinds:
            n = len(site.members(FACET_SOORT, str(kind)))
            if not n:
                continue
            card = Card(icon_name, label, text, self.tr("%1 onderdelen").replace("%1", str(n)),
                        column, object_name="quickCard")
            card.clicked.connect(lambda _=False, k=str(kind): self.kindRequested.emit(k))
            quick.add(card)
            self.cards.append(card)
            yield
        card = Card("check", self.tr("Beslishulp AI-verordening"),
                    self.tr("Geldt de AI-verordening voor je toepassing, en wat moet je dan doen?"),
                    self.tr("vraag voor vraag, offline"), column, object_name="quickCard")
        card.clicked.connect(self.beslishulpRequested)
        quick.add(card)
        self.cards.append(card)
        yield
        if site.glossary:
            card = Card("glossary", self.tr("Begrippenlijst"),
                        self.tr("Wat betekenen de termen in het kader?"),
                        self.tr("%1 begrippen").replace("%1", str(len(site.glossary))),
                        column, object_name="quickCard")
            card.clicked.connect(self.glossaryRequested)
            quick.add(card)
            self.cards.append(card)

    def _add_footer(self) -> Iterator[None]:
        column, layout = self._column, self._layout
        layout.addSpacing(14)
        footer = QLabel(self._source_line, column)
        footer.setObjectName("startFooter")
        footer.setWordWrap(True)
        layout.addWidget(footer)
        layout.addStretch(1)
        yield

    def set_projects(self, summaries: list[tuple[int, str, int, int]]) -> None:
        """Show "Mijn projecten": (id, name, done, total) of each active project, each a
        button that opens it, with its progress; with none, an invitation to start one."""
        if self._projects_inner is not None:  # the previous list goes at once, not later
            self._projects_inner.hide()
            self._projects_layout.removeWidget(self._projects_inner)
            self._projects_inner.deleteLater()
        box = self._projects_inner = QWidget(self.projects_box)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._projects_layout.addWidget(box)
        self.project_buttons = {}
        layout.addWidget(self._heading(self.tr("Mijn projecten"), box))
        if not summaries:
            layout.addWidget(wrapped_label(box, "startHint", self.tr(
                "Houd per project bij welke maatregelen en vereisten gelden, wat er al gedaan is en wie wat "
                "doet. Alles blijft op deze computer.")))
        for project_id, name, done, total in summaries:
            row = QWidget(box)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            percent = round(100 * done / total) if total else 0
            status = (self.tr("%1 van %2 afgerond (%3 %)").replace("%1", str(done)).replace("%2", str(total))
                      .replace("%3", str(percent)) if total else self.tr("nog geen items"))
            button = QPushButton(name, row)
            button.setObjectName("projectLink")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(self.tr("Project %1: %2").replace("%1", name).replace("%2", status))
            button.clicked.connect(lambda _=False, i=project_id: self.projectRequested.emit(i))
            row_layout.addWidget(button, 1)
            bar = QProgressBar(row)
            bar.setObjectName("projectProgress")
            bar.setRange(0, max(total, 1))
            bar.setValue(done)
            bar.setTextVisible(False)
            bar.setMaximumWidth(160)
            bar.setAccessibleName(self.tr("Voortgang %1").replace("%1", name))
            row_layout.addWidget(bar)
            label = QLabel(status, row)
            label.setObjectName("startHint")
            row_layout.addWidget(label)
            layout.addWidget(row)
            self.project_buttons[project_id] = button
        last = QWidget(box)
        last_layout = QHBoxLayout(last)
        last_layout.setContentsMargins(0, 0, 0, 0)
        self.new_project_button = QPushButton(self.tr("Nieuw project…"), last)
        self.new_project_button.setObjectName("newProject")
        self.new_project_button.clicked.connect(self.newProjectRequested)
        last_layout.addWidget(self.new_project_button)
        last_layout.addStretch(1)
        layout.addWidget(last)
        self.projects_box.show()

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("startHeading")
        label.setAccessibleName(text)
        return page_accessibility.mark_heading(label, 2)

    def update_icons(self, colors: theme.Colors) -> None:
        self._colors = colors  # for cards of parts built later
        for card in self.cards:
            card.update_icon(colors.accent)
