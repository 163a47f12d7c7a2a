"""How report cost grows: build N documents x M claims with R reports, side by side.

    python benchmarks/bench_reports.py --docs 40 --claims 25 --reports 0,1,20

For each report count it generates a fresh project, runs a clean HTML build
and then an incremental build after one verdict changes (which rewrites every
page that shows collected data), and prints the size of the report pages,
the wall-clock times, the time spent filling report and back-link
placeholders ("filling"), the pages resolved, and the clean-build ratio
against the first report count. Reports are a mix of filtered claim tables, verdict summaries and
source lists; one in five claim tables is unfiltered.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from typing import Any

VERDICTS = ("true", "mostly-true", "mixed", "misleading", "false", "unproven", "opinion")
TAGS = ("summit", "missiles", "sanctions", "quotes", "economy", "space")
SOURCES = 20


def _claim(doc: int, number: int) -> str:
    verdict = VERDICTS[(doc + number) % len(VERDICTS)]
    tags = f"{TAGS[number % len(TAGS)]}, {TAGS[(doc + 2) % len(TAGS)]}"
    sources = f"src-{(doc + number) % SOURCES}, src-{(doc * 7 + number) % SOURCES}"
    return (
        f"```{{claim}} Claim {number} of document {doc} says something checkable.\n"
        f":id: d{doc}-c{number}\n:verdict: {verdict}\n:sources: {sources}\n"
        f":claimant: Speaker {number % 9}\n:tags: {tags}\n:checked: 2023-09-14\n"
        f"The reasoning for claim {number}, citing {{source}}`src-{number % SOURCES}`.\n"
        "```\n\n"
    )


def _report(number: int) -> str:
    kind = number % 4
    if kind == 0:
        return (
            "```{claim-table}\n:sort: -verdict, id\n"
            + (
                ":group-by: verdict\n"
                if number % 5 == 0
                else f":tags: {TAGS[number % len(TAGS)]}\n:verdict: false, misleading\n"
            )
            + "```\n\n"
        )
    if kind == 1:
        return (
            f"```{{claim-table}}\n:claimant: Speaker {number % 9}\n"
            ":columns: id, claim, verdict, claimant, document, tags\n```\n\n"
        )
    if kind == 2:
        return f"```{{verdict-summary}}\n:tags: {TAGS[number % len(TAGS)]}\n```\n\n"
    return "```{source-list}\n:group-by: kind\n```\n\n"


def generate(root: Path, documents: int, claims: int, reports: int) -> None:
    """Write a project: ``documents`` pages of ``claims`` claims, and ``reports`` reports."""
    if root.exists():
        shutil.rmtree(root)
    (root / "claims").mkdir(parents=True)
    (root / "conf.py").write_text(
        'project = "bench"\nextensions = ["myst_parser", "sphinx_factcheck"]\n'
        'suppress_warnings = ["factcheck"]\nhtml_domain_indices = True\n'
    )
    report_pages = [f"reports-{page}" for page in range(0, reports, 5)]
    toctree = "\n".join([*(f"claims/doc-{d}" for d in range(documents)), "sources", *report_pages])
    (root / "index.md").write_text(f"# Bench\n\n```{{toctree}}\n{toctree}\n```\n")
    for doc in range(documents):
        body = "".join(_claim(doc, number) for number in range(claims))
        (root / "claims" / f"doc-{doc}.md").write_text(f"# Document {doc}\n\n{body}")
    sources = "".join(
        f"```{{source}} src-{n}\n:title: Source number {n}\n:publisher: Publisher {n % 4}\n"
        f":kind: {('news', 'official', 'study')[n % 3]}\n:url: https://example.org/{n}\n```\n\n"
        for n in range(SOURCES)
    )
    (root / "sources.md").write_text(f"# Sources\n\n{sources}")
    for page, name in enumerate(report_pages):
        body = "".join(_report(n) for n in range(page * 5, min(reports, page * 5 + 5)))
        (root / f"{name}.md").write_text(f"# Reports {page}\n\n{body}")


@dataclass
class Timing:
    """Seconds spent in one build, and in filling report placeholders."""

    build: float
    reports: float
    written: int
    report_kb: float


@contextmanager
def _timed_report_resolution(spent: list[float]) -> Iterator[None]:
    from sphinx_factcheck.rendering.transforms import ResolveReports

    original = ResolveReports.run

    def run(self: Any, **kwargs: Any) -> None:
        start = time.perf_counter()
        original(self, **kwargs)
        spent.append(time.perf_counter() - start)

    ResolveReports.run = run  # type: ignore[method-assign]
    try:
        yield
    finally:
        ResolveReports.run = original  # type: ignore[method-assign]


def build(srcdir: Path, outdir: Path, jobs: int, fresh: bool) -> Timing:
    """One HTML build; returns its timing."""
    from sphinx.application import Sphinx

    spent: list[float] = []
    status = StringIO()
    with _timed_report_resolution(spent):
        start = time.perf_counter()
        app = Sphinx(
            str(srcdir),
            str(srcdir),
            str(outdir / "html"),
            str(outdir / "doctrees"),
            "html",
            status=status,
            warning=StringIO(),
            freshenv=fresh,
            parallel=jobs,
        )
        app.build()
        elapsed = time.perf_counter() - start
    report_bytes = sum(page.stat().st_size for page in (outdir / "html").glob("reports-*.html"))
    return Timing(elapsed, sum(spent), len(spent), report_bytes / 1024)


def change_one_verdict(srcdir: Path) -> None:
    """Edit one claim, so every page showing collected data is rewritten."""
    path = srcdir / "claims" / "doc-0.md"
    text = path.read_text()
    path.write_text(text.replace(":verdict: true", ":verdict: false", 1))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40, help="documents with claims")
    parser.add_argument("--claims", type=int, default=25, help="claims per document")
    parser.add_argument("--reports", default="1,20", help="report counts to compare")
    parser.add_argument("--jobs", type=int, default=1, help="parallel jobs (sphinx -j)")
    parser.add_argument("--keep", type=Path, help="keep the generated projects here")
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.reports.split(",")]

    base = args.keep or Path(tempfile.mkdtemp(prefix="fc-bench-"))
    print(
        f"{args.docs} documents x {args.claims} claims = {args.docs * args.claims} claims, "
        f"-j {args.jobs}"
    )
    print(
        f"{'reports':>8} {'report KB':>10} {'clean s':>8} {'filling':>8} {'pages':>6} "
        f"{'incremental s':>14} {'filling':>8} {'clean ratio':>12}"
    )
    first: float | None = None
    try:
        for reports in counts:
            srcdir = base / f"r{reports}" / "src"
            generate(srcdir, args.docs, args.claims, reports)
            clean = build(srcdir, base / f"r{reports}" / "build", args.jobs, fresh=True)
            change_one_verdict(srcdir)
            incremental = build(srcdir, base / f"r{reports}" / "build", args.jobs, fresh=False)
            first = first or clean.build
            print(
                f"{reports:>8} {clean.report_kb:>10.0f} {clean.build:>8.2f} "
                f"{clean.reports:>8.2f} {clean.written:>6} {incremental.build:>14.2f} "
                f"{incremental.reports:>8.2f} {clean.build / first:>12.2f}"
            )
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
