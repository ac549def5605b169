"""Time per stage per hostile file (issue 17): load, index, render.

    .venv/bin/python -m tests.bench.hostile

A benchmark figure, printed, never asserted: `tests/test_hostile_content.py` runs the same
measurement over the hostile corpus and prints the table, so a stage that takes
pathological time on one file shows up in the test log. Each stage is timed once on the
file alone: reading and parsing it (`parse_page`), making its index document
(`IndexManager.document`), rendering it for the window (`render_page`).
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from reader.content import Site
from reader.content.loader import parse_page
from reader.content.model import SourceFile
from reader.render import render_page
from reader.search.index import IndexManager


@dataclass
class StageTimes:
    path: str
    size: int
    load: float
    index: float
    render: float
    html: str


def measure(site: Site, cache: Path) -> list[StageTimes]:
    """The three stages for every page of `site` (slowest total first)."""
    index = IndexManager(site, cache)
    index.ensure()
    rows = []
    for page in site.pages.values():
        path = site.root / page.file
        data = path.read_bytes()
        started = time.perf_counter()
        parse_page(SourceFile(path, page.file, page.mtime_ns, page.size), data, [])
        load = time.perf_counter() - started
        started = time.perf_counter()
        index.document(page)
        indexed = time.perf_counter() - started
        started = time.perf_counter()
        html = render_page(site, page).html
        rendered = time.perf_counter() - started
        rows.append(StageTimes(page.path, page.size, load, indexed, rendered, html))
    index.close()
    rows.sort(key=lambda r: -(r.load + r.index + r.render))
    return rows


def table(rows: list[StageTimes]) -> str:
    lines = [f"{'page':<60} {'bytes':>10} {'load ms':>9} {'index ms':>9} {'render ms':>10}"]
    for r in rows:
        name = r.path.rsplit("/", 1)[-1].encode("unicode_escape").decode()[:60]
        lines.append(f"{name:<60} {r.size:>10} {r.load * 1000:>9.1f} {r.index * 1000:>9.1f} {r.render * 1000:>10.1f}")
    worst = max(rows, key=lambda r: max(r.load, r.index, r.render))
    lines.append(f"slowest stage: {max(worst.load, worst.index, worst.render) * 1000:.0f} ms ({worst.path})")
    return "\n".join(lines)


def main() -> int:
    from tests.hostile_corpus import write_hostile_site

    with tempfile.TemporaryDirectory() as scratch:
        root, _cases = write_hostile_site(Path(scratch) / "site")
        started = time.perf_counter()
        site = Site.load(root)
        print(f"Site.load of the hostile corpus ({len(site.pages)} pages): {time.perf_counter() - started:.2f} s")
        print(table(measure(site, Path(scratch) / "cache")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
