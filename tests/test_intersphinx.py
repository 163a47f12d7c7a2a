"""Claims and sources in objects.inv; another project links to them with intersphinx."""

from __future__ import annotations

import re
import shutil
import zlib
from pathlib import Path

import pytest

from sphinx_factcheck.core.inventory import claim_display_name, reads_back, split_display_name

from .conftest import ROOTS, warnings_of
from .machine_support import built_summit

__all__ = ["built_summit"]

_ENTRY = re.compile(r"(.+?)\s+(\S+)\s+(-?\d+)\s+(\S*)\s+(.*)")


def inventory(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """``(domain:type, name) -> (uri, display name)`` of an objects.inv (version 2)."""
    header, _, compressed = path.read_bytes().partition(b"zlib.\n")
    assert header.startswith(b"# Sphinx inventory version 2")
    entries = {}
    for line in zlib.decompress(compressed).decode("utf-8").splitlines():
        name, kind, _priority, uri, display = _ENTRY.fullmatch(line).groups()
        if uri.endswith("$"):
            uri = uri[:-1] + name
        entries[kind, name] = (uri, name if display == "-" else display)
    return entries


@pytest.mark.parametrize(
    ("statement", "label"),
    [
        ("The summit lasted four hours.", "True"),
        ("A statement [with brackets] inside.", "Mostly true"),
        ("Ends in brackets [sic]", None),
        ("No verdict yet.", None),
    ],
)
def test_display_names_carry_the_verdict_and_read_back(statement, label) -> None:
    assert split_display_name(claim_display_name(statement, label)) == (statement, label)


def test_a_name_that_would_read_as_another_entry_does_not_read_back() -> None:
    assert reads_back("all-claims")
    assert reads_back("verdict table")
    assert not reads_back("x fc:claim 1 //evil.example/ -")
    assert not reads_back("table of 2023 claims")


def test_claims_and_sources_are_in_the_inventory(built_summit) -> None:
    entries = inventory(built_summit / "objects.inv")
    assert entries["fc:claim", "summit-length"] == (
        "claims.html#claim-summit-length",
        "The summit meeting lasted more than four hours. [verdict: True]",
    )
    assert entries["fc:claim", "summit-day"][1].endswith("[verdict: Unproven]")
    assert (
        entries["fc:claim", "pyongyang-visit"][1]
        == "Putin accepted an invitation to visit Pyongyang."
    )
    assert entries["fc:claim", "missiles"][0] == "more/launches.html#claim-missiles"
    assert entries["fc:source", "kremlin-transcript"] == (
        "sources.html#source-kremlin-transcript",
        "Russian-North Korean talks",
    )


def test_another_project_links_to_claims_with_their_verdicts(
    built_summit, make_app, tmp_path
) -> None:
    srcdir = tmp_path / "linking"
    shutil.copytree(ROOTS / "test-machine-linking", srcdir)
    app = make_app(
        "html",
        srcdir=srcdir,
        confoverrides={
            "intersphinx_mapping": {
                "summit": ("https://example.org/summit/", str(built_summit / "objects.inv"))
            }
        },
    )
    app.build()
    assert warnings_of(app) == []
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a class="reference external" href="([^"]+)"[^>]*>(.*?)</a>', html)
    base = "https://example.org/summit/"
    rated, unrated, titled, unchecked, source = links
    badge = (
        '<abbr class="sd-badge sd-bg-{0} sd-bg-text-{0} fc-verdict fc-verdict-{1}" '
        'title="[^"]+">{2}</abbr>'
    )

    assert rated[0] == base + "claims.html#claim-summit-length"
    assert re.fullmatch(
        '<span class="fc-claim-ref fc-external">'
        + badge.format("success", "true", "True")
        + " <span>The summit meeting lasted more than four hours.</span></span>",
        rated[1],
    )
    assert unrated[0] == base + "claims.html#claim-summit-day"
    assert re.search(badge.format("muted", "unproven", "Unproven"), unrated[1])
    assert "The summit took place on a Wednesday." in unrated[1]
    # an explicit title is kept, after the badge
    assert titled[0] == base + "claims.html#claim-summit-length"
    assert re.search(badge.format("success", "true", "True"), titled[1])
    assert re.sub("<[^>]+>", "", titled[1]) == "True how long it lasted"
    # no verdict: no badge, no "[verdict: ...]"
    assert unchecked[0] == base + "claims.html#claim-pyongyang-visit"
    assert "fc-verdict" not in unchecked[1]
    assert re.sub("<[^>]+>", "", unchecked[1]) == "Putin accepted an invitation to visit Pyongyang."
    assert source == (
        base + "sources.html#source-kremlin-transcript",
        '<span class="fc-source-title">Russian-North Korean talks</span>',
    )


def test_a_missing_external_claim_is_reported_by_intersphinx(
    built_summit, make_app, tmp_path
) -> None:
    srcdir = tmp_path / "missing"
    srcdir.mkdir()
    (srcdir / "conf.py").write_text(
        'extensions = ["sphinx_factcheck", "sphinx.ext.intersphinx"]\n', encoding="utf-8"
    )
    (srcdir / "index.rst").write_text(
        "Missing\n=======\n\n:external+summit:fc:claim:`no-such-claim`\n", encoding="utf-8"
    )
    app = make_app(
        "html",
        srcdir=srcdir,
        confoverrides={
            "intersphinx_mapping": {
                "summit": ("https://example.org/summit/", str(built_summit / "objects.inv"))
            }
        },
    )
    app.build()
    warnings = warnings_of(app)
    assert len(warnings) == 1
    assert "index.rst:4" in warnings[0]
    assert "external fc:claim reference target not found: no-such-claim" in warnings[0]


def test_the_short_prefixed_form_resolves_through_intersphinx_without_warnings(
    built_summit, make_app, tmp_path
) -> None:
    srcdir = tmp_path / "short"
    srcdir.mkdir()
    (srcdir / "conf.py").write_text(
        'extensions = ["sphinx_factcheck", "sphinx.ext.intersphinx"]\n', encoding="utf-8"
    )
    (srcdir / "index.rst").write_text(
        "Short\n=====\n\n:claim:`summit:summit-length` and :claim:`summit:no-such-claim`\n",
        encoding="utf-8",
    )
    app = make_app(
        "html",
        srcdir=srcdir,
        confoverrides={
            "intersphinx_mapping": {
                "summit": ("https://example.org/summit/", str(built_summit / "objects.inv"))
            }
        },
    )
    app.build()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/summit/claims.html#claim-summit-length"' in html
    # Only the target intersphinx cannot find either is reported, once, by us.
    warnings = warnings_of(app)
    assert len(warnings) == 1
    assert "index.rst:4" in warnings[0]
    assert "no claim with id 'summit:no-such-claim'" in warnings[0]
    assert "[factcheck.unknown_claim]" in warnings[0]


def test_claims_stay_out_of_the_search_boxs_object_results(built_summit) -> None:
    """Object results split a name at its last '.', which mangles a sentence."""
    index = (built_summit / "searchindex.js").read_text(encoding="utf-8")
    assert (
        "The summit meeting lasted more than four hours"
        not in index.split('"objects"')[1].split('"objnames"')[0]
    )
    assert "Russian-North Korean talks" in index  # sources are still there
    assert "claims.html#claim-summit-length" in "".join(
        uri for uri, _ in inventory(built_summit / "objects.inv").values()
    )
