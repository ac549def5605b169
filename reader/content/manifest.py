"""A content root's own statement of what it is: `pack.json` (see reader.packs.metadata).

The bundled content says there that it is a summary in our own words and which upstream
version and date it follows; the rendered pages, the start page and the About dialog say
so in turn. Official content has no such file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MANIFEST = "pack.json"
KIND_SUMMARY = "samenvatting"
KIND_OFFICIAL = "officieel"


def read_manifest(root: Path) -> dict[str, Any] | None:
    """The root's `pack.json`, or None when it has none (or an unreadable one)."""
    try:
        data = json.loads((Path(root) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def summary_follows(root: Path) -> str | None:
    """For a summary pack: which upstream version it follows ("v2.4.3 (2026-06-17)", "" when
    not said); None for official content."""
    manifest = read_manifest(root)
    if manifest is None or manifest.get("kind", KIND_SUMMARY) != KIND_SUMMARY:
        return None
    found = manifest.get("upstream")
    upstream: dict[str, Any] = found if isinstance(found, dict) else {}
    version = str(upstream.get("version", "")).strip()
    date = str(upstream.get("date", "")).strip()
    return " ".join(p for p in (version, f"({date})" if date else "") if p)


def summary_statement(root: Path) -> str:
    """For a summary pack: one Dutch sentence saying it is not the official text and what it
    follows ("" for official content)."""
    follows = summary_follows(root)
    if follows is None:
        return ""
    return ("Samenvatting in eigen woorden, niet de officiële tekst"
            + (f"; volgt het Algoritmekader {follows}." if follows else "."))
