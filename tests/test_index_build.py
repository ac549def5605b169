"""The fast paths of a full index build give exactly what the plain ones give.

The index stores its postings with a codec of ours (`backend.ArrayCodec`, packed arrays
that scoring reads whole) rather than Whoosh's own posting blocks; the build stems with a port of Whoosh's Snowball Dutch stemmer, splits
words and cleans Markdown with quicker code. Each is checked here against the reference
it replaced, on the bundled content and (when present) the upstream corpus.
"""

from __future__ import annotations

import re

import pytest

from reader.content import Site
from reader.content import plaintext as md
from reader.content.plaintext import plain_text
from reader.search import analysis, backend
from reader.search.analysis import (
    STOP_WORDS,
    Analyzer,
    build_vocabulary,
    dutch_stem,
    vocabulary_counts,
    word_list,
    words,
)
from reader.search.index import IndexManager
from tests.conftest import CONTENT

TEXT_FIELDS = ("title", "body", "parts", "ident", "ident_parts")


@pytest.fixture(scope="module")
def bundled() -> Site:
    return Site.load(CONTENT)


@pytest.fixture(scope="module", params=["bundled", "upstream"])
def site(request: pytest.FixtureRequest, bundled: Site) -> Site:
    """The bundled content, then the upstream corpus (skipped when ../shared is absent)."""
    return bundled if request.param == "bundled" else Site.load(request.getfixturevalue("corpus"))


@pytest.fixture(scope="module")
def documents(bundled: Site) -> list[dict[str, object]]:
    manager = IndexManager(bundled, in_memory=True)
    manager.ensure()
    return [manager.document(p) for p in bundled.sorted_pages()]


# ---------------------------------------------------------------- postings writer

def _two_indexes(docs: list[dict[str, object]]) -> tuple[object, object]:
    """The same documents written with our codec from term lists (as the build does) and
    with Whoosh's stock writer and codec from the joined text (the plain public path)."""
    ours = backend.ram_storage().create_index(backend.make_schema(), indexname=backend.INDEX_NAME)
    writer = backend._writer(ours)
    for doc in docs:
        backend.add_terms_document(writer, doc)
    writer.commit()
    theirs = backend.ram_storage().create_index(backend.make_schema(), indexname=backend.INDEX_NAME)
    writer = theirs.writer()
    for doc in docs:
        writer.add_document(**{k: " ".join(v) if isinstance(v, list) else v for k, v in doc.items()})
    writer.commit()
    return ours, theirs


def test_our_codecs_arrays_hold_the_postings_whooshs_own_codec_holds(documents: list[dict[str, object]]) -> None:
    """`ArrayMatcher.arrays()` (what scoring reads) equals Whoosh's own posting-by-posting
    reading of a stock index: document numbers, frequencies and field lengths."""
    from whoosh.codec.whoosh3 import W3Codec
    from whoosh.util.numeric import byte_to_length

    ours, theirs = _two_indexes(documents)
    mine, stock = ours.reader(), theirs.reader()  # type: ignore[attr-defined]
    assert not isinstance(stock.codec(), backend.ArrayCodec) and isinstance(stock.codec(), W3Codec)
    assert isinstance(mine.codec(), backend.ArrayCodec)
    terms = list(stock.all_terms())
    assert terms == list(mine.all_terms()) and len(terms) > 1000
    several = 0
    for field, term in terms:
        matcher = mine.postings(field, term)
        assert isinstance(matcher, backend.ArrayMatcher)
        ids, weights, lengths = matcher.arrays()
        reference = stock.postings(field, term)
        expected = []
        while reference.is_active():
            d = reference.id()
            expected.append((d, reference.weight(), stock.doc_field_length(d, field)))
            reference.next()
        got = list(zip(ids, weights, map(byte_to_length, lengths), strict=True))
        assert got == expected, (field, term)
        several += len(ids) > 128  # Whoosh's own codec splits these into several blocks
    assert several


def _read_back(ix: object) -> dict[str, object]:
    """Everything a search can see of an index, as read through Whoosh's reader."""
    reader = ix.reader()  # type: ignore[attr-defined]
    schema = reader.schema
    postings = {}
    for field, term in reader.all_terms():
        fmt = schema[field].format
        matcher = reader.postings(field, term)
        items = []
        while matcher.is_active():
            value = fmt.decode_positions(matcher.value()) if field in ("title", "body", "ident") else matcher.value()
            items.append((matcher.id(), matcher.weight(), value))
            matcher.next()
        info = reader.term_info(field, term)
        stats = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length(), info.max_weight(),
                 info.min_id(), info.max_id())
        postings[(field, term)] = (items, stats)
    docs = range(reader.doc_count_all())
    return {
        "postings": postings,
        "stored": [reader.stored_fields(n) for n in docs],
        "lengths": [[reader.doc_field_length(n, f) for f in TEXT_FIELDS] for n in docs],
        "totals": [reader.field_length(f) for f in TEXT_FIELDS],
    }


def test_postings_written_our_way_read_back_as_whooshs_own(documents: list[dict[str, object]]) -> None:
    """Through Whoosh's public reader (matchers, term infos, lengths, stored fields) an
    index of our codec looks exactly like one of Whoosh's stock writer and codec."""
    ours, theirs = (_read_back(ix) for ix in _two_indexes(documents))
    assert ours == theirs
    postings = theirs["postings"]
    assert len(postings) > 1000  # type: ignore[arg-type]
    assert any(len(items) > 128 for items, _ in postings.values())  # type: ignore[union-attr]  # several blocks


def test_segments_merged_into_a_commit_go_through_whooshs_writer(documents: list[dict[str, object]]) -> None:
    """Committing small batches merges earlier segments: their postings reach Whoosh's pool
    and are written with ours, still as one index would hold them."""
    store = backend.Store(None)
    store.create()
    batches = [documents[i:i + 2] for i in range(0, 12, 2)]
    for batch in batches:
        store.write(batch)
    assert len(store.index._segments()) < len(batches)  # type: ignore[attr-defined]
    whole = backend.Store(None)
    whole.create()
    whole.write(documents[:12], fresh=True)
    merged, single = _by_path(_read_back(store.index)), _by_path(_read_back(whole.index))
    assert merged == single and len(merged["postings"]) > 500


def _by_path(seen: dict) -> dict:
    """`_read_back` with documents named by path rather than number (a merge renumbers them)."""
    paths = [fields["path"] for fields in seen["stored"]]
    return {
        "stored": {fields["path"]: fields for fields in seen["stored"]},
        "lengths": dict(zip(paths, seen["lengths"], strict=True)),
        "postings": {key: (sorted((paths[d], w, v) for d, w, v in items), stats[:5])  # [5:]: first/last number
                     for key, (items, stats) in seen["postings"].items()},
    }  # not the field totals: a Whoosh merge adds up the stored (rounded) lengths


# ---------------------------------------------------------------- analysis

def test_word_list_gives_the_words_of_words(site: Site) -> None:
    texts = ["Geïnventariseerd: risico's (d'r) co-creatie, AI-verordening; snake_case_woord ‘quoted’ `tick`"
             " Ａｂｃ ﬁets x--y a_ _b __ 's-Hertogenbosch café’s naïef-achtig\u00a0woord\tx\r\ny"]
    texts += [page.title + "\n" + page.body for page in site.sorted_pages()]
    analysis._WORD_CACHE.clear()
    for _ in range(2):  # with the cache empty, then full
        for text in texts:
            assert word_list(text) == [t.text for t in words(text)], text[:80]


def _reference_plain_text(body: str) -> str:
    """`plain_text` as it was written first: every line through every pattern."""
    body = md.ABBR_DEF.sub("", md.COMMENT.sub("", body))
    out: list[str] = []
    skip_level = skip_indent = fence = None
    for line in body.split("\n"):
        m = md.FENCE.match(line)
        if m:
            marker = m.group(1)[0]
            fence = marker if fence is None else (None if fence == marker else fence)
            continue
        if fence is not None:
            continue
        heading = md.HEADING.match(line)
        if heading:
            level, text = len(heading.group(1)), heading.group(2)
            if skip_level is not None and level <= skip_level:
                skip_level = None
            if skip_level is None and ("data-search-exclude" in text
                                       or md.ATTR.sub("", text).strip().lower() in md.BOILERPLATE_HEADINGS):
                skip_level = level
                continue
        if skip_level is not None:
            continue
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if skip_indent is not None:
            if not stripped or indent > skip_indent:
                continue
            skip_indent = None
        adm = md.ADMONITION.match(line)
        if adm:
            if line.lstrip().startswith("???"):
                skip_indent = len(adm.group(1))
            elif adm.group(3):
                out.append(adm.group(3))
            continue
        if md.BLOCK_FENCE.match(line) or md.TABLE_RULE.match(line) or stripped in ("---", "***"):
            continue
        if heading:
            line = md.ATTR.sub("", heading.group(2)).strip()
            if line.lower() in md.SKELETON_HEADINGS:
                continue
        elif md.BUTTON_LINE.match(line):
            continue
        out.append(line)
    text = "\n".join(out)
    for pattern, repl in ((md.IMAGE, lambda m: m.group(1)), (md.LINK, lambda m: m.group(1)), (md.FOOTNOTE_REF, " "),
                          (md.ATTR, ""), (md.TAG, " "), (md.EMOJI, ""), (md.ENTITY, md._entity), (md.MARKS, "")):
        text = pattern.sub(repl, text)
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", line)
        line = re.sub(r"[ \t]+", " ", line.replace("|", " ").strip(" \t#>"))
        if line:
            lines.append(line)
    return "\n".join(lines)


def test_plain_text_is_what_the_line_by_line_reference_gives(site: Site) -> None:
    bodies = [page.body for page in site.sorted_pages()]
    bodies.append("  - item\n\t12. tel\n> # quote #\n|a|b|\n\u00a0- not a list?\n-no\n1.5 jaar\n٣. arabic\n  \n")
    for body in bodies:
        for variant in (body, body.replace("\n", "\r\n"), body.replace("    ", "\t")):
            assert plain_text(variant) == _reference_plain_text(variant), variant[:80]


def test_split_terms_and_vocabulary_counts_match_word_by_word_references(site: Site) -> None:
    texts = [p.title + "\n" + plain_text(p.body) for p in site.sorted_pages()]
    tokens = [word_list(t) for t in texts]
    counts: dict[str, int] = {}
    for page_words in tokens:
        for w in page_words:
            if len(w) >= 4 and w.isalpha():
                counts[w] = counts.get(w, 0) + 1
    assert vocabulary_counts(tokens) == counts
    assert vocabulary_counts(texts[:20]) == vocabulary_counts(tokens[:20])
    a = Analyzer(dutch_stem, build_vocabulary(tokens))
    reference = Analyzer(dutch_stem, a.vocabulary)
    for page_words in tokens:
        for stop in (True, False):
            kept = [w for w in page_words if w and not (stop and w in STOP_WORDS)]
            whole = [reference.stem(w) for w in kept]
            parts = [reference.stem(p) for w in kept for p in reference.split(w)]
            assert a.split_terms(page_words, stop=stop) == (whole, parts)
