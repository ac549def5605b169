"""No network (issue 17): the command line and the window run with every socket family
but AF_UNIX blocked, in processes of their own, and nothing tries to open one.

A `sitecustomize` module (first on PYTHONPATH of the child process) replaces
`socket.socket` and the name lookups with versions that record the attempt in a log and
raise. Qt's local socket for the single-instance hand-over is AF_UNIX and allowed (and is
Qt's C++ code, as is Qt's own networking, which the app does not link: `QtNetwork` is used
only for QLocalServer). The window part runs the app's own start-up self-test (start,
search, a page) and the window tests of exports, PDF, the glossary and pages under the
same block.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CONTENT, REPO

SITECUSTOMIZE = r'''
import os, socket, traceback

_LOG = os.environ["AK_NONET_LOG"]
_Real = socket.socket


def _record(what):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(what + "\n" + "".join(traceback.format_stack(limit=8)) + "\n")


class _Blocked(_Real):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family not in (-1, socket.AF_UNIX):
            _record(f"socket({family!r})")
            raise OSError("network blocked by the no-network test")
        if family == -1 and fileno is None:  # the default family is AF_INET
            _record("socket()")
            raise OSError("network blocked by the no-network test")
        super().__init__(family, type, proto, fileno)


def _lookup(*args, **kwargs):
    _record(f"getaddrinfo{args!r}")
    raise OSError("name lookup blocked by the no-network test")


socket.socket = _Blocked
socket.SocketType = _Blocked
socket.getaddrinfo = _lookup
socket.gethostbyname = _lookup
socket.create_connection = lambda *a, **k: _lookup(*a)
'''


@pytest.fixture
def offline(tmp_path: Path) -> tuple[dict[str, str], Path]:
    site = tmp_path / "nonet-site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "network-attempts.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(REPO)]), "AK_NONET_LOG": str(log),
           "QT_QPA_PLATFORM": "offscreen", "AK_READER_SETTINGS_DIR": str(tmp_path / "settings"),
           "AK_READER_LOG_DIR": str(tmp_path / "log"), "AK_READER_SINGLE_INSTANCE": "1"}
    return env, log


def attempts(log: Path) -> str:
    return log.read_text(encoding="utf-8") if log.exists() else ""


def test_the_block_itself_catches_a_connection(offline) -> None:
    env, log = offline
    code = "import socket, urllib.request\ntry:\n    urllib.request.urlopen('http://192.0.2.1/', timeout=1)\nexcept OSError:\n    pass"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    assert "socket(" in attempts(log) or "getaddrinfo" in attempts(log)


def test_the_command_line_never_opens_a_socket(offline, tmp_path: Path) -> None:
    env, log = offline
    content = ["--content", str(CONTENT)]
    runs = [
        (["index", *content], 0),
        (["search", "dpia", "--rol", "jurist", "--json", *content], 0),
        (["search", "", "--soort", "vereiste", "--facets", *content], 0),
        (["show", "hulpmiddelen/DPIA", "--html", *content], 0),
        (["show", "begrippenlijst", *content], None),
        (["check", *content], None),
        (["packs", "list"], 0),
        (["diff", str(CONTENT), str(CONTENT)], 0),
        (["project", "new", "Offline", "--rol", "jurist", "--fase", "ontwerp", *content], 0),
        (["project", "export", "Offline", "--to", str(tmp_path / "p.json"), *content], 0),
        (["project", "export", "Offline", "--to", str(tmp_path / "p.xlsx"), *content], 0),
        (["project", "export", "Offline", "--to", str(tmp_path / "p.ods"), *content], 0),
        (["project", "export", "Offline", "--to", str(tmp_path / "p.html"), *content], 0),
        (["project", "export", "Offline", "--to", str(tmp_path / "p.pdf"), *content], 0),
        (["beslishulp"], 0),
    ]
    for argv, expected in runs:
        done = subprocess.run([sys.executable, "-m", "reader", *argv], env=env, capture_output=True, text=True,
                              input="", timeout=300)
        assert "Traceback" not in done.stderr, (argv, done.stderr[-2000:])
        if expected is not None:
            assert done.returncode == expected, (argv, done.stderr[-2000:])
        assert not attempts(log), (argv, attempts(log))
    assert (tmp_path / "p.pdf").stat().st_size > 1000
    print(f"\nno network: {len(runs)}/{len(runs)} command lines without a socket")


def test_the_window_never_opens_a_socket(offline, tmp_path: Path) -> None:
    env, log = offline
    report = tmp_path / "self-test.json"
    done = subprocess.run([sys.executable, "-m", "reader", "--self-test", str(report), "--content", str(CONTENT),
                           "--cache-dir", str(tmp_path / "cache")], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0 and json.loads(report.read_text(encoding="utf-8"))["ok"], done.stderr[-2000:]
    assert not attempts(log), attempts(log)
    # the window's exports, PDF, glossary and pages, by their own tests, under the same block
    tests = ["tests/ui/test_export.py::test_pdf_links_go_to_official_addresses_shown_on_paper",
             "tests/ui/test_export.py::test_list_export_csv_and_xlsx", "tests/ui/test_pages.py::test_glossary_opens",
             "tests/ui/test_pages.py::test_external_link_asks_first"]
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests], env=env,
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:]
    assert not attempts(log), attempts(log)
