"""Opening what the user gives: a folder or a zip, to the content root to read."""

from __future__ import annotations

import zipfile
from pathlib import Path

from reader.packs.layout import EXPECTED, PackError, find_content_root
from reader.packs.safezip import import_zip, imported_location


def open_content(path: Path, data_dir: Path | None = None) -> Path:
    """The content root of a folder or a zip; a zip is imported first into
    `data_dir` (default: the user data folder's `packs/`), once per zip file."""
    path = Path(path).expanduser()
    if path.is_file() and zipfile.is_zipfile(path):
        if data_dir is None:
            from reader.portable import user_data_dir

            data_dir = user_data_dir() / "packs"
        target = imported_location(path, data_dir)
        if target.is_dir():
            return find_content_root(target)
        return import_zip(path, target)
    if path.is_file():
        raise PackError(f"Geen Algoritmekader-inhoud gevonden in {path}: {EXPECTED}")
    return find_content_root(path)
