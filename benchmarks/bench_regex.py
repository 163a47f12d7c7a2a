"""Do the core's regular expressions backtrack on hostile text? Time each on adversarial input.

    python -m benchmarks.bench_regex [--length 50000]

Every compiled pattern of ``sphinx_factcheck.core.text``, ``checkworthy`` and
``speaker`` (found in the modules' globals, inside tuples too) runs
``finditer`` to the end and ``fullmatch`` on inputs built to make a regex
engine backtrack: one character repeated, a repeated word the pattern looks
for, an unterminated quote. Each input is timed at lengths growing tenfold
up to the full length: linear cost grows about 10x a step, quadratic about
100x. A length that would take too long is not run: its time is
extrapolated from the growth so far, and a pattern that does not finish
within a minute is reported as never finishing. The public functions built
on them (``speaker_of``, ``signals_of``, ``boilerplate_reason``,
``split_sentences``) are timed the same way.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import math
import multiprocessing
import random
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from queue import Empty
from types import ModuleType
from typing import Any

from sphinx_factcheck.core import checkworthy, speaker, text

MODULES: tuple[ModuleType, ...] = (text, checkworthy, speaker)
with contextlib.suppress(ImportError):  # where the boilerplate patterns moved to
    MODULES += (importlib.import_module("sphinx_factcheck.core.boilerplate"),)
#: Growing more than this in a tenfold step is flagged as superlinear, as is taking
#: more than SLOW_SECONDS at the full length.
SUPERLINEAR = 30
SLOW_SECONDS = 1.0
GIVE_UP_SECONDS = 1.0
#: Seconds one pattern's measurements may take before it counts as never finishing.
CHILD_TIMEOUT = 60
#: Repeated units; each is repeated to the input length.
UNITS = (
    "a",
    " ",
    "1",
    "1,",
    ".",
    "\n",
    "- ",
    "A. ",
    "Mr ",
    "12 ",
    "Home ",
    "said ",
    "quoted ",
    "according to ",
    "the ",
    "“a",
    '"',
    "»",
    "©",
    "Share ",
    "Advertisement ",
)


def hostile_inputs(length: int) -> Iterator[tuple[str, str]]:
    """(name, text) pairs of about ``length`` characters."""
    for unit in UNITS:
        yield f"{unit!r} × n", unit * (length // len(unit))
    yield "'“' + 'a ' × n (unterminated quote)", "“" + "a " * (length // 2)
    yield "'\"' + 'a' × n (unterminated quote)", '"' + "a" * length
    rng = random.Random(12)
    alphabet = "aA1 .,;:“”\"'-—\n°CF»›/|©"
    yield "random punctuation and letters", "".join(rng.choice(alphabet) for _ in range(length))


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """(name, pattern) for every compiled pattern in the modules' globals."""

    def walk(name: str, value: Any, depth: int) -> Iterator[tuple[str, re.Pattern[str]]]:
        if isinstance(value, re.Pattern):
            yield name, value
        elif isinstance(value, (tuple, list)) and depth < 3:
            label = next((item for item in value if isinstance(item, str)), None)
            for index, item in enumerate(value):
                inner = f"{name}[{label}]" if label and depth > 0 else f"{name}[{index}]"
                yield from walk(inner, item, depth + 1)
        elif isinstance(value, dict) and depth < 3:
            for key, item in value.items():
                yield from walk(f"{name}[{key!r}]", item, depth + 1)

    seen: set[int] = set()  # a pattern re-exported by another module is timed once
    for module in MODULES:
        short = module.__name__.rsplit(".", 1)[-1]
        for attribute, value in vars(module).items():
            for name, pattern in walk(f"{short}.{attribute}", value, 0):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    yield name, pattern


def functions() -> list[tuple[str, Callable[[str], object]]]:
    return [
        ("speaker.speaker_of", speaker.speaker_of),
        ("checkworthy.signals_of", checkworthy.signals_of),
        ("text.boilerplate_reason", text.boilerplate_reason),
        ("text.split_sentences", text.split_sentences),
    ]


def _run_pattern(pattern: re.Pattern[str]) -> Callable[[str], object]:
    def run(subject: str) -> object:
        for _ in pattern.finditer(subject):
            pass
        return pattern.fullmatch(subject)

    return run


def _best_of(run: Callable[[str], object], subject: str) -> float:
    """The fastest of up to ten runs, stopping once they took 50 ms together."""
    best = total = 0.0
    for attempt in range(10):
        start = time.process_time()
        run(subject)
        seconds = time.process_time() - start
        best = seconds if attempt == 0 else min(best, seconds)
        total += seconds
        if total > 0.05:
            break
    return best


@dataclass(frozen=True)
class Worst:
    """The slowest hostile input for one pattern or function."""

    name: str
    pattern: str
    input: str
    #: measured at the full length, or extrapolated from the longest length measured
    seconds: float
    estimated: bool
    #: how much the time grew when the input grew ten times
    growth: float

    @property
    def flagged(self) -> bool:
        return self.seconds > SLOW_SECONDS or self.growth > SUPERLINEAR


def _ladder(
    run: Callable[[str], object], subjects: dict[int, str], length: int
) -> tuple[float, bool, float]:
    """Time at lengths growing tenfold up to ``length``, stopping before a run would be slow.

    Growth is measured only between runs long enough to time (over 0.1 ms);
    below that, cost is taken as linear.
    """
    previous: float | None = None
    growth = 10.0
    for size in sorted(subjects):
        seconds = _best_of(run, subjects[size])
        if previous is not None and previous > 0.0001:
            growth = max(seconds / previous, 1.0)
        previous = seconds
        if size == length:
            return seconds, False, growth
        if seconds * max(growth, 10) > GIVE_UP_SECONDS:
            # the next length would take too long: extrapolate
            return seconds * max(growth, 10) ** math.log10(length / size), True, growth
    raise AssertionError("unreachable")


def _measure_target(name: str, source: str, run: Callable[[str], object], length: int) -> Worst:
    sizes = [length // 1000, length // 100, length // 10, length]
    by_size = {size: dict(hostile_inputs(size)) for size in sizes}
    worst: Worst | None = None
    for input_name in by_size[length]:
        seconds, estimated, growth = _ladder(
            run, {size: by_size[size][input_name] for size in sizes}, length
        )
        if worst is None or seconds > worst.seconds:
            worst = Worst(name, source, input_name, seconds, estimated, growth)
    assert worst is not None
    return worst


def _in_child(name: str, source: str, run: Callable[[str], object], length: int) -> Worst:
    """Measure in a forked process, so a pattern that never finishes cannot hang the run."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=lambda: queue.put(_measure_target(name, source, run, length)))
    child.start()
    try:
        result: Worst = queue.get(timeout=CHILD_TIMEOUT)
        return result
    except Empty:
        return Worst(
            name, source, f"(no result in {CHILD_TIMEOUT} s)", float("inf"), True, float("inf")
        )
    finally:
        child.kill()
        child.join()


def measure(length: int) -> list[Worst]:
    targets: list[tuple[str, str, Callable[[str], object]]] = [
        (name, pattern.pattern, _run_pattern(pattern)) for name, pattern in patterns()
    ]
    targets += [(name, "(function)", run) for name, run in functions()]
    return [_in_child(name, source, run, length) for name, source, run in targets]


def _cell(pattern: str) -> str:
    shown = pattern if len(pattern) <= 60 else pattern[:57] + "..."
    return "`" + shown.replace("|", "\\|").replace("`", "'") + "`"


def markdown_lines(length: int = 50_000) -> list[str]:
    """The docs section: the worst input per pattern, its time and growth."""
    results = measure(length)
    flagged = [worst for worst in results if worst.flagged]
    lines = [
        "## Regular expressions on hostile text",
        "",
        f"Each of the {len(results) - len(functions())} compiled patterns of "
        + ", ".join(
            f"`{module.__name__.replace('.', '/').split('/', 1)[1]}.py`" for module in MODULES
        )
        + ", and the functions "
        f"built on them, on {len(UNITS) + 3} adversarial inputs of {length:,} characters "
        "(`benchmarks/bench_regex.py`); the table gives each one's slowest input, its "
        "time (≈: extrapolated from shorter inputs, where the full length would take too "
        "long) and how much the time grew when the input grew tenfold (about 10× is "
        "linear, 100× quadratic). "
        + (
            f"Flagged (superlinear, or over {SLOW_SECONDS:g} s): "
            + ", ".join(f"`{worst.name}`" for worst in flagged)
            + "."
            if flagged
            else "None backtracks catastrophically."
        ),
        "",
        "| Pattern | Source | Slowest input | Time | Growth per tenfold length |",
        "|---|---|---|---:|---:|",
    ]
    for worst in results:
        time_cell = (
            "never"
            if math.isinf(worst.seconds)
            else f"{'≈ ' if worst.estimated else ''}{worst.seconds * 1000:,.1f} ms"
        )
        growth = "–" if math.isinf(worst.growth) else f"{worst.growth:.0f}×"
        name = f"**{worst.name}**" if worst.flagged else worst.name
        lines.append(
            f"| {name} | {_cell(worst.pattern)} | {worst.input.replace('|', '/')} "
            f"| {time_cell} | {growth} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=50_000)
    args = parser.parse_args()
    print("\n".join(markdown_lines(args.length)))


if __name__ == "__main__":
    main()
