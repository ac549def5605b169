"""The bundled content: complete, consistent with upstream's facts, and ours."""

from __future__ import annotations

import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

import pytest

from reader.content import Kind, Severity, Site
from reader.search import Query, SearchEngine
from tests.conftest import CONTENT, REPO, SHARED

S = "voldoen-aan-wetten-en-regels"

COMPARED_KEYS = ("id", "rollen", "levenscyclus", "onderwerp", "maatregel", "vereiste")
KINDS = (Kind.HULPMIDDEL, Kind.MAATREGEL, Kind.VEREISTE, Kind.ROL, Kind.FASE, Kind.ONDERWERP)


@pytest.fixture(scope="module")
def ours() -> Site:
    return Site.load(CONTENT)


@pytest.fixture(scope="module")
def upstream(corpus: Path) -> Site:
    return Site.load(corpus)


def test_bundled_content_has_no_errors(ours: Site) -> None:
    errors = [str(p) for p in ours.problems if p.severity is Severity.ERROR]
    assert errors == []


def test_bundled_content_has_the_taxonomy_and_the_seed_tool(ours: Site) -> None:
    assert [p.stem for p in ours.of_kind(Kind.ROL)] == ["beleid-en-advies", "jurist", "ontwikkelaar", "projectleider"]
    assert len(ours.of_kind(Kind.FASE)) == 9 and len(ours.of_kind(Kind.ONDERWERP)) == 10
    tool = ours.by_stem(Kind.HULPMIDDEL, "governancekader-VNG")
    assert tool is not None
    refs = ours.maatregelen_of(tool)
    assert len(refs) == 11 and all(r.page is not None for r in refs)
    assert ours.glossary.get("AVG", "").startswith("Algemene Verordening Gegevensbescherming")


def test_same_pages_per_kind_as_upstream(ours: Site, upstream: Site) -> None:
    for kind in KINDS:
        assert {p.stem for p in ours.of_kind(kind)} == {p.stem for p in upstream.of_kind(kind)}, kind


def test_same_facts_page_by_page_except_upstream_broken_references(ours: Site, upstream: Site) -> None:
    for kind in KINDS:
        for theirs in upstream.of_kind(kind):
            mine = ours.by_stem(kind, theirs.stem)
            assert mine is not None
            assert mine.title == theirs.title, theirs.path
            assert mine.urn == theirs.urn, theirs.path
            for key in COMPARED_KEYS[1:]:
                expected = list(theirs.values(key))
                if key in ("maatregel", "vereiste"):
                    expected = [r.stem for r in upstream.refs(theirs, key) if r.page is not None]
                elif key in ("rollen", "levenscyclus", "onderwerp"):
                    taxonomy = {"rollen": Kind.ROL, "levenscyclus": Kind.FASE, "onderwerp": Kind.ONDERWERP}[key]
                    expected = [v for v in expected if upstream.by_stem(taxonomy, v) is not None]
                assert sorted(mine.values(key)) == sorted(expected), (theirs.path, key)
            for key in ("categorie", "soort-toepassing", "risicogroep", "rol-ai-act"):
                assert sorted(mine.values(key)) == sorted(theirs.values(key)), (theirs.path, key)


def test_content_is_in_our_own_words() -> None:
    checker = SHARED / "tools" / "originality-check"
    if not checker.is_file():
        pytest.skip("originality-check not found in ../shared/tools")
    proc = subprocess.run([sys.executable, str(checker), str(REPO)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("dpia", f"{S}/hulpmiddelen/DPIA"),
        ("algoritmeregister", f"{S}/hulpmiddelen/algoritmeregister"),
        ("bias", None),
        ("menselijke tussenkomst", f"{S}/maatregelen/6-imp-03-menselijke-tussenkomst"),
    ],
)
def test_search_on_bundled_content_finds_the_tool_or_maatregel_first(
    closing: ExitStack, ours: Site, tmp_path: Path, query: str, expected: str | None
) -> None:
    engine = closing.enter_context(SearchEngine(ours, tmp_path))
    engine.ensure_index()
    top = engine.search(Query(query)).hits[0]
    if expected is None:  # bias: the bias analysis maatregel or the bias topic
        assert top.path in (
            "voldoen-aan-wetten-en-regels/maatregelen/5-ver-03-biasanalyse",
            "onderwerpen/bias-en-non-discriminatie",
        )
    else:
        assert top.path == expected


UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def normalise_url(url: str) -> str:
    """RFC 3986 normalisation of percent-encoded unreserved characters (as the app does)."""
    import re

    def decode(m: re.Match[str]) -> str:
        ch = chr(int(m.group(1), 16))
        return ch if ch in UNRESERVED else m.group(0).upper()

    return re.sub(r"%([0-9A-Fa-f]{2})", decode, url)


def test_every_web_address_is_an_upstream_fact(ours: Site, corpus: Path) -> None:
    """No invented sources: each external address of our pages occurs upstream (links to the
    official site's own pages and files excepted)."""
    import re

    from reader.content.links import TargetKind
    from reader.content.model import SITE_URL

    pattern = re.compile(r"https?://[^\s)\]>\"'<]+")
    upstream = {
        normalise_url(v)
        for f in corpus.rglob("*.md")
        if f.is_file()
        for u in pattern.findall(f.read_text(encoding="utf-8", errors="replace"))
        for v in (u, u.rstrip(".,;"))  # a trailing full stop may be part of the address or not
    }
    invented = []
    for page in ours.pages.values():
        for raw, target in ours.outgoing_links(page):
            if target.kind is TargetKind.EXTERNAL and raw.url.startswith("http"):
                url = normalise_url(raw.url)
                if url not in upstream and not url.startswith(SITE_URL):
                    invented.append((page.path, url))
    assert invented == []
