"""What a page may hold before it is too much to format (issue 17: hostile content).

Markdown and HTML parsers take time far out of proportion on a few shapes of input: a very
large file, a very long line, nesting thousands deep, tens of thousands of tags. The
official Algoritmekader's largest page is 24 KB, its longest line 2,000 characters and its
most tag-rich page has 111 tags; the limits below are ten to fifty times that. A page over
a limit is still loaded, searched and shown, as plain text, and `ak-reader check` reports
it. No Qt, no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_FRONT_MATTER = 64_000  # characters of YAML (the largest official one has 3,400)
MAX_BODY = 1_000_000  # characters of Markdown
MAX_LINE = 20_000  # characters on one line
MAX_TAGS = 5_000  # `<` characters (HTML tags and the like)
MAX_NESTING = 100  # list and quote markers at the start of a line
#: How much of a page that is too complex is shown (as plain text).
SHOWN_WHEN_TOO_COMPLEX = 200_000

# starting with a literal newline lets `re` jump from line to line (a `^` with re.M tries every character)
_DEEP = re.compile(rf"\n[ \t]*(?:>[ \t]*|(?:[*+-]|\d{{1,9}}[.)])[ \t]+){{{MAX_NESTING},}}")
_LONG_LINE = re.compile(rf"[^\n]{{{MAX_LINE}}}")


@lru_cache(maxsize=1024)  # asked by the loader, the link checks, the index and the renderer
def too_complex(body: str) -> str | None:
    """Why a page's Markdown is too much to format (a Dutch phrase), or None (about 10 ns
    a character: 10 ms for the 250 pages of the official corpus)."""
    if len(body) > MAX_BODY:
        return f"te groot ({len(body) // 1000:,} kB tekst)".replace(",", ".")
    if len(body) > MAX_LINE and _LONG_LINE.search(body):
        return f"een regel van meer dan {MAX_LINE:,} tekens".replace(",", ".")
    if body.count("<") > MAX_TAGS:
        return f"meer dan {MAX_TAGS:,} HTML-tags".replace(",", ".")
    if _DEEP.search("\n" + body):
        return f"lijsten of citaten meer dan {MAX_NESTING} niveaus diep"
    return None
