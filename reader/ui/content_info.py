"""What the About dialog and the start page say about the content: which pack it is, whether
it is our summary or the official text, the upstream version and date it holds or follows,
its size and the official site (the facts come from `reader.packs.metadata.site_info`)."""

from __future__ import annotations

from reader.content import Site
from reader.content.manifest import summary_statement
from reader.packs.metadata import site_info


def content_info(site: Site) -> dict[str, str]:
    info = site_info(site)
    source = info.name  # a summary's version is in its statement
    if not info.is_summary:
        if info.version and info.version not in source:
            source += f" {info.version}"
        if info.commit and info.commit not in source:
            source += f", commit {info.commit}"
    return {
        "root": str(site.root), "pages": str(len(site.pages)), "source": source, "date": info.date,
        "version": info.version, "kind": info.kind, "site": info.site,
        # a summary says so in words; the official text is credited to its publisher
        "statement": summary_statement(site.root) or "Officiële tekst van het Algoritmekader, "
                     "Ministerie van BZK (EUPL-1.2)",
    }
