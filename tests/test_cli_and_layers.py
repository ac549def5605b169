"""The command line, and the layering rule: the core never imports Qt, only backend imports Whoosh."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.__main__ import main
from tests.conftest import REPO
from tests.mini_site import S, make_mini_site


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_mini_site(tmp_path / "root")


def test_search_json_lists_hits_in_rank_order(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "DPIA", "--json", "--content", str(root)]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["path"] == f"{S}/hulpmiddelen/DPIA"
    assert set(hits[0]) >= {"path", "title", "kind", "score", "snippet"}


def test_search_with_filters_and_empty_query_browses(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "", "--rol", "jurist", "--soort", "vereiste", "--json", "--content", str(root)]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["path"] for h in hits] == [f"{S}/vereisten/avg-01-rechtmatig"]


def test_search_prints_did_you_mean(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "persoongegevens", "--content", str(root)]) == 0
    assert "Bedoelde je: persoonsgegevens?" in capsys.readouterr().out
    assert main(["search", "persoongegevens", "--json", "--content", str(root)]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and hits[0]["suggestion"] == "persoonsgegevens"


def test_check_groups_problems_and_fails_on_errors(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--content", str(root)]) == 1
    out = capsys.readouterr().out
    assert f"{S}/maatregelen/2-owp-01-privacyrisico.md" in out and "bestaat-niet-01" in out
    assert main(["check", "--json", "--content", str(root)]) == 1
    problems = json.loads(capsys.readouterr().out)
    assert {p["code"] for p in problems} == {"unknown-stem"}


def test_check_passes_on_clean_content(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_mini_site(tmp_path / "r")
    page = root / S / "maatregelen" / "2-owp-01-privacyrisico.md"
    page.write_text(page.read_text().replace(", bestaat-niet-01", ""))
    assert main(["check", "--content", str(root)]) == 0


def test_show_prints_page_with_linked_maatregelen(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", f"{S}/hulpmiddelen/DPIA", "--content", str(root)]) == 0
    out = capsys.readouterr().out
    assert "Data Protection Impact Assessment" in out
    assert "Analyseer de privacyrisico's" in out and "Stel beleid op voor algoritmes" in out
    assert main(["show", "bestaat/niet", "--content", str(root)]) == 1


def test_index_command_builds_then_reuses(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "--content", str(root)]) == 0
    assert "built" in capsys.readouterr().out
    assert main(["index", "--content", str(root)]) == 0
    assert "reused" in capsys.readouterr().out
    assert main(["index", "--rebuild", "--content", str(root)]) == 0
    assert "built" in capsys.readouterr().out


def test_python_dash_m_reader_runs(root: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "search", "register", "--json", "--content", str(root)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["path"] == f"{S}/hulpmiddelen/register"


def test_importing_core_and_search_does_not_import_qt() -> None:
    code = (
        "import sys; import reader.content, reader.search, reader.render, reader.cli; "
        "from reader.content import Site; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_backend_imports_whoosh_and_only_ui_imports_qt() -> None:
    for path in (REPO / "reader").rglob("*.py"):
        rel = path.relative_to(REPO).as_posix()
        names = imports_of(path)
        if "whoosh" in names:
            assert rel == "reader/search/backend.py", rel
        if "PySide6" in names:
            assert rel.startswith("reader/ui/"), rel


def test_help_shows_the_window_options_and_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("search", "show", "check", "index", "beslishulp"):
        assert command in out
    for option in ("PAGINA", "--content ROOT", "--settings-dir DIR", "--cache-dir DIR"):
        assert option in out
    assert "--self-test" not in out  # internal


def test_beslishulp_command_walks_the_bundled_tree(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from reader.beslishulp import load_bundled_tree

    tree = load_bundled_tree()
    first = tree.first_question
    # the answer that leaves the tree at once ("no algorithm"), by its 1-based number
    exit_answer = next(i for i, a in enumerate(first.answers, 1) if a.target and a.target.kind == "conclusion")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{exit_answer}\nq\n"))
    assert main(["beslishulp"]) == 0
    out = capsys.readouterr().out
    assert first.question.split()[0] in out
    target = first.answers[exit_answer - 1].target
    assert target is not None
    conclusion = tree.conclusion(target.id)
    assert conclusion.conclusion.split(".")[0][:40] in " ".join(out.split())


def test_beslishulp_command_reports_a_broken_tree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "decision-tree.yaml").write_text("questions: [\n", encoding="utf-8")
    assert main(["beslishulp", "--boom", str(tmp_path)]) == 2
    assert "kon niet worden gelezen" in capsys.readouterr().err
