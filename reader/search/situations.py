"""Everyday words for the framework's pages: the situations in which a user needs a page.

Users type their situation ("ons model wordt steeds slechter", "de leverancier wil de code
niet geven", "mag een burger de broncode opvragen") where the page that helps them says it in
the field's terms (monitoring, auditrecht, Woo). `resources/situations.txt` has, per page of
the Algoritmekader, such everyday phrases, written in our own words for this app without
looking at any graded query. The index adds their words to the page's body terms (`make_document`),
so they find the page like its own words do; the page's shown text and snippets stay its own.

A page is found in the file by its key (`page_key`): a maatregel by its number (`m:7-mon-05`),
a vereiste by its law and number (`v:aia-05`), a hulpmiddel by its file name (`h:DPIA`), any
other page by its path. Numbers stay when a page's title (and file name) changes, so the
phrases follow a newer version of the content; a page the file does not name has none.
"""

from __future__ import annotations

import hashlib
import logging
import re
from functools import lru_cache

from reader.content import Kind, Page
from reader.resources import resource_path

log = logging.getLogger(__name__)

_KEY = re.compile(r"^\[([^\]\s]+)\]\s*$")


def page_key(kind: Kind | str, path: str) -> str:
    """The key of a page (of this kind, at this path) in the situations file (see the
    module's doc)."""
    stem = path.rsplit("/", 1)[-1]
    parts = stem.split("-")
    if kind == Kind.MAATREGEL and len(parts) >= 3:
        return "m:" + "-".join(parts[:3])
    if kind == Kind.VEREISTE and len(parts) >= 2:
        return "v:" + "-".join(parts[:2])
    if kind == Kind.HULPMIDDEL:
        return "h:" + stem
    return path


def parse(text: str) -> dict[str, tuple[str, ...]]:
    """Key -> its phrases, from the file's text (`#` comments; a phrase before any key, or a
    key without phrases, is left out)."""
    out: dict[str, list[str]] = {}
    key: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _KEY.match(line)
        if m:
            key = m.group(1)
            out.setdefault(key, [])
        elif key is not None:
            out[key].append(line)
    return {k: tuple(v) for k, v in out.items() if v}


@lru_cache(maxsize=1)
def _file_text() -> str:
    try:
        return resource_path("situations.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("the situations file could not be read (%s): pages are found by their own words only", exc)
        return ""


@lru_cache(maxsize=1)
def situations() -> dict[str, tuple[str, ...]]:
    """The phrases of `resources/situations.txt` by key."""
    return parse(_file_text())


def situation_text(page: Page) -> str:
    """A page's everyday phrases, one per line ("" when it has none)."""
    return stored_situation_text(str(page.kind), page.path)


def stored_situation_text(kind: str, path: str) -> str:
    """The everyday phrases of an indexed page, by its stored kind and path."""
    return "\n".join(situations().get(page_key(kind, path), ()))


def digest() -> str:
    """A short digest of the situations file: part of the index version, so an index built
    with other phrases is rebuilt."""
    return hashlib.sha256(_file_text().encode("utf-8")).hexdigest()[:10]
