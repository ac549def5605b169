"""The benchmark suite of issue 7: every figure, its yardstick, and the targets.

    .venv/bin/python -m tests.bench.run [--sizes 300,3000] [--with-30k] [--out results.json]

Figures (numbered as in the issue):
  1 cold start (warm index) -> window painted: a second start with the same settings, so
    from the start snapshot (`reader.start_snapshot`; the warm-up run writes it); -> window
    usable (the real window painted with its first results); and a start without a snapshot
    (a new settings folder each run)                     yardstick: bare PySide6 QMainWindow
 1b the same on one X display (Xvfb)                      yardsticks: Zeal mapped, bare QMainWindow
  2 first start, no index: window usable / index done       yardstick: bare QMainWindow
  3 full index build, per corpus                           yardsticks: read+parse floor, FTS5
  4 incremental update after changing one file             yardstick: FTS5 row update
  5 query latency p50/p95 (filters, facet counts, 10 snippets), four kinds of query
                                                           yardstick: FTS5 with the same extras
    and over all kinds                                     yardstick: tantivy, with the same
                                                           extras and bare (top 10 + count);
                                                           skipped, with the reason printed,
                                                           when tantivy (the `bench` extra) is
                                                           not installed
  6 keystroke -> results painted in the real window (offscreen)
                                                           yardstick: QLineEdit + QListWidget + FTS5
  7 peak RSS (fresh process per measurement)               yardstick: FTS5 peer process
  8 render time of the real corpus's pages                 yardstick: bare Python-Markdown

Corpora: the bundled content, the real corpus (`../shared/corpora/algoritmekader/docs`) and
generated ones (`corpus_gen.py`; 300 and 3,000 pages by default, 30,000 with --with-30k).
Every measurement works on a copy in a scratch folder outside the repository (the bench
cache, `$AK_BENCH_CACHE` or the user cache dir), with its own index cache, settings and log
folder: the user's cache and settings are never touched.

Each figure is min / median / max over repeated runs after a warm-up (latencies: p50 / p95
over all queries and repetitions). The table goes to stdout; the JSON (machine, date, core
count, every sample) to --out, default `tests/bench/results/bench-<date>.json` (ignored by
git), with `latest.json` and `latest.md` (a Markdown table) beside it.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.bench import corpus_gen, queries
from tests.bench.harness import (
    BUNDLED,
    REAL,
    REPO,
    RESULTS,
    Row,
    Stats,
    Target,
    copy_content,
    format_table,
    log,
    machine_info,
    markdown_table,
    page_label,
    percentile,
    repeat,
    scaled,
    write_json,
)
from tests.bench.yardsticks import Fts5, Tantivy, fts5_docs, markdown_floor, read_parse_floor

#: p95 query-latency target by corpus size class (ms)
QUERY_TARGET_MS = {"250": 25.0, "3k": 60.0, "30k": 150.0}


@dataclass
class Corpus:
    name: str  # bundled, real, gen-300, ...
    src: Path
    size_class: str  # "250", "3k", "30k": which query target applies
    root: Path | None = None  # the working copy
    work: Path | None = None
    pages: int = 0
    index_cache: Path | None = None  # a built index of the copy
    updates: int = 0  # one-file updates applied to that index by figure 4
    notes: list[str] = field(default_factory=list)


class Suite:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.rows: list[Row] = []
        self.notes: list[str] = []
        base = corpus_gen.cache_root() / "work"
        base.mkdir(parents=True, exist_ok=True)
        self.work = Path(tempfile.mkdtemp(prefix="run-", dir=base))
        self.env = dict(os.environ)
        self.env.update({
            "QT_QPA_PLATFORM": "offscreen",
            "AK_READER_CACHE": str(self.work / "user-cache"),
            "AK_READER_LOG_DIR": str(self.work / "logs"),
            "AK_READER_SETTINGS_DIR": str(self.work / "settings"),
            "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""),
            # start-up is measured as installed apps run: with compiled bytecode, kept in
            # the bench cache (not beside the sources) and reused from run to run
            "PYTHONPYCACHEPREFIX": str(corpus_gen.cache_root() / "pycache"),
        })
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ.update({k: self.env[k] for k in ("QT_QPA_PLATFORM", "AK_READER_CACHE",
                                                    "AK_READER_LOG_DIR", "AK_READER_SETTINGS_DIR")})

    # ------------------------------------------------------------------ helpers
    def add(self, row: Row) -> Row:
        row.finish()
        self.rows.append(row)
        shown = row.stats.get(row.stat) if row.stats else None
        log(f"  fig {row.fig} {row.name} [{row.corpus}]: "
            + (f"{row.stat} {shown:.4g} {row.unit}" if shown is not None else f"n/a {row.note}")
            + (f", ratio {row.ratio:.2f}" if row.ratio is not None else "")
            + (f", target {'met' if row.target.met else 'NOT MET'}" if row.target and row.target.met is not None else ""))
        return row

    def guarded(self, fig: str, name: str, corpus: str, fn: Callable[[], None]) -> None:
        """Run one figure; an error becomes an n/a row with the reason, not a dead suite."""
        try:
            fn()
        except Exception as exc:
            traceback.print_exc()
            self.add(Row(fig, name, corpus, "", None, note=f"error: {type(exc).__name__}: {exc}"))

    def subprocess_json(self, argv: list[str], timeout: float, prefix: str = "") -> dict:
        out = subprocess.run(argv, cwd=REPO, env=self.env, capture_output=True, text=True, timeout=timeout)
        for line in reversed(out.stdout.splitlines()):
            if line.startswith(prefix) and line[len(prefix):].lstrip().startswith("{"):
                return json.loads(line[len(prefix):])
        raise RuntimeError(f"no result from {argv[2:4]} (exit {out.returncode}): {out.stderr[-800:]}")

    def wanted(self, fig: str) -> bool:
        return not self.args.only or fig in self.args.only

    # ------------------------------------------------------------------ corpora
    def corpora(self) -> list[Corpus]:
        out = [Corpus("bundled", BUNDLED, "250"), Corpus("real", REAL, "250")]
        sizes = list(self.args.sizes)
        if self.args.with_30k and 30000 not in sizes:
            sizes.append(30000)
        real = None
        for size in sizes:
            if real is None:
                real = corpus_gen.read_corpus(REAL)
            log(f"generating (or reusing) the {size}-page corpus")
            root = corpus_gen.generate(size, seed=self.args.seed, corpus=real, quiet=False)
            cls = "30k" if size >= 10000 else ("3k" if size >= 1000 else "250")
            out.append(Corpus(f"gen-{size}", root, cls))
        for c in out:
            if not (c.src / "index.md").is_file():
                self.notes.append(f"{c.name}: content not found at {c.src}; skipped")
                continue
            c.work = self.work / c.name
            c.root = copy_content(c.src, c.work)
        return [c for c in out if c.root is not None]

    # ------------------------------------------------------------------ figures 3, 4, 5
    def bench_corpus(self, c: Corpus) -> None:
        from reader.content import Site
        from reader.memory import release_long_lived, settle_long_lived
        from reader.search import SearchEngine
        from reader.search.index import page_text

        assert c.root is not None and c.work is not None
        big = c.size_class == "30k"
        runs = 1 if big else self.args.runs
        label = f"{c.name}"
        log(f"[{c.name}] loading")
        load = repeat(lambda: Site.load(c.root), runs=runs, warmup=0 if big else 1)
        site = Site.load(c.root)
        c.pages = len(site.pages)
        label = f"{c.name} ({c.pages} p.)"
        floor = repeat(lambda: read_parse_floor(c.root), runs=runs, warmup=1)
        self.add(Row("3", "load site (Site.load, with link checks)", label, "s", load,
                     yardstick="read+parse floor", yard_stats=floor))

        docs = fts5_docs(site, page_text)
        fts_db = c.work / "fts5.db"
        fts = Fts5(fts_db)
        fts_build = repeat(lambda: (fts.close(), fts.build(docs)), runs=runs, warmup=0 if big else 1)
        fts.set_facets(site)

        if self.wanted("3"):
            log(f"[{c.name}] full index builds")
            builds: list[float] = []
            extra: dict = {}
            if big:
                res = self.subprocess_json(
                    [sys.executable, "-m", "tests.bench.rss_probe", "build", "--root", str(c.root),
                     "--cache", str(c.work / "idx-build")], timeout=7200)
                builds.append(res["timings"]["index_s"])
                extra = {"rss_build_mb": res["rss_mb"], "load_s": res["timings"]["load_s"]}
                c.index_cache = c.work / "idx-build"
                self.rss_build_30k = res
            else:
                for i in range(runs):
                    cache = c.work / f"idx-{i}"
                    shutil.rmtree(cache, ignore_errors=True)
                    engine = SearchEngine(site, cache_dir=cache)
                    gc.collect()
                    t = time.perf_counter()
                    engine.ensure_index()
                    builds.append(time.perf_counter() - t)
                    engine.close()
                    if c.index_cache is not None:
                        shutil.rmtree(c.index_cache, ignore_errors=True)
                    c.index_cache = cache
            build = Stats(builds)
            target = None
            if c.name == "real":
                target = Target("≤ 2 s and ≤ 4× floor", limit=2.0, ratio_limit=4.0)
            elif big:
                target = Target("≤ 90 s", limit=90.0)
            self.add(Row("3", "full index build", label, "s", build, yardstick="read+parse floor",
                         yard_stats=floor, target=target, extra=extra))
            self.add(Row("3", "full index build vs FTS5", label, "s", build, yardstick="FTS5 build",
                         yard_stats=fts_build))
        if c.index_cache is None:
            c.index_cache = c.work / "idx-0"
            SearchEngine(site, cache_dir=c.index_cache).ensure_index()

        engine = SearchEngine(site, cache_dir=c.index_cache)
        engine.ensure_index()
        settle_long_lived()  # as the app does once its index is open
        if self.wanted("5"):
            self.bench_queries(c, label, engine, fts)
        if self.wanted("4"):
            self.bench_update(c, label, engine, fts, site)
        engine.close()
        release_long_lived()
        fts.close()

    def bench_queries(self, c: Corpus, label: str, engine, fts: Fts5) -> None:
        log(f"[{c.name}] query latency")
        passes = 1 if c.size_class == "30k" else self.args.query_passes
        cases = list(queries.cases())
        mine: dict[str, list[float]] = {k: [] for k in queries.CATEGORIES}
        peer: dict[str, list[float]] = {k: [] for k in queries.CATEGORIES}
        zero_hits: dict[str, int] = {k: 0 for k in queries.CATEGORIES}
        tantivy = self.tantivy_for(c, engine.site)
        rust: list[float] = []  # tantivy with the same extras
        rust_bare: list[float] = []  # tantivy: top 10 and the number of matches only
        for p in range(passes + 1):  # pass 0 is the warm-up
            for cat, text, filters in cases:
                q = queries.engine_query(text, filters)
                t = time.perf_counter()
                result = engine.search(q)
                elapsed = (time.perf_counter() - t) * 1000
                prefix, fuzzy = cat.startswith("prefix"), cat.startswith("misspelt")
                t = time.perf_counter()
                fts.search(text, filters, prefix_last=prefix, fuzzy=fuzzy)
                elapsed_peer = (time.perf_counter() - t) * 1000
                if tantivy is not None:
                    t = time.perf_counter()
                    tantivy.search(text, filters, prefix_last=prefix, fuzzy=fuzzy, extras=True)
                    elapsed_rust = (time.perf_counter() - t) * 1000
                    t = time.perf_counter()
                    tantivy.search(text, filters, prefix_last=prefix, fuzzy=fuzzy)
                    elapsed_bare = (time.perf_counter() - t) * 1000
                    if p:
                        rust.append(elapsed_rust)
                        rust_bare.append(elapsed_bare)
                if p:
                    mine[cat].append(elapsed)
                    peer[cat].append(elapsed_peer)
                    if not filters and not result.hits:
                        zero_hits[cat] += 1
        limit = QUERY_TARGET_MS[c.size_class]
        size_word = {"250": "250", "3k": "3k", "30k": "30k"}[c.size_class]
        for cat in queries.CATEGORIES:
            self.add(Row("5", f"query p95: {cat}", label, "ms", Stats(mine[cat]), stat="p95",
                         yardstick="FTS5", yard_stats=Stats(peer[cat]),
                         target=Target(f"p95 ≤ {limit:.0f} ms ({size_word})", limit=limit, stat="p95"),
                         extra={"p50": percentile(mine[cat], 50), "fts5_p50": percentile(peer[cat], 50),
                                "unfiltered_queries_without_hits": zero_hits[cat] // passes}))
        self.add_tantivy_rows(label, [x for cat in queries.CATEGORIES for x in mine[cat]], rust, rust_bare)

    def tantivy_for(self, c: Corpus, site) -> Tantivy | None:
        """The tantivy yardstick of a corpus, indexed in its scratch folder; None (and the
        reason printed and noted) when tantivy is not installed."""
        from reader.search.index import page_text

        reason = Tantivy.available()
        if reason is not None:
            if not any(reason in n for n in self.notes):
                self.notes.append(f"tantivy yardstick skipped: {reason}")
            log(f"[{c.name}] tantivy yardstick skipped: {reason}")
            return None
        assert c.work is not None
        tantivy = Tantivy(c.work / "tantivy")
        t = time.perf_counter()
        tantivy.build(site, page_text)
        log(f"[{c.name}] tantivy index built in {time.perf_counter() - t:.1f} s")
        return tantivy

    def add_tantivy_rows(self, label: str, mine: list[float], rust: list[float], rust_bare: list[float]) -> None:
        """Figure 5 over every query, against tantivy: p50 / p95 of both and the ratio."""
        if not rust:
            self.add(Row("5", "query p95, all kinds vs tantivy", label, "ms", None,
                         note="n/a (tantivy not installed: pip install -e '.[bench]')"))
            return
        for name, peer in (("same extras", rust), ("bare: top 10 + count", rust_bare)):
            row = self.add(Row("5", f"query p95, all kinds vs tantivy ({name})", label, "ms", Stats(mine),
                               stat="p95", yardstick="tantivy", yard_stats=Stats(peer),
                               extra={"p50": percentile(mine, 50), "tantivy_p50": percentile(peer, 50)}))
            log(f"  ours p50 {percentile(mine, 50):.1f} / p95 {percentile(mine, 95):.1f} ms; tantivy ({name}) "
                f"p50 {percentile(peer, 50):.2f} / p95 {percentile(peer, 95):.2f} ms; p95 ratio "
                f"{row.ratio or 0:.1f}×")

    def bench_update(self, c: Corpus, label: str, engine, fts: Fts5, site) -> None:
        """Figure 4: one file changes. The app has no file watcher: it sees a change at its
        next start, which loads the site (`reader.launch.load`: the start-up snapshot, here
        re-read for the changed file), brings the index up to date as the window's index
        worker does (`ensure_index(isolate=True, warm=True)`: an incremental update in this
        process) and answers the first query; that whole path is measured."""
        from reader.content import Kind
        from reader.launch import load
        from reader.search import Query
        from reader.search.index import page_text

        assert c.root is not None
        log(f"[{c.name}] incremental update (the next start after a change)")
        runs = 2 if c.size_class == "30k" else self.args.update_runs
        pages = sorted((p for p in site.pages.values() if p.kind is Kind.MAATREGEL), key=lambda p: (p.size, p.path))
        page = (pages or sorted(site.pages.values(), key=lambda p: p.path))[len(pages) // 2]
        path = c.root / page.file
        original = path.read_bytes()
        engine.close()  # the previous run of the app has ended
        reload_s: list[float] = []
        update_s: list[float] = []
        total_s: list[float] = []
        peer_s: list[float] = []
        visible = True
        updated = True
        try:
            for i in range(runs + 1):  # run 0 is the warm-up
                word = f"benchwijziging{i}x"
                path.write_bytes(original + f"\n\nGewijzigd voor de meting: {word}.\n".encode())
                st = path.stat()
                os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000 * (i + 1)))
                gc.collect()
                t = time.perf_counter()
                site2, fresh = load(c.root, c.index_cache)
                t_load = time.perf_counter() - t
                with fresh:
                    t = time.perf_counter()
                    report = fresh.ensure_index(isolate=True, warm=True)
                    hits = fresh.search(Query.make(word, limit=1)).hits
                    t_update = time.perf_counter() - t
                c.updates += 1
                updated = updated and report.action == "updated"
                visible = visible and bool(hits) and hits[0].path == page.path
                new_text = page_text(site2.pages[page.path])
                t = time.perf_counter()
                with fts.con:  # type: ignore[union-attr]
                    fts.con.execute("UPDATE docs SET body = ? WHERE path = ?", (new_text, page.path))  # type: ignore[union-attr]
                t_peer = time.perf_counter() - t
                if i:
                    reload_s.append(t_load)
                    update_s.append(t_update)
                    total_s.append(t_load + t_update)
                    peer_s.append(t_peer)
        finally:
            path.write_bytes(original)
        with load(c.root, c.index_cache)[1] as restored:  # the index of the original content again
            restored.ensure_index()
        c.updates += 1
        if not updated:
            c.notes.append("the next start after a change did not update the index incrementally")
        target = None
        if c.size_class == "3k":
            target = Target("≤ 200 ms at 3k", limit=200.0)
        self.add(Row("4", "update one file: index update + first query at the next start", label, "ms",
                     scaled(Stats(update_s), 1000), yardstick="FTS5 row update",
                     yard_stats=scaled(Stats(peer_s), 1000), target=target,
                     note="" if visible else "change NOT visible in results",
                     extra={"page": page_label(page), "change_visible": visible}))
        self.add(Row("4", "load the site at the next start (launch.load) after the change", label, "ms",
                     scaled(Stats(reload_s), 1000)))
        self.add(Row("4", "next start after the change: load + index update + first query", label, "ms",
                     scaled(Stats(total_s), 1000)))

    # ------------------------------------------------------------------ figure 7
    def bench_rss(self, corpora: list[Corpus]) -> None:
        for c in corpora:
            if c.name != "real" and c.size_class != "30k":
                continue
            assert c.root is not None and c.work is not None
            label = f"{c.name} ({c.pages} p.)"
            big = c.size_class == "30k"
            runs = 1 if big else self.args.rss_runs
            log(f"[{c.name}] peak RSS (fresh process per measurement)")

            def probe(mode: str, cache: Path, root: Path = c.root) -> dict:
                return self.subprocess_json([sys.executable, "-m", "tests.bench.rss_probe", mode,
                                             "--root", str(root), "--cache", str(cache)], timeout=7200)

            query = [probe("query", c.index_cache) for _ in range(runs)]
            peer = [probe("fts5", c.work / "unused") for _ in range(runs)]
            load = [probe("load", c.work / "unused") for _ in range(runs)]
            limit = 500.0 if big else 250.0
            self.add(Row("7", "peak RSS: load + open index + query set", label, "MB",
                         Stats([r["rss_mb"] for r in query]), yardstick="FTS5 peer",
                         yard_stats=Stats([r["rss_mb"] for r in peer]),
                         target=Target(f"≤ {limit:.0f} MB", limit=limit),
                         extra={"load_only_mb": [r["rss_mb"] for r in load], "runs": query}))
            if big:
                res = getattr(self, "rss_build_30k", None)
                builds = [res] if res else []
            else:
                builds = []
                for i in range(runs):
                    cache = c.work / f"rss-build-{i}"
                    builds.append(probe("build", cache))
                    shutil.rmtree(cache, ignore_errors=True)
            if builds:
                self.add(Row("7", "peak RSS: first start (build index + query set)", label, "MB",
                             Stats([r["rss_mb"] for r in builds]), yardstick="FTS5 peer",
                             yard_stats=Stats([r["rss_mb"] for r in peer]),
                             target=Target(f"≤ {limit:.0f} MB", limit=limit)))
            self.add(Row("7", "peak RSS: Site.load only", label, "MB", Stats([r["rss_mb"] for r in load])))

    # ------------------------------------------------------------------ figure 8
    def bench_render(self, corpora: list[Corpus]) -> None:
        from reader.content import Site
        from reader.render import render_page

        c = next((c for c in corpora if c.name == "real"), None)
        if c is None:
            return
        log("[real] render times")
        site = Site.load(c.root)
        pages = sorted(site.pages.values(), key=lambda p: p.path)
        times: dict[str, list[float]] = {p.path: [] for p in pages}
        floor: dict[str, list[float]] = {p.path: [] for p in pages}
        for p in range(self.args.runs + 1):
            for page in pages:
                t = time.perf_counter()
                render_page(site, page)
                elapsed = (time.perf_counter() - t) * 1000
                t = time.perf_counter()
                markdown_floor(page.body)
                elapsed_floor = (time.perf_counter() - t) * 1000
                if p:
                    times[page.path].append(elapsed)
                    floor[page.path].append(elapsed_floor)
        med = {k: Stats(v).median for k, v in times.items()}
        fmed = {k: Stats(v).median for k, v in floor.items()}
        largest = sorted(pages, key=lambda p: (-p.size, p.path))[:10]
        label = f"real ({len(pages)} p.)"
        self.add(Row("8", "render, 10 largest pages (per-page medians)", label, "ms",
                     Stats([med[p.path] for p in largest]), yardstick="Python-Markdown",
                     yard_stats=Stats([fmed[p.path] for p in largest]),
                     extra={"pages": {page_label(p): {"bytes": p.size, "render_ms": med[p.path],
                                               "markdown_ms": fmed[p.path]} for p in largest}}))
        slowest = max(med, key=lambda k: med[k])
        self.add(Row("8", "render, every page (per-page medians)", label, "ms", Stats(list(med.values())),
                     yardstick="Python-Markdown", yard_stats=Stats(list(fmed.values())),
                     target=Target("every page ≤ 50 ms", limit=50.0, stat="max"),
                     extra={"slowest": page_label(site.pages[slowest]), "slowest_ms": med[slowest]}))

    # ------------------------------------------------------------------ figures 1, 2, 6
    def app_unavailable(self) -> str | None:
        app = REPO / "reader" / "ui" / "app.py"
        if not app.is_file():
            return "app not available"
        if "quit-after-first-paint" not in app.read_text(encoding="utf-8"):
            return "app has no --quit-after-first-paint"
        try:
            import PySide6  # noqa: F401
        except ImportError:
            return "PySide6 not installed"
        return None

    def _paint_time(self, argv: list[str]) -> float:
        """Seconds from spawning a process to the `first-paint <epoch>` it prints."""
        return self._paint_times(argv)[0]

    def _paint_times(self, argv: list[str]) -> tuple[float, float]:
        """Seconds from spawning a process to the `first-paint <epoch>` it prints (the app:
        its window painted, the start snapshot when there is one) and to `window-usable
        <epoch>` (the app's real window painted with its first results; else first-paint)."""
        t0 = time.time()
        out = subprocess.run(argv, cwd=REPO, env=self.env, capture_output=True, text=True, timeout=300)
        marks: dict[str, float] = {}
        for line in out.stdout.splitlines():
            name, _, rest = line.partition(" ")
            if name in ("first-paint", "window-usable") and name not in marks:
                marks[name] = float(rest.split()[0]) - t0
        if "first-paint" not in marks:
            raise RuntimeError(f"no first-paint line (exit {out.returncode}): {out.stderr[-800:]}")
        return marks["first-paint"], marks.get("window-usable", marks["first-paint"])

    def _app_argv(self, bundled: Corpus, settings: Path) -> list[str]:
        return [sys.executable, "-m", "reader", "--quit-after-first-paint", "--content", str(bundled.root),
                "--cache-dir", str(bundled.index_cache), "--settings-dir", str(settings)]

    def bench_first_paint_on_x(self, bundled: Corpus, label: str) -> None:
        """Figure 1b: side by side under one X display (Xvfb), interleaved: the window painted
        (from the start snapshot: a second start with the same settings, as every start after
        a user's first), the real window usable, the same start without a snapshot (a new
        settings folder), a bare PySide6 window painted, and Zeal (C++/Qt) mapped."""
        from tests.bench import x11_map

        reason = x11_map.available()
        if reason:
            self.add(Row("1b", "window painted vs Zeal mapped (one X display)", label, "s",
                         None, note=f"n/a ({reason})"))
            return
        log("[app] first paint on one X display, beside Zeal")
        py = sys.executable
        zeal_env = dict(self.env, QTWEBENGINE_DISABLE_SANDBOX="1")  # Chromium refuses root otherwise
        app_s: list[float] = []
        usable_s: list[float] = []
        fresh_s: list[float] = []
        fresh_usable: list[float] = []
        bare_s: list[float] = []
        zeal_s: list[float] = []
        settings = self.work / "settings-x"  # run 0 (not counted) writes the start snapshot
        shutil.rmtree(settings, ignore_errors=True)
        with x11_map.xvfb() as display:
            env = dict(self.env, QT_QPA_PLATFORM="xcb", DISPLAY=display)
            saved, self.env = self.env, env
            try:
                for i in range(self.args.app_runs + 1):
                    a, u = self._paint_times(self._app_argv(bundled, settings))
                    f, fu = self._paint_times(self._app_argv(bundled, self.work / f"settings-x-new-{i}"))
                    b = self._paint_time([py, "-m", "tests.bench.app_probe", "bare-window"])
                    z = x11_map.time_to_map(["zeal"], display, zeal_env)
                    if i:
                        app_s.append(a)
                        usable_s.append(u)
                        fresh_s.append(f)
                        fresh_usable.append(fu)
                        bare_s.append(b)
                        zeal_s.append(z)
            finally:
                self.env = saved
        self.add(Row("1b", "window painted (start snapshot) vs Zeal mapped (one X display)", label, "s",
                     Stats(app_s), yardstick="Zeal (C++/Qt), window mapped", yard_stats=Stats(zeal_s),
                     target=Target("≤ 1.0× Zeal", ratio_limit=1.0)))
        self.add(Row("1b", "window painted (start snapshot) vs bare PySide6 window (one X display)", label, "s",
                     Stats(app_s), yardstick="bare QMainWindow", yard_stats=Stats(bare_s),
                     target=Target("≤ 1.6× bare window", ratio_limit=1.6)))
        self.add(Row("1b", "window usable (real widgets painted, first results) (one X display)", label, "s",
                     Stats(usable_s), yardstick="bare QMainWindow", yard_stats=Stats(bare_s)))
        self.add(Row("1b", "no start snapshot (new settings folder): first results painted (one X display)",
                     label, "s", Stats(fresh_s), yardstick="bare QMainWindow", yard_stats=Stats(bare_s)))
        self.add(Row("1b", "no start snapshot (new settings folder): whole window painted (one X display)",
                     label, "s", Stats(fresh_usable), yardstick="bare QMainWindow", yard_stats=Stats(bare_s)))

    def bench_app(self, corpora: list[Corpus]) -> None:
        reason = self.app_unavailable()
        bundled = next((c for c in corpora if c.name == "bundled"), None)
        real = next((c for c in corpora if c.name == "real"), None)
        if reason:
            for fig, name in (("1", "cold start → window painted"),
                              ("2", "first start: window usable"), ("2", "first start: index done"),
                              ("6", "keystroke → painted p95")):
                self.add(Row(fig, name, "bundled" if fig != "6" else "real", "s", None, note=f"n/a ({reason})"))
            return
        py = sys.executable
        bare = [py, "-m", "tests.bench.app_probe", "bare-window"]
        if bundled is not None and (self.wanted("1") or self.wanted("2")):
            assert bundled.root is not None and bundled.work is not None
            label = f"bundled ({bundled.pages} p.)"
            if self.wanted("1"):
                log("[app] cold start")
                app_s: list[float] = []
                usable_s: list[float] = []
                fresh_s: list[float] = []
                fresh_usable: list[float] = []
                bare_s: list[float] = []
                enums_s: list[float] = []
                settings = self.work / "settings-cold"  # run 0 (not counted) writes the start snapshot
                shutil.rmtree(settings, ignore_errors=True)
                for i in range(self.args.app_runs + 1):
                    a, u = self._paint_times(self._app_argv(bundled, settings))
                    f, fu = self._paint_times(self._app_argv(bundled, self.work / f"settings-cold-new-{i}"))
                    b = self._paint_time(bare)
                    e = self._paint_time([py, "-m", "tests.bench.app_probe", "bare-window-enums"])
                    if i:
                        app_s.append(a)
                        usable_s.append(u)
                        fresh_s.append(f)
                        fresh_usable.append(fu)
                        bare_s.append(b)
                        enums_s.append(e)
                self.add(Row("1", "cold start → window painted (start snapshot; warm index)", label, "s",
                             Stats(app_s), yardstick="bare QMainWindow", yard_stats=Stats(bare_s),
                             target=Target("≤ 1.5× bare window", ratio_limit=1.5)))
                self.add(Row("1", "cold start → window usable (real widgets, first results painted)", label, "s",
                             Stats(usable_s), yardstick="bare QMainWindow", yard_stats=Stats(bare_s)))
                self.add(Row("1", "cold start without start snapshot → first results painted", label, "s",
                             Stats(fresh_s), yardstick="bare QMainWindow", yard_stats=Stats(bare_s)))
                self.add(Row("1", "cold start without start snapshot → whole window painted", label, "s",
                             Stats(fresh_usable), yardstick="bare QMainWindow", yard_stats=Stats(bare_s)))
                self.add(Row("1", "bare QMainWindow after touching Qt and QStyle (the binding's own cost)",
                             "none", "s", Stats(enums_s), yardstick="bare QMainWindow", yard_stats=Stats(bare_s)))
                self.bench_first_paint_on_x(bundled, label)
            if self.wanted("2"):
                log("[app] first start without an index")
                usable: list[float] = []
                done: list[float] = []
                bare_s = []
                stall: list[float] = []
                stall_stacks: list = []
                visible = True
                for i in range(self.args.first_runs + 1):
                    cache = self.work / f"first-cache-{i}"
                    t0 = time.time()
                    res = self.subprocess_json(
                        [py, "-m", "tests.bench.app_probe", "first-start", "--content", str(bundled.root),
                         "--cache", str(cache), "--settings", str(self.work / f"settings-first-{i}")],
                        timeout=600, prefix="PROBE ")
                    b = self._paint_time(bare)
                    shutil.rmtree(cache, ignore_errors=True)
                    if i and res.get("usable") and res.get("index_done"):
                        usable.append(res["usable"] - t0)
                        done.append(res["index_done"] - t0)
                        bare_s.append(b)
                        stall.append(res.get("gui_lateness_max_ms") or 0.0)
                        stall_stacks += res.get("stalls", [])[:1]
                        visible = visible and bool(res.get("progress_visible"))
                self.add(Row("2", "first start (no index): window usable", label, "s", Stats(usable),
                             yardstick="bare QMainWindow", yard_stats=Stats(bare_s),
                             target=Target("≤ 1.5× bare window, progress visible", ratio_limit=1.5),
                             note="" if visible else "index progress NOT shown"))
                if not visible and self.rows[-1].target is not None:
                    self.rows[-1].target.met = False
                self.add(Row("2", "first start (no index): index done", label, "s", Stats(done),
                             extra={"progress_visible": visible}))
                self.add(Row("2", "GUI thread: longest stall while indexing", label, "ms", Stats(stall),
                             target=Target("≤ 100 ms (usable throughout; our threshold)", limit=100.0,
                                           stat="max"),
                             extra={"stacks_at_longest_stall": stall_stacks}))
        if real is not None and self.wanted("6"):
            assert real.root is not None and real.work is not None
            from reader.content import Site
            from reader.search import SearchEngine

            # a freshly built index, and the one the update figure left (several segments)
            fresh = real.work / "typing-fresh"
            SearchEngine(Site.load(real.root), cache_dir=fresh).ensure_index()
            states = [("fresh index", fresh)]
            if real.index_cache is not None and real.updates:
                states.append((f"index after {real.updates} one-file updates", real.index_cache))
            peer: list[float] = []
            for label, cache in states:
                log(f"[app] keystroke → painted, {label}")
                samples: list[float] = []
                timeouts = 0
                for i in range(self.args.typing_runs):
                    res = self.subprocess_json(
                        [py, "-m", "tests.bench.app_probe", "typing", "--content", str(real.root), "--cache",
                         str(cache), "--settings", str(self.work / f"settings-typing-{len(peer)}-{i}")],
                        timeout=900, prefix="PROBE ")
                    samples += res["keystrokes_ms"]
                    timeouts += res.get("timeouts", 0)
                    res = self.subprocess_json([py, "-m", "tests.bench.app_probe", "bare-typing", "--content",
                                                str(real.root)], timeout=600, prefix="PROBE ")
                    peer += res["keystrokes_ms"]
                self.add(Row("6", f"keystroke → results painted, {label}", f"real ({real.pages} p.)", "ms",
                             Stats(samples) if samples else None, stat="p95",
                             yardstick="Qt + FTS5", yard_stats=Stats(peer) if peer else None,
                             target=Target("p95 ≤ 60 ms", limit=60.0, stat="p95"),
                             note=f"{timeouts} keystrokes timed out" if timeouts else "",
                             extra={"p50": percentile(samples, 50) if samples else None,
                                    "peer_p50": percentile(peer, 50) if peer else None}))

    # ------------------------------------------------------------------ main
    def run(self) -> int:
        started = time.time()
        machine = machine_info()
        log(f"machine: {machine['cpu']}, {machine['cores']} cores ({machine['cores_usable']} usable), "
            f"scratch {self.work}")
        corpora = self.corpora()
        # global warm-up: imports, stemmer, disk cache (not measured)
        from reader.content import Site
        from reader.search import SearchEngine

        bundled = next((c for c in corpora if c.name == "bundled"), corpora[0])
        warm = SearchEngine(Site.load(bundled.root), cache_dir=self.work / "warmup")
        warm.ensure_index()
        warm.close()
        shutil.rmtree(self.work / "warmup", ignore_errors=True)

        order = ["1", "2", "6"]
        for c in corpora:
            self.guarded("3", "corpus figures", c.name, lambda c=c: self.bench_corpus(c))
        if self.wanted("7"):
            self.guarded("7", "peak RSS", "real", lambda: self.bench_rss(corpora))
        if self.wanted("8"):
            self.guarded("8", "render", "real", lambda: self.bench_render(corpora))
        if any(self.wanted(f) for f in order):
            self.guarded("1", "app", "bundled", lambda: self.bench_app(corpora))
        for c in corpora:
            self.notes += [f"{c.name}: {n}" for n in c.notes]

        rows = sorted(self.rows, key=lambda r: (r.fig, 0))
        elapsed = time.time() - started
        config = {"sizes": self.args.sizes, "with_30k": self.args.with_30k, "runs": self.args.runs,
                  "query_passes": self.args.query_passes, "seed": self.args.seed,
                  "corpora": {c.name: {"pages": c.pages, "source": str(c.src)} for c in corpora},
                  "elapsed_s": round(elapsed, 1), "command": " ".join(sys.argv)}
        print()
        print(f"Algoritmekader Reader benchmarks — {machine['date']}")
        print(f"{machine['cpu']}, {machine['cores']} cores, {machine['memory_mb']} MB, {machine['os']}, "
              f"Python {machine['versions']['python']}, Whoosh {machine['versions']['whoosh']}, "
              f"SQLite {machine['versions']['sqlite']}, PySide6 {machine['versions']['PySide6']}")
        print(format_table(rows))
        missed = [r for r in rows if r.target and r.target.met is False]
        print(f"\n{sum(1 for r in rows if r.target and r.target.met)} targets met, {len(missed)} not met; "
              f"suite took {elapsed / 60:.1f} min")
        for n in self.notes:
            print(f"note: {n}")
        out = self.args.out or RESULTS / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
        write_json(out, machine, config, rows, self.notes)
        if self.args.out is None:
            shutil.copyfile(out, RESULTS / "latest.json")
        md = out.with_suffix(".md")
        md.write_text(f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['os']}; "
                      f"{machine['date']}\n\n{markdown_table(rows)}\n", encoding="utf-8")
        if self.args.out is None:
            shutil.copyfile(md, RESULTS / "latest.md")
        print(f"results: {out}")
        if not self.args.keep:
            shutil.rmtree(self.work, ignore_errors=True)
        return 0


def _sizes(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()] if text.strip() else []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=_sizes, default=[300, 3000], help="generated corpus sizes (default 300,3000)")
    ap.add_argument("--with-30k", action="store_true", help="also the 30,000-page corpus (slow: its build)")
    ap.add_argument("--out", type=Path, help="JSON results file")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per figure after the warm-up")
    ap.add_argument("--query-passes", type=int, default=3, help="passes over the query set after a warm-up pass")
    ap.add_argument("--update-runs", type=int, default=5)
    ap.add_argument("--rss-runs", type=int, default=2)
    ap.add_argument("--app-runs", type=int, default=5)
    ap.add_argument("--first-runs", type=int, default=3)
    ap.add_argument("--typing-runs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=corpus_gen.DEFAULT_SEED)
    ap.add_argument("--only", type=lambda s: set(s.split(",")), default=set(),
                    help="only these figure numbers, e.g. 3,5 (3 is always set up)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = ap.parse_args(argv)
    return Suite(args).run()


if __name__ == "__main__":
    sys.exit(main())
