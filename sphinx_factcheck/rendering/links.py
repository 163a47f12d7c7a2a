"""Links to a known place (a page, or an anchor in it) that every builder resolves.

Reports are built before references are resolved, when no builder is at
hand; they emit a ``pending_xref`` of type ``fc-anchor`` and Sphinx's
reference resolver hands it to :func:`resolve_anchor` (through the public
``missing-reference`` event), which makes the builder-specific link.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes
from sphinx.util.nodes import make_refnode

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

ANCHOR_REFTYPE = "fc-anchor"


def anchor_link(fromdoc: str, todoc: str, anchor: str, content: nodes.Node,
                title: str = "") -> nodes.Element:
    """A link to ``anchor`` in ``todoc`` (its top when ``anchor`` is empty).

    A link from a page to its own top is left out: the content stands alone.
    """
    inner = content if isinstance(content, nodes.inline) else nodes.inline("", "", content)
    if fromdoc == todoc and not anchor:
        return inner
    return addnodes.pending_xref(
        "", inner, refdomain="", reftype=ANCHOR_REFTYPE, reftarget=f"{todoc}#{anchor}",
        refexplicit=True, refwarn=False, refdoc=fromdoc, fc_docname=todoc, fc_anchor=anchor,
        reftitle=title)


def resolve_anchor(app: Sphinx, env: BuildEnvironment, node: addnodes.pending_xref,
                   contnode: nodes.Element) -> nodes.reference | None:
    """Resolve an ``fc-anchor`` reference with the builder at hand."""
    if node.get("reftype") != ANCHOR_REFTYPE:
        return None
    todoc = node["fc_docname"]
    if todoc not in env.all_docs:
        return None
    return make_refnode(app.builder, node.get("refdoc", env.docname), todoc,
                        node["fc_anchor"] or None, contnode, node.get("reftitle") or None)
