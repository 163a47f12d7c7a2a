"""What report renderers share: the project's data, its order, and how to link."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_factcheck.config import scale_of
from sphinx_factcheck.core.queries import Ordering
from sphinx_factcheck.core.report_results import ReportIndex
from sphinx_factcheck.rendering.badges import unrated_label
from sphinx_factcheck.rendering.links import anchor_link
from sphinx_factcheck.store.derived import report_index
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.store.ids import claim_anchor, source_anchor

if TYPE_CHECKING:
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

    from sphinx_factcheck.core.collection import ProjectIndex
    from sphinx_factcheck.core.model import ClaimRecord, SourceRecord
    from sphinx_factcheck.core.scale import Scale


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
        return cls(env, env.docname, get_domain(env).index, report_index(env), scale_of(env.config))

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
        return anchor_link(
            self.docname, claim.location.docname, claim_anchor(claim.id), content, claim.statement
        )

    def source_link(self, source: SourceRecord, content: nodes.Node) -> nodes.Element:
        """``content`` linked to the source's card."""
        return anchor_link(
            self.docname, source.location.docname, source_anchor(source.id), content, source.title
        )

    def page_link(
        self,
        docname: str,
        anchor: str = "",
        text: str | None = None,
    ) -> nodes.Element:
        """A link to a page (or an anchor in it) named by its title."""
        label = text or self.title_of(docname)
        return anchor_link(
            self.docname, docname, anchor, nodes.inline("", label, classes=["fc-page-link"])
        )
