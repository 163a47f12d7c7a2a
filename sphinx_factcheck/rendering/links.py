"""Links to a known place (a page, or an anchor in it), resolved by the ``fc`` domain.

Placeholders are filled before references are resolved; a link they need is
a ``pending_xref`` of type ``anchor`` that
:meth:`~sphinx_factcheck.store.domain.FactcheckDomain.resolve_xref` turns
into the builder's link, like every claim, source and article link. Classes
and ids set on the pending node are carried over to the link.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes

from sphinx_factcheck.store.domain import ANCHOR_REFTYPE, DOMAIN_NAME


def anchor_link(
    fromdoc: str,
    todoc: str,
    anchor: str,
    content: nodes.Node | list[nodes.Node],
    title: str = "",
    *,
    bare: bool = False,
) -> nodes.Element:
    """A link to ``anchor`` in ``todoc`` (its top when ``anchor`` is empty).

    The content is wrapped in one inline unless it is one, or ``bare`` asks for
    the nodes themselves as the link's content. A link from a page to its own
    top is left out: the content stands alone.
    """
    children = content if isinstance(content, list) else [content]
    if not bare and not (len(children) == 1 and isinstance(children[0], nodes.inline)):
        children = [nodes.inline("", "", *children)]
    if fromdoc == todoc and not anchor:
        only = children[0]
        if len(children) == 1 and isinstance(only, nodes.Element):
            return only
        return nodes.inline("", "", *children)
    return addnodes.pending_xref(
        "",
        *children,
        refdomain=DOMAIN_NAME,
        reftype=ANCHOR_REFTYPE,
        reftarget=f"{todoc}#{anchor}",
        refexplicit=True,
        refwarn=False,
        refdoc=fromdoc,
        fc_docname=todoc,
        fc_anchor=anchor,
        reftitle=title,
    )
