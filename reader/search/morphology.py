"""Dutch word families the stemmer does not join: derivations of one root.

The Snowball stemmer conflates most inflections (*beoordelen*, *beoordeel*; not the -t form
*beoordeelt*: `infinitives`), not derivations:
*registreren*, *registratie* and *register*, *afspreken* and *afspraak*, *controleren* and
*controle*, *toetsen* and *toetsing*, *uitleggen* and *uitlegbaarheid* keep apart. A query
word finds the other members of its family at query time (`Families.of`, used by the
planner with `WEIGHTS.derivation`), so the index does not change.

The rule is general, and the content decides: `roots` strips the common Dutch verb, noun
and adjective endings (-eren, -atie, -ing, -ering, -heid, -baar, -ie, -isch, inflections)
and normalises what is left the way Dutch spelling alternates (a long vowel written single
or double, a doubled final consonant, final v/z written f/s, *registr* and *register*, the
vowel of a few strong verbs: *spreek* / *spraak*); two words are of one family when a root
of one is a root of the other, and only words the content itself contains are looked up. A
past participle (*gecontroleerd*) joins its verb's family when the content has the verb.
"""

from __future__ import annotations

import re
import threading
import weakref
from functools import lru_cache

from reader.search.lexicon import Lexicon

#: Endings stripped to find a root (folded text). A root keeps at least `MIN_ROOT` letters.
SUFFIXES = (
    "baarheden", "baarheid", "eringen", "ering", "aties", "atie", "ingen", "ing",
    "eerden", "eerde", "eerd", "eert", "eren", "eer", "heden", "heid", "bare", "baar",
    "ische", "isch", "ies", "ie", "en", "es", "e", "s", "t",
)
MIN_ROOT = 5
#: How many endings may come off one after another (controleer-baar-heid).
DEPTH = 3
#: The vowel alternations of a few strong verbs and their nouns (root endings, both ways).
ABLAUT = (("sprek", "sprak"), ("brek", "brak"), ("nem", "nam"), ("bied", "bod"), ("kies", "keus"),
          ("schrijf", "schrift"), ("icus", "iek"))  # ethicus / ethiek
_VOWELS = frozenset("aeiou")
_LONG = ("aa", "ee", "oo", "uu")
#: At most this many stems of family members per query word (the most frequent first).
MAX_MEMBERS = 6


def _normal(root: str) -> str:
    """The spelling of a root that its other spellings share: a doubled final consonant
    single (uitlegg -> uitleg), a long vowel before a final consonant single (afspraak ->
    afsprak, beoordeel -> beoordel), final v and z as f and s (schrijv -> schrijf)."""
    if len(root) > 2 and root[-1] == root[-2] and root[-1] not in _VOWELS:
        root = root[:-1]
    if len(root) > 3 and root[-1] not in _VOWELS and root[-3:-1] in _LONG:
        root = root[:-2] + root[-1]
    if root.endswith("v"):
        root = root[:-1] + "f"
    elif root.endswith("z"):
        root = root[:-1] + "s"
    return root


@lru_cache(maxsize=65536)
def roots(word: str) -> frozenset[str]:
    """The roots of a folded word: itself and what is left after taking off up to `DEPTH`
    endings, each of at least `MIN_ROOT` letters, in their normal spelling."""
    if not word.isalpha():
        return frozenset({word})
    found = {word}
    frontier = {word}
    for _ in range(DEPTH):
        nxt = set()
        for form in frontier:
            for suffix in SUFFIXES:
                if form.endswith(suffix) and len(form) - len(suffix) >= MIN_ROOT:
                    nxt.add(form[: -len(suffix)])
        nxt -= found
        if not nxt:
            break
        found |= nxt
        frontier = nxt
    return frozenset(_normal(r) for r in found)


def _alternations(root: str) -> set[str]:
    """Other spellings of a root that a family may use: *registr* / *register* (a verb in
    -reren beside a noun in -er), *sprek* / *sprak* and the other strong verbs."""
    out = {root}
    if len(root) > 4 and root.endswith("er") and root[-3] not in _VOWELS:
        out.add(root[:-2] + "r")
    elif len(root) > 4 and root.endswith("r") and root[-2] not in _VOWELS:
        out.add(root[:-1] + "er")
    for a, b in ABLAUT:
        for x, y in ((a, b), (b, a)):
            if root.endswith(x) and len(root) - len(x) + len(y) >= MIN_ROOT - 1:
                out.add(root[: -len(x)] + y)
    return out


class Families:
    """Word families among one content's words (`Lexicon`)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._cache: dict[str, list[str]] = {}

    def of(self, word: str) -> list[str]:
        """The other words of the content of `word`'s family, the most frequent first (at
        most 3 x `MAX_MEMBERS`: several may share a stem); the word itself is not among them."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        found: dict[str, int] = {}
        if word.isalpha() and len(word) >= MIN_ROOT:
            wanted: set[str] = set()
            for root in self._roots(word):
                wanted |= _alternations(root)
            prefixes = {r[: max(4, min(len(r) - 2, 6))] for r in wanted if len(r) >= 4}
            for prefix in sorted(prefixes | {"ge" + p for p in prefixes}):
                for other, df in self.lexicon.with_prefix(prefix):
                    if other != word and other not in found and not self._roots(other).isdisjoint(wanted):
                        found[other] = df
        ranked = [w for w, _df in sorted(found.items(), key=lambda x: (-x[1], x[0]))][:MAX_MEMBERS * 3]
        if len(self._cache) < 50_000:
            self._cache[word] = ranked
        return ranked

    def _roots(self, word: str) -> frozenset[str]:
        """`roots`, and for a past participle (*gecontroleerd*, *getoetst*) those of its verb,
        when the content has the verb's infinitive (so *gebruikt* stays apart from *bruikbaar*)."""
        found = roots(word)
        if word.startswith("ge") and word.endswith(("d", "t")) and len(word) >= MIN_ROOT + 3:
            body = word[2:-1]
            if self.lexicon.df(_normal(body) + "en") or self.lexicon.df(body + "en"):
                found = found | roots(body + "en")
        return found


_FAMILIES: weakref.WeakKeyDictionary[Lexicon, Families] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def families(lexicon: Lexicon) -> Families:
    """The `Families` of a lexicon, made once (a lexicon never changes, see its doc)."""
    with _LOCK:
        found = _FAMILIES.get(lexicon)
        if found is None:
            found = _FAMILIES[lexicon] = Families(lexicon)
        return found


# ---------------------------------------------------------------- English cognates
#: English endings and the Dutch spellings of the same Latin or Greek ending
#: (*transparency* ~ *transparantie*, *activities* ~ *activiteiten*, *ethics* ~ *ethiek*).
COGNATE_ENDINGS = (
    ("isations", ("isaties", "alisaties")), ("izations", ("isaties", "alisaties")),
    ("isation", ("isatie", "alisatie")), ("ization", ("isatie", "alisatie")),
    ("ications", ("icaties",)), ("ication", ("icatie",)),
    ("ations", ("aties",)), ("ation", ("atie",)), ("tions", ("ties",)), ("tion", ("tie",)),
    ("sions", ("sies",)), ("sion", ("sie",)),
    ("ities", ("iteiten",)), ("ity", ("iteit",)),
    ("encies", ("enties", "anties")), ("ancies", ("anties", "enties")),
    ("ency", ("entie", "antie")), ("ancy", ("antie", "entie")),
    ("ences", ("enties",)), ("ence", ("entie",)), ("ances", ("anties",)), ("ance", ("antie",)),
    ("isms", ("ismen",)), ("ism", ("isme",)),
    ("ical", ("isch", "ische")), ("ics", ("iek",)), ("ic", ("isch", "ische", "iek")),
    ("ives", ("ieven",)), ("ive", ("ief", "ieve")),
    ("ated", ("eerd",)), ("ates", ("aten", "eren")), ("ate", ("eren", "aat")),
    ("ising", ("iseren",)), ("izing", ("iseren",)), ("ise", ("iseren",)), ("ize", ("iseren",)),
    ("logies", ("logieen",)), ("logy", ("logie",)), ("graphy", ("grafie",)),
    ("ies", ("ieen",)), ("y", ("ie",)),
    ("als", ("alen",)), ("al", ("aal", "ale", "eel", "ele")),
)
_HARD_C = re.compile(r"c(?=[aoulrt]|$)")
#: A cognate counts only when the content has it on at least this many pages.
COGNATE_MIN_DF = 2


def cognates(word: str, lexicon: Lexicon) -> list[str]:
    """Dutch words of the content that an English word is the cognate of, by its ending
    (`COGNATE_ENDINGS`, the longest ending that applies): *transparency* -> transparantie,
    *discrimination* -> discriminatie, *activities* -> activiteiten. Only words the content
    has on `COGNATE_MIN_DF` pages or more, and more often than the word itself."""
    if not word.isalpha() or len(word) < 5:
        return []
    own = lexicon.df(word)
    for ending, dutch in COGNATE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)]
            # and the base as Dutch spells it: a hard c as k (critical ~ kritisch, practical ~
            # praktisch), y as i (anonymise ~ anonimiseren), ph as f (philosophy ~ filosofie)
            spelled = _HARD_C.sub("k", base.replace("ph", "f").replace("y", "i"))
            found = [b + d for b in dict.fromkeys((base, spelled)) for d in dutch]
            return [c for c in dict.fromkeys(found)
                    if c != word and lexicon.df(c) >= COGNATE_MIN_DF and lexicon.df(c) > own]
    return []


# ---------------------------------------------------------------- verb forms
def infinitives(word: str) -> list[str]:
    """The infinitives a Dutch present-tense verb form may be of ("beoordeelt" ->
    beoordelen; "werkt" -> werken; "neemt" -> nemen; "gaat" -> gaan; "stelt" -> stellen);
    [] for other words. Candidates: the caller keeps those the content has."""
    if len(word) < 4 or not word.isalpha() or not word.endswith("t") or word.endswith(("st", "heid")):
        return []
    root = word[:-1]
    out = [root + "en"]
    if len(root) >= 3 and root[-2] == root[-3] and root[-2] in "aeou":
        out.append(root[:-2] + root[-1] + "en")  # beoordeel -> beoordelen, neem -> nemen
    if root.endswith("aa"):
        out.append(root + "n")  # gaat -> gaan
    if root[-1] not in "aeiou" and root[-2] in "aeiou" and (len(root) < 3 or root[-3] not in "aeiou"):
        out.append(root + root[-1] + "en")  # zet -> zetten, stelt -> stellen
    for form in list(out):
        stem = form[:-2]
        if stem.endswith("f") and len(stem) >= 3 and stem[-2] in "aeiou":
            out.append(stem[:-1] + "ven")  # naleeft -> naleven (no "-st": leest -> lezen is not read)
    return out


def present_forms(verb: str) -> list[str]:
    """The present-tense forms of a Dutch infinitive ("gaan" -> ga, gaat; "nemen" -> neem,
    neemt; "stellen" -> stel, stelt; "leveren" -> lever, levert); [] for a word that is not one."""
    if len(verb) < 4 or not verb.isalpha():
        return []
    if verb.endswith("aan"):  # gaan, staan
        return [verb[:-2], verb[:-1] + "t"]
    if verb.endswith("oen"):  # doen
        root = verb[:-1]
    elif verb.endswith("en"):
        root = verb[:-2]
        if len(root) >= 2 and root[-1] == root[-2]:
            root = root[:-1]  # stellen -> stel
        elif (len(re.findall(r"[aeiou]+", root)) == 1 and len(root) >= 2 and root[-2] in "aeou"
              and (len(root) == 2 or root[-3] not in "aeiou") and root[-1] not in "aeiouwj"):
            root = root[:-1] + root[-2] + root[-1]  # nemen -> neem (one syllable: leveren -> lever)
        if root.endswith("v"):
            root = root[:-1] + "f"  # leven -> leef
        elif root.endswith("z"):
            root = root[:-1] + "s"  # lezen -> lees
    else:
        return []
    return [root] if root.endswith("t") else [root, root + "t"]
