"""The decision tree's HTML snippets (`<br>`, `<strong>`, `<i>`, bullets) as plain text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Tags that end a line (block-level or explicit breaks).
_BREAKS = frozenset({"br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"})
_SPACES = re.compile(r"[ \t\f\v\r\n\u00a0]+")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0  # inside <script>/<style>

    def block(self) -> None:
        """End the line unless it just ended (blocks do not stack up blank lines; <br> does)."""
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BREAKS:
            self.block()
            if tag == "li":
                self.parts.append("• ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BREAKS:
            self.block()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BREAKS and tag != "br":
            self.block()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            # Source line breaks are not breaks in HTML: they are plain spaces.
            self.parts.append(data.replace("\n", " "))


def html_to_text(html: str) -> str:
    """Plain text, one line per HTML line break; at most one blank line in a row."""
    if not html:
        return ""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
