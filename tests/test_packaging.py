"""A wheel must ship what a checkout has beside the package: every subpackage, the bundled
content (as reader/_content) and the resources (as reader/_resources).

Building a wheel needs the build backend from the network, so this checks the packaging
configuration against the files instead: a new subpackage, content file or kind of
resource that the wheel would leave out fails here.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
#: in the repository for the README only
NOT_SHIPPED = ("screenshots/",)


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _shipped(package: str, folder: Path) -> set[str]:
    """The files the package-data globs pick (setuptools expands them the same way)."""
    return {p.relative_to(folder).as_posix() for pattern in CONFIG["package-data"][package]
            for p in folder.glob(pattern) if p.is_file()}


def test_every_code_package_is_listed():
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "reader").rglob("__init__.py")}
    listed = {p for p in CONFIG["packages"] if not p.startswith("reader._")}
    assert found == listed


def test_content_and_resources_are_package_data():
    for package, folder in (("reader._content", "content"), ("reader._resources", "resources")):
        assert package in CONFIG["packages"]
        assert CONFIG["package-dir"][package] == folder
        files = [f for f in _files(REPO / folder) if not f.startswith(NOT_SHIPPED)]
        assert files, folder
        shipped = _shipped(package, REPO / folder)
        left_out = [f for f in files if f not in shipped]
        assert not left_out, f"{folder}/: not in the wheel: {left_out}"


def test_the_package_finds_both_layouts():
    """The resolvers look beside the package (checkout) and inside it (wheel)."""
    from reader import resources

    assert REPO / "resources" in resources._CANDIDATES
    assert Path(resources.__file__).parent / "_resources" in resources._CANDIDATES
    assert Path(resources.__file__).parent / "_content" in resources._CONTENT_CANDIDATES
    assert resources.bundled_content() == REPO / "content"
