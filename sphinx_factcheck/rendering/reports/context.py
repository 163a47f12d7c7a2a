"""What report renderers share: the project's data, its order, and how to link."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_factcheck.config import scale_of, statuses_of
from sphinx_factcheck.core.queries import Ordering
from sphinx_factcheck.core.report_results import ReportIndex, build_report_index
from sphinx_factcheck.rendering.badges import unrated_label
from sphinx_factcheck.rendering.links import anchor_link
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.store.ids import claim_anchor, source_anchor

if TYPE_CHECKING:
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

    from sphinx_factcheck.core.collection import ProjectIndex
    from sphinx_factcheck.core.model import ClaimRecord, SourceRecord
    from sphinx_factcheck.core.scale import Scale


def ordering_of(config: Config) -> Ordering:
    """The scale and workflow order of the project."""
    scale = scale_of(config)
    return Ordering(scale.keys, statuses_of(config), scale.worst_first)


def report_index(env: BuildEnvironment) -> ReportIndex:
    """The derived report data, computed once per state of the collected data."""
    domain = get_domain(env)
    ordering = ordering_of(env.config)
    return domain.derived("reports", lambda index: build_report_index(
        claims_in_order=index.claims_in_order(), sources=index.sources.values(),
        articles=list(index.articles.values()),
        article_of=domain.annotation.article_of_claim, reports=domain.reports(),
        references=domain.references(), ordering=ordering))


@dataclass
class RenderContext:
    """The page being written and the project data reports are built from."""

    env: BuildEnvironment
    docname: str
    index: ProjectIndex
    reports: ReportIndex
    scale: Scale

    @classmethod
    def of(cls, env: BuildEnvironment) -> RenderContext:
        """The context for the page ``env`` is resolving now."""
        return cls(env, env.docname, get_domain(env).index, report_index(env),
                   scale_of(env.config))

    @property
    def config(self) -> Config:
        return self.env.config

    @property
    def ordering(self) -> Ordering:
        return self.reports.ordering

    def title_of(self, docname: str) -> str:
        """A document's title as text (its name when it has none)."""
        title = self.env.titles.get(docname)
        return title.astext() if title is not None and title.astext() else docname

    def verdict_label(self, key: str | None) -> str:
        """The label of a verdict key ("No verdict" for None)."""
        if key is None:
            return unrated_label(self.env.config)
        verdict = self.scale.get(key)
        return verdict.label if verdict else key

    def claim_link(self, claim: ClaimRecord, content: nodes.Node) -> nodes.Element:
        """``content`` linked to the claim's card."""
        return anchor_link(self.docname, claim.location.docname, claim_anchor(claim.id),
                           content, claim.statement)

    def source_link(self, source: SourceRecord, content: nodes.Node) -> nodes.Element:
        """``content`` linked to the source's card."""
        return anchor_link(self.docname, source.location.docname, source_anchor(source.id),
                           content, source.title)

    def page_link(self, docname: str, anchor: str = "", text: str | None = None,
                  ) -> nodes.Element:
        """A link to a page (or an anchor in it) named by its title."""
        label = text or self.title_of(docname)
        return anchor_link(self.docname, docname, anchor,
                           nodes.inline("", label, classes=["fc-page-link"]))
