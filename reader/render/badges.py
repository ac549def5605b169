"""Display labels for chips and list cells, following the official site's badge rules.

See corpus-schema.md §4.1 and §4.2: a taxonomy value becomes a label by upper-casing its
first letter and turning hyphens into spaces; the AI-act labels have a few extra rules
("ai" -> "AI-") and link to fixed anchors of two explainer pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.content import Kind, Page, Site
from reader.content.model import FACET_KEYS, TAXONOMY_KINDS

#: front-matter key -> search facet (reader://filter/<facet>/<value>)
KEY_FACETS: dict[str, str] = {FACET_KEYS[facet]: facet for facet in TAXONOMY_KINDS}
#: Row labels of the page header (meta table), per front-matter key.
KEY_LABELS: dict[str, str] = {
    "levenscyclus": "Fase",
    "rollen": "Rollen",
    "onderwerp": "Onderwerpen",
    "categorie": "Categorie",
}

AI_ACT_ORDER: tuple[str, ...] = (
    "soort-toepassing",
    "risicogroep",
    "rol-ai-act",
    "systeemrisico",
    "transparantieverplichting",
)
AI_ACT_LABELS: dict[str, str] = {
    "soort-toepassing": "Soort toepassing",
    "risicogroep": "Risicogroep",
    "rol-ai-act": "Rol",
    "systeemrisico": "Systeemrisico",
    "transparantieverplichting": "Transparantie",
}
AI_ACT_SKIP = frozenset({"niet-van-toepassing", "uitzondering-van-toepassing"})
AI_ACT_SHORT = "ai-verordening/ai-verordening-in-het-kort"
AI_RISK = "soorten-algoritmes-en-ai/risico-van-ai-systemen"
WORD_AI = re.compile(r"\bai\b", re.I)


def humanise(value: str) -> str:
    """`beleid-en-advies` -> `Beleid en advies` (the site's badge label)."""
    text = value.replace("-", " ").strip()
    return text[:1].upper() + text[1:].lower()


def chip_label(site: Site, key: str, value: str) -> str:
    """Short label of a taxonomy value for chips and table cells."""
    facet = KEY_FACETS.get(key)
    if facet == "fase":
        return site.short_label("fase", value)
    if facet == "rol":
        return site.label("rol", value)
    if facet == "onderwerp":
        return site.short_label("onderwerp", value)
    return humanise(value)


def chip_title(site: Site, key: str, value: str) -> str:
    """Longer label (tooltip): the title of the value's own page."""
    facet = KEY_FACETS.get(key)
    return site.label(facet, value) if facet else humanise(value)


def ai_act_label(key: str, value: str) -> str:
    text = humanise(value)
    if key == "risicogroep":
        text = WORD_AI.sub("AI", text)
        text = text.replace("AI ", "AI-")
    elif key == "soort-toepassing":
        text = text.replace("Ai ", "AI-")
        if text.lower() == "ai":
            text = "AI"
    return text


def ai_act_target(key: str, value: str) -> tuple[str, str]:
    """(page path, anchor) of the explanation of an AI-act label."""
    if key == "soort-toepassing":
        if value == "ai-systeem":
            return AI_ACT_SHORT, "ai-systeem"
        return AI_ACT_SHORT, "ai-model-voor-algemene-doeleinden"
    if key == "risicogroep":
        if value == "geen-hoog-risico-ai-systeem":
            return AI_RISK, "hoog-risico-ai-systeem"
        return AI_RISK, value
    if key == "rol-ai-act":
        if value in ("aanbieder", "gebruiksverantwoordelijke"):
            return AI_ACT_SHORT, value
        return AI_ACT_SHORT, "andere-rollen"
    if key == "transparantieverplichting":
        return AI_RISK, "risico-op-misleiding"
    return AI_ACT_SHORT, "ai-model-voor-algemene-doeleinden"


@dataclass(frozen=True)
class AiActLabel:
    key: str
    value: str
    label: str
    path: str  # "" when the explainer page is not in the content
    anchor: str


def ai_act_labels(site: Site, page: Page) -> list[tuple[str, list[AiActLabel]]]:
    """The AI-act labels of a vereiste, grouped per key, in the site's order."""
    out = []
    for key in AI_ACT_ORDER:
        items = []
        for value in page.values(key):
            if value in AI_ACT_SKIP:
                continue
            path, anchor = ai_act_target(key, value)
            if not site.has_page(path):
                path, anchor = "", ""
            items.append(AiActLabel(key, value, ai_act_label(key, value), path, anchor))
        if items:
            out.append((key, items))
    return out


def is_ai_act_page(page: Page) -> bool:
    return bool(page.urn and page.urn.startswith("urn:nl:ak:ver:aia-"))


def wet_code(page: Page) -> str:
    """`urn:nl:ak:ver:avg-13` -> `AVG`."""
    if not page.urn or len(page.urn) <= 14:
        return ""
    return page.urn[14:].split("-", 1)[0].upper()


#: Codes the site shows as an abbreviation (with the glossary text as tooltip).
WET_ABBREVIATIONS = frozenset({"AVG", "BIO", "BZK", "WOO", "AWB"})


def wet_label(site: Site, code: str) -> tuple[str, str]:
    """(text, tooltip) of the "Wetgeving" cell of a vereiste, via the glossary."""
    definition = site.glossary.get(code, "")
    if not definition:
        return code, ""
    if code in WET_ABBREVIATIONS:
        return code, definition
    return definition.rstrip(". "), ""


def kind_plural(kind: Kind) -> str:
    return {
        Kind.MAATREGEL: "maatregelen",
        Kind.VEREISTE: "vereisten",
        Kind.HULPMIDDEL: "hulpmiddelen",
    }.get(kind, "pagina's")
