"""The libraries that replace hand-written text algorithms: PyStemmer for the Dutch stems,
rapidfuzz for the edit distance of spelling corrections.

PyStemmer's `dutch_porter` replaced a hand port of Whoosh's Snowball Dutch stemmer after
giving the same stem on every word of the bundled content (6,738) and of the upstream
corpus (7,513). These tests pin known stems and the rules the analyzer adds on top.
rapidfuzz's `OSA` replaced a hand-written Damerau-Levenshtein distance (kept below as the
reference) after giving the same distance on 100,000 word pairs.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from reader.search.analysis import Analyzer, dutch_stem

#: Known Snowball Dutch (original algorithm) stems.
KNOWN_STEMS = {
    "algoritmen": "algoritm",
    "algoritme": "algoritm",
    "beoordelingen": "beoordel",
    "gegevens": "gegeven",
    "verwerking": "verwerk",
    "toezichthouders": "toezichthouder",
    "verantwoordelijkheid": "verantwoord",
    "menselijke": "menselijk",
    "transparantie": "transparantie",
    "ontwikkelen": "ontwikkel",
    "mogelijkheden": "mogelijk",
    "bruikbaar": "bruikbar",
    "lichamelijk": "licham",
    "kinderen": "kinder",
    "opgaaf": "opgaf",
    "geïnventariseerd": "geinventariseerd",  # accents fold before stemming
    "Algoritmen": "algoritm",
}


def test_pystemmer_gives_the_known_dutch_stems() -> None:
    assert {word: dutch_stem(word) for word in KNOWN_STEMS} == KNOWN_STEMS


def test_the_analyzers_own_rules_still_apply_on_top_of_the_stemmer() -> None:
    a = Analyzer(dutch_stem, {"risico", "beheer"})
    # irregular forms the stemmer keeps apart
    assert a.stem("overheden") == a.stem("overheid") == "overheid"
    assert a.stem("processen") == "proces"
    assert a.stem("criteria") == "criterium"
    # -s after a vowel is a plural; -lijk is kept (verantwoordelijk must not meet verantwoord)
    assert a.stem("risicos") == a.stem("risico") == "risico"
    assert a.stem("verantwoordelijk") == "verantwoordelijk" != dutch_stem("verantwoordelijk")
    assert a.stem("menselijk") == "menselijk"
    # a doubled final consonant Snowball leaves goes, so plural and singular meet
    assert dutch_stem("modellen") == "modell" and a.stem("modellen") == a.stem("model") == "model"
    assert a.stem("uitleggen") == a.stem("uitleg") == "uitleg"
    assert a.stem("stemmen") == a.stem("stem") == "stem"
    # short words and numbers are not stemmed; compounds split into known parts
    assert a.stem("wet") == "wet"
    assert a.stem("2024") == "2024"
    assert a.word_terms("risicobeheer") == ["risicobeher", "risico", "beher"]


# ---------------------------------------------------------------- edit distance

def _vocabulary() -> list[str]:
    from reader.content import Site
    from reader.content.plaintext import plain_text
    from reader.search.analysis import word_list
    from tests.conftest import CONTENT

    site = Site.load(CONTENT)
    found: set[str] = set()
    for page in site.pages.values():
        found.update(word_list(page.title + "\n" + plain_text(page.body)))
    return sorted(w for w in found if w.isalpha())


def _pairs(n: int) -> list[tuple[str, str]]:
    """Random pairs of words of the content, and words with a typo (fixed seed)."""
    import random

    rnd = random.Random(19)
    vocab = _vocabulary()
    pairs = []
    for _ in range(n // 2):
        pairs.append((rnd.choice(vocab), rnd.choice(vocab)))
        w = list(rnd.choice(vocab))
        for _ in range(rnd.randint(1, 3)):
            i = rnd.randrange(len(w))
            op = rnd.choice("swap drop add change".split())
            if op == "swap" and i + 1 < len(w):
                w[i], w[i + 1] = w[i + 1], w[i]
            elif op == "drop" and len(w) > 1:
                del w[i]
            elif op == "add":
                w.insert(i, rnd.choice("aeiourstnkl"))
            else:
                w[i] = rnd.choice("aeiourstnkl")
        pairs.append((pairs[-1][0], "".join(w)))
    return pairs


def test_edit_distance_counts_a_swap_as_one() -> None:
    assert OSA.distance("toezicht", "toezihct", score_cutoff=2) == 1
    assert OSA.distance("register", "registr", score_cutoff=2) == 1
    assert OSA.distance("abc", "xyz", score_cutoff=1) == 2  # cut off: one more than the limit


def test_rapidfuzz_osa_equals_the_textbook_edit_distance() -> None:
    pairs = _pairs(30_000)
    for limit in (1, 2):
        different = [(a, b) for a, b in pairs
                     if min(damerau_levenshtein(a, b, limit), limit + 1) != OSA.distance(a, b, score_cutoff=limit)]
        assert not different, different[:10]


def damerau_levenshtein(a: str, b: str, limit: int) -> int:
    """Edit distance with adjacent transpositions, cut off above `limit`: the hand-written
    one the search used before rapidfuzz."""
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
