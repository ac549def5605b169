"""One resolver for bundled files (stylesheets, icons, translations, synonyms).

Works from a source checkout and from an installed wheel alike: resources live in the
`resources/` folder beside the package in a checkout, and are installed as package data
under `reader/_resources` in a wheel. Names with `..` or absolute paths are refused.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE.parent / "resources", _PACKAGE / "_resources")
_CONTENT_CANDIDATES = (_PACKAGE.parent / "content", _PACKAGE / "_content")


def resource_path(name: str) -> Path:
    rel = PurePosixPath(name)
    if rel.is_absolute() or ".." in rel.parts:
        raise ValueError(f"invalid resource name: {name!r}")
    for base in _CANDIDATES:
        path = base.joinpath(*rel.parts)
        if path.exists():
            return path
    raise FileNotFoundError(name)


def bundled_content() -> Path:
    """The content root shipped with the app."""
    for base in _CONTENT_CANDIDATES:
        if base.is_dir():
            return base
    return _CONTENT_CANDIDATES[0]
