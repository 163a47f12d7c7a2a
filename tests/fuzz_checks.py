"""The invariants of a built hostile project, checked on its output folder.

See :mod:`tests.fuzz_projects` for the projects and ``docs/howto/fuzzing.md``
for what is checked and why.
"""

from __future__ import annotations

import io
import json
import re
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sphinx_factcheck.core.values import is_valid_id

from .fuzz_projects import FORGE_IDS_WITH_WHITESPACE, MARKER, Project


class WarningRecords(io.StringIO):
    """A warning stream that keeps each logged record apart (one ``write`` each)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[str] = []

    def write(self, text: str) -> int:
        self.records.append(text)
        return super().write(text)


_WARNING = re.compile(
    r"(?:(?P<location>.*?): )?(?P<level>WARNING|ERROR|CRITICAL): (?P<message>.*?)"
    r"(?: \[(?P<type>[\w.-]+)\])?\n?",
    re.DOTALL,
)

#: Sphinx and docutils warnings that are not factcheck problems but are
#: acceptable in a hostile project: syntax problems of the generated markup
#: itself. Nothing else is.
ACCEPTED_FOREIGN: tuple[tuple[str, re.Pattern[str]], ...] = (
    # MyST reads option blocks as YAML: a value that is not valid YAML there
    # drops the directive with this warning, at the directive's line.
    ("myst.directive_option", re.compile(r"^'[\w-]+': Invalid options format: ")),
    ("myst.directive_comments", re.compile(r"^'[\w-]+': Directive options has # comments")),
    # Two reports given the same :name:.
    ("docutils", re.compile(r"^Duplicate explicit target name: ")),
)


def check_warnings(records: list[str], srcdir: Path) -> list[str]:
    """Why the warning records break the rule "one typed, located warning per problem"."""
    from sphinx.util.console import strip_colors

    from sphinx_factcheck.warning_types import Problem

    problems = []
    subtypes = {problem.value for problem in Problem}
    seen: set[str] = set()
    for raw in records:
        record = strip_colors(raw)
        if not record.strip():
            continue
        if record in seen:
            problems.append(f"the same warning twice: {record!r}")
        seen.add(record)
        match = _WARNING.fullmatch(record)
        if match is None:
            problems.append(f"not a warning line: {record!r}")
            continue
        location, kind = match["location"] or "", match["type"] or ""
        message = match["message"]
        # Older MyST reports through docutils and Sphinx adds that type after its own:
        # "... [myst.directive_option] [docutils]".
        inner = re.fullmatch(r"(?P<message>.*) \[(?P<type>[\w.]+)\]", message)
        if kind == "docutils" and inner is not None:
            kind, message = inner["type"], inner["message"]
        if "\n" in message:
            problems.append(f"warning spans lines: {record!r}")
        if kind.startswith("factcheck."):
            if kind.removeprefix("factcheck.") not in subtypes:
                problems.append(f"unknown subtype: {record!r}")
            if kind == "factcheck.bad_config" and not location:
                continue  # config values have no line; the message names the setting
            if not re.fullmatch(rf"{re.escape(str(srcdir))}/[\w./-]+:\d+", location):
                problems.append(f"not located at a line of a document: {record!r}")
            continue
        located = re.fullmatch(rf"{re.escape(str(srcdir))}/[\w./-]+:\d+", location)
        if not located or not any(
            kind == accepted_type and pattern.search(message)
            for accepted_type, pattern in ACCEPTED_FOREIGN
        ):
            problems.append(f"not a factcheck warning: {record!r}")
    return problems


#: Attributes whose value is a URL a browser follows or loads.
URL_ATTRIBUTES = (
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "cite",
    "data",
    "background",
    "xlink:href",
    "srcset",
)
#: Elements Sphinx, the theme and sphinx-factcheck never write.
FOREIGN_ELEMENTS = (
    "iframe",
    "object",
    "embed",
    "img",
    "svg",
    "math",
    "base",
    "frame",
    "frameset",
    "applet",
    "audio",
    "video",
    "template",
)


def url_scheme(value: str) -> str:
    """The scheme a browser would read in ``value`` ("" for a relative URL)."""
    # Browsers drop leading and trailing C0 controls and spaces, and tabs and newlines anywhere.
    cleaned = "".join(c for c in value if c not in "\t\n\r").strip("".join(map(chr, range(33))))
    if cleaned.startswith(("//", "\\\\", "/\\", "\\/")):
        return "//"
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", cleaned)
    return match[1].lower() if match else ""


def check_html_page(path: Path) -> list[str]:
    """Why ``path`` has an element, attribute, link or script that came from user text."""
    import html5lib

    tree = html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=False)
    problems = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # a comment
        tag = element.tag.lower()
        where = f"{path.name}: <{tag}>"
        if MARKER in tag or tag in FOREIGN_ELEMENTS:
            problems.append(f"{where} element from user text")
        for name, value in element.attrib.items():
            lowered = str(name).lower()
            if MARKER in lowered or lowered.startswith("on"):
                problems.append(f"{where} attribute {name}={value!r} from user text")
            if lowered in ("style", "http-equiv") and MARKER in value:
                problems.append(f"{where} {name}={value!r} from user text")
            if lowered in URL_ATTRIBUTES:
                scheme = url_scheme(value)
                if scheme not in ("", "http", "https"):
                    problems.append(f"{where} {name}={value!r}: scheme {scheme!r}")
        if tag == "script":
            text = element.text or ""
            if element.get("type") == "application/ld+json":
                try:
                    json.loads(text)
                except ValueError as error:
                    problems.append(f"{path.name}: JSON-LD does not parse ({error}): {text!r}")
            elif MARKER in text:
                problems.append(f"{path.name}: user text in a script: {text[:200]!r}")
    return problems


def check_inventory(outdir: Path, export: dict[str, Any], project: Project) -> list[str]:
    """Why ``objects.inv`` does not round-trip with only declared, on-site entries."""
    from docutils.nodes import fully_normalize_name
    from sphinx.util.inventory import InventoryFile

    with (outdir / "objects.inv").open("rb") as stream:
        inventory = InventoryFile.load(stream, "", lambda base, uri: uri)
    declared = {
        kind: {record["id"] for record in export[kind + "s"]}
        for kind in ("claim", "source", "article")
    }
    labels = {
        "genindex",
        "modindex",
        "search",
        "py-modindex",
        "fc-claimindex",
        "fc-sourceindex",
        *(fully_normalize_name(name) for name in project.names),
    }
    problems = []
    for objtype, entries in (
        inventory.data.items() if hasattr(inventory, "data") else inventory.items()
    ):
        for name, item in entries.items():
            uri = item.uri if hasattr(item, "uri") else item[2]
            domain, _, kind = objtype.partition(":")
            if url_scheme(uri) or uri.startswith("/"):
                problems.append(f"objects.inv {objtype} {name!r} points off-site: {uri!r}")
            if domain == "fc":
                valid = is_valid_id(name) or not FORGE_IDS_WITH_WHITESPACE
                if kind not in declared or name not in declared[kind] or not valid:
                    problems.append(f"objects.inv: forged or invalid {objtype} {name!r}")
            elif objtype == "std:doc":
                if name not in project.docnames:
                    problems.append(f"objects.inv: forged std:doc {name!r}")
            elif objtype == "std:label":
                if name not in labels:
                    problems.append(f"objects.inv: forged std:label {name!r}")
            else:
                problems.append(f"objects.inv: unexpected entry {objtype} {name!r}")
    return problems


def html_pages(outdir: Path) -> Iterator[Path]:
    """Every HTML page of a build, static files aside."""
    for path in sorted(outdir.rglob("*.html")):
        if "_static" not in path.relative_to(outdir).parts:
            yield path


@dataclass
class BuildResult:
    """What a build of a generated project gave, and what was wrong with it."""

    problems: list[str]
    warnings: list[str]
    #: What was checked (pages, JSON-LD scripts, objects.inv entries), for statistics.
    checked: dict[str, int] = field(default_factory=dict)


def build_and_check(project: Project, workdir: Path) -> BuildResult:
    """Write ``project`` to ``workdir``, build it, and list every broken invariant."""
    from sphinx.testing.util import SphinxTestApp

    from sphinx_factcheck.core.schema import export_problems

    srcdir = workdir / "src"
    srcdir.mkdir()
    project.write(srcdir)
    warnings = WarningRecords()
    app = None
    try:
        app = SphinxTestApp(
            project.builder, srcdir=srcdir, freshenv=True, status=io.StringIO(), warning=warnings
        )
        app.build()
    except Exception:  # any exception is the finding
        return BuildResult([f"the build aborted:\n{traceback.format_exc()}"], warnings.records)
    finally:
        if app is not None:
            app.cleanup()
    outdir = Path(app.outdir)
    problems = check_warnings(warnings.records, srcdir)
    checked: dict[str, int] = {}
    export = json.loads((outdir / "factcheck.json").read_text(encoding="utf-8"))
    problems += [f"factcheck.json: {problem}" for problem in export_problems(export)]
    if project.builder != "text":
        problems += check_inventory(outdir, export, project)
        pages = list(html_pages(outdir))
        for page in pages:
            problems += check_html_page(page)
        checked["pages"] = len(pages)
        checked["JSON-LD scripts"] = sum(
            page.read_text(encoding="utf-8").count("application/ld+json") for page in pages
        )
        problems += check_search_index(outdir)
    checked["warnings"] = len(warnings.records)
    return BuildResult(problems, warnings.records, checked)


def check_search_index(outdir: Path) -> list[str]:
    """The search index is JSON inside one call: user text cannot leave it."""
    path = outdir / "searchindex.js"
    if not path.exists():
        return []  # singlehtml has no search page
    text = path.read_text(encoding="utf-8")
    match = re.fullmatch(r"Search\.setIndex\((.*)\)\s*", text, re.DOTALL)
    if match is None:
        return [f"searchindex.js is not one setIndex call: {text[:200]!r}"]
    try:
        json.loads(match[1])
    except ValueError as error:
        return [f"searchindex.js does not hold JSON: {error}"]
    return []
