"""Rendering: a page + the link graph -> one HTML document for QTextBrowser, or plain text.

Contract used by the CLI and the UI (implementation in `reader.render.html` / `.text`):

    render_page(site, page, *, expanded=frozenset(), print_mode=False, dark=False,
                highlight=frozenset()) -> RenderedPage
        expanded:   numbers of the `??? expander` collapsibles that are open (toggled via
                    reader://toggle/<n> links); print_mode opens all of them
        dark:       use the dark palette of the page stylesheet
        highlight:  folded search words to mark in the body (optional)
    render_text(site, page) -> str            the same page as readable terminal text
    render_glossary(site, *, dark=False) -> RenderedPage   the glossary page

Links in the HTML use the scheme in `reader.render.urls`.
"""

from reader.render.html import RenderedPage, render_glossary, render_page
from reader.render.text import render_text

__all__ = ["RenderedPage", "render_glossary", "render_page", "render_text"]
