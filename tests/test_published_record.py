"""factcheck_published_json: no published verdict changes or vanishes without a correction."""

from __future__ import annotations

import json

import pytest

from sphinx_factcheck.core.model import ClaimRecord, Correction, Location
from sphinx_factcheck.core.published import published_verdicts, unexplained_changes

from .conftest import warnings_of

STATUSES = ("unchecked", "done")


def _claim(
    claim_id: str, verdict: str, status: str = "done", corrections: tuple[Correction, ...] = ()
) -> ClaimRecord:
    return ClaimRecord(
        claim_id,
        claim_id,
        Location("index", 1),
        verdict=verdict,
        status=status,
        corrections=corrections,
    )


def test_published_verdicts_read_the_flag_or_the_last_status() -> None:
    export = {
        "statuses": ["unchecked", "done"],
        "claims": [
            {"id": "a", "verdict": "true", "status": "done"},
            {"id": "b", "verdict": "false", "status": "unchecked"},
            {"id": "c", "verdict": "false", "status": "unchecked", "published": True},
            {"id": 3, "verdict": "x"},
            "junk",
        ],
    }
    assert published_verdicts(export) == {"a": "true", "c": "false"}


def test_a_correction_naming_the_earlier_verdict_explains_a_change() -> None:
    correction = Correction("2026-12-03", "new evidence", 5, previous_verdict="true")
    changes = unexplained_changes(
        {"a": "true", "b": "true", "c": "true", "d": "true"},
        [
            _claim("a", "false", corrections=(correction,)),
            _claim("b", "false"),
            _claim("c", "true", status="unchecked"),
        ],
        STATUSES,
    )
    assert [(c.subtype, c.claim_id) for c in changes] == [
        ("uncorrected_change", "b"),
        ("withdrawn_claim", "c"),
        ("withdrawn_claim", "d"),
    ]


@pytest.mark.sphinx("html", testroot="published", freshenv=True)
def test_silent_changes_and_withdrawn_claims_are_located_warnings(app) -> None:
    app.build()
    warnings = [w for w in warnings_of(app) if "verdict_unpublished" not in w]
    assert len(warnings) == 3, warnings
    # 'gone' is accounted for by the withdrawal notice, which wrongly names 'same' too.
    still_there, silent, reopened = warnings
    assert "index.md:21:" in still_there and "'same' is named in a withdrawal" in still_there
    assert "index.md:15:" in silent and "[factcheck.uncorrected_change]" in silent
    assert "published as 'true' and is now 'false'" in silent
    assert "index.md:27:" in reopened and "[factcheck.withdrawn_claim]" in reopened
    assert all("'gone'" not in w for w in warnings)
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    log = html[html.index("fc-corrections-log") :]
    assert "2 published checks withdrawn" in log and "The claim was trivia" in log
    assert 'href="#withdrawal-index-40"' in log
    export = json.loads((app.outdir / "factcheck.json").read_text(encoding="utf-8"))
    assert export["withdrawals"][0]["claims"] == ["gone", "same"]
