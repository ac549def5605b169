"""The renderer's HTML (the output of `reader.render.sanitize`) as terminal text.

Only the markup the renderer itself produces needs to be understood: headings,
paragraphs, lists, the box tables (admonitions, collapsibles, buttons, cards, diagram),
the meta table of the header and the list tables. External link addresses are written
after the link text; everything else is plain words, wrapped to the given width.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset({"br", "hr", "img", "col", "input", "meta", "link"})
BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "td",
     "th", "pre", "blockquote", "hr", "dl", "dt", "dd", "tbody", "thead", "tfoot"}
)


@dataclass
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def elements(self, tag: str | None = None) -> list[Node]:
        return [c for c in self.children if isinstance(c, Node) and (tag is None or c.tag == tag)]

    def find_all(self, tag: str) -> list[Node]:
        out = []
        for c in self.children:
            if isinstance(c, Node):
                if c.tag == tag:
                    out.append(c)
                out.extend(c.find_all(tag))
        return out


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def inline_text(node: Node | str, *, urls: bool = True) -> str:
    """The words of an inline run; external link targets in parentheses."""
    if isinstance(node, str):
        return node
    if node.tag == "br":
        return "\n"
    if node.tag == "img":
        return f"[{node.attrs.get('alt') or 'afbeelding'}]"
    text = "".join(inline_text(c, urls=urls) for c in node.children)
    if node.tag == "sup" and any("footnote-ref" in c.classes for c in node.elements("a")):
        return f"[{text}]"
    if node.tag == "a" and urls:
        href = node.attrs.get("href", "")
        shown = text.replace("\u2197", "").strip()
        if href.startswith(("http://", "https://")) and href.rstrip("/") != shown.rstrip("/"):
            return f"{text.replace(chr(0x2197), '').rstrip()} ({href})"
        if href.startswith("mailto:") and href[7:] != shown:
            return f"{shown} ({href[7:]})"
        return text.replace("\u2197", "").rstrip() if "ext" in node.classes else text
    return text


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


class TextRenderer:
    def __init__(self, width: int) -> None:
        self.width = width

    # ------------------------------------------------------------------ helpers
    def wrap(self, text: str, indent: str = "", first: str | None = None) -> list[str]:
        lines: list[str] = []
        lead = indent if first is None else first
        for part in text.split("\n"):
            part = _clean(part)
            if not part:
                continue
            lines += textwrap.wrap(part, max(20, self.width), initial_indent=lead,
                                   subsequent_indent=indent, break_long_words=False,
                                   break_on_hyphens=False)
            lead = indent
        return lines

    @staticmethod
    def _blank(lines: list[str]) -> None:
        if lines and lines[-1] != "":
            lines.append("")

    # ------------------------------------------------------------------ blocks
    def blocks(self, node: Node, indent: str = "") -> list[str]:
        lines: list[str] = []
        run: list[Node | str] = []

        def flush() -> None:
            text = "".join(inline_text(c) for c in run)
            if _clean(text):
                lines.extend(self.wrap(text, indent))
                self._blank(lines)
            run.clear()

        for child in node.children:
            if isinstance(child, Node) and child.tag in BLOCKS:
                flush()
                lines.extend(self.block(child, indent))
            else:
                run.append(child)
        flush()
        return lines

    def block(self, node: Node, indent: str) -> list[str]:
        tag = node.tag
        lines: list[str] = []
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            title = _clean(inline_text(node, urls=False))
            if not title:
                return []
            self._blank(lines)
            lines.append(indent + title)
            if tag in ("h1", "h2"):
                lines.append(indent + ("=" if tag == "h1" else "-") * min(len(title), self.width))
            lines.append("")
            return lines
        if tag == "p":
            lines = self.wrap(inline_text(node), indent)
            if lines:
                lines.append("")
            return lines
        if tag in ("ul", "ol"):
            start = int(node.attrs.get("start", "1") or 1) if tag == "ol" else 1
            for i, li in enumerate(node.elements("li")):
                number = int(li.attrs.get("value", start + i) or start + i) if tag == "ol" else 0
                bullet = f"{number}. " if tag == "ol" else "- "
                inner = self.blocks(li, indent + " " * len(bullet))
                inner = [ln for ln in inner if ln != ""] or [indent + " " * len(bullet)]
                first = inner[0]
                inner[0] = indent + bullet + first[len(indent) + len(bullet):]
                lines.extend(inner)
            lines.append("")
            return lines
        if tag == "pre":
            text = "".join(inline_text(c, urls=False) for c in node.children)
            lines = [indent + "    " + ln for ln in text.rstrip("\n").split("\n")]
            lines.append("")
            return lines
        if tag == "blockquote":
            return [ln if not ln else indent + "> " + ln[len(indent):]
                    for ln in self.blocks(node, indent)]
        if tag == "hr":
            return [indent + "-" * min(40, self.width), ""]
        if tag == "table":
            return self.table(node, indent)
        if tag in ("dl",):
            for child in node.elements():
                if child.tag == "dt":
                    lines += self.wrap(inline_text(child), indent)
                elif child.tag == "dd":
                    lines += self.wrap(inline_text(child), indent + "    ")
            lines.append("")
            return lines
        return self.blocks(node, indent)

    # ------------------------------------------------------------------ tables
    def _rows(self, table: Node) -> list[Node]:
        rows = []
        for child in table.elements():
            if child.tag == "tr":
                rows.append(child)
            elif child.tag in ("tbody", "thead", "tfoot"):
                rows.extend(child.elements("tr"))
        return rows

    def table(self, node: Node, indent: str) -> list[str]:
        classes = node.classes
        rows = self._rows(node)
        cells = [[c for c in r.elements() if c.tag in ("td", "th")] for r in rows]
        lines: list[str] = []
        if "adm" in classes or "exp" in classes:
            title = ""
            body: list[Node] = []
            for row in cells:
                for cell in row:
                    if any(c in cell.classes for c in ("adm-title", "exp-head")):
                        title = _clean(inline_text(cell, urls=False)).lstrip("\u25b8\u25be ")
                    elif any(c in cell.classes for c in ("adm-body", "exp-body")):
                        body.append(cell)
            kind = next((c[4:] for c in classes if c.startswith(("adm-", "exp-"))), "")
            label = {"example": "Voorbeeld", "tip": "Tip", "note": "Opmerking", "info": "Info",
                     "warning": "Waarschuwing", "danger": "Waarschuwing", "quote": "Citaat",
                     "expander": "Uitklapbaar"}.get(kind, "")
            head = title or label
            if label and title and label.lower() not in title.lower():
                head = f"{label}: {title}"
            self._blank(lines)
            lines.append(f"{indent}| {head}" if head else f"{indent}|")
            for cell in body:
                inner = self.blocks(cell, indent + "| ")
                lines.extend(ln if ln else indent + "|" for ln in inner)
            while lines and lines[-1] in ("", indent + "|"):
                lines.pop()
            lines.append("")
            return lines
        if "button" in classes:
            for row in cells:
                for cell in row:
                    lines += self.wrap(f"[ {_clean(inline_text(cell))} ]", indent)
            lines.append("")
            return lines
        if "meta" in classes:
            for row in cells:
                if len(row) >= 2:
                    values = ", ".join(
                        _clean(inline_text(c, urls=False)) for c in row[1].children
                        if isinstance(c, Node) and _clean(inline_text(c, urls=False))
                    )
                    lines += self.wrap(f"{_clean(inline_text(row[0]))}: {values}", indent + "    ",
                                       first=indent)
            lines.append("")
            return lines
        if "list" in classes:
            return self.list_table(cells, indent)
        if "cards" in classes or "diagram" in classes:
            for row in cells:
                for cell in row:
                    lines += self.blocks(cell, indent)
            return lines
        # other tables (Markdown tables): one line per row, cells separated by " | "
        for row in cells:
            lines += self.wrap(" | ".join(_clean(inline_text(c)) for c in row), indent + "    ",
                               first=indent)
        lines.append("")
        return lines

    def list_table(self, cells: list[list[Node]], indent: str) -> list[str]:
        if not cells:
            return []
        header = [_clean(inline_text(c)) for c in cells[0]]
        kinds = [("c-id" in c.classes, "c-title" in c.classes) for c in cells[0]]
        body = cells[1:]
        id_width = 0
        for row in body:
            for (is_id, _t), cell in zip(kinds, row, strict=False):
                if is_id:
                    id_width = max(id_width, len(_clean(inline_text(cell))))
        lines: list[str] = []
        for row in body:
            ident = title = ""
            details = []
            for (is_id, is_title), name, cell in zip(kinds, header, row, strict=False):
                value = _clean(inline_text(cell, urls=False))
                if is_id:
                    ident = value
                elif is_title:
                    title = value
                elif value:
                    details.append(f"{name}: {value}")
            lead = f"{indent}  {ident:<{id_width}}  " if id_width else f"{indent}  - "
            pad = indent + " " * (len(lead) - len(indent))
            lines += self.wrap(title or ident, pad, first=lead)
            if details:
                lines += self.wrap("; ".join(details), pad)
        lines.append("")
        return lines


def html_to_text(html: str, width: int = 88) -> str:
    lines = TextRenderer(width).blocks(parse(html))
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"
