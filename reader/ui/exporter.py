"""Writing the current result list to CSV or XLSX (no widgets).

Row 1 says which query and filters produced the list; row 2 holds the column names;
then one row per page, in the order of the list.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.content import Site
from reader.content.model import BASIC_FACETS, FACET_FASE, FACET_KEYS, FACET_ONDERWERP, FACET_ROL, FACET_SOORT
from reader.ui.facet_labels import facet_label


@dataclass(frozen=True)
class ExportTable:
    description: str
    columns: list[str]
    rows: list[list[str]]
    urls: list[str]  # webadres per row, for hyperlinks


def describe(site: Site, text: str, filters: dict[str, frozenset[str]], total: int, stamp: str) -> str:
    parts = [
        QCoreApplication.translate("Export", "Algoritmekader"),
        QCoreApplication.translate("Export", "%1 resultaten").replace("%1", str(total)),
    ]
    if text.strip():
        parts.append(QCoreApplication.translate("Export", 'zoekterm: "%1"').replace("%1", text.strip()))
    names = {
        FACET_ROL: QCoreApplication.translate("Export", "rol"),
        FACET_FASE: QCoreApplication.translate("Export", "levenscyclus"),
        FACET_ONDERWERP: QCoreApplication.translate("Export", "onderwerp"),
        FACET_SOORT: QCoreApplication.translate("Export", "soort"),
    }
    for facet in BASIC_FACETS:
        values = sorted(filters.get(facet, ()), key=lambda v: _order(site, facet, v))
        if values:
            labels = " of ".join(facet_label(site, facet, v) for v in values)
            parts.append(f"{names[facet]}: {labels}")
    if not text.strip() and not any(filters.values()):
        parts.append(QCoreApplication.translate("Export", "geen zoekterm of filters"))
    parts.append(QCoreApplication.translate("Export", "geëxporteerd %1").replace("%1", stamp))
    return " · ".join(parts)


def _order(site: Site, facet: str, value: str) -> int:
    values = site.facet_values(facet)
    return values.index(value) if value in values else 999


def build_table(site: Site, paths: Sequence[str], description: str) -> ExportTable:
    columns = [
        QCoreApplication.translate("Export", "Titel"),
        QCoreApplication.translate("Export", "Soort"),
        QCoreApplication.translate("Export", "Id"),
        QCoreApplication.translate("Export", "Rollen"),
        QCoreApplication.translate("Export", "Levenscyclus"),
        QCoreApplication.translate("Export", "Onderwerpen"),
        QCoreApplication.translate("Export", "Toelichting"),
        QCoreApplication.translate("Export", "Webadres"),
        QCoreApplication.translate("Export", "Pad"),
    ]
    rows: list[list[str]] = []
    urls: list[str] = []
    for path in paths:
        page = site.get(path)
        if page is None:
            continue
        rows.append(
            [
                page.title,
                page.kind.label,
                page.short_id or "",
                *(", ".join(facet_label(site, facet, v) for v in page.values(FACET_KEYS[facet]))
                  for facet in (FACET_ROL, FACET_FASE, FACET_ONDERWERP)),
                page.summary,
                page.url,
                page.path,
            ]
        )
        urls.append(page.url)
    return ExportTable(description, columns, rows, urls)


def write_csv(table: ExportTable, target: Path) -> None:
    """CSV as spreadsheets in the Netherlands read it: UTF-8 with BOM, ';' between fields."""
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(table.columns)  # the headers in row 1, as tools and screen readers expect
        writer.writerows(table.rows)
        writer.writerow([])
        writer.writerow([table.description])  # what the list is, below it


def write_xlsx(table: ExportTable, target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableStyleInfo

    wb = Workbook()
    ws = wb.active
    ws.title = QCoreApplication.translate("Export", "Resultaten")[:31]
    ws.append(table.columns)  # the headers in row 1; what the list is goes on its own sheet
    fill = PatternFill("solid", fgColor="154273")
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
    url_col = table.columns.index(QCoreApplication.translate("Export", "Webadres")) + 1
    for row, url in zip(table.rows, table.urls, strict=True):
        ws.append(row)
        cell = ws.cell(row=ws.max_row, column=url_col)
        cell.hyperlink = url
        cell.font = Font(color="01689B", underline="single")
    widths = [48, 14, 10, 36, 40, 36, 70, 60, 50]
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "B2"
    last = f"{get_column_letter(len(table.columns))}{max(2, ws.max_row)}"
    excel_table = Table(displayName="Resultaten", ref=f"A1:{last}")  # an Excel table: headers known
    excel_table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(excel_table)
    about = wb.create_sheet(QCoreApplication.translate("Export", "Over deze lijst")[:31])
    about.append([table.description])
    about["A1"].font = Font(bold=True, size=12)
    about["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    about.column_dimensions["A"].width = 120
    wb.properties.title = table.description[:250]
    wb.properties.description = table.description
    wb.properties.creator = "Algoritmekader Reader"
    wb.save(target)


def write(table: ExportTable, target: Path) -> None:
    if target.suffix.lower() == ".xlsx":
        write_xlsx(table, target)
    else:
        write_csv(table, target)
