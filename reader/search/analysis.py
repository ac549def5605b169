"""Dutch text analysis for search.

The same `Analyzer` turns page text into index terms and query text into query terms, so
both sides always agree. Whoosh only ever sees the resulting space-separated terms (see
`reader.search.backend`), which keeps custom classes out of its pickled schema.

Pipeline per word (words and folding as `reader.content.words` defines them): accent
folding and apostrophe removal (`geïnventariseerd` ->
`geinventariseerd`, `risico's` -> `risicos`), stop words, splitting of hyphenated words and
of glued compounds found in the content's own vocabulary (`risicobeheer` -> `risico`,
`beheer`), a plural rule for `-s` after a vowel and a few irregular forms that the Snowball
stemmer keeps apart, then Snowball Dutch (PyStemmer's `dutch_porter`), whose stems lose a
doubled final consonant it leaves (modellen -> modell -> model).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable

import Stemmer

from reader.content.words import WORD, fold, words

#: Bump when anything below changes the terms produced: the index then rebuilds itself.
ANALYSIS_VERSION = 10

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
#: Final consonants that Snowball leaves doubled after cutting a suffix (modellen -> modell).
DOUBLED = frozenset("bfglmnprs")
LIJK = re.compile(r"^(.{3,}lijk)(?:heid|heden|e|er|ere|st|ste|en)?$")


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
    return [word for folded in found if folded is not None for word in folded]  # (all are now)


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
            if len(result) > 4 and result[-1] == result[-2] and result[-1] in DOUBLED:
                result = result[:-1]  # Snowball undoubles only k, d, t: modellen -> model, as model
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


_STEMMERS = threading.local()  # a PyStemmer stemmer is not thread-safe: one per thread


def dutch_stem(word: str) -> str:
    """The Snowball Dutch stem of a word: PyStemmer's `dutch_porter` algorithm (the original
    Snowball Dutch stemmer, as Whoosh's `DutchStemmer` has it; Snowball's newer `dutch`
    stems differently)."""
    stemmer = getattr(_STEMMERS, "dutch", None)
    if stemmer is None:
        stemmer = _STEMMERS.dutch = Stemmer.Stemmer("dutch_porter")
    return stemmer.stemWord(word.lower())


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
