"""Take the documentation's screenshots of the worked example in a real browser.

Builds ``examples/kim-putin-summit`` (with its own theme, and with Furo for
the dark-mode shot), opens the pages in headless Chromium through
Playwright and saves PNGs into ``docs/_static/screenshots/``.

Needs: ``pip install playwright`` and a Chromium at /usr/bin/chromium (on
Debian: ``apt-get install chromium``); no browser is downloaded. Run from
anywhere::

    python docs/screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

DOCS = Path(__file__).resolve().parent
EXAMPLE = DOCS.parent / "examples" / "kim-putin-summit"
OUTPUT = DOCS / "_static" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
MAX_BYTES = 300_000


@dataclass(frozen=True)
class Shot:
    """One screenshot: which page, which part of it, in which theme and colour scheme."""

    name: str
    page: str
    #: CSS selector of the elements to frame (from the first match to the last kept one).
    selector: str | None = None
    #: How many of the matching elements to frame.
    count: int = 1
    theme: str = "default"  # "default" (the example's own) or "furo"
    dark: bool = False
    width: int = 1000
    height: int = 900
    #: The tallest the PNG may be; a longer frame is cut at the bottom.
    max_height: int = 1800


SHOTS = (
    Shot("front-page", "index.html", None, max_height=1400),
    Shot("claims", "claims/summit.html", ".fc-claim", count=2, max_height=1500),
    Shot("claims-dark", "claims/summit.html", ".fc-claim", theme="furo", dark=True, width=1100),
    Shot("article", "article.html", ".fc-article", max_height=1100),
    Shot(
        "article-dark",
        "article.html",
        ".fc-article",
        theme="furo",
        dark=True,
        width=1100,
        max_height=800,
    ),
    Shot("sources", "sources.html", ".fc-source", count=2),
    Shot("summary", "reports.html", ".fc-verdict-summary", max_height=1100),
    Shot("claim-table", "reports.html", ".fc-claim-table", max_height=1000),
    Shot("copy-flaws", "claims/copy-flaws.html", ".fc-flaw", count=2),
)


def build(theme: str, outdir: Path) -> Path:
    """Build the example into ``outdir`` and return it."""
    command = [sys.executable, "-m", "sphinx", "-q", "-E", "-b", "html", str(EXAMPLE), str(outdir)]
    if theme != "default":
        command[4:4] = ["-D", f"html_theme={theme}"]
    subprocess.run(command, check=True)  # noqa: S603 (our own interpreter and paths)
    return outdir


def frame(page: Page, shot: Shot) -> dict[str, float] | None:
    """The clip rectangle around the first ``shot.count`` matches, with a margin."""
    if shot.selector is None:
        return None
    elements = page.locator(shot.selector)
    if elements.count() == 0:
        raise SystemExit(f"{shot.name}: nothing matches {shot.selector!r} on {shot.page}")
    boxes = [elements.nth(i).bounding_box() for i in range(min(shot.count, elements.count()))]
    first, last = boxes[0], boxes[-1]
    assert first is not None and last is not None
    margin = 12
    top = max(first["y"] - margin, 0)
    bottom = min(last["y"] + last["height"] + margin, top + shot.max_height)
    left = max(min(b["x"] for b in boxes if b) - margin, 0)
    right = max(b["x"] + b["width"] for b in boxes if b) + margin
    return {"x": left, "y": top, "width": right - left, "height": bottom - top}


def take(page: Page, site: Path, shot: Shot) -> Path:
    """Open the shot's page and save its PNG."""
    page.set_viewport_size({"width": shot.width, "height": shot.height})
    page.emulate_media(color_scheme="dark" if shot.dark else "light")
    page.goto((site / shot.page).as_uri())
    page.wait_for_load_state("load")
    target = OUTPUT / f"{shot.name}.png"
    clip = frame(page, shot)
    if clip is not None and clip["height"] > shot.height:
        page.set_viewport_size({"width": shot.width, "height": int(clip["height"]) + 50})
        clip = frame(page, shot)
    page.screenshot(path=str(target), clip=clip, full_page=clip is not None)
    return target


def main() -> int:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    too_big = []
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        sites = {
            theme: build(theme, Path(scratch) / theme)
            for theme in sorted({shot.theme for shot in SHOTS})
        }
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(device_scale_factor=1)
        for shot in SHOTS:
            path = take(page, sites[shot.theme], shot)
            size = path.stat().st_size
            print(f"{path.relative_to(DOCS.parent)}: {size // 1000} kB")  # noqa: T201
            if size > MAX_BYTES:
                too_big.append(path.name)
        browser.close()
    if too_big:
        print(f"over {MAX_BYTES // 1000} kB: {', '.join(too_big)}")  # noqa: T201
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
