"""Words of running text and their folded form: the one definition that search (index and
query terms, snippets), the page highlighter and the UI share, so that a word the search
matched is the word the page marks.

- A *word* is a run of letters or digits, apostrophes inside it included (`risico's`,
  `risico’s`, `d‘r`); `WORD_PART` finds those. `WORD` also joins hyphenated words
  (`AI-verordening`), which `words` yields as their parts plus the joined whole.
- `fold` is how every side compares words: lowercase, no diacritics, no apostrophes
  (`Geïnventariseerd` -> `geinventariseerd`, `risico’s` -> `risicos`).

This module imports nothing of the reader: every layer may use it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

#: The apostrophes a Dutch word may contain: typewriter, right and left single quotes, backtick.
APOSTROPHE_CHARS = "'’‘`"
APOSTROPHES = re.compile(f"[{APOSTROPHE_CHARS}]")
#: A word without its hyphenated neighbours: what snippets and the page highlighter mark.
WORD_PART = re.compile(rf"\w+(?:[{APOSTROPHE_CHARS}]\w+)*")
#: A word with hyphenated neighbours joined (the search splits it again, see `words`).
WORD = re.compile(rf"\w+(?:[{APOSTROPHE_CHARS}]\w+)*(?:-\w+(?:[{APOSTROPHE_CHARS}]\w+)*)*")
_PART_SEPARATOR = re.compile(r"[-_]")


#: The combining marks met so far (a pattern per set of them): folding a long text is one
#: decomposition and one substitution, both in C.
_MARKS: dict[frozenset[str], re.Pattern[str]] = {}


def fold(text: str) -> str:
    """Lowercase, strip diacritics, drop apostrophes."""
    text = text.lower()
    if text.isascii():  # most words: only the ASCII apostrophes can be there
        return text.replace("'", "").replace("`", "") if "'" in text or "`" in text else text
    text = APOSTROPHES.sub("", text)
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    marks = frozenset(c for c in set(decomposed) if unicodedata.combining(c))
    if not marks:
        return decomposed
    pattern = _MARKS.get(marks)
    if pattern is None:
        if len(_MARKS) > 256:
            _MARKS.clear()
        pattern = _MARKS[marks] = re.compile("[" + "".join(re.escape(c) for c in sorted(marks)) + "]")
    return pattern.sub("", decomposed)


class Token(NamedTuple):
    """A word of the original text with its offsets (for highlighting)."""

    text: str  # folded
    start: int
    end: int


def words(text: str) -> Iterator[Token]:
    """Words of `text` with offsets; hyphenated words (and snake_case ones) come as their
    parts plus the whole, joined."""
    for m in WORD.finditer(text):
        raw = m.group(0)
        if "-" not in raw and "_" not in raw:
            yield Token(fold(raw), m.start(), m.end())
            continue
        offset = m.start()
        folded_parts = []
        for part in _PART_SEPARATOR.split(raw):
            if part:
                folded = fold(part)
                folded_parts.append(folded)
                yield Token(folded, offset, offset + len(part))
            offset += len(part) + 1
        joined = "".join(folded_parts)
        if len(folded_parts) > 1 and joined:
            yield Token(joined, m.start(), m.end())


def without_joined(folded: list[str]) -> list[str]:
    """Folded words as `words` gives them, without the joined form that follows the parts of
    a hyphenated word (`ai`, `verordening`, not `aiverordening`)."""
    out: list[str] = []
    for t in folded:
        if len(out) >= 2 and t == out[-2] + out[-1]:
            continue
        out.append(t)
    return out


def find_folded(text: str, query: str) -> list[tuple[int, int]]:
    """Where `query` occurs in `text` when both are folded as the search folds words
    (`financiele` finds `financiële`, `risicos` finds `risico’s`): (start, end) offsets in
    `text`, not overlapping, in order. Find in page uses it, so that it agrees with search."""
    needle = fold(query)
    if not needle.strip():
        return []
    chars: list[str] = []
    origin: list[int] = []  # the offset in `text` of each folded character
    for i, ch in enumerate(text):
        for c in fold(ch):
            chars.append(c)
            origin.append(i)
    folded = "".join(chars)
    out = []
    at = folded.find(needle)
    while at != -1:
        out.append((origin[at], origin[at + len(needle) - 1] + 1))
        at = folded.find(needle, at + len(needle))
    return out
