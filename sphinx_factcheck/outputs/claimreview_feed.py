"""``claimreview-feed.json``: every published ClaimReview of the project as one DataFeed.

Fact-check databases ingest ClaimReview markup; some read it from a feed
rather than page by page. The feed holds exactly the reviews the pages
carry: published, rated claims declared in this project.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx_factcheck.html.json_ld import build_date, review_for, reviewed_claims

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: The feed's file name, in the output folder of HTML builds.
FEED_NAME = "claimreview-feed.json"


def claimreview_feed(app: Sphinx) -> dict[str, Any]:
    """The schema.org ``DataFeed`` of the project's ClaimReviews."""
    single = app.builder.name == "singlehtml"
    reviews = []
    for claim in reviewed_claims(app):
        page = app.config.root_doc if single else claim.location.docname
        review = review_for(app, claim, page)
        if review is not None:
            reviews.append(review)
    return {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "name": str(app.config.project),
        "dateModified": build_date(app.config),
        "dataFeedElement": reviews,
    }


def write_claimreview_feed(app: Sphinx, exception: BaseException | None) -> None:
    """Write the feed after a successful HTML build with ClaimReview markup on."""
    if (
        exception is not None
        or app.builder.format != "html"
        or not app.config.factcheck_claimreview
        or app.builder.name.startswith("epub")
    ):
        return
    text = json.dumps(claimreview_feed(app), indent=2, ensure_ascii=False, sort_keys=True)
    Path(app.outdir, FEED_NAME).write_text(text + "\n", encoding="utf-8")
