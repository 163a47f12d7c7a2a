"""The ``factcheck.json`` document: everything a project declared, machine-readable."""

from __future__ import annotations

import json
from typing import Any

from .annotation import ProjectAnnotation
from .index import ProjectIndex
from .scale import Scale

SCHEMA_VERSION = "1.0"


def build_export(
    index: ProjectIndex,
    scale: Scale,
    statuses: tuple[str, ...],
    project: dict[str, Any],
    generator: dict[str, Any],
    annotation: ProjectAnnotation | None = None,
) -> dict[str, Any]:
    """The export as plain data, sorted so that it diffs cleanly."""
    annotation = annotation or ProjectAnnotation()
    claims = sorted(index.claims.values(), key=lambda c: c.id)
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": generator,
        "project": project,
        "scale": [verdict.as_dict() for verdict in scale.verdicts],
        "statuses": list(statuses),
        "claims": [{**claim.as_dict(), "anchor": annotation.anchor_dict(claim.id)}
                   for claim in claims],
        "sources": [
            {**source.as_dict(), "cited_by": index.claims_by_source.get(source.id, [])}
            for source in sorted(index.sources.values(), key=lambda s: s.id)
        ],
        "articles": [
            {**article.as_dict(), "coverage": annotation.articles[article.id].coverage_dict()
             if article.id in annotation.articles else None}
            for article in sorted(index.articles.values(), key=lambda a: a.id)
        ],
        "summary": summarise(claims_verdicts=[c.verdict for c in claims],
                             claims_statuses=[c.status for c in claims],
                             scale=scale, statuses=statuses),
    }


def summarise(claims_verdicts: list[str | None], claims_statuses: list[str],
              scale: Scale, statuses: tuple[str, ...]) -> dict[str, Any]:
    """Counts per verdict and per status, in scale and workflow order."""
    by_verdict = {key: claims_verdicts.count(key) for key in scale.keys}
    by_verdict["none"] = claims_verdicts.count(None)
    return {
        "claims": len(claims_verdicts),
        "with_verdict": len(claims_verdicts) - by_verdict["none"],
        "by_verdict": by_verdict,
        "by_status": {status: claims_statuses.count(status) for status in statuses},
    }


def dumps(export: dict[str, Any]) -> str:
    """The export as stable, human-diffable JSON text."""
    return json.dumps(export, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
