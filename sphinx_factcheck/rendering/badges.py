"""Docutils nodes for verdict badges, claims and sources (generic: every builder)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

from docutils import nodes
from sphinx import addnodes

from sphinx_factcheck.config import is_public, scale_of, statuses_of
from sphinx_factcheck.core.model import ClaimRecord, SourceRecord
from sphinx_factcheck.core.scale import Verdict
from sphinx_factcheck.core.values import is_safe_url, is_via_url
from sphinx_factcheck.core.workflow import is_published
from sphinx_factcheck.locale import _
from sphinx_factcheck.rendering.nodes import VerdictBadge

if TYPE_CHECKING:
    from sphinx.config import Config


NodeT = TypeVar("NodeT", bound=nodes.Element)


def verbatim(node: NodeT) -> NodeT:
    """Keep user text exactly as written: no smart quotes inside ``node``."""
    node["support_smartquotes"] = False
    return node


def verdict_badge(verdict: Verdict) -> nodes.inline:
    """A sphinx-design badge that names the verdict in text, not colour alone."""
    return VerdictBadge(
        "",
        verdict.label,
        classes=[
            "sd-badge",
            f"sd-bg-{verdict.colour}",
            f"sd-bg-text-{verdict.colour}",
            "fc-verdict",
            f"fc-verdict-{verdict.key}",
        ],
        fc_description=verdict.description,
    )


def unrated_badge(label: str | None = None) -> nodes.inline:
    """The badge of a claim that has no verdict yet ("No verdict" unless ``label``)."""
    return nodes.inline(
        "",
        label or _("No verdict"),
        classes=[
            "sd-badge",
            "sd-outline-secondary",
            "sd-text-secondary",
            "fc-verdict",
            "fc-verdict-none",
        ],
    )


def foreign_verdict_badge(label: str) -> nodes.inline:
    """The badge of a verdict from another project's scale that this one lacks."""
    return nodes.inline(
        "",
        label,
        classes=[
            "sd-badge",
            "sd-outline-secondary",
            "sd-text-secondary",
            "fc-verdict",
            "fc-verdict-foreign",
        ],
    )


def unrated_label(config: Config) -> str:
    """What a claim without a (public) verdict shows: readers see it is being checked."""
    return _("Being checked") if is_public(config) else _("No verdict")


def badge_for(claim: ClaimRecord, config: Config) -> nodes.inline:
    """The badge of ``claim``'s verdict under the project's scale, as this audience sees it.

    A verdict shows once the claim is published (at the last status). Before
    that the public build says the claim is being checked, and the desk sees
    the verdict marked as not yet published.
    """
    verdict = scale_of(config).get(claim.verdict) if claim.verdict else None
    if verdict is None:
        return unrated_badge(unrated_label(config))
    if is_published(claim.status, statuses_of(config)):
        return verdict_badge(verdict)
    if is_public(config):
        return unrated_badge(unrated_label(config))
    return unpublished_badge(verdict)


def unpublished_badge(verdict: Verdict) -> nodes.inline:
    """A verdict the desk has set but not published: the label, marked as pending."""
    return VerdictBadge(
        "",
        _("%(verdict)s (unpublished)") % {"verdict": verdict.label},
        classes=[
            "sd-badge",
            "sd-outline-secondary",
            "sd-text-secondary",
            "fc-verdict",
            f"fc-verdict-{verdict.key}",
            "fc-unpublished",
        ],
        fc_description=(_("Not yet published.") + " " + verdict.description).strip(),
    )


def link_or_text(url: str | None, text: str | None = None) -> nodes.Node:
    """A link when ``url`` is http(s) or relative, plain text otherwise."""
    label = text or url or ""
    if url and is_safe_url(url):
        return nodes.reference("", label, refuri=url.strip(), classes=["fc-external"])
    return nodes.Text(label)


def xref(
    kind: str, target: str, text: str | None = None, quiet: bool = True, docname: str = ""
) -> addnodes.pending_xref:
    """A reference to a claim, source or article resolved by the ``fc`` domain.

    ``quiet`` references come from options, whose problems are reported once
    per build by the domain's consistency check instead of at each link.
    """
    node = addnodes.pending_xref(
        "",
        nodes.inline("", text or target),
        refdomain="fc",
        reftype=kind,
        reftarget=target,
        refexplicit=text is not None,
        refdoc=docname,
    )
    if quiet:
        node["fc_quiet"] = True
    return node


def comma_list(items: Iterable[nodes.Node]) -> list[nodes.Node]:
    """Nodes separated by ", "."""
    out: list[nodes.Node] = []
    for position, item in enumerate(items):
        if position:
            out.append(nodes.Text(", "))
        out.append(item)
    return out


def field(name: str, *body: nodes.Node) -> nodes.field:
    """A field-list entry ``name: body``."""
    return nodes.field(
        "", nodes.field_name("", name), nodes.field_body("", nodes.paragraph("", "", *body))
    )


def claim_reference_content(
    claim: ClaimRecord, contnode: nodes.Element, explicit: bool, config: Config
) -> nodes.Element:
    """The inside of a ``{claim}`` link: the verdict badge then the text."""
    text = contnode if explicit else nodes.inline("", claim.statement)
    return nodes.inline(
        "", "", badge_for(claim, config), nodes.Text(" "), text, classes=["fc-claim-ref"]
    )


def source_fields(
    source: SourceRecord,
    docname: str,
    shown_url: bool = True,
) -> nodes.field_list:
    """The publication details of a source as a field list, on the page ``docname``."""
    fields = nodes.field_list(classes=["fc-fields"])
    for name, value in (
        (_("Publisher"), source.publisher),
        (_("Author"), source.author),
        (_("Published"), source.date),
        (_("Accessed"), source.accessed),
        (_("Kind"), source.kind),
    ):
        if value:
            fields += field(name, nodes.Text(value))
    if shown_url and source.url:
        fields += field(_("URL"), link_or_text(source.url))
    if source.archived:
        fields += field(_("Archived"), link_or_text(source.archived))
    if source.via:
        original = (
            link_or_text(source.via)
            if is_via_url(source.via)
            else xref("source", source.via, docname=docname)
        )
        fields += field(_("Via"), original)
    return fields
