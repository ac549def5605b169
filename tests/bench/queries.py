"""The query set of the latency figures (5, 6, 7): what people type, in four kinds.

Words of the Algoritmekader's own vocabulary, so they hit both the real corpus and the
generated ones (which are made from that vocabulary).
"""

from __future__ import annotations

from collections.abc import Iterator

SINGLE = ["algoritme", "privacy", "bias", "dpia", "transparantie", "toezicht", "documentatie",
          "risicobeheer", "data", "grondrechten"]
TWO = ["menselijk toezicht", "bias discriminatie", "persoonsgegevens verwerken", "risico beoordeling",
       "algoritme register", "data kwaliteit", "publieke inkoop", "ai verordening"]
#: the query as it stands while a word is still being typed
PREFIX = ["tra", "trans", "transpa", "per", "persoo", "persoonsg", "ver", "verant", "verantwoor",
          "dis", "discr", "discrimi", "menselijk to", "menselijk toez", "algoritme reg", "bias ana"]
MISSPELT = ["algoritne", "transparnatie", "privasy", "discriminatei", "persoonsgegevnes",
            "verantwoordleijk", "toezigt", "documnetatie", "menselijk toezigt", "grondrechtne"]

CATEGORIES: dict[str, list[str]] = {
    "single term": SINGLE,
    "two terms": TWO,
    "prefix while typing": PREFIX,
    "misspelt word": MISSPELT,
}

#: filter sets, rotated over the queries (OR within a facet, AND across facets)
FILTERS: list[dict[str, frozenset[str]]] = [
    {"rol": frozenset({"jurist"})},
    {"fase": frozenset({"ontwerp"}), "rol": frozenset({"projectleider"})},
    {"onderwerp": frozenset({"privacy-en-gegevensbescherming"})},
    {"soort": frozenset({"maatregel"})},
]
NO_FILTERS: dict[str, frozenset[str]] = {}

#: typed one key at a time in the window (figure 6)
TYPED = ["dpia", "menselijk toezicht", "transparantie", "bias", "persoonsgegevens", "algoritne",
         "risicobeheer"]


def cases() -> Iterator[tuple[str, str, dict[str, frozenset[str]]]]:
    """(category, text, filters): every query unfiltered and with one rotating filter set."""
    k = 0
    for category, texts in CATEGORIES.items():
        for text in texts:
            yield category, text, NO_FILTERS
            yield category, text, FILTERS[k % len(FILTERS)]
            k += 1


def engine_query(text: str, filters: dict[str, frozenset[str]], limit: int = 10):
    from reader.search import Query

    return Query.make(text, roles=filters.get("rol", ()), phases=filters.get("fase", ()),
                      topics=filters.get("onderwerp", ()), kinds=filters.get("soort", ()), limit=limit)
