"""The colours a high-contrast page takes from the window's scheme (no imports: the window
reads this at start-up, before anything of the renderer is loaded)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageColours:
    """Every text in `text` on `base`, links in `link`, search marks `mark_fg` on `mark_bg`
    (resources/page-contrast.css)."""

    text: str
    base: str
    link: str
    mark_bg: str
    mark_fg: str
