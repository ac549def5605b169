"""Mijn project (issue 14): the store, the working list, export/import, reports, the CLI."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from reader.content import Site
from reader.content.model import Kind
from reader.projects import ProjectStore, ReadOnlyError, item_key
from reader.projects import database as store_mod
from reader.projects.database import content_hash
from reader.projects.exchange import ExchangeError, apply, check, export_project, preview
from reader.projects.reports import report_html, write_ods, write_xlsx
from reader.projects.worklist import FLAG_CHANGED, FLAG_NOT_IN_CONTENT, FLAG_NOT_IN_PROFILE, worklist
from reader.search import Query, SearchEngine
from tests.conftest import CONTENT, REPO
from tests.kill_harness import kill_after_reports, posix_only

PROFILE = {"risicogroep": ["hoog-risico-ai-systeem"]}
FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---", re.S)


@pytest.fixture(scope="module")
def site() -> Site:
    return Site.load(CONTENT)


@pytest.fixture
def store(tmp_path) -> ProjectStore:
    s = ProjectStore(tmp_path / "projects.db")
    yield s
    s.close()


def _project(store: ProjectStore, **extra):
    fields = {"roles": ["projectleider"], "phases_current": ["ontwerp"], "profile": PROFILE, **extra}
    return store.create_project("Toeslagen", **fields)


def _front(path: Path) -> dict:
    match = FRONT.match(path.read_text(encoding="utf-8"))
    return (yaml.safe_load(match.group(1)) if match else None) or {}


# ---------------------------------------------------------------- the working list
def test_worklist_equals_the_search_filter(site, store, tmp_path):
    project = _project(store)
    work = worklist(site, project, store)
    engine = SearchEngine(site, tmp_path / "cache")
    engine.ensure_index()
    result = engine.search(Query.make("", roles=["projectleider"], phases=["ontwerp"],
                                      kinds=["maatregel", "vereiste"], more=PROFILE, limit=None))
    got = {e.page.path for e in work.entries if e.page}
    assert got == {h.path for h in result.hits} and len(got) == result.total > 10
    assert [g.phase for g in work.groups] == ["ontwerp"]
    assert work.progress.total == len(got) and work.progress.done == 0


def test_worklist_roles_and_phases_match_the_front_matter(site, store):
    project = store.create_project("P", roles=["projectleider", "jurist"], phases_current=["ontwerp"],
                                   phases_planned=["implementatie"])
    got = {e.page.path for e in worklist(site, project, store).entries if e.page}
    expected = set()
    for page in site.pages.values():
        if page.kind not in (Kind.MAATREGEL, Kind.VEREISTE):
            continue
        meta = _front(CONTENT / page.file)
        if set(meta.get("rollen") or []) & {"projectleider", "jurist"} and \
                set(meta.get("levenscyclus") or []) & {"ontwerp", "implementatie"}:
            expected.add(page.path)
    assert got == expected and expected
    phases = [g.phase for g in worklist(site, project, store).groups]
    assert phases == ["ontwerp", "implementatie"]


def test_worklist_hand_edits_hulpmiddelen_and_flags(site, store):
    tool = next(p for p in site.of_kind(Kind.HULPMIDDEL) if any(r.page for r in site.maatregelen_of(p)))
    linked = {item_key(r.page) for r in site.maatregelen_of(tool) if r.page}
    project = _project(store, hulpmiddelen=[tool.path])
    work = worklist(site, project, store)
    assert linked <= work.keys
    first = next(e for e in work.entries if "profiel" in e.sources)
    extra = next(p for p in site.of_kind(Kind.MAATREGEL) if item_key(p) not in work.keys)
    store.add_item(project.id, item_key(extra))
    store.remove_item(project.id, first.key)
    store.set_status(project.id, "urn:nl:ak:mtr:gone-99", "bezig")  # not in the content
    other = next(p for p in site.of_kind(Kind.VEREISTE) if item_key(p) not in work.keys)
    store.set_note(project.id, item_key(other), "nog bekijken")  # state, no longer in the profile
    kept = next(e for e in work.entries if e.key != first.key and e.page)
    store.set_status(project.id, kept.key, "gedaan", seen_hash="0000")  # the page changed since
    work = worklist(site, project, store)
    flags = {e.key: e.flags for e in work.entries}
    assert item_key(extra) in flags and first.key not in flags
    assert flags["urn:nl:ak:mtr:gone-99"] == (FLAG_NOT_IN_PROFILE, FLAG_NOT_IN_CONTENT)
    assert flags[item_key(other)] == (FLAG_NOT_IN_PROFILE,)
    assert flags[kept.key] == (FLAG_CHANGED,)
    store.set_status(project.id, kept.key, "gedaan", seen_hash=content_hash(kept.page, site.root))
    assert not {e.key: e.flags for e in worklist(site, project, store).entries}[kept.key]
    assert work.groups[-1].phase == ""  # the item without a page comes last


# ---------------------------------------------------------------- the store
def test_status_survives_reopening_and_reason_is_required(tmp_path):
    path = tmp_path / "projects.db"
    store = ProjectStore(path)
    project = _project(store)
    store.set_status(project.id, "urn:a", "gedaan")
    store.set_status(project.id, "urn:b", "niet-van-toepassing", "geen persoonsgegevens")
    store.set_evidence(project.id, "urn:a", ["/tmp/dpia.pdf", "https://example.org/x"])
    store.set_responsible(project.id, "urn:a", "Fatima")
    with pytest.raises(ValueError, match="reden"):
        store.set_status(project.id, "urn:c", "niet-van-toepassing")
    with pytest.raises(ValueError):
        store.set_status(project.id, "urn:c", "klaar")
    store.close()
    again = ProjectStore(path)
    items = again.items(project.id)
    assert items["urn:a"].status == "gedaan" and items["urn:a"].responsible == "Fatima"
    assert items["urn:a"].evidence == ["/tmp/dpia.pdf", "https://example.org/x"]
    assert items["urn:b"].reason == "geen persoonsgegevens" and "urn:c" not in items
    assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    again.close()


def test_undo_and_project_operations(store):
    project = _project(store)
    store.set_status(project.id, "urn:a", "bezig")
    store.set_status(project.id, "urn:a", "gedaan")
    assert store.undo_label == "Item wijzigen"
    assert store.undo() and store.item(project.id, "urn:a").status == "bezig"
    store.set_page_note("urn:a", "mijn notitie")
    store.undo()
    assert store.page_note("urn:a") == ""
    copy = store.duplicate_project(project.id)
    assert copy.uid != project.uid and store.items(copy.id)["urn:a"].status == "bezig"
    store.rename_project(project.id, "Huurtoeslag")
    store.archive_project(project.id)
    assert store.project(project.id).archived and store.project(project.id).name == "Huurtoeslag"
    store.delete_project(project.id)
    assert store.find("Huurtoeslag") is None and not store.items(project.id)
    store.undo()  # the delete, with its items
    assert store.find("Huurtoeslag") is not None and store.items(project.id)["urn:a"].status == "bezig"
    store.undo()
    store.undo()
    assert store.project(project.id).name == "Toeslagen" and not store.project(project.id).archived


WRITER = r"""
import sys
from reader.projects import ProjectStore
store = ProjectStore(sys.argv[1])
project = store.find("kill") or store.create_project("kill")
start = int(sys.argv[2])
for i in range(start, start + 100000):
    store.set_note(project.id, f"urn:k{i}", f"notitie {i}")
    print(i, flush=True)
"""


KILL_MOMENTS = 24


@posix_only
def test_killed_writer_loses_no_committed_change(tmp_path):
    """Issue 17: a writer SIGKILLed at 24 moments (after 1 to 23 committed changes, while
    writing the next): after each kill the file passes SQLite's integrity check, opens
    read-write, and holds every change the writer had reported committed."""
    path = tmp_path / "projects.db"
    committed: list[int] = []
    start = 0
    clean = 0
    for round_ in range(KILL_MOMENTS):
        # kill after a varied number of committed changes
        committed += kill_after_reports(WRITER, path, start, reports=1 + (round_ * 7) % 23)
        start = committed[-1] + 1000
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"kill {round_ + 1}"
        keys = {row[0] for row in db.execute("SELECT item_key FROM items")}
        db.close()
        assert {f"urn:k{i}" for i in committed} <= keys, f"kill {round_ + 1}"
        store = ProjectStore(path)
        project = store.find("kill")
        assert not store.read_only and not store.notice and project is not None, f"kill {round_ + 1}"
        assert store.items(project.id)[f"urn:k{committed[-1]}"].note == f"notitie {committed[-1]}"
        store.close()
        clean += 1
    print(f"\nproject database kill-recovery {clean}/{KILL_MOMENTS} ({len(committed)} committed changes kept)")
    assert clean == KILL_MOMENTS


@pytest.mark.parametrize("damage", ["garbage", "truncated", "newer"])
def test_damaged_or_newer_file_opens_read_only(tmp_path, damage):
    path = tmp_path / "projects.db"
    store = ProjectStore(path)
    project = _project(store)
    store.set_status(project.id, "urn:a", "gedaan")
    store.close()
    if damage == "garbage":
        path.write_bytes(b"dit is geen database" * 100)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:5000])
    else:
        db = sqlite3.connect(path)
        db.execute(f"PRAGMA user_version={store_mod.schema_version() + 5}")
        db.close()
    before = path.read_bytes()
    opened = ProjectStore(path)
    assert opened.read_only and ("alleen te lezen" in opened.notice or "niet te lezen" in opened.notice)
    with pytest.raises(ReadOnlyError):
        opened.create_project("nieuw")
    if damage == "newer":
        assert "nieuwere versie" in opened.notice
        assert opened.items(opened.find("Toeslagen").id)["urn:a"].status == "gedaan"  # still readable
    else:
        assert opened.projects() == []
    opened.close()
    assert path.read_bytes() == before


def test_migration_keeps_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "projects.db"
    store = ProjectStore(path)
    _project(store)
    store.close()
    old = store_mod.schema_version()

    def add_column(db):
        db.execute("ALTER TABLE projects ADD COLUMN colour TEXT NOT NULL DEFAULT ''")

    monkeypatch.setitem(store_mod.MIGRATIONS, old, add_column)
    migrated = ProjectStore(path)
    assert not migrated.read_only
    assert migrated.db.execute("PRAGMA user_version").fetchone()[0] == old + 1
    backup = tmp_path / f"projects.db.bak-v{old}"
    assert backup.is_file()
    db = sqlite3.connect(backup)
    assert db.execute("PRAGMA user_version").fetchone()[0] == old
    assert db.execute("SELECT name FROM projects").fetchone()[0] == "Toeslagen"
    db.close()
    migrated.close()


# ---------------------------------------------------------------- exchange
def test_export_import_round_trips_every_field(store, tmp_path):
    project = store.create_project("Alles", description="Omschrijving", roles=["jurist"],
                                   phases_current=["ontwerp"], phases_planned=["ontwikkelen"], profile=PROFILE,
                                   hulpmiddelen=["voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"])
    store.update_item(project.id, "urn:a", status="niet-van-toepassing", reason="r", note="n\n*m*",
                      responsible="wie", evidence=["a.pdf"], membership="added", seen_hash="abcd")
    store.remove_item(project.id, "urn:b")
    store.set_page_note("urn:a", "pagina-notitie")
    store.archive_project(project.id)
    data = json.loads(json.dumps(export_project(store, project.id)))
    assert data["format"] == "ak-reader-project" and data["version"] == 1
    other = ProjectStore(tmp_path / "other.db")
    plan = preview(data, other)
    assert plan.existing is None and sorted(plan.added) == ["urn:a", "urn:b"]
    imported = apply(data, other, mode="copy")
    assert export_project(other, imported.id) == data
    assert other.page_note("urn:a") == "pagina-notitie"
    # merge: the newer change per item wins
    other.set_note(imported.id, "urn:a", "nieuwer daar")
    store.set_status(project.id, "urn:c", "bezig")
    newer = export_project(other, imported.id)
    plan = preview(newer, store)
    assert plan.existing is not None and plan.changed == ["urn:a"]
    merged = apply(newer, store, mode="merge")
    assert merged.id == project.id and store.item(project.id, "urn:a").note == "nieuwer daar"
    assert store.item(project.id, "urn:c").status == "bezig"
    other.close()


def test_import_refuses_wrong_or_newer_files():
    with pytest.raises(ExchangeError, match="geen projectbestand"):
        check({"format": "iets anders"})
    with pytest.raises(ExchangeError, match="nieuwere versie"):
        check({"format": "ak-reader-project", "version": 99, "project": {"name": "x"}})
    with pytest.raises(ExchangeError, match="ongeldige status"):
        check({"format": "ak-reader-project", "version": 1, "project": {"name": "x"},
               "items": [{"item_key": "urn:a", "status": "niet-van-toepassing", "reason": ""}]})


# ---------------------------------------------------------------- reports
def _ticked(site, store):
    project = _project(store)
    work = worklist(site, project, store)
    done, skipped = work.entries[0], work.entries[1]
    store.set_status(project.id, done.key, "gedaan")
    store.set_responsible(project.id, done.key, "Fatima")
    store.set_status(project.id, skipped.key, "niet-van-toepassing", "geen AI-systeem")
    return project, worklist(site, project, store), done, skipped


def test_report_html_lists_open_items_first(site, store):
    project, work, done, _skipped = _ticked(site, store)
    text = report_html(site, project, work, "v1", "2026-12-07")
    assert "Toeslagen" in text and "2026-12-07" in text and "hoog-risico-ai-systeem" in text
    assert "geen bewijs van naleving" in text and "geen AI-systeem" in text and "Fatima" in text
    open_title = next(e for e in work.entries if e.open).title
    assert text.index(open_title.replace("’", "’")[:20]) < text.index(done.title[:20])


def test_xlsx_and_ods_contain_the_items_and_statuses(site, store, tmp_path):
    from odf import teletype
    from odf.opendocument import load
    from odf.table import Table, TableCell, TableRow
    from openpyxl import load_workbook

    project, work, done, skipped = _ticked(site, store)
    write_xlsx(tmp_path / "r.xlsx", site, project, work, "v1", "2026-12-07")
    book = load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames[0] == "Samenvatting" and len(book.sheetnames) == 1 + len(work.groups)
    summary = [[c for c in r if c is not None] for r in book["Samenvatting"].iter_rows(values_only=True)]
    assert ["Datum", "2026-12-07"] in summary and ["Project", "Toeslagen"] in summary
    rows = list(book[book.sheetnames[1]].iter_rows(values_only=True))
    assert rows[0][:3] == ("Titel", "Soort", "Id")  # the column headers in row 1
    by_key = {r[2]: r for r in rows[1:]}
    assert set(by_key) == {e.key for e in work.entries}
    assert by_key[done.key][3] == "Gedaan" and by_key[skipped.key][3] == "Niet van toepassing"
    assert book[book.sheetnames[1]].tables, "the phase sheet holds an Excel table"
    cell = next(c for c in book[book.sheetnames[1]]["A"] if c.value == done.title)
    assert cell.hyperlink.target == done.page.url

    write_ods(tmp_path / "r.ods", site, project, work, "v1", "2026-12-07")
    doc = load(str(tmp_path / "r.ods"))
    tables = doc.spreadsheet.getElementsByType(Table)
    assert tables[0].getAttribute("name") == "Samenvatting" and len(tables) == len(book.sheetnames)
    ods_rows = [[teletype.extractText(c) for c in r.getElementsByType(TableCell)]
                for r in tables[1].getElementsByType(TableRow)]
    assert ods_rows[0][:3] == ["Titel", "Soort", "Id"]
    ods_by_key = {r[2]: r for r in ods_rows[1:]}
    assert set(ods_by_key) == set(by_key)
    assert ods_by_key[done.key][3] == "Gedaan" and ods_by_key[skipped.key][4] == "geen AI-systeem"
    with zipfile.ZipFile(tmp_path / "r.ods") as archive:
        assert f'xlink:href="{done.page.url}"' in archive.read("content.xml").decode()


# ---------------------------------------------------------------- the command line
def test_cli_project_commands(tmp_path, monkeypatch, capsys):
    from reader.__main__ import main

    monkeypatch.setenv("AK_READER_DATA_DIR", str(tmp_path / "data"))
    assert main(["project", "new", "Toeslagen", "--rol", "projectleider", "--fase", "ontwerp",
                 "--risicogroep", "hoog-risico-ai-systeem"]) == 0
    assert "Project aangemaakt" in capsys.readouterr().out
    assert main(["project", "new", "X", "--risicogroep", "hoog"]) == 2
    assert "Onbekende waarde voor --risicogroep: hoog" in capsys.readouterr().err
    assert main(["project", "list", "--json"]) == 0
    assert [p["name"] for p in json.loads(capsys.readouterr().out)] == ["Toeslagen"]
    assert main(["project", "show", "Toeslagen", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["progress"]["totaal"] > 10 and shown["groups"][0]["phase"] == "ontwerp"
    for suffix in ("json", "xlsx", "ods"):
        assert main(["project", "export", "1", "--to", str(tmp_path / f"p.{suffix}")]) == 0
        assert (tmp_path / f"p.{suffix}").stat().st_size > 0
    assert main(["project", "import", str(tmp_path / "p.json")]) == 0
    assert "Toeslagen (geïmporteerd)" in capsys.readouterr().out
    assert main(["project", "import", str(tmp_path / "p.json"), "--merge"]) == 0
    assert main(["project", "show", "nope"]) == 1
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    assert main(["project", "import", str(tmp_path / "bad.json")]) == 2
    assert (tmp_path / "data" / "projects.db").is_file()
    shutil.rmtree(tmp_path / "data")


def test_cli_exports_a_pdf(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO), "AK_READER_DATA_DIR": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen"}
    run = [sys.executable, "-m", "reader", "project"]
    subprocess.run([*run, "new", "P", "--rol", "jurist", "--fase", "ontwerp"], check=True, env=env,
                   capture_output=True)
    subprocess.run([*run, "export", "P", "--to", str(tmp_path / "p.pdf")], check=True, env=env, capture_output=True)
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
