"""TEMPORARY minimal renderer (being replaced by the full renderer)."""

from __future__ import annotations

import html as htmlmod
from dataclasses import dataclass, field

import markdown

from reader.content import Page, Site
from reader.render import urls


@dataclass(frozen=True)
class RenderedPage:
    path: str
    title: str
    html: str
    expanders: int = 0
    links: tuple[str, ...] = field(default_factory=tuple)


def render_page(site: Site, page: Page, *, expanded: frozenset[int] = frozenset(),
                print_mode: bool = False, dark: bool = False,
                highlight: frozenset[str] = frozenset()) -> RenderedPage:
    body = markdown.markdown(page.body, extensions=["tables"])
    rows = "".join(
        f'<li><a href="{urls.page_url(r.page.path)}">{htmlmod.escape(r.page.title)}</a></li>'
        for r in site.maatregelen_of(page) if r.page
    )
    doc = f"<html><body><h1>{htmlmod.escape(page.title)}</h1>{body}<ul>{rows}</ul></body></html>"
    return RenderedPage(page.path, page.title, doc)


def render_glossary(site: Site, *, dark: bool = False) -> RenderedPage:
    items = "".join(f"<dt>{htmlmod.escape(k)}</dt><dd>{htmlmod.escape(v)}</dd>" for k, v in sorted(site.glossary.items()))
    return RenderedPage("begrippenlijst", "Begrippenlijst", f"<html><body><h1>Begrippenlijst</h1><dl>{items}</dl></body></html>")
