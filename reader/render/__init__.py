"""Rendering: a page + the link graph -> one HTML document for QTextBrowser, or plain text.

Contract used by the CLI and the UI (implementation in `reader.render.html` / `.terminal_text`):

    render_page(site, page, *, expanded=frozenset(), print_mode=False, dark=False,
                highlight=frozenset(), contrast=None, language="nl") -> RenderedPage
        expanded:   numbers of the `??? expander` collapsibles that are open (toggled via
                    reader://toggle/<n> links, n = 0 … expanders-1 in document order);
                    print_mode opens all of them and leaves out the toggle links
        dark:       use the dark palette of the page stylesheet
        highlight:  folded search words to mark in the body (optional)
        contrast:   a `PageColours` for a high-contrast page (every colour from the scheme)
        language:   "nl" or "en": the labels the reader adds (kind badges, list headers,
                    section headings, footer; `reader.render.messages`); the page's own
                    text is the framework's and stays as it is
    render_text(site, page, *, language="nl") -> str   the same page as readable terminal text
    render_glossary(site, *, dark=False, contrast=None, language="nl") -> RenderedPage   the glossary page

`RenderedPage` has `path`, `title`, `html` (a whole document with the stylesheet in
<head>), `expanders`, `links` (every href in the document) and `broken` (link targets of
the page that do not resolve). Links in the HTML use the scheme in `reader.render.urls`;
same-page anchors are written as reader://page/<this page>#anchor.

Modules: `markdown_pipeline` (the Python-Markdown pipeline), `mdext` (the reader's own Markdown
extension: placeholders, boxes, collapsibles, cards, buttons, Mermaid, icons), `lists` and
`sections` (the generated lists and back-links, as data), `fragments` (their HTML),
`messages` (the labels in the interface language), `sanitize` (the allow-list pass every
page body goes through), `linking` (link and image targets), `badges` (display labels of
chips and list cells), `images`, `textify` (HTML -> terminal text), `terminal_text` (a page as terminal text).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.render.html import RenderedPage, render_glossary, render_page
    from reader.render.terminal_text import render_text

__all__ = ["RenderedPage", "render_glossary", "render_page", "render_text"]

#: The public names and the module that defines them. They are imported on first use
#: (PEP 562), so that `reader.render.urls` alone does not pull in Python-Markdown: the
#: window needs the link scheme at start-up and the renderer only for the first page.
_LAZY = {"RenderedPage": "html", "render_glossary": "html", "render_page": "html", "render_text": "terminal_text"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
