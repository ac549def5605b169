"""The labels the renderer adds follow the interface language; the page text does not change.

Every page of the bundled content and of the fixture content, plus a small site made here
for the labels those never need (a missing image, an empty relation list, no glossary), is
rendered in Dutch, in English and in a marker language whose every label is a unique token.
The marker render holds the framework's own text and nothing of ours, so a Dutch label that
occurs more often in the English render than in the marker render was left untranslated.
"""

from __future__ import annotations

import html as htmlmod
import re
from pathlib import Path

import pytest

from reader.content import Site
from reader.render import messages
from reader.render.html import printable_links, render_glossary, render_page
from reader.render.messages import EN
from tests.conftest import write_tree
from tests.render.conftest import FIXTURE_ROOT

ROOT = Path(__file__).resolve().parents[2]
FIELD = re.compile(r"\{(\w+)\}")
S = "voldoen-aan-wetten-en-regels"

#: labels the bundled and fixture content never need
EXTRA: dict[str, str] = {
    f"{S}/maatregelen/0-org-01-alleen.md": """---
title: Een maatregel zonder bestaande vereisten
id: urn:nl:ak:mtr:org-01
vereiste: [avg-99-bestaat-niet]
---
## Maatregel

Zie de tekening ![schets](schets-die-er-niet-is.png) en ![](ook-weg.png).

<a href="#" onclick="showModal('beslishulp')">Naar de keuzehulp</a>

<details markdown="1">
Een blok zonder eigen kop.
</details>
""",
    f"{S}/vereisten/avg-01-alleen.md": """---
title: Een vereiste zonder maatregelen
id: urn:nl:ak:ver:avg-01
---
## Vereiste

Niets verwijst hierheen.
""",
}


def _marker_catalogue() -> dict[str, str]:
    """Every label -> a token no page contains, with the label's own fields kept."""
    return {nl: f"\u2063{i}\u2063" + "".join(f" {{{f}}}" for f in FIELD.findall(nl))
            for i, nl in enumerate(EN)}


def _renders(site: Site, language: str) -> list[str]:
    out = []
    for page in site.pages.values():
        rendered = render_page(site, page, language=language)
        out.append(rendered.html)
        if rendered.expanders:  # the collapsed and the open toggle tooltip
            opened = render_page(site, page, expanded=frozenset(range(rendered.expanders)), language=language)
            out.append(opened.html)
        printed = render_page(site, page, print_mode=True, language=language)
        out.append(printable_links(site, printed.html, page.path, language))
    out.append(render_glossary(site, language=language).html)
    return out


@pytest.fixture(scope="module")
def renders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    sites = [Site.load(ROOT / "content"), Site.load(FIXTURE_ROOT),
             Site.load(write_tree(tmp_path_factory.mktemp("labels"), EXTRA))]
    messages.CATALOGUE["xx"] = _marker_catalogue()
    try:
        return {lang: "\n".join(h for site in sites for h in _renders(site, lang)) for lang in ("nl", "en", "xx")}
    finally:
        del messages.CATALOGUE["xx"]


def _count(text: str, html: str) -> int:
    """Occurrences of `text`'s fixed parts as whole words (the HTML's character references read)."""
    html = htmlmod.unescape(html)
    total = 0
    for part in FIELD.split(text)[0::2]:
        part = part.strip()
        if any(c.isalpha() for c in part):  # not a lone full stop
            pattern = ((r"(?<!\w)" if part[0].isalnum() else "") + re.escape(part)
                       + (r"(?!\w)" if part[-1].isalnum() else ""))
            total += len(re.findall(pattern, html))
    return total


@pytest.mark.parametrize("dutch", [nl for nl, en in EN.items() if nl != en])
def test_every_label_is_english_in_english_mode(renders: dict[str, str], dutch: str) -> None:
    english = EN[dutch]
    assert _count(dutch, renders["nl"]) > _count(dutch, renders["xx"]), f"{dutch!r} is never used by the renderer"
    assert _count(english, renders["en"]) > _count(english, renders["xx"]), f"{english!r} never shown"
    # the page text may say it (the framework's Dutch); our labels may not
    assert _count(dutch, renders["en"]) == _count(dutch, renders["xx"]), f"{dutch!r} left in English mode"


def test_label_places_hold_english_labels(renders: dict[str, str]) -> None:
    """Row labels, column headers, counts and added section headings: our labels only."""
    english = set(EN.values()) | {"ID"}
    en = renders["en"]
    found = {
        "row labels": re.findall(r'<td class="meta-key"[^>]*>([^<]*)</td>', en),
        "column headers": re.findall(r'<th class="c-[a-z]+"[^>]*>([^<]*)</th>', en),
        "counts": re.findall(r'<p class="list-count">\d+ ([^<]*)</p>', en),
        "sections": re.findall(r'<h2 class="generated"[^>]*>([^<]*)</h2>', en),
        "kind badges": re.findall(r'<a class="chip chip-kind"[^>]*>&nbsp;([^<&]*)&nbsp;</a>', en),
    }
    for place, labels in found.items():
        assert labels, place
        strange = {htmlmod.unescape(x) for x in labels} - english
        assert not strange, f"{place}: {sorted(strange)}"


def test_dutch_is_the_default_and_unchanged(renders: dict[str, str]) -> None:
    site = Site.load(FIXTURE_ROOT)
    page = next(p for p in site.pages.values() if p.kind.value == "maatregel")
    assert render_page(site, page).html == render_page(site, page, language="nl").html
    assert "Officiële pagina op de website van het Algoritmekader" in renders["nl"]
    with pytest.raises(ValueError, match="nl, en"):
        render_page(site, page, language="de")
