"""The search API: a `Query` (text + filters) in, a `SearchResult` (hits + facet counts) out.

    engine = SearchEngine(site)          # one per content root
    engine.ensure_index(progress)        # build, update or reuse the index
    result = engine.search(Query("dpia", roles={"jurist"}))

`SearchEngine` is the facade; how it answers a query:
1. `reader.search.planner` turns the text into groups of scored clauses (a `Plan`).
2. The backend (`reader.search.backend`, our BM25F over the Whoosh index) scores the word
   groups; a page matches when it matches any. The best candidates that pass the filters
   form a pool; the bonus groups (the whole query as a phrase or a name) are scored over it.
   With a limit, the pool is found by top-k pruning (`reader.search.topk`: the same pool,
   without scoring every match); without one, every match is scored.
3. `reader.search.ranking` re-ranks the pool with soft priors (coverage of the query, list
   and glossary pages weigh less, roles or topics named in the query weigh more); every
   tuned weight is in its `WEIGHTS`.
4. Facet counts come from bitmaps (`reader.search.facets`): for each facet value, how many
   matches it would give together with the *other* active filters.
5. Hits: snippets cut from the stored plain text around the densest cluster of matches
   (`reader.search.snippets`), the page's summary for hits past the first `snippets`.

Keeping the loaded site and index out of Python's full garbage collections is the process's
business, not the engine's: see `reader.memory`, called by the app at start-up.
"""

from __future__ import annotations

import heapq
import threading
import weakref
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.content import Site
from reader.content.model import BASIC_FACETS, FACET_FASE, FACET_ONDERWERP, FACET_ROL, FACET_SOORT
from reader.search import backend
from reader.search.analysis import Analyzer
from reader.search.facets import FacetBits
from reader.search.index import IndexManager, IndexReport, Progress
from reader.search.plan import Plan
from reader.search.planner import QueryPlanner
from reader.search.ranking import WEIGHTS, Matches, coverage, rerank, spread
from reader.search.snippets import make_snippet, summary_snippet
from reader.search.synonyms import Synonyms
from reader.search.topk import Pruner
from reader.search.understanding import QueryReader, Reading, loosened, understood_label

MAX_QUERY_CHARS = 500
#: A hit scoring at least this share of the best hit's score is a strong match (`strong`).
STRONG_SHARE = 0.2
FALLBACK_MESSAGE = "Geen exacte treffers, wel deze."
#: A listing by roles and phases ("security officer monitoring") re-ranked by what its job
#: titles are about: the page that scores best for those words weighs this much more, plus one.
SUBJECT_BOOST = 1.0


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
    #: the other facets (`PROFILE_FACETS`: the AI-act profile, wetgeving) as sorted (facet, values) pairs
    more: tuple[tuple[str, frozenset[str]], ...] = ()
    #: search the text as words only: no roles, phases or legal references read out of it
    #: (the window's "als tekst zoeken")
    literal: bool = False

    @classmethod
    def make(cls, text: str = "", *, roles: Iterable[str] = (), phases: Iterable[str] = (),
             topics: Iterable[str] = (), kinds: Iterable[str] = (), limit: int | None = 50,
             snippets: int = 20, more: Mapping[str, Iterable[str]] | None = None,
             literal: bool = False) -> Query:
        extra = tuple(sorted((facet, frozenset(values)) for facet, values in (more or {}).items() if values))
        return cls(text, frozenset(roles), frozenset(phases), frozenset(topics), frozenset(kinds), limit,
                   snippets, extra, literal)

    @classmethod
    def of(cls, text: str, filters: Mapping[str, Iterable[str]], *, limit: int | None = 50,
           snippets: int = 20, literal: bool = False) -> Query:
        """A query from filters by facet name (the inverse of `filters`)."""
        return cls.make(text, roles=filters.get(FACET_ROL, ()), phases=filters.get(FACET_FASE, ()),
                        topics=filters.get(FACET_ONDERWERP, ()), kinds=filters.get(FACET_SOORT, ()),
                        limit=limit, snippets=snippets, literal=literal,
                        more={facet: values for facet, values in filters.items() if facet not in BASIC_FACETS})

    def filters(self) -> dict[str, frozenset[str]]:
        """The active filters by facet name."""
        return {FACET_ROL: self.roles, FACET_FASE: self.phases, FACET_ONDERWERP: self.topics,
                FACET_SOORT: self.kinds, **dict(self.more)}


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
    #: what the query was read as (`reader.search.understanding`): the roles and phases it
    #: names, by facet (`rol`, `fase`), as a strong preference for the pages tagged with them
    understood: dict[str, list[str]] = field(default_factory=dict)
    references: tuple[str, ...] = ()  # the legal references it names ("Artikel 22 AVG")
    understood_label: str = ""  # both for the window: "Jurist · Implementatie", "" when nothing
    remaining_text: str = ""  # the text searched as words after that ("" when none was left)
    #: "" for an exact result; otherwise how the query was loosened to find these pages
    #: ("tekst": the whole query as words, "ruimer": without stop words of either language,
    #: "spelling": close spellings): the window says "Geen exacte treffers, wel deze"
    fallback: str = ""
    strong: int | None = None  # how many of `total` are strong matches (the rest only mention it)


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
        self._pruners: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        #: limited queries find their re-ranking pool by top-k pruning (`reader.search.topk`);
        #: False: by scoring every match (the same results: the tests compare the two)
        self.prune = True
        self._query_reader: QueryReader | None = None

    # ---------------------------------------------------------------- index
    def ensure_index(self, progress: Progress | None = None, *, isolate: bool = False,
                     warm: bool = False) -> IndexReport:
        """Build, update or reuse the index. `isolate`: run a full build in its own process
        (for a GUI: the window keeps the interpreter to itself meanwhile). `warm`: then
        prepare for typing (see `warm`; worth it for a window, not for one command)."""
        report = self.index.ensure(progress, isolate=isolate)
        if warm:
            self.warm()
        return report

    def warm(self) -> None:
        """Prepare what the first searches would otherwise compute while the user types:
        the word list's lookup tables and the stem of every word of the content (snippets
        look up the stem of each word of a hit's text); the index of the legal references the
        pages cite is built meanwhile in a thread of its own."""
        analyzer = self.index.analyzer
        if analyzer is None or self.index.store is None:
            return
        # the reference index (`QueryReader.citations`) in the background: a query naming a
        # legal reference before it is done waits for it (its lock), other queries do not
        reader = self._reader()
        threading.Thread(target=lambda: reader.citations, name="ak-reference-index", daemon=True).start()
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

    def __enter__(self) -> SearchEngine:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the searchers (their open index files) and the index."""
        with self._searchers_lock:
            for _gen, searcher in self._searchers.values():
                searcher.close()
            self._searchers.clear()
        self.index.close()

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
        reading = None if query.literal else self._reader().read(text, self.index.lexicon)
        words = reading.text if reading is not None else text
        if reading is not None and reading.refs and not words.strip():
            words = self._reader().uncited_subjects(reading)  # "art. 30 AVG": no page cites it
        if reading is not None and reading.preferred and not words.strip():
            result = self._preferred(query, reading, filters, allowed)
        else:
            result = self._words(query, words, filters, allowed, reading)
        if result.total == 0 and not result.fallback:
            result = self._loosened(query, text, filters, allowed, reading) or result
        if reading is not None and reading.preferred and not result.fallback:
            result.understood = {facet: list(values) for facet, values in reading.facets.items()}
            result.references = tuple(ref.label for ref in reading.refs)
            result.understood_label = understood_label(self.site, reading)
            result.remaining_text = reading.text if reading.changed else text
        return result

    def _reader(self) -> QueryReader:
        reader = self._query_reader
        if reader is None or reader.site is not self.site:
            reader = self._query_reader = QueryReader(self.site, phrases=self._phrase_spans, stem=self._stem)
        return reader

    def _stem(self, word: str) -> str:
        """A word's stem by the index's analyzer (the word itself before there is one)."""
        analyzer = self.index.analyzer
        return analyzer.stem(word) if analyzer is not None else word

    def _phrase_spans(self, tokens: list[str]) -> list[tuple[int, int]]:
        """Where the search vocabulary's phrases are in a query's words (for `QueryReader`)."""
        stem = self.index.analyzer.stem if self.index.analyzer is not None else None
        return [(start, end) for _p, _a, start, end in self.synonyms.phrases_in(tokens, stem)]

    def _loosened(self, query: Query, text: str, filters: Mapping[str, frozenset[str]], allowed: int | None,
                  reading: Reading | None) -> SearchResult | None:
        """A looser reading of a query that found nothing: the whole text as words (when
        something was read out of it), without the stop words of either language, then
        close spellings of its words; None when none finds a page."""
        tries: list[tuple[str, str]] = []
        if reading is not None and reading.changed:
            tries.append(("tekst", text))
        tries += loosened(text, self.index.lexicon)
        seen = {reading.text if reading is not None else text}
        for how, words in tries:
            if not words.strip() or words in seen:
                continue
            seen.add(words)
            result = self._words(query, words, filters, allowed, None)
            if result.total:
                result.fallback = how
                result.message = FALLBACK_MESSAGE
                result.suggestion = None
                return result
        return None

    def _preferred(self, query: Query, reading: Reading, filters: Mapping[str, frozenset[str]],
                   allowed: int | None) -> SearchResult:
        """A query read entirely as roles, phases or legal references: the pages it prefers,
        the best first (see `QueryReader.listing`)."""
        bits = self._facets()
        ranked = self._reader().listing(reading)
        if allowed is not None:
            flags = bits.flags(allowed)
            ranked = [(p, s) for p, s in ranked
                      if (o := bits.ordinal.get(p)) is not None and flags[o >> 3] >> (o & 7) & 1]
        matched = bits.of(p for p, _s in self._reader().listing(reading))
        if reading.subject and ranked:
            ranked = self._by_subject(ranked, reading.subject)
        limit = query.limit if query.limit is not None else len(ranked)
        best = ranked[0][1] if ranked else 0.0
        return SearchResult(query, [self._plain_hit(p, s) for p, s in ranked[:limit]], len(ranked),
                            bits.counts(matched, filters),
                            strong=sum(1 for _p, s in ranked if s >= best * STRONG_SHARE))

    def _by_subject(self, ranked: list[tuple[str, float]], subject: list[str]) -> list[tuple[str, float]]:
        """A listing re-ranked by what its job titles are about: each page's score for the
        subject's words (as a share of the best) raises it up to `SUBJECT_BOOST` times more."""
        searcher = self._searcher()
        plan = QueryPlanner(self.site, self.synonyms, self._analyzer(), self.index.lexicon).plan(
            " ".join(subject), searcher)
        docnums = searcher.docnums
        only = {d for p, _s in ranked if (d := docnums.get(p)) is not None}
        scores: dict[int, float] = {}
        for group in plan.groups[: plan.word_groups]:
            for doc, score in searcher.score_group(group, only=only).items():
                scores[doc] = scores.get(doc, 0.0) + score
        top = max(scores.values(), default=0.0)
        if top <= 0:
            return ranked
        out = [(p, s * (1 + SUBJECT_BOOST * scores.get(docnums.get(p, -1), 0.0) / top)) for p, s in ranked]
        out.sort(key=lambda x: (-x[1], x[0]))
        return out

    def _words(self, query: Query, text: str, filters: Mapping[str, frozenset[str]], allowed: int | None,
               reading: Reading | None) -> SearchResult:
        """The query's text searched as words (with the preferences of `reading`, if any)."""
        bits = self._facets()
        searcher = self._searcher()
        plan = QueryPlanner(self.site, self.synonyms, self._analyzer(), self.index.lexicon).plan(
            text, searcher, by_information=reading is not None and reading.asks,
            whole=reading.query if reading is not None and reading.asks and reading.changed else None)
        if plan.empty_reason:
            result = self._browse(query, filters, allowed)
            result.hits, result.total = [], 0
            result.facets = bits.counts(0, filters)
            result.message = plan.empty_reason
            return result
        # the re-ranking reorders a pool of the best candidates; the bonus groups (the whole
        # query as a phrase or a name) are scored over that pool only
        pool, total, matched, group_sets = self._pool(query, plan, searcher, bits, allowed)
        shortlist = set(pool)
        for group in plan.groups[plan.word_groups:]:
            for doc, score in searcher.score_group(group, only=shortlist).items():
                pool[doc] += score
        shares = coverage(plan, group_sets, searcher.doc_count(), shortlist)
        paths = searcher.paths
        ranked = rerank(self.site, [(paths[d], s) for d, s in pool.items()], plan,
                        {paths[d]: c for d, c in shares.items()})
        if (reading is not None and reading.asks and not reading.refs and reading.kind is None
                and reading.question != "hulpmiddel" and ranked):
            # a question: the pages linked to its best answers answer it too (`spread`)
            ranked = spread(self.site, ranked)
        if reading is not None and (reading.preferred or reading.question or reading.kind):
            ranked, added = self._reader().prefer(reading, ranked, allowed_paths=self._allowed_paths(allowed))
            total += added
            matched |= bits.of(p for p, _s in ranked)
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
            strong=sum(1 for _p, s in ranked if s >= ranked[0][1] * STRONG_SHARE) if ranked else 0,
        )
        if total == 0:
            result.message = "Geen resultaten" + (
                f". Bedoelde je: {plan.suggestion}?" if plan.suggestion else "."
            )
        return result

    def _pool(self, query: Query, plan: Plan, searcher: backend.Searcher, bits: FacetBits, allowed: int | None
              ) -> tuple[dict[int, float], int, int, Sequence[Matches]]:
        """The best candidates by the word groups' summed score (the re-ranking pool: all of
        them without a limit), how many candidates pass the filters, the matched pages (a
        bitmap over the facet ordinals) and what each word group matches (for `coverage`)."""
        ordinals = self._ordinals(searcher, bits)
        groups = plan.groups[: plan.word_groups]
        pool_size = None if query.limit is None else max(WEIGHTS.rerank_pool,
                                                          query.limit * WEIGHTS.rerank_pool_per_hit)
        if pool_size is not None and self.prune:  # the best pool_size, pruned (`reader.search.topk`)
            top = self._pruner(searcher, bits, ordinals).top([searcher.summands(g) for g in groups],
                                                             allowed, pool_size)
            return top.pool, top.total, top.matched, top.groups
        # exhaustive: score every word group over its posting lists; a page matches when
        # it matches any
        word_scores = [searcher.score_group(g) for g in groups]
        totals: dict[int, float] = dict(word_scores[0]) if word_scores else {}
        for scores in word_scores[1:]:
            get = totals.get
            for doc, score in scores.items():
                totals[doc] = get(doc, 0.0) + score
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
        best = candidates if pool_size is None else heapq.nlargest(pool_size, candidates)
        pool = {-negdoc: score for score, negdoc in best}
        return pool, len(candidates), int.from_bytes(seen, "little"), word_scores

    def _pruner(self, searcher: backend.Searcher, bits: FacetBits, ordinals: array) -> Pruner:
        cached = self._pruners.get(searcher)
        if cached is not None and cached[0] is bits:
            return cached[1]
        pruner = Pruner(ordinals, bits.size)
        self._pruners[searcher] = (bits, pruner)
        return pruner

    def _allowed_paths(self, allowed: int | None) -> set[str] | None:
        """The paths passing the filters (None: no filter)."""
        if allowed is None:
            return None
        bits = self._facets()
        return {p.path for p in bits.listed(allowed, None)}

    def _browse(self, query: Query, filters: Mapping[str, frozenset[str]], allowed: int | None) -> SearchResult:
        bits = self._facets()
        chosen = bits.all if allowed is None else allowed
        pages = bits.listed(chosen, query.limit)
        hits = [self._plain_hit(p.path, 0.0) for p in pages]
        return SearchResult(query, hits, chosen.bit_count(), bits.counts(bits.all, filters))

    def _analyzer(self) -> Analyzer:
        assert self.index.analyzer is not None
        return self.index.analyzer

    # ---------------------------------------------------------------- hits
    def _plain_hit(self, path: str, score: float) -> Hit:
        """A hit whose snippet is the page's summary (cached per file version)."""
        page = self.site.pages[path]
        key = (path, page.mtime_ns, page.size)
        snippet = self._summaries.get(key)
        if snippet is None:
            snippet = self._summaries[key] = summary_snippet(page)
        return Hit(path, page.title, str(page.kind), score, snippet)

    def _hit(self, path: str, score: float, plan: Plan, searcher: backend.Searcher) -> Hit:
        page = self.site.pages[path]
        text = searcher.text(path)
        snippet, spans = make_snippet(text, self._analyzer(), plan.stems, plan.exact, keys_of=plan.word_keys)
        if not snippet:
            snippet = summary_snippet(page)
        return Hit(path, page.title, str(page.kind), score, snippet, spans)

