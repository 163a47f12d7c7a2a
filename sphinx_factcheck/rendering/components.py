"""Containers for cards, reports and articles, made with sphinx-design's component helper.

Every container the extension writes is a named component: sphinx-design's
HTML visitor renders it as a plain ``div`` (not ``div.container``, whose
padding some themes unset), and :func:`is_ours` can tell our containers from
anyone else's without guessing from class names.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx_design.shared import create_component

#: sphinx-design's card look, shared by claim and source cards.
CARD_CLASSES = ("sd-card", "sd-sphinx-override", "sd-mb-3", "sd-shadow-sm")


def component(
    name: str, *classes: str, children: list[nodes.Node] | None = None, **attributes: Any
) -> nodes.container:
    """A container named ``fc-<name>`` with ``classes`` and the class ``fc-<name>``."""
    return create_component(
        f"fc-{name}", [*classes, f"fc-{name}"], children=children or [], **attributes
    )


def card(name: str, *classes: str, **attributes: Any) -> nodes.container:
    """A card (``fc-claim``, ``fc-source``) in sphinx-design's card style."""
    return create_component(f"fc-{name}", [*CARD_CLASSES, f"fc-{name}", *classes], **attributes)


def card_part(part: str, name: str, *children: nodes.Node) -> nodes.container:
    """A card's ``header``, ``body``, ``text`` or ``footer`` part named ``fc-<name>``."""
    return component(name, f"sd-card-{part}", children=list(children))


def is_ours(node: nodes.Node) -> bool:
    """Whether ``node`` is a container this extension made."""
    return isinstance(node, nodes.container) and str(node.get("design_component", "")).startswith(
        "fc-"
    )
