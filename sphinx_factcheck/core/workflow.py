"""The workflow rules: a claim's status, and what a done claim must have.

Declared claims, imported claims and ``sphinx-factcheck status`` all apply
these, so a claim counts as done, or as incomplete, the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from sphinx_factcheck.core.model import ClaimRecord

#: Claim fields that ``factcheck_require`` may name, spelled as options are.
REQUIRABLE_FIELDS = (
    "verdict",
    "sources",
    "quote",
    "claimant",
    "claim-date",
    "appearance",
    "checked",
    "checker",
    "tags",
    "reasoning",
)
#: What a done claim must have unless ``factcheck_require`` says otherwise.
DEFAULT_REQUIRE = ("verdict", "sources")


def derive_status(verdict: str | None, explicit: str | None, statuses: Sequence[str]) -> str:
    """A claim's status: ``explicit`` when it is a step of ``statuses``, else derived.

    The derived status is the first step (unchecked) without a verdict and the
    last (done) with one. Callers warn about an ``explicit`` that is not a step.
    """
    if explicit is not None and explicit in statuses:
        return explicit
    return statuses[-1] if verdict else statuses[0]


def is_published(status: str, statuses: Sequence[str]) -> bool:
    """Whether a claim at ``status`` is finished, so its verdict may be shown to readers."""
    return status == statuses[-1]


def public_view(claim: ClaimRecord, statuses: Sequence[str]) -> ClaimRecord:
    """``claim`` as readers may see it: no verdict or ruling until it is published."""
    if is_published(claim.status, statuses) or (claim.verdict is None and claim.ruling is None):
        return claim
    return replace(claim, verdict=None, ruling=None)


def missing_required(claim: ClaimRecord | Mapping[str, Any], required: Iterable[str]) -> list[str]:
    """The ``required`` fields (option spelling) that ``claim`` leaves empty.

    ``claim`` is a record or a claim of ``factcheck.json``, whose keys are the
    record's attribute names.
    """

    def value(name: str) -> Any:
        attribute = name.replace("-", "_")
        if isinstance(claim, ClaimRecord):
            return getattr(claim, attribute)
        return claim.get(attribute)

    return [name for name in required if not value(name)]
