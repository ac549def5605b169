"""The project report as PDF: its HTML printed by Qt's text layout (no window needed)."""

from __future__ import annotations

import os
from pathlib import Path


def write_pdf(target: Path, html_text: str) -> None:
    """Print `html_text` to an A4 PDF; runs on the offscreen platform when there is no app."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    app = QGuiApplication.instance() or QGuiApplication([])
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle("Projectrapport")
    doc = QTextDocument()
    doc.setHtml(html_text)
    doc.print_(writer)
    del writer, app
