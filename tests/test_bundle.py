"""The portable app: build the Linux bundle with the README's command, then use it.

One build per test run (about a minute): `scripts/build_bundle.py --zip` into a temporary
folder. The frozen app then runs offscreen with its start-up self-test (`--self-test`:
first results painted, the index ready, a search typed, the first result's page rendered),
in portable mode (everything under the bundle's `data/`, nothing in the home folder or the
temp folder), from a read-only bundle (user folders used, nothing written to the bundle),
and with nowhere to write at all (the prebuilt index read in place). The frozen CLI answers
`search --json`. Skipped, saying why, where PyInstaller is not installed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reader.content import Site
from tests.conftest import CONTENT
from tests.test_situations import phrase_only_word

REPO = Path(__file__).resolve().parents[1]
NAME = "ak-reader"
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the bundle's smoke test runs on Linux here")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> dict:
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e '.[bundle]')")
    out = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("bundle-work")
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "build_bundle.py"), "--out", str(out),
                             "--work", str(work), "--zip"], capture_output=True, text=True, timeout=1200,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    figures = json.loads((work / "figures.json").read_text(encoding="utf-8"))
    print(f"\nbundle: {figures['size_bytes'] / 1e6:.1f} MB, {figures['files']} files, "
          f"built in {figures['build_seconds']} s")
    return {"out": out, "app": out / NAME, "figures": figures, "log": result.stdout}


def _pages() -> int:
    from reader.content import Site

    return len(Site.load(REPO / "content").pages)


def _copy(bundle: dict, target: Path) -> Path:
    app = target / NAME
    shutil.copytree(bundle["app"], app, symlinks=True)
    return app


def _home(tmp_path: Path) -> tuple[Path, dict]:
    home = tmp_path / "home"
    tmp = tmp_path / "tmp"
    for folder in (home, tmp):
        folder.mkdir()
        folder.chmod(0o777)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("AK_READER_", "XDG_", "LC_")) and k != "LANGUAGE"}
    env.update(HOME=str(home), TMPDIR=str(tmp), QT_QPA_PLATFORM="offscreen", LANG="nl_NL.UTF-8")  # a Dutch laptop
    return home, env


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def _self_test(app: Path, report: Path, env: dict, *, as_nobody: bool = False, shot: Path | None = None) -> dict:
    command = [str(app / NAME), "--self-test", str(report)]
    if shot is not None:
        command += ["--self-test-shot", str(shot)]
    if as_nobody:  # root writes anywhere: test read-only folders as an ordinary user
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    assert report.is_file(), result.stderr[-3000:]
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["ok"], data
    return data


def _check_session(data: dict) -> None:
    assert data["frozen"] is True
    assert data["first_results"] == _pages()  # the browse list: every page
    assert data["hits"][0] == "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"
    assert data["page"]["path"] == data["hits"][0]
    assert data["page"]["title"] == "Data Protection Impact Assessment"
    assert data["page"]["text_chars"] > 1000


def _read_only(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _readable_by_all(path: Path) -> None:
    for parent in [path, *path.parents]:
        if parent == Path("/"):
            break
        parent.chmod(parent.stat().st_mode | 0o055)


def test_bundle_layout_licences_and_qt_parts(bundle):
    app = bundle["app"]
    for exe in (NAME, NAME + "-cli"):
        assert os.access(app / exe, os.X_OK)
    internal = app / "_internal"
    assert (internal / "reader" / "_content" / "index.md").is_file()
    assert (internal / "reader" / "_resources" / "ui.qss").is_file()
    assert (internal / "reader" / "_resources" / "translations" / "reader_en.qm").is_file()
    assert (internal / "reader" / "_prebuilt" / "prebuilt.json").is_file()
    assert (app / "portable.ini.example").is_file() and not (app / "portable.ini").exists()
    libs = {p.name.split(".so")[0] for p in internal.rglob("libQt6*")}
    # QtNetwork for the single-instance socket (reader.ui.single_instance), without TLS plugins
    assert {"libQt6Core", "libQt6Gui", "libQt6Widgets", "libQt6PrintSupport", "libQt6Svg", "libQt6Network"} <= libs
    assert not libs & {"libQt6Qml", "libQt6Quick", "libQt6OpenGL", "libQt6WebEngineCore"}
    assert not [p for p in internal.rglob("*") if p.parent.name in ("tls", "networkinformation")]
    # rapidfuzz: the compiled OSA distance (both CPU variants) ships, its unused fuzz/process parts do not
    compiled = {p.name.split(".")[0] for p in (internal / "rapidfuzz").rglob("*.so")}
    assert {"metrics_cpp", "metrics_cpp_avx2"} <= compiled
    assert not compiled & {"fuzz_cpp", "fuzz_cpp_avx2", "process_cpp_impl", "utils_cpp"}
    qt_translations = {p.name for p in internal.rglob("qtbase_*.qm")}
    assert qt_translations == {"qtbase_nl.qm", "qtbase_en.qm"}
    licences = app / "LICENSES"
    for name in ("README.txt", "EUPL-1.2.txt", "LGPL-3.0.txt", "GPL-3.0.txt", "THIRD-PARTY.txt"):
        assert (licences / name).stat().st_size > 500, name
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in (licences / "EUPL-1.2.txt").read_text(encoding="utf-8")
    third = (licences / "THIRD-PARTY.txt").read_text(encoding="utf-8")
    for dist in ("PySide6", "Whoosh-Reloaded", "Markdown", "pymdown-extensions", "PyYAML", "python-frontmatter",
                 "platformdirs", "openpyxl", "pyinstaller", "Python"):
        assert dist.lower() in third.lower(), dist
    assert (licences / "Python" / "LICENSE.txt").is_file()


def test_release_zip_and_checksum(bundle):
    zips = list(bundle["out"].glob("ak-reader-*-linux-*.zip"))
    assert len(zips) == 1
    archive = zips[0]
    line = (archive.parent / (archive.name + ".sha256")).read_text(encoding="utf-8").split()
    assert line == [hashlib.sha256(archive.read_bytes()).hexdigest(), archive.name]
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        assert zf.testzip() is None
    top = archive.name.removesuffix(".zip")
    assert all(n.startswith(top + "/") for n in names)
    assert f"{top}/{NAME}" in names and f"{top}/{NAME}-cli" in names
    assert f"{top}/LICENSES/EUPL-1.2.txt" in names
    assert not any("/data/" in n for n in names)
    print(f"\nzip: {archive.stat().st_size / 1e6:.1f} MB")


def test_portable_mode_keeps_everything_in_data(bundle, tmp_path):
    app = _copy(bundle, tmp_path)
    (app / "portable.ini").write_text("", encoding="utf-8")
    home, env = _home(tmp_path)
    data = _self_test(app, tmp_path / "report.json", env, shot=tmp_path / "window.png")
    _check_session(data)
    assert data["index"]["reason"] == "prebuilt, copied"  # no build on a new laptop
    assert data["shot"] and (tmp_path / "window.png").stat().st_size > 20_000  # a real, painted window
    assert data["settings_file"] == str(app / "data" / "settings" / "settings.ini")
    assert data["cache_dir"] == str(app / "data" / "cache")
    assert (app / "data" / "logs" / "reader.log").is_file()
    assert _files(home) == [] and _files(tmp_path / "tmp") == []  # nothing in the profile or temp folder
    # a second start reuses the copied index, and the CLI finds the same data
    again = _self_test(app, tmp_path / "again.json", env)
    assert again["index"]["action"] == "reused" and again["index"]["reason"] == ""
    cli = subprocess.run([str(app / f"{NAME}-cli"), "search", "dpia", "--json"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout)[0]["path"] == data["hits"][0]
    # a misspelt word: the frozen rapidfuzz finds the correction, the frozen PyStemmer its stem
    typo = subprocess.run([str(app / f"{NAME}-cli"), "search", "toezihct", "--json", "--facets"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert typo.returncode == 0, typo.stderr
    found = json.loads(typo.stdout)
    assert found["suggestion"] == "toezicht" and found["hits"], found
    # a word only a page's everyday phrases have (resources/situations.txt): the prebuilt index has them
    path, word = phrase_only_word(Site.load(CONTENT))
    phrase = subprocess.run([str(app / f"{NAME}-cli"), "search", word, "--json"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert phrase.returncode == 0, phrase.stderr
    assert json.loads(phrase.stdout)[0]["path"] == path
    assert _files(home) == []


def test_read_only_bundle_uses_the_user_folders(bundle, tmp_path):
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot test a read-only folder")
    app = _copy(bundle, tmp_path)
    (app / "portable.ini").write_text("", encoding="utf-8")
    _read_only(app)
    _readable_by_all(app)
    before = {p: (app / p).stat().st_mtime_ns for p in _files(app)}
    home, env = _home(tmp_path)
    data = _self_test(app, tmp_path / "tmp" / "report.json", env, as_nobody=os.geteuid() == 0)
    _check_session(data)
    assert data["settings_file"].startswith(str(home))
    assert data["cache_dir"].startswith(str(home))
    assert "alleen-lezen" in data["status"]  # the window says why
    assert data["index"]["reason"] == "prebuilt, copied"
    assert {p: (app / p).stat().st_mtime_ns for p in _files(app)} == before  # nothing written to the bundle


def test_nowhere_to_write_reads_the_prebuilt_index_in_place(bundle, tmp_path):
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot test a read-only folder")
    app = _copy(bundle, tmp_path)
    _read_only(app)
    _readable_by_all(app)
    home, env = _home(tmp_path)
    home.chmod(0o555)  # a profile that cannot be written either
    try:
        data = _self_test(app, tmp_path / "tmp" / "report.json", env, as_nobody=os.geteuid() == 0)
    finally:
        home.chmod(0o777)
    _check_session(data)
    assert data["index"]["reason"] == "prebuilt, read only"
    assert data["index_read_only"] is True


def test_frozen_decision_aid_and_profile_filter(bundle, tmp_path):
    app = _copy(bundle, tmp_path)
    (app / "portable.ini").write_text("", encoding="utf-8")
    _home_dir, env = _home(tmp_path)
    walk = subprocess.run([str(app / f"{NAME}-cli"), "beslishulp"], input="2\nq\n", env=env,
                          capture_output=True, text=True, timeout=120)
    assert walk.returncode == 0, walk.stderr
    assert "Traceback" not in walk.stderr and "AI-verordening" in walk.stdout
    search = subprocess.run([str(app / f"{NAME}-cli"), "search", "", "--soort", "vereiste", "--risicogroep",
                             "hoog-risico-ai-systeem", "--json", "--limit", "100"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert search.returncode == 0, search.stderr
    hits = json.loads(search.stdout)
    assert hits and all("/vereisten/" in h["path"] for h in hits)


def test_frozen_app_writes_a_tagged_pdf(bundle, tmp_path):
    """WeasyPrint runs frozen (with the system's Pango): the project report is PDF/UA-1, and no
    notice of an untagged PDF is printed (issue 21)."""
    import pikepdf

    app = _copy(bundle, tmp_path)
    (app / "portable.ini").write_text("", encoding="utf-8")
    _home_dir, env = _home(tmp_path)
    cli = [str(app / f"{NAME}-cli"), "project"]
    made = subprocess.run([*cli, "new", "P", "--rol", "jurist", "--fase", "ontwerp"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    target = tmp_path / "rapport.pdf"
    export = subprocess.run([*cli, "export", "P", "--to", str(target)], env=env, capture_output=True, text=True,
                            timeout=180)
    assert export.returncode == 0, export.stderr
    assert "toegankelijkheidsstructuur" not in export.stderr, export.stderr
    with pikepdf.open(target) as pdf:
        assert bool(pdf.Root.MarkInfo.Marked) and str(pdf.Root.Lang) == "nl"
        assert str(pdf.Root.StructTreeRoot.K[0].S) == "/Document"
        assert str(pdf.docinfo.Title) == "Projectrapport P"


def test_frozen_build_process_builds_the_index_for_the_window(bundle, tmp_path, monkeypatch):
    """The window's background build starts the frozen CLI with `--ak-build-index`, as the
    parallel build starts its workers (`reader.frozen.worker_command`)."""
    from reader import frozen
    from reader.content import Site
    from reader.search import Query, SearchEngine
    from reader.search.index import build_in_subprocess
    from tests.mini_site import S, make_mini_site

    app = _copy(bundle, tmp_path)
    root = make_mini_site(tmp_path / "root")
    cache = tmp_path / "cache"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / NAME))
    assert frozen.worker_command("CODE", frozen.BUILD_FLAG) == [str(app / f"{NAME}-cli"), frozen.BUILD_FLAG]
    seen: list[tuple[int, int]] = []
    assert build_in_subprocess(root, cache, lambda done, total: seen.append((done, total)))
    monkeypatch.undo()
    with SearchEngine(Site.load(root), cache) as engine:
        assert seen and seen[-1][0] == seen[-1][1] == len(engine.site.pages)
        assert engine.ensure_index().action == "reused"  # the frozen process built it
        assert engine.search(Query("DPIA")).hits[0].path == f"{S}/hulpmiddelen/DPIA"


ICU_CHECK = """
from PySide6.QtCore import QCoreApplication, QCollator, QLocale, QStringDecoder, QTimeZone
app = QCoreApplication([])
nl = QLocale("nl_NL")
print(QCollator(nl).compare("appel", "Zebra"), QCollator(QLocale("en_GB")).compare("resume", "résumé"))
print(QTimeZone(b"Europe/Amsterdam").displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, nl))
print(nl.toUpper("ijsje straße"), nl.toCurrencyString(12.5))
print(QStringDecoder("windows-1252").isValid(), QStringDecoder("ISO-8859-15").isValid())
"""


def test_bundled_icu_data_serves_the_apps_languages(bundle):
    """The bundle's ICU data library keeps only Dutch, English and root (scripts/build_bundle.py
    shrink_icu_data): Qt built on it collates, names time zones, upper-cases and decodes
    Windows-1252 as it does on the whole data (the check runs on both, loaded in place of Qt's)."""
    if not (shutil.which("cc") or shutil.which("gcc")):
        pytest.skip("no C compiler: the build keeps ICU's data whole")
    ours = next(p for p in (bundle["app"] / "_internal").rglob("libicudata.so.*") if not p.is_symlink())
    import PySide6

    whole = next(p for p in (Path(PySide6.__file__).parent / "Qt" / "lib").glob(ours.name))
    assert ours.stat().st_size < 8_000_000 < whole.stat().st_size
    outputs = []
    for lib in (whole, ours):
        run = subprocess.run([sys.executable, "-c", ICU_CHECK], capture_output=True, text=True, timeout=60,
                             env={**os.environ, "LD_PRELOAD": str(lib), "QT_QPA_PLATFORM": "offscreen"})
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1]
    assert "Midden-Europese standaardtijd" in outputs[1] and "IJSJE STRASSE" in outputs[1]
    assert outputs[1].splitlines()[-1] == "True True"
