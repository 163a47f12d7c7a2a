"""Report options as written in a directive, parsed into plain specs.

Parsing never fails: a value it cannot use becomes an :class:`OptionProblem`
(which the directive turns into a located warning) and the rest of the report
still works. An unknown filter *value* is kept, so it matches nothing rather
than silently widening the report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sphinx_factcheck.core.flaws import FlawQuery
from sphinx_factcheck.core.model import FLAW_SEVERITIES
from sphinx_factcheck.core.queries import (
    CLAIM_COLUMNS,
    CLAIM_GROUPS,
    CLAIM_SORTS,
    DEFAULT_CLAIM_COLUMNS,
    NO_VERDICT,
    SOURCE_GROUPS,
    SOURCE_SORTS,
    ClaimQuery,
    Ordering,
    SortKey,
    SourceQuery,
)
from sphinx_factcheck.core.values import split_list


@dataclass(frozen=True)
class OptionProblem:
    """An option value a report cannot use; ``subtype`` names the warning subtype."""

    subtype: str
    message: str


@dataclass(frozen=True)
class ClaimTableSpec:
    """What a ``claim-table`` shows."""

    query: ClaimQuery = field(default_factory=ClaimQuery)
    columns: tuple[str, ...] = DEFAULT_CLAIM_COLUMNS
    sort: tuple[SortKey, ...] = ()
    group_by: str | None = None
    caption: str | None = None


@dataclass(frozen=True)
class VerdictSummarySpec:
    """What a ``verdict-summary`` counts."""

    query: ClaimQuery = field(default_factory=ClaimQuery)
    caption: str | None = None


@dataclass(frozen=True)
class SourceListSpec:
    #: Only sources cited by a claim this selects (every source when empty).
    """What a ``source-list`` shows."""

    query: SourceQuery = field(default_factory=SourceQuery)
    cited_by: ClaimQuery = field(default_factory=ClaimQuery)
    sort: tuple[SortKey, ...] = ()
    group_by: str | None = None
    caption: str | None = None


@dataclass(frozen=True)
class FindingsSpec:
    """What a ``findings`` block sums up: the claims that did not hold up, worst first."""

    query: ClaimQuery = field(default_factory=ClaimQuery)
    caption: str | None = None


@dataclass(frozen=True)
class CorrectionsLogSpec:
    """What a ``corrections-log`` lists: every correction of the selected claims."""

    query: ClaimQuery = field(default_factory=ClaimQuery)
    caption: str | None = None


@dataclass(frozen=True)
class FlawListSpec:
    """What a ``flaw-list`` shows: copy flaws, gravest first."""

    query: FlawQuery = field(default_factory=FlawQuery)
    caption: str | None = None


ReportSpec = (
    ClaimTableSpec
    | VerdictSummarySpec
    | SourceListSpec
    | FindingsSpec
    | CorrectionsLogSpec
    | FlawListSpec
)


def spec_as_dict(spec: ReportSpec) -> dict[str, Any]:
    """The spec as plain data (for fingerprints and exports)."""
    return {"type": type(spec).__name__, **asdict(spec)}


def _names(values: tuple[str, ...]) -> str:
    return ", ".join(values)


class _OptionReader:
    """Reads a directive's text options and collects the problems found."""

    def __init__(self, directive: str, options: Mapping[str, Any]) -> None:
        self.directive = directive
        self.options = options
        self.problems: list[OptionProblem] = []

    def problem(self, subtype: str, message: str) -> None:
        self.problems.append(OptionProblem(subtype, f"{self.directive}: {message}"))

    def text(self, name: str) -> str | None:
        value = self.options.get(name)
        if value is None:
            return None
        return " ".join(str(value).split()) or None

    def values(self, name: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(split_list(self.text(name))))

    def checked_values(
        self, name: str, valid: tuple[str, ...], subtype: str, what: str, whose: str | None = None
    ) -> tuple[str, ...]:
        """Values of a filter over a closed vocabulary; unknown ones are reported and kept.

        ``whose`` names the vocabulary's owner in the message ("the imported project's").
        """
        values = self.values(name)
        plural = what + ("es" if what.endswith("s") else "s")
        vocabulary = f" {whose} {plural}" if whose else ""
        for value in values:
            if value not in valid:
                self.problem(
                    subtype,
                    f"unknown {what} {value!r} in :{name}:; "
                    f"use one of{vocabulary}: {_names(valid)}",
                )
        return values

    def choice(self, name: str, valid: tuple[str, ...]) -> str | None:
        value = self.text(name)
        if value is not None and value not in valid:
            self.problem("bad_option", f":{name}: {value!r} is not one of: {_names(valid)}")
            return None
        return value

    def sort_keys(self, valid: tuple[str, ...]) -> tuple[SortKey, ...]:
        keys: list[SortKey] = []
        for item in self.values("sort"):
            column = item.lstrip("+-").strip()
            if column not in valid:
                self.problem(
                    "bad_option",
                    f":sort: cannot sort by {column!r}; sort by one of: "
                    f"{_names(valid)} (prefix - for descending order)",
                )
                continue
            keys.append(SortKey(column, descending=item.startswith("-")))
        return tuple(keys)

    def caption(self) -> str | None:
        caption, title = self.text("caption"), self.text("title")
        if caption and title:
            self.problem(
                "bad_option",
                ":caption: and :title: are the same option; give only one (using :caption:)",
            )
        return caption or title


def _claim_query(reader: _OptionReader, ordering: Ordering, whose: str | None = None) -> ClaimQuery:
    return ClaimQuery(
        verdicts=reader.checked_values(
            "verdict", (*ordering.verdicts, NO_VERDICT), "unknown_verdict", "verdict", whose
        ),
        statuses=reader.checked_values(
            "status", ordering.statuses, "unknown_status", "status", whose
        ),
        tags=reader.values("tags"),
        sources=reader.values("sources"),
        claimants=reader.values("claimant"),
        documents=tuple(pattern.lstrip("/") for pattern in reader.values("document")),
        articles=reader.values("article"),
    )


def parse_claim_query(
    options: Mapping[str, Any], ordering: Ordering, directive: str, whose: str | None = None
) -> tuple[ClaimQuery, list[OptionProblem]]:
    """The claim filters among a directive's options, and the problems found.

    ``ordering`` holds the verdicts and statuses the filters may name;
    ``whose`` says whose they are when they are not this project's.
    """
    reader = _OptionReader(directive, options)
    return _claim_query(reader, ordering, whose), reader.problems


def parse_claim_table(
    options: Mapping[str, Any],
    ordering: Ordering,
) -> tuple[ClaimTableSpec, list[OptionProblem]]:
    """A ``claim-table`` spec from its options, and the problems found."""
    reader = _OptionReader("claim-table", options)
    columns: list[str] = []
    for column in reader.values("columns"):
        if column in CLAIM_COLUMNS:
            columns.append(column)
        else:
            reader.problem(
                "bad_option",
                f":columns: has no column {column!r}; choose from: {_names(CLAIM_COLUMNS)}",
            )
    spec = ClaimTableSpec(
        query=_claim_query(reader, ordering),
        columns=tuple(columns) or DEFAULT_CLAIM_COLUMNS,
        sort=reader.sort_keys(CLAIM_SORTS),
        group_by=reader.choice("group-by", CLAIM_GROUPS),
        caption=reader.caption(),
    )
    return spec, reader.problems


def parse_verdict_summary(
    options: Mapping[str, Any],
    ordering: Ordering,
) -> tuple[VerdictSummarySpec, list[OptionProblem]]:
    """A ``verdict-summary`` spec from its options, and the problems found."""
    reader = _OptionReader("verdict-summary", options)
    spec = VerdictSummarySpec(query=_claim_query(reader, ordering), caption=reader.caption())
    return spec, reader.problems


def parse_source_list(
    options: Mapping[str, Any],
    ordering: Ordering,
) -> tuple[SourceListSpec, list[OptionProblem]]:
    """A ``source-list`` spec from its options, and the problems found.

    ``:sources:`` names source ids here; the other claim filters select the
    claims whose sources are listed.
    """
    reader = _OptionReader("source-list", options)
    spec = SourceListSpec(
        query=SourceQuery(
            kinds=reader.values("kind"),
            publishers=reader.values("publisher"),
            ids=reader.values("sources"),
        ),
        cited_by=replace(_claim_query(reader, ordering), sources=()),
        sort=reader.sort_keys(SOURCE_SORTS),
        group_by=reader.choice("group-by", SOURCE_GROUPS),
        caption=reader.caption(),
    )
    return spec, reader.problems


def parse_findings(
    options: Mapping[str, Any],
    ordering: Ordering,
) -> tuple[FindingsSpec, list[OptionProblem]]:
    """A ``findings`` spec from its options, and the problems found."""
    reader = _OptionReader("findings", options)
    return FindingsSpec(
        query=_claim_query(reader, ordering), caption=reader.caption()
    ), reader.problems


def parse_corrections_log(
    options: Mapping[str, Any],
    ordering: Ordering,
) -> tuple[CorrectionsLogSpec, list[OptionProblem]]:
    """A ``corrections-log`` spec from its options, and the problems found."""
    reader = _OptionReader("corrections-log", options)
    spec = CorrectionsLogSpec(query=_claim_query(reader, ordering), caption=reader.caption())
    return spec, reader.problems


def parse_flaw_list(options: Mapping[str, Any]) -> tuple[FlawListSpec, list[OptionProblem]]:
    """A ``flaw-list`` spec from its options, and the problems found."""
    reader = _OptionReader("flaw-list", options)
    spec = FlawListSpec(
        query=FlawQuery(
            severities=reader.checked_values("severity", FLAW_SEVERITIES, "bad_option", "severity"),
            documents=tuple(pattern.lstrip("/") for pattern in reader.values("document")),
            articles=reader.values("article"),
        ),
        caption=reader.caption(),
    )
    return spec, reader.problems
