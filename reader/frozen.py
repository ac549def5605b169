"""What differs when the app runs frozen (the PyInstaller bundle): how it starts itself
again, and how it starts an index build process. The entry point is `reader.__main__.main`.

Imports nothing of the app, so every layer may use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: the first argument with which the app starts itself as a worker of a parallel index build
WORKER_FLAG = "--ak-build-worker"
#: ... and as the process that builds a whole index for the window (the content root and
#: the cache folder follow)
BUILD_FLAG = "--ak-build-index"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def worker_command(code: str, flag: str = WORKER_FLAG) -> list[str]:
    """How to start an index build process (`flag`: which kind): `python -O -c CODE` from
    source (-O: Whoosh's writer checks the type of every posting with `assert`); when frozen
    there is no `-c`, so the console executable is started with `flag`. Arguments given
    after it reach CODE as `sys.argv[1:]`, and the frozen entry point after the flag."""
    if is_frozen():
        exe = Path(sys.executable)
        cli = exe.with_name("ak-reader-cli" + exe.suffix)
        return [str(cli if cli.is_file() else exe), flag]
    return [sys.executable, "-O", "-c", code]


def worker_env() -> dict[str, str]:
    """The environment of a build process: this one, with the folder this `reader` package
    stands in first on PYTHONPATH (so that it imports from a checkout too)."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def app_command() -> list[str]:
    """How to start the app again: the executable when frozen, else `python -m reader`."""
    if is_frozen():
        return [sys.executable]
    return [sys.executable, "-m", "reader"]
