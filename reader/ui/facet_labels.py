"""Display labels of facet values for the sidebar and result chips (no widgets)."""

from __future__ import annotations

import re

from reader.content import Site
from reader.content.model import AI_ACT_FACETS, FACET_SOORT, FACET_WETGEVING
from reader.content.plaintext import plain_text
from reader.render.badges import ai_act_label
from reader.ui.texts import kind_label


def facet_label(site: Site, facet: str, value: str) -> str:
    """A short label for a facet value (see `Site.short_label`); AI-act values as the
    vereisten show them, laws by their name in the glossary when it is short (AVG stays AVG)."""
    if facet in AI_ACT_FACETS:
        return ai_act_label(facet, value)
    if facet == FACET_SOORT:  # in the interface language
        return kind_label(value)
    if facet == FACET_WETGEVING:
        name = law_name(site, value)
        return name if len(name) <= 24 else value.upper()
    return site.short_label(facet, value)


def law_name(site: Site, code: str) -> str:
    """What the glossary says a law's code stands for, without its full stop."""
    text = site.glossary.get(code.upper()) or site.glossary.get(code) or ""
    return plain_text(text).strip().rstrip(".") or code.upper()


def first_sentences(text: str, limit: int = 170) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(". ", 0, limit)
    if cut > 40:
        return text[: cut + 1]
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(",.;: ") + " …"


_LEADING_H1 = re.compile(r"\A\s*#[ \t]+[^\n]*\n")


def page_intro(site: Site, facet: str, value: str, limit: int = 170) -> str:
    page = site.taxonomy_page(facet, value)
    if page is None:
        return ""
    if page.summary:
        return first_sentences(page.summary, limit)
    body = _LEADING_H1.sub("", page.body, count=1)  # the page's own heading is not its intro
    lines = [ln for ln in plain_text(body).split("\n") if ln.strip()]
    lines = [ln for ln in lines if ln.strip() != page.title and not ln.lower().startswith("fase ")]
    return first_sentences(" ".join(lines[:3]), limit)
