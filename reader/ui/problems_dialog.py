""""Inhoudsproblemen": the content problems the core found, for editors."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.content import Problem, Severity
from reader.ui.window_fit import fit_to_screen


class ProblemsDialog(QDialog):
    openRequested = Signal(str)  # page path

    def __init__(self, problems: list[Problem], pages: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(self.tr("Inhoudsproblemen"))
        self.setAccessibleName(self.tr("Inhoudsproblemen"))
        fit_to_screen(self, 900, 520)  # or what fits the screen (issue 21)
        self._pages = pages
        labels = {
            Severity.ERROR: self.tr("Fout"),
            Severity.WARNING: self.tr("Waarschuwing"),
            Severity.INFO: self.tr("Melding"),
        }
        errors = sum(1 for p in problems if p.severity is Severity.ERROR)
        warnings = sum(1 for p in problems if p.severity is Severity.WARNING)

        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr("%1 problemen: %2 fouten, %3 waarschuwingen. Dubbelklik of druk op Enter om de pagina te openen.")
            .replace("%1", str(len(problems))).replace("%2", str(errors))
            .replace("%3", str(warnings)), self)
        summary.setWordWrap(True)
        layout.addWidget(summary)

        bar = QHBoxLayout()
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filteren op bestand of melding"))
        self.filter.setAccessibleName(self.tr("Filteren"))
        self.filter.setClearButtonEnabled(True)
        self.severity = QComboBox(self)
        self.severity.setAccessibleName(self.tr("Ernst"))
        self.severity.addItem(self.tr("Alle"), "")
        for sev in (Severity.ERROR, Severity.WARNING, Severity.INFO):
            self.severity.addItem(labels[sev], labels[sev])
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.severity)
        layout.addLayout(bar)

        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Ernst"), self.tr("Bestand"), self.tr("Regel"), self.tr("Melding"), self.tr("Code")])
        rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
        sort_role = Qt.ItemDataRole.UserRole + 1
        for p in problems:
            row = [QStandardItem(labels.get(p.severity, str(p.severity))), QStandardItem(p.file),
                   QStandardItem(str(p.line) if p.line else ""), QStandardItem(p.message),
                   QStandardItem(p.code)]
            keys = [rank.get(p.severity, 3), p.file.casefold(), p.line or 0,
                    p.message.casefold(), p.code]
            for item, key in zip(row, keys, strict=True):
                item.setEditable(False)
                item.setToolTip(str(p))
                item.setData(key, sort_role)
            self.model.appendRow(row)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.sev_proxy = QSortFilterProxyModel(self)
        self.sev_proxy.setSourceModel(self.proxy)
        self.sev_proxy.setFilterKeyColumn(0)
        self.sev_proxy.setSortRole(sort_role)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Lijst met problemen"))
        self.table.setModel(self.sev_proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(1, 300)
        self.table.activated.connect(self._open)  # Enter, or a double click (as the platform has it)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.severity.currentIndexChanged.connect(self._filter_severity)
        if not problems:
            summary.setText(self.tr("Geen problemen gevonden in de inhoud."))

    def _filter_severity(self) -> None:
        label = self.severity.currentData()
        self.sev_proxy.setFilterFixedString(label or "")

    def _open(self, index) -> None:
        file = self.sev_proxy.index(index.row(), 1).data()
        path = str(file).removesuffix(".md")
        if path in self._pages:
            self.openRequested.emit(path)
