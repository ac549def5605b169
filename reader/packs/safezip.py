"""Importing a content zip without trusting it.

Every entry is checked before anything is written: no path that leaves the target (`..`,
absolute paths, drive letters, backslashes), no symlinks, and limits on the file count, the
total uncompressed size and each entry's compression ratio (zip bombs). The zip is extracted
into a temporary folder beside the target, its content root is recognised, and only then is
the folder renamed into place; a refused or failed import leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from reader.packs.layout import PackError, find_content_root

CHUNK = 1 << 16


@dataclass(frozen=True)
class Limits:
    """What a content zip may hold. The real Algoritmekader is about 1,000 files and 30 MB."""

    max_files: int = 20_000
    max_total_bytes: int = 500 * 1024 * 1024
    max_ratio: float = 200.0  # uncompressed / compressed, per entry
    min_ratio_size: int = 1024 * 1024  # entries smaller than this are not ratio-checked


def imported_location(zip_path: Path, data_dir: Path) -> Path:
    """Where `zip_path` is imported: its name plus a hash of its bytes, so a changed zip
    gets a new folder and the same zip is imported once."""
    digest = hashlib.sha1()
    with open(zip_path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return Path(data_dir) / f"{Path(zip_path).stem}-{digest.hexdigest()[:12]}"


def _safe_name(name: str) -> PurePosixPath:
    """The entry's relative path, or `PackError` when it could leave the target."""
    if "\\" in name:
        raise PackError(f"Zip geweigerd: pad met een backslash: {name}")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise PackError(f"Zip geweigerd: absoluut pad: {name}")
    path = PurePosixPath(name)
    if any(part == ".." for part in path.parts):
        raise PackError(f"Zip geweigerd: pad buiten de doelmap: {name}")
    if "\x00" in name:
        raise PackError(f"Zip geweigerd: ongeldige naam: {name!r}")
    return path


def check_entries(archive: zipfile.ZipFile, limits: Limits) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    """The entries to extract (directories left out), after every check."""
    infos = archive.infolist()
    if len(infos) > limits.max_files:
        raise PackError(f"Zip geweigerd: meer dan {limits.max_files} bestanden")
    total = 0
    entries = []
    for info in infos:
        path = _safe_name(info.filename)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackError(f"Zip geweigerd: symbolische koppeling: {info.filename}")
        if info.is_dir():
            continue
        total += info.file_size
        if total > limits.max_total_bytes:
            raise PackError(f"Zip geweigerd: uitgepakt groter dan {limits.max_total_bytes // (1024 * 1024)} MB")
        if (info.file_size >= limits.min_ratio_size
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            raise PackError(f"Zip geweigerd: verdachte compressieverhouding: {info.filename}")
        entries.append((info, path))
    return entries


def _extract(archive: zipfile.ZipFile, entries, into: Path, limits: Limits) -> None:
    """Write the checked entries under `into`, counting the bytes really read (a header
    may lie about the size)."""
    written = 0
    for info, rel in entries:
        target = into.joinpath(*rel.parts)
        if into.resolve() not in target.resolve().parents:
            raise PackError(f"Zip geweigerd: pad buiten de doelmap: {info.filename}")
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(info) as src, open(target, "wb") as dst:
            for chunk in iter(lambda: src.read(CHUNK), b""):
                written += len(chunk)
                if written > limits.max_total_bytes:
                    raise PackError("Zip geweigerd: uitgepakt groter dan toegestaan")
                dst.write(chunk)


def import_zip(zip_path: Path, target: Path, limits: Limits | None = None) -> Path:
    """Extract `zip_path` into the new folder `target` and return the content root in it.
    Raises `PackError` (nothing written) when the zip is refused or holds no content."""
    limits = limits or Limits()
    zip_path, target = Path(zip_path), Path(target)
    if target.exists():
        raise PackError(f"Doelmap bestaat al: {target}")
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=".import-", dir=target.parent))
    try:
        try:
            with zipfile.ZipFile(zip_path) as archive:
                _extract(archive, check_entries(archive, limits), temp, limits)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise PackError(f"Zip kan niet gelezen worden: {zip_path}: {exc}") from exc
        try:
            root = find_content_root(temp)
        except PackError:
            raise PackError(f"Geen Algoritmekader-inhoud gevonden in {zip_path}: "
                            "verwacht een map met Markdown-pagina's of een map docs/") from None
        temp.rename(target)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return target / root.relative_to(temp)
