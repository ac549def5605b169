"""Links inside page bodies: heading anchors, link extraction and link resolution.

Resolution follows how the official MkDocs site behaves (see corpus-schema.md §3):
Markdown links to `.md` files and to files that exist are resolved against the source
file's folder; raw-HTML links and directory-style links against the page's *URL*
(`a/b.md` is served at `a/b/`); absolute links to the official site map to local pages.
"""

from __future__ import annotations

import html
import posixpath
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote, urlsplit

from reader.content.model import SITE_URL

FENCE = re.compile(r"^[ \t]*(```+|~~~+)")
HEADING = re.compile(r"^[ \t]{0,8}(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
ATTR_LIST = re.compile(r"\s*\{:?\s*([^{}]*)\}\s*$")
ATTR_ID = re.compile(r"(?:^|\s)#([\w-]+)")
HTML_ID = re.compile(r"""\bid\s*=\s*["']([^"']+)["']""")
FOOTNOTE_DEF = re.compile(r"^\[\^([^\]]+)\]:", re.M)
TAG = re.compile(r"<[^>]+>")
INLINE_CODE = re.compile(r"`[^`\n]*`")
MD_LINK = re.compile(
    r"(?P<img>!?)\[(?P<text>(?:[^\[\]\n]|\[[^\]\n]*\])*)\]"
    r"\(\s*<?(?P<url>[^)\s>]*)>?(?:\s+[\"'][^\"'\n]*[\"'])?\s*\)"
)
HTML_LINK = re.compile(
    r"""<(?P<tag>a|img|source)\b(?P<attrs>[^>]*?)\b(?:href|src)\s*=\s*(?:["'](?P<url>[^"']*)["']|(?P<bare>[^\s>"']+))""",
    re.I,
)
URL_CONTROL = re.compile(r"[\t\n\r]")
SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:")
UNSAFE_SCHEMES = ("javascript:", "data:", "vbscript:", "file:")
EXTERNAL_SCHEMES = ("http://", "https://", "mailto:", "tel:", "ftp://")


def slugify(text: str, separator: str = "-") -> str:
    """Python-Markdown's `toc` slug: NFKD to ASCII, drop punctuation, lowercase, hyphens."""
    text = TAG.sub("", html.unescape(text))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(rf"[{separator}\s]+", separator, text)


def strip_attr_list(text: str) -> tuple[str, str | None]:
    """Heading text without a trailing `{ ... }`, and the `#id` it sets if any."""
    m = ATTR_LIST.search(text)
    if not m:
        return text, None
    custom = ATTR_ID.search(m.group(1))
    return text[: m.start()].rstrip(), custom.group(1) if custom else None


def iter_lines_outside_code(body: str) -> Iterator[tuple[int, str]]:
    """(0-based line index, line) for lines not inside fenced code blocks."""
    fence: str | None = None
    for i, line in enumerate(body.split("\n")):
        m = FENCE.match(line)
        if m:
            marker = m.group(1)[0]
            if fence is None:
                fence = marker
            elif fence == marker:
                fence = None
            continue
        if fence is None:
            yield i, line


def headings(body: str) -> list[tuple[int, int, str, str]]:
    """(line index, level, text, anchor id) of every ATX heading, ids made unique as `toc` does."""
    seen: set[str] = set()
    out = []
    for i, line in iter_lines_outside_code(body):
        m = HEADING.match(line)
        if not m:
            continue
        text, custom = strip_attr_list(m.group(2))
        anchor = custom or slugify(text)
        base, n = anchor, 1
        while anchor in seen:
            anchor = f"{base}_{n}"
            n += 1
        seen.add(anchor)
        out.append((i, len(m.group(1)), text, anchor))
    return out


def anchors(body: str) -> frozenset[str]:
    """Every fragment id a rendered page will have."""
    ids = {a for *_, a in headings(body)}
    ids.update(HTML_ID.findall(body))
    for label in FOOTNOTE_DEF.findall(body):
        ids.add(f"fn:{label}")
        ids.add(f"fnref:{label}")
    return frozenset(ids)


@dataclass(frozen=True)
class RawLink:
    url: str
    line: int  # 0-based line index within the body
    text: str
    is_html: bool
    is_script: bool = False  # a raw-HTML link driven by an onclick handler


def extract_links(body: str) -> list[RawLink]:
    """Markdown inline links/images and raw-HTML href/src, outside code."""
    out: list[RawLink] = []
    if "](" not in body and "<" not in body:
        return out
    for i, line in iter_lines_outside_code(body):
        if "](" not in line and "<" not in line:  # most lines: no link can start here
            continue
        scan = INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line)
        for m in MD_LINK.finditer(scan):
            out.append(RawLink(m.group("url"), i, m.group("text"), False))
        for m in HTML_LINK.finditer(scan):
            url = m.group("url") if m.group("url") is not None else m.group("bare")
            tag_end = scan.find(">", m.end())
            tag = scan[m.start() : tag_end if tag_end != -1 else len(scan)]
            out.append(RawLink(url, i, "", True, "onclick" in tag.lower()))
    return out


class TargetKind(StrEnum):
    PAGE = "page"  # a page of the content root (path, optional anchor)
    FILE = "file"  # a non-Markdown file of the content root (document, image)
    SAME_PAGE = "same-page"  # "#anchor" on the page itself
    EXTERNAL = "external"  # http(s), mailto: shown as external, never fetched
    MISSING = "missing"  # relative link whose target does not exist
    UNSAFE = "unsafe"  # javascript:, data:, file: ... dropped
    EMPTY = "empty"  # "" or "#"


@dataclass(frozen=True)
class Target:
    kind: TargetKind
    path: str = ""  # page path id or file path (relative to the root)
    anchor: str = ""
    url: str = ""  # the original URL


def page_url_dir(page_path: str) -> str:
    """The folder the official site serves a page from: `a/b` -> `a/b`, `a/index` -> `a`."""
    if page_path == "index":
        return ""
    if page_path.endswith("/index"):
        return page_path[: -len("/index")]
    return page_path


def _join(base: str, rel: str) -> str | None:
    joined = posixpath.normpath(posixpath.join(base, rel)) if base else posixpath.normpath(rel)
    if joined.startswith("..") or joined.startswith("/"):
        return None
    return "" if joined == "." else joined


def resolve(
    page_path: str,
    url: str,
    *,
    is_html: bool,
    has_page: Callable[[str], bool],
    has_file: Callable[[str], bool],
) -> Target:
    """Resolve a link found on `page_path` to a target in the content root."""
    raw = url
    url = URL_CONTROL.sub("", url).strip()  # browsers drop these inside URLs
    if not url or url == "#":
        return Target(TargetKind.EMPTY, url=raw)
    lower = url.lower()
    if lower.startswith(UNSAFE_SCHEMES):
        return Target(TargetKind.UNSAFE, url=raw)
    if lower.startswith(SITE_URL.lower()) or lower.startswith(SITE_URL.lower().replace("https", "http", 1)):
        rest = url.split("/Algoritmekader/", 1)[1] if "/Algoritmekader/" in url else ""
        parts = urlsplit(rest)
        local = unquote(parts.path).strip("/")
        for candidate in (local, f"{local}/index" if local else "index"):
            if candidate and has_page(candidate):
                return Target(TargetKind.PAGE, candidate, parts.fragment, raw)
        return Target(TargetKind.EXTERNAL, url=raw)
    if lower.startswith(EXTERNAL_SCHEMES) or SCHEME.match(lower):
        return Target(TargetKind.EXTERNAL, url=raw)
    parts = urlsplit(url)
    path = unquote(parts.path)
    anchor = unquote(parts.fragment)
    if not path:
        return Target(TargetKind.SAME_PAGE, page_path, anchor, raw)
    if path.startswith("/"):
        return Target(TargetKind.MISSING, path, anchor, raw)
    source_dir = page_path.rsplit("/", 1)[0] if "/" in page_path else ""
    bases = [source_dir, page_url_dir(page_path)] if not is_html else [page_url_dir(page_path), source_dir]
    for base in bases:
        joined = _join(base, path)
        if joined is None:
            continue
        if joined.endswith(".md"):
            if has_page(joined[:-3]):
                return Target(TargetKind.PAGE, joined[:-3], anchor, raw)
            continue
        if joined and has_file(joined):
            return Target(TargetKind.FILE, joined, anchor, raw)
        stripped = joined.rstrip("/")
        for candidate in (stripped, f"{stripped}/index" if stripped else "index"):
            if has_page(candidate):
                return Target(TargetKind.PAGE, candidate, anchor, raw)
    return Target(TargetKind.MISSING, path, anchor, raw)
