"""The graded query sets: the dev set's search-quality target, and a sanity floor on our own
holdout set (`tests/eval/queries-holdout.json`, not for tuning: its figures are printed by
`python -m tests.bench.quality`)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from reader.content import Site
from reader.search import Query, SearchEngine
from tests.bench.quality import HOLDOUT, resolve, score_set
from tests.conftest import EVAL_DIR

TARGET_NDCG = 0.89  # the dev set stood at 0.882 before issue 16's query understanding, 0.901 after its third round
HOLDOUT_FLOOR = 0.65  # a sanity floor only (0.497 before issue 16): the set is not tuned against


def load_score_module():
    spec = importlib.util.spec_from_file_location("ak_score", EVAL_DIR / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dev_scores(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    if not (EVAL_DIR / "queries-dev.json").is_file():
        pytest.skip("dev queries not found in ../shared/eval")
    score = load_score_module()
    queries = json.loads((EVAL_DIR / "queries-dev.json").read_text(encoding="utf-8"))["queries"]
    per_kind: dict[str, list[dict]] = {}
    with SearchEngine(Site.load(corpus), tmp_path_factory.mktemp("eval-cache")) as engine:
        engine.ensure_index()
        for q in queries:
            ranked = [h.path for h in engine.search(Query.make(q["q"], limit=10)).hits]
            m = score.metrics(ranked, q["rel"])
            per_kind.setdefault(q["kind"], []).append(m)
            per_kind.setdefault("overall", []).append(m)
    return per_kind


def mean(rows: list[dict], key: str) -> float:
    return sum(r[key] for r in rows) / len(rows)


def test_dev_set_ndcg_meets_the_target(dev_scores: dict[str, list[dict]]) -> None:
    key = next(k for k in dev_scores["overall"][0] if "ndcg" in k.lower())
    overall = mean(dev_scores["overall"], key)
    table = {kind: round(mean(rows, key), 3) for kind, rows in dev_scores.items()}
    print(f"dev nDCG@10 per kind: {table}")
    assert overall >= TARGET_NDCG, table


def test_holdout_set_stays_above_a_sanity_floor(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    if not (EVAL_DIR / "score.py").is_file():
        pytest.skip("the scorer is not found in ../shared/eval")
    score = load_score_module()
    with SearchEngine(Site.load(corpus), tmp_path_factory.mktemp("holdout-cache")) as engine:
        engine.ensure_index()
        figures = score_set(HOLDOUT, lambda q: [h.path for h in engine.search(Query.make(q, limit=10)).hits], score)
    print("holdout per kind:", {kind: round(row["nDCG@10"], 3) for kind, row in figures.items()})
    assert figures["overall"]["nDCG@10"] >= HOLDOUT_FLOOR, figures


KINDS = {"rolfase", "wetsartikel", "engels", "vraag", "breed"}


def test_holdout_set_is_well_formed(corpus: Path) -> None:
    """Every query of the holdout set has a kind issue 16 names, a part, distinct wording and
    graded pages that exist in the corpus; parts 1 and 2 grade 1-2 like the dev set, parts 3 to 7 1-3,
    each query with at least one page of its part's top grade."""
    queries = json.loads(HOLDOUT.read_text(encoding="utf-8"))["queries"]
    seen: set[str] = set()
    for q in queries:
        part = q.get("part", 1)
        assert q["kind"] in KINDS and part in (1, 2, 3, 4, 5, 6, 7), q
        assert q["q"].strip() and q["q"].lower() not in seen, q["q"]
        seen.add(q["q"].lower())
        top = 3 if part in (3, 4, 5, 6, 7) else 2
        grades = list(q["rel"].values())
        assert all(isinstance(g, int) and 1 <= g <= top for g in grades) and top in grades, q["q"]
        for key in q["rel"]:
            assert (corpus / f"{resolve(key, corpus)}.md").is_file(), (q["q"], key)
    counts = {part: sum(1 for q in queries if q.get("part", 1) == part) for part in (1, 2, 3, 4, 5, 6, 7)}
    assert counts[3] >= 40 and counts[4] >= 60 and counts[5] >= 60 and counts[6] >= 60 and counts[7] >= 59, counts
