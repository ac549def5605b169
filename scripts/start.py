"""Start the app (or its tests) from a source checkout; install only when needed.

    python3 scripts/start.py [APP ARGUMENTS]      the app, e.g. `--content ../docs` or `search dpia`
    python3 scripts/start.py --test [PYTEST ARGS]  the test suite
    py -3 scripts\\start.py                        the same on Windows (cmd and PowerShell 5.1 alike)

The first run makes a virtual environment in `.venv` and installs the app into it (with
the test tools for `--test`); that needs the package index once. Every later run starts at
once, with no network at all: it reinstalls only when the environment is missing,
`pyproject.toml` changed, the Python version changed, or the test tools are asked for and
not yet there. When such a reinstall fails (no network) but an environment exists, it says
so and starts with what is installed.

Standard library only: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
STAMP = VENV / ".ak-reader-installed.json"
MINIMUM = (3, 11)


def venv_bin(name: str) -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / (name + ".exe")
    return VENV / "bin" / name


def wanted(extras: list[str]) -> dict:
    pyproject = (ROOT / "pyproject.toml").read_bytes()
    return {"pyproject": hashlib.sha256(pyproject).hexdigest(), "python": list(sys.version_info[:2]),
            "extras": sorted(extras)}


def installed() -> dict | None:
    try:
        return json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def up_to_date(want: dict) -> bool:
    have = installed()
    if not have or not venv_bin("python").exists():
        return False
    return (have.get("pyproject") == want["pyproject"] and have.get("python") == want["python"]
            and set(want["extras"]) <= set(have.get("extras", [])))


def install(extras: list[str]) -> bool:
    """Make the environment and install the app into it; False when that failed."""
    if not venv_bin("python").exists():
        print("Eerste start: een eigen Python-omgeving maken in .venv ...", flush=True)
        if subprocess.call([sys.executable, "-m", "venv", str(VENV)]) != 0:
            return False
    target = "." + (f"[{','.join(extras)}]" if extras else "")
    print(f"Installeren ({target}); dit is eenmalig en heeft het pakketregister nodig ...", flush=True)
    code = subprocess.call([str(venv_bin("python")), "-m", "pip", "install", "-q", "-e", target], cwd=ROOT)
    if code != 0:
        return False
    STAMP.write_text(json.dumps(wanted(extras)), encoding="utf-8")
    return True


def main(argv: list[str]) -> int:
    if sys.version_info < MINIMUM:
        print(f"Python {MINIMUM[0]}.{MINIMUM[1]} of nieuwer is nodig (dit is {sys.version.split()[0]}).",
              file=sys.stderr)
        return 2
    test = bool(argv) and argv[0] == "--test"
    args = argv[1:] if test else argv
    have = installed()
    extras = sorted(set(["test"] if test else []) | set((have or {}).get("extras", [])))
    if not up_to_date(wanted(extras)) and not install(extras):
        if installed() is None or not venv_bin("python").exists():
            print("Installeren is mislukt. Is er verbinding met het pakketregister? Probeer het opnieuw "
                  "zodra die er is; daarna werkt starten ook zonder netwerk.", file=sys.stderr)
            return 1
        print("Bijwerken van de omgeving lukte niet (geen netwerk?); starten met wat al is geinstalleerd.",
              file=sys.stderr)
    program = [str(venv_bin("python")), "-m", "pytest"] if test else [str(venv_bin(script_name()))]
    command = [*program, *args]
    if os.name != "nt":
        sys.stdout.flush()
        os.execv(command[0], command)
    return subprocess.call(command, cwd=os.getcwd())


def script_name() -> str:
    """The app's console script, from pyproject.toml (`[project.scripts]`)."""
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    return next(iter(scripts))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
