"""The panel beside a page: its item in the current project, and the user's own note.

Read and tick in one place: status (with a reason for "niet van toepassing"), who is
responsible, a note, evidence (files are referenced by their path, never copied; addresses
open in the system browser after the usual question), when it last changed, and what the
app noticed (the page changed since, it no longer fits the profile). Below that, the
personal note on the page, the same in every project. Every change saves at once through the
desk; typing in a note saves after a short pause and when the page changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.content import Page
from reader.projects import STATUSES
from reader.projects.reports import FLAG_LABELS, STATUS_LABELS
from reader.projects.worklist import FLAG_CHANGED
from reader.ui import qt_dialogs
from reader.ui.project_desk import ProjectDesk
from reader.ui.responsive import column_minimum, column_scroll, wrapped_label

NOTE_PAUSE_MS = 700  # typing in a note saves after this pause


def _is_address(text: str) -> bool:
    return text.startswith(("http://", "https://", "mailto:"))


class ItemPanel(QScrollArea):
    addRequested = Signal()  # "Toevoegen aan project" for the page shown
    newProjectRequested = Signal()
    externalRequested = Signal(str)  # an evidence address, to open after the usual question
    closeRequested = Signal()

    def minimumSizeHint(self) -> QSize:
        return column_minimum(self, super().minimumSizeHint())  # (a status's radio button in a large font)

    def __init__(self, desk: ProjectDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemPanel")
        self.setAccessibleName(self.tr("Projectitem en notitie"))
        column_scroll(self)
        self.desk = desk
        self.page: Page | None = None
        self.key = ""
        self._filling = False

        inner = QWidget(self)
        inner.setObjectName("itemPanelInner")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.heading = wrapped_label(inner, "panelHeading")
        top.addWidget(self.heading, 1)
        self.close_button = QToolButton(inner)
        self.close_button.setObjectName("panelClose")
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Paneel sluiten (Project → Projectpaneel tonen zet het terug)"))
        self.close_button.setAccessibleName(self.tr("Paneel sluiten"))
        self.close_button.clicked.connect(self.closeRequested)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        # --- not on the list, or no project yet
        self.outside = QLabel(inner)
        self.outside.setWordWrap(True)
        layout.addWidget(self.outside)
        self.add_button = QPushButton(self.tr("Toevoegen aan project"), inner)
        self.add_button.setObjectName("addToProject")
        self.add_button.clicked.connect(self.addRequested)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.new_button = QPushButton(self.tr("Nieuw project maken…"), inner)
        self.new_button.clicked.connect(self.newProjectRequested)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)

        # --- the item
        self.item_box = QWidget(inner)
        box = QVBoxLayout(self.item_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        self.flags = wrapped_label(self.item_box, "itemFlags")
        box.addWidget(self.flags)
        self.seen_button = QPushButton(self.tr("Gelezen, signaal weghalen"), self.item_box)
        self.seen_button.clicked.connect(lambda: self.desk.mark_seen(self.key))
        box.addWidget(self.seen_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(wrapped_label(self.item_box, "panelLabel", self.tr("Status")))
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[str, QRadioButton] = {}
        for number, status in enumerate(STATUSES):
            button = QRadioButton(self.tr(STATUS_LABELS[status]), self.item_box)
            button.setObjectName(f"status-{status}")
            self.status_group.addButton(button, number)
            self.status_buttons[status] = button
            box.addWidget(button)
        self.status_group.idClicked.connect(self._on_status)
        self.reason_label = wrapped_label(self.item_box, "panelLabel", self.tr("Reden (waarom niet van toepassing)"))
        box.addWidget(self.reason_label)
        self.reason = QLineEdit(self.item_box)
        self.reason.setObjectName("itemReason")
        self.reason.setAccessibleName(self.tr("Reden"))
        self.reason.setPlaceholderText(self.tr("Verplicht bij ‘niet van toepassing’"))
        self.reason.editingFinished.connect(self._on_reason)
        self.reason_label.setBuddy(self.reason)
        box.addWidget(self.reason)
        who_label = wrapped_label(self.item_box, "panelLabel", self.tr("&Verantwoordelijke"))
        box.addWidget(who_label)
        self.responsible = QLineEdit(self.item_box)
        self.responsible.setObjectName("itemResponsible")
        self.responsible.setAccessibleName(self.tr("Verantwoordelijke"))
        self.responsible.editingFinished.connect(self._on_responsible)
        who_label.setBuddy(self.responsible)
        box.addWidget(self.responsible)
        note_label = wrapped_label(self.item_box, "panelLabel", self.tr("&Notitie bij dit item"))
        box.addWidget(note_label)
        self.note = QPlainTextEdit(self.item_box)
        self.note.setObjectName("itemNote")
        self.note.setAccessibleName(self.tr("Notitie bij dit item"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        self.note.setMaximumHeight(140)
        note_label.setBuddy(self.note)
        box.addWidget(self.note)
        box.addWidget(wrapped_label(self.item_box, "panelLabel",
                                    self.tr("Bewijs (bestanden of adressen; bestanden worden niet gekopieerd)")))
        self.evidence = QListWidget(self.item_box)
        self.evidence.setObjectName("itemEvidence")
        self.evidence.setAccessibleName(self.tr("Bewijs"))
        self.evidence.setMaximumHeight(90)
        self.evidence.itemActivated.connect(lambda _item: self.open_evidence())
        box.addWidget(self.evidence)
        grid = QGridLayout()  # two by two: the panel stays narrow
        grid.setSpacing(4)
        for i, (text, name, slot) in enumerate((
                (self.tr("Bestand…"), self.tr("Bewijs: bestand toevoegen"), self.add_file),
                (self.tr("Adres…"), self.tr("Bewijs: adres toevoegen"), self.add_address),
                (self.tr("Openen"), self.tr("Bewijs openen"), self.open_evidence),
                (self.tr("Weghalen"), self.tr("Bewijs weghalen"), self.remove_evidence))):
            evidence_button = QPushButton(text, self.item_box)
            evidence_button.setAccessibleName(name)
            evidence_button.clicked.connect(slot)
            grid.addWidget(evidence_button, i // 2, i % 2)
        box.addLayout(grid)
        self.changed_label = wrapped_label(self.item_box, "resultsMessage")
        box.addWidget(self.changed_label)
        self.remove_button = QPushButton(self.tr("Uit de werklijst halen"), self.item_box)
        self.remove_button.clicked.connect(lambda: self.desk.remove(self.key))
        box.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.item_box)

        # --- the personal note
        line = QFrame(inner)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("panelRule")
        layout.addWidget(line)
        page_label = wrapped_label(inner, "panelLabel", self.tr("&Mijn notitie bij deze pagina (in elk project)"))
        layout.addWidget(page_label)
        self.page_note = QPlainTextEdit(inner)
        self.page_note.setObjectName("pageNote")
        self.page_note.setAccessibleName(self.tr("Mijn notitie bij deze pagina"))
        self.page_note.setTabChangesFocus(True)
        self.page_note.setMinimumHeight(70)
        self.page_note.setMaximumHeight(160)
        page_label.setBuddy(self.page_note)
        layout.addWidget(self.page_note)
        layout.addStretch(1)
        self.setWidget(inner)

        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_PAUSE_MS)
        self._note_timer.timeout.connect(self.flush)
        self.note.textChanged.connect(self._on_typing)
        self.page_note.textChanged.connect(self._on_typing)
        desk.changed.connect(self.refresh)

    # ------------------------------------------------------------ showing
    def show_page(self, page: Page | None) -> None:
        """Show the item of `page` (None: the start page or the glossary)."""
        self.flush()
        self.page = page
        self.key = self.desk.key_of(page) if page is not None else ""
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        page, desk = self.page, self.desk
        if page is None:
            return
        project = desk.current
        entry = desk.entry_for(page) if project is not None else None
        self.heading.setText(f"<b>{project.name}</b>" if project else self.tr("<b>Notitie</b>"))
        self.outside.setVisible(entry is None)
        self.add_button.setVisible(project is not None and entry is None and not desk.read_only)
        self.new_button.setVisible(project is None)
        self.item_box.setVisible(entry is not None)
        if project is None:
            self.outside.setText(self.tr("Maak een project om bij te houden wat je met deze pagina doet: "
                                         "status, notitie, verantwoordelijke en bewijs."))
        elif entry is None:
            self.outside.setText(self.tr("Deze pagina staat niet in de werklijst van dit project."))
        self._filling = True
        try:
            if entry is not None:
                s = entry.state
                flags = [FLAG_LABELS.get(f, f) for f in entry.flags]
                self.flags.setVisible(bool(flags))
                self.flags.setText("⚠ " + self.tr("Let op: %1").replace("%1", "; ".join(flags)))
                self.seen_button.setVisible(FLAG_CHANGED in entry.flags and not desk.read_only)
                self.status_buttons[s.status].setChecked(True)
                wants_reason = s.status == "niet-van-toepassing"
                self.reason_label.setVisible(wants_reason)
                self.reason.setVisible(wants_reason)
                self._set_line(self.reason, s.reason, force)
                self._set_line(self.responsible, s.responsible, force)
                self._set_text(self.note, s.note, force)
                self.evidence.clear()
                for ref in s.evidence:
                    missing = not _is_address(ref) and not Path(ref).exists()
                    item = QListWidgetItem(ref + (self.tr("  (niet gevonden)") if missing else ""), self.evidence)
                    item.setData(Qt.ItemDataRole.UserRole, ref)
                    item.setToolTip(ref)
                when = s.changed[:16].replace("T", " ")
                self.changed_label.setText(self.tr("Laatst gewijzigd: %1").replace("%1", when) if when
                                           else self.tr("Nog niet bijgewerkt"))
                for widget in (self.reason, self.responsible, self.note, self.evidence, self.remove_button,
                               *self.status_buttons.values()):
                    widget.setEnabled(not desk.read_only)
            self._set_text(self.page_note, desk.page_note(page), force)
            self.page_note.setReadOnly(desk.read_only)
        finally:
            self._filling = False

    @staticmethod
    def _set_line(edit: QLineEdit, text: str, force: bool) -> None:
        if (force or not edit.hasFocus()) and edit.text() != text:
            edit.setText(text)

    def _set_text(self, edit: QPlainTextEdit, text: str, force: bool) -> None:
        if (force or not (edit.hasFocus() or self._note_timer.isActive())) and edit.toPlainText() != text:
            edit.setPlainText(text)

    # ------------------------------------------------------------ changes
    def _on_status(self, number: int) -> None:
        if self._filling or not self.key:
            return
        status = STATUSES[number]
        if status == "niet-van-toepassing" and not self.reason.text().strip():
            self.reason_label.show()
            self.reason.show()
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            self.desk.saved.emit(self.tr("Geef een reden op; daarna wordt ‘niet van toepassing’ opgeslagen."))
            return
        self.desk.set_status(self.key, status, self.reason.text().strip() if status == "niet-van-toepassing" else "")

    def _on_reason(self) -> None:
        if self._filling or not self.key:
            return
        reason = self.reason.text().strip()
        chose_nvt = self.status_buttons["niet-van-toepassing"].isChecked()
        entry = self.desk.entry_for(self.page) if self.page is not None else None
        if entry is None or not chose_nvt or not reason or (entry.state.status == "niet-van-toepassing"
                                                              and entry.state.reason == reason):
            return
        self.desk.set_status(self.key, "niet-van-toepassing", reason)

    def _on_responsible(self) -> None:
        if self._filling or not self.key:
            return
        entry = self.desk.entry_for(self.page) if self.page is not None else None
        who = self.responsible.text().strip()
        if entry is not None and entry.state.responsible != who:
            self.desk.set_responsible(self.key, who)

    def _on_typing(self) -> None:
        if not self._filling:
            self._note_timer.start()

    def flush(self) -> None:
        """Save the notes typed since the last save (called after a pause, and before the
        panel shows another page or the window closes)."""
        self._note_timer.stop()
        page = self.page
        if page is None or self.desk.read_only:
            return
        entry = self.desk.entry_for(page) if self.desk.current is not None else None
        if entry is not None and entry.state.note != self.note.toPlainText():
            self.desk.set_note(entry.key, self.note.toPlainText())
        if self.desk.page_note(page) != self.page_note.toPlainText():
            self.desk.set_page_note(page, self.page_note.toPlainText())

    def _evidence(self) -> list[str]:
        return [self.evidence.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.evidence.count())]

    def add_evidence(self, ref: str) -> bool:
        ref = ref.strip()
        if not ref or not self.key or ref in self._evidence():
            return False
        return self.desk.set_evidence(self.key, [*self._evidence(), ref])

    def add_file(self) -> None:
        path, _ = qt_dialogs.open_file_name(self, self.tr("Bestand als bewijs koppelen"))
        if path:
            self.add_evidence(str(Path(path)))

    def add_address(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Adres als bewijs"),
                                        self.tr("Adres (https://…) of pad naar een bestand:"))
        if ok:
            self.add_evidence(text)

    def open_evidence(self) -> None:
        item = self.evidence.currentItem()
        if item is None:
            return
        ref = item.data(Qt.ItemDataRole.UserRole)
        if _is_address(ref):
            self.externalRequested.emit(ref)
        elif Path(ref).exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(ref))
        else:
            self.desk.problem.emit(self.tr("Bestand niet gevonden: %1").replace("%1", ref))

    def remove_evidence(self) -> None:
        item = self.evidence.currentItem()
        if item is not None and self.key:
            ref = item.data(Qt.ItemDataRole.UserRole)
            self.desk.set_evidence(self.key, [r for r in self._evidence() if r != ref])
