"""A wheel must ship what a checkout has beside the package: the code, the bundled content
(as reader/_content) and the resources (as reader/_resources).

Building a wheel needs the build backend from the network, so this checks the packaging
configuration against the files instead: a content file or resource that the wheel would
leave out fails here.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
WHEEL = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]
#: in the repository for the README and the bundle only
NOT_SHIPPED = ("resources/screenshots/", "resources/licenses/")  # licences: for the portable bundle


def _in_wheel(rel: str) -> str | None:
    """Where a repository file lands in the wheel (None: left out)."""
    for package in WHEEL["packages"]:
        if rel.startswith(package + "/"):
            return rel
    for source, target in WHEEL["force-include"].items():
        if rel == source:
            return target
        if rel.startswith(source + "/"):
            return target + rel[len(source):]
    return None


def _files(folder: str) -> list[str]:
    return sorted(p.relative_to(REPO).as_posix() for p in (REPO / folder).rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts)


def test_the_build_backend_writes_nothing_into_the_checkout():
    # setuptools writes an egg-info folder beside the sources on every install, and with
    # the content as package data that folder lists every page's path
    assert PYPROJECT["build-system"]["build-backend"] == "hatchling.build"


def test_all_code_ships_in_the_package():
    assert WHEEL["packages"] == ["reader"]
    assert all(_in_wheel(f) == f for f in _files("reader"))


def test_content_and_resources_ship_inside_the_package():
    for folder, target in (("content", "reader/_content/"), ("resources", "reader/_resources/")):
        files = [f for f in _files(folder) if not f.startswith(NOT_SHIPPED)]
        assert files, folder
        left_out = [f for f in files if _in_wheel(f) is None]
        assert not left_out, f"not in the wheel: {left_out}"
        assert all(_in_wheel(f) == target + f[len(folder) + 1:] for f in files)
    for source in WHEEL["force-include"]:
        assert (REPO / source).exists(), source


def test_the_package_finds_both_layouts():
    """The resolvers look beside the package (checkout) and inside it (wheel)."""
    from reader import resources

    assert REPO / "resources" in resources._CANDIDATES
    assert Path(resources.__file__).parent / "_resources" in resources._CANDIDATES
    assert Path(resources.__file__).parent / "_content" in resources._CONTENT_CANDIDATES
    assert resources.bundled_content() == REPO / "content"
