"""The search index and content snapshot that a portable bundle ships ready-made.

The first start on a new laptop should be as fast as any later one, so the bundle carries
what that start would otherwise make, beside the bundled content:

    reader/_prebuilt/prebuilt.json    versions and a digest of every content file
    reader/_prebuilt/site.pickle      the loaded site (the snapshot's plain data)
    reader/_prebuilt/index/           a finished index folder (Whoosh files, manifest, words)

Time stamps do not survive a zip or a copy to a stick, and the bundle can be unpacked
anywhere, so the prebuilt data is tied to the content by what it holds: a SHA-256 over
every file's relative path and bytes. It is used only for the content root it was made
from (`bundled_content()`), only when the digest and the app's versions match, and never
written to: the index is copied into the user cache when that is writable, and read in
place when it is not. See `content.snapshot.load_site` and `search.index.IndexManager`.

No Qt, no Whoosh at import time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import shutil
import tempfile
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from reader import __version__

log = logging.getLogger(__name__)
INFO = "prebuilt.json"
SITE = "site.pickle"
INDEX = "index"
FORMAT = 1


def prebuilt_folder() -> Path:
    """Where a bundle keeps the prebuilt data (it need not exist); `AK_READER_PREBUILT`
    overrides it."""
    override = os.environ.get("AK_READER_PREBUILT")
    if override:
        return Path(override)
    from reader.resources import bundled_content

    return bundled_content().parent / "_prebuilt"


def content_digest(root: Path) -> tuple[str, dict[str, tuple[int, int]]]:
    """SHA-256 over every file under `root` as `Site.load` sees it (relative path, bytes),
    and each file's current (mtime_ns, size)."""
    from reader.content.loader import iter_files

    digest = hashlib.sha256()
    stats: dict[str, tuple[int, int]] = {}
    for source in iter_files(Path(root), []):
        try:
            data = source.path.read_bytes()
        except OSError:
            data = b"\x00unreadable"
        digest.update(source.rel.encode("utf-8") + b"\x00" + str(len(data)).encode() + b"\x00")
        digest.update(data)
        stats[source.rel] = (source.mtime_ns, source.size)
    return digest.hexdigest(), stats


def _versions() -> dict[str, Any]:
    from reader.content.snapshot import FORMAT as SNAPSHOT_FORMAT
    from reader.search.index import VERSION as INDEX_VERSION

    return {"format": FORMAT, "app": __version__, "index": INDEX_VERSION, "snapshot": SNAPSHOT_FORMAT}


class Prebuilt:
    """Prebuilt data made for a content root by this version of the app. Whether the root
    still holds exactly that content is checked (once) when the data is first asked for."""

    def __init__(self, folder: Path, root: Path, digest: str) -> None:
        self.folder = folder
        self.root = root
        self._digest = digest
        self._stats: dict[str, tuple[int, int]] | None = None
        self._matches: bool | None = None
        self._lock = threading.Lock()

    def matches(self) -> bool:
        """True when the content is byte for byte what the data was made from."""
        with self._lock:
            if self._matches is None:
                digest, self._stats = content_digest(self.root)
                self._matches = digest == self._digest
                if not self._matches:
                    log.info("content of %s differs from the prebuilt data; not used", self.root)
            return self._matches

    def index(self) -> Path | None:
        """The prebuilt index folder, when the content matches."""
        return self.folder / INDEX if self.matches() else None

    def site(self):
        """The prebuilt site, with this root and the files' current time stamps; raises
        LookupError when the content does not match."""
        from reader.content.snapshot import _Unpickler, site_from_data

        if not self.matches():
            raise LookupError("content differs from the prebuilt data")
        assert self._stats is not None
        with open(self.folder / SITE, "rb") as fh:
            data = _Unpickler(fh).load()
        old_root = Path(data["root"])
        data["root"] = str(self.root)
        glossary = data.get("glossary_file")
        if glossary:
            try:
                data["glossary_file"] = str(self.root / Path(glossary).relative_to(old_root))
            except ValueError:
                data["glossary_file"] = None
        site = site_from_data(data)
        for path, page in list(site.pages.items()):
            mtime, size = self._stats.get(path + ".md", (page.mtime_ns, page.size))
            site.pages[path] = replace(page, mtime_ns=mtime, size=size)
        return site


def for_root(root: Path, folder: Path | None = None) -> Prebuilt | None:
    """The prebuilt data for `root` when it was made from this root's content by this
    version of the app (whether the content is unchanged is checked on first use)."""
    folder = prebuilt_folder() if folder is None else Path(folder)
    root = Path(root).expanduser().resolve()
    try:
        info = json.loads((folder / INFO).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("prebuilt data in %s unreadable (%s); not used", folder, exc)
        return None
    if not isinstance(info, dict) or info.get("versions") != _versions():
        log.info("prebuilt data in %s is of another version; not used", folder)
        return None
    try:
        if (folder / str(info.get("content", ""))).resolve() != root:
            return None
    except OSError:
        return None
    return Prebuilt(folder, root, str(info.get("digest", "")))


def make(root: Path, out: Path, content_rel: str | None = None) -> dict[str, Any]:
    """Write the prebuilt data of content `root` into `out` (made anew); returns its info.

    `content_rel`: where the content is seen from `out` once installed (a bundle lays out
    `reader/_content` beside `reader/_prebuilt`: "../_content"); default: where it is now."""
    from reader.content import Site
    from reader.content.snapshot import site_data
    from reader.search.index import IndexManager

    root = Path(root).resolve()
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    digest, _stats = content_digest(root)
    site = Site.load(root)
    with tempfile.TemporaryDirectory() as cache:
        manager = IndexManager(site, Path(cache))
        manager.rebuild()
        assert manager.store is not None and manager.store.folder is not None
        shutil.copytree(manager.store.folder, out / INDEX)
        manager.close()
    (out / SITE).write_bytes(pickle.dumps(site_data(site), protocol=pickle.HIGHEST_PROTOCOL))
    info = {"versions": _versions(), "content": content_rel or os.path.relpath(root, out), "digest": digest,
            "pages": len(site.pages)}
    tmp = out / (INFO + ".tmp")
    tmp.write_text(json.dumps(info, indent=1), encoding="utf-8")
    os.replace(tmp, out / INFO)
    return info
