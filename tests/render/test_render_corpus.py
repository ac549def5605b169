"""Conformance over every page of the real corpus (skipped when ../shared is absent).

Each page renders; no raw Markdown-extension syntax, HTML comment, emoji shortcode or
placeholder remains in the visible text; every hulpmiddel's maatregelen table holds exactly
its resolvable `maatregel` stems with their titles; every reader:// link resolves.
"""

from __future__ import annotations

import re
import statistics
import time

import pytest

from reader.content import Kind, Site
from reader.render import RenderedPage, render_glossary, render_page, render_text, urls

from .conftest import body_of, tags_of, visible_text

RAW_SYNTAX = {
    "admonition": re.compile(r"!!!"),
    "collapsible": re.compile(r"\?\?\?"),
    "block": re.compile(r"///"),
    "attr_list": re.compile(r"\{\s*[.#:]|\{\s*data-"),
    "comment": re.compile(r"<!--"),
    "shortcode": re.compile(r"(?<![\w/]):[a-z][a-z0-9_+]*(?:-[a-z0-9_+]+)*:(?![/\w])"),
    "placeholder": re.compile(r"list_(?:vereisten|maatregelen|hulpmiddelen)|tags-ai-act", re.I),
    "stash": re.compile("[\x02\x03\u2063]|wzxhzdk|AKGEN"),
}


@pytest.fixture(scope="module")
def rendered(corpus_site: Site) -> dict[str, RenderedPage]:
    return {path: render_page(corpus_site, page) for path, page in corpus_site.pages.items()}


_PRINTED: dict[tuple[int, str], str] = {}


def _printed(site: Site, path: str) -> str:
    """The page with every collapsible open (cached for the module)."""
    key = (id(site), path)
    if key not in _PRINTED:
        _PRINTED[key] = render_page(site, site.pages[path], print_mode=True).html
    return _PRINTED[key]


def test_corpus_has_all_pages(corpus_site: Site) -> None:
    assert len(corpus_site.pages) == 250


def test_every_page_renders(corpus_site: Site, rendered: dict[str, RenderedPage]) -> None:
    assert set(rendered) == set(corpus_site.pages)
    for path, page in rendered.items():
        assert page.title and "<h1" in page.html, path


def test_no_raw_syntax_in_visible_text(corpus_site: Site) -> None:
    problems = []
    for path in sorted(corpus_site.pages):
        # print mode opens every collapsible, so their content is checked too
        text = visible_text(body_of(_printed(corpus_site, path)))
        for name, pattern in RAW_SYNTAX.items():
            for m in pattern.finditer(text):
                problems.append(f"{path}: {name}: {text[max(0, m.start() - 30):m.end() + 30]!r}")
    assert not problems, "\n".join(problems[:30])


def test_hulpmiddel_tables_list_exactly_their_maatregelen(corpus_site: Site) -> None:
    checked = 0
    for page in corpus_site.of_kind(Kind.HULPMIDDEL):
        if page.stem == "index":
            continue
        expected = [
            (urls.page_url(ref.page.path), ref.page.title)
            for ref in corpus_site.maatregelen_of(page)
            if ref.page is not None
        ]
        body = body_of(_printed(corpus_site, page.path))
        tables = re.findall(r'<table class="list list-maatregel rel-maatregel".*?</table>', body, re.S)
        if not expected:
            assert not tables, page.path
            continue
        assert len(tables) == 1, page.path
        rows = re.findall(r'<td class="c-title"[^>]*><a href="([^"]+)"[^>]*>(.*?)</a>', tables[0])
        actual = [(href, visible_text(title)) for href, title in rows]
        assert actual == expected, page.path
        checked += 1
    assert checked >= 25


def test_every_app_link_resolves(corpus_site: Site, rendered: dict[str, RenderedPage]) -> None:
    bad = []
    for path, page in rendered.items():
        for href in page.links:
            link = urls.parse(href)
            if link.action == "page":
                ok = link.path in corpus_site.pages
            elif link.action == "file":
                ok = link.path in corpus_site.files
            elif link.action == "filter":
                ok = link.value in corpus_site.facet_values(link.path)
            elif link.action == "toggle":
                ok = int(link.value) < page.expanders
            else:
                ok = link.action in ("external", "glossary", "beslishulp")
            if not ok:
                bad.append(f"{path}: {href}")
        for tag, attrs in tags_of(body_of(page.html)):
            if tag == "img":
                assert attrs["src"].startswith(corpus_site.root.as_uri() + "/"), (path, attrs)
    assert not bad, "\n".join(bad[:30])


def test_links_field_matches_the_markup(rendered: dict[str, RenderedPage]) -> None:
    for path, page in rendered.items():
        hrefs = {a["href"] for t, a in tags_of(body_of(page.html)) if t == "a" and "href" in a}
        assert hrefs == set(page.links), path


def test_placeholder_pages_show_their_lists(corpus_site: Site, rendered: dict[str, RenderedPage]) -> None:
    for page in corpus_site.of_kind(Kind.MAATREGEL):
        if page.stem == "index":
            continue
        html = rendered[page.path].html
        assert "Gebruikt in hulpmiddelen" in html, page.path
        printed = _printed(corpus_site, page.path)
        if any(r.page for r in corpus_site.vereisten_of(page)):
            assert "rel-vereiste" in printed, page.path
    for page in corpus_site.of_kind(Kind.VEREISTE):
        if page.stem != "index":
            assert "list-maatregel" in rendered[page.path].html or "list-empty" in rendered[page.path].html


def test_glossary_page(corpus_site: Site) -> None:
    glossary = render_glossary(corpus_site)
    text = visible_text(body_of(glossary.html))
    assert len(corpus_site.glossary) > 50
    for term in list(corpus_site.glossary)[:20]:
        assert term in text


def test_terminal_text_of_the_tool_pages(corpus_site: Site) -> None:
    for page in corpus_site.of_kind(Kind.HULPMIDDEL)[:10]:
        text = render_text(corpus_site, page, width=88)
        assert text.startswith(page.title)
        for ref in corpus_site.maatregelen_of(page):
            if ref.page is not None:
                assert ref.page.short_id in text, (page.path, ref.stem)
        assert "<" not in text.replace("<=", "")


def test_rendering_is_fast(corpus_site: Site) -> None:
    pages = list(corpus_site.pages.values())
    render_page(corpus_site, pages[0])  # build the Markdown instance once
    durations = []
    for page in pages:
        started = time.perf_counter()
        render_page(corpus_site, page)
        durations.append(time.perf_counter() - started)
    # generous bounds: the test machine may be busy; typical is ~10 ms, the worst ~40 ms
    assert statistics.median(durations) < 0.05
    assert max(durations) < 0.5
