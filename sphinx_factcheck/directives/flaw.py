"""The ``flaw`` directive: an error of the copy as published, not a claim to rate."""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes

from sphinx_factcheck.core.model import DEFAULT_FLAW_SEVERITY, FLAW_SEVERITIES, FlawRecord
from sphinx_factcheck.core.values import split_list
from sphinx_factcheck.directives.base import FactcheckDirective
from sphinx_factcheck.rendering.badges import xref
from sphinx_factcheck.rendering.components import card_part
from sphinx_factcheck.rendering.flaw_card import flaw_card
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.warning_types import Problem, warn


class FlawDirective(FactcheckDirective):
    """Declare a copy flaw: argument = what is wrong, body = the reasoning."""

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_docs: ClassVar[dict[str, str]] = {
        "id": "Stable id used in the card's anchor (``flaw-<id>``) and factcheck.json. "
        "Flaws have ids of their own: a flaw may share an id with a claim, not with another "
        "flaw. Derived from the description when absent (with a missing_id warning).",
        "quote": "The flawed span of the article, verbatim as published; marked in place in "
        "the annotated article.",
        "severity": f"How grave the error is: {' or '.join(sorted(FLAW_SEVERITIES))} "
        f"(default: {DEFAULT_FLAW_SEVERITY}). ``major`` when it changes what a reader "
        "understands (an altered quotation, a wrong date that matters).",
        "should-read": "What the original (or a correct copy) says instead.",
        "sources": "Comma-separated ids of the sources that show the error.",
        "article": "The id of the article the quote is anchored in, when the flaw's own "
        "document has none or several.",
        "occurrence": "Which occurrence of the quote to anchor (1 = first) when it appears "
        "more than once in the article.",
    }

    def run(self) -> list[nodes.Node]:
        self.report_unknown_options()
        description = " ".join(self.arguments[0].split()) if self.arguments else ""
        quote = self.text_option("quote")
        if not description:
            warn(
                Problem.missing_field,
                f"{self.name}: say what is wrong (the directive's "
                "argument), e.g. ```{flaw} Wrong weekday",
                self.warn_location,
            )
            description = quote or "(flaw without a description)"
        flaw_id, derived = self._flaw_id(description)

        body = card_part("text", "reasoning")
        self.state.nested_parse(self.content, self.content_offset, body)

        flaw = FlawRecord(
            id=flaw_id,
            description=description,
            location=self.here,
            severity=self._severity(),
            quote=quote,
            article=self.text_option("article"),
            occurrence=self.occurrence_option(),
            should_read=self.text_option("should-read"),
            sources=split_list(self.text_option("sources")),
            reasoning=body.astext().strip(),
            derived_id=derived,
            rejected=tuple(self.rejected_values),
        )
        get_domain(self.env).add_flaw(flaw)
        docname = self.env.docname
        card = flaw_card(
            flaw, reasoning=body, sources=[xref("source", s, docname=docname) for s in flaw.sources]
        )
        self.set_source_info(card)
        return [card]

    def _flaw_id(self, description: str) -> tuple[str, bool]:
        return self.id_or_derived(
            description, {flaw.id for flaw in get_domain(self.env).flaws_in(self.env.docname)}
        )

    def _severity(self) -> str:
        value = self.text_option("severity")
        if value is None:
            return DEFAULT_FLAW_SEVERITY
        if value.lower() in FLAW_SEVERITIES:
            return value.lower()
        warn(
            Problem.bad_option,
            f"{self.name}: :severity: {value!r} is not one of: "
            f"{', '.join(FLAW_SEVERITIES)}; using {DEFAULT_FLAW_SEVERITY!r}",
            self.warn_location,
        )
        self.rejected_values.append(f"severity={value}")
        return DEFAULT_FLAW_SEVERITY
