"""The ``sphinx-factcheck`` command: ``init`` a project from an article, ``status`` of one.

The package holds the command's parser and runners (here), ``scaffold``
(``init``), ``article_reading`` (text, Markdown and HTML articles),
``status`` and ``errors``. May import ``core`` and ``outputs``; it runs
Sphinx only through its public application API.

Exit codes: 0 done; 1 refused or a policy not met (an existing project, a
``--fail-on-*`` check); 2 a usage or input error. Errors are one line on
stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import io
import re
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from sphinx_factcheck import __version__
from sphinx_factcheck.cli.article_reading import (
    ArticleError,
    article_name,
    fetch_article,
    is_url,
    load_article,
)
from sphinx_factcheck.cli.errors import EXIT_FAILED, EXIT_OK, CommandError
from sphinx_factcheck.cli.scaffold import (
    DEFAULT_MAX_CLAIMS,
    PROJECT_FILES,
    ScaffoldOptions,
    scaffold_project,
    title_of_text,
)
from sphinx_factcheck.cli.status import Policy, run_status
from sphinx_factcheck.core.values import parse_date

_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")  # a claim in any script, on any terminal
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except CommandError as error:
        from sphinx_factcheck.core.terminal import terminal_safe

        message = terminal_safe(" ".join(str(error).split()))  # one line, shown not obeyed
        sys.stderr.write(f"{parser.prog} {args.command}: error: {message}\n")
        return error.code
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130
    return code


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with the ``init`` and ``status`` commands."""
    parser = argparse.ArgumentParser(
        prog="sphinx-factcheck",
        description="Scaffold a fact-check from an article, or report how far one has got.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = commands.add_parser(
        "init",
        help="write a fact-check project for an article",
        description="Write a Sphinx fact-check project for ARTICLE (a text, Markdown or HTML "
        "file, or an http(s) URL to download): the article, its most "
        "check-worthy sentences as unchecked claims, and the article as a "
        "source. It builds with sphinx-build -W at once.",
    )
    init.add_argument(
        "article",
        metavar="ARTICLE",
        help="the article: a .txt, .md or .html file, or an http:// or "
        "https:// URL (downloaded once, at most 20 MB)",
    )
    init.add_argument(
        "directory",
        metavar="DIR",
        type=Path,
        nargs="?",
        help="where to write the project (default: a folder named after the "
        "article, in the current folder)",
    )
    init.add_argument("--title", help="the project's title (default: the article's headline)")
    init.add_argument(
        "--publisher",
        help="who published the article, for its source entry (default: the "
        "site name the page declares, if any)",
    )
    init.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="when the article was published, for its source entry (default: "
        "the date the page declares, if any)",
    )
    init.add_argument(
        "--max-claims",
        type=_count,
        default=DEFAULT_MAX_CLAIMS,
        metavar="N",
        help=f"at most N candidate claims (default: {DEFAULT_MAX_CLAIMS})",
    )
    init.add_argument(
        "--language",
        type=_language,
        default="en",
        help="the article's language, for sentence splitting (default: en)",
    )
    init.add_argument(
        "--force",
        action="store_true",
        help="overwrite the project's files if DIR already holds a project",
    )
    init.set_defaults(run=_run_init)

    status = commands.add_parser(
        "status",
        help="summarise the claims of a project or a factcheck.json",
        description="Count a fact-check's claims by verdict and status, list what is still "
        "unchecked and what is done but incomplete. PATH is a project folder "
        "(built quietly, without HTML) or a factcheck.json file. The --fail-on "
        "options make the exit code 1 when a policy is not met, for CI.",
    )
    status.add_argument(
        "path",
        metavar="PATH",
        type=Path,
        help="a project folder (with conf.py) or a factcheck.json",
    )
    status.add_argument("--json", action="store_true", help="print the report as JSON")
    status.add_argument(
        "--require",
        metavar="FIELDS",
        help="fields a done claim must have, comma-separated (default: the "
        "project's factcheck_require, else verdict,sources)",
    )
    status.add_argument(
        "--fail-on-unchecked", action="store_true", help="exit 1 when any claim is still unchecked"
    )
    status.add_argument(
        "--fail-on-missing",
        action="store_true",
        help="exit 1 when a done claim lacks a required field",
    )
    status.add_argument(
        "--fail-on-warnings",
        action="store_true",
        help="exit 1 when building the project gave warnings",
    )
    status.add_argument(
        "--fail-under",
        type=_percent,
        metavar="PERCENT",
        help="exit 1 when fewer than PERCENT of the claims are done",
    )
    status.set_defaults(run=_run_status)
    return parser


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; give 0 or more")
    return number


def _percent(value: str) -> float:
    try:
        number = float(value.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number from 0 to 100") from None
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(f"{value} is not from 0 to 100")
    return number


def _date(value: str) -> str:
    try:
        return parse_date(value).isoformat()
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _language(value: str) -> str:
    if not _LANGUAGE_CODE.fullmatch(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a language code such as en or de")
    return value


def _run_init(args: argparse.Namespace) -> int:
    name, remote = article_name(args.article), is_url(args.article)
    try:
        article = fetch_article(args.article) if remote else load_article(Path(args.article))
    except ArticleError as error:
        raise CommandError(str(error)) from None
    directory = args.directory or _default_directory(args.article, name, remote=remote)
    _check_target(directory, force=args.force)
    title = (
        args.title
        or article.title
        or title_of_text(article.text)
        or name.replace("_", " ").replace("-", " ")
    )
    metadata = {
        **article.metadata,
        **{
            key: value
            for key, value in (("publisher", args.publisher), ("date", args.date))
            if value
        },
    }
    files = scaffold_project(
        article.text,
        ScaffoldOptions(
            title=title, max_claims=args.max_claims, language=args.language, metadata=metadata
        ),
    )
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for name in PROJECT_FILES:
            (directory / name).write_text(files[name], encoding="utf-8", newline="\n")
    except OSError as error:
        raise CommandError(
            f"cannot write the project to {directory}: {error.strerror or error}", EXIT_FAILED
        ) from None
    claims = files["claims.md"].count("{claim}")
    sys.stdout.write(
        f"Wrote {directory}: {', '.join(PROJECT_FILES)}\n"
        f"{claims} candidate claim{'' if claims == 1 else 's'}, all unchecked, in "
        f"{directory / 'claims.md'}.\n"
        f"Build it with: sphinx-build -W {shlex.quote(str(directory))} "
        f"{shlex.quote(str(directory / '_build' / 'html'))}\n"
        f"See how far it has got with: sphinx-factcheck status "
        f"{shlex.quote(str(directory))}\n"
    )
    return EXIT_OK


def _default_directory(article: str, name: str, *, remote: bool) -> Path:
    """A folder in the current one named after the article (never the article itself)."""
    folder = Path(name)
    if remote or folder.resolve() != Path(article).resolve():
        return folder
    return Path(f"{name}-factcheck")


def _check_target(directory: Path, *, force: bool) -> None:
    """Refuse a file, or a folder that already holds something, unless forced."""
    if directory.exists() and not directory.is_dir():
        raise CommandError(f"{directory} exists and is not a folder")
    if force or not directory.exists():
        return
    try:
        present = sorted(entry.name for entry in directory.iterdir())
    except OSError as error:
        raise CommandError(f"cannot look into {directory}: {error.strerror or error}") from None
    if present:
        shown = ", ".join(present[:5]) + (", ..." if len(present) > 5 else "")
        raise CommandError(
            f"{directory} already exists and is not empty ({shown}); choose "
            "another folder, or pass --force to overwrite the project's files",
            EXIT_FAILED,
        )


def _run_status(args: argparse.Namespace) -> int:

    policy = Policy(
        unchecked=args.fail_on_unchecked,
        missing=args.fail_on_missing,
        warnings=args.fail_on_warnings,
        done_under=args.fail_under,
    )
    require = (
        None
        if args.require is None
        else tuple(name.strip() for name in args.require.split(",") if name.strip())
    )
    return run_status(args.path, as_json=args.json, policy=policy, require=require)
