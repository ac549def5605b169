"""The renderer's own labels in the interface language (no Qt here, so no tr()).

A rendered page is the framework's text (Dutch) with labels the reader adds around it:
kind badges, row labels, list headers and counts, section headings, the footer, tooltips.
Those labels follow the interface language; the page content never changes.

The Dutch text is the key (as with Qt's tr()); `CATALOGUE[language]` maps it to the
translation. The language of a render is set with `using(language)` (a context variable,
so concurrent renders in other threads keep their own) and read by `t()`. The CLI renders
in Dutch unless asked; the window passes its interface language.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

LANGUAGES = ("nl", "en")
DEFAULT = "nl"

#: Dutch label -> English label. Placeholders in braces are filled in with str.format.
EN: dict[str, str] = {
    # kinds (reader.content.model.KIND_LABELS) and their plurals
    "Hulpmiddel": "Tool",
    "Maatregel": "Measure",
    "Vereiste": "Requirement",
    "Rol": "Role",
    "Levenscyclusfase": "Lifecycle phase",
    "Onderwerp": "Topic",
    "Overzicht": "Overview",
    "Uitleg": "Explanation",
    "hulpmiddel": "tool",
    "maatregel": "measure",
    "vereiste": "requirement",
    "hulpmiddelen": "tools",
    "maatregelen": "measures",
    "vereisten": "requirements",
    "pagina's": "pages",
    "Hulpmiddelen": "Tools",
    "Maatregelen": "Measures",
    "Vereisten": "Requirements",
    # page header rows
    "Soort": "Type",
    "Fase": "Phase",
    "Rollen": "Roles",
    "Onderwerpen": "Topics",
    "Categorie": "Category",
    "Toon alle pagina's van de soort {kind}": "Show all pages of the type {kind}",
    # AI-act labels of a vereiste
    "Soort toepassing": "Type of application",
    "Risicogroep": "Risk group",
    "Systeemrisico": "Systemic risk",
    "Transparantie": "Transparency",
    "Uitleg in het Algoritmekader": "Explanation in the Algoritmekader",
    "Dit vereiste komt niet uit de AI-verordening. Het geldt daarom in de regel voor alle "
    "algoritmes, of het nu om AI gaat of niet. De {bronnen} noemen de wet waar het uit volgt.":
        "This requirement does not come from the AI Act. As a rule it therefore applies to all "
        "algorithms, whether they are AI or not. The {bronnen} name the law it follows from.",
    "bronnen": "sources",
    "Volgens de AI-verordening geldt dit vereiste voor de volgende toepassingen, "
    "risicogroepen en rollen:":
        "Under the AI Act this requirement applies to the following applications, risk groups "
        "and roles:",
    "Weet je nog niet wat bij jouw toepassing hoort? De {beslishulp} helpt je het profiel te "
    "bepalen en toont dan de vereisten die erbij horen.":
        "Not sure yet what applies to your application? The {beslishulp} helps you determine the "
        "profile and then shows the requirements that go with it.",
    "beslishulp AI-verordening": "AI Act decision aid",
    # list tables
    "Wetgeving": "Legislation",
    "Levenscyclus": "Lifecycle",
    "Niet gevonden in de inhoud:": "Not found in the content:",
    "Er zijn (nog) geen {plural} die hierbij horen.": "There are no {plural} for this (yet).",
    "Bij dit hulpmiddel zijn (nog) geen maatregelen vastgelegd.":
        "No measures have been recorded for this tool (yet).",
    "Bij deze {kind} zijn (nog) geen vereisten vastgelegd.":
        "No requirements have been recorded for this {kind} (yet).",
    # sections the reader adds
    "Bijbehorende maatregelen": "Related measures",
    "Bijbehorende vereisten": "Related requirements",
    "Gebruikt in hulpmiddelen": "Used in tools",
    "Geen hulpmiddel in het Algoritmekader noemt deze maatregel.":
        "No tool in the Algoritmekader mentions this measure.",
    "Maatregelen bij dit vereiste": "Measures for this requirement",
    "Geen maatregel in het Algoritmekader verwijst naar dit vereiste.":
        "No measure in the Algoritmekader refers to this requirement.",
    "Hulpmiddelen bij dit vereiste": "Tools for this requirement",
    "Pagina's die hiernaar verwijzen": "Pages that link here",
    # footer, print
    "Samenvatting in eigen woorden, niet de officiële tekst":
        "Summary in our own words, not the official text",
    "; volgt het Algoritmekader {follows}.": "; follows the Algoritmekader {follows}.",
    "Officiële tekst lezen": "Read the official text",
    "Officiële pagina op de website van het Algoritmekader":
        "Official page on the Algoritmekader website",
    "Bronbestand:": "Source file:",
    "Adressen": "Addresses",
    # glossary
    "Begrippenlijst": "Glossary",
    "Wat de begrippen in het Algoritmekader betekenen. In de pagina's zie je deze uitleg ook "
    "als je de muis op een begrip met een stippellijn houdt.":
        "What the terms in the Algoritmekader mean. In the pages you also see this explanation "
        "when you hold the mouse over a term with a dotted underline.",
    "Er is geen begrippenlijst gevonden.": "No glossary was found.",
    # collapsibles, links, images
    "Meer": "More",
    "Klik om dichter te klappen": "Click to collapse",
    "Klik om open te klappen": "Click to expand",
    "Document openen: {name}": "Open document: {name}",
    "Beslishulp AI-verordening": "AI Act decision aid",
    "Op de website opent hier een beslishulp; in de app ga je naar het overzicht.":
        "On the website a decision aid opens here; in the app you go to the overview.",
    "Deze link werkt niet: {what}": "This link does not work: {what}",
    "(leeg)": "(empty)",
    "Afbeelding openen": "Open image",
    "afbeelding": "image",
    "Afbeelding op een externe website: {label}": "Image on an external website: {label}",
    "Afbeelding niet gevonden: {src}": "Image not found: {src}",
}

CATALOGUE: dict[str, dict[str, str]] = {"nl": {}, "en": EN}

_LANGUAGE: ContextVar[str] = ContextVar("reader_render_language", default=DEFAULT)


def check(language: str) -> str:
    """`language` when the renderer knows it, else a ValueError naming the choices."""
    if language not in CATALOGUE:
        raise ValueError(f"unknown language {language!r}; choose from {', '.join(LANGUAGES)}")
    return language


def current() -> str:
    return _LANGUAGE.get()


@contextmanager
def using(language: str) -> Iterator[str]:
    """Render in `language` inside the block (the previous language comes back after it)."""
    token = _LANGUAGE.set(check(language))
    try:
        yield language
    finally:
        _LANGUAGE.reset(token)


def t(text: str, **values: str) -> str:
    """The label `text` (Dutch) in the current language, with `values` filled in."""
    translated = CATALOGUE[_LANGUAGE.get()].get(text, text)
    return translated.format(**values) if values else translated
