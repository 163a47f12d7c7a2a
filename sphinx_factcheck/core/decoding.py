"""Turning the bytes of an article or import file into text, or saying precisely why not."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

#: Byte-order marks and the codec that reads (and drops) them; UTF-32 before UTF-16,
#: whose little-endian mark is a prefix of UTF-32's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


#: The single-byte encoding chosen when it reads a text as well as any other.
_PREFERRED = "cp1252"


class DecodingError(ValueError):
    """The bytes cannot be read as text; the message says why and what to do."""

    def __init__(self, message: str, *, hinted: bool = False) -> None:
        super().__init__(message)
        #: True when the message already says what to do.
        self.hinted = hinted


@dataclass(frozen=True)
class Decoded:
    """Text and the encoding it was read with; ``detected`` when no one named it."""

    text: str
    encoding: str
    detected: bool = False


#: What to do about an encoding problem, for a directive's file.
OPTION_HINT = "give the file's encoding with :encoding: (e.g. latin-1, cp1252 or utf-16-le)"


def has_bom(data: bytes) -> bool:
    """True when ``data`` starts with a UTF-8, UTF-16 or UTF-32 byte-order mark."""
    return any(data.startswith(bom) for bom, _ in _BOMS)


def decode_text(
    data: bytes, encoding: str | None, default: str = "utf-8-sig", hint: str = OPTION_HINT
) -> Decoded:
    """Decode ``data``: with ``encoding`` when given, else by its byte-order mark, else
    ``default``, else the encoding ``charset-normalizer`` detects.

    Raises :class:`DecodingError` with a message that ends with ``hint``, what to do.
    """
    try:
        if encoding is not None:
            return Decoded(_decode_as(data, encoding), encoding)
        for bom, codec in _BOMS:
            if data.startswith(bom):
                return Decoded(_decode_as(data, codec), codec)
        if b"\x00" in data:
            raise DecodingError(
                "it holds NUL bytes: it looks like a binary file, or UTF-16 "
                "or UTF-32 text without a byte-order mark"
            )
        try:
            return Decoded(_decode_as(data, default), default)
        except DecodingError as error:
            failure = error
        detected = _detect(data)
        if detected is None:
            raise failure
        return Decoded(_decode_as(data, detected), detected, detected=True)
    except DecodingError as error:
        if error.hinted:
            raise
        raise DecodingError(f"{error}; {hint}", hinted=True) from None


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise DecodingError(
            f"unknown encoding {encoding!r}; use a name such as utf-8, utf-16, latin-1 or cp1252",
            hinted=True,
        ) from None
    if codec.name == "utf-16" and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DecodingError(
            "the file has no UTF-16 byte-order mark, so the byte order "
            "is unknown (utf-16-le or utf-16-be)"
        )
    try:
        text = data.decode(codec.name)
    except UnicodeDecodeError as error:
        raise DecodingError(
            f"it is not {encoding} text (byte 0x{data[error.start]:02x} at "
            f"position {error.start} cannot be read)"
        ) from None
    except UnicodeError as error:
        raise DecodingError(f"it is not {encoding} text ({error})") from None
    if "\x00" in text:
        raise DecodingError(
            f"it holds NUL characters when read as {encoding}: it looks "
            "like a binary file, or text in another encoding"
        )
    return text


def _detect(data: bytes) -> str | None:
    """The encoding charset-normalizer finds for ``data``, when it is sure enough."""
    if b"\x00" in data:
        return None  # binary, or UTF-16/32 without a mark: a guess would be garbage
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    # Short Western texts fit several single-byte code pages equally well; among the
    # least chaotic readings prefer cp1252, the one such files are almost always in.
    least_chaos = min(match.chaos for match in matches)
    calm = [match for match in matches if match.chaos == least_chaos]
    if any(_PREFERRED in match.could_be_from_charset for match in calm):
        return _PREFERRED
    return codecs.lookup(calm[0].encoding).name
