"""``verdict-summary``, ``source-list``, back-links on cards, and the domain indices."""

from __future__ import annotations

import pytest

from .html_reports import Element, caption, headers, links, page, rows, tables_of

pytestmark = pytest.mark.sphinx("html", testroot="reports")


def test_verdict_summary_counts_and_chart(app) -> None:
    app.build()
    report = page(app, "summary").by_id("summary-all")
    assert report.find("p", "fc-report-caption").text() == "All claims"  # type: ignore[union-attr]
    totals = report.find("p", "fc-summary-totals")
    assert totals is not None
    assert totals.text() == "6 claims, 5 checked (with a verdict), 1 without a verdict."
    verdicts, statuses = tables_of(report)
    assert caption(verdicts) == "Claims by verdict"
    assert headers(verdicts) == ["Verdict", "Claims", "Share"]
    assert rows(verdicts) == [
        ["True", "1", "17%"],
        ["Mostly true", "1", "17%"],
        ["Mixed", "0", "0%"],
        ["Misleading", "1", "17%"],
        ["False", "1", "17%"],
        ["Unproven", "1", "17%"],
        ["Opinion", "0", "0%"],
        ["No verdict", "1", "17%"],
    ]
    assert caption(statuses) == "Claims by status"
    assert rows(statuses) == [
        ["unchecked", "0", "0%"],
        ["in-progress", "1", "17%"],
        ["review", "1", "17%"],
        ["done", "4", "67%"],
    ]
    # Bars: decorative (hidden from screen readers), as wide as the share, verdict colour.
    bars = list(report.iter("span", "fc-bar"))
    assert len(bars) == 12
    assert bars[0].attrs["style"] == "width: 16.7%"
    assert "sd-bg-success" in bars[0].classes
    tracks = list(report.iter("span", "fc-bar-track"))
    assert all(track.attrs.get("aria-hidden") == "true" for track in tracks)


def test_verdict_summary_filters(app) -> None:
    app.build()
    summary = page(app, "summary")
    missiles = summary.by_id("summary-missiles")
    assert missiles.find("p", "fc-summary-totals").text() == (  # type: ignore[union-attr]
        "2 claims, 2 checked (with a verdict), 0 without a verdict."
    )
    verdict_rows = rows(tables_of(missiles)[0])
    assert ["Misleading", "1", "50%"] in verdict_rows
    assert ["False", "1", "50%"] in verdict_rows
    assert all(row[0] != "No verdict" for row in verdict_rows)
    empty = summary.by_id("summary-empty")
    assert tables_of(empty) == []
    assert "No claims match these filters (verdict: false; claimant: Associated Press)." in (
        empty.text()
    )


def _entries(report: Element) -> list[str]:
    return [
        term.find("code").text()
        for term in report.iter("dt")  # type: ignore[union-attr]
        if term.find("code") is not None
        and "field-odd" not in term.classes
        and "field-even" not in term.classes
    ]


def test_source_list_shows_fields_and_citing_claims(app) -> None:
    app.build()
    listing = page(app, "sourcelist")
    report = listing.by_id("sources-all")
    assert _entries(report) == ["ap-original", "kremlin", "yonhap"]
    first = report.find("dd")
    assert first is not None
    text = first.text()
    for expected in (
        "Publisher: Associated Press",
        "Published: 2023-09-13",
        "Kind: news",
        "URL: https://apnews.com/article/example",
        "Notes: The original report.",
    ):
        assert expected in text
    cited = first.find("p", "fc-cited-by")
    assert cited is not None
    assert links(cited) == [
        ("Unproven Kim predicted a Russian victory.", "claims/quotes.html#claim-quote-victory"),
        (
            "True The summit meeting lasted more than four hours.",
            "claims/summit.html#claim-summit-length",
        ),
        (
            "Mostly true (unpublished) The summit took place on a Wednesday.",
            "claims/summit.html#claim-summit-day",
        ),
    ]
    title_links = links(report.find("dt"))  # type: ignore[arg-type]
    assert title_links == [
        ("Kim pledges full support to Moscow", "sources.html#source-ap-original")
    ]


def test_source_list_filters_sort_and_groups(app) -> None:
    app.build()
    listing = page(app, "sourcelist")
    assert _entries(listing.by_id("sources-news")) == ["yonhap", "ap-original"]
    assert _entries(listing.by_id("sources-publisher")) == ["kremlin", "yonhap"]
    assert _entries(listing.by_id("sources-ids")) == ["yonhap"]
    by_kind = listing.by_id("sources-by-kind")
    assert [h.text() for h in by_kind.iter("p", "fc-group-heading")] == [
        "news (2 sources)",
        "official (1 source)",
    ]
    assert _entries(by_kind) == ["ap-original", "yonhap", "kremlin"]
    # Claim filters list the sources that the selected claims cite.
    assert _entries(listing.by_id("sources-cited-by-false")) == ["yonhap"]
    assert _entries(listing.by_id("sources-cited-by-misleading-news")) == ["yonhap"]
    by_publisher = listing.by_id("sources-by-publisher")
    assert [h.text() for h in by_publisher.iter("p", "fc-group-heading")] == [
        "Associated Press (1 source)",
        "Kremlin (1 source)",
        "Yonhap (1 source)",
    ]


def test_claim_cards_show_what_points_at_them(app) -> None:
    app.build()
    summit = page(app, "claims/summit").by_id("claim-summit-length")
    footer = summit.find("div", "fc-backlinks")
    assert footer is not None and "sd-card-footer" in footer.classes
    related = footer.find("p", "fc-backlinks-related")
    assert related is not None
    assert links(related) == [
        ("Misleading The launches broke no sanctions.", "missiles.html#claim-missile-sanctions")
    ]
    mentioned = footer.find("p", "fc-backlinks-mentioned")
    assert mentioned is not None
    # Twice from the mentions page, once as the related claim of a missile claim:
    # the page is named once, the related list is not counted as a mention.
    # The link goes to the first mention on that page, where an anchor stands.
    assert links(mentioned) == [("Mentions", "../mentions.html#fc-mention-1")]
    mentions_html = (app.outdir / "mentions.html").read_text(encoding="utf-8")
    first = mentions_html.index('id="fc-mention-1"')
    assert mentions_html.index("claims/summit.html#claim-summit-length") > first
    # A claim nothing points at shows no empty footer; a related claim links back.
    quotes = page(app, "claims/quotes").by_id("claim-quote-victory")
    assert quotes.find("p", "fc-backlinks-mentioned") is None
    day = page(app, "claims/summit").by_id("claim-summit-day")
    assert links(day.find("p", "fc-backlinks-related")) == [  # type: ignore[arg-type]
        ("True The summit meeting lasted more than four hours.", "#claim-summit-length")
    ]


def test_source_cards_show_the_claims_citing_them(app) -> None:
    app.build()
    card = page(app, "sources").by_id("source-yonhap")
    cited = card.find("p", "fc-cited-by")
    assert cited is not None
    assert [text for text, _ in links(cited)] == [
        "False North Korea fired no missiles during the summit.",
        "Misleading The launches broke no sanctions.",
    ]


def test_domain_indices_list_claims_by_verdict_and_sources_by_publisher(app) -> None:
    app.build()
    claim_index = page(app, "fc-claimindex")
    groups = [cell.text() for cell in claim_index.iter("tr", "cap")]
    assert groups == ["True", "Mostly true", "Misleading", "False", "Unproven", "No verdict"]
    assert ("missile-launch", "claims/missiles.html#claim-missile-launch") in links(claim_index)
    source_index = page(app, "fc-sourceindex")
    assert [cell.text() for cell in source_index.iter("tr", "cap")] == [
        "Associated Press",
        "Kremlin",
        "Yonhap",
    ]
    index = page(app, "index")
    assert ("claim index", "fc-claimindex.html") in links(index)
    assert ("source index", "fc-sourceindex.html") in links(index)


def test_indices_skip_documents_not_asked_for(app) -> None:
    from sphinx_factcheck.rendering.domain_indices import ClaimIndex, SourceIndex
    from sphinx_factcheck.store.domain import get_domain

    app.build()
    domain = get_domain(app.env)
    content, collapse = ClaimIndex(domain).generate(["claims/quotes"])
    assert collapse is False
    assert [(label, [e.name for e in entries]) for label, entries in content] == [
        ("Unproven", ["quote-victory"])
    ]
    assert SourceIndex(domain).generate(["index"])[0] == []
