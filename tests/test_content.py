"""Loading and normalising pages, the link graph and the problems of a content root."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.content import Kind, Severity, Site
from reader.content.links import TargetKind, slugify
from reader.content.loader import kind_of
from tests.conftest import write_tree
from tests.mini_site import S, make_mini_site


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site.load(make_mini_site(tmp_path / "root"))


def codes(site: Site, file: str) -> list[str]:
    return [p.code for p in site.problems if p.file == file]


def test_pages_have_path_kind_title_and_urn(site: Site) -> None:
    page = site.get(f"{S}/maatregelen/0-org-01-beleid")
    assert page is not None
    assert page.kind is Kind.MAATREGEL
    assert page.title == "Stel beleid op voor algoritmes"
    assert page.urn == "urn:nl:ak:mtr:org-01"
    assert page.short_id == "org-01"
    assert site.get("rollen/jurist").kind is Kind.ROL
    assert site.get("levenscyclus/ontwerp").kind is Kind.FASE
    assert site.get("onderwerpen/governance").kind is Kind.ONDERWERP
    assert site.get(f"{S}/hulpmiddelen/index").kind is Kind.INDEX
    assert site.get("index").kind is Kind.INDEX


def test_scalar_list_and_null_values_become_tuples(site: Site) -> None:
    dpia = site.get(f"{S}/hulpmiddelen/DPIA")
    assert dpia.values("categorie") == ("impact-assessment",)
    assert dpia.values("onderwerp") == ("privacy-en-gegevensbescherming",)
    assert dpia.values("rollen") == ("jurist", "projectleider")
    assert dpia.values("risicogroep") == ()
    register = site.get(f"{S}/hulpmiddelen/register")
    assert register.values("rollen") == ("projectleider",)


def test_sources_keep_the_site_number_format(site: Site) -> None:
    page = site.get(f"{S}/maatregelen/0-org-01-beleid")
    assert page.sources["ARK"] == ("2.10", "1.04")
    assert page.sources["ADR"] == ("SV.8",)


def test_title_falls_back_to_h1_then_file_name(tmp_path: Path) -> None:
    root = write_tree(tmp_path, {
        "a/with-h1.md": "# Kop van de pagina { #eigen }\n\nTekst\n",
        "a/zonder-kop.md": "Alleen tekst\n",
        "a/code.md": "```\n# geen kop\n```\n\n# Echte kop\n",
    })
    site = Site.load(root)
    assert site.get("a/with-h1").title == "Kop van de pagina"
    assert site.get("a/zonder-kop").title == "Zonder kop"
    assert site.get("a/code").title == "Echte kop"


def test_phase_order_is_the_lifecycle_and_labels_come_from_titles(site: Site) -> None:
    assert site.facet_values("fase") == ["organisatieverantwoordelijkheden", "probleemanalyse", "ontwerp"]
    assert site.label("fase", "ontwerp") == "Fase 2, ontwerp"
    assert site.short_label("fase", "ontwerp") == "Ontwerp"
    assert site.label("rol", "jurist") == "Jurist"
    assert site.label("soort", "maatregel") == "Maatregel"


def test_graph_forward_and_back_links(site: Site) -> None:
    dpia = site.get(f"{S}/hulpmiddelen/DPIA")
    refs = site.maatregelen_of(dpia)
    assert [r.stem for r in refs] == ["2-owp-01-privacyrisico", "0-org-01-beleid"]
    assert all(r.page is not None for r in refs)
    beleid = site.get(f"{S}/maatregelen/0-org-01-beleid")
    assert [p.stem for p in site.hulpmiddelen_using(beleid)] == ["register", "DPIA"] or [
        p.stem for p in site.hulpmiddelen_using(beleid)
    ] == ["DPIA", "register"]
    avg = site.get(f"{S}/vereisten/avg-01-rechtmatig")
    assert {p.stem for p in site.maatregelen_serving(avg)} == {"0-org-01-beleid", "2-owp-01-privacyrisico"}
    assert [p.stem for p in site.hulpmiddelen_citing(avg)] == ["DPIA"]
    assert site.members("rol", "jurist") == {
        f"{S}/hulpmiddelen/DPIA", f"{S}/maatregelen/2-owp-01-privacyrisico", f"{S}/vereisten/avg-01-rechtmatig"
    }
    assert f"{S}/maatregelen/0-org-01-beleid" in site.linked_pages(dpia)
    assert f"{S}/hulpmiddelen/DPIA" in site.incoming["rollen/jurist"]


def test_unknown_stem_is_an_error_with_a_clear_message(site: Site) -> None:
    problems = [p for p in site.problems if p.code == "unknown-stem"]
    assert len(problems) == 1
    assert problems[0].file == f"{S}/maatregelen/2-owp-01-privacyrisico.md"
    assert "bestaat-niet-01" in problems[0].message
    assert problems[0].severity is Severity.ERROR


def test_bad_input_becomes_problems_and_the_rest_loads(tmp_path: Path) -> None:
    root = make_mini_site(tmp_path / "root", {
        f"{S}/maatregelen/kapot.md": "---\ntitle: [niet gesloten\nrollen: jurist\n---\nTekst blijft leesbaar.\n",
        f"{S}/maatregelen/lijst.md": "---\n- a\n- b\n---\n# Lijst als front matter\n",
        f"{S}/maatregelen/typen.md": "---\ntitle: Typen\nrollen: [jurist, ~, 12]\nonderwerp: onbekend-onderwerp\n---\nx\n",
        f"{S}/maatregelen/latin1.md": "---\ntitle: Caf\xe9\n---\nR\xe9sum\xe9\n".encode("latin-1"),
        f"{S}/maatregelen/links.md": "---\ntitle: Links\n---\n[weg](nergens.md) [anker](0-org-01-beleid.md#bestaat-niet) [js](javascript:alert(1))\n",
    })
    site = Site.load(root)
    assert site.get(f"{S}/maatregelen/0-org-01-beleid") is not None
    yaml_problem = next(p for p in site.problems if p.code == "yaml")
    assert yaml_problem.file.endswith("kapot.md") and yaml_problem.line == 2
    assert "Tekst blijft leesbaar" in site.get(f"{S}/maatregelen/kapot").body
    assert "front-matter-type" in codes(site, f"{S}/maatregelen/lijst.md")
    assert site.get(f"{S}/maatregelen/lijst").title == "Lijst als front matter"
    typen = site.get(f"{S}/maatregelen/typen")
    assert typen.values("rollen") == ("jurist", "12")
    assert {"empty-item", "value-type", "unknown-label"} <= set(codes(site, f"{S}/maatregelen/typen.md"))
    latin = site.get(f"{S}/maatregelen/latin1")
    assert latin.title == "Café" and "Résumé" in latin.body
    assert "encoding" in codes(site, f"{S}/maatregelen/latin1.md")
    link_codes = codes(site, f"{S}/maatregelen/links.md")
    assert {"missing-target", "missing-anchor", "unsafe-link"} <= set(link_codes)
    assert all(p.line == 4 for p in site.problems if p.file.endswith("links.md"))


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_symlink_leaving_the_root_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "geheim.md"
    outside.write_text("---\ntitle: Geheim\n---\nniet lezen\n")
    root = make_mini_site(tmp_path / "root")
    (root / "rollen" / "lek.md").symlink_to(outside)
    (root / "rollen" / "stub.md").write_text("../../../geheim.md")
    site = Site.load(root)
    assert site.get("rollen/lek") is None and site.get("rollen/stub") is None
    assert codes(site, "rollen/lek.md") == ["symlink-outside-root"]
    assert codes(site, "rollen/stub.md") == ["symlink-outside-root"]


def test_link_resolution_follows_the_site_rules(site: Site) -> None:
    page = site.get(f"{S}/hulpmiddelen/DPIA")
    t = site.resolve(page, "../maatregelen/0-org-01-beleid.md#x")
    assert (t.kind, t.path, t.anchor) == (TargetKind.PAGE, f"{S}/maatregelen/0-org-01-beleid", "x")
    # raw HTML, directory style: relative to the page URL .../hulpmiddelen/DPIA/
    t = site.resolve(page, "../register/", is_html=True)
    assert (t.kind, t.path) == (TargetKind.PAGE, f"{S}/hulpmiddelen/register")
    t = site.resolve(page, "https://minbzk.github.io/Algoritmekader/rollen/jurist/")
    assert (t.kind, t.path) == (TargetKind.PAGE, "rollen/jurist")
    assert site.resolve(page, "https://example.org/x").kind is TargetKind.EXTERNAL
    assert site.resolve(page, "data:text/html,x").kind is TargetKind.UNSAFE
    assert site.resolve(page, "../../../../etc/passwd").kind is TargetKind.MISSING
    assert site.resolve(page, "#").kind is TargetKind.EMPTY
    t = site.resolve(page, "../maatregelen/0-org%2D01-beleid.md")
    assert t.path == f"{S}/maatregelen/0-org-01-beleid"


def test_kind_of_paths() -> None:
    assert kind_of(f"{S}/vereisten/aia-01-x") is Kind.VEREISTE
    assert kind_of("levenscyclus/over-de-levenscyclus") is Kind.OTHER
    assert kind_of("soorten-algoritmes-en-ai/wat-is-een-algoritme") is Kind.OTHER


def test_slugify_matches_python_markdown_toc() -> None:
    assert slugify("Aanbevolen maatregelen ontwerp") == "aanbevolen-maatregelen-ontwerp"
    assert slugify("Geïnventariseerd: risico's & <b>kansen</b>") == "geinventariseerd-risicos-kansen"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_front_matter_text_loads_without_exception(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    (root / "rollen").mkdir()
    (root / "rollen" / "x.md").write_text(f"---\n{text}\n---\nbody\n", encoding="utf-8", errors="replace")
    site = Site.load(root)
    assert "rollen/x" in site.pages


def test_short_labels_for_chips_and_the_sidebar(site: Site) -> None:
    assert site.short_label("onderwerp", "privacy-en-gegevensbescherming") == "Privacy en gegevensbescherming"
    assert site.short_label("onderwerp", "bias-en-non-discriminatie") == "Bias en non-discriminatie"
    assert site.short_label("fase", "probleemanalyse") == "Probleemanalyse"
