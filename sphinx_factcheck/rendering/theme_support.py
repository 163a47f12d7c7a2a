"""Keep the extension's cards and reports clear of theme rules meant for other markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: Classes of furo's wrappers around tables: they copy the table's classes and keep
#: furo's own container styling (horizontal scrolling).
THEME_WRAPPERS = frozenset({"table-wrapper", "math-wrapper"})


def _is_ours(node: nodes.container) -> bool:
    classes: list[str] = node["classes"]
    if THEME_WRAPPERS.intersection(classes):
        return False
    if any(name.startswith("fc-") for name in classes):
        return True
    # A card's body has only sphinx-design's class; its card (the parent) is ours.
    parent = node.parent
    if not isinstance(parent, nodes.Element):
        return False
    parent_classes: list[str] = parent["classes"]
    return (any(name.startswith("sd-card") for name in classes)
            and any(name.startswith("fc-") for name in parent_classes))


def render_containers_as_plain_divs(app: Sphinx, doctree: nodes.document,
                                    docname: str) -> None:
    """Mark the extension's containers so they render as ``div.docutils``, not ``.container``.

    pydata-sphinx-theme and sphinx-book-theme unset the padding of ``.docutils.container``
    and furo zeroes it in the main column, which glues card headers, bodies and footers to
    the card's border. sphinx-design renders its own components through the same
    ``is_div`` flag of its container visitor. Runs late at ``doctree-resolved`` so that
    the reports and annotated articles, filled earlier, are covered.
    """
    if app.builder.format != "html":
        return
    for container in doctree.findall(nodes.container):
        if _is_ours(container):
            container["is_div"] = True


def setup_theme_support(app: Sphinx) -> None:
    """Register what keeps the HTML output the same under every theme."""
    app.connect("doctree-resolved", render_containers_as_plain_divs, priority=900)
