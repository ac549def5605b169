"""Markdown -> safe HTML body for one page: the configured Python-Markdown pipeline.

Building a `Markdown` instance with all extensions costs ~0.2 s (the emoji index), so one
instance is kept per thread and `reset()` between pages.
"""

from __future__ import annotations

import threading

import markdown

from reader.content.links import slugify
from reader.render.mdext import ReaderExtension, RenderContext, emoji_glyph, mermaid_fence
from reader.render.sanitize import sanitize

EXTENSIONS = [
    "admonition",
    "pymdownx.details",
    "attr_list",
    "md_in_html",
    "footnotes",
    "tables",
    "toc",
    "abbr",
    "pymdownx.blocks.html",
    "pymdownx.superfences",
    "pymdownx.highlight",
    "pymdownx.emoji",
    ReaderExtension(),
]


def _config() -> dict:
    from pymdownx import emoji

    return {
        "toc": {"slugify": slugify, "permalink": False},
        "footnotes": {"BACKLINK_TITLE": "Terug naar voetnoot %d in de tekst"},
        "pymdownx.highlight": {"use_pygments": False},
        "pymdownx.superfences": {
            "custom_fences": [{"name": "mermaid", "class": "mermaid", "format": mermaid_fence}]
        },
        "pymdownx.emoji": {"emoji_index": emoji.twemoji, "emoji_generator": emoji_glyph},
    }


_local = threading.local()


def _markdown() -> markdown.Markdown:
    md = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(
            extensions=[e if isinstance(e, str) else ReaderExtension() for e in EXTENSIONS],
            extension_configs=_config(),
            output_format="html",
            tab_length=4,
        )
        _local.md = md
        _local.abbr = next(
            ext for ext in md.registeredExtensions if type(ext).__name__ == "AbbrExtension"
        )
    return md


def convert(ctx: RenderContext, source: str) -> tuple[str, list[str]]:
    """(sanitised body HTML, link hrefs in it) of a page's Markdown source."""
    md = _markdown()
    abbr = _local.abbr
    abbr.glossary = dict(ctx.site.glossary)
    md.reader_ctx = ctx  # type: ignore[attr-defined]
    try:
        md.reset()
        raw = md.convert(source)
    finally:
        md.reader_ctx = None  # type: ignore[attr-defined]
        md.reset()
    return sanitize(raw, ctx.resolver)
