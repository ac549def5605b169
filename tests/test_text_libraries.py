"""The libraries that replace hand-written text algorithms give the same answers."""

from __future__ import annotations

from pathlib import Path

import pytest
import Stemmer

from reader.content import Site
from reader.content.text import plain_text
from reader.search.analysis import dutch_stem, word_list
from tests.conftest import CONTENT, CORPUS


def _words_of(root: Path) -> set[str]:
    site = Site.load(root)
    found: set[str] = set()
    for page in site.pages.values():
        found.update(word_list(page.title + "\n" + plain_text(page.body)))
    return found


def _assert_same_stems(found: set[str]) -> None:
    stemmer = Stemmer.Stemmer("dutch_porter")
    different = [w for w in sorted(found) if dutch_stem(w) != stemmer.stemWord(w)]
    print(f"{len(found)} words compared, {len(different)} different")
    assert not different, different[:20]


def test_pystemmer_dutch_porter_equals_our_stemmer_on_the_bundled_content() -> None:
    _assert_same_stems(_words_of(CONTENT))


def test_pystemmer_dutch_porter_equals_our_stemmer_on_the_upstream_corpus() -> None:
    if not (CORPUS / "index.md").is_file():
        pytest.skip(f"upstream corpus not found at {CORPUS} (../shared is absent)")
    _assert_same_stems(_words_of(CORPUS))
