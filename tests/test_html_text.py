"""Loading articles: the text a reader sees, from text, Markdown and HTML files."""

from __future__ import annotations

from pathlib import Path

import pytest

from sphinx_factcheck.cli.article_reading import ArticleError, load_article

DATA = Path(__file__).parent / "data"


def test_html_keeps_the_article_and_drops_the_page_around_it() -> None:
    article = load_article(DATA / "desalination-page.html")
    assert article.kind == "html"
    assert article.title == "Harbour city opens record desalination plant"
    assert article.metadata == {
        "url": "https://courier.example.org/2024/03/desalination-plant",
        "author": "Maria Lopez",
        "publisher": "The Coast Courier",
        "date": "2024-03-05",
    }
    paragraphs = article.text.split("\n\n")
    assert (
        "The plant, which cost 412 million dollars, will supply water to 300,000 "
        "households, Mayor Tomas Riera said on Tuesday."
    ) in paragraphs
    for clutter in (
        "Sign in",
        "Subscribe",
        "Sport",
        "cookies",
        "Related stories",
        "Council approves",
        "water bills will drop",
        "Privacy policy",
        "Advertise",
        "Advertisement",
        "All rights reserved",
        "dataLayer",
    ):
        assert clutter not in article.text


def test_markdown_becomes_plain_text_with_its_heading_as_title() -> None:
    article = load_article(DATA / "council-budget.md")
    assert article.kind == "markdown"
    assert article.title == "Riverside council approves a record school budget"
    assert article.metadata == {"author": "Lena Park"}
    assert (
        "Riverside's city council voted 7 to 2 on Monday to spend 40 percent of next "
        "year's budget on schools, according to Mayor Jane Doe."
    ) in article.text
    for markup in ("**", "](", "# ", "> ", "- Opposition", "|", "author:"):
        assert markup not in article.text


def test_text_is_kept_as_it_is_with_unix_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\r\n\r\nKim met Putin.\r\n")
    article = load_article(path)
    assert (article.kind, article.text) == ("text", "Headline\n\nKim met Putin.\n")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n\t\n", "is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        ("utf16.txt", "Kim met Putin.".encode("utf-16-le"), "looks like a binary file"),
        (
            "empty.html",
            b"<html><head><title>Home</title></head><body></body></html>",
            "found no article text",
        ),
    ],
)
def test_unusable_files_are_refused_with_a_reason(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        load_article(path)


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("utf-16", "Kim met Putin in the caf\u00e9.\n"),
        ("utf-32", "Kim met Putin in the caf\u00e9.\n"),
        ("latin-1", "Caf\u00e9 prices rose in P\u00e9cs, Kim said.\n"),
        ("cp1252", "\u201cWe will win,\u201d Kim said \u2013 the caf\u00e9 agreed.\n"),
    ],
)
def test_other_encodings_are_read_by_mark_or_detection(
    tmp_path: Path, codec: str, text: str
) -> None:
    """Issue 13 case 17: init reads UTF-16/32 with a byte-order mark (it said "looks like
    a binary file") and detects cp1252 and latin-1 (it refused them)."""
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(codec))
    assert load_article(path).text == text


def test_undecodable_text_says_to_save_as_utf8(tmp_path: Path) -> None:
    """Issue 13 case 17: a declared encoding that does not fit says what to do."""
    from sphinx_factcheck.cli.article_reading import article_from_bytes

    with pytest.raises(
        ArticleError,
        match=r"a.txt cannot be read as text: it is not utf-8-sig "
        r"text \(byte 0xe9 at position 3 cannot be read\); "
        r"save it as UTF-8 and try again",
    ):
        article_from_bytes(b"Caf\xe9 prices rose.", "text", "a.txt", charset="utf-8")


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nowhere.txt")
    with pytest.raises(ArticleError, match="is a folder"):
        load_article(tmp_path)
