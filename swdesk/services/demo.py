"""Demo data: a plausible township for trying the app and for benchmarks."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from swdesk.core import enums
from swdesk.core import workforce as wf
from swdesk.core.idnumber import make_id_number
from swdesk.core.worker import validate_worker
from swdesk.store import posts, stations, village_figures, villages, workers
from swdesk.store.db import Store
from swdesk.store.unit import require_initialized

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
    "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国红梅玉兰志强春燕海燕晓东"
    "婷婷雪丽慧琳小红德明立新文斌永红淑珍秀珍丽娟桂芳建华国强建军玉梅"
)
VILLAGE_NAMES = (
    "和平",
    "新民",
    "红星",
    "光明",
    "胜利",
    "团结",
    "东风",
    "向阳",
    "前进",
    "幸福",
    "永安",
    "长青",
    "双河",
    "石桥",
    "柳林",
    "桃园",
    "金沙",
    "龙泉",
    "青山",
    "白果",
)
ADDRESS_CODES = (
    "510104",
    "510105",
    "510106",
    "510107",
    "510112",
    "510113",
    "510115",
    "510411",
    "500222",
    "220102",
    "640104",
    "513401",
)


def _name(rng: random.Random) -> str:
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(SURNAMES) + given


def ensure_villages(store: Store, rng: random.Random, count: int = 12) -> list[str]:
    existing = [v["code"] for v in villages.list_all(store)]
    if existing:
        return existing
    base = store.unit_code[:9].ljust(9, "0")
    names = rng.sample(VILLAGE_NAMES, min(count, len(VILLAGE_NAMES)))
    codes = []
    for i, name in enumerate(names):
        urban = i < max(1, count // 4)
        code = f"{base}{(1 if urban else 200) + i:03d}"
        kind = enums.VILLAGE_URBAN if urban else enums.VILLAGE_RURAL
        villages.add(store, code, name + enums.VILLAGE_KIND_LABELS[kind], kind)
        codes.append(code)
    return codes


def _worker(
    rng: random.Random, seq: int, village_codes: list[str], today: date
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    born = date(1965, 1, 1) + timedelta(days=rng.randrange(0, 365 * 37))
    id_number = make_id_number(rng.choice(ADDRESS_CODES), born, seq % 1000)
    raw: dict[str, Any] = {
        "name": _name(rng),
        "id_number": id_number,
        "ethnicity": rng.choices(enums.ETHNICITIES[:5], (90, 4, 3, 2, 1))[0],
        "phone": f"1{rng.choice('3578')}{rng.randrange(10**9):09d}",
        "political_status": rng.choices(enums.POLITICAL_STATUSES, (35, 3, 10, 2, 1, 49))[0],
        "education": rng.choices(enums.EDUCATIONS, (0, 2, 35, 40, 10, 10, 3))[0],
        "village_code": rng.choice(village_codes),
        "post_type": rng.choices(enums.POST_TYPES, (45, 10, 35, 5, 5))[0],
        "professional_post": rng.random() < 0.2,
        "domains": rng.sample(enums.DOMAINS[:6], rng.choice((1, 1, 2, 3))),
        "status": rng.choices(enums.STATUSES, (90, 6, 4))[0],
    }
    raw["sw_major"] = (
        raw["education"] in (enums.EDUCATION_BACHELOR, enums.EDUCATION_COLLEGE)
        and rng.random() < 0.25
    )
    raw["major"] = (
        "社会工作"
        if raw["sw_major"]
        else rng.choice((None, "行政管理", "汉语言文学", "会计", "护理"))
    )
    if raw["status"] != enums.STATUS_ON_DUTY:
        raw["status_date"] = (today - timedelta(days=rng.randrange(30, 900))).isoformat()
    certs: list[dict[str, Any]] = []
    top = rng.choices((0, 1, 2, 3, 4), (35, 10, 35, 17, 3))[0]
    # Nobody sits the exam as a child: the first certificate comes at 20 at the earliest.
    first_year = max(2012, born.year + 20)
    if first_year >= today.year:
        top = 0
    year = rng.randrange(first_year, today.year) if top else first_year
    for lv in range(1 if top == 1 else 2, top + 1):
        obtained = date(min(year, today.year - 1), 12, rng.randrange(1, 28))
        registered = obtained + timedelta(days=rng.randrange(30, 200))
        certs.append(
            {
                "level": enums.LEVELS[lv - 1],
                "cert_number": f"{obtained.year}{rng.randrange(10**10):010d}",
                "obtained_date": obtained.isoformat(),
                "registration_date": registered.isoformat() if registered <= today else None,
            }
        )
        year = min(year + rng.randrange(1, 4), today.year - 1)
    clean = validate_worker(raw, today)
    return clean, certs


def fill(store: Store, count: int = 200, seed: int = 1, today: date | None = None) -> int:
    """Add ``count`` workers (and villages if there are none); returns how many were added."""
    require_initialized(store)
    rng = random.Random(seed)
    today = today or date.today()
    with store.atomic():
        fresh = not villages.list_all(store)
        codes = ensure_villages(store, rng)
        taken = workers.all_id_numbers(store)
        batch: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
        added = 0
        seq = 0
        while added < count:
            seq += 1
            clean, certs = _worker(rng, seq, codes, today)
            if clean["id_number"] in taken:
                continue
            taken.add(clean["id_number"])
            batch.append((clean, certs))
            added += 1
            if len(batch) >= 1000:
                workers.insert_clean(store, batch, today=today)
                batch = []
        if batch:
            workers.insert_clean(store, batch, today=today)
        _work_starts(store, random.Random(seed * 7919 + 1), today)
        _renewals(store, random.Random(seed * 7919 + 2), today)
        if fresh:
            _workforce(store, random.Random(seed * 7919 + 3), today)
    return added


def _workforce(store: Store, rng: random.Random, today: date) -> None:
    """What the workforce indicators count beyond the files: each village's population
    figures, and the township's 社工站 with five of its six 六有 items done (the demo shows a
    station short of the standard) and one full-time post held by a certified worker."""
    for v in villages.list_all(store):
        registered = rng.randrange(1500, 6000)
        elderly = registered * rng.randrange(15, 22) // 100
        village_figures.set_figures(
            store,
            v["id"],
            {
                "registered_population": registered,
                "resident_population": registered * rng.randrange(80, 105) // 100,
                "elderly_population": elderly,
                "supported_elderly": elderly * rng.randrange(1, 4) // 100,
            },
        )
    opened = date(today.year - 2, 3, 1)
    for n, item in enumerate(wf.STATION_ITEMS[:-1]):
        stations.set_township_item(store, None, item, opened + timedelta(days=30 * n))
    holder = next(
        (
            wid
            for v in villages.list_all(store)
            for wid in workers.certified_on_duty_ids(store, v["code"])
            if enums.level_rank(workers.get(store, wid)["level"]) >= 2
            and not posts.holds_post(store, wid, today)
        ),
        None,
    )
    if holder is not None:
        post = posts.add(store, store.unit_code, wf.POST_FULL_TIME, opened_on=opened)
        posts.fill(store, post, holder, opened)


def _renewals(store: Store, rng: random.Random, today: date) -> None:
    """Registrations after the first, as the national system shows them.

    A separate random stream, so the workers stay what the seed always made. A first
    registration that has run out is renewed (再登记, 已出证, each from the day after the last
    ended) for about two people in three; the others lapse, so the continuing-education list
    and the allowance run show both. Someone whose registration runs out within three months
    (the re-registration window) has applied, and the application is still 待审核 for about one
    in two."""
    from swdesk.core import registration as reg
    from swdesk.store import registrations

    window = today + timedelta(days=92)

    def renew(wid: str, level: str, start: date, state: str, **more: str) -> None:
        registrations.add(
            store,
            wid,
            {
                "level": level,
                "kind": reg.KIND_RENEWAL,
                "valid_from": start.isoformat(),
                "state": state,
                **more,
            },
        )

    live = registrations.all_live(store)
    # In file order (ids are random): the same seed renews the same people.
    for w in workers.first_registrations(store):
        wid = w["id"]
        # The last registration of each level only: one already renewed (by an earlier fill of
        # the same file) is not renewed again, or every fill would add a chain per renewal.
        last: dict[str, tuple[str, str, str, str]] = {}
        for r in live.get(wid, ()):
            if r[0] not in last or r[2] > last[r[0]][2]:
                last[r[0]] = r
        for level, _start, until, _state in sorted(last.values(), key=lambda r: r[1:3]):
            end = date.fromisoformat(until)
            if end < today and rng.random() < 2 / 3:
                while end < today:
                    start = end + timedelta(days=1)
                    end = reg.default_valid_until(start)
                    renew(
                        wid,
                        level,
                        start,
                        reg.STATE_ISSUED,
                        applied_on=(start - timedelta(days=60)).isoformat(),
                        management_number=f"{start.year}{rng.randrange(10**8):08d}",
                    )
            elif today <= end <= window and rng.random() < 1 / 2:
                renew(
                    wid, level, end + timedelta(days=1), reg.STATE_PENDING,
                    applied_on=today.isoformat(),
                )  # fmt: skip


def _work_starts(store: Store, rng: random.Random, today: date) -> None:
    """Most demo workers get a 从事社会工作起始 date (the exam eligibility list needs it).

    A separate random stream, so the workers themselves stay what the seed always made; about
    one in six is left empty, as in real files, so the "待核实" case shows too."""
    from swdesk.store import exams, records

    rows = []
    for w in exams.workers_without_work_start(store):
        if rng.random() < 1 / 6:
            continue
        born = date.fromisoformat(w["birth_date"])
        earliest = date(max(born.year + 18, today.year - 25), 1, 1)
        if earliest >= today:
            continue
        start = earliest + timedelta(days=rng.randrange((today - earliest).days))
        rows.append({"worker_id": w["id"], "work_start": start.isoformat()})
    records.insert_many(store, "exam_work_starts", rows)
