"""Where the time goes: profiles and what-if prototypes behind the benchmark's findings.

    .venv/bin/python -m tests.bench.profile build   [--corpus real|bundled|DIR]
    .venv/bin/python -m tests.bench.profile query   [--corpus ...] [--limit 10]
    .venv/bin/python -m tests.bench.profile update  [--corpus ...]
    .venv/bin/python -m tests.bench.profile startup
    .venv/bin/python -m tests.bench.profile prototypes [--corpus ...] [--parts build,query]
    .venv/bin/python -m tests.bench.profile app-typing

`build`, `query` and `update` print cProfile's top functions (cumulative and own time) for
one figure. `startup` prints the slowest imports (`-X importtime`) and a profile of the
app's start-up up to the first painted results. `prototypes` measures candidate
optimisations of the core by monkeypatching it inside this process (nothing in `reader/`
is edited) and prints before / after for each. Works on a scratch copy of the content.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.bench import corpus_gen, queries
from tests.bench.harness import BUNDLED, REAL, REPO, copy_content


def _root(name: str, scratch: Path) -> Path:
    if name == "real":
        src = REAL
    elif name == "bundled":
        src = BUNDLED
    elif name.isdigit():
        src = corpus_gen.generate(int(name))
    else:
        src = Path(name)
    return copy_content(src, scratch / "content")


def _print_profile(pr: cProfile.Profile, n: int = 25) -> None:
    for key in ("cumulative", "tottime"):
        s = io.StringIO()
        st = pstats.Stats(pr, stream=s)
        st.sort_stats(key).print_stats(n)
        text = s.getvalue().replace(str(REPO) + "/", "").replace(sys.prefix + "/lib/python3.11/site-packages/", "")
        print(text[text.find("   ncalls"):])


def _best_ms(fn: Callable[[], object], runs: int = 5, warmup: int = 1) -> float:
    """The fastest of `runs` timings: the machine is shared, noise only ever adds time."""
    out = []
    for i in range(warmup + runs):
        gc.collect()
        t = time.perf_counter()
        fn()
        if i >= warmup:
            out.append((time.perf_counter() - t) * 1000)
    return min(out)


def _query_set_ms(engine, limit: int = 10, passes: int = 2) -> dict[str, float]:
    """p95 per query category (ms) over the benchmark's query set."""
    from tests.bench.harness import percentile

    per: dict[str, list[float]] = {}
    for p in range(passes + 1):
        for cat, text, filters in queries.cases():
            q = queries.engine_query(text, filters, limit=limit)
            t = time.perf_counter()
            engine.search(q)
            if p:
                per.setdefault(cat, []).append((time.perf_counter() - t) * 1000)
    return {cat: percentile(v, 95) for cat, v in per.items()}


# ---------------------------------------------------------------------- profiles
def profile_build(root: Path, scratch: Path) -> None:
    from reader.content import Site
    from reader.search import SearchEngine

    site = Site.load(root)
    SearchEngine(site, cache_dir=scratch / "warm").ensure_index()  # warm-up
    engine = SearchEngine(site, cache_dir=scratch / "idx")
    pr = cProfile.Profile()
    t = time.perf_counter()
    pr.enable()
    engine.ensure_index()
    pr.disable()
    print(f"full build of {len(site.pages)} pages: {time.perf_counter() - t:.2f} s under the profiler")
    _print_profile(pr)


def profile_query(root: Path, scratch: Path, limit: int) -> None:
    from reader.content import Site
    from reader.search import SearchEngine

    site = Site.load(root)
    engine = SearchEngine(site, cache_dir=scratch / "idx")
    engine.ensure_index()
    _query_set_ms(engine, limit, passes=0)
    pr = cProfile.Profile()
    pr.enable()
    for _cat, text, filters in queries.cases():
        engine.search(queries.engine_query(text, filters, limit=limit))
    pr.disable()
    _print_profile(pr)


def profile_update(root: Path, scratch: Path) -> None:
    from reader.content import Kind, Site
    from reader.search import SearchEngine

    site = Site.load(root)
    engine = SearchEngine(site, cache_dir=scratch / "idx")
    engine.ensure_index()
    page = next(p for p in sorted(site.pages.values(), key=lambda p: p.path) if p.kind is Kind.MAATREGEL)
    path = root / page.file
    path.write_bytes(path.read_bytes() + b"\n\nprofielwijziging\n")
    pr = cProfile.Profile()
    pr.enable()
    site2 = Site.load(root)
    engine.refresh(site2)
    engine.search(queries.engine_query("profielwijziging", {}))
    pr.disable()
    _print_profile(pr)


def profile_startup(scratch: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AK_READER_LOG_DIR=str(scratch / "logs"),
               PYTHONPYCACHEPREFIX=str(corpus_gen.cache_root() / "pycache"))  # as run.py measures
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    content = copy_content(BUNDLED, scratch / "bundled")
    cache = scratch / "cache"
    from reader.content import Site
    from reader.search import SearchEngine

    SearchEngine(Site.load(content), cache_dir=cache).ensure_index()
    args = ["-m", "reader", "--quit-after-first-paint", "--content", str(content), "--cache-dir", str(cache),
            "--settings-dir", str(scratch / "settings")]
    out = subprocess.run([sys.executable, "-X", "importtime", *args], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=120)
    rows = []
    for line in out.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            parts = line[len("import time:"):].split("|")
            try:
                rows.append((int(parts[1]), parts[2].rstrip()))
            except ValueError:
                continue
    top = [r for r in rows if not r[1].startswith("    ")]
    print("slowest top-level imports (cumulative µs):")
    for us, name in sorted(top, reverse=True)[:15]:
        print(f"  {us / 1000:8.1f} ms  {name.strip()}")
    prof = scratch / "startup.prof"
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(prof), *args], cwd=REPO, env=env,
                   capture_output=True, timeout=120)
    st = pstats.Stats(str(prof))
    s = io.StringIO()
    st.stream = s
    st.sort_stats("cumulative").print_stats(40)
    text = s.getvalue().replace(str(REPO) + "/", "").replace(sys.prefix + "/lib/python3.11/site-packages/", "")
    print(text[text.find("   ncalls"):])


# ---------------------------------------------------------------------- prototypes
@contextmanager
def patched(obj: object, name: str, value: object) -> Iterator[None]:
    old = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield
    finally:
        setattr(obj, name, old)


def prototypes(root: Path, scratch: Path, parts: str = "build,query") -> None:
    """Before / after for candidate optimisations, each applied alone by monkeypatching."""
    from reader.content import Site

    site = Site.load(root)
    n = len(site.pages)
    print(f"corpus: {root} ({n} pages)\n")

    if "build" in parts:
        build_prototypes(site, scratch)
    if "query" in parts:
        query_prototypes(site, scratch)


def build_prototypes(site, scratch: Path) -> None:
    from reader.search import SearchEngine, backend
    from reader.search import engine as engine_mod
    from reader.search import index as index_mod

    def build_ms() -> float:
        d = Path(tempfile.mkdtemp(dir=scratch))

        def once() -> None:
            shutil.rmtree(d, ignore_errors=True)
            SearchEngine(site, cache_dir=d).ensure_index()

        return _best_ms(once, runs=5)

    # -- build: where does it go? analysis (documents) vs Whoosh (add + commit)
    mgr = SearchEngine(site, cache_dir=scratch / "split").index
    mgr.ensure()
    pages = mgr.site.sorted_pages()  # (documents below: each text split anew, as updates do)
    docs_ms = _best_ms(lambda: [mgr.document(p) for p in pages], runs=5)
    docs = [mgr.document(p) for p in pages]

    def whoosh_only() -> None:
        store = backend.open_store(Path(tempfile.mkdtemp(dir=scratch)))
        store.create()
        store.write(iter(docs))
        store.close()

    whoosh_ms = _best_ms(whoosh_only, runs=5)
    base_build = build_ms()
    print(f"build, baseline: {base_build:.0f} ms = documents (analysis, plain text) {docs_ms:.0f} ms "
          f"+ Whoosh add + commit {whoosh_ms:.0f} ms + vocabulary and the rest")

    # B1: tokenise each text once (words() memoised for the length of the build)
    import reader.search.analysis as analysis

    memo: dict[str, list] = {}
    orig_words = analysis.words

    def words_once(text: str):
        got = memo.get(text)
        if got is None:
            got = list(orig_words(text))
            if len(text) > 200:
                memo[text] = got
        return iter(got)

    targets = [m for m in (analysis, index_mod, engine_mod) if getattr(m, "words", None) is orig_words]
    page_text_memo: dict[str, str] = {}
    orig_page_text = index_mod.page_text

    def page_text_once(page):
        got = page_text_memo.get(page.path)
        if got is None:
            got = page_text_memo[page.path] = orig_page_text(page)
        return got

    with _all_patched([(m, "words", words_once) for m in targets] + [(index_mod, "page_text", page_text_once)]):
        memo.clear()
        page_text_memo.clear()
        b1 = build_ms()
    print(f"B1 each page's plain text and tokens computed once per build (not 2-3×): "
          f"{base_build:.0f} -> {b1:.0f} ms")

    # B4: no `exact` field in Whoosh (its lexicon kept beside the index instead); the build
    # side only: what Whoosh costs without the field's 7.5k terms and 45k postings
    orig_schema = backend.make_schema
    orig_document = index_mod.IndexManager.document

    def document_no_exact(self, page, *args, **kwargs):
        doc = orig_document(self, page, *args, **kwargs)
        doc.pop("exact", None)
        return doc

    def schema_no_exact():
        s = orig_schema()
        s.remove("exact")
        return s

    with _all_patched([(backend, "make_schema", schema_no_exact),
                       (index_mod.IndexManager, "document", document_no_exact)]):
        b4 = build_ms()
    with _all_patched([(backend, "make_schema", schema_no_exact),
                       (index_mod.IndexManager, "document", document_no_exact),
                       (index_mod, "page_text", page_text_once),
                       *[(m, "words", words_once) for m in targets]]):
        memo.clear()
        page_text_memo.clear()
        b14 = build_ms()
    print(f"B4 no `exact` field in Whoosh: {base_build:.0f} -> {b4:.0f} ms; B1+B4: {b14:.0f} ms")

    # B5: the plain text not stored in Whoosh (snippets can cut it from the loaded Site)
    def document_no_text(self, page, *args, **kwargs):
        doc = orig_document(self, page, *args, **kwargs)
        doc.pop("text", None)
        return doc

    with patched(index_mod.IndexManager, "document", document_no_text):
        b5 = build_ms()
    print(f"B5 plain text not stored in Whoosh: {base_build:.0f} -> {b5:.0f} ms\n")


def query_prototypes(site, scratch: Path) -> None:
    import reader.search.analysis as analysis
    from reader.search import SearchEngine, backend
    from reader.search import engine as engine_mod

    orig_words = analysis.words
    engine = SearchEngine(site, cache_dir=scratch / "q")
    engine.ensure_index()
    base10 = _query_set_ms(engine, 10)
    base100 = _query_set_ms(engine, 100)
    snippet_ms = [0.0]
    orig_snippet = engine_mod.make_snippet

    def timed_snippet(*a, **k):
        t = time.perf_counter()
        try:
            return orig_snippet(*a, **k)
        finally:
            snippet_ms[0] += (time.perf_counter() - t) * 1000

    with patched(engine_mod, "make_snippet", timed_snippet):
        t = time.perf_counter()
        for _cat, text, filters in queries.cases():
            engine.search(queries.engine_query(text, filters, limit=10))
        total = (time.perf_counter() - t) * 1000
    print(f"queries, baseline p95 (limit 10): {_fmt(base10)}")
    print(f"queries, baseline p95 (limit 100, as the window asks): {_fmt(base100)}")
    print(f"  snippets take {snippet_ms[0] / total:.0%} of query time at limit 10")

    # Q1: snippet tokenisation cached per page text (successive keystrokes hit the same pages)
    import importlib

    snippets_mod = importlib.import_module("reader.search.snippets") \
        if importlib.util.find_spec("reader.search.snippets") else engine_mod
    snippet_memo: dict[str, list] = {}

    def snippet_words(text: str):
        got = snippet_memo.get(text)
        if got is None:
            got = snippet_memo[text] = list(orig_words(text))
        return iter(got)

    q1_patch = [(snippets_mod, "words", snippet_words)] if getattr(snippets_mod, "words", None) is orig_words else []
    if not q1_patch:
        print("Q1 snippet tokens cached per page: already in the core")
    else:
        with _all_patched(q1_patch):
            _query_set_ms(engine, 100, passes=0)
            q1 = _query_set_ms(engine, 10)
            q1_100 = _query_set_ms(engine, 100)
        print(f"Q1 snippet tokens cached per page: limit 10 {_fmt(q1)}; limit 100 {_fmt(q1_100)}")

    # Q2: snippets only for the hits on screen: what the other 90 cost at limit 100
    def no_snippet(text, *a, **k):
        return "", ()

    with patched(engine_mod, "make_snippet", no_snippet):
        q2 = _query_set_ms(engine, 100)
    print(f"Q2 no snippets at all (upper bound of lazy snippets), limit 100: {_fmt(q2)}")

    # Q3: the title's words computed once per page, not once per ranked hit and query
    import functools

    q3_patch = [(engine_mod, "_title_words", functools.lru_cache(maxsize=None)(engine_mod._title_words))] \
        if hasattr(engine_mod, "_title_words") else []
    with _all_patched(q3_patch):
        q3 = _query_set_ms(engine, 10)
    print(f"Q3 title words cached per page: limit 10 {_fmt(q3)}")

    # Q4: score and rerank the best K of Whoosh's ranking, not every match
    def top10() -> list[list[str]]:
        return [[h.path for h in engine.search(queries.engine_query(t, f)).hits] for _c, t, f in queries.cases()]

    before = top10()
    orig_search = backend.Searcher.search
    for k in (300,):
        def search_k(self, groups, *, allowed=None, limit=None, _k=k):
            return orig_search(self, groups, allowed=allowed, limit=_k if limit is None else limit)

        with patched(backend.Searcher, "search", search_k):
            q4 = _query_set_ms(engine, 10)
            after = top10()
        same = sum(a == b for a, b in zip(before, after, strict=True))
        print(f"Q4 rank only Whoosh's best {k} (then rerank): limit 10 {_fmt(q4)}; "
              f"top 10 unchanged for {same}/{len(before)} queries (total count must then come from the match set)")
        with _all_patched(q3_patch + q1_patch + [(backend.Searcher, "search", search_k)]):
            q134 = _query_set_ms(engine, 10)
            q134_100 = _query_set_ms(engine, 100)
        print(f"Q1+Q3+Q4 together: limit 10 {_fmt(q134)}; limit 100 {_fmt(q134_100)}")

    # Q5: no phrase matching over the body (Whoosh checks positions in every page that has
    # all the words); the bonus could be computed for the top hits only
    from whoosh import query as wq

    orig_to_whoosh = backend._to_whoosh

    def no_body_phrases(clause):
        if len(clause.terms) > 1 and clause.field == "body":
            return wq.NullQuery
        return orig_to_whoosh(clause)

    with patched(backend, "_to_whoosh", no_body_phrases):
        q5 = _query_set_ms(engine, 10)
        after = top10()
    same = sum(a == b for a, b in zip(before, after, strict=True))
    print(f"Q5 body phrases not matched by Whoosh (upper bound): limit 10 {_fmt(q5)}; "
          f"top 10 unchanged for {same}/{len(before)} queries")
    engine.close()


def app_typing(scratch: Path) -> None:
    """Keystroke -> painted in the window on the real corpus: fresh index, after ten
    one-file updates, and with prototype fixes (see `app_probe.apply_prototypes`)."""
    from reader.content import Site
    from reader.search import SearchEngine
    from tests.bench.harness import percentile

    root = copy_content(REAL, scratch / "real")
    cache = scratch / "cache"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AK_READER_LOG_DIR=str(scratch / "logs"),
               PYTHONPATH=str(REPO), PYTHONPYCACHEPREFIX=str(corpus_gen.cache_root() / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def typing(label: str, prototype: str = "") -> None:
        argv = [sys.executable, "-m", "tests.bench.app_probe", "typing", "--content", str(root), "--cache",
                str(cache), "--settings", tempfile.mkdtemp(dir=scratch)]
        if prototype:
            argv += ["--prototype", prototype]
        out = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True, timeout=900)
        line = next(x for x in reversed(out.stdout.splitlines()) if x.startswith("PROBE "))
        ks = json.loads(line[6:])["keystrokes_ms"]
        print(f"{label:58s} p50 {percentile(ks, 50):5.0f} ms  p95 {percentile(ks, 95):5.0f} ms")

    engine = SearchEngine(Site.load(root), cache_dir=cache)
    engine.ensure_index()
    typing("fresh index")
    typing("fresh index + searcher kept per thread id", "searcher")
    page = sorted(root.glob("voldoen-aan-wetten-en-regels/maatregelen/*.md"))[50]
    original = page.read_bytes()
    for i in range(10):
        page.write_bytes(original + f"\nwijziging {i}\n".encode())
        st = page.stat()
        os.utime(page, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000 * (i + 1)))
        engine.refresh(Site.load(root))
    page.write_bytes(original)
    engine.refresh(Site.load(root))
    engine.close()
    typing("after ten one-file updates (several segments)")
    typing("after updates + searcher kept per thread id", "searcher")
    typing("after updates + searcher per thread id + 30 hits", "searcher,limit30")
    typing("… + title words cached", "searcher,limit30,titles")


def _fmt(d: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.0f}" for k, v in d.items()) + " ms"


@contextmanager
def _all_patched(items: list[tuple[object, str, object]]) -> Iterator[None]:
    olds = [(o, n, getattr(o, n)) for o, n, _v in items]
    for o, n, v in items:
        setattr(o, n, v)
    try:
        yield
    finally:
        for o, n, v in reversed(olds):
            setattr(o, n, v)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["build", "query", "update", "startup", "prototypes", "app-typing"])
    ap.add_argument("--corpus", default="real", help="real, bundled, a generated size (3000) or a folder")
    ap.add_argument("--limit", type=int, default=10)
    ap.add_argument("--parts", default="build,query", help="prototypes: build, query or both")
    args = ap.parse_args(argv)
    base = corpus_gen.cache_root() / "work"
    base.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="profile-", dir=base))
    os.environ.setdefault("AK_READER_CACHE", str(scratch / "user-cache"))
    try:
        if args.what == "startup":
            profile_startup(scratch)
            return 0
        if args.what == "app-typing":
            app_typing(scratch)
            return 0
        root = _root(args.corpus, scratch)
        {"build": lambda: profile_build(root, scratch),
         "query": lambda: profile_query(root, scratch, args.limit),
         "update": lambda: profile_update(root, scratch),
         "prototypes": lambda: prototypes(root, scratch, args.parts)}[args.what]()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
