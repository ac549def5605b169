"""The projects database: SQLite in the user data folder, one transaction per change.

    store = ProjectStore()                       # user_data_dir() / "projects.db"
    project = store.create_project("Toeslagen", roles=["projectleider"], phases_current=["ontwerp"])
    store.set_status(project.id, "urn:nl:ak:mtr:owp-36", "bezig")
    store.undo()                                  # reverts the last change

The schema version is `PRAGMA user_version`; `MIGRATIONS[v]` takes a database of version v
to v + 1, after a copy of the file is kept as `projects.db.bak-v<v>`. A file that is not a
database, fails its integrity check, or has a newer version than this program knows is
opened read-only (never reset, never written): `read_only` is True and `notice` says why.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.content import Page

STATUSES: tuple[str, ...] = ("te-doen", "bezig", "gedaan", "niet-van-toepassing")
MEMBERSHIPS: tuple[str, ...] = ("", "added", "removed")
UNDO_DEPTH = 50


class ReadOnlyError(RuntimeError):
    """A write to a store that was opened read-only."""


def item_key(page: Page) -> str:
    """An item's stable key: the page's URN, or "path:<path>" for a page without one."""
    return page.urn or f"path:{page.path}"


def content_hash(page: Page, root: Path) -> str:
    """A hash of the page's file as it is now ("" when it cannot be read)."""
    try:
        return hashlib.sha256((root / page.file).read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _schema_1(db: sqlite3.Connection) -> None:
    _run_script(db, """
        CREATE TABLE projects (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            roles TEXT NOT NULL DEFAULT '[]',
            phases_current TEXT NOT NULL DEFAULT '[]',
            phases_planned TEXT NOT NULL DEFAULT '[]',
            profile TEXT NOT NULL DEFAULT '{}',
            hulpmiddelen TEXT NOT NULL DEFAULT '[]',
            archived INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            changed TEXT NOT NULL
        );
        CREATE TABLE items (
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            item_key TEXT NOT NULL,
            membership TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'te-doen',
            reason TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            responsible TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL DEFAULT '[]',
            seen_hash TEXT NOT NULL DEFAULT '',
            changed TEXT NOT NULL,
            PRIMARY KEY (project_id, item_key)
        );
        CREATE TABLE page_notes (
            item_key TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            changed TEXT NOT NULL
        );
    """)


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Statements one by one (executescript would commit the open transaction)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


#: version -> the function taking a database of that version to the next (0: a new file)
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {0: _schema_1}


def schema_version() -> int:
    return max(MIGRATIONS) + 1


@dataclass
class Project:
    id: int
    uid: str
    name: str
    description: str = ""
    roles: list[str] = field(default_factory=list)
    phases_current: list[str] = field(default_factory=list)
    phases_planned: list[str] = field(default_factory=list)
    profile: dict[str, list[str]] = field(default_factory=dict)
    hulpmiddelen: list[str] = field(default_factory=list)
    archived: bool = False
    created: str = ""
    changed: str = ""

    @property
    def phases(self) -> list[str]:
        return list(dict.fromkeys([*self.phases_current, *self.phases_planned]))


@dataclass
class ItemState:
    item_key: str
    membership: str = ""
    status: str = "te-doen"
    reason: str = ""
    note: str = ""
    responsible: str = ""
    evidence: list[str] = field(default_factory=list)
    seen_hash: str = ""
    changed: str = ""

    @property
    def has_user_state(self) -> bool:
        return bool(self.status != "te-doen" or self.note or self.responsible or self.evidence or self.reason)


_JSON_PROJECT = ("roles", "phases_current", "phases_planned", "profile", "hulpmiddelen")


def _project(row: sqlite3.Row) -> Project:
    data = dict(row)
    for key in _JSON_PROJECT:
        data[key] = json.loads(data[key])
    data["archived"] = bool(data["archived"])
    return Project(**data)


def _item(row: sqlite3.Row) -> ItemState:
    data = dict(row)
    data.pop("project_id", None)
    data["evidence"] = json.loads(data["evidence"])
    return ItemState(**data)


def _check_status(status: str, reason: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"Onbekende status: {status}. Kies uit: {', '.join(STATUSES)}")
    if status == "niet-van-toepassing" and not reason.strip():
        raise ValueError("Bij 'niet van toepassing' hoort een reden.")


# a snapshot: (table, where clause, parameters, the rows it matched before the change)
_Snapshot = tuple[str, str, tuple[Any, ...], list[dict[str, Any]]]


#: The database's name in the user data folder.
DB_FILE = "projects.db"


class ProjectStore:
    """The user's projects, items and page notes in one SQLite file."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            from reader.portable import user_data_dir

            path = user_data_dir() / DB_FILE
        self.path = Path(path)
        self.read_only = False
        self.notice = ""
        self._undo: list[tuple[str, list[_Snapshot]]] = []
        self.db = self._open()

    # ------------------------------------------------------------ opening
    def _open(self) -> sqlite3.Connection:
        existed = self.path.is_file() and self.path.stat().st_size > 0
        if existed:
            problem = self._problem()
            if problem:
                return self._fallback(problem)
        try:
            if not existed:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            db = self._connect(self.path)
        except (OSError, sqlite3.DatabaseError) as exc:  # a folder nobody may write to
            db = self._fallback(f"de map kan niet worden beschreven ({exc})")
            self.notice = (f"Projecten kunnen hier niet worden bewaard: de map {self.path.parent} kan niet "
                           f"worden beschreven ({exc}). Kies een map waarin je mag schrijven (de draagbare "
                           "map data/ of je gebruikersmap) om projecten te maken.")
            return db
        try:
            db.execute("PRAGMA journal_mode=WAL")
            self._migrate(db)
        except (OSError, sqlite3.DatabaseError) as exc:
            db.close()
            return self._fallback(f"de database kon niet worden bijgewerkt ({exc})")
        return db

    @staticmethod
    def _connect(target: Path | str, *, uri: bool = False) -> sqlite3.Connection:
        db = sqlite3.connect(str(target), uri=uri, isolation_level=None, check_same_thread=False)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA foreign_keys=ON")
        return db

    def _ro_uri(self) -> str:
        return self.path.resolve().as_uri() + "?mode=ro"

    def _problem(self) -> str:
        """Why the existing file cannot be used for writing ("" when it can), read-only."""
        try:
            db = self._connect(self._ro_uri(), uri=True)
        except sqlite3.DatabaseError as exc:
            return f"het bestand is geen leesbare database ({exc})"
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            check = [r[0] for r in db.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:
            return f"het bestand is geen leesbare database ({exc})"
        finally:
            db.close()
        if check != ["ok"]:
            return "de database is beschadigd (" + "; ".join(check[:3]) + ")"
        if version > schema_version():
            return (f"de database is gemaakt door een nieuwere versie van de Reader (schemaversie {version}, "
                    f"deze versie kent {schema_version()})")
        return ""

    def _fallback(self, problem: str) -> sqlite3.Connection:
        self.read_only = True
        self.notice = (f"Je projecten ({self.path}) zijn alleen te lezen: {problem}. Er wordt niets in "
                       "opgeslagen en het bestand blijft ongewijzigd; bewaar er een kopie van.")
        try:
            db = self._connect(self._ro_uri(), uri=True)
            db.execute("PRAGMA query_only=ON")
            db.execute("SELECT count(*) FROM projects").fetchone()
            db.execute("SELECT count(*) FROM items").fetchone()
            db.execute("SELECT count(*) FROM page_notes").fetchone()
            return db
        except sqlite3.DatabaseError:
            self.notice = (f"Je projecten ({self.path}) zijn niet te lezen: {problem}. Er wordt niets in "
                           "opgeslagen en het bestand blijft ongewijzigd; bewaar er een kopie van.")
            db = self._connect(":memory:")
            _schema_1(db)
            db.execute("PRAGMA query_only=ON")
            return db

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        while version < schema_version():
            if version > 0:  # a new file has nothing to back up
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                shutil.copy2(self.path, self.path.with_name(f"{self.path.name}.bak-v{version}"))
            db.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[version](db)
                db.execute(f"PRAGMA user_version={version + 1}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            version += 1

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------ changes
    def _write(self, label: str, watch: Iterable[tuple[str, str, tuple[Any, ...]]],
               change: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run `change` in one transaction, after a snapshot of the rows `watch` selects."""
        if self.read_only:
            raise ReadOnlyError(self.notice or "De projecten zijn alleen te lezen.")
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            snaps = [(table, where, params,
                      [dict(r) for r in db.execute(f"SELECT * FROM {table} WHERE {where}", params)])
                     for table, where, params in watch]
            result = change(db)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self._undo.append((label, snaps))
        del self._undo[:-UNDO_DEPTH]
        return result

    @property
    def undo_label(self) -> str | None:
        """What `undo` would revert (None: nothing)."""
        return self._undo[-1][0] if self._undo else None

    def undo(self) -> str | None:
        """Revert the last change; its label, or None when there was nothing to undo."""
        if self.read_only:
            raise ReadOnlyError(self.notice)
        if not self._undo:
            return None
        label, snaps = self._undo.pop()
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            for table, where, params, _rows in reversed(snaps):  # children first
                db.execute(f"DELETE FROM {table} WHERE {where}", params)
            for table, _where, _params, rows in snaps:  # parents first
                for row in rows:
                    cols = ", ".join(row)
                    marks = ", ".join("?" for _ in row)
                    db.execute(f"INSERT OR REPLACE INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return label

    # ------------------------------------------------------------ projects
    def projects(self, *, archived: bool | None = None) -> list[Project]:
        rows = self.db.execute("SELECT * FROM projects ORDER BY name COLLATE NOCASE, id").fetchall()
        out = [_project(r) for r in rows]
        return out if archived is None else [p for p in out if p.archived == archived]

    def project(self, project_id: int) -> Project:
        row = self.db.execute("SELECT * FROM projects WHERE id=?", (project_id,)).fetchone()
        if row is None:
            raise KeyError(f"Project {project_id} bestaat niet.")
        return _project(row)

    def by_uid(self, uid: str) -> Project | None:
        row = self.db.execute("SELECT * FROM projects WHERE uid=?", (uid,)).fetchone()
        return _project(row) if row else None

    def find(self, name_or_id: str) -> Project | None:
        """A project by its id, uid or (case-insensitive) name."""
        if name_or_id.isdigit():
            row = self.db.execute("SELECT * FROM projects WHERE id=?", (int(name_or_id),)).fetchone()
            if row:
                return _project(row)
        row = self.db.execute("SELECT * FROM projects WHERE uid=? OR name=? COLLATE NOCASE ORDER BY id",
                              (name_or_id, name_or_id)).fetchone()
        return _project(row) if row else None

    def create_project(self, name: str, *, description: str = "", roles: Iterable[str] = (),
                       phases_current: Iterable[str] = (), phases_planned: Iterable[str] = (),
                       profile: Mapping[str, Iterable[str]] | None = None, hulpmiddelen: Iterable[str] = (),
                       uid: str | None = None, created: str | None = None, changed: str | None = None,
                       archived: bool = False) -> Project:
        if not name.strip():
            raise ValueError("Een project heeft een naam nodig.")
        uid = uid or str(uuid.uuid4())
        stamp = now()
        values = (uid, name.strip(), description, json.dumps(list(roles)), json.dumps(list(phases_current)),
                  json.dumps(list(phases_planned)),
                  json.dumps({k: list(v) for k, v in (profile or {}).items() if list(v)}),
                  json.dumps(list(hulpmiddelen)), int(archived), created or stamp, changed or stamp)

        def insert(db: sqlite3.Connection) -> int:
            cur = db.execute("INSERT INTO projects (uid, name, description, roles, phases_current, phases_planned, "
                             "profile, hulpmiddelen, archived, created, changed) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                             values)
            assert cur.lastrowid is not None
            return cur.lastrowid

        new_id = self._write(f"Project {name} aanmaken", [("projects", "uid=?", (uid,))], insert)
        return self.project(new_id)

    def update_project(self, project_id: int, **fields: Any) -> Project:
        """Change a project's fields (name, description, roles, phases_current, phases_planned,
        profile, hulpmiddelen, archived; `changed`: the time stamp to keep, for an import)."""
        stamp = fields.pop("changed", None) or now()
        allowed = {"name", "description", "archived", *_JSON_PROJECT}
        wrong = set(fields) - allowed
        if wrong:
            raise TypeError(f"unknown project fields: {sorted(wrong)}")
        if "name" in fields and not str(fields["name"]).strip():
            raise ValueError("Een project heeft een naam nodig.")
        self.project(project_id)
        values = {k: (json.dumps(v if k != "profile" else {f: list(x) for f, x in v.items() if list(x)})
                      if k in _JSON_PROJECT else int(v) if k == "archived" else v) for k, v in fields.items()}
        values["changed"] = stamp
        sets = ", ".join(f"{k}=?" for k in values)
        self._write("Project wijzigen", [("projects", "id=?", (project_id,))],
                    lambda db: db.execute(f"UPDATE projects SET {sets} WHERE id=?",
                                          (*values.values(), project_id)))
        return self.project(project_id)

    def rename_project(self, project_id: int, name: str) -> Project:
        return self.update_project(project_id, name=name)

    def archive_project(self, project_id: int, archived: bool = True) -> Project:
        return self.update_project(project_id, archived=archived)

    def delete_project(self, project_id: int) -> None:
        project = self.project(project_id)
        self._write(f"Project {project.name} verwijderen",
                    [("projects", "id=?", (project_id,)), ("items", "project_id=?", (project_id,))],
                    lambda db: db.execute("DELETE FROM projects WHERE id=?", (project_id,)))

    def duplicate_project(self, project_id: int, name: str | None = None) -> Project:
        old = self.project(project_id)
        uid = str(uuid.uuid4())
        stamp = now()

        def copy(db: sqlite3.Connection) -> int:
            cur = db.execute(
                "INSERT INTO projects (uid, name, description, roles, phases_current, phases_planned, profile, "
                "hulpmiddelen, archived, created, changed) SELECT ?, ?, description, roles, phases_current, "
                "phases_planned, profile, hulpmiddelen, 0, ?, ? FROM projects WHERE id=?",
                (uid, name or f"{old.name} (kopie)", stamp, stamp, project_id))
            assert cur.lastrowid is not None
            db.execute("INSERT INTO items SELECT ?, item_key, membership, status, reason, note, responsible, "
                       "evidence, seen_hash, changed FROM items WHERE project_id=?", (cur.lastrowid, project_id))
            return cur.lastrowid

        new_id = self._write(f"Project {old.name} kopiëren", [("projects", "uid=?", (uid,))], copy)
        return self.project(new_id)

    # ------------------------------------------------------------ items
    def items(self, project_id: int) -> dict[str, ItemState]:
        rows = self.db.execute("SELECT * FROM items WHERE project_id=? ORDER BY item_key", (project_id,))
        return {r["item_key"]: _item(r) for r in rows}

    def item(self, project_id: int, key: str) -> ItemState:
        row = self.db.execute("SELECT * FROM items WHERE project_id=? AND item_key=?", (project_id, key)).fetchone()
        return _item(row) if row else ItemState(key)

    def update_item(self, project_id: int, key: str, *, seen_hash: str | None = None, label: str = "",
                    **fields: Any) -> ItemState:
        """Change an item's fields (status, reason, note, responsible, evidence, membership),
        creating its row when needed. `seen_hash`: the page's content hash now; `label`: what
        `undo_label` calls this change."""
        allowed = {"status", "reason", "note", "responsible", "evidence", "membership", "changed"}
        wrong = set(fields) - allowed
        if wrong:
            raise TypeError(f"unknown item fields: {sorted(wrong)}")
        self.project(project_id)
        state = self.item(project_id, key)
        for name, value in fields.items():
            setattr(state, name, list(value) if name == "evidence" else value)
        _check_status(state.status, state.reason)
        if state.membership not in MEMBERSHIPS:
            raise ValueError(f"unknown membership: {state.membership!r}")
        if not all(isinstance(e, str) and e.strip() for e in state.evidence):
            raise ValueError("Bewijs is een lijst van bestandspaden of adressen.")
        if seen_hash is not None:
            state.seen_hash = seen_hash
        state.changed = fields.pop("changed", None) or now()
        row = (project_id, key, state.membership, state.status, state.reason, state.note, state.responsible,
               json.dumps(state.evidence), state.seen_hash, state.changed)

        def put(db: sqlite3.Connection) -> None:
            db.execute("INSERT OR REPLACE INTO items VALUES (?,?,?,?,?,?,?,?,?,?)", row)
            db.execute("UPDATE projects SET changed=? WHERE id=?", (state.changed, project_id))

        self._write(label or "Item wijzigen", [("projects", "id=?", (project_id,)),
                                      ("items", "project_id=? AND item_key=?", (project_id, key))], put)
        return state

    def set_status(self, project_id: int, key: str, status: str, reason: str = "", *,
                   seen_hash: str | None = None) -> ItemState:
        _check_status(status, reason)
        return self.update_item(project_id, key, status=status, reason=reason, seen_hash=seen_hash)

    def set_note(self, project_id: int, key: str, note: str, *, seen_hash: str | None = None) -> ItemState:
        return self.update_item(project_id, key, note=note, seen_hash=seen_hash)

    def set_responsible(self, project_id: int, key: str, who: str, *, seen_hash: str | None = None) -> ItemState:
        return self.update_item(project_id, key, responsible=who, seen_hash=seen_hash)

    def set_evidence(self, project_id: int, key: str, evidence: Iterable[str], *,
                     seen_hash: str | None = None) -> ItemState:
        return self.update_item(project_id, key, evidence=list(evidence), seen_hash=seen_hash)

    def add_item(self, project_id: int, key: str) -> ItemState:
        """Add a page to the working list by hand ("Toevoegen aan project")."""
        return self.update_item(project_id, key, membership="added")

    def remove_item(self, project_id: int, key: str) -> ItemState:
        """Leave a page out of the working list by hand (its state is kept)."""
        return self.update_item(project_id, key, membership="removed")

    # ------------------------------------------------------------ page notes
    def page_note(self, key: str) -> str:
        row = self.db.execute("SELECT text FROM page_notes WHERE item_key=?", (key,)).fetchone()
        return row["text"] if row else ""

    def page_notes(self, keys: Iterable[str] | None = None) -> dict[str, tuple[str, str]]:
        """key -> (text, changed)."""
        rows = self.db.execute("SELECT * FROM page_notes ORDER BY item_key").fetchall()
        wanted = None if keys is None else set(keys)
        return {r["item_key"]: (r["text"], r["changed"]) for r in rows if wanted is None or r["item_key"] in wanted}

    def set_page_note(self, key: str, text: str, changed: str | None = None) -> None:
        """A personal note on a page; an empty text removes it."""
        stamp = changed or now()

        def put(db: sqlite3.Connection) -> None:
            if text.strip():
                db.execute("INSERT OR REPLACE INTO page_notes VALUES (?,?,?)", (key, text, stamp))
            else:
                db.execute("DELETE FROM page_notes WHERE item_key=?", (key,))

        self._write("Notitie wijzigen", [("page_notes", "item_key=?", (key,))], put)
