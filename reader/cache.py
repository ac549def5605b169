"""Where the app keeps what it can always make again: search indexes, content snapshots.

Used by the content layer (snapshots), the search layer (indexes) and the window, so it
depends on nothing of the app.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path


def default_cache_dir() -> Path:
    """The user cache folder; `AK_READER_CACHE` overrides it."""
    override = os.environ.get("AK_READER_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("algoritmekader-reader", False))


def root_key(root: Path) -> str:
    """A file name for what belongs to one content root: its name and a hash of its path."""
    root = Path(root).expanduser().resolve()
    digest = hashlib.sha1(str(root).encode("utf-8")).hexdigest()[:12]
    return f"{root.name or 'root'}-{digest}"


#: How long a process waits for another one's hold on a lock file before going on without it.
LOCK_TIMEOUT = 300.0


@contextlib.contextmanager
def file_lock(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[bool]:
    """Hold an exclusive lock on the file `path` (made when missing) against other processes.

    Yields True while it is held; False when another process held it for `timeout` seconds
    or the file could not be made (the caller then works without it). The operating system
    lets go of the lock when its process ends, killed or not: a lock file left behind is
    never "stale", and its content does not matter.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield False
        return
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                yield False
                return
            time.sleep(0.05)
        try:
            yield True
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


#: set to 0 / false / no / off: every start opens a window of its own
SINGLE_INSTANCE_ENV = "AK_READER_SINGLE_INSTANCE"


def single_instance_enabled() -> bool:
    return os.environ.get(SINGLE_INSTANCE_ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def instance_lock(key: str, lock_dir: Path | None = None) -> Path:
    """The lock file the window of `instance_key` holds while it runs."""
    return (lock_dir or default_cache_dir()) / "instances" / f"{key}.lock"


def instance_key(settings_file: str, root: Path) -> str:
    """The same for two starts that would share settings and content (and a user)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: the home folder stands in for it
        user = str(Path.home())
    text = "\n".join((user, str(Path(settings_file).expanduser().resolve()), str(Path(root).resolve())))
    return "ak-reader-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
