"""Snippets: the passage of a page that best shows why it matched, with offsets to highlight."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.content import Page
from reader.content.words import WORD_PART, fold
from reader.search.analysis import STOP_WORDS, Analyzer

SNIPPET_WORDS = 28


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


@lru_cache(maxsize=256)  # the top hits of the last few queries; each entry holds a page's words
def _snippet_tokens(text: str) -> tuple[tuple[tuple[int, int, str], ...], dict[str, list[int]]]:
    """(start, end, folded word) of every word, and where each distinct word occurs;
    cached, as top hits repeat while a query is typed."""
    folded = _FOLDED
    tokens_: list[tuple[int, int, str]] = []
    where: dict[str, list[int]] = {}
    for i, m in enumerate(WORD_PART.finditer(text)):
        raw = m.group(0)
        w = folded.get(raw)
        if w is None:
            w = fold(raw)
            if len(folded) < 200_000:
                folded[raw] = w
        tokens_.append((m.start(), m.end(), w))
        found = where.get(w)
        if found is None:
            where[w] = [i]
        else:
            found.append(i)
    return tuple(tokens_), where


_FOLDED: dict[str, str] = {}  # spelling -> folded word, shared by all texts


def make_snippet(text: str, analyzer: Analyzer, stems: set[str], exact: set[str],
                 size: int = SNIPPET_WORDS, keys_of: dict[str, str | None] | None = None,
                 ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The passage of `text` with the most distinct matched words, and their offsets in it.

    `keys_of` caches, per folded word, the query term it matches (share it between the
    hits of one query)."""
    if not text:
        return "", ()
    tokens, where = _snippet_tokens(text)
    if not tokens:
        return "", ()
    if keys_of is None:
        keys_of = {}
    found: list[tuple[int, str]] = []
    for w, places in where.items():  # each distinct word once, not every occurrence
        key = keys_of.get(w, "")
        if key == "":
            key = None
            if w in exact:
                key = w
            elif w not in STOP_WORDS:
                for t in analyzer.word_terms(w, stop=False):
                    if t in stems:
                        key = t
                        break
            keys_of[w] = key
        if key is not None:
            found.extend((i, key) for i in places)
    found.sort()
    hits = [i for i, _k in found]
    keys = [k for _i, k in found]
    if not hits:
        return "", ()
    best_start, best_score = hits[0], -1
    for n, h in enumerate(hits):
        start = max(0, h - 4)
        window: set[str] = set()
        count = 0
        for i, k in zip(hits[n:], keys[n:], strict=True):
            if i >= start + size:
                break
            window.add(k)
            count += 1
        # hits before h inside the window (at most 4 words back)
        for i, k in zip(hits[max(0, n - 4):n], keys[max(0, n - 4):n], strict=True):
            if i >= start:
                window.add(k)
                count += 1
        score = len(window) * 10 + count
        if score > best_score:
            best_start, best_score = start, score
    first = tokens[best_start]
    last = tokens[min(len(tokens) - 1, best_start + size - 1)]
    begin, end = first[0], last[1]
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
        s_off, e_off, _w = tokens[i]
        if s_off >= begin and e_off <= end and s_off in index_of and (e_off - 1) in index_of:
            spans.append((index_of[s_off] + len(prefix), index_of[e_off - 1] + 1 + len(prefix)))
    return prefix + "".join(out) + suffix, tuple(_merge(sorted(set(spans))))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
