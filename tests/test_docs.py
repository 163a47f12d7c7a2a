"""The docs build without warnings, the tutorial project works, nothing is undocumented."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from typing import Any, ClassVar

import pytest
from sphinx.testing.util import SphinxTestApp

from sphinx_factcheck.directives.article import ArticleDirective
from sphinx_factcheck.directives.base import FactcheckDirective
from sphinx_factcheck.directives.claim import ClaimDirective
from sphinx_factcheck.directives.flaw import FlawDirective
from sphinx_factcheck.directives.reports import FlawListDirective
from sphinx_factcheck.directives.source import SourceDirective

from .conftest import read_json, warnings_of

DOCS = Path(__file__).parent.parent / "docs"
TUTORIAL_PROJECT = DOCS / "tutorial" / "my-factcheck"
SHOWN_WARNINGS = DOCS / "tutorial" / "first-build-warnings.txt"
SHOWN_INIT_OUTPUT = DOCS / "tutorial" / "init-output.txt"

#: The mistakes the tutorial's "Read the warnings" step makes: (file, old, new).
TUTORIAL_MISTAKES = (
    ("claims.md", ":verdict: true\n:ruling: Both TASS", ":verdict: ture\n:ruling: Both TASS"),
    ("claims.md", ":id: summit-length\n", ""),
    ("claims.md", ":sources: tass-five-hours\n:claimant:", ":sources: tass-5-hours\n:claimant:"),
)


@dataclass(frozen=True)
class DocsBuild:
    """What one build of the docs left behind."""

    outdir: Path
    warnings: list[str]
    export: dict[str, Any]
    fc_directives: list[str]
    fc_roles: list[str]


@pytest.fixture(scope="module")
def docs_build(tmp_path_factory) -> DocsBuild:
    """The docs built once with the html builder; the app is cleaned up before tests run."""
    app = SphinxTestApp(
        "html",
        srcdir=DOCS,
        builddir=tmp_path_factory.mktemp("docs-build"),
        freshenv=True,
        status=StringIO(),
        warning=StringIO(),
    )
    try:
        app.build()
        domain = app.env.domains["fc"]
        return DocsBuild(
            Path(app.outdir),
            warnings_of(app),
            read_json(app),
            list(domain.directives),
            list(domain.roles),
        )
    finally:
        app.cleanup()


def test_docs_build_without_warnings(docs_build) -> None:
    assert docs_build.warnings == []
    assert (docs_build.outdir / "reference" / "warnings.html").exists()


def test_docs_use_the_extension_on_themselves(docs_build) -> None:
    claim_ids = {claim["id"] for claim in docs_build.export["claims"]}
    assert claim_ids >= {"summit-wednesday", "summit-length"}
    tutorial = (docs_build.outdir / "tutorial" / "index.html").read_text(encoding="utf-8")
    assert 'id="claim-summit-length"' in tutorial
    assert "fc-verdict-true" in tutorial


def test_every_fc_directive_and_role_has_a_reference_entry(docs_build) -> None:
    assert {"claim", "source", "article"} <= set(docs_build.fc_directives)
    directives_page = (DOCS / "reference" / "directives.md").read_text(encoding="utf-8")
    for name in docs_build.fc_directives:
        assert re.search(rf"^## `{re.escape(name)}`", directives_page, re.MULTILINE), name
    roles_page = (DOCS / "reference" / "roles.md").read_text(encoding="utf-8")
    for name in docs_build.fc_roles:
        assert re.search(rf"^## `\{{{re.escape(name)}\}}`", roles_page, re.MULTILINE), name


@pytest.mark.parametrize(
    "directive",
    [ClaimDirective, SourceDirective, ArticleDirective, FlawDirective, FlawListDirective],
)
def test_every_option_has_help(directive) -> None:
    assert set(directive.option_docs) == set(directive.known_options)
    assert all(help_text.strip() for help_text in directive.option_docs.values())


def test_known_options_come_from_option_docs_in_their_order() -> None:
    class Documented(FactcheckDirective):
        option_docs: ClassVar[dict[str, str]] = {"zeta": "Last letter.", "alpha": "First."}

    class Listed(FactcheckDirective):
        known_options: ClassVar[tuple[str, ...]] = ("only",)

    assert Documented.known_options == ("zeta", "alpha")
    assert list(Documented.option_spec) == ["zeta", "alpha"]
    assert Listed.known_options == ("only",)
    assert ClaimDirective.known_options[:3] == ("id", "quote", "verdict")


def test_tutorial_project_builds_clean(make_app, tmp_path) -> None:
    app = make_app("html", srcdir=TUTORIAL_PROJECT, builddir=tmp_path, freshenv=True)
    app.build()
    assert warnings_of(app) == []
    assert [claim["verdict"] for claim in read_json(app)["claims"]] == ["true", "true"]


def test_tutorial_shows_the_warnings_its_mistakes_give(make_app, tmp_path) -> None:
    project = tmp_path / "my-factcheck"
    shutil.copytree(TUTORIAL_PROJECT, project)
    for filename, old, new in TUTORIAL_MISTAKES:
        path = project / filename
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        path.write_text(text.replace(old, new), encoding="utf-8")
    app = make_app("html", srcdir=project, builddir=tmp_path / "build", freshenv=True)
    app.build()
    shown = [
        line for line in SHOWN_WARNINGS.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    assert warnings_of(app) == [f"{project}/{line}" for line in shown]
    first_location = shown[0].split(": ")[0]
    tutorial = (DOCS / "tutorial" / "index.md").read_text(encoding="utf-8")
    assert f"`{first_location}`" in tutorial, "the tutorial explains the first warning's place"


def test_tutorial_starts_from_what_init_writes(tmp_path, monkeypatch, capsys) -> None:
    from sphinx_factcheck.cli import main

    shutil.copy(TUTORIAL_PROJECT / "article.txt", tmp_path / "article.txt")
    monkeypatch.chdir(tmp_path)
    assert main(["init", "article.txt", "my-factcheck"]) == 0
    assert capsys.readouterr().out == SHOWN_INIT_OUTPUT.read_text(encoding="utf-8")
    written = tmp_path / "my-factcheck"
    for unchanged in ("article.md", "article.txt"):
        assert (written / unchanged).read_bytes() == (TUTORIAL_PROJECT / unchanged).read_bytes()
    # The tutorial names its desk in conf.py, adds to index.md, and rewrites the claims
    # and sources.
    desk = re.compile(r"^factcheck_publisher = .*$", re.MULTILINE)
    for extended in ("conf.py", "index.md"):
        text = desk.sub("", (TUTORIAL_PROJECT / extended).read_text(encoding="utf-8"))
        generated = desk.sub("", (written / extended).read_text(encoding="utf-8"))
        assert text.startswith(generated), extended
    generated_sources = (written / "sources.md").read_text(encoding="utf-8")
    assert generated_sources.split("```", 2)[1] in (TUTORIAL_PROJECT / "sources.md").read_text(
        encoding="utf-8"
    )
