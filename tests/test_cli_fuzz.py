"""CLI fuzzing (issue 17): generated argument lists through the command line's own `main`.

Every command with every option, mixed with made-up options, random Unicode, control
characters, empty strings, paths that do not exist and numbers out of range. What must
hold for each: no exception escapes (an exception here is the traceback a user would
see), and a run that fails says so in one line on stderr with a nonzero exit code.
Hypothesis runs derandomized, so a failure reproduces. The content is a small site
(AK_READER_CONTENT), so each run takes milliseconds.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.cli import COMMANDS, main
from tests.mini_site import make_mini_site

RUNS = 400
OPTIONS = ["--rol", "--fase", "--onderwerp", "--soort", "--risicogroep", "--rol-ai-act", "--soort-toepassing",
           "--transparantieverplichting", "--systeemrisico", "--open-source", "--wetgeving", "--limit", "--json",
           "--facets", "--content", "--html", "--rebuild", "--boom", "--to", "--merge", "--preview",
           "--omschrijving", "--gepland", "--hulpmiddel", "--bestaat-niet", "-x", "--", "-", "--limit=-1",
           "--limit=99999999999999999999", "--rol=", "--json=1"]
FLAGS = {"--json", "--facets", "--html", "--rebuild", "--merge", "--preview", "--", "-", "--limit=-1",
         "--limit=99999999999999999999", "--rol=", "--json=1", "-x", "--bestaat-niet"}
SUBCOMMANDS = ["list", "show", "new", "export", "import", "remove", "use", "bestaat-niet"]
VALUES = ["jurist", "Jurist", "juristen", "ontwerp", "2", "hulpmiddel", "hoog-risico-ai-systeem", "avg", "dpia",
          "DPIA", "hulpmiddelen/DPIA", "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA", "index", "", " ", "0", "-1",
          "1e309", "nan", "/", ".", "..", "../../etc/passwd", "/dev/null", "/bestaat/niet", "x.zip", "x.json",
          "x.xlsx", "x.ods", "x.html", "x.docx", "NUL", "CON", "\x00", "\n", "\u202e", "a" * 5000]


def _argv(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(COMMANDS))
    argv = [command]
    if command in ("project", "packs"):
        argv.append(draw(st.sampled_from(SUBCOMMANDS)))
    text = st.text(max_size=20).filter(lambda s: not s.startswith("-h"))
    if draw(st.booleans()):  # shaped like a real command line: its arguments, then options with values
        argv += draw(st.lists(st.one_of(st.sampled_from(VALUES), text), min_size=1, max_size=2))
        for option, value in draw(st.lists(st.tuples(st.sampled_from(OPTIONS), st.sampled_from(VALUES)), max_size=4)):
            argv += [option] if option in FLAGS else [option, value]
    else:
        argv += draw(st.lists(st.one_of(st.sampled_from(OPTIONS), st.sampled_from(VALUES), text), max_size=8))
    return [a for a in argv if a not in ("-h", "--help", "--version")]


argvs = st.composite(_argv)()


@pytest.fixture
def fuzz_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_mini_site(tmp_path / "site")
    monkeypatch.setenv("AK_READER_CONTENT", str(root))
    monkeypatch.chdir(tmp_path)  # exports named by the fuzzer land here
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # the decision aid asks: nobody answers
    return root


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own errors
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    return int(code or 0), capsys.readouterr().err


def test_generated_command_lines_never_raise_and_fail_in_one_line(fuzz_env, capsys) -> None:
    counts = {"ok": 0, "failed": 0}

    @settings(max_examples=RUNS, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(argvs)
    def check(argv: list[str]) -> None:
        code, err = run(argv, capsys)
        err = err.strip()
        if code == 0 or (argv[0] == "check" and code == 1 and not err):  # check's report: exit 1 on errors
            counts["ok"] += 1
            return
        counts["failed"] += 1
        assert "Traceback" not in err, (argv, err)
        assert err, (argv, "failed without a message")
        assert len(err.splitlines()) == 1, (argv, err)

    check()
    print(f"\nCLI fuzzing: {RUNS}/{RUNS} command lines without an exception "
          f"({counts['ok']} succeeded, {counts['failed']} failed with one line)")
    assert counts["ok"] + counts["failed"] >= RUNS


def test_argparse_errors_are_one_line(fuzz_env, capsys) -> None:
    for argv in (["search"], ["search", "dpia", "--limit", "veel"], ["show"], ["project"], ["packs", "x"],
                 ["search", "dpia", "--onbekend"], ["diff", "a"]):
        code, err = run(argv, capsys)
        assert code == 2, argv
        assert len(err.strip().splitlines()) == 1 and "--help" in err, (argv, err)
