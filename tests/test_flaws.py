"""Copy flaws as a reader and a checker see them: cards, highlights, reports, JSON, warnings."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sphinx_factcheck.core.schema import export_problems

from .conftest import read_json, warnings_of
from .html_reports import caption, headers, links, page, parse, report_fragments, rows
from .test_warnings import parsed


def _card(app: Any, flaw_id: str) -> Any:
    return page(app, "review").by_id(f"flaw-{flaw_id}")


@pytest.mark.sphinx("html", testroot="flaws", freshenv=True)
def test_a_clean_project_with_flaws_builds_without_warnings(app) -> None:
    app.build()
    assert app.warning.getvalue() == ""


@pytest.mark.sphinx("html", testroot="flaws", freshenv=True)
def test_the_flaw_card_says_what_is_wrong_and_what_it_should_read(app) -> None:
    app.build()
    card = _card(app, "weekday")
    assert card.find(cls="fc-flaw-label").text() == "Copy flaw · major"
    assert card.find(cls="fc-flaw-description").text() == (
        "Wrong weekday: September 14, 2023 was a Thursday."
    )
    assert card.find(cls="fc-flaw-quote").text() == "Wednesday, September 14, 2023"
    assert card.find(cls="fc-should-read").text() == ("Should read: Wednesday, September 13, 2023")
    assert links(card.find(cls="fc-show-in-article")) == [
        ("Show in article", "article.html#flaw-quote-weekday")
    ]
    assert "(Kim and Putin meet, line 3)" in card.find(cls="fc-show-in-article").text()
    assert card.find(cls="fc-reasoning").text() == ("The Kremlin transcript is dated 13 September.")
    assert links(card.find(cls="fc-sources")) == [
        ("Kremlin transcript", "article.html#source-transcript")
    ]
    fields = card.find(cls="fc-fields")
    assert "fc-desk" in fields.classes and "ID: weekday" in fields.text()
    assert _card(app, "spliced").find(cls="fc-flaw-label").text() == "Copy flaw · minor"


@pytest.mark.sphinx(
    "html", testroot="flaws", freshenv=True, confoverrides={"factcheck_audience": "public"}
)
def test_the_public_build_drops_the_flaw_id(app) -> None:
    app.build()
    card = _card(app, "weekday")
    assert card.find(cls="fc-fields") is None
    assert "weekday" not in card.text().replace("Wrong weekday", "")
    assert card.find(cls="fc-flaw-label").text() == "Copy flaw · major"


@pytest.mark.sphinx("html", testroot="flaws", freshenv=True)
def test_flaw_quotes_are_marked_in_the_article_apart_from_claims(app) -> None:
    app.build()
    article = page(app, "article")
    weekday = article.by_id("flaw-quote-weekday")
    assert weekday.tag == "a" and weekday.attrs["href"] == "review.html#flaw-weekday"
    assert {"fc-highlight", "fc-flawed", "fc-flaw-major", "fc-flaw-only"} <= set(weekday.classes)
    assert not any(c.startswith("fc-hl-") for c in weekday.classes)  # no verdict tint
    assert weekday.attrs["title"] == (
        "Copy flaw (major): Wrong weekday: September 14, 2023 was a Thursday."
    )
    # Legible without colour: a flag and words for screen readers and text builders.
    assert weekday.find(cls="fc-flaw-marker").text() == "⚑"
    assert weekday.find(cls="fc-visually-hidden").text() == (
        "(copy flaw weekday, major: Wrong weekday: September 14, 2023 was a Thursday.)"
    )


@pytest.mark.sphinx("html", testroot="flaws", freshenv=True)
def test_where_a_flaw_and_a_claim_overlap_both_stay_visible(app) -> None:
    app.build()
    article = page(app, "article")
    claim_part = article.by_id("quote-long-meeting")
    assert claim_part.text() == "The meeting"
    assert claim_part.attrs["href"] == "review.html#claim-long-meeting"
    both = article.by_id("flaw-quote-long-meeting")
    assert both.text().startswith("lasted more than four hours⚑")
    # The shorter quote (the flaw's) takes the link; the claim's tint stays.
    assert both.attrs["href"] == "review.html#flaw-long-meeting"
    assert {"fc-hl-success", "fc-hl-verdict-true", "fc-flawed", "fc-flaw-minor"} <= set(
        both.classes
    )
    assert "fc-flaw-only" not in both.classes
    assert both.attrs["title"] == (
        "True: The meeting lasted more than four hours. | "
        "Copy flaw (minor): A stray word in the length sentence."
    )
    assert both.find(cls="fc-visually-hidden").text() == (
        "(claim long-meeting: True; copy flaw long-meeting, minor: "
        "A stray word in the length sentence.)"
    )
    # No link inside a link.
    html = (Path(app.outdir) / "article.html").read_text(encoding="utf-8")
    body = html[html.index("fc-article-body") : html.index('id="uncovered-summit"')]
    assert not re.search(r"<a\b[^>]*>(?:(?!</a>).)*<a\b", body, re.DOTALL)


@pytest.mark.sphinx("html", testroot="flaws", freshenv=True)
def test_flaws_do_not_count_as_coverage_or_verdicts(app) -> None:
    app.build()
    article = page(app, "article")
    assert (
        article.find(cls="fc-coverage")
        .text()
        .startswith("1 of 4 sentences covered (25%) by 1 anchored quote; 3 copy flaws marked.")
    )
    reports = page(app, "reports")
    [claim_table] = list(reports.iter("div", "fc-claim-table"))
    assert [row[0] for row in rows(claim_table.find("table"))] == ["long-meeting"]
    assert reports.find(cls="fc-summary-totals").text().startswith("1 claim")
    html = (Path(app.outdir) / "review.html").read_text(encoding="utf-8")
    assert html.count('"@type": "ClaimReview"') == 1
    assert "Copy flaw" not in html[html.index("application/ld+json") :].split("</script>")[0]


@pytest.mark.sphinx("html", testroot="flaws", freshenv=True)
def test_flaw_list_shows_major_first_and_links_to_cards(app) -> None:
    app.build()
    reports = page(app, "reports")
    everything, majors = list(reports.iter("div", "fc-flaw-list"))
    table = everything.find("table")
    assert caption(table) == "Copy flaws"
    assert headers(table) == ["Severity", "What is wrong", "As published", "Should read"]
    assert rows(table) == [
        [
            "Major",
            "Wrong weekday: September 14, 2023 was a Thursday.",
            "Wednesday, September 14, 2023",
            "Wednesday, September 13, 2023",
        ],
        [
            "Minor",
            "The quotation is spliced from two remarks.",
            "we stand with Russia and its fight against imperialism",
            "We stand with Russia … its fight against imperialism (two remarks)",
        ],
        ["Minor", "A stray word in the length sentence.", "lasted more than four hours", ""],
    ]
    assert [href for _, href in links(table)] == [
        "review.html#flaw-weekday",
        "review.html#flaw-spliced",
        "review.html#flaw-long-meeting",
    ]
    assert [row[1] for row in rows(majors.find("table"))] == [
        "Wrong weekday: September 14, 2023 was a Thursday."
    ]


@pytest.mark.sphinx("html", testroot="flaws", freshenv=True)
def test_a_source_cited_only_by_flaws_is_cited(app) -> None:
    app.build()
    transcript = page(app, "article").by_id("source-transcript")
    footer = transcript.find(cls="fc-cited-by")
    assert footer.text() == "Shows copy flaws: Wrong weekday: September 14, 2023 was a Thursday."
    assert links(footer) == [
        ("Wrong weekday: September 14, 2023 was a Thursday.", "review.html#flaw-weekday")
    ]


@pytest.mark.sphinx("html", testroot="flaws", freshenv=True)
def test_flaws_are_exported_with_selectors_and_validate(app) -> None:
    app.build()
    export = read_json(app)
    assert export_problems(export) == []
    assert export["schema_version"] == "1.2"
    assert [f["id"] for f in export["flaws"]] == ["long-meeting", "spliced", "weekday"]
    weekday = export["flaws"][2]
    assert weekday["href"] == "review.html#flaw-weekday"
    assert (weekday["severity"], weekday["should_read"], weekday["docname"], weekday["lineno"]) == (
        "major",
        "Wednesday, September 13, 2023",
        "review",
        9,
    )
    quote, position = weekday["anchor"]["selectors"]
    assert quote["type"] == "TextQuoteSelector"
    assert quote["exact"] == "Wednesday, September 14, 2023"
    text = (Path(app.srcdir) / "article.txt").read_text(encoding="utf-8")
    assert text[position["start"] : position["end"]] == quote["exact"]
    assert export["summary"]["claims"] == 1
    assert [c["id"] for c in export["claims"]] == ["long-meeting"]
    broken = json.loads(json.dumps(export))
    broken["flaws"][0]["severity"] = "catastrophic"
    assert export_problems(broken)


@pytest.mark.sphinx("html", testroot="flaws-bad", freshenv=True)
def test_each_flaw_problem_is_one_located_typed_warning(app) -> None:
    app.build()
    found = parsed(app)
    assert Counter((name, line, subtype) for name, line, subtype, _ in found) == Counter(
        {
            ("index.md", 10, "bad_option"): 1,
            ("index.md", 16, "bad_option"): 1,
            ("index.md", 22, "unknown_source"): 1,
            ("index.md", 31, "duplicate_id"): 1,
            ("index.md", 35, "quote_not_found"): 1,
            ("index.md", 40, "quote_fuzzy"): 1,
            ("index.md", 45, "quote_ambiguous"): 1,
            ("index.md", 50, "missing_id"): 1,
            ("index.md", 54, "bad_option"): 1,
            ("index.md", 54, "missing_field"): 1,
            ("index.md", 64, "bad_option"): 2,
            ("index.md", 64, "unknown_article"): 1,
        }
    )
    messages = {(line, subtype): msg for _, line, subtype, msg in found}
    assert messages[31, "duplicate_id"].startswith(
        "flaw id 'twice' is already used by the flaw at "
    )
    assert messages[31, "duplicate_id"].endswith("index.md:27; give this one another :id:")
    assert messages[35, "quote_not_found"].startswith("flaw 'not-found': quote ")
    assert messages[54, "missing_field"].startswith("flaw: say what is wrong")
    # A claim may share an id with a flaw: no warning for the claim "twice".
    export = read_json(app)
    assert "twice" in {c["id"] for c in export["claims"]}
    assert {f["id"]: f["rejected"] for f in export["flaws"]}["odd-severity"] == [
        "severity=catastrophic"
    ]


def _project(tmp_path: Path, files: dict[str, str]) -> Path:
    srcdir = tmp_path / "src"
    srcdir.mkdir(parents=True)
    (srcdir / "conf.py").write_text(
        'extensions = ["myst_parser", "sphinx_factcheck"]\nfactcheck_require = []\n',
        encoding="utf-8",
    )
    for name, text in files.items():
        (srcdir / name).write_text(text, encoding="utf-8")
    return srcdir


def test_an_empty_flaw_list_says_so(make_app, tmp_path) -> None:
    srcdir = _project(
        tmp_path, {"index.md": "# Nothing\n\n```{flaw-list}\n:caption: Copy flaws\n```\n"}
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert app.warning.getvalue() == ""
    report = page(app, "index").find(cls="fc-flaw-list")
    assert report.text() == "Copy flaws No copy flaws found."
    assert read_json(app)["flaws"] == []


MYST_FLAW = """# Page

```{article}
:id: page

It rained on Sunday, 3 March.
```

```{fc:flaw} Wrong weekday.
:id: weekday
:quote: Sunday, 3 March
:should-read: Saturday, 3 March
:severity: major
The *calendar* says so.
```
"""

RST_FLAW = """Page
====

.. article::
   :id: page

   It rained on Sunday, 3 March.

.. fc:flaw:: Wrong weekday.
   :id: weekday
   :quote: Sunday, 3 March
   :should-read: Saturday, 3 March
   :severity: major

   The *calendar* says so.
"""


def test_myst_and_rest_give_the_same_flaw(make_app, tmp_path) -> None:
    cards = []
    for name, (filename, text) in {
        "myst": ("index.md", MYST_FLAW),
        "rst": ("index.rst", RST_FLAW),
    }.items():
        app = make_app("html", srcdir=_project(tmp_path / name, {filename: text}))
        app.build()
        # A second app in one test re-registers Sphinx's own nodes and directives.
        assert [w for w in warnings_of(app) if "while setting up extension" not in w] == []
        html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
        start = html.index('<div class="sd-card')
        card = html[start : html.index("</section>", start)]
        cards.append((card, page(app, "index").by_id("flaw-quote-weekday").attrs["href"]))
    assert cards[0] == cards[1]
    card = parse(cards[0][0])
    assert card.text().startswith("Copy flaw · major Wrong weekday. ID: weekday")
    assert "The calendar says so." in card.text()
    assert cards[0][1] == "#flaw-weekday"


@pytest.mark.parametrize("builder", ["text", "latex"])
def test_text_and_latex_builders_write_flaws(make_app, rootdir, tmp_path, builder) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-flaws", srcdir)
    app = make_app(builder, srcdir=srcdir)
    app.build()
    assert app.warning.getvalue() == ""
    if builder == "text":
        review = " ".join(
            (Path(app.outdir) / "review.txt").read_text(encoding="utf-8").replace("**", "").split()
        )
        assert "Copy flaw · major Wrong weekday: September 14, 2023 was a Thursday." in review
        assert "Should read: Wednesday, September 13, 2023" in review
        article = " ".join((Path(app.outdir) / "article.txt").read_text(encoding="utf-8").split())
        assert "Wednesday, September 14, 2023⚑ (copy flaw weekday, major: Wrong weekday" in article
    else:
        tex = next(Path(app.outdir).glob("*.tex")).read_text(encoding="utf-8")
        assert "Should read:" in tex


# -- incremental and parallel builds -------------------------------------------


@pytest.fixture
def flaw_project(rootdir: Path, tmp_path: Path) -> Path:
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-flaws", srcdir)
    return srcdir


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def change_severity(src: Path) -> None:
    _edit(src / "review.md", ":severity: major", ":severity: minor")


def change_quote(src: Path) -> None:
    _edit(src / "review.md", ":quote: lasted more than four hours", ":quote: the Kremlin said")


def delete_flaw(src: Path) -> None:
    path = src / "review.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        re.sub(r"```\{flaw\} The quotation is spliced.*?\n```\n", "", text, flags=re.DOTALL),
        encoding="utf-8",
    )


def add_flaw_elsewhere(src: Path) -> None:
    with (src / "article.md").open("a", encoding="utf-8") as file:
        file.write(
            "\n```{flaw} Wrong attribution.\n:id: attribution\n:severity: major\n"
            ":quote: the Kremlin said\n:sources: ap\n```\n"
        )


def _outputs(app: Any) -> tuple[Any, ...]:
    outdir = Path(app.outdir)
    article = parse((outdir / "article.html").read_text(encoding="utf-8"))
    review = (outdir / "review.html").read_text(encoding="utf-8")
    return (
        read_json(app),
        report_fragments(outdir),
        repr(article.find(cls="fc-article-body")),
        [repr(c) for c in parse(review).iter("div", "fc-flaw")],
    )


def _build(make_app: Callable[..., Any], srcdir: Path, builddir: Path, **kwargs: Any) -> Any:
    app = make_app("html", srcdir=srcdir, builddir=builddir, **kwargs)
    app.build()
    return app


def test_incremental_builds_equal_clean_builds_after_flaw_edits(
    make_app, flaw_project, tmp_path
) -> None:
    incremental_dir = tmp_path / "incremental"
    _build(make_app, flaw_project, incremental_dir)
    for number, edit in enumerate(
        [change_severity, change_quote, delete_flaw, add_flaw_elsewhere], start=1
    ):
        edit(flaw_project)
        incremental = _outputs(_build(make_app, flaw_project, incremental_dir))
        clean = _outputs(
            _build(make_app, flaw_project, tmp_path / f"clean-{number}", freshenv=True)
        )
        assert incremental == clean, f"output differs after {edit.__name__}"
    export = clean[0]
    assert {f["id"]: f["severity"] for f in export["flaws"]} == {
        "weekday": "minor",
        "long-meeting": "minor",
        "attribution": "major",
    }
    assert "attribution" in "".join(clean[1]["reports.html"])


def test_parallel_build_equals_serial_build_with_flaws(
    make_app, flaw_project, tmp_path, monkeypatch
) -> None:
    from sphinx.builders import Builder

    # Flaws on more pages than the article's, so reading really is split.
    for number in range(1, 5):
        (flaw_project / f"more-{number}.md").write_text(
            f"---\norphan: true\n---\n\n# More {number}\n\n```{{flaw}} Flaw {number}.\n"
            f":id: more-{number}\n:severity: {'major' if number % 2 else 'minor'}\n"
            f":quote: the Kremlin said\n:sources: ap\n```\n",
            encoding="utf-8",
        )
    serial = _build(make_app, flaw_project, tmp_path / "serial", freshenv=True)
    phases = []
    for phase in ("_read_parallel", "_write_parallel"):
        original = getattr(Builder, phase)

        def spy(
            self: Any, *args: Any, _original: Any = original, _phase: str = phase, **kwargs: Any
        ) -> Any:
            phases.append(_phase)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(Builder, phase, spy)
    parallel = _build(make_app, flaw_project, tmp_path / "parallel", freshenv=True, parallel=2)
    assert phases == ["_read_parallel", "_write_parallel"]
    assert _outputs(parallel) == _outputs(serial)
    assert len(read_json(parallel)["flaws"]) == 7


@pytest.mark.sphinx("html", testroot="flaws", freshenv=True, confoverrides={"language": "de"})
def test_flaw_labels_follow_the_project_language(app) -> None:
    app.build()
    card = _card(app, "weekday")
    assert card.find(cls="fc-flaw-label").text() == "Textfehler · schwer"
    assert card.find(cls="fc-should-read").text().startswith("Richtig wäre: ")
    table = page(app, "reports").find(cls="fc-flaw-list").find("table")
    assert headers(table) == ["Schwere", "Was falsch ist", "Wie veröffentlicht", "Richtig wäre"]
    assert rows(table)[0][0] == "Schwer"
    weekday = page(app, "article").by_id("flaw-quote-weekday")
    assert weekday.attrs["title"].startswith("Textfehler (schwer): Wrong weekday")
