"""Snippets: the passage of a page that best shows why it matched, with offsets to highlight."""

from __future__ import annotations

import re
from itertools import accumulate

from reader.content import Page
from reader.content.words import WORD_PART, fold
from reader.search.analysis import STOP_WORDS, Analyzer

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


def _folded(raw: str) -> str:
    w = _FOLDED.get(raw)
    if w is None:
        w = fold(raw)
        if len(_FOLDED) < 200_000:
            _FOLDED[raw] = w
    return w


_FOLDED: dict[str, str] = {}  # spelling -> folded word, shared by all texts


class WordKeys:
    """Which spellings match a query, and the query term each matches: worked out once per
    spelling and shared by the snippets of one query's hits (`Plan.word_keys`)."""

    __slots__ = ("keys", "seen")

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}  # matching spelling -> the query term it matches
        self.seen: set[str] = set()  # every spelling looked at


def make_snippet(text: str, analyzer: Analyzer, stems: set[str], exact: set[str],
                 size: int = SNIPPET_WORDS, keys_of: WordKeys | None = None,
                 ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The passage of `text` with the most distinct matched words, and their offsets in it.

    The words are `WORD_PART`'s; a word matches when its folded form is in `exact` or one
    of its terms (`Analyzer.word_terms`) is in `stems`. The passage is `size` words from
    4 words before a match, the one holding the most distinct matched terms (then the most
    matches; the first of equals), widened back to its sentence's start when that is near.

    `keys_of` caches which spellings match (share it between the hits of one query)."""
    if not text:
        return "", ()
    # words and the text between them, alternately (`parts[0]` is what precedes the first
    # word): split in C, each distinct spelling looked at once per query, so that the
    # Python work per page is a pass over its words, not a regex match object per word
    parts = _WORDS_AND_GAPS.split(text)
    words = parts[1::2]
    if not words:
        return "", ()
    if keys_of is None:
        keys_of = WordKeys()
    spellings = set(words)
    known = keys_of.keys
    new = spellings.difference(keys_of.seen)
    if new:
        for raw in new:
            w = _folded(raw)
            if w in exact:
                known[raw] = w
            elif w not in STOP_WORDS:
                for t in analyzer.word_terms(w, stop=False):
                    if t in stems:
                        known[raw] = t
                        break
        keys_of.seen |= new
    matched = spellings.intersection(known)
    if not matched:
        return "", ()
    hits = [i for i, raw in enumerate(words) if raw in matched]  # word numbers, ascending
    keys = [known[words[i]] for i in hits]
    best_start = _best_window(hits, keys, size)
    last_word = min(len(words) - 1, best_start + size - 1)
    # character offsets: word k spans ends[2k] .. ends[2k + 1]
    ends = list(accumulate(map(len, parts[: 2 * last_word + 2])))
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
