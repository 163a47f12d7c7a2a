"""The workflow rules in the pure core: status, required fields, and the counts."""

from __future__ import annotations

from sphinx_factcheck.core.export import summarise
from sphinx_factcheck.core.model import ClaimRecord, Location
from sphinx_factcheck.core.queries import Ordering, tally
from sphinx_factcheck.core.workflow import REQUIRABLE_FIELDS, derive_status, missing_required

STATUSES = ("unchecked", "in-progress", "review", "done")


def test_an_explicit_status_wins_else_the_verdict_decides() -> None:
    assert derive_status(None, None, STATUSES) == "unchecked"
    assert derive_status("false", None, STATUSES) == "done"
    assert derive_status("false", "review", STATUSES) == "review"
    assert derive_status(None, "done", STATUSES) == "done"
    # a status outside the workflow is replaced by the derived one (the caller warns)
    assert derive_status("true", "finished", STATUSES) == "done"
    assert derive_status(None, "finished", STATUSES) == "unchecked"


def test_required_fields_are_read_from_records_and_from_json_alike() -> None:
    record = ClaimRecord(
        "c",
        "It happened.",
        Location("claims", 3),
        verdict="true",
        claim_date="2023-09-13",
        sources=(),
        tags=("summit",),
    )
    required = ("verdict", "sources", "claim-date", "checker", "tags")
    assert missing_required(record, required) == ["sources", "checker"]
    assert missing_required(record.as_dict(), required) == ["sources", "checker"]
    assert missing_required(record, REQUIRABLE_FIELDS) == missing_required(
        record.as_dict(), REQUIRABLE_FIELDS
    )


def test_the_export_summary_counts_every_key_and_always_none() -> None:
    claims = [
        ClaimRecord(f"c{n}", "S.", Location("d", n), verdict=verdict, status=status)
        for n, (verdict, status) in enumerate(
            [
                ("true", "done"),
                ("false", "done"),
                ("true", "review"),
                ("odd", "zeta"),
                ("also-odd", "alpha"),
            ]
        )
    ]
    ordering = Ordering(("true", "false"), STATUSES)
    counts = tally(claims, ordering)
    # outside the scale or workflow: after the known keys, alphabetically
    assert [key for key, _ in counts.by_verdict] == ["true", "false", "also-odd", "odd"]
    assert [key for key, _ in counts.by_status] == [*STATUSES, "alpha", "zeta"]
    summary = summarise(tally(claims[:3], ordering))
    assert summary == {
        "claims": 3,
        "with_verdict": 3,
        "by_verdict": {"true": 2, "false": 1, "none": 0},
        "by_status": {"unchecked": 0, "in-progress": 0, "review": 1, "done": 2},
    }
