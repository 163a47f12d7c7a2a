"""The extension under alabaster, furo, pydata-sphinx-theme and sphinx-book-theme.

Each theme builds the ``test-themes`` root without a warning, with the stylesheet and
every kind of block. In a real browser (Debian's Chromium through Playwright) the cards
keep their padding, field lists stay two columns, and verdict badges, highlighted article
text and dimmed boilerplate read at WCAG AA contrast in light and dark mode. A theme or the
browser that is not installed skips, except under CI, which installs both (the ``themes``
extra and ``.ci/run``).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOTS, warnings_of
from .html_reports import parse

THEMES = ["alabaster", "furo", "pydata_sphinx_theme", "sphinx_book_theme"]
#: Themes with a dark mode, and how each is switched to it: furo follows the system's
#: colour scheme, pydata-sphinx-theme (and sphinx-book-theme on it) also reads "mode".
DARK_THEMES = ["furo", "pydata_sphinx_theme", "sphinx_book_theme"]
AA_TEXT = 4.5
AA_NON_TEXT = 3.0

Site = tuple[Path, list[str]]

# sphinx-book-theme 1.4 reads a Sphinx attribute that Sphinx 11 removes.
pytestmark = pytest.mark.filterwarnings("ignore::PendingDeprecationWarning:sphinx_book_theme")


def _require(theme: str) -> None:
    if importlib.util.find_spec(theme) is None:
        reason = f"theme {theme} is not installed (pip install -e '.[themes]')"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; .ci/run installs the themes extra")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Site]:
    """Build ``test-themes`` once per theme: the output folder and the warnings."""
    from sphinx.testing.util import SphinxTestApp

    built: dict[str, Site] = {}

    def build(theme: str) -> Site:
        _require(theme)
        if theme not in built:
            srcdir = tmp_path_factory.mktemp(theme) / "src"
            shutil.copytree(ROOTS / "test-themes", srcdir)
            app = SphinxTestApp(
                "html", srcdir=srcdir, freshenv=True, confoverrides={"html_theme": theme}
            )
            try:
                app.build()
                built[theme] = (Path(app.outdir), warnings_of(app))
            finally:
                app.cleanup()
        return built[theme]

    return build


@pytest.mark.parametrize("theme", THEMES)
def test_each_theme_builds_cleanly_with_every_block(site, theme: str) -> None:
    outdir, warnings = site(theme)
    assert warnings == []
    html = (outdir / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<link[^>]+href="_static/factcheck\.css[^"]*"', html)
    assert (outdir / "_static" / "factcheck.css").is_file()
    root = parse(html)
    for cls in (
        "fc-claim",
        "fc-source",
        "fc-article-body",
        "fc-highlight",
        "fc-boilerplate",
        "fc-verdict-summary",
        "fc-claim-rows",
        "fc-source-list",
        "fc-verdict-none",
        "fc-flaw",
        "fc-flawed",
        "fc-flaw-only",
        "fc-flaw-rows",
    ):
        assert root.find(cls=cls) is not None, cls
    # Card parts are plain divs, as sphinx-design renders its own: themes restyle
    # ``.container`` (pydata unsets its padding, furo zeroes it).
    card_parts = [
        e for e in root.iter("div") if any(c.startswith(("fc-", "sd-card")) for c in e.classes)
    ]
    assert card_parts
    assert [
        e.classes
        for e in card_parts
        if "container" in e.classes and "table-wrapper" not in e.classes
    ] == []
    # The source list is a plain <dl>: themes style a classed one as an API description.
    source_list = root.find(cls="fc-source-list")
    assert source_list is not None
    assert [d.classes for d in source_list.iter("dl") if "fc-fields" not in d.classes] == [[]]


# -- In the browser -------------------------------------------------------------------

#: For each element a selector matches: its text and background colours as painted
#: (through every ancestor's background and opacity), and its ring (box-shadow) colour.
CONTRAST_JS = """(selector) => {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext("2d", {willReadFrequently: true});
  const rgba = (css) => {  // premultiplied, 0..1
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = "rgba(0, 0, 0, 0)";
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r * a / 65025, g * a / 65025, b * a / 65025, a / 255];
  };
  const over = (top, bottom) => top.map((c, i) => c + bottom[i] * (1 - top[3]));
  const painted = (el, top) => {
    let layer = top;
    for (let node = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      layer = over(layer, rgba(style.backgroundColor)).map((c) => c * style.opacity);
    }
    return over(layer, [1, 1, 1, 1]);
  };
  const lum = ([r, g, b]) => {
    const lin = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratio = (a, b) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  return [...document.querySelectorAll(selector)].filter(
    (el) => el.getClientRects().length && el.textContent.trim()
  ).map((el) => {
    const style = getComputedStyle(el);
    const back = painted(el, [0, 0, 0, 0]);
    const page = painted(el.parentElement, [0, 0, 0, 0]);
    const rings = [(style.boxShadow.match(/^(rgba?|color)\\([^)]*\\)/) || [])[0],
                   parseFloat(style.borderTopWidth) > 0 ? style.borderTopColor : null];
    const edge = Math.max(ratio(back, page), ...rings.filter(Boolean).map(
      (ring) => ratio(painted(el.parentElement, rgba(ring)), page)));
    return {text: el.textContent.trim(), contrast: ratio(painted(el, rgba(style.color)), back),
            edge: edge, page: lum(painted(document.body, [0, 0, 0, 0]))};
  });
}"""


def open_page(browser: Any, outdir: Path, mode: str) -> Any:
    context = browser.new_context(color_scheme=mode)
    context.add_init_script(f"localStorage.setItem('mode', '{mode}')")
    page = context.new_page()
    page.goto((outdir / "index.html").as_uri())
    return page


def measure(page: Any, selector: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = page.evaluate(CONTRAST_JS, selector)
    assert found, selector
    return found


MODES = [(theme, "light") for theme in THEMES] + [(theme, "dark") for theme in DARK_THEMES]


@pytest.mark.parametrize(("theme", "mode"), MODES)
def test_badges_highlights_and_boilerplate_read_at_aa_contrast(
    browser, site, theme: str, mode: str
) -> None:
    outdir, _ = site(theme)
    page = open_page(browser, outdir, mode)
    badges = measure(page, ".fc-verdict")
    assert badges[0]["page"] < 0.2 if mode == "dark" else badges[0]["page"] > 0.8
    assert len({b["text"] for b in badges}) >= 8  # the whole scale and "Unchecked"
    low = {b["text"]: round(b["contrast"], 2) for b in badges if b["contrast"] < AA_TEXT}
    assert low == {}, "badge text"
    faint = {b["text"]: round(b["edge"], 2) for b in badges if b["edge"] < AA_NON_TEXT}
    assert faint == {}, "badge shape against the page"
    labels = measure(page, ".fc-flaw-label")
    assert {label["text"] for label in labels} == {
        "Copy flaw · major",
        "Copy flaw · minor",
        "Major",
        "Minor",
    }
    assert [
        (m["text"], round(m["contrast"], 2)) for m in labels if m["contrast"] < AA_TEXT
    ] == [], "flaw label text"
    for selector in (
        ".fc-article-body a.fc-highlight",
        ".fc-boilerplate",
        ".fc-flaw-marker",
        ".fc-should-read",
    ):
        low_text = [
            (m["text"], round(m["contrast"], 2))
            for m in measure(page, selector)
            if m["contrast"] < AA_TEXT
        ]
        assert low_text == [], selector
    page.context.close()


@pytest.mark.parametrize("theme", THEMES)
def test_cards_keep_their_padding_and_fields_stay_in_two_columns(browser, site, theme: str) -> None:
    outdir, _ = site(theme)
    page = open_page(browser, outdir, "light")
    padding = page.eval_on_selector(
        ".fc-claim .sd-card-body", "e => parseFloat(getComputedStyle(e).paddingLeft)"
    )
    assert padding >= 8
    name, value = page.eval_on_selector(
        ".fc-claim dl.fc-fields",
        "dl => [dl.querySelector('dt'), dl.querySelector('dd')].map(e => {"
        " const r = e.getBoundingClientRect(); return {left: r.left, top: r.top}; })",
    )
    assert value["left"] > name["left"]
    assert abs(value["top"] - name["top"]) < 8
    page.context.close()


PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize(("theme", "mode"), MODES)
def test_verdict_first_cards_fit_a_phone_and_read_at_aa_contrast(
    browser, site, theme: str, mode: str
) -> None:
    """The rating label and ruling lead the card; nothing scrolls sideways at 390 pixels."""
    outdir, _ = site(theme)
    context = browser.new_context(color_scheme=mode, viewport=PHONE)
    context.add_init_script(f"localStorage.setItem('mode', '{mode}')")
    page = context.new_page()
    page.goto((outdir / "index.html").as_uri())
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow}px of sideways scrolling"
    wide = page.evaluate(
        "[...document.querySelectorAll('.fc-claim')].filter(c => c.scrollWidth >"
        " c.clientWidth + 1).map(c => c.id)"
    )
    assert wide == []
    labels = measure(page, ".fc-rating-label")
    low = {b["text"]: round(b["contrast"], 2) for b in labels if b["contrast"] < AA_TEXT}
    assert low == {}
    rulings = measure(page, ".fc-claim .fc-ruling")
    assert all(r["contrast"] >= AA_TEXT for r in rulings), rulings
    context.close()


@pytest.mark.parametrize("theme", THEMES)
def test_flaw_cards_and_lists_fit_a_phone(browser, site, theme: str) -> None:
    outdir, _ = site(theme)
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto((outdir / "index.html").as_uri())
    # Cards and highlights wrap; a report too wide scrolls inside itself, like claim tables.
    overflowing = page.evaluate("""() => [...document.querySelectorAll(
        '.fc-flaw, .fc-flaw-list, .fc-article-body a.fc-flawed')].filter(
        (el) => el.getBoundingClientRect().right > window.innerWidth + 1
    ).map((el) => el.className)""")
    assert overflowing == []
    context.close()
