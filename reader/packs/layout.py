"""Recognising the layout of a content folder: where its Markdown pages start.

Accepted: the `docs/` folder itself (Markdown pages, maybe in sub-folders), the repository
root of a clone or an unpacked release with `docs/` inside, and such a root nested one level
(a release zip's `algoritmekader-2.4.3/docs/`). Anything else raises `PackError`.
"""

from __future__ import annotations

from pathlib import Path

EXPECTED = "verwacht een map met Markdown-pagina's of een map docs/ (of een zip daarvan)"


class PackError(Exception):
    """A folder or zip that holds no usable content, or a zip that is refused; the message
    is Dutch and fit to show as it is."""


def _has_pages(folder: Path) -> bool:
    """Whether `folder` holds Markdown pages (at its top or in a sub-folder)."""
    return any(p.is_file() for p in folder.rglob("*.md"))


def _is_docs_root(folder: Path) -> bool:
    """A content root: Markdown pages directly here or one level down, and not a
    repository root (which has its pages in docs/)."""
    if (folder / "docs").is_dir():
        return False
    return any(folder.glob("*.md")) or any(folder.glob("*/*.md"))


def find_content_root(path: Path) -> Path:
    """The content root inside `path` (a folder). Raises `PackError` when there is none."""
    path = Path(path).expanduser()
    if not path.exists():
        raise PackError(f"Inhoudsmap bestaat niet: {path}")
    if not path.is_dir():
        raise PackError(f"Geen Algoritmekader-inhoud gevonden in {path}: {EXPECTED}")
    candidates = [path / "docs"]
    subfolders = sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith("."))
    candidates += [sub / "docs" for sub in subfolders]
    for candidate in candidates:
        if candidate.is_dir() and _has_pages(candidate):
            return candidate
    if _is_docs_root(path):
        return path
    if len(subfolders) == 1 and _is_docs_root(subfolders[0]):  # a zip of a docs/ folder
        return subfolders[0]
    if not any(path.iterdir()):
        raise PackError(f"De map {path} is leeg: {EXPECTED}")
    raise PackError(f"Geen Algoritmekader-inhoud gevonden in {path}: {EXPECTED}")
