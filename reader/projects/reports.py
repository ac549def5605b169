"""The "Projectrapport": HTML (to print or turn into PDF), XLSX and ODS.

Each has a title block (project, date, content version, the profile), then per phase the
items with status, note, responsible and evidence, the open items first, and a short note
that this is a working list, not a compliance certificate. The spreadsheets have a summary
sheet first (the project, its filters and the date in the first rows, as a report's title
block) and one sheet per phase whose first row holds the column headers (the sheet's name is
the phase), so a spreadsheet program or a screen reader knows the columns: in XLSX an Excel
table object, in ODS header rows; links go to the official pages.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from reader.content import Site
from reader.content.model import FACET_FASE, FACET_ROL
from reader.projects.database import STATUSES, Project
from reader.projects.worklist import OTHER_PHASE, Entry, Group, Worklist

DISCLAIMER = ("Dit is een werklijst op basis van het Algoritmekader, geen bewijs van naleving of certificaat: "
              "het Algoritmekader is geen afvinklijst. Beoordeel zelf wat voor je project nodig is.")
STATUS_LABELS = {"te-doen": "Te doen", "bezig": "Bezig", "gedaan": "Gedaan",
                 "niet-van-toepassing": "Niet van toepassing"}
FLAG_LABELS = {"niet-meer-in-profiel": "past niet meer bij het profiel", "niet-in-inhoud": "niet meer in de inhoud",
               "gewijzigd": "pagina gewijzigd"}
COLUMNS = ("Titel", "Soort", "Id", "Status", "Reden", "Notitie", "Verantwoordelijke", "Bewijs", "Gewijzigd",
           "Signalen", "Adres")


def content_version(site: Site) -> str:
    """The content's version for a report: the pack's name, the upstream version and date
    it holds or follows (its `pack.json`, else what the folder tells), and the app's."""
    from reader import __version__
    from reader.packs.metadata import site_info

    info = site_info(site)
    if info.is_summary:  # the summary's own name, then the upstream version it follows
        upstream = info.label.removeprefix(info.name).strip()
        text = f"{info.name}, volgt {upstream}" if upstream else info.name
    else:
        text = info.label
    return f"{text}; Reader {__version__}"


def phase_label(site: Site, phase: str) -> str:
    return site.label(FACET_FASE, phase) if phase != OTHER_PHASE else "Overig (geen passende fase)"


def ordered(group: Group) -> list[Entry]:
    """The open items first, each part in list order."""
    return sorted(group.entries, key=lambda e: not e.open)


def row(entry: Entry) -> list[str]:
    s = entry.state
    return [entry.title, entry.kind, entry.key, STATUS_LABELS.get(s.status, s.status), s.reason, s.note,
            s.responsible, "\n".join(s.evidence), s.changed[:16].replace("T", " "),
            ", ".join(FLAG_LABELS.get(f, f) for f in entry.flags), entry.url]


def title_rows(site: Site, project: Project, content_version: str, date: str) -> list[tuple[str, str]]:
    profile = "; ".join(f"{facet}: {', '.join(values)}" for facet, values in project.profile.items() if values)
    return [
        ("Project", project.name),
        ("Omschrijving", project.description),
        ("Datum", date),
        ("Inhoudsversie", content_version),
        ("Rollen", ", ".join(site.label(FACET_ROL, r) for r in project.roles)),
        ("Huidige fase", ", ".join(phase_label(site, p) for p in project.phases_current)),
        ("Geplande fasen", ", ".join(phase_label(site, p) for p in project.phases_planned)),
        ("AI-verordening", profile or "(geen profiel)"),
        ("Hulpmiddelen", ", ".join(project.hulpmiddelen)),
    ]


def _progress_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{STATUS_LABELS[s].lower()} {counts[s]}" for s in STATUSES)


def report_html(site: Site, project: Project, worklist: Worklist, content_version: str, date: str) -> str:
    e = html.escape
    out = ["<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>",
           f"<title>Projectrapport {e(project.name)}</title></head><body>",
           f"<h1>Projectrapport: {e(project.name)}</h1>", "<table class='titel'>"]
    for name, value in title_rows(site, project, content_version, date):
        out.append(f"<tr><th align='left'>{e(name)}</th><td>{e(value)}</td></tr>")
    overall = worklist.progress.as_dict()
    out.append(f"<tr><th align='left'>Voortgang</th><td>{overall['afgerond']} van {overall['totaal']} afgerond "
               f"({e(_progress_text(overall))})</td></tr></table>")
    out.append(f"<p><em>{e(DISCLAIMER)}</em></p>")
    for group in worklist.groups:
        counts = group.progress.as_dict()
        out.append(f"<h2>{e(phase_label(site, group.phase))}</h2>")
        out.append(f"<p>{counts['afgerond']} van {counts['totaal']} afgerond ({e(_progress_text(counts))})</p>")
        out.append("<table border='1' cellspacing='0' cellpadding='3'><tr>" + "".join(
            f"<th>{c}</th>" for c in ("Item", "Status", "Notitie", "Verantwoordelijke", "Bewijs")) + "</tr>")
        for entry in ordered(group):
            s = entry.state
            title = f"<a href='{e(entry.url)}'>{e(entry.title)}</a>" if entry.url else e(entry.title)
            flags = f"<br><small>{e(', '.join(FLAG_LABELS.get(f, f) for f in entry.flags))}</small>" \
                if entry.flags else ""
            status = e(STATUS_LABELS.get(s.status, s.status)) + (f": {e(s.reason)}" if s.reason else "")
            evidence = "<br>".join(e(x) for x in s.evidence)
            note = e(s.note).replace("\n", "<br>")
            out.append(f"<tr><td>{title}<br><small>{e(entry.kind)} · {e(entry.key)}</small>{flags}</td>"
                       f"<td>{status}</td><td>{note}</td><td>{e(s.responsible)}</td><td>{evidence}</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def _sheet_name(name: str, taken: set[str]) -> str:
    clean = "".join(c for c in name if c not in "[]:*?/\\")[:31] or "Blad"
    base, n = clean, 2
    while clean.lower() in taken:
        suffix = f" ({n})"
        clean, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(clean.lower())
    return clean


def _summary_rows(site: Site, project: Project, worklist: Worklist, content_version: str,
                  date: str) -> list[list[str | int]]:
    rows: list[list[str | int]] = [["Projectrapport"]]
    rows += [[name, value] for name, value in title_rows(site, project, content_version, date)]
    rows += [[DISCLAIMER], [], ["Fase", *(STATUS_LABELS[s] for s in STATUSES), "Totaal", "Afgerond"]]
    for group in worklist.groups:
        counts = group.progress.as_dict()
        rows.append([phase_label(site, group.phase), *(counts[s] for s in STATUSES), counts["totaal"],
                     counts["afgerond"]])
    counts = worklist.progress.as_dict()
    rows.append(["Totaal", *(counts[s] for s in STATUSES), counts["totaal"], counts["afgerond"]])
    return rows


def _sheets(site: Site, worklist: Worklist) -> Iterable[tuple[str, list[list[str | int]]]]:
    for group in worklist.groups:
        yield phase_label(site, group.phase), [list[str | int](row(entry)) for entry in ordered(group)]


def write_xlsx(path: Path, site: Site, project: Project, worklist: Worklist, content_version: str,
               date: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.table import Table, TableStyleInfo

    book = Workbook()
    book.properties.title = f"Projectrapport {project.name}"
    book.properties.language = "nl"
    taken: set[str] = set()
    summary = book.active
    summary.title = _sheet_name("Samenvatting", taken)
    for values in _summary_rows(site, project, worklist, content_version, date):
        summary.append(values)
    summary["A1"].font = Font(bold=True, size=14)
    summary.column_dimensions["A"].width = 36
    summary.column_dimensions["B"].width = 60
    url_col = COLUMNS.index("Adres") + 1
    for name, rows in _sheets(site, worklist):
        sheet = book.create_sheet(_sheet_name(name, taken))
        sheet.append(list[str | int](COLUMNS))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for values in rows:
            sheet.append(values)
            link = sheet.cell(row=sheet.max_row, column=1)
            if values[url_col - 1]:
                link.hyperlink = str(values[url_col - 1])
                link.style = "Hyperlink"
            for cell in sheet[sheet.max_row]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A2"
        if rows:  # an Excel table (headers, filter buttons); one needs at least one data row
            table = Table(displayName=f"Fase{len(book.sheetnames) - 1}",
                          ref=f"A1:{chr(ord('A') + len(COLUMNS) - 1)}{sheet.max_row}")
            table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
            sheet.add_table(table)
        for letter, width in zip("ABCDEFGHIJK", (50, 12, 26, 18, 30, 40, 20, 40, 17, 24, 50), strict=True):
            sheet.column_dimensions[letter].width = width
    book.save(path)


def write_ods(path: Path, site: Site, project: Project, worklist: Worklist, content_version: str,
              date: str) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableHeaderRows, TableRow
    from odf.text import A, P

    doc = OpenDocumentSpreadsheet()
    taken: set[str] = set()

    def add_row(table: Table | TableHeaderRows, values: list, links: dict[int, str] | None = None) -> None:
        tr = TableRow()
        for i, value in enumerate(values):
            if isinstance(value, int):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
            else:
                cell = TableCell(valuetype="string")
                lines = str(value).split("\n") if value != "" else []
                for j, line in enumerate(lines):
                    p = P()
                    href = (links or {}).get(i)
                    if href and j == 0:
                        p.addElement(A(href=href, text=line))
                    else:
                        p.addText(line)
                    cell.addElement(p)
            tr.addElement(cell)
        table.addElement(tr)

    summary = Table(name=_sheet_name("Samenvatting", taken))
    for values in _summary_rows(site, project, worklist, content_version, date):
        add_row(summary, values)
    doc.spreadsheet.addElement(summary)
    url_col = COLUMNS.index("Adres")
    for name, rows in _sheets(site, worklist):
        table = Table(name=_sheet_name(name, taken))
        header = TableHeaderRows()  # the column headers, repeated on every printed page
        add_row(header, list[str | int](COLUMNS))
        table.addElement(header)
        for values in rows:
            url = str(values[url_col])
            add_row(table, list(values), {0: url, url_col: url} if url else {})
        doc.spreadsheet.addElement(table)
    doc.save(str(path))
