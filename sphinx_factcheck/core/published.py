"""What changed since the last published build: corrections the desk still owes readers.

The desk keeps the ``factcheck.json`` of its last published build. A claim
published there whose verdict now differs needs a correction that names the
earlier verdict; a claim published there that is gone, or no longer
finished, has been withdrawn and must be accounted for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sphinx_factcheck.core.model import ClaimRecord
from sphinx_factcheck.core.workflow import is_published


@dataclass(frozen=True)
class PublishedChange:
    """One change to a published claim that the project does not explain."""

    subtype: str  # "uncorrected_change" or "withdrawn_claim"
    claim_id: str
    message: str
    #: The current claim, when it still exists.
    claim: ClaimRecord | None = None


def published_verdicts(export: Mapping[str, Any]) -> dict[str, str | None]:
    """Claim id -> verdict of every claim the export shows as published."""
    statuses = export.get("statuses") or []
    published = {}
    for claim in export.get("claims", []):
        if not isinstance(claim, Mapping) or not isinstance(claim.get("id"), str):
            continue
        flag = claim.get("published")
        if flag is None:  # an export from before the flag: the last status means published
            flag = bool(statuses) and claim.get("status") == statuses[-1]
        if flag:
            verdict = claim.get("verdict")
            published[claim["id"]] = verdict if isinstance(verdict, str) else None
    return published


def unexplained_changes(
    previous: Mapping[str, str | None],
    claims: Iterable[ClaimRecord],
    statuses: Sequence[str],
    withdrawn: Iterable[str] = (),
) -> list[PublishedChange]:
    """Changes to the ``previous`` published verdicts that no correction explains.

    ``withdrawn`` holds the ids a withdrawal notice accounts for.
    """
    current = {claim.id: claim for claim in claims if claim.origin is None}
    noticed = set(withdrawn)
    changes = []
    for claim_id in sorted(noticed & set(current)):
        changes.append(
            PublishedChange(
                "withdrawn_claim",
                claim_id,
                f"claim {claim_id!r} is named in a withdrawal notice but still declared; "
                "remove it from the notice or from the project",
                current[claim_id],
            )
        )
    for claim_id, verdict in previous.items():
        claim = current.get(claim_id)
        if claim is None and claim_id in noticed:
            continue
        if claim is None:
            changes.append(
                PublishedChange(
                    "withdrawn_claim",
                    claim_id,
                    f"claim {claim_id!r} was published (rated {verdict!r}) and is gone; keep it "
                    "with a correction that says why it was withdrawn, or restore it",
                )
            )
        elif not is_published(claim.status, statuses):
            changes.append(
                PublishedChange(
                    "withdrawn_claim",
                    claim_id,
                    f"claim {claim_id!r} was published (rated {verdict!r}) and is now "
                    f"{claim.status!r}, so readers lose its verdict; finish the check again "
                    "or record why it was withdrawn in a correction",
                    claim,
                )
            )
        elif claim.verdict != verdict and not any(
            correction.previous_verdict == verdict for correction in claim.corrections
        ):
            changes.append(
                PublishedChange(
                    "uncorrected_change",
                    claim_id,
                    f"claim {claim_id!r} was published as {verdict!r} and is now "
                    f"{claim.verdict!r}; add a correction with :previous-verdict: {verdict} "
                    "that tells readers why",
                    claim,
                )
            )
    return changes
