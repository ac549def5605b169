"""Golden files: rendered fixture pages compared with reviewed reference output.

The fixture content (tests/render/fixtures/content) is written for these tests. To
regenerate the references after a deliberate change, run

    AK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/render/test_golden.py

and review the diff of tests/render/golden/ before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.content import Site
from reader.render import render_glossary, render_page, render_text

from .conftest import FIXTURE_ROOT, GOLDEN, body_of

UPDATE = os.environ.get("AK_UPDATE_GOLDEN") == "1"

HTML_CASES = {
    "hulpmiddel": ("voldoen-aan-wetten-en-regels/hulpmiddelen/toetsingsmodel", {}),
    "hulpmiddel-zonder-lijst": ("voldoen-aan-wetten-en-regels/hulpmiddelen/register-zonder-lijst", {}),
    "maatregel": ("voldoen-aan-wetten-en-regels/maatregelen/1-pba-01-doel-vastleggen", {}),
    "maatregel-open": (
        "voldoen-aan-wetten-en-regels/maatregelen/1-pba-01-doel-vastleggen",
        {"expanded": frozenset({0})},
    ),
    "vereiste": ("voldoen-aan-wetten-en-regels/vereisten/aia-01-uitleg-geven", {}),
    "vereiste-avg": ("voldoen-aan-wetten-en-regels/vereisten/avg-01-weinig-gegevens", {}),
    "vereisten-overzicht": ("voldoen-aan-wetten-en-regels/vereisten/index", {}),
    "rol": ("rollen/jurist", {}),
    "constructies": ("voorbeelden/constructies", {}),
    "constructies-print": ("voorbeelden/constructies", {"print_mode": True}),
    "constructies-zoekwoorden": (
        "voorbeelden/constructies",
        {"highlight": frozenset({"tabel", "opmaak", "voetnoot"})},
    ),
    "home": ("index", {}),
}
TEXT_CASES = {
    "hulpmiddel": "voldoen-aan-wetten-en-regels/hulpmiddelen/toetsingsmodel",
    "maatregel": "voldoen-aan-wetten-en-regels/maatregelen/1-pba-01-doel-vastleggen",
    "vereiste": "voldoen-aan-wetten-en-regels/vereisten/aia-01-uitleg-geven",
    "constructies": "voorbeelden/constructies",
}


def _normalise(text: str) -> str:
    """Make output independent of where the repository is checked out."""
    return text.replace(FIXTURE_ROOT.as_uri(), "file:///FIXTURES").rstrip() + "\n"


def _compare(name: str, actual: str) -> None:
    path = GOLDEN / name
    actual = _normalise(actual)
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"golden file {path.name} is missing; run with AK_UPDATE_GOLDEN=1")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{path.name} differs from the rendered output; if the change is intended, "
        "regenerate with AK_UPDATE_GOLDEN=1 and review the diff"
    )


@pytest.mark.parametrize("name", sorted(HTML_CASES))
def test_page_html_matches_golden(fixture_site: Site, name: str) -> None:
    path, options = HTML_CASES[name]
    rendered = render_page(fixture_site, fixture_site.pages[path], **options)
    _compare(f"{name}.html", body_of(rendered.html))


@pytest.mark.parametrize("name", sorted(TEXT_CASES))
def test_page_text_matches_golden(fixture_site: Site, name: str) -> None:
    page = fixture_site.pages[TEXT_CASES[name]]
    _compare(f"{name}.txt", render_text(fixture_site, page, width=88))


def test_glossary_matches_golden(fixture_site: Site) -> None:
    _compare("begrippenlijst.html", body_of(render_glossary(fixture_site).html))


def test_golden_files_have_no_orphans() -> None:
    expected = {f"{n}.html" for n in HTML_CASES} | {f"{n}.txt" for n in TEXT_CASES}
    expected.add("begrippenlijst.html")
    present = {p.name for p in Path(GOLDEN).iterdir() if p.suffix in (".html", ".txt")}
    assert present <= expected, f"unused golden files: {sorted(present - expected)}"
