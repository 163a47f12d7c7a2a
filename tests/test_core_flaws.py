"""Copy flaws in the pure core: anchoring, coverage, the index, the flaw-list query."""

from __future__ import annotations

from sphinx_factcheck.core.annotation import annotate_project
from sphinx_factcheck.core.collection import build_index
from sphinx_factcheck.core.export import build_export
from sphinx_factcheck.core.flaws import FlawQuery, select_flaws
from sphinx_factcheck.core.model import ArticleRecord, ClaimRecord, FlawRecord, Location
from sphinx_factcheck.core.report_specs import parse_flaw_list
from sphinx_factcheck.core.scale import parse_scale
from sphinx_factcheck.presets import PRESETS

TEXT = (
    "The summit took place on Wednesday, September 14. "
    "The meeting lasted more than four hours, the Kremlin said."
)
ARTICLE = ArticleRecord("summit", Location("article", 1), TEXT, title="Summit")


def flaw(
    flaw_id: str, quote: str | None = None, *, doc: str = "review", line: int = 1, **fields: object
) -> FlawRecord:
    return FlawRecord(
        flaw_id, f"What is wrong with {flaw_id}", Location(doc, line), quote=quote, **fields
    )  # type: ignore[arg-type]


def claim(claim_id: str, quote: str | None = None, line: int = 1) -> ClaimRecord:
    return ClaimRecord(
        claim_id, f"Statement {claim_id}", Location("review", line), verdict="true", quote=quote
    )


def test_a_flaw_quote_is_anchored_but_covers_no_sentence() -> None:
    result = annotate_project([], [ARTICLE], flaws=[flaw("weekday", "Wednesday, September 14")])
    anchor = result.flaw_anchors["weekday"]
    assert (anchor.kind, anchor.record_id, TEXT[anchor.start : anchor.end]) == (
        "flaw",
        "weekday",
        "Wednesday, September 14",
    )
    assert result.anchors == {}
    article = result.articles["summit"]
    assert article.covered_count == 0
    assert article.flaw_anchors == (anchor,)
    assert result.article_of_flaw == {"weekday": "summit"}


def test_flaw_and_claim_quotes_share_segments_and_the_shorter_links() -> None:
    result = annotate_project(
        [claim("length", "The meeting lasted more than four hours")],
        [ARTICLE],
        flaws=[flaw("stray", "more than four hours")],
    )
    article = result.articles["summit"]
    pieces = [
        (
            TEXT[s.start : s.end],
            [a.kind for a in s.claims],
            [a.kind for a in s.flaws],
            s.link.kind if s.link else None,
        )
        for s in article.segments(0, len(TEXT))
        if s.anchors
    ]
    assert pieces == [
        ("The meeting lasted ", ["claim"], [], "claim"),
        ("more than four hours", ["claim"], ["flaw"], "flaw"),
    ]
    assert article.covered_count == 1  # the claim's sentence; the flaw adds nothing


def test_a_flaw_and_a_claim_may_share_an_id_without_mixing_anchors() -> None:
    result = annotate_project(
        [claim("same", "The meeting lasted")], [ARTICLE], flaws=[flaw("same", "the Kremlin said")]
    )
    assert TEXT[result.anchors["same"].start : result.anchors["same"].end] == "The meeting lasted"
    flawed = result.flaw_anchors["same"]
    assert TEXT[flawed.start : flawed.end] == "the Kremlin said"


def test_flaw_anchoring_problems_name_the_flaw_at_its_line() -> None:
    result = annotate_project(
        [],
        [ARTICLE],
        flaws=[
            flaw("missing", "green cheese on the moon entirely", line=7),
            flaw("elsewhere", "Wednesday", line=9, article="nope"),
        ],
    )
    found = [
        (p.subtype, p.record_id, p.location.lineno, p.message.split(":")[0])
        for p in result.problems
    ]
    assert found == [
        ("quote_not_found", "missing", 7, "flaw 'missing'"),
        ("unknown_article", "elsewhere", 9, "flaw 'elsewhere'"),
    ]


def test_the_index_keeps_flaw_ids_apart_from_claim_ids() -> None:
    index = build_index(
        [claim("same")],
        [],
        [ARTICLE],
        [],
        [
            flaw("same", sources=("ap",)),
            flaw("same", line=5),
            flaw("other", sources=("ap", "tass"), line=3),
        ],
    )
    assert set(index.flaws) == {"same", "other"}
    assert [(d.record.location.lineno, d.first.location.lineno) for d in index.duplicate_flaws] == [
        (5, 1)
    ]
    assert index.duplicate_claims == []
    assert index.cited_sources == {"ap", "tass"}
    assert index.flaws_by_source == {"ap": ["same", "other"], "tass": ["other"]}
    assert index.claims_by_source == {}


def test_flaw_list_orders_major_first_then_document_order() -> None:
    flaws = [
        flaw("a", line=1),
        flaw("b", line=2, severity="major"),
        flaw("c", doc="other", line=1, severity="major"),
        flaw("d", line=3),
    ]
    chosen = select_flaws(flaws, FlawQuery(), {})
    assert [f.id for f in chosen] == ["c", "b", "a", "d"]
    only = select_flaws(flaws, FlawQuery(severities=("minor",), documents=("rev*",)), {})
    assert [f.id for f in only] == ["a", "d"]
    assert select_flaws(flaws, FlawQuery(articles=("summit",)), {"b": "summit"})[0].id == "b"


def test_flaw_list_options_are_parsed_and_misspellings_reported() -> None:
    spec, problems = parse_flaw_list(
        {"severity": "major, fatal", "document": "/review", "caption": "Errors"}
    )
    assert spec.query == FlawQuery(severities=("major", "fatal"), documents=("review",))
    assert spec.caption == "Errors"
    assert [(p.subtype, p.message) for p in problems] == [
        (
            "bad_option",
            "flaw-list: unknown severity 'fatal' in :severity:; use one of: major, minor",
        )
    ]
    assert spec.query.describe() == "severity: major or fatal; document: review"


def test_flaws_are_exported_apart_from_claims_and_their_summary() -> None:
    flaws = [
        flaw(
            "weekday",
            "Wednesday, September 14",
            severity="major",
            should_read="Wednesday, September 13",
        )
    ]
    index = build_index([claim("length", "The meeting lasted")], [], [ARTICLE], [], flaws)
    annotation = annotate_project(index.claims_in_order(), [ARTICLE], flaws=index.flaws_in_order())
    export = build_export(
        index,
        parse_scale(PRESETS["default"]),
        ("unchecked", "done"),
        {"name": "p", "version": ""},
        {"name": "sphinx-factcheck", "version": "0"},
        annotation,
    )
    assert export["summary"]["claims"] == 1
    [exported] = export["flaws"]
    assert exported["severity"] == "major"
    assert exported["should_read"] == "Wednesday, September 13"
    assert exported["anchor"]["selectors"][0]["exact"] == "Wednesday, September 14"
    assert exported["anchor"]["selectors"][1] == {
        "type": "TextPositionSelector",
        "start": 25,
        "end": 48,
    }
