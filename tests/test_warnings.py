"""Every problem the core can see is one located, typed warning; nothing is lost."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from .conftest import read_json, warnings_of

WARNING = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+): WARNING: (?P<msg>.*) "
    r"\[factcheck\.(?P<subtype>\w+)\]$"
)


def parsed(app) -> list[tuple[str, int, str, str]]:
    found = []
    for line in warnings_of(app):
        match = WARNING.match(line)
        assert match, f"unlocated or untyped warning: {line}"
        found.append((Path(match["file"]).name, int(match["line"]), match["subtype"], match["msg"]))
    return found


@pytest.mark.sphinx("html", testroot="problems", freshenv=True)
def test_each_problem_is_one_located_typed_warning(app) -> None:
    app.build()
    found = parsed(app)
    located = Counter((name, line, subtype) for name, line, subtype, _ in found)
    assert located == Counter(
        {
            ("index.md", 16, "bad_url"): 2,
            ("index.md", 16, "bad_date"): 1,
            ("index.md", 23, "unknown_verdict"): 1,
            ("index.md", 29, "unknown_status"): 1,
            ("index.md", 36, "bad_date"): 1,
            ("index.md", 36, "bad_url"): 1,
            ("index.md", 36, "unknown_source"): 1,
            ("index.md", 36, "unknown_claim"): 1,
            ("index.md", 45, "missing_field"): 1,
            ("index.md", 50, "bad_option"): 1,
            ("index.md", 57, "missing_id"): 1,
            ("other.md", 3, "duplicate_id"): 1,
            ("index.md", 12, "unused_source"): 1,
            ("index.md", 67, "unknown_claim"): 1,
            ("index.md", 67, "unknown_source"): 1,
            ("index.md", 67, "unknown_verdict"): 1,
            ("index.md", 69, "bad_id"): 1,
        }
    )


@pytest.mark.sphinx("html", testroot="problems", freshenv=True)
def test_messages_say_what_would_be_right(app) -> None:
    app.build()
    messages = {(line, subtype): msg for _, line, subtype, msg in parsed(app)}
    assert "the scale has: true, mostly-true, mixed" in messages[23, "unknown_verdict"]
    assert (
        "the workflow has: unchecked, in-progress, review, done" in messages[29, "unknown_status"]
    )
    assert "YYYY-MM-DD" in messages[36, "bad_date"]
    assert "known sources: bad-source, good-source, unused-source" in messages[36, "unknown_source"]
    assert "index.md:50" in messages[3, "duplicate_id"]
    assert "lacks :sources:" in messages[45, "missing_field"]
    assert "'first-claim-without-an-id', 'second-claim-without-an-id'" in messages[57, "missing_id"]
    assert "known options: :id:" in messages[50, "bad_option"]
    assert "only letters, digits and - _ . :" in messages[69, "bad_id"]


@pytest.mark.sphinx("html", testroot="problems", freshenv=True)
def test_bad_input_loses_nothing(app) -> None:
    app.build()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    # Every claim is still on the page, including the one with an unknown option.
    for claim_id in (
        "bad-verdict",
        "bad-status",
        "cites-missing",
        "done-no-sources",
        "twice",
        "first-claim-without-an-id",
        "second-claim-without-an-id",
        "has-space",
    ):
        assert f'id="claim-{claim_id}"' in html
    # Refused values are shown as text, never as links.
    assert "verdict=pants-on-fire" in html
    assert "claim-date=13/09/2023" in html
    assert "javascript:alert(1)" in html
    assert 'href="javascript' not in html.lower()
    assert 'href="data:' not in html
    # Unresolvable roles keep their text.
    assert "nowhere-claim" in html
    assert "nowhere-source" in html
    assert "maybe" in html
    export = read_json(app)
    assert len(export["claims"]) == 8  # the duplicate is reported, the first one kept
    bad = next(c for c in export["claims"] if c["id"] == "bad-verdict")
    assert bad["verdict"] is None
    assert bad["status"] == "unchecked"
    assert bad["rejected"] == ["verdict=pants-on-fire"]


@pytest.mark.sphinx(
    "html",
    testroot="problems",
    freshenv=True,
    confoverrides={"suppress_warnings": ["factcheck.unused_source", "factcheck.missing_id"]},
)
def test_one_kind_can_be_suppressed(app) -> None:
    app.build()
    subtypes = {subtype for _, _, subtype, _ in parsed(app)}
    assert "unused_source" not in subtypes
    assert "missing_id" not in subtypes  # DESIGN: a project may accept derived ids
    assert "duplicate_id" in subtypes
    assert "first-claim-without-an-id" in {c["id"] for c in read_json(app)["claims"]}


@pytest.mark.sphinx(
    "html", testroot="basic", srcdir="basic-nitpicky", confoverrides={"nitpicky": True}
)
def test_unknown_reference_is_warned_once_even_when_nitpicky(app, tmp_path) -> None:
    index = Path(app.srcdir) / "claims.md"
    index.write_text(
        index.read_text(encoding="utf-8") + "\nSee {claim}`ghost`.\n", encoding="utf-8"
    )
    app.build()
    lines = [line for line in warnings_of(app) if "ghost" in line]
    assert len(lines) == 1
    assert "[factcheck.unknown_claim]" in lines[0]
