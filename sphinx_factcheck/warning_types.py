"""The catalogue of warnings, and the one helper that logs them.

Every problem is logged with ``type="factcheck"`` and a subtype from
:class:`Problem`, so ``-W`` fails the build and
``suppress_warnings = ["factcheck.<subtype>"]`` silences one kind.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sphinx.util import logging

from sphinx_factcheck.core.terminal import terminal_safe

logger = logging.getLogger(__name__)

WARNING_TYPE = "factcheck"


class Problem(StrEnum):
    """Warning subtypes; the value is what ``suppress_warnings`` names."""

    unknown_verdict = "unknown_verdict"
    unknown_status = "unknown_status"
    duplicate_id = "duplicate_id"
    unknown_source = "unknown_source"
    unused_source = "unused_source"
    unknown_claim = "unknown_claim"
    quote_not_found = "quote_not_found"
    quote_fuzzy = "quote_fuzzy"
    quote_ambiguous = "quote_ambiguous"
    bad_url = "bad_url"
    bad_date = "bad_date"
    bad_id = "bad_id"
    bad_option = "bad_option"
    bad_config = "bad_config"
    missing_field = "missing_field"
    missing_id = "missing_id"
    article_missing = "article_missing"
    unknown_article = "unknown_article"
    import_failed = "import_failed"
    verdict_unpublished = "verdict_unpublished"
    misplaced = "misplaced"
    uncorrected_change = "uncorrected_change"
    withdrawn_claim = "withdrawn_claim"

    @property
    def description(self) -> str:
        """What the subtype means, for the docs."""
        return DESCRIPTIONS[self]


DESCRIPTIONS: dict[Problem, str] = {
    Problem.unknown_verdict: "A ``:verdict:`` (or ``{verdict}`` role, or filter value) "
    "that is not a key of ``factcheck_verdicts``.",
    Problem.unknown_status: "A ``:status:`` (or filter value) that is not in "
    "``factcheck_statuses``.",
    Problem.duplicate_id: "Two claims, two sources, two articles or two flaws share an id; the "
    "message names the other place.",
    Problem.unknown_source: "A claim's or flaw's ``:sources:``, an article's ``:source:`` or a "
    "``{source}`` role names no source.",
    Problem.unused_source: "A source that no claim, flaw, article or ``{source}`` role cites.",
    Problem.unknown_claim: "A ``{claim}`` role or ``:related:`` names no claim.",
    Problem.quote_not_found: "A ``:quote:`` scores under ``factcheck_quote_threshold`` "
    "everywhere in its article; the message shows the closest passage.",
    Problem.quote_fuzzy: "A ``:quote:`` was found only approximately; the message shows "
    "the text found and its score.",
    Problem.quote_ambiguous: "A ``:quote:`` occurs more than once in its article.",
    Problem.bad_url: "A URL that is not http(s) or relative; it is shown as text, never as a link.",
    Problem.bad_date: "A date option that is not a real ``YYYY-MM-DD`` date.",
    Problem.bad_id: "An id with characters that cannot appear in links and anchors "
    "(including an imported one); it is left out of ``objects.inv``.",
    Problem.bad_option: "An option the directive does not know, or a value it cannot use.",
    Problem.bad_config: "A ``factcheck_*`` configuration value that is not valid; "
    "the default is used instead.",
    Problem.missing_field: "A claim whose status is the last one (``done``) lacks a "
    "field named in ``factcheck_require``, or a directive lacks a required part.",
    Problem.missing_id: "Claims without ``:id:`` in a document (reported once per "
    "document, with the derived ids).",
    Problem.article_missing: "The article file cannot be read; the message gives the path tried.",
    Problem.unknown_article: "``:article:`` names no article, or a claim with a "
    "``:quote:`` has no article to anchor in.",
    Problem.import_failed: "``claim-import`` cannot use its file: missing, unreadable, "
    "not JSON, or not a valid ``factcheck.json``; the message gives the path tried and "
    "the first problems found.",
    Problem.verdict_unpublished: "A claim has a verdict but an explicit ``:status:`` "
    "before the last step of the workflow: the verdict is not published (the public "
    "build shows the status instead). Finish the check or drop the verdict.",
    Problem.misplaced: "An ``evidence`` or ``correction`` directive outside a claim's "
    "body; it is shown where it stands but belongs to no claim.",
    Problem.uncorrected_change: "A published claim's verdict differs from the one in "
    "``factcheck_published_json`` and no ``correction`` with that ``:previous-verdict:`` "
    "explains the change.",
    Problem.withdrawn_claim: "A claim that ``factcheck_published_json`` shows as published "
    "is gone from the project, or is no longer finished.",
}


def warn(problem: Problem, message: str, location: Any) -> None:
    """Log ``message`` as a factcheck warning of subtype ``problem`` at ``location``.

    ``location`` is a node, a ``(docname, lineno)`` pair or a docname. Control
    characters from user text (a line break in a multi-line id, an escape
    sequence) are shown as escapes: a warning is one line, read in a terminal.
    """
    logger.warning(
        terminal_safe(message), type=WARNING_TYPE, subtype=problem.value, location=location
    )


def info(message: str, location: Any) -> None:
    """Log an advisory note that is not a problem (never fails ``-W``)."""
    logger.info(terminal_safe(message), location=location)
