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


# --- pack facts, the library, the diff -------------------------------------------------------

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "corpora"
OLD, NEW = SHARED / "algoritmekader-v2.4.3", SHARED / "algoritmekader"
needs_corpora = pytest.mark.skipif(not (OLD / "docs").is_dir() or not (NEW / "docs").is_dir(),
                                   reason="../shared/corpora/algoritmekader(-v2.4.3) not present")


def test_bundled_pack_declares_it_is_a_summary_and_what_it_follows() -> None:
    from reader.packs import pack_info
    from reader.resources import bundled_content

    info = pack_info(bundled_content())
    assert info.is_summary and info.kind == "samenvatting"
    assert info.date == "2026-06-17" and info.commit == "46917ceafa"
    assert info.site == "https://minbzk.github.io/Algoritmekader/"


def test_official_version_from_folder_name_or_newest_page(tmp_path: Path) -> None:
    from reader.packs import pack_info

    docs = _docs(tmp_path / "algoritmekader-2.4.3" / "docs")
    info = pack_info(docs)
    assert (info.kind, info.version, info.name, info.pages) == ("officieel", "2.4.3", "Algoritmekader 2.4.3", 2)
    plain = _docs(tmp_path / "x" / "docs")
    assert pack_info(plain).version == "" and len(pack_info(plain).date) == 10


def test_library_add_use_remove(tmp_path: Path) -> None:
    from reader.packs import PackLibrary

    z = _zip(tmp_path / "algoritmekader-2.4.3.zip", {
        "algoritmekader-2.4.3/docs/index.md": PAGE, "algoritmekader-2.4.3/docs/a/b.md": PAGE})
    folder = _docs(tmp_path / "kloon" / "docs")
    data = tmp_path / "data"
    library = PackLibrary(data)
    imported = library.add(z)
    opened = library.add(folder.parent)
    assert [p.kind for p in library.packs()] == ["samenvatting", "officieel", "officieel"]
    assert imported.version == "2.4.3" and imported.pages == 2 and library.imported(imported)
    assert not library.imported(opened)
    assert library.current().is_summary
    library.use(imported.name)
    again = PackLibrary(data)  # persisted
    assert again.current().root == imported.root and len(again.packs()) == 3
    again.remove(imported.name)
    again.remove(opened.name)
    assert not Path(imported.root).exists() and folder.is_dir()  # a copy deleted, a folder forgotten
    assert list((data / "packs").iterdir()) == []
    assert PackLibrary(data).current().is_summary
    with pytest.raises(PackError, match="meegeleverde"):
        again.remove(again.packs()[0].name)


def test_diff_of_two_small_packs(tmp_path: Path) -> None:
    from reader.content import Site
    from reader.packs.diff import changed_ids, diff_html, diff_sites

    def page(title: str, rollen: str, body: str, urn: str) -> str:
        return f"---\ntitle: {title}\nid: {urn}\nrollen:\n- {rollen}\n---\n\n{body}\n"

    old, new = tmp_path / "old", tmp_path / "new"
    for root in (old, new):
        (root / "voldoen-aan-wetten-en-regels" / "maatregelen").mkdir(parents=True)
        (root / "index.md").write_text(PAGE, encoding="utf-8")
    m = old / "voldoen-aan-wetten-en-regels" / "maatregelen"
    m.joinpath("0-org-01-a.md").write_text(page("A", "jurist", "een twee drie vier", "urn:nl:ak:mtr:org-01"), "utf-8")
    m.joinpath("0-org-02-b.md").write_text(page("B", "jurist", "tekst", "urn:nl:ak:mtr:org-02"), "utf-8")
    m = new / "voldoen-aan-wetten-en-regels" / "maatregelen"
    m.joinpath("0-org-01-a.md").write_text(page("A2", "ontwikkelaar", "een twee drie vijf", "urn:nl:ak:mtr:org-01"), "utf-8")
    m.joinpath("0-org-03-c.md").write_text(page("C", "jurist", "tekst", "urn:nl:ak:mtr:org-03"), "utf-8")
    a, b = Site.load(old), Site.load(new)
    diff = diff_sites(a, b, "oud", "nieuw")
    assert [i.id for i in diff.added] == ["urn:nl:ak:mtr:org-03"]
    assert [i.id for i in diff.removed] == ["urn:nl:ak:mtr:org-02"]
    (change,) = diff.changed
    assert change.field_names == ("titel", "rollen", "tekst")
    assert change.fields[1].added == ("ontwikkelaar",) and change.fields[1].removed == ("jurist",)
    assert change.text_change == pytest.approx(0.25)
    assert changed_ids(a, b) == {"urn:nl:ak:mtr:org-01", "urn:nl:ak:mtr:org-02"}
    html = diff_html(diff)
    assert "Wat is er veranderd" in html and 'href="reader://page/voldoen-aan-wetten-en-regels/maatregelen/0-org-03-c"' in html
    assert diff.as_dict()["changed"][0]["changes"]["rollen"] == {"toegevoegd": ["ontwikkelaar"], "verwijderd": ["jurist"]}


@needs_corpora
def test_diff_of_two_real_releases_matches_what_the_files_say() -> None:
    """Findings read from the files themselves (v2.4.3, 2025-11, against 2026-06)."""
    from reader.content import Site
    from reader.packs import find_content_root
    from reader.packs.diff import diff_sites

    old, new = Site.load(find_content_root(OLD)), Site.load(find_content_root(NEW))
    diff = diff_sites(old, new)
    # three hulpmiddelen exist only in the newer docs/voldoen-aan-wetten-en-regels/hulpmiddelen/
    tools = "voldoen-aan-wetten-en-regels/hulpmiddelen/"
    assert {tools + "aanpak-begeleidingsethiek", tools + "functioneringsgesprek-AI",
            tools + "genAI-compliance-FAQ"} <= {i.id for i in diff.added}
    assert not diff.removed  # no file of v2.4.3 is gone
    # org-16: the image got a long alt text and "### Relevante opleidingen" became "##"; the
    # front matter (title, roles, phases, ...) is the same
    org16 = diff.change("urn:nl:ak:mtr:org-16")
    assert org16 is not None and org16.field_names == ("tekst",) and org16.text_change > 0.1
    # imp-04: only link addresses changed (the Publicatiestandaard moved to minbzk.github.io)
    imp04 = diff.change("urn:nl:ak:mtr:imp-04")
    assert imp04 is not None and imp04.field_names == ("tekst",) and 0 < imp04.text_change < 0.1
    # vereisten aia-00 and aia-01 are byte for byte the same file in both
    assert diff.change("urn:nl:ak:ver:aia-00") is None and diff.change("urn:nl:ak:ver:aia-01") is None
    assert not any(set(c.field_names) - {"tekst"} for c in diff.changed)  # no front matter differs


def test_cli_diff_and_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from reader.cli import main

    empty = tmp_path / "leeg"
    empty.mkdir()
    assert main(["diff", str(empty), str(REPO / "content")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "leeg" in err and "Traceback" not in err
    assert main(["search", "dpia", "--content", str(tmp_path / "nergens.zip")]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    assert main(["diff", str(REPO / "content"), str(REPO / "content"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["added"] == data["removed"] == data["changed"] == []


def test_cli_content_zip_and_packs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.cli import main

    z = _zip(tmp_path / "algoritmekader-9.9.zip", {"docs/index.md": PAGE, "docs/a/b.md": PAGE})
    assert main(["check", "--content", str(z)]) in (0, 1)
    assert "2 pagina's" in capsys.readouterr().out
    assert main(["packs", "import", str(z)]) == 0
    assert main(["packs", "use", "Algoritmekader 9.9"]) == 0
    assert main(["packs", "list"]) == 0
    assert "* Algoritmekader 9.9" in capsys.readouterr().out
    assert main(["packs", "remove", "bestaat-niet"]) == 2
    assert "Onbekend pakket" in capsys.readouterr().err
