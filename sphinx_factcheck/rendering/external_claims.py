"""Links to other projects' claims and sources through intersphinx.

A project links with ``{external+other:fc:claim}`id``` (intersphinx needs
the ``fc`` domain, so the linking project enables sphinx-factcheck too). A
claim's ``objects.inv`` display name carries its verdict label
(:mod:`.core.inventory`), so intersphinx's plain link text already names the
verdict; this transform renders it like a local ``{claim}`` link instead: the
verdict badge, then the statement (or the explicit title). Source links show
the source's title, like local ``{source}`` links.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from docutils import nodes
from sphinx import addnodes

from sphinx_factcheck.config import scale_of
from sphinx_factcheck.core.inventory import split_display_name
from sphinx_factcheck.rendering.badges import foreign_verdict_badge, verdict_badge
from sphinx_factcheck.store.domain import DOMAIN_NAME, get_domain

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment


def _badge(label: str, scale_labels: dict[str, Any]) -> nodes.inline:
    verdict = scale_labels.get(label)
    return verdict_badge(verdict) if verdict is not None else foreign_verdict_badge(label)


def render_external_links(document: nodes.document, env: BuildEnvironment) -> None:
    """Resolve external ``fc`` links in ``document`` and render them as local ones."""
    external = [
        node
        for node in document.findall(addnodes.pending_xref)
        if node.get("refdomain") == DOMAIN_NAME
        and node.get("reftype") in ("claim", "source")
        and (node.get("intersphinx") or _names_inventory(env, node))
    ]
    if not external:
        return
    scale_labels = {verdict.label: verdict for verdict in scale_of(env.config).verdicts}
    for node in external:
        contnode = cast(nodes.TextElement, node[0].deepcopy())
        resolved = _resolve(env, node, contnode)
        if resolved is None:
            continue  # intersphinx's resolver reports it
        explicit = bool(node.get("refexplicit"))
        if node["reftype"] == "claim":
            if explicit:  # the display name holds the verdict: look it up
                probe = node.deepcopy()
                probe["refexplicit"] = False
                shown = _resolve(env, probe, contnode.deepcopy())
                statement, label = split_display_name(shown.astext() if shown else "")
            else:
                statement, label = split_display_name(resolved.astext())
            content = nodes.inline("", "", classes=["fc-claim-ref", "fc-external"])
            if label is not None:
                content += [_badge(label, scale_labels), nodes.Text(" ")]
            content += contnode if explicit else nodes.inline("", statement)
            resolved.children = []
            resolved += content
        elif not explicit:
            title = resolved.astext()
            resolved.children = []
            resolved += nodes.inline("", title, classes=["fc-source-title"])
        node.replace_self(resolved)


def _names_inventory(env: BuildEnvironment, node: addnodes.pending_xref) -> bool:
    """True for ``{claim}`other:id``` naming an intersphinx inventory and no local
    claim or source (local ids may hold ":", e.g. imported ones)."""
    from sphinx.ext.intersphinx import inventory_exists

    target = node.get("reftarget", "")
    if ":" not in target:
        return False
    if target in getattr(get_domain(env).index, f"{node['reftype']}s"):
        return False
    return inventory_exists(env, target.partition(":")[0])


def _resolve(
    env: BuildEnvironment, node: addnodes.pending_xref, contnode: nodes.TextElement
) -> nodes.reference | None:
    from sphinx.ext.intersphinx import (
        inventory_exists,
        resolve_reference_any_inventory,
        resolve_reference_detect_inventory,
        resolve_reference_in_inventory,
    )

    if not node.get("intersphinx"):  # {claim}`other:id`: the role the docs show
        return resolve_reference_detect_inventory(env, node, contnode)
    inventory = node.get("inventory")
    if inventory is None:
        return resolve_reference_any_inventory(env, False, node, contnode)
    if not inventory_exists(env, inventory):
        return None
    return resolve_reference_in_inventory(env, inventory, node, contnode)
