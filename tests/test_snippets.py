"""Snippets: the passage chosen, its highlights, and the same result as the plain rule on
every page of the bundled content (the fast path splits in C and slides the window)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.content import Site
from reader.content.words import WORD_PART, fold
from reader.search.analysis import STOP_WORDS, Analyzer, build_vocabulary, dutch_stem
from reader.search.index import page_text
from reader.search.snippets import SNIPPET_WORDS, WordKeys, make_snippet

CONTENT = Path(__file__).resolve().parents[1] / "content"


def reference_snippet(text: str, analyzer: Analyzer, stems: set[str], exact: set[str],
                      size: int = SNIPPET_WORDS) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The rule written out plainly: every word with its offsets, every window scored."""
    tokens = [(m.start(), m.end(), fold(m.group(0))) for m in WORD_PART.finditer(text)]

    def key_of(w: str) -> str | None:
        if w in exact:
            return w
        if w in STOP_WORDS:
            return None
        return next((t for t in analyzer.word_terms(w, stop=False) if t in stems), None)

    hits = [(i, k) for i, (_s, _e, w) in enumerate(tokens) if (k := key_of(w)) is not None]
    if not hits:
        return "", ()
    best_start, best_score = 0, -1
    for h, _k in hits:
        start = max(0, h - 4)
        inside = [k for i, k in hits if start <= i < start + size]
        score = len(set(inside)) * 10 + len(inside)
        if score > best_score:
            best_start, best_score = start, score
    begin = tokens[best_start][0]
    end = tokens[min(len(tokens) - 1, best_start + size - 1)][1]
    sentence = max(text.rfind(". ", 0, begin), text.rfind("\n", 0, begin))
    if sentence != -1 and begin - sentence < 60:
        begin = sentence + 1
    while begin < end and text[begin].isspace():
        begin += 1
    prefix = "… " if begin > 0 else ""
    out, at = [], {}
    for offset in range(begin, end):
        ch = text[offset]
        if ch.isspace() and out and out[-1] == " " and text[offset - 1].isspace():
            continue
        at[offset] = len(out) + len(prefix)
        out.append(" " if ch.isspace() else ch)
    spans: list[tuple[int, int]] = []
    for i, _k in hits:
        s, e = tokens[i][0], tokens[i][1]
        if s >= begin and e <= end:
            span = (at[s], at[e - 1] + 1)
            if spans and span[0] <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(span[1], spans[-1][1]))
            else:
                spans.append(span)
    return prefix + "".join(out) + (" …" if end < len(text) else ""), tuple(spans)


@pytest.fixture(scope="module")
def bundled() -> tuple[list[str], Analyzer]:
    texts = [page_text(p) for p in Site.load(CONTENT).pages.values()]
    return texts, Analyzer(dutch_stem, build_vocabulary(texts))


QUERIES = ["algoritme", "menselijk toezicht", "risico's beoordelen", "persoonsgegevens verwerken",
           "bias discriminatie data", "de", "transparantie verantwoording", "ai-verordening"]


@pytest.mark.parametrize("query", QUERIES)
def test_snippets_follow_the_plain_rule_on_every_bundled_page(bundled, query: str) -> None:
    texts, analyzer = bundled
    exact = {fold(w) for w in WORD_PART.findall(query)}
    stems = {t for w in exact for t in analyzer.word_terms(w)}
    keys = WordKeys()  # shared by all pages, as the hits of one query share it
    shown = 0
    for text in texts:
        got = make_snippet(text, analyzer, stems, exact, keys_of=keys)
        assert got == reference_snippet(text, analyzer, stems, exact), text[:80]
        shown += bool(got[0])
    assert shown > 0


def test_the_passage_with_most_distinct_matches_wins_and_is_marked(bundled) -> None:
    _texts, analyzer = bundled
    text = ("Inleiding. Toezicht komt later.\n\n" + "woord " * 40
            + "Bij menselijk   toezicht kijkt een mens mee. " + "vulling " * 40 + "Toezicht weer.")
    exact = {"menselijk", "toezicht"}
    stems = {t for w in exact for t in analyzer.word_terms(w)}
    snippet, spans = make_snippet(text, analyzer, stems, exact)
    # four words before the first match, whitespace collapsed, cut on both sides
    assert snippet.startswith("… woord woord woord Bij menselijk toezicht kijkt een mens mee. vulling")
    assert snippet.endswith(" …")
    assert [snippet[s:e] for s, e in spans] == ["menselijk", "toezicht"]
    # widened back to the start of its sentence when that is near
    snippet, spans = make_snippet("Begin. Dit is een zin over menselijk toezicht.", analyzer, stems, exact)
    assert snippet == "… Dit is een zin over menselijk toezicht …"  # the passage ends on a word
    assert [snippet[s:e] for s, e in spans] == ["menselijk", "toezicht"]
    assert make_snippet(text, analyzer, {"nergens"}, {"nergens"}) == ("", ())
    assert make_snippet("", analyzer, stems, exact) == ("", ())


def test_what_snippets_keep_of_an_analyzer_goes_with_it() -> None:
    """An index rebuilt with a new vocabulary makes a new analyzer: the old one's spellings
    must not stay behind."""
    import gc
    import weakref

    from reader.search import snippets

    analyzer = Analyzer(dutch_stem, {"risico"})
    assert make_snippet("Het risico is groot.", analyzer, set(analyzer.word_terms("risico")), {"risico"}) == (
        "Het risico is groot …", ((4, 10),))
    assert analyzer in snippets._SPELLINGS
    gone = weakref.ref(analyzer)
    del analyzer
    gc.collect()
    assert gone() is None  # nothing the snippets keep holds it (other tests' analyzers may go too)
