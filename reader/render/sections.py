"""Sections the reader adds below a page body: lists the body lacks, and back-links.

* a hulpmiddel (or maatregel) whose body has no per-page list placeholder still gets its
  maatregelen (vereisten);
* a maatregel gets "Gebruikt in hulpmiddelen" (the site does not show this);
* a vereiste gets "Maatregelen bij dit vereiste" and "Hulpmiddelen bij dit vereiste"
  when its body has no list of that type;
* every page gets the pages whose text links to it.
Shared by the HTML and the text renderer.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.content import Kind, Page, Site
from reader.render.lists import ListTable, Placeholder, pages_list, relation_list
from reader.render.messages import t


@dataclass(frozen=True)
class Section:
    title: str
    anchor: str
    table: ListTable | None = None
    pages: tuple[Page, ...] = ()
    note: str = ""


def _has(found: list[Placeholder], kind: str, key: str) -> bool:
    for p in found:
        if p.kind == "relation" and kind == "relation" and p.key == key:
            return True
        if p.kind == "generic" and kind == "generic" and p.spec is not None and str(p.spec.kind) == key:
            return True
    return False


def extra_sections(site: Site, page: Page, found: list[Placeholder]) -> list[Section]:
    out: list[Section] = []
    if page.kind is Kind.HULPMIDDEL:
        if not _has(found, "relation", "maatregel") and page.values("maatregel"):
            out.append(Section(t("Bijbehorende maatregelen"), "reader-maatregelen",
                               relation_list(site, page, "maatregel")))
        if not _has(found, "relation", "vereiste") and page.values("vereiste"):
            out.append(Section(t("Bijbehorende vereisten"), "reader-vereisten",
                               relation_list(site, page, "vereiste")))
    elif page.kind is Kind.MAATREGEL:
        if not _has(found, "relation", "vereiste") and page.values("vereiste"):
            out.append(Section(t("Bijbehorende vereisten"), "reader-vereisten",
                               relation_list(site, page, "vereiste")))
        tools = site.hulpmiddelen_using(page)
        out.append(Section(
            t("Gebruikt in hulpmiddelen"), "reader-hulpmiddelen",
            pages_list(site, tools, Kind.HULPMIDDEL,
                       t("Geen hulpmiddel in het Algoritmekader noemt deze maatregel.")),
        ))
    elif page.kind is Kind.VEREISTE:
        if not _has(found, "generic", str(Kind.MAATREGEL)):
            out.append(Section(
                t("Maatregelen bij dit vereiste"), "reader-maatregelen",
                pages_list(site, site.maatregelen_serving(page), Kind.MAATREGEL,
                           t("Geen maatregel in het Algoritmekader verwijst naar dit vereiste.")),
            ))
        tools = site.hulpmiddelen_citing(page)
        if tools and not _has(found, "generic", str(Kind.HULPMIDDEL)):
            out.append(Section(t("Hulpmiddelen bij dit vereiste"), "reader-hulpmiddelen",
                               pages_list(site, tools, Kind.HULPMIDDEL)))
    incoming = [site.pages[p] for p in site.incoming.get(page.path, []) if p in site.pages]
    if incoming:
        out.append(Section(t("Pagina's die hiernaar verwijzen"), "reader-verwijzingen",
                           pages=tuple(incoming)))
    return out
