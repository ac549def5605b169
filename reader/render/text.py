"""TEMPORARY minimal text renderer (being replaced)."""

from __future__ import annotations

from reader.content import Page, Site
from reader.content.text import plain_text


def render_text(site: Site, page: Page) -> str:
    lines = [page.title, "=" * len(page.title), "", plain_text(page.body)]
    refs = site.maatregelen_of(page)
    if refs:
        lines += ["", "Maatregelen:"] + [f"- {r.page.title if r.page else r.stem}" for r in refs]
    return "\n".join(lines)
