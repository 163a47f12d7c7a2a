"""Two audiences from one source: what the desk sees and the public build leaves out.

Whatever only the desk should see (statuses, ids, coverage, desk notes,
boilerplate labels, "cited by no claim yet") is made with :func:`desk_only`.
In the public build :func:`drop_desk_content`, run by a post-transform once
the placeholders are filled, removes it; the desk build keeps it, marked
with the ``fc-desk`` class.
"""

from __future__ import annotations

from typing import TypeVar

from docutils import nodes

from sphinx_factcheck.core.page_digest import DESK_ONLY

NodeT = TypeVar("NodeT", bound=nodes.Element)


def desk_only(node: NodeT) -> NodeT:
    """Mark ``node`` as meant for the desk only."""
    node[DESK_ONLY] = True
    node["classes"].append("fc-desk")
    return node


def drop_desk_content(document: nodes.document) -> None:
    """Remove every desk-only node (the public build), and the parts it leaves empty."""
    for node in list(document.findall(nodes.Element)):
        if node.get(DESK_ONLY) and node.parent is not None:
            parent = node.parent
            parent.remove(node)
            # A card footer that held only desk fields goes too, not an empty box.
            if (
                isinstance(parent, nodes.container)
                and not len(parent)
                and str(parent.get("design_component", "")).startswith("fc-")
                and parent.parent is not None
            ):
                parent.parent.remove(parent)
