"""Entry point of the portable app (the PyInstaller bundle), and what differs when frozen.

The bundle has two executables built from this one module: `ak-reader` (the window; no
console on Windows) and `ak-reader-cli` (the command line, with a console). Both:

1. answer the internal start of an index build worker (`--ak-build-worker`) and of
   multiprocessing's child processes before anything else;
2. switch to portable mode when `portable.ini` stands beside the executable
   (`reader.portable`), before Qt is imported;
3. hand over to `reader.cli.main`, which starts the window when no command is given.

From a source install `python -m reader` is the same minus steps 1 and 2.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
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


def main(argv: Sequence[str] | None = None) -> int:
    if is_frozen():
        import multiprocessing

        multiprocessing.freeze_support()  # a spawned child runs its target here and exits
    for name in ("stdout", "stderr"):  # the Windows window executable has no console at all
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == [WORKER_FLAG]:
        from reader.search.build_worker import main as worker_main

        return worker_main()
    from reader import portable

    state = portable.activate()
    if state.notice:
        print(state.notice, file=sys.stderr)
    from reader.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
