"""Issue 13, cases 10, 15, 19, 20 and 21: config and option slips get a message that
says what was expected, or are read as meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from sphinx_factcheck.config import scale_of
from sphinx_factcheck.core.scale import DEFAULT_VERDICTS, parse_scale, verdict_meant

from .conftest import read_json, warnings_of
from .hardening_support import factcheck_warnings, write_project

CLAIM = (
    "# T\n\n```{claim} A claim.\n:id: c1\n:verdict: true\n:sources: s1\n```\n\n"
    "```{source} s1\n:title: S\n```\n"
)


def _config_warning(app, name: str) -> str:
    lines = [line for line in warnings_of(app) if name in line]
    assert len(lines) == 1, warnings_of(app)
    assert lines[0].endswith("[factcheck.bad_config]")
    return lines[0]


# -- case 10: generators ---------------------------------------------------------------


def test_verdicts_given_as_a_generator_are_read_once(make_app, tmp_path) -> None:
    """Issue 13 case 10: a generator is materialised, not consumed by the check."""
    srcdir = write_project(
        tmp_path / "p",
        {"index.md": CLAIM},
        conf=(
            "factcheck_verdicts = (dict(key=k, label=k.title(), colour='info') "
            "for k in ['true', 'false'])\n"
            "factcheck_statuses = (s for s in ['todo', 'done'])\n"
        ),
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert warnings_of(app) == []
    assert scale_of(app.config).keys == ("true", "false")
    assert read_json(app)["statuses"] == ["todo", "done"]


# -- case 20: config values of the wrong shape --------------------------------------------


def test_a_dict_for_the_verdicts_says_a_list_is_expected(make_app, tmp_path) -> None:
    """Issue 13 case 20: {"key": "true"} is refused with what a scale looks like."""
    srcdir = write_project(
        tmp_path / "p", {"index.md": "# T\n"}, conf='factcheck_verdicts = {"key": "true"}\n'
    )
    app = make_app("html", srcdir=srcdir)
    line = _config_warning(app, "factcheck_verdicts")
    assert "give a list, e.g. [{'key': 'true', 'label': 'True'" in line
    assert "got dict {'key': 'true'}" in line
    assert "entry 1 is str" not in line


def test_a_list_of_strings_for_the_verdicts_shows_an_entry(make_app, tmp_path) -> None:
    """Issue 13 case 20: a list of keys says what each entry must be."""
    with pytest.raises(
        ValueError,
        match=r"entry 1 is 'true' \(str\); each entry must be a "
        r"dict such as \{'key': 'true'",
    ):
        parse_scale(["true"])  # type: ignore[list-item]


def test_a_dict_for_the_statuses_is_refused(make_app, tmp_path) -> None:
    """Issue 13 case 20: a dict as factcheck_statuses is no longer accepted silently."""
    srcdir = write_project(
        tmp_path / "p",
        {"index.md": "# T\n"},
        conf='factcheck_statuses = {"unchecked": 1, "done": 2}\n',
    )
    app = make_app("html", srcdir=srcdir)
    line = _config_warning(app, "factcheck_statuses")
    assert "give a list, e.g. ['unchecked', 'in-progress', 'done']; got dict" in line
    assert app.config.factcheck_statuses == ["unchecked", "in-progress", "review", "done"]


# -- case 21: common slips -----------------------------------------------------------------


def test_a_publisher_given_as_a_string_is_its_name(make_app, tmp_path) -> None:
    """Issue 13 case 21: factcheck_publisher = "Name" means {"name": "Name"}."""
    srcdir = write_project(
        tmp_path / "p", {"index.md": CLAIM}, conf='factcheck_publisher = "Example Checks"\n'
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert warnings_of(app) == []
    assert app.config.factcheck_publisher == {"name": "Example Checks"}
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert '"author": {"@type": "Organization", "name": "Example Checks"' in html.replace(
        "\n", ""
    ).replace("  ", "")


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("True", "true"),
        ("Mostly true", "mostly-true"),
        ("MOSTLY TRUE", "mostly-true"),
        ("mostly true", "mostly-true"),
    ],
)
def test_a_verdict_label_is_read_as_its_key_with_a_note(make_app, tmp_path, written, key) -> None:
    """Issue 13 case 21: :verdict: True / Mostly true (the label) is read as the key."""
    srcdir = write_project(
        tmp_path / "p", {"index.md": CLAIM.replace(":verdict: true", f":verdict: {written}")}
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert warnings_of(app) == []
    assert read_json(app)["claims"][0]["verdict"] == key
    assert (
        f"index.md:3: claim: :verdict: {written!r} read as the key {key!r}; write "
        f":verdict: {key}" in app.status.getvalue()
    )


def test_verdict_meant_needs_one_match() -> None:
    """Issue 13 case 21: only an unambiguous label or key counts."""
    scale = parse_scale(DEFAULT_VERDICTS)
    assert verdict_meant(scale, "Mostly  True") == "mostly-true"
    assert verdict_meant(scale, "tru") is None
    twice = parse_scale([{"key": "a", "label": "Same"}, {"key": "b", "label": "Same"}])
    assert verdict_meant(twice, "same") is None


def test_an_unknown_verdict_suggests_the_closest_key(make_app, tmp_path) -> None:
    """Issue 13 case 21: a typo in a verdict gets "did you mean"."""
    srcdir = write_project(
        tmp_path / "p", {"index.md": CLAIM.replace(":verdict: true", ":verdict: mostly-tru")}
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    [line] = factcheck_warnings(app, "unknown_verdict")
    assert (
        "index.md:3: WARNING: claim: unknown verdict 'mostly-tru'; did you mean "
        "'mostly-true'? the scale has:" in line
    )
    assert len(warnings_of(app)) == 1


def test_source_for_sources_suggests_the_option(make_app, tmp_path) -> None:
    """Issue 13 case 21: :source: on a claim: "did you mean :sources:?"."""
    srcdir = write_project(
        tmp_path / "p", {"index.md": CLAIM.replace(":sources: s1", ":source: s1")}
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    [line] = factcheck_warnings(app, "bad_option")
    assert "index.md:3: WARNING: claim: unknown option :source:; did you mean :sources:?" in line


def test_space_separated_source_ids_are_split_with_a_warning(make_app, tmp_path) -> None:
    """Issue 13 case 21: :sources: s1 s2 is read as s1, s2 and says to use commas."""
    srcdir = write_project(
        tmp_path / "p",
        {
            "index.md": CLAIM.replace(":sources: s1", ":sources: s1 s2")
            + "\n```{source} s2\n:title: S2\n```\n"
        },
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert len(warnings_of(app)) == 1, warnings_of(app)
    [line] = factcheck_warnings(app, "bad_option")
    assert (
        "index.md:3: WARNING: claim: :sources: separates ids with commas: write "
        "'s1, s2', not 's1 s2'" in line
    )
    assert read_json(app)["claims"][0]["sources"] == ["s1", "s2"]


# -- case 15: related to itself ----------------------------------------------------------


def test_related_naming_the_claim_itself_warns_and_is_dropped(make_app, tmp_path) -> None:
    """Issue 13 case 15: :related: c1 on c1 warns and the card does not list itself."""
    srcdir = write_project(
        tmp_path / "p", {"index.md": CLAIM.replace(":sources: s1", ":sources: s1\n:related: c1")}
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    [line] = factcheck_warnings(app, "bad_option")
    assert "index.md:3: WARNING: claim: :related: names the claim itself ('c1')" in line
    assert len(warnings_of(app)) == 1
    assert read_json(app)["claims"][0]["related"] == []
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert "Named as related by" not in html


# -- case 19: multi-line ids keep warnings on one line -------------------------------------


def test_a_multi_line_source_id_keeps_each_warning_on_one_line(make_app, tmp_path) -> None:
    """Issue 13 case 19: every warning about a multi-line id is one line, quoted."""
    srcdir = write_project(
        tmp_path / "p",
        {
            "index.rst": """T
=

.. source:: first
   second
   :title: A title

.. claim:: A claim.
   :id: c1
   :verdict: true
   :sources: first
"""
        },
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    text = app.warning.getvalue()
    lines = warnings_of(app)
    assert len(lines) == text.count("WARNING:") == 3, lines
    assert all("[factcheck." in line for line in lines)
    assert "index.rst:4: WARNING: source: id 'first\\nsecond' must start" in lines[0]
    assert "known sources: 'first\\nsecond'" in text
