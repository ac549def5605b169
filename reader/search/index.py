"""Keeping the search index fresh: where it lives, when to rebuild, what to update.

One index per content root, under the user cache dir:

    <cache>/indexes/<key of the root>/CURRENT      -> "gen-000007"
    <cache>/indexes/<key of the root>/gen-000007/  the Whoosh files + manifest.json

The manifest records the schema and analysis versions, the compound vocabulary, and each
file's size and mtime. Unchanged content reuses the index; changed, added and removed
pages are updated in place; a new version or a damaged index is rebuilt into a fresh
`gen-*` folder and swapped in by rewriting `CURRENT` atomically. A process builds or
updates only while it holds `build.lock` in that folder (the app started twice, a command
beside the window: the second waits, then uses what the first made). When the cache is
not writable, or writing fails (a full disk), the index lives in memory and `notice` says
so once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.cache import default_cache_dir, file_lock, root_key
from reader.content import Page, Site
from reader.frozen import BUILD_FLAG, worker_command, worker_env
from reader.search import backend, situations
from reader.search.analysis import (
    ANALYSIS_VERSION,
    Analyzer,
    build_vocabulary,
    dutch_stem,
    vocabulary_from_counts,
    word_list,
    words,
)
from reader.search.documents import make_document, text_of
from reader.search.lexicon import Lexicon

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
#: the schema, the analysis and the everyday phrases indexed with the pages (`situations`)
VERSION = f"{backend.SCHEMA_VERSION}.{ANALYSIS_VERSION}.{situations.digest()}"
#: Up to this many pages a build keeps each page's words between its two passes.
KEEP_TOKENS_UP_TO = 2000
#: From this many pages on, a full build runs in one worker process per core (up to
#: MAX_BUILD_PROCESSES); below it, starting the workers costs more than it saves.
PARALLEL_FROM = 1000
MAX_BUILD_PROCESSES = 4
#: In the index folder: held while a process builds or updates the index (`file_lock`).
LOCK_FILE = "build.lock"


def build_processes() -> int:
    """How many processes a large build may use: the cores this process may run on."""
    override = os.environ.get("AK_READER_BUILD_PROCESSES")
    if override and override.isdigit():
        return max(1, int(override))
    affinity = getattr(os, "sched_getaffinity", None)  # not on Windows and macOS
    try:
        cores = len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)
    except OSError:
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_BUILD_PROCESSES))


def page_text(page: Page) -> str:
    """What gets indexed as a page's body: its summary and its plain text."""
    return text_of(page.body, page.summary)


def ident_text(page: Page) -> str:
    parts = [page.stem.replace("_", " ")]
    if page.short_id:
        parts.append(page.short_id)
    return " ".join(parts)


@dataclass
class IndexReport:
    action: str  # "reused", "updated", "built"
    added: int = 0
    changed: int = 0
    removed: int = 0
    in_memory: bool = False
    reason: str = ""


@dataclass
class Manifest:
    version: str
    files: dict[str, list[int]] = field(default_factory=dict)  # path -> [mtime_ns, size]
    vocabulary: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, folder: Path) -> Manifest | None:
        try:
            data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
            return cls(data["version"], data["files"], data["vocabulary"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, folder: Path) -> None:
        tmp = folder / "manifest.json.tmp"
        tmp.write_text(
            json.dumps({"version": self.version, "files": self.files, "vocabulary": self.vocabulary}),
            encoding="utf-8",
        )
        os.replace(tmp, folder / "manifest.json")


def fingerprint(page: Page) -> list[int]:
    return [page.mtime_ns, page.size]


class IndexManager:
    """Builds, reuses and updates the index of one content root."""

    def __init__(self, site: Site, cache_dir: Path | None = None, *, in_memory: bool = False,
                 prebuilt: Callable[[], Path | None] | None = None):
        """`prebuilt`: gives a finished index folder made from exactly this content (a
        portable bundle's, see `reader.prebuilt`), or None; asked only when a first build is
        due, and used instead: copied into the cache, or read in place when the cache
        cannot be written."""
        self.site = site
        self.prebuilt = prebuilt
        self.read_only = False  # reading the prebuilt index in place
        self.in_memory = in_memory
        self.cache_dir = None if in_memory else (cache_dir or default_cache_dir())
        self.base = None if self.cache_dir is None else self.cache_dir / "indexes" / root_key(site.root)
        self.store: backend.Store | None = None
        self.manifest: Manifest | None = None
        self.analyzer: Analyzer | None = None
        self._lexicon: Lexicon | None = None  # read from disk on first use
        self.generation = 0  # bumped on every change, so searchers know to reopen
        self.notice = ""
        self._lock = threading.RLock()
        self._held = False  # this manager holds the index folder's lock (`_exclusive`)

    # ------------------------------------------------------------ documents
    def document(self, page: Page, text: str | None = None, tokens: list | None = None) -> dict[str, object]:
        """The Whoosh document of a page; `text` and its `tokens` when already computed."""
        return self._document(page, text, tokens)[0]

    def _document(self, page: Page, text: str | None = None,
                  tokens: list | None = None) -> tuple[dict[str, object], list[str]]:
        """The Whoosh document of a page and its folded words (for the lexicon)."""
        assert self.analyzer is not None
        if text is None:
            text = page_text(page)
        return make_document(self.analyzer, page.path, str(page.kind), page.title,
                             self.ident_terms(page), text, tokens, situations.situation_text(page))

    def ident_terms(self, page: Page) -> list[str]:
        """Folded words of the file name and short id."""
        return [token.text for token in words(ident_text(page))]

    # ------------------------------------------------------------ locations
    def _current(self) -> Path | None:
        if self.base is None:
            return None
        try:
            name = (self.base / "CURRENT").read_text(encoding="utf-8").strip()
        except (OSError, ValueError):  # missing, unreadable or not text (damaged)
            return None
        folder = self.base / name
        return folder if name.startswith("gen-") and name[4:].isdigit() and folder.is_dir() else None

    def _next_folder(self) -> Path:
        assert self.base is not None
        gens = [int(p.name[4:]) for p in self.base.glob("gen-*") if p.name[4:].isdigit()]
        return self.base / f"gen-{max(gens, default=0) + 1:06d}"

    def _swap_to(self, folder: Path) -> None:
        assert self.base is not None
        tmp = self.base / "CURRENT.tmp"
        tmp.write_text(folder.name, encoding="utf-8")
        os.replace(tmp, self.base / "CURRENT")
        for old in self.base.glob("gen-*"):
            if old != folder:
                shutil.rmtree(old, ignore_errors=True)

    # ------------------------------------------------------------ public
    def needs_build(self) -> bool:
        """True when there is no usable index on disk for this version (a full build is due)."""
        if self.in_memory or self.base is None:
            return True
        current = self._current()
        if current is None:
            return True
        manifest = Manifest.read(current)
        return manifest is None or manifest.version != VERSION

    def ensure(self, progress: Progress | None = None, *, isolate: bool = False) -> IndexReport:
        """Make the index match the site: reuse, update incrementally or rebuild.

        `isolate`: do a full build in a separate process, so that a window in this process
        stays responsive (a build in a thread competes with it for the interpreter lock).
        """
        if self.prebuilt is not None and self.needs_build():
            report = self._adopt_prebuilt()
            if report is not None:
                return report
        if isolate and self.needs_build() and self._writable():
            if build_in_subprocess(self.site.root, self.cache_dir, progress):
                report = self.ensure(None)
                report.action, report.added, report.reason = "built", len(self.site.pages), "separate process"
                return report
        return self._in_cache(lambda: self._ensure_on_disk(progress), progress, reason="in memory")

    def _ensure_on_disk(self, progress: Progress | None) -> IndexReport:
        """`ensure` for an index in the cache folder (its lock held)."""
        current = self._current()
        if current is None:
            return self._build(self._next_folder(), progress, reason="no index")
        manifest = Manifest.read(current)
        if manifest is None or manifest.version != VERSION:
            return self._build(self._next_folder(), progress, reason="new version")
        store = backend.open_store(current)
        try:
            store.open()
        except Exception as exc:  # damaged: rebuild from the Markdown
            log.warning("index damaged (%s); rebuilding", exc)
            store.close()
            return self._build(self._next_folder(), progress, reason="damaged")
        self._use(store, manifest)
        return self._update(progress)

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[bool]:
        """Hold the lock of the index folder against other processes (this app started
        twice, a command beside the window): one builds or updates while the others wait,
        then use what it made. Re-entrant within this manager."""
        with self._lock:
            if self._held or self.base is None:
                yield True
                return
            with file_lock(self.base / LOCK_FILE) as held:
                self._held = held
                try:
                    yield held
                finally:
                    self._held = False

    def _in_cache(self, work: Callable[[], IndexReport], progress: Progress | None, *, reason: str) -> IndexReport:
        """Run `work` on the index in the cache folder (`_on_disk`); without a cache folder,
        or one that cannot be written to, build the index in memory instead (`reason` says
        why in the report when there is no folder)."""
        with self._lock:
            if self.in_memory or self.base is None:
                return self._build(None, progress, reason=reason)
            exc = self._write_error()
            if exc is not None:
                self._keep_in_memory(exc)
                return self._build(None, progress, reason="cache not writable")
            return self._on_disk(work, progress)

    def _on_disk(self, work: Callable[[], IndexReport], progress: Progress | None) -> IndexReport:
        """Run `work`, which writes to the index folder, holding its lock. When a write
        fails (a full disk, a folder made read-only meanwhile) or another process keeps the
        lock too long, the index is built in memory instead and `notice` says so."""
        with self._exclusive() as held:
            if held:
                try:
                    return work()
                except OSError as exc:
                    log.warning("writing the index failed (%s); keeping it in memory", exc)
                    self._keep_in_memory(exc)
                    return self._build(None, progress, reason="cache write failed")
            log.warning("the index folder stayed locked by another process; building in memory")
            self.in_memory = True
            self.notice = ("Een ander venster van de app is de zoekindex nog aan het bijwerken; "
                           "deze keer wordt hij in het geheugen opgebouwd.")
            return self._build(None, progress, reason="index folder locked")

    def _keep_in_memory(self, exc: OSError) -> None:
        self.in_memory = True
        self.notice = (
            f"De zoekindex kan niet worden opgeslagen ({exc.strerror or exc}); "
            "hij wordt in het geheugen bijgehouden en bij elke start opnieuw opgebouwd."
        )
        log.warning("index cache not writable: %s", exc)

    def _adopt_prebuilt(self) -> IndexReport | None:
        """Start from the prebuilt index: a copy in the cache, or (cache not writable) the
        folder itself, read only. None when it cannot be used (a build follows)."""
        assert self.prebuilt is not None
        source = self.prebuilt()
        if source is None:
            return None
        manifest = Manifest.read(source)
        if manifest is None or manifest.version != VERSION:
            log.warning("prebuilt index in %s unusable; building one", source)
            return None
        # the prebuilt index was made from this very content, but elsewhere: the pages'
        # fingerprints are today's
        manifest.files = {p.path: fingerprint(p) for p in self.site.pages.values()}
        with self._lock, self._exclusive() as held:
            if held and not self.in_memory and self.base is not None and self._writable():
                folder = self._next_folder()
                try:
                    _copy_files(source, folder)
                    manifest.write(folder)
                    self._swap_to(folder)
                except OSError as exc:
                    log.warning("could not copy the prebuilt index (%s)", exc)
                    shutil.rmtree(folder, ignore_errors=True)
                else:
                    if self.needs_build():
                        return None
                    report = self.ensure()
                    report.reason = "prebuilt, copied"
                    return report
            store = backend.open_store(source)
            try:
                store.open()
            except Exception as exc:
                log.warning("prebuilt index damaged (%s); building one in memory", exc)
                store.close()
                return None
            self.read_only = True
            self._use(store, manifest)
            return IndexReport("reused", reason="prebuilt, read only")

    def rebuild(self, progress: Progress | None = None) -> IndexReport:
        """Build a fresh index beside the current one and swap it in."""
        return self._in_cache(lambda: self._build(self._next_folder(), progress, reason="asked"), progress,
                              reason="asked")

    def _write_error(self) -> OSError | None:
        """Why the index folder cannot be written to; None when it can."""
        assert self.base is not None
        try:
            self.base.mkdir(parents=True, exist_ok=True)
            probe = self.base / ".write-test"
            probe.write_text("ok", encoding="utf-8")
            probe.unlink()
        except OSError as exc:
            return exc
        return None

    def _writable(self) -> bool:
        return self.base is not None and self._write_error() is None

    def _use(self, store: backend.Store, manifest: Manifest, lexicon: Lexicon | None = None) -> None:
        if self.store is not None and self.store is not store:
            self.store.close()
        self.store = store
        self.manifest = manifest
        self.analyzer = Analyzer(dutch_stem, manifest.vocabulary)
        self._lexicon = lexicon
        self.generation += 1

    @property
    def lexicon(self) -> Lexicon:
        """The content's words and their page counts (read on first use)."""
        with self._lock:
            if self._lexicon is None:
                folder = None if self.store is None else self.store.folder
                lexicon = None if folder is None else Lexicon.read(folder)
                if lexicon is None and self.store is not None:
                    # missing or unreadable: count it again from the texts in the index
                    log.warning("word list of the index missing or damaged; counting it again")
                    lexicon = Lexicon.count(_words_of(fields) for fields in self.store.stored_fields())
                    if folder is not None:
                        with contextlib.suppress(OSError):
                            lexicon.write(folder)
                self._lexicon = lexicon or Lexicon()
            return self._lexicon

    def _build(self, folder: Path | None, progress: Progress | None, reason: str) -> IndexReport:
        pages = self.site.sorted_pages()
        if folder is not None and len(pages) >= PARALLEL_FROM and build_processes() > 1:
            from reader.search.build_worker import WorkerError

            try:
                return self._build_parallel(folder, pages, progress, reason)
            except WorkerError as exc:
                log.warning("building with several processes failed; building in one: %s", exc)
                shutil.rmtree(folder, ignore_errors=True)
        texts: dict[str, str] | None = None
        tokens: dict[str, list] | None = None
        if len(pages) <= KEEP_TOKENS_UP_TO:  # small sites: split each text once, keep it
            texts = {p.path: page_text(p) for p in pages}
            tokens = {path: word_list(text) for path, text in texts.items()}
            vocabulary = sorted(build_vocabulary([*tokens.values(), *(p.title for p in pages)]))
        else:  # large ones: stream twice rather than hold every token in memory
            vocabulary = sorted(build_vocabulary(p.title + "\n" + page_text(p) for p in pages))
        manifest = Manifest(VERSION, {p.path: fingerprint(p) for p in pages}, vocabulary)
        store = backend.open_store(folder)
        store.create()
        previous = self.analyzer
        self.analyzer = Analyzer(dutch_stem, vocabulary)
        df: Counter[str] = Counter()  # the lexicon, counted page by page (not kept per page)

        def count(page_words: list[str]) -> None:
            df.update(set(page_words))

        try:
            store.write(self._documents(pages, progress, texts, tokens, count), fresh=True)
        except BaseException:
            self.analyzer = previous
            store.close()
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
            raise
        self._finish_build(folder, store, manifest, Lexicon(df))
        return IndexReport("built", added=len(pages), in_memory=folder is None, reason=reason)

    def _finish_build(self, folder: Path | None, store: backend.Store, manifest: Manifest,
                      lexicon: Lexicon) -> None:
        """Save the word list and manifest beside a new index, make it current, use it."""
        if folder is not None:
            lexicon.write(folder)
            manifest.write(folder)
            self._swap_to(folder)
        self._use(store, manifest, lexicon)

    def _build_parallel(self, folder: Path, pages: list[Page], progress: Progress | None,
                        reason: str) -> IndexReport:
        """A full build by one worker process per core, each writing a part index."""
        from reader.search.build_worker import build_parts

        n = min(build_processes(), max(1, len(pages) // max(1, PARALLEL_FROM // 2)))
        # every n-th page to the same worker: folders differ in page size, so contiguous
        # chunks would leave one worker busy long after the others
        chunks = [pages[i::n] for i in range(n)]

        def as_data(p: Page) -> tuple[str, str, str, list[str], str, bytes, str]:
            return (p.path, str(p.kind), p.title, self.ident_terms(p), p.summary, p.body.encode("utf-8"),
                    situations.situation_text(p))

        store = backend.open_store(folder)
        store.create()
        total = len(pages)
        try:
            vocabulary, parts, df = build_parts(
                folder, chunks, as_data, lambda counts: sorted(vocabulary_from_counts(counts)),
                None if progress is None else lambda done: progress(min(done, total), total))
            store.adopt_parts(parts)
            for part in parts:
                shutil.rmtree(part, ignore_errors=True)
        except BaseException:
            store.close()
            shutil.rmtree(folder, ignore_errors=True)
            raise
        manifest = Manifest(VERSION, {p.path: fingerprint(p) for p in pages}, vocabulary)
        self._finish_build(folder, store, manifest, Lexicon(df))
        return IndexReport("built", added=len(pages), reason=f"{reason}, {len(chunks)} processes")

    def _documents(self, pages: list[Page], progress: Progress | None, texts: dict[str, str] | None = None,
                   tokens: dict[str, list] | None = None,
                   collect: Callable[[list[str]], None] | None = None) -> Iterable[dict[str, object]]:
        """Documents of `pages`; `collect` receives each page's words."""
        total = len(pages)
        for i, page in enumerate(pages, 1):
            if texts is not None and tokens is not None:
                doc, page_words = self._document(page, texts.pop(page.path), tokens.pop(page.path))
            else:
                doc, page_words = self._document(page)
            if collect is not None:
                collect(page_words)
            yield doc
            if progress is not None and (i % 25 == 0 or i == total):
                progress(i, total)

    def _update(self, progress: Progress | None = None) -> IndexReport:
        assert self.store is not None and self.manifest is not None
        known = self.manifest.files
        current = {p.path: p for p in self.site.pages.values()}
        added = [p for path, p in current.items() if path not in known]
        changed = [
            p for path, p in current.items() if path in known and known[path] != fingerprint(p)
        ]
        removed = [path for path in known if path not in current]
        if not (added or changed or removed):
            return IndexReport("reused", in_memory=self.store.folder is None)
        if self.read_only:  # the prebuilt folder is never written to
            self.read_only = False
            self.in_memory = True
            return self._build(None, progress, reason="content changed, prebuilt index read only")
        todo = added + changed
        # the words of the old versions leave the lexicon, those of the new ones join it
        old_words = [_words_of(f) for f in self.store.stored_fields([p.path for p in changed] + removed)]
        new_words: list[list[str]] = []
        self.store.write(self._documents(todo, progress, collect=new_words.append), delete=removed)
        lexicon = self.lexicon.changed(old_words, new_words)
        self._lexicon = lexicon
        for page in todo:
            known[page.path] = fingerprint(page)
        for path in removed:
            known.pop(path, None)
        if self.store.folder is not None:
            with contextlib.suppress(OSError):
                lexicon.write(self.store.folder)
                self.manifest.write(self.store.folder)
        self.generation += 1
        return IndexReport("updated", len(added), len(changed), len(removed), self.store.folder is None)

    def refresh(self, site: Site, progress: Progress | None = None) -> IndexReport:
        """Bring the index in line with a newly loaded site (incremental)."""
        with self._lock:
            self.site = site
            if self.store is None:
                return self.ensure(progress)
            if self.store.folder is None:
                return self._update(progress)
            return self._on_disk(lambda: self._update(progress), progress)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


def _copy_files(source: Path, target: Path) -> None:
    """Copy a folder's files without their permission bits (a read-only bundle must not
    make a read-only cache)."""
    for dirpath, _dirnames, filenames in os.walk(source):
        here = target / Path(dirpath).relative_to(source)
        here.mkdir(parents=True, exist_ok=True)
        for name in filenames:
            shutil.copyfile(Path(dirpath) / name, here / name)


def _words_of(fields: dict[str, str]) -> list[str]:
    """The folded words of an indexed page, from its stored title and text, and its everyday
    phrases (`situations`: the file is the one it was indexed with, by the index's version)."""
    return (word_list(fields.get("display_title", "")) + word_list(fields.get("text", ""))
            + word_list(situations.stored_situation_text(fields.get("kind", ""), fields.get("path", ""))))


#: What the build process runs from source (see `reader.frozen.worker_command`).
BUILD_CODE = ("import sys; from reader.search.index import build_process_main; "
              "sys.exit(build_process_main(sys.argv[1:]))")


def build_process_main(args: Sequence[str]) -> int:
    """Entry point of the build process (`build_in_subprocess`): load the site of the
    content root args[0], build its index in the cache folder args[1], and report progress
    as pickled (done, total) pairs on stdout."""
    import pickle

    root, cache_dir = args
    out = sys.stdout.buffer

    def report(done: int, total: int) -> None:
        pickle.dump((done, total), out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()

    manager = IndexManager(Site.load(Path(root)), Path(cache_dir))
    try:
        manager.ensure(report)
    finally:
        manager.close()
    return 0


def build_in_subprocess(root: Path, cache_dir: Path | None, progress: Progress | None = None) -> bool:
    """Build the index of `root` in a fresh process (started as the parallel build's
    workers are: `reader.frozen.worker_command`); False when that did not work."""
    import pickle
    import subprocess

    if cache_dir is None:
        return False
    try:
        process = subprocess.Popen(
            [*worker_command(BUILD_CODE, BUILD_FLAG), str(root), str(cache_dir)], stdout=subprocess.PIPE,
            env=worker_env(), creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console on Windows
        )
    except OSError as exc:  # no processes allowed here: build in this one
        log.warning("could not start the index process: %s", exc)
        return False
    assert process.stdout is not None
    try:
        while True:
            try:
                done, total = pickle.load(process.stdout)
            except (EOFError, pickle.UnpicklingError):  # the process ended (or wrote garbage)
                break
            if progress is not None:
                progress(done, total)
    except BaseException:
        process.kill()
        raise
    finally:
        process.wait()
        process.stdout.close()
    if process.returncode != 0:
        log.warning("index process failed with exit code %s", process.returncode)
        return False
    return True
