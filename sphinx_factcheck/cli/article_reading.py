"""Loading an article for ``sphinx-factcheck init``: plain text, Markdown or an HTML page.

HTML goes through trafilatura (the ``html`` extra), which keeps the article
and drops the page's navigation, footers and comment sections; Markdown
through markdown-it, so the text is what a reader sees, without markup.
Every failure is an :class:`ArticleError` with a message for the command
line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from html import unescape
from http.client import HTTPMessage
from pathlib import Path, PurePosixPath
from typing import IO, Any
from urllib.parse import unquote, urlsplit
from urllib.request import HTTPRedirectHandler, Request

from sphinx_factcheck.core.boilerplate import published_date
from sphinx_factcheck.core.decoding import DecodingError, decode_text, has_bom
from sphinx_factcheck.core.text import normalise_newlines
from sphinx_factcheck.core.values import parse_date, url_problem

#: The largest article ``init`` reads or downloads.
MAX_ARTICLE_BYTES = 20 * 2**20
#: Seconds to wait for a server when ``init`` downloads an article.
FETCH_TIMEOUT = 30.0
_URL_START = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_CONTENT_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}
#: How many non-blank lines from the top may say when the article was published.
_DATE_LINES = 15
_MAX_SITE_NAME_WORDS = 8
_TITLE_ELEMENT = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\u00b7-]\s+|\s+::\s+")
#: How to install what reading HTML needs (trafilatura and lxml).
HTML_EXTRA = 'pip install "sphinx-factcheck[html]"'
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
#: How much of a file is looked at to tell text from binary data.
_SNIFF_BYTES = 8192


class ArticleError(Exception):
    """An article that cannot be used; the message says why, on one line."""


@dataclass(frozen=True)
class LoadedArticle:
    """An article's plain text and what its file says about it."""

    text: str
    #: "text", "markdown" or "html".
    kind: str
    title: str | None = None
    #: Metadata the page declares (HTML only): url, author, publisher, date.
    metadata: dict[str, str] = field(default_factory=dict)


def load_article(path: Path) -> LoadedArticle:
    """Read ``path`` and return its text; raise :class:`ArticleError` when it is unusable."""
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleError(f"{path} is a folder; give the article's file")
    try:
        if not path.is_file():
            raise ArticleError(f"{path} is not a regular file; give the article's file")
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"{path} is larger than {MAX_ARTICLE_BYTES // 2**20} MB; give the article alone"
            )
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot read it ({error.strerror or error})") from None
    return article_from_bytes(data, _kind_of(path.suffix, data), str(path))


def article_from_bytes(
    data: bytes, kind: str, name: str, charset: str | None = None
) -> LoadedArticle:
    """The article in ``data`` read as ``kind`` ("text", "markdown" or "html").

    ``name`` (a path or URL) is what messages call it; ``charset`` the encoding
    a server declared for text.
    """
    if not data.strip():
        raise ArticleError(f"{name} is empty; give a file with the article's text")
    if b"\x00" in data[:_SNIFF_BYTES] and not has_bom(data):
        raise ArticleError(
            f"{name} looks like a binary file (or UTF-16 text without a "
            "byte-order mark); give a text, Markdown or HTML file, saved as "
            "UTF-8"
        )
    if kind == "html":
        article = html_to_article(_decode(name, data, charset) if has_bom(data) else data)
    else:
        text = _decode(name, data, charset)
        article = markdown_to_article(text) if kind == "markdown" else _text_article(text)
    if not article.text.strip():
        raise ArticleError(f"{name}: found no article text in it")
    return _with_published_date(article)


def is_url(value: str) -> bool:
    """Whether a command-line argument is a URL ("scheme://...") rather than a path."""
    return bool(_URL_START.match(value))


def article_name(article: str) -> str:
    """The article's name without suffix: a file's stem, or a URL's last path segment."""
    if not is_url(article):
        return Path(article).stem
    parts = urlsplit(article)
    segment = next((part for part in reversed(parts.path.split("/")) if part), "")
    stem = PurePosixPath(unquote(segment)).stem or parts.hostname or "article"
    return re.sub(r"[^\w.-]+", "-", stem).strip(".-") or "article"


def fetch_article(
    url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_ARTICLE_BYTES
) -> LoadedArticle:
    """Download the page at an http(s) ``url`` and read it; nothing else is fetched."""
    import urllib.error
    import urllib.request
    from http.client import HTTPException

    if urlsplit(url).scheme.lower() not in ("http", "https") or url_problem(url):
        raise ArticleError(
            f"{url}: only http:// and https:// URLs can be fetched; download "
            "the page and give its file instead"
        )
    request = urllib.request.Request(  # noqa: S310 (http(s) only, checked above)
        url,
        headers={
            "User-Agent": "sphinx-factcheck-init",
            "Accept": "text/html, text/markdown, text/plain;q=0.9, */*;q=0.1",
        },
    )
    opener = urllib.request.build_opener(_WebOnlyRedirects())
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise ArticleError(f"{url} is larger than {max_bytes // 2**20} MB")
            data = response.read(max_bytes + 1)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            final_url = response.geturl()
    except urllib.error.HTTPError as error:
        raise ArticleError(
            f"{url}: the server answered {error.code} {error.reason}; "
            "download the page and give its file instead"
        ) from None
    except urllib.error.URLError as error:
        raise ArticleError(
            f"{url}: cannot fetch it ({error.reason}); download the page and give its file instead"
        ) from None
    except (OSError, HTTPException, ValueError) as error:
        raise ArticleError(
            f"{url}: cannot fetch it ({error or type(error).__name__}); "
            "download the page and give its file instead"
        ) from None
    if len(data) > max_bytes:
        raise ArticleError(f"{url} is larger than {max_bytes // 2**20} MB")
    kind = _CONTENT_KINDS.get(content_type) or _kind_of(
        PurePosixPath(urlsplit(url).path).suffix, data
    )
    article = article_from_bytes(data, kind, url, charset)
    if "url" not in article.metadata and url_problem(final_url) is None:
        article = replace(article, metadata={"url": final_url, **article.metadata})
    return article


class _WebOnlyRedirects(HTTPRedirectHandler):
    """Follow redirects to http(s) URLs only (never ftp:// or file://)."""

    def redirect_request(
        self, req: Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> Request | None:
        if urlsplit(newurl).scheme.lower() not in ("http", "https", ""):
            raise ArticleError(f"{req.full_url} redirects to {newurl}, which is not http(s)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _with_published_date(article: LoadedArticle) -> LoadedArticle:
    """The article with the date its "Published ..." line gives, when nothing else gave one."""
    if "date" in article.metadata:
        return article
    lines = [line for line in article.text.split("\n") if line.strip()][:_DATE_LINES]
    for line in lines:
        found = published_date(line)
        if found is None:
            continue
        try:
            date = dt.date(*found)
        except ValueError:
            continue
        if date <= dt.date.today():
            return replace(article, metadata={**article.metadata, "date": date.isoformat()})
    return article


def _kind_of(suffix: str, data: bytes) -> str:
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def _decode(name: str, data: bytes, charset: str | None = None) -> str:
    """The text of ``data``: in the declared ``charset``, else by its byte-order mark,
    else UTF-8, else the encoding charset-normalizer detects (cp1252, latin-1, ...)."""
    if charset is not None and charset.lower().replace("_", "-") in ("utf-8", "utf8"):
        charset = None if has_bom(data) else "utf-8-sig"
    try:
        text = decode_text(data, charset, hint="save it as UTF-8 and try again").text
    except DecodingError as error:
        raise ArticleError(f"{name} cannot be read as text: {error}") from None
    return normalise_newlines(text)


def _text_article(text: str) -> LoadedArticle:
    return LoadedArticle(text=text, kind="text", title=None)


def html_to_article(html: bytes | str) -> LoadedArticle:
    """The main text of an HTML page, one paragraph per block, and its metadata."""
    try:
        import trafilatura
    except ImportError:  # the html extra is not installed
        raise ArticleError(f"reading HTML articles needs the html extra: {HTML_EXTRA}") from None

    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
            # a date the page declares, never one guessed from a copyright line (and
            # max_date given, as trafilatura 2.0 requires of its caller)
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "max_date": dt.date.today().isoformat(),
            },
        )
    except Exception as error:  # a broken page is an input error, not a crash
        raise ArticleError(f"cannot extract the article from the HTML ({error})") from None
    if document is None:
        return LoadedArticle(text="", kind="html")
    values = _document_values(document)
    blocks = [" ".join(line.split()) for line in normalise_newlines(values["text"]).split("\n")]
    blocks = [block for block in blocks if block]
    if blocks and values["title"] and _same_words(blocks[0], values["title"]):
        blocks = blocks[1:]  # the headline is the article's title, not its first sentence
    site = values["sitename"]
    if not site or "." in site or _is_headline(site, values["title"]):
        # no site name, a host name, or the headline: the <title>'s other part names the site
        in_title = _site_in_title(_page_title(html), values["title"])
        values["sitename"] = in_title or ("" if _is_headline(site, values["title"]) else site)
    text = "\n\n".join(blocks) + "\n"
    return LoadedArticle(
        text=text, kind="html", title=values["title"] or None, metadata=_clean_metadata(values)
    )


def _same_words(one: str, other: str) -> bool:
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def _is_headline(sitename: str, title: str) -> bool:
    """A site name that is the headline (or part of it), or too long to be a name."""
    if not sitename:
        return False
    site, headline = sitename.casefold(), title.casefold()
    return (bool(headline) and (site in headline or headline in site)) or len(
        sitename.split()
    ) > _MAX_SITE_NAME_WORDS


def _page_title(html: bytes | str) -> str:
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    match = _TITLE_ELEMENT.search(text)
    return " ".join(unescape(match[1]).split()) if match else ""


def _site_in_title(page_title: str, headline: str) -> str:
    """The part of "Headline | Site" that is not the headline, if it is short enough."""
    parts = [part.strip() for part in _TITLE_SEPARATORS.split(page_title)]
    if len(parts) < 2 or not any(_same_words(part, headline) for part in parts):
        return ""
    for part in parts[1:] + parts[:1]:
        if part and not _is_headline(part, headline) and len(part.split()) <= 6:
            return part
    return ""


def _document_values(document: Any) -> dict[str, str]:
    """The fields of trafilatura's result as stripped strings ('' when absent)."""
    names = ("text", "title", "author", "sitename", "hostname", "url", "date")
    return {
        name: " ".join(str(getattr(document, name, None) or "").split())
        if name != "text"
        else str(getattr(document, name, None) or "")
        for name in names
    }


def _clean_metadata(values: dict[str, str]) -> dict[str, str]:
    """Only what the ``source`` directive accepts without a warning."""
    metadata: dict[str, str] = {}
    url = values["url"]
    if url and url_problem(url) is None and url.startswith(("http://", "https://")):
        metadata["url"] = url
    if values["author"]:
        metadata["author"] = values["author"]
    publisher = values["sitename"] or values["hostname"]
    if publisher:
        metadata["publisher"] = publisher
    date = values["date"][:10]
    try:
        if parse_date(date) <= dt.date.today():
            metadata["date"] = date
    except ValueError:
        pass
    return metadata


def markdown_to_article(markdown: str) -> LoadedArticle:
    """The text a reader of the Markdown sees: one paragraph per block, no markup.

    Tables are left out, as they are for HTML; front matter gives metadata.
    """
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    tokens = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).parse(markdown)
    blocks: list[str] = []
    title: str | None = None
    title_level = 7
    front_matter: dict[str, str] = {}
    in_table = False
    for position, token in enumerate(tokens):
        if token.type in ("table_open", "table_close"):
            in_table = token.type == "table_open"
        elif in_table:
            continue
        elif token.type == "front_matter":
            front_matter = _front_matter(token.content)
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            opener = tokens[position - 1]
            if opener.type == "heading_open" and text.strip() and int(opener.tag[1:]) < title_level:
                title, title_level = " ".join(text.split()), int(opener.tag[1:])
            blocks.append(text)
    text = "\n\n".join(block.strip("\n") for block in blocks if block.strip()) + "\n"
    return LoadedArticle(
        text=text,
        kind="markdown",
        title=front_matter.get("title") or title,
        metadata=_clean_metadata(front_matter),
    )


def _front_matter(content: str) -> dict[str, str]:
    import yaml

    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    values = {
        name: " ".join(str(data.get(name) or "").split())
        for name in ("title", "author", "url", "date")
    }
    values["sitename"] = " ".join(str(data.get("publisher") or "").split())
    values["hostname"] = ""
    return values


def _inline_text(children: list[Any]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts)
