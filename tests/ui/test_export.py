"""Print / PDF of a page and the result list to CSV and XLSX."""

from __future__ import annotations

import csv
import unicodedata

from openpyxl import load_workbook

from tests.ui.conftest import TOOL, wait_results
from tests.ui.pdftext import pdf_text, pdf_title, pdf_uris


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_pdf_export_contains_the_page_title(qtbot, ready_window, content_site, tmp_path):
    w = ready_window
    w.open_path(TOOL)
    target = tmp_path / "pagina.pdf"
    assert w.export_pdf_to(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    title = content_site.get(TOOL).title
    assert pdf_title(data) == title
    text = pdf_text(data)
    assert _squash(title) in _squash(text)
    # printing expands the collapsibles and includes the linked maatregelen
    for ref in content_site.maatregelen_of(content_site.get(TOOL))[:3]:
        assert _squash(ref.page.title) in _squash(text)


def test_pdf_links_go_to_official_addresses_shown_on_paper(qtbot, ready_window, content_site, tmp_path):
    """No reader:// address in the PDF: page links point at the official site, and every
    address is printed as a numbered note (issue 18)."""
    w = ready_window
    w.open_path(TOOL)
    target = tmp_path / "pagina.pdf"
    assert w.export_pdf_to(target)
    data = target.read_bytes()
    uris = pdf_uris(data)
    assert uris, "the PDF has links"
    assert not [u for u in uris if u.startswith("reader:")]
    linked = content_site.maatregelen_of(content_site.get(TOOL))[0].page
    assert linked.url in uris  # a linked maatregel, on the official site
    text = _squash(pdf_text(data))
    assert _squash("Adressen") in text and _squash(linked.url) in text


def test_pdf_export_is_tagged(qtbot, ready_window, content_site, tmp_path):
    """The window's PDF is tagged PDF/UA-1 (issue 21; the structure itself: tests/test_tagged_pdf.py)."""
    import pikepdf

    w = ready_window
    w.open_path(TOOL)
    target = tmp_path / "pagina.pdf"
    assert w.export_pdf_to(target)
    with pikepdf.open(target) as pdf:
        assert bool(pdf.Root.MarkInfo.Marked) and str(pdf.Root.Lang) == "nl"
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        assert "/StructTreeRoot" in pdf.Root
        with pdf.open_outline() as outline:
            assert outline.root and outline.root[0].children  # bookmarks: the title, its sections
    assert "⚠" not in w.status_label.text() and str(target) in w.status_label.text()


def test_pdf_export_without_weasyprint_falls_back_to_qt_and_says_so(
        qtbot, ready_window, content_site, tmp_path, monkeypatch):
    """Where WeasyPrint cannot be loaded (a Windows laptop without Pango, say) the page is
    still exported, by Qt, untagged, and the status bar says the PDF has no structure."""
    import sys

    import pikepdf

    from reader import pdf

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import weasyprint -> ImportError
    pdf.unavailable.cache_clear()
    try:
        w = ready_window
        w.open_path(TOOL)
        target = tmp_path / "pagina.pdf"
        assert w.export_pdf_to(target)
        assert pdf.unavailable() == pdf.NO_LIBRARY
    finally:
        pdf.unavailable.cache_clear()
    data = target.read_bytes()
    with pikepdf.open(target) as doc:
        assert "/StructTreeRoot" not in doc.Root  # Qt's writer: untagged
    title = content_site.get(TOOL).title
    assert pdf_title(data) == title and _squash(title) in _squash(pdf_text(data))
    status = w.status_label.text()
    assert status.startswith("⚠") and "geen toegankelijkheidsstructuur" in status and "WeasyPrint" in status


def test_pdf_is_not_offered_on_the_start_page(ready_window):
    w = ready_window
    w.go_home()
    assert not w.actions_.export_pdf.isEnabled()
    assert not w.actions_.print.isEnabled()


def test_list_export_csv_and_xlsx(qtbot, ready_window, content_site, tmp_path):
    w = ready_window
    result = wait_results(qtbot, w, lambda: w.sidebar.set_filters({"rol": {"jurist"}}),
                          lambda r: r.query.roles == {"jurist"})
    result = wait_results(qtbot, w, lambda: w.sidebar.search.setText("dpia"),
                          lambda r: r.query.text == "dpia")
    expected = [h.path for h in w.controller.search_now(
        w.current_query(limit=None)).hits]
    assert len(expected) == result.total

    csv_path = tmp_path / "lijst.csv"
    assert w.export_list_to(csv_path) == len(expected)
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    # the column headers in row 1 (issue 21); what the list is, below it
    assert rows[0][0] == "Titel" and rows[0][-1] == "Pad"
    assert [r[-1] for r in rows[1:1 + len(expected)]] == expected
    assert rows[1][0] == content_site.get(expected[0]).title
    description = rows[-1][0]
    assert rows[-2] == [] and "dpia" in description and "Jurist" in description
    assert f"{len(expected)} resultaten" in description

    xlsx_path = tmp_path / "lijst.xlsx"
    assert w.export_list_to(xlsx_path) == len(expected)
    book = load_workbook(xlsx_path)
    ws = book.worksheets[0]
    values = list(ws.iter_rows(values_only=True))
    assert list(values[0]) == rows[0]
    assert [r[-1] for r in values[1:]] == expected
    assert ws.cell(row=2, column=rows[0].index("Webadres") + 1).hyperlink is not None
    assert list(ws.tables) and ws.tables[next(iter(ws.tables))].ref.startswith("A1:")  # an Excel table
    assert book.worksheets[1]["A1"].value == description and book.properties.description == description


def test_list_export_of_the_whole_browse_list(qtbot, ready_window, content_site, tmp_path):
    w = ready_window
    wait_results(qtbot, w, lambda: w.sidebar.set_filters({"soort": {"hulpmiddel"}}),
                 lambda r: r.query.kinds == {"hulpmiddel"})
    path = tmp_path / "hulpmiddelen.csv"
    n = w.export_list_to(path)
    assert n == len(content_site.members("soort", "hulpmiddel"))
    last = path.read_text(encoding="utf-8-sig").splitlines()[-1]
    assert "soort: Hulpmiddel" in last
