"""Text for a terminal: what a claim or a file says is shown, never obeyed."""

from __future__ import annotations

import re

#: C0 and C1 controls and DEL (escape sequences start with ESC or CSI), and the
#: bidirectional overrides and isolates that reorder what a line seems to say.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: Line breaks and tabs are shown as Python writes them.
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def terminal_safe(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``)."""

    def escape(match: re.Match[str]) -> str:
        character = match.group()
        if character in _NAMED:
            return _NAMED[character]
        code = ord(character)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNSAFE.sub(escape, text)


def json_safe(text: str) -> str:
    """JSON text with the C1 controls and bidi overrides that ``json.dumps`` keeps
    (with ``ensure_ascii=False``) written as ``\\u`` escapes; still the same JSON."""
    return re.sub(
        "[\x7f-\x9f\u202a-\u202e\u2066-\u2069]", lambda match: f"\\u{ord(match.group()):04x}", text
    )
