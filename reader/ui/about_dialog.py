"""About: version, where the content comes from and how old it is, the licences."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.ui import page_accessibility, theme, window_fit
from reader.ui.responsive import column_scroll


class AboutDialog(QDialog):
    def __init__(self, content: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Over Algoritmekader Reader"))
        self.setAccessibleName(self.tr("Over Algoritmekader Reader"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        head = QHBoxLayout()
        logo = page_accessibility.mark_decorative(QLabel(self))
        logo.setPixmap(theme.icon("app").pixmap(56, 56))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            f"<h2 style='margin:0'>Algoritmekader Reader</h2>"
            f"<p style='margin:4px 0 0 0'>{html.escape(self.tr('Versie %1').replace('%1', __version__))}</p>",
            self)
        head.addWidget(title, 1)
        layout.addLayout(head)

        rows = [
            (self.tr("Inhoud"), content.get("source", "")),
            (self.tr("Wat het is"), content.get("statement", "")),
            (self.tr("Versie van het kader"), content.get("version", "")),
            (self.tr("Datum van die versie"), content.get("date", "")),
            (self.tr("Officiële website"), content.get("site", "")),
            (self.tr("Inhoudsmap"), content.get("root", "")),
            (self.tr("Pagina's"), content.get("pages", "")),
        ]
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v)}</td></tr>" for k, v in rows if v)
        body = QLabel(
            "<p>" + html.escape(self.tr(
                "Lees en doorzoek het Algoritmekader van de Nederlandse overheid, volledig offline."))
            + "</p>"
            f"<table>{table}</table>"
            "<p>" + html.escape(self.tr(
                "De inhoud van het Algoritmekader is gepubliceerd door het Ministerie van "
                "Binnenlandse Zaken en Koninkrijksrelaties onder de EUPL-1.2-licentie.")) + "</p>"
            "<p>" + html.escape(self.tr(
                "Deze app is vrije software onder de EUPL-1.2-licentie. Hij gebruikt Qt en "
                "PySide6 (LGPL-3.0), Whoosh (BSD), Markdown (BSD) en openpyxl (MIT).")) + "</p>"
            f"<p style='color:gray'>Qt {qVersion()} · PySide6 {pyside_version} · "
            f"Python {platform.python_version()}</p>",
            self)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        body.setMinimumWidth(min(460, 30 * body.fontMetrics().averageCharWidth()))
        # the text scrolls when the screen is small (200 %, issue 21); the button stays in view
        scroll = column_scroll(QScrollArea(self))  # (the text wraps: no scrolling sideways)
        scroll.setObjectName("aboutScroll")
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        width = round(560 * window_fit.font_scale(self))
        margins = layout.contentsMargins()
        text_width = width - margins.left() - margins.right() - scroll.verticalScrollBar().sizeHint().width()
        height = (head.sizeHint().height() + body.heightForWidth(text_width) + buttons.sizeHint().height()
                  + 2 * layout.spacing() + margins.top() + margins.bottom())
        window_fit.fit_to_screen(self, width, height, scaled=False)  # the text scrolls where that is too high
