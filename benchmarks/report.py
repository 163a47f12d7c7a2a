"""The Markdown page of benchmark results: machine, versions, goals and tables."""

from __future__ import annotations

import datetime
import os
import platform
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.bench_builds import Key, Results

PACKAGES = (
    "sphinx",
    "docutils",
    "myst-parser",
    "sphinx-design",
    "sphinx-needs",
    "sphinx-factcheck",
    "psutil",
)
COMMAND = "python -m benchmarks.bench_builds --write-docs"
GOAL_SIZE = 300
LABELS = {
    "plain": "plain Sphinx (admonitions)",
    "todo": "sphinx.ext.todo (todolist)",
    "needs": "sphinx-needs (needtable)",
    "factcheck": "sphinx-factcheck",
}


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gb() -> str:
    try:
        import psutil
    except ImportError:
        return "unknown"
    return f"{psutil.virtual_memory().total / 2**30:.1f} GB"


def machine_lines() -> list[str]:
    """The machine and software the numbers were measured on."""
    versions = []
    for package in PACKAGES:
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} (not installed)")
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return [
        f"- Machine: {_cpu_model()}, {os.cpu_count()} logical cores, {_memory_gb()} RAM, "
        f"{platform.system()} {platform.release()}; load average at the end {load}",
        f"- Python {platform.python_version()}; " + ", ".join(versions),
        f"- Measured {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
    ]


def _ratio(value: float | None, floor: float | None) -> str:
    return f"{value / floor:.2f}×" if value is not None and floor else "–"


def _mb(value: float | None) -> str:
    return f"{value / 2**20:.0f}" if value is not None else "–"


def _table(results: Results, flavours: list[str], pages: int, jobs: int) -> list[str]:
    lines = [
        "| Flavour | Full build | × plain | CPU | × plain | Peak MB | × plain | Verdict edit "
        "| × plain | Pages written | Reports fresh | Prose edit | Pages written |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|:--|---:|---:|",
    ]

    def key(flavour: str, scenario: str) -> Key:
        return flavour, pages, jobs, scenario

    for flavour in flavours:
        if not (results.has(key(flavour, "prose")) and results.has(key("plain", "prose"))):
            continue
        cells = [LABELS[flavour]]
        for scenario in ("full", "verdict", "prose"):
            seconds = results.median_seconds(key(flavour, scenario))
            cells.append(f"{seconds:.2f} s")
            if scenario == "full":
                floor = results.median_seconds(key("plain", "full"))
                cells.append(_ratio(seconds, floor))
                cpu = results.median_cpu(key(flavour, "full"))
                cells += [
                    f"{cpu:.1f} s" if cpu is not None else "–",
                    _ratio(cpu, results.median_cpu(key("plain", "full"))),
                ]
                peak = results.median_peak(key(flavour, "full"))
                cells += [_mb(peak), _ratio(peak, results.median_peak(key("plain", "full")))]
            elif scenario == "verdict":
                cells.append(_ratio(seconds, results.median_seconds(key("plain", "verdict"))))
                cells.append(str(results.written(key(flavour, scenario))))
                fresh = results.fresh(key(flavour, scenario))
                cells.append(
                    "yes" if fresh else "no (hand-written)" if flavour == "plain" else "**no**"
                )
            else:
                cells.append(str(results.written(key(flavour, scenario))))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _goals(results: Results, sizes: list[int], jobs: list[int], linearity: int) -> list[str]:
    size = GOAL_SIZE if GOAL_SIZE in sizes else max(sizes)
    lines = [
        f"Goals at {size} pages, as ratios of wall time to plain Sphinx in the same run "
        "(`-j 1` unless stated):",
        "",
        "| Goal | Target | Measured | Met |",
        "|---|---|---|:-:|",
    ]
    if not results.has(("factcheck", size, 1, "full")):
        return [*lines, "| (sphinx-factcheck or `-j 1` not measured) | | | |"]

    def seconds(flavour: str, scenario: str, job_count: int = 1) -> float:
        return results.median_seconds((flavour, size, job_count, scenario))

    def row(goal: str, target: str, measured: str, met: bool) -> None:
        lines.append(f"| {goal} | {target} | {measured} | {'yes' if met else '**no**'} |")

    def cpu(flavour: str, scenario: str, job_count: int = 1) -> str:
        ours = results.median_cpu((flavour, size, job_count, scenario))
        floor = results.median_cpu(("plain", size, job_count, scenario))
        return f" (CPU time {ours / floor:.2f}×)" if ours is not None and floor else ""

    full = seconds("factcheck", "full") / seconds("plain", "full")
    row("Full build", "≤ 1.20× plain", f"{full:.2f}×{cpu('factcheck', 'full')}", full <= 1.20)
    peak = results.median_peak(("factcheck", size, 1, "full"))
    floor = results.median_peak(("plain", size, 1, "full"))
    if peak is not None and floor:
        row(
            "Peak memory (process tree)",
            "≤ 1.20× plain",
            f"{peak / floor:.2f}×",
            peak / floor <= 1.20,
        )
    verdict = seconds("factcheck", "verdict") / seconds("plain", "verdict")
    fresh = results.fresh(("factcheck", size, 1, "verdict"))
    row(
        "Incremental build after one verdict edit",
        "≤ 3× plain's one-page edit, reports fresh",
        f"{verdict:.2f}×{cpu('factcheck', 'verdict')}, reports {'fresh' if fresh else 'stale'}",
        verdict <= 3 and fresh,
    )
    ours = results.written(("factcheck", size, 1, "prose"))
    plain = results.written(("plain", size, 1, "prose"))
    row(
        "Incremental build after a prose-only edit",
        "the same pages written as plain",
        f"{ours} pages (plain {plain})",
        ours <= plain,
    )
    if all(results.has((flavour, size, 2, "full")) for flavour in ("plain", "factcheck")):
        ours_gain = seconds("factcheck", "full") / seconds("factcheck", "full", 2)
        plain_gain = seconds("plain", "full") / seconds("plain", "full", 2)
        row(
            "`-j 2` speed-up of the full build",
            "≥ plain's",
            f"{ours_gain:.2f}× (plain {plain_gain:.2f}×)",
            ours_gain >= plain_gain,
        )
    smaller = [other for other in sizes if other < size]
    if linearity and results.has(("factcheck", linearity, 1, "full")):
        base, big = size, linearity
    elif smaller and all(
        results.has((flavour, max(smaller), 1, "full")) for flavour in ("plain", "factcheck")
    ):
        # the linearity size not measured: the same check one step down
        base, big = max(smaller), size
    else:
        return lines

    def share(pages: int) -> float:
        return results.median_seconds(("factcheck", pages, 1, "full")) - results.median_seconds(
            ("plain", pages, 1, "full")
        )

    ratio = share(big) / share(base) if share(base) > 0 else float("inf")
    cpu_shares = [
        (results.median_cpu(("factcheck", pages, 1, "full")) or 0)
        - (results.median_cpu(("plain", pages, 1, "full")) or 0)
        for pages in (base, big)
    ]
    cpu_note = f" (CPU time {cpu_shares[1] / cpu_shares[0]:.2f}×)" if cpu_shares[0] > 0 else ""
    row(
        f"Extension's share (its full build minus plain's) at {big} pages",
        f"≤ {big / base:.3g}× its share at {base}",
        f"{share(big):.2f} s / {share(base):.2f} s = {ratio:.2f}×{cpu_note}",
        ratio <= big / base,
    )
    return lines


def _reading(results: Results, sizes: list[int]) -> list[str]:
    """What the tables say about where the time goes, computed from them."""
    size = GOAL_SIZE if GOAL_SIZE in sizes else max(sizes)
    if not results.has(("factcheck", size, 1, "verdict")):
        return []
    total = results.written(("factcheck", size, 1, "full"))
    after_verdict = results.written(("factcheck", size, 1, "verdict"))
    plain_prose = results.written(("plain", size, 1, "prose"))
    ours_prose = results.written(("factcheck", size, 1, "prose"))
    lines = [
        "Reading the numbers:",
        "",
        f"- After one verdict edit sphinx-factcheck wrote {after_verdict} of its "
        f"{total} pages at {size} pages: the edited page and the pages whose digest of "
        "what they show changed (the reports listing that claim, the annotated article, "
        "the pages whose links or back-links name it). Writing those report pages is most "
        "of the cost: the every-claim table has a row per claim, and the other flavours "
        "skip such pages only by leaving them stale."
        + "".join(
            f" {LABELS[other].split(' (')[0]} wrote "
            f"{results.written((other, size, 1, 'verdict'))}, leaving its reports "
            "stale."
            for other in ("needs", "todo")
            if results.has((other, size, 1, "verdict"))
        ),
    ]
    if ours_prose > plain_prose:
        lines.append(
            f"- After a prose-only edit it wrote {ours_prose - plain_prose} pages more than "
            "plain Sphinx: the claim and source indices (`fc-claimindex.html`, "
            "`fc-sourceindex.html`), which Sphinx rewrites on every build, as it does "
            "`genindex.html`."
        )
    lines.append(
        "- Where wall time and CPU time disagree, the machine was busy with other "
        "work; the CPU-time ratio is the steadier one."
    )
    lines.append(
        "- What limits the full build, after profiling: a claim card is about 35 doctree "
        "nodes where an admonition is about 7, and Sphinx's own transforms, pickling and "
        "writing pay for each; sphinx-design's post-transforms walk every page because "
        "the extension loads it; and Sphinx resolves every page (the extension's "
        "post-transforms included) in the main process, so `-j` parallelises writing "
        "only."
    )
    return lines


def markdown_page(
    results: Results,
    *,
    flavours: list[str],
    sizes: list[int],
    jobs: list[int],
    claims: int,
    linearity: int,
    minutes: float,
    commit: str,
    with_core: bool,
) -> str:
    """The whole docs page."""
    repeat = max(len(builds) for builds in results.builds.values())
    lines = [
        "# Performance",
        "",
        "How long sphinx-factcheck takes to build, next to plain Sphinx and the tools a desk",
        "might use instead. Generated by the benchmark in the repository; to regenerate this",
        "page (about an hour on two cores):",
        "",
        "```console",
        '$ pip install -e ".[bench]"',
        f"$ {COMMAND}",
        "```",
        "",
        "## What is measured",
        "",
        f"Synthetic projects of P pages × {claims} claims, with the same words in every "
        "flavour: each claim has a statement, a verdict, two sources, a sentence of "
        "reasoning and a cross-reference to a claim on the next page; there is a page of "
        "sources, an article quoting up to 50 of the claims (annotated by sphinx-factcheck, "
        "plain prose elsewhere) and three report pages: every claim, the misleading claims, "
        "the sources. Plain Sphinx writes claims as admonitions and the reports as "
        "hand-written tables (the floor: nothing is collected, so nothing is ever fresh); "
        "`sphinx.ext.todo` uses a `todolist` for every claim (it cannot filter: the other "
        "reports are hand-written); sphinx-needs uses needs and `needtable`; "
        "sphinx-factcheck uses claims, sources, `verdict-summary`, `claim-table`, "
        "`source-list` and an annotated `article`. The generator is "
        "`benchmarks/synthetic.py`.",
        "",
        "Each build is a fresh `sphinx-build -b html` process. The flavours are built "
        f"round-robin, {repeat} rounds, and the tables give the median, so load from other "
        "work on the machine falls on every flavour alike. For each flavour, size and "
        "`-j`: a full build; an incremental build after one verdict edit (the first claim "
        "of page 0 becomes misleading: a status edit for sphinx-needs, the todo's text for "
        "todo, the admonition's text for plain); an incremental build after a prose-only "
        "edit (one sentence added to the introduction of the middle page). Peak memory is "
        "the largest resident size of the build's process tree (polled every 20 ms). CPU is "
        "the user and system time of the process tree, which load from other work does not "
        "inflate: on a busy machine it is the steadier ratio. Pages "
        "written are the HTML files whose modification time changed. *Reports fresh* says "
        "whether the every-claim report shows the new verdict and the misleading-claims "
        "report lists the claim after the verdict edit.",
        "",
        *machine_lines(),
        f"- This run: sphinx-factcheck at commit {commit}; {minutes:.0f} minutes; "
        f"flavours {', '.join(flavours)}",
        "",
        "## Goals",
        "",
        *_goals(results, sizes, jobs, linearity),
        "",
    ]
    if not (linearity and results.has(("factcheck", linearity, 1, "full"))):
        lines += [
            "The linearity builds (`--linearity 600`, on by default) were left out of "
            "this run, so the share check compares the two sizes measured instead.",
            "",
        ]
    lines += [*_reading(results, sizes), ""]
    for pages in sizes:
        for job_count in jobs:
            if not results.has(("plain", pages, job_count, "full")):
                continue
            lines += [
                f"## {pages} pages × {claims} claims, `-j {job_count}`",
                "",
                *_table(results, flavours, pages, job_count),
                "",
            ]
    if linearity and results.has(("factcheck", linearity, 1, "full")):
        lines += [
            f"## Linearity: {linearity} pages, `-j 1`, full build",
            "",
            "| Flavour | Full build | Peak MB |",
            "|---|---:|---:|",
        ]
        for flavour in ("plain", "factcheck"):
            key = (flavour, linearity, 1, "full")
            lines.append(
                f"| {LABELS[flavour]} | {results.median_seconds(key):.2f} s | "
                f"{_mb(results.median_peak(key))} |"
            )
        lines.append("")
    if with_core:
        from benchmarks.bench_article_scale import markdown_lines as anchoring_lines
        from benchmarks.bench_regex import markdown_lines as regex_lines

        lines += [*anchoring_lines(), "", *regex_lines(), ""]
    return "\n".join(lines).rstrip() + "\n"
