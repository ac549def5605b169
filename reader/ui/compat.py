"""Work-arounds for the Qt binding in use.

PySide6 6.12.0 on Python 3.11 returns `None` from every void method without taking a
reference, so each call (`label.setText(...)`, `palette.setColor(...)`) lowers None's
reference count by one. After a few thousand calls Python aborts with "none_dealloc:
deallocating None". Python 3.12 made None immortal, which hides the bug there; on older
Pythons we give None a reference count that no session can use up.
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def protect_none() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return
    # ob_refcnt is the first field of every object in a release build of CPython
    ref = ctypes.c_ssize_t.from_address(id(None))
    ref.value += 1 << 40
    _done = True
