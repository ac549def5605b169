"""The AI-act profile as a search filter: for every conclusion of the decision aid, the
vereisten the search gives equal an independent reading of their front matter.

The reading here works on the files themselves (PyYAML, not the content layer), with the
site's rule: for each profile key with chosen values, a vereiste passes when it lists one of
them or lists none for that key; then it is left out when one of its `uitzondering` items
holds for the profile (a bare `key-value` label, or an expression of such labels).
"""

from __future__ import annotations

import functools
import json
import re
from contextlib import ExitStack
from pathlib import Path

import pytest
import yaml

from reader.beslishulp import Session, load_bundled_tree, profile_for
from reader.content import Site
from reader.content.model import AI_ACT_FACETS
from reader.search import Query, SearchEngine
from tests.conftest import CONTENT, CORPUS

FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---", re.S)


@functools.cache
def _front_matter(path: Path) -> dict:
    match = FRONT.match(path.read_text(encoding="utf-8"))
    return (yaml.safe_load(match.group(1)) if match else None) or {}


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _exception_holds(item: str, labels: set[str]) -> bool:
    item = item.strip()
    if '"' not in item:
        return item in labels
    # "a" -> ('a' in L), && -> and, || -> or: Python reads the rest (test reference only)
    code = re.sub(r'"([^"]*)"', lambda m: f"({m.group(1)!r} in L)", item)
    code = code.replace("&&", " and ").replace("||", " or ").replace("!", " not ")
    return bool(eval(code, {"__builtins__": {}}, {"L": labels}))


def expected_vereisten(root: Path, profile: dict[str, list[str]]) -> set[str]:
    labels = {f"{key}-{value}" for key, values in profile.items() for value in values}
    out = set()
    for path in sorted((root / "voldoen-aan-wetten-en-regels" / "vereisten").glob("*.md")):
        if path.name == "index.md":
            continue
        meta = _front_matter(path)
        passes = all(not chosen or not _as_list(meta.get(key)) or set(_as_list(meta.get(key))) & set(chosen)
                     for key, chosen in profile.items())
        if passes and not any(_exception_holds(item, labels) for item in _as_list(meta.get("uitzondering"))):
            out.add(path.relative_to(root).with_suffix("").as_posix())
    return out


def conclusion_profiles() -> dict[str, list[dict[str, list[str]]]]:
    """conclusion id -> the distinct profiles the paths to it give."""
    tree = load_bundled_tree()
    out: dict[str, list[dict[str, list[str]]]] = {}
    for answers, target in tree.paths():
        session = Session(tree)
        for index in answers:
            session.answer(index)
        assert target is not None and session.conclusion is not None
        profile = profile_for(session).front_matter()
        seen = out.setdefault(session.conclusion.id, [])
        if profile not in seen:
            seen.append(profile)
    return out


@pytest.fixture(scope="module")
def profiles() -> dict[str, list[dict[str, list[str]]]]:
    return conclusion_profiles()


def _engine(closing: ExitStack, root: Path, tmp_path_factory) -> SearchEngine:
    engine = closing.enter_context(SearchEngine(Site.load(root), tmp_path_factory.mktemp("cache")))
    engine.ensure_index()
    return engine


@pytest.mark.parametrize("which", ["bundled", "official"])
def test_every_conclusion_gives_the_vereisten_its_profile_names(closing, which, profiles, tmp_path_factory):
    root = CONTENT if which == "bundled" else CORPUS
    if not (root / "index.md").is_file():
        pytest.skip(f"upstream corpus not found at {root} (../shared is absent)")
    engine = _engine(closing, root, tmp_path_factory)
    checked = 0
    sizes = set()
    for conclusion, items in profiles.items():
        for profile in items:
            result = engine.search(Query.make("", kinds=["vereiste"], limit=None, more=profile))
            got = {hit.path for hit in result.hits}
            assert got == expected_vereisten(root, profile), (conclusion, profile)
            assert result.total == len(got)
            checked += 1
            sizes.add(len(got))
    assert len(profiles) >= 40 and checked >= len(profiles)
    assert len(sizes) > 5  # the profiles really filter (not all the same list)


def test_high_risk_deployer_sees_the_deployer_duties(closing, tmp_path_factory):
    engine = _engine(closing, CONTENT, tmp_path_factory)
    profile = {"risicogroep": ["hoog-risico-ai-systeem"], "rol-ai-act": ["gebruiksverantwoordelijke"],
               "soort-toepassing": ["ai-systeem"]}
    result = engine.search(Query.make("", kinds=["vereiste"], limit=None, more=profile))
    stems = {hit.path.rsplit("/", 1)[-1] for hit in result.hits}
    assert "aia-21-gebruiksverantwoordelijken-menselijk-toezicht" in stems
    assert "aia-11-systeem-voor-kwaliteitsbeheer" not in stems  # a provider's duty
    assert "avg-13-dpia-verplicht" in stems  # non-AI-act vereisten pass every profile
    # a value's count: the vereisten the other filters give that list that value
    others = expected_vereisten(CONTENT, {k: v for k, v in profile.items() if k != "rol-ai-act"})
    listing = {p for p in others if "aanbieder" in _as_list(_front_matter(CONTENT / f"{p}.md").get("rol-ai-act"))}
    assert result.facets["rol-ai-act"]["aanbieder"] == len(listing) > 0


def test_exception_leaves_out_the_ai_act_vereisten(closing, tmp_path_factory):
    engine = _engine(closing, CONTENT, tmp_path_factory)
    result = engine.search(Query.make("", kinds=["vereiste"], limit=None,
                                      more={"risicogroep": ["uitzondering-van-toepassing"]}))
    laws = {hit.path.rsplit("/", 1)[-1].split("-")[0] for hit in result.hits}
    assert result.hits and "aia" not in laws


def test_open_source_exception_expression(closing, tmp_path_factory):
    engine = _engine(closing, CONTENT, tmp_path_factory)
    base = {"soort-toepassing": ["ai-systeem"], "transparantieverplichting": ["geen-transparantieverplichting"],
            "risicogroep": ["geen-hoog-risico-ai-systeem"]}
    closed = {h.path for h in engine.search(Query.make("", kinds=["vereiste"], limit=None,
                                                       more={**base, "open-source": ["geen-open-source"]})).hits}
    open_ = {h.path for h in engine.search(Query.make("", kinds=["vereiste"], limit=None,
                                                      more={**base, "open-source": ["open-source"]})).hits}
    assert open_ < closed  # the open-source exception removes some vereisten
    assert all("/aia-" in p for p in closed - open_)


def test_wetgeving_facet(closing, tmp_path_factory):
    engine = _engine(closing, CONTENT, tmp_path_factory)
    result = engine.search(Query.make("", limit=None, more={"wetgeving": ["avg"]}))
    assert result.hits and all(h.path.rsplit("/", 1)[-1].startswith("avg-") for h in result.hits)
    assert result.facets["wetgeving"]["avg"] == result.total
    assert set(result.facets["wetgeving"]) >= {"aia", "avg", "awb"}


def test_cli_takes_the_profile_filters_and_refuses_unknown_values(capsys):
    from reader.__main__ import main

    assert main(["search", "", "--soort", "vereiste", "--risicogroep", "hoog-risico-ai-systeem",
                 "--rol-ai-act", "gebruiksverantwoordelijke", "--limit", "200", "--json"]) == 0
    paths = {hit["path"] for hit in json.loads(capsys.readouterr().out)}
    expected = expected_vereisten(CONTENT, {"risicogroep": ["hoog-risico-ai-systeem"],
                                            "rol-ai-act": ["gebruiksverantwoordelijke"]})
    assert paths == expected
    assert main(["search", "", "--risicogroep", "hoog"]) == 2
    err = capsys.readouterr().err
    assert "Onbekende waarde voor --risicogroep: hoog" in err and "hoog-risico-ai-systeem" in err


def test_every_profile_key_is_a_facet():
    site = Site.load(CONTENT)
    for facet in AI_ACT_FACETS:
        assert site.facet_values(facet), facet


def test_unreadable_exception_is_reported_and_ignored(closing, tmp_path):
    from tests.mini_site import S, make_mini_site

    page = f"{S}/vereisten/aia-90-proef.md"
    root = make_mini_site(tmp_path / "root", {page: (
        "---\nid: urn:nl:ak:ver:aia-90\ntitle: Proefvereiste\nrisicogroep: [hoog-risico-ai-systeem]\n"
        'uitzondering:\n  - \'("risicogroep-verboden-ai" &&\'\n---\n# Proefvereiste\n\nTekst.\n')})
    site = Site.load(root)
    problems = [p for p in site.problems if p.file == page]
    assert [p.code for p in problems] == ["unreadable-exception"]
    assert "niet te lezen" in problems[0].message
    engine = closing.enter_context(SearchEngine(site, tmp_path / "cache"))
    result = engine.search(Query.make("", kinds=["vereiste"], more={"risicogroep": ["hoog-risico-ai-systeem"]}))
    assert page.removesuffix(".md") in {h.path for h in result.hits}  # the rest of the page still counts


def test_cli_role_and_phase_values_are_checked_and_capitals_are_forgiven(capsys):
    """Issue 17: `--rol Jurist` finds the jurist's pages; `--rol juristen`, `--fase 2` say
    what the choices are and exit 2 instead of silently finding nothing."""
    from reader.__main__ import main

    assert main(["search", "dpia", "--rol", "jurist", "--json", "--limit", "200"]) == 0
    lower = json.loads(capsys.readouterr().out)
    assert main(["search", "dpia", "--rol", "Jurist", "--json", "--limit", "200"]) == 0
    assert json.loads(capsys.readouterr().out) == lower and lower
    for option, value in (("--rol", "juristen"), ("--fase", "2"), ("--soort", "vereisten")):
        assert main(["search", "dpia", option, value]) == 2
        err = capsys.readouterr().err
        assert f"Onbekende waarde voor {option}: {value}" in err and "Kies uit:" in err
