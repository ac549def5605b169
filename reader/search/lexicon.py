"""The words of the content, unstemmed, with the number of pages each occurs on.

Prefix completion ("algor" -> algoritme, algoritmes), close spellings ("algoritme" for
"algortime") and word families (proportionaliteit ~ proportioneel) look words up here
rather than in the index: a Whoosh field of unstemmed words cost a third of the build
time for lookups that only need the word list and its document frequencies.

A `Lexicon` never changes once made (searches in other threads may be reading it); an
update makes a new one with `changed`. It is saved beside the index as `words.json`.
"""

from __future__ import annotations

import json
import os
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from functools import cached_property
from pathlib import Path

from rapidfuzz.distance import OSA

FILE_NAME = "words.json"


class Lexicon:
    """Folded words -> document frequency, with prefix, suffix and length lookups."""

    def __init__(self, df: Mapping[str, int] | None = None) -> None:
        self._df: dict[str, int] = {w: n for w, n in (df or {}).items() if n > 0}

    # ---------------------------------------------------------------- making
    @classmethod
    def count(cls, documents: Iterable[Iterable[str]]) -> Lexicon:
        """The lexicon of documents given as their words (repeats within one are fine)."""
        df: dict[str, int] = {}
        get = df.get
        for doc in documents:
            for word in set(doc):
                df[word] = get(word, 0) + 1
        return cls(df)

    def changed(self, removed: Iterable[Iterable[str]], added: Iterable[Iterable[str]]) -> Lexicon:
        """A new lexicon without the words of `removed` documents and with those of `added`."""
        df = dict(self._df)
        for doc in removed:
            for word in set(doc):
                df[word] = df.get(word, 0) - 1
        for doc in added:
            for word in set(doc):
                df[word] = df.get(word, 0) + 1
        return Lexicon(df)

    # ---------------------------------------------------------------- files
    @classmethod
    def read(cls, folder: Path) -> Lexicon | None:
        """The saved lexicon, or None when it is missing or unreadable."""
        try:
            data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or not all(
            isinstance(w, str) and isinstance(n, int) for w, n in data.items()
        ):
            return None
        return cls(data)

    def write(self, folder: Path) -> None:
        tmp = folder / (FILE_NAME + ".tmp")
        tmp.write_text(json.dumps(self._df, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, folder / FILE_NAME)

    # ---------------------------------------------------------------- lookups
    def __len__(self) -> int:
        return len(self._df)

    def __contains__(self, word: object) -> bool:
        return word in self._df

    def df(self, word: str) -> int:
        return self._df.get(word, 0)

    @cached_property
    def _sorted(self) -> list[str]:
        return sorted(self._df)

    @cached_property
    def _reversed(self) -> list[str]:
        return sorted(w[::-1] for w in self._df)

    @cached_property
    def _buckets(self) -> dict[tuple[str, int], list[str]]:
        buckets: dict[tuple[str, int], list[str]] = {}
        for word in self._df:
            buckets.setdefault((word[0], len(word)), []).append(word)
        return buckets

    def with_prefix(self, prefix: str) -> list[tuple[str, int]]:
        """Words starting with `prefix` (itself included), in alphabetical order."""
        words = self._sorted
        out = []
        i = bisect_left(words, prefix)
        while i < len(words) and words[i].startswith(prefix):
            out.append((words[i], self._df[words[i]]))
            i += 1
        return out

    def with_suffix(self, suffix: str) -> list[tuple[str, int]]:
        """Words ending with `suffix` (itself included)."""
        rwords = self._reversed
        key = suffix[::-1]
        out = []
        i = bisect_left(rwords, key)
        while i < len(rwords) and rwords[i].startswith(key):
            word = rwords[i][::-1]
            out.append((word, self._df[word]))
            i += 1
        return out

    def similar_length(self, first: str, lo: int, hi: int) -> list[tuple[str, int]]:
        """Words starting with the letter `first`, `lo` to `hi` letters long."""
        out: list[tuple[str, int]] = []
        for n in range(lo, hi + 1):
            out.extend((w, self._df[w]) for w in self._buckets.get((first, n), ()))
        return out

    def corrections(self, word: str, *, min_length: int = 4, limit: int = 3) -> list[tuple[str, int]]:
        """Close spellings of `word` among these words, (word, df), the closest and then the
        most frequent first: within an OSA edit distance (swaps count one) of 1, or 2 for
        words of more than six letters; the same first letter. Nothing for short words or
        words with digits."""
        if len(word) < min_length or not word.isalpha():
            return []
        max_dist = 1 if len(word) <= 6 else 2
        best: list[tuple[int, int, str]] = []
        for term, df in self.similar_length(word[0], len(word) - max_dist, len(word) + max_dist):
            d = OSA.distance(word, term, score_cutoff=max_dist)  # max_dist + 1: farther
            if d <= max_dist:
                best.append((d, -df, term))
        best.sort()
        if not best:
            return []
        top = best[0][0]
        return [(t, -negdf) for d, negdf, t in best if d == top][:limit]
