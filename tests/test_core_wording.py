"""How messages list ids and values (core/wording.py)."""

from __future__ import annotations

from sphinx_factcheck.core.wording import listing


def test_a_listing_is_distinct_alphabetical_and_says_how_many_more() -> None:
    assert listing([]) == "none yet"
    assert listing(["b", "a", "B", "a"]) == "a, B, b"
    many = [f"id-{n:02d}" for n in range(15)]
    assert listing(reversed(many)) == ", ".join(many[:12]) + ", ... (3 more)"
    assert listing(many, limit=2) == "id-00, id-01, ... (13 more)"
