"""Bestand → "Inhoud openen…": the pack library in a window. Open a folder or a zip, choose
the pack to read (the window switches without a restart), remove one, compare two.

The library itself (`reader.packs.PackLibrary`) knows nothing of Qt; this dialog shows it
and says in Dutch what went wrong (`PackError`) when a folder or zip holds no content.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.packs import PackError, PackLibrary
from reader.packs.metadata import PackInfo
from reader.ui import qt_dialogs
from reader.ui.announce import announce
from reader.ui.responsive import wrapped_label
from reader.ui.window_fit import fit_to_screen

COLUMNS = ("Naam", "Soort", "Versie", "Datum", "Pagina's", "Locatie")
KIND_LABELS = {"samenvatting": "Samenvatting (eigen woorden)", "officieel": "Officiële tekst"}


class PacksDialog(QDialog):
    useRequested = Signal(str)  # the root of the pack to read now
    compareRequested = Signal(str, str)  # old root, new root

    def __init__(self, library: PackLibrary, current_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packsDialog")
        self.setWindowTitle(self.tr("Inhoud openen"))
        self.library = library
        self.current_root = Path(current_root).resolve()
        fit_to_screen(self, 860, 380)  # or what fits the screen (issue 21)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "De app leest één inhoudspakket tegelijk: de meegeleverde samenvatting of een officiële "
            "versie van het Algoritmekader (de map docs/ of de hele repository, als map of als zip). "
            "Elk pakket heeft een eigen zoekindex."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("packTable")
        self.table.setAccessibleName(self.tr("Inhoudspakketten"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.use_selected())
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("&Map openen…"), self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_zip_button = QPushButton(self.tr("&Zip openen…"), self)
        self.open_zip_button.clicked.connect(self.open_zip)
        self.use_button = QPushButton(self.tr("&Lezen"), self)
        self.use_button.setToolTip(self.tr("Dit pakket lezen; het venster wisselt meteen"))
        self.use_button.clicked.connect(self.use_selected)
        self.compare_button = QPushButton(self.tr("&Vergelijken met huidige"), self)
        self.compare_button.setToolTip(self.tr("Wat is er veranderd tussen dit pakket en het pakket dat je nu leest"))
        self.compare_button.clicked.connect(self.compare_selected)
        self.remove_button = QPushButton(self.tr("Ver&wijderen"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.open_folder_button, self.open_zip_button, self.use_button, self.compare_button,
                       self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = wrapped_label(self, "packMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()  # until there is something to say: no empty object in the tree
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    # ------------------------------------------------------------ showing
    def _say(self, text: str) -> None:
        """The dialog's message line, shown and said (to assistive technology)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        announce(self, text, assertive=text.startswith("⚠"))

    def packs(self) -> list[PackInfo]:
        return self.library.packs()

    def refresh(self, select_root: str = "") -> None:
        packs = self.packs()
        self.table.setRowCount(len(packs))
        for r, pack in enumerate(packs):
            reading = Path(pack.root).resolve() == self.current_root
            values = (pack.name + (self.tr("  (nu gelezen)") if reading else ""),
                      self.tr(KIND_LABELS.get(pack.kind, pack.kind)), pack.version or "–", pack.date or "–",
                      str(pack.pages), pack.root)
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, pack.root)
                if c == len(values) - 1:
                    cell.setToolTip(pack.root)
                if reading:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(r, c, cell)
            if pack.root == select_root:
                self.table.selectRow(r)
        if not self.table.selectedItems() and packs:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> PackInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), 0)
        root = cell.data(Qt.ItemDataRole.UserRole) if cell is not None else ""

        return next((p for p in self.packs() if p.root == root), None)

    def _update_buttons(self) -> None:
        pack = self.selected()
        reading = pack is not None and Path(pack.root).resolve() == self.current_root
        self.use_button.setEnabled(pack is not None and not reading)
        self.compare_button.setEnabled(pack is not None and not reading)
        self.remove_button.setEnabled(pack is not None and pack.root != self.packs()[0].root and not reading)

    # ------------------------------------------------------------ actions
    def open_folder(self) -> None:
        folder = qt_dialogs.existing_directory(self, self.tr("Map met inhoud openen"), str(Path.home()))
        if folder:
            self.add(Path(folder))

    def open_zip(self) -> None:
        name, _ = qt_dialogs.open_file_name(self, self.tr("Zip met inhoud openen"), str(Path.home()),
                                              self.tr("Zip-bestanden (*.zip)"))
        if name:
            self.add(Path(name))

    def add(self, path: Path) -> PackInfo | None:
        """Add a folder or zip to the library (a zip is imported safely); the message says
        what went wrong when it holds no content."""
        try:
            pack = self.library.add(path)
        except PackError as exc:
            self._say("⚠ " + str(exc))
            return None
        except OSError as exc:
            self._say("⚠ " + self.tr("Openen is mislukt: %1").replace("%1", str(exc)))
            return None
        self._say(self.tr("Toegevoegd: %1 (%2 pagina's). Kies Lezen om het te openen.")
                             .replace("%1", pack.name).replace("%2", str(pack.pages)))
        self.refresh(select_root=pack.root)
        return pack

    def use_selected(self) -> None:
        pack = self.selected()
        if pack is None or Path(pack.root).resolve() == self.current_root:
            return
        try:
            self.library.use(pack.name)
        except (PackError, OSError) as exc:
            self._say("⚠ " + str(exc))
            return
        self.useRequested.emit(pack.root)
        self.accept()

    def compare_selected(self) -> None:
        pack = self.selected()
        if pack is not None:
            self.compareRequested.emit(pack.root, str(self.current_root))

    def remove_selected(self) -> None:
        pack = self.selected()
        if pack is None:
            return
        answer = QMessageBox.question(self, self.tr("Pakket verwijderen"), self.tr(
            "Pakket ‘%1’ uit de lijst halen? Een geïmporteerde zip wordt van deze computer verwijderd; "
            "een map blijft staan.").replace("%1", pack.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.library.remove(pack.name)
        except (PackError, OSError) as exc:
            self._say("⚠ " + str(exc))
            return
        self._say(self.tr("Verwijderd: %1").replace("%1", pack.name))
        self.refresh()
