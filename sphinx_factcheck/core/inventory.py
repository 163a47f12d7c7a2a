"""How claims are named in ``objects.inv``, so other projects' links show the verdict.

A claim's display name is its statement followed by its verdict label in
brackets: ``The summit lasted four hours. [verdict: True]``. Intersphinx uses it as
the link text; a project that has sphinx-factcheck too turns the label back
into a badge.
"""

from __future__ import annotations

import re

_LABELLED = re.compile(r"(?P<statement>.*\S) \[verdict: (?P<label>[^\[\]]+)\]", re.DOTALL)


def claim_display_name(statement: str, verdict_label: str | None) -> str:
    """The inventory display name of a claim, on one line.

    ``objects.inv`` holds one entry per line: a line break in a verdict label
    (or a statement) would start an entry of its own, with any name and link.
    """
    name = f"{statement} [verdict: {verdict_label}]" if verdict_label else statement
    return " ".join(name.split())


def split_display_name(display_name: str) -> tuple[str, str | None]:
    """The statement and verdict label of a display name (label None when there is none)."""
    match = _LABELLED.fullmatch(display_name)
    if match is None:
        return display_name, None
    return match["statement"], match["label"]
