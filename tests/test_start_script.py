"""The README's start command (`scripts/start.py`) on a fresh project, then with the network cut.

The script is copied into a small project of its own (a module with the app's console
script name), so that a fresh environment installs in seconds: the first run installs from
the package index as on a new machine; later runs must start without touching the network
(pip is pointed at an address where nothing listens, so any install attempt fails), also
after `pyproject.toml` changed (it says it could not update and starts what is there).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = """\
[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[project]
name = "ak-start-probe"
version = "0.0.1"
requires-python = ">=3.11"

[project.scripts]
ak-reader = "probe:main"

[tool.hatch.build.targets.wheel]
only-include = ["probe.py"]
"""
PROBE = """\
import sys


def main():
    print("probe started with", sys.argv[1:])
    return 0
"""
OFFLINE = {"PIP_INDEX_URL": "http://127.0.0.1:9/simple", "PIP_EXTRA_INDEX_URL": "", "PIP_FIND_LINKS": "",
           "PIP_NO_INDEX": "", "PIP_RETRIES": "0", "PIP_TIMEOUT": "2", "PIP_CONFIG_FILE": os.devnull}


def run(project: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(project / "scripts" / "start.py"), *args], cwd=project,
                          env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("start-probe")
    (root / "scripts").mkdir()
    shutil.copy(REPO / "scripts" / "start.py", root / "scripts" / "start.py")
    (root / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (root / "probe.py").write_text(PROBE, encoding="utf-8")
    first = run(root, "--hello")
    if first.returncode != 0 and "Installeren is mislukt" in first.stderr:
        pytest.skip(f"no package index reachable for the first install: {first.stderr[-500:]}")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Installeren" in first.stdout
    assert "probe started with ['--hello']" in first.stdout
    return root


def test_second_start_needs_no_network(project):
    stamp = project / ".venv" / ".ak-reader-installed.json"
    before = stamp.stat().st_mtime_ns
    again = run(project, "search", "x", env=OFFLINE)
    assert again.returncode == 0, again.stderr
    assert "probe started with ['search', 'x']" in again.stdout
    assert "Installeren" not in again.stdout  # nothing was installed, so nothing was fetched
    assert stamp.stat().st_mtime_ns == before


def test_changed_project_without_network_starts_what_is_installed(project):
    pyproject = project / "pyproject.toml"
    original = pyproject.read_text(encoding="utf-8")
    try:
        pyproject.write_text(original + "\n# changed\n", encoding="utf-8")
        offline = run(project, env=OFFLINE)
        assert offline.returncode == 0, offline.stderr
        assert "Installeren" in offline.stdout  # it tried, because the project changed
        assert "lukte niet" in offline.stderr
        assert "probe started with []" in offline.stdout
    finally:
        pyproject.write_text(original, encoding="utf-8")


def test_no_environment_and_no_network_says_what_to_do(tmp_path):
    (tmp_path / "scripts").mkdir()
    shutil.copy(REPO / "scripts" / "start.py", tmp_path / "scripts" / "start.py")
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "probe.py").write_text(PROBE, encoding="utf-8")
    result = run(tmp_path, env=OFFLINE)
    assert result.returncode == 1
    assert "Installeren is mislukt" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_readme_and_ci_use_the_start_script():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 scripts/start.py --test" in readme
    assert "python3 scripts/start.py --test" in ci
    assert "python3 scripts/start.py\n" in readme
    assert "py -3 scripts\\start.py" in readme  # cmd and PowerShell 5.1 (no &&)
