"""Annotated articles: anchoring warnings after reading, highlights when writing.

Claims may live in other documents than their article, so the article
directive and each claim card leave placeholders that
:class:`~sphinx_factcheck.rendering.transforms.FillPlaceholders` fills once
every document has been read, with the functions here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_factcheck.config import is_public, scale_of
from sphinx_factcheck.core.quotes import line_of
from sphinx_factcheck.locale import _
from sphinx_factcheck.rendering.article_view import ArticleView, flaw_quote_anchor, quote_anchor
from sphinx_factcheck.rendering.badges import unrated_label
from sphinx_factcheck.rendering.components import component
from sphinx_factcheck.rendering.links import anchor_link
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.warning_types import Problem, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from sphinx_factcheck.rendering.nodes import ArticleLinkPlaceholder, ArticlePlaceholder


def report_anchoring(app: Sphinx, env: BuildEnvironment) -> None:
    """Anchor every quote once per build and warn, at each claim, about what failed."""
    for problem in get_domain(env).annotation.problems:
        warn(
            Problem(problem.subtype),
            problem.message,
            (problem.location.docname, problem.location.lineno),
        )


def render_article(
    placeholder: ArticlePlaceholder, env: BuildEnvironment, docname: str
) -> nodes.container:
    """The article's text with every anchored quote highlighted and linked to its claim."""
    domain = get_domain(env)
    body = component("article-body")
    annotation = domain.annotation.articles.get(placeholder["fc_article"])
    if annotation is None or (
        annotation.article.location.docname,
        annotation.article.location.lineno,
    ) != (placeholder["fc_docname"], placeholder["fc_lineno"]):
        body.extend(placeholder.children)  # a duplicate id: the plain text stays
        return body

    def link(todoc: str, anchor: str, children: list[nodes.Node], title: str) -> nodes.Element:
        return anchor_link(docname, todoc, anchor, children, title, bare=True)

    view = ArticleView(
        annotation,
        domain.index.claims,
        scale_of(env.config),
        link,
        docname,
        public=is_public(env.config),
        unrated=unrated_label(env.config),
        flaws=domain.index.flaws,
    )
    body.extend(view.render())
    return body


def render_article_link(
    placeholder: ArticleLinkPlaceholder, env: BuildEnvironment, docname: str
) -> list[nodes.Node]:
    """ "Show in article (title, line N)" for a claim or flaw whose quote is anchored."""
    annotation = get_domain(env).annotation
    target: Callable[[str], str]
    if placeholder.get("fc_flaw") is not None:
        anchor = annotation.flaw_anchors.get(placeholder["fc_flaw"])
        target = flaw_quote_anchor
    else:
        anchor = annotation.anchors.get(placeholder["fc_claim"])
        target = quote_anchor
    if anchor is None:
        return []
    article = annotation.articles[anchor.article_id].article
    where = _("%(article)s, line %(line)d") % {
        "article": article.title or article.id,
        "line": line_of(article.text, anchor.start),
    }
    if anchor.match == "fuzzy":
        where += _(", approximate match, score %(score)s") % {"score": f"{anchor.score:g}"}
    paragraph = nodes.paragraph(classes=["fc-show-in-article"])
    paragraph += anchor_link(
        docname,
        article.location.docname,
        target(anchor.record_id),
        nodes.Text(_("Show in article")),
        bare=True,
    )
    paragraph += nodes.Text(f" ({where})")
    return [paragraph]
