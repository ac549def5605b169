"""The yardsticks every figure is divided by, measured in the same run.

* `read_parse_floor`: reading + parsing the same Markdown files (bytes -> `Page`, front
  matter included) with the app's own loader, and nothing else: the least any index build
  has to do.
* `Fts5`: SQLite FTS5 (Python's sqlite3) indexing the same plain text the engine indexes,
  and answering the same queries with the same extras: filters, facet counts from
  in-memory sets, 10 snippets, prefix terms, and close spellings from its vocabulary.
* `markdown_floor`: bare Python-Markdown with the extensions the site uses, on a body.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from rapidfuzz.distance import OSA

from reader.content import Page, Site
from reader.content.loader import iter_files, parse_page

WORD = re.compile(r"\w+", re.U)
FACETS = ("rol", "fase", "onderwerp", "soort")


def read_parse_floor(root: Path) -> int:
    """Read and parse every Markdown file under root; returns the number of pages."""
    problems: list = []
    n = 0
    for source in iter_files(root, problems):
        if source.rel.endswith(".md"):
            parse_page(source, source.path.read_bytes(), problems)
            n += 1
    return n


MARKDOWN_EXTENSIONS = [
    "tables", "admonition", "attr_list", "abbr", "md_in_html", "footnotes", "toc",
    "pymdownx.details", "pymdownx.superfences",
]


def markdown_floor(body: str) -> str:
    import markdown

    return markdown.markdown(body, extensions=MARKDOWN_EXTENSIONS)


class Fts5:
    """An FTS5 index of a site's plain text, with the engine's query extras."""

    def __init__(self, db_path: Path | str = ":memory:") -> None:
        self.db_path = str(db_path)
        self.con: sqlite3.Connection | None = None
        self.paths: list[str] = []
        self.members: dict[tuple[str, str], frozenset[int]] = {}
        self.values: dict[str, list[str]] = {}

    # ------------------------------------------------------------------ build
    def build(self, docs: Iterable[tuple[str, str, str]]) -> None:
        """Index (path, title, text) triples in one transaction."""
        if self.db_path != ":memory:":
            Path(self.db_path).unlink(missing_ok=True)
        con = sqlite3.connect(self.db_path)
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, title, body, "
            "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        )
        con.execute("CREATE VIRTUAL TABLE vocab USING fts5vocab(docs, 'row')")
        with con:
            con.executemany("INSERT INTO docs(path, title, body) VALUES (?, ?, ?)", docs)
        self.con = con
        self.paths = [""] + [p for (p,) in con.execute("SELECT path FROM docs ORDER BY rowid")]

    def set_facets(self, site: Site) -> None:
        """Per-value row sets, like the engine's in-memory facet sets."""
        rowid = {p: i for i, p in enumerate(self.paths) if p}
        members: dict[tuple[str, str], set[int]] = {}
        for path, page in site.pages.items():
            n = rowid.get(path)
            if n is None:
                continue
            for facet in FACETS:
                for value in page.facet_values(facet):
                    members.setdefault((facet, value), set()).add(n)
        self.members = {k: frozenset(v) for k, v in members.items()}
        self.values = {f: sorted({v for (g, v) in self.members if g == f}) for f in FACETS}

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    # ------------------------------------------------------------------ query
    def _expand(self, word: str) -> list[str]:
        """A word as typed, or its close spellings when the vocabulary lacks it."""
        assert self.con is not None
        if self.con.execute("SELECT 1 FROM vocab WHERE term = ?", (word,)).fetchone():
            return [word]
        if len(word) < 4:
            return [word]
        lo = word[:2]
        hi = lo[:-1] + chr(ord(lo[-1]) + 1)
        close = [t for (t,) in self.con.execute(
            "SELECT term FROM vocab WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?",
            (lo, hi, len(word) - 2, len(word) + 2)) if OSA.distance(word, t, score_cutoff=2) <= 2]
        return close[:8] or [word]

    def match_expr(self, text: str, *, prefix_last: bool, fuzzy: bool) -> str | None:
        words = [w.lower() for w in WORD.findall(text)]
        if not words:
            return None
        parts = []
        for i, w in enumerate(words):
            if prefix_last and i == len(words) - 1:
                parts.append(f'"{w}"*')
            elif fuzzy:
                parts.append("(" + " OR ".join(f'"{t}"' for t in self._expand(w)) + ")")
            else:
                parts.append(f'"{w}"')
        return " OR ".join(parts)

    def _allowed(self, filters: Mapping[str, frozenset[str]], skip: str | None = None) -> set[int] | None:
        allowed: set[int] | None = None
        for facet, values in filters.items():
            if facet == skip or not values:
                continue
            union: set[int] = set()
            for v in values:
                union |= self.members.get((facet, v), frozenset())
            allowed = union if allowed is None else allowed & union
        return allowed

    def search(self, text: str, filters: Mapping[str, frozenset[str]], *, prefix_last: bool = False,
               fuzzy: bool = False, limit: int = 10) -> tuple[list[tuple[str, str]], dict[str, dict[str, int]]]:
        """(hits as (path, snippet), facet counts) for a query with filters."""
        assert self.con is not None
        expr = self.match_expr(text, prefix_last=prefix_last, fuzzy=fuzzy)
        if expr is None:
            return [], {}
        # every match in BM25 order (computed in C), then snippets for the page shown only:
        # asking for snippet() in the ranking query would make one for every match
        ranked = [r for (r,) in self.con.execute(
            "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank", (expr,))]
        matched = set(ranked)
        allowed = self._allowed(filters)
        top = [r for r in ranked if allowed is None or r in allowed][:limit]
        rows: list[tuple[int, str]] = []
        if top:
            marks = ",".join("?" * len(top))
            found = dict(self.con.execute(
                f"SELECT rowid, snippet(docs, 2, '[', ']', '…', 28) FROM docs WHERE docs MATCH ? "
                f"AND rowid IN ({marks})", (expr, *top)).fetchall())
            rows = [(r, found.get(r, "")) for r in top]
        counts: dict[str, dict[str, int]] = {}
        for facet in FACETS:
            others = self._allowed(filters, skip=facet)
            base = matched if others is None else matched & others
            counts[facet] = {v: len(base & self.members[(facet, v)]) for v in self.values[facet]}
        return [(self.paths[r], s) for r, s in rows], counts


def fts5_docs(site: Site, text_of) -> list[tuple[str, str, str]]:
    """(path, title, plain text) of every page, in path order: what FTS5 indexes."""
    return [(p.path, p.title, text_of(p)) for p in sorted(site.pages.values(), key=lambda p: p.path)]


def page_sizes(pages: Iterable[Page]) -> list[int]:
    return sorted(p.size for p in pages)


class Tantivy:
    """tantivy (Rust, through its Python binding; the `bench` extra) indexing the same plain
    text in a folder of its own, answering the same query texts: words OR-ed over title
    (boosted) and body, the last word as a prefix while typing, close spellings (edit
    distance 2, a swap counting once) for misspelt words, filters as term-set clauses that
    must match, the exact number of matches and the top 10 by BM25. `search(...,
    extras=True)` adds what the engine also returns: facet counts (a terms aggregation per
    facet, with the other filters) and snippets of the hits.

    Not an engine of the app: the yardstick the issue measures the query latency against."""

    TITLE_BOOST = 2.0

    def __init__(self, folder: Path) -> None:
        import tantivy

        self.tantivy = tantivy
        self.folder = folder
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("path", stored=True, tokenizer_name="raw")
        builder.add_text_field("title", stored=True)
        builder.add_text_field("body", stored=True)
        for facet in FACETS:
            builder.add_text_field(facet, tokenizer_name="raw", fast=True)
        self.schema = builder.build()
        self.index: Any = None
        self.searcher: Any = None
        self.facet_values: dict[str, list[str]] = {}

    @staticmethod
    def available() -> str | None:
        """None when tantivy can be imported, else why not."""
        try:
            import tantivy  # noqa: F401
        except ImportError as exc:
            return f"tantivy is not installed ({exc}); `pip install -e '.[bench]'` adds it"
        return None

    def build(self, site: Site, text_of) -> None:
        """Index every page of `site` (its plain text as `text_of` gives it) in one commit."""
        import shutil

        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        self.index = self.tantivy.Index(self.schema, path=str(self.folder))
        writer = self.index.writer(heap_size=256_000_000)
        values: dict[str, set[str]] = {f: set() for f in FACETS}
        for page in sorted(site.pages.values(), key=lambda p: p.path):
            doc = self.tantivy.Document(path=page.path, title=page.title, body=text_of(page))
            for facet in FACETS:
                for value in page.facet_values(facet):
                    doc.add_text(facet, value)
                    values[facet].add(value)
            writer.add_document(doc)
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()
        self.facet_values = {f: sorted(v) for f, v in values.items()}

    def _text_query(self, text: str, *, prefix_last: bool, fuzzy: bool) -> Any | None:
        t = self.tantivy
        words = [w.lower() for w in WORD.findall(text)]
        if not words:
            return None
        clauses = []
        for i, word in enumerate(words):
            for field, boost in (("title", self.TITLE_BOOST), ("body", 1.0)):
                if prefix_last and i == len(words) - 1:
                    q = t.Query.phrase_prefix_query(self.schema, field, [word])
                elif fuzzy and len(word) >= 4:
                    q = t.Query.fuzzy_term_query(self.schema, field, word, distance=2,
                                                 transposition_cost_one=True)
                else:
                    q = t.Query.term_query(self.schema, field, word)
                clauses.append((t.Occur.Should, t.Query.boost_query(q, boost) if boost != 1.0 else q))
        return t.Query.boolean_query(clauses)

    def _filtered(self, query: Any, filters: Mapping[str, frozenset[str]], skip: str | None = None) -> Any:
        t = self.tantivy
        musts = [(t.Occur.Must, t.Query.term_set_query(self.schema, facet, sorted(values)))
                 for facet, values in filters.items() if values and facet != skip and facet in FACETS]
        return t.Query.boolean_query([(t.Occur.Must, query), *musts]) if musts else query

    def search(self, text: str, filters: Mapping[str, frozenset[str]], *, prefix_last: bool = False,
               fuzzy: bool = False, limit: int = 10, extras: bool = False
               ) -> tuple[list[tuple[str, float]], int, dict[str, dict[str, int]]]:
        """(top hits as (path, score), number of matches, facet counts when `extras`)."""
        t = self.tantivy
        query = self._text_query(text, prefix_last=prefix_last, fuzzy=fuzzy)
        if query is None:
            return [], 0, {}
        searcher = self.searcher
        result = searcher.search(self._filtered(query, filters), limit=limit, count=True)
        hits = []
        for score, address in result.hits:
            hits.append((searcher.doc(address)["path"][0], score))
        counts: dict[str, dict[str, int]] = {}
        if extras:
            generator = t.SnippetGenerator.create(searcher, query, self.schema, "body")
            for _score, address in result.hits:
                generator.snippet_from_doc(searcher.doc(address)).fragment()
            for facet in FACETS:
                agg = searcher.aggregate(self._filtered(query, filters, skip=facet),
                                         {"v": {"terms": {"field": facet, "size": 1000}}})
                counts[facet] = {b["key"]: b["doc_count"] for b in agg["v"]["buckets"]}
        return hits, result.count, counts
