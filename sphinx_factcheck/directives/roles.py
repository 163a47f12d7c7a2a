"""Roles: ``{claim}`` and ``{source}`` links, and the inline ``{verdict}`` badge."""

from __future__ import annotations

from docutils import nodes
from docutils.nodes import system_message
from sphinx.roles import XRefRole
from sphinx.util.docutils import SphinxRole

from sphinx_factcheck.config import scale_of
from sphinx_factcheck.rendering.badges import verdict_badge
from sphinx_factcheck.store.domain import DOMAIN_NAME
from sphinx_factcheck.warning_types import Problem, warn


class FactcheckXRefRole(XRefRole):
    """A link into the ``fc`` domain, whether written ``{claim}`` or ``{fc:claim}``.

    Link text is prose (an explicit title reads as written, not as code), and an
    unknown target is reported once, by :func:`.domain.report_unresolved`.
    """

    def __init__(self) -> None:
        super().__init__(innernodeclass=nodes.inline, warn_dangling=True)

    def run(self) -> tuple[list[nodes.Node], list[system_message]]:
        self.refdomain = DOMAIN_NAME
        self.reftype = self.name.rpartition(":")[2]
        self.classes = ["xref", DOMAIN_NAME, f"{DOMAIN_NAME}-{self.reftype}"]
        if self.disabled:
            return self.create_non_xref_node()
        return self.create_xref_node()


class VerdictRole(SphinxRole):
    """An inline badge of a verdict from the project's scale."""

    def run(self) -> tuple[list[nodes.Node], list[system_message]]:
        key = self.text.strip()
        verdict = scale_of(self.config).get(key)
        if verdict is None:
            warn(
                Problem.unknown_verdict,
                f"verdict role: unknown verdict {key!r}; the "
                f"scale has: {', '.join(scale_of(self.config).keys)}",
                self.get_location(),
            )
            return [nodes.inline(self.rawtext, key, classes=["fc-verdict-unknown"])], []
        return [verdict_badge(verdict)], []
