"""The Whoosh adapter: the only module that imports `whoosh`.

Whoosh stores; we score. All language work happens in `reader.search.analysis`, so the
schema below uses only Whoosh's own space-separated tokenizer, and documents arrive with
their text fields as lists of terms, which Whoosh's public `add_document` indexes as they
are. The engine stamps `SCHEMA_VERSION` + the analysis version in its manifest and
rebuilds when either changes.

Only Whoosh's public API and extension points are used (`tests/test_search_ground.py`
checks it): postings are stored by a codec of ours (`ArrayCodec`: Whoosh's W3 codec with
`postings_writer`/`postings_reader` overridden) as packed arrays that `Searcher` reads a
term at a time and scores with its own BM25; the parallel build commits part indexes
with Whoosh's writer and joins their segments under one public `TOC`. The codec class is
pickled with each segment: renaming this module makes old indexes unopenable, which the
caller treats as "rebuild" (as any error on opening).

The engine speaks to this module in plain data: documents are dicts of strings, queries
are small tuples (`Clause`), results are (path, score) pairs.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import struct
import sys
import tempfile
import threading
import uuid
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from reader.search.analysis import dutch_stem  # noqa: F401  (once Whoosh's stemmer; still importable here)

SCHEMA_VERSION = 8  # 8: postings in our codec (ArrayCodec)
INDEX_NAME = "pages"
#: Memory (MB) Whoosh's posting pool may use before it spills to temporary files (by its
#: own estimate, ~200 bytes a posting). Spilling pickles every posting out and back in: at
#: 64 MB half of a 3,000-page build's time. Updates use the small figure; full builds (in
#: this process or in each worker of a parallel one) the large one, which keeps a
#: 15,000-page share in memory.
WRITER_MB = 64
BUILD_WRITER_MB = 1024

# Whoosh is imported on first use, not with this module: importing it takes ~0.1 s, which
# the window's first paint does not need (the browse list comes from the content alone).
# Whoosh has no type hints: its objects (schemas, indexes, writers, readers, matchers) are
# annotated `Any` here.


def _terms_field(*, phrase: bool = True) -> Any:
    from whoosh.analysis import SpaceSeparatedTokenizer
    from whoosh.fields import TEXT

    return TEXT(analyzer=SpaceSeparatedTokenizer(), phrase=phrase)


def make_schema() -> Any:
    from whoosh.fields import ID, STORED, Schema

    return Schema(
        path=ID(stored=True, unique=True, sortable=True),  # sortable: a column, read whole
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


def _codec() -> Any:
    """The codec every writer of our index uses (see `ArrayCodec`)."""
    return _codec_classes()[0]()


def add_terms_document(writer: Any, doc: dict[str, object]) -> None:
    """Add a document whose text fields are lists of terms (already analysed).

    Whoosh's `add_document` takes a list for a text field and indexes its items as they
    are, without running the analyzer (its documented behaviour), so this is the plain
    public call."""
    writer.add_document(**doc)


# ---------------------------------------------------------------- our codec
#
# Whoosh's own posting format (blocks of pickled tuples) makes reading a term's postings
# a matter of one Python call per posting. `ArrayCodec` stores each term's postings as
# packed arrays instead, through the codec extension points Whoosh offers for this
# (`Codec.postings_writer` / `Codec.postings_reader`); the term table, stored fields,
# columns and the rest stay Whoosh's own W3 format. The matcher it returns is a full
# Whoosh `Matcher` (so Whoosh's queries, highlighting and collectors work on it), plus
# `arrays()`, which hands `Searcher` a term's document numbers, frequencies and field
# lengths at once.
#
# A term's record in the postings file (all arrays little-endian):
#   MAGIC, n (uint32), ids (n x uint32), weights (n x float32),
#   lengths (n x uint8: the document's field length as Whoosh quantises it),
#   value ends ((n) x uint32, offsets into the values), values (the format's bytes)

_MAGIC = b"AkP1"
_HEAD = struct.Struct("<4sI")
_ONE_POSTING = struct.Struct("<4sIIfBI")  # a record of one posting: head, id, weight, length, value end
_BIG_ENDIAN = sys.byteorder == "big"


def _packed(typecode: str, values: Iterable[float]) -> bytes:
    a = array(typecode, values)
    if _BIG_ENDIAN:
        a.byteswap()
    return a.tobytes()


def _unpacked(typecode: str, data: bytes) -> array:
    a = array(typecode)
    a.frombytes(data)
    if _BIG_ENDIAN:
        a.byteswap()
    return a


def _codec_classes() -> tuple[Any, Any, Any]:
    """(codec, postings writer, matcher) classes: defined on first use, so that importing
    this module does not import Whoosh."""
    global _CLASSES
    if _CLASSES is not None:
        return _CLASSES
    from whoosh.codec.base import PostingsWriter
    from whoosh.codec.whoosh3 import W3Codec, W3TermInfo
    from whoosh.matching import LeafMatcher, ReadTooFar
    from whoosh.util.numeric import byte_to_length, length_to_byte

    class ArrayPostingsWriter(PostingsWriter):
        """Writes each term's postings as one record of packed arrays (see above)."""

        def __init__(self, postfile: Any) -> None:
            self.postfile = postfile
            self.ids: list[int] = []
            self.weights: list[float] = []
            self.lengths: list[int] = []
            self.values: list[bytes] = []
            self.format: Any = None
            self.count = 0

        def start_postings(self, format_: Any, terminfo: Any) -> None:
            self.format = format_
            self.ids, self.weights, self.lengths, self.values = [], [], [], []

        def add_posting(self, id_: int, weight: float, vbytes: bytes, length: int | None = None) -> None:
            self.ids.append(id_)
            self.weights.append(weight)
            self.lengths.append(length or 0)
            self.values.append(vbytes or b"")

        def finish_postings(self) -> Any:
            ids, weights, lengths, values = self.ids, self.weights, self.lengths, self.values
            n = len(ids)
            if n == 1:  # most terms: the same record, packed at once
                record = _ONE_POSTING.pack(_MAGIC, 1, ids[0], weights[0], length_to_byte(lengths[0]),
                                           len(values[0])) + values[0]
            else:
                ends = list(itertools.accumulate(map(len, values)))
                record = b"".join((
                    _HEAD.pack(_MAGIC, n), _packed("I", ids), _packed("f", weights),
                    bytes(map(length_to_byte, lengths)), _packed("I", ends), b"".join(values),
                ))
            offset = self.postfile.tell()
            self.postfile.write(record)
            nonzero = [x for x in lengths if x]
            terminfo = W3TermInfo(
                weight=float(sum(weights)), df=n, minlength=min(nonzero) if nonzero else None,
                maxlength=max(lengths) if lengths else 0, maxweight=float(max(weights)) if weights else 0.0,
                minid=ids[0] if ids else None, maxid=ids[-1] if ids else 0,
            )
            terminfo.set_extent(offset, len(record))
            self.count += 1
            return terminfo

        def written(self) -> bool:
            return self.count > 0

    class ArrayMatcher(LeafMatcher):
        """The postings of one term, read whole from an `ArrayPostingsWriter` record."""

        def __init__(self, ids: array, weights: array, lengths: bytes, ends: array, values: bytes,
                     format_: Any, term: Any = None, scorer: Any = None, position: int = 0) -> None:
            self.ids = ids
            self.weights = weights
            self.lengths = lengths
            self.ends = ends
            self.values = values
            self.format = format_
            self.term_key = term
            self.scorer = scorer
            self.at = position
            # a format without values (Existence): Whoosh's matchers give None, not b""
            self.valueless = format_ is not None and format_.fixed_value_size() == 0

        @classmethod
        def read(cls, postfile: Any, offset: int, length: int, format_: Any, term: Any = None,
                 scorer: Any = None) -> ArrayMatcher:
            data = postfile.get(offset, length)
            magic, n = _HEAD.unpack_from(data)
            if magic != _MAGIC:
                raise ValueError(f"not a postings record of ours at {offset}")
            at = _HEAD.size
            ids = _unpacked("I", data[at:at + 4 * n])
            at += 4 * n
            weights = _unpacked("f", data[at:at + 4 * n])
            at += 4 * n
            lengths = data[at:at + n]
            at += n
            ends = _unpacked("I", data[at:at + 4 * n])
            at += 4 * n
            return cls(ids, weights, lengths, ends, data[at:], format_, term, scorer)

        def arrays(self) -> tuple[array, array, bytes]:
            """(document numbers, weights (term frequencies), field lengths as Whoosh's
            length bytes) of all the postings, whatever the matcher's position."""
            return self.ids, self.weights, self.lengths

        def term(self) -> Any:
            return self.term_key

        def copy(self) -> ArrayMatcher:
            return ArrayMatcher(self.ids, self.weights, self.lengths, self.ends, self.values, self.format,
                                self.term_key, self.scorer, self.at)

        def is_active(self) -> bool:
            return self.at < len(self.ids)

        def reset(self) -> None:
            self.at = 0

        def id(self) -> int:
            return self.ids[self.at]

        def next(self) -> bool:
            if self.at >= len(self.ids):
                raise ReadTooFar
            self.at += 1
            return False

        def skip_to(self, id: int) -> bool:
            if self.at >= len(self.ids):
                raise ReadTooFar
            if id > self.ids[self.at]:
                self.at = bisect_left(self.ids, id, self.at)
            return False

        def all_ids(self) -> Iterator[int]:
            return iter(self.ids[self.at:])

        def weight(self) -> float:
            return self.weights[self.at]

        def value(self) -> bytes | None:
            if self.valueless:
                return None
            i = self.at
            return self.values[self.ends[i - 1] if i else 0:self.ends[i]]

        def all_items(self) -> Iterator[tuple[int, bytes | None]]:
            for i in range(self.at, len(self.ids)):
                yield self.ids[i], None if self.valueless else self.values[self.ends[i - 1] if i else 0:self.ends[i]]

        # the whole list is one block for Whoosh's block-quality (top-k) machinery
        def block_min_length(self) -> int:
            return byte_to_length(min(self.lengths)) if self.lengths else 0

        def block_max_length(self) -> int:
            return byte_to_length(max(self.lengths)) if self.lengths else 0

        def block_max_weight(self) -> float:
            return max(self.weights) if self.weights else 0.0

        def block_min_id(self) -> int:
            return self.ids[0]

        def block_max_id(self) -> int:
            return self.ids[-1]

        def skip_to_quality(self, minquality: float) -> int:
            if self.block_quality() <= minquality:
                self.at = len(self.ids)
                return 1
            return 0

    class ArrayCodec(W3Codec):
        """Whoosh's W3 codec (uncompressed), with the postings in our packed-array format."""

        def __init__(self) -> None:
            super().__init__(compression=0)

        def postings_writer(self, dbfile: Any, byteids: bool = False) -> Any:
            if byteids:  # term vectors (this schema keeps none): Whoosh's own
                return super().postings_writer(dbfile, byteids=byteids)
            return ArrayPostingsWriter(dbfile)

        def postings_reader(self, dbfile: Any, terminfo: Any, format_: Any, term: Any = None,
                            scorer: Any = None) -> Any:
            if terminfo.is_inlined():  # not written by ours
                return super().postings_reader(dbfile, terminfo, format_, term=term, scorer=scorer)
            offset, length = terminfo.extent()
            if isinstance(length, tuple):  # W3TermInfo.from_bytes gives the length as a 1-tuple
                (length,) = length
            return ArrayMatcher.read(dbfile, offset, length, format_, term=term, scorer=scorer)

    for cls in (ArrayPostingsWriter, ArrayMatcher, ArrayCodec):  # picklable by name (the codec is
        cls.__module__ = __name__  # stored with each segment)
        cls.__qualname__ = cls.__name__
        globals()[cls.__name__] = cls
    _CLASSES = (ArrayCodec, ArrayPostingsWriter, ArrayMatcher)
    return _CLASSES


_CLASSES: tuple[Any, Any, Any] | None = None


def __getattr__(name: str) -> object:
    """`ArrayCodec`, `ArrayPostingsWriter`, `ArrayMatcher` (made on first use; an index
    unpickling its segments asks for the codec by this name)."""
    if name in ("ArrayCodec", "ArrayPostingsWriter", "ArrayMatcher"):
        _codec_classes()
        return globals()[name]
    raise AttributeError(name)


class FileWatch:
    """Lists the files that the storages sharing it open, per thread, while `listing`: Whoosh
    leaves the files of a failed open or write (a damaged index, a full disk) to the garbage
    collector, and `close_files` closes them instead."""

    def __init__(self) -> None:
        self.local = threading.local()

    @contextlib.contextmanager
    def listing(self) -> Iterator[list[Any]]:
        """Within the block: the files this thread opens are listed in the list it yields."""
        outer = getattr(self.local, "files", None)
        files: list[Any] = [] if outer is None else outer
        self.local.files = files
        try:
            yield files
        finally:
            self.local.files = outer

    def note(self, file: Any) -> Any:
        files = getattr(self.local, "files", None)
        if files is not None:
            files.append(file)
        return file


def close_files(files: Iterable[Any]) -> None:
    """Close each of `files`, whatever state a failure left it in (already closed, a write
    buffer that cannot be flushed on a full disk: the file is closed all the same)."""
    for file in reversed(list(files)):
        with contextlib.suppress(Exception):
            file.close()


def _watched_file_storage(folder: Path, watch: FileWatch) -> Any:
    """A Whoosh `FileStorage` of `folder` whose files, and those of its temporary storages
    (the posting pool's runs, the column writer's compound file), are noted by `watch`.
    Files are read, not mapped: a mapped index counts as resident memory, and at 30k pages
    the searches touched 600 MB of it."""
    from whoosh.filedb.filestore import FileStorage

    class WatchedFileStorage(FileStorage):
        def create_file(self, name: str, *args: Any, **kwargs: Any) -> Any:
            return watch.note(super().create_file(name, *args, **kwargs))

        def open_file(self, name: str, *args: Any, **kwargs: Any) -> Any:
            return watch.note(super().open_file(name, *args, **kwargs))

        def temp_storage(self, name: str | None = None) -> Any:
            # as FileStorage's, but watched
            name = name or f"{uuid.uuid4().hex}.tmp"
            return _watched_file_storage(Path(self.folder) / name, watch).create()

    return WatchedFileStorage(str(folder), supports_mmap=False)


def ram_storage(watch: FileWatch | None = None) -> Any:
    """A Whoosh `RamStorage` whose writers spill to a temporary folder of their own (noted
    by `watch`): by default every in-memory index's writer uses `<tmp>/pages.tmp`, shared by
    all processes on the machine, and the first writer to finish deletes it under the others."""
    from whoosh.filedb.filestore import RamStorage

    spill_watch = watch or FileWatch()

    class PrivateTempRamStorage(RamStorage):
        def temp_storage(self, name: str | None = None) -> Any:  # name ignored: a random one
            folder = Path(tempfile.gettempdir()) / f"{uuid.uuid4().hex}.tmp"
            return _watched_file_storage(folder, spill_watch).create()

    return PrivateTempRamStorage()


def _abandon(writer: Any, files: Iterable[Any]) -> None:
    """Undo what a Whoosh writer that failed midway holds: its files (some still open for
    writing), its write lock and its temporary folder. `cancel` alone tries to finish the
    segment's files first, which on a full disk fails again and leaves everything open."""
    with contextlib.suppress(Exception):
        writer.cancel()
    close_files(files)
    if writer.writelock is not None:
        with contextlib.suppress(Exception):
            writer.writelock.release()
    with contextlib.suppress(Exception):
        writer.temp_storage().destroy()


def _writer(ix: Any, **kwargs: object) -> Any:
    """A Whoosh segment writer with our codec."""
    from whoosh.writing import SegmentWriter

    return SegmentWriter(ix, codec=_codec(), **kwargs)


def write_part(folder: Path, docs: Iterable[dict[str, object]]) -> None:
    """Write documents as a complete, committed index of their own in `folder` (new):
    one part of a build that several processes share. `Store.adopt_parts` makes the parts'
    segments one index."""
    watch = FileWatch()
    storage = _watched_file_storage(folder, watch)
    storage.create()
    with watch.listing() as files:
        ix = storage.create_index(make_schema(), indexname=INDEX_NAME)
        writer = _writer(ix, limitmb=BUILD_WRITER_MB)
        try:
            for doc in docs:
                writer.add_document(**doc)
            writer.commit(merge=False)
        except BaseException:
            _abandon(writer, files)
            raise
    ix.close()


class Store:
    """An index on disk (or in memory), opened or created."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._watch = FileWatch()
        if folder is None:
            self._storage = ram_storage(self._watch)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            self._storage = _watched_file_storage(folder, self._watch)
        self._index: Any | None = None
        self._lock = threading.Lock()

    def exists(self) -> bool:
        return self._storage.index_exists(INDEX_NAME)

    def create(self) -> None:
        self._index = self._storage.create_index(make_schema(), indexname=INDEX_NAME)

    def open(self) -> None:
        """Open the existing index. A damaged one can raise nearly anything (EmptyIndexError,
        EOFError, unpickling errors): the caller treats any exception as "rebuild it". Whoosh
        leaves the files it had opened by then to the garbage collector; they are closed here."""
        with self._watch.listing() as files:
            try:
                ix = self._storage.open_index(INDEX_NAME)
                with ix.searcher() as s:  # touch the segments so damage shows now, not later
                    reader = s.reader()
                    if reader.doc_count():
                        for num in (0, reader.doc_count_all() - 1):
                            if not reader.is_deleted(num):
                                reader.stored_fields(num)
            except BaseException:
                close_files(files)
                raise
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
    def index(self) -> Any:
        if self._index is None:
            raise RuntimeError("index not opened")
        return self._index

    def write(self, add: Iterable[dict[str, object]], delete: Iterable[str] = (), *, fresh: bool = False) -> None:
        """Add or replace documents (by `path`) and delete paths, in one commit.
        `fresh`: the index is new, so documents are added without looking for old ones."""
        with self._lock, self._watch.listing() as files:
            writer = _writer(self.index, limitmb=BUILD_WRITER_MB if fresh else WRITER_MB)
            try:
                for path in delete:
                    writer.delete_by_term("path", path)
                for doc in add:
                    if not fresh:  # replace: the path is the unique key
                        writer.delete_by_term("path", doc["path"])
                    add_terms_document(writer, doc)
                writer.commit()
            except BaseException:  # a full disk, a folder made read-only meanwhile, a bug
                _abandon(writer, files)
                raise

    def adopt_parts(self, parts: Sequence[Path]) -> None:
        """Make the segments of the part indexes that `write_part` wrote (in other
        processes, each in a folder of its own) this new, empty index, in one commit: each
        part's files move into this index's folder and a new table of contents (Whoosh's
        public `TOC`) lists all their segments."""
        import os

        from whoosh.filedb.filestore import FileStorage
        from whoosh.index import TOC

        if self.folder is None:
            raise ValueError("parts can only join an index on disk")
        with self._lock:
            segments = []
            for part in parts:
                toc = TOC.read(FileStorage(str(part)), INDEX_NAME)
                segments.extend(toc.segments)
                for name in os.listdir(part):
                    if not (name.endswith((".toc", ".lock")) or name.startswith("_")):
                        os.replace(part / name, self.folder / name)
            generation = self.index.latest_generation() + 1
            TOC(self.index.schema, segments, generation).write(self._storage, INDEX_NAME)
            self.close()
            self._index = self._storage.open_index(INDEX_NAME)

    def searcher(self) -> Searcher:
        return Searcher(self.index.searcher())

    def close(self) -> None:
        if self._index is not None:
            with contextlib.suppress(Exception):
                self._index.close()
        self._index = None


#: BM25 parameters (the same for every field): term-frequency saturation, length normalisation.
K1 = 1.2
B = 0.6
#: Phrase words may stand this many positions apart (1: side by side).
SLOP = 3
#: How many postings the per-searcher cache of scored terms may hold.
CACHE_POSTINGS = 3_000_000
#: How many pages' stored texts a searcher keeps, and snippets the words of (`snippets`):
#: the top hits of the last hundred queries.
TEXTS_KEPT = 1024


_LENGTHS: list[int] = []


def _length_table() -> list[int]:
    """Whoosh's length byte -> the (quantised) field length it stands for."""
    if not _LENGTHS:
        from whoosh.util.numeric import byte_to_length

        _LENGTHS.extend(byte_to_length(b) for b in range(256))
    return _LENGTHS


class Searcher:
    """One open view of the index, with BM25 scoring over its posting lists.

    Whoosh stores the postings (in `ArrayCodec`'s format); scoring is done here, term by
    term: each term's posting list is read once, whole (`ArrayMatcher.arrays`), and turned
    into per-document BM25 scores, which are cached for the life of the searcher. Typing a
    query re-uses the words already scored, and there is no per-posting matcher machinery,
    which made Whoosh's own search 5-10x slower on this kind of query (many OR-ed clauses
    per word). Not thread-safe: one per thread.
    """

    def __init__(self, searcher: Any) -> None:
        self._s = searcher
        self._reader = self._s.reader()
        self._leaves = self._reader.leaf_readers()
        self._scored: OrderedDict[tuple[str, str], tuple[array, array]] = OrderedDict()
        self._cached_postings = 0
        self._phrases: dict[tuple[str, tuple[str, ...]], dict[int, float]] = {}
        self._phrase_arrays: dict[tuple[str, tuple[str, ...]], tuple[array, array]] = {}
        self._texts: OrderedDict[str, str] = OrderedDict()  # path -> stored text, the last used

    def close(self) -> None:
        self._s.close()

    # ------------------------------------------------------------ documents
    @cached_property
    def paths(self) -> dict[int, str]:
        """Document number -> page path, for the live documents."""
        reader = self._reader
        column = reader.column_reader("path")
        deleted = reader.has_deletions()
        out: dict[int, str] = {}
        for num, value in enumerate(column):
            if value and not (deleted and reader.is_deleted(num)):
                out[num] = value.decode("utf-8") if isinstance(value, bytes) else value
        return out

    @cached_property
    def docnums(self) -> dict[str, int]:
        return {p: n for n, p in self.paths.items()}

    def stored(self, path: str) -> dict[str, str]:
        num = self.docnums.get(path)
        return dict(self._reader.stored_fields(num)) if num is not None else {}

    def text(self, path: str) -> str:
        """A page's stored plain text (what snippets are cut from); the last `TEXTS_KEPT`
        asked for are kept, as the top hits repeat while a query is typed."""
        texts = self._texts
        found = texts.get(path)
        if found is not None:
            texts.move_to_end(path)
            return found
        text = texts[path] = self.stored(path).get("text", "")
        if len(texts) > TEXTS_KEPT:
            texts.popitem(last=False)
        return text

    def doc_count(self) -> int:
        return self._reader.doc_count()

    def doc_frequency(self, field: str, term: str) -> int:
        return len(self._term(field, term)[0])

    # ------------------------------------------------------------ postings
    def _postings(self, field: str, term: str) -> tuple[array, array, list[int]]:
        """(document numbers, term frequencies, the documents' field lengths) of a term;
        empty when it is not indexed. Segments written with our codec hand over whole
        arrays (`ArrayMatcher.arrays`); any other matcher is read posting by posting."""
        from whoosh.matching import WrappingMatcher

        matcher_class = _codec_classes()[2]
        table = _length_table()
        ids = array("I")
        tfs = array("f")
        lengths: list[int] = []
        for leaf, offset in self._leaves:
            try:
                matcher = leaf.postings(field, term)
            except Exception:  # the term is not in this segment
                continue
            deleted = leaf.deleted_docs_set if leaf.has_deletions() else frozenset()
            # a segment with deleted documents wraps its matcher in a filter (`child`:
            # the matcher it wraps); the deleted documents are left out here instead
            inner = matcher.child if deleted and isinstance(matcher, WrappingMatcher) else matcher
            if isinstance(inner, matcher_class):
                block_ids, block_tfs, block_lengths = inner.arrays()
                if deleted:
                    kept = [i for i, d in enumerate(block_ids) if d not in deleted]
                    block_ids = array("I", [block_ids[i] for i in kept])
                    block_tfs = array("f", [block_tfs[i] for i in kept])
                    block_lengths = bytes([block_lengths[i] for i in kept])
                ids.extend(array("I", [d + offset for d in block_ids]) if offset else block_ids)
                tfs.extend(block_tfs)
                lengths.extend([table[b] for b in block_lengths])
            else:
                while matcher.is_active():
                    local = matcher.id()
                    ids.append(local + offset)
                    tfs.append(matcher.weight())
                    lengths.append(leaf.doc_field_length(local, field) or 0)
                    matcher.next()
        return ids, tfs, lengths

    def _term(self, field: str, term: str) -> tuple[array, array]:
        """(document numbers, BM25 scores) of a term in a field, cached."""
        key = (field, term)
        cached = self._scored.get(key)
        if cached is not None:
            self._scored.move_to_end(key)
            return cached
        ids, tfs, lengths = self._postings(field, term)
        scores = array("f")
        if ids:
            n_docs = max(1, self._reader.doc_count_all())
            avg = (self._reader.field_length(field) / n_docs) or 1.0
            idf = self._idf(field, term, len(ids))
            norm_b = K1 * B / avg
            norm_1 = K1 * (1 - B)
            k1 = K1 + 1
            scores = array("f", [
                idf * tf * k1 / (tf + norm_1 + norm_b * n) for tf, n in zip(tfs, lengths, strict=True)
            ])
        cached = (ids, scores)
        self._scored[key] = cached
        self._cached_postings += len(ids)
        while self._cached_postings > CACHE_POSTINGS and len(self._scored) > 1:
            _key, (old, _s) = self._scored.popitem(last=False)
            self._cached_postings -= len(old)
        return cached

    def _idf(self, field: str, term: str, live: int) -> float:
        """Whoosh's idf: document counts include deleted documents until segments merge."""
        try:
            df = self._reader.doc_frequency(field, term)
        except Exception:
            df = live
        return math.log(max(1, self._reader.doc_count_all()) / (df + 1)) + 1

    def _positions(self, field: str, term: str, docs: list[int]) -> dict[int, list[int]]:
        """Where a term stands in each of `docs` (sorted document numbers)."""
        out: dict[int, list[int]] = {}
        for leaf, offset in self._leaves:
            end = offset + leaf.doc_count_all()
            wanted = [d - offset for d in docs if offset <= d < end]
            if not wanted:
                continue
            try:
                matcher = leaf.postings(field, term)
            except Exception:
                continue
            for local in wanted:
                if not matcher.is_active():
                    break
                matcher.skip_to(local)
                if matcher.is_active() and matcher.id() == local:
                    out[local + offset] = matcher.value_as("positions")
        return out

    def _phrase(self, field: str, terms: tuple[str, ...], only: set[int] | None) -> dict[int, float]:
        """Documents where the terms stand in order (SLOP apart at most), scored by the sum
        of the terms' own scores there (as Whoosh scores a phrase)."""
        key = (field, terms)
        if only is None and key in self._phrases:
            return self._phrases[key]
        postings = [self._term(field, t) for t in terms]
        if any(not ids for ids, _ in postings):
            return {}
        candidates = set(postings[0][0])
        for ids, _ in postings[1:]:
            candidates.intersection_update(ids)
        if only is not None:
            candidates &= only
        docs = sorted(candidates)
        where = {t: self._positions(field, t, docs) for t in dict.fromkeys(terms)}
        term_scores = [
            dict(zip(ids, scores, strict=True)) if len(ids) < 4 * len(docs) else None for ids, scores in postings
        ]
        out: dict[int, float] = {}
        for doc in docs:
            if _phrase_count([where[t].get(doc, ()) for t in terms]):
                total = 0.0
                for i, (ids, scores) in enumerate(postings):
                    table = term_scores[i]
                    total += table[doc] if table is not None else scores[bisect_left(ids, doc)]
                out[doc] = total
        if only is None:
            if len(self._phrases) >= 512:  # a long session of typing: start over
                self._phrases.clear()
            self._phrases[key] = out
        return out

    # ------------------------------------------------------------ scoring
    def summands(self, group: Sequence[Clause]) -> list[Summand]:
        """The posting lists whose boosted scores make up a group's score, in the order
        `score_group` adds them up (for a document, the sum of its entries in this order,
        from 0.0, is its score): single terms, longest list first, then phrases."""
        # the same term may come several times (a completion or relative with the word's
        # own stem): score it once, with the boosts added up
        boosts: dict[tuple[str, tuple[str, ...]], float] = {}
        for clause in group:
            key = (clause.field, clause.terms)
            boosts[key] = boosts.get(key, 0.0) + clause.boost
        singles = [Summand(key, *self._term(key[0], key[1][0]), boost)
                   for key, boost in boosts.items() if len(key[1]) == 1]
        singles.sort(key=lambda x: -len(x.ids))
        phrases = [Summand(key, *self._phrase_lists(*key), boost) for key, boost in boosts.items() if len(key[1]) > 1]
        return singles + phrases

    def _phrase_lists(self, field: str, terms: tuple[str, ...]) -> tuple[array, array]:
        """A phrase's (document numbers, scores) as sorted arrays (scores as doubles: they
        are sums)."""
        key = (field, terms)
        cached = self._phrase_arrays.get(key)
        if cached is None:
            found = self._phrase(field, terms, None)
            docs = sorted(found)
            cached = (array("I", docs), array("d", [found[d] for d in docs]))
            if len(self._phrase_arrays) >= 512:
                self._phrase_arrays.clear()
            self._phrase_arrays[key] = cached
        return cached

    def score_group(self, group: Sequence[Clause], only: set[int] | None = None) -> dict[int, float]:
        """Document number -> summed score of the clauses it matches (OR). `only`:
        score just these documents (for bonus clauses over a shortlist)."""
        if only is None:
            acc: dict[int, float] = {}
            get = acc.get
            for summand in self.summands(group):
                ids, scores, boost = summand.ids, summand.scores, summand.boost
                if not acc:  # the longest list starts the sums, at C speed
                    boosted = [s * boost for s in scores] if boost != 1.0 else scores
                    acc = dict(zip(ids, boosted, strict=True))
                    get = acc.get
                    continue
                for d, s in zip(ids, scores, strict=True):
                    acc[d] = get(d, 0.0) + s * boost
            return acc
        boosts: dict[tuple[str, tuple[str, ...]], float] = {}
        for clause in group:
            key = (clause.field, clause.terms)
            boosts[key] = boosts.get(key, 0.0) + clause.boost
        singles = [(self._term(f, t[0]), b) for (f, t), b in boosts.items() if len(t) == 1]
        singles.sort(key=lambda x: -len(x[0][0]))
        acc = {}
        get = acc.get
        for (ids, scores), boost in singles:
            for d, s in zip(ids, scores, strict=True):
                if d in only:
                    acc[d] = get(d, 0.0) + s * boost
        for (field, terms), boost in boosts.items():
            if len(terms) > 1:
                for d, s in self._phrase(field, terms, only).items():
                    acc[d] = get(d, 0.0) + s * boost
        return acc


@dataclass(frozen=True)
class Summand:
    """One posting list of a group's score: document numbers (ascending), their scores in
    it, and the boost they are multiplied by. `key`: (field, terms) of the clause."""

    key: tuple[str, tuple[str, ...]]
    ids: array
    scores: array
    boost: float


def _phrase_count(positions: list) -> int:
    """How many times the words stand in order, each at most SLOP after the one before."""
    if not positions or any(not p for p in positions):
        return 0
    count = 0
    for start in positions[0]:
        prev = start
        for plist in positions[1:]:
            i = bisect_right(plist, prev)
            if i == len(plist) or plist[i] - prev > SLOP:
                break
            prev = plist[i]
        else:
            count += 1
    return count


def open_store(folder: Path | None) -> Store:
    return Store(folder)
