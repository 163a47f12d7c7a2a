"""Records of what a project declares: claims, copy flaws, sources and articles.

They are small immutable values, stored in the Sphinx domain and exported
to JSON; none of them holds doctree nodes.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, fields
from typing import Any, Protocol


@dataclass(frozen=True, order=True)
class Location:
    """Where something was declared: the document and the 1-based line; sorts in document order."""

    docname: str
    lineno: int

    @property
    def pair(self) -> tuple[str, int]:
        """``(docname, lineno)``, the location form Sphinx's logging takes."""
        return (self.docname, self.lineno)


class Located(Protocol):
    """Anything declared somewhere in the project."""

    @property
    def location(self) -> Location: ...


def by_location(record: Located) -> Location:
    """Sort key: document order (document name, then line)."""
    return record.location


@dataclass(frozen=True)
class Origin:
    """Where an imported claim was declared: another project's ``factcheck.json``."""

    #: The other project's name, as its export records it.
    project: str
    #: The claim's id in the other project.
    id: str
    #: The export file, relative to this project's source directory.
    file: str
    #: The claim's page in the other project's HTML, when its base URL is known.
    url: str | None = None


#: How a piece of evidence bears on a claim.
STANCES = ("supports", "contradicts", "context")


@dataclass(frozen=True)
class Evidence:
    """An excerpt of a source that a verdict rests on."""

    source: str
    excerpt: str
    lineno: int
    locator: str | None = None
    stance: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The evidence as it appears in ``factcheck.json``."""
        return {
            "source": self.source,
            "excerpt": self.excerpt,
            "locator": self.locator,
            "stance": self.stance,
            "lineno": self.lineno,
        }


@dataclass(frozen=True)
class Correction:
    """A change to a published check: when, what the rating was, and why."""

    date: str | None
    reason: str
    lineno: int
    previous_verdict: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The correction as it appears in ``factcheck.json``."""
        return {
            "date": self.date,
            "previous_verdict": self.previous_verdict,
            "reason": self.reason,
            "lineno": self.lineno,
        }


@dataclass(frozen=True)
class WithdrawalRecord:
    """Published claims taken down, and why: the corrections policy's record of them."""

    claims: tuple[str, ...]
    date: str | None
    reason: str
    location: Location
    #: The HTML anchor of the notice where the withdrawal is declared.
    anchor: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The withdrawal as it appears in ``factcheck.json``."""
        return {
            "claims": list(self.claims),
            "date": self.date,
            "reason": self.reason,
            "docname": self.location.docname,
            "lineno": self.location.lineno,
        }


@dataclass(frozen=True)
class ClaimRecord:
    """One claim, as the fact-checker declared it."""

    id: str
    statement: str
    location: Location
    verdict: str | None = None
    status: str = "unchecked"
    quote: str | None = None
    article: str | None = None
    #: Which place (1-based) to anchor ``quote`` at when it occurs more than once.
    occurrence: int | None = None
    sources: tuple[str, ...] = ()
    claimant: str | None = None
    claim_date: str | None = None
    appearance: str | None = None
    checked: str | None = None
    checker: str | None = None
    tags: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    #: The reasoning body as plain text (for JSON and ClaimReview).
    reasoning: str = ""
    #: True when the id was derived from the statement.
    derived_id: bool = False
    #: Options whose values were refused (bad date, unknown verdict, ...).
    rejected: tuple[str, ...] = ()
    #: Set when the claim was imported from another project (``claim-import``).
    origin: Origin | None = None
    #: The verdict in one plain-language line.
    ruling: str | None = None
    #: The date up to which evidence was considered.
    as_of: str | None = None
    #: A note for the desk, left out of the public build and its export.
    desk_note: str | None = None
    evidence: tuple[Evidence, ...] = ()
    #: Changes since the check was first published, oldest first.
    corrections: tuple[Correction, ...] = ()

    @property
    def cited_sources(self) -> tuple[str, ...]:
        """The ids of every source the claim cites, in its ``:sources:`` or its evidence."""
        return tuple(dict.fromkeys([*self.sources, *(e.source for e in self.evidence)]))

    @property
    def updated(self) -> str | None:
        """The date of the latest correction, if any."""
        dates = [c.date for c in self.corrections if c.date]
        return max(dates) if dates else None

    def as_dict(self) -> dict[str, Any]:
        """The claim as it appears in ``factcheck.json``."""
        # Field by field: dataclasses.asdict deep-copies every value, which the
        # export of a thousand claims feels.
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["origin"] = asdict(self.origin) if self.origin is not None else None
        data["evidence"] = [e.as_dict() for e in self.evidence]
        data["corrections"] = [c.as_dict() for c in self.corrections]
        data["docname"] = self.location.docname
        data["lineno"] = self.location.lineno
        del data["location"]
        data["sources"] = list(self.sources)
        data["tags"] = list(self.tags)
        data["related"] = list(self.related)
        data["rejected"] = list(self.rejected)
        return data


#: Severities of a copy flaw, the gravest first (the order of ``flaw-list``).
FLAW_SEVERITIES = ("major", "minor")
#: The severity of a flaw that gives none: most copy errors are slips, not distortions.
DEFAULT_FLAW_SEVERITY = "minor"


@dataclass(frozen=True)
class FlawRecord:
    """An error of the copy as published (a wrong weekday, a spliced quotation).

    Not a claim: it has no verdict, is not counted with verdicts and never
    becomes ClaimReview.
    """

    id: str
    #: What is wrong, in one line (the directive's argument).
    description: str
    location: Location
    severity: str = DEFAULT_FLAW_SEVERITY
    #: The flawed span of the article, verbatim.
    quote: str | None = None
    article: str | None = None
    #: Which place (1-based) to anchor ``quote`` at when it occurs more than once.
    occurrence: int | None = None
    #: What the original (or the correct copy) says instead.
    should_read: str | None = None
    sources: tuple[str, ...] = ()
    #: The reasoning body as plain text.
    reasoning: str = ""
    #: True when the id was derived from the description.
    derived_id: bool = False
    #: Options whose values were refused (``name=value``).
    rejected: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The flaw as it appears in ``factcheck.json``."""
        data = asdict(self)
        data["docname"] = self.location.docname
        data["lineno"] = self.location.lineno
        del data["location"]
        data["sources"] = list(self.sources)
        data["rejected"] = list(self.rejected)
        return data


@dataclass(frozen=True)
class SourceRecord:
    """One source of evidence."""

    id: str
    title: str
    location: Location
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: str | None = None
    accessed: str | None = None
    archived: str | None = None
    kind: str | None = None
    notes: str = ""
    #: The original this copy republishes: a source id or an http(s) URL.
    via: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The source as it appears in ``factcheck.json``."""
        data = asdict(self)
        data["docname"] = self.location.docname
        data["lineno"] = self.location.lineno
        del data["location"]
        return data


@dataclass(frozen=True)
class ArticleRecord:
    """One article under review, with its full text."""

    id: str
    location: Location
    text: str
    title: str | None = None
    source: str | None = None
    #: The file the text came from, relative to the source directory (or None).
    path: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The article as it appears in ``factcheck.json`` (without analysis)."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "path": self.path,
            "docname": self.location.docname,
            "lineno": self.location.lineno,
            "length": len(self.text),
            # Selectors point into exactly this text; a tool can check it has the same.
            "sha256": hashlib.sha256(self.text.encode("utf-8")).hexdigest(),
        }
