"""ClaimReview JSON-LD: built in the pure core, embedded in HTML pages, escaped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sphinx_factcheck.core.claimreview import (
    appearance_of,
    claim_review,
    claimant_type,
    script_json,
)
from sphinx_factcheck.core.collection import build_index
from sphinx_factcheck.core.model import ArticleRecord, ClaimRecord, Location, SourceRecord
from sphinx_factcheck.core.scale import DEFAULT_VERDICTS, parse_scale
from sphinx_factcheck.html.json_ld import build_date

from .conftest import warnings_of
from .machine_support import claim_reviews

SCALE = parse_scale(DEFAULT_VERDICTS)
HOSTILE = (
    "Kim said \"</script><script>alert(1)</script>\" & 'left' <b>early</b> before the "
    "banquet was over"
)
PUBLISHER = {"name": "Example Checks", "url": "https://checks.example.org/"}


def claim(**fields) -> ClaimRecord:
    return ClaimRecord(
        **{
            "id": "c",
            "statement": "It lasted four hours.",
            "location": Location("claims", 3),
            **fields,
        }
    )


# -- the pure core ---------------------------------------------------------


def test_a_rated_verdict_gives_the_full_rating_and_every_field() -> None:
    review = claim_review(
        claim(
            verdict="mostly-true",
            claimant="Associated Press",
            claim_date="2023-09-13",
            checked="2023-09-14",
        ),
        scale=SCALE,
        url="https://x.org/claims.html#claim-c",
        today="2030-01-01",
        publisher=PUBLISHER,
        appearance="https://apnews.com/a",
    )
    assert review == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://x.org/claims.html#claim-c",
        "claimReviewed": "It lasted four hours.",
        "reviewRating": {
            "@type": "Rating",
            "alternateName": "Mostly true",
            "ratingValue": 4,
            "bestRating": 5,
            "worstRating": 1,
        },
        "datePublished": "2023-09-14",
        "author": {
            "@type": "Organization",
            "name": "Example Checks",
            "url": "https://checks.example.org/",
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": "Associated Press"},
            "datePublished": "2023-09-13",
            "appearance": {"@type": "CreativeWork", "url": "https://apnews.com/a"},
        },
    }


def test_an_unrated_verdict_gets_a_rating_with_only_its_label() -> None:
    review = claim_review(claim(verdict="opinion"), scale=SCALE, url="#claim-c", today="2030-01-01")
    assert review is not None
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Opinion"}
    assert review["datePublished"] == "2030-01-01"
    assert "author" not in review
    assert review["itemReviewed"] == {"@type": "Claim"}


def test_claims_without_a_verdict_get_no_review() -> None:
    assert claim_review(claim(), scale=SCALE, url="#c", today="2030-01-01") is None


@pytest.mark.parametrize(
    ("name", "organisations", "expected"),
    [
        ("Vladimir Putin", (), "Person"),
        ("Associated Press", (), "Organization"),
        ("KCNA", (), "Organization"),
        ("Acme", ("ACME",), "Organization"),
        ("Acme", (), "Person"),
    ],
)
def test_claimants_are_people_unless_they_read_as_organisations(
    name, organisations, expected
) -> None:
    assert claimant_type(name, organisations) == expected


def test_the_appearance_is_the_claims_own_else_its_articles_source() -> None:
    source = SourceRecord("ap", "AP", Location("sources", 1), url="https://apnews.com/a")
    other = SourceRecord("tass", "TASS", Location("sources", 9), url="https://tass.com/b")
    articles = [
        ArticleRecord("ap-article", Location("index", 5), "text", source="ap"),
        ArticleRecord("tass-article", Location("claims", 1), "text", source="tass"),
    ]
    index = build_index([], [source, other], articles, [])
    # which article a claim belongs to is the annotation's decision (test_core_annotation)
    assert (
        appearance_of(claim(appearance="https://x.org/said"), "tass-article", index)
        == "https://x.org/said"
    )
    assert appearance_of(claim(), "tass-article", index) == "https://tass.com/b"
    assert appearance_of(claim(), "ap-article", index) == "https://apnews.com/a"
    assert (
        appearance_of(claim(appearance="javascript:alert(1)"), "tass-article", index)
        == "https://tass.com/b"
    )
    assert appearance_of(claim(), None, index) is None


def test_script_json_cannot_close_the_script_and_reads_back_unchanged() -> None:
    data = {"claimReviewed": HOSTILE + " \u2028 <!-- -->"}
    text = script_json(data)
    assert not {"<", ">", "&", "\u2028"} & set(text)
    assert json.loads(text) == data


# -- in the built HTML -----------------------------------------------------


@pytest.mark.sphinx("html", testroot="machine-summit", freshenv=True)
def test_each_page_carries_a_review_per_claim_with_a_verdict(app) -> None:
    app.build()
    assert warnings_of(app) == []
    html = (Path(app.outdir) / "claims.html").read_text(encoding="utf-8")
    reviews = claim_reviews(html)
    assert sorted(reviews) == ["hostile", "summit-day", "summit-length"]  # not the unchecked

    rated = reviews["summit-length"]
    assert rated["@type"] == "ClaimReview"
    assert rated["url"] == "claims.html#claim-summit-length"
    assert rated["claimReviewed"] == "The summit meeting lasted more than four hours."
    assert rated["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "True",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert rated["datePublished"] == "2023-09-14"
    assert rated["author"] == {
        "@type": "Organization",
        "name": "Example Checks",
        "url": "https://checks.example.org/",
    }
    assert rated["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Organization", "name": "Associated Press"},
        "datePublished": "2023-09-13",
        # no :appearance:, so the url of the only article's source
        "appearance": {
            "@type": "CreativeWork",
            "url": "https://apnews.com/article/kim-putin-summit",
        },
    }

    unrated = reviews["summit-day"]
    assert unrated["reviewRating"] == {"@type": "Rating", "alternateName": "Unproven"}
    assert unrated["datePublished"] == build_date(app.config)  # no :checked:
    assert unrated["itemReviewed"]["author"] == {"@type": "Person", "name": "Hyung-Jin Kim"}
    assert unrated["itemReviewed"]["appearance"]["url"] == "https://apnews.com/article/summit-day"

    launches = (Path(app.outdir) / "more" / "launches.html").read_text(encoding="utf-8")
    assert claim_reviews(launches)["missiles"]["url"] == "launches.html#claim-missiles"
    index = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert claim_reviews(index) == {}


@pytest.mark.sphinx("html", testroot="machine-summit", freshenv=True)
def test_the_organisations_are_gathered_once_per_build(app, monkeypatch) -> None:
    from sphinx_factcheck.html import json_ld as structured_data

    calls = []
    original = structured_data.organisations_of

    def counting(*args: object) -> frozenset[str]:
        calls.append(1)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(structured_data, "organisations_of", counting)
    app.build()
    pages = [
        name
        for name in ("claims.html", "more/launches.html")
        if claim_reviews((Path(app.outdir) / name).read_text(encoding="utf-8"))
    ]
    assert len(pages) == 2  # two pages with reviews share one derivation
    assert len(calls) == 1


@pytest.mark.sphinx("html", testroot="machine-summit", freshenv=True)
def test_hostile_strings_stay_inside_the_json(app) -> None:
    app.build()
    html = (Path(app.outdir) / "claims.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html
    assert html.count('<script type="application/ld+json">') == 3
    review = claim_reviews(html)["hostile"]
    assert review["claimReviewed"] == HOSTILE
    assert review["itemReviewed"]["author"]["name"] == 'Evil "Org" </script><!--'
    assert review["reviewRating"]["alternateName"] == "False"


@pytest.mark.sphinx("html", testroot="machine-summit", freshenv=True)
def test_long_statements_are_not_second_guessed(app) -> None:
    """The 75-character advice went with Google's ClaimReview snippets: no note at all."""
    app.build()
    assert warnings_of(app) == []
    assert "claimReviewed" not in app.status.getvalue()


@pytest.mark.sphinx(
    "html",
    testroot="machine-summit",
    srcdir="machine-summit-baseurl",
    confoverrides={"html_baseurl": "https://example.org/checks/"},
)
def test_urls_are_absolute_under_html_baseurl(app) -> None:
    app.build()
    html = (Path(app.outdir) / "claims.html").read_text(encoding="utf-8")
    assert (
        claim_reviews(html)["summit-length"]["url"]
        == "https://example.org/checks/claims.html#claim-summit-length"
    )
    launches = (Path(app.outdir) / "more" / "launches.html").read_text(encoding="utf-8")
    assert (
        claim_reviews(launches)["missiles"]["url"]
        == "https://example.org/checks/more/launches.html#claim-missiles"
    )


@pytest.mark.sphinx(
    "dirhtml",
    testroot="machine-summit",
    srcdir="machine-summit-dirhtml",
    confoverrides={"html_baseurl": "https://example.org/checks"},
)
def test_dirhtml_urls_point_at_the_directory_page(app) -> None:
    app.build()
    html = (Path(app.outdir) / "claims" / "index.html").read_text(encoding="utf-8")
    assert (
        claim_reviews(html)["summit-day"]["url"]
        == "https://example.org/checks/claims/#claim-summit-day"
    )


@pytest.mark.sphinx(
    "html",
    testroot="machine-summit",
    srcdir="machine-summit-publisher",
    confoverrides={"factcheck_publisher": {"name": "Other Desk"}, "today": "2024-02-29"},
)
def test_publisher_and_today_come_from_the_config(app) -> None:
    app.build()
    reviews = claim_reviews((Path(app.outdir) / "claims.html").read_text(encoding="utf-8"))
    assert {r["author"]["name"] for r in reviews.values()} == {"Other Desk"}
    assert "url" not in reviews["summit-day"]["author"]
    assert reviews["summit-day"]["datePublished"] == "2024-02-29"


@pytest.mark.sphinx(
    "html",
    testroot="machine-summit",
    srcdir="machine-summit-nopublisher",
    confoverrides={"factcheck_publisher": None},
)
def test_without_a_publisher_there_is_no_author(app) -> None:
    app.build()
    reviews = claim_reviews((Path(app.outdir) / "claims.html").read_text(encoding="utf-8"))
    assert len(reviews) == 3
    assert not any("author" in review for review in reviews.values())


@pytest.mark.sphinx(
    "html",
    testroot="machine-summit",
    srcdir="machine-summit-off",
    confoverrides={"factcheck_claimreview": False},
)
def test_the_switch_turns_claimreview_off(app) -> None:
    app.build()
    html = (Path(app.outdir) / "claims.html").read_text(encoding="utf-8")
    assert "application/ld+json" not in html
    assert 'id="claim-summit-length"' in html
    assert "claimReviewed" not in app.status.getvalue()


def test_the_build_date_is_today_or_source_date_epoch(monkeypatch) -> None:
    from types import SimpleNamespace

    assert build_date(SimpleNamespace(today="2024-02-29")) == "2024-02-29"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1694649600")  # 2023-09-14 00:00 UTC
    assert build_date(SimpleNamespace(today="")) == "2023-09-14"
    assert build_date(SimpleNamespace(today="September 14, 2023")) == "2023-09-14"
    # a today written the way Sphinx prints it, or in the project's today_fmt
    assert build_date(SimpleNamespace(today="Sep 13, 2023", today_fmt=None)) == "2023-09-13"
    assert (
        build_date(SimpleNamespace(today="13 September 2023", today_fmt="%d %B %Y")) == "2023-09-13"
    )
    assert build_date(SimpleNamespace(today="someday", today_fmt=None)) == "2023-09-14"
