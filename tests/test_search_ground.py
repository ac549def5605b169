"""`reader/search` stands on Whoosh's public ground (issue 19).

An AST scan of every module in the package: no underscore attribute of a Whoosh object
(on anything but our own `self`/`cls`, and not even on `self` in a class that subclasses a
Whoosh class, whose private state is Whoosh's), no underscore names imported from Whoosh,
no assignment to attributes of Whoosh classes or modules, and no methods swapped in at
run time (`types.MethodType`, `setattr`). The same scan of a small sample of the old
ways proves it finds them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import reader.search

PACKAGE = Path(reader.search.__file__).parent


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def findings(source: str, filename: str = "<source>") -> list[str]:
    """Places where `source` reaches past Whoosh's public API."""
    tree = ast.parse(source, filename)
    out: list[str] = []
    whoosh_names: set[str] = set()  # names bound to Whoosh modules, classes and functions
    other_modules: set[str] = set()  # other modules imported whole (`os._exit` is the stdlib's API)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "whoosh":
            for alias in node.names:
                whoosh_names.add(alias.asname or alias.name)
                if _private(alias.name):
                    out.append(f"{filename}:{node.lineno}: imports {node.module}.{alias.name}")
            if any(_private(part) for part in (node.module or "").split(".")):
                out.append(f"{filename}:{node.lineno}: imports from private module {node.module}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                name = (alias.asname or alias.name).split(".")[0]
                (whoosh_names if alias.name.split(".")[0] == "whoosh" else other_modules).add(name)
    whoosh_classes: set[ast.ClassDef] = {
        node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
        and any(isinstance(b, ast.Name) and b.id in whoosh_names for b in node.bases)
    }
    in_whoosh_class: set[int] = set()
    for cls in whoosh_classes:
        for node in ast.walk(cls):
            in_whoosh_class.add(id(node))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            owner = node.value
            own = isinstance(owner, ast.Name) and owner.id in ("self", "cls", *other_modules)
            if not own or id(node) in in_whoosh_class:
                out.append(f"{filename}:{node.lineno}: {ast.unparse(node)}")
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute):
                    base = target.value
                    while isinstance(base, ast.Attribute):
                        base = base.value
                    if isinstance(base, ast.Name) and base.id in whoosh_names:
                        out.append(f"{filename}:{node.lineno}: assigns {ast.unparse(target)}")
        if isinstance(node, ast.Attribute) and node.attr == "MethodType":
            out.append(f"{filename}:{node.lineno}: swaps in a method ({ast.unparse(node)})")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr":
            out.append(f"{filename}:{node.lineno}: setattr")
    return out


def test_reader_search_uses_only_whooshs_public_api() -> None:
    modules = sorted(PACKAGE.glob("*.py"))
    assert any(p.name == "backend.py" for p in modules)
    found = [f for p in modules for f in findings(p.read_text(encoding="utf-8"), p.name)]
    assert not found, "\n".join(found)


OLD_WAYS = '''
import types
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.filedb.filetables import _lengths as key_value_lengths
from whoosh.writing import SegmentWriter
from whoosh.matching import Matcher

def writer(ix):
    w = SegmentWriter(ix)
    w._flush_segment = types.MethodType(flush, w)
    w._finalize_segment()
    SegmentWriter.commit = None
    return w

def read(leaf, matcher):
    matcher._read_ids()
    return leaf._perdoc._cached_reader("x", LENGTHS_COLUMN)

class Ours(Matcher):
    def term(self):
        return self._term
'''


def test_the_scan_finds_the_old_ways() -> None:
    found = "\n".join(findings(OLD_WAYS))
    for expected in ("_lenfield", "_lengths", "w._flush_segment", "MethodType", "w._finalize_segment",
                     "assigns SegmentWriter.commit", "matcher._read_ids", "leaf._perdoc._cached_reader",
                     "self._term"):
        assert expected in found, expected
    assert "def term" not in found


def test_the_scan_would_have_failed_on_the_backend_before_the_codec() -> None:
    """The backend as it was before issue 19 (in git history) gave 38 findings; a short
    excerpt of it, verbatim, shows the scan catches that kind of code."""
    excerpt = '''
from whoosh.writing import SegmentWriter
def _writer(ix, **kwargs):
    import types
    writer = SegmentWriter(ix, **kwargs)
    writer._reader_lengths = {}
    tindex = writer.fieldwriter._tindex
    tindex._write_hashes = types.MethodType(_write_hash_tables, tindex)
    return writer
'''
    assert len(findings(excerpt)) >= 4
