"""Mainland mobile numbers: 11 digits starting with 1 and a network digit 3–9."""

from __future__ import annotations

import re

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_SEPARATORS = re.compile(r"[\s\-－()（）]")


def parse_mobile(raw: object) -> str | None:
    """Normalise a mobile number (spaces, dashes, +86); empty → None; wrong → RuleError."""
    if raw is None:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    s = _SEPARATORS.sub("", str(raw))
    if not s:
        return None
    if s.startswith("+86"):
        s = s[3:]
    elif s.startswith("0086"):
        s = s[4:]
    if not _MOBILE.match(s):
        raise RuleError(
            msg("手机号“{number}”不对：应为以1开头的11位数字。", number=str(raw)), "phone"
        )
    return s
