"""Content packs (issue 15): which content a folder or zip holds, importing a zip safely,
the library of packs, their facts, and what changed between two. No Qt here.

The window's entry points (each raises `PackError`, whose Dutch message is fit to show, for
a folder or zip without content or a refused zip):

    open_content(path, data_dir=None) -> Path     a folder or zip -> its content root
                                                  (a zip is imported into the data folder once)
    find_content_root(folder) -> Path             the content root of a folder
    import_zip(zip_path, target, limits=None) -> Path   extract safely and atomically
    pack_info(root, pages=None) -> PackInfo       name, kind, version, date, pages, root, site (.label)
    metadata.site_info(site) -> PackInfo          the same for a loaded site, without a walk over its folder
    PackLibrary(data_dir=None)                    .packs() .add(path) .remove(name) .use(name) .current()
    metadata.official_url(page) -> str            the page's address on the official site
    metadata.same_page(page, other_site) -> Page | None   the same page (by id) in another pack
    diff.diff_sites(old, new, old_name, new_name) -> PackDiff;  diff.diff_html(diff) -> str
    diff.changed_ids(old, new) -> set[str]        ids to flag after a switch (changed or gone)

Each pack has its own search index: the index cache is keyed by content root
(`reader.cache.root_key`), so loading another root (`reader.launch.load`) loads its index.
"""

from reader.packs.layout import PackError, find_content_root
from reader.packs.library import PackLibrary
from reader.packs.metadata import PackInfo, pack_info
from reader.packs.opening import open_content
from reader.packs.safezip import Limits, import_zip

__all__ = ["Limits", "PackError", "PackInfo", "PackLibrary", "find_content_root", "import_zip",
           "open_content", "pack_info"]
