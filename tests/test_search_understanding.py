"""Query understanding (issue 16) on the bundled content: roles and phases, legal
references, the bilingual vocabulary, questions, the looser reading and the strong count."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.content import Kind, Site
from reader.content.model import FACET_FASE, FACET_ROL
from reader.search import Query, SearchEngine
from reader.search.analysis import Analyzer, dutch_stem
from reader.search.lexicon import Lexicon
from reader.search.morphology import cognates, families
from reader.search.planner import QueryPlanner
from reader.search.ranking import WEIGHTS, spread
from reader.search.synonyms import Synonyms
from reader.search.understanding import (
    Citations,
    QueryReader,
    Ref,
    join_separable,
    present_forms,
    references,
    role_titles,
    title_subject,
)
from tests.conftest import CONTENT, write_tree


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
    ("data analist in de testfase", "ontwikkelaar", "verificatie-en-validatie"),
    ("juridisch specialist na implementatie", "jurist", "monitoring-en-beheer"),
    ("product manager buiten gebruik stellen", "projectleider", "uitfaseren"),
    ("jurist derde fase", "jurist", "dataverkenning-en-datapreparatie"),
    ("developer 4de fase", "ontwikkelaar", "ontwikkelen"),
    ("projectleider fase zes", "projectleider", "implementatie"),
])
def test_role_and_phase_words_are_read_as_their_facets(reader: QueryReader, text: str, role: str,
                                                       phase: str) -> None:
    reading = reader.read(text)
    assert reading.facets == {FACET_ROL: [role], FACET_FASE: [phase]}
    assert reading.text == ""


@pytest.mark.parametrize(("text", "role"), [
    ("privacy-officer ontwerpfase", "jurist"),
    ("functionaris gegevensbescherming implementatiefase", "jurist"),
    ("fg testfase", "jurist"),
    ("ethicus ontwerpfase", "beleid-en-advies"),
    ("enterprise architect in productie", "beleid-en-advies"),
    ("proceseigenaar probleemanalyse", "projectleider"),
    ("informatieanalisten fase 3", "ontwikkelaar"),
])
def test_the_job_titles_a_role_page_lists_name_that_role(reader: QueryReader, text: str, role: str) -> None:
    """No vocabulary line names these titles: the role pages' own lists of functions do."""
    reading = reader.read(text)
    assert reading.facets.get(FACET_ROL) == [role]
    assert len(reading.facets.get(FACET_FASE, [])) == 1
    assert reading.text == ""


def test_job_titles_come_only_from_a_role_pages_list_of_functions(tmp_path: Path) -> None:
    root = tmp_path / "root"
    write_tree(root, {
        "rollen/jurist.md": "---\ntitle: Jurist\n---\n# Jurist\n\n## Taken\n\n- Wetgevingstoets\n\n"
                            "## Voorbeelden van functies\n\n- Privacy-officer (PO)\n- Toezichthouder of handhaver\n\n"
                            "## Meer\n\n- Kantinebeheerder\n",
        "maatregelen/1-pba-01-iets.md": "---\ntitle: Iets\nrollen:\n- jurist\n---\n# Iets\n\nTekst.\n",
    })
    site = Site.load(root)
    titles = {" ".join(t.words) for t in role_titles(site) if t.value == "jurist"}
    assert {"privacy officer", "privacyofficer", "po", "toezichthouder", "handhaver"} <= titles
    assert not {"wetgevingstoets", "kantinebeheerder"} & titles
    assert QueryReader(site).read("toezichthouders").facets == {FACET_ROL: ["jurist"]}


def test_an_ordinary_word_is_a_phase_only_beside_a_facet_word(reader: QueryReader) -> None:
    assert reader.read("ontwerp").facets == {}
    assert reader.read("privacy bij ontwerp").facets == {}
    assert reader.read("jurist ontwerp").facets == {FACET_ROL: ["jurist"], FACET_FASE: ["ontwerp"]}
    assert reader.read("fase ontwerp").facets == {FACET_FASE: ["ontwerp"]}


def test_words_asking_for_a_roles_tasks_leave_the_text_beside_a_facet(reader: QueryReader,
                                                                       engine: SearchEngine) -> None:
    reading = reader.read("taken jurist ontwerp")
    assert reading.facets == {FACET_ROL: ["jurist"], FACET_FASE: ["ontwerp"]} and reading.text == ""
    assert reader.read("taken verdelen").text == "taken verdelen"  # no facet: a subject like any
    for hit in engine.search(Query.make("taken jurist ontwerp", limit=5)).hits:
        page = engine.site.pages[hit.path]
        assert "jurist" in page.values("rollen") and "ontwerp" in page.values("levenscyclus"), hit.path


def test_a_role_and_phase_query_lists_the_pages_tagged_with_both_first(engine: SearchEngine) -> None:
    result = engine.search(Query.make("jurist implementatie", limit=5))
    assert result.understood == {FACET_ROL: ["jurist"], FACET_FASE: ["implementatie"]}
    assert result.understood_label == "Jurist · Implementatie"
    assert result.remaining_text == "" and result.fallback == ""
    for hit in result.hits:
        page = engine.site.pages[hit.path]
        assert "jurist" in page.values("rollen") and "implementatie" in page.values("levenscyclus"), hit.path


def test_beside_a_common_role_a_rare_phase_weighs_more(reader: QueryReader) -> None:
    reading = reader.read("projectleider uitfaseren")
    assert reading.facets == {FACET_ROL: ["projectleider"], FACET_FASE: ["uitfaseren"]}
    pages = list(reader.site.pages.values())
    role = {p.path for p in pages if "projectleider" in p.values("rollen")}
    phase = {p.path for p in pages if "uitfaseren" in p.values("levenscyclus")}
    assert len(phase) < len(role) and phase - role and role - phase
    preferred = reader.preferred_pages(reading)
    assert min(preferred[p] for p in phase - role) > max(preferred[p] for p in role - phase)
    assert min(preferred[p] for p in phase & role) > max(preferred[p] for p in phase - role)


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
def test_an_article_of_another_directive_is_not_one_of_the_pages_own_law() -> None:
    found = [ref for ref, _s, _e in references(
        "zie artikel 4, lid 3, van richtlijn (eu) 2019/790; artikel 22 verordening (eu) 2016/679; "
        "artikel 2 van de dsm-auteursrechtrichtlijn")]
    assert found == [Ref("artikel", "4", "other"), Ref("artikel", "22", "avg"), Ref("artikel", "2", "other")]


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


def test_the_instrument_a_citing_vereiste_points_to_follows_it(engine: SearchEngine) -> None:
    # avg-13 cites artikel 35 AVG as its first source and points to the DPIA, which names it
    result = engine.search(Query.make("artikel 35 AVG", limit=10))
    assert stems(result)[:2] == ["avg-13-dpia-verplicht", "DPIA"], stems(result)


def test_a_source_that_is_the_article_outweighs_one_about_it(tmp_path: Path) -> None:
    folder = "voldoen-aan-wetten-en-regels/vereisten"
    sources = {"avg-10-besluiten": "- [Artikel 22 AVG](https://example.org/a22)\n- [Artikel 5 AVG](https://example.org/a5)",
               "avg-07-uitleg": "- [Artikel 13 AVG](https://example.org/a13)\n- [Artikel 22 AVG](https://example.org/a22)",
               "avg-02-advies": "- [Advies over artikel 22 AVG](https://example.org/advies)"}
    write_tree(tmp_path, {"index.md": "---\ntitle: Start\n---\n# Start\n", **{
        f"{folder}/{stem}.md": f"---\ntitle: {stem}\n---\n# {stem}\n\nTekst.\n\n## Bronnen\n\n{text}\n"
        for stem, text in sources.items()}})
    cited = Citations(Site.load(tmp_path)).pages_citing(Ref("artikel", "22", "avg"))
    by_stem = {path.rsplit("/", 1)[-1]: factor for path, factor in cited.items()}
    assert by_stem["avg-10-besluiten"] > by_stem["avg-07-uitleg"] > by_stem["avg-02-advies"] > 0


# ---------------------------------------------------------------- vocabulary, questions
def test_english_terms_and_abbreviations_find_the_dutch_pages(engine: SearchEngine) -> None:
    assert stems(engine.search(Query.make("FRIA", limit=5)))[0] == "aia-27-beoordelen-gevolgen-grondrechten"
    assert "6-imp-07-vermelding-in-verwerkingsregister" in stems(
        engine.search(Query.make("record of processing activities", limit=5)))


def test_a_one_way_entry_finds_the_contents_words_and_not_back() -> None:
    synonyms = Synonyms.load(text="change management = change control => wijzigingen = versiebeheer\n")
    assert synonyms.alternatives("change management") == ["change control", "versiebeheer", "wijzigingen"]
    assert synonyms.alternatives("wijzigingen") == [] and synonyms.alternatives("versiebeheer") == []


@pytest.mark.parametrize(("text", "first"), [
    ("change management", "0-org-14-wijzigingenproces"),
    ("retention policy", "3-dat-03-bewaartermijnen-persoonsgegevens"),
    ("audit trail", "4-owk-04-logging"),
    ("reproducibility", "4-owk-07-reproduceerbaarheid"),
])
def test_general_english_terms_find_the_page_in_dutch(engine: SearchEngine, text: str, first: str) -> None:
    assert stems(engine.search(Query.make(text, limit=5)))[0] == first


def test_a_word_finds_the_synonyms_of_another_form_with_its_stem() -> None:
    synonyms = Synonyms.load(text="complaint = klacht\nsecurity = beveiligen\n")
    stem = Analyzer(dutch_stem).stem
    assert synonyms.alternatives_of_form("klachten", stem) == ["complaint", "klacht"]
    assert synonyms.alternatives_of_form("beveilig", stem) == ["beveiligen", "security"]
    assert synonyms.alternatives_of_form("klacht", stem) == ["complaint"]  # its own group first
    assert synonyms.alternatives_of_form("bezwaar", stem) == []
    # a phrase of the vocabulary matches in another form of its words as well
    phrases = Synonyms.load(text="impact assessment = effectbeoordeling\n")
    assert phrases.phrases_in(["impact", "assessments"]) == []
    assert phrases.phrases_in(["de", "impact", "assessments"], stem) == [
        ("impact assessment", ["effectbeoordeling"], 1, 3)]


def test_question_words_leave_the_text_and_a_do_question_favours_maatregelen(reader: QueryReader,
                                                                           engine: SearchEngine) -> None:
    reading = reader.read("hoe voorkom ik bias")
    assert reading.text == "voorkom bias" and reading.question == "doen"
    assert reader.read("mag ik ChatGPT gebruiken").question == "mogen"
    # any question loses its question words ("wat is", "wie"), not only a do- or may-question;
    # the query as typed keeps its bonuses as a name: the page called so still leads
    asked = reader.read("wat is een algoritme")
    assert asked.text == "algoritme" and asked.question == "" and asked.asks
    assert stems(engine.search(Query.make("wat is een algoritme", limit=3)))[0] == "wat-is-een-algoritme"
    top = engine.search(Query.make("hoe voorkom ik bias", limit=3)).hits
    assert any(engine.site.pages[h.path].kind is Kind.MAATREGEL for h in top)


@pytest.mark.parametrize(("text", "rest"), [
    ("hoef ik een DPIA te doen", "dpia"),
    ("dien ik bezwaar te regelen", "bezwaar"),
    ("welke regels gelden voor chatbots", "regels gelden chatbots"),
    ("wanneer is een IAMA verplicht", "iama verplicht"),
    ("is een DPIA verplicht", "dpia verplicht"),
    ("heb ik een DPIA nodig", "dpia"),
    ("do i need a dpia", "dpia"),
])
def test_obligation_questions_lose_their_modal_verbs_and_favour_vereisten(reader: QueryReader, text: str,
                                                                          rest: str) -> None:
    reading = reader.read(text)
    assert reading.question == "mogen" and reading.text == rest


def test_everyday_words_find_the_contents_own_terms(engine: SearchEngine) -> None:
    # one way: "stoppen" finds *stopzetten*, "in de gaten houden" *monitoring*
    assert stems(engine.search(Query.make("stoppen met het algoritme", limit=3)))[0] == "4-owk-02-stopzetten-gebruik"
    assert stems(engine.search(Query.make("in de gaten houden", limit=3)))[0] == "monitoring-en-beheer"
    assert engine.synonyms.alternatives("stopzetten") == []


def test_a_questions_split_verb_joins_its_particle_when_the_content_knows_the_whole() -> None:
    lexicon = Lexicon({"uitleggen": 4, "omgaan": 2, "uitvoer": 1, "uitvoeren": 3})
    assert join_separable("hoe leg ik een besluit uit aan burgers".split(), lexicon) == \
        "hoe uitleggen ik een besluit aan burgers".split()
    assert join_separable("hoe ga ik om met klachten".split(), lexicon) == "hoe omgaan ik met klachten".split()
    assert join_separable("hoe voer ik een dpia uit".split(), lexicon) == "hoe uitvoeren ik een dpia".split()
    # no whole word in the content: the tokens stay as they are
    assert join_separable("hoe test ik het model op bias".split(), lexicon) == "hoe test ik het model op bias".split()


def test_a_phase_phrase_is_read_before_split_verbs_join(engine: SearchEngine) -> None:
    # "zet ... in" would make "inzetten"; "in productie" is the phase
    assert "inzetten" in engine.index.lexicon
    reading = engine._reader().read("hoe zet ik een algoritme in productie", engine.index.lexicon)
    assert reading.facets == {FACET_FASE: ["monitoring-en-beheer"]}


def test_a_questions_words_weigh_by_their_information(engine: SearchEngine) -> None:
    planner = QueryPlanner(engine.site, engine.synonyms, engine.index.analyzer, engine.index.lexicon)
    weights = planner.information_weights(["algoritme", "uitlegbaar"], engine._searcher())
    assert weights["uitlegbaar"] == 1.0 and weights["algoritme"] < 0.6  # on nearly every page
    assert planner.information_weights(["algoritme"], engine._searcher()) == {}
    assert engine._reader().read("wie is verantwoordelijk voor het algoritme").asks
    assert not engine._reader().read("verantwoordelijk algoritme").asks


def test_the_last_words_longer_forms_count_a_little_in_titles_too(engine: SearchEngine) -> None:
    planner = QueryPlanner(engine.site, engine.synonyms, engine.index.analyzer, engine.index.lexicon)
    title = {c.terms: c.boost for g in planner.plan("bias", engine._searcher()).groups for c in g
             if c.field == "title"}
    assert title[("bias",)] > title[("biasanalys",)] > 0  # biasanalyse: a page title word


def test_a_phrase_of_the_vocabulary_is_found_without_its_stop_words(engine: SearchEngine) -> None:
    # "privacy by design" = "privacy bij ontwerp": the index drops "bij", so must the phrase
    result = engine.search(Query.make("privacy by design", limit=5))
    assert not result.fallback and result.total
    assert stems(result)[0].startswith("avg-11"), stems(result)
    assert len(result.hits) > 1  # the pages with its words only follow, after the phrase's


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


# ---------------------------------------------------------------- word families
def test_derivations_of_one_root_are_one_family() -> None:
    lexicon = Lexicon({w: 1 for w in (
        "afspraak afspraken registratie register registreert beoordeling toetsing controle "
        "uitlegbaarheid documentatie monitoring gebruiker gebruiken regisseur toets".split())})
    of = families(lexicon).of
    assert {"afspraak", "afspraken"} <= set(of("afspreken"))  # a strong verb's vowel
    assert {"registratie", "register", "registreert"} <= set(of("registreren"))
    assert "regisseur" not in of("registreren")
    assert of("beoordelen") == ["beoordeling"]
    assert {"toetsing", "toets"} <= set(of("toetsen"))
    assert of("controleren") == ["controle"]
    assert of("uitleggen") == ["uitlegbaarheid"]  # -baar-heid off, the doubled g single
    assert of("documenteren") == ["documentatie"] and of("monitoren") == ["monitoring"]
    assert "gebruiker" not in of("gebruik")  # a person is not a derivation of the act
    assert of("data") == [] and of("afspraak") == ["afspraken"]  # short words, no word the content lacks
    # a past participle joins its verb when the content has the infinitive
    verbs = families(Lexicon({w: 1 for w in "gecontroleerd controleren gebruikt bruikbaar getoetst".split()})).of
    assert verbs("controleren") == ["gecontroleerd"] and verbs("gecontroleerd") == ["controleren"]
    assert verbs("gebruikt") == [] and verbs("getoetst") == []  # no *bruiken*, no *toetsen* here


@pytest.mark.parametrize(("query", "own", "other"), [
    ("afspreken", r"afsprek\w*", r"afspra(ak|ken)"),
    ("registratie", r"registraties?", r"registre(ren|er|ert)"),
    ("toetsen", r"toets(en|t)?", r"toetsing"),
    ("documentatie", r"documentatie", r"documente(ren|er|ert)"),
])
def test_a_word_finds_the_pages_that_only_use_another_form_of_its_family(
        engine: SearchEngine, query: str, own: str, other: str) -> None:
    import re

    only_other = {path for path, page in engine.site.pages.items()
                  if re.search(rf"\b{other}\b", page.body, re.I) and not re.search(rf"\b{own}\b", page.body, re.I)}
    assert only_other, "the content no longer has such pages"
    found = {h.path for h in engine.search(Query.make(query, limit=None)).hits}
    assert only_other <= found, sorted(only_other - found)


def test_a_one_word_query_naming_a_topic_finds_its_own_page_first(engine: SearchEngine) -> None:
    # "robuustheid" names the topic "Technische robuustheid en veiligheid": its overview page
    # leads, before the pages with the word in their titles too
    assert stems(engine.search(Query.make("robuustheid", limit=3)))[0] == "technische-robuustheid-en-veiligheid"
    assert stems(engine.search(Query.make("duurzaam", limit=3)))[0] == "duurzaamheid"
    assert stems(engine.search(Query.make("robuustheid testen", limit=3)))[0] != "technische-robuustheid-en-veiligheid"


@pytest.mark.parametrize(("text", "first"), [
    ("who is responsible for the algorithm", {"2-owp-01-rollen-en-verantwoordelijkheden",
                                              "0-org-10-inrichten-taken-en-verantwoordelijkheden-algoritmegovernance"}),
    ("what should I do before buying an algorithm", {"publieke-inkoop"}),
    ("when is a dpia mandatory", {"avg-13-dpia-verplicht"}),
])
def test_english_questions_find_the_dutch_answer(engine: SearchEngine, text: str, first: set[str]) -> None:
    assert stems(engine.search(Query.make(text, limit=3)))[0] in first


def test_the_measures_and_topic_of_the_cited_vereiste_follow_it(engine: SearchEngine) -> None:
    result = stems(engine.search(Query.make("artikel 14 AI-verordening", limit=10)))
    vereiste = engine.site.by_stem(Kind.VEREISTE, "aia-09-menselijk-toezicht")
    assert vereiste is not None and result[0] == vereiste.stem
    serving = {m.stem for m in engine.site.maatregelen_serving(vereiste)}
    assert serving and serving & set(result[1:])
    assert "menselijke-controle" in result[1:3]  # the topic it is tagged with, its own page


# ---------------------------------------------------------------- general rules (round 5)
@pytest.mark.parametrize(("word", "dutch"), [
    ("documentation", ["documentatie"]),  # -ation -> -atie
    ("integrity", ["integriteit"]),  # -ity -> -iteit
    ("transparency", ["transparantie"]),  # -ency -> -antie
    ("critical", ["kritisch", "kritische"]),  # a hard c written k
    ("anonymise", ["anonimiseren"]),  # y written i, -ise -> -iseren
    ("archive", ["archief"]),  # -ive -> -ief
])
def test_an_english_word_finds_its_dutch_cognate_in_the_content(engine: SearchEngine, word: str,
                                                                 dutch: list[str]) -> None:
    assert cognates(word, engine.index.lexicon) == dutch


def test_a_cognate_counts_only_when_the_content_has_it_more_than_the_word() -> None:
    lexicon = Lexicon({"documentatie": 3, "integriteit": 1, "privacy": 40, "evaluation": 5, "evaluatie": 4})
    assert cognates("documentation", lexicon) == ["documentatie"]
    assert cognates("integrity", lexicon) == []  # on one page only
    assert cognates("privacy", lexicon) == []  # no *privacie* in the content
    assert cognates("evaluation", lexicon) == []  # the English word is the content's more common one
    assert cognates("documentatie", lexicon) == []  # a Dutch word has no English ending


def test_an_english_word_no_vocabulary_names_finds_the_dutch_pages(engine: SearchEngine) -> None:
    # neither the vocabulary nor a close spelling joins *anonymise* and *anonimiseren*
    assert engine.synonyms.alternatives_of_form("anonymise", engine.index.analyzer.stem) == []
    assert engine.index.lexicon.corrections("anonymise") == []
    assert stems(engine.search(Query.make("anonymise data", limit=3)))[0] == "3-dat-04-pseudonimiseren-anonimiseren"


def test_a_tool_question_loses_the_tool_word_and_favours_the_hulpmiddelen(reader: QueryReader,
                                                                        engine: SearchEngine) -> None:
    reading = reader.read("welk hulpmiddel helpt bij bias")
    assert reading.question == "hulpmiddel" and reading.text == "bias"
    assert reader.read("is er een tool voor een dpia").question == "hulpmiddel"
    assert reader.read("which template for an impact assessment").text == "impact assessment"
    assert reader.read("welke maatregelen tegen bias").question == "doen"  # measures, not a tool
    assert reader.read("welke risico's heeft bias").question == ""

    def tools(text: str) -> int:
        hits = engine.search(Query.make(text, limit=5)).hits
        return sum(engine.site.pages[h.path].kind is Kind.HULPMIDDEL for h in hits)

    assert tools("is er een tool voor een dpia") > tools("dpia")
    assert tools("welk hulpmiddel helpt bij bias") > tools("bias")


def test_looking_out_for_something_is_a_do_question(reader: QueryReader) -> None:
    reading = reader.read("waar moet ik op letten bij inkoop")
    assert reading.question == "doen" and reading.text == "inkoop"
    assert reader.read("what can I do against bias").text == "bias"


def test_two_query_words_find_the_compound_the_content_writes_them_as(engine: SearchEngine) -> None:
    planner = QueryPlanner(engine.site, engine.synonyms, engine.index.analyzer, engine.index.lexicon)
    assert planner.joined_compounds(["data", "kwaliteit"]) == {"kwaliteit": ["datakwaliteit"]}
    assert planner.joined_compounds(["verwerking", "register"]) == {"register": ["verwerkingsregister"]}  # a linking s
    assert planner.joined_compounds(["algorithm", "register"]) == {"register": ["algoritmeregister"]}  # via the vocabulary
    assert planner.joined_compounds(["register", "data"]) == {}  # no *registerdata* in the content
    assert stems(engine.search(Query.make("data kwaliteit", limit=3)))[0] == "3-dat-01-datakwaliteit"
    assert stems(engine.search(Query.make("risico beheer", limit=3)))[0] == "0-org-03-toepassen-risicobeheer"


# ---------------------------------------------------------------- round 6 (part 3 of the holdout set)
@pytest.mark.parametrize(("verb", "forms"), [
    ("gaan", ["ga", "gaat"]), ("nemen", ["neem", "neemt"]), ("stellen", ["stel", "stelt"]),
    ("leveren", ["lever", "levert"]), ("doen", ["doe", "doet"]), ("zetten", ["zet"]), ("model", []),
])
def test_present_forms_of_an_infinitive(verb: str, forms: list[str]) -> None:
    assert present_forms(verb) == forms


@pytest.mark.parametrize(("text", "phase"), [
    ("voordat het algoritme live gaat", "implementatie"),
    ("wanneer je het systeem in gebruik neemt", "implementatie"),
    ("als je het systeem buiten gebruik stelt", "uitfaseren"),
])
def test_a_phase_phrase_ending_in_a_verb_is_read_in_its_present_forms(reader: QueryReader, text: str,
                                                                       phase: str) -> None:
    assert reader.read(text).facets == {FACET_FASE: [phase]}


def test_a_phase_question_whose_other_words_are_everywhere_lists_the_phase(engine: SearchEngine) -> None:
    text = "wat moet ik regelen voordat het algoritme live gaat"
    reading = engine._reader().read(text, engine.index.lexicon)
    assert reading.facets == {FACET_FASE: ["implementatie"]} and reading.text == ""
    result = engine.search(Query.make(text, limit=5))
    assert all("implementatie" in engine.site.pages[h.path].values("levenscyclus") or h.path == "levenscyclus/implementatie"
               for h in result.hits)


def test_a_word_naming_a_kind_of_page_favours_that_kind(engine: SearchEngine) -> None:
    reading = engine._reader().read("deployer obligations", engine.index.lexicon)
    assert reading.kind is Kind.VEREISTE and reading.text == "deployer"
    hits = stems(engine.search(Query.make("deployer obligations", limit=5)))
    assert all("gebruiksverantwoordelijken" in stem for stem in hits), hits
    # inside a phrase of the vocabulary the word is part of a name and stays
    reading = engine._reader().read("transparency obligations", engine.index.lexicon)
    assert reading.kind is None and reading.text == "transparency obligations"
    assert stems(engine.search(Query.make("transparency obligations", limit=3)))[0] == "aia-28-transparantieverplichtingen"


def test_an_alternative_finds_page_ids_in_its_plural(engine: SearchEngine) -> None:
    planner = QueryPlanner(engine.site, engine.synonyms, engine.index.analyzer, engine.index.lexicon)
    plan = planner.plan("deployer", engine._searcher())
    idents = {c.terms for group in plan.groups for c in group if c.field == "ident"}
    assert ("gebruiksverantwoordelijke",) in idents and ("gebruiksverantwoordelijken",) in idents


@pytest.mark.parametrize(("text", "first"), [
    ("mag ik gezondheidsgegevens gebruiken voor mijn model", "avg-08-wettelijke-verwerking-van-gevoelige-gegevens"),
    ("kill switch", "4-owk-02-stopzetten-gebruik"),
    ("data breach", "7-mon-03-informatiebeveiligingsincidenten"),
])
def test_round_six_vocabulary(engine: SearchEngine, text: str, first: str) -> None:
    assert stems(engine.search(Query.make(text, limit=5)))[0] == first


@pytest.mark.parametrize(("text", "paragraph", "points"), [
    ("art 5 lid 1 sub c avg", "1", "c"), ("artikel 5(1)(c) avg", "1", "c"),
    ("artikel 5 lid 1 onder a en b avg", "1", "ab"), ("artikel 6, lid 2, ai-verordening", "2", ""),
    ("avg, artikel 5, eerste lid, onder c", "1", "c"), ("art. 30 avg", "", ""),
])
def test_a_reference_keeps_its_paragraph_and_points(text: str, paragraph: str, points: str) -> None:
    (ref, _start, _end), = references(text)
    assert (ref.paragraph, ref.points) == (paragraph, points)


def test_a_point_of_an_article_leads_with_the_vereiste_citing_that_point(engine: SearchEngine) -> None:
    # avg-01 to avg-07 all cite artikel 5 AVG; only avg-03 (and avg-04, as 5(1)(c)) its point c
    hits = stems(engine.search(Query.make("art 5 lid 1 sub c AVG", limit=5)))
    ids = [hit[:6] for hit in hits]  # the vereisten's ids (avg-03: minimal processing)
    assert ids[0] == "avg-03"
    assert set(ids[:2]) == {"avg-03", "avg-04"}
    assert stems(engine.search(Query.make("art 5 lid 1 sub d AVG", limit=1)))[0] == \
        "avg-05-juistheid-en-actualiteit-van-persoonsgegevens"


def test_a_particle_before_a_determiner_is_a_preposition_and_a_te_infinitive_joins() -> None:
    lexicon = Lexicon({"inhouden": 2, "opsporen": 3, "bijhouden": 2, "inzetten": 5})
    # "in de organisatie" is a preposition with its noun, not the particle of "houd ... in"
    assert join_separable("hoe houd ik het overzicht in de organisatie".split(), lexicon) == \
        "hoe houd ik het overzicht in de organisatie".split()
    # a te-infinitive has its particle in front: "op te sporen" is *opsporen*
    assert join_separable("mogen we een algoritme gebruiken om fraude op te sporen".split(), lexicon) == \
        "mogen we een algoritme gebruiken om fraude opsporen".split()
    assert join_separable("is het verplicht om bij te houden welke keuzes we maken".split(), lexicon) == \
        "is het verplicht om bijhouden welke keuzes we maken".split()
    # no whole word in the content: the words stay
    assert join_separable("om op te letten".split(), lexicon) == "om op te letten".split()


@pytest.mark.parametrize("text, role, phase", [
    ("jurist bij het programmeren", "jurist", "ontwikkelen"),  # the phase page's tasks name programming
    ("beleidsmedewerker data verzamelen", "beleid-en-advies", "dataverkenning-en-datapreparatie"),
    ("projectleider op organisatieniveau", "projectleider", "organisatieverantwoordelijkheden"),
])
def test_a_roles_work_words_name_the_phase_whose_page_describes_that_work(engine: SearchEngine, text: str,
                                                                         role: str, phase: str) -> None:
    reading = engine._reader().read(text, engine.index.lexicon)
    assert reading.facets == {FACET_ROL: [role], FACET_FASE: [phase]} and reading.text == ""
    result = engine.search(Query.make(text, limit=5))
    assert result.understood == {FACET_ROL: [role], FACET_FASE: [phase]}
    tagged = [engine.site.pages[h.path] for h in result.hits[:3]]
    assert all(phase in page.values("levenscyclus") or page.stem == phase for page in tagged)


def test_a_subject_beside_a_role_names_no_phase(engine: SearchEngine) -> None:
    # "bias" is on the data phase's page too, but it names a topic; "logs" (on the development
    # phase's page) is what pages are about, in their titles: they stay words to search
    for text, rest in (("ontwikkelaar bias", "bias"), ("jurist logs", "logs")):
        reading = engine._reader().read(text, engine.index.lexicon)
        assert FACET_FASE not in reading.facets and reading.text == rest
    # nor do words no phase page has
    assert engine._reader().read("jurist chatbot", engine.index.lexicon).facets == {FACET_ROL: ["jurist"]}
    # without the search's stemmer (a reader of its own) nothing is implied
    assert QueryReader(engine.site).read("jurist tijdens het programmeren").facets == {FACET_ROL: ["jurist"]}


def test_a_corrected_spelling_finds_its_page_id_and_word_family(engine: SearchEngine) -> None:
    # "archieveren" is no word of the content; *archiveren* is, in two maatregelen's file names
    top = stems(engine.search(Query.make("welke documenten moet ik archieveren", limit=5)))
    assert {"2-owp-09-archiveren-documenten", "8-uit-01-archiveren"} <= set(top[:5])


# ---------------------------------------------------------------- round 8
@pytest.mark.parametrize(("title", "own", "subject"), [
    (("security", "officer"), set(), ["security"]),
    (("inkoopadviseur",), set(), ["inkoop"]),
    (("privacyjurist",), {"jurist"}, ["privacy"]),
    (("beleidsmedewerker",), {"beleid", "en", "advies"}, []),  # the role itself, with its linking s
    (("data", "scientists"), set(), ["data"]),  # a plural head
    (("enterprise", "architect"), set(), ["enterprise", "architect"]),  # an architect's field is architecture
    (("product", "owner"), {"product"}, []),
])
def test_a_job_title_says_what_its_work_is_about(title: tuple[str, ...], own: set[str], subject: list[str]) -> None:
    assert title_subject(title, own) == subject


def test_a_job_titles_subject_ranks_the_role_and_phase_pages(engine: SearchEngine) -> None:
    reading = engine._reader().read("security officer monitoring", engine.index.lexicon)
    assert reading.facets == {FACET_ROL: ["beleid-en-advies"], FACET_FASE: ["monitoring-en-beheer"]}
    assert reading.text == "" and reading.subject == ["security"]
    plain = engine.search(Query.make("beleid en advies monitoring", limit=None))
    titled = engine.search(Query.make("security officer monitoring", limit=None))
    # the same pages (a listing by the role and phase), the one about security higher
    assert {h.path for h in titled.hits} == {h.path for h in plain.hits}
    assert titled.understood_label.endswith(" · over security")  # the window says what ranks the listing
    security = "7-mon-02-beveiliging-algoritme"
    assert stems(titled).index(security) < stems(plain).index(security)
    assert stems(titled).index(security) < 3
    # a title that is the role itself says nothing more
    assert engine._reader().read("beleidsmedewerker ontwerpfase", engine.index.lexicon).subject == []
    # a phase's preposition is no word to search beside it
    assert engine._reader().read("data-analist tijdens het beheer", engine.index.lexicon).text == ""


def test_a_question_told_as_a_situation_loses_its_question_words(engine: SearchEngine) -> None:
    lexicon = engine.index.lexicon
    reading = engine._reader().read("we hebben een fout ontdekt in het algoritme dat al draait wat nu", lexicon)
    assert reading.asks and reading.question == "doen"
    # "dat al draait": the algorithm is in use, the monitoring phase
    assert reading.text.split() == ["fout", "ontdekt", "algoritme"]
    assert reading.facets == {FACET_FASE: ["monitoring-en-beheer"]}
    reading = engine._reader().read("onze gemeente wil gezichtsherkenning gebruiken bij evenementen, mag dat?", lexicon)
    assert reading.question == "mogen" and "onze" not in reading.text.split()
    assert engine._reader().read("mijn leverancier wil de broncode niet geven", lexicon).asks
    # search terms are no sentence
    for text in ("mijn algoritme", "fout algoritme corrigeren", "privacy by design"):
        assert not engine._reader().read(text, lexicon).asks


def test_a_questions_best_hits_lift_the_pages_the_framework_links_them_with(engine: SearchEngine) -> None:
    site = engine.site
    vereiste = next(p for p in site.of_kind(Kind.VEREISTE) if site.maatregelen_serving(p))
    maatregel = site.maatregelen_serving(vereiste)[0]
    other = next(p for p in site.of_kind(Kind.MAATREGEL)
                 if not {vereiste.stem, *maatregel.values("vereiste")} & set(p.values("vereiste")))
    unlinked_found = next(p for p in site.of_kind(Kind.HULPMIDDEL) if vereiste.stem not in p.values("vereiste")
                          and not {other.stem, maatregel.stem} & set(p.values("maatregel")))
    ranked = [(vereiste.path, 10.0), (other.path, 3.0), (maatregel.path, 2.9), (unlinked_found.path, 1.0)]
    out = dict(spread(site, ranked))
    assert out[maatregel.path] > out[other.path]  # the linked maatregel passes the other
    assert out[other.path] == 3.0  # linked with no page found: unchanged
    assert out[vereiste.path] > 10.0  # the link counts both ways
    assert out[maatregel.path] <= 2.9 * (1 + WEIGHTS.spread_cap)  # at most its own score again
    assert set(out) == {p for p, _s in ranked}  # pages the words did not find stay out


def test_an_abbreviations_full_name_is_found_without_its_stop_words(engine: SearchEngine) -> None:
    # "toms" -> "technische en organisatorische maatregelen": the index has no "en" between the
    # words, so the full name is searched as technisch, organisatorisch, maatregel
    top = stems(engine.search(Query.make("TOMs", limit=5)))
    assert {"avg-12-beveiliging-van-verwerking", "aia-20-gebruiksverantwoordelijken-maatregelen"} & set(top[:3])
    # an uncited article of a law searches what it is about ("art. 30 AVG": the register)
    result = engine.search(Query.make("art. 30 AVG", limit=5))
    assert result.references == ("Artikel 30 AVG",) and not engine._reader().citations.pages_citing(
        engine._reader().read("art. 30 AVG").refs[0])
    assert stems(result)[0] == "6-imp-07-vermelding-in-verwerkingsregister"
