"""A non-editable install (`pip install .`, as a wheel) into a fresh environment starts the
app and finds the bundled content and resources inside the installed package.

The wheel is built here without fetching anything (`--no-build-isolation`, with the
hatchling of the test environment) and installed with `--no-deps` into a fresh virtual
environment; the dependencies come from the test environment through a `.pth` file, so
only the app itself is the installed wheel. The app then runs from a folder outside the
checkout: its CLI searches, and the window runs its self-test offscreen.
"""

from __future__ import annotations

import configparser
import json
import os
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict:
    pytest.importorskip("hatchling", reason="hatchling is not installed (pip install -e '.[test]')")
    wheels = tmp_path_factory.mktemp("wheels")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            "-w", str(wheels), str(REPO)], capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    wheel = next(wheels.glob("algoritmekader_reader-*.whl"))
    env_dir = tmp_path_factory.mktemp("fresh") / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = Path(subprocess.check_output([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                           text=True).strip())
    # the dependencies of the test environment, after the fresh site-packages
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (purelib / "zz_test_dependencies.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
                              str(wheel)], capture_output=True, text=True, timeout=600)
    if install.returncode != 0 and "no such option: --python" in install.stderr:
        pytest.skip("this pip cannot install into another environment (--python)")
    assert install.returncode == 0, install.stderr
    return {"python": python, "purelib": purelib, "bin": python.parent, "wheel": wheel}


def test_wheel_ships_content_and_resources_inside_the_package(installed, tmp_path):
    code = ("import json, reader, reader.resources as r; print(json.dumps({'package': reader.__file__, "
            "'content': str(r.bundled_content()), 'qss': str(r.resource_path('ui.qss')), "
            "'qm': str(r.resource_path('translations/reader_en.qm'))}))")
    out = subprocess.run([str(installed["python"]), "-c", code], cwd=tmp_path, capture_output=True, text=True,
                         env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, timeout=60)
    assert out.returncode == 0, out.stderr
    paths = json.loads(out.stdout)
    purelib = str(installed["purelib"])
    for key, value in paths.items():
        assert value.startswith(purelib), (key, value)  # not the checkout
    assert paths["content"].endswith(os.path.join("reader", "_content"))
    assert (Path(paths["content"]) / "index.md").is_file()


def test_window_is_a_gui_entry_point_and_the_cli_a_console_one(installed):
    """On Windows pip makes a gui-script a windowed .exe (no console beside the window)."""
    wheel = zipfile.ZipFile(installed["wheel"])
    name = next(n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt"))
    points = configparser.ConfigParser()
    points.read_string(wheel.read(name).decode("utf-8"))
    assert dict(points["gui_scripts"]) == {"ak-reader": "reader.__main__:main"}
    assert dict(points["console_scripts"]) == {"ak-reader-cli": "reader.__main__:main"}


def test_installed_app_searches_and_starts(installed, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(AK_READER_CACHE=str(tmp_path / "cache"), AK_READER_LOG_DIR=str(tmp_path / "logs"),
               QT_QPA_PLATFORM="offscreen")
    suffix = ".exe" if os.name == "nt" else ""
    exe = installed["bin"] / f"ak-reader{suffix}"
    cli = installed["bin"] / f"ak-reader-cli{suffix}"
    search = subprocess.run([str(cli), "search", "dpia", "--json"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert search.returncode == 0, search.stderr
    assert json.loads(search.stdout)[0]["path"] == "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"
    report = tmp_path / "self-test.json"
    window = subprocess.run([str(exe), "--settings-dir", str(tmp_path / "settings"), "--self-test", str(report)],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180)
    assert window.returncode == 0, window.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["ok"], data
    assert data["page"]["title"] == "Data Protection Impact Assessment"
