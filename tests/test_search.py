"""The index (freshness, storage) and the search API (filters, counts, ranking, snippets)."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

import pytest

from reader.content import Site
from reader.content.words import fold, words
from reader.search import Query, SearchEngine
from reader.search.analysis import Analyzer
from reader.search.backend import dutch_stem
from reader.search.index import IndexManager
from tests.mini_site import S, make_mini_site


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_mini_site(tmp_path / "root")


EngineFor = Callable[[Path, Path], SearchEngine]


@pytest.fixture
def engine_for(closing: ExitStack) -> EngineFor:
    """Make the engine of a content root with its index ready (closed when the test ends)."""

    def make(root: Path, cache: Path) -> SearchEngine:
        engine = closing.enter_context(SearchEngine(Site.load(root), cache))
        engine.ensure_index()
        return engine

    return make


def paths(result) -> list[str]:
    return [h.path for h in result.hits]


# ---------------------------------------------------------------- analysis

def test_analysis_folds_accents_apostrophes_and_plurals() -> None:
    a = Analyzer(dutch_stem, {"risico", "beheer", "algoritme", "governance"})
    assert fold("Geïnventariseerd") == "geinventariseerd"
    assert fold("categorieën") == "categorieen"
    assert a.terms("risico's") == a.terms("risico’s") == a.terms("risicos") == a.terms("risico")
    assert a.terms("algoritmes") == a.terms("algoritmen") == a.terms("algoritme")
    assert a.terms("gemeentes") == a.terms("gemeenten") == a.terms("gemeente")
    assert a.terms("overheden") == a.terms("overheid") == ["overheid"]
    assert a.terms("de en het") == []


def test_compounds_split_into_known_parts_and_hyphens_meet_glued_forms() -> None:
    a = Analyzer(dutch_stem, {"risico", "beheer", "algoritme", "governance", "verordening"})
    assert set(a.terms("risico")) < set(a.terms("risicobeheer"))
    assert set(a.terms("beheer")) < set(a.terms("risicobeheer"))
    assert set(a.terms("algoritme-governance")) & set(a.terms("algoritmegovernance")) >= set(
        a.terms("governance")
    )
    assert set(a.terms("verordening")) < set(a.terms("AI-verordening"))
    tokens = [t.text for t in words("(DPIA) (sub)gunningscriteria")]
    assert tokens == ["dpia", "sub", "gunningscriteria"]


def test_fold_and_words_have_one_home() -> None:
    from reader.content import words as words_module
    from reader.render import mdext
    from reader.search import analysis, planner, snippets, synonyms

    for module in (analysis, planner, snippets, synonyms, mdext):
        assert module.fold is words_module.fold, module.__name__
    assert analysis.words is planner.words is words_module.words
    assert fold("Risico’s") == fold("risico‘s") == fold("risico`s") == fold("risico's") == "risicos"


@pytest.mark.parametrize("text", ["Geïnventariseerd, café’s en ﬁnale", "Ångström ℌ ½ Ǆ ǅ ß ẞ İ", "e\u0301\u0327x",
                                  "Ελληνικά Ά ﬀ 한국어 ꭐ", "\u0300abc\u036f", "prijs: € 5 – 10 ‘okay’"])
def test_fold_is_the_decomposition_without_its_marks(text: str) -> None:
    # fold works on the whole text at once; its result is that of the plain definition
    import unicodedata

    plain = re.sub("['’‘`]", "", text.lower())
    expected = "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))
    assert fold(text) == expected


def test_the_page_highlighter_marks_every_spelling_of_a_searched_word(engine_for: EngineFor, tmp_path: Path) -> None:
    from reader.render import render_page
    from tests.conftest import write_tree
    from tests.mini_site import FILES

    body = "De risico’s en de risico‘s, risico's en risico`s.\n"
    root = write_tree(tmp_path / "root", {**FILES, "onderwerpen/risico.md": f"---\ntitle: Risico\n---\n# Risico\n\n{body}"})
    engine = engine_for(root, tmp_path / "c")
    site = engine.site
    for query in ("risico’s", "risico's", "risico‘s"):
        result = engine.search(Query(query))
        assert paths(result)[0] == "onderwerpen/risico"
        html = render_page(site, site.pages["onderwerpen/risico"], highlight=result.terms).html
        marked = re.findall(r'<span class="hl">([^<]*)</span>', html)
        assert marked == ["risico’s", "risico‘s", "risico\'s", "risico`s"], (query, marked)
        snippet = result.hits[0].snippet_marked()
        assert "[risico’s]" in snippet and "[risico‘s]" in snippet, snippet


# ---------------------------------------------------------------- index

def test_index_is_reused_then_updated_incrementally(closing: ExitStack, root: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = closing.enter_context(SearchEngine(Site.load(root), cache)).ensure_index()
    assert first.action == "built"
    assert closing.enter_context(SearchEngine(Site.load(root), cache)).ensure_index().action == "reused"

    page = root / S / "maatregelen" / "0-org-01-beleid.md"
    page.write_text(page.read_text().replace("Leg vast", "Leg zorgvuldig vast, met een zebrapad,"))
    os.utime(page, ns=(time.time_ns(), time.time_ns() + 10**9))
    (root / S / "maatregelen" / "9-uit-01-nieuw.md").write_text("---\ntitle: Archiveer de flamingo\n---\nTekst\n")
    (root / S / "vereisten" / "avg-01-rechtmatig.md").unlink()
    engine = closing.enter_context(SearchEngine(Site.load(root), cache))
    report = engine.ensure_index()
    assert (report.action, report.added, report.changed, report.removed) == ("updated", 1, 1, 1)
    assert paths(engine.search(Query("zebrapad"))) == [f"{S}/maatregelen/0-org-01-beleid"]
    assert paths(engine.search(Query("flamingo"))) == [f"{S}/maatregelen/9-uit-01-nieuw"]
    # the removed page is gone (a topic page of the mini site may have the word among its
    # everyday phrases: reader.search.situations)
    assert f"{S}/vereisten/avg-01-rechtmatig" not in paths(engine.search(Query("grondslag")))


def test_a_damaged_index_is_rebuilt(closing: ExitStack, root: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    manager = IndexManager(Site.load(root), cache)
    manager.ensure()
    folder = manager._current()
    manager.close()
    for f in folder.iterdir():
        if f.suffix in (".toc", ".seg"):
            f.write_bytes(b"\x00garbage")
    engine = closing.enter_context(SearchEngine(Site.load(root), cache))
    assert engine.ensure_index().action == "built"
    assert paths(engine.search(Query("DPIA")))[0] == f"{S}/hulpmiddelen/DPIA"


def test_a_new_analysis_version_rebuilds(closing: ExitStack, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    closing.enter_context(SearchEngine(Site.load(root), cache)).ensure_index()
    monkeypatch.setattr("reader.search.index.VERSION", "999.999")
    report = closing.enter_context(SearchEngine(Site.load(root), cache)).ensure_index()
    assert (report.action, report.reason) == ("built", "new version")


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_cache_falls_back_to_memory(closing: ExitStack, root: Path, tmp_path: Path) -> None:
    cache = tmp_path / "ro"
    cache.mkdir()
    cache.chmod(0o500)
    engine = closing.enter_context(SearchEngine(Site.load(root), cache))
    report = engine.ensure_index()
    assert report.in_memory and "geheugen" in engine.notice
    assert engine.search(Query("DPIA")).hits


def test_unwritable_cache_falls_back_to_memory_as_root_too(closing: ExitStack, root: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    engine = closing.enter_context(SearchEngine(Site.load(root), blocker))
    report = engine.ensure_index()
    assert report.in_memory
    assert engine.notice.count("geheugen") == 1
    assert paths(engine.search(Query("register")))[0] == f"{S}/hulpmiddelen/register"


# ---------------------------------------------------------------- search

def test_filters_or_within_and_across_with_counts(engine_for: EngineFor, root: Path, tmp_path: Path) -> None:
    engine = engine_for(root, tmp_path / "c")
    browse = engine.search(Query.make("", roles=["jurist"]))
    assert set(paths(browse)) == set(Site.load(root).members("rol", "jurist"))
    assert browse.facets["rol"]["jurist"] == 3
    assert browse.facets["rol"]["projectleider"] == 3  # counts ignore the facet's own filter
    both = engine.search(Query.make("", roles=["jurist", "projectleider"]))
    assert len(both.hits) == 5  # OR within a facet
    narrowed = engine.search(Query.make("", roles=["jurist"], phases=["ontwerp"], kinds=["maatregel"]))
    assert paths(narrowed) == [f"{S}/maatregelen/2-owp-01-privacyrisico"]  # AND across facets
    assert narrowed.facets["soort"]["vereiste"] == 1
    assert narrowed.facets["fase"]["organisatieverantwoordelijkheden"] == 0


def test_browse_orders_by_kind_then_id(engine_for: EngineFor, root: Path, tmp_path: Path) -> None:
    engine = engine_for(root, tmp_path / "c")
    kinds = [h.kind for h in engine.search(Query.make("", limit=None)).hits]
    assert kinds.index("hulpmiddel") < kinds.index("maatregel") < kinds.index("vereiste")
    mtr = [h.path for h in engine.search(Query.make("", kinds=["maatregel"])).hits]
    assert mtr == [f"{S}/maatregelen/0-org-01-beleid", f"{S}/maatregelen/2-owp-01-privacyrisico"]


def test_text_search_ranks_title_and_highlights_snippets(engine_for: EngineFor, root: Path, tmp_path: Path) -> None:
    engine = engine_for(root, tmp_path / "c")
    result = engine.search(Query("persoonsgegevens"))
    assert result.total >= 3
    assert all("persoonsgegevens" in h.snippet.lower() for h in result.hits if h.highlights)
    hit = result.hits[0]
    start, end = hit.highlights[0]
    assert hit.snippet[start:end].lower().startswith("persoonsgegeven")
    assert paths(engine.search(Query("DPIA")))[0] == f"{S}/hulpmiddelen/DPIA"
    counts = engine.search(Query("persoonsgegevens")).facets["rol"]
    assert counts["jurist"] >= 2


def test_typos_get_results_and_a_suggestion(engine_for: EngineFor, root: Path, tmp_path: Path) -> None:
    engine = engine_for(root, tmp_path / "c")
    result = engine.search(Query("algoritmeregistr"))
    assert paths(result)[0] == f"{S}/hulpmiddelen/register"
    result = engine.search(Query("persoongegevens"))
    assert result.suggestion == "persoonsgegevens"
    assert result.hits


def test_prefix_of_the_last_word_while_typing(engine_for: EngineFor, root: Path, tmp_path: Path) -> None:
    engine = engine_for(root, tmp_path / "c")
    assert f"{S}/hulpmiddelen/register" in paths(engine.search(Query("publice")))


def test_plural_and_folding_match(engine_for: EngineFor, root: Path, tmp_path: Path) -> None:
    engine = engine_for(root, tmp_path / "c")
    assert f"{S}/maatregelen/0-org-01-beleid" in paths(engine.search(Query("gemeente")))
    assert f"{S}/maatregelen/2-owp-01-privacyrisico" in paths(engine.search(Query("geinventariseerd")))
    assert f"{S}/maatregelen/2-owp-01-privacyrisico" in paths(engine.search(Query("algoritme")))


@pytest.mark.parametrize("text", ["", "   ", "!!!", "((", '"', "*", "a" * 5000, "OR AND NOT", "\x00", "de het een"])
def test_any_query_string_answers_without_exception(engine_for: EngineFor, root: Path, tmp_path: Path, text: str) -> None:
    engine = engine_for(root, tmp_path / "c")
    result = engine.search(Query(text))
    assert result.hits or result.message or text.strip() == ""


def test_a_full_build_can_run_in_a_separate_process(closing: ExitStack, root: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    seen: list[tuple[int, int]] = []
    engine = closing.enter_context(SearchEngine(Site.load(root), cache))
    report = engine.ensure_index(lambda done, total: seen.append((done, total)), isolate=True)
    assert report.action == "built" and report.reason == "separate process"
    assert seen and seen[-1][0] == seen[-1][1] == len(engine.site.pages)
    assert paths(engine.search(Query("DPIA")))[0] == f"{S}/hulpmiddelen/DPIA"
    # an index that exists is opened here, not rebuilt elsewhere
    assert closing.enter_context(SearchEngine(Site.load(root), cache)).ensure_index(isolate=True).action == "reused"


# ---------------------------------------------------------------- scoring

def test_own_bm25_scores_equal_whoosh_scores_for_terms_and_phrases(engine_for: EngineFor, root: Path, tmp_path: Path) -> None:
    """The searcher scores posting lists itself; it must rank exactly as Whoosh's BM25F
    would, for single terms and for phrases, also after an update left deleted documents."""
    from whoosh import query as wq
    from whoosh import scoring

    from reader.search.backend import K1, SLOP, B, Clause

    cache = tmp_path / "cache"
    engine = engine_for(root, cache)
    page = root / S / "maatregelen" / "0-org-01-beleid.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nNog een zin over menselijk toezicht.\n", encoding="utf-8")
    os.utime(page, ns=(time.time_ns(), time.time_ns() + 10**9))
    engine = engine_for(root, cache)  # an update: the old version is a deleted document now
    store = engine.index.store
    assert store is not None
    ours = store.searcher()
    theirs = store.index.searcher(weighting=scoring.BM25F(B=B, K1=K1))
    assert theirs.reader().has_deletions()
    a = engine.index.analyzer
    stem = a.stem
    cases = [
        [Clause("body", (stem("algoritme"),), 1.0)],
        [Clause("body", (stem("toezicht"),), 1.5), Clause("title", (stem("toezicht"),), 4.0)],
        [Clause("body", (stem("menselijk"), stem("toezicht")), 2.0)],
    ]
    for group in cases:
        mine = {ours.paths[d]: s for d, s in ours.score_group(group).items()}
        parts = [wq.Term(c.field, c.terms[0], boost=c.boost) if len(c.terms) == 1
                 else wq.Phrase(c.field, list(c.terms), slop=SLOP, boost=c.boost) for c in group]
        expected = {hit["path"]: hit.score for hit in theirs.search(wq.Or(parts), limit=None)}
        assert mine.keys() == expected.keys() and expected, group
        for path, score in expected.items():
            assert abs(mine[path] - score) < 1e-3 * max(1.0, score), (group, path)
    theirs.close()
    ours.close()


def test_phrase_count_allows_words_in_between_up_to_the_slop() -> None:
    from reader.search.backend import SLOP, _phrase_count

    assert _phrase_count([[1, 10], [2, 11 + SLOP]]) == 1
    assert _phrase_count([[1], [1 + SLOP]]) == 1
    assert _phrase_count([[5], [4]]) == 0  # order matters
    assert _phrase_count([[1, 4], [2, 5], [3]]) == 1
    assert _phrase_count([[1], []]) == 0


def test_adding_term_lists_writes_the_same_index_as_whoosh_add_document(root: Path) -> None:
    """`add_terms_document` skips Whoosh's tokenizer; the postings, positions, lengths and
    stored fields it writes must equal those of Whoosh's own `add_document`."""
    from reader.search.backend import INDEX_NAME, _writer, add_terms_document, make_schema, ram_storage

    site = Site.load(root)
    manager = IndexManager(site, in_memory=True)
    manager.ensure()
    docs = [manager.document(p) for p in site.sorted_pages()]
    assert any(isinstance(v, list) and len(v) > 3 for d in docs for v in d.values())

    def build(lists: bool):
        ix = ram_storage().create_index(make_schema(), indexname=INDEX_NAME)
        writer = _writer(ix) if lists else ix.writer()
        for doc in docs:
            if lists:
                add_terms_document(writer, doc)
            else:
                writer.add_document(**{k: " ".join(v) if isinstance(v, list) else v for k, v in doc.items()})
        writer.commit()
        return ix.reader()

    ours, theirs = build(True), build(False)
    terms = list(theirs.all_terms())
    assert terms == list(ours.all_terms()) and len(terms) > 100
    for field, term in terms:
        a, b = ours.postings(field, term), theirs.postings(field, term)
        assert list(a.items_as("weight")) == list(b.items_as("weight")), (field, term)
        info_a, info_b = ours.term_info(field, term), theirs.term_info(field, term)
        assert (info_a.min_length(), info_a.max_length(), info_a.max_weight()) == (
            info_b.min_length(), info_b.max_length(), info_b.max_weight()), (field, term)
        if field in ("body", "title", "ident"):
            a, b = ours.postings(field, term), theirs.postings(field, term)
            assert list(a.items_as("positions")) == list(b.items_as("positions")), (field, term)
    for num in range(theirs.doc_count_all()):
        assert ours.stored_fields(num) == theirs.stored_fields(num)
        for field in ("title", "body", "parts", "ident", "ident_parts"):
            assert ours.doc_field_length(num, field) == theirs.doc_field_length(num, field)


def _ranked(engine: SearchEngine, text: str) -> list[tuple[str, float]]:
    return [(h.path, round(h.score, 4)) for h in engine.search(Query.make(text, limit=None)).hits]


def test_a_large_build_runs_in_worker_processes_with_the_same_result(
        engine_for: EngineFor, closing: ExitStack, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    serial = engine_for(root, tmp_path / "serial")
    monkeypatch.setattr("reader.search.index.PARALLEL_FROM", 4)
    monkeypatch.setenv("AK_READER_BUILD_PROCESSES", "2")
    seen: list[tuple[int, int]] = []
    engine = closing.enter_context(SearchEngine(Site.load(root), tmp_path / "parallel"))
    report = engine.ensure_index(lambda done, total: seen.append((done, total)))
    assert report.action == "built" and report.reason.endswith("2 processes")
    assert seen and seen[-1] == (len(engine.site.pages), len(engine.site.pages))
    assert len(engine.index.store.index._segments()) == 2
    for text in ("algoritme", "menselijk toezicht", "DPIA", "algoritne", "risicob"):
        assert _ranked(engine, text) == _ranked(serial, text), text
    assert engine.index.lexicon.with_prefix("") == serial.index.lexicon.with_prefix("")
    assert engine.index.manifest.vocabulary == serial.index.manifest.vocabulary
    # and the next start reuses it, then updates it like any other
    page = root / S / "maatregelen" / "0-org-01-beleid.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nEen zebrapad.\n", encoding="utf-8")
    os.utime(page, ns=(time.time_ns(), time.time_ns() + 10**9))
    engine = closing.enter_context(SearchEngine(Site.load(root), tmp_path / "parallel"))
    assert engine.ensure_index().action == "updated"
    assert [h.path for h in engine.search(Query("zebrapad")).hits] == [f"{S}/maatregelen/0-org-01-beleid"]


def test_a_failing_worker_falls_back_to_a_build_in_one_process(
        closing: ExitStack, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr("reader.search.index.PARALLEL_FROM", 4)
    monkeypatch.setenv("AK_READER_BUILD_PROCESSES", "2")
    monkeypatch.setattr("reader.search.build_worker.WORKER_CODE", "import sys; sys.exit(3)")
    engine = closing.enter_context(SearchEngine(Site.load(root), tmp_path / "cache"))
    report = engine.ensure_index()
    assert (report.action, report.reason) == ("built", "no index")
    assert "building with several processes failed" in caplog.text
    assert paths(engine.search(Query("DPIA")))[0] == f"{S}/hulpmiddelen/DPIA"


def test_facet_bitmaps_count_as_sets_of_paths_would(root: Path) -> None:
    from reader.search.facets import FACETS, FacetBits

    site = Site.load(root)
    bits = FacetBits(site)
    every = set(site.pages)
    some = set(sorted(every)[::2])

    def allowed(filters, skip=None):
        out = None
        for facet, values in filters.items():
            if facet != skip and values:
                union = set().union(*(site.members(facet, v) for v in values))
                out = union if out is None else out & union
        return out

    rol, fase = site.facet_values("rol"), site.facet_values("fase")
    for filters in ({}, {"rol": frozenset(rol[:1])}, {"rol": frozenset(rol[:2]), "fase": frozenset(fase[:1])},
                    {"soort": frozenset({"maatregel"}), "onderwerp": frozenset({"bestaat-niet"})}):
        for matched in (every, some, set()):
            expected = {}
            for facet in FACETS:
                others = allowed(filters, skip=facet)
                base = matched if others is None else matched & others
                expected[facet] = {v: len(base & site.members(facet, v)) for v in site.facet_values(facet)}
            assert bits.counts(bits.of(matched), filters) == expected
            others = allowed(filters, "soort")
            assert sum(expected["soort"].values()) == len(matched & (every if others is None else others))
        chosen = allowed(filters)
        listed = bits.listed(bits.all if chosen is None else bits.of(chosen), None)
        assert listed == site.sorted_pages(chosen)
        assert bits.listed(bits.all, 3) == site.sorted_pages()[:3]


def test_the_open_index_and_site_are_kept_out_of_full_collections(engine_for: EngineFor, root: Path, tmp_path: Path) -> None:
    """Long-lived objects are frozen once the index is open (full collections scanned them
    mid-search), by the app's start-up rather than the engine, and let go again at the end."""
    import gc

    from reader.memory import release_long_lived, settle_long_lived

    gc.unfreeze()
    engine = engine_for(root, tmp_path / "cache")
    try:
        assert gc.get_freeze_count() == 0  # the engine leaves the process's collector alone
        settle_long_lived()
        assert gc.get_freeze_count() > 0
        assert not gc.is_tracked(engine.site.pages) or _frozen(engine.site.pages)
        assert gc.get_threshold()[2] >= 100
        assert paths(engine.search(Query.make("algoritme")))  # searching works as before
    finally:
        engine.close()
        release_long_lived()
    assert gc.get_freeze_count() == 0


def _frozen(obj: object) -> bool:
    """True when `obj` sits in the permanent generation (no generation lists it)."""
    import gc

    return all(obj is not o for gen in range(3) for o in gc.get_objects(gen))


def test_facet_names_are_declared_once_in_the_model() -> None:
    from reader.cli import build_parser
    from reader.content.model import BASIC_FACETS, FACET_KEYS, PROFILE_FACETS
    from reader.ui import sidebar

    assert (*BASIC_FACETS, *PROFILE_FACETS) == tuple(FACET_KEYS)
    query = Query.of("x", {facet: [f"{facet}-waarde"] for facet in FACET_KEYS})
    assert query.filters() == {facet: frozenset({f"{facet}-waarde"}) for facet in FACET_KEYS}
    search = build_parser().parse_args(["search", "x", *(f"--{facet}=v" for facet in FACET_KEYS)])
    assert all(getattr(search, facet.replace("-", "_")) == ["v"] for facet in FACET_KEYS)
    assert (*sidebar.FACETS, *sidebar.PROFILE_FACETS) == tuple(FACET_KEYS)


def test_find_folded_maps_matches_back_to_the_original_text():
    from reader.content.words import find_folded

    text = "De Financiële risico’s en financiele ﬁnanciën."
    spans = find_folded(text, "financiele")
    assert [text[a:b] for a, b in spans] == ["Financiële", "financiele"]
    assert [text[a:b] for a, b in find_folded(text, "risicos")] == ["risico’s"]
    assert [text[a:b] for a, b in find_folded(text, "financien")] == ["ﬁnanciën"]  # a ligature folds to two letters
    assert find_folded(text, "  ") == [] and find_folded(text, "xyz") == []
