"""Placeholders and generated lists: the grammar of corpus-schema.md §4 and its quirks."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.content import Kind, Site
from reader.render import render_page, urls
from reader.render.badges import ai_act_label, ai_act_target, humanise, wet_label
from reader.render.images import image_size
from reader.render.linking import normalise_url
from reader.render.lists import (
    classify,
    generic_list,
    parse_generic,
    relation_list,
)
from tests.conftest import write_tree

from .conftest import FIXTURE_ROOT, body_of, tags_of, visible_text

MAATREGEL = "voldoen-aan-wetten-en-regels/maatregelen/1-pba-01-doel-vastleggen"
HULPMIDDEL = "voldoen-aan-wetten-en-regels/hulpmiddelen/toetsingsmodel"
VEREISTE = "voldoen-aan-wetten-en-regels/vereisten/aia-01-uitleg-geven"


# ---------------------------------------------------------------------- grammar
def test_only_the_first_token_is_a_filter() -> None:
    spec = parse_generic("list_maatregelen vereiste/aia-01 onderwerp/privacy no-rol")
    assert spec is not None
    assert (spec.kind, spec.key, spec.value) == (Kind.MAATREGEL, "vereiste", "aia-01")
    assert spec.enabled("rol") is False and spec.enabled("onderwerp") is True


def test_options_anywhere_and_unknown_options_ignored() -> None:
    spec = parse_generic("list_hulpmiddelen no-id no-levenscyclus add-rol no-bestaat-niet")
    assert spec is not None and spec.key == ""
    assert dict(spec.options) == {"levenscyclus": False, "rol": True}


def test_an_option_as_first_token_is_not_a_filter() -> None:
    spec = parse_generic("list_vereisten no-rol")
    assert spec is not None and spec.key == "" and spec.enabled("rol") is False


def test_type_is_case_insensitive_and_has_no_word_boundary() -> None:
    spec = parse_generic("LIST_Vereisten_on_maatregelen_page")
    assert spec is not None and spec.kind is Kind.VEREISTE and spec.key == ""
    assert parse_generic("list_tabellen") is None


def test_per_page_placeholders_only_where_the_site_replaces_them(fixture_site: Site) -> None:
    maatregel = fixture_site.pages[MAATREGEL]
    rol = fixture_site.pages["rollen/jurist"]
    assert classify(" list_vereisten_on_maatregelen_page ", maatregel).kind == "relation"
    # elsewhere the generic pattern catches it: an unfiltered list, as on the site
    elsewhere = classify("list_vereisten_on_maatregelen_page", rol)
    assert elsewhere.kind == "generic" and elsewhere.spec is not None
    assert elsewhere.spec.key == ""
    assert classify("tags", rol).kind == "tags"
    assert classify("Let op: niet weghalen", rol).kind == "comment"


def test_percent_encoded_filter_value(fixture_site: Site) -> None:
    spec = parse_generic("list_maatregelen vereiste/aia-01-uitleg%2Dgeven")
    assert spec is not None
    table = generic_list(fixture_site, spec)
    assert [r.page.stem for r in table.rows] == ["1-pba-01-doel-vastleggen"]


def test_generic_list_columns_follow_options(fixture_site: Site) -> None:
    full = generic_list(fixture_site, parse_generic("list_vereisten"))
    assert full.columns == ["wetcode", "rol", "levenscyclus", "onderwerp"]
    assert [r.short_id for r in full.rows] == ["aia-01", "avg-01"]
    slim = generic_list(fixture_site, parse_generic(
        "list_maatregelen rollen/jurist no-search no-rol no-onderwerp no-levenscyclus"))
    assert slim.columns == []
    assert [r.short_id for r in slim.rows] == ["owp-01", "mon-01"]
    tools = generic_list(fixture_site, parse_generic("list_hulpmiddelen no-rol"))
    assert not tools.show_id and "rol" not in tools.columns


def test_empty_generic_list_says_so(fixture_site: Site) -> None:
    table = generic_list(fixture_site, parse_generic("list_maatregelen rollen/niemand"))
    assert not table.rows and table.empty_text


def test_relation_list_keeps_order_and_reports_missing_stems(fixture_site: Site) -> None:
    table = relation_list(fixture_site, fixture_site.pages[HULPMIDDEL], "maatregel")
    assert [r.short_id for r in table.rows] == ["pba-01", "owp-01", "mon-01"]
    assert table.missing == ["9-xyz-99-bestaat-niet"]
    assert table.rows[1].cells["fase"].text == "Ontwerp, Monitoring en beheer"
    assert table.rows[1].cells["rol"].text == "Projectleider, Jurist"


# ---------------------------------------------------------------------- labels
@pytest.mark.parametrize(
    ("key", "value", "label"),
    [
        ("risicogroep", "geen-hoog-risico-ai-systeem", "Geen hoog risico AI-systeem"),
        ("soort-toepassing", "ai-systeem", "AI-systeem"),
        ("rol-ai-act", "gebruiksverantwoordelijke", "Gebruiksverantwoordelijke"),
        ("risicogroep", "verboden-ai", "Verboden AI"),
        ("soort-toepassing", "ai-model-voor-algemene-doeleinden", "AI-model voor algemene doeleinden"),
        ("systeemrisico", "geen-systeemrisico", "Geen systeemrisico"),
        ("risicogroep", "hoog-risico-ai-systeem", "Hoog risico AI-systeem"),
        ("soort-toepassing", "ai-systeem-voor-algemene-doeleinden", "AI-systeem voor algemene doeleinden"),
    ],
)
def test_ai_act_labels(key: str, value: str, label: str) -> None:
    assert ai_act_label(key, value) == label


def test_ai_act_targets() -> None:
    short = "ai-verordening/ai-verordening-in-het-kort"
    risk = "soorten-algoritmes-en-ai/risico-van-ai-systemen"
    assert ai_act_target("risicogroep", "geen-hoog-risico-ai-systeem") == (risk, "hoog-risico-ai-systeem")
    assert ai_act_target("rol-ai-act", "distributeur") == (short, "andere-rollen")
    assert ai_act_target("soort-toepassing", "ai-systeem-voor-algemene-doeleinden") == (
        short, "ai-model-voor-algemene-doeleinden")
    assert ai_act_target("transparantieverplichting", "transparantieverplichting") == (
        risk, "risico-op-misleiding")


def test_wetcode_labels(fixture_site: Site) -> None:
    assert wet_label(fixture_site, "AVG") == ("AVG", "Algemene verordening gegevensbescherming.")
    assert wet_label(fixture_site, "AIA") == ("AI-verordening", "")
    assert wet_label(fixture_site, "XYZ") == ("XYZ", "")
    assert humanise("beleid-en-advies") == "Beleid en advies"


# ---------------------------------------------------------------------- pages
def test_non_ai_act_vereiste_gets_the_sentence_and_serving_maatregelen(fixture_site: Site) -> None:
    page = fixture_site.pages["voldoen-aan-wetten-en-regels/vereisten/avg-01-weinig-gegevens"]
    body = body_of(render_page(fixture_site, page).html)
    assert "niet uit de AI-verordening" in visible_text(body)
    assert "chip-ai" not in body
    # no list placeholder of its own: the reader adds the maatregelen that serve it
    assert "Maatregelen bij dit vereiste" in body
    assert urls.page_url("voldoen-aan-wetten-en-regels/maatregelen/2-owp-01-taken-verdelen") in body


def test_ai_act_chips_link_to_explanations(fixture_site: Site) -> None:
    body = body_of(render_page(fixture_site, fixture_site.pages[VEREISTE]).html)
    hrefs = [a["href"] for t, a in tags_of(body) if t == "a" and "chip-ai" in a.get("class", "")]
    assert urls.page_url("ai-verordening/ai-verordening-in-het-kort", "aanbieder") in hrefs
    text = visible_text(body)
    assert "Niet van toepassing" not in text  # skipped values
    assert "Open source" not in text  # never shown


def test_hulpmiddel_without_placeholder_still_lists_its_maatregelen(fixture_site: Site) -> None:
    page = fixture_site.pages["voldoen-aan-wetten-en-regels/hulpmiddelen/register-zonder-lijst"]
    body = body_of(render_page(fixture_site, page).html)
    assert "rel-maatregel" in body and "Houd een logboek bij van wijzigingen" in body


def test_maatregel_shows_the_hulpmiddelen_using_it(fixture_site: Site) -> None:
    page = fixture_site.pages["voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-logboek-bijhouden"]
    body = body_of(render_page(fixture_site, page).html)
    assert "Gebruikt in hulpmiddelen" in body
    assert "Register zonder eigen lijst" in body and "Toetsingsmodel" in body


def test_expanders_toggle_and_print_opens_all(fixture_site: Site) -> None:
    page = fixture_site.pages["voorbeelden/constructies"]
    closed = render_page(fixture_site, page)
    assert closed.expanders == 2
    assert "Verborgen tekst" not in closed.html
    assert urls.toggle_url(0) in closed.html and urls.toggle_url(1) in closed.html
    one = render_page(fixture_site, page, expanded=frozenset({1}))
    assert "Tweede verborgen tekst" in one.html and "Verborgen tekst die" not in one.html
    printed = render_page(fixture_site, page, print_mode=True)
    assert "Verborgen tekst die" in printed.html and "Tweede verborgen tekst" in printed.html
    assert "reader://toggle" not in printed.html


def test_heading_ids_match_the_core_anchors(fixture_site: Site) -> None:
    for page in fixture_site.pages.values():
        body = body_of(render_page(fixture_site, page).html)
        ids = {a["id"] for t, a in tags_of(body) if t.startswith("h") and "id" in a}
        missing = {i for i in fixture_site.anchors_of[page.path] if not i.startswith("fn")} - ids
        assert not missing, (page.path, missing)


def test_external_urls_are_normalised() -> None:
    assert normalise_url("https://ex.org/a%2Db%7e%64?x=%20%2f") == "https://ex.org/a-b~d?x=%20%2F"


def test_dark_palette_and_document_shape(fixture_site: Site) -> None:
    page = fixture_site.pages[HULPMIDDEL]
    light = render_page(fixture_site, page).html
    dark = render_page(fixture_site, page, dark=True).html
    assert light.startswith("<!DOCTYPE html>") and '<body class="light">' in light
    assert '<body class="dark">' in dark and len(dark) > len(light)
    assert body_of(light).replace("light", "") == body_of(dark).replace("dark", "")


def test_links_field_lists_every_link(fixture_site: Site) -> None:
    rendered = render_page(fixture_site, fixture_site.pages[HULPMIDDEL])
    assert urls.filter_url("rol", "jurist") in rendered.links
    assert urls.page_url("voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-logboek-bijhouden") in rendered.links
    assert "https://example.org/toets-model/~start" in rendered.links
    assert len(rendered.links) == len(set(rendered.links))


def test_broken_links_are_reported(fixture_site: Site) -> None:
    rendered = render_page(fixture_site, fixture_site.pages["voorbeelden/constructies"])
    assert set(rendered.broken) == {"bestaat-niet.md", "", "#"}


def test_local_image_size_and_scaling(fixture_site: Site) -> None:
    png = FIXTURE_ROOT / "voldoen-aan-wetten-en-regels/maatregelen/images/schema.png"
    assert image_size(png) == (900, 150)
    body = body_of(render_page(fixture_site, fixture_site.pages[MAATREGEL]).html)
    images = [a for t, a in tags_of(body) if t == "img"]
    assert images == [{"src": png.as_uri(), "alt": "Schema van de stappen", "width": "680", "height": "113"}]


def test_page_without_glossary_or_taxonomy_renders(tmp_path: Path) -> None:
    root = write_tree(tmp_path, {"los.md": "Geen kop, geen front matter. *[x]: y\n"})
    site = Site.load(root)
    rendered = render_page(site, site.pages["los"])
    assert "<h1" in rendered.html and "Geen kop" in rendered.html


def test_printable_links_use_official_addresses_with_numbered_notes() -> None:
    """Print and PDF (issue 18): no reader:// address is left; each address is a note."""
    import re

    from reader.content import Kind, Site
    from reader.render import render_page
    from reader.render.html import printable_links
    from reader.render.linking import normalise_url
    from tests.conftest import CONTENT

    site = Site.load(CONTENT)
    tool = next(p for p in site.of_kind(Kind.HULPMIDDEL) if site.maatregelen_of(p))
    html = printable_links(site, render_page(site, tool, print_mode=True).html, tool.path)
    assert "reader://" not in html
    first = site.maatregelen_of(tool)[0].page
    assert f'href="{normalise_url(first.url)}"' in html
    notes = re.findall(r'<sup class="note">\[(\d+)\]</sup>', html)
    listed = re.findall(r'<ol class="notes">(.*?)</ol>', html, re.S)
    assert notes and listed and listed[0].count("<li>") == max(map(int, notes))
    assert html.index('<ol class="notes">') < html.index("</body>")
