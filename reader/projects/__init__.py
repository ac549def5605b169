"""Mijn project: working lists of what applies to a project, with status, notes and reports
(issue 14). No Qt here: the window and the command line build on this package."""

from reader.projects.database import (
    STATUSES,
    ItemState,
    Project,
    ProjectStore,
    ReadOnlyError,
    item_key,
)

__all__ = ["STATUSES", "ItemState", "Project", "ProjectStore", "ReadOnlyError", "item_key"]
