"""singlehtml: links to an anchor on another (now the same) page point at the anchor.

On one page every document is ``#document-<name>``, so a link to a claim in
another document comes out as ``#document-claims/summit#claim-x``, which no
browser follows. Sphinx 9 no longer rewrites these; this does, for every link
on the page (the extension's and Sphinx's own).
"""

from __future__ import annotations

from docutils import nodes


def point_at_anchors(document: nodes.document) -> None:
    """Rewrite ``#document-<name>#<anchor>`` to ``#<anchor>`` on a singlehtml page."""
    for reference in document.findall(nodes.reference):
        refuri = reference.get("refuri", "")
        if refuri.startswith("#document-") and refuri.count("#") > 1:
            reference["refuri"] = refuri[refuri.index("#", 1) :]
