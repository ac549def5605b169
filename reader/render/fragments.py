"""Small HTML builders shared by the page assembly and the placeholders.

All markup here is designed for QTextBrowser's HTML subset: tables for boxes, classes for
colours (see resources/page.css), `&nbsp;` instead of padding on inline elements.
"""

from __future__ import annotations

import html as htmlmod

from reader.content import Page, Site
from reader.content.model import FACET_SOORT
from reader.render import urls
from reader.render.badges import (
    AI_ACT_LABELS,
    KEY_FACETS,
    KEY_LABELS,
    ai_act_labels,
    chip_label,
    chip_title,
    humanise,
    is_ai_act_page,
)
from reader.render.lists import COLUMN_HEADER, ListTable
from reader.render.messages import t

NBSP = "&nbsp;"
#: Share of the title column in list tables, by the number of other columns.
TITLE_WIDTHS = {1: "62%", 2: "44%", 3: "40%", 4: "34%"}


def esc(text: str) -> str:
    return htmlmod.escape(text, quote=True)


def chip(label: str, href: str = "", cls: str = "", tooltip: str = "") -> str:
    """A small coloured label; a link when `href` is given."""
    classes = "chip" + (f" chip-{cls}" if cls else "")
    title = f' title="{esc(tooltip)}"' if tooltip else ""
    text = f"{NBSP}{esc(label)}{NBSP}"
    if href:
        return f'<a class="{classes}" href="{esc(href)}"{title}>{text}</a>'
    return f'<span class="{classes}"{title}>{text}</span>'


def chips_line(items: list[str]) -> str:
    return " ".join(items)


# ---------------------------------------------------------------------- page header
def meta_rows(site: Site, page: Page) -> list[tuple[str, str]]:
    """(label, chips HTML) rows of the page header: kind and id, phases, roles, topics."""
    rows: list[tuple[str, str]] = []
    kind = t(page.kind.label)
    first = [chip(kind, urls.filter_url(FACET_SOORT, str(page.kind)), "kind",
                  t("Toon alle pagina's van de soort {kind}", kind=kind.lower()))]
    if page.short_id:
        first.append(chip(page.short_id, cls="id", tooltip=page.urn or ""))
    rows.append((t("Soort"), chips_line(first)))
    for key in ("levenscyclus", "rollen", "onderwerp"):
        values = page.values(key)
        if not values:
            continue
        facet = KEY_FACETS[key]
        known = set(site.facet_values(facet))
        items = []
        for value in values:
            href = urls.filter_url(facet, value) if value in known else ""
            items.append(chip(chip_label(site, key, value), href, facet, chip_title(site, key, value)))
        rows.append((t(KEY_LABELS[key]), chips_line(items)))
    categories = page.values("categorie")
    if categories:
        rows.append((t(KEY_LABELS["categorie"]), chips_line([chip(humanise(v), cls="cat") for v in categories])))
    return rows


def meta_table(site: Site, page: Page) -> str:
    rows = meta_rows(site, page)
    body = "".join(
        f'<tr><td class="meta-key" valign="middle">{esc(label)}</td>'
        f'<td class="meta-val">{chips}</td></tr>'
        for label, chips in rows
    )
    return f'<table class="meta" cellspacing="0" cellpadding="3">{body}</table>'


# ---------------------------------------------------------------------- AI-act labels
def ai_act_block(site: Site, page: Page) -> str:
    """What `<!-- tags-ai-act -->` stands for (corpus-schema.md §4.2)."""
    if not is_ai_act_page(page):
        bronnen = urls.page_url(page.path, "bronnen")
        link = f'<a href="{esc(bronnen)}">{esc(t("bronnen"))}</a>'
        return '<p class="ai-act-note">' + _sentence(
            "Dit vereiste komt niet uit de AI-verordening. Het geldt daarom in de regel voor alle "
            "algoritmes, of het nu om AI gaat of niet. De {bronnen} noemen de wet waar het uit volgt.",
            bronnen=link) + "</p>"
    groups = ai_act_labels(site, page)
    if not groups:
        return ""
    rows = []
    for key, items in groups:
        chips = []
        for item in items:
            href = urls.page_url(item.path, item.anchor) if item.path else ""
            chips.append(chip(item.label, href, "ai", t("Uitleg in het Algoritmekader") if href else ""))
        rows.append(
            f'<tr><td class="meta-key" valign="middle">{esc(t(AI_ACT_LABELS[key]))}</td>'
            f'<td class="meta-val">{chips_line(chips)}</td></tr>'
        )
    aid = f'<a href="{esc(urls.beslishulp_url())}">{esc(t("beslishulp AI-verordening"))}</a>'
    return (
        '<p class="ai-act-note">'
        + esc(t("Volgens de AI-verordening geldt dit vereiste voor de volgende toepassingen, "
                "risicogroepen en rollen:"))
        + f'</p><table class="meta ai-act" cellspacing="0" cellpadding="3">{"".join(rows)}</table>'
        + '<p class="ai-act-note">'
        + _sentence("Weet je nog niet wat bij jouw toepassing hoort? De {beslishulp} helpt je het profiel te "
                    "bepalen en toont dan de vereisten die erbij horen.", beslishulp=aid)
        + "</p>"
    )


def _sentence(text: str, **markup: str) -> str:
    """A translated sentence, escaped, with trusted markup (links) in its placeholders."""
    return esc(t(text)).format(**markup)


# ---------------------------------------------------------------------- list tables
def list_table(table: ListTable, *, count: bool = True) -> str:
    """A generated list as an HTML table (or its "empty" sentence)."""
    parts: list[str] = []
    if not table.rows:
        if table.empty_text:
            parts.append(f'<p class="list-empty">{esc(table.empty_text)}</p>')
    else:
        if count:
            parts.append(f'<p class="list-count">{esc(table.count_text)}</p>')
        head = []
        if table.show_id:
            head.append('<th class="c-id" align="left">ID</th>')
        if table.show_title:
            width = TITLE_WIDTHS.get(len(table.columns), "")
            width_attr = f' width="{width}"' if width else ""
            head.append(
                f'<th class="c-title" align="left"{width_attr}>{esc(table.title_header)}</th>'
            )
        for column in table.columns:
            head.append(f'<th class="c-meta" align="left">{esc(t(COLUMN_HEADER[column]))}</th>')
        rows = [f'<tr class="list-head">{"".join(head)}</tr>']
        for i, row in enumerate(table.rows):
            href = esc(urls.page_url(row.page.path))
            cells = []
            if table.show_id:
                ident = esc(row.short_id) if row.short_id else "&ndash;"
                cells.append(f'<td class="c-id" valign="top"><a class="id" href="{href}">{ident}</a></td>')
            if table.show_title:
                cells.append(
                    f'<td class="c-title" valign="top"><a href="{href}" title="">{esc(row.page.title)}</a></td>'
                )
            for column in table.columns:
                cell = row.cells.get(column)
                text = esc(cell.text) if cell and cell.text else "&nbsp;"
                if cell and cell.tooltip:
                    text = f'<span class="term" title="{esc(cell.tooltip)}">{text}</span>'
                cells.append(f'<td class="c-meta" valign="top">{text}</td>')
            cls = "alt" if i % 2 else "row"
            rows.append(f'<tr class="{cls}">{"".join(cells)}</tr>')
        parts.append(
            f'<table class="list list-{table.kind} {table.role}" width="100%" cellspacing="0" '
            'cellpadding="5">'
            f'{"".join(rows)}</table>'
        )
    if table.missing:
        stems = ", ".join(f"<code>{esc(s)}</code>" for s in table.missing)
        parts.append(
            f'<p class="list-missing"><span class="broken-mark">&#9888;</span> '
            f"{esc(t('Niet gevonden in de inhoud:'))} {stems}</p>"
        )
    return "".join(parts)


def page_links_list(pages: list[Page]) -> str:
    """A compact list of links to pages (back-links)."""
    items = "".join(
        f'<li><a href="{esc(urls.page_url(p.path))}" title="">{esc(p.title)}</a>'
        f'<span class="muted"> &middot; {esc(t(p.kind.label))}</span></li>'
        for p in pages
    )
    return f'<ul class="backlinks">{items}</ul>'


def section(title: str, body: str, anchor: str = "") -> str:
    ident = f' id="{esc(anchor)}"' if anchor else ""
    return f'<h2 class="generated"{ident}>{esc(title)}</h2>{body}'

