"""Tagged PDF (PDF/UA-1) from the app's HTML, written by WeasyPrint; no Qt.

Qt's PDF writer cannot tag: its PDFs have no structure tree, language or bookmarks. WeasyPrint
lays the HTML out with Pango and, as PDF/UA-1, writes the structure tree (H1–H6, P, L/LI,
Table/TR/TH/TD, Link with its annotation), `/Lang`, `/MarkInfo`, the title shown in the
window (`DisplayDocTitle`) and bookmarks from the headings. `prepare` first turns the
renderer's layout tables into blocks, so that only real tables are tables.

WeasyPrint needs the Pango library at run time. Linux desktops have it; on Windows it comes
with a GTK runtime, which the portable bundle only carries when the build machine has one.
Without it `unavailable()` says why (in Dutch) and the caller falls back to Qt's untagged PDF
(reader/ui/pdf_export.py). Links are kept as the caller gives them (official web addresses:
reader.render.html.printable_links); nothing is fetched from the network, only local files.
"""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reader.pdf.prepare import prepare

__all__ = ["FAILED", "NO_LIBRARY", "NO_PANGO", "PRINT_CSS", "TaggedPdf", "prepare", "unavailable",
           "write_tagged_pdf"]

log = logging.getLogger(__name__)

#: the page layout and the blocks `prepare` makes of the layout tables, after the page CSS
PRINT_CSS = """
/* colours: text 4.5:1 and borders 3:1 on the paper and on each box (tests/test_contrast.py) */
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
html { font-family: "DejaVu Sans", "Segoe UI", "Noto Sans", "Liberation Sans", Arial, sans-serif;
       font-size: 10pt; }
body { margin: 0; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; }
pre { white-space: pre-wrap; }
table { break-inside: auto; }
tr, th, td { break-inside: avoid; }
td, th { overflow-wrap: break-word; }
/* long Dutch compounds ("Organisatieverantwoordelijkheden") must not push a table off the page */
table.list th.c-title { width: auto; }
thead { display: table-header-group; }
th[scope="row"] { text-align: left; vertical-align: top; }
table.meta th { font-weight: normal; color: #5a646e; font-size: small; padding-right: 10px; }
table.list th[scope="row"] { background-color: transparent; color: inherit; font-size: inherit;
    font-weight: 600; padding: 5px 8px; border: 1px solid #7d8893; }
.chip { padding: 0 1px; }
div.adm, div.exp, div.diagram { margin: 8px 0 12px 0; border: 1px solid #7d8893;
    border-left: 4px solid #448aff; break-inside: auto; }
div.adm > p.adm-title, div.exp > p.exp-head, div.diagram > p.diagram-caption {
    margin: 0; padding: 5px 10px; font-weight: 600; background-color: #ecf3ff; }
div.adm-body, div.exp-body, div.diagram-code, p.diagram-links { margin: 0; padding: 6px 12px 2px 12px; }
div.adm-info { border-left-color: #008aa6; } div.adm-info > p.adm-title { background-color: #e6f6fa; }
div.adm-tip { border-left-color: #00a88f; } div.adm-tip > p.adm-title { background-color: #e5f6f3; }
div.adm-example { border-left-color: #7c4dff; } div.adm-example > p.adm-title { background-color: #f2edff; }
div.adm-quote { border-left-color: #858585; } div.adm-quote > p.adm-title { background-color: #f4f4f4; }
div.adm-warning { border-left-color: #c76f00; } div.adm-warning > p.adm-title { background-color: #fff4e5; }
div.adm-danger { border-left-color: #ff5252; } div.adm-danger > p.adm-title { background-color: #ffeded; }
div.exp { border-left-color: #7d8893; } div.exp > p.exp-head { background-color: #f1f5f9; }
div.diagram { border-left-color: #7d8893; } div.diagram > p.diagram-caption { color: #44505c; }
div.cards > .card { margin: 6px 0; padding: 4px 10px; background-color: #f5f8fb;
    border: 1px solid #7d8893; }
div.button { margin: 6px 0 12px 0; }
div.button > p { display: inline-block; margin: 0; padding: 5px 12px; border: 1px solid #01689b; }
div.button > p.button-primary { background-color: #01689b; }
"""


@dataclass
class TaggedPdf:
    """What `write_tagged_pdf` wrote: the pages, and what WeasyPrint reported as a problem."""

    pages: int
    problems: list[str] = field(default_factory=list)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


#: why no tagged PDF was written (Dutch; the window translates them)
NO_LIBRARY = "de onderdelen voor toegankelijke PDF (WeasyPrint) zijn niet geïnstalleerd"
NO_PANGO = "de tekstopmaakbibliotheek Pango ontbreekt op deze computer"
FAILED = "de toegankelijke PDF kon niet worden opgemaakt"


def _without_ssl() -> None:
    """The portable bundle leaves out ssl (the app never goes online), so urllib has no
    HTTPSHandler, which WeasyPrint's URL fetcher installs when it is made: give it one that
    handles nothing (our fetcher allows local files only anyway)."""
    import urllib.request

    if not hasattr(urllib.request, "HTTPSHandler"):
        class NoHTTPSHandler(urllib.request.BaseHandler):
            def __init__(self, *_args: object, **_kwargs: object) -> None:
                super().__init__()

        urllib.request.HTTPSHandler = NoHTTPSHandler  # type: ignore[assignment,misc]


@lru_cache(maxsize=1)
def unavailable() -> str:
    """"" when a tagged PDF can be written here, else why not (one of the texts above)."""
    _without_ssl()
    said = io.StringIO()  # WeasyPrint prints installation hints when Pango is missing
    try:
        with contextlib.redirect_stdout(said), warnings.catch_warnings():
            # "HarfBuzz-Subset will be required by future versions": fontTools subsets meanwhile
            warnings.simplefilter("ignore", DeprecationWarning)
            import weasyprint  # noqa: F401  (loads Pango through cffi)
    except ImportError:
        return NO_LIBRARY
    except OSError as exc:
        log.info("WeasyPrint cannot load its libraries: %s %s", exc, said.getvalue().strip())
        return NO_PANGO
    except Exception:
        log.exception("WeasyPrint failed to load")
        return FAILED
    return ""


def _links_own_their_annotations(_document: object, pdf: object) -> None:
    """WeasyPrint finisher. A link's inline children (`<a>text <span>↗</span></a>`, `<b>`,
    `<code>`) get link annotations of their own, tagged under the child's Span; PDF/UA wants
    every link annotation directly in a Link element (Matterhorn 28-011). Move each such
    annotation's object reference up to the Link element around it, in the tree and in the
    parent tree."""
    objects = pdf.objects  # type: ignore[attr-defined]
    catalog = pdf.catalog  # type: ignore[attr-defined]

    def get(ref: object) -> object:
        return objects[int(bytes(ref).split()[0])]  # type: ignore[call-overload]

    if "StructTreeRoot" not in catalog:
        return
    nums = get(get(catalog["StructTreeRoot"])["ParentTree"])["Nums"]  # type: ignore[index]
    for element in list(objects):
        if not isinstance(element, dict) or element.get("Type") != "/StructElem" or element.get("S") == "/Link":
            continue
        kids = element.get("K") or []
        for ref in list(kids):
            if not isinstance(ref, bytes):
                continue  # a marked-content id
            kid = get(ref)
            if not isinstance(kid, dict) or kid.get("Type") != "/OBJR":
                continue
            annotation = get(kid["Obj"])
            link = get(element["P"])
            while isinstance(link, dict) and link.get("Type") == "/StructElem" and link.get("S") != "/Link":
                link = get(link["P"])
            if not isinstance(link, dict) or link.get("S") != "/Link" or not isinstance(annotation, dict):
                continue
            kids.remove(ref)
            link["K"].append(ref)
            for i in range(0, len(nums), 2):
                if nums[i] == annotation.get("StructParent"):
                    nums[i + 1] = link.reference  # type: ignore[attr-defined]


def write_tagged_pdf(target: Path, html: str, *, title: str, lang: str = "nl") -> TaggedPdf:
    """Write `html` (a whole document) to `target` as PDF/UA-1. Raises RuntimeError (with
    NO_LIBRARY, NO_PANGO or FAILED) when no tagged PDF can be made, OSError when the file
    cannot be written."""
    reason = unavailable()
    if reason:
        raise RuntimeError(reason)
    import weasyprint
    from weasyprint.urls import URLFetcher

    source = prepare(html, title=title, lang=lang, css=PRINT_CSS)
    fetcher = URLFetcher(allowed_protocols={"file", "data"})  # never the network
    wlog = logging.getLogger("weasyprint")
    collect = _Collect()
    wlog.addHandler(collect)
    level = wlog.level
    wlog.setLevel(logging.ERROR)  # its warnings are about CSS written for Qt: noise here
    try:
        document = weasyprint.HTML(string=source, base_url=None, url_fetcher=fetcher).render(
            presentational_hints=True)
        data = document.write_pdf(finisher=_links_own_their_annotations, pdf_variant="pdf/ua-1",
                                  pdf_tags=True)
    except Exception as exc:  # a layout bug must not cost the user the PDF: the caller falls back
        log.exception("WeasyPrint failed on %s", target.name)
        raise RuntimeError(FAILED) from exc
    finally:
        wlog.removeHandler(collect)
        wlog.setLevel(level)
    if not data:  # write_pdf without a target returns the bytes
        raise RuntimeError(FAILED)
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    for message in collect.messages:
        log.warning("tagged PDF %s: %s", target.name, message)
    return TaggedPdf(len(document.pages), collect.messages)
