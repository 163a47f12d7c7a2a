"""claim-import: another project's claims, filtered, prefixed, linked back to their origin."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from sphinx_factcheck.core.schema import export_problems

from .conftest import ROOTS, read_json, warnings_of
from .machine_support import built_summit, claim_reviews

__all__ = ["built_summit"]


@pytest.fixture
def importer(built_summit, make_app, tmp_path):
    """The importer project, with the summit's real factcheck.json beside its index."""
    srcdir = tmp_path / "importer"
    shutil.copytree(ROOTS / "test-machine-import", srcdir)
    shutil.copy(built_summit / "factcheck.json", srcdir / "summit.json")
    app = make_app("html", srcdir=srcdir)
    app.build()
    return app


def card_ids(html: str) -> list[str]:
    return re.findall(r'class="[^"]*fc-imported[^"]*" id="claim-([^"]+)"', html)


def test_filters_select_claims_and_prefixes_keep_ids_apart(importer) -> None:
    html = (Path(importer.outdir) / "index.html").read_text(encoding="utf-8")
    assert card_ids(html) == [
        # :verdict: true, unproven (default prefix: the project name's slug)
        "summit-checks-summit-day",
        "summit-checks-summit-length",
        # :verdict: true, false, mostly-true AND :tags: summit, missiles
        "rated-missiles",
        "rated-summit-length",
        # :document: more/*
        "docs-missiles",
        # :sources: kremlin-transcript AND :claimant: associated press
        "kremlin-summit-length",
        # :status: in-progress
        "pending-pyongyang-visit",
    ]


def test_only_a_bad_filter_value_is_reported(importer) -> None:
    warnings = warnings_of(importer)
    assert len(warnings) == 1
    assert "index.md:38" in warnings[0]
    assert "[factcheck.unknown_verdict]" in warnings[0]
    assert "'bogus'" in warnings[0]
    assert "true, mostly-true, mixed" in warnings[0]


def test_imported_claims_are_claims_of_this_project(importer) -> None:
    export = read_json(importer)
    assert export_problems(export) == []
    claims = {claim["id"]: claim for claim in export["claims"]}
    imported = claims["summit-checks:summit-length"]
    assert imported["statement"] == "The summit meeting lasted more than four hours."
    assert imported["verdict"] == "true"
    assert imported["origin"] == {
        "project": "Summit checks",
        "id": "summit-length",
        "file": "summit.json",
        "url": None,
    }
    assert imported["sources"] == ["summit-checks:ap-original", "summit-checks:kremlin-transcript"]
    assert (
        claims["pending:pyongyang-visit"]["origin"]["url"]
        == "https://example.org/summit/claims.html#claim-pyongyang-visit"
    )
    assert claims["local-claim"]["origin"] is None
    # the local source of the same id is cited by the local claim only
    assert [(s["id"], s["cited_by"]) for s in export["sources"]] == [
        ("ap-original", ["local-claim"])
    ]
    assert export["summary"]["by_verdict"]["true"] == 3


def test_roles_link_to_imported_claims_with_their_verdict(importer) -> None:
    html = (Path(importer.outdir) / "reviews.html").read_text(encoding="utf-8")
    assert 'href="index.html#claim-summit-checks-summit-length"' in html
    assert 'href="index.html#claim-rated-missiles"' in html
    assert "fc-verdict-mostly-true" in html


def test_cards_are_marked_and_link_back_to_their_origin(importer) -> None:
    html = (Path(importer.outdir) / "index.html").read_text(encoding="utf-8")
    card = html[html.index('id="claim-pending-pyongyang-visit"') :]
    card = card[: card.index("</dl>")]
    assert ">imported</span>" in card
    assert (
        '<a class="fc-external reference external" '
        'href="https://example.org/summit/claims.html#claim-pyongyang-visit">'
        "Summit checks (pyongyang-visit)</a>"
    ) in card
    length = html[html.index('id="claim-summit-checks-summit-length"') :]
    length = length[: length.index('id="claim-rated-missiles"')]
    assert "The meeting, which lasted more than four hours" in length  # the quote
    assert "own account agrees." in length  # the reasoning
    # sources are titled from the other project's export, linked to their own urls
    assert (
        '<a class="fc-external reference external" '
        'href="http://en.kremlin.ru/events/president/news/72259">'
        "Russian-North Korean talks</a>" in length
    )
    # the related claim was imported by the same directive: a local link
    assert 'href="#claim-summit-checks-summit-day"' in length
    # imported claims carry no ClaimReview here: it belongs to the project that checked them
    assert claim_reviews(html) == {}


def test_editing_the_imported_file_updates_the_page(built_summit, make_app, tmp_path) -> None:
    srcdir = tmp_path / "importer"
    shutil.copytree(ROOTS / "test-machine-import", srcdir)
    export = json.loads((built_summit / "factcheck.json").read_text(encoding="utf-8"))
    (srcdir / "summit.json").write_text(json.dumps(export), encoding="utf-8")
    first = make_app("html", srcdir=srcdir)
    first.build()
    first.cleanup()

    for claim in export["claims"]:
        if claim["id"] == "summit-day":
            claim["statement"] = "The summit took place on a Thursday."
    (srcdir / "summit.json").write_text(json.dumps(export), encoding="utf-8")
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert "index" in app.env.all_docs
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert "The summit took place on a Thursday." in html
    assert "The summit took place on a Wednesday." not in html


@pytest.mark.sphinx("html", testroot="machine-import-broken", freshenv=True)
def test_a_bad_or_missing_file_is_reported_and_the_page_kept(app) -> None:
    app.build()
    warnings = warnings_of(app)
    assert len(warnings) == 4
    assert all("[factcheck.import_failed]" in w for w in warnings)
    missing, not_json, invalid, no_argument = warnings
    assert "index.md:5:" in missing
    assert "'missing.json'" in missing
    assert "no such file" in missing
    assert "index.md:8:" in not_json
    assert "notjson.json is not JSON" in not_json
    assert "index.md:11:" in invalid
    assert "invalid.json is not a valid factcheck.json" in invalid
    assert "claims/0: lacks verdict, status, quote" in invalid
    assert "claims/0/statement: 3 is not of type 'string'" in invalid
    assert "index.md:14:" in no_argument
    assert "give the path of another project's factcheck.json" in no_argument
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    for kept in ("Text before the imports.", 'id="claim-local-claim"', "Text after the imports."):
        assert kept in html
    assert [claim["id"] for claim in read_json(app)["claims"]] == ["local-claim"]


@pytest.mark.sphinx(
    "html", testroot="machine-import-broken", srcdir="machine-import-nofile", freshenv=True
)
def test_a_missing_file_is_picked_up_once_it_appears(app, built_summit) -> None:
    app.build()
    shutil.copy(built_summit / "factcheck.json", Path(app.srcdir) / "missing.json")
    app.build()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert 'id="claim-summit-checks-summit-length"' in html


def test_claims_imported_elsewhere_are_not_imported_again(importer, make_app, tmp_path) -> None:
    srcdir = tmp_path / "third"
    srcdir.mkdir()
    shutil.copy(Path(importer.outdir) / "factcheck.json", srcdir / "importer.json")
    importer.cleanup()  # one live app at a time: each registers its nodes with docutils
    (srcdir / "conf.py").write_text('extensions = ["sphinx_factcheck"]\n', encoding="utf-8")
    (srcdir / "index.rst").write_text(
        "Third\n=====\n\n.. claim-import:: importer.json\n", encoding="utf-8"
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert warnings_of(app) == []
    assert [claim["id"] for claim in read_json(app)["claims"]] == ["importer:local-claim"]


def test_a_verdict_missing_from_the_local_scale_is_reported(
    built_summit, make_app, tmp_path
) -> None:
    export = json.loads((built_summit / "factcheck.json").read_text(encoding="utf-8"))
    export["scale"].append(
        {
            "key": "pants-on-fire",
            "label": "Pants on fire",
            "colour": "danger",
            "description": "",
            "rating": 0,
        }
    )
    for claim in export["claims"]:
        if claim["id"] == "hostile":
            claim["verdict"] = "pants-on-fire"
    srcdir = tmp_path / "scales"
    srcdir.mkdir()
    (srcdir / "summit.json").write_text(json.dumps(export), encoding="utf-8")
    (srcdir / "conf.py").write_text('extensions = ["sphinx_factcheck"]\n', encoding="utf-8")
    (srcdir / "index.rst").write_text(
        "Scales\n======\n\n.. claim-import:: summit.json\n   :tags: quotes\n", encoding="utf-8"
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    warnings = warnings_of(app)
    assert len(warnings) == 1
    assert "index.rst:4" in warnings[0]
    assert "'pants-on-fire'" in warnings[0]
    assert "[factcheck.unknown_verdict]" in warnings[0]
    (claim,) = read_json(app)["claims"]
    assert (claim["id"], claim["verdict"]) == ("summit-checks:hostile", None)
    assert claim["rejected"] == ["verdict=pants-on-fire"]
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert "fc-verdict-foreign" in html
    assert ">Pants on fire</span>" in html
    assert "&lt;script&gt;alert(1)" in html
    assert "<script>alert" not in html


def test_imported_cards_keep_the_text_as_written(built_summit, make_app, tmp_path) -> None:
    """The imported card is the claim card: no smart quotes, back-links, fields in order."""
    export = json.loads((built_summit / "factcheck.json").read_text(encoding="utf-8"))
    [length] = [claim for claim in export["claims"] if claim["id"] == "summit-length"]
    length["statement"] = 'Kim said "full support" -- twice... to Putin\'s aides'
    length["claimant"] = 'The "AP" -- wire'
    length["reasoning"] = 'The Kremlin said "over four hours" -- so did AP...'
    srcdir = tmp_path / "verbatim"
    srcdir.mkdir()
    (srcdir / "summit.json").write_text(json.dumps(export), encoding="utf-8")
    (srcdir / "conf.py").write_text('extensions = ["sphinx_factcheck"]\n', encoding="utf-8")
    (srcdir / "index.rst").write_text(
        "Verbatim\n========\n\n.. claim-import:: summit.json\n   :prefix: s:\n"
        "   :verdict: true\n   :tags: duration\n\nSee :claim:`s:summit-length`.\n",
        encoding="utf-8",
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert warnings_of(app) == []
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    card = html[html.index('id="claim-s-summit-length"') :]
    card = card[: card.index("<p>See ")]
    assert "Kim said &quot;full support&quot; -- twice... to Putin's aides" in card
    assert "The &quot;AP&quot; -- wire" in card
    assert "The Kremlin said &quot;over four hours&quot; -- so did AP..." in card
    assert "\u201c" not in card and "\u2013" not in card and "\u2026" not in card
    fields = re.findall(r"<dt[^>]*>(.*?)<span", card)
    assert fields[:3] == ["ID", "Imported from", "Status"]
    assert 'class="sd-card-footer fc-backlinks' in card  # mentioned on this page


def test_filters_are_parsed_as_report_filters_are(built_summit, make_app, tmp_path) -> None:
    """A leading / on :document: is dropped and bad values warn, as in claim-table."""
    srcdir = tmp_path / "filters"
    srcdir.mkdir()
    shutil.copy(built_summit / "factcheck.json", srcdir / "summit.json")
    (srcdir / "conf.py").write_text('extensions = ["sphinx_factcheck"]\n', encoding="utf-8")
    (srcdir / "index.rst").write_text(
        "Filters\n=======\n\n.. claim-import:: summit.json\n   :prefix: slash:\n"
        "   :document: /more/*\n\n.. claim-import:: summit.json\n   :prefix: plain:\n"
        "   :document: more/*\n\n.. claim-import:: summit.json\n   :prefix: odd:\n"
        "   :status: finished\n",
        encoding="utf-8",
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    [warning] = warnings_of(app)
    assert "index.rst:12" in warning
    assert "[factcheck.unknown_status]" in warning
    assert (
        "claim-import: unknown status 'finished' in :status:; use one of the imported "
        "project's statuses: unchecked, in-progress, review, done"
    ) in warning
    ids = [claim["id"] for claim in read_json(app)["claims"]]
    slash = sorted(i.removeprefix("slash:") for i in ids if i.startswith("slash:"))
    plain = sorted(i.removeprefix("plain:") for i in ids if i.startswith("plain:"))
    assert slash == plain == ["missiles"]


def test_origin_links_follow_the_other_projects_layout(make_app, tmp_path) -> None:
    """An export written by dirhtml carries dirhtml links; claim-import follows them."""
    summit = make_app(
        "dirhtml", srcdir=ROOTS / "test-machine-summit", builddir=tmp_path / "summit-build"
    )
    summit.build()
    summit_export = read_json(summit)
    assert {c["id"]: c["href"] for c in summit_export["claims"]}[
        "pyongyang-visit"
    ] == "claims/#claim-pyongyang-visit"
    assert export_problems(summit_export) == []
    summit.cleanup()
    srcdir = tmp_path / "importer"
    shutil.copytree(ROOTS / "test-machine-import", srcdir)
    shutil.copy(Path(summit.outdir) / "factcheck.json", srcdir / "summit.json")
    app = make_app("html", srcdir=srcdir)
    app.build()
    claims = {claim["id"]: claim for claim in read_json(app)["claims"]}
    assert (
        claims["pending:pyongyang-visit"]["origin"]["url"]
        == "https://example.org/summit/claims/#claim-pyongyang-visit"
    )
