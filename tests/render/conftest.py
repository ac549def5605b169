"""Fixtures of the renderer tests: the fixture content root and (optionally) the corpus."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reader.content import Site

HERE = Path(__file__).resolve().parent
FIXTURE_ROOT = HERE / "fixtures" / "content"
GOLDEN = HERE / "golden"


@pytest.fixture(scope="session")
def fixture_site() -> Site:
    return Site.load(FIXTURE_ROOT)


@pytest.fixture(scope="session")
def corpus_site(corpus: Path) -> Site:
    return Site.load(corpus)


BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)


def body_of(html: str) -> str:
    """The markup between <body> and </body> (the <head> holds the whole stylesheet)."""
    m = BODY.search(html)
    assert m, "no <body> in the document"
    return m.group(1)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("style", "title", "script"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "script") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)


def tags_of(html: str) -> list[tuple[str, dict[str, str]]]:
    """Every start tag with its attributes (entities decoded), in order."""
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.tags
