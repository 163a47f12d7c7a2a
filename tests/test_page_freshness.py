"""An incremental build rewrites exactly the pages whose shown data changed.

Each edit is followed by an incremental build that records the pages Sphinx
writes, then by a clean build: the written pages are those that show the
change, and every HTML page equals the clean build's, byte for byte.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .conftest import warnings_of

Edit = Callable[[Path], None]


@pytest.fixture
def project(rootdir: Path, tmp_path: Path) -> Path:
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-freshness", srcdir)
    return srcdir


@pytest.fixture
def flaws_project(rootdir: Path, tmp_path: Path) -> Path:
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-flaws", srcdir)
    return srcdir


def _build(
    make_app: Callable[..., Any], srcdir: Path, builddir: Path, **kwargs: Any
) -> tuple[Any, set[str]]:
    """Build and return the app and the documents it wrote (not genindex or search)."""
    app = make_app("html", srcdir=srcdir, builddir=builddir, **kwargs)
    written: set[str] = set()

    def record(app: Any, pagename: str, *args: Any) -> None:
        if pagename in app.env.all_docs:
            written.add(pagename)

    app.connect("html-page-context", record)
    app.build()
    # Apps made one after another in one test re-register Sphinx's nodes: not ours.
    assert [line for line in warnings_of(app) if str(srcdir) in line] == []
    return app, written


def _pages(app: Any) -> dict[str, bytes]:
    outdir = Path(app.outdir)
    return {
        path.relative_to(outdir).as_posix(): path.read_bytes()
        for path in sorted(outdir.rglob("*.html"))
    }


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def verdict_edit(src: Path) -> None:
    _edit(src / "claims/two.md", ":verdict: misleading", ":verdict: false")


def statement_edit(src: Path) -> None:
    _edit(
        src / "claims/two.md",
        "The tunnel is the longest in Europe.",
        "The tunnel is the longest road tunnel in Europe.",
    )


def new_claim(src: Path) -> None:
    with (src / "claims/two.md").open("a", encoding="utf-8") as file:
        file.write(
            "\n```{claim} The tunnel opened in 2001.\n:id: tunnel-open\n"
            ":verdict: true\n:status: done\n:sources: survey\n```\n"
        )


def deleted_claim(src: Path) -> None:
    _edit(
        src / "claims/one.md",
        "```{claim} The bridge cost two billion.\n:id: bridge-cost\n"
        ":verdict: false\n:status: done\n:sources: ministry\n:related: bridge\n\n"
        "The budget shows one billion.\n```\n",
        "",
    )


def moved_claim(src: Path) -> None:
    text = (src / "claims/two.md").read_text(encoding="utf-8")
    start = text.index("```{claim} The tunnel")
    end = text.index("```\n", text.index("Longest road tunnel")) + 4
    (src / "claims/two.md").write_text(text[:start] + text[end:], encoding="utf-8")
    with (src / "claims/one.md").open("a", encoding="utf-8") as file:
        file.write("\n" + text[start:end])


def new_cross_reference(src: Path) -> None:
    with (src / "plain.md").open("a", encoding="utf-8") as file:
        file.write("\nThe bridge again: {claim}`bridge`.\n")


def source_title_edit(src: Path) -> None:
    _edit(
        src / "sources.md", ":title: European tunnel survey", ":title: Survey of European tunnels"
    )


def article_claim_edit(src: Path) -> None:
    _edit(src / "claims/one.md", ":verdict: true", ":verdict: mostly-true")


def status_edit(src: Path) -> None:
    _edit(src / "claims/two.md", ":status: done", ":status: review")


def desk_note_edit(src: Path) -> None:
    _edit(
        src / "claims/two.md",
        ":sources: survey\n",
        ":sources: survey\n:desk-note: Ask the survey.\n",
    )


def flaw_description_edit(src: Path) -> None:
    _edit(
        src / "review.md",
        "The quotation is spliced from two remarks.",
        "The quotation joins two separate remarks.",
    )


def flaw_severity_edit(src: Path) -> None:
    _edit(src / "review.md", ":severity: major\n", ":severity: minor\n")


def prose_edit(src: Path) -> None:
    _edit(
        src / "claims/one.md",
        "Some prose about the bridge.",
        "Some prose about the bridge.\n\nAnd a second paragraph of prose.",
    )


#: Each edit and the documents it must rewrite, besides the edited ones.
CASES: list[tuple[Edit, set[str]]] = [
    # The reports that show the verdict, the source card citing the claim (its badge in
    # "Cited by"), the page whose role shows the badge.
    (verdict_edit, {"tables", "summary", "sources", "mentions"}),
    # The summary counts verdicts only: a new statement does not change it.
    (statement_edit, {"tables", "sources", "mentions"}),
    # A new claim is counted and listed, and cites a source (its "Cited by").
    (new_claim, {"tables", "summary", "sources"}),
    # The deleted claim named the bridge as related (the bridge's card is on the edited
    # page) and cited the ministry.
    (deleted_claim, {"tables", "summary", "sources"}),
    # Every link to the claim's card: the table, "Cited by", the role. The verdicts
    # are the same, so the summary stays.
    (moved_claim, {"tables", "sources", "mentions"}),
    # The bridge's card now lists the page that mentions it.
    (new_cross_reference, {"claims/one"}),
    # The claim table's sources column and the claim card name the source by its title.
    (source_title_edit, {"tables", "claims/two"}),
    # The article highlights the claim's quote in its verdict's colour.
    (article_claim_edit, {"tables", "summary", "sources", "article"}),
    # The desk sees the verdict marked unpublished, and counts statuses.
    (status_edit, {"tables", "summary", "sources", "mentions"}),
    # Nothing else: what plain Sphinx rewrites.
    (prose_edit, set()),
]

#: The public build: a verdict shows once its claim is published; desk notes never.
PUBLIC_CASES: list[tuple[Edit, set[str]]] = [
    (status_edit, {"tables", "summary", "sources", "mentions"}),
    (desk_note_edit, set()),
    (verdict_edit, {"tables", "summary", "sources", "mentions"}),
]

#: Copy flaws: the flaw list, the article's marks and a source's "Shows copy flaws".
FLAW_CASES: list[tuple[Edit, set[str]]] = [
    (flaw_description_edit, {"reports", "article"}),
    # The weekday flaw cites the transcript: the source list names it by description only.
    (flaw_severity_edit, {"reports", "article"}),
]

#: What each edit touches, and what Sphinx itself rewrites: the page whose toctree
#: lists the edited pages.
EDITED = {
    verdict_edit: {"claims/two"},
    statement_edit: {"claims/two"},
    new_claim: {"claims/two"},
    deleted_claim: {"claims/one"},
    moved_claim: {"claims/one", "claims/two"},
    new_cross_reference: {"plain"},
    source_title_edit: {"sources"},
    prose_edit: {"claims/one"},
    article_claim_edit: {"claims/one"},
    status_edit: {"claims/two"},
    desk_note_edit: {"claims/two"},
    flaw_description_edit: {"review"},
    flaw_severity_edit: {"review"},
}


def _check(
    make_app: Callable[..., Any],
    project: Path,
    tmp_path: Path,
    edit: Edit,
    expected: set[str],
    **kwargs: Any,
) -> None:
    incremental_dir = tmp_path / "incremental"
    _, first = _build(make_app, project, incremental_dir, **kwargs)
    assert first  # the first build writes every page
    _, unchanged = _build(make_app, project, incremental_dir, **kwargs)
    assert unchanged == set()

    edit(project)
    incremental, written = _build(make_app, project, incremental_dir, **kwargs)
    assert written == expected | EDITED[edit] | {"index"}
    clean, _ = _build(make_app, project, tmp_path / "clean", freshenv=True, **kwargs)
    incremental_pages, clean_pages = _pages(incremental), _pages(clean)
    assert incremental_pages.keys() == clean_pages.keys()
    for name, content in clean_pages.items():
        assert incremental_pages[name] == content, f"{name} differs from a clean build"


@pytest.mark.parametrize(("edit", "expected"), CASES, ids=[edit.__name__ for edit, _ in CASES])
def test_an_edit_rewrites_exactly_the_pages_that_show_it(
    make_app: Callable[..., Any], project: Path, tmp_path: Path, edit: Edit, expected: set[str]
) -> None:
    _check(make_app, project, tmp_path, edit, expected)


@pytest.mark.parametrize(
    ("edit", "expected"), PUBLIC_CASES, ids=[edit.__name__ for edit, _ in PUBLIC_CASES]
)
def test_the_public_build_rewrites_what_readers_see_change(
    make_app: Callable[..., Any], project: Path, tmp_path: Path, edit: Edit, expected: set[str]
) -> None:
    _check(
        make_app, project, tmp_path, edit, expected, confoverrides={"factcheck_audience": "public"}
    )


@pytest.mark.parametrize(
    ("edit", "expected"), FLAW_CASES, ids=[edit.__name__ for edit, _ in FLAW_CASES]
)
def test_a_copy_flaw_edit_rewrites_the_pages_that_show_the_flaw(
    make_app: Callable[..., Any],
    flaws_project: Path,
    tmp_path: Path,
    edit: Edit,
    expected: set[str],
) -> None:
    _check(make_app, flaws_project, tmp_path, edit, expected)


@pytest.mark.parametrize("audience", ["desk", "public"])
def test_a_page_whose_only_fc_content_is_a_desk_note_keeps_its_audience(
    make_app: Callable[..., Any], project: Path, tmp_path: Path, audience: str
) -> None:
    # The page shows nothing collected, but its post-transforms still run.
    app, _ = _build(
        make_app, project, tmp_path / audience, confoverrides={"factcheck_audience": audience}
    )
    page = (Path(app.outdir) / "notes.html").read_text(encoding="utf-8")
    assert "Prose for readers." in page
    assert ("Call the ministry before publishing." in page) == (audience == "desk")
