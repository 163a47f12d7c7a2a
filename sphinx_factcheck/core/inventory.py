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
    """The inventory display name of a claim."""
    return f"{statement} [verdict: {verdict_label}]" if verdict_label else statement


def split_display_name(display_name: str) -> tuple[str, str | None]:
    """The statement and verdict label of a display name (label None when there is none)."""
    match = _LABELLED.fullmatch(display_name)
    if match is None:
        return display_name, None
    return match["statement"], match["label"]


#: How Sphinx reads an ``objects.inv`` entry: name, type, priority, URI, display name.
_ENTRY = re.compile(r"(.+?)\s+(\S+)\s+(-?\d+)\s+?(\S*)\s+(.*)")


def reads_back(name: str) -> bool:
    """True when ``name`` is read back from ``objects.inv`` as the name it is.

    A name like ``x fc:claim 1 //evil.example/`` would be read as the entry
    ``x``, of another type, linking elsewhere.
    """
    match = _ENTRY.fullmatch(f"{name} std:label -1 page.html -")
    return match is not None and match[1] == name
