"""Plain-Python checks of option values (no Sphinx)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sphinx_factcheck.core.values import (
    is_safe_url,
    is_valid_id,
    parse_date,
    slugify,
    split_list,
    url_problem,
)


@pytest.mark.parametrize(
    "url",
    [
        "https://apnews.com/article/x",
        "http://example.org",
        "HTTPS://EXAMPLE.ORG/a",
        "sources.html#source-ap",
        "../other/page.html",
        "#anchor",
        "page?q=1",
    ],
)
def test_http_and_relative_urls_are_links(url: str) -> None:
    assert is_safe_url(url)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("javascript:alert(1)", "scheme 'javascript'"),
        ("JaVaScRiPt:alert(1)", "scheme 'javascript'"),
        ("  javascript:alert(1)", "scheme 'javascript'"),
        ("java\tscript:alert(1)", "control characters"),
        ("data:text/html,<b>x</b>", "scheme 'data'"),
        ("vbscript:msgbox", "scheme 'vbscript'"),
        ("file:///etc/passwd", "scheme 'file'"),
        ("//evil.example/x", "scheme-relative"),
        ("https://", "needs a host"),
        ("", "empty"),
        ("https://exa mple.org", "spaces"),
    ],
)
def test_other_urls_are_refused_with_a_reason(url: str, reason: str) -> None:
    problem = url_problem(url)
    assert problem is not None
    assert reason in problem
    assert not is_safe_url(url)


@given(st.text())
def test_url_check_never_crashes_and_never_passes_script_schemes(text: str) -> None:
    problem = url_problem(text)
    if problem is None:
        lowered = "".join(text.split()).lower()
        assert not lowered.startswith(("javascript:", "data:", "vbscript:"))


def test_dates_must_be_real_iso_dates() -> None:
    assert parse_date(" 2023-09-13 ") == dt.date(2023, 9, 13)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date("13/09/2023")
    with pytest.raises(ValueError, match="not a real calendar date"):
        parse_date("2023-02-30")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date("20230913")


def test_lists_ids_and_slugs() -> None:
    assert split_list(" a, b ,,c ") == ("a", "b", "c")
    assert split_list(None) == ()
    assert split_list("s2, s1, s2,s1") == ("s2", "s1")
    assert is_valid_id("summit-length")
    assert is_valid_id("ext:summit.length_2")
    assert not is_valid_id("-leading")
    assert not is_valid_id("has space")
    assert slugify("The summit lasted more than four hours, said AP!") == (
        "the-summit-lasted-more-than-four-hours-said"
    )
    assert slugify("Kim’s “réunion” — 40 seconds", max_words=3) == "kims-reunion-40"
    assert slugify("!!!") == "claim"
