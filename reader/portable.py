"""Portable mode: all user data in a `data/` folder beside the executable.

A trainer puts the app on a USB stick, or IT unpacks it into a shared folder; a file
`portable.ini` (or `portable`) beside the executable says "keep everything here":

    <app folder>/ak-reader(.exe)
    <app folder>/portable.ini
    <app folder>/data/settings/settings.ini    settings, session, bookmarks (QSettings, INI)
    <app folder>/data/cache/                   search index, content snapshot
    <app folder>/data/logs/                    log files
    <app folder>/data/user/                    the user's own data (projects, answers)
    <app folder>/data/tmp/                     temporary files (Qt, Python, fontconfig)

Nothing is then written to the user profile: the app's own folders are set through the
same environment variables that tests use (`AK_READER_CACHE`, `AK_READER_SETTINGS_DIR`,
`AK_READER_LOG_DIR`, `AK_READER_DATA_DIR`), and the temporary and XDG folders that Qt and
the libraries below it use are pointed into `data/` too. The variables reach the build
processes the app starts.

When `data/` cannot be written (a write-protected stick, a Program Files install), the app
keeps working with the user's own folders, and `Portable.notice` says why.

No Qt here: the frozen entry point calls `activate()` before Qt is imported.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from dataclasses import dataclass
from pathlib import Path

MARKERS = ("portable.ini", "portable")
DATA_DIR = "data"
#: environment variable -> folder under data/
FOLDERS = {
    "AK_READER_SETTINGS_DIR": "settings",
    "AK_READER_CACHE": "cache",
    "AK_READER_LOG_DIR": "logs",
    "AK_READER_DATA_DIR": "user",
}
#: where Qt, Python's tempfile and fontconfig put temporary and cache files
SYSTEM_FOLDERS = {
    "TMPDIR": "tmp",
    "TEMP": "tmp",
    "TMP": "tmp",
    "XDG_CACHE_HOME": "cache/system",
    "XDG_CONFIG_HOME": "settings/system",
    "XDG_DATA_HOME": "user/system",
    "XDG_STATE_HOME": "cache/state",
}


@dataclass(frozen=True)
class Portable:
    """What `activate` found: whether portable mode is on, and where its data lives."""

    app_dir: Path
    marker: Path | None = None
    data_dir: Path | None = None  # None: not portable, or data/ not writable
    notice: str = ""

    @property
    def active(self) -> bool:
        return self.data_dir is not None


def app_dir() -> Path:
    """The folder of the running executable (frozen) or of the checkout/installed package."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def find_marker(folder: Path) -> Path | None:
    for name in MARKERS:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def _writable(folder: Path) -> OSError | None:
    """Why `folder` cannot be made and written to; None when it can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{os.getpid()}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        return exc
    return None


def activate(folder: Path | None = None, environ: MutableMapping[str, str] | None = None) -> Portable:
    """Switch to portable mode when a marker stands in `folder` (default: `app_dir()`).

    Sets the environment variables of `FOLDERS` (unless set already) and `SYSTEM_FOLDERS`
    (always: Windows sets TEMP to the user profile) in `environ` (default `os.environ`),
    and makes the folders.
    """
    global last
    last = _activate(folder, os.environ if environ is None else environ)
    return last


def _activate(folder: Path | None, env: MutableMapping[str, str]) -> Portable:
    folder = app_dir() if folder is None else Path(folder)
    marker = find_marker(folder)
    if marker is None:
        return Portable(folder)
    data = folder / DATA_DIR
    error = _writable(data)
    if error is not None:
        notice = (f"De map {data} is niet beschrijfbaar ({error.strerror or error}); instellingen en "
                  "zoekindex worden in je eigen gebruikersmappen bewaard.")
        return Portable(folder, marker, None, notice)
    for variable, sub in {**FOLDERS, **SYSTEM_FOLDERS}.items():
        if variable in FOLDERS and env.get(variable):
            continue  # the app's own folders can still be pointed elsewhere
        path = data / sub
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        env[variable] = str(path)
    return Portable(folder, marker, data)


#: what the last `activate` found (the window shows its notice)
last: Portable | None = None


def user_data_dir() -> Path:
    """The folder for the user's own data (projects, answers): portable or per user."""
    override = os.environ.get("AK_READER_DATA_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir as platform_data_dir

    return Path(platform_data_dir("algoritmekader-reader", False))
