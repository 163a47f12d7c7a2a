"""``init`` on what a user hands it: a URL, a hostile page, a path with spaces, metadata."""

from __future__ import annotations

import functools
import shlex
import shutil
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sphinx_factcheck.cli.article_reading import (
    ArticleError,
    article_name,
    fetch_article,
    html_to_article,
)
from sphinx_factcheck.cli.scaffold import ScaffoldOptions, plain_title, scaffold_project
from tests.test_cli import DATA, assert_one_line_error, claims_of, run_cli, sphinx_build

CORPUS = DATA / "corpus"
HOSTILE_TITLE = '<script>alert("owned")</script><img src=x onerror=alert(2)>Kim & "Putin"'


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A local web server on 127.0.0.1 serving a folder of pages; yields its base URL."""
    root = tmp_path_factory.mktemp("site")
    for name in ("html-widgets.html", "html-no-sitename.html", "wire-port-strike.txt"):
        shutil.copy(CORPUS / name, root / name)
    (root / "big.html").write_bytes(b"<html><body><p>" + b"word " * 400_000 + b"</p></body>")
    handler = functools.partial(_QuietHandler, directory=str(root))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


# -- URLs --------------------------------------------------------------------------------


def test_init_fetches_an_http_url_and_builds_clean(server: str, tmp_path: Path) -> None:
    url = f"{server}/html-widgets.html"
    result = run_cli("init", url, "--max-claims", "3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    project = tmp_path / "html-widgets"  # named after the URL's last segment
    sources = (project / "sources.md").read_text("utf-8")
    assert ":publisher: Northgate Herald" in sources
    assert ":date: 2025-02-13" in sources
    text = (project / "article.txt").read_text("utf-8")
    assert text.startswith("Sophie Grant, Health Correspondent")  # the headline is the title
    assert sphinx_build(project).returncode == 0
    assert len(claims_of(project)) == 3


def test_init_fetches_plain_text_and_records_the_url(server: str, tmp_path: Path) -> None:
    result = run_cli(
        "init", f"{server}/wire-port-strike.txt", "out", "--max-claims", "2", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "article.txt").read_text("utf-8") == (
        CORPUS / "wire-port-strike.txt"
    ).read_text("utf-8")
    assert f":url: {server}/wire-port-strike.txt" in (tmp_path / "out" / "sources.md").read_text(
        "utf-8"
    )


@pytest.mark.parametrize(
    ("path", "fragment"),
    [
        ("/missing.html", "the server answered 404"),
    ],
)
def test_init_says_in_one_line_when_a_page_cannot_be_fetched(
    server: str, tmp_path: Path, path: str, fragment: str
) -> None:
    result = run_cli("init", server + path, "out", cwd=tmp_path)
    assert_one_line_error(result, 2, fragment, "download the page")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "url", ["ftp://example.org/a.html", "file:///etc/passwd", "javascript://alert(1)"]
)
def test_init_fetches_only_http_and_https(tmp_path: Path, url: str) -> None:
    result = run_cli("init", url, "out", cwd=tmp_path)
    assert_one_line_error(result, 2, "only http:// and https:// URLs", "download the page")


def test_an_unreachable_host_is_one_line(tmp_path: Path) -> None:
    result = run_cli("init", "http://127.0.0.1:9/article.html", "out", cwd=tmp_path)
    assert_one_line_error(result, 2, "cannot fetch it", "download the page")


def test_a_page_over_the_size_cap_is_refused(server: str) -> None:
    with pytest.raises(ArticleError, match="larger than 1 MB"):
        fetch_article(f"{server}/big.html", max_bytes=2**20)


def test_a_url_names_the_default_folder_by_its_last_segment() -> None:
    assert article_name("https://apnews.com/article/kim-putin-summit-1234") == (
        "kim-putin-summit-1234"
    )
    assert article_name("https://example.org/") == "example.org"
    assert article_name("https://example.org/a%20b/story.html?x=1") == "story"
    assert article_name("folder/my article.txt") == "my article"


# -- metadata ----------------------------------------------------------------------------


def test_publisher_and_date_options_fill_the_source(tmp_path: Path) -> None:
    shutil.copy(CORPUS / "wire-port-strike.txt", tmp_path / "wire.txt")
    result = run_cli(
        "init",
        "wire.txt",
        "out",
        "--publisher",
        "Meridian News Wire",
        "--date",
        "2025-03-03",
        "--max-claims",
        "1",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    sources = (tmp_path / "out" / "sources.md").read_text("utf-8")
    assert ":publisher: Meridian News Wire" in sources
    assert ":date: 2025-03-03" in sources
    assert sphinx_build(tmp_path / "out").returncode == 0


def test_a_date_option_not_in_iso_form_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("init", "a.txt", "--date", "3 March 2025", cwd=tmp_path)
    assert result.returncode == 2
    assert "not a date in the form YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize(
    "title",
    [
        "U.S. warns Kim over arms deal",
        "U.S. warns Kim over arms deal - Daily Wire",
        "Daily Wire | U.S. warns Kim over arms deal",
    ],
)
def test_the_headline_is_never_the_publisher(title: str) -> None:
    page = (
        f"<html><head><title>{title}</title></head><body><article>"
        "<h1>U.S. warns Kim over arms deal</h1>"
        "<p>The board voted 5-2 on Thursday to approve a 14-storey tower on the mill site "
        "by the river, the county said.</p><p>The state agency had warned in January that "
        "the site lies in a zone with a flood risk.</p></article></body></html>"
    )
    article = html_to_article(page)
    assert article.title == "U.S. warns Kim over arms deal"
    assert article.metadata.get("publisher") in (None, "Daily Wire")
    assert not article.text.startswith("U.S. warns")  # the headline is not copied in


def test_the_headline_is_no_claim_and_no_claim_takes_the_article_id() -> None:
    text = (
        "Council approves record school budget\n\n"
        "Council approves record school budget of 40 million dollars on Monday.\n"
    )
    files = scaffold_project(text, ScaffoldOptions(title="Council approves record school budget"))
    assert ":id: council-approves-record-school-budget\n" in files["article.md"]
    claims = files["claims.md"]
    assert claims.count("```{claim}") == 1  # the headline line is no candidate
    assert ":id: council-approves-record-school-budget-2\n" in claims


# -- safety ------------------------------------------------------------------------------


class _Elements(HTMLParser):
    """Every start tag of a page with its attributes, and the text of its scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def test_plain_title_leaves_no_markup() -> None:
    assert plain_title(HOSTILE_TITLE) == "alert(\u201downed\u201d)Kim \uff06 \u201dPutin\u201d"
    assert plain_title("&lt;b&gt;Bold&lt;/b&gt; move") == "Bold move"
    assert plain_title("<>") == "Fact-check"


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_a_hostile_title_runs_nowhere_in_the_built_project(tmp_path: Path, suffix: str) -> None:
    body = (CORPUS / "wire-port-strike.txt").read_text("utf-8")
    if suffix == ".html":
        paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines() if line)
        page = f"<html><head><title>{HOSTILE_TITLE}</title></head><body>{paragraphs}</body>"
    else:
        quoted = HOSTILE_TITLE.replace('"', '\\"')
        page = f'---\ntitle: "{quoted}"\n---\n\n{body}'
    (tmp_path / f"hostile{suffix}").write_text(page, encoding="utf-8")
    result = run_cli("init", f"hostile{suffix}", "out", "--max-claims", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    conf = (tmp_path / "out" / "conf.py").read_text("utf-8")
    assert "<" not in conf and "onerror=" not in conf.replace(" ", "")
    build = sphinx_build(tmp_path / "out")
    assert build.returncode == 0, build.stderr
    pages = sorted((tmp_path / "out" / "_build" / "html").rglob("*.html"))
    assert len(pages) >= 4
    for page_path in pages:
        parser = _Elements()
        parser.feed(page_path.read_text("utf-8"))
        assert not any(name.startswith("on") for _, attrs in parser.tags for name, _ in attrs)
        assert not any(
            src == "x"
            for tag, attrs in parser.tags
            if tag == "img"
            for name, src in attrs
            if name == "src"
        )
        assert not any("owned" in script or "alert" in script for script in parser.scripts)


def test_a_path_with_spaces_is_quoted_in_the_suggested_commands(tmp_path: Path) -> None:
    shutil.copy(DATA / "council-budget.md", tmp_path / "council budget.md")
    result = run_cli("init", "council budget.md", "my check", "--max-claims", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    build_line = next(
        line for line in result.stdout.splitlines() if line.startswith("Build it with: ")
    )
    assert shlex.split(build_line.removeprefix("Build it with: ")) == [
        "sphinx-build",
        "-W",
        "my check",
        "my check/_build/html",
    ]
    status_line = result.stdout.splitlines()[-1]
    assert shlex.split(status_line.split(": ", 1)[1]) == ["sphinx-factcheck", "status", "my check"]
