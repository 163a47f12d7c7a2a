"""ClaimReview JSON-LD in HTML pages, for search engines and fact-check aggregators.

Each HTML page gets one ``<script type="application/ld+json">`` per claim it
declares with a verdict, added to the page head through ``html-page-context``.
Imported claims (``claim-import``) get none: their review lives in the project
that made it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import posixpath
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sphinx.util.i18n import format_date

from sphinx_factcheck.config import scale_of, statuses_of
from sphinx_factcheck.core.claimreview import (
    appearance_of,
    claim_review,
    script_json,
)
from sphinx_factcheck.core.workflow import is_published
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.store.ids import claim_anchor

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.config import Config

    from sphinx_factcheck.core.collection import ProjectIndex
    from sphinx_factcheck.core.model import ClaimRecord


def build_date(config: Config) -> str:
    """The build's ``today`` as YYYY-MM-DD, else the build day.

    ``today`` is read as an ISO date or in ``today_fmt`` (Sphinx's default
    ``%b %d, %Y``); the build day honours ``SOURCE_DATE_EPOCH``, for
    reproducible builds.
    """
    text = str(getattr(config, "today", "") or "").strip()
    if text:
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(text).isoformat()
        with contextlib.suppress(ValueError, TypeError):
            today_format = getattr(config, "today_fmt", None) or "%b %d, %Y"
            return dt.datetime.strptime(text, today_format).date().isoformat()
    return format_date("%Y-%m-%d", language="en")


def _page_uri(builder: Builder, pagename: str) -> str:
    if builder.name == "singlehtml":
        return pagename + getattr(builder, "out_suffix", ".html")
    return builder.get_target_uri(pagename)


def claim_url(builder: Builder, pagename: str, claim_id: str) -> str:
    """The claim's address: absolute under ``html_baseurl``, else relative to its page."""
    page = _page_uri(builder, pagename)
    anchor = "#" + claim_anchor(claim_id)
    baseurl = builder.config.html_baseurl
    if baseurl:
        return posixpath.join(baseurl, page) + anchor
    return posixpath.basename(page) + anchor


def organisations_of(
    index: ProjectIndex,
    publisher: Mapping[str, Any] | None,
) -> frozenset[str]:
    """Names that make a claimant an Organization: every source's publisher, and ours.

    Computed once per build (through the domain's cache), not once per page.
    """
    names = {source.publisher for source in index.sources.values() if source.publisher}
    if publisher:
        names.add(publisher["name"])
    return frozenset(names)


def reviewed_claims(app: Sphinx, pagename: str | None = None) -> list[ClaimRecord]:
    """The published, rated claims declared on ``pagename`` (every page's when None)."""
    domain = get_domain(app.env)
    index = domain.index
    declared = (
        index.claims_in_order()
        if pagename is None or app.builder.name == "singlehtml"
        else domain.claims_in(pagename)
    )
    statuses = statuses_of(app.config)
    # Only published verdicts: never a ClaimReview for a check the desk has not finished.
    return [
        claim
        for claim in declared
        if claim.verdict
        and claim.origin is None
        and index.claims.get(claim.id) is claim
        and is_published(claim.status, statuses)
    ]


def review_for(app: Sphinx, claim: ClaimRecord, pagename: str) -> dict[str, Any] | None:
    """The ClaimReview of one published claim shown on ``pagename``."""
    domain = get_domain(app.env)
    index = domain.index
    publisher = app.config.factcheck_publisher
    organisations = domain.derived(
        "claimreview-organisations", lambda index: organisations_of(index, publisher)
    )
    appearance = appearance_of(claim, domain.annotation.article_of_claim.get(claim.id), index)
    citations = [
        source.url
        for evidence in claim.evidence
        if (source := index.sources.get(evidence.source)) and source.url
    ]
    return claim_review(
        claim,
        scale=scale_of(app.config),
        url=claim_url(app.builder, pagename, claim.id),
        today=domain.derived("build-date", lambda index: build_date(app.config)),
        publisher=publisher,
        appearance=appearance,
        organisations=organisations,
        citations=citations,
    )


def add_claim_reviews(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Add the ClaimReview of every published claim of the page to its head."""
    if not app.config.factcheck_claimreview or app.builder.name.startswith("epub"):
        return
    reviews = [
        review
        for claim in reviewed_claims(app, pagename)
        if (review := review_for(app, claim, pagename)) is not None
    ]
    if not reviews:
        return
    scripts = [
        f'<script type="application/ld+json">{script_json(review)}</script>' for review in reviews
    ]
    context["metatags"] = context.get("metatags", "") + "\n" + "\n".join(scripts) + "\n"
