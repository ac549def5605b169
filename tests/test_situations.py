"""Everyday phrases per page (`reader.search.situations`, issue 16): the file's shape, its keys
against the bundled content, and what they add to the search (and what not: the text shown)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.content import Kind, Site
from reader.search import Query, SearchEngine
from reader.search import situations as S
from reader.search.analysis import word_list
from reader.search.index import page_text
from tests.conftest import CONTENT


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchEngine]:
    with SearchEngine(Site.load(CONTENT), tmp_path_factory.mktemp("situations-cache")) as engine:
        engine.ensure_index()
        yield engine


def test_the_file_is_read_by_key_without_comments_and_stray_lines() -> None:
    text = "# a comment\nstray line\n[m:1-pba-01]\nhet probleem is onduidelijk\n\n  # inside\n[h:DPIA]\n[v:avg-13]\nmoet er een dpia\n"
    assert S.parse(text) == {"m:1-pba-01": ("het probleem is onduidelijk",), "v:avg-13": ("moet er een dpia",)}


@pytest.mark.parametrize(("kind", "path", "key"), [
    (Kind.MAATREGEL, "maatregelen/7-mon-05-een-nieuwe-titel", "m:7-mon-05"),
    (Kind.VEREISTE, "vereisten/aia-05-data-kwaliteitscriteria", "v:aia-05"),
    (Kind.HULPMIDDEL, "hulpmiddelen/DPIA", "h:DPIA"),
    (Kind.ONDERWERP, "onderwerpen/data", "onderwerpen/data"),
    ("maatregel", "maatregelen/7-mon-05-titel", "m:7-mon-05"),  # as the index stores the kind
])
def test_a_page_is_keyed_by_its_number_not_its_title(kind: Kind | str, path: str, key: str) -> None:
    assert S.page_key(kind, path) == key


def test_every_measure_requirement_and_tool_of_the_bundled_content_has_phrases_and_every_key_a_page() -> None:
    site = Site.load(CONTENT)
    keys = {S.page_key(p.kind, p.path) for p in site.pages.values()}
    phrases = S.situations()
    assert set(phrases) <= keys  # no phrases for a page that is not there
    for page in site.pages.values():
        if page.kind in (Kind.MAATREGEL, Kind.VEREISTE, Kind.HULPMIDDEL):
            assert 8 <= len(phrases[S.page_key(page.kind, page.path)]) <= 14, page.path
    # short phrases (our own words, never a sentence of the page)
    assert all(len(line.split()) <= 8 for lines in phrases.values() for line in lines)


def phrase_only_word(site: Site) -> tuple[str, str]:
    """(page path, word): a word of one page's everyday phrases that no other page's phrases
    and no page's own title or text have, so that only the phrases can find it."""
    in_text: set[str] = set()
    for page in site.pages.values():
        in_text.update(word_list(page.title + "\n" + page_text(page)))
    in_phrases: dict[str, set[str]] = {}
    for page in site.sorted_pages():
        for word in word_list(S.situation_text(page)):
            in_phrases.setdefault(word, set()).add(page.path)
    for page in site.sorted_pages():
        for word in word_list(S.situation_text(page)):
            if len(word) >= 7 and word.isalpha() and word not in in_text and in_phrases[word] == {page.path}:
                return page.path, word
    raise AssertionError("no word only the phrases have")


def test_a_phrase_finds_its_page_without_becoming_its_text(engine: SearchEngine) -> None:
    path, word = phrase_only_word(engine.site)
    assert engine.index.lexicon.df(word) == 1  # the index has it, from the phrases
    result = engine.search(Query.make(word, limit=5))
    assert result.hits and result.hits[0].path == path
    # the hit shows the page's own text: the phrase is no part of it
    assert word not in engine._searcher().text(path).lower()
    assert not re.search(rf"\b{word}\b", result.hits[0].snippet.lower())


def test_the_index_version_follows_the_phrases() -> None:
    from reader.search import index

    assert index.VERSION.endswith("." + S.digest())


@pytest.mark.parametrize("damage", ["missing", "not utf-8"])
def test_an_unreadable_phrases_file_leaves_the_search_on_the_pages_own_words(
        damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    broken = tmp_path / "situations.txt"
    if damage == "not utf-8":
        broken.write_bytes(b"[m:1-pba-01]\n\xff\xfe geen tekst\n")
    monkeypatch.setattr(S, "resource_path", lambda name: broken)
    S._file_text.cache_clear()
    S.situations.cache_clear()
    try:
        with caplog.at_level("WARNING"):
            assert S.situations() == {} and S.digest() == S.digest()
        assert "could not be read" in caplog.text
        page = Site.load(CONTENT).pages["voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"]
        assert S.situation_text(page) == ""
    finally:
        monkeypatch.undo()
        S._file_text.cache_clear()
        S.situations.cache_clear()
    assert S.situations()  # the real file again
