"""Workers for appraisal tests: one of each kind Chengdu's appraisal rule tells apart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cli_helpers import township_file

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, villages, workers

ID_COMMUNITY = make_id_number("510104", date(1985, 3, 15), 123)
ID_POST = make_id_number("510104", date(1986, 4, 2), 224)
ID_BOTH = make_id_number("510104", date(1990, 7, 1), 131)
ID_UNCERTIFIED = make_id_number("510104", date(1992, 1, 9), 301)
ID_LEFT = make_id_number("510104", date(1979, 1, 9), 411)


def add_workers(store: Store) -> dict[str, str]:
    """Five workers; returns id number → worker id."""
    specs = [
        (
            "张三",
            ID_COMMUNITY,
            {"post_type": "社区专职工作者", "village_code": "510104001001"},
            "社工员",
        ),
        ("李四", ID_POST, {"post_type": "社工站驻站社工", "professional_post": 1}, None),
        ("王芳", ID_BOTH, {"post_type": "社区专职工作者", "professional_post": 1}, "社会工作师"),
        ("赵六", ID_UNCERTIFIED, {"post_type": "社区专职工作者"}, None),
        ("钱七", ID_LEFT, {"post_type": "社区专职工作者", "status": "离岗"}, "助理社会工作师"),
    ]
    out = {}
    for name, idn, extra, level in specs:
        certs = [{"level": level, "registration_date": "2021-03-01"}] if level else []
        out[idn] = workers.create(store, {"name": name, "id_number": idn, **extra}, certs)
    return out


def appraisal_db(path: Path) -> Path:
    """A township data file with one village and the workers of ``add_workers``."""
    with township_file(path) as store:
        villages.add(store, "510104001001", "玉林社区", "urban")
        add_workers(store)
    return path
