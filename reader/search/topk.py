"""The best-scored pages of a query without scoring every page it matches (top-k pruning).

A query's word groups can match most of a large site (a common word's body list holds
20,000 of 30,000 pages), yet only the best `pool_size` of them (200 for a page of hits) go
on to the re-ranking. `Pruner.top` finds exactly those, with exactly the scores the
exhaustive sum (`backend.Searcher.score_group`, added up over the groups) gives them:

1. Counts stay exact and cheap: each posting list is also kept as a bitmap over the facet
   ordinals, so the matched pages (for the facet counts) and the number of matches that
   pass the filters are `|`, `&` and `bit_count()`.
2. A threshold: the best documents of the posting lists with the highest boosted scores
   (each list is kept in score order too) are scored exactly; the `pool_size`-th best of
   them is a lower bound of the pool's last score.
3. A document can only beat that threshold if, in at least one of its lists, its boosted
   score reaches that list's own threshold: MaxScore's bound, per list. The lists'
   thresholds start at their highest boosted scores and are lowered, the lists that let in
   the fewest documents per point first, until they add up to just under the threshold.
   The documents that reach them are read off the score-ordered lists with one bisection
   each.
4. The survivors are scored exactly, list by list in the order `score_group` adds them up
   (so the sums are the same floats), and the best `pool_size` of them, ties to the lower
   document number, are the pool: the same as `heapq.nlargest` over every match.

When there is nothing to prune (fewer matches than `pool_size`, or no threshold), every
match is scored, as before. Queries without a limit take the exhaustive path in the engine.
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from reader.search.backend import Summand

#: Bounds are lowered by this relative margin, far above the rounding of a sum of a few
#: hundred floats (~1e-13), so that a pruned document is certainly below the threshold.
MARGIN = 1e-9
#: How many postings the per-list facts (bitmaps, score order) may be kept for.
CACHE_POSTINGS = 3_000_000
#: Lists up to this long are filtered directly instead of through their score order.
SHORT_LIST = 64
#: Lists from this long keep their documents as a bitmap once asked (a few KB each at
#: 30,000 pages; at most CACHE_POSTINGS / LONG_LIST of them).
LONG_LIST = 2048


@dataclass
class ListFacts:
    """What pruning needs to know of one posting list (made once, kept while it lasts)."""

    ids: array  # the list's document numbers (identity: the facts belong to this list)
    pages: int  # its documents as a bitmap over the facet ordinals (pages of the site only)
    best: float  # its highest score (unboosted)
    order: array | None = None  # positions in the list, best score first (long lists, on demand)
    docs: int | None = None  # its document numbers as a bitmap (long lists, on demand)


@dataclass
class GroupMatches:
    """The documents a word group matches, as `ranking.coverage` asks about them: how many
    there are (`len`) and whether a scored document is one (`in`)."""

    summands: Sequence[Summand]
    scored: dict[int, float]  # the group's score of each scored document it matches
    facts: Sequence[ListFacts]  # of the summands, in their order
    _size: int | None = field(default=None, repr=False)

    def __len__(self) -> int:
        if self._size is None:  # the documents of any of its lists: a union of bitmaps
            bits = 0
            for summand, facts in zip(self.summands, self.facts, strict=True):
                bits |= doc_bits(summand, facts)
            self._size = bits.bit_count()
        return self._size

    def __contains__(self, doc: object) -> bool:
        return doc in self.scored


def doc_bits(summand: Summand, facts: ListFacts) -> int:
    """A list's document numbers as a bitmap (kept in `facts` for long lists)."""
    if facts.docs is not None:
        return facts.docs
    ids = summand.ids
    if not len(ids):
        return 0
    buf = bytearray((max(ids) >> 3) + 1)
    for d in ids:
        buf[d >> 3] |= 1 << (d & 7)
    bits = int.from_bytes(buf, "little")
    if len(ids) >= LONG_LIST:
        facts.docs = bits
    return bits


@dataclass
class TopResult:
    pool: dict[int, float]  # document -> summed score of the word groups, the best `pool_size`
    total: int  # how many matches pass the filters
    matched: int  # every matched page, as a bitmap over the facet ordinals
    groups: list[GroupMatches]


class Pruner:
    """Top-k over one searcher's posting lists, for one site's facet ordinals."""

    def __init__(self, ordinals: array, size: int) -> None:
        """`ordinals`: document number -> the page's facet ordinal (-1: not a page of the
        site); `size`: how many ordinals there are."""
        self.ordinals = ordinals
        self.size = size
        self.docs = array("i", [-1]) * size  # ordinal -> document number
        for doc, o in enumerate(ordinals):
            if o >= 0:
                self.docs[o] = doc
        self.facts_cache: OrderedDict[tuple[str, tuple[str, ...]], ListFacts] = OrderedDict()
        self.cached_postings = 0

    # ------------------------------------------------------------ per list
    def facts(self, summand: Summand) -> ListFacts:
        key = summand.key
        found = self.facts_cache.get(key)
        if found is not None and found.ids is summand.ids:
            self.facts_cache.move_to_end(key)
            return found
        ordinals = self.ordinals
        n_ordinals = len(ordinals)
        buf = bytearray((self.size + 7) // 8)
        for d in summand.ids:
            o = ordinals[d] if d < n_ordinals else -1
            if o >= 0:
                buf[o >> 3] |= 1 << (o & 7)
        facts = ListFacts(summand.ids, int.from_bytes(buf, "little"), max(summand.scores, default=0.0))
        if found is not None:
            self.cached_postings -= len(found.ids)
        self.facts_cache[key] = facts
        self.cached_postings += len(summand.ids)
        while self.cached_postings > CACHE_POSTINGS and len(self.facts_cache) > 1:
            _key, old = self.facts_cache.popitem(last=False)
            self.cached_postings -= len(old.ids)
        return facts

    @staticmethod
    def order(summand: Summand, facts: ListFacts) -> array:
        if facts.order is None:
            scores = summand.scores
            facts.order = array("I", sorted(range(len(scores)), key=scores.__getitem__, reverse=True))
        return facts.order

    def reaching(self, summand: Summand, facts: ListFacts, threshold: float) -> Iterator[int]:
        """The documents of a list whose boosted score may reach `threshold` (a few below
        it may come too: never one above it is left out)."""
        ids, scores, boost = summand.ids, summand.scores, summand.boost
        least = threshold / boost * (1 - MARGIN) if threshold > 0 else 0.0
        if len(ids) <= SHORT_LIST:
            return (d for d, s in zip(ids, scores, strict=True) if s >= least)
        order = self.order(summand, facts)
        n = bisect_right(order, -least, key=lambda i: -scores[i])
        return (ids[i] for i in order[:n])

    # ------------------------------------------------------------ the query
    def top(self, groups: Sequence[Sequence[Summand]], allowed: int | None, pool_size: int) -> TopResult:
        """The best `pool_size` matches that pass `allowed` (a bitmap over the ordinals;
        None: no filter) by the summed score of the word groups, and the counts."""
        entries = [(s, self.facts(s)) for group in groups for s in group if len(s.ids)]
        matched = 0
        for _s, facts in entries:
            matched |= facts.pages
        passing = matched if allowed is None else matched & allowed
        total = passing.bit_count()
        flags = None if allowed is None else allowed.to_bytes((self.size + 7) // 8, "little")
        pruned = self.survivors(groups, entries, flags, pool_size) if total > pool_size else None
        if pruned is None:  # nothing to prune: every match
            totals, scored = exact_scores(groups, set(self.docs_in(passing)))
        else:
            totals, scored, more = pruned
            more_totals, more_scored = exact_scores(groups, more)
            totals.update(more_totals)
            for acc, extra in zip(scored, more_scored, strict=True):
                acc.update(extra)
        best = heapq.nlargest(pool_size, totals.items(), key=lambda x: (x[1], -x[0]))
        return TopResult(dict(best), total, matched,
                         [GroupMatches(g, acc, [self.facts(s) for s in g])
                          for g, acc in zip(groups, scored, strict=True)])

    def survivors(self, groups: Sequence[Sequence[Summand]], entries: list[tuple[Summand, ListFacts]],
                  flags: bytes | None, pool_size: int
                  ) -> tuple[dict[int, float], list[dict[int, float]], set[int]] | None:
        """The documents that may be among the best `pool_size` (a superset of them): those
        scored to set the threshold (`exact_scores` of them) and the others; None when no
        threshold can be set."""
        ranked = sorted(entries, key=lambda e: -e[1].best * e[0].boost)
        seed: set[int] = set()
        for summand, facts in ranked:  # the best documents of the strongest lists
            taken = 0
            ids = summand.ids
            for i in self.order(summand, facts):
                d = ids[i]
                if d not in seed and self.passes(d, flags):
                    seed.add(d)
                    taken += 1
                    if taken >= pool_size:
                        break
            if len(seed) >= pool_size:
                break
        if len(seed) < pool_size:
            return None
        totals, scored = exact_scores(groups, seed)
        threshold = heapq.nlargest(pool_size, totals.values())[-1] * (1 - MARGIN)
        if threshold <= 0:
            return None
        # the lists' thresholds: at first each list's best (documents only at the best
        # score reach it); lowered, cheapest first (fewest documents let in per point of
        # score given up), until they add up to no more than the threshold
        need = sum(facts.best * s.boost for s, facts in entries) - threshold
        ordinals, n_ordinals = self.ordinals, len(self.ordinals)
        more: set[int] = set()
        for summand, facts in sorted(entries, key=lambda e: len(e[0].ids) / (e[1].best * e[0].boost or 1e-300)):
            best = facts.best * summand.boost
            if need > 0:
                least = max(0.0, best - need)
                need -= best
            else:
                least = best
            for d in self.reaching(summand, facts, least):
                if d not in seed and d not in more:
                    o = ordinals[d] if d < n_ordinals else -1
                    if o >= 0 and (flags is None or flags[o >> 3] >> (o & 7) & 1):
                        more.add(d)
        return totals, scored, more

    def passes(self, doc: int, flags: bytes | None) -> bool:
        """Whether a document is a page of the site that passes the filters."""
        o = self.ordinals[doc] if doc < len(self.ordinals) else -1
        return o >= 0 and (flags is None or bool(flags[o >> 3] >> (o & 7) & 1))

    def docs_in(self, pages: int) -> Iterator[int]:
        """The document numbers of the pages in a bitmap over the ordinals."""
        docs = self.docs
        for i, byte in enumerate(pages.to_bytes((self.size + 7) // 8, "little")):
            if byte:
                base = i << 3
                for j in range(8):
                    if byte >> j & 1:
                        yield docs[base + j]


def exact_scores(groups: Sequence[Sequence[Summand]], docs: set[int]
                 ) -> tuple[dict[int, float], list[dict[int, float]]]:
    """The summed score of each of `docs` that the groups match, and each group's own
    scores of them: added up in the order of `backend.Searcher.score_group` and of the
    engine's sum over the groups, so the floats are the same."""
    ordered: list[int] | None = None
    per_group: list[dict[int, float]] = []
    for group in groups:
        acc: dict[int, float] = {}
        get = acc.get
        for summand in group:
            ids, scores, boost = summand.ids, summand.scores, summand.boost
            n = len(ids)
            if n <= 8 * len(docs):
                for d, s in zip(ids, scores, strict=True):
                    if d in docs:
                        acc[d] = get(d, 0.0) + s * boost
            else:
                if ordered is None:
                    ordered = sorted(docs)
                lo = 0
                for d in ordered:
                    i = bisect_left(ids, d, lo)
                    if i == n:
                        break
                    if ids[i] == d:
                        acc[d] = get(d, 0.0) + scores[i] * boost
                    lo = i
        per_group.append(acc)
    totals: dict[int, float] = {}
    tget = totals.get
    for acc in per_group:
        for d, score in acc.items():
            totals[d] = tget(d, 0.0) + score
    return totals, per_group
