"""Payee account numbers (收款账号): what a 社保卡 or bank-card number must look like.

The bank's 代发 sheet is the only place the full number is printed, and a wrong digit there is
found weeks later when the bank returns the money. So a number is checked when it is typed:

* digits only (spaces, dashes and full-width spaces, as people copy them from a card, dropped);
* a bank card (银行卡) is a payment card number under ISO/IEC 7812, which the China UnionPay cards
  paying salaries and subsidies follow: 16 to 19 digits whose last digit is a Luhn check digit.
  The check catches every single mistyped digit and most swapped neighbours — the usual slips
  when a number is copied from a photocopy of the card — so a failing number is refused, unless
  the user says the number was checked against the card (``check_digit=False``): a few cards
  issued before the UnionPay numbering carry no check digit, and refusing them for good would
  leave their holders unpayable;
* a 社保卡 is paid through its financial account, whose number the issuing bank sets (some regions
  pay into the linked account rather than the card number, and not every such account carries a
  Luhn digit): digits only, 8 to 32 of them, and no check digit is asked for.
"""

from __future__ import annotations

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg

BANK_CARD_DIGITS = (16, 19)
ANY_ACCOUNT_DIGITS = (8, 32)
_SEPARATORS = " -\u3000"


def digits_of(raw: str) -> str:
    """The number as typed, without the separators people copy from a card."""
    return "".join(ch for ch in str(raw) if ch not in _SEPARATORS)


def luhn_ok(digits: str) -> bool:
    """Whether ``digits`` end in a valid Luhn (ISO/IEC 7812-1 annex B) check digit."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check_number(raw: str, *, bank_card: bool, check_digit: bool = True) -> str:
    """The account's digits, or a ``RuleError`` saying what is wrong and what to do."""
    digits = digits_of(raw)
    if not digits:
        raise RuleError(msg("请填写账号。"))
    if not digits.isdigit() or not digits.isascii():
        raise RuleError(
            msg("账号“{account}”里有数字以外的字符：账号只能是数字。", account=str(raw).strip())
        )
    low, high = BANK_CARD_DIGITS if bank_card else ANY_ACCOUNT_DIGITS
    if not low <= len(digits) <= high:
        if bank_card:
            raise RuleError(
                msg(
                    "银行卡号应是 {low} 到 {high} 位数字，“{account}”是 {count} 位，请对照卡面核对。",
                    low=low,
                    high=high,
                    account=digits,
                    count=len(digits),
                )
            )
        raise RuleError(
            msg(
                "账号应是 {low} 到 {high} 位数字，“{account}”是 {count} 位，请核对。",
                low=low,
                high=high,
                account=digits,
                count=len(digits),
            )
        )
    if bank_card and check_digit and not luhn_ok(digits):
        raise RuleError(
            msg(
                "银行卡号“{account}”的校验位不对，多半是抄错了一位或两位颠倒了，请对照卡面核对。"
                "少数老卡没有校验位：对照卡面确认无误的，可以选择不核对校验位再保存。",
                account=digits,
            )
        )
    return digits


def mask_account(account: str) -> str:
    """An account as every screen and list shows it: the last 4 digits only."""
    s = str(account)
    if len(s) <= 4:
        return "*" * len(s)
    return "*" * (len(s) - 4) + s[-4:]
