"""Time from spawning a program to its first window mapped on an X display (Xvfb).

The yardstick of figure 1b: Zeal (a C++/Qt documentation browser, `apt install zeal`) has no
"first paint" hook, so its time is taken from the X server: the MapNotify event of its first
top-level window (no window manager under Xvfb, so top-level windows are children of the
root window). libX11 through ctypes; nothing to install besides Xvfb and the program.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
MAP_NOTIFY = 19


class _XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("pad", ctypes.c_long * 24)]


def _xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11")
    if not name:
        raise OSError("libX11 not found")
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


def available() -> str | None:
    """None when the yardstick can run, else why not."""
    if shutil.which("Xvfb") is None:
        return "Xvfb not installed (apt install xvfb)"
    if shutil.which("zeal") is None:
        return "Zeal not installed (apt install zeal)"
    try:
        _xlib()
    except OSError as exc:
        return str(exc)
    return None


@contextmanager
def xvfb(size: str = "1920x1080x24") -> Iterator[str]:
    """A private Xvfb server; yields its DISPLAY."""
    for n in range(91, 120):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            break
    display = f":{n}"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", size, "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        lib = _xlib()
        for _ in range(200):
            handle = lib.XOpenDisplay(display.encode())
            if handle:
                lib.XCloseDisplay(handle)
                break
            time.sleep(0.05)
        else:
            raise RuntimeError("Xvfb did not start")
        yield display
    finally:
        proc.terminate()
        proc.wait(10)


def time_to_map(argv: list[str], display: str, env: dict[str, str] | None = None, timeout: float = 60.0,
                cwd: str | Path | None = None) -> float:
    """Seconds from spawning `argv` on `display` to the first MapNotify of a top-level window;
    the program is then ended (terminate, then kill)."""
    lib = _xlib()
    handle = lib.XOpenDisplay(display.encode())
    if not handle:
        raise RuntimeError(f"cannot open display {display}")
    home = tempfile.mkdtemp(prefix="x11map-")  # a first start: no settings of an earlier run
    try:
        lib.XSelectInput(handle, lib.XDefaultRootWindow(handle), SUBSTRUCTURE_NOTIFY_MASK)
        lib.XFlush(handle)
        full = dict(env or os.environ)
        full.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=home, XDG_CONFIG_HOME=home + "/config",
                    XDG_DATA_HOME=home + "/data", XDG_CACHE_HOME=home + "/cache")
        t0 = time.time()
        proc = subprocess.Popen(argv, env=full, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        fd = lib.XConnectionNumber(handle)
        event = _XEvent()
        try:
            while time.time() - t0 < timeout:
                while lib.XPending(handle):
                    lib.XNextEvent(handle, ctypes.byref(event))
                    if event.type == MAP_NOTIFY:
                        return time.time() - t0
                if proc.poll() is not None:
                    raise RuntimeError(f"{argv[0]} exited ({proc.returncode}) before mapping a window")
                select.select([fd], [], [], 0.05)
            raise RuntimeError(f"{argv[0]} mapped no window in {timeout} s")
        finally:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
    finally:
        lib.XCloseDisplay(handle)
        shutil.rmtree(home, ignore_errors=True)
