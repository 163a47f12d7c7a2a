"""Which way a text reads: right-to-left for Arabic, Hebrew and their kin, else left-to-right."""

from __future__ import annotations

import unicodedata
from typing import Literal

Direction = Literal["ltr", "rtl"]

#: Languages written right to left (ISO 639 codes, as Sphinx's ``language`` gives them).
RTL_LANGUAGES = frozenset(
    {
        "ar",
        "arc",
        "ckb",
        "dv",
        "fa",
        "he",
        "iw",
        "ks",
        "ku_arab",
        "ps",
        "sd",
        "syr",
        "ug",
        "ur",
        "yi",
    }
)

#: How many strong letters are enough to tell a text's direction.
_SAMPLE = 2000


def language_direction(language: str | None) -> Direction | None:
    """``rtl`` for a right-to-left language, ``ltr`` for another, None when unknown.

    ``ar``, ``ar_EG`` and ``ar-EG`` all read right to left.
    """
    if not language:
        return None
    code = language.strip().lower().replace("-", "_")
    base = code.split("_", 1)[0]
    return "rtl" if code in RTL_LANGUAGES or base in RTL_LANGUAGES else "ltr"


def script_direction(text: str) -> Direction | None:
    """The direction most of the text's letters read in; None when it has none.

    Uses each character's Unicode bidirectional class: ``R`` and ``AL``
    (Hebrew, Arabic) read right to left, ``L`` left to right; digits,
    punctuation and spaces are neutral.
    """
    rtl = ltr = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
        if rtl + ltr >= _SAMPLE:
            break
    if not rtl and not ltr:
        return None
    return "rtl" if rtl > ltr else "ltr"


def text_direction(text: str, language: str | None) -> tuple[Direction, str | None]:
    """The direction to show ``text`` in, and its language when it agrees with the script.

    A right-to-left ``language`` decides; otherwise the script of the text
    does, so an Arabic article reads right to left on an English site. The
    language is returned only when the text's script does not contradict it
    (an Arabic text is not tagged ``en``).
    """
    by_language = language_direction(language)
    by_script = script_direction(text)
    if by_language == "rtl":
        return "rtl", language
    direction: Direction = by_script or by_language or "ltr"
    agrees = by_language is not None and (by_script is None or by_script == by_language)
    return direction, language if agrees else None
