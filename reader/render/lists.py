"""The lists the official site generates by hook, produced natively from the link graph.

Placeholders (corpus-schema.md §4):

* `<!-- list_vereisten_on_maatregelen_page -->` (on pages whose path contains
  `maatregelen` or `hulpmiddelen`) and `<!-- list_maatregelen_on_hulpmiddelen_page -->`
  (path contains `hulpmiddelen`): the page's own `vereiste` / `maatregel` stems as a table;
* `<!-- list_<type> [KEY/VALUE] [no-X|add-X]… -->`: every page of that type whose
  front-matter KEY holds VALUE. Only the first token can be a filter; options anywhere;
  unknown option names are ignored. The type name has no word boundary, so a per-page
  placeholder left elsewhere becomes an unfiltered list, as on the site.

The result is a `ListTable` (plain data) that `reader.render.html` and
`reader.render.terminal_text` both turn into output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from reader.content import Kind, Page, Site
from reader.content.model import LIST_KEYS, PHASE_ORDER
from reader.render.badges import chip_label, humanise, kind_plural, wet_code, wet_label
from reader.render.messages import t

GENERIC = re.compile(r"^list_(vereisten|maatregelen|hulpmiddelen)(.*)$", re.I | re.S)
PER_PAGE_VEREISTEN = "list_vereisten_on_maatregelen_page"
PER_PAGE_MAATREGELEN = "list_maatregelen_on_hulpmiddelen_page"
TYPE_KINDS = {"vereisten": Kind.VEREISTE, "maatregelen": Kind.MAATREGEL, "hulpmiddelen": Kind.HULPMIDDEL}
#: Options a generic list knows (others, like `no-id`, are ignored as on the site).
OPTIONS = ("search", "ai-act-labels", "title", "rol", "levenscyclus", "onderwerp", "wetcode")
#: Column -> front-matter key of the chip columns.
COLUMN_KEYS = {"rol": "rollen", "levenscyclus": "levenscyclus", "onderwerp": "onderwerp"}
#: Header text of each extra column of a list table.
COLUMN_HEADER = {
    "wetcode": "Wetgeving",
    "rol": "Rollen",
    "levenscyclus": "Levenscyclus",
    "onderwerp": "Onderwerpen",
    "fase": "Fase",
    "categorie": "Categorie",
}


@dataclass(frozen=True)
class Cell:
    text: str
    tooltip: str = ""


@dataclass(frozen=True)
class Row:
    page: Page
    short_id: str  # "org-02", "" for hulpmiddelen
    cells: dict[str, Cell]  # column -> cell, for the columns after id/title


@dataclass
class ListTable:
    """A generated list: which pages, which columns, and what to say when it is empty."""

    kind: Kind  # kind of the rows
    title_header: str  # "Maatregel", "Vereisten", …
    columns: list[str]  # extra columns after id and title, in order
    rows: list[Row] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # stems that do not resolve
    empty_text: str = ""
    show_id: bool = True
    show_title: bool = True
    description: str = ""  # e.g. "rollen = jurist"
    role: str = "generic"  # "rel-maatregel", "rel-vereiste", "generic", "backlinks"

    @property
    def count_text(self) -> str:
        n = len(self.rows)
        noun = kind_plural(self.kind)
        if n == 1:
            noun = {"maatregelen": "maatregel", "vereisten": "vereiste", "hulpmiddelen": "hulpmiddel"}[noun]
        return f"{n} {t(noun)}"


@dataclass(frozen=True)
class ListSpec:
    """A parsed `<!-- list_… -->` placeholder."""

    kind: Kind
    key: str = ""
    value: str = ""
    options: tuple[tuple[str, bool], ...] = ()

    def enabled(self, option: str, default: bool = True) -> bool:
        for name, on in self.options:
            if name == option:
                default = on
        return default


def parse_generic(inner: str) -> ListSpec | None:
    """`list_maatregelen rollen/jurist no-rol` -> ListSpec (None when not a list placeholder)."""
    m = GENERIC.match(inner.strip())
    if not m:
        return None
    kind = TYPE_KINDS[m.group(1).lower()]
    tokens = m.group(2).split()
    key = value = ""
    options: list[tuple[str, bool]] = []
    for i, token in enumerate(tokens):
        if i == 0 and "/" in token and not token.startswith(("no-", "add-")):
            key, _, value = token.partition("/")
            continue
        for prefix, on in (("no-", False), ("add-", True)):
            if token.startswith(prefix) and token[len(prefix) :] in OPTIONS:
                options.append((token[len(prefix) :], on))
    return ListSpec(kind, key, value, tuple(options))


def _matches(page: Page, key: str, value: str) -> bool:
    """The site's test `VALUE in meta.get(KEY, [])`; the value may be percent-encoded."""
    candidates = {value, unquote(value)}
    if key in LIST_KEYS:
        values = page.values(key)
        return any(c in values for c in candidates)
    raw = page.meta.get(key)
    if raw is None:
        return False
    if isinstance(raw, str):
        return any(c in raw for c in candidates)
    if isinstance(raw, (list, tuple)):
        return any(c in [str(v) for v in raw if v is not None] for c in candidates)
    return False


def candidates(site: Site, kind: Kind) -> list[Page]:
    """All detail pages of a kind (never an index page), in browse order."""
    return [p for p in site.of_kind(kind) if p.stem != "index"]


def _chip_cell(site: Site, page: Page, key: str) -> Cell:
    values = page.values(key)
    if key == "levenscyclus":
        values = tuple(sorted(values, key=lambda v: PHASE_ORDER.index(v) if v in PHASE_ORDER else 99))
    return Cell(", ".join(chip_label(site, key, v) for v in values))


def _short_id(page: Page) -> str:
    return page.short_id or ""


def generic_list(site: Site, spec: ListSpec) -> ListTable:
    """The rows and columns of a `<!-- list_<type> … -->` placeholder."""
    columns: list[str] = []
    if spec.kind is Kind.VEREISTE and spec.enabled("wetcode"):
        columns.append("wetcode")
    for column in ("rol", "levenscyclus", "onderwerp"):
        if spec.enabled(column):
            columns.append(column)
    plural = kind_plural(spec.kind)
    table = ListTable(
        kind=spec.kind,
        title_header=t(plural.capitalize()),
        columns=columns,
        show_id=spec.kind is not Kind.HULPMIDDEL,
        show_title=spec.enabled("title"),
        empty_text=t("Er zijn (nog) geen {plural} die hierbij horen.", plural=t(plural)),
    )
    if spec.key:
        table.description = f"{spec.key} = {unquote(spec.value)}"
    for page in candidates(site, spec.kind):
        if spec.key and not _matches(page, spec.key, spec.value):
            continue
        cells: dict[str, Cell] = {}
        for column in columns:
            if column == "wetcode":
                text, tooltip = wet_label(site, wet_code(page))
                cells[column] = Cell(text, tooltip)
            else:
                cells[column] = _chip_cell(site, page, COLUMN_KEYS[column])
        table.rows.append(Row(page, _short_id(page), cells))
    return table


def relation_list(site: Site, page: Page, key: str) -> ListTable:
    """The page's own `maatregel` or `vereiste` stems (per-page placeholders), in order."""
    if key == "maatregel":
        table = ListTable(
            kind=Kind.MAATREGEL,
            title_header=t("Maatregel"),
            columns=["fase", "rol"],
            empty_text=t("Bij dit hulpmiddel zijn (nog) geen maatregelen vastgelegd."),
            role="rel-maatregel",
        )
    else:
        table = ListTable(
            kind=Kind.VEREISTE,
            title_header=t("Vereiste"),
            columns=["wetcode"],
            empty_text=t("Bij deze {kind} zijn (nog) geen vereisten vastgelegd.", kind=t(page.kind.label).lower()),
            role="rel-vereiste",
        )
    seen: set[str] = set()
    for ref in site.refs(page, key):
        if ref.page is None:
            table.missing.append(ref.stem)
            continue
        if ref.page.path in seen:
            continue
        seen.add(ref.page.path)
        target = ref.page
        if key == "maatregel":
            cells = {
                "fase": _chip_cell(site, target, "levenscyclus"),
                "rol": _chip_cell(site, target, "rollen"),
            }
        else:
            text, tooltip = wet_label(site, wet_code(target))
            cells = {"wetcode": Cell(text, tooltip)}
        table.rows.append(Row(target, _short_id(target), cells))
    return table


def pages_list(site: Site, pages: list[Page], kind: Kind, empty_text: str = "") -> ListTable:
    """A list of given pages (back-links), with the columns that suit their kind."""
    if kind is Kind.HULPMIDDEL:
        columns = ["categorie"]
    elif kind is Kind.MAATREGEL:
        columns = ["fase", "rol"]
    else:
        columns = ["wetcode"]
    table = ListTable(
        kind=kind,
        title_header=t(kind.label),
        columns=columns,
        show_id=kind is not Kind.HULPMIDDEL,
        empty_text=empty_text,
        role="backlinks",
    )
    for page in pages:
        cells: dict[str, Cell] = {}
        for column in columns:
            if column == "categorie":
                cells[column] = Cell(", ".join(humanise(v) for v in page.values("categorie")))
            elif column == "fase":
                cells[column] = _chip_cell(site, page, "levenscyclus")
            elif column == "rol":
                cells[column] = _chip_cell(site, page, "rollen")
            else:
                text, tooltip = wet_label(site, wet_code(page))
                cells[column] = Cell(text, tooltip)
        table.rows.append(Row(page, _short_id(page), cells))
    return table


@dataclass(frozen=True)
class Placeholder:
    """What an HTML comment of a page body stands for."""

    kind: str  # "tags", "tags-ai-act", "relation", "generic", "comment"
    key: str = ""  # relation key ("maatregel"/"vereiste")
    spec: ListSpec | None = None


def classify(inner: str, page: Page) -> Placeholder:
    """Classify the text between `<!--` and `-->`, following the hooks' order."""
    text = inner.strip()
    lower = text.lower()
    if lower == "tags":
        return Placeholder("tags")
    if lower == "tags-ai-act":
        return Placeholder("tags-ai-act")
    path = page.path
    if lower == PER_PAGE_VEREISTEN and ("maatregelen" in path or "hulpmiddelen" in path):
        return Placeholder("relation", "vereiste")
    if lower == PER_PAGE_MAATREGELEN and "hulpmiddelen" in path:
        return Placeholder("relation", "maatregel")
    spec = parse_generic(text)
    if spec is not None:
        return Placeholder("generic", spec=spec)
    return Placeholder("comment")


def table_for(site: Site, page: Page, placeholder: Placeholder) -> ListTable | None:
    if placeholder.kind == "relation":
        return relation_list(site, page, placeholder.key)
    if placeholder.kind == "generic" and placeholder.spec is not None:
        return generic_list(site, placeholder.spec)
    return None

