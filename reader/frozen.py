"""What differs when the app runs frozen (the PyInstaller bundle): how it starts itself
again, and how it starts an index build worker. The entry point is `reader.__main__.main`.

Imports nothing of the app, so every layer may use it.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: the first argument with which the app starts itself as an index build worker
WORKER_FLAG = "--ak-build-worker"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def worker_command(code: str) -> list[str]:
    """How to start an index build worker: `python -O -c CODE` from source (-O: Whoosh's
    writer checks the type of every posting with `assert`); when frozen there is no `-c`,
    so the console executable is started with `WORKER_FLAG`."""
    if is_frozen():
        exe = Path(sys.executable)
        cli = exe.with_name("ak-reader-cli" + exe.suffix)
        return [str(cli if cli.is_file() else exe), WORKER_FLAG]
    return [sys.executable, "-O", "-c", code]


def app_command() -> list[str]:
    """How to start the app again: the executable when frozen, else `python -m reader`."""
    if is_frozen():
        return [sys.executable]
    return [sys.executable, "-m", "reader"]
