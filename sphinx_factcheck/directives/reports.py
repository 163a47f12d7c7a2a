"""Report directives: ``claim-table``, ``verdict-summary``, ``source-list``,
``findings``, ``corrections-log`` and ``flaw-list``.

Each parses its options into a spec, records the report in the domain and
leaves a placeholder that a post-transform fills once everything is read.
``option_docs`` documents every option; ``known_options`` is derived from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from docutils import nodes

from sphinx_factcheck.core.inventory import reads_back
from sphinx_factcheck.core.queries import CLAIM_COLUMNS, CLAIM_GROUPS, SOURCE_GROUPS, SOURCE_SORTS
from sphinx_factcheck.core.report_results import ReportRecord
from sphinx_factcheck.core.report_specs import (
    OptionProblem,
    ReportSpec,
    parse_claim_table,
    parse_corrections_log,
    parse_findings,
    parse_flaw_list,
    parse_source_list,
    parse_verdict_summary,
)
from sphinx_factcheck.directives.base import FactcheckDirective
from sphinx_factcheck.rendering.nodes import ReportPlaceholder
from sphinx_factcheck.store.derived import ordering_of
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.warning_types import Problem, warn

CLAIM_FILTER_DOCS = {
    "verdict": "Only claims with one of these verdicts (comma-separated scale keys; "
    "``none`` for claims without a verdict).",
    "status": "Only claims with one of these workflow statuses.",
    "tags": "Only claims with at least one of these tags.",
    "sources": "Only claims citing at least one of these source ids.",
    "claimant": "Only claims made by one of these claimants (case does not matter).",
    "document": "Only claims declared in documents matching one of these globs, e.g. ``claims/*``.",
    "article": "Only claims anchored in one of these article ids.",
}
COMMON_DOCS = {
    "caption": "A caption shown above the report.",
    "title": "Another name for ``:caption:``.",
    "name": "A label for the report, so ``{ref}`` can link to it.",
}


class ReportDirective(FactcheckDirective):
    """A report over the whole project; subclasses say which and how to parse it."""

    has_content = False
    report_kind: ClassVar[str] = ""

    def parse(self, options: Mapping[str, Any]) -> tuple[ReportSpec, list[OptionProblem]]:
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        self.report_unknown_options()
        spec, problems = self.parse(self.options)
        for problem in problems:
            warn(Problem(problem.subtype), problem.message, self.warn_location)
        domain = get_domain(self.env)
        placeholder = ReportPlaceholder()
        self.set_source_info(placeholder)
        self._check_name()
        self.add_name(placeholder)
        if not placeholder["ids"]:
            number = self.env.new_serialno("fc-report") + 1
            placeholder["ids"].append(
                nodes.make_id(f"fc-{self.report_kind}-{self.env.docname}-{number}")
            )
        report = ReportRecord(self.report_kind, placeholder["ids"][0], self.here, spec)
        placeholder["fc_report"] = report
        domain.add_report(report)
        return [placeholder]

    def _check_name(self) -> None:
        """Drop a ``:name:`` that would forge another entry in ``objects.inv``."""
        name = self.options.get("name")
        if name and not reads_back(nodes.fully_normalize_name(name)):
            warn(
                Problem.bad_option,
                f"{self.name}: :name: {name!r} would read as another "
                "entry in objects.inv; use words joined by '-', e.g. 'verdict-table'",
                self.warn_location,
            )
            del self.options["name"]


class ClaimTableDirective(ReportDirective):
    """A table of the project's claims, filtered, sorted and grouped by its options."""

    report_kind = "claim-table"
    option_docs: ClassVar[dict[str, str]] = {
        **CLAIM_FILTER_DOCS,
        "sort": "Columns to sort by, comma-separated, ``-`` before a column for descending "
        f"order (verdicts sort by the scale); any of {', '.join(CLAIM_COLUMNS)}, or "
        "``severity``: the worst rating first, unrated verdicts after them.",
        "group-by": "One table per group, in scale, workflow or alphabetical order: "
        f"{', '.join(CLAIM_GROUPS)}.",
        "columns": f"Columns to show, in order: {', '.join(CLAIM_COLUMNS)} "
        "(default: id, claim, verdict, status, sources).",
        **COMMON_DOCS,
    }

    def parse(self, options: Mapping[str, Any]) -> tuple[ReportSpec, list[OptionProblem]]:
        return parse_claim_table(options, ordering_of(self.config))


class VerdictSummaryDirective(ReportDirective):
    """Totals and a chart of claims per verdict and per status."""

    report_kind = "verdict-summary"
    option_docs: ClassVar[dict[str, str]] = {**CLAIM_FILTER_DOCS, **COMMON_DOCS}

    def parse(self, options: Mapping[str, Any]) -> tuple[ReportSpec, list[OptionProblem]]:
        return parse_verdict_summary(options, ordering_of(self.config))


class SourceListDirective(ReportDirective):
    """Every source with its fields and the claims that cite it."""

    report_kind = "source-list"
    option_docs: ClassVar[dict[str, str]] = {
        "kind": "Only sources of one of these kinds (e.g. ``news, official``).",
        "publisher": "Only sources from one of these publishers (case does not matter).",
        "sources": "Only these source ids.",
        **{
            name: "Only sources cited by c" + help_text.removeprefix("Only c")
            for name, help_text in CLAIM_FILTER_DOCS.items()
            if name != "sources"
        },
        "sort": f"Sort by, comma-separated, ``-`` for descending: {', '.join(SOURCE_SORTS)} "
        "(``cited`` = how many claims cite it; default: id).",
        "group-by": f"One list per {' or '.join(SOURCE_GROUPS)}.",
        **COMMON_DOCS,
    }

    def parse(self, options: Mapping[str, Any]) -> tuple[ReportSpec, list[OptionProblem]]:
        return parse_source_list(options, ordering_of(self.config))


class FindingsDirective(ReportDirective):
    """The bottom line: the claims that did not hold up, worst first, with their rulings."""

    report_kind = "findings"
    option_docs: ClassVar[dict[str, str]] = {**CLAIM_FILTER_DOCS, **COMMON_DOCS}

    def parse(self, options: Mapping[str, Any]) -> tuple[ReportSpec, list[OptionProblem]]:
        return parse_findings(options, ordering_of(self.config))


class CorrectionsLogDirective(ReportDirective):
    """Every correction of the project's checks, newest first."""

    report_kind = "corrections-log"
    option_docs: ClassVar[dict[str, str]] = {**CLAIM_FILTER_DOCS, **COMMON_DOCS}

    def parse(self, options: Mapping[str, Any]) -> tuple[ReportSpec, list[OptionProblem]]:
        return parse_corrections_log(options, ordering_of(self.config))


class FlawListDirective(ReportDirective):
    """The copy flaws of the project, major first, then in document order."""

    report_kind = "flaw-list"
    option_docs: ClassVar[dict[str, str]] = {
        "severity": "Only flaws of these severities (comma-separated: major, minor).",
        "document": "Only flaws declared in documents matching one of these globs, "
        "e.g. ``review/*``.",
        "article": "Only flaws anchored in one of these article ids.",
        **COMMON_DOCS,
    }

    def parse(self, options: Mapping[str, Any]) -> tuple[ReportSpec, list[OptionProblem]]:
        return parse_flaw_list(options)


REPORT_DIRECTIVES: dict[str, type[ReportDirective]] = {
    "claim-table": ClaimTableDirective,
    "verdict-summary": VerdictSummaryDirective,
    "source-list": SourceListDirective,
    "findings": FindingsDirective,
    "corrections-log": CorrectionsLogDirective,
    "flaw-list": FlawListDirective,
}
