"""Rosters as they turn up at a township station, built with openpyxl at test time.

``messy_roster`` writes one sheet with everything real 花名册 throw at an importer: a merged
title, a "填报单位" line and a blank row above the header, header variants (full-width spaces,
line breaks, an asterisk, brackets), dates in five spellings, and one bad row for each kind of
mistake. It returns what a correct importer must report, so tests compare against it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from swdesk.core.idnumber import check_char, make_id_number

V_HEPING, V_XINMIN, V_HONGXING = "510104001001", "510104001002", "510104001201"


def valid_id(seq: int, born: date = date(1985, 3, 15), address: str = "510104") -> str:
    return make_id_number(address, born, seq)


def wrong_check_digit(number: str) -> str:
    last = number[-1]
    return number[:-1] + ("1" if last != "1" else "2")


def impossible_birth_date() -> str:
    first17 = "510104" + "19900230" + "123"  # 30 February, with a correct check character
    return first17 + check_char(first17)


def trailing_zeros() -> str:
    """What Excel shows for an 18-digit number kept as a float: 15 digits, then 000."""
    for n in range(1, 10):
        first17 = f"51010419900101{n}00"
        if check_char(first17) != "0":
            return first17 + "0"
    raise AssertionError("unreachable")


def old_15(seq: int = 123) -> tuple[str, str]:
    """An old 15-digit number and the 18-digit number it upgrades to."""
    old = f"510104850315{seq:03d}"
    first17 = old[:6] + "19" + old[6:]
    return old, first17 + check_char(first17)


# The header of the messy roster: file text → field. Deliberately not swdesk's own names.
MESSY_HEADERS: tuple[tuple[str, str | None], ...] = (
    ("序号", None),
    ("姓\u3000名", "name"),
    ("*公民身份号码", "id_number"),
    ("性 别", "gender"),
    ("出生\n年月", "birth_date"),
    ("民族", "ethnicity"),
    ("手机号码", "phone"),
    ("政治\n面貌", "political_status"),
    ("文化程度", "education"),
    ("所学专业", "major"),
    ("村（社区）", "village"),
    ("岗位", "post_type"),
    ("是否专业岗位", "professional_post"),
    ("服务领域", "domains"),
    ("职业水平", "level"),
    ("证书号", "cert_number"),
    ("发证日期", "obtained_date"),
    ("登记时间", "registration_date"),
    ("备注", "notes"),
)
# How an error names a column: the file's header without spaces, line breaks or asterisk.
COLUMN = {f: "".join(text.split()).lstrip("*") for text, f in MESSY_HEADERS if f}
HEADER_ROW = 4


@dataclass
class Expected:
    """What the importer must say about a row: the column (as the file names it) and a
    fragment of the reason."""

    column: str
    reason: str


@dataclass
class Corpus:
    path: Path
    good: dict[int, dict[str, Any]] = field(default_factory=dict)  # row → expected values
    bad: dict[int, Expected] = field(default_factory=dict)
    data_rows: int = 0

    @property
    def good_ids(self) -> set[str]:
        return {g["id_number"] for g in self.good.values()}


def _row(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "ethnicity": "汉",
        "phone": "13800138000",
        "political_status": "群众",
        "education": "大专",
        "village": "和平社区",
        "post_type": "社区专职工作者",
        "professional_post": "否",
        "domains": "老年",
    }
    base.update(values)
    return base


def messy_roster(path: Path) -> Corpus:
    """Title rows, merged cells, header variants, good rows and one bad row per mistake."""
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    width = len(MESSY_HEADERS)
    ws.cell(1, 1, "和平街道社会工作者花名册（2024年）")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(2, 1, "填报单位：和平街道社工站（盖章）")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=8)
    ws.cell(2, 9, "填报日期：2024年5月")
    ws.merge_cells(start_row=2, start_column=9, end_row=2, end_column=width)
    for col, (text, _) in enumerate(MESSY_HEADERS, start=1):
        ws.cell(HEADER_ROW, col, text)

    corpus = Corpus(path)
    fields = [f for _, f in MESSY_HEADERS]
    rows: list[tuple[dict[str, Any], dict[str, Any] | None, Expected | None]] = []

    def good(values: dict[str, Any], expect: dict[str, Any]) -> None:
        rows.append((values, expect, None))

    def bad(values: dict[str, Any], field_name: str, reason: str) -> None:
        rows.append((values, None, Expected(COLUMN[field_name], reason)))

    # -- good rows: every date spelling, village by name, code and stem --------------------
    id1 = valid_id(101, date(1985, 3, 15))
    good(
        _row(
            name="张三",
            id_number=id1,
            gender="男",
            birth_date=datetime(1985, 3, 15),
            level="助理社会工作师",
            cert_number="2016035100123",
            obtained_date=datetime(2016, 6, 18),
            registration_date="2016年9月",
        ),
        {
            "id_number": id1,
            "name": "张三",
            "village_code": V_HEPING,
            "level": "助理社会工作师",
            "obtained_date": "2016-06-18",
            "registration_date": "2016-09-01",
        },
    )
    id2 = valid_id(102, date(1990, 7, 8))
    good(
        _row(
            name="李 四",
            id_number=id2,
            birth_date="1990.07",
            village=V_XINMIN,
            education="本科",
            level="中级",
            cert_number=20185100456,  # a number cell: the number is kept as text
            obtained_date="2018.06",
            registration_date="2018-9-1",
            domains="儿童、家庭",
        ),
        {
            "id_number": id2,
            "name": "李四",
            "village_code": V_XINMIN,
            "level": "社会工作师",
            "cert_number": "20185100456",
            "education": "大学本科",
            "domains": ["儿童/未成年人", "家庭"],
            "obtained_date": "2018-06-01",
        },
    )
    id3 = valid_id(104, date(1979, 12, 1))
    good(
        _row(
            name="王五",
            id_number=id3 + " ",
            birth_date="1979年12月",
            village="红星",
            phone="138-0013-8001",
            professional_post="是",
        ),
        {
            "id_number": id3,
            "name": "王五",
            "village_code": V_HONGXING,
            "phone": "13800138001",
            "professional_post": 1,
            "level": None,
        },
    )
    old, upgraded = old_15(123)
    good(
        _row(name="赵六", id_number=old, birth_date=1985.03, notes="老身份证"),
        {"id_number": upgraded, "name": "赵六", "id_note_has": old, "notes": "老身份证"},
    )
    id5 = valid_id(106, date(1992, 1, 20))
    good(
        _row(
            name="钱七",
            id_number=id5,
            village=int(V_HEPING),
            phone=13800138002,
            level="社工员",
            obtained_date=20200105,
        ),
        {
            "id_number": id5,
            "name": "钱七",
            "village_code": V_HEPING,
            "phone": "13800138002",
            "level": "社工员",
            "obtained_date": "2020-01-05",
        },
    )

    # -- bad rows: one mistake each ----------------------------------------------------------
    bad(_row(name="孙错一", id_number=wrong_check_digit(valid_id(201))), "id_number", "校验位")
    bad(_row(name="孙错二", id_number=impossible_birth_date()), "id_number", "不是真实的日期")
    bad(
        _row(name="孙错三", id_number=float(valid_id(203, date(1991, 1, 1)).replace("X", "1"))),
        "id_number",
        "Excel",
    )
    bad(_row(name="孙错四", id_number="4.10105199001011E+17"), "id_number", "Excel")
    bad(_row(name="孙错五", id_number=trailing_zeros()), "id_number", "Excel")
    bad(_row(name="孙错六", id_number=int(valid_id(207, date(1991, 2, 2)))), "id_number", "Excel")
    bad(_row(name="孙错七", id_number=valid_id(207), phone="1380013800"), "phone", "手机号")
    bad(_row(name="孙错八", id_number=valid_id(208), level="大师"), "level", "证书等级")
    bad(_row(name="孙错九", id_number=valid_id(209), village="不存在村"), "village", "不在本单位")
    bad(_row(name="孙错十", id_number=valid_id(211), gender="女"), "gender", "与身份证号不符")
    bad(_row(name="张三重", id_number=id1), "id_number", "重复")
    bad(
        _row(name="孙十二", id_number=valid_id(213), level="社会工作师", obtained_date="去年三月"),
        "obtained_date",
        "看不懂",
    )
    bad(_row(name=None, id_number=valid_id(215)), "name", "姓名不能为空")
    bad(
        _row(name="孙十四", id_number=valid_id(217), level="社会工作师", obtained_date=2016.1),
        "obtained_date",
        "分不清",
    )

    r = HEADER_ROW + 1
    for n, (values, expect, problem) in enumerate(rows, start=1):
        ws.cell(r, 1, n)
        for col, f in enumerate(fields, start=1):
            if f and values.get(f) is not None:
                ws.cell(r, col, values[f])
        if expect is not None:
            corpus.good[r] = expect
        if problem is not None:
            corpus.bad[r] = problem
        r += 1
    corpus.data_rows = len(rows)
    # Under the table: a blank row, a note, numbered empty rows, then nothing.
    ws.cell(r + 1, 2, "填表人：周某某    审核人：吴某某")
    for k in range(r + 3, r + 8):
        ws.cell(k, 1, k - r)
    wb.save(path)
    return corpus


def simple_roster(
    path: Path,
    header: list[str],
    rows: list[list[Any]],
    title_rows: list[str] | None = None,
) -> Path:
    """A sheet with optional title rows, then ``header``, then ``rows``."""
    wb = Workbook()
    ws = wb.active
    for t in title_rows or []:
        ws.append([t])
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


STANDARD_HEADER = [
    "姓名",
    "身份证号",
    "联系电话",
    "所在村（社区）",
    "岗位类型",
    "证书等级",
    "证书编号",
    "取得日期",
]


def standard_rows(count: int, start: int = 1) -> list[list[Any]]:
    """Valid rows for ``STANDARD_HEADER``: different people, some with a certificate."""
    out = []
    for i in range(start, start + count):
        born = date(1970 + i % 30, 1 + i % 12, 1 + i % 28)
        has_cert = i % 2 == 0
        out.append(
            [
                f"测试{i}",
                valid_id(i % 1000, born, "510104"),
                f"139{i:08d}",
                ("和平社区", "新民社区", "红星村")[i % 3],
                "社区专职工作者",
                "助理社会工作师" if has_cert else None,
                f"Z{i:06d}" if has_cert else None,
                "2019-06-01" if has_cert else None,
            ]
        )
    return out
