"""Search: the Whoosh index of a site and the query API (only `backend` imports Whoosh)."""

from reader.search.engine import Hit, Query, SearchEngine, SearchResult
from reader.search.index import IndexReport

__all__ = ["Hit", "IndexReport", "Query", "SearchEngine", "SearchResult"]
