"""Markdown -> safe HTML body for one page: the configured Python-Markdown pipeline.

Building a `Markdown` instance with all extensions costs ~0.2 s (the emoji index), so one
instance is kept per thread and `reset()` between pages.
"""

from __future__ import annotations

import threading

import markdown

from reader.content.links import slugify
from reader.render.mdext import ReaderExtension, RenderContext, emoji_glyph, mermaid_fence

EXTENSIONS = (
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
)


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
            extensions=[*EXTENSIONS, ReaderExtension()],
            extension_configs=_config(),
            output_format="html",
            tab_length=4,
        )
        _local.md = md
        _local.abbr = next(
            ext for ext in md.registeredExtensions if type(ext).__name__ == "AbbrExtension"
        )
    return md


def convert(ctx: RenderContext, source: str) -> str:
    """The HTML of a page's Markdown source, before `reader.render.sanitize`.

    Raw HTML of the page is still in it: never show this without sanitising it.
    """
    md = _markdown()
    abbr = _local.abbr
    abbr.glossary = dict(ctx.site.glossary)
    md.reader_ctx = ctx
    try:
        md.reset()
        raw = md.convert(source)
    finally:
        md.reader_ctx = None
        md.reset()
    return raw
