"""The engine on the real upstream corpus (skipped when ../shared is absent)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.content import Kind, Site
from reader.content.loader import normalise_list
from reader.search import Query, SearchEngine


@pytest.fixture(scope="module")
def site(corpus: Path) -> Site:
    return Site.load(corpus)


@pytest.fixture(scope="module")
def engine(site: Site, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchEngine]:
    with SearchEngine(site, tmp_path_factory.mktemp("corpus-cache")) as e:
        e.ensure_index()
        yield e


def test_all_real_pages_load(site: Site) -> None:
    assert len(site.pages) == 250
    counts = {k: len(site.of_kind(k)) for k in Kind}
    assert (counts[Kind.HULPMIDDEL], counts[Kind.MAATREGEL], counts[Kind.VEREISTE]) == (28, 108, 63)
    assert (counts[Kind.ROL], counts[Kind.FASE], counts[Kind.ONDERWERP]) == (4, 9, 10)


def test_known_real_problems_are_reported(site: Site) -> None:
    by_code: dict[str, list[str]] = {}
    for p in site.problems:
        by_code.setdefault(p.code, []).append(f"{p.file}|{p.message}")
    assert any("CONTRIBUTING.md" in x for x in by_code["symlink-outside-root"])
    stems = [x for x in by_code["unknown-stem"]]
    assert len(stems) == 9  # 6 dangling vereisten on maatregelen + 3 maatregelen on standaarden
    assert sum("standaarden.md" in x for x in stems) == 3
    assert any("grondrechten" in x and "standaarden.md" in x for x in by_code["unknown-label"])
    anchors = by_code["missing-anchor"]
    assert sum("aanbevolen-maatregelen" in x for x in anchors) == 2


def test_every_hulpmiddel_maatregel_edge_is_in_the_graph(site: Site, corpus: Path) -> None:
    import yaml

    for page in site.of_kind(Kind.HULPMIDDEL):
        raw = yaml.safe_load((corpus / page.file).read_text(encoding="utf-8").split("---")[1])
        listed = normalise_list("maatregel", raw.get("maatregel"), page.file, [])
        refs = site.maatregelen_of(page)
        assert [r.stem for r in refs] == list(listed)
        for ref in refs:
            if ref.page is not None:
                assert page in site.hulpmiddelen_using(ref.page)


def test_dpia_finds_the_dpia_tool_in_the_top_three(engine: SearchEngine) -> None:
    top = [h.path for h in engine.search(Query("dpia")).hits[:3]]
    assert "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA" in top


def test_filtering_on_jurist_gives_exactly_the_jurist_pages(engine: SearchEngine, site: Site) -> None:
    result = engine.search(Query.make("", roles=["jurist"], limit=None))
    expected = {p.path for p in site.pages.values() if "jurist" in p.values("rollen")}
    assert {h.path for h in result.hits} == expected
    assert result.total == len(expected) == result.facets["rol"]["jurist"]
    # and with text: every hit carries the role
    for hit in engine.search(Query.make("algoritme", roles=["jurist"], limit=None)).hits:
        assert "jurist" in site.pages[hit.path].values("rollen")


def test_ark_sources_keep_trailing_zeros(site: Site) -> None:
    values = {v for p in site.of_kind(Kind.MAATREGEL) for v in p.sources.get("ARK", ())}
    assert "2.10" in values and "1.04" in values
