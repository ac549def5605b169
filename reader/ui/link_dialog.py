"""Asks before an external link leaves the app: open in the browser, copy, or cancel."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.ui import window_fit


class LinkChoice(Enum):
    OPEN = "open"
    COPY = "copy"
    CANCEL = "cancel"


class ExternalLinkDialog(QMessageBox):
    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("externalLinkDialog")
        self.url = url
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Externe link"))
        self.setText(self.tr("Deze link gaat naar een website buiten de app."))
        self.setInformativeText(
            self.tr("%1\n\nOpenen in de browser werkt alleen met een internetverbinding.")
            .replace("%1", url))
        self.open_button = self.addButton(self.tr("Openen in browser"),
                                          QMessageBox.ButtonRole.AcceptRole)
        self.copy_button = self.addButton(self.tr("Link kopiëren"), QMessageBox.ButtonRole.ActionRole)
        self.cancel_button = self.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.copy_button)
        self.setEscapeButton(self.cancel_button)
        self.setAccessibleName(self.tr("Externe link"))
        self.setAccessibleDescription(url)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # the message box takes its size here
        window_fit.place(self)  # centred on the window, inside the screen (issue 21)

    def choice(self) -> LinkChoice:
        clicked = self.clickedButton()
        if clicked is self.open_button:
            return LinkChoice.OPEN
        if clicked is self.copy_button:
            return LinkChoice.COPY
        return LinkChoice.CANCEL
