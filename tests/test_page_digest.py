"""Per-page digests, without Sphinx: a page's digest changes when what it shows changes."""

from __future__ import annotations

from dataclasses import replace

from sphinx_factcheck.core.annotation import annotate_project
from sphinx_factcheck.core.collection import Reference, build_index
from sphinx_factcheck.core.model import (
    ClaimRecord,
    Correction,
    Location,
    SourceRecord,
    WithdrawalRecord,
)
from sphinx_factcheck.core.page_digest import (
    CLAIM_BACKLINKS,
    SOURCE_BACKLINKS,
    PageInputs,
    ProjectView,
    Shown,
    page_digests,
)
from sphinx_factcheck.core.queries import ClaimQuery, Ordering
from sphinx_factcheck.core.report_results import ReportRecord, build_report_index
from sphinx_factcheck.core.report_specs import (
    ClaimTableSpec,
    CorrectionsLogSpec,
    VerdictSummarySpec,
)

ORDER = Ordering(("true", "false"), ("unchecked", "done"), ("false", "true"))
SOURCE = SourceRecord("src", "A source", Location("sources", 1))
TABLE = ReportRecord(
    "claim-table", "t", Location("table", 3), ClaimTableSpec(query=ClaimQuery(), columns=("claim",))
)
SUMMARY = ReportRecord(
    "verdict-summary", "s", Location("summary", 3), VerdictSummarySpec(query=ClaimQuery())
)
MENTION = Reference("claim", "one", Location("mentions", 2), "fc-mention-1")


def claims(**changes: object) -> list[ClaimRecord]:
    first = ClaimRecord(
        "one",
        "The first claim.",
        Location("claims", 3),
        verdict="true",
        status="done",
        sources=("src",),
    )
    second = ClaimRecord(
        "two", "The second claim.", Location("claims", 9), verdict="false", status="done"
    )
    return [replace(first, **changes), second]  # type: ignore[arg-type]


def digests(
    records: list[ClaimRecord], references: tuple[Reference, ...] = (MENTION,)
) -> dict[str, str]:
    index = build_index(records, [SOURCE], [], references)
    annotation = annotate_project(index.claims_in_order(), [])
    reports = build_report_index(
        claims_in_order=index.claims_in_order(),
        sources=[SOURCE],
        articles=[],
        article_of=annotation.article_of_claim,
        reports=[TABLE, SUMMARY],
        references=references,
        ordering=ORDER,
    )
    view = ProjectView(
        index, reports, annotation, {"claims": "Claims", "table": "Table"}, claim_reviews=False
    )
    pages = {
        "claims": PageInputs(
            [Shown(CLAIM_BACKLINKS, "one"), Shown(CLAIM_BACKLINKS, "two"), Shown("source", "src")]
        ),
        "sources": PageInputs([Shown(SOURCE_BACKLINKS, "src")]),
        "table": PageInputs(reports=[TABLE]),
        "summary": PageInputs(reports=[SUMMARY]),
        "mentions": PageInputs([Shown("claim", "one")]),
        "mentions-two": PageInputs([Shown("any", "two")]),
        "plain": PageInputs(),
    }
    return page_digests(pages, view)


def changed(**changes: object) -> set[str]:
    old, new = digests(claims()), digests(claims(**changes))
    return {page for page in old.keys() | new.keys() if old.get(page) != new.get(page)}


def test_a_page_that_shows_nothing_has_no_digest() -> None:
    assert "plain" not in digests(claims())
    assert changed() == set()


def test_each_edit_changes_the_pages_that_show_it() -> None:
    # The table shows only the claim column; the claim's own page is re-read anyway.
    assert changed(verdict="false") == {"sources", "summary", "mentions"}
    # The table shows the statement (and the link's title); the summary only counts.
    assert changed(statement="The first claim, reworded.") == {"sources", "table", "mentions"}
    assert changed(ruling="A ruling no other page shows.") == set()
    assert changed(location=Location("claims", 5)) == set()  # a prose edit moved it
    # Now after the second claim: the table lists it later; the summary counts the same.
    assert changed(location=Location("claims", 30)) == {"table"}
    assert changed(location=Location("elsewhere", 3)) == {"sources", "table", "mentions"}


def test_a_new_mention_changes_the_card_that_lists_it() -> None:
    mention = Reference("claim", "two", Location("mentions-two", 2), "fc-mention-1")
    old, new = digests(claims()), digests(claims(), (MENTION, mention))
    assert {page for page in old if old[page] != new[page]} == {"claims"}


def test_a_corrections_log_shows_corrected_claims_and_withdrawals() -> None:
    log = ReportRecord(
        "corrections-log", "c", Location("log", 3), CorrectionsLogSpec(query=ClaimQuery())
    )

    def digest(
        records: list[ClaimRecord],
        withdrawals: tuple[WithdrawalRecord, ...] = (),
    ) -> str:
        index = build_index(records, [SOURCE], [], [])
        annotation = annotate_project(index.claims_in_order(), [])
        reports = build_report_index(
            claims_in_order=index.claims_in_order(),
            sources=[SOURCE],
            articles=[],
            article_of=annotation.article_of_claim,
            reports=[log],
            references=[],
            ordering=ORDER,
        )
        view = ProjectView(
            index, reports, annotation, {}, claim_reviews=False, withdrawals=withdrawals
        )
        return page_digests({"log": PageInputs(reports=[log])}, view)["log"]

    plain = digest(claims())
    # A claim without corrections is not in the log: its verdict does not matter there.
    assert digest(claims(verdict="false")) == plain
    corrected = claims(corrections=(Correction("2024-01-02", "A new source.", 7, "false"),))
    assert digest(corrected) != plain
    withdrawal = WithdrawalRecord(("gone",), "2024-02-01", "Retracted.", Location("log", 9))
    assert digest(claims(), (withdrawal,)) != plain
