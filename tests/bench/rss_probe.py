"""One peak-memory measurement in a fresh process (figure 7); prints one JSON line.

    python -m tests.bench.rss_probe MODE --root CONTENT --cache DIR

MODE
  load   Site.load only (the yardstick: what any reader of this content holds)
  query  Site.load, open the (already built) index, run the query set
  build  Site.load, build the index from nothing, run the query set (a first start)
  fts5   Site.load, FTS5 in memory over the same text, run the query set (peer)
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB.

    Linux: VmHWM from /proc, because `ru_maxrss` survives exec and would report the peak
    of the (large) benchmark process that spawned this one.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["load", "query", "build", "fts5"])
    ap.add_argument("--root", type=Path, required=True)
    ap.add_argument("--cache", type=Path, required=True)
    args = ap.parse_args(argv)

    from reader.content import Site
    from tests.bench import queries

    timings: dict[str, float] = {}
    t = time.perf_counter()
    site = Site.load(args.root)
    timings["load_s"] = time.perf_counter() - t
    after_load = peak_rss_mb()
    n_queries = 0
    if args.mode in ("query", "build"):
        from reader.search import SearchEngine

        engine = SearchEngine(site, cache_dir=args.cache)
        t = time.perf_counter()
        report = engine.ensure_index()
        timings["index_s"] = time.perf_counter() - t
        timings["index_action"] = report.action  # type: ignore[assignment]
        t = time.perf_counter()
        for _cat, text, filters in queries.cases():
            engine.search(queries.engine_query(text, filters))
            n_queries += 1
        timings["queries_s"] = time.perf_counter() - t
        engine.close()
    elif args.mode == "fts5":
        from reader.search.index import page_text
        from tests.bench.yardsticks import Fts5, fts5_docs

        fts = Fts5(":memory:")
        t = time.perf_counter()
        fts.build(fts5_docs(site, page_text))
        fts.set_facets(site)
        timings["index_s"] = time.perf_counter() - t
        t = time.perf_counter()
        for cat, text, filters in queries.cases():
            fts.search(text, filters, prefix_last=cat.startswith("prefix"), fuzzy=cat.startswith("misspelt"))
            n_queries += 1
        timings["queries_s"] = time.perf_counter() - t
        fts.close()
    print(json.dumps({"mode": args.mode, "pages": len(site.pages), "rss_mb": peak_rss_mb(),
                      "rss_after_load_mb": after_load, "queries": n_queries, "timings": timings}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
