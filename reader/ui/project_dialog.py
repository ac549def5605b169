"""A project's set-up: name, roles, phases now and later, AI-act profile, hulpmiddelen.

Built to take under a minute: the roles, phases and AI-act profile start from the
sidebar's current filters (for a new project), the profile can be taken from the decision
aid's answers in one click, and the size of the working list shows while you choose.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reader.content import Kind, Site
from reader.content.model import AI_ACT_FACETS, FACET_FASE, FACET_ROL
from reader.projects import Project
from reader.projects.reports import phase_label
from reader.projects.worklist import matching
from reader.render.badges import ai_act_label
from reader.ui.responsive import wrapped_label
from reader.ui.window_fit import fit_to_screen

Profile = dict[str, list[str]]


class ProjectDialog(QDialog):
    def __init__(self, site: Site, *, project: Project | None = None, filters: dict[str, Any] | None = None,
                 beslishulp_profile: Callable[[], Profile] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectDialog")
        self.site = site
        self._beslishulp_profile = beslishulp_profile
        editing = project is not None
        self.setWindowTitle(self.tr("Project bewerken") if editing else self.tr("Nieuw project"))
        filters = filters or {}
        roles = set(project.roles) if project else set(filters.get(FACET_ROL, ()))
        now = set(project.phases_current) if project else set(filters.get(FACET_FASE, ()))
        later = set(project.phases_planned) if project else set()
        self.profile: Profile = dict(project.profile) if project else {
            f: sorted(filters[f]) for f in AI_ACT_FACETS if filters.get(f)}
        tools = set(project.hulpmiddelen) if project else set()

        outer = QVBoxLayout(self)  # the form scrolls at 200 % (issue 21); the buttons stay in view
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._scroll = scroll
        scroll.viewport().installEventFilter(self)  # its width decides the layout (_reflow)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.name = QLineEdit(project.name if project else "", self)
        self.name.setObjectName("projectName")
        self.name.setPlaceholderText(self.tr("Bijvoorbeeld: Chatbot burgerzaken"))
        form.addRow(self.tr("&Naam"), self.name)
        self.description = QPlainTextEdit(project.description if project else "", self)
        self.description.setObjectName("projectDescription")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(60)
        form.addRow(self.tr("&Omschrijving"), self.description)
        layout.addLayout(form)

        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # stacked when narrow (_reflow)
        self._columns = columns
        role_box = QGroupBox(self.tr("Rollen"), self)
        rl = QVBoxLayout(role_box)
        self.role_checks: dict[str, QCheckBox] = {}
        for value in site.facet_values(FACET_ROL):
            check = QCheckBox(site.label(FACET_ROL, value), role_box)
            check.setChecked(value in roles)
            check.toggled.connect(self._update_count)
            self.role_checks[value] = check
            rl.addWidget(check)
        rl.addStretch(1)
        columns.addWidget(role_box, 1)

        phase_box = QGroupBox(self.tr("Fasen"), self)
        grid = QGridLayout(phase_box)
        grid.addWidget(QLabel(self.tr("<b>Nu</b>"), phase_box), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Later</b>"), phase_box), 0, 2)
        self.now_checks: dict[str, QCheckBox] = {}
        self.later_checks: dict[str, QCheckBox] = {}
        for row, value in enumerate(site.facet_values(FACET_FASE), start=1):
            label = phase_label(site, value)
            grid.addWidget(QLabel(label, phase_box), row, 0)
            for column, (checks, chosen, word) in enumerate(
                    ((self.now_checks, now, self.tr("nu")), (self.later_checks, later, self.tr("later"))), start=1):
                check = QCheckBox(phase_box)
                check.setAccessibleName(f"{label}: {word}")
                check.setChecked(value in chosen)
                check.toggled.connect(self._update_count)
                checks[value] = check
                grid.addWidget(check, row, column, Qt.AlignmentFlag.AlignCenter)
        columns.addWidget(phase_box, 1)
        layout.addLayout(columns)

        ai_box = QGroupBox(self.tr("AI-verordening"), self)
        al = QVBoxLayout(ai_box)
        self._ai_box, self._ai_layout = ai_box, al
        self.profile_label = wrapped_label(ai_box, "projectProfile")
        al.addWidget(self.profile_label)
        buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # stacked when narrow (_reflow)
        self._profile_buttons = buttons
        self.from_aid = QPushButton(self.tr("Uit de &beslishulp overnemen"), ai_box)
        self.from_aid.setObjectName("profileFromAid")
        self.from_aid.setEnabled(beslishulp_profile is not None)
        self.from_aid.clicked.connect(self.take_beslishulp_profile)
        buttons.addWidget(self.from_aid)
        self.from_filters = QPushButton(self.tr("Van de &filters overnemen"), ai_box)
        self.from_filters.clicked.connect(lambda: self._set_profile(
            {f: sorted(filters[f]) for f in AI_ACT_FACETS if filters.get(f)}))
        self.from_filters.setEnabled(any(filters.get(f) for f in AI_ACT_FACETS))
        buttons.addWidget(self.from_filters)
        clear = QPushButton(self.tr("&Geen profiel"), ai_box)
        clear.clicked.connect(lambda: self._set_profile({}))
        buttons.addWidget(clear)
        buttons.addStretch(1)
        al.addLayout(buttons)
        layout.addWidget(ai_box)

        tool_box = QGroupBox(self.tr("Hulpmiddelen die het project gebruikt"), self)
        tl = QVBoxLayout(tool_box)
        self.tools = QListWidget(tool_box)
        self.tools.setObjectName("projectTools")
        self.tools.setAccessibleName(self.tr("Hulpmiddelen"))
        self.tools.setMaximumHeight(130)
        for page in site.of_kind(Kind.HULPMIDDEL):
            item = QListWidgetItem(page.title, self.tools)
            item.setData(Qt.ItemDataRole.UserRole, page.urn or page.path)  # the id survives a content update
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            tool_chosen = page.path in tools or bool(page.urn and page.urn in tools)
            item.setCheckState(Qt.CheckState.Checked if tool_chosen else Qt.CheckState.Unchecked)
        self.tools.itemChanged.connect(lambda _item: self._update_count())
        tl.addWidget(self.tools)
        layout.addWidget(tool_box)

        self.count = QLabel(self)
        self.count.setObjectName("projectCount")
        layout.addWidget(self.count)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Opslaan") if editing else self.tr("Aanmaken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.name.textChanged.connect(self._update_ok)
        self._set_profile(self.profile)
        self._update_ok()
        hint = self.sizeHint()
        fit_to_screen(self, max(hint.width(), 720), max(hint.height(), 560))  # or what fits (issue 21)

    # ------------------------------------------------------------ reflow
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._reflow(self._scroll.viewport().width())
        return super().eventFilter(watched, event)

    def _reflow(self, width: int) -> None:
        """Side by side where they fit in `width`, else one below the other (200 %, issue 21):
        the role and phase boxes, and the profile buttons; the form never scrolls sideways."""
        _flow(self._columns, width)
        box = self._ai_box
        frame = box.width() - box.contentsRect().width()
        margins = self._ai_layout.contentsMargins()
        _flow(self._profile_buttons, width - frame - margins.left() - margins.right())

    # ------------------------------------------------------------ the profile
    def take_beslishulp_profile(self) -> None:
        if self._beslishulp_profile is not None:
            self._set_profile(self._beslishulp_profile())

    def _set_profile(self, profile: Profile) -> None:
        self.profile = {k: list(v) for k, v in profile.items() if k in AI_ACT_FACETS and v}
        parts = [ai_act_label(k, v) for k, values in self.profile.items() for v in values]
        self.profile_label.setText(" · ".join(parts) if parts else self.tr(
            "Geen AI-profiel: de vereisten worden niet op de AI-verordening gefilterd."))
        self._update_count()

    # ------------------------------------------------------------ the result
    def fields(self) -> dict[str, Any]:
        tools = [self.tools.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.tools.count())
                 if self.tools.item(i).checkState() == Qt.CheckState.Checked]
        return {
            "name": self.name.text().strip(),
            "description": self.description.toPlainText().strip(),
            "roles": [v for v, c in self.role_checks.items() if c.isChecked()],
            "phases_current": [v for v, c in self.now_checks.items() if c.isChecked()],
            "phases_planned": [v for v, c in self.later_checks.items() if c.isChecked()],
            "profile": self.profile,
            "hulpmiddelen": tools,
        }

    def item_count(self) -> int:
        """How many items the working list would start with."""
        f = self.fields()
        project = Project(0, "", f["name"] or "?", roles=f["roles"], phases_current=f["phases_current"],
                          phases_planned=f["phases_planned"], profile=f["profile"], hulpmiddelen=f["hulpmiddelen"])
        keys = {p.path for p in matching(self.site, project)}
        by_urn = {p.urn: p for p in self.site.of_kind(Kind.HULPMIDDEL) if p.urn}
        for ref in f["hulpmiddelen"]:
            tool = self.site.get(ref) or by_urn.get(ref)
            if tool is not None:
                keys.update(link.page.path for link in self.site.maatregelen_of(tool) if link.page is not None)
        return len(keys)

    def _update_count(self) -> None:
        if hasattr(self, "count"):
            n = self.item_count()
            self.count.setText(self.tr("De werklijst begint met %1 maatregelen en vereisten.").replace("%1", str(n)))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))


def _flow(layout: QBoxLayout, width: int) -> None:
    """Lay out `layout`'s widgets left to right when their widths fit in `width`, else top
    to bottom."""
    items = (layout.itemAt(i) for i in range(layout.count()))
    widgets = [w for item in items if item is not None and (w := item.widget()) is not None]
    needed = sum(w.minimumSizeHint().expandedTo(w.minimumSize()).width() for w in widgets) \
        + layout.spacing() * max(0, len(widgets) - 1)
    direction = QBoxLayout.Direction.LeftToRight if needed <= width else QBoxLayout.Direction.TopToBottom
    if layout.direction() != direction:
        layout.setDirection(direction)
