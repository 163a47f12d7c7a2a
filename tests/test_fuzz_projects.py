"""Whole hostile projects build, warn precisely, and put no user text into markup.

Hypothesis generates projects (see :mod:`tests.fuzz_projects`) and builds each
with one of the html, dirhtml, singlehtml and text builders. CI runs a small
fixed set of examples; ``FACTCHECK_FUZZ=long`` runs many random ones
(``docs/howto/fuzzing.md``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from .fuzz_checks import BuildResult, build_and_check
from .fuzz_projects import Directive, Document, Project, describe, fuzz_settings, projects


def assert_holds(project: Project) -> BuildResult:
    """Build ``project`` in a fresh folder; fail with every broken invariant and the files."""
    with tempfile.TemporaryDirectory(prefix="fc-fuzz-") as workdir:
        result = build_and_check(project, Path(workdir))
        keep = os.environ.get("FACTCHECK_FUZZ_KEEP")
        if result.problems and keep:
            shutil.copytree(Path(workdir) / "src", Path(keep) / Path(workdir).name)
    if result.problems:
        pytest.fail("\n".join([*result.problems, "", "project:", describe(project)]),
                    pytrace=False)
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
    return Project(builder, conf, [index, Document("doc0", ".md", "Claims", list(blocks))], {})


def test_a_verdict_label_with_a_line_break_forges_no_inventory_entry() -> None:
    # Found by the fuzzer: the label went raw into the claim's objects.inv display
    # name, and the line after the break was read as an entry linking off-site.
    label = "Mostly\nfzforged fc:claim 1 //evil.example/fz -\n"
    assert_holds(project_of({"factcheck_verdicts": [{"key": "true", "label": label}]},
                            Directive("claim", "The summit lasted.",
                                      [("id", "c1"), ("verdict", "true")])))


def test_an_unknown_id_listed_twice_is_reported_once() -> None:
    # Found by the fuzzer: ":related: c3, c3" gave the same warning twice.
    assert_holds(project_of({}, Directive("claim", "The summit lasted.", [
        ("id", "c2"), ("related", "c3, c3"), ("sources", "s3, s3")])))
