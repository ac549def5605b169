"""Shared fixtures: the upstream corpus (optional), a private index cache, small content roots."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
#: The read-only reference material beside the repository (the upstream corpus, graded
#: queries, tools). AK_READER_SHARED points elsewhere, e.g. at an empty folder to run the
#: suite as it runs where ../shared is absent.
SHARED = Path(os.environ.get("AK_READER_SHARED") or REPO.parent / "shared").expanduser().resolve()
CORPUS = SHARED / "corpora" / "algoritmekader" / "docs"
EVAL_DIR = SHARED / "eval"
CONTENT = REPO / "content"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own index cache and data folder; nothing is written to (or read
    from, such as the chosen content pack) the user's own folders."""
    monkeypatch.setenv("AK_READER_CACHE", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("AK_READER_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    # and Qt's own settings (the file dialog's last folder and column widths) stay out of ~/.config
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def closing() -> Iterator[ExitStack]:
    """What a test opens and enters here (a search engine and its index files) is closed
    when the test ends, not left to the garbage collector."""
    with ExitStack() as stack:
        yield stack


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "index.md").is_file():
        pytest.skip(f"upstream corpus not found at {CORPUS} (../shared is absent)")
    return CORPUS


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create files under root from {relative path: text or bytes}."""
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(textwrap.dedent(data).lstrip("\n"), encoding="utf-8")
    return root
