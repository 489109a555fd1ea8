"""Input echoed in text for people, made harmless: control and format characters shown as escapes.

An event id, a field name or any other value taken from input may hold newlines, terminal escape
sequences or bidirectional overrides; printed raw, it could draw a decision that was never made or
hide the one that was. ``printable`` writes every such character as a Python-style escape
(``\\n``, ``\\x1b``, ``\\u202e``) and leaves all other text, in any script, as it is.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the format characters that reorder or hide text.
_UNSAFE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """``text`` (or its ``str``) with control, format and lone surrogate characters escaped; ``\\`` itself doubled."""
    value = str(text).replace("\\", "\\\\")
    if value.isprintable():  # False for every control, format (Cf) and surrogate character
        return value
    return _UNSAFE.sub(_escape, value)
