"""What a pack is: its name, kind, version, date and page count, and where it lives.

The bundled content declares these facts in one file, `pack.json` at its root (`MANIFEST`):
its kind "samenvatting" (a summary in our own words) and the upstream version, commit, date
and site it follows. An official pack (a clone or release of MinBZK/Algoritmekader) has no
manifest; its version and date come from what it holds: a folder name such as
`algoritmekader-2.4.3`, a `SOURCE.md` note (release tag, commit and date), a `CHANGELOG`
or `mkdocs.yml` beside `docs/`, and at last the date of its newest page.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from reader.content import Site
from reader.content.manifest import KIND_OFFICIAL, KIND_SUMMARY, MANIFEST, read_manifest
from reader.content.model import SITE_URL, Page

__all__ = ["KIND_OFFICIAL", "KIND_SUMMARY", "MANIFEST", "PackInfo", "pack_info", "read_manifest"]

#: a version at the end of a folder name; an imported zip's folder ends in "-" and a hash
_VERSION_IN_NAME = re.compile(r"(?:^|[-_ ]v?)(\d+\.\d+(?:\.\d+)?)(?:-[0-9a-f]{12})?$", re.IGNORECASE)
_RELEASE_TAG = re.compile(r"(?:release|tag)\s+v?(\d+\.\d+(?:\.\d+)?)", re.IGNORECASE)
_COMMIT = re.compile(r"[Cc]ommit:?\s*([0-9a-f]{7,40})")
_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_CHANGELOG_VERSION = re.compile(r"^#+\s*\[?v?(\d+\.\d+(?:\.\d+)?)\]?(?:.*?(\d{4}-\d{2}-\d{2}))?", re.MULTILINE)


@dataclass(frozen=True)
class PackInfo:
    """The facts of one pack. `root` is its content root; `kind` is "samenvatting" for our
    own summary, "officieel" for upstream content; `version` and `date` the upstream
    version and date it follows or holds ("" when unknown); `site` the official site's
    base address."""

    name: str
    kind: str
    version: str
    date: str
    pages: int
    root: str
    commit: str = ""
    site: str = SITE_URL

    @property
    def is_summary(self) -> bool:
        return self.kind == KIND_SUMMARY

    @property
    def label(self) -> str:
        """The name with its version and date, each once ("Algoritmekader 2.4.3 (2025-11-20)")."""
        text = self.name + (f" {self.version}" if self.version and self.version not in self.name else "")
        return text + (f" ({self.date})" if self.date and self.date not in text else "")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _newest_page_date(root: Path) -> str:
    newest = max((p.stat().st_mtime for p in Path(root).rglob("*.md")), default=0.0)
    return dt.datetime.fromtimestamp(newest).strftime("%Y-%m-%d") if newest else ""


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[:20_000]
    except OSError:
        return ""


def official_facts(root: Path, newest: str | None = None) -> dict[str, str]:
    """Version, commit and date of an official pack, from what it holds (see the module)."""
    root = Path(root)
    facts = {"version": "", "commit": "", "date": ""}
    homes = [root, *list(root.parents)[:3]] if root.name == "docs" else [root, *list(root.parents)[:2]]
    for folder in homes:  # a folder name such as algoritmekader-2.4.3 or algoritmekader-v2.4.3
        match = _VERSION_IN_NAME.search(folder.name)
        if match and folder.name.lower().startswith("algoritmekader"):
            facts["version"] = match.group(1)
            break
    repo = root.parent if root.name == "docs" else root
    note = _read(repo / "SOURCE.md")
    if note:
        if not facts["version"] and (tag := _RELEASE_TAG.search(note)):
            facts["version"] = tag.group(1)
        if commit := _COMMIT.search(note):
            facts["commit"] = commit.group(1)[:10]
            after = note[commit.end():commit.end() + 60]
            if date := _DATE.search(after):
                facts["date"] = date.group(1)
    for name in ("CHANGELOG.md", "CHANGELOG", "docs/CHANGELOG.md"):
        if (entry := _CHANGELOG_VERSION.search(_read(repo / name))):
            facts["version"] = facts["version"] or entry.group(1)
            facts["date"] = facts["date"] or (entry.group(2) or "")
            break
    mkdocs = re.search(r"^\s*version:\s*['\"]?([\w.]+)", _read(repo / "mkdocs.yml"), re.MULTILINE)
    if not facts["version"] and mkdocs:
        facts["version"] = mkdocs.group(1)
    facts["date"] = facts["date"] or (newest if newest is not None else _newest_page_date(root))
    return facts


def site_info(site: Site) -> PackInfo:
    """The facts of a loaded pack: its pages counted and dated from what is in memory
    (no walk over the folder: the window asks at start-up)."""
    stamp = max((p.mtime_ns for p in site.pages.values()), default=0)
    newest = dt.datetime.fromtimestamp(stamp / 1e9).strftime("%Y-%m-%d") if stamp else ""
    return pack_info(site.root, len(site.pages), newest=newest)


def pack_info(root: Path, pages: int | None = None, *, newest: str | None = None) -> PackInfo:
    """The facts of the pack at content root `root`; `pages`: its page count when known
    (else the Markdown files are counted); `newest`: the date of its newest page when known
    (else, when nothing else dates it, the files are looked at)."""
    root = Path(root)
    count = pages if pages is not None else sum(1 for _ in root.rglob("*.md"))
    manifest = read_manifest(root)
    if manifest is not None:
        upstream = manifest.get("upstream") or {}
        return PackInfo(name=str(manifest.get("name", root.name)), kind=str(manifest.get("kind", KIND_SUMMARY)),
                        version=str(upstream.get("version", "")), date=str(upstream.get("date", "")),
                        pages=count, root=str(root), commit=str(upstream.get("commit", ""))[:10],
                        site=str(upstream.get("site", SITE_URL)))
    facts = official_facts(root, newest)
    name = "Algoritmekader" + (f" {facts['version']}" if facts["version"] else "")
    if not facts["version"] and facts["commit"]:
        name += f" ({facts['commit']})"
    return PackInfo(name=name, kind=KIND_OFFICIAL, version=facts["version"], date=facts["date"],
                    pages=count, root=str(root), commit=facts["commit"])


def official_url(page: Page) -> str:
    """The page's address on the official site (from its path)."""
    return page.url


def same_page(page: Page, other) -> Page | None:
    """The page of `other` (a `Site`) that is `page` there: the same id (URN) when it has
    one, else the same path."""
    if page.urn:
        for candidate in other.pages.values():
            if candidate.urn == page.urn:
                return candidate
    return other.get(page.path)
