"""12-digit statistical division codes (统计用区划代码): county 6 + township 3 + village 3."""

from __future__ import annotations

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg

# Who a data file belongs to, stored in its meta table (the convention for stored values is
# described in ``core.enums``): a township station, or the county bureau that merges them.
ROLE_TOWNSHIP = "township"
ROLE_COUNTY = "county"
ROLES: tuple[str, ...] = (ROLE_TOWNSHIP, ROLE_COUNTY)


def check_village_code(code: str) -> str:
    c = code.strip()
    if len(c) != 12 or not c.isdigit():
        raise RuleError(
            msg("村（社区）代码“{code}”应为12位数字的统计用区划代码。", code=code), "code"
        )
    if c.endswith("000"):
        raise RuleError(
            msg("代码“{code}”末三位为000，是乡镇代码，不是村（社区）代码。", code=code), "code"
        )
    return c


def check_unit_code(code: str, role: str) -> str:
    """A county is identified by 6 digits, a township by 9 (12-digit codes ending 000 accepted)."""
    c = code.strip()
    if len(c) == 12 and c.isdigit() and c.endswith("000"):
        c = c[:9]
    if role == ROLE_COUNTY:
        if len(c) != 6 or not c.isdigit():
            raise RuleError(msg("县（区）代码“{code}”应为6位数字。", code=code), "unit_code")
    elif role == ROLE_TOWNSHIP:
        if len(c) != 9 or not c.isdigit():
            raise RuleError(
                msg("乡镇（街道）代码“{code}”应为9位数字（县6位 + 乡镇3位）。", code=code),
                "unit_code",
            )
    else:
        raise RuleError(
            msg("角色“{role}”不对，只能是 township（乡镇）或 county（县）。", role=role), "role"
        )
    return c


def township_kind(township_code: str) -> str:
    """街道 (001–099), 镇 (100–199) or 乡 (200–399), from the 3 township digits."""
    n = int(township_code[6:9])
    if n < 100:
        return "街道"
    if n < 200:
        return "镇"
    return "乡"
