"""The code checks run with the tests: ruff (lint), mypy (types) and vulture (dead code).

Each runs as its own process from the environment that runs the tests (the README's test
command installs them with the test extras) and fails with the tool's own report. Their
settings are in pyproject.toml ([tool.ruff], [tool.mypy]); vulture's known false positives
are in .ci/vulture_whitelist.py.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.conftest import REPO

VULTURE_WHITELIST = ".ci/vulture_whitelist.py"


def run_tool(module: str, *args: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed in this environment (pip install -e .[test])")
    proc = subprocess.run([sys.executable, "-m", module, *args], cwd=REPO, capture_output=True, text=True,
                          timeout=600, check=False)
    if proc.returncode != 0:
        pytest.fail(f"{module} {' '.join(args)} found problems:\n{proc.stdout}{proc.stderr}", pytrace=False)


def test_ruff_finds_nothing() -> None:
    run_tool("ruff", "check", "--no-cache", ".")


def test_mypy_finds_nothing() -> None:
    run_tool("mypy")  # the packages and options of [tool.mypy]


def test_vulture_finds_no_dead_code() -> None:
    run_tool("vulture", "reader", VULTURE_WHITELIST)
