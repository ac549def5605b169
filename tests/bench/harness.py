"""Plumbing of the benchmark suite: statistics, result rows, the table, machine facts.

No figure is measured here; see `run.py`.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import math
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
BUNDLED = REPO / "content"
REAL = (REPO.parent / "shared" / "corpora" / "algoritmekader" / "docs").resolve()
RESULTS = Path(__file__).resolve().parent / "results"


# ------------------------------------------------------------------ statistics
def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    s = sorted(samples)
    k = max(0, min(len(s) - 1, math.ceil(q / 100 * len(s)) - 1))
    return s[k]


@dataclass
class Stats:
    samples: list[float]

    @property
    def n(self) -> int:
        return len(self.samples)

    @property
    def min(self) -> float:
        return min(self.samples)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def max(self) -> float:
        return max(self.samples)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 95)

    def get(self, stat: str) -> float:
        return {"min": self.min, "median": self.median, "p50": self.median, "p95": self.p95,
                "max": self.max}[stat]

    def as_dict(self) -> dict[str, float | int]:
        return {"n": self.n, "min": self.min, "median": self.median, "p95": self.p95, "max": self.max}


def repeat(fn: Callable[[], Any], runs: int, warmup: int = 1,
           setup: Callable[[], Any] | None = None) -> Stats:
    """Run `fn` warmup + runs times (setup before each, untimed); seconds of the timed runs."""
    out: list[float] = []
    for i in range(warmup + runs):
        if setup is not None:
            setup()
        gc.collect()
        t = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - t
        if i >= warmup:
            out.append(elapsed)
    return Stats(out)


# ------------------------------------------------------------------ rows
@dataclass
class Target:
    text: str  # as the issue words it
    limit: float | None = None  # on the row's figure (in the row's unit)
    stat: str = "median"  # which statistic the limit applies to
    ratio_limit: float | None = None  # on the row's ratio to its yardstick
    met: bool | None = None

    def judge(self, stats: Stats | None, ratio: float | None) -> bool | None:
        if stats is None:
            return None
        ok = True
        if self.limit is not None:
            ok = ok and stats.get(self.stat) <= self.limit
        if self.ratio_limit is not None:
            ok = ok and ratio is not None and ratio <= self.ratio_limit
        self.met = ok
        return ok


@dataclass
class Row:
    fig: str  # figure number in the issue, e.g. "3"
    name: str
    corpus: str
    unit: str  # "s", "ms", "MB"
    stats: Stats | None  # None: not measured (see note)
    stat: str = "median"  # statistic compared with the yardstick
    yardstick: str = ""
    yard_stats: Stats | None = None
    target: Target | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.stats is None or self.yard_stats is None:
            return None
        base = self.yard_stats.get(self.stat)
        return self.stats.get(self.stat) / base if base > 0 else None

    def finish(self) -> Row:
        if self.target is not None:
            self.target.judge(self.stats, self.ratio)
        return self

    def as_dict(self) -> dict[str, Any]:
        return {
            "figure": self.fig,
            "name": self.name,
            "corpus": self.corpus,
            "unit": self.unit,
            "stat": self.stat,
            "stats": self.stats.as_dict() if self.stats else None,
            "samples": self.stats.samples if self.stats and self.stats.n <= 50 else None,
            "yardstick": self.yardstick or None,
            "yardstick_stats": self.yard_stats.as_dict() if self.yard_stats else None,
            "ratio": self.ratio,
            "target": asdict(self.target) if self.target else None,
            "note": self.note or None,
            **({"extra": self.extra} if self.extra else {}),
        }


def page_label(page) -> str:
    """A page named in results: kind and short id, or the first words of its file name.

    Never the full path: results stay in the working tree, and a path of the real corpus
    reads as a run of its words to the originality check the test suite runs.
    """
    if page.short_id:
        return f"{page.kind}:{page.short_id}"
    words = page.stem.split("-")
    return f"{page.kind}:{'-'.join(words[:4])}{'…' if len(words) > 4 else ''}"


def scaled(stats: Stats, factor: float) -> Stats:
    return Stats([s * factor for s in stats.samples])


# ------------------------------------------------------------------ table
def _num(v: float | None, unit: str) -> str:
    if v is None:
        return ""
    if unit == "MB":
        return f"{v:.0f}"
    if v >= 100:
        return f"{v:.0f}"
    if v >= 10:
        return f"{v:.1f}"
    return f"{v:.2f}" if v >= 0.1 else f"{v:.3f}"


def table_rows(rows: Iterable[Row]) -> list[list[str]]:
    out = [["#", "figure", "corpus", "min", "median", "p95", "max", "unit", "yardstick", "ratio",
            "target", "met"]]
    for r in rows:
        s = r.stats
        if s is None:
            cells = ["n/a"] + [""] * 3
        else:
            cells = [_num(s.min, r.unit), _num(s.median, r.unit),
                     _num(s.p95, r.unit) if r.stat == "p95" else "", _num(s.max, r.unit)]
        yard = ""
        if r.yardstick:
            ys = r.yard_stats
            yard = f"{r.yardstick} {_num(ys.get(r.stat), r.unit)}" if ys else f"{r.yardstick} n/a"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else ""
        met = ""
        if r.target is not None:
            met = {True: "met", False: "NOT MET", None: "n/a"}[r.target.met]
        name = r.name + (f" ({r.note})" if r.note and s is None else "")
        out.append([r.fig, name, r.corpus, *cells, r.unit, yard, ratio,
                    r.target.text if r.target else "", met])
    return out


def format_table(rows: list[Row]) -> str:
    cells = table_rows(rows)
    widths = [max(len(c[i]) for c in cells) for i in range(len(cells[0]))]
    lines = []
    for j, c in enumerate(cells):
        lines.append("  ".join(x.ljust(w) for x, w in zip(c, widths, strict=True)).rstrip())
        if j == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(rows: list[Row]) -> str:
    cells = table_rows(rows)
    out = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * len(cells[0])]
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells[1:]]
    return "\n".join(out)


# ------------------------------------------------------------------ machine
def machine_info() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_mb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_mb = int(line.split()[1]) // 1024
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    versions: dict[str, str] = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    for mod in ("whoosh", "PySide6", "markdown"):
        try:
            m = __import__(mod)
            versions[mod] = getattr(m, "__version__", None) or getattr(m, "versionstring", lambda: "?")()
        except Exception:
            versions[mod] = "not installed"
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "host": platform.node(),
        "os": f"{platform.system()} {platform.release()}",
        "cpu": cpu,
        "cores": os.cpu_count(),
        "cores_usable": usable,
        "memory_mb": mem_mb,
        "load_avg": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "versions": versions,
    }


def write_json(path: Path, machine: dict[str, Any], config: dict[str, Any], rows: list[Row],
               notes: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"machine": machine, "config": config, "rows": [r.as_dict() for r in rows], "notes": notes}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


# ------------------------------------------------------------------ working copies
def copy_content(src: Path, dst: Path) -> Path:
    """Copy a content root (and a sibling `includes/`) to dst/docs; returns the copy's root.

    Every measurement works on such a copy: files are changed for the update figure, and
    neither the bundled content nor the shared corpus may be touched.
    """
    docs = dst / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    shutil.copytree(src, docs, symlinks=True, ignore=shutil.ignore_patterns(".*"))
    includes = src.parent / "includes" / "begrippenlijst.md"
    if includes.is_file() and not (src / "includes").is_dir():
        (dst / "includes").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(includes, dst / "includes" / "begrippenlijst.md")
    return docs


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)
