"""Every user string is escaped; nothing a user writes can run as script."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import read_json
from .html_reports import parse


@pytest.mark.sphinx("html", testroot="hostile", freshenv=True)
def test_hostile_strings_are_text_not_markup(app) -> None:
    app.build()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    body = html[html.index('<section id="hostile">') : html.index("</section>")]
    assert "<script" not in body
    assert "<img" not in body
    assert "<svg" not in body
    assert "<i>tag</i>" not in body
    assert "&lt;script&gt;alert(&quot;statement&quot;)&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(2)&gt;" in body
    # Option values are plain text: no emphasis or code is made from them.
    assert "*not emphasis* &lt;b&gt;bold&lt;/b&gt;" in body
    # Attribute injection cannot leave its quotes.
    assert re.search(r"""<[^>]*\sonmouseover=""", body) is None
    # Only http(s) URLs became links; the script-scheme ones stay text.
    hrefs = re.findall(r'href="([^"]*)"', body)
    assert all(h.startswith(("https://", "#", "http://")) or "://" not in h for h in hrefs)
    assert not any(h.lower().lstrip().startswith(("javascript", "java")) for h in hrefs)
    assert "https://example.org/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in body


@pytest.mark.sphinx("html", testroot="hostile", freshenv=True)
def test_hostile_strings_survive_verbatim_in_json(app) -> None:
    app.build()
    claim = read_json(app)["claims"][0]
    assert claim["statement"] == (
        '<script>alert("statement")</script> & *not emphasis* <b>bold</b>'
    )
    assert claim["claimant"] == 'x"><svg onload=alert(5)>'


@pytest.mark.sphinx(
    "html", testroot="hostile", freshenv=True, confoverrides={"factcheck_audience": "public"}
)
def test_the_publishing_options_are_text_in_both_audiences(app) -> None:
    """Ruling, as-of, desk note, evidence, corrections, via, findings and the log."""
    app.build()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    body = html[html.index('<section id="hostile">') : html.index("</section>")]
    for tag in ("<script", "<img", "<svg", "<b>"):
        assert tag not in body, tag
    assert "&lt;script&gt;alert(&quot;ruling&quot;)&lt;/script&gt;" in body
    assert "&lt;script&gt;alert(&quot;excerpt&quot;)&lt;/script&gt; *not emphasis*" in body
    assert "&lt;script&gt;alert(&quot;correction&quot;)&lt;/script&gt;" in body
    assert "alert(&quot;desk&quot;)" not in body  # the desk note is not published
    hrefs = re.findall(r'href="([^"]*)"', body)
    assert not any(h.lower().lstrip().startswith("javascript") for h in hrefs)
    warnings = app.warning.getvalue()
    assert "bad_date" in warnings and "bad_url" in warnings


@pytest.mark.sphinx("html", testroot="hostile", freshenv=True)
def test_hostile_strings_in_flaws_are_text_not_markup(app) -> None:
    app.build()
    html = (Path(app.outdir) / "flaws.html").read_text(encoding="utf-8")
    body = html[html.index('<section id="hostile-flaws">') : html.index("</section>")]
    for tag in ("<script", "<img", "<svg", "<b>", "</blockquote><"):
        assert tag not in body, tag
    # No element got an event-handler attribute (the text inside titles is escaped).
    assert not [
        element.attrs
        for element in parse(body).iter()
        if any(name.startswith("on") for name in element.attrs)
    ]
    # Argument, quote, should-read, severity and caption, each shown as text.
    assert (
        "&lt;script&gt;alert(&quot;flaw&quot;)&lt;/script&gt; &amp; *not emphasis* "
        "&lt;b&gt;bold&lt;/b&gt;" in body
    )
    assert ">&lt;script&gt;alert(&quot;article&quot;)&lt;/script&gt;<" in body
    assert (
        "&lt;/blockquote&gt;&lt;img src=x onerror=alert(8)&gt; &quot;quoted&quot; 'single'" in body
    )
    assert "severity=&lt;svg onload=alert(10)&gt;" in body
    assert "&lt;script&gt;alert(&quot;caption&quot;)&lt;/script&gt; *not emphasis*" in body
    assert "(severity: x&quot;&gt;&lt;svg onload=alert(11)&gt;)" in body
    # The highlight's title attribute cannot be left either.
    assert 'title="Copy flaw (major): &lt;script&gt;alert(&quot;flaw&quot;)&lt;/script&gt;' in body
    # The id, :article: and :occurrence: refused, and the report's filters, as text.
    assert "x&quot;&gt;&lt;script&gt;alert(12)&lt;/script&gt;" in body
    assert "occurrence=&lt;svg onload=alert(14)&gt;" in body
    assert "document: &lt;script&gt;alert(15)&lt;/script&gt;" in body
    assert "article: x&quot;&gt;&lt;img src=x onerror=alert(16)&gt;" in body
    flaws = {f["id"]: f for f in read_json(app)["flaws"]}
    assert flaws["hostile-flaw"]["should_read"] == (
        """</blockquote><img src=x onerror=alert(8)> "quoted" 'single'"""
    )
    assert flaws['x"><script>alert(12)</script>']["article"] == "<img src=x onerror=alert(13)>"
    warnings = app.warning.getvalue()
    assert "flaws.md:37: WARNING: flaw: id " in warnings and "[factcheck.bad_id]" in warnings
