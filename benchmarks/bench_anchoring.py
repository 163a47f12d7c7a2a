"""What each anchoring stage costs, side by side, on the worked example's article.

    python benchmarks/bench_anchoring.py [--repeat 5] [--sizes 1,4,16]

Every ``:quote:`` of the example is anchored three ways in one run: as
written (the exact stage), re-spelled with straight quotes, plain dashes and
other case (the normalised stage) and with one word dropped (the fuzzy stage).
The article is also made N times longer (its text repeated, each copy
numbered so quotes stay unique only in the first) to show how cost grows
with length. Prints the median time per quote and the ratio to the exact stage.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from sphinx_factcheck.core.quotes import locate_quote

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kim-putin-summit"
QUOTE_OPTION = re.compile(r"^:quote: (.+)$", re.MULTILINE)


def example_quotes() -> list[str]:
    """The ``:quote:`` values of the example's claims."""
    return [
        m.group(1).strip()
        for page in sorted((EXAMPLE / "claims").glob("*.md"))
        for m in QUOTE_OPTION.finditer(page.read_text(encoding="utf-8"))
    ]


def respelled(quote: str) -> str:
    """The quote as a checker might type it: straight quotes, plain dashes, lower case."""
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})
    return quote.translate(table).lower()


def one_word_dropped(quote: str) -> str:
    """The quote with its middle word missing (a fuzzy match)."""
    words = quote.split()
    if len(words) < 4:
        return quote + " x"
    del words[len(words) // 2]
    return " ".join(words)


def median_ms(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="1,4,16", help="article length multipliers")
    args = parser.parse_args()

    article = (EXAMPLE / "article.txt").read_text(encoding="utf-8")
    quotes = example_quotes()
    variants = {
        "exact": quotes,
        "normalised": [respelled(q) for q in quotes],
        "fuzzy": [one_word_dropped(q) for q in quotes],
    }
    print(
        f"{len(quotes)} quotes; article {len(article):,} characters; median of {args.repeat} runs"
    )
    print(f"{'size':>5} {'stage':<11} {'found':>6} {'ms/quote':>9} {'x exact':>8}")
    for size in (int(s) for s in args.sizes.split(",")):
        text = article + "".join(f"\n\nCopy {n}.\n\n{article}" for n in range(1, size))
        exact_ms = None
        for stage, stage_quotes in variants.items():
            found = sum(locate_quote(text, q).found for q in stage_quotes)
            total = median_ms(
                lambda qs=stage_quotes, t=text: [locate_quote(t, q) for q in qs], args.repeat
            )
            per_quote = total / len(stage_quotes)
            exact_ms = exact_ms or per_quote
            print(
                f"{size:>5} {stage:<11} {found:>6} {per_quote:>9.3f} {per_quote / exact_ms:>8.1f}"
            )


if __name__ == "__main__":
    main()
