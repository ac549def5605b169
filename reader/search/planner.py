"""Query planning: query text -> a `Plan` of scored clause groups for the backend.

1. The text is split into words (`reader.content.words`); Dutch stop words drop out
   (question-style queries).
2. Each word becomes a *group* of clauses: its stem in title and body, the word in the id
   field, glossary expansions and synonyms as phrases, words of the same family, and, when
   the word is not in the index at all, prefix completions (as you type) and close
   spellings (typos, by rapidfuzz's OSA distance), which also make the suggestion.
3. Bonus groups stand for the whole query: as a page id, and as a phrase.
4. For a question (`by_information`), each word's group weighs by the word's information
   against the query's most informative word (`information_weights`): in "hoe maak ik mijn
   algoritme uitlegbaar" the rare word leads and "algoritme", on nearly every page (and in
   many titles, where BM25F's per-field idf would make it count), barely counts.

The boost of every clause comes from `reader.search.ranking.WEIGHTS`. The plan also names
the roles and topics the query mentions, for the re-ranking.
"""

from __future__ import annotations

import itertools
import math
import re

from reader.content import Site
from reader.content.model import FACET_ONDERWERP, FACET_ROL
from reader.content.words import fold, without_joined, words
from reader.search import backend
from reader.search.analysis import STOP_WORDS, Analyzer
from reader.search.lexicon import Lexicon
from reader.search.morphology import MAX_MEMBERS, cognates, families, infinitives
from reader.search.plan import Plan
from reader.search.ranking import WEIGHTS
from reader.search.synonyms import Synonyms

MAX_QUERY_WORDS = 24
#: A compound of two query words counts when the content has it on this many pages.
JOIN_MIN_DF = 2
#: At most this many compounds for one pair of query words.
MAX_JOINED = 3


class QueryPlanner:
    """Plans queries against one site, its analyzer and word list (make one per query: the
    engine's site and index may change in between)."""

    def __init__(self, site: Site, synonyms: Synonyms, analyzer: Analyzer, lexicon: Lexicon) -> None:
        self.site = site
        self.synonyms = synonyms
        self.analyzer = analyzer
        self.lexicon = lexicon
        self.families = families(lexicon)
        self._searcher: backend.Searcher | None = None  # the searcher of the query being planned

    def plan(self, text: str, searcher: backend.Searcher, *, by_information: bool = False,
             whole: str | None = None) -> Plan:
        """The plan of `text`; `whole`: the query as typed, when `text` is what is left of it
        (a question without its question words): its name-like bonuses (the query as a page id,
        as a title) are the whole query's ("wat is een algoritme")."""
        self._searcher = searcher
        a = self.analyzer
        w = WEIGHTS
        tokens = [t.text for t in words(text)]
        raw_words = [r for r in re.split(r"\s+", fold(text)) if r]
        if not tokens:
            return Plan([], set(), set(), set(), set(), None, "Typ een zoekterm met letters of cijfers.")
        groups: list[list[backend.Clause]] = []
        stems: set[str] = set()
        exact: set[str] = set()
        corrections: dict[str, str] = {}

        # multi-word synonyms and glossary expansions found in the query text
        plain = without_joined(tokens)
        named = without_joined([t.text for t in words(whole)]) if whole else plain
        covered: set[str] = set()
        for phrase, alternatives, _start, _end in self.synonyms.phrases_in(plain, a.stem):
            # the phrase's words leave the word groups: the phrase and its alternatives are all
            # that can find it, so their stop words go, as they went from the index ("privacy
            # bij ontwerp" is indexed as privacy, ontwerp)
            group: list[backend.Clause] = self._phrase_clauses(phrase.split(), w.synonym_phrase, drop_stop=True)
            for alt in alternatives:
                group += self._alternative_clauses(alt, w.synonym_phrase_alternative, stems, exact, drop_stop=True)
            exact.update(phrase.split())
            covered.update(phrase.split())
            groups.append(group)

        content_words = [t for t in tokens if t not in STOP_WORDS and t not in covered]
        phrase_words: set[str] = set()
        loose: set[int] = set()
        if not content_words and groups and w.phrase_word:
            # the query is a phrase of the vocabulary ("privacy by design"): its words count
            # as well, a little, so that pages about them follow the pages with the phrase
            content_words = [t for t in tokens if t not in STOP_WORDS]
            phrase_words = set(content_words)
        if not content_words and not groups:
            content_words = tokens  # only stop words: search them anyway
        content_words = content_words[:MAX_QUERY_WORDS]
        last = content_words[-1] if content_words else ""
        role_words = {word for word in content_words if self.role_for(word)}
        topic_values = {v for word in content_words for v in self.topics_for(word)}

        lexicon = self.lexicon
        information = self.information_weights(content_words, searcher) if by_information else {}
        joined = self.joined_compounds(content_words) if w.joined else {}
        for word in dict.fromkeys(content_words):
            group = []
            terms = a.word_terms(word, stop=False)
            df_exact = lexicon.df(word)
            df_body = sum(searcher.doc_frequency(f, t) for t in terms for f in ("body", "parts"))
            for i, term in enumerate(terms):
                weight = 1.0 if i == 0 else w.compound_part  # compound parts count less than the whole
                group.append(backend.Clause("title", (term,), w.title * weight))
                group.append(backend.Clause("body", (term,), w.body * weight))
                group.append(backend.Clause("parts", (term,), w.parts * weight))
                stems.add(term)
            group.append(backend.Clause("ident", (word,), w.ident))
            group.append(backend.Clause("ident_parts", (word,), w.ident_parts))
            exact.add(word)
            for alt in self.synonyms.alternatives_of_form(word, a.stem):
                # a phrase's stop words went from the index: "technische en organisatorische
                # maatregelen" is found as technisch, organisatorisch, maatregel
                boost = w.synonym * (w.expansion if " " in alt.strip() else 1.0)
                group += self._alternative_clauses(alt, boost, stems, exact, drop_stop=True)
            for alt in cognates(word, lexicon):  # an English word's Dutch cognate (transparency)
                group += self._alternative_clauses(alt, w.cognate, stems, exact)
            for relative in self._relatives(word, terms):
                group += self._word_clauses(relative, w.relative, stems)
                exact.add(relative)
            group += self._family_clauses(word, terms, stems, exact)
            for compound in joined.get(word, ()):  # "data quality" as *datakwaliteit*
                for t in a.word_terms(compound, stop=False)[:1]:
                    group += [backend.Clause("title", (t,), w.title * w.joined),
                              backend.Clause("body", (t,), w.body * w.joined)]
                    stems.add(t)
                exact.add(compound)
            if word == last and len(word) >= 4 and word.isalpha() and (df_exact or df_body):
                # still typing? longer words that start with the last word count a little
                for completion, _df in self._completions(word, limit=6):
                    if completion != word:
                        group += self._word_clauses(completion, w.completion_typing, stems)
                        group += [backend.Clause("title", (t,), w.completion_typing_title)
                                  for t in self.analyzer.word_terms(completion, stop=False)[:1]]
                        exact.add(completion)
            if df_exact == 0 and df_body == 0 and not word.isdigit():
                completions = self._completions(word) if word == last and len(word) >= 2 else []
                for completion, _df in completions:
                    group += self._word_clauses(completion, w.completion_unknown, stems)
                    exact.add(completion)
                # a word being typed is not a typo; otherwise look for close spellings
                fixes = self.lexicon.corrections(word) if len(completions) < 1 else []
                for fix, _df in fixes:
                    for t in a.word_terms(fix, stop=False)[:1]:
                        group.append(backend.Clause("title", (t,), w.correction_title))
                        group.append(backend.Clause("body", (t,), w.correction_body))
                        stems.add(t)
                    exact.add(fix)
                if fixes:
                    corrections[word] = fixes[0][0]
                    # the spelling meant finds its word family too ("archieveren" -> *archiveren*,
                    # *archivering*, *archief*), as much as it finds itself
                    fix = fixes[0][0]
                    fix_terms = a.word_terms(fix, stop=False)[:1]
                    share = w.correction_body / w.body
                    group += [backend.Clause(c.field, c.terms, c.boost * share)
                              for c in self._family_clauses(fix, fix_terms, stems, exact)]
                    group += [backend.Clause("ident", (fix,), w.ident * share),
                              backend.Clause("ident_parts", (fix,), w.ident_parts * share)]
            share = information.get(word, 1.0) * (w.phrase_word if word in phrase_words else 1.0)
            if word in phrase_words:
                loose.add(len(groups))
            if share < 1.0:
                group = [backend.Clause(c.field, c.terms, c.boost * share) for c in group]
            groups.append(group)

        word_groups = len(groups)
        if len(named) > 1:
            # the whole query as a file name or title (e.g. "wat is een algoritme")
            groups.append([backend.Clause("ident", tuple(named), w.query_as_ident)])
        if len(content_words) > 1:
            phrase_terms = [t for word in content_words for t in a.word_terms(word, stop=False)[:1]]
            if len(phrase_terms) > 1:
                groups.append([backend.Clause("body", tuple(phrase_terms), w.query_phrase_body),
                               backend.Clause("title", tuple(phrase_terms), w.query_phrase_title)])
        suggestion = None
        if corrections:
            suggestion = " ".join(corrections.get(word, word) for word in raw_words if word)
        roles = {r for word in role_words if (r := self.role_for(word))}
        return Plan(groups, stems, exact, role_words, topic_values, suggestion,
                    word_groups=word_groups, plain=tuple(named), roles=roles, loose=frozenset(loose))

    def joined_compounds(self, content_words: list[str]) -> dict[str, list[str]]:
        """Two neighbouring query words as the one compound the content writes them as: the
        words or their one-word alternatives (vocabulary, English cognates) glued, with or
        without a linking s ("data quality" -> *datakwaliteit*, "privacy risico" ->
        *privacyrisico*, "verwerking register" -> *verwerkingsregister*), by the head (the
        second word) -> the compounds, when the content has them on `JOIN_MIN_DF` pages."""
        out: dict[str, list[str]] = {}
        for first, second in itertools.pairwise(content_words):
            if not (first.isalpha() and second.isalpha()) or first == second:
                continue
            found = []
            for a_form in self._forms(first):
                for b_form in self._forms(second):
                    for glue in ("", "s"):
                        compound = a_form + glue + b_form
                        if self.lexicon.df(compound) >= JOIN_MIN_DF and compound not in found:
                            found.append(compound)
            if found:
                out.setdefault(second, []).extend(found[:MAX_JOINED])
        return out

    def _forms(self, word: str) -> list[str]:
        """A query word and its one-word alternatives, for `joined_compounds`."""
        alternatives = self.synonyms.alternatives_of_form(word, self.analyzer.stem) + cognates(word, self.lexicon)
        return list(dict.fromkeys([word, *(alt for alt in alternatives if alt.isalpha())]))[:8]

    def information_weights(self, content_words: list[str], searcher: backend.Searcher) -> dict[str, float]:
        """Word -> its information (idf over the pages' text, log(1 + N/df)) as a share of the
        most informative query word's, to the power `WEIGHTS.information_power`; a word no
        page has counts as the most informative."""
        unique = list(dict.fromkeys(content_words))
        if len(unique) < 2:
            return {}
        n_docs = max(1, searcher.doc_count())
        info = {}
        for word in unique:
            terms = self.analyzer.word_terms(word, stop=False)[:1]
            for verb in infinitives(word):  # "beoordeelt" is as common as *beoordelen*
                if self.lexicon.df(verb):
                    terms += self.analyzer.word_terms(verb, stop=False)[:1]
            df = max((searcher.doc_frequency("body", t) for t in terms), default=0)
            info[word] = math.log(1 + n_docs / max(1, df))
        top = max(info.values())
        return {word: (v / top) ** WEIGHTS.information_power for word, v in info.items()}

    def _word_clauses(self, word: str, boost: float, stems: set[str]) -> list[backend.Clause]:
        """A word found in the content's word list (a completion, a relative): its stem."""
        terms = self.analyzer.word_terms(word, stop=False)[:1]
        stems.update(terms)
        return [backend.Clause("body", (t,), boost) for t in terms]

    def _phrase_clauses(self, phrase_words: list[str], boost: float, *,
                        drop_stop: bool = False) -> list[backend.Clause]:
        a = self.analyzer
        kept = [w for w in phrase_words if w not in STOP_WORDS] if drop_stop else phrase_words
        terms = tuple(t for w in (kept or phrase_words) for t in a.word_terms(w, stop=False)[:1])
        if not terms:
            return []
        return [backend.Clause("body", terms, boost), backend.Clause("title", terms, boost * WEIGHTS.phrase_title)]

    def _alternative_clauses(self, alt: str, boost: float, stems: set[str], exact: set[str], *,
                             drop_stop: bool = False) -> list[backend.Clause]:
        a = self.analyzer
        w = WEIGHTS
        alt_words = [t.text for t in words(alt)]
        if drop_stop:
            alt_words = [word for word in alt_words if word not in STOP_WORDS] or alt_words
        if not alt_words:
            return []
        exact.update(word for word in alt_words if word not in STOP_WORDS)
        if len(alt_words) == 1:
            terms = a.word_terms(alt_words[0], stop=False)[:1]
            stems.update(terms)
            return [backend.Clause("title", (t,), w.alternative_title * boost) for t in terms] + [
                backend.Clause("body", (t,), boost) for t in terms
            ] + [backend.Clause("ident", (form,), w.alternative_ident * boost)
                 for form in self._ident_forms(alt_words[0])]
        joined = tuple(t for word in alt_words for t in a.word_terms(word, stop=False)[:1])
        stems.update(joined)
        return [backend.Clause("body", joined, boost), backend.Clause("title", joined, w.alternative_title * boost)]

    def _ident_forms(self, word: str) -> list[str]:
        """The word and its singular or plural as page ids have them (a file name says
        *gebruiksverantwoordelijken* where the vocabulary says "gebruiksverantwoordelijke")."""
        searcher = self._searcher
        if searcher is None or not word.isalpha() or len(word) < 5:
            return [word]
        variants = [word + "n", word + "en", word + "s"]
        if word.endswith(("en", "s", "n")):
            variants += [word[:-2] if word.endswith("en") else word[:-1]]
        found = [v for v in variants if v != word and searcher.doc_frequency("ident", v) > 0]
        return [word, *found[:1]]

    def _relatives(self, word: str, terms: list[str], limit: int = 8) -> list[str]:
        """Words of the same family found in the index: a long shared beginning
        (proportionaliteit ~ proportioneel) or the word as the tail of a compound
        (gunningscriteria ~ subgunningscriteria)."""
        if len(word) < 7 or not word.isalpha():
            return []
        a = self.analyzer
        own = set(terms)
        found: dict[str, int] = {}
        shared = max(6, round(len(word) * 0.6))
        lexicon = self.lexicon
        for term, df in lexicon.with_prefix(word[:shared]):
            if term != word and a.stem(term) not in own:
                found[term] = df
        for term, df in lexicon.with_suffix(word):
            if term != word and len(term) - len(word) >= 2:
                found[term] = df
        ranked = sorted(found.items(), key=lambda x: -x[1])
        return [t for t, _ in ranked[:limit]]

    def _family_clauses(self, word: str, terms: list[str], stems: set[str], exact: set[str]) -> list[backend.Clause]:
        """The other words of the query word's family (`reader.search.morphology`: *afspraak*
        for "afspreken", *registratie* and *register* for "registreren") as the word itself
        would match, weighing `WEIGHTS.derivation` as much; one set of clauses per stem."""
        w = WEIGHTS
        if not w.derivation:
            return []
        seen = set(terms)
        out: list[backend.Clause] = []
        for member in self.families.of(word):
            stem = self.analyzer.word_terms(member, stop=False)[:1]
            if not stem or stem[0] in seen:
                continue
            seen.add(stem[0])
            exact.add(member)
            stems.add(stem[0])
            out += [backend.Clause("title", (stem[0],), w.title * w.derivation),
                    backend.Clause("body", (stem[0],), w.body * w.derivation),
                    backend.Clause("parts", (stem[0],), w.parts * w.derivation)]
            if len(seen) > MAX_MEMBERS:
                break
        return out

    def _completions(self, prefix: str, limit: int = 12) -> list[tuple[str, int]]:
        found = self.lexicon.with_prefix(prefix)
        found.sort(key=lambda x: -x[1])
        return found[:limit]

    def role_for(self, word: str) -> str | None:
        """The role (a value of the role facet) a query word names, by its label or its stem."""
        stem = self.analyzer.stem
        for value in self.site.facet_values(FACET_ROL):
            label_words = {t.text for t in words(self.site.label(FACET_ROL, value))} | {value}
            if word in label_words or stem(word) in {stem(w) for w in label_words}:
                return value
        return None

    def topics_for(self, word: str) -> set[str]:
        """The topics (values of the topic facet) whose label has the stem of a query word."""
        if len(word) < 4:
            return set()
        out = set()
        stem = self.analyzer.stem(word)
        for value in self.site.facet_values(FACET_ONDERWERP):
            label_stems = {self.analyzer.stem(t.text) for t in words(self.site.label(FACET_ONDERWERP, value))}
            if stem in label_stems:
                out.add(value)
        return out
