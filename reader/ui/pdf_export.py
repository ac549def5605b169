"""A page, the project report or the decision aid's result as PDF (no window needed: the CLI
uses it too).

Tagged PDF/UA-1 (reader.pdf, WeasyPrint) where it can be made; where it cannot (no Pango on
this computer, WeasyPrint not installed, a layout failure) Qt's text layout prints the same
HTML to an untagged PDF, and the caller shows `write_pdf`'s notice saying so.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader import pdf

CREATOR = "Algoritmekader Reader"


def untagged_notice(reason: str) -> str:
    """What to tell the user when the PDF had to be written without tags, and why."""
    if reason == pdf.NO_LIBRARY:
        why = QCoreApplication.translate(
            "PdfExport", "de onderdelen voor toegankelijke PDF (WeasyPrint) zijn niet geïnstalleerd")
    elif reason == pdf.NO_PANGO:
        why = QCoreApplication.translate("PdfExport", "de tekstopmaakbibliotheek Pango ontbreekt op deze computer")
    else:
        why = QCoreApplication.translate("PdfExport", "de toegankelijke PDF kon niet worden opgemaakt")
    notice = QCoreApplication.translate(
        "PdfExport", "Let op: deze PDF heeft geen toegankelijkheidsstructuur (geen tags, taal of bladwijzers "
        "voor schermlezers), want %1.")
    return notice.replace("%1", why)


def write_pdf(target: Path, html: str, *, title: str, font_family: str = "") -> str:
    """Write `html` (a whole document) to `target`: "" when the PDF is tagged, else the
    notice that it is not. Raises OSError when the file cannot be written."""
    try:
        pdf.write_tagged_pdf(target, html, title=title)
        return ""
    except RuntimeError as exc:
        reason = str(exc)
    write_qt_pdf(target, html, title=title, font_family=font_family)
    return untagged_notice(reason)


def write_qt_pdf(target: Path, html: str, *, title: str, font_family: str = "") -> None:
    """Qt's untagged A4 PDF of `html`; runs on the offscreen platform when there is no app."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    app = QGuiApplication.instance() or QGuiApplication([])
    target.unlink(missing_ok=True)
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    doc = QTextDocument()
    if font_family:
        doc.setDefaultFont(QFont(font_family, 10))
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.print_(writer)
    del writer, app
    if not target.is_file() or target.stat().st_size == 0:
        said = QCoreApplication.translate("PdfExport", "De PDF kon niet worden geschreven: %1")
        raise OSError(said.replace("%1", str(target)))
