"""Where the app keeps what it can always make again: search indexes, content snapshots.

Used by the content layer (snapshots), the search layer (indexes) and the window, so it
depends on nothing of the app.
"""

from __future__ import annotations

import hashlib
import os
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
