"""A page as readable terminal text (`ak-reader show PATH`).

Made from the same HTML as the app shows (`reader.render.html.render_body`, with every
collapsible open), so the text and the window always agree: the same generated lists,
AI-act labels and back-links.
"""

from __future__ import annotations

import shutil

from reader.content import Page, Site
from reader.render.html import render_body
from reader.render.messages import DEFAULT
from reader.render.textify import html_to_text

MAX_WIDTH = 100


def text_width() -> int:
    return max(40, min(MAX_WIDTH, shutil.get_terminal_size((88, 24)).columns))


def render_text(site: Site, page: Page, *, width: int | None = None, language: str = DEFAULT) -> str:
    body = render_body(site, page, print_mode=True, language=language)
    return html_to_text(body.html, width or text_width())
