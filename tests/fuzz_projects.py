"""Whole-project fuzzing: hypothesis strategies for hostile projects.

A generated project has a ``conf.py`` with hostile config values, an index and
one to three documents in MyST or reST holding sources, articles (inline and
from files), claims with nested ``evidence`` and ``correction`` (and a misplaced
one outside), flaws, withdrawals, desk notes, reports, ``claim-import`` of a
generated JSON file, and the ``{claim}``, ``{source}``, ``{article}`` and
``{verdict}`` roles; ``factcheck_published_json`` may name a generated
published export. Every option value,
argument, article text, imported string and config text is drawn from
:func:`hostile_text`: random Unicode mixed with markup, template and script
payloads. Every payload that could turn into markup carries the marker ``fz``
(``<fzscript>``, ``onerror=fzalert()``), so an element, attribute or script
made from user text is recognisable in the output.

The invariants are checked by :func:`tests.fuzz_checks.build_and_check`;
``tests/test_fuzz_projects.py`` runs them. ``FACTCHECK_FUZZ=long`` selects the
long profile (see ``docs/howto/fuzzing.md``).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from sphinx_factcheck.core.scale import DEFAULT_STATUSES, DEFAULT_VERDICTS, parse_scale

# -- input classes held back -------------------------------------------------
# Known cases of issue 13, fixed on branch hardening (now merged). Each flag
# held one input class out of generation until that fix was in; all are on.
# Set one to False to find out whether a failure belongs to its class.

#: Ids that ``bad_id`` refuses were still written into objects.inv, and those
#: with white space (or multi-line claim-import ids/statements) forged entries
#: there. issue 13 case 3, fixed on branch hardening. When off, ids hold no
#: white space and objects.inv may list a declared id that is not valid.
FORGE_IDS_WITH_WHITESPACE = True
#: Article and claim-import paths holding a NUL byte aborted the build.
#: issue 13 case 5, fixed on branch hardening.
NUL_IN_PATHS = True
#: ``:encoding: utf-16`` on a file without BOM, or an unknown encoding name,
#: aborted the build. issue 13 case 6, fixed on branch hardening.
BAD_ENCODINGS = True
#: claim-import of a deeply nested JSON raised RecursionError.
#: issue 13 case 7, fixed on branch hardening.
DEEP_JSON = True
#: Article and claim-import paths naming a non-regular file (/dev/zero) or a
#: file outside the project. issue 13 case 8, fixed on branch hardening.
PATHS_OUTSIDE_PROJECT = True
#: A verdict label or publisher in the domain indices' group headings (and
#: their ids and jump links) was not escaped. issue 13 case 1, fixed on branch
#: hardening. When off, labels and publishers hold no markup characters.
HOSTILE_INDEX_GROUPS = True

#: The marker every markup-shaped payload carries.
MARKER = "fz"

PAYLOADS: tuple[str, ...] = (
    "<fzscript>alert(1)</fzscript>",
    "<script>fzalert(1)</script>",
    '"><img src=x onerror=fzalert(1)>',
    "' onmouseover='fzalert(1)",
    '<a href="javascript:fzalert(1)">fz</a>',
    "<iframe src=javascript:fzalert(1)>",
    "</title><fztitle>",
    "</script><fzafterscript>",
    "<!--",
    "-->",
    "<![CDATA[<fzcdata>]]>",
    "&lt;fzentity&gt;",
    "&#60;fzref&#62;",
    "{{ 7*7 }}",
    "{% raw %}fz{% endraw %}",
    "${7*7}",
    "#{fz}",
    "{0}",
    "%s%n",
    "javascript:fzalert(1)",
    " JaVaScRiPt:fzalert(1)",
    "java\tscript:fzalert(1)",
    "data:text/html,<fzdata>",
    "vbscript:fzalert(1)",
    "`fz`",
    "``fz``",
    "*fz*",
    "**fz**",
    "_fz_",
    "|fz|",
    "[fz](javascript:fzalert(1))",
    "<javascript:fzalert(1)>",
    ":ref:`fz`",
    "{claim}`fz`",
    "{ref}`fz <javascript:fz()>`",
    ".. raw:: html",
    "```{raw} html",
    ":::",
    "$$",
    "\\",
    "[verdict: fz]",
    " std:label 1 ",
    "\u202efz",
    "عربي نص",
    "שלום",
    "e\u0301\u0301\u0301\u0301",
    "👩\u200d👩\u200d👧\u200d👦",
    "🦀",
    "\nfzforged fc:claim 1 //evil.example/fz -\n",
    "\x1b[2J\x1b]0;fz\x07",
    "\x07",
    "\ufeff",
    "\u200b",
    "\x7f",
    "\x85",
)

#: Characters after which docutils starts a new line (``str.splitlines``).
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def hostile_text(max_parts: int = 4) -> st.SearchStrategy[str]:
    """Random Unicode mixed with payloads; sometimes one very long line."""
    piece = st.one_of(
        st.sampled_from(PAYLOADS),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
        st.text("abc xyz", min_size=1, max_size=8),
    )
    joined = st.lists(piece, min_size=1, max_size=max_parts).map("".join)
    long_line = st.tuples(st.sampled_from(PAYLOADS), st.integers(300, 1500)).map(
        lambda pair: pair[0] + "x" * pair[1]
    )
    return st.one_of(joined, joined, joined, long_line)


def one_line(text: str) -> str:
    """``text`` with the characters that end a line in reST (or MyST) replaced by spaces.

    A line break inside a directive's argument or option ends the directive;
    what follows is then document markup, which the author controls anyway.
    """
    return "".join(" " if char in LINE_BREAKS else char for char in text)


VALID_IDS = ("c1", "c2", "c3", "s1", "s2", "a1", "a2")
URLS = (
    'https://example.org/a?q="><fzq>',
    "http://example.org/fz",
    "page.html#fz",
    "/abs/fz",
    "javascript:fzalert(1)",
    " JaVaScRiPt:fzalert(1)",
    "//evil.example/fz",
    "data:text/html,<fzdata>",
    "https://",
    "\\\\evil.example\\fz",
    "mailto:fz@example.org",
    "https://exa mple.org/fz",
)
DATES = ("2023-09-13", "2023-02-30", "13/09/2023", "")


def sometimes(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str | None]:
    """``strategy`` or None (the option is left out)."""
    return st.one_of(st.none(), strategy)


def pick(valid: tuple[str, ...] | list[str]) -> st.SearchStrategy[str]:
    """One of ``valid``, or hostile text."""
    return st.one_of(st.sampled_from(valid), hostile_text(2)) if valid else hostile_text(2)


def group_text() -> st.SearchStrategy[str]:
    """Text the domain indices group under: no markup characters until case 1 is fixed."""
    if HOSTILE_INDEX_GROUPS:
        return hostile_text()
    return hostile_text().map(lambda text: "".join(c for c in text if c not in "<>&\"'"))


def id_text() -> st.SearchStrategy[str]:
    """A valid id, or hostile text (without whitespace unless case 3 is enabled)."""
    hostile = hostile_text(2)
    if not FORGE_IDS_WITH_WHITESPACE:
        hostile = hostile.map(lambda text: "".join(c for c in text if not c.isspace()))
    return st.one_of(st.sampled_from(VALID_IDS), hostile)


def id_list() -> st.SearchStrategy[str]:
    """A comma-separated option value naming ids."""
    return st.lists(id_text(), max_size=3).map(", ".join)


# -- the project ---------------------------------------------------------------


@dataclass
class Directive:
    """One directive to write: name, argument, options and body lines."""

    name: str
    argument: str | None = None
    options: list[tuple[str, str]] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    #: Directives nested in the body, after it (``evidence`` and ``correction`` in a claim).
    children: list[Directive] = field(default_factory=list)

    def depth(self) -> int:
        """How many levels of directives this one holds, itself included."""
        return 1 + max((child.depth() for child in self.children), default=0)

    def myst(self) -> str:
        # Tilde fences: an info string after backticks may not hold a backtick.
        # An outer fence is longer than the fences nested in it.
        fence = "~" * (3 + self.depth())
        lines = [f"{fence}{{{self.name}}}" + (f" {self.argument}" if self.argument else "")]
        lines += [f":{name}: {value}" for name, value in self.options]
        if self.body:
            lines += ["", *self.body]
        for child in self.children:
            lines += ["", *child.myst().split("\n")]
        return "\n".join([*lines, fence])

    def rst(self) -> str:
        lines = [f".. {self.name}::" + (f" {self.argument}" if self.argument else "")]
        lines += [f"   :{name}: {value}" for name, value in self.options]
        if self.body:
            lines += ["", *(f"   {line}" if line else "" for line in self.body)]
        for child in self.children:
            lines += ["", *(f"   {line}" if line else "" for line in child.rst().split("\n"))]
        return "\n".join(lines)


@dataclass
class Document:
    """One generated document."""

    docname: str
    suffix: str  # ".md" or ".rst"
    title: str
    blocks: list[Directive | str] = field(default_factory=list)

    def text(self) -> str:
        if self.suffix == ".md":
            parts = [f"# {self.title}"]
            parts += [
                block.myst() if isinstance(block, Directive) else block for block in self.blocks
            ]
        else:
            parts = [f"{self.title}\n{'=' * max(len(self.title) * 2, 4)}"]
            parts += [
                block.rst() if isinstance(block, Directive) else block for block in self.blocks
            ]
        return "\n\n".join(parts) + "\n"


@dataclass
class Project:
    """A whole generated project, ready to write to a folder."""

    builder: str
    conf: dict[str, Any]
    documents: list[Document]
    files: dict[str, bytes]
    #: ``:name:`` values of reports (labels others may ``{ref}``).
    names: list[str] = field(default_factory=list)

    def write(self, srcdir: Path) -> None:
        conf = "".join(f"{key} = {value!r}\n" for key, value in self.conf.items())
        (srcdir / "conf.py").write_text(conf, encoding="utf-8")
        for document in self.documents:
            path = srcdir / (document.docname + document.suffix)
            path.write_text(document.text(), encoding="utf-8")
        for name, content in self.files.items():
            (srcdir / name).write_bytes(content)

    @property
    def docnames(self) -> set[str]:
        return {document.docname for document in self.documents}


def effective_scale_keys(verdicts: Any) -> list[str]:
    """The verdict keys the build will use: the config's, or the default's when invalid."""
    try:
        return list(parse_scale(verdicts).keys)
    except (ValueError, TypeError):
        return [entry["key"] for entry in DEFAULT_VERDICTS]


def project_name() -> st.SearchStrategy[str]:
    """``project`` and ``html_title``: hostile, but without ``<`` and ``&``.

    Sphinx treats both as HTML, whatever an extension does: the default theme
    (alabaster) prints ``project`` unescaped in its logo heading, and the
    singlehtml builder prints ``html_title`` unescaped as the page's title in
    the navigation bar. What sphinx-factcheck writes there (``sphinx-factcheck
    init``) is issue 13 case 2.
    """
    return hostile_text().map(lambda text: text.replace("<", "").replace("&", ""))


@st.composite
def config_values(draw: st.DrawFn) -> dict[str, Any]:
    """conf.py: hostile project name, HTML title, scale, workflow and publisher."""
    conf: dict[str, Any] = {
        "project": draw(project_name()),
        "extensions": ["myst_parser", "sphinx_factcheck"],
        "exclude_patterns": ["_build"],
    }
    if draw(st.booleans()):
        conf["html_title"] = draw(project_name())
    if draw(st.booleans()):
        colours = ("success", "danger", "info", "muted", "primary")
        entries = draw(
            st.lists(
                st.fixed_dictionaries(
                    {"key": pick(["true", "false", "fz-key"]), "label": group_text()},
                    optional={
                        "description": hostile_text(),
                        "colour": pick(colours),
                        "rating": st.one_of(st.none(), st.integers(-3, 9)),
                    },
                ),
                min_size=1,
                max_size=4,
                unique_by=lambda entry: entry["key"],
            )
        )
        conf["factcheck_verdicts"] = entries
    if draw(st.integers(0, 3)) == 0:
        conf["factcheck_language"] = draw(pick(["de", "ar", "zh", "xx"]))
    if draw(st.booleans()):
        conf["factcheck_statuses"] = draw(
            st.lists(pick(["unchecked", "in-review", "done"]), min_size=1, max_size=3)
        )
    if draw(st.booleans()):
        conf["factcheck_audience"] = draw(
            st.one_of(st.sampled_from(["desk", "public", "public", "Public", ""]), hostile_text(1))
        )
    if draw(st.booleans()):
        conf["factcheck_publisher"] = draw(
            st.one_of(
                st.fixed_dictionaries(
                    {"name": hostile_text()}, optional={"url": st.sampled_from(URLS)}
                ),
                hostile_text(),
            )
        )
    return conf


def statuses_in(conf: dict[str, Any]) -> list[str]:
    statuses = conf.get("factcheck_statuses", DEFAULT_STATUSES)
    valid = all(
        isinstance(s, str) and s.strip() and not any(c.isspace() for c in s) for s in statuses
    )
    return (
        list(statuses)
        if valid and len(set(statuses)) == len(statuses) >= 2
        else list(DEFAULT_STATUSES)
    )


@st.composite
def source_directive(draw: st.DrawFn) -> Directive:
    options = [("title", draw(hostile_text()))] if draw(st.integers(0, 4)) else []
    for name, value in (
        ("url", sometimes(st.sampled_from(URLS))),
        ("publisher", sometimes(group_text())),
        ("author", sometimes(hostile_text())),
        ("date", sometimes(pick(DATES))),
        ("accessed", sometimes(pick(DATES))),
        ("archived", sometimes(st.sampled_from(URLS))),
        ("kind", sometimes(hostile_text(2))),
        ("via", sometimes(st.one_of(id_text(), st.sampled_from(URLS)))),
        ("fzoption", sometimes(hostile_text(1))),
    ):
        drawn = draw(value)
        if drawn is not None:
            options.append((name, drawn))
    return Directive("source", draw(id_text()), options)


@st.composite
def claim_directive(
    draw: st.DrawFn, scale_keys: list[str], statuses: list[str], quotes: list[str], myst: bool
) -> Directive:
    options: list[tuple[str, str]] = []
    for name, value in (
        ("id", sometimes(id_text())),
        ("quote", sometimes(pick(quotes))),
        ("verdict", sometimes(pick(scale_keys))),
        ("status", sometimes(pick(statuses))),
        ("sources", sometimes(id_list())),
        ("claimant", sometimes(hostile_text())),
        ("claim-date", sometimes(pick(DATES))),
        ("appearance", sometimes(st.sampled_from(URLS))),
        ("checked", sometimes(pick(DATES))),
        ("checker", sometimes(hostile_text())),
        ("tags", sometimes(hostile_text(3))),
        ("related", sometimes(id_list())),
        ("article", sometimes(id_text())),
        ("occurrence", sometimes(pick(["1", "2", "0", "-1"]))),
        ("ruling", sometimes(hostile_text())),
        ("as-of", sometimes(pick(DATES))),
        ("desk-note", sometimes(hostile_text())),
    ):
        drawn = draw(value)
        if drawn is not None:
            options.append((name, drawn))
    parts = draw(st.lists(claim_part(scale_keys), max_size=2))
    return Directive(
        "claim", draw(hostile_text()), options, draw(body_lines(scale_keys, myst)), parts
    )


@st.composite
def claim_part(draw: st.DrawFn, scale_keys: list[str]) -> Directive:
    """An ``evidence`` or ``correction`` directive: hostile options, hostile plain body."""
    if draw(st.booleans()):
        name, candidates = (
            "evidence",
            (
                ("source", sometimes(id_text())),
                ("locator", sometimes(hostile_text(2))),
                ("stance", sometimes(pick(["supports", "contradicts", "context"]))),
            ),
        )
    else:
        name, candidates = (
            "correction",
            (("date", sometimes(pick(DATES))), ("previous-verdict", sometimes(pick(scale_keys)))),
        )
    options = [
        (key, value) for key, strategy in candidates if (value := draw(strategy)) is not None
    ]
    if draw(st.integers(0, 5)) == 0:
        options.append(("fzoption", draw(hostile_text(1))))
    return Directive(name, None, options, draw(plain_body()))


@st.composite
def plain_body(draw: st.DrawFn) -> list[str]:
    """A body the directive reads as plain text (not markup): hostile, or empty.

    Line breaks split it into lines; a fence of tildes would close the directive.
    """
    text = draw(st.one_of(st.just(""), hostile_text()))
    return (
        [
            line.replace("~~~", "---") if line.strip() else ""
            for line in re.split(f"[{LINE_BREAKS}]", text)
        ]
        if text
        else []
    )


@st.composite
def flaw_directive(
    draw: st.DrawFn, quotes: list[str], myst: bool, scale_keys: list[str]
) -> Directive:
    """A copy flaw: hostile description and options; the body is prose with roles."""
    options = [
        (name, value)
        for name, strategy in (
            ("id", sometimes(id_text())),
            ("quote", sometimes(pick(quotes))),
            ("severity", sometimes(pick(["major", "minor"]))),
            ("should-read", sometimes(hostile_text())),
            ("sources", sometimes(id_list())),
            ("article", sometimes(id_text())),
            ("occurrence", sometimes(pick(["1", "2", "0", "-1"]))),
        )
        if (value := draw(strategy)) is not None
    ]
    argument = draw(sometimes(hostile_text()))
    return Directive("flaw", argument, options, draw(body_lines(scale_keys, myst)))


@st.composite
def notice_directive(draw: st.DrawFn, myst: bool, scale_keys: list[str]) -> Directive:
    """A ``withdrawal`` notice or a ``desk-note``, hostile options, prose body."""
    if draw(st.booleans()):
        options = [
            (name, value)
            for name, strategy in (
                ("claims", sometimes(id_list())),
                ("date", sometimes(pick(DATES))),
            )
            if (value := draw(strategy)) is not None
        ]
        return Directive("withdrawal", None, options, draw(body_lines(scale_keys, myst)))
    return Directive("desk-note", None, [], draw(body_lines(scale_keys, myst)))


@st.composite
def body_lines(draw: st.DrawFn, scale_keys: list[str], myst: bool) -> list[str]:
    """A claim's reasoning: prose with roles whose targets are hostile.

    The body is the author's own markup (MyST passes HTML in it through), so
    payloads go only into role targets, never as markup of their own.
    """
    words = draw(st.text("abc def., ", max_size=40)).strip()
    lines = [f"Reason {words}"] if words else []
    for _ in range(draw(st.integers(0, 2))):
        role = draw(st.sampled_from(["claim", "source", "article", "verdict"]))
        target = draw(pick(scale_keys) if role == "verdict" else id_text())
        if draw(st.booleans()) and role != "verdict":
            target = f"{draw(hostile_text(2))} <{target}>"
        # A backtick, a line break, an outer space or a final backslash would
        # break the role, leaving its text as markup of the body (where reST
        # makes a link of a bare javascript: URI): keep the role whole.
        target = one_line(target).replace("`", "'").strip().rstrip("\\").strip() or "x"
        role_text = f"{{{role}}}`{target}`" if myst else f":{role}:`{target}`"
        # A paragraph of its own: warnings name the paragraph's line.
        lines += ["", f"See {role_text} here."]
    return lines


@st.composite
def article(draw: st.DrawFn, files: dict[str, bytes], position: int) -> tuple[Directive, str]:
    """An article from a file (or a missing one) or inline; and its text."""
    text = draw(st.lists(hostile_text(), min_size=1, max_size=4).map("\n\n".join))
    options = [
        (name, value)
        for name, value in (
            ("id", draw(sometimes(id_text()))),
            ("title", draw(sometimes(hostile_text()))),
            ("source", draw(sometimes(id_text()))),
        )
        if value is not None
    ]
    how = draw(st.sampled_from(["file", "file", "inline", "missing"]))
    if how == "inline":
        # Inline text is the directive body: keep it inside the directive.
        body = [
            "   " + line.replace("~~~", "---") if line.strip() else ""
            for line in re.split(f"[{LINE_BREAKS}]", text)
        ]
        return Directive("article", None, options, body or ["x"]), text
    name = f"article{position}.txt"
    if how == "file":
        encoding = draw(
            st.sampled_from(
                [
                    "utf-8",
                    "utf-8",
                    "latin-1",
                    *(["utf-16", "no-such-codec"] if BAD_ENCODINGS else []),
                ]
            )
        )
        data = text.encode(encoding if encoding != "no-such-codec" else "utf-8", "replace")
        if encoding == "latin-1" and draw(st.booleans()):
            data = text.encode("utf-8")  # declared latin-1, stored UTF-8: mojibake, not a crash
        files[name] = data
        if encoding != "utf-8":
            options.append(("encoding", encoding))
        if draw(st.booleans()):
            text = (
                text.encode(encoding, "replace").decode(encoding) if encoding == "latin-1" else text
            )
    argument = name
    if how == "missing":
        argument = one_line(
            draw(
                st.sampled_from(
                    [
                        "no-such-article.txt",
                        "sub/../missing.txt",
                        *(["../outside.txt", "/dev/zero"] if PATHS_OUTSIDE_PROJECT else []),
                        *(["nul\x00.txt"] if NUL_IN_PATHS else []),
                    ]
                )
            )
        )
    return Directive("article", argument, options), text


@st.composite
def report_directive(
    draw: st.DrawFn, scale_keys: list[str], statuses: list[str], names: list[str]
) -> Directive:
    kind = draw(
        st.sampled_from(
            [
                "claim-table",
                "verdict-summary",
                "source-list",
                "findings",
                "corrections-log",
                "flaw-list",
            ]
        )
    )
    filters = {
        "verdict": pick([*scale_keys, "none"]),
        "status": pick(statuses),
        "tags": hostile_text(2),
        "sources": id_list(),
        "claimant": hostile_text(2),
        "document": pick(["index", "doc*", "*"]),
        "article": id_list(),
        "caption": hostile_text(),
        "title": hostile_text(),
        "name": hostile_text(2),
    }
    if kind == "claim-table":
        filters |= {
            "sort": pick(["id", "-verdict", "status, id"]),
            "group-by": pick(["verdict", "status", "document"]),
            "columns": pick(["id, statement, verdict", "claimant,sources"]),
        }
    if kind == "source-list":
        filters |= {
            "kind": hostile_text(2),
            "publisher": hostile_text(2),
            "sort": pick(["title", "-date"]),
            "group-by": pick(["publisher", "kind"]),
        }
    if kind == "flaw-list":
        filters = {
            "severity": pick(["major", "minor", "major, minor"]),
            "document": filters["document"],
            "article": filters["article"],
            "caption": hostile_text(),
            "title": hostile_text(),
            "name": hostile_text(2),
        }
    chosen = draw(st.lists(st.sampled_from(sorted(filters)), max_size=4, unique=True))
    options = [(name, draw(filters[name])) for name in chosen]
    names += [value for name, value in options if name == "name"]
    return Directive(kind, None, options)


@st.composite
def import_file(
    draw: st.DrawFn, files: dict[str, bytes], position: int, scale_keys: list[str]
) -> Directive:
    """``claim-import`` of a generated export: valid and hostile, or broken."""
    name = f"import{position}.json"
    how = draw(
        st.sampled_from(
            [
                "valid",
                "valid",
                "valid",
                "not-json",
                "invalid",
                "missing",
                *(["deep"] if DEEP_JSON else []),
            ]
        )
    )
    if how == "valid":
        files[name] = json.dumps(draw(export_document(scale_keys))).encode("utf-8")
    elif how == "not-json":
        files[name] = draw(st.binary(max_size=40))
    elif how == "invalid":
        files[name] = json.dumps({"claims": [{"id": draw(hostile_text())}]}).encode()
    elif how == "deep":
        files[name] = b"[" * 1500 + b"]" * 1500
    options = [
        (key, draw(value))
        for key, value in (
            ("prefix", pick(["ext:", "other-"])),
            ("url", st.sampled_from(URLS)),
            ("verdict", pick([*scale_keys, "none"])),
            ("tags", hostile_text(2)),
        )
        if draw(st.booleans())
    ]
    argument = name if how != "missing" else "missing.json"
    if PATHS_OUTSIDE_PROJECT and draw(st.booleans()):
        argument = draw(st.sampled_from(["/dev/zero", "../../etc/hostname"]))
    return Directive("claim-import", argument, options)


@st.composite
def export_document(draw: st.DrawFn, scale_keys: list[str]) -> dict[str, Any]:
    """A schema-valid factcheck.json whose every text is hostile."""
    claim_ids = draw(st.lists(import_id(), min_size=1, max_size=3, unique=True))
    source_ids = draw(st.lists(import_id(), max_size=2, unique=True))
    keys = draw(st.lists(pick(scale_keys), min_size=1, max_size=3, unique=True))
    keys = [key for key in keys if key] or ["true"]
    statuses = ["unchecked", "done"]
    claims = [
        {
            "id": claim_id,
            "statement": draw(import_text()),
            "verdict": draw(st.one_of(st.none(), st.sampled_from(keys))),
            "status": draw(st.sampled_from(statuses)),
            "quote": draw(sometimes(import_text())),
            "article": None,
            "sources": draw(st.lists(st.sampled_from(source_ids), max_size=2))
            if source_ids
            else [],
            "claimant": draw(sometimes(import_text())),
            "claim_date": None,
            "appearance": draw(sometimes(st.sampled_from(URLS))),
            "checked": None,
            "checker": draw(sometimes(import_text())),
            "tags": draw(st.lists(import_text(), max_size=2)),
            "related": draw(st.lists(st.sampled_from(claim_ids), max_size=2)),
            "reasoning": draw(import_text()),
            "derived_id": False,
            "rejected": [],
            "docname": draw(import_text()),
            "lineno": 1,
            "published": draw(st.booleans()),
            "ruling": draw(sometimes(import_text())),
            "as_of": draw(st.sampled_from([None, "2023-09-13"])),
            "evidence": [
                {
                    "source": draw(st.sampled_from(source_ids)),
                    "excerpt": draw(import_text()),
                    "locator": draw(sometimes(import_text())),
                    "stance": draw(st.sampled_from([None, "supports", "contradicts"])),
                    "lineno": 2,
                }
                for _ in range(draw(st.integers(0, 1 if source_ids else 0)))
            ],
            "corrections": [
                {
                    "date": "2023-09-14",
                    "previous_verdict": draw(st.one_of(st.none(), st.sampled_from(keys))),
                    "reason": draw(import_text()),
                    "lineno": 3,
                }
                for _ in range(draw(st.integers(0, 1)))
            ],
            **(
                {"href": draw(st.sampled_from(["page.html#c", "x/", "fz.html"]))}
                if draw(st.booleans())
                else {}
            ),
        }
        for claim_id in claim_ids
    ]
    sources = [
        {
            "id": source_id,
            "title": draw(import_text()),
            "url": draw(sometimes(st.sampled_from(URLS))),
            "publisher": None,
            "author": None,
            "date": None,
            "accessed": None,
            "archived": None,
            "kind": None,
            "notes": draw(import_text()),
            "docname": "s",
            "lineno": 1,
            "cited_by": [],
        }
        for source_id in source_ids
    ]
    return {
        "schema_version": "1.0",
        "generator": {"name": "sphinx-factcheck", "version": "0.1"},
        "project": {"name": draw(import_text()), "version": ""},
        "scale": [
            {
                "key": key,
                "label": draw(import_text()),
                "colour": "danger",
                "description": draw(import_text()),
                "rating": None,
            }
            for key in keys
        ],
        "statuses": statuses,
        "claims": claims,
        "sources": sources,
        "articles": [],
        "summary": {
            "claims": len(claims),
            "with_verdict": 0,
            "by_verdict": {"none": 0},
            "by_status": {},
        },
    }


def import_id() -> st.SearchStrategy[str]:
    """An imported id: hostile, but without line breaks unless case 3 is enabled."""
    if FORGE_IDS_WITH_WHITESPACE:
        return id_text().filter(bool)
    return id_text().map(one_line).filter(lambda text: bool(text.strip()))


def import_text() -> st.SearchStrategy[str]:
    """Imported text: hostile; multi-line statements forge objects.inv (case 3)."""
    return hostile_text() if FORGE_IDS_WITH_WHITESPACE else hostile_text().map(one_line)


@st.composite
def document(
    draw: st.DrawFn,
    docname: str,
    conf: dict[str, Any],
    files: dict[str, bytes],
    names: list[str],
    position: int,
) -> Document:
    myst = draw(st.booleans())
    scale_keys = effective_scale_keys(conf.get("factcheck_verdicts", DEFAULT_VERDICTS))
    statuses = statuses_in(conf)
    doc = Document(
        docname, ".md" if myst else ".rst", draw(hostile_text(2).map(one_line).map(safe_title))
    )
    quotes: list[str] = []
    for _ in range(draw(st.integers(0, 1))):
        directive, text = draw(article(files, position))
        doc.blocks.append(directive)
        words = text.split()
        if words:
            start = draw(st.integers(0, len(words) - 1))
            quotes.append(" ".join(words[start : start + draw(st.integers(1, 6))]))
    doc.blocks += draw(st.lists(source_directive(), max_size=2))
    doc.blocks += draw(
        st.lists(claim_directive(scale_keys, statuses, quotes, myst), min_size=1, max_size=3)
    )
    doc.blocks += draw(st.lists(flaw_directive(quotes, myst, scale_keys), max_size=2))
    doc.blocks += draw(st.lists(notice_directive(myst, scale_keys), max_size=2))
    if draw(st.integers(0, 3)) == 0:  # misplaced: outside any claim
        doc.blocks.append(draw(claim_part(scale_keys)))
    doc.blocks += draw(st.lists(report_directive(scale_keys, statuses, names), max_size=2))
    if draw(st.integers(0, 2)) == 0:
        doc.blocks.append(draw(import_file(files, position, scale_keys)))
    directives = [block for block in doc.blocks if isinstance(block, Directive)]
    nested = [child for directive in directives for child in directive.children]
    for block in directives + nested:
        block.argument = one_line(block.argument) if block.argument is not None else None
        block.options = [(name, one_line(value)) for name, value in block.options]
    return doc


def safe_title(text: str) -> str:
    """A section title: hostile but readable as a title in both syntaxes.

    Titles are document markup (MyST reads HTML in them), so only the characters
    that cannot form markup are kept; the hostile values go into options.
    """
    kept = "".join(c for c in text if c.isalnum() or c in " -'!?" or ord(c) > 0x2000)
    # docutils drops every U+FEFF (a byte order mark) as it reads a file; a
    # leading "- " would make the title a bullet list in reST.
    return kept.replace("\ufeff", "").strip().lstrip("- ") or "Title"


@st.composite
def projects(draw: st.DrawFn, builder: str) -> Project:
    """A whole hostile project, to build with ``builder``."""
    conf = draw(config_values())
    files: dict[str, bytes] = {}
    names: list[str] = []
    count = draw(st.integers(1, 3))
    documents = [
        draw(document(f"doc{number}", conf, files, names, number)) for number in range(count)
    ]
    index = Document("index", draw(st.sampled_from([".md", ".rst"])), "Index")
    toctree = Directive(
        "toctree", None, [("maxdepth", "1")], [document.docname for document in documents]
    )
    index.blocks.append(toctree)
    if draw(st.booleans()):
        conf["factcheck_published_json"] = draw(published_record(conf, files))
    return Project(builder, conf, [index, *documents], files, names)


@st.composite
def published_record(draw: st.DrawFn, conf: dict[str, Any], files: dict[str, bytes]) -> str:
    """``factcheck_published_json``: a generated published export, or a broken path.

    The export's claims reuse the ids the documents declare, with other
    verdicts and ``published`` flags, so changes and withdrawals are found.
    """
    how = draw(st.sampled_from(["valid", "valid", "valid", "garbage", "missing", "outside"]))
    if how == "missing":
        return draw(st.sampled_from(["no-such.json", "", "sub/../none.json"]))
    if how == "outside":
        return draw(st.sampled_from(["/dev/zero", "../../etc/hostname", "/", "nul\x00.json"]))
    name = "published.json"
    if how == "garbage":
        files[name] = draw(
            st.one_of(
                st.binary(max_size=40),
                st.just(b"[" * 1500),
                st.just(b'{"claims": [{"id": 1}, 2, {"id": "c1"}]}'),
            )
        )
        return name
    scale_keys = effective_scale_keys(conf.get("factcheck_verdicts", DEFAULT_VERDICTS))
    export = draw(export_document(scale_keys))
    ids = (
        draw(
            st.lists(
                st.sampled_from(["c1", "c2", "c3"]),
                min_size=len(export["claims"]),
                max_size=len(export["claims"]),
                unique=True,
            )
        )
        if len(export["claims"]) <= 3
        else []
    )
    for claim, claim_id in zip(export["claims"], ids, strict=False):
        claim["id"] = claim_id  # an id the documents declare, most likely
    for claim in export["claims"]:
        if draw(st.booleans()):
            del claim["published"]  # an export from before the flag
    files[name] = json.dumps(export, indent=draw(st.sampled_from([None, 1]))).encode("utf-8")
    return name


def fuzz_settings() -> settings:
    """The CI profile by default; ``FACTCHECK_FUZZ=long`` for a long run (per builder)."""
    common: dict[str, Any] = {
        "deadline": None,
        "suppress_health_check": [
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
            HealthCheck.filter_too_much,
        ],
        "print_blob": True,
    }
    if os.environ.get("FACTCHECK_FUZZ_SHRINK") == "0":
        common["phases"] = (Phase.explicit, Phase.reuse, Phase.generate)
    if os.environ.get("FACTCHECK_FUZZ") == "long":
        examples = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "200"))
        return settings(max_examples=examples, **common)
    # CI: a fixed, small set of examples per builder, the same on every run.
    return settings(max_examples=8, derandomize=True, database=None, **common)


def shorten(text: str) -> str:
    """``text`` with runs of one character longer than 40 cut down."""
    return re.sub(r"(.)\1{40,}", lambda run: run[1] * 5 + f"...({len(run[0])})", text)


def describe(project: Project) -> str:
    """The generated project as text, for a failure message."""
    parts = [f"builder: {project.builder}", f"conf: {project.conf!r}"]
    parts += [f"--- {d.docname}{d.suffix}\n{shorten(d.text())}" for d in project.documents]
    parts += [f"--- {name}: {content[:300]!r}" for name, content in project.files.items()]
    return "\n".join(parts)
