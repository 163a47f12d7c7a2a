"""The extension's own nodes, and their visitors for every builder.

Placeholders exist only between reading and writing: one post-transform
(:class:`~sphinx_factcheck.rendering.transforms.FillPlaceholders`) replaces
them with generic docutils nodes, so their visitors only skip.
The two HTML nodes are added by the HTML-only transform; other formats never
see them, but get pass-through visitors all the same. Article text carries
its direction and language, which HTML writes as ``dir`` and ``lang``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes

from sphinx_factcheck.html.tooltips import depart_verdict_badge_html, visit_verdict_badge_html
from sphinx_factcheck.locale import _

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.writers.html5 import HTML5Translator


class ReportPlaceholder(nodes.General, nodes.Element):
    """Where a report goes; ``fc_report`` holds its :class:`ReportRecord`."""


class BacklinksPlaceholder(nodes.General, nodes.Element):
    """Where a claim or source lists what points at it (``fc_kind``, ``fc_target``).

    This and the article placeholders carry ``fc_shows`` (``core.page_digest.SHOWS``):
    what they will show, which the domain records when the page is read.
    """


class ArticlePlaceholder(nodes.General, nodes.Element):
    """Where an article's annotated text goes (``fc_article``, ``fc_docname``, ``fc_lineno``).

    Its children are the plain paragraphs, kept when the article cannot be annotated.
    """


class ArticleLinkPlaceholder(nodes.General, nodes.Element):
    """Where a card says where its quote is in the article (``fc_claim`` or ``fc_flaw``)."""


class TableTools(nodes.General, nodes.Element):
    """A claim-table report that a script makes sortable and filterable (HTML only).

    ``fc_verdict_order`` and ``fc_status_order`` tell the script the scale and
    workflow order, so verdicts sort by the scale and not by their names; the
    visitor gives it the words it shows, in the project's language.
    """


class VerdictBadge(nodes.inline):
    """A verdict's badge; ``fc_description`` is the verdict's description.

    HTML writes it as ``<abbr title="description">``; every other builder
    writes it as a plain inline.
    """


class ShareBar(nodes.Inline, nodes.Element):
    """A bar as long as a share of claims (HTML only); the number is text beside it."""


class ArticleText(nodes.General, nodes.Element):
    """An article's text: ``fc_dir`` (``ltr``/``rtl``) and ``fc_lang`` (or None)."""


class ArticleSnippet(nodes.Inline, nodes.TextElement):
    """A sentence of an article quoted in running text, with its direction and language."""


#: Every placeholder node: none of them reaches a writer.
PLACEHOLDERS = (ReportPlaceholder, BacklinksPlaceholder, ArticlePlaceholder, ArticleLinkPlaceholder)


def _skip(translator: Any, node: nodes.Element) -> None:
    raise nodes.SkipNode


def _pass(translator: Any, node: nodes.Element) -> None:
    """Render the children only."""


def _visit_inline(translator: Any, node: nodes.Element) -> None:
    translator.visit_inline(node)


def _depart_inline(translator: Any, node: nodes.Element) -> None:
    translator.depart_inline(node)


def visit_table_tools_html(translator: HTML5Translator, node: TableTools) -> None:
    # starttag escapes the values; verdict and status keys come from the config.
    orders: dict[str, Any] = {
        "data-fc-verdict-order": " ".join(node["fc_verdict_order"]),
        "data-fc-status-order": " ".join(node["fc_status_order"]),
    }
    # The script fills {shown} and {total} in; it holds no words of its own.
    words: dict[str, Any] = {
        "data-fc-filter-label": _("Filter claims"),
        # Translators: shown while filtering a claim table, e.g. "3 of 12 claims shown".
        "data-fc-filter-status": _("%(shown)s of %(total)s claims shown")
        % {"shown": "{shown}", "total": "{total}"},
        "data-fc-filter-empty": _("No claim in this table matches the filter."),
    }
    translator.body.append(
        translator.starttag(node, "div", "", CLASS="fc-table-tools", **orders, **words)
    )


def depart_table_tools_html(translator: HTML5Translator, node: TableTools) -> None:
    translator.body.append("</div>\n")


def _direction_attributes(node: nodes.Element) -> dict[str, Any]:
    attributes: dict[str, Any] = {"dir": "rtl" if node.get("fc_dir") == "rtl" else "ltr"}
    if node.get("fc_lang"):
        attributes["lang"] = str(node["fc_lang"]).replace("_", "-")
    return attributes


def visit_article_text_html(translator: HTML5Translator, node: ArticleText) -> None:
    # starttag escapes the values; dir is one of two words, lang comes from the config.
    translator.body.append(translator.starttag(node, "div", "", **_direction_attributes(node)))


def depart_article_text_html(translator: HTML5Translator, node: ArticleText) -> None:
    translator.body.append("</div>\n")


def visit_article_snippet_html(translator: HTML5Translator, node: ArticleSnippet) -> None:
    translator.body.append(translator.starttag(node, "span", "", **_direction_attributes(node)))


def depart_article_snippet_html(translator: HTML5Translator, node: ArticleSnippet) -> None:
    translator.body.append("</span>")


def visit_share_bar_html(translator: HTML5Translator, node: ShareBar) -> None:
    # The width is a number computed here, never user text; the bar is decoration
    # for sighted readers, the percentage next to it is what a screen reader reads.
    width = f"{max(0.0, min(100.0, float(node['fc_share']))):.1f}"
    translator.body.append(
        f'<span class="fc-bar-track" aria-hidden="true">'
        f"{translator.starttag(node, 'span', '', CLASS='fc-bar', style=f'width: {width}%')}"
        "</span></span>"
    )
    raise nodes.SkipNode


def setup_nodes(app: Sphinx) -> None:
    """Register the nodes with a visitor for html, latex, text, man and texinfo."""
    skip = (_skip, None)
    passthrough = (_pass, _pass)
    for placeholder in PLACEHOLDERS:
        app.add_node(placeholder, html=skip, latex=skip, text=skip, man=skip, texinfo=skip)
    # HTML-only structure: other builders render the children only.
    for node, html in (
        (TableTools, (visit_table_tools_html, depart_table_tools_html)),
        (ArticleText, (visit_article_text_html, depart_article_text_html)),
        (ArticleSnippet, (visit_article_snippet_html, depart_article_snippet_html)),
    ):
        app.add_node(
            node,
            html=html,
            latex=passthrough,
            text=passthrough,
            man=passthrough,
            texinfo=passthrough,
        )
    inline = (_visit_inline, _depart_inline)
    app.add_node(
        VerdictBadge,
        html=(visit_verdict_badge_html, depart_verdict_badge_html),
        latex=inline,
        text=inline,
        man=inline,
        texinfo=inline,
    )
    app.add_node(
        ShareBar, html=(visit_share_bar_html, None), latex=skip, text=skip, man=skip, texinfo=skip
    )
