"""Markdown body -> plain text for the search index and the terminal.

Kept: headings, prose, list items, table cells, admonition titles and bodies. Dropped:
front matter (already split off), HTML comments and placeholders, generated-list
sections (`{ data-search-exclude }` headings), collapsible lists, the "help us improve"
boilerplate, code fences (the one Mermaid diagram), glossary lines, markup.
"""

from __future__ import annotations

import re

from reader.content.links import FENCE, HEADING

BOILERPLATE_HEADINGS = ("help ons deze pagina te verbeteren",)
#: The fixed section headings of detail pages: structure, not content, so left out of the text.
SKELETON_HEADINGS = frozenset(
    "hulpmiddel maatregel vereiste toelichting risico bronnen voorbeelden voorbeeld relevantie "
    "auteur".split()
) | {"van toepassing op"}
BUTTON_LINE = re.compile(r"^\s*\[[^\]]*\]\([^)]*\)\{[^}]*\bbutton\b[^}]*\}\s*$")
COMMENT = re.compile(r"<!--.*?-->", re.S)
ABBR_DEF = re.compile(r"^\*\[[^\]]+\]:.*$", re.M)
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?")
LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\([^)]*\)(\{[^}]*\})?")
ATTR = re.compile(r"\{[:#.]?\s*[^{}\n]*\}")
TAG = re.compile(r"<[^>\n]+>")
EMOJI = re.compile(r":[a-z0-9_+-]+:")
ADMONITION = re.compile(r"^(\s*)(?:!!!|\?\?\?\+?)\s*([\w-]+)(?:\s+\"([^\"]*)\")?\s*$")
BLOCK_FENCE = re.compile(r"^\s*///")
FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]:?")
MARKS = re.compile(r"(\*\*|__|\*|`|~~|==)")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
ENTITY = re.compile(r"&(nbsp|amp|lt|gt|quot|#\d+);")
ENTITIES = {"nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": '"'}
#: A line's first non-blank character that any of the line patterns above needs: lines
#: starting otherwise (most: prose) skip those patterns.
MARKUP_STARTS = frozenset("`~#!?/|:-*[")
LIST_STARTS = frozenset("-*+")  # (or a digit)
LIST_MARK = re.compile(r"\s*(?:[-*+]|\d+\.)\s+")  # a list item's marker
BLANKS = re.compile(r"[ \t]+")


def _entity(m: re.Match[str]) -> str:
    name = m.group(1)
    if name.startswith("#"):
        try:
            return chr(int(name[1:]))
        except ValueError:
            return " "
    return ENTITIES.get(name, " ")


def plain_text(body: str) -> str:
    """The readable text of a page body, one paragraph or item per line."""
    body = COMMENT.sub("", body)
    body = ABBR_DEF.sub("", body)
    out: list[str] = []
    skip_level: int | None = None  # inside a dropped section up to a heading of this level
    skip_indent: int | None = None  # inside a dropped collapsible, deeper than this indent
    fence: str | None = None
    for line in body.split("\n"):
        stripped = line.strip()
        markup = stripped[:1] in MARKUP_STARTS
        m = FENCE.match(line) if markup else None
        if m:
            marker = m.group(1)[0]
            fence = marker if fence is None else (None if fence == marker else fence)
            continue
        if fence is not None:
            continue
        heading = HEADING.match(line) if markup else None
        if heading:
            level = len(heading.group(1))
            text = heading.group(2)
            if skip_level is not None and level <= skip_level:
                skip_level = None
            if skip_level is None and (
                "data-search-exclude" in text
                or ATTR.sub("", text).strip().lower() in BOILERPLATE_HEADINGS
            ):
                skip_level = level
                continue
        if skip_level is not None:
            continue
        if skip_indent is not None:
            if not stripped or len(line) - len(line.lstrip()) > skip_indent:
                continue
            skip_indent = None
        if not markup:
            out.append(line)
            continue
        adm = ADMONITION.match(line)
        if adm:
            if line.lstrip().startswith("???"):
                skip_indent = len(adm.group(1))
                continue
            if adm.group(3):
                out.append(adm.group(3))
            continue
        if BLOCK_FENCE.match(line) or TABLE_RULE.match(line) or stripped in ("---", "***"):
            continue
        if heading:
            line = ATTR.sub("", heading.group(2)).strip()
            if line.lower() in SKELETON_HEADINGS:
                continue
        elif BUTTON_LINE.match(line):
            continue  # the call-to-action button ("Naar het hulpmiddel")
        out.append(line)
    text = "\n".join(out)
    text = IMAGE.sub(lambda m: m.group(1), text)
    text = LINK.sub(lambda m: m.group(1), text)
    text = FOOTNOTE_REF.sub(" ", text)
    text = ATTR.sub("", text)
    text = TAG.sub(" ", text)
    text = EMOJI.sub("", text)
    text = ENTITY.sub(_entity, text)
    text = MARKS.sub("", text)
    lines = []
    for line in text.split("\n"):
        first = line.lstrip()[:1]
        if first in LIST_STARTS or first.isdecimal():
            m = LIST_MARK.match(line)
            if m:
                line = line[m.end():]
        line = line.replace("|", " ").strip(" \t#>")
        if "  " in line or "\t" in line:
            line = BLANKS.sub(" ", line)
        if line:
            lines.append(line)
    return "\n".join(lines)
