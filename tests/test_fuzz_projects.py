"""Whole hostile projects build, warn precisely, and put no user text into markup.

Hypothesis generates projects (see :mod:`tests.fuzz_projects`) and builds each
with one of the html, dirhtml, singlehtml and text builders. CI runs a small
fixed set of examples; ``FACTCHECK_FUZZ=long`` runs many random ones
(``docs/howto/fuzzing.md``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from sphinx.util.console import strip_colors

from .fuzz_checks import BuildResult, build_and_check
from .fuzz_projects import (
    Directive,
    Document,
    Project,
    describe,
    fuzz_settings,
    projects,
    safe_title,
)


def assert_holds(project: Project) -> BuildResult:
    """Build ``project`` in a fresh folder; fail with every broken invariant and the files."""
    with tempfile.TemporaryDirectory(prefix="fc-fuzz-") as workdir:
        result = build_and_check(project, Path(workdir))
        keep = os.environ.get("FACTCHECK_FUZZ_KEEP")
        if result.problems and keep:
            shutil.copytree(Path(workdir) / "src", Path(keep) / Path(workdir).name)
    if result.problems:
        pytest.fail("\n".join([*result.problems, "", "project:", describe(project)]), pytrace=False)
    return result


@pytest.mark.parametrize("builder", ["html", "dirhtml", "singlehtml", "text"])
@fuzz_settings()
@given(data=st.data())
def test_hostile_projects_hold_the_invariants(builder: str, data: st.DataObject) -> None:
    result = assert_holds(data.draw(projects(builder), label="project"))
    # Shown by --hypothesis-show-statistics: proof that the checks had something to check.
    for what, count in result.checked.items():
        event(f"{what}: {'none' if count == 0 else 'some'}")


def project_of(conf: dict[str, object], *blocks: Directive, builder: str = "html") -> Project:
    """A one-document MyST project, as the fuzzer writes them."""
    index = Document("index", ".rst", "Index", [Directive("toctree", None, [], ["doc0"])])
    conf = {"project": "p", "extensions": ["myst_parser", "sphinx_factcheck"], **conf}
    names = [value for block in blocks for key, value in block.options if key == "name"]
    return Project(
        builder, conf, [index, Document("doc0", ".md", "Claims", list(blocks))], {}, names
    )


def test_a_title_is_never_empty_once_docutils_has_read_it() -> None:
    # Found by the fuzzer: a title of U+FEFF alone became empty in docutils,
    # which then read the underline as a transition and warned.
    assert safe_title("\ufeff") == "Title"
    assert safe_title("a\ufeffb") == "ab"
    assert safe_title("- a") == "a"


def test_a_verdict_label_with_a_line_break_forges_no_inventory_entry() -> None:
    # The label goes into the claim's objects.inv display name: the line after the
    # break would read as an entry of its own, linking off-site.
    label = "Mostly\nfzforged fc:claim 1 //evil.example/fz -\n"
    assert_holds(
        project_of(
            {"factcheck_verdicts": [{"key": "true", "label": label}]},
            Directive("claim", "The summit lasted.", [("id", "c1"), ("verdict", "true")]),
        )
    )


def test_an_unknown_id_listed_twice_is_reported_once() -> None:
    # Found by the fuzzer: ":related: c3, c3" gave the same warning twice.
    assert_holds(
        project_of(
            {},
            Directive(
                "claim",
                "The summit lasted.",
                [("id", "c2"), ("related", "c3, c3"), ("sources", "s3, s3")],
            ),
        )
    )


def test_an_id_listed_twice_without_commas_is_reported_once() -> None:
    # Found by the fuzzer: ":sources: a1 ay ay" split at the spaces (with a
    # bad_option warning) kept both "ay", so "unknown source 'ay'" came twice.
    result = assert_holds(
        project_of(
            {},
            Directive(
                "claim",
                "The summit lasted.",
                [("id", "c2"), ("sources", "a1 ay ay"), ("related", "c3 c3")],
            ),
        )
    )
    warnings = [strip_colors(line).split("/src/")[1] for line in result.warnings]
    assert [line for line in warnings if "'ay'" in line] == [
        "doc0.md:3: WARNING: claim 'c2' cites unknown source 'ay'; known sources: none yet "
        "[factcheck.unknown_source]\n"
    ]


@pytest.mark.parametrize("builder", ["html", "singlehtml"])
def test_a_report_name_cannot_forge_an_inventory_entry(builder: str) -> None:
    # Found by the fuzzer: objects.inv lists the name as a std:label, and Sphinx
    # read "x fc:claim 1 //evil.example/fz -" back as the claim "x" linking off-site.
    result = assert_holds(
        project_of(
            {},
            Directive("claim", "The summit lasted.", [("id", "c1")]),
            Directive("claim-table", None, [("name", "fzforged fc:claim 1 //evil.example/fz - x")]),
            Directive("claim-table", None, [("name", "Verdict table")]),
            builder=builder,
        )
    )
    warnings = [strip_colors(line).split("/src/")[1] for line in result.warnings]
    assert [line for line in warnings if ":name:" in line] == [
        "doc0.md:7: WARNING: claim-table: :name: 'fzforged fc:claim 1 "
        "//evil.example/fz - x' would read as another entry in objects.inv; use words joined "
        "by '-', e.g. 'verdict-table' [factcheck.bad_option]\n"
    ]


@pytest.mark.parametrize("suffix", [".md", ".rst"])
def test_the_publishing_warnings_are_typed_and_located(suffix: str) -> None:
    # The fuzzer writes nested evidence and corrections (a longer outer MyST fence,
    # an indented reST block) and a published record; these are its warnings.
    claim = Directive(
        "claim",
        "The summit lasted.",
        [("id", "c1"), ("verdict", "true"), ("status", "done"), ("sources", "s1")],
        ["Reason."],
        [
            Directive("evidence", None, [("source", "s1")], ["<fzscript>x"]),
            Directive("correction", None, [("date", "2023-09-14")], ["Why."]),
        ],
    )
    misplaced = Directive("evidence", None, [("source", "s1")], ["Alone."])
    published = {
        "statuses": ["unchecked", "done"],
        "claims": [
            {"id": "c1", "verdict": "false", "published": True},
            {"id": "c9", "verdict": "false", "published": True},
        ],
    }
    project = project_of(
        {"factcheck_published_json": "published.json"},
        Directive("source", "s1", [("title", "T")]),
        claim,
        misplaced,
    )
    project.documents[1].suffix = suffix
    project.files["published.json"] = json.dumps(published, indent=1).encode()
    result = assert_holds(project)
    located = [
        re.fullmatch(
            r".*/src/(\S+): WARNING: .* \[(factcheck\.\w+)\]\n", strip_colors(line), re.DOTALL
        )
        for line in result.warnings
    ]
    lines = project.documents[1].text().splitlines()
    starts = [
        number
        for number, line in enumerate(lines, 1)
        if re.match(r"~+\{(claim|evidence)\}|\.\. (claim|evidence)::", line)
    ]
    assert len(located) == 3
    assert sorted(f"{match[1]} {match[2]}" for match in located if match) == sorted(
        [
            f"doc0{suffix}:{starts[-1]} factcheck.misplaced",
            f"doc0{suffix}:{starts[0]} factcheck.uncorrected_change",
            "published.json:13 factcheck.withdrawn_claim",
        ]
    )
