"""The word list beside the index: counts, lookups, updates, and recovery when it is lost."""

from __future__ import annotations

import os
import time
from contextlib import ExitStack
from pathlib import Path

from reader.content import Site
from reader.search import Query, SearchEngine
from reader.search.lexicon import FILE_NAME, Lexicon
from tests.mini_site import S, make_mini_site


def test_counts_pages_not_occurrences_and_looks_up_by_prefix_suffix_and_length() -> None:
    lex = Lexicon.count([["risico", "risico", "beheer"], ["risicobeheer", "risico"], ["beheer"]])
    assert (lex.df("risico"), lex.df("beheer"), lex.df("risicobeheer"), lex.df("onbekend")) == (2, 2, 1, 0)
    assert lex.with_prefix("risico") == [("risico", 2), ("risicobeheer", 1)]
    assert sorted(lex.with_suffix("beheer")) == [("beheer", 2), ("risicobeheer", 1)]
    assert lex.similar_length("r", 5, 7) == [("risico", 2)]


def test_changed_leaves_the_old_lexicon_alone_and_drops_words_that_reach_zero() -> None:
    lex = Lexicon.count([["alfa", "beta"], ["beta"]])
    new = lex.changed(removed=[["alfa", "beta"]], added=[["gamma"]])
    assert (new.df("alfa"), new.df("beta"), new.df("gamma")) == (0, 1, 1)
    assert "alfa" not in new and new.with_prefix("al") == []
    assert lex.df("alfa") == 1  # searches in other threads may still hold the old one


def _folder(engine: SearchEngine) -> Path:
    assert engine.index.store is not None and engine.index.store.folder is not None
    return engine.index.store.folder


def test_the_saved_word_list_follows_updates_of_the_content(closing: ExitStack, tmp_path: Path) -> None:
    root = make_mini_site(tmp_path / "root")
    cache = tmp_path / "cache"
    engine = closing.enter_context(SearchEngine(Site.load(root), cache))
    engine.ensure_index()
    assert engine.index.lexicon.df("zebrapad") == 0
    page = root / S / "maatregelen" / "0-org-01-beleid.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nHet zebrapad en de zebrapaden.\n", encoding="utf-8")
    os.utime(page, ns=(time.time_ns(), time.time_ns() + 10**9))
    engine = closing.enter_context(SearchEngine(Site.load(root), cache))
    assert engine.ensure_index().action == "updated"
    assert engine.index.lexicon.df("zebrapad") == 1
    # the next start reads the saved list, and completion uses it
    engine = closing.enter_context(SearchEngine(Site.load(root), cache))
    assert engine.ensure_index().action == "reused"
    assert engine.index.lexicon.df("zebrapad") == 1
    assert f"{S}/maatregelen/0-org-01-beleid" in [h.path for h in engine.search(Query("zebrap")).hits]
    page.unlink()
    engine = closing.enter_context(SearchEngine(Site.load(root), cache))
    engine.ensure_index()
    assert engine.index.lexicon.df("zebrapad") == 0


def test_a_missing_or_damaged_word_list_is_counted_again_from_the_index(closing: ExitStack, tmp_path: Path) -> None:
    root = make_mini_site(tmp_path / "root")
    cache = tmp_path / "cache"
    engine = closing.enter_context(SearchEngine(Site.load(root), cache))
    engine.ensure_index()
    expected = engine.index.lexicon.with_prefix("")
    assert expected
    folder = _folder(engine)
    engine.close()
    for damage in (lambda f: f.write_bytes(b"\xff{not json"), lambda f: f.unlink()):
        damage(folder / FILE_NAME)
        engine = closing.enter_context(SearchEngine(Site.load(root), cache))
        assert engine.ensure_index().action == "reused"
        assert engine.index.lexicon.with_prefix("") == expected
        assert (folder / FILE_NAME).is_file()  # written again
        engine.close()


def test_the_engine_prepares_the_stems_of_every_word_before_the_first_search(closing: ExitStack, tmp_path: Path) -> None:
    root = make_mini_site(tmp_path / "root")
    engine = closing.enter_context(SearchEngine(Site.load(root), tmp_path / "cache"))
    engine.ensure_index()
    analyzer = engine.index.analyzer
    words = [w for w, _df in engine.index.lexicon.with_prefix("")]
    assert words and not all(w in analyzer._word_terms for w in words)  # one command: not needed
    engine = closing.enter_context(SearchEngine(Site.load(root), tmp_path / "cache"))
    engine.ensure_index(warm=True)  # what the window asks for
    analyzer = engine.index.analyzer
    assert all(w in analyzer._word_terms for w in words)
