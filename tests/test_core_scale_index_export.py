"""The verdict scale, the project index and the export, tested without Sphinx."""

from __future__ import annotations

import json

import pytest

from sphinx_factcheck.core.collection import Reference, build_index
from sphinx_factcheck.core.export import build_export, dumps
from sphinx_factcheck.core.model import ArticleRecord, ClaimRecord, Location, SourceRecord
from sphinx_factcheck.core.scale import (
    DEFAULT_STATUSES,
    DEFAULT_VERDICTS,
    parse_scale,
    parse_statuses,
)


def test_default_scale_is_rated_five_to_one_with_two_unrated() -> None:
    scale = parse_scale(DEFAULT_VERDICTS)
    assert scale.keys == (
        "true",
        "mostly-true",
        "mixed",
        "misleading",
        "false",
        "unproven",
        "opinion",
    )
    assert [v.rating for v in scale.verdicts] == [5, 4, 3, 2, 1, None, None]
    assert (scale.best_rating, scale.worst_rating) == (5, 1)
    assert scale.get("nope") is None


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([], "at least one verdict"),
        ([{"key": "a"}, {"key": "a"}], "appears twice"),
        ([{"key": "a b"}], "without spaces"),
        ([{"key": "none"}], "claims without a verdict"),
        ([{"key": "a", "colour": "pink"}], "not a sphinx-design colour"),
        ([{"key": "a", "rating": "5"}], "whole number"),
        ([{"key": "a", "rating": True}], "whole number"),
        ([{"key": "a", "shade": 1}], "unknown fields"),
        (["true"], "each entry must be a dict"),
    ],
)
def test_bad_scales_say_what_is_wrong(entries: list, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_scale(entries)


def test_statuses_need_a_first_and_a_last() -> None:
    assert parse_statuses(DEFAULT_STATUSES) == DEFAULT_STATUSES
    with pytest.raises(ValueError, match="at least two"):
        parse_statuses(["done"])
    with pytest.raises(ValueError, match="twice"):
        parse_statuses(["a", "a"])


def claim(claim_id: str, doc: str, line: int, **fields) -> ClaimRecord:
    return ClaimRecord(
        id=claim_id, statement=f"Statement {claim_id}.", location=Location(doc, line), **fields
    )


def test_index_keeps_the_first_of_each_id_and_reports_the_rest() -> None:
    claims = [
        claim("a", "z-doc", 1, sources=("s1",)),
        claim("a", "a-doc", 9),
        claim("b", "a-doc", 3, sources=("s1", "s2"), related=("a",)),
    ]
    sources = [
        SourceRecord("s1", "One", Location("src", 1)),
        SourceRecord("s2", "Two", Location("src", 5)),
        SourceRecord("s3", "Three", Location("src", 9)),
        SourceRecord("s4", "Four", Location("src", 13)),
    ]
    articles = [ArticleRecord("art", Location("art", 1), "text", source="s3")]
    refs = [
        Reference("claim", "b", Location("other", 4)),
        Reference("source", "s9", Location("other", 5)),
        Reference("any", "s4", Location("other", 6)),
        Reference("any", "nothing", Location("other", 7)),
    ]
    index = build_index(claims, sources, articles, refs)
    assert index.claims["a"].location == Location("a-doc", 9)
    assert [
        (d.record.location.docname, d.first.location.docname) for d in index.duplicate_claims
    ] == [("z-doc", "a-doc")]
    assert index.claims_by_source == {"s1": ["b"], "s2": ["b"]}
    # s4 is cited only through {any}; "nothing" names no source and cites nothing.
    assert index.cited_sources == {"s1", "s2", "s3", "s4", "s9"}


def test_export_is_sorted_and_counts_verdicts() -> None:
    scale = parse_scale(DEFAULT_VERDICTS)
    index = build_index(
        [
            claim("z", "d", 1, verdict="true", status="done"),
            claim("a", "d", 2, status="unchecked"),
            claim("m", "d", 3, verdict="opinion", status="review"),
        ],
        [SourceRecord("s", "S", Location("d", 9))],
        [],
        [],
    )
    export = build_export(
        index,
        scale,
        DEFAULT_STATUSES,
        {"name": "p", "version": "1"},
        {"name": "sphinx-factcheck", "version": "0"},
    )
    assert [c["id"] for c in export["claims"]] == ["a", "m", "z"]
    assert export["summary"] == {
        "claims": 3,
        "with_verdict": 2,
        "by_verdict": {
            "true": 1,
            "mostly-true": 0,
            "mixed": 0,
            "misleading": 0,
            "false": 0,
            "unproven": 0,
            "opinion": 1,
            "none": 1,
        },
        "by_status": {"unchecked": 1, "in-progress": 0, "review": 1, "done": 1},
    }
    assert json.loads(dumps(export)) == export
    assert dumps(export) == dumps(export)
