"""The ``withdrawal`` directive: published claims taken down, said so in public."""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes

from sphinx_factcheck.core.model import WithdrawalRecord
from sphinx_factcheck.core.values import split_list
from sphinx_factcheck.directives.base import FactcheckDirective
from sphinx_factcheck.locale import _
from sphinx_factcheck.rendering.audience import desk_only
from sphinx_factcheck.rendering.components import component
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.warning_types import Problem, warn


class WithdrawalDirective(FactcheckDirective):
    """A notice that published claims were withdrawn; body = why (any markup)."""

    has_content = True
    option_docs: ClassVar[dict[str, str]] = {
        "claims": "Required. The ids of the withdrawn claims, comma-separated: claims the "
        "published record (factcheck_published_json) has and the project no longer does.",
        "date": "Required. When they were withdrawn, YYYY-MM-DD.",
    }

    def run(self) -> list[nodes.Node]:
        self.report_unknown_options()
        claims = tuple(
            claim_id
            for value in split_list(self.text_option("claims"))
            if (claim_id := self.id_value(value))
        )
        if not claims:
            warn(
                Problem.missing_field,
                "withdrawal: :claims: is missing; give the ids of the published claims taken down",
                self.warn_location,
            )
        date = self.date_option("date")
        if date is None and self.text_option("date") is None:
            warn(
                Problem.missing_field,
                "withdrawal: :date: is missing; give the day the claims were withdrawn",
                self.warn_location,
            )
        anchor = nodes.make_id(f"withdrawal-{self.env.docname}-{self.lineno}")
        notice = component("withdrawal", ids=[anchor])
        self.set_source_info(notice)
        title = _("Withdrawn on %(date)s") % {"date": date} if date else _("Withdrawn")
        notice += nodes.paragraph("", "", nodes.strong("", title), classes=["fc-withdrawn-on"])
        body = component("withdrawal-reason")
        self.state.nested_parse(self.content, self.content_offset, body)
        notice += body
        notice += desk_only(
            nodes.paragraph(
                "",
                "",
                nodes.Text(_("Claim ids: ")),
                *[
                    node
                    for number, claim_id in enumerate(claims)
                    for node in ([nodes.Text(", ")] if number else [])
                    + [nodes.literal("", claim_id)]
                ],
                classes=["fc-withdrawn-ids"],
            )
        )
        get_domain(self.env).add_withdrawal(
            WithdrawalRecord(
                claims=claims,
                date=date,
                reason=body.astext().strip(),
                location=self.here,
                anchor=anchor,
            )
        )
        return [notice]
