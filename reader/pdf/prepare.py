"""The app's HTML made fit for a tagged PDF (no Qt, no WeasyPrint; the parser is tinyhtml5).

The renderer writes HTML for QTextBrowser, which knows no boxes, so admonitions, collapsibles,
cards, buttons and diagrams are tables there. In a tagged PDF a table is a data table for a
screen reader, so here those layout tables become plain blocks again. Besides that:

* key/value tables (the page's labels, the glossary, report title rows) get row headers,
  and a first row of column headers becomes the table head (repeated on every page);
* headings do not skip a level going down and the first one is H1 (PDF/UA, Matterhorn 14);
* an `<a>` without `href` (a named anchor) is no link; an image without text gets one;
* `<html lang>` and `<title>` are always set: the PDF's language and the title it shows.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

#: table classes that only lay blocks out (reader/render/mdext.py), and the cells to drop
LAYOUT_TABLES = frozenset({"adm", "exp", "cards", "button", "diagram"})
DECORATION_CELLS = frozenset({"adm-bar", "card-empty"})
#: cells that name their row in a two-column table
ROW_HEADER_CELLS = frozenset({"meta-key"})
ROW_HEADER_TABLES = frozenset({"glossary"})
BLOCK_TAGS = frozenset({"p", "div", "ul", "ol", "dl", "pre", "table", "blockquote", "hr",
                        "h1", "h2", "h3", "h4", "h5", "h6"})
HEADING = re.compile(r"h([1-6])\Z")
NO_ALT = "Afbeelding zonder beschrijving"


def _classes(el: ET.Element) -> set[str]:
    return set(el.get("class", "").split())


def _rows(table: ET.Element) -> list[ET.Element]:
    rows: list[ET.Element] = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(r for r in child if r.tag == "tr")
    return rows


def _cells(row: ET.Element) -> list[ET.Element]:
    return [c for c in row if c.tag in ("td", "th")]


def _unwrap_layout_table(table: ET.Element) -> None:
    """`table` in place -> a `div` of the same classes holding one block per kept cell."""
    cells = [c for row in _rows(table) for c in _cells(row) if not _classes(c) & DECORATION_CELLS]
    tail = table.tail
    attrs = {"class": table.get("class", "")}
    table.clear()
    table.tag = "div"
    table.attrib.update(attrs)
    table.tail = tail
    for cell in cells:
        block = any(child.tag in BLOCK_TAGS for child in cell)
        cell.tag = "div" if block else "p"
        for name in [n for n in cell.attrib if n != "class"]:
            del cell.attrib[name]
        cell.tail = None
        table.append(cell)


def _table_headers(table: ET.Element) -> None:
    rows = _rows(table)
    if not rows:
        return
    row_headers = bool(_classes(table) & ROW_HEADER_TABLES)
    for row in rows:
        cells = _cells(row)
        for i, cell in enumerate(cells):
            if cell.tag == "td" and (_classes(cell) & ROW_HEADER_CELLS or (row_headers and i == 0)):
                cell.tag = "th"
        if all(c.tag == "th" for c in cells):
            for c in cells:
                c.attrib.setdefault("scope", "col")
        else:
            for c in cells:
                if c.tag == "th":
                    c.attrib.setdefault("scope", "row")
    first = rows[0]
    if any(child.tag == "thead" for child in table) or not all(c.get("scope") == "col" for c in _cells(first)):
        return
    parent = next((p for p in table.iter() if first in list(p)), None)
    if parent is None:
        return
    parent.remove(first)
    head = ET.Element("thead")
    head.append(first)
    table.insert(0, head)


def _fix_headings(root: ET.Element) -> None:
    level = 0
    for el in root.iter():
        m = HEADING.match(el.tag) if isinstance(el.tag, str) else None
        if m is None:
            continue
        wanted = min(int(m.group(1)), level + 1)
        if wanted != int(m.group(1)):
            el.set("class", (el.get("class", "") + f" was-h{m.group(1)}").strip())
            el.tag = f"h{wanted}"
        level = wanted


def prepare(html: str, *, title: str, lang: str = "nl", css: str = "") -> str:
    """`html` (a whole document) as the tagged PDF's source; see the module's docstring.
    `css` comes last in the head, so that it wins over the page's own stylesheet."""
    import tinyhtml5

    root = tinyhtml5.parse(html, namespace_html_elements=False)
    root.set("lang", root.get("lang") or lang)
    head = root.find("head")
    if head is None:
        head = ET.Element("head")
        root.insert(0, head)
    title_el = head.find("title")
    if title_el is None:
        title_el = ET.SubElement(head, "title")
    if not (title_el.text or "").strip():
        title_el.text = title
    if css:
        ET.SubElement(head, "style").text = css
    # innermost first, so that a layout table inside a layout table is handled before its parent
    tables = [t for t in root.iter("table")]
    for table in reversed(tables):
        if _classes(table) & LAYOUT_TABLES:
            _unwrap_layout_table(table)
        else:
            _table_headers(table)
    for a in root.iter("a"):
        if not a.get("href"):
            name = a.get("name") or a.get("id")
            a.tag = "span"
            a.attrib.clear()
            if name:
                a.set("id", name)
    for img in root.iter("img"):
        if not " ".join(img.get("alt", "").split()):
            img.set("alt", img.get("title") or NO_ALT)
    _fix_headings(root)
    return "<!DOCTYPE html>\n" + ET.tostring(root, encoding="unicode", method="html")
