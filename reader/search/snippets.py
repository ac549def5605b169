"""Snippets: the passage of a page that best shows why it matched, with offsets to highlight."""

from __future__ import annotations

import re
import sys
import threading
import weakref
from array import array
from functools import lru_cache
from itertools import accumulate

from reader.content import Page
from reader.content.words import WORD_PART, fold
from reader.search.analysis import STOP_WORDS, Analyzer
from reader.search.backend import TEXTS_KEPT

SNIPPET_WORDS = 28
#: `WORD_PART` as a group: `re.split` then keeps the words, between the text around them
_WORDS_AND_GAPS = re.compile(f"({WORD_PART.pattern})")


def summary_snippet(page: Page) -> str:
    text = page.summary
    if not text:
        from reader.content.plaintext import plain_text

        body = plain_text(page.body)
        text = " ".join(line for line in body.split("\n")[:4] if line != page.title)
    return _shorten(text, 200)


def _shorten(text: str, limit: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(",.;: ") + " …"


class _Spellings:
    """The spellings met in snippet texts, indexed for one analyzer: by folded word and by
    term (`Analyzer.word_terms`), so that the spellings a query matches are a union of sets
    and a page's matched words a set intersection, not a lookup per word and page."""

    def __init__(self) -> None:  # no reference to the analyzer: it is the weak key
        self.lock = threading.Lock()  # searches run on several threads
        self.seen: set[str] = set()
        self.folded: dict[str, str] = {}
        self.by_word: dict[str, set[str]] = {}
        self.by_term: dict[str, set[str]] = {}
        self.generation = 0  # counts additions: a query's matches are worked out again after one

    def add(self, new: set[str], analyzer: Analyzer) -> None:
        """Index spellings not seen before (with `lock` held)."""
        word_terms = analyzer.word_terms
        for raw in new:
            w = self.folded[raw] = fold(raw)
            self.by_word.setdefault(w, set()).add(raw)
            if w not in STOP_WORDS:  # stop words match only as themselves (`exact`)
                for t in word_terms(w, stop=False):
                    self.by_term.setdefault(t, set()).add(raw)
        self.seen |= new
        self.generation += 1

    def matching(self, stems: set[str], exact: set[str]) -> set[str]:
        """The spellings seen so far that match (with `lock` held)."""
        out: set[str] = set()
        for index, wanted in ((self.by_term, stems), (self.by_word, exact)):
            for t in wanted:
                found = index.get(t)
                if found:
                    out |= found
        return out


_SPELLINGS: weakref.WeakKeyDictionary[Analyzer, _Spellings] = weakref.WeakKeyDictionary()
_SPELLINGS_LOCK = threading.Lock()


class WordKeys:
    """Which spellings match one query, and the query term each matches: worked out for
    the query's first snippet and shared by the snippets of its other hits (`Plan.word_keys`)."""

    __slots__ = ("generation", "keys", "matching")

    def __init__(self) -> None:
        self.generation = -1
        self.matching: set[str] = set()  # spellings that match
        self.keys: dict[str, str] = {}  # matching spelling -> the query term it matches


def _spellings(analyzer: Analyzer) -> _Spellings:
    found = _SPELLINGS.get(analyzer)
    if found is None:
        with _SPELLINGS_LOCK:
            found = _SPELLINGS.get(analyzer)
            if found is None:
                found = _SPELLINGS[analyzer] = _Spellings()
    return found


@lru_cache(maxsize=TEXTS_KEPT)  # each: a pointer and two offsets per word
def _words(text: str) -> tuple[list[str], array]:
    """The words of `text` (`WORD_PART`'s; interned, so that kept texts share them) and
    their offsets: word k spans ends[2k] .. ends[2k + 1]."""
    # words and the text between them, alternately (`parts[0]` precedes the first word):
    # the regex splits in C, no match object per word
    parts = _WORDS_AND_GAPS.split(text)
    return list(map(sys.intern, parts[1::2])), array("I", accumulate(map(len, parts[:-1])))


def make_snippet(text: str, analyzer: Analyzer, stems: set[str], exact: set[str],
                 size: int = SNIPPET_WORDS, keys_of: WordKeys | None = None,
                 ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The passage of `text` with the most distinct matched words, and their offsets in it.

    The words are `WORD_PART`'s; a word matches when its folded form is in `exact` or,
    unless it is a stop word, one of its terms (`Analyzer.word_terms`) is in `stems`. The
    passage is `size` words from 4 words before a match, the one holding the most distinct
    matched terms (then the most matches; the first of equals), widened back to the start
    of its sentence when that is near.

    `keys_of` caches which spellings match (share it between the hits of one query)."""
    if not text:
        return "", ()
    words, ends = _words(text)
    if not words:
        return "", ()
    if keys_of is None:
        keys_of = WordKeys()
    spellings = set(words)
    index = _spellings(analyzer)
    with index.lock:
        new = spellings.difference(index.seen)
        if new:
            index.add(new, analyzer)
        if keys_of.generation != index.generation:
            keys_of.matching = index.matching(stems, exact)
            keys_of.generation = index.generation
    matched = spellings.intersection(keys_of.matching)
    if not matched:
        return "", ()
    known = keys_of.keys
    for raw in matched.difference(known):
        w = index.folded[raw]
        known[raw] = w if w in exact else next(t for t in analyzer.word_terms(w, stop=False) if t in stems)
    hits = [i for i, raw in enumerate(words) if raw in matched]  # word numbers, ascending
    keys = [known[words[i]] for i in hits]
    best_start = _best_window(hits, keys, size)
    last_word = min(len(words) - 1, best_start + size - 1)
    begin, end = ends[2 * best_start], ends[2 * last_word + 1]
    sentence = max(text.rfind(". ", 0, begin), text.rfind("\n", 0, begin))
    if sentence != -1 and begin - sentence < 60:
        begin = sentence + 1
    while begin < end and text[begin].isspace():
        begin += 1
    prefix = "… " if begin > 0 else ""
    suffix = " …" if end < len(text) else ""
    # collapse whitespace, keeping a map from text offsets to snippet offsets
    out: list[str] = []
    index_of: dict[int, int] = {}
    prev_space = False
    for offset in range(begin, end):
        ch = text[offset]
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        index_of[offset] = len(out)
        out.append(ch)
    spans = []
    for i in hits:
        if i > last_word:
            break
        s_off, e_off = ends[2 * i], ends[2 * i + 1]
        if s_off >= begin and e_off <= end and s_off in index_of and (e_off - 1) in index_of:
            spans.append((index_of[s_off] + len(prefix), index_of[e_off - 1] + 1 + len(prefix)))
    return prefix + "".join(out) + suffix, tuple(_merge(sorted(set(spans))))


def _best_window(hits: list[int], keys: list[str], size: int) -> int:
    """The first word of the best window: for each match h, the `size` words from
    max(0, h - 4), scored by 10 × its distinct keys + its matches; the first best wins.
    `hits` ascend; the window slides over them, each match entering and leaving once."""
    in_window: dict[str, int] = {}  # key -> its matches in the window
    best_start, best_score = hits[0], -1
    lo = hi = 0  # the window's matches are hits[lo:hi]
    n_hits = len(hits)
    for h in hits:
        start = h - 4 if h > 4 else 0
        stop = start + size
        while hi < n_hits and hits[hi] < stop:
            k = keys[hi]
            in_window[k] = in_window.get(k, 0) + 1
            hi += 1
        while hits[lo] < start:
            k = keys[lo]
            left = in_window[k] - 1
            if left:
                in_window[k] = left
            else:
                del in_window[k]
            lo += 1
        score = len(in_window) * 10 + hi - lo
        if score > best_score:
            best_start, best_score = start, score
    return best_start


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
