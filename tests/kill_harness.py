"""Kill a writing process at chosen moments: the shared part of the SIGKILL tests (issue 17).

A *writer* is a small `python -c` program that commits changes in a loop and prints one
integer a line after each commit it has made ("this one is saved"). A test starts it with
`kill_after_reports`, which reads a given number of those reports, SIGKILLs the writer in
the middle of its next write and returns the numbers it reported; the test then reopens
what was written and checks that nothing reported is lost. A process that reports nothing
(the index build) is killed at a moment in time with `kill_after_seconds`.

The children import this checkout's `reader` (PYTHONPATH) and run Qt offscreen.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO

posix_only = pytest.mark.skipif(os.name == "nt", reason="SIGKILL: POSIX")


def child_env() -> dict[str, str]:
    """The environment of a child process: this checkout's `reader`, Qt offscreen."""
    return {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}


def start(code: str, *args: object, reports: bool = True) -> subprocess.Popen[str]:
    """`python -c code args…`; its stdout readable when it `reports`."""
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)],
                            stdout=subprocess.PIPE if reports else subprocess.DEVNULL, text=True, env=child_env())


def kill(proc: subprocess.Popen[str]) -> None:
    """SIGKILL, and wait until the process is gone."""
    proc.send_signal(signal.SIGKILL)
    proc.communicate()


def kill_after_reports(code: str, *args: object, reports: int) -> list[int]:
    """Run the writer until it has reported `reports` commits, then kill it (while it
    writes the next one); the numbers it reported, in order."""
    proc = start(code, *args)
    assert proc.stdout is not None
    reported: list[int] = []
    try:
        for _ in range(reports):
            line = proc.stdout.readline()
            assert line, "the writer stopped before it was killed"
            reported.append(int(line))
    finally:
        kill(proc)
    return reported


def kill_after_seconds(code: str, *args: object, seconds: float) -> None:
    """Run `code` and kill it `seconds` after its start (a process that reports nothing)."""
    proc = start(code, *args, reports=False)
    time.sleep(seconds)  # the kill moment itself, not a wait for something to happen
    kill(proc)
