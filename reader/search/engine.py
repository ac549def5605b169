"""The search API: a `Query` (text + filters) in, a `SearchResult` (hits + facet counts) out.

    engine = SearchEngine(site)          # one per content root
    engine.ensure_index(progress)        # build, update or reuse the index
    result = engine.search(Query("dpia", roles={"jurist"}))

How a query is answered:
1. The text is split into words; Dutch stop words drop out (question-style queries).
2. Each word becomes a *group* of scored clauses: its stem in title and body, the word in
   the id field, glossary expansions and synonyms as phrases, and, when the word is not in
   the index at all, prefix completions (as you type) and close spellings (typos).
3. Whoosh scores the groups (BM25F); matching more groups earns a coordination bonus.
4. Soft priors adjust the order: list and glossary pages weigh less, pages tagged with a
   role or topic named in the query weigh more.
5. Facet counts come from in-memory sets: for each facet value, how many matches it would
   give together with the *other* active filters.
6. Snippets are cut from the stored plain text around the densest cluster of matches.
"""

from __future__ import annotations

import gc
import heapq
import math
import re
import threading
import weakref
from array import array
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import OSA

from reader.content import Kind, Page, Site
from reader.content.words import fold, words
from reader.search import backend
from reader.search.analysis import STOP_WORDS, Analyzer
from reader.search.facets import FacetBits
from reader.search.index import IndexManager, IndexReport, Progress
from reader.search.snippets import make_snippet, summary_snippet
from reader.search.synonyms import Synonyms

#: A full garbage collection after this many collections of the middle generation
#: (Python's default: 10); see `settle_long_lived`.
FULL_COLLECTION_EVERY = 100
MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 24
#: A page containing only part of a multi-word query keeps this share of its score, at least.
COVERAGE_FLOOR = 0.2
#: How many of Whoosh's best-scored pages the re-ranking considers for a limited query.
RERANK_POOL = 200
COVERAGE_POWER = 1.5
#: Clause weights (tuned on the dev queries): the query word's stem in the body, a word of
#: the same family (relative), a longer word the last query word may be the start of.
BODY_W = 1.3
REL_W = 0.6
COMP_W = 0.3


@dataclass(frozen=True)
class Query:
    """What the user asked: text plus filters (OR within a facet, AND across facets)."""

    text: str = ""
    roles: frozenset[str] = frozenset()
    phases: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    limit: int | None = 50
    snippets: int = 20  # leading hits that get a passage snippet; the rest show their summary
    #: the other facets (the AI-act profile, wetgeving) as sorted (facet, values) pairs
    more: tuple[tuple[str, frozenset[str]], ...] = ()

    @classmethod
    def make(cls, text: str = "", *, roles: Iterable[str] = (), phases: Iterable[str] = (),
             topics: Iterable[str] = (), kinds: Iterable[str] = (), limit: int | None = 50,
             snippets: int = 20, more: Mapping[str, Iterable[str]] | None = None) -> Query:
        extra = tuple(sorted((facet, frozenset(values)) for facet, values in (more or {}).items() if values))
        return cls(text, frozenset(roles), frozenset(phases), frozenset(topics), frozenset(kinds), limit,
                   snippets, extra)

    def filters(self) -> dict[str, frozenset[str]]:
        return {"rol": self.roles, "fase": self.phases, "onderwerp": self.topics, "soort": self.kinds,
                **dict(self.more)}


@dataclass(frozen=True)
class Hit:
    path: str
    title: str
    kind: str
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...] = ()  # (start, end) offsets into snippet

    def snippet_marked(self, before: str = "[", after: str = "]") -> str:
        out, pos = [], 0
        for start, end in self.highlights:
            out += [self.snippet[pos:start], before, self.snippet[start:end], after]
            pos = end
        out.append(self.snippet[pos:])
        return "".join(out)

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "title": self.title,
            "kind": self.kind,
            "score": round(self.score, 4),
            "snippet": self.snippet,
        }


@dataclass
class SearchResult:
    query: Query
    hits: list[Hit]
    total: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
    message: str | None = None
    terms: frozenset[str] = frozenset()  # folded words that matched, for highlighting pages


@dataclass
class _Plan:
    groups: list[list[backend.Clause]]
    stems: set[str]  # stemmed terms to highlight
    exact: set[str]  # folded words to highlight
    role_words: set[str]
    topic_values: set[str]
    suggestion: str | None
    empty_reason: str | None = None
    word_groups: int = 0  # the first N groups stand for words; the rest are bonuses
    plain: tuple[str, ...] = ()  # the query's words, folded
    word_keys: dict[str, str | None] = field(default_factory=dict)  # snippet matches, per word


class SearchEngine:
    """Search over one `Site`. Thread-safe: each thread gets its own searcher."""

    def __init__(self, site: Site, cache_dir: Path | None = None, *, in_memory: bool = False,
                 synonyms: Synonyms | None = None,
                 prebuilt_index: Callable[[], Path | None] | None = None) -> None:
        self.site = site
        self.index = IndexManager(site, cache_dir, in_memory=in_memory, prebuilt=prebuilt_index)
        self.synonyms = synonyms or Synonyms.load(site.glossary)
        # One searcher per thread (Whoosh searchers are not thread-safe). Keyed by thread id
        # in a plain dict: a threading.local loses its values when Qt runs the worker's calls
        # from a thread Python did not start, which reopened the index on every keystroke.
        self._searchers: dict[int, tuple[int, backend.Searcher]] = {}
        self._searchers_lock = threading.Lock()
        self._summaries: dict[tuple[str, int, int], str] = {}
        self._facet_bits: FacetBits | None = None
        self._doc_ordinals: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    # ---------------------------------------------------------------- index
    def ensure_index(self, progress: Progress | None = None, *, isolate: bool = False,
                     warm: bool = False) -> IndexReport:
        """Build, update or reuse the index. `isolate`: run a full build in its own process
        (for a GUI: the window keeps the interpreter to itself meanwhile). `warm`: then
        prepare for typing (see `warm`; worth it for a window, not for one command)."""
        report = self.index.ensure(progress, isolate=isolate)
        if warm:
            self.warm()
        settle_long_lived()
        return report

    def warm(self) -> None:
        """Prepare what the first searches would otherwise compute while the user types:
        the word list's lookup tables and the stem of every word of the content (snippets
        look up the stem of each word of a hit's text)."""
        analyzer = self.index.analyzer
        if analyzer is None or self.index.store is None:
            return
        lexicon = self.index.lexicon
        lexicon.with_prefix("~")  # builds the sorted list
        lexicon.with_suffix("~")
        lexicon.similar_length("~", 1, 1)
        for word, _df in lexicon.with_prefix(""):
            analyzer.word_terms(word, stop=False)

    def refresh(self, site: Site, progress: Progress | None = None) -> IndexReport:
        self.site = site
        self.synonyms = Synonyms.load(site.glossary)
        return self.index.refresh(site, progress)

    @property
    def ready(self) -> bool:
        return self.index.store is not None

    @property
    def notice(self) -> str:
        return self.index.notice

    def _searcher(self) -> backend.Searcher:
        """This thread's searcher, reopened when the index has changed since."""
        gen = self.index.generation
        ident = threading.get_ident()
        with self._searchers_lock:
            entry = self._searchers.get(ident)
            if entry is not None and entry[0] == gen:
                return entry[1]
            if entry is not None:  # another thread may still be using its own: leave those
                entry[1].close()
            assert self.index.store is not None
            searcher = self.index.store.searcher()
            self._searchers[ident] = (gen, searcher)
            return searcher

    def close(self) -> None:
        with self._searchers_lock:
            for _gen, searcher in self._searchers.values():
                searcher.close()
            self._searchers.clear()
        self.index.close()
        gc.unfreeze()  # what `settle_long_lived` froze may be garbage now

    # ---------------------------------------------------------------- filters
    def _facets(self) -> FacetBits:
        """The facet bitmaps of the current site (made again after a reload)."""
        bits = self._facet_bits
        if bits is None or bits.site is not self.site:
            bits = self._facet_bits = FacetBits(self.site)
        return bits

    def _ordinals(self, searcher: backend.Searcher, bits: FacetBits) -> array:
        """Document number -> the page's ordinal in `bits` (-1: not a page of the site)."""
        cached = self._doc_ordinals.get(searcher)
        if cached is not None and cached[0] is bits:
            return cached[1]
        ordinal = bits.ordinal
        table = array("i", [-1]) * (max(searcher.paths, default=-1) + 1)
        for num, path in searcher.paths.items():
            table[num] = ordinal.get(path, -1)
        self._doc_ordinals[searcher] = (bits, table)
        return table

    def facet_counts(self, matched: Iterable[str], filters: Mapping[str, frozenset[str]]) -> dict[str, dict[str, int]]:
        """Per facet value, how many of the `matched` pages it gives with the other filters."""
        bits = self._facets()
        return bits.counts(bits.of(matched), filters)

    # ---------------------------------------------------------------- search
    def search(self, query: Query) -> SearchResult:
        """Hits and facet counts for a query. Never raises for odd query text."""
        filters = query.filters()
        bits = self._facets()
        allowed = bits.allowed(filters)
        text = (query.text or "").strip()[:MAX_QUERY_CHARS]
        if not text:
            return self._browse(query, filters, allowed)
        if not self.ready:
            return SearchResult(query, [], 0, message="De zoekindex wordt nog opgebouwd.")
        searcher = self._searcher()
        plan = self._plan(text, searcher)
        if plan.empty_reason:
            result = self._browse(query, filters, allowed)
            result.hits, result.total = [], 0
            result.facets = bits.counts(0, filters)
            result.message = plan.empty_reason
            return result
        # score every word group over its posting lists; a page matches when it matches any
        word_scores = [searcher.score_group(g) for g in plan.groups[: plan.word_groups]]
        totals: dict[int, float] = dict(word_scores[0]) if word_scores else {}
        for scores in word_scores[1:]:
            get = totals.get
            for doc, score in scores.items():
                totals[doc] = get(doc, 0.0) + score
        # matched pages (for the counts) and the candidates that pass the filters
        ordinals = self._ordinals(searcher, bits)
        flags = None if allowed is None else bits.flags(allowed)
        seen = bytearray((bits.size + 7) // 8)
        candidates: list[tuple[float, int]] = []
        n_ordinals = len(ordinals)
        for doc, score in totals.items():
            o = ordinals[doc] if doc < n_ordinals else -1
            if o < 0:
                continue  # a document of a page that is gone
            seen[o >> 3] |= 1 << (o & 7)
            if flags is None or flags[o >> 3] >> (o & 7) & 1:
                candidates.append((score, -doc))
        matched = int.from_bytes(seen, "little")
        # the re-ranking reorders a pool of the best candidates; the bonus groups (the whole
        # query as a phrase or a name) are scored over that pool only
        pool_size = len(candidates) if query.limit is None else max(RERANK_POOL, query.limit * 4)
        pool = {-negdoc: score for score, negdoc in heapq.nlargest(pool_size, candidates)}
        shortlist = set(pool)
        for group in plan.groups[plan.word_groups:]:
            for doc, score in searcher.score_group(group, only=shortlist).items():
                pool[doc] += score
        coverage = self._coverage(plan, word_scores, searcher.doc_count(), shortlist)
        paths = searcher.paths
        ranked = self._rerank([(paths[d], s) for d, s in pool.items()], plan,
                              {paths[d]: c for d, c in coverage.items()})
        total = len(candidates)
        limit = query.limit if query.limit is not None else len(ranked)
        hits = [
            self._hit(path, score, plan, searcher) if i < query.snippets else self._plain_hit(path, score)
            for i, (path, score) in enumerate(ranked[:limit])
        ]
        result = SearchResult(
            query,
            hits,
            total,
            bits.counts(matched, filters),
            suggestion=plan.suggestion,
            terms=frozenset(plan.exact),
        )
        if total == 0:
            result.message = "Geen resultaten" + (
                f". Bedoelde je: {plan.suggestion}?" if plan.suggestion else "."
            )
        return result

    def _browse(self, query: Query, filters: Mapping[str, frozenset[str]], allowed: int | None) -> SearchResult:
        bits = self._facets()
        chosen = bits.all if allowed is None else allowed
        pages = bits.listed(chosen, query.limit)
        hits = [self._plain_hit(p.path, 0.0) for p in pages]
        return SearchResult(query, hits, chosen.bit_count(), bits.counts(bits.all, filters))

    # ---------------------------------------------------------------- planning
    def _analyzer(self) -> Analyzer:
        assert self.index.analyzer is not None
        return self.index.analyzer

    def _plan(self, text: str, searcher: backend.Searcher) -> _Plan:
        a = self._analyzer()
        tokens = [t.text for t in words(text)]
        raw_words = [w for w in re.split(r"\s+", fold(text)) if w]
        if not tokens:
            return _Plan([], set(), set(), set(), set(), None, "Typ een zoekterm met letters of cijfers.")
        groups: list[list[backend.Clause]] = []
        stems: set[str] = set()
        exact: set[str] = set()
        corrections: dict[str, str] = {}

        # multi-word synonyms and glossary expansions found in the query text
        plain = _norm_tokens(tokens)
        covered: set[str] = set()
        for phrase, alternatives, _start, _end in self.synonyms.phrases_in(plain):
            group = self._phrase_clauses(phrase.split(), 2.0)
            for alt in alternatives:
                group += self._alternative_clauses(alt, 1.5, stems, exact)
            exact.update(phrase.split())
            covered.update(phrase.split())
            groups.append(group)

        content_words = [t for t in tokens if t not in STOP_WORDS and t not in covered]
        if not content_words and not groups:
            content_words = tokens  # only stop words: search them anyway
        content_words = content_words[:MAX_QUERY_WORDS]
        last = content_words[-1] if content_words else ""
        role_words = {w for w in content_words if self._role_for(w)}
        topic_values = {v for w in content_words for v in self._topics_for(w)}

        lexicon = self.index.lexicon
        for word in dict.fromkeys(content_words):
            group: list[backend.Clause] = []
            terms = a.word_terms(word, stop=False)
            df_exact = lexicon.df(word)
            df_body = sum(searcher.doc_frequency(f, t) for t in terms for f in ("body", "parts"))
            for i, term in enumerate(terms):
                weight = 1.0 if i == 0 else 0.5  # compound parts count less than the whole
                group.append(backend.Clause("title", (term,), 4.0 * weight))
                group.append(backend.Clause("body", (term,), BODY_W * weight))
                group.append(backend.Clause("parts", (term,), 0.35 * weight))
                stems.add(term)
            group.append(backend.Clause("ident", (word,), 6.0))
            group.append(backend.Clause("ident_parts", (word,), 2.5))
            exact.add(word)
            for alt in self.synonyms.alternatives(word):
                group += self._alternative_clauses(alt, 1.0, stems, exact)
            for relative in self._relatives(word, terms):
                group += self._word_clauses(relative, REL_W, stems)
                exact.add(relative)
            if word == last and len(word) >= 4 and word.isalpha() and (df_exact or df_body):
                # still typing? longer words that start with the last word count a little
                for completion, _df in self._completions(word, limit=6):
                    if completion != word:
                        group += self._word_clauses(completion, COMP_W, stems)
                        exact.add(completion)
            if df_exact == 0 and df_body == 0 and not word.isdigit():
                completions = self._completions(word) if word == last and len(word) >= 2 else []
                for completion, _df in completions:
                    group += self._word_clauses(completion, 1.6, stems)
                    exact.add(completion)
                # a word being typed is not a typo; otherwise look for close spellings
                fixes = self._corrections(word) if len(completions) < 1 else []
                for fix, _df in fixes:
                    for t in a.word_terms(fix, stop=False)[:1]:
                        group.append(backend.Clause("title", (t,), 2.5))
                        group.append(backend.Clause("body", (t,), 0.8))
                        stems.add(t)
                    exact.add(fix)
                if fixes:
                    corrections[word] = fixes[0][0]
            groups.append(group)

        word_groups = len(groups)
        if len(plain) > 1:
            # the whole query as a file name or title (e.g. "wat is een algoritme")
            groups.append([backend.Clause("ident", tuple(plain), 8.0)])
        if len(content_words) > 1:
            phrase_terms = [t for w in content_words for t in a.word_terms(w, stop=False)[:1]]
            if len(phrase_terms) > 1:
                groups.append([backend.Clause("body", tuple(phrase_terms), 2.0),
                               backend.Clause("title", tuple(phrase_terms), 4.0)])
        suggestion = None
        if corrections:
            suggestion = " ".join(corrections.get(w, w) for w in raw_words if w)
        return _Plan(groups, stems, exact, role_words, topic_values, suggestion,
                     word_groups=word_groups, plain=tuple(plain))

    def _word_clauses(self, word: str, boost: float, stems: set[str]) -> list[backend.Clause]:
        """A word found in the content's word list (a completion, a relative): its stem."""
        terms = self._analyzer().word_terms(word, stop=False)[:1]
        stems.update(terms)
        return [backend.Clause("body", (t,), boost) for t in terms]

    def _phrase_clauses(self, phrase_words: list[str], boost: float) -> list[backend.Clause]:
        a = self._analyzer()
        terms = tuple(t for w in phrase_words for t in a.word_terms(w, stop=False)[:1])
        if not terms:
            return []
        return [backend.Clause("body", terms, boost), backend.Clause("title", terms, boost * 2)]

    def _alternative_clauses(self, alt: str, boost: float, stems: set[str], exact: set[str]) -> list[backend.Clause]:
        a = self._analyzer()
        alt_words = [t.text for t in words(alt)]
        if not alt_words:
            return []
        exact.update(w for w in alt_words if w not in STOP_WORDS)
        if len(alt_words) == 1:
            terms = a.word_terms(alt_words[0], stop=False)[:1]
            stems.update(terms)
            return [backend.Clause("title", (t,), 3.0 * boost) for t in terms] + [
                backend.Clause("body", (t,), boost) for t in terms
            ] + [backend.Clause("ident", (alt_words[0],), 4.0 * boost)]
        terms = tuple(t for w in alt_words for t in a.word_terms(w, stop=False)[:1])
        stems.update(terms)
        return [backend.Clause("body", terms, boost), backend.Clause("title", terms, 3.0 * boost)]

    def _relatives(self, word: str, terms: list[str], limit: int = 8) -> list[str]:
        """Words of the same family found in the index: a long shared beginning
        (proportionaliteit ~ proportioneel) or the word as the tail of a compound
        (gunningscriteria ~ subgunningscriteria)."""
        if len(word) < 7 or not word.isalpha():
            return []
        a = self._analyzer()
        own = set(terms)
        found: dict[str, int] = {}
        shared = max(6, round(len(word) * 0.6))
        lexicon = self.index.lexicon
        for term, df in lexicon.with_prefix(word[:shared]):
            if term != word and a.stem(term) not in own:
                found[term] = df
        for term, df in lexicon.with_suffix(word):
            if term != word and len(term) - len(word) >= 2:
                found[term] = df
        ranked = sorted(found.items(), key=lambda x: -x[1])
        return [t for t, _ in ranked[:limit]]

    def _completions(self, prefix: str, limit: int = 12) -> list[tuple[str, int]]:
        found = self.index.lexicon.with_prefix(prefix)
        found.sort(key=lambda x: -x[1])
        return found[:limit]

    def _corrections(self, word: str, limit: int = 3) -> list[tuple[str, int]]:
        """Close spellings of a word that the index does not know, most frequent first."""
        if len(word) < 4 or not word.isalpha():
            return []
        max_dist = 1 if len(word) <= 6 else 2
        best: list[tuple[int, int, str]] = []
        lo, hi = len(word) - max_dist, len(word) + max_dist
        for term, df in self.index.lexicon.similar_length(word[0], lo, hi):
            d = OSA.distance(word, term, score_cutoff=max_dist)  # with swaps; max_dist + 1: farther
            if d <= max_dist:
                best.append((d, -df, term))
        best.sort()
        if not best:
            return []
        top = best[0][0]
        return [(t, -negdf) for d, negdf, t in best if d == top][:limit]

    def _role_for(self, word: str) -> str | None:
        for value in self.site.facet_values("rol"):
            label_words = {t.text for t in words(self.site.label("rol", value))} | {value}
            if word in label_words or self._analyzer().stem(word) in {
                self._analyzer().stem(w) for w in label_words
            }:
                return value
        return None

    def _topics_for(self, word: str) -> set[str]:
        if len(word) < 4:
            return set()
        out = set()
        stem = self._analyzer().stem(word)
        for value in self.site.facet_values("onderwerp"):
            label_stems = {self._analyzer().stem(t.text) for t in words(self.site.label("onderwerp", value))}
            if stem in label_stems:
                out.add(value)
        return out

    # ---------------------------------------------------------------- ranking
    def _coverage(self, plan: _Plan, group_sets: list[dict[int, float]], n_docs: int,
                  docs: set[int]) -> dict[int, float]:
        """Share of the query's information (IDF-weighted words) that each of `docs` contains."""
        if plan.word_groups < 2:
            return {}
        n_docs = max(1, n_docs)
        weights = [
            (math.log(1 + n_docs / len(paths)), paths)
            for group, paths in zip(plan.groups[: plan.word_groups], group_sets, strict=False)
            if paths and not all(c.field == "ident" for c in group)
        ]
        total = sum(w for w, _ in weights)
        if not weights or total <= 0:
            return {}
        return {doc: sum(w for w, found in weights if doc in found) / total for doc in docs}

    def _rerank(self, ranked: list[tuple[str, float]], plan: _Plan,
                coverage: dict[str, float]) -> list[tuple[str, float]]:
        out = []
        roles = {r for w in plan.role_words if (r := self._role_for(w))}
        for path, score in ranked:
            page = self.site.get(path)
            if page is None:
                continue
            score *= _prior(page)
            if plan.plain and _title_words(page.title) == plan.plain:
                score *= 1.5  # the query is the page's name
            if coverage:
                score *= COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage.get(path, 0.0) ** COVERAGE_POWER
            if roles and roles & set(page.values("rollen")):
                score *= 1.25
            if plan.topic_values and plan.topic_values & set(page.values("onderwerp")):
                score *= 1.25
            out.append((path, score))
        out.sort(key=lambda x: (-x[1], x[0]))
        return out

    # ---------------------------------------------------------------- snippets
    def _plain_hit(self, path: str, score: float) -> Hit:
        """A hit whose snippet is the page's summary (cached per file version)."""
        page = self.site.pages[path]
        key = (path, page.mtime_ns, page.size)
        snippet = self._summaries.get(key)
        if snippet is None:
            snippet = self._summaries[key] = summary_snippet(page)
        return Hit(path, page.title, str(page.kind), score, snippet)

    def _hit(self, path: str, score: float, plan: _Plan, searcher: backend.Searcher) -> Hit:
        page = self.site.pages[path]
        stored = searcher.stored(path)
        text = stored.get("text", "")
        snippet, spans = make_snippet(text, self._analyzer(), plan.stems, plan.exact, keys_of=plan.word_keys)
        if not snippet:
            snippet = summary_snippet(page)
        return Hit(path, page.title, str(page.kind), score, snippet, spans)


def settle_long_lived() -> None:
    """Keep the cyclic garbage collector off the loaded site and the open index.

    Python's full collections scan every container object; with 30,000 pages loaded one
    took 0.4 s, in the middle of a search. Objects alive now (site, index, word list) are
    frozen out of those scans, and full collections are made ten times rarer (the young
    generations are still collected as usual). `SearchEngine.close` unfreezes them."""
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if old < FULL_COLLECTION_EVERY:
        gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)


@lru_cache(maxsize=65536)
def _title_words(title: str) -> tuple[str, ...]:
    return tuple(_norm_tokens([t.text for t in words(re.sub(r"\([^)]*\)", "", title))]))


def _norm_tokens(tokens: list[str]) -> list[str]:
    """Query words without the joined form that follows hyphenated parts."""
    out: list[str] = []
    for t in tokens:
        if len(out) >= 2 and t == out[-2] + out[-1]:
            continue
        out.append(t)
    return out


def _prior(page: Page) -> float:
    """How much a page of this sort should weigh against the detail pages."""
    if page.meta.get("search") and isinstance(page.meta.get("search"), dict):
        if page.meta["search"].get("exclude"):
            return 0.45  # the generated glossary page
    if page.kind is Kind.INDEX:
        return 0.55
    return 1.0
