"""Ranking: every tuned weight of the search in one table, and the re-ranking of a pool of
scored pages.

`WEIGHTS` holds the clause boosts the query planner (`reader.search.planner`) gives each
kind of match, and the factors the re-ranking applies afterwards. The values were tuned on
the dev queries (`../shared/eval`); change them only while checking `tests/test_search_quality.py`.

The re-ranking (`rerank`) takes the best candidates by their BM25F score (our own scoring
over the index, `reader.search.backend`) and multiplies in soft priors: how much of the
query's information a page contains (`coverage`), its sort (list and glossary pages weigh
less), its title being the query, and roles or topics that the query names.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from reader.content import Kind, Page, Site
from reader.content.model import FACET_KEYS, FACET_ONDERWERP, FACET_ROL
from reader.content.words import without_joined, words
from reader.search.analysis import STOP_WORDS
from reader.search.plan import Plan


@dataclass(frozen=True)
class Weights:
    """The tuned numbers of the ranking, named. Clause boosts multiply a field's BM25F score."""

    # -- a query word (planner: one group of clauses per word)
    title: float = 4.0  # its stem in the title
    body: float = 1.3  # its stem in the body
    parts: float = 0.35  # its stem as a part of a compound in the body (risico in risicobeheer)
    compound_part: float = 0.5  # the stems of the query word's own compound parts, against the whole word's
    ident: float = 6.0  # the word in the page's id (file name)
    ident_parts: float = 2.5  # the word as a part of the page's id
    synonym: float = 1.0  # an alternative from the synonym list or glossary (see the `alternative_*` factors)
    expansion: float = 0.5  # ... of several words, for one query word (an abbreviation's full name), times this
    cognate: float = 1.0  # an English word's Dutch cognate in the content (transparency ~ transparantie)
    joined: float = 2.0  # two neighbouring query words as the content's compound of them (both words in one)
    relative: float = 0.6  # a word of the same family found in the index (proportioneel ~ proportionaliteit)
    derivation: float = 0.6  # a word of the query word's derivational family (afspraak for afspreken), as the word
    completion_typing: float = 0.3  # a longer word the last query word may be the start of, when it is a word itself
    completion_typing_title: float = 1.0  # the same, in the title (biasanalyse for bias)
    completion_unknown: float = 1.6  # a completion of a last query word the index does not know
    correction_title: float = 2.5  # a close spelling of an unknown word (a typo), in the title
    correction_body: float = 0.8  # the same, in the body
    # -- an alternative (synonym, glossary expansion) of a word or phrase, relative to its boost
    alternative_title: float = 3.0  # its stem(s) in the title
    alternative_ident: float = 4.0  # a one-word alternative in the page's id
    # -- a multi-word synonym or glossary phrase found in the query
    synonym_phrase: float = 2.0  # the phrase itself, in the body (x phrase_title in the title)
    synonym_phrase_alternative: float = 1.5  # each of its alternatives
    phrase_title: float = 2.0  # a phrase in the title, relative to the body
    phrase_word: float = 0.05  # a word of a query that is all one such phrase, on its own: fills the tail
    # -- bonus groups over the whole query (scored over the re-ranking pool only)
    query_as_ident: float = 8.0  # the whole query as a page id ("wat is een algoritme")
    query_phrase_body: float = 2.0  # the query's words as a phrase in the body
    query_phrase_title: float = 4.0  # the same, in the title
    information_power: float = 1.0  # a question's word weighs (its idf / the query's highest idf)^this
    # -- re-ranking
    rerank_pool: int = 200  # how many of the best-scored pages a limited query re-ranks, at least
    rerank_pool_per_hit: int = 4  # ... or this many per hit asked for, when more
    coverage_floor: float = 0.2  # a page containing only part of a multi-word query keeps this share, at least
    coverage_power: float = 1.5  # how steeply the share of the query's information counts
    title_is_query: float = 1.5  # the query is the page's name
    role_named: float = 1.25  # the page is tagged with a role the query names
    topic_named: float = 1.25  # the page is tagged with a topic the query names
    topic_page_named: float = 2.0  # a one-word query names the topic of which this is the own page ("privacy")
    prior_excluded: float = 0.45  # a page the site keeps out of its own search (the generated glossary)
    prior_index: float = 0.55  # a list page
    # -- a question's answers along the framework's own links (`spread`)
    spread: float = 0.2  # a page linked to one of the best hits gains this share of its score ...
    spread_top: int = 10  # ... from each of this many best hits, divided by the sqrt of that hit's links
    spread_cap: float = 1.0  # ... and at most this share of its own score from each


WEIGHTS = Weights()


class Matches(Protocol):
    """The documents a word group matches: how many, and whether one is among them."""

    def __len__(self) -> int: ...

    def __contains__(self, doc: object, /) -> bool: ...


def coverage(plan: Plan, group_sets: Sequence[Matches], n_docs: int, docs: set[int]) -> dict[int, float]:
    """Share of the query's information (IDF-weighted words) that each of `docs` contains
    (`group_sets`: what each word group matches; only `docs` are asked about)."""
    if plan.word_groups < 2:
        return {}
    n_docs = max(1, n_docs)
    weights = [
        (math.log(1 + n_docs / len(paths)), paths)
        for i, (group, paths) in enumerate(zip(plan.groups[: plan.word_groups], group_sets, strict=False))
        if paths and i not in plan.loose and not all(c.field == "ident" for c in group)
    ]
    total = sum(w for w, _ in weights)
    if not weights or total <= 0:
        return {}
    return {doc: sum(w for w, found in weights if doc in found) / total for doc in docs}


def rerank(site: Site, ranked: list[tuple[str, float]], plan: Plan,
           coverage: dict[str, float]) -> list[tuple[str, float]]:
    """(path, score) best first, after the soft priors; pages no longer in `site` drop out."""
    w = WEIGHTS
    out = []
    roles = plan.roles
    for path, score in ranked:
        page = site.get(path)
        if page is None:
            continue
        score *= prior(page)
        if plan.plain and title_words(page.title) == plan.plain:
            score *= w.title_is_query
        if coverage:
            score *= w.coverage_floor + (1 - w.coverage_floor) * coverage.get(path, 0.0) ** w.coverage_power
        if roles and roles & set(page.values(FACET_KEYS[FACET_ROL])):
            score *= w.role_named
        if plan.topic_values and plan.topic_values & set(page.values(FACET_KEYS[FACET_ONDERWERP])):
            score *= w.topic_named
        if (plan.word_groups == 1 and page.kind is Kind.ONDERWERP and page.stem in plan.topic_values
                and (set(plan.plain) - STOP_WORDS) & set(title_words(page.title))):
            score *= w.topic_page_named
        out.append((path, score))
    out.sort(key=lambda x: (-x[1], x[0]))
    return out


@lru_cache(maxsize=65536)
def title_words(title: str) -> tuple[str, ...]:
    """The folded words of a title, without a parenthesised part: to compare with a query."""
    return tuple(without_joined([t.text for t in words(re.sub(r"\([^)]*\)", "", title))]))


def prior(page: Page) -> float:
    """How much a page of this sort should weigh against the detail pages."""
    if page.meta.get("search") and isinstance(page.meta.get("search"), dict):
        if page.meta["search"].get("exclude"):
            return WEIGHTS.prior_excluded  # the generated glossary page
    if page.kind is Kind.INDEX:
        return WEIGHTS.prior_index
    return 1.0


#: The links of the framework's own graph: a maatregel names its vereisten, a hulpmiddel its
#: maatregelen and vereisten (front matter), both ways.
RELATION_KEYS = ("maatregel", "vereiste")


def spread(site: Site, ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """(path, score) best first, after each of the `WEIGHTS.spread_top` best pages gave the
    pages it is linked with (`RELATION_KEYS`, either way) `WEIGHTS.spread` of its score,
    shared by the square root of its number of links. A question's words often find the
    vereiste and rank the maatregelen that say what to do about it low, or the reverse; the
    framework links the two. Only pages the words found gain (the count stays what it means)."""
    w = WEIGHTS
    own = dict(ranked)
    scores = dict(own)
    for path, score in ranked[: w.spread_top]:
        page = site.get(path)
        if page is None:
            continue
        linked = [r.page.path for key in RELATION_KEYS for r in site.refs(page, key) if r.page is not None]
        linked += [other.path for key in RELATION_KEYS for other in site.referrers(page, key)]
        linked = [p for p in dict.fromkeys(linked) if p != path and p in scores]
        for other in linked:
            gain = w.spread * score / math.sqrt(len(linked))
            scores[other] += min(gain, own[other] * w.spread_cap)
    out = list(scores.items())
    out.sort(key=lambda x: (-x[1], x[0]))
    return out
