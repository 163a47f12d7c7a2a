"""Data derived once per build from the store: the project's order and the report index."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_factcheck.config import scale_of, statuses_of
from sphinx_factcheck.core.queries import Ordering
from sphinx_factcheck.core.report_results import ReportIndex, build_report_index
from sphinx_factcheck.store.domain import get_domain

if TYPE_CHECKING:
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment


def ordering_of(config: Config) -> Ordering:
    """The scale and workflow order of the project."""
    scale = scale_of(config)
    return Ordering(scale.keys, statuses_of(config), scale.worst_first)


def report_index(env: BuildEnvironment) -> ReportIndex:
    """The derived report data, computed once per state of the collected data."""
    domain = get_domain(env)
    ordering = ordering_of(env.config)
    return domain.derived(
        "reports",
        lambda index: build_report_index(
            claims_in_order=index.claims_in_order(),
            sources=index.sources.values(),
            articles=list(index.articles.values()),
            article_of=domain.annotation.article_of_claim,
            reports=domain.reports(),
            references=domain.references(),
            ordering=ordering,
        ),
    )
