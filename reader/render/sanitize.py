"""The last pass over a rendered body: an allow-list HTML rewriter.

Content is data, never code. Whatever Markdown produced (including raw HTML from the
page) goes through here, and only known tags and attributes come out:

* `script`, `style`, `iframe`, `object`, `embed`, `svg`, form controls … are dropped with
  their content; `form`, layout elements and unknown tags lose the tag, keep the text;
* `style`, `on…`, `data-…`, `target` and every other unknown attribute are dropped;
* every `href`/`src` is resolved (`reader.render.linking`): pages and documents become
  `reader://` links, external links are kept and marked, `javascript:`/`data:`/`file:`
  outside the root become plain text, unresolvable links become text with a marker;
* `showModal(…)` triggers become a link to the local page they redirect to, or text;
* a link inside a link is unwrapped; images are shown from local files, scaled to fit,
  or (when remote) replaced by their alt text and a link: nothing is ever fetched.

The tokenizer is a few regular expressions rather than `html.parser` (3-4x faster on
large pages). It needs no browser-grade accuracy to be safe: only start tags it
recognises and allows are written back, re-serialised with escaped attribute values, and
every other `<` or `&` ends up as escaped text.
"""

from __future__ import annotations

import html as htmlmod
import re

from reader.render import urls
from reader.render.linking import Image, Link, LinkKind, LinkResolver
from reader.render.messages import t

#: Dropped together with everything inside them.
DROP_WITH_CONTENT = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
        "math", "template", "select", "textarea", "button", "head", "title", "canvas", "audio",
        "video", "noembed", "noframes", "map", "datalist", "output", "meter", "progress",
    }
)
#: Dropped without content (void elements or harmless).
DROP_VOID = frozenset({"input", "link", "meta", "base", "param", "source", "track", "wbr", "area", "keygen"})
#: Tags kept as they are.
ALLOWED = frozenset(
    {
        "a", "b", "big", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
        "del", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
        "kbd", "li", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub",
        "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul", "var",
    }
)
#: Tags shown as another tag (QTextBrowser knows the target; the meaning is kept).
RENAMED = {
    "abbr": ("span", "term"),
    "acronym": ("span", "term"),
    "mark": ("span", "hl"),
    "ins": ("u", ""),
    "strike": ("s", ""),
    "section": ("div", ""),
    "article": ("div", ""),
    "aside": ("div", ""),
    "header": ("div", ""),
    "footer": ("div", ""),
    "main": ("div", ""),
    "nav": ("div", ""),
    "figure": ("div", "figure"),
    "figcaption": ("p", "caption"),
    "details": ("div", "details"),
    "summary": ("p", "summary"),
    "center": ("div", ""),
    "fieldset": ("div", ""),
    "legend": ("p", "caption"),
    "address": ("p", ""),
    "font": ("span", ""),
    "label": ("span", ""),
}
VOID = frozenset({"br", "hr", "img", "col"})
GLOBAL_ATTRS = frozenset({"id", "class", "title", "lang", "dir"})
TAG_ATTRS: dict[str, frozenset[str]] = {
    "a": frozenset({"name"}),
    "img": frozenset({"alt"}),
    "table": frozenset({"width", "border", "cellspacing", "cellpadding", "align"}),
    "td": frozenset({"colspan", "rowspan", "align", "valign", "width"}),
    "th": frozenset({"colspan", "rowspan", "align", "valign", "width"}),
    "col": frozenset({"span", "width"}),
    "colgroup": frozenset({"span", "width"}),
    "ol": frozenset({"start", "type"}),
    "ul": frozenset({"type"}),
    "li": frozenset({"value"}),
    "p": frozenset({"align"}),
    "div": frozenset({"align"}),
}
NUMERIC = re.compile(r"^\d{1,4}%?$")
SAFE_TOKEN = re.compile(r"^[\w:.-]+$")
ALIGN = re.compile(r"text-align\s*:\s*(left|right|center|justify)", re.I)
ENUM_VALUES = {
    "align": {"left", "right", "center", "justify"},
    "valign": {"top", "middle", "bottom", "baseline"},
    "dir": {"ltr", "rtl", "auto"},
    "type": {"1", "a", "A", "i", "I", "disc", "circle", "square"},
}
EXT_MARK = '<span class="ext-mark">&nbsp;&#8599;</span>'


def esc(text: str) -> str:
    return htmlmod.escape(text, quote=True)


TOKEN = re.compile(
    r"<(?:"
    r"!--.*?--\s*>"  # comment
    r"|![^>]*>|\?[^>]*>"  # declaration, processing instruction
    r"|/(?P<end>[a-zA-Z][a-zA-Z0-9:-]*)[^>]*>"  # end tag
    r"|(?P<start>[a-zA-Z][a-zA-Z0-9:-]*)"  # start tag …
    r"(?P<attrs>(?:[\s/]+[^\s/>\"'=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)"
    r"[\s/]*?(?P<close>/?)>"  # … and its end
    r")",
    re.S,
)
ATTR = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
#: Elements whose content is raw text up to their end tag; dropped with that content.
RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})


class Sanitizer:
    def __init__(self, resolver: LinkResolver) -> None:
        self.resolver = resolver
        self.out: list[str] = []
        self.links: list[str] = []
        self._skip: list[str] = []  # stack of tags whose content is being dropped
        self._anchors: list[str] = []  # closing markup for each open <a>
        self._real_anchors = 0  # how many of those are real links
        self._pre = 0

    # ------------------------------------------------------------------ API
    def clean(self, html: str) -> str:
        html = html.replace("\x00", "")
        pos = 0
        size = len(html)
        search = TOKEN.search
        while pos < size:
            m = search(html, pos)
            if m is None:
                self.handle_data(html[pos:])
                break
            if m.start() > pos:
                self.handle_data(html[pos : m.start()])
            pos = m.end()
            start = m.group("start")
            if start:
                tag = start.lower()
                attrs = [
                    (a.group(1).lower(), _unquote(a.group(2)))
                    for a in ATTR.finditer(m.group("attrs"))
                ]
                if tag in RAW_TEXT and not m.group("close"):
                    # the content is text up to the end tag, and it is dropped
                    end = re.compile(rf"</{tag}\s*>", re.I).search(html, pos)
                    pos = end.end() if end else size
                    continue
                self._start(tag, attrs, selfclosing=bool(m.group("close")))
            elif m.group("end"):
                self.handle_endtag(m.group("end").lower())
            # comments, declarations and processing instructions are dropped
        while self._anchors:
            self._close_anchor()
        return "".join(self.out)

    # ------------------------------------------------------------------ tags
    def _start(self, tag: str, attrs: list[tuple[str, str]], *, selfclosing: bool) -> None:
        if self._skip:
            if tag == self._skip[-1] and not selfclosing:
                self._skip.append(tag)
            return
        if tag in DROP_WITH_CONTENT:
            if not selfclosing:
                self._skip.append(tag)
            return
        if tag in DROP_VOID:
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "a":
            self._anchor(values)
            return
        if tag == "img":
            self._image(values)
            return
        extra_class = ""
        if tag in RENAMED:
            tag, extra_class = RENAMED[tag]
        elif tag not in ALLOWED:
            return
        if tag == "pre":
            self._pre += 1
        out_attrs = self._attrs(tag, values)
        if extra_class:
            out_attrs["class"] = (out_attrs.get("class", "") + " " + extra_class).strip()
        if tag == "table" and "class" not in out_attrs:
            out_attrs.update({"class": "md", "cellspacing": "0", "cellpadding": "6"})
        if tag in ("th", "td") and "align" not in out_attrs:
            m = ALIGN.search(values.get("style", ""))
            if m:
                out_attrs["align"] = m.group(1).lower()
            elif tag == "th":
                out_attrs["align"] = "left"
        self.out.append(self._tag(tag, out_attrs))

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag == "a":
            if self._anchors:
                self._close_anchor()
            return
        if tag in RENAMED:
            tag = RENAMED[tag][0]
        elif tag not in ALLOWED:
            return
        if tag in VOID:
            return
        if tag == "pre" and self._pre:
            self._pre -= 1
        self.out.append(f"</{tag}>")

    def _attrs(self, tag: str, values: dict[str, str]) -> dict[str, str]:
        allowed = TAG_ATTRS.get(tag, frozenset())
        out: dict[str, str] = {}
        for key, value in values.items():
            if key not in GLOBAL_ATTRS and key not in allowed:
                continue
            value = value.strip()
            if key == "class":
                value = " ".join(c for c in value.split() if SAFE_TOKEN.match(c))
                if not value:
                    continue
            elif key in ("id", "name"):
                if not value or not SAFE_TOKEN.match(value):
                    continue
            elif key in ("width", "border", "cellspacing", "cellpadding", "colspan", "rowspan",
                         "span", "start", "value"):
                if not NUMERIC.match(value):
                    continue
            elif key in ENUM_VALUES:
                if value not in ENUM_VALUES[key]:
                    continue
            out[key] = value
        return out

    @staticmethod
    def _tag(tag: str, attrs: dict[str, str]) -> str:
        inner = "".join(f' {k}="{esc(v)}"' for k, v in attrs.items())
        return f"<{tag}{inner}>"

    # ------------------------------------------------------------------ links
    def _anchor(self, values: dict[str, str]) -> None:
        if self._real_anchors:  # a link inside a link: keep the text only
            self._anchors.append("")
            return
        href = values.get("href")
        onclick = values.get("onclick", "")
        base = self._attrs("a", {k: v for k, v in values.items() if k in ("id", "name", "class")})
        if "showmodal" in onclick.lower() and (href is None or href.strip() in ("", "#")
                                                or href.strip().lower().startswith("javascript:")):
            link = self.resolver.modal_link(onclick)
            if link is None:
                self._anchors.append("")
                return
            self._open_link(link, base, None if link.href == urls.beslishulp_url() else
                            t("Op de website opent hier een beslishulp; in de app ga je naar het overzicht."))
            return
        if href is None:
            ident = base.get("id") or base.get("name")
            if ident:
                self.out.append(self._tag("a", {"name": ident}))
                self._anchors.append("</a>")
            else:
                self._anchors.append("")
            return
        link = self.resolver.link(href, is_html="data-md" not in values)
        self._open_link(link, base, values.get("title"))

    def _open_link(self, link: Link, base: dict[str, str], title: str | None) -> None:
        """Open a link; `title` None means "use the target's title", "" means no tooltip."""
        classes = base.get("class", "").split()
        attrs: dict[str, str] = {}
        if "id" in base:
            attrs["id"] = base["id"]
        if link.kind in (LinkKind.PAGE, LinkKind.FILE, LinkKind.EXTERNAL, LinkKind.MAIL):
            marker = {"page": "", "file": "file", "external": "ext", "mail": "mail"}[link.kind]
            if marker:
                classes.append(marker)
            if classes:
                attrs["class"] = " ".join(dict.fromkeys(classes))
            attrs["href"] = link.href
            tooltip = link.title if title is None else title.strip()
            if tooltip:
                attrs["title"] = tooltip
            self.out.append(self._tag("a", attrs))
            self.links.append(link.href)
            self._real_anchors += 1
            closer = (EXT_MARK if link.kind is LinkKind.EXTERNAL else "") + "</a>"
            self._anchors.append("\x00" + closer)
            return
        if link.kind in (LinkKind.MISSING, LinkKind.EMPTY):
            what = link.original.strip() or t("(leeg)")
            tip = t("Deze link werkt niet: {what}", what=what)
            self.out.append(self._tag("span", {"class": "broken", "title": tip}))
            self._anchors.append(
                f'</span><span class="broken-mark" title="{esc(tip)}">&nbsp;&#9888;</span>'
            )
            return
        self._anchors.append("")  # unsafe: plain text

    def _close_anchor(self) -> None:
        closer = self._anchors.pop()
        if closer.startswith("\x00"):
            self._real_anchors -= 1
            closer = closer[1:]
        self.out.append(closer)

    def _image(self, values: dict[str, str]) -> None:
        src = values.get("src", "")
        alt = " ".join(values.get("alt", "").split())
        image: Image = self.resolver.image(src, is_html="data-md" not in values)
        if image.kind == "local":
            attrs = {"src": image.src, "alt": alt}
            if values.get("title"):
                attrs["title"] = values["title"]
            if image.width:
                attrs["width"] = str(image.width)
                attrs["height"] = str(image.height)
            tag = self._tag("img", attrs)
            if self._real_anchors:
                self.out.append(tag)
            else:
                self.out.append(
                    f'<a class="image" href="{esc(image.file_href)}" '
                    f'title="{esc(t("Afbeelding openen"))}">{tag}</a>'
                )
                self.links.append(image.file_href)
            return
        label = alt or t("afbeelding")
        if image.kind == "external":
            text = t("Afbeelding op een externe website: {label}", label=label)
            if self._real_anchors:
                self.out.append(f'<span class="img-ext">[{esc(text)}]</span>')
            else:
                self.out.append(
                    f'<span class="img-ext">&#128444;&nbsp;<a class="ext" href="{esc(image.url)}" '
                    f'title="{esc(image.url)}">{esc(text)}{EXT_MARK}</a></span>'
                )
                self.links.append(image.url)
            return
        if image.kind == "unsafe":
            self.out.append(f'<span class="img-ext">[{esc(label)}]</span>')
            return
        self.out.append(
            f'<span class="broken" title="{esc(t("Afbeelding niet gevonden: {src}", src=src))}">'
            f"[{esc(label)}]</span>"
        )

    # ------------------------------------------------------------------ text
    def handle_data(self, data: str) -> None:
        if self._skip or not data:
            return
        if "&" in data:
            data = htmlmod.unescape(data)
        data = data.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self.out.append(data.replace("\xa0", "&nbsp;") if "\xa0" in data else data)


def _unquote(value: str | None) -> str:
    if value is None:
        return ""
    if value[:1] in ("'", '"') and value[-1:] == value[:1] and len(value) >= 2:
        value = value[1:-1]
    return htmlmod.unescape(value) if "&" in value else value


def sanitize(html: str, resolver: LinkResolver) -> tuple[str, list[str]]:
    """(clean HTML, hrefs of the links in it, in order)."""
    parser = Sanitizer(resolver)
    return parser.clean(html), parser.links
