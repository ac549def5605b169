"""Tagged PDF (issue 21, PDF/UA-1): real pages of the bundled content exported by reader.pdf,
read back with pikepdf: the structure tree, language, title, bookmarks and link annotations."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pikepdf
import pytest

from reader.content import Site
from reader.pdf import prepare, unavailable, write_tagged_pdf
from reader.render import render_page
from reader.render.html import printable_links
from tests.ui.pdftext import pdf_text

REPO = Path(__file__).resolve().parents[1]
TOOL = "voldoen-aan-wetten-en-regels/hulpmiddelen/governancekader-VNG"  # H1-H3, lists, a table, a button
PHASE = "levenscyclus/ontwerp"  # admonitions, link lists


@pytest.fixture(scope="module")
def site() -> Site:
    return Site.load(REPO / "content")


def _printable(site: Site, path: str) -> tuple[str, str]:
    rendered = render_page(site, site.pages[path], print_mode=True, dark=False)
    return rendered.title, printable_links(site, rendered.html, path)


@pytest.fixture(scope="module")
def exported(site: Site, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    assert unavailable() == "", "WeasyPrint and Pango are installed here"
    out: dict[str, dict] = {}
    folder = tmp_path_factory.mktemp("pdf")
    for path in (TOOL, PHASE):
        title, html = _printable(site, path)
        target = folder / (path.rsplit("/", 1)[-1] + ".pdf")
        result = write_tagged_pdf(target, html, title=title)
        out[path] = {"title": title, "html": html, "pdf": target, "result": result,
                     "prepared": prepare(html, title=title)}
    return out


def _struct(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every structure element, depth first."""
    return _struct_under(pdf.Root.StructTreeRoot)


def _struct_under(element: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    found: list[pikepdf.Dictionary] = []

    def walk(node: pikepdf.Object) -> None:
        if isinstance(node, pikepdf.Array):
            for kid in node:
                walk(kid)
        elif isinstance(node, pikepdf.Dictionary) and node.get("/Type") != "/OBJR" and "/S" in node:
            found.append(node)
            if "/K" in node:
                walk(node.K)

    walk(element.K)
    return found


def _counts(pdf: pikepdf.Pdf) -> Counter:
    return Counter(str(e.S) for e in _struct(pdf))


def _outline(pdf: pikepdf.Pdf) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    with pdf.open_outline() as outline:
        def walk(items, depth):
            for item in items:
                out.append((depth, item.title))
                walk(item.children, depth + 1)
        walk(outline.root, 1)
    return out


def _tree(html: str) -> ET.Element:
    import tinyhtml5

    return tinyhtml5.parse(html, namespace_html_elements=False)


def _headings(prepared: str) -> list[tuple[int, str]]:
    root = _tree(prepared)
    return [(int(el.tag[1]), " ".join("".join(el.itertext()).split()))
            for el in root.iter() if re.fullmatch(r"h[1-6]", str(el.tag))]


@pytest.mark.parametrize("path", [TOOL, PHASE])
def test_catalog_says_tagged_dutch_and_shows_the_title(exported, path):
    item = exported[path]
    assert item["result"].problems == []  # WeasyPrint reported nothing it could not tag (alt texts, lang)
    with pikepdf.open(item["pdf"]) as pdf:
        root = pdf.Root
        assert bool(root.MarkInfo.Marked) is True
        assert str(root.Lang) == "nl"
        assert bool(root.ViewerPreferences.DisplayDocTitle) is True
        assert str(pdf.docinfo.Title) == item["title"]
        with pdf.open_metadata() as meta:
            assert meta.get("pdfuaid:part") == "1"  # declares PDF/UA-1
            assert meta.get("dc:title") == item["title"]
        assert str(root.StructTreeRoot.K[0].S) == "/Document"


def test_structure_tree_has_the_pages_headings_paragraphs_lists_tables_and_links(exported, site):
    item = exported[TOOL]
    prepared = item["prepared"]
    with pikepdf.open(item["pdf"]) as pdf:
        counts = _counts(pdf)
    assert counts["/H1"] == 1
    assert counts["/H2"] == prepared.count("<h2") and counts["/H2"] >= 5
    assert counts["/H3"] == prepared.count("<h3") >= 2
    assert counts["/P"] >= prepared.count("<p ") + prepared.count("<p>") - 1
    # every list item: the page's two lists, the addresses at the end
    assert counts["/L"] == prepared.count("<ul") + prepared.count("<ol")
    assert counts["/LI"] == prepared.count("<li") and counts["/LI"] >= 7
    assert counts["/Lbl"] and counts["/LBody"]
    # real tables only: the labels (row headers) and the maatregelen list (column headers, a
    # table head repeated on each page it runs onto; WeasyPrint tags each page's part as a Table)
    maatregelen = len(site.maatregelen_of(site.get(TOOL)))
    heads = counts["/THead"]
    assert counts["/Table"] == 1 + heads and heads >= 1
    assert counts["/TH"] == 5 + 4 * heads
    assert counts["/TR"] == 5 + heads + maatregelen
    assert counts["/TD"] == 5 + 4 * maatregelen
    assert counts["/Link"] >= 2 * maatregelen + 2


def test_layout_tables_are_blocks_not_tables(exported):
    """Admonitions, buttons: tables in the window, plain blocks in the tagged PDF; every table
    left is a data table with headers."""
    for item in exported.values():
        layout = len(re.findall(r'<table[^>]*class="(?:adm|exp|button|cards|diagram)\b', item["html"]))
        with pikepdf.open(item["pdf"]) as pdf:
            elements = _struct(pdf)
            tables = [e for e in elements if str(e.S) == "/Table"]
            assert tables
            for table in tables:
                inside = Counter(str(e.S) for e in _struct_under(table))
                assert inside["/TH"] >= 1, "a table without headers: a layout table left over"
            divs = sum(1 for e in elements if str(e.S) == "/Div")
        assert divs >= layout
    assert len(re.findall(r'<table[^>]*class="adm\b', exported[PHASE]["html"])) >= 2  # the page has admonitions
    assert len(re.findall(r'<table[^>]*class="button\b', exported[TOOL]["html"])) == 1  # and a button


def test_table_cells_know_their_headers(exported):
    with pikepdf.open(exported[TOOL]["pdf"]) as pdf:
        cells = [e for e in _struct(pdf) if str(e.S) in ("/TH", "/TD")]
        ids = {str(e.ID) for e in cells if str(e.S) == "/TH"}
        data = [e for e in cells if str(e.S) == "/TD"]
        assert data and all(len(e.A.Headers) >= 1 for e in data)
        assert all(str(h) in ids for e in data for h in e.A.Headers)


@pytest.mark.parametrize("path", [TOOL, PHASE])
def test_bookmarks_are_the_headings(exported, path):
    item = exported[path]
    with pikepdf.open(item["pdf"]) as pdf:
        outline = _outline(pdf)
    assert outline == _headings(item["prepared"])
    assert outline[0][0] == 1 and outline[0][1].casefold().replace(":", ",") == item["title"].casefold()
    assert ("Adressen") in [t for _, t in outline]


@pytest.mark.parametrize("path", [TOOL, PHASE])
def test_links_are_tagged_annotations_to_official_addresses(exported, site, path):
    with pikepdf.open(exported[path]["pdf"]) as pdf:
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        uris = []
        for page in pdf.pages:
            for annot in page.obj.get("/Annots", []):
                assert annot.Subtype == "/Link"
                assert "/Contents" in annot  # the alternate description PDF/UA asks for
                link = parent_tree[int(annot.StructParent)]
                assert str(link.S) == "/Link"
                assert any(isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"
                           and k.Obj.objgen == annot.objgen for k in link.K)
                if "/A" in annot:
                    uris.append(str(annot.A.URI))
    assert uris
    assert all(u.startswith(("https://", "mailto:")) for u in uris), [u for u in uris if not u.startswith("https")]
    assert not [u for u in uris if "reader:" in u]
    page = site.get(path)
    assert page.url in uris  # the footer: the page on the official site
    if path == TOOL:
        linked = site.maatregelen_of(page)[0].page
        assert linked.url in uris


def test_text_is_extractable(exported, site):
    item = exported[TOOL]
    text = "".join(pdf_text(item["pdf"].read_bytes()).split())
    assert "".join(item["title"].split()) in text
    for ref in site.maatregelen_of(site.get(TOOL))[:3]:
        assert "".join(ref.page.title.split()) in text


def test_prepare_fixes_lang_title_headings_and_anchors():
    html = ("<html><head></head><body><h2>Eerst</h2><h4>Sprong</h4><p><a name='x'></a>tekst "
            "<img src='data:,' alt=''></p><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr>"
            "</table></body></html>")
    out = prepare(html, title="Titel")
    root = _tree(out)
    assert root.get("lang") == "nl" and root.findtext("head/title") == "Titel"
    assert [el.tag for el in root.iter() if re.fullmatch(r"h\d", el.tag)] == ["h1", "h2"]  # no level skipped
    assert not [a for a in root.iter("a") if not a.get("href")]
    assert root.find(".//span[@id='x']") is not None
    assert root.find(".//img").get("alt")
    assert [th.get("scope") for th in root.iter("th")] == ["col", "col"]
    assert root.find(".//table/thead/tr/th") is not None


def test_nothing_is_fetched_from_the_network(tmp_path):
    """Only local files and data: an image or stylesheet on the web is refused, not fetched."""
    html = ("<html lang='nl'><head><title>t</title><link rel='stylesheet' href='https://example.org/s.css'>"
            "</head><body><h1>Kop</h1><p><img src='https://example.org/x.png' alt='plaatje'></p></body></html>")
    result = write_tagged_pdf(tmp_path / "t.pdf", html, title="t")
    assert result.pages == 1
    refused = [m for m in result.problems if "disallowed protocol" in m]
    assert len(refused) == 2, result.problems
