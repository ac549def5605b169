"""The pack library: the bundled pack plus every pack the user opened or imported.

    library = PackLibrary()                      # user_data_dir() / "packs.json"
    library.packs() -> list[PackInfo]            the bundled one first
    library.add(path) -> PackInfo                a folder (remembered) or a zip (imported)
    library.remove(name)                         imported copies deleted, folders forgotten
    library.use(name); library.current() -> PackInfo   the chosen pack, remembered

Stored as a small JSON file, written atomically (a temporary file renamed over it). Each
pack has its own search index without more ado: the index cache is keyed by content root
(`reader.cache.root_key`), so switching packs switches indexes.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from reader.packs.layout import PackError
from reader.packs.metadata import PackInfo, pack_info
from reader.packs.opening import open_content

FILE_NAME = "packs.json"
PACKS_DIR = "packs"  # imported zips, under the user data folder


def _bundled() -> PackInfo:
    from reader.resources import bundled_content

    return pack_info(bundled_content())


class PackLibrary:
    """The packs the user has, and the chosen one. `data_dir` None: the user data folder
    (the portable `data/user/` in portable mode)."""

    def __init__(self, data_dir: Path | None = None) -> None:
        if data_dir is None:
            from reader.portable import user_data_dir

            data_dir = user_data_dir()
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / FILE_NAME
        self._data = self._read()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"packs": [], "current": ""}
        if not isinstance(data, dict) or not isinstance(data.get("packs"), list):
            return {"packs": [], "current": ""}
        return data

    def _write(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".packs-", suffix=".json", dir=self.data_dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._data, fh, ensure_ascii=False, indent=1)
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def packs(self) -> list[PackInfo]:
        """Every pack: the bundled one first, then the added ones in the order added."""
        out = [_bundled()]
        for entry in self._data["packs"]:
            fields = {k: entry.get(k, "") for k in ("name", "kind", "version", "date", "root", "commit")}
            out.append(PackInfo(pages=int(entry.get("pages", 0)), **fields))
        return out

    def get(self, name: str) -> PackInfo | None:
        """The pack of that name (case-insensitive), or None."""
        for pack in self.packs():
            if pack.name.casefold() == name.casefold():
                return pack
        return None

    def imported(self, pack: PackInfo) -> bool:
        """Whether the pack is a copy the library made (of a zip) and so deletes on remove."""
        packs_dir = (self.data_dir / PACKS_DIR).resolve()
        return packs_dir in Path(pack.root).resolve().parents

    def add(self, path: Path) -> PackInfo:
        """Open a folder or zip (a zip is imported into the data folder) and remember it;
        raises `PackError` when it holds no content. Adding a pack again updates it."""
        root = open_content(Path(path), self.data_dir / PACKS_DIR).resolve()
        info = pack_info(root)
        if info.is_summary:
            raise PackError(f"{path} is de meegeleverde samenvatting; die staat al in de bibliotheek")
        names = {p.name for p in self.packs() if Path(p.root).resolve() != root}
        name, n = info.name, 2
        while name in names:
            name, n = f"{info.name} ({n})", n + 1
        entry = {**info.as_dict(), "name": name, "root": str(root)}
        entry.pop("site", None)
        self._data["packs"] = [e for e in self._data["packs"] if Path(e.get("root", "")).resolve() != root]
        self._data["packs"].append(entry)
        self._write()
        return self.get(name) or info

    def remove(self, name: str) -> PackInfo:
        """Forget a pack; an imported copy is deleted too. The bundled pack stays."""
        pack = self.get(name)
        if pack is None:
            raise PackError(f"Onbekend pakket: {name}")
        if pack.root == _bundled().root:
            raise PackError("Het meegeleverde pakket kan niet verwijderd worden")
        self._data["packs"] = [e for e in self._data["packs"] if e.get("root") != pack.root]
        if self._data.get("current") == pack.root:
            self._data["current"] = ""
        self._write()
        if self.imported(pack):
            packs_dir = (self.data_dir / PACKS_DIR).resolve()
            top = Path(pack.root).resolve()
            while top.parent != packs_dir:
                top = top.parent
            shutil.rmtree(top, ignore_errors=True)
        return pack

    def use(self, name: str) -> PackInfo:
        """Choose the pack to read (remembered)."""
        pack = self.get(name)
        if pack is None:
            raise PackError(f"Onbekend pakket: {name}")
        self._data["current"] = "" if pack.root == _bundled().root else pack.root
        self._write()
        return pack

    def current(self) -> PackInfo:
        """The chosen pack; the bundled one when none was chosen or the chosen one is gone."""
        root = self._data.get("current") or ""
        for pack in self.packs()[1:]:
            if pack.root == root and Path(root).is_dir():
                return pack
        return _bundled()
