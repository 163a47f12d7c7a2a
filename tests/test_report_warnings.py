"""Report options a directive cannot use get located warnings that name the valid ones."""

from __future__ import annotations

import re

import pytest

from .conftest import warnings_of
from .html_reports import page


@pytest.mark.sphinx("html", testroot="reports-bad", freshenv=True)
def test_bad_report_options_are_reported_where_they_are(app) -> None:
    app.build()
    found = []
    for line in warnings_of(app):
        match = re.match(r".*index\.md:(\d+): WARNING: (.*) \[factcheck\.(\w+)\]$", line)
        assert match, line
        found.append((int(match.group(1)), match.group(3), match.group(2)))
    assert [(line, subtype) for line, subtype, _ in found] == [
        (14, "bad_option"),
        (14, "bad_option"),
        (14, "bad_option"),
        (14, "bad_option"),
        (21, "unknown_verdict"),
        (21, "unknown_status"),
        (21, "bad_option"),
        (39, "bad_option"),
        (39, "bad_option"),
        (28, "unknown_source"),
        (28, "unknown_article"),
        (28, "bad_option"),
        (28, "bad_option"),
        (35, "bad_option"),
        (39, "bad_option"),
        (39, "bad_option"),
    ]
    messages = [message for _, _, message in found]
    assert (
        "unknown option :colour:; did you mean :columns:? known options: :verdict:, :status:"
    ) in messages[0]
    assert "no column 'size'; choose from: id, claim, verdict" in messages[1]
    assert "cannot sort by 'weight'; sort by one of: id, claim" in messages[2]
    assert "'mood' is not one of: verdict, status, document, claimant, tag" in messages[3]
    assert "unknown verdict 'flase' in :verdict:; use one of: true," in messages[4]
    assert messages[4].endswith("opinion, none")
    assert "unknown status 'finished' in :status:; use one of: unchecked," in messages[5]
    assert "no source with id 'nope' in :sources:; known sources: ap" in messages[9]
    assert "no claim matches 'sumit' in :tags:; values in use: summit" in messages[11]
    # source-list's claim filters are checked like claim-table's
    assert messages[-1] == (
        "source-list: no claim matches 'sumit' in :tags:; values in use: summit"
    )


@pytest.mark.sphinx("html", testroot="reports-bad")
def test_bad_options_still_give_a_report(app) -> None:
    app.build()
    index = page(app, "index")
    reports = list(index.iter("div", "fc-report"))
    assert len(reports) == 5
    # Unknown columns are dropped, the valid one stays; an unknown verdict matches nothing.
    assert [th.text() for th in reports[0].iter("th")] == ["ID"]
    assert "No claims match these filters (verdict: flase; status: finished)" in (reports[1].text())
