"""Project annotation in the pure core: which article, problems, segments, coverage."""

from __future__ import annotations

from sphinx_factcheck.core.annotation import (
    SELECTOR_CONTEXT,
    QuoteAnchor,
    annotate_project,
    split_segments,
)
from sphinx_factcheck.core.model import ArticleRecord, ClaimRecord, Location

TEXT = (
    "- Advertisement -\n\n"
    "Kim met Putin on Wednesday. The meeting lasted more than four hours.\n\n"
    "Putin promised help. Putin promised help again.\n\n"
    "North Korea fired two ballistic missiles into the sea, officials said.\n"
)


def article(article_id: str = "a", docname: str = "article", text: str = TEXT) -> ArticleRecord:
    return ArticleRecord(article_id, Location(docname, 3), text)


def claim(
    claim_id: str, quote: str | None, docname: str = "claims", lineno: int = 1, **options: object
) -> ClaimRecord:
    return ClaimRecord(
        claim_id, f"statement {claim_id}", Location(docname, lineno), quote=quote, **options
    )  # type: ignore[arg-type]


def test_claims_anchor_to_their_article_option_then_own_document_then_the_only_one() -> None:
    first = article("first", "page-one", "Alpha beta gamma.")
    second = article("second", "page-two", "Alpha beta gamma.")
    result = annotate_project(
        [
            claim("explicit", "beta", docname="page-one", article="second"),
            claim("own-doc", "beta", docname="page-two"),
            claim("elsewhere", "beta", docname="claims", lineno=7),
        ],
        [first, second],
    )
    assert result.anchors["explicit"].article_id == "second"
    assert result.anchors["own-doc"].article_id == "second"
    assert "elsewhere" not in result.anchors
    [problem] = result.problems
    assert (problem.subtype, problem.record_id, problem.location) == (
        "unknown_article",
        "elsewhere",
        Location("claims", 7),
    )
    assert "the project has 2 articles (first, second); add :article:" in problem.message

    only = annotate_project([claim("c", "gamma")], [first])
    assert only.anchors["c"].article_id == "first"
    assert only.problems == []


def test_unknown_article_and_quote_without_any_article_are_reported() -> None:
    result = annotate_project([claim("named", "x", article="nope", lineno=4)], [article()])
    [problem] = result.problems
    assert problem.subtype == "unknown_article"
    assert problem.location == Location("claims", 4)
    assert ":article: 'nope' names no article; known articles: a" in problem.message

    lonely = annotate_project([claim("lonely", "anything")], [])
    [problem] = lonely.problems
    assert problem.subtype == "unknown_article"
    assert "has a :quote: but the project has no article" in problem.message
    # a claim without a quote and without :article: needs no article
    assert annotate_project([claim("plain", None)], []).problems == []


def test_every_claim_gets_its_article_decided_once_quote_or_not() -> None:
    """Reports and ClaimReview read ``article_of_claim``; nobody else picks an article."""
    own = article("own", "page")
    first = article("first", "two")
    second = article("second", "two")
    result = annotate_project(
        [
            claim("named", None, docname="two", article="second"),
            claim("unknown", None, docname="page", article="nope"),
            claim("own-doc", None, docname="page"),
            claim("quoted-own-doc", "Putin promised help again", docname="page"),
            claim("only-elsewhere", None, docname="claims"),
            claim("ambiguous-quoted", "Kim met Putin", docname="two", lineno=5),
            claim("ambiguous-plain", None, docname="two", lineno=9),
        ],
        [own, first, second],
    )
    assert result.article_of_claim == {
        "named": "second",
        "unknown": None,
        "own-doc": "own",
        "quoted-own-doc": "own",
        "only-elsewhere": None,
        "ambiguous-quoted": None,
        "ambiguous-plain": None,
    }
    # only the unknown id and the quote with two articles to choose from are problems
    assert [(p.subtype, p.record_id) for p in result.problems] == [
        ("unknown_article", "unknown"),
        ("unknown_article", "ambiguous-quoted"),
    ]
    alone = annotate_project([claim("plain", None, docname="claims")], [first])
    assert alone.article_of_claim == {"plain": "first"}


def test_each_stage_and_its_problem() -> None:
    result = annotate_project(
        [
            claim("exact", "The meeting lasted more than four hours", lineno=1),
            claim("normal", "kim met putin on\nwednesday", lineno=2),
            claim("fuzzy", "North Korea fired three ballistic missiles into the sea", lineno=3),
            claim("missing", "The moon is made of green cheese", lineno=4),
        ],
        [article()],
    )
    anchors = result.anchors
    assert (anchors["exact"].match, anchors["exact"].score) == ("exact", 100.0)
    assert anchors["normal"].match == "normalised"
    assert TEXT[anchors["normal"].start : anchors["normal"].end] == "Kim met Putin on Wednesday"
    assert anchors["fuzzy"].match == "fuzzy"
    assert TEXT[anchors["fuzzy"].start : anchors["fuzzy"].end] == (
        "North Korea fired two ballistic missiles into the sea"
    )
    assert "missing" not in anchors
    problems = {p.record_id: p for p in result.problems}
    assert set(problems) == {"fuzzy", "missing"}
    fuzzy = problems["fuzzy"]
    assert (fuzzy.subtype, fuzzy.location) == ("quote_fuzzy", Location("claims", 3))
    assert f"(score {anchors['fuzzy'].score:g})" in fuzzy.message
    assert "the article has 'North Korea fired two ballistic missiles into the sea'" in (
        fuzzy.message
    )
    missing = problems["missing"]
    assert (missing.subtype, missing.location) == ("quote_not_found", Location("claims", 4))
    assert "not found in article 'a' (threshold 80); the closest passage (score " in (
        missing.message
    )


def test_ambiguous_quote_warns_unless_occurrence_picks_one() -> None:
    second_start = TEXT.index("Putin promised help again")
    result = annotate_project(
        [
            claim("first", "Putin promised help", lineno=1),
            claim("second", "Putin promised help", lineno=2, occurrence=2),
            claim("too-far", "Putin promised help", lineno=3, occurrence=3),
            claim("single", "ballistic missiles", lineno=4, occurrence=2),
        ],
        [article()],
    )
    anchors = result.anchors
    assert anchors["first"].start == TEXT.index("Putin promised help")
    assert (anchors["first"].occurrence, anchors["first"].occurrences) == (1, 2)
    assert anchors["second"].start == second_start
    assert anchors["second"].occurrence == 2
    assert anchors["too-far"].start == anchors["first"].start
    problems = [(p.record_id, p.subtype, p.location.lineno) for p in result.problems]
    assert problems == [
        ("first", "quote_ambiguous", 1),
        ("too-far", "bad_option", 3),
        ("single", "bad_option", 4),
    ]
    ambiguous, too_far, single = (p.message for p in result.problems)
    assert "occurs 2 times in article 'a' (at line 5 column 1; line 5 column 22)" in ambiguous
    assert "Add :occurrence: N (1 to 2) to pick one" in ambiguous
    assert ":occurrence: 3 but the quote occurs 2 times" in too_far
    assert "give a number from 1 to 2" in too_far
    assert ":occurrence: 2 but the quote occurs once" in single
    assert "drop :occurrence:" in single


def test_an_unreadable_article_adds_no_quote_problems() -> None:
    result = annotate_project([claim("c", "anything")], [article(text="")])
    assert result.problems == []
    assert result.anchors == {}
    assert result.articles["a"].coverage_dict()["sentences"] == 0


def test_segments_split_overlaps_and_link_to_the_shortest_quote() -> None:
    outer = QuoteAnchor("outer", "a", 0, 30, "exact", 100.0)
    inner = QuoteAnchor("inner", "a", 10, 20, "exact", 100.0)
    across = QuoteAnchor("across", "a", 15, 40, "exact", 100.0)
    segments = split_segments(0, 50, [outer, inner, across])
    assert [(s.start, s.end, {a.record_id for a in s.anchors}) for s in segments] == [
        (0, 10, {"outer"}),
        (10, 15, {"outer", "inner"}),
        (15, 20, {"outer", "inner", "across"}),
        (20, 30, {"outer", "across"}),
        (30, 40, {"across"}),
        (40, 50, set()),
    ]
    links = [s.link.record_id if s.link else None for s in segments]
    assert links == ["outer", "inner", "inner", "across", "across", None]
    # clipped to the range asked for
    assert [(s.start, s.end) for s in split_segments(12, 17, [outer, inner, across])] == [
        (12, 15),
        (15, 17),
    ]


def test_coverage_counts_sentences_that_any_anchor_overlaps() -> None:
    result = annotate_project(
        [
            claim("length", "lasted more than four"),
            claim("help", "help. Putin"),  # spans two sentences: both covered
        ],
        [article()],
    )
    annotation = result.articles["a"]
    texts = [s.text for s in annotation.sentences]
    assert texts == [
        "Kim met Putin on Wednesday.",
        "The meeting lasted more than four hours.",
        "Putin promised help.",
        "Putin promised help again.",
        "North Korea fired two ballistic missiles into the sea, officials said.",
    ]
    assert annotation.covered == (False, True, True, True, False)
    coverage = annotation.coverage_dict()
    assert (coverage["sentences"], coverage["covered"], coverage["boilerplate_lines"]) == (5, 3, 1)
    uncovered = coverage["uncovered_checkworthy"]
    assert [entry["sentence"] for entry in uncovered] == [5, 1]  # best first
    assert uncovered[0]["text"].startswith("North Korea fired two")
    assert "number" in uncovered[0]["signals"]
    start = uncovered[0]["start"]
    assert TEXT[start : uncovered[0]["end"]] == uncovered[0]["text"]


def test_selectors_quote_the_text_with_32_characters_of_context() -> None:
    result = annotate_project([claim("c", "more than four hours")], [article()])
    anchor = result.anchor_dict("c")
    assert anchor is not None
    assert anchor["article"] == "a"
    assert (anchor["match"], anchor["score"]) == ("exact", 100.0)
    quote_selector, position_selector = anchor["selectors"]
    start = TEXT.index("more than four hours")
    assert position_selector == {"type": "TextPositionSelector", "start": start, "end": start + 20}
    assert quote_selector == {
        "type": "TextQuoteSelector",
        "exact": "more than four hours",
        "prefix": TEXT[start - SELECTOR_CONTEXT : start],
        "suffix": TEXT[start + 20 : start + 20 + SELECTOR_CONTEXT],
    }
    assert len(quote_selector["prefix"]) == 32
    assert result.anchor_dict("no-such-claim") is None


def test_selectors_near_the_ends_of_the_text_are_shorter() -> None:
    text = "Short text here."
    result = annotate_project([claim("c", "Short")], [article(text=text)])
    quote_selector = result.anchors["c"].selectors(text)[0]
    assert (quote_selector["prefix"], quote_selector["suffix"]) == ("", " text here.")


def test_an_article_is_split_into_lines_once(monkeypatch) -> None:
    from sphinx_factcheck.core import annotation as annotation_module
    from sphinx_factcheck.core import text as text_module

    calls = []
    original = text_module.split_lines

    def counting(text: str) -> list:
        calls.append(text)
        return original(text)

    monkeypatch.setattr(text_module, "split_lines", counting)
    monkeypatch.setattr(annotation_module, "split_lines", counting)
    result = annotate_project([claim("c", "more than four hours")], [article()])
    assert len(calls) == 1
    assert list(result.articles["a"].sentences) == text_module.split_sentences(TEXT)
