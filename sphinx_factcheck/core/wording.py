"""How messages name things: short listings of ids and values."""

from __future__ import annotations

from collections.abc import Iterable

#: How many values a listing names before it says how many more there are.
LISTING_LIMIT = 12


def listing(values: Iterable[str], limit: int = LISTING_LIMIT) -> str:
    """``a, b, c, ... (N more)``: distinct values, alphabetically; ``none yet`` when empty.

    Messages use it to say what would have been valid ("known sources: ...").
    """
    ordered = sorted(set(values), key=lambda value: (value.casefold(), value))
    if not ordered:
        return "none yet"
    # A value with a line break or another control character is quoted, so the
    # message stays on one line and shows where the value ends.
    shown = ", ".join(value if value.isprintable() else repr(value) for value in ordered[:limit])
    return shown + (f", ... ({len(ordered) - limit} more)" if len(ordered) > limit else "")
