"""Build synthetic projects in four flavours, interleaved, and compare them with plain Sphinx.

    pip install -e ".[bench]"
    python -m benchmarks.bench_builds --write-docs          # regenerates the docs page
    python -m benchmarks.bench_builds --quick               # a smoke test, under a minute

Every flavour of :mod:`benchmarks.synthetic` (plain Sphinx, ``sphinx.ext.todo``,
sphinx-needs, sphinx-factcheck) is built at each size and ``-j`` in turn,
round-robin, repetition after repetition, so a noisy shared machine slows
all flavours alike; the tables give the median. Each run is a full build,
then an incremental build after one verdict edit, then one after a
prose-only edit. Each build is a fresh ``sphinx-build`` process; its peak
memory is the largest resident size of its process tree (polled with
psutil), its pages written are the HTML files whose modification time
changed, and after the verdict edit each report page is checked for the new
verdict.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from benchmarks.synthetic import FLAVOURS, Shape, edit_prose, edit_verdict, generate
from benchmarks.synthetic import report_freshness as check_reports

DOCS_PAGE = Path(__file__).resolve().parent.parent / "docs" / "explanation" / "performance.md"
SCENARIOS = ("full", "verdict", "prose")
#: The Python package each flavour needs beyond Sphinx.
FLAVOUR_PACKAGES = {
    "plain": None,
    "todo": None,
    "needs": "sphinx_needs",
    "factcheck": "sphinx_factcheck",
}
POLL_SECONDS = 0.02


def available_flavours() -> list[str]:
    """The flavours whose packages are installed."""
    return [
        flavour
        for flavour, package in FLAVOUR_PACKAGES.items()
        if package is None or importlib.util.find_spec(package) is not None
    ]


@dataclass(frozen=True)
class Build:
    """What one ``sphinx-build`` run cost and did."""

    seconds: float
    peak_bytes: int | None
    written: int
    warnings: int
    #: report page -> shows the edit (verdict edits only)
    fresh: dict[str, bool] | None = None
    #: user + system CPU time of the process tree: what load from other work cannot inflate
    cpu_seconds: float | None = None


def _tree_rss(process: Any) -> int:
    import psutil

    total = 0
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):  # a worker that just ended
            total += member.memory_info().rss
    return total


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(command: list[str]) -> tuple[float, float, int | None, str]:
    """Run a command: wall time, CPU time, the tree's peak RSS (None without psutil), stderr."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as stderr:
        try:
            import psutil
        except ImportError:
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=stderr, check=False)
            peak = None
            returncode = None
        else:
            process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
            peak = 0
            while process.poll() is None:
                try:
                    peak = max(peak, _tree_rss(process))
                except psutil.Error:
                    break
                time.sleep(POLL_SECONDS)
            returncode = process.wait()
        seconds = time.perf_counter() - start
        cpu = _children_cpu() - cpu_before
        stderr.seek(0)
        errors = stderr.read()
    if returncode not in (0, None):
        raise RuntimeError(f"{' '.join(command)} failed:\n{errors}")
    return seconds, cpu, peak, errors


def _html_mtimes(outdir: Path) -> dict[Path, int]:
    return {path: path.stat().st_mtime_ns for path in outdir.rglob("*.html")}


def sphinx_build(srcdir: Path, builddir: Path, jobs: int, *, fresh: bool) -> Build:
    """One HTML build in a fresh process; ``fresh`` starts from an empty build folder."""
    if fresh and builddir.exists():
        shutil.rmtree(builddir)
    outdir = builddir / "html"
    before = _html_mtimes(outdir) if outdir.exists() else {}
    command = [
        sys.executable,
        "-m",
        "sphinx",
        "-b",
        "html",
        "-q",
        "-j",
        str(jobs),
        "-d",
        str(builddir / "doctrees"),
        str(srcdir),
        str(outdir),
    ]
    seconds, cpu, peak, errors = _run(command)
    after = _html_mtimes(outdir)
    written = sum(1 for path, mtime in after.items() if before.get(path) != mtime)
    warnings = sum(1 for line in errors.splitlines() if "WARNING" in line or "ERROR" in line)
    return Build(seconds, peak, written, warnings, cpu_seconds=cpu)


def run_cell(
    workdir: Path, flavour: str, shape: Shape, jobs: int, scenarios: tuple[str, ...] = SCENARIOS
) -> dict[str, Build]:
    """Generate a project and run the scenarios on it in order."""
    srcdir, builddir = workdir / "src", workdir / "build"
    generate(srcdir, flavour, shape)
    results = {"full": sphinx_build(srcdir, builddir, jobs, fresh=True)}
    if "verdict" in scenarios:
        shape = edit_verdict(srcdir, flavour, shape)
        build = sphinx_build(srcdir, builddir, jobs, fresh=False)
        results["verdict"] = replace(build, fresh=check_reports(builddir / "html", flavour))
    if "prose" in scenarios:
        edit_prose(srcdir, flavour, shape)
        results["prose"] = sphinx_build(srcdir, builddir, jobs, fresh=False)
    return results


# --- the interleaved run ------------------------------------------------------------------

Key = tuple[str, int, int, str]  # flavour, pages, jobs, scenario


@dataclass
class Results:
    """Every build of a run, by (flavour, pages, jobs, scenario)."""

    builds: dict[Key, list[Build]]

    def median_seconds(self, key: Key) -> float:
        return statistics.median(build.seconds for build in self.builds[key])

    def median_cpu(self, key: Key) -> float | None:
        times = [build.cpu_seconds for build in self.builds[key] if build.cpu_seconds is not None]
        return statistics.median(times) if times else None

    def median_peak(self, key: Key) -> float | None:
        peaks = [build.peak_bytes for build in self.builds[key] if build.peak_bytes is not None]
        return statistics.median(peaks) if peaks else None

    def written(self, key: Key) -> int:
        return round(statistics.median(build.written for build in self.builds[key]))

    def fresh(self, key: Key) -> bool:
        return all(all((build.fresh or {}).values()) for build in self.builds[key])

    def has(self, key: Key) -> bool:
        return key in self.builds

    def to_json(self) -> list[dict[str, Any]]:
        return [
            {
                "flavour": flavour,
                "pages": pages,
                "jobs": jobs,
                "scenario": scenario,
                "builds": [asdict(build) for build in builds],
            }
            for (flavour, pages, jobs, scenario), builds in self.builds.items()
        ]

    @classmethod
    def from_json(cls, entries: list[dict[str, Any]]) -> Results:
        return cls(
            {
                (entry["flavour"], entry["pages"], entry["jobs"], entry["scenario"]): [
                    Build(**build) for build in entry["builds"]
                ]
                for entry in entries
            }
        )


def interleaved(
    flavours: list[str],
    sizes: list[int],
    jobs: list[int],
    claims: int,
    repeat: int,
    workdir: Path,
    linearity: int = 0,
    log: Callable[[str], None] = print,
    checkpoint: Callable[[Results], None] | None = None,
) -> Results:
    """Round-robin over flavours for every size and ``-j``, ``repeat`` times.

    Each round includes full builds of plain and factcheck at ``linearity``
    pages (``-j 1``) when it is non-zero. ``checkpoint`` is called with the
    results so far after every project.
    """
    builds: dict[Key, list[Build]] = defaultdict(list)
    for round_number in range(repeat):
        # rotate the order so no flavour always follows the same one
        shift = round_number % len(flavours)
        order = flavours[shift:] + flavours[:shift]
        # largest first, then the linearity builds: a cut-short run still has the goals
        cells: list[tuple[int, int, str, tuple[str, ...]]] = [
            (pages, job_count, flavour, SCENARIOS)
            for pages in sorted(sizes, reverse=True)
            for job_count in jobs
            for flavour in order
        ]
        if linearity:
            cells[len(order) : len(order)] = [
                (linearity, 1, flavour, ("full",))
                for flavour in order
                if flavour in ("plain", "factcheck")
            ]
        for pages, job_count, flavour, scenarios in cells:
            cell = run_cell(workdir / flavour, flavour, Shape(pages, claims), job_count, scenarios)
            for scenario, build in cell.items():
                builds[flavour, pages, job_count, scenario].append(build)
            log(
                f"round {round_number + 1}/{repeat} {pages:>4} pages -j {job_count} "
                f"{flavour:<10} "
                + "  ".join(
                    f"{scenario} {build.seconds:6.2f}s {build.written:>4}p"
                    + (f" {build.warnings}w" if build.warnings else "")
                    for scenario, build in cell.items()
                )
            )
            if checkpoint is not None:
                checkpoint(Results(dict(builds)))
    return Results(dict(builds))


def _commit() -> str:
    """The commit of the code being measured (with "+" when the tree has changes)."""
    root = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=root,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=root,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+" if dirty.strip() else "")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,300", help="pages per project, comma-separated")
    parser.add_argument("--claims", type=int, default=10, help="claims per page")
    parser.add_argument("--jobs", default="1,2", help="sphinx-build -j values, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the tables give medians")
    parser.add_argument(
        "--flavours",
        default=",".join(FLAVOURS),
        help="flavours to build (those not installed are skipped)",
    )
    parser.add_argument(
        "--linearity",
        type=int,
        default=600,
        help="pages of the extra plain/factcheck full builds that check the "
        "extension's share grows linearly (0: skip)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke test: 10 pages x 3 claims, -j 1, one round, no linearity",
    )
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help=f"write the tables to {DOCS_PAGE.relative_to(DOCS_PAGE.parents[2])}",
    )
    parser.add_argument("--keep", type=Path, help="build the projects here and keep them")
    parser.add_argument("--save", type=Path, help="also save the raw measurements as JSON here")
    parser.add_argument(
        "--load", type=Path, help="build nothing: write the page from measurements saved by --save"
    )
    return parser


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    if args.quick:
        args.sizes, args.claims, args.jobs, args.repeat, args.linearity = "10", 3, "1", 1, 0
    sizes = [int(size) for size in args.sizes.split(",")]
    jobs = [int(count) for count in args.jobs.split(",")]
    installed = available_flavours()
    flavours = [flavour for flavour in args.flavours.split(",") if flavour in installed]
    skipped = sorted(set(args.flavours.split(",")) - set(flavours))
    if skipped:
        print(f"skipped (not installed): {', '.join(skipped)}")

    from benchmarks.report import markdown_page

    workdir = args.keep or Path(tempfile.mkdtemp(prefix="fc-bench-"))
    try:
        started = time.time()
        if args.load:
            saved = json.loads(args.load.read_text(encoding="utf-8"))
            results = Results.from_json(saved["results"])
            minutes = saved["minutes"]
            settings = saved["settings"]
            flavours, sizes, jobs = settings["flavours"], settings["sizes"], settings["jobs"]
            args.claims, args.linearity = settings["claims"], settings["linearity"]
            commit = settings.get("commit", "unknown")
        else:
            commit = _commit()

            def save(so_far: Results) -> None:
                if args.save:
                    args.save.write_text(
                        json.dumps(
                            {
                                "results": so_far.to_json(),
                                "minutes": (time.time() - started) / 60,
                                "settings": {
                                    "flavours": flavours,
                                    "sizes": sizes,
                                    "jobs": jobs,
                                    "claims": args.claims,
                                    "linearity": args.linearity,
                                    "commit": commit,
                                },
                            }
                        ),
                        encoding="utf-8",
                    )

            if not {"plain", "factcheck"} <= set(flavours):
                args.linearity = 0
            results = interleaved(
                flavours,
                sizes,
                jobs,
                args.claims,
                args.repeat,
                workdir,
                args.linearity,
                checkpoint=save,
            )
            minutes = (time.time() - started) / 60
        page = markdown_page(
            results,
            flavours=flavours,
            sizes=sizes,
            jobs=jobs,
            claims=args.claims,
            linearity=args.linearity,
            minutes=minutes,
            commit=commit,
            with_core=args.write_docs,
        )
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(page)
    if args.write_docs:
        DOCS_PAGE.write_text(page, encoding="utf-8")
        print(f"wrote {DOCS_PAGE}")


if __name__ == "__main__":
    main()
