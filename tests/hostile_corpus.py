"""A content root of hostile files (issue 17), generated deterministically into a folder.

`write_hostile_site(root)` writes the small site of `tests.mini_site` and beside it one
file (or link) per case of `CASES`: what people pass around on USB sticks and in zips,
and what an attacker would put in a content pack. Each case names the page path it
becomes (None when it must not become a page, e.g. a symlink out of the root) so the
tests can check that it was loaded or reported.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tests.mini_site import make_mini_site

S = "voldoen-aan-wetten-en-regels"
M = f"{S}/maatregelen"
V = f"{S}/vereisten"
H = f"{S}/hulpmiddelen"

#: Every front-matter key the loader knows, for the wrong-types cases.
KNOWN_KEYS = ("title", "id", "rollen", "levenscyclus", "onderwerp", "categorie", "maatregel", "vereiste",
              "soort-toepassing", "risicogroep", "rol-ai-act", "transparantieverplichting", "systeemrisico",
              "open-source", "uitzondering", "sources", "bronnen", "toelichting", "summary", "hide", "search")
#: Values of every YAML type a key should not have.
WRONG_VALUES = ("{a: 1, b: [2, 3]}", "[[1, 2], {x: y}]", "12", "3.5", "true", "null", "2024-01-01",
                "!!binary aGFsbG8=", "''", "[]", "{}")

HOSTILE_HTML = """\
<script>alert('x')</script>
<SCRIPT src="https://evil.example/x.js"></SCRIPT>
<scr<script>ipt>alert(2)</script>
<img src="https://evil.example/pixel.png" alt="pixel" onerror="alert(3)">
<img src=x onerror=alert(4)>
<a href="javascript:alert(5)">klik</a>
<a href="JaVaScRiPt:alert(6)">klik</a>
<a href=" javascript:alert(7)">klik</a>
<a href="java&#x09;script:alert(8)">klik</a>
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==">data</a>
<a href="vbscript:msgbox(10)">vb</a>
<a href="file:///etc/passwd">bestand</a>
<a href="//evil.example/pad">protocol-relatief</a>
<iframe src="https://evil.example/frame"></iframe>
<object data="https://evil.example/x.swf"></object>
<embed src="https://evil.example/x.swf">
<div style="background: url('https://evil.example/bg.png')" onclick="alert(11)">achtergrond</div>
<p style="behavior: url(x.htc); background-image: url(https://evil.example/y.png)">stijl</p>
<style>body { background: url("https://evil.example/css.png") } @import url(https://evil.example/i.css);</style>
<link rel="stylesheet" href="https://evil.example/s.css">
<meta http-equiv="refresh" content="0; url=https://evil.example/">
<base href="https://evil.example/">
<svg onload="alert(12)"><script>alert(13)</script></svg>
<math><mtext><img src=x onerror=alert(14)></mtext></math>
<form action="https://evil.example/post"><input name="q"><button formaction="https://evil.example/">ok</button></form>
<table background="https://evil.example/t.png"><tr><td background="https://evil.example/td.png">cel</td></tr></table>
<body onload="alert(15)">
<video poster="https://evil.example/p.png"><source src="https://evil.example/v.mp4"></video>
<a href="https://evil.example/ok" onmouseover="alert(16)">extern met handler</a>
<img srcset="https://evil.example/a.png 1x" src="plaatje.png">
<!-- <script>alert(17)</script> -->
<![CDATA[<script>alert(18)</script>]]>
<div title="&quot;><script>alert(19)</script>">titel</div>
<a href="&#106;avascript:alert(20)">entiteiten</a>
[markdown javascript](javascript:alert(21))
[markdown data](data:text/html,<script>alert(22)</script>)
![markdown remote](https://evil.example/md.png)
![markdown remote 2](http://evil.example/md2.png "titel")
<p onclick="alert(23)" ONMOUSEOVER="alert(24)" onfocus = "alert(25)">handlers</p>
"""


@dataclass(frozen=True)
class Case:
    name: str
    rel: str  # the file's path relative to the root
    page: str | None  # the page it becomes, or None when it must not become one
    reported: bool = False  # whether `check` must report it


def _front(**keys: str) -> str:
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in keys.items()) + "---\n"


def cases() -> list[Case]:
    return [
        Case("broken YAML", f"{M}/kapot-yaml.md", f"{M}/kapot-yaml", True),
        Case("unclosed YAML flow", f"{M}/kapot-yaml-2.md", f"{M}/kapot-yaml-2", True),
        Case("front matter a list", f"{M}/fm-lijst.md", f"{M}/fm-lijst", True),
        Case("front matter a scalar", f"{M}/fm-scalar.md", f"{M}/fm-scalar", True),
        Case("front matter without end", f"{M}/fm-open.md", f"{M}/fm-open"),
        Case("YAML alias bomb", f"{M}/yaml-bom.md", f"{M}/yaml-bom", True),
        Case("YAML python tag", f"{M}/yaml-python.md", f"{M}/yaml-python", True),
        *[Case(f"wrong types {i}", f"{V}/typen-{i}.md", f"{V}/typen-{i}") for i in range(len(WRONG_VALUES))],
        Case("unknown keys", f"{M}/onbekend.md", f"{M}/onbekend"),
        Case("duplicate id A", f"{M}/dubbel-a.md", f"{M}/dubbel-a", True),
        Case("duplicate id B", f"{M}/dubbel-b.md", f"{M}/dubbel-b", True),
        Case("duplicate key", f"{M}/dubbele-sleutel.md", f"{M}/dubbele-sleutel"),
        Case("UTF-16 with BOM", f"{M}/utf16.md", f"{M}/utf16", True),
        Case("UTF-16 BE with BOM", f"{M}/utf16be.md", f"{M}/utf16be", True),
        Case("Latin-1 bytes", f"{M}/latin1.md", f"{M}/latin1", True),
        Case("NUL bytes", f"{M}/nul.md", f"{M}/nul", True),
        Case("CRLF", f"{M}/crlf.md", f"{M}/crlf"),
        Case("lone CR", f"{M}/cr.md", f"{M}/cr"),
        Case("empty file", f"{M}/leeg.md", f"{M}/leeg", True),
        Case("only front matter", f"{M}/alleen-fm.md", f"{M}/alleen-fm"),
        Case("20 MB file", f"{H}/groot.md", f"{H}/groot", True),
        Case("1-million-character line", f"{H}/lange-regel.md", f"{H}/lange-regel"),
        Case("10,000-deep nested list", f"{H}/diepe-lijst.md", f"{H}/diepe-lijst"),
        Case("10,000-deep nested blockquote", f"{H}/diep-citaat.md", f"{H}/diep-citaat"),
        Case("10,000-deep nested HTML", f"{H}/diepe-html.md", f"{H}/diepe-html"),
        Case("10,000 unclosed HTML tags", f"{H}/open-html.md", f"{H}/open-html"),
        Case("hostile HTML", f"{H}/vijandig.md", f"{H}/vijandig"),
        Case("links escaping the root", f"{H}/ontsnappen.md", f"{H}/ontsnappen", True),
        Case("symlink out of the root", f"{H}/buiten.md", None, True),
        Case("symlink loop", f"{H}/lus-a.md", None, True),
        Case("directory symlink loop", f"{H}/lusmap", None),
        Case("dangling symlink", f"{H}/hangend.md", None, True),
        Case("odd file name: spaces and accents", f"{H}/één twee — drie.md", f"{H}/één twee — drie"),
        Case("odd file name: quotes and brackets", f"{H}/a'b\"c[d](e)#f%g&h.md", f"{H}/a'b\"c[d](e)#f%g&h"),
        Case("odd file name: leading dash", f"{H}/-rf.md", f"{H}/-rf"),
        Case("odd file name: emoji and RTL", f"{H}/🙂\u202eevil.md", f"{H}/🙂\u202eevil"),
        Case("odd file name: newline", f"{H}/regel\nbreuk.md", f"{H}/regel\nbreuk"),
        Case("odd file name: backslash", f"{H}/back\\slash.md", f"{H}/back\\slash"),
        Case("odd file name: only .md", f"{H}/.md", None),
        Case("odd file name: upper-case suffix", f"{H}/HOOFD.MD", None),
        Case("not a Markdown file", f"{H}/binair.png", None),
        Case("page in a folder named like a file", f"{H}/map.md/binnen.md", f"{H}/map.md/binnen"),
        Case("huge front matter", f"{M}/grote-fm.md", f"{M}/grote-fm"),
        Case("unbalanced fences and tags", f"{M}/hekken.md", f"{M}/hekken"),
        Case("many links", f"{M}/veel-links.md", f"{M}/veel-links", True),
        Case("showModal and include macros", f"{M}/macros.md", f"{M}/macros"),
    ]


def _contents(outside: Path) -> dict[str, bytes]:
    body = "# Gewone titel\n\nGewone tekst over risico's.\n"
    files: dict[str, bytes] = {}

    def text(rel: str, value: str) -> None:
        files[rel] = value.encode("utf-8")

    text(f"{M}/kapot-yaml.md", "---\ntitle: [ongesloten\nrollen: jurist\n  - : :\n---\n" + body)
    text(f"{M}/kapot-yaml-2.md", "---\ntitle: {a: b\nid: 'open\n---\n" + body)
    text(f"{M}/fm-lijst.md", "---\n- jurist\n- ontwerp\n---\n" + body)
    text(f"{M}/fm-scalar.md", "---\nalleen een zin\n---\n" + body)
    text(f"{M}/fm-open.md", "---\ntitle: Nooit gesloten\n\n" + body)
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8))
    text(f"{M}/yaml-bom.md", "---\n" + bomb + "rollen: *i\n---\n" + body)
    text(f"{M}/yaml-python.md", "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\n" + body)
    for i, value in enumerate(WRONG_VALUES):
        text(f"{V}/typen-{i}.md", _front(**{k: value for k in KNOWN_KEYS}) + body)
    text(f"{M}/onbekend.md", _front(**{"wat-is-dit": "x", "12": "getal", "'': leeg": "", "~": "null"}) + body)
    text(f"{M}/dubbel-a.md", _front(id="urn:nl:ak:mtr:dubbel-01", title="Dubbel A") + body)
    text(f"{M}/dubbel-b.md", _front(id="urn:nl:ak:mtr:dubbel-01", title="Dubbel B") + body)
    text(f"{M}/dubbele-sleutel.md", "---\ntitle: Eerste\ntitle: Tweede\nrollen: jurist\nrollen: [a, b]\n---\n" + body)
    page = _front(title="Tekst in UTF-16", rollen="jurist") + "# Ünïcödé\n\nPrivacy en gegevens.\n"
    files[f"{M}/utf16.md"] = page.encode("utf-16")  # with its BOM (little-endian here)
    files[f"{M}/utf16be.md"] = b"\xfe\xff" + page.encode("utf-16-be")
    files[f"{M}/latin1.md"] = (_front(title="Café") + "# Financiële gegevens\n\nÉén privacyrisico.\n").encode("latin-1")
    files[f"{M}/nul.md"] = (_front(title="Met NUL") + "# A\x00B\n\ntekst\x00met\x00nullen\n").encode() + b"\x00" * 100
    files[f"{M}/crlf.md"] = (_front(title="Windows", rollen="[jurist]") + body).replace("\n", "\r\n").encode()
    files[f"{M}/cr.md"] = (_front(title="Oude Mac") + body).replace("\n", "\r").encode()
    files[f"{M}/leeg.md"] = b""
    text(f"{M}/alleen-fm.md", _front(title="Alleen front matter"))
    paragraph = "Een alinea over algoritmes, risico's en privacy die vaak herhaald wordt. " * 20 + "\n\n"
    big = _front(title="Heel groot bestand") + "# Groot\n\n" + paragraph * (20_000_000 // len(paragraph) + 1)
    files[f"{H}/groot.md"] = big.encode()[:20_000_000]
    text(f"{H}/lange-regel.md", _front(title="Lange regel") + "# Lang\n\n" + ("woord " * 166_667)[:1_000_000] + "\n")
    text(f"{H}/diepe-lijst.md", _front(title="Diepe lijst") + "- " * 10_000 + "niveau\n"
         + "".join("    " * (i % 50) + "1. genummerd\n" for i in range(10_000)))
    text(f"{H}/diep-citaat.md", _front(title="Diep citaat") + ">" * 10_000 + " citaat\n")
    text(f"{H}/diepe-html.md", _front(title="Diepe HTML") + "<div>" * 10_000 + "midden" + "</div>" * 10_000 + "\n")
    text(f"{H}/open-html.md", _front(title="Open HTML") + "<ul><li><b><i><span>" * 2_500 + "tekst\n")
    text(f"{H}/vijandig.md", _front(title="Vijandige HTML") + "# Vijandig\n\n" + HOSTILE_HTML)
    text(f"{H}/ontsnappen.md", _front(title="Ontsnappen") + "# Ontsnappen\n\n"
         "[omhoog](../../../../../../etc/passwd)\n[absoluut](/etc/passwd)\n"
         f"[buiten]({outside.as_posix()}/geheim.md)\n![plaatje](../../../../buiten.png)\n"
         "<a href=\"../../../../../../etc/shadow\">html</a>\n[windows](..\\..\\..\\windows\\system32)\n"
         "[unc](\\\\server\\share\\x.md)\n[file](file:///etc/passwd)\n")
    text(f"{H}/één twee — drie.md", _front(title="Spaties en accenten") + body)
    text(f"{H}/a'b\"c[d](e)#f%g&h.md", _front(title="Aanhalingstekens") + body)
    text(f"{H}/-rf.md", _front(title="Streepje") + body)
    text(f"{H}/🙂\u202eevil.md", _front(title="Emoji") + body)
    text(f"{H}/regel\nbreuk.md", _front(title="Regelbreuk") + body)
    text(f"{H}/back\\slash.md", _front(title="Backslash") + body)
    text(f"{H}/.md", _front(title="Alleen suffix") + body)
    text(f"{H}/HOOFD.MD", _front(title="Hoofdletters") + body)
    files[f"{H}/binair.png"] = bytes(range(256)) * 4
    text(f"{H}/map.md/binnen.md", _front(title="Binnen") + body)
    text(f"{M}/grote-fm.md", _front(title="Grote front matter", rollen="[" + ", ".join(["jurist"] * 50_000) + "]",
                                     toelichting="'" + "x" * 200_000 + "'") + body)
    text(f"{M}/hekken.md", _front(title="Hekken") + "```python\n<script>alert(1)</script>\n" + "~~~\n```\n" * 3
         + "</div></ul></table><td>losse cel\n" + "<!-- nooit gesloten commentaar\n" + body)
    text(f"{M}/veel-links.md", _front(title="Veel links") + "".join(f"[l{i}](nergens-{i}.md#x{i}) " for i in range(20_000)))
    text(f"{M}/macros.md", _front(title="Macro's") + "<!-- list_maatregelen rollen=jurist -->\n"
         "{{ showModal('../../../../etc/passwd') }}\n--8<-- \"../../../etc/passwd\"\n"
         "<a onclick=\"showModal('https://evil.example/')\">modal</a>\n" + body)
    return files


def write_hostile_site(root: Path) -> tuple[Path, list[Case]]:
    """The mini site with every hostile case in it; returns (root, the cases written)."""
    make_mini_site(root)
    outside = root.parent / f"{root.name}-buiten"
    outside.mkdir(exist_ok=True)
    (outside / "geheim.md").write_text("---\ntitle: Geheim\n---\n# GEHEIM buiten de map\n", encoding="utf-8")
    written: list[Case] = []
    for rel, data in _contents(outside).items():
        path = root / rel
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        except (OSError, ValueError):  # a name this file system cannot hold (e.g. a newline on Windows)
            continue
    links = {
        f"{H}/buiten.md": outside / "geheim.md",
        f"{H}/lus-a.md": root / H / "lus-b.md",
        f"{H}/lus-b.md": root / H / "lus-a.md",
        f"{H}/lusmap": root / H,
        f"{H}/hangend.md": root / H / "bestaat-niet.md",
    }
    for rel, target in links.items():
        try:
            os.symlink(target, root / rel)
        except OSError:  # no symlinks without privileges (Windows)
            continue
    for case in cases():
        if (root / case.rel).exists() or (root / case.rel).is_symlink():
            written.append(case)
    return root, written
