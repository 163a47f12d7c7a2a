"""Every user string is escaped; nothing a user writes can run as script."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import read_json


@pytest.mark.sphinx("html", testroot="hostile", freshenv=True)
def test_hostile_strings_are_text_not_markup(app) -> None:
    app.build()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    body = html[html.index('<section id="hostile">'):html.index("</section>")]
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
    assert claim["statement"] == ('<script>alert("statement")</script> & *not emphasis* '
                                  "<b>bold</b>")
    assert claim["claimant"] == 'x"><svg onload=alert(5)>'
