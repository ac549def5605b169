"""Cold start of the portable app against the source install, in the same run.

    python -m tests.bench.bundle_start BUNDLE_FOLDER [--runs 7]

Both start the window on the bundled content with a warm cache (one start first) and
`--quit-after-first-paint`, offscreen; the figure is the wall time from starting the
process to the first results painted, min / median / max over the runs, and the ratio
of the medians (frozen / source).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _start(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or "first-paint" not in result.stdout:
        raise RuntimeError(result.stderr[-2000:])
    return time.perf_counter() - started


def measure(command: list[str], runs: int) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AK_READER_CACHE": f"{tmp}/cache",
               "AK_READER_LOG_DIR": f"{tmp}/logs", "AK_READER_SETTINGS_DIR": f"{tmp}/settings"}
        full = [*command, "--quit-after-first-paint"]
        _start(full, env)  # the first start makes the cache (index, snapshot)
        return [_start(full, env) for _ in range(runs)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    rows = {"source install (python -m reader)": [sys.executable, "-m", "reader"],
            "portable app (ak-reader)": [str(args.bundle / "ak-reader")]}
    medians = {}
    for name, command in rows.items():
        times = measure(command, args.runs)
        medians[name] = statistics.median(times)
        print(f"{name}: min {min(times):.3f} s, median {medians[name]:.3f} s, max {max(times):.3f} s")
    source, frozen = medians.values()
    print(f"ratio frozen / source: {frozen / source:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
