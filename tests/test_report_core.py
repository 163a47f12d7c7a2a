"""The plain-Python report core: filters, sorting, grouping, counting, option parsing."""

from __future__ import annotations

import pytest

from sphinx_factcheck.core.annotation import annotate_project
from sphinx_factcheck.core.collection import Reference
from sphinx_factcheck.core.model import ArticleRecord, ClaimRecord, Location, SourceRecord
from sphinx_factcheck.core.queries import (
    ClaimQuery,
    Ordering,
    SortKey,
    SourceQuery,
    group_claims,
    group_sources,
    sort_claims,
    sort_sources,
    tally,
)
from sphinx_factcheck.core.report_results import ReportRecord, build_report_index
from sphinx_factcheck.core.report_specs import (
    ClaimTableSpec,
    parse_claim_table,
    parse_source_list,
    parse_verdict_summary,
)

ORDER = Ordering(
    ("true", "mostly-true", "mixed", "misleading", "false", "unproven", "opinion"),
    ("unchecked", "in-progress", "review", "done"),
)


def claim(claim_id: str, doc: str = "a", line: int = 1, **fields: object) -> ClaimRecord:
    return ClaimRecord(
        id=claim_id, statement=f"Statement {claim_id}", location=Location(doc, line), **fields
    )  # type: ignore[arg-type]


CLAIMS = [
    claim(
        "c1",
        "claims/one",
        1,
        verdict="true",
        status="done",
        tags=("Summit",),
        sources=("ap",),
        claimant="AP",
        checked="2023-09-14",
    ),
    claim(
        "c2",
        "claims/one",
        9,
        verdict="false",
        status="done",
        tags=("missiles", "sanctions"),
        sources=("yonhap",),
        claimant="Military",
        checked="2023-09-13",
    ),
    claim(
        "c3",
        "claims/two",
        1,
        status="in-progress",
        tags=("sanctions",),
        sources=("kremlin", "ap"),
        claimant="kremlin",
    ),
    claim(
        "c4",
        "other",
        1,
        verdict="misleading",
        status="review",
        claimant="military",
        article="art-2",
    ),
]


def ids(claims: list[ClaimRecord] | tuple[ClaimRecord, ...]) -> list[str]:
    return [c.id for c in claims]


def select(query: ClaimQuery, articles: dict[str, str | None] | None = None) -> list[str]:
    articles = articles or {}
    return [c.id for c in CLAIMS if query.matches(c, articles.get(c.id))]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (ClaimQuery(), ["c1", "c2", "c3", "c4"]),
        (ClaimQuery(verdicts=("false", "misleading")), ["c2", "c4"]),
        (ClaimQuery(verdicts=("none",)), ["c3"]),
        (ClaimQuery(statuses=("done",)), ["c1", "c2"]),
        (ClaimQuery(tags=("summit", "SANCTIONS")), ["c1", "c2", "c3"]),
        (ClaimQuery(sources=("ap",)), ["c1", "c3"]),
        (ClaimQuery(claimants=("MILITARY",)), ["c2", "c4"]),
        (ClaimQuery(documents=("claims/*",)), ["c1", "c2", "c3"]),
        (ClaimQuery(documents=("claims/two", "oth?r")), ["c3", "c4"]),
        (ClaimQuery(tags=("sanctions",), verdicts=("false",)), ["c2"]),
        (ClaimQuery(tags=("sanctions",), statuses=("review",)), []),
    ],
)
def test_filters_combine_with_and_and_values_with_or(
    query: ClaimQuery, expected: list[str]
) -> None:
    assert select(query) == expected


def test_article_filter_uses_the_anchoring_article() -> None:
    query = ClaimQuery(articles=("art-1",))
    assert select(query, {"c1": "art-1", "c2": "art-2", "c4": "art-2"}) == ["c1"]


def test_describe_names_the_filters() -> None:
    assert ClaimQuery(verdicts=("false", "misleading"), tags=("x",)).describe() == (
        "verdict: false or misleading; tags: x"
    )
    assert ClaimQuery().describe() == "no filters"


def test_sort_by_verdict_follows_the_scale_and_puts_missing_last() -> None:
    assert ids(sort_claims(CLAIMS, [SortKey("verdict")], ORDER)) == ["c1", "c4", "c2", "c3"]
    assert ids(sort_claims(CLAIMS, [SortKey("verdict", descending=True)], ORDER)) == [
        "c2",
        "c4",
        "c1",
        "c3",
    ]


def test_sort_by_several_keys_and_default_document_order() -> None:
    assert ids(sort_claims(reversed(CLAIMS), [], ORDER)) == ["c1", "c2", "c3", "c4"]
    assert ids(sort_claims(CLAIMS, [SortKey("claimant"), SortKey("id", True)], ORDER)) == [
        "c1",
        "c3",
        "c4",
        "c2",
    ]
    assert ids(sort_claims(CLAIMS, [SortKey("checked", True)], ORDER)) == ["c1", "c2", "c3", "c4"]
    assert ids(sort_claims(CLAIMS, [SortKey("status")], ORDER)) == ["c3", "c4", "c1", "c2"]


@pytest.mark.parametrize("column", ["id", "claim", "sources", "document", "tags", "quote"])
def test_every_column_sorts(column: str) -> None:
    ascending = ids(sort_claims(CLAIMS, [SortKey(column)], ORDER))
    assert sorted(ascending) == ["c1", "c2", "c3", "c4"]


def test_grouping() -> None:
    by_verdict = group_claims(CLAIMS, "verdict", ORDER)
    assert [(g.key, ids(g.members)) for g in by_verdict] == [
        ("true", ["c1"]),
        ("misleading", ["c4"]),
        ("false", ["c2"]),
        (None, ["c3"]),
    ]
    by_status = group_claims(CLAIMS, "status", ORDER)
    assert [g.key for g in by_status] == ["in-progress", "review", "done"]
    by_claimant = group_claims(CLAIMS, "claimant", ORDER)
    assert [(g.key, ids(g.members)) for g in by_claimant] == [
        ("AP", ["c1"]),
        ("kremlin", ["c3"]),
        ("Military", ["c2", "c4"]),
    ]
    by_tag = group_claims(CLAIMS, "tag", ORDER)
    assert [(g.key, ids(g.members)) for g in by_tag] == [
        ("missiles", ["c2"]),
        ("sanctions", ["c2", "c3"]),
        ("Summit", ["c1"]),
        (None, ["c4"]),
    ]
    by_document = group_claims(CLAIMS, "document", ORDER)
    assert [g.key for g in by_document] == ["claims/one", "claims/two", "other"]
    with pytest.raises(ValueError, match="verdict, status"):
        group_claims(CLAIMS, "colour", ORDER)


def test_tally_counts_every_verdict_and_status() -> None:
    counts = tally(CLAIMS, ORDER)
    assert counts.total == 4
    assert counts.with_verdict == 3
    assert dict(counts.by_verdict) == {
        "true": 1,
        "mostly-true": 0,
        "mixed": 0,
        "misleading": 1,
        "false": 1,
        "unproven": 0,
        "opinion": 0,
        None: 1,
    }
    assert dict(counts.by_status) == {"unchecked": 0, "in-progress": 1, "review": 1, "done": 2}
    assert None not in dict(tally(CLAIMS[:2], ORDER).by_verdict)


SOURCES = [
    SourceRecord("ap", "AP report", Location("s", 1), publisher="Associated Press", kind="news"),
    SourceRecord("kremlin", "Transcript", Location("s", 5), publisher="Kremlin", kind="official"),
    SourceRecord("yonhap", "Missiles", Location("s", 9), kind="News"),
]


def test_source_queries_sorting_and_grouping() -> None:
    assert [s.id for s in SOURCES if SourceQuery(kinds=("NEWS",)).matches(s)] == ["ap", "yonhap"]
    assert [s.id for s in SOURCES if SourceQuery(publishers=("kremlin",)).matches(s)] == ["kremlin"]
    assert [s.id for s in SOURCES if SourceQuery(ids=("ap", "x")).matches(s)] == ["ap"]
    cited = {"ap": ["c1", "c3"], "kremlin": ["c3"]}
    assert [s.id for s in sort_sources(SOURCES, [SortKey("cited", True)], cited)] == [
        "ap",
        "kremlin",
        "yonhap",
    ]
    assert [s.id for s in sort_sources(SOURCES, [SortKey("publisher")], cited)] == [
        "ap",
        "kremlin",
        "yonhap",
    ]
    assert [(g.key, [s.id for s in g.members]) for g in group_sources(SOURCES, "kind")] == [
        ("news", ["ap", "yonhap"]),
        ("official", ["kremlin"]),
    ]
    assert [g.key for g in group_sources(SOURCES, "publisher")] == [
        "Associated Press",
        "Kremlin",
        None,
    ]


def test_parse_claim_table_reports_bad_values_and_keeps_the_rest() -> None:
    spec, problems = parse_claim_table(
        {
            "verdict": "false, flase",
            "status": "done, finished",
            "columns": "id, colour, claim",
            "sort": "-verdict, size",
            "group-by": "mood",
            "caption": "A",
            "title": "B",
        },
        ORDER,
    )
    assert spec.query.verdicts == ("false", "flase")
    assert spec.columns == ("id", "claim")
    assert spec.sort == (SortKey("verdict", descending=True),)
    assert spec.group_by is None
    assert spec.caption == "A"
    assert [p.subtype for p in problems] == [
        "bad_option",
        "unknown_verdict",
        "unknown_status",
        "bad_option",
        "bad_option",
        "bad_option",
    ]
    assert "use one of: true, mostly-true" in problems[1].message
    assert "'colour'" in problems[0].message and "quote" in problems[0].message


def test_parse_defaults_and_other_reports() -> None:
    spec, problems = parse_claim_table({}, ORDER)
    assert spec == ClaimTableSpec()
    assert spec.columns == ("id", "claim", "verdict", "status", "sources")
    assert problems == []
    summary, problems = parse_verdict_summary({"tags": "a, b", "document": "/claims/*"}, ORDER)
    assert summary.query == ClaimQuery(tags=("a", "b"), documents=("claims/*",))
    assert problems == []
    sources, problems = parse_source_list(
        {
            "sort": "-cited",
            "group-by": "kind",
            "kind": "news",
            "sources": "a, b",
            "verdict": "false",
            "tags": "sanctions",
        },
        ORDER,
    )
    assert sources.sort == (SortKey("cited", True),)
    assert sources.query.ids == ("a", "b")  # here :sources: names the sources listed
    assert sources.cited_by == ClaimQuery(verdicts=("false",), tags=("sanctions",))
    assert sources.group_by == "kind"
    assert problems == []
    _, problems = parse_source_list(
        {"group-by": "verdict", "sort": "verdict", "verdict": "pants-on-fire"}, ORDER
    )
    assert [p.subtype for p in problems] == ["unknown_verdict", "bad_option", "bad_option"]


def test_report_index_back_links_and_articles() -> None:
    claims = [
        claim("a1", "one", 1, related=("b1",)),
        claim("b1", "one", 5),
        claim("c1", "two", 1),
    ]
    articles = [ArticleRecord("art", Location("one", 1), "text")]
    table = ReportRecord(
        "claim-table",
        "t1",
        Location("report", 3),
        ClaimTableSpec(query=ClaimQuery(documents=("one",))),
    )
    references = [
        Reference("claim", "b1", Location("mentions", 4), "fc-mention-1"),
        Reference("claim", "b1", Location("mentions", 8), "fc-mention-2"),
        Reference("claim", "c1", Location("one", 3), "fc-mention-1"),
    ]
    article_of = annotate_project(claims, articles).article_of_claim
    index = build_report_index(
        claims_in_order=claims,
        sources=[],
        articles=articles,
        article_of=article_of,
        reports=[table],
        references=references,
        ordering=ORDER,
    )
    assert index.related_from == {"b1": ["a1"]}
    # Each page once, linked at its first mention.
    assert index.mentioned_in == {
        "b1": [("mentions", "fc-mention-1")],
        "c1": [("one", "fc-mention-1")],
    }
    assert {k: [r.anchor for r in v] for k, v in index.listed_in.items()} == {
        "a1": ["t1"],
        "b1": ["t1"],
    }
    assert index.article_of == {"a1": "art", "b1": "art", "c1": "art"}
    problems = index.claim_query_problems(
        ClaimQuery(sources=("nope",), articles=("art", "x"), tags=("t",), documents=("z*",))
    )
    assert [p.subtype for p in problems] == [
        "unknown_source",
        "unknown_article",
        "bad_option",
        "bad_option",
    ]
