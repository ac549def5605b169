"""The in-app URL scheme shared by the renderer (which writes links) and the UI (which follows them).

    reader://page/<path>[#anchor]         open a page of the content root
    reader://filter/<facet>/<value>       set a sidebar filter (facet: rol, fase, onderwerp, soort)
    reader://toggle/<n>                   open/close collapsible number n of the current page
    reader://file/<relative path>         open a document of the content root in the system viewer
    reader://glossary[#term]              the glossary page (generated from includes/begrippenlijst.md)
    reader://beslishulp                   the AI-verordening decision aid (the window's own)
    reader://official                     the official text of the page shown (content packs)
    https://…, mailto:…                   external: shown as external, opened only after asking

Paths are percent-encoded as needed; `parse` decodes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

SCHEME = "reader"


def page_url(path: str, anchor: str = "") -> str:
    return f"{SCHEME}://page/{quote(path)}" + (f"#{quote(anchor)}" if anchor else "")


def filter_url(facet: str, value: str) -> str:
    return f"{SCHEME}://filter/{quote(facet)}/{quote(value)}"


def toggle_url(n: int) -> str:
    return f"{SCHEME}://toggle/{n}"


def file_url(path: str) -> str:
    return f"{SCHEME}://file/{quote(path)}"


def beslishulp_url() -> str:
    return f"{SCHEME}://beslishulp"


def official_url() -> str:
    return f"{SCHEME}://official"


def glossary_url(term: str = "") -> str:
    return f"{SCHEME}://glossary" + (f"#{quote(term)}" if term else "")


@dataclass(frozen=True)
class AppLink:
    action: str  # "page", "filter", "toggle", "file", "glossary", "beslishulp", "official", "external", "invalid"
    path: str = ""  # page path, file path, or filter facet
    value: str = ""  # filter value or toggle number
    anchor: str = ""
    url: str = ""


def parse(url: str) -> AppLink:
    """Classify a link clicked in a rendered page."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https", "mailto", "tel", "ftp"):
        return AppLink("external", url=url)
    if parts.scheme != SCHEME:
        return AppLink("invalid", url=url)
    kind = parts.netloc
    rest = unquote(parts.path.lstrip("/"))
    anchor = unquote(parts.fragment)
    if kind == "page" and rest:
        return AppLink("page", rest, anchor=anchor, url=url)
    if kind == "filter" and "/" in rest:
        facet, value = rest.split("/", 1)
        return AppLink("filter", facet, value, url=url)
    if kind == "toggle" and rest.isdigit():
        return AppLink("toggle", value=rest, url=url)
    if kind == "file" and rest:
        return AppLink("file", rest, url=url)
    if kind == "glossary":
        return AppLink("glossary", anchor=anchor, url=url)
    if kind == "beslishulp":
        return AppLink("beslishulp", url=url)
    if kind == "official":
        return AppLink("official", url=url)
    return AppLink("invalid", url=url)
