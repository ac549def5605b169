"""Page + link graph -> one HTML document for QTextBrowser (no Qt import here).

Layout: title (the body's own H1 when it starts with one, else the front-matter title),
the label chips, the body (placeholders filled in), the sections the reader adds (lists
the body lacks, back-links) and a footer linking to the official page.
"""

from __future__ import annotations

import html as htmlmod
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache

from reader.content import Kind, Page, Site
from reader.content.limits import SHOWN_WHEN_TOO_COMPLEX, too_complex
from reader.content.links import slugify
from reader.content.manifest import summary_follows
from reader.render import fragments, markdown_pipeline, urls
from reader.render.colours import PageColours
from reader.render.fragments import esc
from reader.render.linking import LinkResolver, normalise_url
from reader.render.mdext import GENERATED, RenderContext
from reader.render.messages import DEFAULT, t, using
from reader.render.sanitize import EXT_MARK, sanitize
from reader.render.sections import Section, extra_sections

LEADING_H1 = re.compile(r"\A\s*(<h1\b[^>]*>.*?</h1>)", re.S | re.I)
HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"')


@dataclass(frozen=True)
class RenderedPage:
    path: str
    title: str
    html: str
    expanders: int = 0  # number of collapsibles: reader://toggle/0 … expanders-1
    links: tuple[str, ...] = field(default_factory=tuple)  # every href, in order, no repeats
    broken: tuple[str, ...] = field(default_factory=tuple)  # link targets that did not resolve


@lru_cache(maxsize=8)
def stylesheet(dark: bool = False, contrast: PageColours | None = None) -> str:
    """The page CSS (light, or light + dark overrides, + the high-contrast colours when
    given), read once from resources/."""
    from reader.resources import resource_path

    css = resource_path("page.css").read_text(encoding="utf-8")
    if dark:
        css += "\n" + resource_path("page-dark.css").read_text(encoding="utf-8")
    if contrast is not None:
        extra = resource_path("page-contrast.css").read_text(encoding="utf-8")
        values = {"text": contrast.text, "base": contrast.base, "link": contrast.link,
                  "mark_bg": contrast.mark_bg, "mark_fg": contrast.mark_fg}
        for name, value in values.items():
            extra = extra.replace(f"@{name}@", value)
        css += "\n" + extra
    return css


def document(title: str, body: str, *, dark: bool, contrast: PageColours | None = None) -> str:
    palette = ("dark" if dark else "light") + (" contrast" if contrast is not None else "")
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>\n{stylesheet(dark, contrast)}</style></head>"
        f'<body class="{palette}">\n{body}\n</body></html>\n'
    )


def _section_html(section: Section) -> str:
    if section.table is not None:
        body = fragments.list_table(section.table)
    else:
        body = fragments.page_links_list(list(section.pages))
    if section.note:
        body = f'<p class="muted">{esc(section.note)}</p>' + body
    return fragments.section(section.title, body, section.anchor)


@dataclass(frozen=True)
class RenderedBody:
    html: str  # sanitised body markup, without <html>/<head>
    links: tuple[str, ...]
    expanders: int
    broken: tuple[str, ...]


_CACHE: OrderedDict[tuple, RenderedBody] = OrderedDict()
_CACHE_SIZE = 24
_CACHE_LOCK = threading.Lock()


def _site_fingerprint(site: Site) -> tuple:
    """Changes whenever a page of the site is added, removed or re-read."""
    return (
        str(site.root),
        len(site.pages),
        hash(tuple((p.path, p.mtime_ns, p.size, id(p)) for p in site.pages.values())),
        id(site.glossary),
        len(site.glossary),
    )


def render_body(
    site: Site,
    page: Page,
    *,
    expanded: frozenset[int] = frozenset(),
    print_mode: bool = False,
    highlight: frozenset[str] = frozenset(),
    language: str = DEFAULT,
) -> RenderedBody:
    """Title, chips, body, added sections and footer of a page, as safe HTML; the reader's
    own labels in `language` (see `reader.render.messages`), the page's text as it is.

    Results are cached (a few pages): re-rendering for dark mode, zoom or a toggle that
    goes back to an earlier state costs nothing.
    """
    key = (_site_fingerprint(site), page.path, id(page), frozenset(expanded), print_mode,
           frozenset(highlight), language)
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            _CACHE.move_to_end(key)
            return cached
    with using(language):
        body = _render_body(site, page, expanded=expanded, print_mode=print_mode, highlight=highlight)
    with _CACHE_LOCK:
        _CACHE[key] = body
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return body


@lru_cache(maxsize=8)
def _follows(root: str) -> str | None:
    """The upstream version a summary pack follows (read once per content root)."""
    from pathlib import Path

    return summary_follows(Path(root))


def _statement(root: str) -> str:
    """What the footer says of a summary pack, in the render's language ("" for official content)."""
    follows = _follows(root)
    if follows is None:
        return ""
    return t("Samenvatting in eigen woorden, niet de officiële tekst") + (
        t("; volgt het Algoritmekader {follows}.", follows=follows) if follows else ".")


def _plain(page: Page, reason: str) -> str:
    """A page too complex to format (`reader.content.limits`): a notice, then the start of
    its text as escaped paragraphs."""
    shown = page.body[:SHOWN_WHEN_TOO_COMPLEX]
    paragraphs = "".join(f"<p>{esc(part)}</p>" for part in re.split(r"\n\s*\n", shown) if part.strip())
    more = " De eerste 200 kB staan hieronder." if len(page.body) > len(shown) else ""
    return (f'<p class="list-missing">Deze pagina is {esc(reason)}: ze wordt als platte tekst getoond, '
            f"zonder opmaak.{more}</p>\n{paragraphs}")


def _render_body(
    site: Site,
    page: Page,
    *,
    expanded: frozenset[int],
    print_mode: bool,
    highlight: frozenset[str],
) -> RenderedBody:
    ctx = RenderContext(site, page, frozenset(expanded), print_mode, frozenset(highlight))
    reason = too_complex(page.body)
    body = _plain(page, reason) if reason else markdown_pipeline.convert(ctx, page.body)
    m = LEADING_H1.match(body)
    if m:
        title_html = m.group(1).replace("<h1", '<h1 class="title"', 1)
        body = body[m.end() :]
    else:
        ident = esc(slugify(page.title) or "titel")
        title_html = f'<h1 class="title" id="{ident}">{esc(page.title)}</h1>'
    clean, _links = sanitize(title_html + "\n" + body, ctx.resolver)
    # trusted, generated markup goes in after sanitising (built from escaped strings)
    m = LEADING_H1.match(clean)
    cut = m.end() if m else 0
    header = fragments.meta_table(site, page)
    sections = "".join(_section_html(s) for s in extra_sections(site, page, ctx.found))

    def generated(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return ctx.generated[n] if n < len(ctx.generated) else ""

    clean = clean[:cut] + "\n" + header + GENERATED.sub(generated, clean[cut:]) + "\n" + sections
    # the footer links to the official site itself, so it bypasses link resolution
    official = normalise_url(page.url)
    statement = _statement(str(site.root))
    clean += (
        '\n<hr class="footer"><p class="footer">'
        + (f'<span class="summary-note">{esc(statement)}' + (
            "" if print_mode else f' <a href="{urls.official_url()}">{esc(t("Officiële tekst lezen"))}</a>')
           + "</span><br>" if statement else "")
        + f'<a class="ext" href="{esc(official)}" title="{esc(official)}">'
        f'{esc(t("Officiële pagina op de website van het Algoritmekader"))}{EXT_MARK}</a>'
        f'<br><span class="muted">{esc(t("Bronbestand:"))} {esc(page.file)}</span></p>'
    )
    # every href of the result is either sanitised or generated, so always double-quoted
    links = tuple(dict.fromkeys(htmlmod.unescape(h) for h in HREF.findall(clean)))
    return RenderedBody(clean, links, ctx.expander_count, tuple(dict.fromkeys(ctx.resolver.broken)))


_ANCHOR = re.compile(r'<a\b([^>]*)>(.*?)</a>', re.S)
_HREF_ATTR = re.compile(r'\shref="([^"]*)"')


def official_address(site: Site, href: str) -> str:
    """Where a link of a rendered page goes for a reader outside the app: a web or mail
    address as it is; a page of the content -> that page on the official site (with its
    anchor); the app's own links (filters, expanders, files, the glossary) -> ""."""
    if href.startswith(("http://", "https://", "mailto:")):
        return href
    if not href.startswith(f"{urls.SCHEME}://"):
        return ""
    link = urls.parse(href)
    page = site.get(link.path) if link.action == "page" else None
    if page is None:
        return ""
    return normalise_url(page.url) + (f"#{link.anchor}" if link.anchor else "")


def printable_links(site: Site, html: str, here: str = "", language: str = DEFAULT) -> str:
    """For print and PDF: a link to a page of the content points at that page on the official
    site; every web address gets a numbered note ("[3]") after its text, listed under
    "Adressen" at the end, so that paper shows where each link goes. The app's own links
    (filters, expanders, the glossary, files) become plain text; a link within the page
    (`here`), such as a footnote, stays a jump inside the document."""
    notes: list[str] = []

    def replace(match: re.Match[str]) -> str:
        attrs, text = match.group(1), match.group(2)
        found = _HREF_ATTR.search(attrs)
        href = htmlmod.unescape(found.group(1)) if found else ""
        rest = _HREF_ATTR.sub("", attrs)
        if href.startswith(f"{urls.SCHEME}://"):
            link = urls.parse(href)
            if link.action == "page" and link.path == here and link.anchor:
                return f'<a href="#{esc(link.anchor)}"{rest}>{text}</a>'
        target = official_address(site, href)
        if not target:
            return f"<span{rest}>{text}</span>"
        if target not in notes:
            notes.append(target)
        n = notes.index(target) + 1
        return f'<a href="{esc(target)}"{rest}>{text}</a><sup class="note">[{n}]</sup>'

    out = _ANCHOR.sub(replace, html)
    if notes:
        with using(language):
            heading = esc(t("Adressen"))
        listed = (f'\n<h2 class="notes">{heading}</h2><ol class="notes">'
                  + "".join(f'<li><a href="{esc(t)}">{esc(t)}</a></li>' for t in notes) + "</ol>\n")
        end = out.rfind("</body>")
        out = out[:end] + listed + out[end:] if end >= 0 else out + listed
    return out


def render_page(
    site: Site,
    page: Page,
    *,
    expanded: frozenset[int] = frozenset(),
    print_mode: bool = False,
    dark: bool = False,
    highlight: frozenset[str] = frozenset(),
    contrast: PageColours | None = None,
    language: str = DEFAULT,
) -> RenderedPage:
    body = render_body(site, page, expanded=expanded, print_mode=print_mode, highlight=highlight,
                       language=language)
    return RenderedPage(
        path=page.path,
        title=page.title,
        html=document(page.title, body.html, dark=dark, contrast=contrast),
        expanders=body.expanders,
        links=body.links,
        broken=body.broken,
    )


GLOSSARY_TITLE = "Begrippenlijst"


def glossary_anchor(term: str) -> str:
    return "begrip-" + (slugify(term) or "x")


def render_glossary(site: Site, *, dark: bool = False, contrast: PageColours | None = None,
                    language: str = DEFAULT) -> RenderedPage:
    """Every term of includes/begrippenlijst.md with its explanation, A to Z."""
    with using(language):
        return _render_glossary(site, dark=dark, contrast=contrast)


def _render_glossary(site: Site, *, dark: bool, contrast: PageColours | None) -> RenderedPage:
    title = t(GLOSSARY_TITLE)
    terms = sorted(site.glossary.items(), key=lambda kv: (kv[0].casefold(), kv[0]))
    groups: dict[str, list[tuple[str, str]]] = {}
    for term, text in terms:
        letter = term[:1].upper()
        letter = letter if letter.isalpha() else "#"
        groups.setdefault(letter, []).append((term, text))
    used: set[str] = set()
    jump = " ".join(
        f'<a href="{esc(urls.glossary_url("letter-" + letter.lower()))}">{esc(letter)}</a>'
        for letter in groups
    )
    parts = [
        f'<h1 class="title">{esc(title)}</h1>',
        '<p class="muted">' + esc(t("Wat de begrippen in het Algoritmekader betekenen. In de pagina's zie "
                                    "je deze uitleg ook als je de muis op een begrip met een stippellijn "
                                    "houdt.")) + "</p>",
    ]
    if not terms:
        parts.append(f'<p class="list-empty">{esc(t("Er is geen begrippenlijst gevonden."))}</p>')
    else:
        parts.append(f'<p class="glossary-jump">{jump}</p>')
    for letter, items in groups.items():
        parts.append(f'<h2 id="letter-{esc(letter.lower())}">{esc(letter)}</h2>')
        rows = []
        for i, (term, text) in enumerate(items):
            anchor = glossary_anchor(term)
            while anchor in used:
                anchor += "_1"
            used.add(anchor)
            cls = "alt" if i % 2 else "row"
            rows.append(
                f'<tr class="{cls}"><td class="c-title" valign="top" width="30%">'
                f'<a name="{esc(anchor)}"></a>{esc(term)}</td>'
                f'<td class="c-text" valign="top">{esc(text)}</td></tr>'
            )
        parts.append(
            '<table class="list glossary" width="100%" cellspacing="0" cellpadding="5">'
            f'{"".join(rows)}</table>'
        )
    # the glossary is generated from plain strings: no page resolver needed, but run the
    # same allow-list for uniform output (and safety of the definitions' text)
    clean, links = sanitize("\n".join(parts), _NullResolver(site))
    return RenderedPage(
        path="begrippenlijst",
        title=title,
        html=document(title, clean, dark=dark, contrast=contrast),
        links=tuple(dict.fromkeys(links)),
    )


class _NullResolver(LinkResolver):
    """Resolver for generated pages that belong to no content page."""

    def __init__(self, site: Site) -> None:
        placeholder = next(iter(site.pages.values()), None) or Page(
            path="index", kind=Kind.OTHER, title="", body="", body_line=1
        )
        super().__init__(site, placeholder)
