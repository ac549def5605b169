"""Search quality on the graded query sets: the shared dev set and our own holdout set.

    .venv/bin/python -m tests.bench.quality [-v] [--set dev|holdout|both] [--engine reader|grep] [--save FILE]

Scores the search in-process over the official corpus (`../shared/corpora/algoritmekader/docs`)
with the metrics of `../shared/eval/score.py` (imported from there, so the figures are the
scorer's own): nDCG@10 (gain 2^grade - 1), Recall@10 and MRR@10, per kind of query and
overall. The dev set is `../shared/eval/queries-dev.json`; the holdout set is
`tests/eval/queries-holdout.json` (see `tests/eval/README.md`: judged by reading the pages,
never used for tuning). `-v` prints one line per query with its top three.

The holdout set grew in seven parts (`"part"` of a query: 1, the first 68, written before any
work on issue 16; 2, written later, before the second round of tuning; 3 to 7, each written
after the tuning rounds before it by someone who did not look at the search's code or results,
graded 0-3; part 3 has since been read for the sixth round, part 4 for the seventh and part 5
for the eighth, parts 6 and 7 not): each part is scored on its own as well, so a figure on
queries written after the tuning they measure stays apart. nDCG is normalised per query, so the
finer scale of parts 3 to 7 mixes with the others.

`--engine grep` scores a plain grep instead (the yardstick of the README's Zoekkwaliteit
table): every Markdown file containing any of the query's words (case-insensitive,
substrings, like `grep -il`), ranked by how many of the words it contains, then by how often.
The official site's own search (lunr) has no local model in this repository, so it is scored
on the dev set only (the figure `../shared/eval/README.md` gives).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("AK_READER_SHARED") or REPO.parent / "shared").expanduser().resolve()
CORPUS = SHARED / "corpora" / "algoritmekader" / "docs"
EVAL_DIR = SHARED / "eval"
HOLDOUT = REPO / "tests" / "eval" / "queries-holdout.json"
METRICS = ("nDCG@10", "Recall@10", "MRR@10")


def query_sets() -> dict[str, Path]:
    """The graded query sets by name (the dev set only where ../shared is present)."""
    return {"dev": EVAL_DIR / "queries-dev.json", "holdout": HOLDOUT}


def load_scorer() -> ModuleType:
    """`../shared/eval/score.py` as a module (its `metrics` and `norm`)."""
    spec = importlib.util.spec_from_file_location("ak_score", EVAL_DIR / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(EVAL_DIR / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: Short page keys of the holdout set: "m:" a maatregel, "v:" a vereiste, "h:" a hulpmiddel,
#: followed by the file name or its first parts ("v:avg-10", "m:6-imp-05", "h:DPIA"); other
#: keys are paths. (Full paths would repeat the corpus's link text word for word, which the
#: originality check of the repository refuses.)
SHORT_FOLDERS = {"m": "maatregelen", "v": "vereisten", "h": "hulpmiddelen"}


def resolve(key: str, docs: Path = CORPUS) -> str:
    """The page path (relative to docs/, no .md) a holdout key names."""
    prefix, sep, stem = key.partition(":")
    if not sep or prefix not in SHORT_FOLDERS:
        return key
    folder = f"voldoen-aan-wetten-en-regels/{SHORT_FOLDERS[prefix]}"
    found = sorted(f.stem for f in (docs / folder).glob("*.md") if f.stem == stem or f.stem.startswith(stem + "-"))
    if len(found) != 1:
        raise KeyError(f"{key!r} names {len(found)} pages")
    return f"{folder}/{found[0]}"


def score_set(path: Path, search: Callable[[str], list[str]], scorer: ModuleType,
              verbose: bool = False, part: int | None = None) -> dict[str, dict[str, float]]:
    """Mean metrics per kind (and "overall") of one query set (only the queries of `part`,
    when given); `search` gives ranked paths."""
    queries = json.loads(path.read_text(encoding="utf-8"))["queries"]
    if part is not None:
        queries = [q for q in queries if q.get("part", 1) == part]
    per_kind: dict[str, list[dict[str, float]]] = {}
    for q in queries:
        rel = {scorer.norm(resolve(p)): g for p, g in q["rel"].items()}
        ranked = search(q["q"])[:10]
        m = scorer.metrics(ranked, rel)
        per_kind.setdefault(q.get("kind", "-"), []).append(m)
        per_kind.setdefault("overall", []).append(m)
        if verbose:
            top = ", ".join(f"{p.rsplit('/', 1)[-1]}({rel.get(p, 0)})" for p in ranked[:3])
            print(f"{m['nDCG@10']:.3f} {m['Recall@10']:.2f} {m['MRR@10']:.2f}  {q['q']!r} -> {top}")
    return {kind: {"n": float(len(rows)), **{k: sum(r[k] for r in rows) / len(rows) for k in METRICS}}
            for kind, rows in per_kind.items()}


def format_scores(name: str, scores: dict[str, dict[str, float]]) -> str:
    lines = [f"{name}", f"{'kind':<14}{'n':>4}" + "".join(f"{k:>11}" for k in METRICS)]
    kinds = [*sorted(k for k in scores if k != "overall"), "overall"]
    for kind in kinds:
        row = scores[kind]
        lines.append(f"{kind:<14}{int(row['n']):>4}" + "".join(f"{row[k]:>11.3f}" for k in METRICS))
    return "\n".join(lines)


def engine_search(corpus: Path, cache: Path) -> tuple[Callable[[str], list[str]], Callable[[], None]]:
    """A search function over the corpus (ranked paths of the first 10 hits) and its closer."""
    from reader.content import Site
    from reader.search import Query, SearchEngine

    engine = SearchEngine(Site.load(corpus), cache)
    engine.ensure_index()

    def search(text: str) -> list[str]:
        return [h.path for h in engine.search(Query.make(text, limit=10, snippets=0)).hits]

    return search, engine.close


WORD = re.compile(r"\w+")


def grep_search(corpus: Path) -> tuple[Callable[[str], list[str]], Callable[[], None]]:
    """A plain grep over the corpus's Markdown files (see the module's doc)."""
    files = [(str(f.relative_to(corpus).with_suffix("")).replace(os.sep, "/"), f.read_text(encoding="utf-8").lower())
             for f in sorted(corpus.rglob("*.md"))]

    def search(text: str) -> list[str]:
        query_words = list(dict.fromkeys(WORD.findall(text.lower())))
        found = []
        for path, body in files:
            counts = [body.count(w) for w in query_words]
            if any(counts):
                found.append((-sum(1 for c in counts if c), -sum(counts), path))
        found.sort()
        return [path for _d, _n, path in found[:10]]

    return search, lambda: None


def reference_index_ms(corpus: Path, repeat: int = 3) -> float:
    """The least time (ms) of building the reference index (`understanding.Citations`) of the
    corpus, over `repeat` builds."""
    import time

    from reader.content import Site
    from reader.search.understanding import Citations

    site = Site.load(corpus)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        Citations(site)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def parts(path: Path) -> list[int]:
    """The parts a query set has (see the module's doc): [] when it has one."""
    found = sorted({q.get("part", 1) for q in json.loads(path.read_text(encoding="utf-8"))["queries"]})
    return found if len(found) > 1 else []


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per query")
    ap.add_argument("--set", choices=("dev", "holdout", "both"), default="both")
    ap.add_argument("--engine", choices=("reader", "grep"), default="reader",
                    help="the search to score: ours, or a plain grep (the yardstick)")
    ap.add_argument("--save", type=Path, help="write the figures as JSON here")
    args = ap.parse_args(argv)
    if not (CORPUS / "index.md").is_file() or not (EVAL_DIR / "score.py").is_file():
        print(f"the corpus or the scorer is missing under {SHARED}", file=sys.stderr)
        return 2
    scorer = load_scorer()
    figures: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="ak-quality-") as tmp:
        search, close = engine_search(CORPUS, Path(tmp)) if args.engine == "reader" else grep_search(CORPUS)
        try:
            for name, path in query_sets().items():
                if args.set not in ("both", name) or not path.is_file():
                    continue
                figures[name] = score_set(path, search, scorer, args.verbose)
                print(format_scores(f"\n{name} set ({path.name}, {args.engine})", figures[name]))
                for part in parts(path):
                    key = f"{name} part {part}"
                    figures[key] = score_set(path, search, scorer, part=part)
                    print(format_scores(f"\n{key} ({args.engine})", figures[key]))
        finally:
            close()
    if args.engine == "reader":
        print(f"\nreference index (pages -> the legal references they cite; built on the first query "
              f"naming one, or by SearchEngine.warm): {reference_index_ms(CORPUS):.0f} ms")
    for name, scores in figures.items():
        print(f"{name} overall nDCG@10={scores['overall']['nDCG@10']:.3f} "
              f"Recall@10={scores['overall']['Recall@10']:.3f} MRR@10={scores['overall']['MRR@10']:.3f}")
    if args.save:
        args.save.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
