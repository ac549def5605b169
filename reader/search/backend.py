"""The Whoosh adapter: the only module that imports `whoosh`.

Whoosh stores and scores; all language work happens in `reader.search.analysis`, so the
schema below uses only Whoosh's own space-separated tokenizer. That keeps custom classes
out of the pickled schema (a renamed module can never make an index unopenable) and lets
the analysis change freely: the engine stamps `SCHEMA_VERSION` + the analysis version in
its manifest and rebuilds when either changes.

The engine speaks to this module in plain data: documents are dicts of strings, queries
are small tuples (`Clause`), results are (path, score) pairs.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from functools import lru_cache

SCHEMA_VERSION = 6
INDEX_NAME = "pages"
#: Memory (MB) the writer may use to sort postings before it spills to temporary files.
WRITER_MB = 64
#: Errors that mean "this index cannot be used; rebuild it from the Markdown": opening a
#: damaged index can raise nearly anything (EmptyIndexError, EOFError, unpickling errors).
OPEN_ERRORS: tuple[type[BaseException], ...] = (Exception,)

# Whoosh is imported on first use, not with this module: importing it takes ~0.1 s, which
# the window's first paint does not need (the browse list comes from the content alone).


@lru_cache(maxsize=1)
def _stemmer() -> object:
    from whoosh.lang.snowball.dutch import DutchStemmer

    return DutchStemmer()


def dutch_stem(word: str) -> str:
    """Snowball's Dutch stem of a folded word."""
    return _stemmer().stem(word)  # type: ignore[attr-defined]


def _terms_field(*, phrase: bool = True) -> object:
    from whoosh.analysis import SpaceSeparatedTokenizer
    from whoosh.fields import TEXT

    return TEXT(analyzer=SpaceSeparatedTokenizer(), phrase=phrase)


def make_schema() -> object:
    from whoosh.fields import ID, STORED, Schema

    return Schema(
        path=ID(stored=True, unique=True),
        kind=ID(stored=True),
        title=_terms_field(),  # stemmed title terms
        ident=_terms_field(),  # id and file-name words, folded
        ident_parts=_terms_field(phrase=False),  # parts of compound file-name words, folded
        body=_terms_field(),  # stemmed body words
        parts=_terms_field(phrase=False),  # stemmed parts of compound words, title and body
        display_title=STORED(),
        text=STORED(),  # plain text, for snippets
    )


@dataclass(frozen=True)
class Clause:
    """One scored piece of a query: a term, or a phrase when `terms` has several words."""

    field: str
    terms: tuple[str, ...]
    boost: float = 1.0


def _to_whoosh(clause: Clause) -> object:
    from whoosh import query as wq

    if len(clause.terms) == 1:
        return wq.Term(clause.field, clause.terms[0], boost=clause.boost)
    return wq.Phrase(clause.field, list(clause.terms), slop=3, boost=clause.boost)


class Store:
    """An index on disk (or in memory), opened or created."""

    def __init__(self, folder: Path | None) -> None:
        from whoosh.filedb.filestore import FileStorage, RamStorage

        self.folder = folder
        if folder is None:
            self._storage = RamStorage()
        else:
            folder.mkdir(parents=True, exist_ok=True)
            self._storage = FileStorage(str(folder))
        self._index: object | None = None
        self._lock = threading.Lock()

    def exists(self) -> bool:
        return self._storage.index_exists(INDEX_NAME)

    def create(self) -> None:
        self._index = self._storage.create_index(make_schema(), indexname=INDEX_NAME)

    def open(self) -> None:
        """Open the existing index; raises one of `OPEN_ERRORS` when it is damaged."""
        ix = self._storage.open_index(INDEX_NAME)
        with ix.searcher() as s:  # touch the segments so damage shows now, not later
            reader = s.reader()
            if reader.doc_count():
                for num in (0, reader.doc_count_all() - 1):
                    if not reader.is_deleted(num):
                        reader.stored_fields(num)
        self._index = ix

    def stored_fields(self, paths: Iterable[str] | None = None) -> list[dict[str, str]]:
        """The stored fields of the documents with these paths (of all, when None)."""
        with self.index.searcher() as s:
            if paths is None:
                return [dict(f) for f in s.reader().all_stored_fields()]
            out = []
            for path in paths:
                num = s.document_number(path=path)
                if num is not None:
                    out.append(dict(s.stored_fields(num)))
            return out

    @property
    def index(self) -> object:
        if self._index is None:
            raise RuntimeError("index not opened")
        return self._index

    def write(self, add: Iterable[dict[str, str]], delete: Iterable[str] = (), *, fresh: bool = False) -> None:
        """Add or replace documents (by `path`) and delete paths, in one commit.
        `fresh`: the index is new, so documents are added without looking for old ones."""
        from whoosh.codec.whoosh3 import W3Codec

        with self._lock:
            # postings blocks are left uncompressed: zlib on every term's block cost a
            # sixth of the build, for an index that stays small on disk anyway
            writer = self.index.writer(limitmb=WRITER_MB, codec=W3Codec(compression=0))
            try:
                for path in delete:
                    writer.delete_by_term("path", path)
                put = writer.add_document if fresh else writer.update_document
                for doc in add:
                    put(**doc)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()

    def searcher(self) -> Searcher:
        from whoosh import scoring

        return Searcher(self.index.searcher(weighting=scoring.BM25F(B=0.6, K1=1.2)))

    def close(self) -> None:
        if self._index is not None:
            with contextlib.suppress(Exception):
                self._index.close()
        self._index = None


class Searcher:
    """One open view of the index. Not thread-safe: one per thread."""

    def __init__(self, searcher: object) -> None:
        self._s = searcher
        self._reader = self._s.reader()  # type: ignore[attr-defined]

    def close(self) -> None:
        self._s.close()  # type: ignore[attr-defined]

    @cached_property
    def paths(self) -> dict[int, str]:
        return {num: fields["path"] for num, fields in self._reader.iter_docs()}

    @cached_property
    def docnums(self) -> dict[str, int]:
        return {p: n for n, p in self.paths.items()}

    def stored(self, path: str) -> dict[str, str]:
        num = self.docnums.get(path)
        return dict(self._reader.stored_fields(num)) if num is not None else {}

    def doc_count(self) -> int:
        return self._reader.doc_count()

    def doc_frequency(self, field: str, term: str) -> int:
        try:
            return self._reader.doc_frequency(field, term)
        except Exception:
            return 0

    def _term_docs(self, field: str, term: str) -> frozenset[int]:
        key = (field, term)
        cached = self._postings.get(key)
        if cached is None:
            try:
                cached = frozenset(self._reader.postings(field, term).all_ids())
            except Exception:  # the term is not in the index
                cached = frozenset()
            self._postings[key] = cached
        return cached

    @cached_property
    def _postings(self) -> dict[tuple[str, str], frozenset[int]]:
        return {}

    def matching(self, clauses: Sequence[Clause]) -> set[str]:
        """Paths of the documents matching any clause (no scoring).

        Single terms are read straight from their posting lists (cached per searcher, so
        the words of a query being typed are read once); phrases go through a query."""
        if not clauses:
            return set()
        docs: set[int] = set()
        phrases = []
        for clause in clauses:
            if len(clause.terms) == 1:
                docs |= self._term_docs(clause.field, clause.terms[0])
            else:
                phrases.append(clause)
        if phrases:
            from whoosh import query as wq

            q = wq.Or([_to_whoosh(c) for c in phrases])
            docs.update(self._s.docs_for_query(q))  # type: ignore[attr-defined]
        paths = self.paths
        return {paths[n] for n in docs if n in paths}

    def search(
        self,
        groups: Sequence[Sequence[Clause]],
        *,
        allowed: set[str] | None = None,
        limit: int | None = None,
    ) -> list[tuple[str, float]]:
        """Documents matching any group, best first; several groups add up with a bonus."""
        from whoosh import query as wq

        parts = [wq.Or([_to_whoosh(c) for c in group]) for group in groups if group]
        if not parts:
            return []
        q = parts[0] if len(parts) == 1 else wq.Or(parts)
        filt = None
        if allowed is not None:
            filt = {self.docnums[p] for p in allowed if p in self.docnums}
            if not filt:
                return []
        results = self._s.search(q, limit=limit, filter=filt)  # type: ignore[attr-defined]
        return [(self.paths[hit.docnum], float(hit.score)) for hit in results]


def open_store(folder: Path | None) -> Store:
    return Store(folder)
