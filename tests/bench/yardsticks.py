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
