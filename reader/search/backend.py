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
import hashlib
import heapq
import itertools
import math
import operator
import pickle
import struct
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from reader.search.analysis import dutch_stem  # noqa: F401  (once Whoosh's stemmer; still importable here)

SCHEMA_VERSION = 7
INDEX_NAME = "pages"
#: Memory (MB) Whoosh's posting pool may use before it spills to temporary files (spilling
#: pickles every posting out and back in: a third of a large build's time). Only postings
#: of merged segments go there: those of added documents stay in memory (`_Postings`).
#: The window's process writes small updates only; full builds run in worker processes.
WRITER_MB = 64
SEGMENT_WRITER_MB = 384

# Whoosh is imported on first use, not with this module: importing it takes ~0.1 s, which
# the window's first paint does not need (the browse list comes from the content alone).


def _terms_field(*, phrase: bool = True) -> object:
    from whoosh.analysis import SpaceSeparatedTokenizer
    from whoosh.fields import TEXT

    return TEXT(analyzer=SpaceSeparatedTokenizer(), phrase=phrase)


def make_schema() -> object:
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


def _codec() -> object:
    from whoosh.codec.whoosh3 import W3Codec

    return W3Codec(compression=0)


def add_terms_document(writer: object, doc: dict[str, object]) -> None:
    """`writer.add_document(**doc)` for documents whose text fields are lists of terms,
    on a writer made by `_writer`.

    Our analysis has already produced each field's terms in order; Whoosh's own path would
    join them, split them again with its tokenizer and make a token object per word (a
    sixth of a build). Here each field's postings (frequency, positions when the field
    keeps them) are counted straight from the list into the writer's `_Postings`; the
    result on disk is the same (tested against `add_document`). Plain string values are
    indexed by Whoosh's field as usual."""
    from whoosh.formats import Positions
    from whoosh.util.numeric import byte_to_length, length_to_byte

    w = writer
    postings: _Postings = w._reader_postings  # type: ignore[attr-defined]
    recorded: dict[str, dict[int, int]] = w._reader_lengths  # type: ignore[attr-defined]
    w._check_state()  # type: ignore[attr-defined]
    perdoc = w.perdocwriter  # type: ignore[attr-defined]
    schema = w.schema  # type: ignore[attr-defined]
    docnum = w.docnum  # type: ignore[attr-defined]
    perdoc.start_doc(docnum)
    try:
        for name in sorted(doc):
            value = doc[name]
            if value is None:
                continue
            field = schema[name]
            length = 0
            stored = None
            if isinstance(value, list) and field.indexed:
                if isinstance(field.format, Positions):
                    postings.add_positions(name, docnum, value)
                else:
                    postings.add_frequencies(name, docnum, value)
                if field.scorable:
                    length = len(value)
                if field.stored:
                    stored = " ".join(value)
            else:
                if field.indexed:
                    for tbytes, freq, weight, vbytes in field.index(value):
                        if field.scorable:
                            length += freq
                        postings.add(name, tbytes.decode("utf-8"), docnum, weight, vbytes)
                stored = value if field.stored else None
            perdoc.add_field(name, field, stored, length)
            if length:
                quantised = _quantised.get(length)
                if quantised is None:
                    quantised = _quantised[length] = byte_to_length(length_to_byte(length))
                recorded.setdefault(name, {})[docnum] = quantised
            column = field.column_type
            if column and value is not None:
                perdoc.add_column_value(name, column, field.to_column_value(value))
    except Exception:
        perdoc.cancel_doc()
        raise
    perdoc.finish_doc()
    w._added = True  # type: ignore[attr-defined]
    w.docnum += 1  # type: ignore[attr-defined]


_quantised: dict[int, int] = {}


class _Postings:
    """The postings of the documents `add_terms_document` adds, in memory: field -> term ->
    [docnum, weight, value, docnum, weight, value, ...], one triple per document in the
    order they come (so sorted by document). Whoosh's own pool makes a tuple per posting
    and sorts them all at the end; here they are grouped by term as they come, and
    `_write_postings` writes them out. Weights are term frequencies (no boosts here)."""

    def __init__(self) -> None:
        self.fields: dict[str, dict[str, list]] = {}

    def add(self, field: str, term: str, docnum: int, weight: float, value: bytes) -> None:
        terms = self.fields.setdefault(field, {})
        found = terms.get(term)
        if found is None:
            terms[term] = [docnum, weight, value]
        else:
            found += (docnum, weight, value)

    def add_positions(self, field: str, docnum: int, terms: list[str]) -> None:
        """The postings of one document's terms, with their positions (Whoosh's `Positions`
        format: the number of positions, then the pickled list of their deltas)."""
        from whoosh.system import pack_uint

        poses: dict[str, list[int]] = {}
        for pos, term in enumerate(terms):
            found = poses.get(term)
            if found is None:
                poses[term] = [pos]
            else:
                found.append(pos)
        known = self.fields.setdefault(field, {})
        single = _SINGLE_POSITIONS
        for term, plist in poses.items():
            n = len(plist)
            if n == 1:  # most: one position, pickled once per position (a new object each time)
                pickled = single.get(plist[0])
                if pickled is None:
                    pickled = single[plist[0]] = pickle.dumps(plist, 2)
                value = _ONE + pickled
            else:
                value = pack_uint(n) + pickle.dumps(list(map(operator.sub, plist, [0, *plist[:-1]])), 2)
            found = known.get(term)
            if found is None:
                known[term] = [docnum, n, value]
            else:
                found += (docnum, n, value)

    def add_frequencies(self, field: str, docnum: int, terms: list[str]) -> None:
        """The postings of one document's terms, with their frequencies (`Frequency`)."""
        from whoosh.system import pack_uint

        freqs: dict[str, int] = {}
        for term in terms:
            freqs[term] = freqs.get(term, 0) + 1
        known = self.fields.setdefault(field, {})
        for term, freq in freqs.items():
            found = known.get(term)
            if found is None:
                known[term] = [docnum, freq, pack_uint(freq)]
            else:
                found += (docnum, freq, pack_uint(freq))

    def items(self) -> Iterator[tuple[str, bytes, int, float, bytes]]:
        """The postings as Whoosh's pool gives them: sorted (field, term, docnum, weight, value)."""
        for field in sorted(self.fields):
            terms = self.fields[field]
            for term in sorted(terms):
                triples = terms[term]
                tbytes = term.encode("utf-8")
                for i in range(0, len(triples), 3):
                    yield field, tbytes, triples[i], float(triples[i + 1]), triples[i + 2]


_ONE = b"\x00\x00\x00\x01"  # pack_uint(1)
_SINGLE_POSITIONS: dict[int, bytes] = {}  # position -> pickle.dumps([position], 2)


#: Pickle protocol of the posting blocks `_write_postings` writes. Whoosh uses 2, which
#: stores each position list (bytes) as a call to `_codecs.encode` on a latin-1 string;
#: 3 stores bytes as bytes: pickling the blocks became 6x and unpickling them 3x faster,
#: the postings file a third smaller. Whoosh reads blocks with `pickle.loads`, so the
#: postings read back are the same (tested), and indexes written either way read alike.
BLOCK_PROTOCOL = 3


def _write_postings(fieldwriter: object, schema: object, postings: _Postings,
                    lengths: dict[str, dict[int, int]]) -> None:
    """Write the buffered postings into a segment's term and posting files as Whoosh's
    `FieldWriter.add_postings` + `W3PostingsWriter` would (with `BLOCK_PROTOCOL` = 2, byte
    for byte: tested): per term, blocks of at most `blocklimit` postings (see `_block`),
    then the term's row in the term table. Doing that per term rather than through a
    method call per posting took a third off a build's time.
    `lengths`: field -> document -> field length (as stored, quantised)."""
    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
    from whoosh.filedb.filetables import _lengths as key_value_lengths
    from whoosh.system import pack_long, pack_ushort
    from whoosh.util.numeric import length_to_byte

    fw = fieldwriter
    codec = fw._codec  # type: ignore[attr-defined]
    tindex = fw._tindex  # type: ignore[attr-defined]  # an OrderedHashWriter
    if codec._compression or codec._inlinelimit > 1 or tindex.hashtype != 0:
        raise ValueError("_write_postings writes uncompressed postings, never inlined, with MD5 keys")
    limit: int = codec._blocklimit
    postfile = fw._postfile  # type: ignore[attr-defined]
    fieldmap: dict[str, int] = fw._fieldmap  # type: ignore[attr-defined]
    pack_terminfo = W3TermInfo._struct.pack
    pack_key_value = key_value_lengths.pack
    post_at = postfile.tell()
    term_at = tindex.dbfile.tell()
    for field in sorted(postings.fields):
        prefix = pack_ushort(fieldmap.setdefault(field, len(fieldmap)))
        fixedsize = schema[field].format.fixed_value_size()  # type: ignore[index]
        doclens = lengths.get(field, {})
        length_bytes = {n: length_to_byte(n) for n in {None, 0, *doclens.values()}}
        terms = postings.fields[field]
        post_out: list[bytes] = []
        term_out: list[bytes] = []
        for term in sorted(terms):
            triples = terms[term]
            ids, weights, values = triples[0::3], triples[1::3], triples[2::3]
            minlength, maxlength = _length_range(doclens, ids)
            start = post_at
            post_out.append(WHOOSH3_HEADER_MAGIC)
            post_at += len(WHOOSH3_HEADER_MAGIC)
            for b in range(0, len(ids), limit):
                if len(ids) <= limit:  # one block (most terms)
                    bids, bweights, bvalues, bmin, bmax = ids, weights, values, minlength, maxlength
                else:
                    bids, bweights, bvalues = ids[b:b + limit], weights[b:b + limit], values[b:b + limit]
                    bmin, bmax = _length_range(doclens, bids)
                block = _block(bids, bweights, bvalues, fixedsize, length_bytes[bmin], length_bytes[bmax],
                               last=b + limit >= len(ids))
                post_out.append(block)
                post_at += len(block)
            terminfo = pack_terminfo(
                False, float(sum(weights)), len(ids), length_bytes[minlength],
                length_bytes[maxlength], float(max(weights)), ids[0], ids[-1],
            ) + pack_long(start) + _INT.pack(post_at - start)
            # the term's row in the term table, as OrderedHashWriter.add writes it
            key = prefix + term.encode("utf-8")
            tindex.index.append(term_at)
            h = int.from_bytes(hashlib.md5(key, usedforsecurity=False).digest()[-4:], "big")  # Whoosh's md5_hash
            tindex.buckets[h & 255].append((h, term_at))
            row = pack_key_value(len(key), len(terminfo)) + key + terminfo
            term_out.append(row)
            term_at += len(row)
            tindex.lastkey = key
        postfile.write(b"".join(post_out))
        tindex.dbfile.write(b"".join(term_out))


def _length_range(lengths: dict[int, int], docs: list[int]) -> tuple[int | None, int]:
    """The shortest and longest (non-zero) field length of these documents, as Whoosh's
    posting writer tracks them: (None, 0) when there are none."""
    found = list(filter(None, map(lengths.get, docs)))
    return (min(found), max(found)) if found else (None, 0)


def _block(ids: list[int], weights: list[float], values: list[bytes], fixedsize: int | None,
           minlength: int, maxlength: int, *, last: bool) -> bytes:
    """One block of a term's postings, as W3PostingsWriter._write_block writes it: its size
    (negative for the last block), an info tuple and a data tuple, each pickled."""
    # info: postings, last id, max weight, compression, min and max length (as bytes)
    info = pickle.dumps((len(ids), ids[-1], float(max(weights)), 0, minlength, maxlength), 2)
    # data: ids as deltas; weights as None when all 1, one number when all the same, else
    # all; values as a tuple, or joined when of a fixed size, or None when of size 0
    mini_weights: object
    if len(ids) == 1:  # the same, quicker: most terms occur in one document
        deltas: tuple[int, ...] = (ids[0],)
        mini_weights = None if weights[0] == 1 else float(weights[0])
    else:
        deltas = tuple(map(operator.sub, ids, [0, *ids[:-1]]))
        if weights.count(1) == len(weights):
            mini_weights = None
        elif weights.count(weights[0]) == len(weights):
            mini_weights = float(weights[0])
        else:
            mini_weights = tuple(map(float, weights))
    if fixedsize is None or fixedsize < 0:
        mini_values: object = tuple(values)
    else:
        mini_values = b"".join(values) if fixedsize else None
    data = pickle.dumps((deltas, mini_weights, mini_values), BLOCK_PROTOCOL)
    size = len(info) + len(data)
    return _INT.pack(-size if last else size) + info + data


_INT = struct.Struct("!i")  # whoosh.system.pack_int


class _Lengths:
    """Field lengths for the posting writer: those `add_terms_document` recorded, else
    Whoosh's per-document reader (which reads them back from disk one at a time)."""

    def __init__(self, recorded: dict[str, dict[int, int]], fallback: object) -> None:
        self._recorded = recorded
        self._fallback = fallback

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        found = self._recorded.get(fieldname)
        if found is not None:
            length = found.get(docnum)
            if length is not None:
                return length
        return self._fallback.doc_field_length(docnum, fieldname, default)  # type: ignore[attr-defined]


def _writer(ix: object, **kwargs: object) -> object:
    """A Whoosh segment writer for `add_terms_document`: it keeps the postings and field
    lengths of the documents added that way in memory (`_Postings`) and writes them with
    `_write_postings` when the segment is written. Postings that reach Whoosh's own pool
    (from segments merged into this one) go the stock way, merged with ours."""
    import types

    from whoosh.writing import SegmentWriter

    writer = SegmentWriter(ix, codec=_codec(), **kwargs)
    writer._reader_lengths = {}  # type: ignore[attr-defined]
    writer._reader_postings = _Postings()  # type: ignore[attr-defined]

    def flush(self: object) -> None:
        self.perdocwriter.close()  # type: ignore[attr-defined]
        pool = self.pool  # type: ignore[attr-defined]
        ours: _Postings = self._reader_postings  # type: ignore[attr-defined]
        if pool.current or pool.runs:
            pdr = self.per_document_reader()  # type: ignore[attr-defined]
            lengths = _Lengths(self._reader_lengths, pdr)  # type: ignore[attr-defined]
            items = heapq.merge(pool.iter_postings(), ours.items())
            self.fieldwriter.add_postings(self.schema, lengths, items)  # type: ignore[attr-defined]
            pdr.close()
        else:
            _write_postings(self.fieldwriter, self.schema, ours, self._reader_lengths)  # type: ignore[attr-defined]
        self.fieldwriter.close()  # type: ignore[attr-defined]

    writer._flush_segment = types.MethodType(flush, writer)  # type: ignore[attr-defined]
    tindex = writer.fieldwriter._tindex  # type: ignore[attr-defined]
    tindex._write_hashes = types.MethodType(_write_hash_tables, tindex)
    return writer


def _write_hash_tables(tindex: object) -> None:
    """`HashWriter._write_hashes` of Whoosh's term table, the same bytes in one write
    instead of one per slot: 256 open-addressing tables of (hash, position) slots, twice
    as many slots as keys, collisions go to the next free slot."""
    from whoosh.filedb.filetables import _pointer

    dbfile = tindex.dbfile  # type: ignore[attr-defined]
    at = dbfile.tell()
    out = []
    empty = (0, 0)
    for entries in tindex.buckets:  # type: ignore[attr-defined]
        numslots = 2 * len(entries)
        tindex.directory.append((at, numslots))  # type: ignore[attr-defined]
        table = [empty] * numslots
        for hashval, position in entries:
            slot = (hashval >> 8) % numslots
            while table[slot] != empty:
                slot = (slot + 1) % numslots
            table[slot] = (hashval, position)
        out.extend(itertools.starmap(_pointer.pack, table))
        at += numslots * _pointer.size
    dbfile.write(b"".join(out))


def write_segment(folder: Path, docs: Iterable[dict[str, object]]) -> object:
    """Write documents as one new segment of the (created, empty) index in `folder`,
    without committing it: the process that owns the index adds the segments that several
    processes wrote, with `Store.add_segments`. Returns the segment (picklable)."""
    from whoosh.filedb.filestore import FileStorage

    class OwnTempStorage(FileStorage):
        """Spill files in a folder of this writer's own: by default every writer of an
        index shares one, and the first to finish deletes it under the others."""

        def temp_storage(self, name: str | None = None) -> object:
            return FileStorage.temp_storage(self, None)

    ix = OwnTempStorage(str(folder)).open_index(INDEX_NAME)
    writer = _writer(ix, _lk=False, limitmb=SEGMENT_WRITER_MB)
    try:
        for doc in docs:
            add_terms_document(writer, doc)
        segment = writer._finalize_segment()
    except BaseException:
        writer.cancel()
        raise
    writer._finish()
    return segment


class Store:
    """An index on disk (or in memory), opened or created."""

    def __init__(self, folder: Path | None) -> None:
        from whoosh.filedb.filestore import FileStorage, RamStorage

        self.folder = folder
        if folder is None:
            self._storage = RamStorage()
        else:
            folder.mkdir(parents=True, exist_ok=True)
            # files are read, not mapped: a mapped index counts as resident memory, and
            # at 30k pages the searches touched 600 MB of it
            self._storage = FileStorage(str(folder), supports_mmap=False)
        self._index: object | None = None
        self._lock = threading.Lock()

    def exists(self) -> bool:
        return self._storage.index_exists(INDEX_NAME)

    def create(self) -> None:
        self._index = self._storage.create_index(make_schema(), indexname=INDEX_NAME)

    def open(self) -> None:
        """Open the existing index. A damaged one can raise nearly anything (EmptyIndexError,
        EOFError, unpickling errors): the caller treats any exception as "rebuild it"."""
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

    def write(self, add: Iterable[dict[str, object]], delete: Iterable[str] = (), *, fresh: bool = False) -> None:
        """Add or replace documents (by `path`) and delete paths, in one commit.
        `fresh`: the index is new, so documents are added without looking for old ones."""
        with self._lock:
            # postings blocks are left uncompressed: zlib on every term's block cost a
            # sixth of the build, for an index that stays small on disk anyway
            writer = _writer(self.index, limitmb=WRITER_MB)
            try:
                for path in delete:
                    writer.delete_by_term("path", path)
                for doc in add:
                    if not fresh:  # replace: the path is the unique key
                        writer.delete_by_term("path", doc["path"])
                    add_terms_document(writer, doc)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()

    def add_segments(self, segments: Sequence[object]) -> None:
        """Make segments written by `write_segment` (in other processes) part of this new,
        empty index, in one commit."""
        from whoosh.writing import SegmentWriter

        with self._lock:
            writer = SegmentWriter(self.index, codec=_codec())
            try:
                existing = writer._merge_segments(None, False, False)  # no merging: keep all
                writer._close_segment()  # this writer's own segment stays empty and is dropped
                writer._commit_toc(list(existing) + list(segments))
            except BaseException:
                writer.cancel()
                raise
            writer._finish()

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


class Searcher:
    """One open view of the index, with BM25 scoring over its posting lists.

    Whoosh stores the postings; scoring is done here, term by term: each term's posting list
    is read once (a block at a time) and turned into per-document BM25 scores, which are
    cached for the life of the searcher. Typing a query re-uses the words already scored,
    and there is no per-posting matcher machinery, which made Whoosh's own search 5-10x
    slower on this kind of query (many OR-ed clauses per word). Not thread-safe: one per
    thread.
    """

    def __init__(self, searcher: object) -> None:
        self._s = searcher
        self._reader = self._s.reader()  # type: ignore[attr-defined]
        self._leaves = self._reader.leaf_readers()
        self._scored: OrderedDict[tuple[str, str], tuple[array, array]] = OrderedDict()
        self._cached_postings = 0
        self._lengths: dict[str, array] = {}
        self._phrases: dict[tuple[str, tuple[str, ...]], dict[int, float]] = {}

    def close(self) -> None:
        self._s.close()  # type: ignore[attr-defined]

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

    def doc_count(self) -> int:
        return self._reader.doc_count()

    def doc_frequency(self, field: str, term: str) -> int:
        return len(self._term(field, term)[0])

    # ------------------------------------------------------------ postings
    def _field_lengths(self, field: str) -> array:
        """Each document's length in `field` (in terms), by document number."""
        lengths = self._lengths.get(field)
        if lengths is None:
            lengths = array("I")
            for leaf, _offset in self._leaves:
                n = leaf.doc_count_all()
                try:  # the length column, read whole (the public call reads one number)
                    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
                    from whoosh.util.numeric import byte_to_length

                    table = [byte_to_length(b) for b in range(256)]
                    column = leaf._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
                    values = [table[b] for b in column] if column is not None else [0] * n
                except (AttributeError, ImportError, TypeError):
                    values = [leaf.doc_field_length(i, field) or 0 for i in range(n)]
                lengths.extend(values[:n] + [0] * (n - len(values)))
            self._lengths[field] = lengths
        return lengths

    def _postings(self, field: str, term: str) -> tuple[array, array]:
        """(document numbers, term frequencies) of a term; empty when it is not indexed."""
        ids = array("I")
        tfs = array("f")
        for leaf, offset in self._leaves:
            try:
                matcher = leaf.postings(field, term)
            except Exception:  # the term is not in this segment
                continue
            deleted: frozenset[int] = frozenset()
            if not hasattr(matcher, "_next_block") and hasattr(getattr(matcher, "child", None), "_next_block"):
                # a segment with deleted documents wraps its matcher in a filter: read the
                # blocks underneath and leave the deleted documents out here
                deleted = getattr(leaf, "deleted_docs_set", frozenset())
                matcher = matcher.child
            if hasattr(matcher, "_next_block") and hasattr(matcher, "_read_ids"):
                # a block at a time: whole arrays instead of one call per posting
                while matcher.is_active():
                    if matcher._ids is None:
                        matcher._read_ids()
                    if matcher._weights is None:
                        matcher._read_weights()
                    start = matcher._i
                    block_ids = matcher._ids[start:]
                    block_tfs = matcher._weights[start:]
                    if deleted:
                        kept = [(d, w) for d, w in zip(block_ids, block_tfs, strict=True) if d not in deleted]
                        block_ids = [d for d, _w in kept]
                        block_tfs = [w for _d, w in kept]
                    ids.extend([d + offset for d in block_ids] if offset else block_ids)
                    tfs.extend(block_tfs)
                    matcher._next_block()
            else:  # another kind of matcher: posting by posting
                while matcher.is_active():
                    ids.append(matcher.id() + offset)
                    tfs.append(matcher.weight())
                    matcher.next()
        return ids, tfs

    def _term(self, field: str, term: str) -> tuple[array, array]:
        """(document numbers, BM25 scores) of a term in a field, cached."""
        key = (field, term)
        cached = self._scored.get(key)
        if cached is not None:
            self._scored.move_to_end(key)
            return cached
        ids, tfs = self._postings(field, term)
        scores = array("f")
        if ids:
            lengths = self._field_lengths(field)
            n_docs = max(1, self._reader.doc_count_all())
            avg = (self._reader.field_length(field) / n_docs) or 1.0
            idf = self._idf(field, term, len(ids))
            norm_b = K1 * B / avg
            norm_1 = K1 * (1 - B)
            k1 = K1 + 1
            scores = array("f", [
                idf * tf * k1 / (tf + norm_1 + norm_b * lengths[d]) for d, tf in zip(ids, tfs, strict=True)
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
    def score_group(self, group: Sequence[Clause], only: set[int] | None = None) -> dict[int, float]:
        """Document number -> summed score of the clauses it matches (OR). `only`:
        score just these documents (for bonus clauses over a shortlist)."""
        # the same term may come several times (a completion or relative with the word's
        # own stem): score it once, with the boosts added up
        boosts: dict[tuple[str, tuple[str, ...]], float] = {}
        for clause in group:
            key = (clause.field, clause.terms)
            boosts[key] = boosts.get(key, 0.0) + clause.boost
        singles = [(self._term(f, t[0]), b) for (f, t), b in boosts.items() if len(t) == 1]
        singles.sort(key=lambda x: -len(x[0][0]))
        acc: dict[int, float] = {}
        get = acc.get
        for (ids, scores), boost in singles:
            if only is None:
                if not acc:  # the longest list starts the sums, at C speed
                    boosted = [s * boost for s in scores] if boost != 1.0 else scores
                    acc = dict(zip(ids, boosted, strict=True))
                    get = acc.get
                    continue
                for d, s in zip(ids, scores, strict=True):
                    acc[d] = get(d, 0.0) + s * boost
            else:
                for d, s in zip(ids, scores, strict=True):
                    if d in only:
                        acc[d] = get(d, 0.0) + s * boost
        for (field, terms), boost in boosts.items():
            if len(terms) > 1:
                for d, s in self._phrase(field, terms, only).items():
                    acc[d] = get(d, 0.0) + s * boost
        return acc


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
