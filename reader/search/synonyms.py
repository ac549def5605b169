"""Synonyms and abbreviations for query expansion.

Two sources: `resources/synonyms.txt` (a small general vocabulary of the field, Dutch,
English and abbreviations: `a = b = c` find each other, `x = y => a = b` one way, x and y
find a and b) and the content's own glossary (`*[AVG]: Algemene Verordening
Gegevensbescherming.`), whose short definitions of abbreviations work as expansions.
Expansion happens at query time only, so the index never needs rebuilding for it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from reader.content.words import fold, words
from reader.resources import resource_path

MAX_EXPANSION_WORDS = 6


def _norm_phrase(text: str) -> str:
    # hyphenated words come as parts + whole; keep the parts only, in order
    toks = [t.text for t in words(text)]
    out: list[str] = []
    for t in toks:
        if out and len(out) >= 2 and t == "".join(out[-2:]):
            continue
        out.append(t)
    return " ".join(out)


@dataclass
class Synonyms:
    groups: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _by_stem: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)
    _phrase_stems: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)

    def add_group(self, members: Sequence[str]) -> None:
        normed = [_norm_phrase(m) for m in members if m.strip()]
        normed = [m for m in normed if m]
        for m in normed:
            self.groups[m].update(x for x in normed if x != m)
        self._by_stem = self._phrase_stems = None

    def add_one_way(self, terms: Sequence[str], meanings: Sequence[str]) -> None:
        """`terms` (another language's words for a thing) find each other and `meanings` (the
        content's words for it); the meanings do not find the terms, nor each other."""
        normed = [m for m in map(_norm_phrase, terms) if m]
        targets = [m for m in map(_norm_phrase, meanings) if m]
        for m in normed:
            self.groups[m].update(x for x in normed + targets if x != m)
        self._by_stem = self._phrase_stems = None

    @classmethod
    def load(cls, glossary: Mapping[str, str] | None = None, text: str | None = None) -> Synonyms:
        syn = cls()
        if text is None:
            try:
                text = resource_path("synonyms.txt").read_text(encoding="utf-8")
            except OSError:
                text = ""
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if "=>" in line:
                left, _arrow, right = line.partition("=>")
                syn.add_one_way([p.strip() for p in left.split("=")], [p.strip() for p in right.split("=")])
            elif "=" in line:
                syn.add_group([part.strip() for part in line.split("=")])
        for term, definition in (glossary or {}).items():
            term_clean = term.strip()
            if not re.fullmatch(r"[A-Za-z]{2,6}", term_clean) or not term_clean[:2].isupper():
                continue
            expansion = re.sub(r"\([^)]*\)", "", definition).strip().rstrip(".").strip()
            expansion = expansion.split("/")[0].strip()
            n = len(expansion.split())
            if 1 <= n <= MAX_EXPANSION_WORDS and fold(expansion) != fold(term_clean):
                syn.add_group([term_clean, expansion])
        return syn

    def alternatives(self, word: str) -> list[str]:
        """Other forms of a single query word."""
        return sorted(self.groups.get(word, ()))

    def _stemmed_phrase(self, phrase: str, stem: Callable[[str], str]) -> list[str]:
        cache = self._phrase_stems
        if cache is None:
            cache = self._phrase_stems = {}
        found = cache.get(phrase)
        if found is None:
            found = cache[phrase] = [stem(w) for w in phrase.split()]
        return found

    def alternatives_of_form(self, word: str, stem: Callable[[str], str]) -> list[str]:
        """Other forms of a single query word, or, when the word itself has none, those of the
        one-word members with its stem ("beveilig" as "beveiligen", "klachten" as "klacht")."""
        direct = self.groups.get(word)
        if direct:
            return sorted(direct)
        index = self._by_stem
        if index is None:
            index = {}
            for member in self.groups:
                if " " not in member:
                    index.setdefault(stem(member), []).append(member)
            self._by_stem = index
        found: set[str] = set()
        for member in index.get(stem(word), ()):
            found |= self.groups[member] | {member}
        found.discard(word)
        return sorted(found)

    def phrases_in(self, tokens: Sequence[str], stem: Callable[[str], str] | None = None,
                   ) -> list[tuple[str, list[str], int, int]]:
        """Multi-word group members found in the query: (phrase, alternatives, start, end);
        with `stem`, words match by their stems ("impact assessments", "data subjects")."""
        found = []
        keyed = [stem(t) for t in tokens] if stem is not None else list(tokens)
        for phrase, alts in self.groups.items():
            parts = phrase.split()
            if len(parts) < 2:
                continue
            if stem is not None:
                parts = self._stemmed_phrase(phrase, stem)
            n = len(parts)
            for i in range(len(tokens) - n + 1):
                if keyed[i : i + n] == parts:
                    found.append((phrase, sorted(alts), i, i + n))
        found.sort(key=lambda f: (f[2], -(f[3] - f[2])))
        out: list[tuple[str, list[str], int, int]] = []
        covered: set[int] = set()
        for item in found:
            span = set(range(item[2], item[3]))
            if span & covered:
                continue
            covered |= span
            out.append(item)
        return out
