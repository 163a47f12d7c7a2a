"""Parsing and checking the plain-text values users write in options."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from urllib.parse import urlsplit

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
#: Characters an id may hold: they must survive in URLs, anchors and objects.inv.
_VALID_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]*")


def split_list(value: str | None) -> tuple[str, ...]:
    """Split a comma-separated option value into stripped, non-empty, distinct items.

    A repeated item counts once: ``:sources: s1, s1`` cites one source, and an
    unknown one is reported once.
    """
    if not value:
        return ()
    return tuple(dict.fromkeys(item.strip() for item in value.split(",") if item.strip()))


def parse_date(value: str) -> dt.date:
    """Parse ``YYYY-MM-DD``; raise ValueError with what would be right."""
    text = value.strip()
    if not _ISO_DATE.fullmatch(text):
        raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD (e.g. 2023-09-13)")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{value!r} is not a real calendar date") from None


def url_problem(value: str) -> str | None:
    """Why ``value`` may not become a link, or None when it is http(s) or relative."""
    text = value.strip()
    if not text:
        return "the URL is empty"
    if any(unicodedata.category(c) in ("Cc", "Zs", "Zl", "Zp") for c in text):
        return "the URL contains spaces or control characters"
    try:
        parts = urlsplit(text)
    except ValueError as error:
        return f"the URL cannot be parsed ({error})"
    if parts.scheme:
        if parts.scheme.lower() not in ("http", "https"):
            return f"the scheme {parts.scheme!r} is not allowed; use https:// or a relative path"
        if not parts.netloc:
            return "an http(s) URL needs a host, e.g. https://example.org/page"
        return None
    if "\\" in text:
        # Browsers read "\\" as "/", so "/\\host" would be a link to another host.
        return "backslashes are not allowed in URLs; use / in a relative path"
    if text.startswith("//"):
        return "scheme-relative URLs are not allowed; write https:// in full"
    return None


def is_safe_url(value: str) -> bool:
    """True when ``value`` is an http(s) or relative URL."""
    return url_problem(value) is None


def is_valid_id(value: str) -> bool:
    """True when ``value`` can serve as a claim, source or article id."""
    return bool(_VALID_ID.fullmatch(value))


def slugify(text: str, max_words: int = 8) -> str:
    """A lowercase ASCII id derived from ``text``: its first words joined by '-'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = _SLUG_JUNK.sub(" ", ascii_text.lower()).split()
    return "-".join(words[:max_words]) or "claim"


def is_via_url(value: str) -> bool:
    """Whether a ``:via:`` value is a URL rather than a source id."""
    return "/" in value or value.lower().startswith(("http:", "https:"))
