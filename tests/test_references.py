"""What authors link to is tracked, ids keep distinct anchors, option links warn once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import read_json, warnings_of


def located(app) -> list[tuple[str, str, str]]:
    found = []
    for line in warnings_of(app):
        match = re.match(r"^.*/([^/:]+):(\d+): WARNING: .* \[factcheck\.(\w+)\]$", line)
        assert match, line
        found.append((match[1], match[2], match[3]))
    return found


@pytest.mark.sphinx("html", testroot="references", freshenv=True, confoverrides={"nitpicky": True})
def test_each_problem_once_even_when_nitpicky(app) -> None:
    app.build()
    assert sorted(located(app)) == sorted(
        [
            ("index.md", "11", "bad_option"),  # :id: on a source: the argument is the id
            ("index.md", "22", "duplicate_id"),  # 'summit' makes the anchor of 'Summit'
            ("index.md", "22", "unknown_source"),  # reported once, not again at the card's link
            ("index.md", "28", "bad_url"),  # a backslash would reach another host
        ]
    )
    messages = "\n".join(warnings_of(app))
    assert "make the same HTML anchor 'claim-summit'" in messages
    assert "backslashes are not allowed" in messages


@pytest.mark.sphinx("html", testroot="references", freshenv=True)
def test_any_links_cite_sources_and_mention_claims(app) -> None:
    app.build()
    subtypes = {subtype for _, _, subtype in located(app)}
    assert "unused_source" not in subtypes  # cited-by-any is cited through {any}
    export = read_json(app)
    assert {s["id"] for s in export["sources"]} == {"cited-by-any", "named-by-argument"}
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    card = html[html.index('id="claim-any-target"') :]
    assert "mentions.html" in card[: card.index("</section>")]
    assert 'href="/\\evil' not in html


@pytest.mark.sphinx("html", testroot="references", srcdir="references-any-incremental")
def test_a_page_with_only_any_links_is_refreshed_when_the_claim_changes(app) -> None:
    app.build()
    mentions = Path(app.outdir) / "mentions.html"
    assert "fc-verdict-true" in mentions.read_text(encoding="utf-8")
    index = Path(app.srcdir) / "index.md"
    index.write_text(
        index.read_text(encoding="utf-8").replace(
            ":id: any-target\n:verdict: true", ":id: any-target\n:verdict: false"
        ),
        encoding="utf-8",
    )
    app.build()
    assert "fc-verdict-false" in mentions.read_text(encoding="utf-8")
