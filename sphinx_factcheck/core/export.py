"""The ``factcheck.json`` document: everything a project declared, machine-readable."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sphinx_factcheck.core.annotation import ProjectAnnotation
from sphinx_factcheck.core.collection import ProjectIndex
from sphinx_factcheck.core.model import ClaimRecord, WithdrawalRecord
from sphinx_factcheck.core.queries import Ordering, Tally, tally
from sphinx_factcheck.core.scale import Scale
from sphinx_factcheck.core.workflow import is_published

SCHEMA_VERSION = "1.2"  # 1.1: flaws; 1.2: publishing model (published, evidence, ...)
#: The export's file name, in the output folder of every build.
JSON_NAME = "factcheck.json"


def build_export(
    index: ProjectIndex,
    scale: Scale,
    statuses: tuple[str, ...],
    project: dict[str, Any],
    generator: dict[str, Any],
    annotation: ProjectAnnotation | None = None,
    *,
    public: bool = False,
    withdrawals: Sequence[WithdrawalRecord] = (),
) -> dict[str, Any]:
    """The export as plain data, sorted so that it diffs cleanly.

    Every claim is there with its verdict and a ``published`` flag; the
    public build's export leaves out the desk notes.
    """
    annotation = annotation or ProjectAnnotation()
    claims = sorted(index.claims.values(), key=lambda c: c.id)
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": generator,
        "project": project,
        "scale": [verdict.as_dict() for verdict in scale.verdicts],
        "statuses": list(statuses),
        "claims": [_claim_dict(claim, statuses, annotation, public) for claim in claims],
        "sources": [
            {**source.as_dict(), "cited_by": index.claims_by_source.get(source.id, [])}
            for source in sorted(index.sources.values(), key=lambda s: s.id)
        ],
        "articles": [
            {
                **article.as_dict(),
                "coverage": annotation.articles[article.id].coverage_dict()
                if article.id in annotation.articles
                else None,
            }
            for article in sorted(index.articles.values(), key=lambda a: a.id)
        ],
        "withdrawals": [withdrawal.as_dict() for withdrawal in withdrawals],
        # Copy flaws are not claims: they stay out of the verdict summary.
        "flaws": [
            {**flaw.as_dict(), "anchor": annotation.anchor_dict(flaw.id, "flaw")}
            for flaw in sorted(index.flaws.values(), key=lambda f: f.id)
        ],
        "summary": summarise(tally(claims, Ordering(scale.keys, tuple(statuses)))),
    }


def _claim_dict(
    claim: ClaimRecord, statuses: tuple[str, ...], annotation: ProjectAnnotation, public: bool
) -> dict[str, Any]:
    data = claim.as_dict()
    data["published"] = is_published(claim.status, statuses)
    if public:
        data["desk_note"] = None
    data["anchor"] = annotation.anchor_dict(claim.id)
    return data


def summarise(counts: Tally) -> dict[str, Any]:
    """The ``summary`` of ``factcheck.json``: counts per verdict and per status.

    Verdicts in scale order then ``none`` (always present), statuses in
    workflow order; ``sphinx-factcheck status`` shows the same figures.
    """
    by_verdict = {key: count for key, count in counts.by_verdict if key is not None}
    by_verdict["none"] = counts.total - counts.with_verdict
    return {
        "claims": counts.total,
        "with_verdict": counts.with_verdict,
        "by_verdict": by_verdict,
        "by_status": dict(counts.by_status),
    }


def dumps(export: dict[str, Any]) -> str:
    """The export as stable, human-diffable JSON text."""
    return json.dumps(export, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
