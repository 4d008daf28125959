"""Demo continuing-education data: trainings of the last years with their sign-in sheets.

Without it a trial file shows every certified worker as 未达标 or 有风险 — the 继续教育 page
would look broken to a cadre trying the program. Each demo worker gets a diligence (how often
they attend), so the compliance list shows every state. Everything is written through
``training.add_event`` / ``training.attend``: demo rows are synced and audited like real ones.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from swdesk.core import ce
from swdesk.store import Store, training, workers

TITLES = (
    "儿童保护专题培训",
    "社会救助政策解读",
    "老年人社会工作实务",
    "个案管理与档案规范",
    "社区治理与居民参与",
    "心理危机干预基础",
    "残障人士服务技巧",
    "小组工作方法",
    "社会工作伦理与督导",
    "社会工作者职业水平考试辅导",
)
ORGANIZERS = ("区民政局", "市社会工作者协会", "镇社工站", "省社会工作联合会", None)
PLACES = ("镇便民服务中心会议室", "区民政局三楼会议室", "线上直播", None)


def fill(store: Store, seed: int = 1, today: date | None = None, events: int = 24) -> int:
    """Add ``events`` trainings over the last four years with attendance; returns the records."""
    rng = random.Random(seed)
    today = today or date.today()
    people = workers.first_registrations(store)
    if not people:
        return 0
    diligence = {p["id"]: rng.choice((0.1, 0.3, 0.5, 0.7, 0.9)) for p in people}
    added = 0
    with store.atomic():
        for n in range(events):
            start = today - timedelta(days=rng.randrange(15, 4 * 365))
            days = rng.choice((1, 1, 1, 2, 3))
            mode = rng.choice(
                (
                    ce.MODE_IN_PERSON,
                    ce.MODE_IN_PERSON,
                    ce.MODE_ONLINE,
                    ce.MODE_PRACTICE,
                    ce.MODE_SUPERVISION,
                )
            )
            hours = float(
                rng.choice((3, 4, 6, 8, 12)) * days if days > 1 else rng.choice((3, 4, 6))
            )
            event_id = training.add_event(
                store,
                {
                    "title": f"{start.year}年{TITLES[n % len(TITLES)]}",
                    "organizer": rng.choice(ORGANIZERS),
                    "start_date": start.isoformat(),
                    "end_date": (start + timedelta(days=days - 1)).isoformat(),
                    "mode": mode,
                    "hours": hours,
                    "place": "线上直播" if mode == ce.MODE_ONLINE else rng.choice(PLACES),
                },
            )
            sheet = [
                training.Attendee(
                    p["id"], hours if rng.random() > 0.1 else max(1.0, hours - rng.choice((1, 2)))
                )
                for p in people
                if p["first_reg"] <= start.isoformat() and rng.random() < diligence[p["id"]]
            ]
            if sheet:
                added += len(training.attend(store, event_id, sheet))
        # a few online courses recorded one by one (no event)
        for p in rng.sample(people, k=min(len(people), max(1, len(people) // 10))):
            end = today - timedelta(days=rng.randrange(10, 700))
            if p["first_reg"] > end.isoformat():
                continue
            training.add_record(
                store,
                p["id"],
                {
                    "activity": ce.TRAINING,
                    "title": "网络课程：社会工作法规与政策",
                    "mode": ce.MODE_ONLINE,
                    "end_date": end.isoformat(),
                    "hours": float(rng.choice((6, 10, 12))),
                },
            )
            added += 1
    return added
