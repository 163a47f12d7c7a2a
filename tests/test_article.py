"""The annotated article: anchoring warnings, highlights, back-links, coverage, JSON."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from sphinx_factcheck.core.checkworthy import signals_of
from sphinx_factcheck.core.text import split_lines, split_sentences

from .conftest import ROOTS, read_json, warnings_of
from .html_reports import first_column
from .html_reports import parse as parse_html
from .machine_support import claim_reviews

WARNING = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+): WARNING: (?P<msg>.*) "
    r"\[factcheck\.(?P<subtype>\w+)\]$"
)


def located(app: Any, only_ours: bool = False) -> list[tuple[str, int, str, str]]:
    """(file name, line, subtype, message) of every warning; all must be located and typed.

    ``only_ours`` skips Sphinx's own notes about re-registering nodes, which a
    second app in the same process logs.
    """
    found = []
    for line in warnings_of(app):
        if only_ours and "[factcheck." not in line:
            continue
        match = WARNING.match(line)
        assert match, f"unlocated or untyped warning: {line}"
        found.append((Path(match["file"]).name, int(match["line"]), match["subtype"], match["msg"]))
    return found


def page(app: Any, name: str) -> str:
    return (Path(app.outdir) / name).read_text(encoding="utf-8")


class Links(HTMLParser):
    """Every <a>: its attributes, its text, and whether it sits inside another <a>."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[dict[str, Any]] = []
        self.links: list[dict[str, Any]] = []
        self.nested = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            if self.open:
                self.nested += 1
            link = {**dict(attrs), "text": "", "class": dict(attrs).get("class") or ""}
            self.open.append(link)
            self.links.append(link)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for link in self.open:
            link["text"] += data


def links_of(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    return parser


def highlights(html: str) -> list[dict[str, Any]]:
    return [link for link in links_of(html).links if "fc-highlight" in link["class"]]


# -- anchoring warnings ---------------------------------------------------------


@pytest.mark.sphinx("html", testroot="article-anchoring", freshenv=True)
def test_each_anchoring_problem_is_one_located_typed_warning(app) -> None:
    app.build()
    found = {(name, line, subtype): message for name, line, subtype, message in located(app)}
    assert sorted(found) == [
        ("claims.md", 33, "quote_fuzzy"),
        ("claims.md", 39, "quote_not_found"),
        ("claims.md", 45, "quote_ambiguous"),
        ("claims.md", 58, "bad_option"),
        ("claims.md", 64, "bad_option"),
        ("claims.md", 64, "quote_ambiguous"),
        ("claims.md", 70, "unknown_article"),
    ]
    fuzzy = found["claims.md", 33, "quote_fuzzy"]
    assert (
        "quote 'Analysts say North Korea has ten of millions of old shell' found only "
        "approximately in article 'summit' (score 98.2)" in fuzzy
    )
    assert (
        "the article has 'Analysts say North Korea has tens of millions of old shells' "
        "at line 13 column 1" in fuzzy
    )
    missing = found["claims.md", 39, "quote_not_found"]
    assert (
        "quote 'The moon is made of green cheese entirely' not found in article 'summit' "
        "(threshold 80); the closest passage (score " in missing
    )
    assert "Copy the quote verbatim" in missing
    ambiguous = found["claims.md", 45, "quote_ambiguous"]
    assert "occurs 2 times in article 'summit' (at line 8 column 1; line 8 column 22)" in (
        ambiguous
    )
    assert "Add :occurrence: N (1 to 2) to pick one" in ambiguous
    assert (
        ":occurrence: 3 but the quote occurs once in article 'summit'; drop :occurrence:"
        in found["claims.md", 58, "bad_option"]
    )
    assert ":occurrence: 'two' is not a whole number from 1" in found["claims.md", 64, "bad_option"]
    assert (
        ":article: 'no-such-article' names no article; known articles: summit"
        in found["claims.md", 70, "unknown_article"]
    )


@pytest.mark.sphinx("html", testroot="article-several", freshenv=True)
def test_several_articles_anchor_by_option_then_own_document(app) -> None:
    app.build()
    assert [(name, line, subtype) for name, line, subtype, _ in located(app)] == [
        ("claims.md", 10, "unknown_article")
    ]
    anchors = {claim["id"]: claim["anchor"] for claim in read_json(app)["claims"]}
    assert anchors["own-document"]["article"] == "first"
    assert anchors["named-article"]["article"] == "second"
    assert anchors["which-article"] is None
    assert [h["href"] for h in highlights(page(app, "second.html"))] == [
        "claims.html#claim-named-article"
    ]


@pytest.mark.sphinx("html", testroot="article-missing", freshenv=True)
def test_a_missing_article_file_is_one_warning_with_the_path_tried(app) -> None:
    app.build()
    [(name, line, subtype, message)] = located(app)
    assert (name, line, subtype) == ("index.md", 3, "article_missing")
    assert "cannot read 'texts/missing.txt': tried " in message
    assert f"tried {Path(app.srcdir, 'texts', 'missing.txt')} (No such file" in message
    assert "relative to this document's folder" in message


@pytest.mark.sphinx("html", testroot="article-none", freshenv=True)
def test_a_quote_without_any_article_is_unknown_article(app) -> None:
    app.build()
    [(name, line, subtype, message)] = located(app)
    assert (name, line, subtype) == ("index.md", 3, "unknown_article")
    assert "claim 'homeless' has a :quote: but the project has no article" in message


# -- the rendered article ------------------------------------------------------------


@pytest.mark.sphinx("html", testroot="article-anchoring", freshenv=True)
def test_overlapping_and_nested_quotes_show_every_claim_and_links_never_nest(app) -> None:
    app.build()
    html = page(app, "article.html")
    links = links_of(html)
    assert links.nested == 0
    by_text = {h["text"].split(" (claim")[0]: h for h in highlights(html)}
    # "The meeting, which lasted more than four hours" (long-meeting) holds
    # "more than four hours" (four-hours) and overlaps "four hours at ... spaceport".
    assert by_text["The meeting, which lasted "]["href"] == "claims.html#claim-long-meeting"
    shared = by_text["four hours"]
    assert shared["href"] == "claims.html#claim-four-hours"  # the shortest quote
    assert "fc-overlap" in shared["class"]
    for label in (
        "True: The meeting lasted more than four hours.",
        "False: It lasted more than four hours.",
        "Misleading: Four hours at the spaceport.",
    ):
        assert label in shared["title"]
    # screen-reader text where quotes end, naming claim and verdict label
    assert "(claim long-meeting: True; claim four-hours: False)" in shared["text"]
    assert by_text[" at Russia’s Far East spaceport"]["href"] == ("claims.html#claim-at-spaceport")
    assert "fc-hl-danger" in shared["class"]
    assert "fc-also-success" in shared["class"]
    assert 'id="quote-long-meeting"' in html
    assert 'id="quote-four-hours"' in html
    assert 'id="quote-at-spaceport"' in html


@pytest.mark.sphinx("html", testroot="article-anchoring", freshenv=True)
def test_each_stage_is_highlighted_in_the_original_text(app) -> None:
    app.build()
    html = page(app, "article.html")
    texts = [h["text"] for h in highlights(html)]
    # normalised: the typographic quotes and case of the article are kept
    assert "Kim said “we stand with Russia” on Wednesday (claim kim-stands: True)" in texts
    # normalised across a line break
    assert "The summit\nended with a lunch (claim lunch: Mostly true)" in texts
    # fuzzy: the words the article has
    assert (
        "Analysts say North Korea has tens of millions of old shells (claim shells: Unproven)"
    ) in texts
    assert "moon" not in " ".join(texts)
    # ambiguity: the first by default, the second with :occurrence: 2
    first, second = (h for h in highlights(html) if h["text"].startswith("Putin promised"))
    assert first["href"] == "claims.html#claim-help-first"
    assert "help-word" in first["text"]  # :occurrence: two was refused: the first too
    assert second["href"] == "claims.html#claim-help-second"


@pytest.mark.sphinx("html", testroot="article-anchoring", freshenv=True)
def test_claim_cards_link_back_to_their_place_in_the_article(app) -> None:
    app.build()
    claims = links_of(page(app, "claims.html")).links
    back = {link["href"] for link in claims if link["text"] == "Show in article"}
    assert "article.html#quote-long-meeting" in back
    assert "article.html#quote-help-second" in back
    assert not any("quote-cheese" in href for href in back)  # not found: no link
    html = page(app, "claims.html")
    assert "(Kim and Putin meet, line 13, approximate match, score 98.2)" in html
    assert len(back) == 10


@pytest.mark.sphinx("html", testroot="article-anchoring", freshenv=True)
def test_boilerplate_is_dimmed_with_its_reason_and_coverage_is_shown(app) -> None:
    app.build()
    html = page(app, "article.html")
    for reason, line in (
        ("weather header", "15.2 C"),
        ("advertising", "- Advertisement -"),
        ("comment form", "Please enter your comment!"),
    ):
        assert (
            '<span class="fc-boilerplate"><span class="fc-boilerplate-label fc-desk">'
            f"[{reason}]</span> {line}</span>"
        ) in html
    assert (
        "<strong>6 of 7 sentences covered (86%)</strong> by 10 anchored quotes; "
        "4 boilerplate lines dimmed." in html
    )
    assert (
        '<span class="fc-sentence fc-checkworthy" id="sentence-summit-7">Officials said '
        "the launch site cost 2 billion dollars.</span>"
    ) in html
    assert '<a class="reference internal" href="#sentence-summit-7">Sentence 7</a>' in html


@pytest.mark.sphinx("html", testroot="article-anchoring", freshenv=True)
def test_the_export_carries_selectors_and_coverage(app) -> None:
    app.build()
    export = read_json(app)
    text = (Path(app.srcdir) / "article.txt").read_text(encoding="utf-8")
    anchors = {claim["id"]: claim["anchor"] for claim in export["claims"]}
    assert anchors["cheese"] is None
    assert anchors["elsewhere"] is None
    assert {anchors[c]["match"] for c in ("long-meeting", "four-hours")} == {"exact"}
    assert anchors["kim-stands"]["match"] == "normalised"
    assert (anchors["shells"]["match"], anchors["shells"]["score"]) == ("fuzzy", 98.2)
    assert (anchors["help-second"]["occurrence"], anchors["help-second"]["occurrences"]) == (2, 2)
    for anchor in filter(None, anchors.values()):
        quote, position = anchor["selectors"]
        assert quote["type"] == "TextQuoteSelector"
        assert position["type"] == "TextPositionSelector"
        start, end = position["start"], position["end"]
        assert text[start:end] == quote["exact"]
        assert text[max(0, start - 32) : start] == quote["prefix"]
        assert text[end : end + 32] == quote["suffix"]
    assert anchors["kim-stands"]["selectors"][0]["exact"] == (
        "Kim said “we stand with Russia” on Wednesday"
    )
    [article] = export["articles"]
    uncovered = "Officials said the launch site cost 2 billion dollars."
    signals, score = signals_of(uncovered)  # the ranking is checkworthy.py's business
    assert article["coverage"] == {
        "sentences": 7,
        "covered": 6,
        "boilerplate_lines": 4,
        "uncovered_checkworthy": [
            {
                "sentence": 7,
                "text": uncovered,
                "start": text.index(uncovered),
                "end": text.index(uncovered) + len(uncovered),
                "score": score,
                "signals": list(signals),
            }
        ],
    }
    assert "number" in signals
    assert len(article["sha256"]) == 64


@pytest.mark.sphinx("html", testroot="article-escaping", freshenv=True)
def test_article_text_and_quotes_are_escaped(app) -> None:
    app.build()
    assert warnings_of(app) == []
    html = page(app, "index.html")
    assert "<script>" not in html.split("</head>")[1].replace("<script>document", "")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "stay 'as written'." in html  # no smart quotes in the article text


# -- the real seed article --------------------------------------------------------------


@pytest.mark.sphinx("html", testroot="article-seed", freshenv=True)
def test_the_seed_article_is_dimmed_and_counted(app) -> None:
    app.build()
    assert warnings_of(app) == []
    text = (Path(app.srcdir) / "article.txt").read_text(encoding="utf-8")
    boilerplate = [line for line in split_lines(text) if line.boilerplate]
    sentences = split_sentences(text)
    html = page(app, "index.html")
    for line in (
        "- Advertisement -",
        "- Advertisment -",
        "Please enter your comment!",
        "Most Popular",
        "15.2 C",
    ):
        assert re.search(
            r'<span class="fc-boilerplate"><span class="fc-boilerplate-label fc-desk">'
            rf"\[[a-z ]+\]</span> {re.escape(line)}</span>",
            html,
        ), line
    assert html.count('class="fc-boilerplate-label fc-desk"') == len(boilerplate) >= 10
    # the page date is quoted from a dimmed header line: still highlighted there
    assert re.search(
        r'<span class="fc-boilerplate-label fc-desk">\[date header\]</span> '
        r'<a class="fc-highlight[^"]*"[^>]*>Friday, September 29, 2023',
        html,
    )
    assert 40 <= len(sentences) <= 70
    assert (
        f"<strong>3 of {len(sentences)} sentences covered "
        f"({100 * 3 / len(sentences):.0f}%)</strong> by 4 anchored quotes; "
        f"{len(boilerplate)} boilerplate lines dimmed."
    ) in html
    coverage = read_json(app)["articles"][0]["coverage"]
    assert (coverage["sentences"], coverage["covered"]) == (len(sentences), 3)
    assert coverage["boilerplate_lines"] == len(boilerplate)
    uncovered = coverage["uncovered_checkworthy"]
    assert uncovered
    assert not any("four hours" in entry["text"] for entry in uncovered)
    for entry in uncovered:
        assert f'id="sentence-seed-{entry["sentence"]}"' in html


# -- every builder; incremental builds -----------------------------------------------------


@pytest.mark.parametrize("builder", ["text", "latex", "man", "texinfo", "singlehtml"])
def test_other_builders_build_the_annotated_article(
    make_app, sphinx_test_tempdir, builder: str
) -> None:
    srcdir = sphinx_test_tempdir / f"article-{builder}"
    if srcdir.exists():
        shutil.rmtree(srcdir)
    shutil.copytree(ROOTS / "test-article-anchoring", srcdir)
    app = make_app(builder, srcdir=srcdir, freshenv=True)
    app.build()
    assert app.statuscode == 0
    assert read_json(app)["articles"][0]["coverage"]["covered"] == 6
    if builder == "text":
        text = (Path(app.outdir) / "article.txt").read_text(encoding="utf-8")
        flat = " ".join(text.split())
        assert (
            "The meeting, which lasted more than four hours (claim long-meeting: True; "
            "claim four-hours: False) at Russia’s Far East spaceport (claim at-spaceport: "
            "Misleading), was long."
        ) in flat
        assert "[advertising] - Advertisement -" in flat
    if builder == "singlehtml":
        page = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
        highlights = re.findall(r'class="fc-highlight[^"]*"[^>]*href="([^"]+)"', page)
        assert highlights
        assert all(href.startswith("#claim-") for href in highlights), highlights


def test_editing_a_claim_or_the_article_refreshes_both_pages(make_app, sphinx_test_tempdir) -> None:
    srcdir = sphinx_test_tempdir / "article-incremental"
    if srcdir.exists():
        shutil.rmtree(srcdir)
    shutil.copytree(ROOTS / "test-article-anchoring", srcdir)
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()
    assert "The meeting, which lasted " in [
        h["text"].split(" (claim")[0] for h in highlights(page(app, "article.html"))
    ]

    claims = srcdir / "claims.md"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace(
            ":quote: The moon is made of green cheese entirely",
            ":quote: Officials said the launch site cost 2 billion dollars.",
        ),
        encoding="utf-8",
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    html = page(app, "article.html")
    assert "<strong>7 of 7 sentences covered (100%)</strong>" in html
    assert "article.html#quote-cheese" in page(app, "claims.html")

    article = srcdir / "article.txt"
    article.write_text(
        article.read_text(encoding="utf-8").replace(
            "Officials said the launch site cost 2 billion dollars.", "Nobody knows the price."
        ),
        encoding="utf-8",
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert "<strong>6 of 7 sentences covered (86%)</strong>" in page(app, "article.html")
    assert "article.html#quote-cheese" not in page(app, "claims.html")
    assert ("claims.md", 39, "quote_not_found") in [
        (name, line, subtype) for name, line, subtype, _ in located(app, only_ours=True)
    ]


@pytest.mark.sphinx("html", testroot="article-anchoring", freshenv=True)
def test_quotes_are_anchored_once_per_build_not_per_page(app, monkeypatch) -> None:
    import sphinx_factcheck.store.domain as domain_module

    calls: list[int] = []
    real = domain_module.annotate_project

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(domain_module, "annotate_project", counting)
    app.build()
    assert len(calls) == 1
    assert "fc-highlight" in page(app, "article.html")
    assert "Show in article" in page(app, "claims.html")


@pytest.mark.sphinx("html", testroot="article-two-in-one", freshenv=True)
def test_with_two_articles_in_a_document_only_a_named_article_claims_a_claim(app) -> None:
    """Reports and ClaimReview follow the anchoring: no guessing the first article."""
    app.build()
    assert [(name, line, subtype) for name, line, subtype, _ in located(app)] == [
        ("index.md", 25, "unknown_article")
    ]
    html = page(app, "index.html")
    report = parse_html(html).by_id("in-first")
    assert first_column(report) == ["named-first"]
    reviews = claim_reviews(html)
    assert reviews["named-first"]["itemReviewed"]["appearance"]["url"] == "https://apnews.com/one"
    assert "appearance" not in reviews["ambiguous-quote"]["itemReviewed"]
    assert "appearance" not in reviews["no-quote"]["itemReviewed"]
