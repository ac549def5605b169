"""What the About dialog and the start page say about the content: source, date, size."""

from __future__ import annotations

import datetime as dt
import re

from reader.content import Site


def content_info(site: Site) -> dict[str, str]:
    info = {"root": str(site.root), "pages": str(len(site.pages)),
            "source": "Algoritmekader, Ministerie van BZK (EUPL-1.2)", "date": ""}
    for candidate in (site.root / "SOURCE.md", site.root.parent / "SOURCE.md"):
        try:
            text = candidate.read_text(encoding="utf-8")
        except OSError:
            continue
        commit = re.search(r"Commit:\s*([0-9a-f]{7,40})(?:\s*\(([^)]+)\))?", text)
        if commit:
            info["source"] += f", commit {commit.group(1)[:10]}"
            if commit.group(2):
                info["date"] = commit.group(2)
        break
    if not info["date"] and site.pages:
        newest = max(p.mtime_ns for p in site.pages.values())
        if newest:
            info["date"] = dt.datetime.fromtimestamp(newest / 1e9).strftime("%Y-%m-%d")
    return info
