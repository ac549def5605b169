"""Content packs: layout recognition and a safe zip import (every hostile zip is refused
and leaves no trace)."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from reader.packs import Limits, PackError, find_content_root, import_zip, open_content

PAGE = "---\ntitle: Een pagina\n---\n\nTekst.\n"


def _zip(path: Path, entries: dict[str, bytes | str], *, deflate: bool = True) -> Path:
    mode = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w", mode) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


def _docs(folder: Path) -> Path:
    (folder / "onderwerpen").mkdir(parents=True)
    (folder / "index.md").write_text(PAGE, encoding="utf-8")
    (folder / "onderwerpen" / "a.md").write_text(PAGE, encoding="utf-8")
    return folder


def test_docs_folder_itself(tmp_path: Path) -> None:
    docs = _docs(tmp_path / "docs")
    assert find_content_root(docs) == docs


def test_repository_root_and_nested_release(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    _docs(repo / "docs")
    (repo / "README.md").write_text("# readme", encoding="utf-8")
    assert find_content_root(repo) == repo / "docs"
    release = tmp_path / "rel"
    _docs(release / "algoritmekader-2.4.3" / "docs")
    assert find_content_root(release) == release / "algoritmekader-2.4.3" / "docs"


def test_empty_and_unrelated_folders_say_what_was_expected(tmp_path: Path) -> None:
    empty = tmp_path / "leeg"
    empty.mkdir()
    with pytest.raises(PackError, match=r"leeg.*verwacht een map met Markdown-pagina's of een map docs/"):
        find_content_root(empty)
    other = tmp_path / "ander"
    other.mkdir()
    (other / "foto.jpg").write_bytes(b"x")
    with pytest.raises(PackError, match="Geen Algoritmekader-inhoud gevonden"):
        find_content_root(other)
    with pytest.raises(PackError, match="bestaat niet"):
        find_content_root(tmp_path / "nergens")


def test_release_zip_is_imported(tmp_path: Path) -> None:
    z = _zip(tmp_path / "algoritmekader-2.4.3.zip", {
        "algoritmekader-2.4.3/README.md": "# x", "algoritmekader-2.4.3/docs/index.md": PAGE,
        "algoritmekader-2.4.3/docs/onderwerpen/a.md": PAGE})
    data = tmp_path / "data"
    root = open_content(z, data)
    assert root.name == "docs" and (root / "onderwerpen" / "a.md").is_file()
    assert open_content(z, data) == root  # imported once
    assert [p.name for p in data.iterdir()] == [root.parent.parent.name]


def test_zip_of_docs_folder(tmp_path: Path) -> None:
    z = _zip(tmp_path / "docs.zip", {"docs/index.md": PAGE, "docs/a/b.md": PAGE})
    root = open_content(z, tmp_path / "data")
    assert (root / "index.md").is_file()


def _symlink_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("docs/index.md", PAGE)
        info = zipfile.ZipInfo("docs/link.md")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(info, "/etc/passwd")
    return path


def _bomb_zip(path: Path) -> Path:
    return _zip(path, {"docs/index.md": PAGE, "docs/bom.md": b"\0" * (8 * 1024 * 1024)})


@pytest.mark.parametrize(("entries", "message"), [
    ({"docs/index.md": PAGE, "../evil.md": "x"}, "pad buiten de doelmap"),
    ({"docs/index.md": PAGE, "docs/../../evil.md": "x"}, "pad buiten de doelmap"),
    ({"docs/index.md": PAGE, "/tmp/evil.md": "x"}, "absoluut pad"),
    ({"docs/index.md": PAGE, "C:/evil.md": "x"}, "absoluut pad"),
    ({"docs/index.md": PAGE, "docs\\..\\..\\evil.md": "x"}, "backslash"),
    ({"foto.jpg": b"x", "tekst.txt": "y"}, "Geen Algoritmekader-inhoud gevonden"),
    ({}, "Geen Algoritmekader-inhoud gevonden"),
])
def test_hostile_zip_is_refused_without_trace(tmp_path: Path, entries, message) -> None:
    z = _zip(tmp_path / "vijandig.zip", entries)
    data = tmp_path / "data"
    with pytest.raises(PackError, match=message):
        open_content(z, data)
    assert not data.exists() or not any(data.iterdir())
    assert not (tmp_path / "evil.md").exists()


@pytest.mark.parametrize(("make", "limits", "message"), [
    (_symlink_zip, Limits(), "symbolische koppeling"),
    (_bomb_zip, Limits(), "compressieverhouding"),
    (_bomb_zip, Limits(max_total_bytes=1024 * 1024, max_ratio=1e9), "groter dan"),
    (lambda p: _zip(p, {f"docs/{i}.md": PAGE for i in range(30)}), Limits(max_files=10), "meer dan 10 bestanden"),
])
def test_symlinks_and_bombs_are_refused_without_trace(tmp_path: Path, make, limits, message) -> None:
    z = make(tmp_path / "vijandig.zip")
    data = tmp_path / "data"
    data.mkdir()
    with pytest.raises(PackError, match=message):
        import_zip(z, data / "pak", limits)
    assert list(data.iterdir()) == []


def test_not_a_zip(tmp_path: Path) -> None:
    f = tmp_path / "kapot.zip"
    f.write_bytes(b"PK\x03\x04 kapot")
    with pytest.raises(PackError):
        open_content(f, tmp_path / "data")
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())
