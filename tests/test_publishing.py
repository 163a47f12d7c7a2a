"""The publishing model: the publication gate, two audiences, rulings, evidence, corrections."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import warnings_of
from .machine_support import claim_reviews

ROOT = "publishing"


def _card(html: str, claim_id: str) -> str:
    start = html.index(f'id="claim-{claim_id}"')
    end = html.find('id="claim-', start + 10)
    return html[start : end if end != -1 else len(html)]


def _build(make_app, tmp_path: Path, rootdir: Path, audience: str):
    srcdir = tmp_path / audience
    import shutil

    shutil.copytree(rootdir / f"test-{ROOT}", srcdir)
    app = make_app("html", srcdir=srcdir, confoverrides={"factcheck_audience": audience})
    app.build()
    return app


@pytest.fixture
def both(make_app, tmp_path, rootdir):
    return {
        audience: _build(make_app, tmp_path, rootdir, audience) for audience in ("desk", "public")
    }


def test_an_unfinished_verdict_is_reported_where_it_is_declared(both) -> None:
    for app in both.values():
        # A second app in one process re-registers Sphinx's own nodes; those lines are noise.
        warnings = [w for w in warnings_of(app) if "is already registered" not in w]
        unpublished = [w for w in warnings if "verdict_unpublished" in w]
        assert len(unpublished) == 1
        assert "index.md:54:" in unpublished[0] and "'amur'" in unpublished[0]
        misplaced = [w for w in warnings if "factcheck.misplaced" in w]
        assert len(misplaced) == 1 and "other.md:7:" in misplaced[0]
        via = [w for w in warnings if "unknown_source" in w]
        assert len(via) == 1 and "other.md:12:" in via[0] and "'no-such-source'" in via[0]
        assert len([w for w in warnings if "unused_source" in w and "stray-copy" in w]) == 1
        assert len(warnings) == 4, warnings


def test_the_public_build_shows_being_checked_instead_of_an_unpublished_verdict(both) -> None:
    public = (both["public"].outdir / "index.html").read_text(encoding="utf-8")
    desk = (both["desk"].outdir / "index.html").read_text(encoding="utf-8")
    amur_public, amur_desk = _card(public, "amur"), _card(desk, "amur")
    assert "Being checked" in amur_public and "False" not in amur_public
    assert "False (unpublished)" in amur_desk
    # Roles, tables, the summary and highlights follow the same rule.
    role = r'href="#claim-amur"[^>]*><span class="fc-claim-ref"><[a-z]+ [^>]*>{}</[a-z]+>'
    assert re.search(role.format("Being checked"), public)
    assert re.search(role.format(r"False \(unpublished\)"), desk)
    assert "fc-hl-verdict-false" not in public and "fc-hl-verdict-false" in desk
    false_row = r'fc-verdict-false"[^>]*>False</abbr></p></td>\s*<td class="fc-col-count"><p>{}<'
    assert re.search(false_row.format(0), public) and re.search(false_row.format(1), desk)
    assert "2 being checked" in public


def test_the_public_build_hides_the_desk_internals(both) -> None:
    public = (both["public"].outdir / "index.html").read_text(encoding="utf-8")
    desk = (both["desk"].outdir / "index.html").read_text(encoding="utf-8")
    for internal in (
        "Ask the Moscow bureau",
        "Publish after the legal read",
        "sentences covered",
        ">ID<span",
        ">review<",
        "fc-checkworthy",
        "Cited by no claim yet",
    ):
        assert internal not in public, internal
    for internal in (
        "Ask the Moscow bureau",
        "Publish after the legal read",
        "sentences covered",
        ">ID<span",
        ">review<",
    ):
        assert internal in desk, internal


def test_the_card_leads_with_the_rating_and_the_ruling(both) -> None:
    html = (both["public"].outdir / "index.html").read_text(encoding="utf-8")
    card = _card(html, "talks-length")
    rating, ruling = card.index("fc-rating-label"), card.index("fc-ruling")
    statement, reasoning = card.index("fc-statement"), card.index("The reasoning of the check")
    assert rating < ruling < statement < reasoning
    assert ">Misleading</abbr>" in card
    assert "Updated 2023-09-25" in card and "previously rated True." in card
    assert card.index("Updated 2023-09-25") < statement
    assert 'Claimed by <span class="fc-claimant">Example Wire</span>' in card
    assert "Evidence as of 2023-09-20" in card
    assert "Checked by The desk on 2023-09-21" in card
    evidence = card[card.index("fc-evidence-list") :]
    assert "Contradicts the claim" in evidence
    assert "The talks ended after about two hours." in evidence
    assert 'href="#source-only-in-evidence"' in evidence and "paragraph 4" in evidence


def test_factcheck_json_keeps_everything_with_a_published_flag(both) -> None:
    desk = json.loads((both["desk"].outdir / "factcheck.json").read_text(encoding="utf-8"))
    public = json.loads((both["public"].outdir / "factcheck.json").read_text(encoding="utf-8"))
    for export in (desk, public):
        claims = {claim["id"]: claim for claim in export["claims"]}
        assert claims["amur"]["verdict"] == "false" and claims["amur"]["published"] is False
        assert claims["talks-length"]["published"] is True
        assert claims["talks-length"]["ruling"].startswith("The formal talks")
        assert claims["talks-length"]["evidence"][0]["stance"] == "contradicts"
        assert claims["talks-length"]["corrections"][0]["previous_verdict"] == "true"
        cited = {s["id"]: s["cited_by"] for s in export["sources"]}
        assert cited["only-in-evidence"] == ["talks-length"]
    desk_notes = {c["id"]: c["desk_note"] for c in desk["claims"]}
    assert desk_notes["talks-length"] == "Ask the Moscow bureau about the schedule."
    assert all(claim["desk_note"] is None for claim in public["claims"])


def test_claimreview_only_for_published_verdicts_with_ruling_correction_and_evidence(both) -> None:
    for app in both.values():
        reviews = claim_reviews((app.outdir / "index.html").read_text(encoding="utf-8"))
        assert list(reviews) == ["talks-length"]
        review = reviews["talks-length"]
        assert review["reviewRating"]["ratingExplanation"].startswith("The formal talks")
        assert review["dateModified"] == "2023-09-25"
        assert review["citation"] == [
            {"@type": "CreativeWork", "url": "https://example.org/evidence"}
        ]
        feed = json.loads((app.outdir / "claimreview-feed.json").read_text(encoding="utf-8"))
        assert feed["@type"] == "DataFeed"
        assert feed["dataFeedElement"] == [review]


def test_findings_give_the_bottom_line_worst_first(both) -> None:
    public = (both["public"].outdir / "index.html").read_text(encoding="utf-8")
    desk = (both["desk"].outdir / "index.html").read_text(encoding="utf-8")
    findings = public[public.index("fc-findings") : public.index("fc-corrections-log")]
    assert "1 claim checked: 1 misleading; 2 being checked." in findings
    assert "The talks lasted more than four hours." in findings
    assert "The formal talks took about two hours" in findings
    assert "Amur" not in findings  # not published: not in the public bottom line
    desk_findings = desk[desk.index("fc-findings") : desk.index("fc-corrections-log")]
    # The desk sees the pending false verdict first, worst first.
    assert desk_findings.index("Amur region") < desk_findings.index("four hours")
    assert "2 claims checked: 1 misleading and 1 false; 1 no verdict." in desk_findings


def test_the_corrections_log_lists_every_correction_newest_first(both) -> None:
    html = (both["public"].outdir / "index.html").read_text(encoding="utf-8")
    log = html[html.index("fc-corrections-log") :]
    assert "2023-09-25" in log and "previously True; now" in log
    assert "The first check counted the tour and the meal as talks." in log


def test_severity_sorts_the_worst_rating_first(both) -> None:
    html = (both["desk"].outdir / "index.html").read_text(encoding="utf-8")
    table = html[html.rindex("Worst first") :]
    assert table.index("Amur region") < table.index("four hours") < table.index("by train")


def test_a_republished_source_names_its_original(both) -> None:
    html = (both["public"].outdir / "index.html").read_text(encoding="utf-8")
    mirror = html[html.index('id="source-mirror"') : html.index('id="source-reprint"')]
    assert "Via" in mirror and 'href="#source-kremlin"' in mirror
    reprint = html[html.index('id="source-reprint"') : html.index('id="source-only-in-evidence"')]
    assert 'href="https://original.example.org/talks"' in reprint
    assert "5 sources: 2 original, 3 republished (via another)." in html
    export = json.loads((both["public"].outdir / "factcheck.json").read_text(encoding="utf-8"))
    vias = {source["id"]: source["via"] for source in export["sources"]}
    assert vias["mirror"] == "kremlin" and vias["kremlin"] is None


def test_screen_reader_text_in_the_public_article_names_no_ids(both) -> None:
    public = (both["public"].outdir / "index.html").read_text(encoding="utf-8")
    desk = (both["desk"].outdir / "index.html").read_text(encoding="utf-8")
    assert "(claim: Misleading)" in public and "claim talks-length" not in public
    assert "(claim talks-length: Misleading)" in desk
