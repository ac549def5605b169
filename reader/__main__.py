"""`python -m reader`, the `ak-reader` (window) and `ak-reader-cli` (console) entry points of
a source install, and the entry point of the portable app.

The PyInstaller bundle has two executables that start here: `ak-reader` (the window; no
console on Windows) and `ak-reader-cli` (the command line, with a console). Both:

1. answer the internal start of an index build process before anything else: a worker of
   a parallel build (`--ak-build-worker`) or the build the window starts (`--ak-build-index`);
2. switch to portable mode when `portable.ini` stands beside the executable
   (`reader.portable`), before Qt is imported;
3. show the start snapshot when the window is started and the snapshot still applies
   (`reader.ui.start_window`: the last start's picture, before the rest of the app is imported);
4. hand over to `reader.cli.main`, which starts the window when no command is given.

From a source install the same minus steps 1 and 2 (they only apply when frozen): pip makes
`ak-reader` a GUI entry point (on Windows a windowed program, no console) and `ak-reader-cli`
a console one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from reader.frozen import BUILD_FLAG, WORKER_FLAG


def main(argv: Sequence[str] | None = None) -> int:
    for name in ("stdout", "stderr"):  # the Windows window executable has no console at all
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == [WORKER_FLAG]:
        from reader.search.build_worker import main as worker_main

        return worker_main()
    if args[:1] == [BUILD_FLAG]:
        from reader.search.index import build_process_main

        return build_process_main(args[1:])
    from reader import portable

    state = portable.activate()
    if state.notice:
        print(state.notice, file=sys.stderr)
    from reader.start_snapshot import parse_start

    start = parse_start(args)
    if start is not None:  # the window: its picture from the last start, before the rest is imported
        from reader.ui.start_window import open_start_window

        open_start_window(start, sys.argv[0] if sys.argv else "ak-reader")
    from reader.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
