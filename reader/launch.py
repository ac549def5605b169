"""What the command line and the window share to start: the window's options, which
content root to read, and loading its site and search engine.

Below `reader.cli` and `reader.ui` (both import it; it imports neither), above the content
and search layers.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.content import Site
    from reader.search import SearchEngine


def content_root(arg: str | None) -> Path:
    """The content root: `--content` when given, else AK_READER_CONTENT, else the pack chosen
    in the pack library (`ak-reader packs use`), else the bundled content. A given folder or zip is
    recognised by `reader.packs.open_content` (a zip is imported into the user data folder
    once); raises `reader.packs.PackError`, with a Dutch
    message saying what was expected, when it holds no content."""
    given = arg or os.environ.get("AK_READER_CONTENT")
    if not given:
        from reader.packs import PackLibrary

        return Path(PackLibrary().current().root)
    from reader.packs import open_content

    return open_content(Path(given).expanduser())


def window_parser() -> argparse.ArgumentParser:
    """The window's own options (`ak-reader [PATH] [--content ROOT]`)."""
    parser = argparse.ArgumentParser(
        prog="ak-reader", description="Algoritmekader Reader: lees en doorzoek het Algoritmekader offline.")
    parser.add_argument("path", nargs="?", default="", help="pagina om te openen, bijv. hulpmiddelen/DPIA")
    parser.add_argument("--content", metavar="ROOT", help="inhoudsmap of zip (standaard: de meegeleverde inhoud)")
    parser.add_argument("--settings-dir", metavar="DIR", help="map voor de instellingen")
    parser.add_argument("--cache-dir", metavar="DIR", help="map voor de zoekindex")
    parser.add_argument("--quit-after-first-paint", action="store_true",
                        help="benchmark: tijdstip van de eerste getoonde resultaten afdrukken en stoppen")
    parser.add_argument("--replace", action="store_true", help=argparse.SUPPRESS)  # a restart: see single_instance
    parser.add_argument("--self-test", metavar="REPORT", help=argparse.SUPPRESS)
    parser.add_argument("--self-test-query", metavar="QUERY", default="dpia", help=argparse.SUPPRESS)
    parser.add_argument("--self-test-shot", metavar="PNG", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def load(root: Path, cache_dir: Path | None = None,
         progress: Callable[[int, int], None] | None = None) -> tuple[Site, SearchEngine]:
    """The site of `root` and its search engine (not yet indexed), for the CLI and the
    window alike: from the start-up snapshot, or the prebuilt data of a portable bundle,
    when they fit. `cache_dir` None: the user cache; `progress`: see `Site.load`."""
    from reader import prebuilt
    from reader.cache import default_cache_dir
    from reader.content.snapshot import load_site
    from reader.search import SearchEngine

    ready = prebuilt.for_root(root)  # a portable bundle's own content comes with its index
    site = load_site(root, cache_dir or default_cache_dir(), progress=progress, prebuilt=ready)
    return site, SearchEngine(site, cache_dir, prebuilt_index=ready.index if ready else None)
