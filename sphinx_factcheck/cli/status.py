"""``sphinx-factcheck status``: how far a fact-check has got, for a person or for CI.

The input is a ``factcheck.json`` or a project folder, which is built quietly
with Sphinx's ``dummy`` builder (no HTML) into a temporary folder to obtain
one. The report counts claims by verdict and status, lists the unchecked
ones and the done ones that lack a required field; a :class:`Policy` turns
what it finds into an exit code.
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from sphinx_factcheck.cli.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandError
from sphinx_factcheck.core.export import JSON_NAME, summarise
from sphinx_factcheck.core.model import FLAW_SEVERITIES
from sphinx_factcheck.core.queries import Ordering, tally
from sphinx_factcheck.core.schema import export_problems
from sphinx_factcheck.core.terminal import json_safe, terminal_safe
from sphinx_factcheck.core.workflow import DEFAULT_REQUIRE, REQUIRABLE_FIELDS, missing_required
from sphinx_factcheck.outputs.json_export import export_of

_BAR_WIDTH = 30
_STATEMENT_WIDTH = 70


@dataclass(frozen=True)
class Policy:
    """What makes ``status`` fail (exit 1), for CI."""

    unchecked: bool = False
    missing: bool = False
    warnings: bool = False
    #: Fail when fewer than this percentage of the claims are done.
    done_under: float | None = None


@dataclass
class StatusReport:
    """The figures and lists ``status`` shows."""

    origin: str
    project: str | None
    statuses: list[str]
    require: tuple[str, ...]
    by_verdict: dict[str, int]
    by_status: dict[str, int]
    claims: int = 0
    with_verdict: int = 0
    done: int = 0
    #: copy flaws per severity, gravest first (not claims: never in the verdict counts)
    flaws: dict[str, int] = field(default_factory=dict)
    unchecked: list[dict[str, Any]] = field(default_factory=list)
    incomplete: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def done_percent(self) -> float:
        return 100.0 * self.done / self.claims if self.claims else 100.0

    def as_dict(self) -> dict[str, Any]:
        """The report for ``--json``."""
        return {
            "origin": self.origin,
            "project": self.project,
            "claims": self.claims,
            "with_verdict": self.with_verdict,
            "done": self.done,
            "done_percent": round(self.done_percent, 1),
            "by_verdict": self.by_verdict,
            "by_status": self.by_status,
            "flaws": self.flaws,
            "require": list(self.require),
            "unchecked": self.unchecked,
            "incomplete": self.incomplete,
            "warnings": self.warnings,
            "failures": self.failures,
            "ok": not self.failures,
        }


def run_status(
    path: Path, *, as_json: bool, policy: Policy, require: tuple[str, ...] | None
) -> int:
    """Report on ``path``; the exit code says whether ``policy`` holds."""
    if require is not None:
        _check_fields(require)
    files: dict[str, str] = {}
    if path.is_dir():
        export, warnings, project_require, files = export_of_project(path)
    elif path.exists():
        export, warnings, project_require = read_export(path), [], None
    else:
        raise CommandError(f"{path}: no such file or folder")
    report = make_report(
        export,
        origin=str(path),
        require=require or project_require or DEFAULT_REQUIRE,
        warnings=warnings,
        files=files,
    )
    report.failures = policy_failures(report, policy)
    text = (
        json_safe(json.dumps(report.as_dict(), indent=2, ensure_ascii=False)) + "\n"
        if as_json
        else render_text(report, bar=_bar_character())
    )
    sys.stdout.write(text)
    return EXIT_FAILED if report.failures else EXIT_OK


def read_export(path: Path) -> dict[str, Any]:
    """A ``factcheck.json`` as data; a one-line error when it is not one.

    The file is checked against the shipped JSON Schema, so the counting
    below never meets a verdict that is a list or statuses that are a number.
    """
    try:
        export: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise CommandError(f"{path} is not a readable factcheck.json ({error})") from None
    except RecursionError:
        raise CommandError(f"{path} nests its JSON too deeply to be a {JSON_NAME}") from None
    claims = export.get("claims") if isinstance(export, dict) else None
    if not isinstance(claims, list) or not all(isinstance(c, dict) and "id" in c for c in claims):
        raise CommandError(
            f"{path} has no list of claims: is it a {JSON_NAME} written by sphinx-factcheck?"
        )
    try:
        problems = export_problems(export)
    except RecursionError:
        problems = ["it nests its JSON too deeply"]
    if problems:
        raise CommandError(f"{path} is not a valid {JSON_NAME}: {'; '.join(problems)}")
    checked: dict[str, Any] = export
    return checked


class ProjectBuild(NamedTuple):
    """What building a project for ``status`` gives."""

    export: dict[str, Any]
    warnings: list[str]
    require: tuple[str, ...]
    #: docname -> its source file, relative to the project (``claims`` -> ``claims.md``).
    files: dict[str, str]


def export_of_project(project: Path) -> ProjectBuild:
    """Build ``project`` quietly (dummy builder, temporary folder) and return its export,
    the build's warnings, the project's ``factcheck_require`` and its source files."""
    if not (project / "conf.py").is_file():
        raise CommandError(
            f"{project} has no conf.py; give a Sphinx project folder or a {JSON_NAME} file"
        )
    from sphinx.application import Sphinx
    from sphinx.util.console import strip_colors
    from sphinx.util.docutils import docutils_namespace, patch_docutils

    warning_stream = io.StringIO()
    with tempfile.TemporaryDirectory(prefix="sphinx-factcheck-") as temporary:
        outdir = Path(temporary, "out")
        try:
            with patch_docutils(project), docutils_namespace():
                # each warning with its subtype, which is what suppress_warnings takes
                app = Sphinx(
                    project,
                    project,
                    outdir,
                    Path(temporary, "doctrees"),
                    "dummy",
                    status=None,
                    warning=warning_stream,
                    freshenv=True,
                    confoverrides={"show_warning_types": True},
                )
                if "sphinx_factcheck" not in app.extensions:
                    raise CommandError(
                        f"{project} does not use sphinx_factcheck; add it to extensions in conf.py"
                    )
                app.build()
                export = _export_after_build(app, outdir / JSON_NAME)
                require = tuple(app.config.factcheck_require)
                files = {
                    docname: str(app.env.doc2path(docname, base=False))
                    for docname in app.env.all_docs
                }
        except CommandError:
            raise
        except OSError as error:
            raise CommandError(f"cannot build {project}: {error.strerror or error}") from None
        except Exception as error:
            # A broken conf.py, extension or document: one line, never a traceback.
            raise CommandError(f"cannot build {project}: {_cause(error, project)}") from None
    warnings = [
        line for line in strip_colors(warning_stream.getvalue()).splitlines() if line.strip()
    ]
    return ProjectBuild(export, warnings, require, files)


def _cause(error: BaseException, project: Path) -> str:
    """The last line of what went wrong, with the file and line in the project that
    raised it: ``conf.py:3: NameError: name 'x' is not defined``."""
    cause = error.__cause__ or error
    if isinstance(cause, SyntaxError) and cause.filename:
        return f"{_shown_path(cause.filename, project)}:{cause.lineno}: SyntaxError: {cause.msg}"
    lines = str(cause).strip().splitlines()
    what = f"{type(cause).__name__}: {lines[-1]}" if lines else type(cause).__name__
    frames = [
        frame
        for frame in traceback.extract_tb(cause.__traceback__)
        if _shown_path(frame.filename, project) != frame.filename
    ]
    if frames:
        return f"{_shown_path(frames[-1].filename, project)}:{frames[-1].lineno}: {what}"
    return what


def _shown_path(filename: str, project: Path) -> str:
    """``filename`` relative to the project when it is inside it, else as given."""
    try:
        return str(Path(filename).resolve().relative_to(project.resolve()))
    except (ValueError, OSError):
        return filename


def _export_after_build(app: Any, json_path: Path) -> dict[str, Any]:
    if json_path.is_file():
        return read_export(json_path)
    export: dict[str, Any] = json.loads(json.dumps(export_of(app)))
    return export


def _check_fields(fields: tuple[str, ...]) -> None:
    unknown = [name for name in fields if name not in REQUIRABLE_FIELDS]
    if unknown or not fields:
        raise CommandError(
            f"--require: unknown field(s) {', '.join(unknown) or '(none)'}; "
            f"choose from {', '.join(REQUIRABLE_FIELDS)}",
            EXIT_USAGE,
        )


class _Counted(NamedTuple):
    """A claim of ``factcheck.json`` as counting sees it."""

    verdict: str | None
    status: str


def make_report(
    export: dict[str, Any],
    *,
    origin: str,
    require: tuple[str, ...],
    warnings: list[str],
    files: dict[str, str] | None = None,
) -> StatusReport:
    """Count and list what ``export`` (a valid ``factcheck.json``) holds.

    ``files`` maps docnames to source files, so locations read ``claims.md:8``.
    """
    claims: list[dict[str, Any]] = export["claims"]
    # The schema cannot forbid a repeated key or status; each counts once.
    statuses = list(dict.fromkeys(str(s) for s in export["statuses"]))
    scale = tuple(dict.fromkeys(str(v["key"]) for v in export["scale"]))
    summary = summarise(
        tally(
            (_Counted(claim["verdict"] or None, claim["status"]) for claim in claims),
            Ordering(scale, tuple(statuses)),
        )
    )
    project = export.get("project")
    report = StatusReport(
        origin=origin,
        project=project.get("name") if isinstance(project, dict) else None,
        statuses=statuses,
        require=require,
        by_verdict=summary["by_verdict"],
        by_status=summary["by_status"],
        claims=summary["claims"],
        with_verdict=summary["with_verdict"],
        done=summary["by_status"][statuses[-1]],
        # Exports before schema 1.1 have no flaws.
        flaws={
            severity: sum(
                1 for flaw in export.get("flaws") or [] if flaw.get("severity") == severity
            )
            for severity in FLAW_SEVERITIES
        },
        warnings=warnings,
    )
    in_reading_order = sorted(
        claims, key=lambda claim: (str(claim.get("docname")), _line_number(claim.get("lineno")))
    )
    for claim in in_reading_order:
        brief = _brief(claim, files or {})
        if claim["status"] == statuses[0]:
            report.unchecked.append(brief)
        elif claim["status"] == statuses[-1]:
            missing = missing_required(claim, require)
            if missing:
                report.incomplete.append({**brief, "missing": missing})
    return report


def _line_number(value: Any) -> int:
    return value if isinstance(value, int) else 0


def _brief(claim: dict[str, Any], files: dict[str, str]) -> dict[str, Any]:
    brief = {key: claim.get(key) for key in ("id", "statement", "docname", "lineno")}
    if claim.get("docname") in files:
        brief["file"] = files[claim["docname"]]
    return brief


def policy_failures(report: StatusReport, policy: Policy) -> list[str]:
    """What the policy does not accept, one sentence each."""
    failures = []
    if policy.unchecked and report.unchecked:
        failures.append(f"--fail-on-unchecked: {_claims(len(report.unchecked))} unchecked")
    if policy.missing and report.incomplete:
        failures.append(
            f"--fail-on-missing: {_claims(len(report.incomplete))} done but missing required fields"
        )
    if policy.warnings and report.warnings:
        failures.append(
            f"--fail-on-warnings: the build gave {len(report.warnings)} "
            f"warning{'s' if len(report.warnings) != 1 else ''}"
        )
    if policy.done_under is not None and report.done_percent < policy.done_under:
        failures.append(
            f"--fail-under {policy.done_under:g}: only {report.done_percent:.0f}% "
            f"of the claims are done"
        )
    return failures


def _claims(count: int) -> str:
    return f"{count} claim is" if count == 1 else f"{count} claims are"


def _bar_character() -> str:
    """A full block where the terminal can show one, else '#'."""
    try:
        "█".encode(sys.stdout.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return "#"
    return "█"


def render_text(report: StatusReport, bar: str = "█") -> str:
    """The report as a person reads it in a terminal."""
    name = f"{report.project} ({report.origin})" if report.project else report.origin
    lines = [
        f"Fact-check status of {name}",
        f"{report.claims} claims: {report.with_verdict} with a verdict; "
        f"{report.done} {report.statuses[-1]} ({report.done_percent:.0f}%)",
        *_flaw_line(report.flaws),
        "",
        "By verdict",
        *_chart(report.by_verdict, bar),
        "",
        "By status",
        *_chart(report.by_status, bar),
    ]
    width = max((len(_where(c)) for c in [*report.unchecked, *report.incomplete]), default=0)
    if report.unchecked:
        lines += ["", f"Unchecked ({len(report.unchecked)})"]
        lines += [
            f"  {_where(c):<{width}}  {c['id']}: {_shorten(c.get('statement'))}"
            for c in report.unchecked
        ]
    if report.incomplete:
        lines += ["", f"Done but missing fields ({len(report.incomplete)})"]
        lines += [
            f"  {_where(c):<{width}}  {c['id']}: lacks "
            f"{', '.join(':' + m + ':' for m in c['missing'])}"
            for c in report.incomplete
        ]
    if report.warnings:
        lines += ["", f"Build warnings ({len(report.warnings)})"]
        lines += [f"  {warning}" for warning in report.warnings]
    lines.append("")
    if report.failures:
        lines += [f"FAILED {failure}" for failure in report.failures]
    return "\n".join(terminal_safe(line) for line in lines) + "\n"


def _flaw_line(flaws: dict[str, int]) -> list[str]:
    """ "3 copy flaws: 1 major, 2 minor", or nothing when the copy has none."""
    total = sum(flaws.values())
    if not total:
        return []
    counts = ", ".join(f"{count} {severity}" for severity, count in flaws.items())
    return [f"{total} copy flaw{'s' * (total != 1)}: {counts}"]


def _chart(counts: dict[str, int], bar: str) -> list[str]:
    width = max((len(key) for key in counts), default=0)
    most = max(counts.values(), default=0)
    rows = []
    for key, count in counts.items():
        length = round(_BAR_WIDTH * count / most) if most else 0
        rows.append(
            f"  {key:<{width}}  {count:>4}  {bar * max(length, 1 if count else 0)}".rstrip()
        )
    return rows


def _where(claim: dict[str, Any]) -> str:
    return f"{claim.get('file') or claim.get('docname')}:{claim.get('lineno')}"


def _shorten(statement: Any) -> str:
    text = " ".join(str(statement or "").split())
    return text if len(text) <= _STATEMENT_WIDTH else text[: _STATEMENT_WIDTH - 1] + "…"
