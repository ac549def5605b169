"""Dutch text analysis for search, in plain Python.

The same `Analyzer` turns page text into index terms and query text into query terms, so
both sides always agree. Whoosh only ever sees the resulting space-separated terms (see
`reader.search.backend`), which keeps custom classes out of its pickled schema.

Pipeline per word: accent folding and apostrophe removal (`geïnventariseerd` ->
`geinventariseerd`, `risico's` -> `risicos`), stop words, splitting of hyphenated words and
of glued compounds found in the content's own vocabulary (`risicobeheer` -> `risico`,
`beheer`), a plural rule for `-s` after a vowel and a few irregular forms that the Snowball
stemmer keeps apart, then Snowball Dutch.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

#: Bump when anything below changes the terms produced: the index then rebuilds itself.
ANALYSIS_VERSION = 8

WORD = re.compile(r"\w+(?:['’‘`]\w+)*(?:-\w+(?:['’‘`]\w+)*)*", re.UNICODE)
APOSTROPHES = re.compile(r"['’‘`]")

# A compact Dutch stop list (Snowball's, trimmed of words that carry meaning here).
STOP_WORDS = frozenset(
    """
    de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om
    hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar
    naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al
    waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd
    altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest
    andere welke wat waar wanneer hoe moeten mag mogen welk jullie jij we wij zoals
    the of and to a in is for on with by an be are this that it as or from at
    """.split()
)

#: Forms the Snowball stemmer gets wrong, mapped to a shared stem.
IRREGULAR = {
    "overheid": "overheid",
    "overheden": "overheid",
    "proces": "proces",
    "processen": "proces",
    "bias": "bias",
    "biases": "bias",
    "data": "data",
    "datas": "data",
    "media": "media",
    "criteria": "criterium",
    "criterium": "criterium",
}
_IRREGULAR_STEMS = frozenset(IRREGULAR.values())
#: Words ending in a vowel + s that are not plurals.
NOT_PLURAL = frozenset(
    "adres proces succes kosmos chaos ethos pathos logos eros thermos les mes bes ons des "
    "mos jos fles dus als tos".split()
)
VOWELS = frozenset("aeiouy")
LIJK = re.compile(r"^(.{3,}lijk)(?:heid|heden|e|er|ere|st|ste|en)?$")


def fold(text: str) -> str:
    """Lowercase, strip diacritics, drop apostrophes."""
    text = text.lower()
    if text.isascii():  # most words: only the ASCII apostrophes can be there
        return text.replace("'", "").replace("`", "") if "'" in text or "`" in text else text
    text = APOSTROPHES.sub("", text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Token(NamedTuple):
    """A word of the original text with its offsets (for highlighting)."""

    text: str  # folded
    start: int
    end: int


def words(text: str) -> Iterator[Token]:
    """Words of `text` with offsets; hyphenated words come as their parts plus the whole."""
    for m in WORD.finditer(text):
        raw = m.group(0)
        if "-" not in raw and "_" not in raw:
            yield Token(fold(raw), m.start(), m.end())
            continue
        start = m.start()
        parts = [p for p in re.split(r"[-_]", raw)]
        offset = start
        folded_parts = []
        for part in parts:
            if part:
                folded = fold(part)
                folded_parts.append(folded)
                yield Token(folded, offset, offset + len(part))
            offset += len(part) + 1
        joined = "".join(folded_parts)
        if len(folded_parts) > 1 and joined:
            yield Token(joined, m.start(), m.end())


_WORD_CACHE: dict[str, tuple[str, ...]] = {}  # a text's whitespace-separated piece -> its words
_WORD_CACHE_MAX = 300_000


def word_list(text: str) -> list[str]:
    """The folded words of `text`, as `words` gives them, without offsets: the fast path
    for indexing. A word never spans whitespace, so the text is split at whitespace first
    (fast) and each distinct piece ("algoritme," "(AI-verordening)") is split into words
    and folded once."""
    cache = _WORD_CACHE
    pieces = text.split()
    found = list(map(cache.get, pieces))
    if None in found:
        for i, folded in enumerate(found):
            if folded is None:
                piece = pieces[i]
                folded = cache.get(piece)  # (when it came earlier in this text)
                if folded is None:
                    folded = tuple(word for raw in WORD.findall(piece) for word in _raw_words(raw))
                    if len(cache) < _WORD_CACHE_MAX:
                        cache[piece] = folded
                found[i] = folded
    return [word for folded in found for word in folded]


def _raw_words(raw: str) -> tuple[str, ...]:
    """The words of one match of WORD, as `words` gives them."""
    if "-" not in raw and "_" not in raw:
        return (fold(raw),)
    return tuple(token.text for token in words(raw))


class Analyzer:
    """Folding, stop words, compounds, plurals and stemming for Dutch text.

    `vocabulary` is the set of words known from the content itself; compounds are split
    only into parts found there. `stem` is a Snowball-style stemmer function.
    """

    def __init__(self, stem: Callable[[str], str], vocabulary: Iterable[str] = ()) -> None:
        self._stem_fn = stem
        self.vocabulary = frozenset(vocabulary)
        self._stems: dict[str, str] = {}
        self._splits: dict[str, tuple[str, ...]] = {}
        self._word_terms: dict[str, tuple[str, ...]] = {}
        self._split_terms: dict[str, tuple[str, ...]] = {}  # word -> stems of its compound parts

    # -------------------------------------------------------------- single words
    def normalise(self, word: str) -> str:
        """Plural and irregular forms -> the form the stemmer gets."""
        if word in IRREGULAR:
            return IRREGULAR[word]
        if (
            len(word) > 4
            and word.endswith("s")
            and word[-2] in "eo"
            and word not in NOT_PLURAL
            and not word.endswith(("ces", "ies", "ss"))
        ):
            return word[:-1]
        return word

    def stem(self, word: str) -> str:
        cached = self._stems.get(word)
        if cached is not None:
            return cached
        base = self.normalise(word)
        lijk = LIJK.match(base) if "lijk" in base else None
        if base in _IRREGULAR_STEMS:
            result = base
        elif lijk:
            # Snowball cuts -lijk: verantwoordelijk would meet verantwoord, menselijk mens
            result = lijk.group(1)
        elif word.isdigit() or len(base) <= 3:
            result = base
        else:
            result = self._stem_fn(base)
            if len(result) < 3:
                result = base
        self._stems[word] = result
        return result

    def split(self, word: str) -> tuple[str, ...]:
        """Parts of a glued compound, found in the vocabulary (empty when none)."""
        cached = self._splits.get(word)
        if cached is not None:
            return cached
        parts: tuple[str, ...] = ()
        vocab = self.vocabulary
        if len(word) >= 9 and not word.isdigit() and vocab:
            best = None
            for i in range(4, len(word) - 4):
                head, tail = word[:i], word[i:]
                if tail not in vocab or len(tail) < 5:
                    continue
                for linker in ("", "s", "en", "e"):
                    if linker and not head.endswith(linker):
                        continue
                    core = head[: len(head) - len(linker)] if linker else head
                    if len(core) >= 4 and core in vocab:
                        score = min(len(core), len(tail))
                        if best is None or score > best[0]:
                            best = (score, core, tail)
                        break
            if best is not None:
                _, core, tail = best
                parts = (core, *(self.split(tail) or (tail,)))
        self._splits[word] = parts
        return parts

    # -------------------------------------------------------------- streams
    def terms(self, text: str, *, stop: bool = True) -> list[str]:
        """Index terms of a text: stemmed words and the stemmed parts of compounds."""
        out: list[str] = []
        for token in words(text):
            out.extend(self.word_terms(token.text, stop=stop))
        return out

    def word_terms(self, word: str, *, stop: bool = True) -> list[str]:
        """The stem of a word, then the stems of its compound parts."""
        if not word or (stop and word in STOP_WORDS):
            return []
        cached = self._word_terms.get(word)
        if cached is None:
            terms = [self.stem(word)]
            for part in self.split(word):
                stemmed = self.stem(part)
                if stemmed not in terms:
                    terms.append(stemmed)
            cached = self._word_terms[word] = tuple(terms)
        return list(cached)

    def split_terms(self, text: str | list[str], *, stop: bool = True) -> tuple[list[str], list[str]]:
        """(stems of whole words, stems of compound parts): parts are indexed apart so
        that a match inside a compound counts less than a match of the word itself.
        Takes text, or its words as `word_list` gives them."""
        words = word_list(text) if isinstance(text, str) else text
        words = [w for w in words if w and w not in STOP_WORDS] if stop else [w for w in words if w]
        known = self._split_terms
        for word in set(words).difference(known):  # each distinct word is analysed once
            self.stem(word)
            compound = self.split(word)
            known[word] = tuple(map(self.stem, compound)) if compound else ()
        whole = list(map(self._stems.__getitem__, words))
        parts = [part for w in words if known[w] for part in known[w]]
        return whole, parts


_DUTCH_VOWELS = "aeiouy\xe8"
_DUTCH_ACCENTS = str.maketrans("\xe4\xe1\xeb\xe9\xed\xef\xf6\xf3\xfc\xfa", "aaeeiioouu")
_VOWEL_Y = re.compile(f"([{_DUTCH_VOWELS}])y")
_VOWEL_I_VOWEL = re.compile(f"([{_DUTCH_VOWELS}])i(?=[{_DUTCH_VOWELS}])")
_VOWEL_CONSONANT = re.compile(f"[{_DUTCH_VOWELS}][^{_DUTCH_VOWELS}]")
_UNDOUBLE = frozenset(("kk", "dd", "tt"))
_STEP1 = ("heden", "ene", "en", "se", "s")
_STEP3B = ("baar", "lijk", "bar", "end", "ing", "ig")


def dutch_stem(word: str) -> str:
    """The Snowball Dutch stem of a word, as Whoosh's `DutchStemmer.stem` gives it (tested
    on every word of the content): the same steps, with the letter-by-letter loops done by
    regular expressions, 3x faster."""
    vowels = _DUTCH_VOWELS
    word = word.lower()
    if not word.isascii():
        word = word.translate(_DUTCH_ACCENTS)
    # an initial y, a y after a vowel and an i between vowels count as consonants (upper
    # case); left to right, so a y made Y is no vowel for the next letter
    if word.startswith("y"):
        word = "Y" + word[1:]
    if "y" in word and _VOWEL_Y.search(word):  # (search first: sub is slow to start)
        word = _VOWEL_Y.sub(r"\1Y", word)
    if "i" in word and _VOWEL_I_VOWEL.search(word):
        word = _VOWEL_I_VOWEL.sub(r"\1I", word)
    # R1 and R2: after the first non-vowel that follows a vowel (R1 leaves 3 letters at least)
    r1 = r2 = ""
    first = _VOWEL_CONSONANT.search(word)
    if first:
        r1 = word[first.end():]
        second = _VOWEL_CONSONANT.search(r1)
        if second:
            r2 = r1[second.end():]
        if first.end() < 3:
            r1 = word[3:]
    # step 1: the first of these suffixes that R1 ends with (the tuple test first: most end in none)
    for suffix in _STEP1 if r1.endswith(_STEP1) else ():
        if r1.endswith(suffix):
            n = len(suffix)
            if suffix == "heden":
                word = word[:-5] + "heid"
                r1 = r1[:-5] + "heid"
                if r2.endswith("heden"):
                    r2 = r2[:-5] + "heid"
            elif suffix in ("ene", "en"):
                if not word.endswith("heden") and word[-n - 1] not in vowels and word[-n - 3:-n] != "gem":
                    word, r1, r2 = word[:-n], r1[:-n], r2[:-n]
                    if word[-2:] in _UNDOUBLE:
                        word, r1, r2 = word[:-1], r1[:-1], r2[:-1]
            elif word[-n - 1] not in vowels and word[-n - 1] != "j":  # "se", "s"
                word, r1, r2 = word[:-n], r1[:-n], r2[:-n]
            break
    # step 2
    step2_success = False
    if r1.endswith("e") and word[-2] not in vowels:
        step2_success = True
        word, r1, r2 = word[:-1], r1[:-1], r2[:-1]
        if word[-2:] in _UNDOUBLE:
            word, r1, r2 = word[:-1], r1[:-1], r2[:-1]
    # step 3a
    if r2.endswith("heid") and word[-5] != "c":
        word, r1, r2 = word[:-4], r1[:-4], r2[:-4]
        if r1.endswith("en") and word[-3] not in vowels and word[-5:-2] != "gem":
            word, r1, r2 = word[:-2], r1[:-2], r2[:-2]
            if word[-2:] in _UNDOUBLE:
                word, r1, r2 = word[:-1], r1[:-1], r2[:-1]
    # step 3b: derivational suffixes
    for suffix in _STEP3B if r2.endswith(_STEP3B) else ():
        if r2.endswith(suffix):
            if suffix in ("end", "ing"):
                word, r2 = word[:-3], r2[:-3]
                if r2.endswith("ig") and word[-3] != "e":
                    word = word[:-2]
                elif word[-2:] in _UNDOUBLE:
                    word = word[:-1]
            elif suffix == "ig" and word[-3] != "e":
                word = word[:-2]
            elif suffix == "lijk":
                word, r1 = word[:-4], r1[:-4]
                if r1.endswith("e") and word[-2] not in vowels:
                    word = word[:-1]
                    if word[-2:] in _UNDOUBLE:
                        word = word[:-1]
            elif suffix == "baar":
                word = word[:-4]
            elif suffix == "bar" and step2_success:
                word = word[:-3]
            break
    # step 4: undouble a vowel
    if len(word) >= 4 and word[-1] not in vowels and word[-1] != "I":
        if word[-3:-1] in ("aa", "ee", "oo", "uu") and word[-4] not in vowels:
            word = word[:-3] + word[-3] + word[-1]
    return word.replace("I", "i").replace("Y", "y")


def vocabulary_counts(texts: Iterable[str | list[str]], counts: dict[str, int] | None = None) -> dict[str, int]:
    """How often each candidate compound part (4+ letters) occurs; adds to `counts`."""
    counts = {} if counts is None else counts
    tally: Counter[str] = Counter()
    for text in texts:
        tally.update(word_list(text) if isinstance(text, str) else text)
    get = counts.get
    for w, n in tally.items():
        if len(w) >= 4 and w.isalpha():
            counts[w] = get(w, 0) + n
    return counts


def vocabulary_from_counts(counts: dict[str, int], min_count: int = 2) -> set[str]:
    return {w for w, n in counts.items() if n >= min_count and w not in STOP_WORDS}


def build_vocabulary(texts: Iterable[str | list[str]], min_count: int = 2) -> set[str]:
    """Words (4+ letters) seen at least `min_count` times: the compound dictionary."""
    return vocabulary_from_counts(vocabulary_counts(texts), min_count)


def damerau_levenshtein(a: str, b: str, limit: int) -> int:
    """Edit distance with adjacent transpositions, cut off above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        row_min = cur[0]
        ca = a[i - 1]
        for j in range(1, len(b) + 1):
            cost = 0 if ca == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            row_min = min(row_min, v)
        if row_min > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]
