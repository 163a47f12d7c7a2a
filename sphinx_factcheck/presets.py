"""Ready-made verdict scales for ``factcheck_verdicts``, modelled on well-known ones.

Each preset is plain data in the shape ``factcheck_verdicts`` takes, so a
project can use one as is or copy and adapt it::

    from sphinx_factcheck.presets import preset
    factcheck_verdicts = preset("politifact-like")

The scales are *modelled on* the rating systems they are named after: the
keys, labels and descriptions are our own wording, not those organisations'
definitions, and using one does not make a fact-check theirs.
"""

from __future__ import annotations

import copy
from typing import Any

from sphinx_factcheck.core.scale import DEFAULT_VERDICTS

#: A six-step rated scale modelled on PolitiFact's Truth-O-Meter.
POLITIFACT_LIKE: tuple[dict[str, Any], ...] = (
    {
        "key": "true",
        "label": "True",
        "colour": "success",
        "rating": 6,
        "description": "Accurate, and nothing significant is missing.",
    },
    {
        "key": "mostly-true",
        "label": "Mostly true",
        "colour": "info",
        "rating": 5,
        "description": "Accurate, but needs clarification or additional information.",
    },
    {
        "key": "half-true",
        "label": "Half true",
        "colour": "secondary",
        "rating": 4,
        "description": "Partially accurate, but leaves out important details or takes "
        "things out of context.",
    },
    {
        "key": "mostly-false",
        "label": "Mostly false",
        "colour": "warning",
        "rating": 3,
        "description": "Contains an element of truth but ignores facts that would give "
        "a different impression.",
    },
    {
        "key": "false",
        "label": "False",
        "colour": "danger",
        "rating": 2,
        "description": "Not accurate.",
    },
    {
        "key": "pants-on-fire",
        "label": "Pants on fire",
        "colour": "dark",
        "rating": 1,
        "description": "Not accurate, and makes a ridiculous claim.",
    },
)

#: An unrated scale of written conclusions, modelled on Full Fact's practice of
#: giving a short verdict in words instead of a point on a scale.
FULLFACT_LIKE: tuple[dict[str, Any], ...] = (
    {
        "key": "correct",
        "label": "Correct",
        "colour": "success",
        "rating": None,
        "description": "The claim is right, as stated.",
    },
    {
        "key": "needs-context",
        "label": "Needs context",
        "colour": "info",
        "rating": None,
        "description": "Right as far as it goes, but missing context changes what it means.",
    },
    {
        "key": "misleading",
        "label": "Misleading",
        "colour": "warning",
        "rating": None,
        "description": "The figures or facts may be right, but the impression they give is not.",
    },
    {
        "key": "incorrect",
        "label": "Incorrect",
        "colour": "danger",
        "rating": None,
        "description": "The claim is wrong.",
    },
    {
        "key": "no-evidence",
        "label": "No evidence",
        "colour": "muted",
        "rating": None,
        "description": "We found no evidence that supports the claim.",
    },
)

#: Every preset by name; ``default`` is the scale a project gets without configuration.
PRESETS: dict[str, tuple[dict[str, Any], ...]] = {
    "default": DEFAULT_VERDICTS,
    "politifact-like": POLITIFACT_LIKE,
    "fullfact-like": FULLFACT_LIKE,
}


def preset(name: str) -> list[dict[str, Any]]:
    """A fresh copy of the preset ``name``, ready for ``factcheck_verdicts``."""
    try:
        entries = PRESETS[name]
    except KeyError:
        raise KeyError(f"no verdict preset {name!r}; choose from {', '.join(PRESETS)}") from None
    return copy.deepcopy(list(entries))
