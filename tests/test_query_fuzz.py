"""Query fuzzing (issue 17): 10,000 generated queries through the search API, none raises.

The queries mix random Unicode (control characters, combining marks, astral planes), the
characters of query syntax (`AND OR NOT ( ) * ? ~ " : ^ [ ]`), words the content does use,
strings of 100 kB, and filter values both real and made up. Hypothesis runs derandomized
(the same 10,000 queries every run, no example database), so a failure reproduces.

The figure for the README: how many of the generated queries were answered without an
exception (all of them, or the test fails) and the slowest answer, printed (`-s`); the
only bound asserted on time is a generous one that only a pathological case breaks.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.content import Site
from reader.launch import load
from reader.search import Query, SearchEngine
from reader.search.engine import SearchResult
from tests.conftest import CONTENT

FUZZ_QUERIES = 10_000
BATCH = 10
#: Far above any real answer (milliseconds): only a hang or a blow-up takes this long.
PATHOLOGICAL_SECONDS = 10.0

SYNTAX = ["AND", "OR", "NOT", "and", "or", "not", "(", ")", "*", "?", "~", '"', ":", "^", "[", "]",
          "-", "+", "\\", "/", "''", "~2", "^3", "*:*", "title:", "path:", "{", "}", "!", "&&", "||"]
WORDS = ["dpia", "privacy", "persoonsgegevens", "algoritme", "risico", "bias", "jurist", "ontwikkelaar",
         "menselijke", "tussenkomst", "transparantie", "algoritmeregister", "AI-verordening", "ä", "ĳ",
         "impact", "assessment", "gegevensbeschermingseffectbeoordeling", "0", "2024", "a", "de"]

pieces = st.one_of(
    st.sampled_from(SYNTAX),
    st.sampled_from(WORDS),
    st.text(max_size=12),  # any Unicode, control characters included
    st.text(st.characters(codec="utf-8", categories=["Cc", "Cf", "Mn", "Zs", "Zl", "Zp", "So", "Co"]), max_size=6),
    st.integers(-10**12, 10**12).map(str),
)
texts = st.one_of(
    st.tuples(st.sampled_from([" ", "", "\t", "\u00a0", "\n"]), st.lists(pieces, max_size=12)).map(
        lambda t: t[0].join(t[1])),
    st.text(max_size=80),
    # 100 kB strings: a short piece repeated
    st.tuples(st.one_of(st.sampled_from(SYNTAX + WORDS), st.text(min_size=1, max_size=8)),
              st.integers(1, 100_000)).map(lambda t: (t[0] * (100_000 // len(t[0]) + 1))[:t[1]]),
)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Site, SearchEngine]]:
    site, engine = load(CONTENT, Path(tmp_path_factory.mktemp("fuzz-cache")))
    engine.ensure_index()
    yield site, engine
    engine.close()


def queries(site: Site) -> st.SearchStrategy[Query]:
    """Query text from `texts` with filters on the site's facets, real values and made-up ones."""
    facets = ("rol", "fase", "onderwerp", "soort", "wetgeving")
    known = [(facet, value) for facet in facets for value in site.facet_values(facet)]
    junk = [(facet, value) for facet in facets for value in ("", "x", "Jurist", "juristen", "2", "ö\x00", "*")]
    # one draw per filter value (a list per facet made generating cost more than searching)
    filters = st.lists(st.sampled_from(known + junk), max_size=4)

    def make(text: str, chosen: list[tuple[str, str]], limit: int | None, snippets: int) -> Query:
        by_facet: dict[str, list[str]] = {}
        for facet, value in chosen:
            by_facet.setdefault(facet, []).append(value)
        return Query.of(text, by_facet, limit=limit, snippets=snippets)

    return st.builds(make, texts, filters, st.one_of(st.none(), st.integers(0, 200)), st.integers(0, 30))


def test_generated_queries_never_raise(loaded: tuple[Site, SearchEngine]) -> None:
    site, engine = loaded
    answered: list[float] = []
    slowest: list[tuple[float, str]] = [(0.0, "")]

    # BATCH queries an example: Hypothesis's own cost per example is larger than a search
    @settings(max_examples=FUZZ_QUERIES // BATCH, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.large_base_example])
    @given(st.lists(queries(site), min_size=BATCH, max_size=BATCH))
    def ask(batch: list[Query]) -> None:
        for query in batch:
            start = time.perf_counter()
            result = engine.search(query)
            took = time.perf_counter() - start
            assert isinstance(result, SearchResult)
            assert result.total >= len(result.hits)
            answered.append(took)
            if took > slowest[0][0]:
                slowest[0] = (took, query.text[:60])

    ask()
    took, text = slowest[0]
    print(f"\nquery fuzzing: {len(answered)}/{len(answered)} answered in {sum(answered):.1f} s, "
          f"slowest {took * 1000:.0f} ms ({text!r})")
    assert len(answered) >= FUZZ_QUERIES
    assert took < PATHOLOGICAL_SECONDS, text
