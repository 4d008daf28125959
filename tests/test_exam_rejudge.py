"""``enter_results`` judges the year's registrations again without reading the year again:
what it proposes must be what a fresh ``registrations`` read says after the same scores."""

from __future__ import annotations

from datetime import date

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, exams, workers

C1, P1 = "社会工作综合能力（初级）", "社会工作实务（初级）"
C2, P2, L2 = "社会工作综合能力（中级）", "社会工作实务（中级）", "社会工作法规与政策"


def _person(store: Store, n: int, certified: bool = True) -> str:
    return workers.create(
        store,
        {
            "name": f"考生{n}",
            "id_number": make_id_number("510104", date(1980, 1, 1 + n % 28), n),
            "village_code": "510104001001",
        },
        [{"level": "助理社会工作师", "obtained_date": "2018-12-01"}] if certified else [],
    )


def _judged(views: list[exams.RegistrationView]) -> dict[str, object]:
    return {
        v.id: (
            [(s.name, s.score, s.absent, s.line) for s in v.subjects],
            v.outcome,
            v.state,
            v.proposal,
        )
        for v in views
    }


def test_rejudged_views_are_what_a_fresh_read_gives(store: Store) -> None:
    for y in (2023, 2024):
        exams.save_year(store, y)
    people = [_person(store, n) for n in range(1, 6)] + [_person(store, 6, certified=False)]
    # Earlier results that count in the 2024 window for some of them.
    for wid, scores in zip(people[:3], ((70, 50, 80), (40, 40, 40), (65, 61, 59)), strict=True):
        r23 = exams.register(store, 2023, wid, "中级")
        exams.enter_results(
            store, 2023, [(r23, s, v) for s, v in zip((C2, P2, L2), scores, strict=True)]
        )
    regs = {wid: exams.register(store, 2024, wid, "中级") for wid in people[:5]}
    junior = exams.register(store, 2024, people[5], "初级")
    exams.set_score(store, regs[people[4]], C2, 75)  # one score there before the sheet
    views = exams.registrations(store, 2024)
    before = _judged(views)
    items = [
        (regs[people[0]], P2, 61),
        (regs[people[1]], C2, 90),
        (regs[people[1]], L2, None),  # 缺考
        (regs[people[2]], L2, 60),
        (regs[people[3]], C2, 30),
        (regs[people[3]], P2, 70),
        (regs[people[3]], L2, 70),
        (regs[people[4]], C2, 59),  # a score replaced
        (junior, C1, 60),
        (junior, P1, 60),
    ]
    with store.atomic():
        exams.enter_results(store, 2024, items, views)
        wids = {v.worker_id for v in views}
        again = exams._rejudged(store, 2024, views, wids, exams.rules(store))
        fresh = exams.registrations(store, 2024)
    assert _judged(views) == before  # the caller's views are left as they were read
    # ``again`` was judged after the proposals were written; compare with the fresh read
    # on what judging gives (state and proposal are what enter_results writes from it).
    judged_again = {k: v[:2] for k, v in _judged(again).items()}
    assert judged_again == {k: v[:2] for k, v in _judged(fresh).items()}
    outcomes = {v.id: v.outcome.passed for v in fresh}
    assert outcomes[regs[people[0]]] is True and outcomes[junior] is True
    assert outcomes[regs[people[3]]] is False
    proposed = {v.id for v in fresh if v.proposal == "待确认"}
    assert proposed == {k for k, ok in outcomes.items() if ok}
