"""Print / PDF of a page and the result list to CSV and XLSX."""

from __future__ import annotations

import csv
import unicodedata

from openpyxl import load_workbook

from tests.ui.conftest import TOOL, wait_results
from tests.ui.pdftext import pdf_text, pdf_title


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
    import re

    w = ready_window
    w.open_path(TOOL)
    target = tmp_path / "pagina.pdf"
    assert w.export_pdf_to(target)
    data = target.read_bytes()
    uris = re.findall(rb"/URI\s*\(([^)]*)\)", data)
    assert uris, "the PDF has links"
    assert not [u for u in uris if u.startswith(b"reader:")]
    linked = content_site.maatregelen_of(content_site.get(TOOL))[0].page
    assert linked.url.encode() in uris  # a linked maatregel, on the official site
    text = _squash(pdf_text(data))
    assert _squash("Adressen") in text and _squash(linked.url) in text


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
    assert "dpia" in rows[0][0] and "Jurist" in rows[0][0]
    assert f"{len(expected)} resultaten" in rows[0][0]
    assert rows[1][0] == "Titel" and rows[1][-1] == "Pad"
    assert [r[-1] for r in rows[2:]] == expected
    assert rows[2][0] == content_site.get(expected[0]).title

    xlsx_path = tmp_path / "lijst.xlsx"
    assert w.export_list_to(xlsx_path) == len(expected)
    ws = load_workbook(xlsx_path).active
    values = list(ws.iter_rows(values_only=True))
    assert values[0][0] == rows[0][0]
    assert list(values[1]) == rows[1]
    assert [r[-1] for r in values[2:]] == expected
    assert ws.cell(row=3, column=rows[1].index("Webadres") + 1).hyperlink is not None


def test_list_export_of_the_whole_browse_list(qtbot, ready_window, content_site, tmp_path):
    w = ready_window
    wait_results(qtbot, w, lambda: w.sidebar.set_filters({"soort": {"hulpmiddel"}}),
                 lambda r: r.query.kinds == {"hulpmiddel"})
    path = tmp_path / "hulpmiddelen.csv"
    n = w.export_list_to(path)
    assert n == len(content_site.members("soort", "hulpmiddel"))
    first = path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "soort: Hulpmiddel" in first
