"""A start-up snapshot of a loaded `Site`, so that the window opens without parsing YAML.

    site = load_site(root, cache_dir)       # Site.load(root), or the same from the snapshot

Loading a content root (reading, front matter, link checks) takes a good part of the time
to first paint. The snapshot keeps the result as plain data in the user cache folder, one
file per content root:

    <cache>/sites/<name>-<hash of the root>.pickle

It is used only when nothing it was made from has changed. Its key is compared in full
on every start:
- the snapshot format, the app version and the size and time stamp of every module of
  the content layer (so a changed loader never reads an old snapshot; in the portable
  app, those of its executable);
- the resolved root and every file under it exactly as `Site.load` sees it (relative
  path, size, modification time in ns), with the problems the walk itself reported;
- both places the glossary can come from, with their size and time stamp.
Any difference, or any error reading the snapshot, means the prebuilt site of a portable
bundle when the content is the bundle's own and unchanged (`reader.prebuilt`), else a
normal `Site.load`: a damaged snapshot is logged and replaced, never trusted. A snapshot is not written while a file
is younger than `SETTLE_NS` (a change within the file system's time-stamp resolution
could otherwise go unnoticed).

The file is written atomically (temporary file, then rename). Unpickling accepts plain
data and the date/time types that YAML front matter produces, nothing else.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader import __version__
from reader.cache import root_key
from reader.content.model import Kind, Page, Problem, Severity, _frozen
from reader.content.site import Site

log = logging.getLogger(__name__)

#: Bump when the snapshot layout changes (the content modules' stamps cover code changes).
FORMAT = 2
#: Files changed less than this long before a snapshot is made keep it from being written.
SETTLE_NS = 2_000_000_000
_CODE = Path(__file__).resolve().parent
_ALLOWED_CLASSES = {("datetime", "date"), ("datetime", "datetime"), ("datetime", "time"),
                    ("datetime", "timedelta"), ("datetime", "timezone")}


class SnapshotError(Exception):
    """The snapshot file cannot be used (damaged, foreign or of another layout)."""


def snapshot_file(root: Path, cache_dir: Path) -> Path:
    """Where the snapshot of `root` lives under `cache_dir`."""
    return cache_dir / "sites" / f"{root_key(root)}.pickle"


def load_site(root: Path | str, cache_dir: Path | None, *, save: bool = True,
              progress: Callable[[int, int], None] | None = None, prebuilt: Any = None) -> Site:
    """The site of `root`: from its snapshot in `cache_dir` when every file is unchanged,
    else from `prebuilt` (see `reader.prebuilt.Prebuilt`: when `.matches()`, `.site()` gives
    the site of this very content), else loaded with `Site.load`; the snapshot is renewed
    when `save`.

    `cache_dir` None: no snapshot. `progress`: see `Site.load`.
    """
    if cache_dir is None:
        return _without_snapshot(root, progress, prebuilt)
    root = Path(root).expanduser().resolve()
    if not root.is_dir():
        return Site.load(root, progress)
    path = snapshot_file(root, cache_dir)
    key = content_key(root)
    try:
        site = read_snapshot(path, key)
    except FileNotFoundError:
        site = None
    except (OSError, SnapshotError) as exc:
        log.warning("ignoring the content snapshot %s (%s); loading the content", path, exc)
        site = None
    if site is not None:
        return site
    site = _without_snapshot(root, progress, prebuilt)
    if save:
        save_snapshot(site, cache_dir, key)
    return site


def _without_snapshot(root: Path | str, progress: Callable[[int, int], None] | None, prebuilt: Any) -> Site:
    """The prebuilt site when it is of this very content (the bundle's own, as shipped),
    else `Site.load`."""
    if prebuilt is not None and prebuilt.matches():
        try:
            return prebuilt.site()
        except Exception as exc:
            log.warning("prebuilt site unreadable (%s); loading the content", exc)
    return Site.load(root, progress)


# ---------------------------------------------------------------------- key
def content_key(root: Path) -> tuple[Any, ...]:
    """Everything a loaded site depends on, cheaply: file names, sizes and time stamps."""
    from reader.content.loader import iter_files

    walk_problems: list[Problem] = []
    files = tuple((s.rel, s.size, s.mtime_ns) for s in iter_files(root, walk_problems))
    return (FORMAT, __version__, _code_stamp(), str(root), files,
            tuple(_problem_data(p) for p in walk_problems), _glossary_stamp(root))


def _code_stamp() -> tuple[tuple[str, int, int], ...]:
    """The content layer's source files; in a frozen app (no sources) its executable."""
    if getattr(sys, "frozen", False):
        st = os.stat(sys.executable)
        return (("frozen", st.st_size, st.st_mtime_ns),)
    out = []
    try:
        entries = sorted(os.scandir(_CODE), key=lambda e: e.name)
    except OSError:
        return (("no-source", 0, 0),)
    for entry in entries:
        if entry.name.endswith(".py"):
            st = entry.stat()
            out.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(out)


def _glossary_stamp(root: Path) -> tuple[Any, ...]:
    """Both candidates of `loader.find_glossary`: whether each is a usable file, and its stamp."""
    out: list[Any] = []
    for candidate in (root / "includes" / "begrippenlijst.md", root.parent / "includes" / "begrippenlijst.md"):
        try:
            st = candidate.lstat()
        except OSError:
            out.append(None)
            continue
        out.append((str(candidate), st.st_mode, st.st_size, st.st_mtime_ns))
    return tuple(out)


def _newest_ns(key: tuple[Any, ...]) -> int:
    stamps = [mtime for _rel, _size, mtime in key[4]]
    stamps += [g[3] for g in key[6] if g is not None]
    return max(stamps, default=0)


# ---------------------------------------------------------------------- data
def _problem_data(p: Problem) -> tuple[Any, ...]:
    return (p.file, p.line, str(p.severity), p.code, p.message)


def _problem(data: tuple[Any, ...]) -> Problem:
    file, line, severity, code, message = data
    return Problem(file, line, Severity(severity), code, message)


def _page_data(p: Page) -> tuple[Any, ...]:
    # the body goes in as UTF-8 bytes: pickling a str keeps its UTF-8 form inside the
    # string for as long as it lives, which would double the memory of every page text
    return (p.path, str(p.kind), p.title, p.body.encode("utf-8"), p.body_line, p.urn, dict(p.labels),
            dict(p.sources), dict(p.meta), p.mtime_ns, p.size)


def _page(data: tuple[Any, ...]) -> Page:
    path, kind, title, body, body_line, urn, labels, sources, meta, mtime_ns, size = data
    return Page(path=path, kind=Kind(kind), title=title, body=body.decode("utf-8"), body_line=body_line, urn=urn,
                labels=_frozen(labels), sources=_frozen(sources), meta=_frozen(meta),
                mtime_ns=mtime_ns, size=size)


def site_data(site: Site) -> dict[str, Any]:
    return {
        "root": str(site.root),
        "pages": [_page_data(p) for p in site.pages.values()],
        "files": sorted(site.files),
        "glossary": dict(site.glossary),
        "problems": [_problem_data(p) for p in site.problems],
        "glossary_file": None if site.glossary_file is None else str(site.glossary_file),
    }


def site_from_data(data: dict[str, Any]) -> Site:
    pages = {}
    for item in data["pages"]:
        page = _page(item)
        pages[page.path] = page
    glossary_file = data["glossary_file"]
    return Site(Path(data["root"]), pages, frozenset(data["files"]), dict(data["glossary"]),
                [_problem(p) for p in data["problems"]],
                None if glossary_file is None else Path(glossary_file))


# ---------------------------------------------------------------------- file
class _Unpickler(pickle.Unpickler):
    """Plain data only: refuses every class but the date/time types of YAML."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED_CLASSES:
            return super().find_class(module, name)
        raise SnapshotError(f"unexpected object {module}.{name}")


def read_snapshot(path: Path, key: tuple[Any, ...]) -> Site | None:
    """The site stored at `path` when its key equals `key`; None when it is out of date.

    Raises FileNotFoundError when there is none, SnapshotError or OSError when it cannot
    be read.
    """
    blob = path.read_bytes()
    try:
        stored = _Unpickler(io.BytesIO(blob)).load()
        if not isinstance(stored, dict) or stored.get("format") != FORMAT:
            raise SnapshotError("another snapshot format")
        if stored["key"] != key:
            log.info("content changed since its snapshot; loading it")
            return None
        return site_from_data(stored["site"])
    except SnapshotError:
        raise
    except Exception as exc:  # any damage: a truncated file, a wrong type, a missing field
        raise SnapshotError(f"damaged: {type(exc).__name__}: {exc}") from exc


def save_snapshot(site: Site, cache_dir: Path, key: tuple[Any, ...] | None = None) -> bool:
    """Write the snapshot of `site` (atomically); False when it was not written.

    `key` is the `content_key` taken *before* the site was loaded, so that a file changed
    while loading leaves a key that no longer matches.
    """
    if key is None:
        key = content_key(site.root)
    if _newest_ns(key) > time.time_ns() - SETTLE_NS:
        log.debug("content changed in the last seconds; no snapshot written")
        return False
    path = snapshot_file(site.root, cache_dir)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        blob = pickle.dumps({"format": FORMAT, "key": key, "site": site_data(site)},
                            protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(blob)
        os.replace(tmp, path)
    except Exception as exc:  # a cache that cannot be written only costs start-up time
        log.warning("could not write the content snapshot %s: %s", path, exc)
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False
    return True


__all__ = ["SnapshotError", "content_key", "load_site", "read_snapshot", "save_snapshot", "snapshot_file"]
