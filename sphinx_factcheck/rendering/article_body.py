"""Annotated articles in Sphinx: anchoring warnings after reading, highlights when writing.

Claims may live in other documents than their article, so the article
directive leaves a placeholder that :class:`ArticleAnnotator` fills once
every document has been read; the same handler gives each claim card its
"Show in article" link.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.nodes import make_refnode

from sphinx_factcheck.config import scale_of
from sphinx_factcheck.core.quotes import line_of
from sphinx_factcheck.rendering.article_view import ArticleView, quote_anchor
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.warning_types import Problem, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: Node attributes the article directive sets on its placeholder.
PLACEHOLDER = "fc_article_body"


def report_anchoring(app: Sphinx, env: BuildEnvironment) -> None:
    """Anchor every quote once per build and warn, at each claim, about what failed."""
    for problem in get_domain(env).annotation.problems:
        warn(Problem(problem.subtype), problem.message,
             (problem.location.docname, problem.location.lineno))


class ArticleAnnotator:
    """Fills article placeholders with the annotated text; links claim cards to their quote.

    Runs at ``doctree-resolved``, when every document has been read and the
    builder that makes the links is known; it makes finished references.
    """

    def __init__(self, app: Sphinx, docname: str) -> None:
        self.app = app
        self.docname = docname
        self.domain = get_domain(app.env)

    def annotate(self, doctree: nodes.document) -> None:
        for container in list(doctree.findall(nodes.container)):
            if container.get(PLACEHOLDER):
                self._fill(container)
            elif container.get("fc_claim"):
                self._link_back(container)

    def _link(self, docname: str, anchor: str, children: list[nodes.Node],
              title: str) -> nodes.reference:
        return make_refnode(self.app.builder, self.docname, docname, anchor, children,
                            title or None)

    def _fill(self, placeholder: nodes.container) -> None:
        annotation = self.domain.annotation.articles.get(placeholder[PLACEHOLDER])
        if annotation is None or (annotation.article.location.docname,
                                  annotation.article.location.lineno) != (
                placeholder.get("fc_docname"), placeholder.get("fc_lineno")):
            return  # a duplicate id: the plain text already in the placeholder stays
        view = ArticleView(annotation, self.domain.index.claims, scale_of(self.app.config),
                           self._link, self.docname)
        placeholder.children = []
        placeholder.extend(view.render())

    def _link_back(self, card: nodes.container) -> None:
        anchor = self.domain.annotation.anchors.get(card["fc_claim"])
        if anchor is None:
            return
        article = self.domain.annotation.articles[anchor.article_id].article
        where = f"{article.title or article.id}, line {line_of(article.text, anchor.start)}"
        if anchor.match == "fuzzy":
            where += f", approximate match, score {anchor.score:g}"
        paragraph = nodes.paragraph(classes=["fc-show-in-article"])
        paragraph += self._link(article.location.docname, quote_anchor(anchor.claim_id),
                                [nodes.Text("Show in article")], "")
        paragraph += nodes.Text(f" ({where})")
        quote = next(iter(card.findall(
            lambda n: isinstance(n, nodes.block_quote) and "fc-quote" in n["classes"])), None)
        if quote is not None:
            quote.parent.insert(quote.parent.index(quote) + 1, paragraph)
        else:
            card += paragraph


def annotate_doctree(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Show annotated articles and "Show in article" links in a resolved document."""
    ArticleAnnotator(app, docname).annotate(doctree)


def setup_articles(app: Sphinx) -> None:
    """Warn about quotes once per build; annotate articles and claim cards when writing."""
    app.connect("env-check-consistency", report_anchoring)
    app.connect("doctree-resolved", annotate_doctree)
