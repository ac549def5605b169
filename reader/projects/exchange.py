"""A project as one JSON file, to hand to a colleague, and its import (copy or merge).

    data = export_project(store, project_id)           # {"format": "ak-reader-project", "version": 1, ...}
    plan = preview(data, store)                          # what an import would do
    project = apply(data, store, mode="merge")           # or "copy": a new project beside the old
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from reader.projects.database import MEMBERSHIPS, STATUSES, Project, ProjectStore

FORMAT = "ak-reader-project"
VERSION = 1
PROJECT_FIELDS = ("uid", "name", "description", "roles", "phases_current", "phases_planned", "profile",
                  "hulpmiddelen", "archived", "created", "changed")
ITEM_FIELDS = ("membership", "status", "reason", "note", "responsible", "evidence", "seen_hash", "changed")


class ExchangeError(ValueError):
    """A file that is not a project export this version can read (message in Dutch)."""


def export_project(store: ProjectStore, project_id: int) -> dict[str, Any]:
    project = store.project(project_id)
    items = store.items(project_id)
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    data["project"] = {name: getattr(project, name) for name in PROJECT_FIELDS}
    data["items"] = [{"item_key": key, **{name: getattr(state, name) for name in ITEM_FIELDS}}
                     for key, state in items.items()]
    data["page_notes"] = [{"item_key": key, "text": text, "changed": changed}
                          for key, (text, changed) in store.page_notes(items).items()]
    return data


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExchangeError(f"{path} is geen leesbaar projectbestand: {exc}") from exc
    check(data)
    return data


def check(data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExchangeError("Dit is geen projectbestand van de Algoritmekader Reader.")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise ExchangeError("Het projectbestand heeft geen geldige versie.")
    if version > VERSION:
        raise ExchangeError(f"Het projectbestand is gemaakt door een nieuwere versie van de Reader "
                            f"(bestandsversie {version}, deze versie leest tot en met {VERSION}).")
    if not isinstance(data.get("project"), dict) or not data["project"].get("name"):
        raise ExchangeError("Het projectbestand heeft geen project met een naam.")
    if not isinstance(data.get("items", []), list) or not isinstance(data.get("page_notes", []), list):
        raise ExchangeError("Het projectbestand is onvolledig.")
    for item in data.get("items", []):  # checked before anything is written
        if not isinstance(item, dict) or not isinstance(item.get("item_key"), str) or not item["item_key"]:
            raise ExchangeError("Het projectbestand heeft een item zonder sleutel.")
        status, reason = item.get("status", "te-doen"), item.get("reason", "")
        evidence = item.get("evidence", [])
        if status not in STATUSES or (status == "niet-van-toepassing" and not str(reason).strip()):
            raise ExchangeError(f"Het projectbestand heeft een ongeldige status bij {item['item_key']}.")
        if not isinstance(evidence, list) or not all(isinstance(e, str) and e.strip() for e in evidence):
            raise ExchangeError(f"Het projectbestand heeft ongeldig bewijs bij {item['item_key']}.")
        if item.get("membership", "") not in MEMBERSHIPS:
            raise ExchangeError(f"Het projectbestand heeft een ongeldig lidmaatschap bij {item['item_key']}.")
    for note in data.get("page_notes", []):
        if not isinstance(note, dict) or not isinstance(note.get("item_key"), str) \
                or not isinstance(note.get("text"), str):
            raise ExchangeError("Het projectbestand heeft een ongeldige notitie.")


@dataclass
class Preview:
    existing: Project | None  # the project with the same uid, if any (a merge goes there)
    name: str
    added: list[str] = field(default_factory=list)  # items the import brings that are not there
    changed: list[str] = field(default_factory=list)  # items the import's newer version replaces
    kept: list[str] = field(default_factory=list)  # items where ours is newer (a merge keeps ours)
    conflicts: list[str] = field(default_factory=list)  # both changed, differently: the newer wins

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["existing"] = self.existing.name if self.existing else None
        return out

    def summary(self) -> str:
        if self.existing is None:
            return f"Nieuw project '{self.name}' met {len(self.added)} items."
        return (f"Samenvoegen met '{self.existing.name}': {len(self.added)} nieuw, {len(self.changed)} "
                f"bijgewerkt, {len(self.kept)} ongewijzigd (eigen versie nieuwer), "
                f"{len(self.conflicts)} conflicten (de nieuwste wijziging wint).")


def preview(data: dict[str, Any], store: ProjectStore) -> Preview:
    check(data)
    existing = store.by_uid(str(data["project"].get("uid", "")))
    plan = Preview(existing, str(data["project"]["name"]))
    ours = store.items(existing.id) if existing else {}
    for item in data.get("items", []):
        key = item["item_key"]
        mine = ours.get(key)
        if mine is None:
            plan.added.append(key)
            continue
        same = all(getattr(mine, name) == item.get(name, getattr(mine, name)) for name in ITEM_FIELDS
                   if name not in ("changed", "seen_hash"))
        if same:
            continue
        theirs_newer = str(item.get("changed", "")) > mine.changed
        (plan.changed if theirs_newer else plan.kept).append(key)
        if mine.has_user_state:
            plan.conflicts.append(key)
    return plan


def apply(data: dict[str, Any], store: ProjectStore, mode: str = "merge") -> Project:
    """Import: "copy" makes a new project (a new uid when ours has that uid); "merge" takes the
    newer `changed` per item into the project with the same uid (a new one when there is none)."""
    if mode not in ("copy", "merge"):
        raise ValueError(f"unknown mode: {mode}")
    check(data)
    info = data["project"]
    existing = store.by_uid(str(info.get("uid", "")))
    fields = {name: info[name] for name in PROJECT_FIELDS if name in info}
    if existing is not None and mode == "merge":
        project = existing
        if str(info.get("changed", "")) > existing.changed:
            store.update_project(existing.id, **{k: v for k, v in fields.items()
                                                 if k not in ("uid", "created", "changed")})
        ours = store.items(project.id)
    else:
        if existing is not None:
            fields.pop("uid", None)
            fields["name"] = f"{fields['name']} (geïmporteerd)"
        project = store.create_project(**fields)
        ours = {}
    for item in data.get("items", []):
        key = item["item_key"]
        mine = ours.get(key)
        if mine is not None and mine.changed >= str(item.get("changed", "")):
            continue
        values = {name: item[name] for name in ITEM_FIELDS if name in item and name != "seen_hash"}
        store.update_item(project.id, key, seen_hash=item.get("seen_hash", ""), **values)
    notes = store.page_notes()
    for note in data.get("page_notes", []):
        mine_note = notes.get(note["item_key"])
        if mine_note is None or mine_note[1] < str(note.get("changed", "")):
            store.set_page_note(note["item_key"], note["text"], note.get("changed"))
    newest = max(str(info.get("changed", "")), existing.changed if existing and mode == "merge" else "")
    if newest:
        store.update_project(project.id, changed=newest)
    return store.project(project.id)
