"""Money as payroll sheets hold it: exact fen (分), typed yuan, and amounts in capital numerals.

Amounts are kept as whole fen (``int``) so that sums over thousands of lines are exact; a float
yuan would drift by a fen on a long sheet and the printed total would disagree with the lines.

``capital`` writes an amount in Chinese capital numerals (大写金额) as the People's Bank of
China's 《支付结算办法》 (its annex 《正确填写票据和结算凭证的基本规定》) asks for on payment
documents:

* digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿, then 元角分;
* an amount that ends at 元 is closed with 整; one that ends at 角 or 分 is not
  ("壹仟肆佰零玖元伍角", "叁佰贰拾伍元零肆分");
* 10–19 are written with 壹 ("壹拾元整"), so nothing can be added in front;
* zeros inside the yuan part are written once ("壹仟零伍元整", "壹拾万零壹佰元整"); a zero 角
  before a non-zero 分 is written ("壹元零伍分"); a zero 元 digit before a non-zero 角 is not
  (the rules allow either; "壹仟陆佰捌拾元叁角贰分");
* below one yuan no 元 is written ("伍角", "零元整" for nothing at all);
* a negative amount (a deduction, 扣回) is written with 负 in front.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_IN_GROUP = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿", "万亿")
# 9,999,999,999,999.99 yuan: far beyond any payroll, small enough for the four group names.
MAX_FEN = 10**18 - 1
# The name of the value in a refusal when the caller names none.
AMOUNT = msg("金额")


def fen(raw: object, what: str = AMOUNT) -> int:
    """A typed or stored amount in yuan (``"1200"``, ``1200.5``, ``"￥1,200.50"``) as whole fen.

    More than two decimals is refused rather than rounded: a payroll amount never has them, so
    they are a typing error the clerk should see.
    """
    if isinstance(raw, bool):
        raise RuleError(
            msg("{what}“{value}”不是金额，请写数字，如 200 或 200.50。", what=what, value=raw)
        )
    if isinstance(raw, int):
        value = Decimal(raw)
    else:
        text = str(raw).strip().replace(",", "").replace("，", "").lstrip("￥¥").strip()
        if text.endswith("元"):
            text = text[:-1].strip()
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise RuleError(
                msg("{what}“{value}”不是金额，请写数字，如 200 或 200.50。", what=what, value=raw)
            ) from None
    if not value.is_finite():
        raise RuleError(
            msg("{what}“{value}”不是金额，请写数字，如 200 或 200.50。", what=what, value=raw)
        )
    cents = value * 100
    if cents != cents.to_integral_value():
        raise RuleError(msg("{what}“{value}”最多只能有两位小数（分）。", what=what, value=raw))
    result = int(cents)
    if abs(result) > MAX_FEN:
        raise RuleError(msg("{what}“{value}”太大了，请核对。", what=what, value=raw))
    return result


def yuan(amount_fen: int) -> str:
    """Whole fen as the yuan figure a sheet prints: ``120000`` → ``"1200.00"``."""
    sign = "-" if amount_fen < 0 else ""
    whole, part = divmod(abs(amount_fen), 100)
    return f"{sign}{whole}.{part:02d}"


def capital(amount_fen: int) -> str:
    """The amount in capital numerals, e.g. ``125000`` → ``"壹仟贰佰伍拾元整"``."""
    if abs(amount_fen) > MAX_FEN:
        raise ValueError(f"amount out of range: {amount_fen}")
    if amount_fen < 0:
        return "负" + capital(-amount_fen)
    whole, part = divmod(amount_fen, 100)
    jiao, fen_digit = divmod(part, 10)
    if whole == 0 and part == 0:
        return "零元整"
    text = _integer(whole) + "元" if whole else ""
    if jiao == 0 and fen_digit == 0:
        return text + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif whole:
        text += "零"  # 壹元零伍分: the missing 角 is written before the 分
    if fen_digit:
        text += DIGITS[fen_digit] + "分"
    return text


def _integer(n: int) -> str:
    """A positive whole number in capital numerals, four-digit groups named 万 and 亿."""
    groups: list[int] = []
    while n:
        n, g = divmod(n, 10000)
        groups.append(g)
    out = ""
    zero_pending = False
    for index in range(len(groups) - 1, -1, -1):
        g = groups[index]
        if g == 0:
            zero_pending = bool(out)
            continue
        if out and (zero_pending or g < 1000):
            out += "零"
        out += _group(g) + _GROUPS[index]
        zero_pending = False
    return out


def _group(g: int) -> str:
    """1–9999 with 仟佰拾, inner zeros written once, trailing zeros dropped: 1005 → 壹仟零伍."""
    digits = [int(c) for c in f"{g:04d}"]
    out = ""
    zero = False
    for pos, d in enumerate(digits):
        unit = _IN_GROUP[3 - pos]
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[d] + unit
    return out
