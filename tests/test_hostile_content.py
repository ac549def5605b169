"""Hostile content (issue 17): a generated corpus of broken, odd and malicious files
(`tests/hostile_corpus.py`) is loaded, checked, searched and rendered without a traceback;
each file is loaded or reported by `check` with a clear message; the rest of the site keeps
working; no rendered page carries script, event handlers or anything fetched from elsewhere.

The window on the same corpus: `tests/ui/test_hostile_window.py`. The time per stage per
file is printed (a benchmark figure, `tests/bench/hostile.py`), never asserted.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reader.content import Severity, Site
from reader.render import render_page, render_text
from reader.search import Query, SearchEngine
from tests.bench.hostile import measure, table
from tests.conftest import REPO
from tests.hostile_corpus import Case, write_hostile_site
from tests.mini_site import FILES as MINI_FILES

#: Tags that must never reach the page view.
FORBIDDEN_TAGS = {"script", "style", "iframe", "frame", "object", "embed", "applet", "svg", "math", "form",
                  "input", "button", "link", "meta", "base", "video", "audio", "source", "body", "html",
                  "head", "template", "textarea", "select", "title"}
#: Attributes that fetch what they name.
FETCHING = {"src", "srcset", "background", "poster", "data", "action", "formaction", "lowsrc", "dynsrc",
            "codebase", "cite", "longdesc", "usemap", "manifest", "xlink:href"}
SAFE_HREF = re.compile(r"^(reader://|https?://|mailto:|#)", re.I)
REMOTE = re.compile(r"^\s*(https?:|ftp:|//|\\\\)", re.I)


class Unsafe(HTMLParser):
    """What in a rendered page could run code or fetch something."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") or name == "style":
                self.found.append(f"<{tag} {name}>")
            elif (name in FETCHING and (REMOTE.match(value) or (not value.startswith(("reader:", "file:/", "/"))
                                       and ":" in value.split("/")[0]))) or (name in FETCHING and value.startswith("file:") and "evil" in value):
                self.found.append(f"<{tag} {name}={value[:60]}>")
            elif name == "href" and not SAFE_HREF.match(value):
                self.found.append(f"<{tag} href={value[:60]}>")
        if tag == "img":
            src = dict(attrs).get("src") or ""
            if not src.startswith(("file:", "reader:")):
                self.found.append(f"<img src={src[:60]}>")

    handle_startendtag = handle_starttag


def unsafe_parts(body_html: str) -> list[str]:
    parser = Unsafe()
    parser.feed(body_html)
    parser.close()
    if re.search(r"url\s*\(", body_html, re.I):
        parser.found.append("css url()")
    return parser.found


def body_of(html: str) -> str:
    """What is inside a rendered document's <body> (its <head> holds the app's own stylesheet)."""
    start = re.search(r"<body[^>]*>", html)
    end = html.rfind("</body>")
    return html[start.end() if start else 0 : end if end >= 0 else len(html)]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Case], Site]:
    root, cases = write_hostile_site(tmp_path_factory.mktemp("hostile") / "site")
    return root, cases, Site.load(root)


def test_the_corpus_has_every_case(hostile) -> None:
    _root, cases, _site = hostile
    names = {c.name for c in cases}
    expected = {"broken YAML", "front matter a list", "front matter a scalar", "UTF-16 with BOM", "Latin-1 bytes",
                "NUL bytes", "CRLF", "empty file", "20 MB file", "1-million-character line",
                "10,000-deep nested list", "10,000-deep nested HTML", "hostile HTML", "links escaping the root",
                "duplicate id A", "wrong types 0", "unknown keys"}
    if os.name != "nt":
        expected |= {"symlink out of the root", "symlink loop", "odd file name: newline"}
    assert expected <= names, expected - names
    print(f"\nhostile files: {len(cases)} cases written")


def test_each_file_is_loaded_or_reported_with_a_clear_message(hostile) -> None:
    _root, cases, site = hostile
    handled = 0
    for case in cases:
        mine = [p for p in site.problems if p.file == case.rel or p.file.startswith(case.rel + "/")]
        if case.page is not None:
            assert case.page in site.pages, case.name
        else:
            assert not any(path.startswith(case.rel.removesuffix(".md")) and path.endswith(".md")
                           for path in site.pages), case.name
        if case.reported:
            assert mine, f"{case.name}: not reported by check"
        for problem in mine:  # a sentence of Dutch on one line, never a Python repr of an error
            assert problem.message and "\n" not in problem.message and "Traceback" not in problem.message
            assert not re.search(r"\b(Error|Exception)\b", problem.message), problem
        handled += 1
    by_code = {p.code for p in site.problems}
    assert {"yaml", "front-matter-type", "encoding", "empty-page", "nul-bytes", "duplicate-id", "too-complex"} <= by_code, by_code
    if os.name != "nt":
        assert {"symlink-outside-root", "symlink-loop", "symlink-dangling"} <= by_code
    print(f"\nhostile files handled: {handled}/{len(cases)}")
    assert handled == len(cases)


def test_text_in_other_encodings_and_control_characters_is_read(hostile) -> None:
    _root, _cases, site = hostile
    m = "voldoen-aan-wetten-en-regels/maatregelen"
    assert site.pages[f"{m}/utf16"].title == "Tekst in UTF-16"
    assert "Privacy en gegevens" in site.pages[f"{m}/utf16be"].body
    assert site.pages[f"{m}/latin1"].title == "Café"
    assert "\x00" not in site.pages[f"{m}/nul"].body
    assert site.pages[f"{m}/crlf"].title == "Windows" and "\r" not in site.pages[f"{m}/crlf"].body
    assert site.pages[f"{m}/cr"].title == "Oude Mac"


def test_every_page_renders_without_script_handlers_or_remote_addresses(hostile, tmp_path: Path) -> None:
    _root, _cases, site = hostile
    render_page(site, site.pages["index"])  # the first render imports Markdown: not a stage time
    rows = measure(site, tmp_path / "cache")
    print("\ntime per stage per hostile file (a benchmark figure, not asserted):\n" + table(rows))
    for row in rows:  # (plain values in the asserts: pytest's explanation of a 400 kB string is slow)
        found = unsafe_parts(body_of(row.html))
        assert not found, (row.path, found[:10])
        # a remote address may be a link's target or its tooltip, never in another attribute
        tags = re.findall(r"<[^>]*evil\.example[^>]*>", re.sub(r'\s(href|title)="[^"]*"', "", row.html))
        assert not tags, (row.path, tags[:3])
    for page in site.pages.values():
        render_text(site, page)  # the terminal's rendering (`ak-reader show`)
    vijandig = next(r for r in rows if r.path.endswith("/vijandig"))
    outside = any("GEHEIM" in r.html for r in rows)  # nothing read from outside the root
    assert not outside
    kept = "klik" in vijandig.html  # the text of a dropped link stays
    assert kept


def test_too_complex_pages_are_shown_as_plain_text_with_a_notice(hostile) -> None:
    _root, _cases, site = hostile
    for stem in ("groot", "lange-regel", "diepe-lijst", "diepe-html", "veel-links"):
        page = next(p for p in site.pages.values() if p.stem == stem)
        html = render_page(site, page).html
        plain, size = "als platte tekst getoond" in html, len(html)
        assert plain, stem
        assert size < 400_000, stem  # the start of a 20 MB page, not all of it


def test_the_rest_of_the_site_loads_searches_and_renders(hostile, tmp_path: Path) -> None:
    _root, _cases, site = hostile
    paths = [rel.removesuffix(".md") for rel in MINI_FILES]
    assert all(p in site.pages for p in paths)
    dpia = site.pages["voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"]
    assert "privacyrisico" in render_page(site, dpia).html
    with SearchEngine(site, cache_dir=tmp_path) as engine:
        engine.ensure_index()
        for path in paths:
            page = site.pages[path]
            hits = [h.path for h in engine.search(Query(page.title, limit=60)).hits]
            assert path in hits, (page.title, hits[:5])
        hits = [h.path for h in engine.search(Query("impact assessment", limit=5)).hits]
        assert hits[0] == dpia.path
        for text in ("woord", "niveau", "alert", "evil.example", "<script>", "javascript:", "GEHEIM", "Ünïcödé",
                     "financiële", "a'b\"c", "\x00", "regel\nbreuk", "dubbel", "risico's " * 50):
            result = engine.search(Query(text, limit=20))
            for hit in result.hits:
                assert "<script" not in (hit.snippet or "")
        result = engine.search(Query.of("", {"rol": ["jurist"]}, limit=100))
        assert "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA" in [h.path for h in result.hits]


def cli(*args: str, root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "reader", *args, "--content", str(root)], capture_output=True,
                          text=True, encoding="utf-8", errors="replace", env=env, timeout=300)


def test_the_command_line_checks_searches_and_shows_without_a_traceback(hostile) -> None:
    root, cases, _site = hostile
    checked = cli("check", root=root)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr and not checked.stderr.strip()
    assert "fouten" in checked.stdout.splitlines()[-1]
    for line in checked.stdout.splitlines():  # one line per problem: no raw control characters
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", line), repr(line)
    as_json = cli("check", "--json", root=root)
    problems = json.loads(as_json.stdout)
    assert {c.rel for c in cases if c.reported} <= {p["file"] for p in problems}
    found = cli("search", "risico", "--json", root=root)
    assert found.returncode == 0 and "Traceback" not in found.stderr and json.loads(found.stdout)
    shown = cli("show", "vijandig", "--html", root=root)
    assert shown.returncode == 0 and "Traceback" not in shown.stderr
    found = unsafe_parts(body_of(shown.stdout))
    assert not found
    missing = cli("show", "voldoen-aan-wetten-en-regels/hulpmiddelen/buiten", root=root)
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1
    assert "Traceback" not in missing.stderr


#: The cases `show` is run on (each loads the site again: the rest are rendered above).
SHOWN = ("odd file name", "hostile HTML", "links escaping", "UTF-16", "Latin-1", "NUL", "broken YAML", "front matter",
         "wrong types 0", "10,000-deep nested HTML", "empty file", "showModal")


def test_show_on_hostile_pages_in_process(hostile, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.cli import main

    root, cases, _site = hostile
    for case in cases:
        if case.page is None or not case.name.startswith(SHOWN):
            continue
        code = main(["show", case.page, "--content", str(root)])
        out = capsys.readouterr()
        assert code == 0, (case.name, out.err)
        assert out.out.strip() or case.name in ("empty file", "only front matter"), case.name
        assert "Traceback" not in out.err


def test_a_problem_is_one_sentence_of_dutch(hostile) -> None:
    _root, _cases, site = hostile
    loop = [p for p in site.problems if p.code == "symlink-loop"]
    if os.name != "nt":
        assert loop and loop[0].severity is Severity.ERROR and "lus" in loop[0].message
    too = [p for p in site.problems if p.code == "too-complex"]
    assert too and all("platte tekst" in p.message for p in too)
