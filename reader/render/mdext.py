"""The reader's own Python-Markdown extension.

* `CommentPreprocessor` replaces the HTML-comment placeholders the site's hooks fill in
  (`<!-- tags -->`, `<!-- tags-ai-act -->`, `<!-- list_… -->`) with generated HTML, and
  drops every other comment (author notes) before Markdown sees it.
* `IconPattern` turns Material/Octicons/FontAwesome icon shortcodes into a glyph or
  nothing (`pymdownx.emoji` handles real emoji).
* `ReaderTreeprocessor` reshapes what QTextBrowser cannot show: admonitions and
  collapsibles become tables, grid cards a table of cards, call-to-action links buttons;
  it marks Markdown-made links (resolved against the source folder) and highlights
  search words (words and folding as `reader.content.words` defines them for the search).
* `mermaid_fence` shows the Mermaid diagram as readable source with a caption and the
  diagram's links.

The per-render state lives in a `RenderContext` that the engine attaches to the Markdown
instance as `md.reader_ctx` before each conversion.
"""

from __future__ import annotations

import html as htmlmod
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from reader.content import Page, Site
from reader.content.words import WORD_PART, fold
from reader.render import fragments, urls
from reader.render.linking import LinkResolver
from reader.render.lists import Placeholder, classify, table_for
from reader.render.messages import t

if TYPE_CHECKING:
    from markdown import Markdown

COMMENT = re.compile(r"<!--(.*?)-->", re.S)
#: Icon shortcodes of mkdocs-material (not emoji): shown as a glyph or dropped.
ICON_NAME = re.compile(r"^(?:material|octicons|fontawesome|simple)-[a-z0-9-]+$")
ICON_GLYPHS = {
    "material-arrow-right": "\u2192",
    "material-arrow-left": "\u2190",
    "material-arrow-up": "\u2191",
    "material-arrow-down": "\u2193",
    "material-check": "\u2713",
    "material-check-bold": "\u2713",
    "material-close": "\u2715",
    "material-alert": "\u26a0",
    "material-information": "\u2139",
    "material-information-outline": "\u2139",
    "material-tag": "",
    "material-reload": "",
    "material-account": "",
    "material-lightbulb": "",
    "material-graph": "",
    "material-account-details": "",
    "material-network": "",
    "material-magnify": "",
}
ADMONITION_TYPES = {
    "note": "note",
    "abstract": "info",
    "summary": "info",
    "info": "info",
    "todo": "info",
    "tip": "tip",
    "hint": "tip",
    "success": "tip",
    "check": "tip",
    "question": "note",
    "help": "note",
    "faq": "note",
    "warning": "warning",
    "caution": "warning",
    "attention": "warning",
    "failure": "danger",
    "fail": "danger",
    "missing": "danger",
    "danger": "danger",
    "error": "danger",
    "bug": "danger",
    "example": "example",
    "quote": "quote",
    "cite": "quote",
    "expander": "expander",
}
SKIP_HIGHLIGHT = frozenset({"pre", "code", "script", "style"})


@dataclass
class RenderContext:
    """State of one page render, shared by the Markdown processors and the assembly."""

    site: Site
    page: Page
    expanded: frozenset[int] = frozenset()
    print_mode: bool = False
    highlight: frozenset[str] = frozenset()
    resolver: LinkResolver = field(init=False)
    expander_count: int = 0
    found: list[Placeholder] = field(default_factory=list)
    #: trusted HTML made for placeholders; put in after sanitising, see `generated_token`
    generated: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.resolver = LinkResolver(self.site, self.page)


#: Generated blocks travel through Markdown and the sanitiser as a plain-text token (an
#: invisible separator around a number) and are put in afterwards: they are built from
#: escaped strings, so they need no sanitising, and large lists stay fast.
TOKEN_MARK = "\u2063"
GENERATED = re.compile(rf"(?:<p>)?{TOKEN_MARK}AKGEN(\d+){TOKEN_MARK}(?:</p>)?")


def generated_token(n: int) -> str:
    return f"{TOKEN_MARK}AKGEN{n}{TOKEN_MARK}"


def _ctx(md: Markdown) -> RenderContext:
    return md.reader_ctx


# ---------------------------------------------------------------------- preprocessing
class CommentPreprocessor(Preprocessor):
    """HTML comments: placeholders -> generated HTML (stashed), author notes -> nothing."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if "<!--" not in text:
            return lines
        ctx = _ctx(self.md)
        out: list[str] = []
        pos = 0
        for m in COMMENT.finditer(text):
            out.append(text[pos : m.start()])
            pos = m.end()
            placeholder = classify(m.group(1), ctx.page)
            generated = self._generate(ctx, placeholder)
            if not generated:
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            prefix = text[line_start : m.start()]
            indent = prefix if not prefix.strip() else ""
            ctx.generated.append(generated)
            token = generated_token(len(ctx.generated) - 1)
            out.append(f"\n\n{indent}{token}\n\n")
        out.append(text[pos:])
        return "".join(out).split("\n")

    def _generate(self, ctx: RenderContext, placeholder: Placeholder) -> str:
        if placeholder.kind in ("comment", "tags"):
            return ""
        ctx.found.append(placeholder)
        if placeholder.kind == "tags-ai-act":
            html = fragments.ai_act_block(ctx.site, ctx.page)
            return f'<div class="generated">{html}</div>' if html else ""
        table = table_for(ctx.site, ctx.page, placeholder)
        if table is None:
            return ""
        return f'<div class="generated">{fragments.list_table(table)}</div>'


# ---------------------------------------------------------------------- icons
class IconPattern(InlineProcessor):
    """`pymdownx.emoji`'s pattern, plus icon shortcodes: one pass over the text, not two.

    `:material-…:`, `:octicons-…:` … are mkdocs-material icons, not emoji: they become a
    glyph from ICON_GLYPHS or nothing. Everything else goes to the emoji pattern.
    """

    def __init__(self, emoji: InlineProcessor, md: Markdown) -> None:
        super().__init__(emoji.pattern, md)
        self.compiled_re = emoji.compiled_re
        self.emoji = emoji

    def handleMatch(self, m: re.Match[str], data: str):
        name = m.group(1).strip(":")
        if not ICON_NAME.match(name):
            return self.emoji.handleMatch(m, data)
        glyph = ICON_GLYPHS.get(name, "")
        if not glyph:
            return "", m.start(0), m.end(0)
        el = etree.Element("span", {"class": "icon"})
        el.text = AtomicString(glyph)
        return el, m.start(0), m.end(0)


def emoji_glyph(index, shortname, alias, uc, alt, title, category, options, md):
    """`pymdownx.emoji` generator: the Unicode character, or nothing; never an image."""
    if not uc or alt.startswith(":"):
        return ""
    return md.htmlStash.store(f'<span class="emoji">{htmlmod.escape(alt)}</span>')


# ---------------------------------------------------------------------- mermaid
MERMAID_NODE = re.compile(r"\b(\w+)\s*(?:\(\[|\[\[|\(\(|\[|\(|\{)\s*([^\]\)\}\n]+?)\s*[\]\)\}]")
MERMAID_CLICK = re.compile(r"^\s*click\s+(\w+)\s+(?:href\s+)?\"([^\"]+)\"", re.M)
MERMAID_NOISE = re.compile(r"^\s*(?:click|style|classDef|linkStyle)\b.*$\n?", re.M)
NBSP_RUN = re.compile(r"(?:\s*&nbsp;?)+")
NBSP_BEFORE_BRACKET = re.compile(r"(?:\s*&nbsp;?)+(?=\s*\])")


def mermaid_fence(source: str, language: str, class_name: str, options, md, **kwargs) -> str:
    """A Mermaid diagram as readable source code, a caption, and the diagram's links."""
    labels: dict[str, str] = {}
    for m in MERMAID_NODE.finditer(source):
        labels.setdefault(m.group(1), m.group(2).strip())
    links = [(labels.get(node, node), href) for node, href in MERMAID_CLICK.findall(source)]
    shown = MERMAID_NOISE.sub("", source)
    shown = NBSP_RUN.sub(" ", NBSP_BEFORE_BRACKET.sub("", shown))
    lines = [line.rstrip() for line in shown.split("\n")]
    indent = min((len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()), default=0)
    shown = "\n".join(ln[indent:] for ln in lines).strip("\n")
    parts = [
        '<table class="diagram" width="100%" cellspacing="0" cellpadding="8">',
        '<tr><td class="diagram-caption">Schema (Mermaid). Op de website is dit een tekening; '
        "hier staat de beschrijving ervan.</td></tr>",
        f'<tr><td class="diagram-code"><pre>{htmlmod.escape(shown)}</pre></td></tr>',
    ]
    if links:
        items = " &middot; ".join(
            f'<a href="{htmlmod.escape(href, quote=True)}">{htmlmod.escape(label)}</a>'
            for label, href in links
        )
        parts.append(f'<tr><td class="diagram-links">Links in dit schema: {items}</td></tr>')
    parts.append("</table>")
    return "".join(parts)


# ---------------------------------------------------------------------- tree
def _classes(el: etree.Element) -> list[str]:
    return (el.get("class") or "").split()


def _text_of(el: etree.Element) -> str:
    return " ".join("".join(el.itertext()).split())


class ReaderTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        ctx = _ctx(self.md)
        numbers: dict[int, int] = {}
        for details in root.iter("details"):
            numbers[id(details)] = ctx.expander_count
            ctx.expander_count += 1
        self._numbers = numbers
        self._walk(root, ctx)
        if ctx.highlight:
            self._highlight(root, ctx.highlight)

    # -------------------------------------------------------------- structure
    def _walk(self, parent: etree.Element, ctx: RenderContext) -> None:
        for i, child in enumerate(list(parent)):
            replacement = self._transform(child, ctx)
            if replacement is not None and replacement is not child:
                replacement.tail = child.tail
                parent.remove(child)
                parent.insert(i, replacement)
                child = replacement
            self._walk(child, ctx)

    def _transform(self, el: etree.Element, ctx: RenderContext) -> etree.Element | None:
        tag = el.tag
        if tag == "details":
            return self._details(el, ctx)
        if tag == "div":
            classes = _classes(el)
            if "admonition" in classes:
                return self._admonition(el)
            if "cards" in classes or "grid" in classes:
                return self._cards(el)
            return None
        if tag == "p":
            self._mark_figure(el)
            return self._button(el)
        if tag in ("a", "img"):
            el.set("data-md", "1")
        return None

    def _details(self, el: etree.Element, ctx: RenderContext) -> etree.Element:
        n = self._numbers.get(id(el), 0)
        summary = el.find("summary")
        title = _text_of(summary) if summary is not None else t("Meer")
        kind = next((c for c in _classes(el) if c in ADMONITION_TYPES), "expander")
        is_open = ctx.print_mode or n in ctx.expanded or el.get("open") is not None
        table = etree.Element(
            "table",
            {"class": f"exp exp-{ADMONITION_TYPES[kind]}", "width": "100%", "cellspacing": "0",
             "cellpadding": "0"},
        )
        head_row = etree.SubElement(table, "tr")
        head = etree.SubElement(head_row, "td", {"class": "exp-head"})
        if ctx.print_mode:
            strong = etree.SubElement(head, "b")
            strong.text = AtomicString(title)
        else:
            link = etree.SubElement(
                head,
                "a",
                {"class": "exp-toggle", "href": urls.toggle_url(n),
                 "title": t("Klik om dichter te klappen") if is_open else t("Klik om open te klappen")},
            )
            arrow = "\u25be" if is_open else "\u25b8"
            link.text = AtomicString(f"{arrow}\u00a0{title}")
        if is_open:
            body_row = etree.SubElement(table, "tr")
            body = etree.SubElement(body_row, "td", {"class": "exp-body"})
            body.text = el.text if el.text and el.text.strip() else None
            for child in list(el):
                if child is summary:
                    continue
                body.append(child)
        return table

    def _admonition(self, el: etree.Element) -> etree.Element:
        kind = next((ADMONITION_TYPES[c] for c in _classes(el) if c in ADMONITION_TYPES), "note")
        title_el = next((c for c in el if c.tag == "p" and "admonition-title" in _classes(c)), None)
        table = etree.Element(
            "table",
            {"class": f"adm adm-{kind}", "width": "100%", "cellspacing": "0", "cellpadding": "0"},
        )
        rows = 2 if title_el is not None else 1
        first = etree.SubElement(table, "tr")
        bar = etree.SubElement(first, "td", {"class": "adm-bar", "width": "4", "rowspan": str(rows)})
        bar.text = "\u00a0"
        if title_el is not None:
            title = etree.SubElement(first, "td", {"class": "adm-title"})
            title.text = title_el.text
            for child in title_el:
                title.append(child)
            body_row = etree.SubElement(table, "tr")
        else:
            body_row = first
        body = etree.SubElement(body_row, "td", {"class": "adm-body"})
        body.text = el.text if el.text and el.text.strip() else None
        for child in list(el):
            if child is not title_el:
                body.append(child)
        return table

    def _cards(self, el: etree.Element) -> etree.Element:
        lists = [c for c in el if c.tag in ("ul", "ol")]
        if len(lists) != 1:
            el.set("class", "grid")
            return el
        items = [li for li in lists[0] if li.tag == "li"]
        if not items:
            return el
        columns = len(items) if len(items) <= 3 else 2
        width = f"{100 // columns}%"
        table = etree.Element(
            "table", {"class": "cards", "width": "100%", "cellspacing": "10", "cellpadding": "10"}
        )
        rows: list[etree.Element] = []
        for i, li in enumerate(items):
            if i % columns == 0:
                rows.append(etree.SubElement(table, "tr"))
            cell = etree.SubElement(rows[-1], "td", {"class": "card", "width": width, "valign": "top"})
            cell.text = li.text if li.text and li.text.strip() else None
            for child in list(li):
                if child.tag == "hr":
                    continue
                if child.tag in ("h1", "h2", "h3", "h4"):
                    child.set("class", "card-title")
                cell.append(child)
        for _ in range((-len(items)) % columns):
            filler = etree.SubElement(rows[-1], "td", {"class": "card-empty", "width": width})
            filler.text = "\u00a0"
        return table

    @staticmethod
    def _mark_figure(p: etree.Element) -> None:
        """A paragraph that is just an image gets class `figure` (no proportional line height,
        which QTextBrowser would apply to the image's height too)."""
        children = list(p)
        if len(children) != 1 or (p.text or "").strip() or (children[0].tail or "").strip():
            return
        child = children[0]
        if child.tag == "a" and len(child) == 1 and not (child.text or "").strip():
            child = child[0]
        if child.tag == "img":
            p.set("class", "figure")

    def _button(self, p: etree.Element) -> etree.Element | None:
        """A paragraph holding just a `{ .button }` link -> a button-like one-cell table."""
        children = list(p)
        if len(children) != 1 or children[0].tag != "a":
            return None
        a = children[0]
        classes = _classes(a)
        if not any(c in ("button", "md-button") for c in classes):
            return None
        if (p.text or "").strip() or (a.tail or "").strip():
            return None
        primary = "md-button--primary" in classes
        kind = "primary" if primary else "secondary"
        table = etree.Element(
            "table", {"class": f"button button-{kind}", "cellspacing": "0", "cellpadding": "7"}
        )
        cell = etree.SubElement(etree.SubElement(table, "tr"), "td", {"class": f"button-{kind}"})
        a.set("class", f"button button-{kind}")
        a.set("data-md", "1")
        a.tail = None
        cell.append(a)
        return table

    # -------------------------------------------------------------- highlighting
    def _highlight(self, root: etree.Element, words: frozenset[str]) -> None:
        def mark(text: str) -> tuple[str, list[str | etree.Element]] | None:
            """The text before the first match, then span, text, span, text, … ; None: no match."""
            pieces: list[str | etree.Element] = []
            pos = 0
            for m in WORD_PART.finditer(text):  # the words snippets mark, folded as the search does
                if fold(m.group(0)) in words:
                    pieces.append(text[pos : m.start()])
                    span = etree.Element("span", {"class": "hl"})
                    span.text = AtomicString(m.group(0))
                    pieces.append(span)
                    pos = m.end()
            if not pieces:
                return None
            pieces.append(text[pos:])
            head = pieces[0]
            assert isinstance(head, str)
            return head, pieces[1:]

        def visit(el: etree.Element) -> None:
            if el.tag in SKIP_HIGHLIGHT:
                return
            for child in list(el):
                visit(child)
            if el.text and not isinstance(el.text, AtomicString):
                marked = mark(el.text)
                if marked:
                    el.text, rest = marked
                    self._insert(el, 0, rest)
            for child in list(el):
                if child.tail and not isinstance(child.tail, AtomicString):
                    marked = mark(child.tail)
                    if marked:
                        child.tail, rest = marked
                        self._insert(el, list(el).index(child) + 1, rest)

        visit(root)

    @staticmethod
    def _insert(parent: etree.Element, index: int, pieces: list) -> None:
        # pieces alternate span, text, span, text, …
        for span, tail in zip(pieces[0::2], pieces[1::2], strict=False):
            span.tail = tail
            parent.insert(index, span)
            index += 1


class ReaderExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.registerExtension(self)
        # after fenced code is stashed (25), before raw HTML blocks are (20)
        md.preprocessors.register(CommentPreprocessor(md), "reader_comments", 22)
        if "emoji" in md.inlinePatterns:
            emoji = md.inlinePatterns["emoji"]
            md.inlinePatterns.register(IconPattern(emoji, md), "emoji", 75)
        # last: after inline (20), abbr (7), toc (5) and unescape (0)
        md.treeprocessors.register(ReaderTreeprocessor(md), "reader_tree", -10)
