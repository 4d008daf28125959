"""The payroll's files: the PDF 签领表 and 公示 list read by text, the Excel 发放表 recalculated
by LibreOffice, the bank's sheet with full numbers and nobody else's."""

from __future__ import annotations

import csv
import re
import subprocess
from datetime import date
from pathlib import Path

from external_tools import need

from swdesk.core.idnumber import make_id_number
from swdesk.core.money import capital
from swdesk.formats.draft_mark import DRAFT_MARK
from swdesk.formats.payroll import Payroll, PayrollLine, bank_workbook, by_village, payroll_workbook
from swdesk.formats.payroll_pdf import notice_pdf, signing_sheet_pdf

LEVELS = (("助理社会工作师", 20000), ("社会工作师", 30000), ("高级社会工作师", 50000))
VILLAGES = ("红星社区", "前进村", "桃园村")


def payroll(n: int, locked: bool) -> Payroll:
    lines = []
    for i in range(n):
        level, rate = LEVELS[i % 3]
        idn = make_id_number("510104", date(1980 + i % 20, 1 + i % 12, 1 + i % 27), 100 + i)
        lines.append(
            PayrollLine(
                VILLAGES[i % 3],
                f"张{i}",
                idn,
                level,
                "3",
                rate,
                3 * rate,
                account=f"62170000{i:08d}",
            )
        )
    lines.append(
        PayrollLine(
            "前进村",
            "李四",
            make_id_number("510104", date(1990, 1, 1), 5),
            "",
            "",
            0,
            0,
            note="证书未登记。",
        )
    )
    lines.append(
        PayrollLine(
            "前进村", "王五", lines[0].id_number, "", "", 0, -20000, "adjustment", "2025-11"
        )
    )
    state = "已审核" if locked else "草稿"
    return Payroll(
        "某某镇",
        "2026-01 至 2026-03",
        state,
        "参照村（社区）干部误工补贴发放",
        "街镇财力解决",
        tuple(lines),
        "张会计",
        locked,
    )


def pdf_text(tmp_path: Path, data: bytes, name: str, mode: str = "-layout") -> tuple[str, int]:
    """The PDF's text with all white space removed (pdftotext spaces CJK text unevenly), and
    its page count."""
    tool = need("pdftotext")
    path = tmp_path / name
    path.write_bytes(data)
    text = subprocess.run(
        [tool, mode, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return re.sub(r"\s", "", text), text.count("\f")


def test_signing_sheet_shows_totals_in_figures_and_capitals(tmp_path: Path) -> None:
    p = payroll(60, locked=True)
    text, pages = pdf_text(tmp_path, signing_sheet_pdf(p), "sign.pdf")
    total = sum(line.amount for line in p.lines)
    assert pages == 3
    assert "某某镇社会工作者职业津贴签领表" in text
    assert f"合计：60人，{total / 100:.2f}元（大写：{capital(total)}）" in text
    assert "第3页共3页" in text
    assert "制表人：张会计" in text and "审核人：" in text and "审批人：" in text
    assert "参照村（社区）干部误工补贴发放" in text
    # ID numbers are masked on paper; nobody who gets nothing is on the signing sheet.
    assert p.lines[0].id_number not in text
    assert p.lines[0].id_number[:6] + "********" + p.lines[0].id_number[-4:] in text
    assert "李四" not in text
    assert "扣回（2025-11）" in text and "-200.00" in text
    assert DRAFT_MARK.replace(" ", "") not in text


def test_a_draft_is_marked_on_every_page(tmp_path: Path) -> None:
    mark = DRAFT_MARK.replace(" ", "")
    text, pages = pdf_text(
        tmp_path, signing_sheet_pdf(payroll(60, locked=False)), "draft.pdf", "-raw"
    )
    assert text.count(mark) == pages == 3


def test_notice_list_masks_ids_and_has_no_signatures(tmp_path: Path) -> None:
    p = payroll(5, locked=False)
    text, pages = pdf_text(tmp_path, notice_pdf(p), "notice.pdf")
    assert pages == 1
    assert "职业津贴发放公示" in text
    assert DRAFT_MARK.replace(" ", "") not in text  # published before approval: no draft mark
    assert "签名" not in text
    for line in p.paid_lines:
        assert line.id_number not in text


def test_bank_sheet_sums_each_person_once_with_full_numbers() -> None:
    p = payroll(6, locked=True)
    ws = bank_workbook(p).active
    assert ws is not None
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[0] not in (None, "合计")]
    # 张0 got 600.00 and a 200.00 deduction under the same ID number: one line of 400.00.
    first = next(r for r in rows if r[2] == p.lines[0].id_number)
    assert first[4] == 400.0 and first[3] == p.lines[0].account
    assert len(rows) == 6
    assert all(isinstance(r[2], str) and len(r[2]) == 18 for r in rows)


def test_village_subtotals() -> None:
    p = payroll(6, locked=True)
    assert by_village(p.lines) == [
        ("红星社区", 2, 2 * 60000),
        ("前进村", 3, 2 * 90000 - 20000),
        ("桃园村", 2, 2 * 150000),
    ]


def libreoffice_csv(soffice: str, src: Path, tmp_path: Path) -> dict[str, list[list[str]]]:
    """Every sheet of ``src`` as LibreOffice headless recalculates and saves it, by sheet."""
    out = tmp_path / "csv"
    # Every sheet to its own CSV (filter option 2 = sheet number, -1 = all sheets).
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            str(out),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return {
        f.stem: list(csv.reader(f.read_text(encoding="utf-8").splitlines()))
        for f in out.glob("*.csv")
    }


def test_libreoffice_recalculates_the_totals(tmp_path: Path) -> None:
    soffice = need("soffice")
    p = payroll(40, locked=True)
    src = tmp_path / "payroll.xlsx"
    payroll_workbook(p).save(src)
    sheets = libreoffice_csv(soffice, src, tmp_path)
    main = next(rows for name, rows in sheets.items() if name.endswith("发放表"))
    villages = next(rows for name, rows in sheets.items() if name.endswith("分村汇总"))
    total = sum(line.amount for line in p.lines) / 100
    total_row = next(r for r in main if r[0] == "合计")
    assert float(total_row[7].replace(",", "")) == total
    # ID numbers survive as text, all 18 characters.
    ids = [r[3] for r in main[3:] if r[0].isdigit()]
    assert ids and all(len(i) == 18 for i in ids)
    by_v = {r[0]: float(r[2].replace(",", "")) for r in villages[3:] if r[0] and r[0] != "合计"}
    assert by_v == {v: a / 100 for v, _, a in by_village(p.lines)}
    assert float(next(r for r in villages if r[0] == "合计")[2].replace(",", "")) == total
