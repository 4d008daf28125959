"""居民身份证号 (GB 11643-1999): checking, 15 → 18 upgrade, and Excel damage detection."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from operator import mul

from swdesk.core.enums import FEMALE, MALE
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.text import clean_text

# GB 11643's check character: ISO 7064 MOD 11-2 over the first 17 digits with these weights.
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARACTERS = "10X98765432"
_BYTE_ZERO_WEIGHT = ord("0") * sum(WEIGHTS)
# A number as it is nearly always written: 17 ASCII digits and a digit or X, nothing around it.
_PLAIN = re.compile(r"\d{17}[\dX]", re.ASCII)
_ID_LABEL = msg("身份证号")
_FLOAT_RE = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")
_WHOLE_FLOAT = re.compile(r"\d+\.0+")

_UPGRADE_NOTE = re.compile(r"由15位旧身份证号 (\d{15}) 升位为18位")


@dataclass(frozen=True)
class IdNumber:
    """A checked 18-character number with what it tells about the person."""

    value: str
    birth_date: date
    gender: str  # "男" or "女"
    upgraded_from: str | None = None  # the old 15-digit number, when it was upgraded

    @property
    def note(self) -> str | None:
        if self.upgraded_from:
            return msg("由15位旧身份证号 {old} 升位为18位", old=self.upgraded_from)
        return None


def note_text(note: str) -> str:
    """A stored ``id_note`` (plain Chinese once read back) as a translatable sentence again."""
    upgraded = _UPGRADE_NOTE.fullmatch(note)
    if upgraded:
        return msg("由15位旧身份证号 {old} 升位为18位", old=upgraded[1])
    return note


def check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character over the first 17 digits."""
    if len(first17) == 17 and first17.isascii() and first17.isdigit():
        # The digits' bytes weighed in one pass of C loops: every row of a roster or results
        # sheet has its number checked. Each byte is its digit plus 48 (b"0").
        total = sum(map(mul, first17.encode(), WEIGHTS)) - _BYTE_ZERO_WEIGHT
    else:
        total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARACTERS[total % 11]


def looks_excel_mangled(raw: str) -> bool:
    """True for numbers Excel stored as floats: ``4.10105199001011E+17`` or ``410105199001011.0``.

    An 18-digit number ending in ``000`` may be genuine, so that case is only reported when its
    check digit is wrong (see ``_check18``).
    """
    s = raw.strip()
    if _FLOAT_RE.match(s):
        return True
    return bool(_WHOLE_FLOAT.fullmatch(s))


def _birth(yyyymmdd: str) -> date:
    try:
        born = date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        raise RuleError(
            msg("身份证号中的出生日期 {digits} 不是真实的日期，请核对号码。", digits=yyyymmdd),
            "id_number",
        ) from None
    return born


def parse_id_number(raw: object, today: date | None = None) -> IdNumber:
    """Check a number as people type or paste it; raise RuleError saying what is wrong.

    The address code is only checked for shape: a birth-place county may no longer exist.
    """
    if raw is None:
        raise RuleError(msg("身份证号不能为空。"), "id_number")
    if isinstance(raw, float):
        raise RuleError(
            msg(
                "身份证号被 Excel 存成了数字，后几位已经丢失。请把该列设为“文本”格式后重新填写号码。"
            ),
            "id_number",
        )
    if type(raw) is str and _PLAIN.fullmatch(raw):
        # Already clean: nothing for ``clean_text`` to fold or refuse, no Excel damage (that
        # needs a point or an exponent), 18 characters.
        return _check18(raw, today)
    # NFKC: full-width digits and Ｘ typed with a Chinese input method are the same number;
    # zero-width and direction marks pasted with it are no part of it (``core.text``).
    try:
        s = clean_text(raw, _ID_LABEL).replace(" ", "").upper()
    except RuleError as e:
        raise RuleError(e.message, "id_number") from None
    if not s:
        raise RuleError(msg("身份证号不能为空。"), "id_number")
    if looks_excel_mangled(s):
        raise RuleError(
            msg(
                "身份证号“{number}”被 Excel 存成了数字，后几位已经丢失。"
                "请把该列设为“文本”格式后重新填写号码。",
                number=s,
            ),
            "id_number",
        )
    if len(s) == 15:
        if not s.isdigit():
            raise RuleError(msg("15位旧身份证号只能由数字组成。"), "id_number")
        first17 = s[:6] + "19" + s[6:]
        upgraded = first17 + check_char(first17)
        result = _check18(upgraded, today)
        return IdNumber(result.value, result.birth_date, result.gender, upgraded_from=s)
    if len(s) != 18:
        raise RuleError(
            msg("身份证号应为18位（旧号码为15位），现在是 {count} 位。", count=len(s)), "id_number"
        )
    return _check18(s, today)


def _check18(s: str, today: date | None) -> IdNumber:
    if not s[:17].isdigit() or not (s[17].isdigit() or s[17] == "X"):
        raise RuleError(msg("身份证号前17位必须是数字，最后一位是数字或 X。"), "id_number")
    if s[:2] == "00" or s[:6] == "000000":
        raise RuleError(
            msg("身份证号的地址码 {code} 不像行政区划代码，请核对号码。", code=s[:6]), "id_number"
        )
    born = _birth(s[6:14])
    limit = today or date.today()
    if born > limit or born.year < 1900:
        raise RuleError(
            msg("身份证号中的出生日期 {born} 不合理，请核对号码。", born=born.isoformat()),
            "id_number",
        )
    expected = check_char(s[:17])
    if s[17] != expected and s.endswith("000"):
        # Excel keeps 15 significant digits: a number it stored as a float ends in 000.
        raise RuleError(
            msg(
                "身份证号“{number}”末尾是000且校验位不对：很可能被 Excel 存成了数字，"
                "后几位已经丢失。请把该列设为“文本”格式后重新填写号码。",
                number=s,
            ),
            "id_number",
        )
    if s[17] != expected:
        raise RuleError(
            msg(
                "身份证号校验位不对（最后一位应为 {expected}），可能有数字录错，请核对号码。",
                expected=expected,
            ),
            "id_number",
        )
    gender = MALE if int(s[16]) % 2 == 1 else FEMALE
    return IdNumber(s, born, gender)


def make_id_number(address: str, born: date, sequence: int) -> str:
    """Build a valid number (demo data and tests)."""
    first17 = f"{address}{born:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)


def mask_id_number(id_number: str) -> str:
    """An ID number as a printed list shows it: the first 6 and last 4 characters."""
    s = id_number.strip()
    if len(s) <= 10:
        return s[:2] + "*" * max(len(s) - 2, 0)
    return s[:6] + "*" * (len(s) - 10) + s[-4:]
