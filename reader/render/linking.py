"""Link and image targets as the reader shows them.

Every `href` and `src` of a rendered page goes through `LinkResolver`: relative links
become `reader://` URLs (see `reader.render.urls`), external links are kept (normalised)
and marked, anything unsafe or unresolvable is reported so the caller can show plain text.
Nothing here fetches anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from urllib.parse import unquote, urlsplit

from reader.content import Page, Site
from reader.content.links import TargetKind
from reader.render import urls
from reader.render.images import image_size
from reader.render.messages import t

#: http(s)/ftp links are shown as external links; mailto/tel as mail links.
WEB_SCHEMES = ("http", "https", "ftp")
MAIL_SCHEMES = ("mailto", "tel")
UNRESERVED_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
CONTROL = re.compile(r"[\x00-\x20\x7f]+")
TAB_NEWLINE = re.compile(r"[\t\n\r]")
C0_SPACE = "".join(chr(c) for c in range(0x21))
#: `showModal(event, 'beslishulp …', {redirectUrl: 'voldoen-aan-wetten-en-regels/vereisten/'})`
REDIRECT_URL = re.compile(r"""redirectUrl\s*:\s*['"]([^'"]*)['"]""")
#: Widest image shown, in pixels (QTextBrowser has no max-width; larger images are scaled).
MAX_IMAGE_WIDTH = 680


class LinkKind(StrEnum):
    PAGE = "page"  # reader://page/…
    FILE = "file"  # reader://file/…
    EXTERNAL = "external"  # http(s), ftp
    MAIL = "mail"  # mailto:, tel:
    MISSING = "missing"  # should resolve but does not: shown as text with a marker
    EMPTY = "empty"  # "" or "#": shown as text with a marker
    UNSAFE = "unsafe"  # javascript:, data:, file: outside the root, unknown schemes: text


@dataclass(frozen=True)
class Link:
    kind: LinkKind
    href: str = ""
    title: str = ""
    original: str = ""


@dataclass(frozen=True)
class Image:
    """A resolved image: `local` (a file URL to show) or `external` (never fetched)."""

    kind: str  # "local", "external", "missing", "unsafe"
    src: str = ""  # file:// URL for local images
    file_href: str = ""  # reader://file/… to open the full image
    url: str = ""  # the external address
    width: int | None = None
    height: int | None = None


def normalise_url(url: str) -> str:
    """Decode percent-escapes of unreserved characters (RFC 3986 §2.3), nothing else."""

    def decode(m: re.Match[str]) -> str:
        ch = chr(int(m.group(1), 16))
        if ch.isascii() and (ch.isalnum() or ch in "-._~"):
            return ch
        return m.group(0).upper()

    return UNRESERVED_ESCAPE.sub(decode, url.strip())


def scheme_of(url: str) -> str:
    m = SCHEME.match(CONTROL.sub("", url))
    return m.group(1).lower() if m else ""


@dataclass
class LinkResolver:
    """Resolves the links of one page against its site."""

    site: Site
    page: Page
    broken: list[str] = field(default_factory=list)
    # a page links to the same few places again and again (and the sanitiser sees each
    # link the Markdown step made): resolve each address once per page
    _memo: dict[tuple[str, bool], Link] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ links
    def link(self, url: str, *, is_html: bool) -> Link:
        key = (url, is_html)
        result = self._memo.get(key)
        if result is None:
            result = self._memo[key] = self._link(url, is_html=is_html)
        if result.kind in (LinkKind.MISSING, LinkKind.EMPTY):
            self.broken.append(url)
        return result

    def _link(self, url: str, *, is_html: bool) -> Link:
        raw = url
        # as browsers do (WHATWG URL): tabs and newlines vanish, C0/space trimmed
        url = TAB_NEWLINE.sub("", url).strip(C0_SPACE)
        scheme = scheme_of(url)
        if scheme == urls.SCHEME:
            return self._own(url)
        if scheme == "file":
            return self._file_url(url)
        target = self.site.resolve(self.page, url, is_html=is_html)
        kind = target.kind
        if kind is TargetKind.PAGE or kind is TargetKind.SAME_PAGE:
            page = self.site.get(target.path)
            same = target.path == self.page.path
            title = page.title if page is not None and not same else ""
            return Link(LinkKind.PAGE, urls.page_url(target.path, target.anchor), title, raw)
        if kind is TargetKind.FILE:
            name = target.path.rsplit("/", 1)[-1]
            return Link(LinkKind.FILE, urls.file_url(target.path), t("Document openen: {name}", name=name), raw)
        if kind is TargetKind.EXTERNAL:
            if scheme in WEB_SCHEMES:
                norm = normalise_url(url)
                return Link(LinkKind.EXTERNAL, norm, norm, raw)
            if scheme in MAIL_SCHEMES:
                norm = normalise_url(url)
                return Link(LinkKind.MAIL, norm, norm.split(":", 1)[1], raw)
            return Link(LinkKind.UNSAFE, original=raw)
        if kind is TargetKind.EMPTY:
            return Link(LinkKind.EMPTY, original=raw)
        if kind is TargetKind.UNSAFE:
            return Link(LinkKind.UNSAFE, original=raw)
        return Link(LinkKind.MISSING, original=raw)

    def _own(self, url: str) -> Link:
        """A `reader://` URL found in the HTML: kept only when it points at something real."""
        app = urls.parse(url)
        if app.action == "page" and self.site.has_page(app.path):
            return Link(LinkKind.PAGE, url, self.site.pages[app.path].title, url)
        if app.action == "file" and self.site.has_file(app.path):
            return Link(LinkKind.FILE, url, "", url)
        if app.action == "filter" and self.valid_filter(app.path, app.value):
            return Link(LinkKind.PAGE, url, "", url)
        if app.action in ("glossary", "toggle"):
            return Link(LinkKind.PAGE, url, "", url)
        return Link(LinkKind.MISSING, original=url)

    def valid_filter(self, facet: str, value: str) -> bool:
        try:
            return value in self.site.facet_values(facet)
        except KeyError:
            return False

    def _file_url(self, url: str) -> Link:
        """`file:` links only when they point at a file or page inside the content root."""
        rel = self._inside_root(url)
        if rel is not None:
            if rel.endswith(".md") and self.site.has_page(rel[:-3]):
                return Link(LinkKind.PAGE, urls.page_url(rel[:-3]), "", url)
            if self.site.has_file(rel):
                return Link(LinkKind.FILE, urls.file_url(rel), "", url)
        return Link(LinkKind.UNSAFE, original=url)

    def _inside_root(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            return None
        try:
            path = Path(unquote(parts.path)).resolve()
            return path.relative_to(self.site.root).as_posix()
        except (OSError, ValueError):
            return None

    def modal_link(self, onclick: str) -> Link | None:
        """Where a `showModal(…)` trigger goes in the app: the decision aid for the site's
        "beslishulp" pop-up, else the local page it sends its visitor to, if any."""
        if "beslishulp" in onclick.lower():
            return Link(LinkKind.PAGE, urls.beslishulp_url(), t("Beslishulp AI-verordening"), onclick)
        m = REDIRECT_URL.search(onclick)
        if not m or not m.group(1).strip("/"):
            return None
        path = m.group(1).strip("/")
        for candidate in (path, f"{path}/index"):
            page = self.site.get(candidate)
            if page is not None:
                return Link(LinkKind.PAGE, urls.page_url(candidate), page.title, m.group(1))
        return None

    # ------------------------------------------------------------------ images
    def image(self, src: str, *, is_html: bool) -> Image:
        link = self._link(src, is_html=is_html)
        if link.kind is LinkKind.FILE:
            rel = urls.parse(link.href).path
            path = self.site.root / rel
            size = image_size(path)
            width = height = None
            if size is not None:
                width, height = size
                if width > MAX_IMAGE_WIDTH:
                    height = max(1, round(height * MAX_IMAGE_WIDTH / width))
                    width = MAX_IMAGE_WIDTH
            return Image("local", path.as_uri(), link.href, width=width, height=height)
        if link.kind is LinkKind.EXTERNAL:
            return Image("external", url=link.href)
        if link.kind is LinkKind.UNSAFE:
            return Image("unsafe")
        self.broken.append(src)
        return Image("missing", url=src)
