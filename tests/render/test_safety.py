"""Content is data, never code: hostile HTML in a page never reaches the output."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.content import Site
from reader.render import render_page
from reader.render.linking import LinkResolver
from reader.render.sanitize import sanitize
from tests.conftest import write_tree

from .conftest import body_of, tags_of, visible_text

HOSTILE = """\
---
title: Vijandige pagina
---

# Vijandige pagina

<script>alert("blok")</script>

<SCRIPT type="text/javascript">document.write("hoofdletters")</SCRIPT>

<style>body { display: none; }</style>

<iframe src="https://evil.example/frame"></iframe>
<object data="https://evil.example/x.swf"><embed src="https://evil.example/y.swf"></object>

<form action="https://evil.example/post" method="post"><input name="q" value="x"><button onclick="steal()">Verstuur</button><select><option>keuze</option></select><textarea>tekstvak</textarea></form>

<svg onload="alert(1)"><circle r="4"></circle></svg>
<math><mi>x</mi></math>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<base href="https://evil.example/">
<link rel="stylesheet" href="https://evil.example/s.css">

<p onclick="alert(1)" style="color: red; background: url(https://evil.example/t.png)">Alinea met handlers.</p>
<div onmouseover="alert(2)" class="ok" data-x="1">Blok met handler.</div>

Tekst met <img src="x" onerror="alert(3)"> een kapot plaatje en <span style="position:fixed">stijl</span>.

[md javascript](javascript:alert(4)) en [md hoofdletters](JaVaScRiPt:alert(5))
en [md data](data:text/html;base64,PHNjcmlwdD4=) en [md vbscript](vbscript:msgbox(1))
en [md bestand](file:///etc/passwd) en [md spatie]( javascript:alert(6))

<a href="javascript:alert(7)">html javascript</a>
<a href="&#106;avascript:alert(8)">html entiteit</a>
<a href="java&#x09;script:alert(9)">html tab</a>
<a href=" data:text/html,x">html data</a>
<a href="file:///etc/passwd">html bestand</a>
<a href="#" onclick="showModal(event, 'ai-act-labels', {redirectUrl: 'buiten/'})">modaal zonder pagina</a>
<a href="#" onclick="showModal(event, 'beslishulp AI-verordening', {redirectUrl: 'buiten/'})">de beslishulp</a>
<a href="https://ok.example/" target="_blank" onclick="track()">externe link met handler</a>
<a href="https://ok.example/buiten"><a href="https://ok.example/binnen">genest</a></a>

![data plaatje](data:image/png;base64,iVBORw0KGgo=)
![bestand plaatje](file:///etc/hosts)
<img src="https://evil.example/pixel.gif" alt="volgpixel">

Een alinea met kenmerken.
{ onclick="alert(10)" style="color:red" }

## Kop met handler { onmouseover="alert(11)" }

<details open ontoggle="alert(12)"><summary>Ruwe details</summary>Inhoud</details>

<template><p>sjabloon</p></template>
<noscript><p>geen script</p></noscript>
"""

DANGEROUS_TAGS = {
    "script", "style", "iframe", "object", "embed", "form", "input", "button", "select",
    "textarea", "svg", "math", "meta", "base", "link", "template", "frame", "frameset",
}
SAFE_SCHEMES = ("reader://", "https://", "http://", "mailto:", "tel:", "ftp://")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Site, str]:
    root = write_tree(tmp_path_factory.mktemp("hostile"), {"vijandig.md": HOSTILE})
    site = Site.load(root)
    html = render_page(site, site.pages["vijandig"]).html
    return site, html


def test_no_dangerous_element_survives(hostile: tuple[Site, str]) -> None:
    _site, html = hostile
    body = body_of(html)
    found = {tag for tag, _ in tags_of(body)} & DANGEROUS_TAGS
    assert not found, f"dangerous elements in output: {found}"
    # the whole document has exactly one <style>: our own stylesheet in <head>
    assert html.count("<style") == 1
    assert html.index("<style") < html.index("<body")


def test_no_event_handler_or_style_attribute(hostile: tuple[Site, str]) -> None:
    _site, html = hostile
    for tag, attrs in tags_of(body_of(html)):
        for name in attrs:
            assert not name.startswith("on"), f"<{tag} {name}> survived"
            assert name not in ("style", "target", "srcdoc", "formaction", "action"), (tag, name)
            assert not name.startswith("data-"), (tag, name)


def test_only_safe_link_targets(hostile: tuple[Site, str]) -> None:
    site, html = hostile
    for tag, attrs in tags_of(body_of(html)):
        if "href" in attrs:
            assert attrs["href"].startswith(SAFE_SCHEMES), f"<{tag} href={attrs['href']!r}>"
        if "src" in attrs:
            src = attrs["src"]
            assert src.startswith(site.root.as_uri() + "/"), f"<{tag} src={src!r}>"
    lowered = body_of(html).lower()
    for bad in ("javascript:", "vbscript:", "data:text", "data:image", "file:///etc"):
        assert bad not in lowered


def test_text_of_dropped_links_stays_readable(hostile: tuple[Site, str]) -> None:
    _site, html = hostile
    text = visible_text(body_of(html))
    for words in ("md javascript", "html entiteit", "modaal zonder pagina", "genest",
                  "Alinea met handlers.", "Blok met handler."):
        assert words in text
    for gone in ("alert(", "document.write", "Verstuur", "tekstvak", "keuze", "sjabloon"):
        assert gone not in text


def test_nested_links_are_unwrapped(hostile: tuple[Site, str]) -> None:
    _site, html = hostile
    body = body_of(html)
    depth = 0
    for m in re.finditer(r"<(/?)a\b", body):
        depth += -1 if m.group(1) else 1
        assert depth <= 1, "a link inside a link"
    assert depth == 0


def test_remote_images_are_never_loaded(hostile: tuple[Site, str]) -> None:
    _site, html = hostile
    assert not [a for t, a in tags_of(body_of(html)) if t == "img"]
    assert "volgpixel" in visible_text(html)


def test_show_modal_without_local_target_is_plain_text(hostile: tuple[Site, str]) -> None:
    _site, html = hostile
    body = body_of(html)
    assert "showModal" not in body
    assert "modaal zonder pagina" in visible_text(body)
    assert not re.search(r"<a\b[^>]*>\s*modaal zonder pagina", body)
    assert '<a href="#"' not in body


def test_show_modal_of_the_decision_aid_opens_it_in_the_app(hostile: tuple[Site, str]) -> None:
    _site, html = hostile
    body = body_of(html)
    assert re.search(r'<a href="reader://beslishulp"[^>]*>de beslishulp</a>', body)


def test_raw_details_become_plain_blocks(hostile: tuple[Site, str]) -> None:
    _site, html = hostile
    body = body_of(html)
    assert "<details" not in body and "<summary" not in body
    assert "Ruwe details" in visible_text(body)


def test_show_modal_with_local_target_links_to_it(tmp_path: Path) -> None:
    root = write_tree(tmp_path, {
        "overzicht/index.md": "# Overzicht\n",
        "pagina.md": (
            "# Pagina\n\nGebruik de <a href=\"#\" onclick=\"showModal(event, 'hulp', "
            "{redirectUrl: 'overzicht/'})\">hulp</a>.\n"
        ),
    })
    site = Site.load(root)
    body = body_of(render_page(site, site.pages["pagina"]).html)
    assert '<a href="reader://page/overzicht/index"' in body
    assert "onclick" not in body


def test_file_links_inside_the_root_are_kept_as_app_links(tmp_path: Path) -> None:
    root = write_tree(tmp_path, {
        "doc/notitie.pdf": b"%PDF-1.4\n",
        "pagina.md": "# Pagina\n\n[notitie](NOTITIE)\n",
    })
    url = (root / "doc" / "notitie.pdf").as_uri()
    (root / "pagina.md").write_text(f"# Pagina\n\n[notitie]({url})\n", encoding="utf-8")
    site = Site.load(root)
    body = body_of(render_page(site, site.pages["pagina"]).html)
    assert 'href="reader://file/doc/notitie.pdf"' in body
    assert "file:" not in body


# ---------------------------------------------------------------------- fuzzing
FRAGMENTS = [
    "<script>", "</script>", "<a href=\"", "javascript:", "data:", "\" onclick=\"x()\"", ">",
    "</a>", "<img src=", "x onerror=y", "<style>", "<iframe src=a>", "<svg onload=1>", "&#106;",
    "<div style='a'>", "</div>", "<!--", "-->", "text ", "<p>", "<", "&", "\"", "'", "=", " ",
    "<form>", "<input>", "<object>", "<embed src=b>", "<math>", "<template>",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25))
def test_sanitizer_output_is_always_safe(tmp_path_factory: pytest.TempPathFactory,
                                          parts: list[str]) -> None:
    site = _fuzz_site(tmp_path_factory)
    clean, _links = sanitize("".join(parts), LinkResolver(site, site.pages["p"]))
    for tag, attrs in tags_of(clean):
        assert tag not in DANGEROUS_TAGS
        for name, value in attrs.items():
            assert not name.startswith("on") and name != "style"
            if name in ("href", "src"):
                assert value.startswith((*SAFE_SCHEMES, "file://")), value


_FUZZ: dict[str, Site] = {}


def _fuzz_site(factory: pytest.TempPathFactory) -> Site:
    if "site" not in _FUZZ:
        _FUZZ["site"] = Site.load(write_tree(factory.mktemp("fuzz"), {"p.md": "# P\n"}))
    return _FUZZ["site"]
