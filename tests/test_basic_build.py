"""A well-formed project builds clean and exports its claims."""

from __future__ import annotations

import re

import pytest

from .conftest import read_json, warnings_of


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_clean_build_has_no_warnings_and_exports_claims(app) -> None:
    app.build()
    assert warnings_of(app) == []
    export = read_json(app)
    assert [claim["id"] for claim in export["claims"]] == ["summit-day", "summit-length"]
    assert export["sources"][0]["cited_by"] == ["summit-length", "summit-day"]


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_roles_link_with_badges_and_keep_explicit_titles(app) -> None:
    app.build()
    html = (app.outdir / "claims.html").read_text(encoding="utf-8")
    # {claim}`the length <summit-length>`: the badge, then the author's words.
    assert re.search(
        r'<a class="reference internal" href="#claim-summit-length"[^>]*>'
        r'<span class="fc-claim-ref"><abbr [^>]*fc-verdict-true[^>]*>True</abbr> '
        r'<span class="xref fc fc-claim">the length</span></span></a>',
        html,
    )
    # {claim}`summit-day`: the badge, then the statement; the desk sees the verdict of a
    # claim still in review marked as not yet published.
    assert re.search(
        r'href="#claim-summit-day"[^>]*><span class="fc-claim-ref"><abbr [^>]*'
        r"fc-unpublished[^>]*>Mostly true \(unpublished\)</abbr> "
        r"<span>The summit took place on a Wednesday.</span>",
        html,
    )
    # {source}`ap-original` shows the title; {verdict}`false` is a bare badge.
    assert re.search(
        r'href="sources.html#source-ap-original"[^>]*><span class="fc-source-title">'
        r"North Korea's Kim pledges",
        html,
    )
    assert re.search(r'<abbr class="[^"]*fc-verdict-false"[^>]*>False</abbr>', html)
