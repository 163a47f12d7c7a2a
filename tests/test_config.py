"""Config values are validated at config-inited with a clear, typed warning."""

from __future__ import annotations

import pytest

from sphinx_factcheck.config import scale_of

from .conftest import read_json, warnings_of


@pytest.mark.sphinx(
    "html",
    testroot="basic",
    freshenv=True,
    confoverrides={
        "factcheck_verdicts": [{"key": "true", "colour": "pink"}],
        "factcheck_statuses": "done",
        "factcheck_require": ["verdict", "colour"],
        "factcheck_quote_threshold": 140,
        "factcheck_publisher": {"name": "Checks", "url": "javascript:x"},
        "factcheck_json": 3,
    },
)
def test_bad_values_warn_and_fall_back_to_defaults(app) -> None:
    lines = warnings_of(app)
    expected = {
        "factcheck_verdicts": "not a sphinx-design colour",
        "factcheck_statuses": "at least two statuses",
        "factcheck_require": "unknown fields ['colour']",
        "factcheck_quote_threshold": "from 0 to 100",
        "factcheck_publisher": "absolute http(s) URL",
        "factcheck_json": "True or False",
    }
    for name, reason in expected.items():
        matching = [line for line in lines if name in line]
        assert len(matching) == 1, (name, lines)
        assert reason in matching[0]
        assert "[factcheck.bad_config]" in matching[0]
    assert scale_of(app.config).keys[0] == "true"
    assert app.config.factcheck_statuses == ["unchecked", "in-progress", "review", "done"]
    app.build()
    assert (app.outdir / "factcheck.json").exists()


@pytest.mark.sphinx(
    "html",
    testroot="basic",
    freshenv=True,
    srcdir="basic-custom-scale",
    confoverrides={
        "factcheck_verdicts": [
            {"key": "accurate", "label": "Accurate", "colour": "success", "rating": 3},
            {"key": "true", "label": "True", "colour": "primary", "rating": 2},
            {"key": "mostly-true", "label": "Half", "colour": "info", "rating": 2},
            {"key": "wrong", "label": "Wrong", "colour": "danger", "rating": 1},
            {"key": "false", "label": "False", "colour": "danger", "rating": 1},
        ],
        "factcheck_statuses": ["todo", "done"],
        "factcheck_json": False,
    },
)
def test_a_custom_scale_and_workflow_are_used(app) -> None:
    app.build()
    # basic's second claim says ':status: review', which this workflow lacks.
    assert len(warnings_of(app)) == 1
    assert "unknown status 'review'; the workflow has: todo, done" in warnings_of(app)[0]
    html = (app.outdir / "claims.html").read_text(encoding="utf-8")
    assert "sd-bg-primary sd-bg-text-primary fc-verdict fc-verdict-true" in html
    assert "fc-status-done" in html
    assert not (app.outdir / "factcheck.json").exists()


@pytest.mark.sphinx("html", testroot="basic", freshenv=True, srcdir="basic-json")
def test_export_records_project_and_generator(app) -> None:
    app.build()
    export = read_json(app)
    assert export["schema_version"] == "1.2"
    assert export["project"] == {"name": "basic", "version": ""}
    assert export["generator"]["name"] == "sphinx-factcheck"


@pytest.mark.sphinx("html", testroot="basic", freshenv=True, confoverrides={"language": "de"})
def test_the_article_language_defaults_to_sphinx_language(app) -> None:
    assert app.config.factcheck_language == "de"


@pytest.mark.sphinx(
    "html",
    testroot="basic",
    freshenv=True,
    confoverrides={"language": "de", "factcheck_language": "fr"},
)
def test_an_explicit_article_language_wins(app) -> None:
    assert app.config.factcheck_language == "fr"


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_without_a_language_articles_are_english(app) -> None:
    assert app.config.factcheck_language == "en"
