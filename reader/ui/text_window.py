"""A second window with one rendered document beside the main one: the official text of a
page ("Officiële tekst", from an official pack) or "Wat is er veranderd" between two packs.

Links are handed to the main window (`linkClicked`), which opens pages and asks before an
external address leaves the app; images come only from the pack's own folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from reader.ui.page_browser import PageBrowser
from reader.ui.window_fit import fit_to_screen


class TextWindow(QDialog):
    linkClicked = Signal(str)

    def __init__(self, title: str, html: str, *, note: str = "", root: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textWindow")
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(self, 820, 720)  # or what fits the screen (issue 21)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        self.note = QLabel(note, self)
        self.note.setObjectName("textWindowNote")
        self.note.setWordWrap(True)
        self.note.setContentsMargins(12, 8, 12, 4)
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        self.browser = PageBrowser(self)
        self.browser.content_root = root
        self.browser.setAccessibleName(title)
        self.browser.setHtml(html)
        self.browser.linkClicked.connect(self.linkClicked)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        buttons.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.browser.toPlainText()
