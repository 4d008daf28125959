"""Each worker filter's set, built in one comprehension for speed, holds exactly the workers its
test in ``WORKER_FILTERS`` passes — on workers that differ in every field a filter reads."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from swdesk.core import enums
from swdesk.core.indicators import engine as e

TOWN = "510104001"
UNITS = (
    e.UnitFact("510104001001", "和平社区", enums.VILLAGE_URBAN, TOWN),
    e.UnitFact("510104001201", "红星村", enums.VILLAGE_RURAL, TOWN),
)


def _workers() -> tuple[e.WorkerFact, ...]:
    villages = (*(u.code for u in UNITS), "510104001999", None)  # one unknown, one none
    levels = (None, *enums.LEVELS)
    out = []
    for n, (village, level, status, post, passed) in enumerate(
        itertools.product(
            villages,
            levels,
            (enums.STATUS_ON_DUTY, "离岗"),
            ("社区专职工作者", None),
            (False, True),
        )
    ):
        out.append(
            e.WorkerFact(
                f"w{n}",
                f"社工{n}",
                TOWN,
                village,
                status,
                post,
                frozenset({"老年"}) if n % 3 else frozenset(),
                frozenset({"督导"}) if n % 4 == 0 else frozenset(),
                level,
                passed,
            )
        )
    return tuple(out)


WORKERS = _workers()
POSTS = (e.PostFact("p1", TOWN, "village", UNITS[0].code, e.POST_FULL_TIME, ("w1", "w7")),)
ARGS = {"post_type": "社区专职工作者", "domain": "老年", "role": "督导"}


@pytest.mark.parametrize("base", sorted(e.WORKER_FILTERS))
def test_the_set_is_the_workers_the_test_passes(base: str) -> None:
    facts = e.Facts(at=date(2024, 12, 31), workers=WORKERS, units=UNITS, posts=POSTS)
    ctx = e._Context(facts)
    arg = ARGS.get(base, "")
    name = f"{base}:{arg}" if arg else base
    test = e.WORKER_FILTERS[base][0]
    expected = {w.id for w in WORKERS if test(w, ctx, arg)}
    assert ctx.passing(name) == expected
    assert 0 < len(expected) < len(WORKERS)  # the workers tell the filter's two sides apart
