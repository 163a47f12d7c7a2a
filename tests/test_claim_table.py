"""``claim-table`` in HTML: filters, sorting, grouping, columns, links and the script."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import warnings_of
from .html_reports import caption, first_column, headers, links, page, rows, tables_of

pytestmark = pytest.mark.sphinx("html", testroot="reports")

ALL = [
    "missile-launch",
    "missile-sanctions",
    "sanctions-pledge",
    "quote-victory",
    "summit-length",
    "summit-day",
]


def test_default_table_lists_every_claim_with_links_and_badges(app) -> None:
    app.build()
    assert warnings_of(app) == []
    report = page(app, "tables").by_id("all-claims")
    [table] = tables_of(report)
    assert headers(table) == ["ID", "Claim", "Verdict", "Status", "Sources"]
    assert first_column(report) == ALL
    assert rows(table)[0] == [
        "missile-launch",
        "North Korea fired no missiles during the summit.",
        "False",
        "done",
        "N. Korea fires two ballistic missiles",
    ]
    first_row = table.find("tbody").find("tr")  # type: ignore[union-attr]
    assert links(first_row)[:2] == [
        ("missile-launch", "claims/missiles.html#claim-missile-launch"),
        (
            "North Korea fired no missiles during the summit.",
            "claims/missiles.html#claim-missile-launch",
        ),
    ]
    # Sources show their titles, as readers know them, linked to the source's card.
    assert ("N. Korea fires two ballistic missiles", "sources.html#source-yonhap") in links(
        first_row
    )
    source_link = next(a for a in first_row.iter("a") if "source-yonhap" in a.attrs["href"])
    assert source_link.attrs["title"] == "N. Korea fires two ballistic missiles"
    badge = first_row.find("abbr", "fc-verdict")  # <abbr>: the scale's description on hover
    assert badge is not None and "fc-verdict-false" in badge.classes
    assert badge.attrs["title"] == "Not accurate."
    assert badge.text() == "False"
    pledge = rows(table)[2]
    assert pledge[2:4] == ["No verdict", "in-progress"]


FILTERED = {
    "by-verdict-or": ["missile-launch", "missile-sanctions"],
    "no-verdict": ["sanctions-pledge"],
    "by-status": ["sanctions-pledge", "summit-day"],
    "by-tags": ["missile-sanctions", "sanctions-pledge", "summit-length"],
    "by-sources": ["missile-sanctions", "sanctions-pledge", "summit-length"],
    "by-claimant": ["missile-launch", "missile-sanctions", "sanctions-pledge"],
    "by-document": ["summit-length", "summit-day"],
    "by-article": ["summit-length", "summit-day"],
    "combined": ["missile-sanctions", "sanctions-pledge"],
}


def test_each_filter(app) -> None:
    app.build()
    tables = page(app, "tables")
    assert {name: first_column(tables.by_id(name)) for name in FILTERED} == FILTERED


def test_no_match_says_so_and_names_the_filters(app) -> None:
    app.build()
    report = page(app, "tables").by_id("nothing")
    assert tables_of(report) == []
    assert report.text() == "No claims match these filters (verdict: true; tags: missiles)."


SORTED = {
    "sorted-verdict": [
        "summit-length",
        "summit-day",
        "missile-sanctions",
        "missile-launch",
        "quote-victory",
        "sanctions-pledge",
    ],
    "sorted-desc": [
        "quote-victory",
        "missile-launch",
        "missile-sanctions",
        "summit-day",
        "summit-length",
        "sanctions-pledge",
    ],
    "sorted-multi": [
        "summit-length",
        "summit-day",
        "quote-victory",
        "sanctions-pledge",
        "missile-sanctions",
        "missile-launch",
    ],
    "sorted-checked": [
        "missile-sanctions",
        "summit-length",
        "missile-launch",
        "sanctions-pledge",
        "quote-victory",
        "summit-day",
    ],
}


def test_sort(app) -> None:
    """Verdicts sort by the scale, ``-`` reverses, several keys apply in turn,
    and claims without a value go last either way."""
    app.build()
    tables = page(app, "tables")
    assert {name: first_column(tables.by_id(name)) for name in SORTED} == SORTED


def test_every_column_can_be_chosen(app) -> None:
    app.build()
    [table] = tables_of(page(app, "tables").by_id("all-columns"))
    assert caption(table) == "Every column"
    assert headers(table) == [
        "ID",
        "Claim",
        "Verdict",
        "Status",
        "Sources",
        "Claimant",
        "Document",
        "Checked",
        "Tags",
        "Quote",
    ]
    assert rows(table)[0] == [
        "summit-length",
        "The summit meeting lasted more than four hours.",
        "True",
        "done",
        "Kim pledges full support to Moscow, Kremlin transcript of the talks",
        "Associated Press",
        "Summit claims",
        "2023-09-14",
        "summit, duration",
        "The meeting, which lasted more than four hours",
    ]
    assert ("Summit claims", "claims/summit.html") in links(table)
    assert rows(table)[1][7:] == ["", "summit", ""]


GROUPED = {
    "grouped-verdict": [
        ("True (1 claim)", ["summit-length"]),
        ("Mostly true (1 claim)", ["summit-day"]),
        ("Misleading (1 claim)", ["missile-sanctions"]),
        ("False (1 claim)", ["missile-launch"]),
        ("Unproven (1 claim)", ["quote-victory"]),
        ("No verdict (1 claim)", ["sanctions-pledge"]),
    ],
    "grouped-status": [
        ("in-progress (1 claim)", ["sanctions-pledge"]),
        ("review (1 claim)", ["summit-day"]),
        (
            "done (4 claims)",
            ["missile-launch", "missile-sanctions", "quote-victory", "summit-length"],
        ),
    ],
    "grouped-document": [
        ("Missile claims (3 claims)", ["missile-launch", "missile-sanctions", "sanctions-pledge"]),
        ("Quotes (1 claim)", ["quote-victory"]),
        ("Summit claims (2 claims)", ["summit-length", "summit-day"]),
    ],
    "grouped-claimant": [
        ("Associated Press (2 claims)", ["summit-length", "summit-day"]),
        ("Kim Jong Un (1 claim)", ["quote-victory"]),
        ("Kremlin (1 claim)", ["sanctions-pledge"]),
        ("South Korean military (2 claims)", ["missile-launch", "missile-sanctions"]),
    ],
    "grouped-tag": [
        ("duration (1 claim)", ["summit-length"]),
        ("missiles (2 claims)", ["missile-launch", "missile-sanctions"]),
        ("quotes (1 claim)", ["quote-victory"]),
        ("sanctions (2 claims)", ["missile-sanctions", "sanctions-pledge"]),
        ("summit (2 claims)", ["summit-length", "summit-day"]),
    ],
}


def test_group_by_gives_one_captioned_table_per_group(app) -> None:
    app.build()
    tables = page(app, "tables")
    assert {
        name: [(caption(t), [r[0] for r in rows(t)]) for t in tables_of(tables.by_id(name))]
        for name in GROUPED
    } == GROUPED
    heading = tables.by_id("grouped-tag").find("p", "fc-report-caption")
    assert heading is not None and heading.text() == "Claims by tag"


def test_html_tables_are_sortable_by_a_shipped_script(app) -> None:
    app.build()
    tables_page = page(app, "tables")
    tools = tables_page.by_id("all-claims")
    assert tools.tag == "div"
    assert "fc-table-tools" in tools.classes
    assert tools.attrs["data-fc-verdict-order"] == (
        "true mostly-true mixed misleading false unproven opinion"
    )
    assert tools.attrs["data-fc-status-order"] == "unchecked in-progress review done"
    scripts = [s.attrs.get("src", "") for s in tables_page.iter("script")]
    assert any(src.startswith("_static/factcheck-table.js") for src in scripts)
    script = (Path(app.outdir) / "_static" / "factcheck-table.js").read_text()
    assert "jQuery" not in script and "http" not in script
    other_scripts = [s.attrs.get("src", "") for s in page(app, "summary").iter("script")]
    assert not any("factcheck-table" in src for src in other_scripts)
    # The empty report gets no tools: there is nothing to sort.
    assert "fc-table-tools" not in tables_page.by_id("nothing").classes


def test_report_rows_link_back_from_the_claims(app) -> None:
    app.build()
    card = page(app, "claims/summit").by_id("claim-summit-length")
    listed = card.find("p", "fc-backlinks-listed")
    assert listed is not None
    assert links(listed) == [
        ("Claim tables", "../tables.html#all-claims"),
        ("Every column", "../tables.html#all-columns"),
        ("Claims by tag", "../tables.html#grouped-tag"),
    ]


def test_rest_and_domain_forms_give_the_same_table(app) -> None:
    app.build()
    myst = tables_of(page(app, "tables").by_id("by-verdict-or"))
    rest_page = page(app, "rest")
    for name in ("rest-table", "rest-domain-table"):
        rest = tables_of(rest_page.by_id(name))
        assert [rows(t) for t in rest] == [rows(t) for t in myst]
        assert [links(t) for t in rest] == [links(t) for t in myst]
    # :name: makes a report a {ref} target.
    assert ("the table of all claims", "tables.html#all-claims") in links(rest_page)
