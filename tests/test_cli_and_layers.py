"""The command line, and the layering rules: no module imports upward or in a cycle, the core
never imports Qt, only the search package imports Whoosh."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.__main__ import main
from tests.conftest import CONTENT, REPO
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
    """The top-level packages a file imports (anywhere in it, function-level imports too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_search_imports_whoosh_and_only_ui_imports_qt() -> None:
    for path in (REPO / "reader").rglob("*.py"):
        rel = path.relative_to(REPO).as_posix()
        names = imports_of(path)
        if "whoosh" in names:
            assert rel.startswith("reader/search/"), rel
        if "PySide6" in names:
            assert rel.startswith("reader/ui/"), rel


def reader_modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    out: dict[str, Path] = {}
    for path in (REPO / "reader").rglob("*.py"):
        parts = list(path.relative_to(REPO).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def import_graph() -> dict[str, set[str]]:
    """module -> the modules of `reader` it imports: at the top, in functions and under
    TYPE_CHECKING alike. `from P import name` counts as importing P.name when that is a
    module, else P itself."""
    modules = reader_modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name in modules)
            elif isinstance(node, ast.ImportFrom):
                assert node.level == 0, f"{name}: relative import"
                if node.module and node.module.split(".")[0] == "reader":
                    for a in node.names:
                        found.add(f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules else node.module)
        graph[name] = found - {name}
    return graph


#: The layers, lowest first; a module may import its own layer and the ones below it.
#: The first prefix that matches a module decides its layer.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("reader.cache", "reader.resources", "reader.frozen", "reader.portable", "reader.memory"),  # import nothing of the app
    ("reader.content",),
    ("reader.search", "reader.render", "reader.beslishulp", "reader.pdf"),  # reader.pdf: HTML -> tagged PDF
    ("reader.packs",),  # content packs: layouts, safe zip import, the pack library, diffs (issue 15)
    ("reader.projects",),  # the working lists: the content, the facet filter, the decision aid's profile
    ("reader.prebuilt", "reader.launch", "reader.start_snapshot"),  # start-up: the site and its engine, the start snapshot
    ("reader.cli", "reader.ui"),
    ("reader.__main__",),
)


def layer_of(module: str) -> int:
    if module == "reader":  # the package itself: its docstring and __version__
        return 0
    for rank, prefixes in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return rank
    raise AssertionError(f"{module} has no layer in LAYERS")


def test_no_module_imports_upward() -> None:
    upward = [f"{module} -> {target}" for module, targets in import_graph().items() for target in targets
              if layer_of(target) > layer_of(module)]
    assert not upward, upward


def test_the_window_does_not_import_the_command_line() -> None:
    """reader.cli starts the window (reader.ui.app); the window takes what it shares with the
    command line from reader.launch."""
    wrong = [m for m, targets in import_graph().items() if m.startswith("reader.ui")
             and any(t == "reader.cli" or t.startswith("reader.cli.") for t in targets)]
    assert not wrong, wrong


#: Cycles allowed for now (none: keep it so).
KNOWN_CYCLES: list[set[str]] = []


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(component)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles() -> None:
    found = [c for c in cycles(import_graph()) if c not in KNOWN_CYCLES]
    assert not found, [sorted(c) for c in found]


#: Modules kept only as aliases of a renamed one (none).
ALIAS_MODULES: set[str] = set()


def test_module_file_names_are_unique() -> None:
    """One `engine.py`, one `labels.py`...: a file name says which module it is."""
    seen: dict[str, list[str]] = {}
    for path in (REPO / "reader").rglob("*.py"):
        rel = path.relative_to(REPO).as_posix()
        if path.name not in ("__init__.py", "__main__.py") and rel not in ALIAS_MODULES:
            seen.setdefault(path.name, []).append(rel)
    assert {name: paths for name, paths in seen.items() if len(paths) > 1} == {}


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


def test_cli_errors_are_one_dutch_line_and_a_nonzero_exit(tmp_path, capsys):
    """Issue 17: bad input to the command line gives one clear line on stderr, never a
    traceback (an exception here would be one) and never exit 0."""
    from reader.__main__ import main

    empty = tmp_path / "leeg"
    empty.mkdir()
    bad_zip = tmp_path / "kapot.zip"
    bad_zip.write_bytes(b"PK\x03\x04niet echt een zip")
    cases = [
        ["show", "bestaat/niet"],
        ["search", "dpia", "--content", str(tmp_path / "nergens")],
        ["search", "dpia", "--content", str(empty)],
        ["search", "dpia", "--content", str(bad_zip)],
        ["check", "--content", str(bad_zip)],
        ["index", "--content", str(empty)],
        ["diff", str(empty), str(CONTENT)],
        ["project", "show", "999"],
        ["packs", "use", "Bestaat niet"],
        ["packs", "import", str(bad_zip)],
    ]
    for argv in cases:
        code = main(argv)
        err = capsys.readouterr().err.strip()
        assert code not in (0, None), argv
        assert err and len(err.splitlines()) == 1 and "Traceback" not in err, (argv, err)
