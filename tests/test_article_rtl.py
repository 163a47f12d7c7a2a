"""A right-to-left article: Arabic text, Arabic quotes, read and highlighted right to left."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from sphinx_factcheck.core.direction import language_direction, script_direction, text_direction

from .conftest import ROOTS, warnings_of
from .html_reports import page

QUOTES = {
    "batala": "معدل البطالة انخفض إلى خمسة في المئة",
    "madaris": "بنت ثلاثمئة مدرسة جديدة منذ عام 2020",
    "mizaniya": "الميزانية ستكون متوازنة في العام المقبل",
}


def test_right_to_left_languages() -> None:
    assert language_direction("ar") == "rtl"
    assert language_direction("he") == "rtl"
    assert language_direction("fa_IR") == "rtl"
    assert language_direction("ur-PK") == "rtl"
    assert language_direction("de") == "ltr"
    assert language_direction(None) is None


def test_the_script_of_a_text_tells_its_direction() -> None:
    assert script_direction("שלום עולם") == "rtl"
    assert script_direction(QUOTES["madaris"]) == "rtl"  # digits are neutral
    assert script_direction("Hello, world") == "ltr"
    assert script_direction("2020 – 42 %") is None


def test_the_language_decides_then_the_script() -> None:
    arabic = QUOTES["batala"]
    assert text_direction(arabic, "ar") == ("rtl", "ar")
    # An Arabic article on an English site: right to left, not tagged as English.
    assert text_direction(arabic, "en") == ("rtl", None)
    assert text_direction("Die Rede.", "de") == ("ltr", "de")
    assert text_direction("2020", "he") == ("rtl", "he")


def article_text(app: Any) -> Any:
    return next(page(app, "index").iter("div", cls="fc-article-text"))


@pytest.mark.sphinx("html", testroot="article-rtl", freshenv=True)
def test_an_arabic_article_reads_right_to_left_and_its_quotes_highlight(app) -> None:
    app.build()
    assert warnings_of(app) == []  # every quote anchored: no quote_not_found
    text = article_text(app)
    assert (text.attrs["dir"], text.attrs["lang"]) == ("rtl", "ar")
    highlights = {}
    for link in text.iter("a", cls="fc-highlight"):
        hidden = next(link.iter(cls="fc-visually-hidden")).text()
        highlights[link.attrs["id"]] = link.text().removesuffix(hidden).strip()
    assert highlights == {f"quote-{claim_id}": quote for claim_id, quote in QUOTES.items()}
    root = page(app, "index")
    assert root.text().count("Show in article") == len(QUOTES)


@pytest.mark.sphinx("html", testroot="article-rtl", freshenv=True, confoverrides={"language": "en"})
def test_an_arabic_article_on_an_english_site_still_reads_right_to_left(app) -> None:
    app.build()
    assert warnings_of(app) == []
    text = article_text(app)
    assert text.attrs["dir"] == "rtl"
    assert "lang" not in text.attrs


@pytest.fixture(scope="module")
def arabic_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sphinx.testing.util import SphinxTestApp

    srcdir = tmp_path_factory.mktemp("rtl") / "ar"
    shutil.copytree(ROOTS / "test-article-rtl", srcdir)
    app = SphinxTestApp("html", srcdir=srcdir, freshenv=True)
    try:
        app.build()
        return Path(app.outdir)
    finally:
        app.cleanup()


LAYOUT = """() => {
  const paragraph = document.querySelector('.fc-article-text .fc-article-paragraph');
  const box = paragraph.getBoundingClientRect();
  const first = document.createRange();
  first.setStart(paragraph, 0);
  first.setEnd(paragraph.querySelector('.fc-sentence').firstChild, 1);
  const start = first.getClientRects()[0];
  const highlight = document.getElementById('quote-batala').getClientRects()[0];
  const statement = document.querySelector('#claim-batala .fc-statement').firstChild;
  const letter = document.createRange();
  letter.setStart(statement, 0);
  letter.setEnd(statement, 1);
  const stop = document.createRange();
  stop.setStart(statement, statement.length - 1);
  stop.setEnd(statement, statement.length);
  return {direction: getComputedStyle(paragraph).direction, left: box.left, right: box.right,
          startLeft: start.left, startRight: start.right,
          highlightLeft: highlight.left, highlightRight: highlight.right,
          highlightWidth: highlight.width,
          statementStart: letter.getBoundingClientRect().left,
          statementStop: stop.getBoundingClientRect().left};
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_in_a_browser_the_article_starts_at_the_right(
    browser, arabic_site, width, tmp_path
) -> None:
    page_ = browser.new_page(viewport={"width": width, "height": 900})
    page_.goto((arabic_site / "index.html").as_uri())
    layout = page_.evaluate(LAYOUT)
    page_.locator(".fc-article").screenshot(path=str(tmp_path / f"article-{width}.png"))
    page_.close()
    assert layout["direction"] == "rtl"
    # The first letter sits at the right edge of the paragraph ...
    assert abs(layout["startRight"] - layout["right"]) < 2
    # ... and the first quote, which comes after a few words, to its left, drawn.
    assert layout["highlightRight"] < layout["startRight"] - 20
    assert layout["highlightWidth"] > 20
    # An Arabic statement on a card ends with its full stop at the left, not the right.
    assert layout["statementStop"] < layout["statementStart"]
