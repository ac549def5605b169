"""Render pages in an offscreen QTextBrowser and save them as PNG images.

    .venv/bin/python scripts/screenshot_pages.py [--content ROOT] [--out DIR] [--dark]
                                                 [--width PX] [--max-height PX] [PAGE ...]

Without PAGE arguments it shoots three real pages: the VNG governance hulpmiddel, a
maatregel and a vereiste (plus the glossary with --glossary). The default content root is
the upstream corpus beside the repository (../shared/corpora/algoritmekader/docs); the
images go to /tmp/shots/ (never into the repository). Each image shows the whole
document, cut off at --max-height.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_CONTENT = REPO.parent / "shared" / "corpora" / "algoritmekader" / "docs"
SECTION = "voldoen-aan-wetten-en-regels"
DEFAULT_PAGES = tuple(
    f"{SECTION}/{folder}/{stem}"
    for folder, stem in (
        ("hulpmiddelen", "governancekader-VNG"),
        ("maatregelen", "0-org-02-beleid-opstellen-inzet-algoritmes"),
        ("vereisten", "aia-01-ai-geletterdheid"),
    )
)


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("pages", nargs="*", help="page paths (default: three representative pages)")
    p.add_argument("--content", default=str(DEFAULT_CONTENT), help="content root")
    p.add_argument("--out", default="/tmp/shots", help="output folder (default /tmp/shots)")
    p.add_argument("--dark", action="store_true", help="also shoot every page in dark mode")
    p.add_argument("--glossary", action="store_true", help="also shoot the glossary page")
    p.add_argument("--expand", action="store_true", help="open all collapsibles")
    p.add_argument("--width", type=int, default=960)
    p.add_argument("--font", default="DejaVu Sans", help="default page font family")
    p.add_argument("--font-size", type=float, default=10.5, help="default page font size (pt)")
    p.add_argument("--max-height", type=int, default=3600)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QColor, QFont, QPalette
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from reader.content import Site
    from reader.render import render_glossary, render_page

    root = Path(args.content).expanduser()
    if not root.is_dir():
        print(f"Inhoudsmap niet gevonden: {root}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    site = Site.load(root)
    app = QApplication.instance() or QApplication([])

    jobs: list[tuple[str, bool]] = [(p, False) for p in (args.pages or DEFAULT_PAGES)]
    if args.dark:
        jobs += [(p, True) for p in (args.pages or DEFAULT_PAGES)]
    if args.glossary:
        jobs.append(("@glossary", False))

    for path, dark in jobs:
        if path == "@glossary":
            rendered = render_glossary(site, dark=dark)
            name = "begrippenlijst"
        else:
            page = site.get(path)
            if page is None:
                print(f"Pagina niet gevonden: {path}", file=sys.stderr)
                continue
            expanded = frozenset(range(64)) if args.expand else frozenset()
            started = time.perf_counter()
            rendered = render_page(site, page, dark=dark, expanded=expanded)
            ms = (time.perf_counter() - started) * 1000
            print(f"{path}: {ms:.1f} ms")
            name = page.path.replace("/", "_")
        browser = QTextBrowser()
        browser.setOpenLinks(False)
        browser.document().setDocumentMargin(24)
        palette = browser.palette()
        if dark:
            palette.setColor(QPalette.ColorRole.Base, QColor("#1b1f24"))
            palette.setColor(QPalette.ColorRole.Text, QColor("#dde3ea"))
        browser.setPalette(palette)
        # the app sets the page font (and zooms) through the document's default font
        browser.document().setDefaultFont(QFont(args.font, args.font_size))
        browser.setHtml(rendered.html)
        browser.resize(args.width, 600)
        browser.document().setTextWidth(args.width - 20)
        height = int(browser.document().size().height()) + 8
        browser.resize(args.width, min(height, args.max_height))
        app.processEvents()
        target = out / f"{name}{'-dark' if dark else ''}.png"
        browser.grab().save(str(target))
        print(f"  -> {target} ({args.width}x{min(height, args.max_height)}, document {height}px)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
