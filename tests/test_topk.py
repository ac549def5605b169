"""Top-k pruning (`reader.search.topk`) gives exactly what scoring every match gives.

Two levels: the whole search (hits with their scores, totals, facet counts) with pruning
on and off, and the pruner's pool itself against `heapq.nlargest` over the exhaustive sums,
with pools small enough that the bundled content's ~250 pages are pruned for real.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.content import Site
from reader.search import Query, SearchEngine
from reader.search.planner import QueryPlanner
from reader.search.topk import Pruner
from tests.bench import queries as bench_queries
from tests.conftest import CONTENT, EVAL_DIR

#: queries on the bundled content: the bench's set, and words of its own kinds
QUERIES = [text for _cat, text, _f in bench_queries.cases()] + [
    "wat is een algoritme", "IAMA", "DPIA", "menselijke tussenkomst", "gemeente", "risico's",
    "ai-verordening hoog risico", "grondrechten impact assessment", "a", "de het een", "xyzzy",
    "transparantie uitlegbaarheid", "bias toets", "archiefwet", "verwerkingsregister",
]
FILTERS = [{}, *bench_queries.FILTERS, {"soort": frozenset({"vereiste", "maatregel"})}]


def _key(engine: SearchEngine, query: Query, *, prune: bool) -> tuple:
    engine.prune = prune
    result = engine.search(query)
    return [(h.path, h.score) for h in result.hits], result.total, result.facets, result.message


def _same_results(engine: SearchEngine, texts: list[str]) -> Iterator[str]:
    """The queries (with filters and limits) whose pruned results differ from the exhaustive."""
    for i, text in enumerate(texts):
        for limit in (1, 10, 60):
            filters = FILTERS[i % len(FILTERS)] if limit == 10 else {}
            query = Query.of(text, filters, limit=limit)
            if _key(engine, query, prune=True) != _key(engine, query, prune=False):
                yield f"{text!r} {filters} limit={limit}"


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchEngine]:
    with SearchEngine(Site.load(CONTENT), tmp_path_factory.mktemp("topk-cache")) as engine:
        engine.ensure_index()
        yield engine


def test_pruned_search_equals_the_exhaustive_one_on_the_bundled_content(bundled: SearchEngine) -> None:
    assert list(_same_results(bundled, QUERIES)) == []


def test_pruned_search_equals_the_exhaustive_one_on_the_dev_queries(corpus: Path, tmp_path: Path) -> None:
    if not (EVAL_DIR / "queries-dev.json").is_file():
        pytest.skip(f"dev queries not found at {EVAL_DIR / 'queries-dev.json'} (../shared is absent)")
    dev = [q["q"] for q in json.loads((EVAL_DIR / "queries-dev.json").read_text(encoding="utf-8"))["queries"]]
    with SearchEngine(Site.load(corpus), tmp_path) as engine:
        engine.ensure_index()
        assert list(_same_results(engine, dev + QUERIES)) == []


@pytest.mark.parametrize("pool_size", [1, 5, 20, 60])
def test_the_pool_is_the_exhaustive_best(bundled: SearchEngine, pool_size: int) -> None:
    """Small pools: most matches are pruned, and the pool is still exactly the best ones
    (ties to the lower document number), with the same floats; totals and matched pages too."""
    engine = bundled
    searcher = engine.index.store.searcher() if engine.index.store else None
    assert searcher is not None
    bits = engine._facets()
    ordinals = engine._ordinals(searcher, bits)
    pruner = Pruner(ordinals, bits.size)
    planner = QueryPlanner(engine.site, engine.synonyms, engine.index.analyzer, engine.index.lexicon)
    pruned_some = 0
    try:
        for i, text in enumerate(QUERIES):
            plan = planner.plan(text, searcher)
            groups = plan.groups[: plan.word_groups]
            allowed = bits.allowed(FILTERS[i % len(FILTERS)])
            flags = None if allowed is None else bits.flags(allowed)
            totals: dict[int, float] = {}
            for group in groups:
                for doc, score in searcher.score_group(group).items():
                    totals[doc] = totals.get(doc, 0.0) + score
            candidates = [(s, -d) for d, s in totals.items() if (o := ordinals[d]) >= 0
                          and (flags is None or flags[o >> 3] >> (o & 7) & 1)]
            expected = {-negdoc: s for s, negdoc in heapq.nlargest(pool_size, candidates)}
            top = pruner.top([searcher.summands(g) for g in groups], allowed, pool_size)
            assert top.pool == expected, text
            assert list(top.pool.values()) == [expected[d] for d in top.pool], text  # the same floats
            assert top.total == len(candidates), text
            assert top.matched == bits.of_ordinals(ordinals[d] for d in totals if ordinals[d] >= 0), text
            for group, matches in zip(groups, top.groups, strict=True):
                found = searcher.score_group(group)
                assert len(matches) == len(found), text
                assert all((d in matches) == (d in found) for d in top.pool), text
            pruned_some += len(candidates) > pool_size
    finally:
        searcher.close()
    assert pruned_some >= 10  # the pruning was put to work, not only the way round it
