"""A roster row's registration is checked once: ``check_fields``' outcome is already what
``registration.validate`` would store.

``store.registrations.write_roster_registrations`` writes a new record from the row's
``check_fields`` outcome and the certificate's stored level without checking it again; these
tests hold the property that makes that safe — checking an outcome again changes nothing —
over the shapes a roster cell takes (dates as text, serial dates, datetimes, spaced text).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from swdesk.core import enums
from swdesk.core import registration as reg
from swdesk.core.errors import FieldErrors

_ROWS = [
    {"kind": None, "state": None, "valid_from": "2021-03-05", "valid_until": None},
    {
        "kind": reg.KIND_RENEWAL,
        "state": reg.STATE_DONE,
        "valid_from": datetime(2022, 2, 28, 0, 0),
        "valid_until": "2025.2.27",
        "management_number": "  GL 2022-0001 ",
    },
    {"kind": reg.KIND_FIRST, "valid_from": date(2020, 2, 29), "management_number": 12345},
    {"kind": reg.KIND_RENEWAL, "valid_from": "2019年7月1日", "applied_on": "2019-06-01"},
]


@pytest.mark.parametrize("raw", _ROWS)
@pytest.mark.parametrize("level", enums.LEVELS)
def test_a_checked_registration_validates_to_itself(raw: dict, level: str) -> None:
    checked = reg.check_fields(raw)
    assert reg.validate({**checked, "level": level}) == {"level": level, **checked}


def test_a_wrong_registration_is_still_refused_when_first_checked() -> None:
    with pytest.raises(FieldErrors) as caught:
        reg.check_fields({"kind": reg.KIND_RENEWAL, "valid_from": "2021-13-40"})
    assert "valid_from" in caught.value.errors
