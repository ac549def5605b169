"""Query understanding (issue 16) on the bundled content: roles and phases, legal
references, the bilingual vocabulary, questions, the looser reading and the strong count."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.content import Kind, Site
from reader.content.model import FACET_FASE, FACET_ROL
from reader.search import Query, SearchEngine
from reader.search.understanding import QueryReader, Ref, references
from tests.conftest import CONTENT


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchEngine]:
    with SearchEngine(Site.load(CONTENT), tmp_path_factory.mktemp("understanding-cache")) as engine:
        engine.ensure_index()
        yield engine


@pytest.fixture(scope="module")
def reader() -> QueryReader:
    return QueryReader(Site.load(CONTENT))


def stems(result) -> list[str]:
    return [h.path.rsplit("/", 1)[-1] for h in result.hits]


# ---------------------------------------------------------------- roles and phases
@pytest.mark.parametrize(("text", "role", "phase"), [
    ("jurist implementatie", "jurist", "implementatie"),
    ("juristen implementatiefase", "jurist", "implementatie"),
    ("beleidsadviseur ontwerpfase", "beleid-en-advies", "ontwerp"),
    ("developer na livegang", "ontwikkelaar", "monitoring-en-beheer"),
    ("data scientist in productie", "ontwikkelaar", "monitoring-en-beheer"),
    ("projectmanager probleemanalyse", "projectleider", "probleemanalyse"),
])
def test_role_and_phase_words_are_read_as_their_facets(reader: QueryReader, text: str, role: str,
                                                       phase: str) -> None:
    reading = reader.read(text)
    assert reading.facets == {FACET_ROL: [role], FACET_FASE: [phase]}
    assert reading.text == ""


def test_an_ordinary_word_is_a_phase_only_beside_a_facet_word(reader: QueryReader) -> None:
    assert reader.read("ontwerp").facets == {}
    assert reader.read("privacy bij ontwerp").facets == {}
    assert reader.read("jurist ontwerp").facets == {FACET_ROL: ["jurist"], FACET_FASE: ["ontwerp"]}
    assert reader.read("fase ontwerp").facets == {FACET_FASE: ["ontwerp"]}


def test_a_role_and_phase_query_lists_the_pages_tagged_with_both_first(engine: SearchEngine) -> None:
    result = engine.search(Query.make("jurist implementatie", limit=5))
    assert result.understood == {FACET_ROL: ["jurist"], FACET_FASE: ["implementatie"]}
    assert result.understood_label == "Jurist · Implementatie"
    assert result.remaining_text == "" and result.fallback == ""
    for hit in result.hits:
        page = engine.site.pages[hit.path]
        assert "jurist" in page.values("rollen") and "implementatie" in page.values("levenscyclus"), hit.path


def test_the_rest_of_the_text_is_searched_with_the_preference(engine: SearchEngine) -> None:
    result = engine.search(Query.make("jurist privacy", limit=5))
    assert result.understood == {FACET_ROL: ["jurist"]}
    assert result.remaining_text == "privacy"
    tagged = [h for h in result.hits if "jurist" in engine.site.pages[h.path].values("rollen")]
    assert len(tagged) >= 3 and result.hits[0] in tagged


def test_literal_search_turns_understanding_off(engine: SearchEngine) -> None:
    result = engine.search(Query.make("jurist implementatie", limit=5, literal=True))
    assert result.understood == {} and result.understood_label == ""
    assert "rollen/jurist" in [h.path for h in result.hits]


# ---------------------------------------------------------------- legal references
def test_references_are_read_with_their_law_lists_and_ranges() -> None:
    found = [ref for ref, _s, _e in references(
        "artikel 5 en 32 algemene verordening gegevensbescherming; artikel 15 - 17 avg; "
        "artikel 3:46 en 3:47 awb; artikel 6, lid 2, ai-verordening; bijlage iii ai-verordening")]
    assert found == [Ref("artikel", "5", "avg"), Ref("artikel", "32", "avg"), Ref("artikel", "15", "avg"),
                     Ref("artikel", "16", "avg"), Ref("artikel", "17", "avg"), Ref("artikel", "3:46", "awb"),
                     Ref("artikel", "3:47", "awb"), Ref("artikel", "6", "aia"), Ref("bijlage", "iii", "aia")]


@pytest.mark.parametrize(("text", "label"), [
    ("art. 22 AVG", "Artikel 22 AVG"), ("artikel 14 AI-verordening", "Artikel 14 AI-verordening"),
    ("art 5 AI Act", "Artikel 5 AI-verordening"), ("AVG artikel 35", "Artikel 35 AVG"),
    ("art. 32 GDPR", "Artikel 32 AVG"), ("bijlage III", "Bijlage III"), ("artikel 3:46 Awb", "Artikel 3:46 Awb"),
])
def test_a_legal_reference_is_bound_to_its_law(reader: QueryReader, text: str, label: str) -> None:
    reading = reader.read(text)
    assert [ref.label for ref in reading.refs] == [label]
    assert reading.text == ""


@pytest.mark.parametrize(("text", "wanted"), [
    ("artikel 14 AI-verordening", "aia-09-menselijk-toezicht"),
    ("artikel 3:46 Awb", "awb-02-motiveringsbeginsel"),
    ("art. 22 AVG", "avg-10-recht-op-niet-geautomatiseerde-besluitvorming"),
])
def test_a_legal_reference_finds_the_vereisten_citing_that_article(engine: SearchEngine, text: str,
                                                                     wanted: str) -> None:
    result = engine.search(Query.make(text, limit=10))
    assert wanted in stems(result)[:2], stems(result)
    assert result.references and result.understood_label == result.references[0]


def test_the_number_alone_does_not_match_another_laws_article(engine: SearchEngine) -> None:
    # artikel 14 of the AI-verordening, not the pages citing artikel 14 of the AVG or the EVRM
    result = engine.search(Query.make("artikel 14 AI-verordening", limit=10))
    assert "avg-07-transparantie-bij-verwerken-persoonsgegevens" not in stems(result)


# ---------------------------------------------------------------- vocabulary, questions
def test_english_terms_and_abbreviations_find_the_dutch_pages(engine: SearchEngine) -> None:
    assert stems(engine.search(Query.make("FRIA", limit=5)))[0] == "aia-27-beoordelen-gevolgen-grondrechten"
    assert "6-imp-07-vermelding-in-verwerkingsregister" in stems(
        engine.search(Query.make("record of processing activities", limit=5)))


def test_question_words_leave_the_text_and_a_do_question_favours_maatregelen(reader: QueryReader,
                                                                           engine: SearchEngine) -> None:
    reading = reader.read("hoe voorkom ik bias")
    assert reading.text == "voorkom bias" and reading.question == "doen"
    assert reader.read("mag ik ChatGPT gebruiken").question == "mogen"
    assert reader.read("wat is een algoritme").text == "wat is een algoritme"  # not a do-question
    top = engine.search(Query.make("hoe voorkom ik bias", limit=3)).hits
    assert any(engine.site.pages[h.path].kind is Kind.MAATREGEL for h in top)


# ---------------------------------------------------------------- looser reading, count
def test_no_empty_result_when_a_looser_reading_finds_pages(engine: SearchEngine) -> None:
    result = engine.search(Query.make("privacy by design", limit=5))
    assert result.hits and result.total
    assert stems(result)[0] == "avg-11-privacy-bij-ontwerp-bij-verwerking-van-persoonsgegevens"
    spelled = engine.search(Query.make("the algoritmeregistr of", limit=5))
    assert spelled.hits
    if spelled.fallback:
        assert spelled.message == "Geen exacte treffers, wel deze."


def test_nothing_to_find_stays_empty_and_unflagged(engine: SearchEngine) -> None:
    result = engine.search(Query.make("xqzvbwq", limit=5))
    assert result.total == 0 and not result.hits and result.fallback == ""


def test_a_broad_term_counts_its_strong_matches_apart(engine: SearchEngine) -> None:
    result = engine.search(Query.make("algoritmeregister", limit=10))
    assert result.strong is not None and 1 <= result.strong < result.total
    assert result.total - result.strong > result.strong  # most pages only mention it


def test_understanding_works_on_any_content_root(tmp_path: Path) -> None:
    """A site without role or phase pages: the words stay words."""
    from tests.mini_site import make_mini_site

    site = Site.load(make_mini_site(tmp_path / "root"))
    reading = QueryReader(site).read("ontwerp implementatie")
    assert reading.facets == {} or all(v in site.facet_values(f) for f, vs in reading.facets.items() for v in vs)
