"""Synthetic Sphinx projects with the same words in four flavours, for build benchmarks.

A project has ``pages`` pages of ``claims`` claims each, a page of sources,
one article that quotes some of the claims, and three report pages (every
claim with a verdict summary, the misleading claims, the sources). Each
claim has a statement, a verdict, two sources, a sentence of reasoning and
a cross-reference to a claim on the next page. The flavours write those
words as:

``plain``
    Sphinx admonitions with labels and ``:ref:`` links; the report pages are
    hand-written tables (nothing is collected, so they are static). The floor.
``todo``
    ``sphinx.ext.todo`` items; the claims report is a ``todolist`` (which
    cannot filter, so the other reports are hand-written as in ``plain``).
``needs``
    sphinx-needs ``req`` needs with the verdict as ``:status:``, sources as
    ``spec`` needs, ``:need:`` links, and ``needtable`` reports.
``factcheck``
    sphinx-factcheck ``claim`` and ``source`` directives, ``:claim:`` and
    ``:source:`` roles, an annotated ``article``, ``verdict-summary``,
    ``claim-table`` and ``source-list`` reports.

Edits for incremental builds regenerate one page with a changed verdict (or
a changed prose paragraph), so every flavour gets the equivalent edit.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

FLAVOURS = ("plain", "todo", "needs", "factcheck")
VERDICTS = ("true", "mostly-true", "mixed", "misleading", "false", "unproven")
FINDINGS = (
    "holds up",
    "mostly holds up",
    "is partly right",
    "leaves out context",
    "is wrong",
    "cannot be checked",
)
#: The verdict the verdict edit gives to the first claim of the first page.
EDITED_VERDICT = "misleading"
#: The claims quoted in the annotated article, at most.
ARTICLE_CLAIMS = 50
REPORT_PAGES = ("reports/claims", "reports/misleading", "reports/sources")
_STATEMENT_START = re.compile(r"Claim \d+ of page \d+ says")


@dataclass(frozen=True)
class Shape:
    """How big a project is, and which edits it carries."""

    pages: int
    claims: int
    #: verdict overrides: (page, claim) -> verdict
    verdicts: dict[tuple[int, int], str] = field(default_factory=dict)
    #: pages whose introduction carries an extra sentence
    edited_prose: frozenset[int] = frozenset()

    @property
    def sources(self) -> int:
        # every source is cited, even in a tiny project
        return max(1, min(20 + self.pages // 10, self.pages * self.claims // 2))


def statement(page: int, claim: int) -> str:
    """The words of a claim, the same in every flavour."""
    key = page * 100 + claim
    return (
        f"Claim {claim} of page {page} says the index rose by {key % 97} percent "
        f"in {2000 + key % 24}"
    )


def verdict(shape: Shape, page: int, claim: int) -> str:
    return shape.verdicts.get((page, claim), VERDICTS[(page * shape.claims + claim) % 6])


def _claim_sources(shape: Shape, page: int, claim: int) -> tuple[int, int]:
    key = page * shape.claims + claim
    return key % shape.sources, (key * 7 + 3) % shape.sources


def _source_title(number: int) -> str:
    return f"Source number {number} on the index"


def _in_article(shape: Shape, page: int, claim: int) -> bool:
    return claim == 0 and page < ARTICLE_CLAIMS


def _heading(text: str, underline: str = "=") -> str:
    return f"{text}\n{underline * len(text)}\n\n"


def _indent(text: str) -> str:
    return "".join(f"   {line}\n" if line else "\n" for line in text.splitlines())


# --- one claim in each flavour ------------------------------------------------------------


def _reasoning(shape: Shape, page: int, claim: int, source_ref: str, claim_ref: str) -> str:
    finding = FINDINGS[VERDICTS.index(verdict(shape, page, claim))]
    return (
        f"The desk compared the statement with {source_ref} and found that it {finding}. "
        f"See also {claim_ref}."
    )


def _claim_text(flavour: str, shape: Shape, page: int, claim: int) -> str:
    first, second = _claim_sources(shape, page, claim)
    other_page = (page + 1) % shape.pages
    said = statement(page, claim)
    rating = verdict(shape, page, claim)
    if flavour == "factcheck":
        reasoning = _reasoning(
            shape, page, claim, f":source:`src-{first}`", f":claim:`p{other_page}-c{claim}`"
        )
        quote = (
            f":quote: {said}\n:article: the-article\n" if _in_article(shape, page, claim) else ""
        )
        return (
            f".. claim:: {said}.\n"
            + _indent(
                f":id: p{page}-c{claim}\n:verdict: {rating}\n"
                f":sources: src-{first}, src-{second}\n{quote}\n{reasoning}"
            )
            + "\n"
        )
    if flavour == "needs":
        reasoning = _reasoning(
            shape,
            page,
            claim,
            f":need:`SRC_{first:04d}`",
            f":need:`P{other_page:04d}_C{claim:03d}`",
        )
        return (
            f".. req:: {said}.\n"
            + _indent(
                f":id: P{page:04d}_C{claim:03d}\n:status: {rating}\n"
                f":links: SRC_{first:04d}, SRC_{second:04d}\n\n{reasoning}"
            )
            + "\n"
        )
    reasoning = _reasoning(
        shape,
        page,
        claim,
        f":ref:`{_source_title(first)} <src-{first}>`",
        f":ref:`Claim {claim} of page {other_page} <p{other_page}-c{claim}>`",
    )
    body = (
        f"{said}.\n\nVerdict: {rating}. Sources: :ref:`src-{first}`, :ref:`src-{second}`."
        f"\n\n{reasoning}"
    )
    directive = ".. todo::\n" if flavour == "todo" else ".. admonition:: Claim\n"
    return f".. _p{page}-c{claim}:\n\n{directive}\n{_indent(body)}\n"


def page_text(flavour: str, shape: Shape, page: int) -> str:
    """One page of claims."""
    intro = (
        f"This is page {page} of the synthetic archive. It introduces the "
        f"{shape.claims} claims the desk checked this week."
    )
    if page in shape.edited_prose:
        intro += " The editor added this sentence."
    claims = "".join(_claim_text(flavour, shape, page, claim) for claim in range(shape.claims))
    return _heading(f"Page {page}") + f"{intro}\n\n{claims}"


# --- sources, article, reports ------------------------------------------------------------


def _sources_text(flavour: str, shape: Shape) -> str:
    parts = [_heading("Sources")]
    for number in range(shape.sources):
        title = _source_title(number)
        publisher = f"Publisher {number % 4}"
        kind = ("news", "official", "study")[number % 3]
        url = f"https://example.org/source/{number}"
        if flavour == "factcheck":
            parts.append(
                f".. source:: src-{number}\n"
                + _indent(f":title: {title}\n:publisher: {publisher}\n:kind: {kind}\n:url: {url}")
                + "\n"
            )
        elif flavour == "needs":
            parts.append(
                f".. spec:: {title}\n"
                + _indent(f":id: SRC_{number:04d}\n\nPublished by {publisher} ({kind}): {url}")
                + "\n"
            )
        else:
            parts.append(
                f".. _src-{number}:\n\n"
                + _heading(title, "-")
                + f"Published by {publisher} ({kind}): {url}\n\n"
            )
    return "".join(parts)


def article_paragraphs(shape: Shape) -> list[str]:
    """The article's text: one paragraph per quoted claim."""
    return [
        f"At the hearing on day {page}, a speaker said: {statement(page, 0)}. "
        "The figure was repeated by others."
        for page in range(min(shape.pages, ARTICLE_CLAIMS))
    ]


def _article_page(flavour: str, shape: Shape) -> str:
    if flavour == "factcheck":
        return (
            _heading("The annotated article") + ".. article:: article.txt\n   :id: the-article\n"
            "   :title: The hearing, as reported\n"
        )
    return _heading("The annotated article") + "".join(
        f"{paragraph}\n\n" for paragraph in article_paragraphs(shape)
    )


def _static_table(rows: Iterable[tuple[str, str]], header: tuple[str, str]) -> str:
    lines = [
        ".. list-table::",
        "   :header-rows: 1",
        "",
        f"   * - {header[0]}",
        f"     - {header[1]}",
    ]
    for first, second in rows:
        lines += [f"   * - {first}", f"     - {second}"]
    return "\n".join(lines) + "\n\n"


def _report_text(flavour: str, shape: Shape, name: str) -> str:
    every_claim = [(page, claim) for page in range(shape.pages) for claim in range(shape.claims)]
    if name == "reports/claims":
        title = "Every claim"
        reports = {
            "factcheck": ".. verdict-summary::\n\n.. claim-table::\n",
            "needs": ".. needtable::\n   :types: req\n   :columns: id;title;status\n",
            "todo": ".. todolist::\n",
        }
        rows = [(statement(p, c) + ".", verdict(shape, p, c)) for p, c in every_claim]
    elif name == "reports/misleading":
        title = "Misleading claims"
        reports = {
            "factcheck": ".. claim-table::\n   :verdict: misleading\n",
            "needs": (
                ".. needtable::\n   :types: req\n   :columns: id;title;status\n"
                '   :filter: status == "misleading"\n'
            ),
        }
        rows = [
            (statement(p, c) + ".", "misleading")
            for p, c in every_claim
            if verdict(shape, p, c) == "misleading"
        ]
    else:
        title = "Sources cited"
        reports = {
            "factcheck": ".. source-list::\n",
            "needs": ".. needtable::\n   :types: spec\n   :columns: id;title\n",
        }
        rows = [(_source_title(n), f"Publisher {n % 4}") for n in range(shape.sources)]
    body = reports.get(flavour) or _static_table(
        rows, ("Statement", "Verdict") if name != "reports/sources" else ("Source", "Publisher")
    )
    return _heading(title) + body


CONF = {
    "plain": "extensions = []\n",
    "todo": 'extensions = ["sphinx.ext.todo"]\ntodo_include_todos = True\n',
    "needs": 'extensions = ["sphinx_needs"]\n',
    "factcheck": 'extensions = ["sphinx_factcheck"]\n',
}


def page_names(shape: Shape) -> list[str]:
    """The documents of a project, without the index."""
    return [
        *(f"pages/page-{page}" for page in range(shape.pages)),
        "sources",
        "article",
        *REPORT_PAGES,
    ]


def generate(root: Path, flavour: str, shape: Shape) -> None:
    """Write a fresh project of ``flavour`` at ``root`` (removed first if it exists)."""
    if flavour not in FLAVOURS:
        raise ValueError(f"unknown flavour {flavour!r}; one of {', '.join(FLAVOURS)}")
    if root.exists():
        shutil.rmtree(root)
    (root / "pages").mkdir(parents=True)
    (root / "reports").mkdir()
    (root / "conf.py").write_text(f'project = "bench-{flavour}"\n{CONF[flavour]}', encoding="utf-8")
    toctree = "".join(f"   {name}\n" for name in page_names(shape))
    (root / "index.rst").write_text(
        _heading("Synthetic archive") + f".. toctree::\n   :maxdepth: 1\n\n{toctree}",
        encoding="utf-8",
    )
    for page in range(shape.pages):
        write_page(root, flavour, shape, page)
    (root / "sources.rst").write_text(_sources_text(flavour, shape), encoding="utf-8")
    (root / "article.rst").write_text(_article_page(flavour, shape), encoding="utf-8")
    if flavour == "factcheck":
        (root / "article.txt").write_text(
            "\n\n".join(article_paragraphs(shape)) + "\n", encoding="utf-8"
        )
    for name in REPORT_PAGES:
        (root / f"{name}.rst").write_text(_report_text(flavour, shape, name), encoding="utf-8")


def write_page(root: Path, flavour: str, shape: Shape, page: int) -> None:
    """(Re)write one page of claims, e.g. after changing ``shape``'s edits."""
    (root / "pages" / f"page-{page}.rst").write_text(
        page_text(flavour, shape, page), encoding="utf-8"
    )


def edit_verdict(root: Path, flavour: str, shape: Shape) -> Shape:
    """Give the first claim of page 0 the verdict :data:`EDITED_VERDICT`; returns the new shape."""
    edited = Shape(
        shape.pages, shape.claims, {**shape.verdicts, (0, 0): EDITED_VERDICT}, shape.edited_prose
    )
    write_page(root, flavour, edited, 0)
    return edited


def edit_prose(root: Path, flavour: str, shape: Shape) -> Shape:
    """Add a sentence to the introduction of the middle page; returns the new shape."""
    page = shape.pages // 2
    edited = Shape(shape.pages, shape.claims, shape.verdicts, shape.edited_prose | {page})
    write_page(root, flavour, edited, page)
    return edited


def _claim_block(html: str, page: int, claim: int) -> str | None:
    """The table row of a claim's statement, or the HTML up to the next statement."""
    start = html.find(f"Claim {claim} of page {page} says")
    if start < 0:
        return None
    row_start = html.rfind("<tr", 0, start)
    if row_start > html.rfind("</tr>", 0, start):
        return html[row_start : html.find("</tr>", start)]
    following = _STATEMENT_START.search(html, start + 10)
    return html[start : following.start() if following else len(html)]


def report_freshness(outdir: Path, flavour: str) -> dict[str, bool]:
    """Whether each report page that should show the verdict edit shows it.

    ``reports/claims`` must show claim 0 of page 0 with the edited verdict;
    ``reports/misleading`` must list it.
    """
    claims = (outdir / "reports" / "claims.html").read_text(encoding="utf-8")
    misleading = (outdir / "reports" / "misleading.html").read_text(encoding="utf-8")
    block = _claim_block(claims, 0, 0)
    return {
        "reports/claims": block is not None and EDITED_VERDICT in block.lower(),
        "reports/misleading": _claim_block(misleading, 0, 0) is not None,
    }
