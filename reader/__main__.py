"""`python -m reader`, the `ak-reader` console script, and the entry point of the portable app.

The PyInstaller bundle has two executables that start here: `ak-reader` (the window; no
console on Windows) and `ak-reader-cli` (the command line, with a console). Both:

1. answer the internal start of an index build worker (`--ak-build-worker`) and of
   multiprocessing's child processes before anything else;
2. switch to portable mode when `portable.ini` stands beside the executable
   (`reader.portable`), before Qt is imported;
3. hand over to `reader.cli.main`, which starts the window when no command is given.

From a source install the same minus steps 1 and 2 (they only apply when frozen).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from reader.frozen import WORKER_FLAG, is_frozen


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
