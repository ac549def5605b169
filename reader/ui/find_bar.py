"""The find-in-page bar: a field, previous / next, the match count and a close button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.ui import theme
from reader.ui.announce import announce


class _FindField(QLineEdit):
    nextRequested = Signal()
    previousRequested = Signal()
    closeRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previousRequested.emit()
            else:
                self.nextRequested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
            return
        super().keyPressEvent(event)


class FindBar(QFrame):
    searchChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAccessibleName(self.tr("Zoeken in pagina"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        label = QLabel(self.tr("Zoeken in pagina:"), self)
        self.field = _FindField(self)
        self.field.setObjectName("findField")
        self.field.setAccessibleName(self.tr("Zoeken in pagina"))
        self.field.setPlaceholderText(self.tr("Woord op deze pagina"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(280)
        label.setBuddy(self.field)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setAccessibleName(self.tr("Aantal treffers"))
        self.count.setMinimumWidth(90)
        self.prev_button = QToolButton(self)
        self.prev_button.setToolTip(self.tr("Vorige treffer (Shift+Enter)"))
        self.prev_button.setAccessibleName(self.tr("Vorige treffer"))
        self.prev_button.setShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious))
        self.next_button = QToolButton(self)
        self.next_button.setToolTip(self.tr("Volgende treffer (Enter)"))
        self.next_button.setAccessibleName(self.tr("Volgende treffer"))
        self.next_button.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
        self.close_button = QToolButton(self)
        self.close_button.setToolTip(self.tr("Sluiten (Esc)"))
        self.close_button.setAccessibleName(self.tr("Zoekbalk sluiten"))
        for b in (self.prev_button, self.next_button, self.close_button):
            b.setAutoRaise(True)
        layout.addWidget(label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count)
        layout.addStretch(0)
        layout.addWidget(self.close_button)

        self.field.textChanged.connect(self.searchChanged)
        self.field.nextRequested.connect(self.nextRequested)
        self.field.previousRequested.connect(self.previousRequested)
        self.field.closeRequested.connect(self.close_bar)
        self.next_button.clicked.connect(self.nextRequested)
        self.prev_button.clicked.connect(self.previousRequested)
        self.close_button.clicked.connect(self.close_bar)
        self.update_icons()

    def update_icons(self) -> None:
        self.prev_button.setIcon(theme.icon("up"))
        self.next_button.setIcon(theme.icon("down"))
        self.close_button.setIcon(theme.icon("close"))

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self.searchChanged.emit(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_count(self, current: int, total: int) -> None:
        if not self.field.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("Geen treffers"))
        else:
            self.count.setText(self.tr("%1 van %2").replace("%1", str(current)).replace("%2", str(total)))
        self.count.setAccessibleDescription(self.count.text())
        if self.count.text():
            announce(self.count, self.count.text())
