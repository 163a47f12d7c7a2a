"""The ``claim`` directive: one checked statement with verdict, sources and reasoning."""

from __future__ import annotations

import difflib
from typing import ClassVar

from docutils import nodes

from sphinx_factcheck.config import scale_of, statuses_of
from sphinx_factcheck.core.model import ClaimRecord
from sphinx_factcheck.core.scale import verdict_meant
from sphinx_factcheck.core.values import split_list
from sphinx_factcheck.core.workflow import derive_status, is_published, missing_required
from sphinx_factcheck.directives.base import FactcheckDirective
from sphinx_factcheck.directives.claim_parts import close_parts, open_parts
from sphinx_factcheck.locale import _
from sphinx_factcheck.rendering.badges import badge_for, xref
from sphinx_factcheck.rendering.cards import claim_card
from sphinx_factcheck.rendering.components import card_part
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.warning_types import Problem, info, warn


class ClaimDirective(FactcheckDirective):
    """Declare a claim: argument = the claim as stated, body = the reasoning."""

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    #: One line of help per option, for the generated reference; also the known options.
    option_docs: ClassVar[dict[str, str]] = {
        "id": "Stable id used in links, anchors, factcheck.json and objects.inv. Derived "
        "from the statement when absent (with a missing_id warning).",
        "quote": "The verbatim span of the article that makes the claim; highlighted "
        "in place in the article.",
        "verdict": "A key of factcheck_verdicts, e.g. true, misleading, false.",
        "status": "A step of factcheck_statuses. Default: the first without a verdict, "
        "the last (done) with one.",
        "sources": "Comma-separated ids of the sources the reasoning relies on.",
        "claimant": "Who made the claim (ClaimReview itemReviewed author).",
        "claim-date": "When the claim was made, YYYY-MM-DD.",
        "appearance": "An http(s) URL where the claim appeared.",
        "checked": "When the check was completed, YYYY-MM-DD; ClaimReview datePublished.",
        "checker": "Who checked the claim.",
        "tags": "Comma-separated free-form tags, for filtering reports.",
        "related": "Comma-separated ids of related claims, shown as links.",
        "article": "The id of the article the quote is anchored in, when the claim's own "
        "document has none or several.",
        "occurrence": "Which occurrence of the quote to anchor (1 = first) when it appears "
        "more than once in the article.",
        "ruling": "The verdict in one plain-language line, shown next to the rating "
        "(ClaimReview ratingExplanation).",
        "as-of": "The date up to which evidence was considered, YYYY-MM-DD.",
        "desk-note": "A note for the desk; left out of the public build and its export.",
    }

    def run(self) -> list[nodes.Node]:
        self.report_unknown_options()
        statement = " ".join(self.arguments[0].split()) if self.arguments else ""
        quote = self.text_option("quote")
        if not statement:
            warn(
                Problem.missing_field,
                "claim: the statement (the directive's argument) is "
                "missing; write the claim as the checker states it after ```{claim}",
                self.warn_location,
            )
            statement = quote or _("(claim without a statement)")
        claim_id, derived = self._claim_id(statement)
        verdict = self._verdict()
        status = self._status(verdict)

        body = card_part("text", "reasoning")
        parts = open_parts(self.env)
        try:
            self.state.nested_parse(self.content, self.content_offset, body)
        finally:
            close_parts(self.env)
        evidence_blocks = _take(body, "fc-evidence")
        correction_blocks = _take(body, "fc-correction")

        claim = ClaimRecord(
            id=claim_id,
            statement=statement,
            location=self.here,
            verdict=verdict,
            status=status,
            quote=quote,
            article=self.text_option("article"),
            occurrence=self.occurrence_option(),
            sources=self.id_list_option("sources"),
            claimant=self.text_option("claimant"),
            claim_date=self.date_option("claim-date"),
            appearance=self.url_option("appearance"),
            checked=self.date_option("checked"),
            checker=self.text_option("checker"),
            tags=split_list(self.text_option("tags")),
            related=self._related(claim_id),
            reasoning=body.astext().strip(),
            derived_id=derived,
            rejected=tuple(self.rejected_values),
            ruling=self.text_option("ruling"),
            as_of=self.date_option("as-of"),
            desk_note=self.text_option("desk-note"),
            evidence=tuple(parts.evidence),
            corrections=tuple(parts.corrections),
        )
        self._check_required(claim)
        self._check_published(claim)
        get_domain(self.env).add_claim(claim)
        return [self._render(claim, body, evidence_blocks, correction_blocks)]

    def _claim_id(self, statement: str) -> tuple[str, bool]:
        return self.id_or_derived(
            statement, {claim.id for claim in get_domain(self.env).claims_in(self.env.docname)}
        )

    def _related(self, claim_id: str) -> tuple[str, ...]:
        """``:related:`` without the claim itself (a claim is not related to itself)."""
        related = self.id_list_option("related")
        if claim_id in related:
            warn(
                Problem.bad_option,
                f"claim: :related: names the claim itself ({claim_id!r}); list other claims only",
                self.warn_location,
            )
            self.rejected_values.append(f"related={claim_id}")
        return tuple(dict.fromkeys(other for other in related if other != claim_id))

    def _verdict(self) -> str | None:
        verdict = self.text_option("verdict")
        if verdict is None:
            return None
        scale = scale_of(self.config)
        if scale.get(verdict) is not None:
            return verdict
        meant = verdict_meant(scale, verdict)
        if meant is not None:
            info(
                f"claim: :verdict: {verdict!r} read as the key {meant!r}; write :verdict: {meant}",
                self.warn_location,
            )
            return meant
        close = difflib.get_close_matches(verdict.casefold(), scale.keys, n=1, cutoff=0.5)
        hint = f"did you mean {close[0]!r}? " if close else ""
        warn(
            Problem.unknown_verdict,
            f"claim: unknown verdict {verdict!r}; {hint}the scale has: {', '.join(scale.keys)}",
            self.warn_location,
        )
        self.rejected_values.append(f"verdict={verdict}")
        return None

    def _status(self, verdict: str | None) -> str:
        statuses = statuses_of(self.config)
        explicit = self.text_option("status")
        status = derive_status(verdict, explicit, statuses)
        if explicit is not None and status != explicit:
            warn(
                Problem.unknown_status,
                f"claim: unknown status {explicit!r}; the workflow "
                f"has: {', '.join(statuses)}; using {status!r}",
                self.warn_location,
            )
            self.rejected_values.append(f"status={explicit}")
        return status

    def _check_required(self, claim: ClaimRecord) -> None:
        if claim.status != statuses_of(self.config)[-1]:
            return
        missing = missing_required(claim, self.config.factcheck_require)
        if missing:
            warn(
                Problem.missing_field,
                f"claim {claim.id!r} is {claim.status!r} but lacks "
                f"{', '.join(':' + m + ':' for m in missing)} (required by factcheck_require)",
                self.warn_location,
            )

    def _check_published(self, claim: ClaimRecord) -> None:
        statuses = statuses_of(self.config)
        if (
            claim.verdict
            and self.text_option("status")
            and not is_published(claim.status, statuses)
        ):
            warn(
                Problem.verdict_unpublished,
                f"claim {claim.id!r} has verdict {claim.verdict!r} but status "
                f"{claim.status!r}: the verdict is not published until the status is "
                f"{statuses[-1]!r}; finish the check (drop :status:) or remove the verdict",
                self.warn_location,
            )

    def _render(
        self,
        claim: ClaimRecord,
        body: nodes.container,
        evidence: list[nodes.Node],
        corrections: list[nodes.Node],
    ) -> nodes.container:
        docname = self.env.docname
        card = claim_card(
            claim,
            self.env,
            badge=badge_for(claim, self.config),
            reasoning=body,
            evidence=evidence,
            corrections=corrections,
            sources=[xref("source", s, docname=docname) for s in claim.sources],
            related=[xref("claim", c, docname=docname) for c in claim.related],
            quote=claim.quote,
            as_written=[
                (label, value)
                for name, label in (("article", _("Article")), ("occurrence", _("Occurrence")))
                if (value := self.text_option(name))
            ],
        )
        self.set_source_info(card)
        return card


def _take(body: nodes.Element, component_name: str) -> list[nodes.Node]:
    """Detach the nested blocks of one kind from the reasoning, for their own section."""
    blocks = [
        node
        for node in body.findall(nodes.container)
        if node.get("design_component") == component_name
    ]
    for block in blocks:
        assert block.parent is not None
        block.parent.remove(block)
    return list(blocks)
