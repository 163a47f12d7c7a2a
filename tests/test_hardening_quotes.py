"""Issue 13 case 11: a quote longer than its article is never a perfect fuzzy match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from sphinx_factcheck.core.quotes import locate_quote, normalise, normalise_quote

from .conftest import warnings_of
from .hardening_support import write_project

WORDS = st.text(alphabet="abcdefghij ", min_size=1, max_size=40).filter(lambda t: t.strip())


def test_a_quote_three_times_longer_than_the_article_is_not_found() -> None:
    """Issue 13 case 11: the reported example."""
    match = locate_quote(
        "Kim said 100 tanks", "Kim said 100 tanks were sent to Russia on Monday by rail."
    )
    assert match.kind is None
    assert match.score < 80
    assert match.score == round(
        fuzz.ratio(
            normalise_quote("Kim said 100 tanks were sent to Russia on Monday by rail."),
            "kim said 100 tanks",
        ),
        1,
    )


@settings(max_examples=300, deadline=None)
@given(WORDS, WORDS)
def test_an_article_plus_more_never_scores_100(article: str, extra: str) -> None:
    """Issue 13 case 11 (property): a quote that holds the whole article and more
    scores what the two compare to as wholes, so under 100."""
    quote = f"{article} {extra} {extra}"
    match = locate_quote(article, quote)
    normal_quote, normal_article = normalise_quote(quote), normalise(article).text
    if len(normal_quote) > len(normal_article):
        assert match.score < 100
        assert match.score <= round(fuzz.ratio(normal_quote, normal_article), 1) + 0.1


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text(alphabet="klmnop ", min_size=1, max_size=40))
def test_a_quote_twice_the_article_length_is_never_anchored(article: str, extra: str) -> None:
    """Issue 13 case 11 (property): ratio = 2M / (len a + len b) <= 2/3 < 0.8 when the
    quote is at least twice the article, so it cannot pass the default threshold."""
    quote = article + " " + extra + "x" * (len(article) + 1)
    assert locate_quote(article, quote).kind is None


def test_the_build_warns_quote_not_found_for_such_a_quote(make_app, tmp_path) -> None:
    """Issue 13 case 11: in a build, the long quote gives one located quote_not_found."""
    srcdir = write_project(
        tmp_path / "p",
        {
            "index.md": """# T

```{article}
:id: a
Kim said 100 tanks
```

```{claim} Tanks were sent.
:id: c1
:quote: Kim said 100 tanks were sent to Russia on Monday by rail.
```
"""
        },
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    lines = warnings_of(app)
    assert len(lines) == 1, lines
    assert "index.md:8: WARNING:" in lines[0] and lines[0].endswith("[factcheck.quote_not_found]")
