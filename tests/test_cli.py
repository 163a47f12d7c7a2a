"""The command line as a user runs it: ``python -m sphinx_factcheck init|status``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sphinx_factcheck.core.collection import build_index
from sphinx_factcheck.core.export import build_export
from sphinx_factcheck.core.model import ClaimRecord, FlawRecord, Location
from sphinx_factcheck.core.scale import DEFAULT_STATUSES, DEFAULT_VERDICTS, parse_scale

DATA = Path(__file__).parent / "data"
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}
Scaffolded = tuple[Path, subprocess.CompletedProcess[str]]


def run_cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sphinx_factcheck", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=ENV,
        timeout=120,
        check=False,
    )


def sphinx_build(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "-q",
            "-b",
            "html",
            str(project),
            str(project / "_build" / "html"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=ENV,
        timeout=120,
        check=False,
    )


def assert_one_line_error(
    result: subprocess.CompletedProcess[str], code: int, *fragments: str
) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def claims_of(project: Path) -> list[dict[str, object]]:
    export = json.loads((project / "_build" / "html" / "factcheck.json").read_text("utf-8"))
    claims: list[dict[str, object]] = export["claims"]
    return claims


@pytest.fixture(scope="module")
def summit(tmp_path_factory: pytest.TempPathFactory) -> Scaffolded:
    """The summit article scaffolded with the defaults, and the command's result."""
    workdir = tmp_path_factory.mktemp("summit")
    shutil.copy(DATA / "summit-ap.txt", workdir / "summit-ap.txt")
    result = run_cli("init", "summit-ap.txt", "check", cwd=workdir)
    return workdir / "check", result


# -- help ------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [(), ("init",), ("status",)])
def test_every_command_has_help(tmp_path: Path, command: tuple[str, ...]) -> None:
    result = run_cli(*command, "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: sphinx-factcheck {' '.join(command)}".rstrip())


def test_console_script_is_declared() -> None:
    from importlib.metadata import entry_points

    (script,) = entry_points(group="console_scripts", name="sphinx-factcheck")
    assert script.value == "sphinx_factcheck.cli:main"


# -- init ------------------------------------------------------------------------------


def test_init_scaffolds_the_summit_article(summit: Scaffolded) -> None:
    project, result = summit
    assert result.returncode == 0, result.stderr
    assert "25 candidate claims" in result.stdout
    assert sorted(path.name for path in project.iterdir()) == [
        "article.md",
        "article.txt",
        "claims.md",
        "conf.py",
        "index.md",
        "sources.md",
    ]
    assert (project / "article.txt").read_text("utf-8") == (DATA / "summit-ap.txt").read_text(
        "utf-8"
    )  # boilerplate kept: the article directive flags it
    claims_md = (project / "claims.md").read_text("utf-8")
    for fact in (
        "lasted more than four hours",
        "lasted about 40 seconds",
        "fired two ballistic missiles",
        "would violate existing sanctions",
        "Russia complies with sanctions",
        "respect the sanctions regime",
    ):
        assert fact in claims_md
    assert "Advertis" not in claims_md
    assert ":claimant: Antonio Guterres" in claims_md
    assert ":claimant: Jeon Ha Gyu" in claims_md


def test_scaffolded_summit_builds_clean_with_unchecked_unique_quotes(summit: Scaffolded) -> None:
    project, _ = summit
    build = sphinx_build(project)
    assert build.returncode == 0, build.stderr
    assert build.stderr == ""
    claims = claims_of(project)
    article = (project / "article.txt").read_text("utf-8")
    assert len(claims) == 25
    for claim in claims:
        assert (claim["status"], claim["verdict"], claim["sources"]) == ("unchecked", None, [])
        quote = str(claim["quote"])
        assert "\n" not in quote
        assert article.count(quote) == 1
    assert len({claim["id"] for claim in claims}) == 25
    html = (project / "_build" / "html" / "sources.html").read_text("utf-8")
    assert "North Korea’s Kim pledges full support" in html


@pytest.mark.parametrize(
    ("article", "expected_quote", "claimant"),
    [
        (
            "council-budget.md",
            "Riverside's city council voted 7 to 2 on Monday to spend 40 percent",
            "Mark Stone",
        ),
        ("desalination-page.html", "The plant, which cost 412 million dollars", "Ana Duarte"),
    ],
)
def test_init_on_markdown_and_html_builds_clean(
    tmp_path: Path, article: str, expected_quote: str, claimant: str
) -> None:
    shutil.copy(DATA / article, tmp_path / article)
    result = run_cli("init", article, "--max-claims", "4", "--title", "My check", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    project = tmp_path / Path(article).stem  # the default folder is named after the article
    text = (project / "article.txt").read_text("utf-8")
    for markup_or_clutter in ("**", "](", "Sign in", "Privacy policy", "<p>", "Related stories"):
        assert markup_or_clutter not in text
    assert "project = 'My check'" in (project / "conf.py").read_text("utf-8")
    build = sphinx_build(project)
    assert build.returncode == 0, build.stderr
    claims = claims_of(project)
    assert len(claims) == 4
    assert any(expected_quote in str(claim["quote"]) for claim in claims)
    assert claimant in {claim["claimant"] for claim in claims}


def test_init_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    shutil.copy(DATA / "council-budget.md", tmp_path / "a.md")
    assert run_cli("init", "a.md", "proj", "--max-claims", "1", cwd=tmp_path).returncode == 0
    (tmp_path / "proj" / "claims.md").write_text("# My work\n", encoding="utf-8")
    refused = run_cli("init", "a.md", "proj", cwd=tmp_path)
    assert_one_line_error(refused, 1, "proj already exists", "--force")
    assert (tmp_path / "proj" / "claims.md").read_text("utf-8") == "# My work\n"
    forced = run_cli("init", "a.md", "proj", "--force", "--max-claims", "2", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert (tmp_path / "proj" / "claims.md").read_text("utf-8").count("{claim}") == 2


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (None, "no such file"),
        (b"", "is empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        ("Kim met Putin.".encode("utf-16-le"), "UTF-16 text without a byte-order mark"),
    ],
)
def test_init_refuses_unusable_articles_in_one_line(
    tmp_path: Path, content: bytes | None, fragment: str
) -> None:
    if content is not None:
        (tmp_path / "article.txt").write_bytes(content)
    result = run_cli("init", "article.txt", "out", cwd=tmp_path)
    assert_one_line_error(result, 2, "sphinx-factcheck init: error:", fragment)
    assert not (tmp_path / "out").exists()


def test_init_refuses_a_folder_as_article_and_a_file_as_target(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    assert_one_line_error(run_cli("init", "folder", cwd=tmp_path), 2, "is a folder")
    shutil.copy(DATA / "council-budget.md", tmp_path / "a.md")
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    assert_one_line_error(run_cli("init", "a.md", "taken", cwd=tmp_path), 2, "not a folder")


def test_init_unreadable_article_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sphinx_factcheck.cli import main

    article = tmp_path / "locked.txt"
    article.write_text("Kim met Putin on Wednesday.", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)  # root reads any file: simulate it
    assert main(["init", str(article), str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.strip().endswith("cannot read it (Permission denied)")


def test_init_on_html_without_the_html_extra_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sphinx_factcheck.cli import main

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if the extra were not installed
    shutil.copy(DATA / "desalination-page.html", tmp_path / "page.html")
    assert main(["init", str(tmp_path / "page.html"), str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == (
        "sphinx-factcheck init: error: reading HTML articles needs the html extra: "
        'pip install "sphinx-factcheck[html]"\n'
    )
    assert not (tmp_path / "out").exists()
    # text and Markdown need no extra
    shutil.copy(DATA / "council-budget.md", tmp_path / "a.md")
    assert main(["init", str(tmp_path / "a.md"), str(tmp_path / "md"), "--max-claims", "1"]) == 0
    assert (tmp_path / "md" / "claims.md").exists()


def test_a_plain_install_needs_no_html_reader() -> None:
    from importlib.metadata import requires

    plain = [req for req in requires("sphinx-factcheck") or [] if "extra ==" not in req]
    assert plain
    assert not [req for req in plain if req.startswith(("trafilatura", "lxml"))]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("init",), "the following arguments are required: ARTICLE"),
        (("init", "a.txt", "--max-claims", "many"), "'many' is not a whole number"),
        (("init", "a.txt", "--language", "english please"), "not a language code"),
        (("status",), "the following arguments are required: PATH"),
        (("status", ".", "--fail-under", "120"), "not from 0 to 100"),
        (("frobnicate",), "invalid choice"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...], fragment: str) -> None:
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr


# -- status ----------------------------------------------------------------------------


def test_status_of_the_scaffolded_project(summit: Scaffolded) -> None:
    project, _ = summit
    result = run_cli("status", project, cwd=project.parent)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "25 claims: 0 with a verdict; 0 done (0%)" in out
    assert "  none           25  " + "█" * 30 in out
    assert "  unchecked      25  " + "█" * 30 in out
    assert "  done            0\n" in out
    assert "Unchecked (25)" in out
    assert "meeting-lasted-four-hours-russias: The meeting, which lasted more than four" in out
    strict = run_cli("status", project, "--fail-on-unchecked", "--json", cwd=project.parent)
    assert strict.returncode == 1
    report = json.loads(strict.stdout)
    assert report["by_status"]["unchecked"] == 25
    assert report["failures"] == ["--fail-on-unchecked: 25 claims are unchecked"]
    assert report["ok"] is False


def write_export(path: Path, **changes: object) -> Path:
    """A valid factcheck.json of four claims, with top-level ``changes`` applied."""
    claims = [
        ClaimRecord("a-open", "A.", Location("claims", 3)),
        ClaimRecord(
            "b-done", "B.", Location("claims", 9), verdict="false", status="done", sources=("src",)
        ),
        ClaimRecord("c-done", "C.", Location("claims", 15), verdict="true", status="done"),
        ClaimRecord(
            "d-review",
            "D.",
            Location("more", 1),
            verdict="mixed",
            status="review",
            sources=("src",),
        ),
    ]
    export = build_export(
        build_index(claims, [], [], []),
        parse_scale(DEFAULT_VERDICTS),
        DEFAULT_STATUSES,
        project={"name": "Demo", "version": "1"},
        generator={"name": "sphinx-factcheck", "version": "0"},
    )
    path.write_text(json.dumps({**export, **changes}), encoding="utf-8")
    return path


def test_status_of_a_json_file_and_its_policies(tmp_path: Path) -> None:
    export = write_export(tmp_path / "factcheck.json")
    result = run_cli("status", export, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "4 claims: 3 with a verdict; 2 done (50%)" in result.stdout
    assert "  done            2  " + "█" * 30 in result.stdout
    assert "  review          1  " + "█" * 15 in result.stdout
    assert "Unchecked (1)\n  claims:3   a-open: A." in result.stdout
    assert "Done but missing fields (1)\n  claims:15  c-done: lacks :sources:" in result.stdout

    def code(*policy: str) -> int:
        return run_cli("status", export, *policy, cwd=tmp_path).returncode

    assert code("--fail-on-missing") == 1
    assert code("--fail-on-unchecked") == 1
    assert code("--fail-under", "50") == 0
    assert code("--fail-under", "75") == 1
    assert code("--fail-on-missing", "--require", "verdict") == 0
    report = json.loads(
        run_cli("status", export, "--json", "--require", "verdict,checker", cwd=tmp_path).stdout
    )
    assert [(c["id"], c["missing"]) for c in report["incomplete"]] == [
        ("b-done", ["checker"]),
        ("c-done", ["checker"]),
    ]
    assert report["by_verdict"]["none"] == 1
    assert report["flaws"] == {"major": 0, "minor": 0}
    assert "copy flaw" not in result.stdout


def test_status_counts_copy_flaws_apart_from_claims(tmp_path: Path) -> None:
    flaws = [
        FlawRecord("weekday", "Wrong weekday.", Location("claims", 20), severity="major"),
        FlawRecord("typo", "A typo.", Location("claims", 25)),
        FlawRecord("date", "Wrong page date.", Location("more", 9)),
    ]
    export = build_export(
        build_index([], [], [], [], flaws),
        parse_scale(DEFAULT_VERDICTS),
        DEFAULT_STATUSES,
        project={"name": "Demo", "version": "1"},
        generator={"name": "sphinx-factcheck", "version": "0"},
    )
    path = tmp_path / "factcheck.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    result = run_cli("status", path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "0 claims: 0 with a verdict; 0 done (100%)\n3 copy flaws: 1 major, 2 minor\n" in (
        result.stdout
    )
    report = json.loads(run_cli("status", path, "--json", cwd=tmp_path).stdout)
    assert (report["claims"], report["flaws"]) == (0, {"major": 1, "minor": 2})


def test_status_builds_a_project_and_reports_its_warnings(tmp_path: Path) -> None:
    (tmp_path / "conf.py").write_text(
        'project = "Tiny"\nextensions = ["myst_parser", "sphinx_factcheck"]\n'
        'factcheck_require = ["verdict", "sources", "checker"]\n',
        encoding="utf-8",
    )
    (tmp_path / "index.md").write_text(
        "# Tiny\n\n```{claim} The sky is green.\n:id: sky\n:verdict: false\n"
        ":sources: nowhere\n```\n",
        encoding="utf-8",
    )
    result = run_cli("status", tmp_path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "index.md:3  sky: lacks :checker:" in result.stdout  # the project's factcheck_require
    assert "Build warnings (2)" in result.stdout
    assert "[factcheck.unknown_source]" in result.stdout
    assert not (tmp_path / "_build").exists()  # built in a temporary folder
    failed = run_cli("status", tmp_path, "--fail-on-warnings", cwd=tmp_path)
    assert failed.returncode == 1
    assert "FAILED --fail-on-warnings: the build gave 2 warnings" in failed.stdout


def test_status_input_errors_are_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("status", "missing.json", cwd=tmp_path), 2, "no such file")
    assert_one_line_error(run_cli("status", tmp_path, cwd=tmp_path), 2, "has no conf.py")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    assert_one_line_error(
        run_cli("status", "broken.json", cwd=tmp_path), 2, "not a readable factcheck.json"
    )
    (tmp_path / "other.json").write_text('{"items": []}', encoding="utf-8")
    assert_one_line_error(run_cli("status", "other.json", cwd=tmp_path), 2, "no list of claims")
    export = write_export(tmp_path / "factcheck.json")
    assert_one_line_error(
        run_cli("status", export, "--require", "colour", cwd=tmp_path), 2, "unknown field(s) colour"
    )


def test_status_of_a_malformed_factcheck_json_is_a_one_line_error(tmp_path: Path) -> None:
    wrong_verdict = write_export(tmp_path / "verdict.json")
    export = json.loads(wrong_verdict.read_text(encoding="utf-8"))
    export["claims"][0]["verdict"] = ["x"]
    wrong_verdict.write_text(json.dumps(export), encoding="utf-8")
    assert_one_line_error(
        run_cli("status", wrong_verdict, cwd=tmp_path),
        2,
        "verdict.json is not a valid factcheck.json: claims/0/verdict: ",
    )
    wrong_statuses = write_export(tmp_path / "statuses.json", statuses=5)
    assert_one_line_error(
        run_cli("status", wrong_statuses, cwd=tmp_path),
        2,
        "statuses.json is not a valid factcheck.json: statuses: 5 is not of type 'array'",
    )
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "conf.py").write_text('project = "Plain"\n', encoding="utf-8")
    assert_one_line_error(
        run_cli("status", plain, cwd=tmp_path), 2, "does not use sphinx_factcheck"
    )
    (plain / "conf.py").write_text("project = (\n", encoding="utf-8")
    assert_one_line_error(run_cli("status", plain, cwd=tmp_path), 2, "cannot build")
