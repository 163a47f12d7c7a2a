"""schema.org ClaimReview markup for a claim, as plain data and as safe script text.

Follows Google's fact-check markup: ``claimReviewed``, ``reviewRating`` (with
``alternateName``) and ``url`` are required; ``author``, ``datePublished`` and
``itemReviewed`` (a ``Claim`` with its author, date and appearance) are
recommended. Beyond those, only properties schema.org defines carry the
rest: the ruling as the rating's ``ratingExplanation``, the last correction
as ``dateModified``, the evidence's sources as ``citation``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from typing import Any

from sphinx_factcheck.core.collection import ProjectIndex
from sphinx_factcheck.core.model import ClaimRecord
from sphinx_factcheck.core.scale import Scale
from sphinx_factcheck.core.values import is_safe_url

#: Words that mark a claimant as an organisation rather than a person.
_ORGANISATION_WORDS = frozenset(
    (
        "agency",
        "army",
        "association",
        "assembly",
        "bank",
        "bbc",
        "bureau",
        "cnn",
        "commission",
        "committee",
        "company",
        "corporation",
        "council",
        "court",
        "department",
        "embassy",
        "foundation",
        "government",
        "group",
        "inc",
        "institute",
        "kcna",
        "kremlin",
        "llc",
        "ltd",
        "media",
        "ministry",
        "network",
        "news",
        "newspaper",
        "office",
        "organisation",
        "organization",
        "parliament",
        "party",
        "police",
        "post",
        "press",
        "radio",
        "reuters",
        "senate",
        "service",
        "tass",
        "television",
        "times",
        "tv",
        "union",
        "university",
    )
)

#: Characters that could end a ``<script>`` element or break out of it as HTML.
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")


def claimant_type(name: str, organisations: Collection[str] = ()) -> str:
    """``Organization`` when ``name`` is a known publisher or reads like one, else ``Person``."""
    folded = name.casefold()
    if folded in {organisation.casefold() for organisation in organisations}:
        return "Organization"
    words = set(re.findall(r"\w+", folded))
    return "Organization" if words & _ORGANISATION_WORDS else "Person"


def _absolute(url: str | None) -> str | None:
    if url and is_safe_url(url) and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def appearance_of(claim: ClaimRecord, article_id: str | None, index: ProjectIndex) -> str | None:
    """Where the claim appeared: ``:appearance:``, else the URL of its article's source.

    ``article_id`` is the claim's article as the annotation decided it
    (``ProjectAnnotation.article_of_claim``).
    """
    if _absolute(claim.appearance):
        return _absolute(claim.appearance)
    article = index.articles.get(article_id) if article_id else None
    source = index.sources.get(article.source) if article and article.source else None
    return _absolute(source.url) if source else None


def claim_review(
    claim: ClaimRecord,
    *,
    scale: Scale,
    url: str,
    today: str,
    publisher: Mapping[str, Any] | None = None,
    appearance: str | None = None,
    organisations: Collection[str] = (),
    citations: Collection[str] = (),
) -> dict[str, Any] | None:
    """The ClaimReview of ``claim``, or None when it has no verdict on ``scale``.

    ``url`` is the claim's own address, ``today`` the build date (ISO) used
    when the claim has no ``:checked:`` date, ``organisations`` names that
    make a claimant an Organization rather than a Person, ``citations`` the
    URLs of the sources the evidence quotes.
    """
    verdict = scale.get(claim.verdict) if claim.verdict else None
    if verdict is None:
        return None
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict.label}
    if verdict.rating is not None:
        rating |= {
            "ratingValue": verdict.rating,
            "bestRating": scale.best_rating,
            "worstRating": scale.worst_rating,
        }
    if claim.ruling:
        rating["ratingExplanation"] = claim.ruling
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.claimant:
        item["author"] = {
            "@type": claimant_type(claim.claimant, organisations),
            "name": claim.claimant,
        }
    if claim.claim_date:
        item["datePublished"] = claim.claim_date
    if appearance:
        item["appearance"] = {"@type": "CreativeWork", "url": appearance}
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim.statement,
        "reviewRating": rating,
        "datePublished": claim.checked or today,
        "itemReviewed": item,
    }
    if claim.updated:
        review["dateModified"] = claim.updated
    cited = [url for url in (_absolute(u) for u in citations) if url]
    if cited:
        review["citation"] = [{"@type": "CreativeWork", "url": url} for url in dict.fromkeys(cited)]
    if publisher:
        author = {"@type": "Organization", "name": publisher["name"]}
        for key in ("url", "logo"):
            if publisher.get(key):
                author[key] = publisher[key]
        review["author"] = author
    return review


def script_json(data: Any) -> str:
    """``data`` as JSON that is safe inside ``<script type="application/ld+json">``.

    ``<``, ``>`` and ``&`` (and the JavaScript line separators) become
    ``\\uXXXX`` escapes, which JSON parsers read back unchanged, so no text
    can close the script element or open another one.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=None)
    return _SCRIPT_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
