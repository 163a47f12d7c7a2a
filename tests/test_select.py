"""Declarative claim filters (core/filters.py select_claims), on records and exported dicts."""

from __future__ import annotations

import pytest

from sphinx_factcheck.core.model import ClaimRecord, Location
from sphinx_factcheck.core.queries import select_claims

RECORDS = [
    ClaimRecord(
        "length",
        "It lasted four hours.",
        Location("claims", 3),
        verdict="true",
        status="done",
        sources=("ap", "kremlin"),
        claimant="Associated Press",
        tags=("summit", "duration"),
    ),
    ClaimRecord(
        "day",
        "It was a Wednesday.",
        Location("claims", 20),
        verdict="unproven",
        status="done",
        sources=("ap",),
        tags=("summit",),
        article="ap-article",
    ),
    ClaimRecord(
        "missiles",
        "Two missiles.",
        Location("more/launches", 3),
        verdict="false",
        status="review",
        sources=("kremlin",),
        claimant="KCNA",
        tags=("missiles",),
    ),
    ClaimRecord("visit", "Putin will visit.", Location("claims", 40)),
]


def ids(claims) -> list[str]:
    return [claim["id"] if isinstance(claim, dict) else claim.id for claim in claims]


@pytest.mark.parametrize(
    "claims", [RECORDS, [c.as_dict() for c in RECORDS]], ids=["records", "dicts"]
)
@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["length", "day", "missiles", "visit"]),
        ({"verdict": ("true", "false")}, ["length", "missiles"]),
        ({"verdict": ("none",)}, ["visit"]),
        ({"verdict": ("true", "unproven"), "tags": ("summit",)}, ["length", "day"]),
        ({"verdict": ("true", "false"), "tags": ("summit",)}, ["length"]),
        ({"status": ("review", "unchecked")}, ["missiles", "visit"]),
        ({"sources": ("kremlin",)}, ["length", "missiles"]),
        ({"claimant": ("associated press", "nobody")}, ["length"]),
        ({"document": ("more/*",)}, ["missiles"]),
        ({"document": ("claims",), "sources": ("ap",)}, ["length", "day"]),
        ({"article": ("ap-article",)}, ["day"]),
        ({"tags": ()}, ["length", "day", "missiles", "visit"]),
        ({"tags": ("nothing",)}, []),
    ],
)
def test_filters_combine_with_and_and_values_with_or(claims, filters, expected) -> None:
    assert ids(select_claims(claims, filters)) == expected


def test_article_filter_uses_the_anchor_when_no_article_was_declared() -> None:
    anchored = {**RECORDS[0].as_dict(), "anchor": {"article": "summit-article"}}
    assert ids(select_claims([anchored], {"article": ("summit-article",)})) == ["length"]


def test_filter_values_are_text_not_code() -> None:
    assert select_claims(RECORDS, {"verdict": ("__import__('os')",)}) == []
    assert select_claims(RECORDS, {"document": ("[!c]*",)}) == [RECORDS[2]]


def test_unknown_filter_names_are_refused() -> None:
    with pytest.raises(ValueError, match=r"unknown filter.*colour"):
        select_claims(RECORDS, {"colour": ("red",)})
