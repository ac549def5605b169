"""Content packs: which content root a folder or zip holds, and importing a zip safely.

No Qt here; the window and the command line call these functions:

    find_content_root(path) -> Path        a folder (or an already imported zip) -> its content root
    open_content(path, data_dir) -> Path   a folder or a zip -> its content root (a zip is imported)
    import_zip(zip_path, target_dir) -> Path   extract safely and atomically, return the content root

Both raise `PackError` with a Dutch message that says what was expected.
"""

from reader.packs.layout import PackError, find_content_root
from reader.packs.opening import open_content
from reader.packs.safezip import Limits, import_zip

__all__ = ["Limits", "PackError", "find_content_root", "import_zip", "open_content"]
