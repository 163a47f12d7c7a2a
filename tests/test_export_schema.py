"""factcheck.json: documented by a JSON Schema shipped in the package, stable across builds."""

from __future__ import annotations

import copy
import json
import re
from io import StringIO
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from sphinx.testing.util import SphinxTestApp

from sphinx_factcheck import __version__
from sphinx_factcheck.core.export import SCHEMA_VERSION
from sphinx_factcheck.core.schema import export_problems, load_schema

from .conftest import ROOTS

SUMMIT = ROOTS / "test-machine-summit"


def build_export(srcdir: Path, builddir: Path, builder: str = "html") -> str:
    app = SphinxTestApp(
        builder, srcdir=srcdir, builddir=builddir, status=StringIO(), warning=StringIO()
    )
    try:
        app.build()
        return (Path(app.outdir) / "factcheck.json").read_text(encoding="utf-8")
    finally:
        app.cleanup()


@pytest.fixture(scope="module")
def summit_export(tmp_path_factory) -> dict:
    return json.loads(build_export(SUMMIT, tmp_path_factory.mktemp("schema") / "_build"))


def test_the_schema_ships_in_the_package_and_is_draft_2020_12() -> None:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert (
        Path(__import__("sphinx_factcheck").__file__).parent / "schema" / "factcheck.schema.json"
    ).is_file()


def test_the_schema_accepts_the_current_schema_version() -> None:
    pattern = load_schema()["properties"]["schema_version"]["pattern"]
    assert pattern.startswith("^" + SCHEMA_VERSION.split(".")[0] + "\\.")


@pytest.mark.parametrize("root", sorted(p.name for p in ROOTS.glob("test-*") if p.is_dir()))
def test_every_test_root_exports_valid_json(root: str, tmp_path: Path) -> None:
    export = json.loads(build_export(ROOTS / root, tmp_path / "_build", builder="dummy"))
    assert export_problems(export) == []


def test_the_export_records_generator_and_project(summit_export) -> None:
    assert summit_export["schema_version"] == SCHEMA_VERSION
    assert summit_export["generator"] == {"name": "sphinx-factcheck", "version": __version__}
    assert summit_export["project"] == {"name": "Summit checks", "version": "1.0"}


def test_the_export_is_sorted_and_identical_across_builds(tmp_path: Path, summit_export) -> None:
    first = build_export(SUMMIT, tmp_path / "one")
    second = build_export(SUMMIT, tmp_path / "two")
    assert first == second
    export = json.loads(first)
    for key in ("claims", "sources", "articles"):
        found = [record["id"] for record in export[key]]
        assert found == sorted(found)
    # no absolute paths, no build directories, no timestamps
    assert str(SUMMIT) not in first
    assert str(tmp_path) not in first
    assert not re.search(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", first)
    assert export["articles"][0]["path"] == "article.txt"


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda e: e.pop("claims"), "(top level)"),
        (lambda e: e["claims"][0].__setitem__("verdict", 5), "claims/0/verdict"),
        (lambda e: e["claims"][0].__setitem__("checked", "14 Sep 2023"), "claims/0/checked"),
        (lambda e: e["claims"][0].pop("statement"), "claims/0"),
        (lambda e: e["sources"][0].__setitem__("cited_by", "summit-length"), "sources/0/cited_by"),
        (lambda e: e["articles"][0].__setitem__("path", "/home/me/article.txt"), "articles/0/path"),
        (lambda e: e["scale"][0].__setitem__("rating", "five"), "scale/0/rating"),
        (lambda e: e["scale"][0].__setitem__("emoji", "x"), "scale/0"),
        (lambda e: e.__setitem__("schema_version", "2.0"), "schema_version"),
        (lambda e: e["claims"][0].__setitem__("origin", {"project": "x"}), "claims/0/origin"),
    ],
)
def test_the_schema_defines_core_fields_strictly(summit_export, change, where) -> None:
    export = copy.deepcopy(summit_export)
    change(export)
    problems = export_problems(export)
    assert problems
    assert problems[0].startswith(where + ":")


def test_extension_fields_validate_once_they_arrive(summit_export) -> None:
    export = copy.deepcopy(summit_export)
    export["claims"][0]["anchor"] = {
        "article": "summit-article",
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": "lasted more than four hours",
                "prefix": "The meeting, which ",
                "suffix": " at Russia",
            },
            {"type": "TextPositionSelector", "start": 120, "end": 147},
        ],
        "backlink": "index.html#quote-summit-length",
    }
    export["articles"][0]["coverage"] = {"sentences": 3, "covered": 1}
    export["articles"][0]["sentences"] = 3
    export["new_section"] = {"anything": True}
    assert export_problems(export) == []

    export["claims"][0]["anchor"]["selector"][1]["start"] = "120"
    export["articles"][0]["coverage"] = {"sentences": 3, "covered": -1}
    problems = export_problems(export)
    assert [p.split(":")[0] for p in problems] == ["articles/0/coverage", "claims/0/anchor"]
