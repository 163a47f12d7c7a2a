"""singlehtml: links to an anchor on another (now the same) page point at the anchor.

On one page every document is ``#document-<name>``, so a link to a claim in
another document comes out as ``#document-claims/summit#claim-x``, which no
browser follows. Sphinx 9 no longer rewrites these; this does, for every link
on the page (the extension's and Sphinx's own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def point_at_anchors(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Rewrite ``#document-<name>#<anchor>`` to ``#<anchor>`` on a singlehtml page."""
    if app.builder.name != "singlehtml":
        return
    for reference in doctree.findall(nodes.reference):
        refuri = reference.get("refuri", "")
        if refuri.startswith("#document-") and refuri.count("#") > 1:
            reference["refuri"] = refuri[refuri.index("#", 1):]


def setup_singlehtml_links(app: Sphinx) -> None:
    """Connect the fix late, after the article highlights are drawn."""
    app.connect("doctree-resolved", point_at_anchors, priority=900)
