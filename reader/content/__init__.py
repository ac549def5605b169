"""The content layer: Markdown files -> pages, link graph and problems (no Qt, no Whoosh)."""

from reader.content.model import Kind, Page, Problem, Severity
from reader.content.site import Ref, Site

__all__ = ["Kind", "Page", "Problem", "Ref", "Severity", "Site"]
