"""Directives nested in a claim's body: ``evidence`` and ``correction``.

The claim directive opens a :class:`ClaimParts` collector before it parses
its body; each nested directive adds its record there and returns its
rendered block, which the claim card places in its own section.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from docutils import nodes

from sphinx_factcheck.config import scale_of
from sphinx_factcheck.core.model import STANCES, Correction, Evidence
from sphinx_factcheck.directives.base import FactcheckDirective
from sphinx_factcheck.rendering.cards import correction_block, evidence_block
from sphinx_factcheck.warning_types import Problem, warn

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

#: Where the claim being read keeps its parts (``env.temp_data``).
PARTS_KEY = "fc_claim_parts"


@dataclass
class ClaimParts:
    """What the directives nested in one claim's body declared."""

    evidence: list[Evidence] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)


def open_parts(env: BuildEnvironment) -> ClaimParts:
    """Start collecting the parts of the claim being read."""
    parts = ClaimParts()
    env.temp_data[PARTS_KEY] = parts
    return parts


def close_parts(env: BuildEnvironment) -> None:
    """Stop collecting: later nested directives belong to no claim."""
    env.temp_data.pop(PARTS_KEY, None)


class _ClaimPartDirective(FactcheckDirective):
    has_content = True

    def parts(self) -> ClaimParts | None:
        parts: ClaimParts | None = self.env.temp_data.get(PARTS_KEY)
        if parts is None:
            warn(
                Problem.misplaced,
                f"{self.name}: write it inside a claim's body (it belongs "
                "to the claim whose verdict it explains); shown here on its own",
                self.warn_location,
            )
        return parts

    def body_text(self) -> str:
        return " ".join("\n".join(self.content).split())


class EvidenceDirective(_ClaimPartDirective):
    """An excerpt of a source that the claim's verdict rests on; body = the excerpt."""

    option_docs: ClassVar[dict[str, str]] = {
        "source": "Required. The id of the source quoted.",
        "locator": "Where in the source: a page, section, paragraph or timestamp.",
        "stance": f"How it bears on the claim: {', '.join(STANCES)}.",
    }

    def run(self) -> list[nodes.Node]:
        self.report_unknown_options()
        source = self.id_option("source")
        if source is None:
            warn(
                Problem.missing_field,
                "evidence: :source: is missing; give the id of the source the excerpt comes from",
                self.warn_location,
            )
        stance = self.text_option("stance")
        if stance is not None and stance not in STANCES:
            warn(
                Problem.bad_option,
                f"evidence: :stance: {stance!r} is not one of {', '.join(STANCES)}",
                self.warn_location,
            )
            stance = None
        excerpt = self.body_text()
        if not excerpt:
            warn(
                Problem.missing_field,
                "evidence: the excerpt (the body) is empty; quote the source's words",
                self.warn_location,
            )
        evidence = Evidence(
            source=source or "",
            excerpt=excerpt,
            lineno=self.lineno,
            locator=self.text_option("locator"),
            stance=stance,
        )
        parts = self.parts()
        if parts is not None and source is not None:
            parts.evidence.append(evidence)
        block = evidence_block(evidence, self.env.docname)
        self.set_source_info(block)
        return [block]


class CorrectionDirective(_ClaimPartDirective):
    """A change to a published check; body = why it changed."""

    option_docs: ClassVar[dict[str, str]] = {
        "date": "Required. When the check was corrected, YYYY-MM-DD.",
        "previous-verdict": "The verdict before the correction, when the rating changed.",
    }

    def run(self) -> list[nodes.Node]:
        self.report_unknown_options()
        date = self.date_option("date")
        if date is None and self.text_option("date") is None:
            warn(
                Problem.missing_field,
                "correction: :date: is missing; give the day the check changed",
                self.warn_location,
            )
        previous = self.text_option("previous-verdict")
        if previous is not None and scale_of(self.config).get(previous) is None:
            warn(
                Problem.unknown_verdict,
                f"correction: unknown :previous-verdict: {previous!r};"
                f" the scale has: {', '.join(scale_of(self.config).keys)}",
                self.warn_location,
            )
            previous = None
        reason = self.body_text()
        if not reason:
            warn(
                Problem.missing_field,
                "correction: say why the check changed (the body)",
                self.warn_location,
            )
        correction = Correction(
            date=date, reason=reason, lineno=self.lineno, previous_verdict=previous
        )
        parts = self.parts()
        if parts is not None:
            parts.corrections.append(correction)
        block = correction_block(correction, scale_of(self.config))
        self.set_source_info(block)
        return [block]
