"""In HTML, a verdict badge tells its description on hover: the scale's own words.

A :class:`~sphinx_factcheck.rendering.nodes.VerdictBadge` is written as
``<abbr title=...>`` by the HTML translator itself, in the writer process:
no transform walks the page for it. Other builders write the badge as the
inline it is (they print an abbreviation's explanation in the text, which
would repeat the description after every badge).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.writers.html5 import HTML5Translator


def visit_verdict_badge_html(translator: HTML5Translator, node: nodes.Element) -> None:
    description = node.get("fc_description")
    if description:  # starttag escapes the title
        translator.body.append(translator.starttag(node, "abbr", "", title=description))
    else:
        translator.body.append(translator.starttag(node, "span", ""))


def depart_verdict_badge_html(translator: HTML5Translator, node: nodes.Element) -> None:
    translator.body.append("</abbr>" if node.get("fc_description") else "</span>")
