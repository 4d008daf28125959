"""The 年度社会工作专业人才统计表 files: what each sheet and page says, and the workbook's
totals as LibreOffice recalculates them."""

from __future__ import annotations

import subprocess
from pathlib import Path

from external_tools import need
from indicator_samples import NAMES, PEOPLE, sample_report
from openpyxl import load_workbook
from test_payroll_files import libreoffice_csv

from swdesk.formats.indicator_tables import TITLE, status_text
from swdesk.formats.indicators_excel import write_indicators_excel
from swdesk.formats.indicators_pdf import write_indicators_pdf


def test_every_sheet_names_the_unit_and_the_date(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    write_indicators_excel(out, sample_report(), PEOPLE, NAMES)
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "指标汇总",
        "分村（社区）持证社工",
        "缺口与可补人员",
        "各等级人数（年末）",
        "服务领域",
        "持证社工名单",
    ]
    for ws in wb.worksheets:
        assert ws["A1"].value.startswith(TITLE)
        assert "示范镇" in ws["A2"].value and "2025年12月31日" in ws["A2"].value
        assert "2025年12月31日" in ws.oddHeader.center.text
    units = wb["分村（社区）持证社工"]
    assert units["D7"].value == "=SUM(D4:D6)"
    assert wb["各等级人数（年末）"]["D6"].value == "=SUM(B6:C6)"
    people = wb["持证社工名单"]
    ids = [people.cell(row=r, column=3) for r in range(4, 8)]
    assert [c.value for c in ids][1] == "51010119850202002X"
    assert all(isinstance(c.value, str) and c.number_format == "@" for c in ids)
    gaps = wb["缺口与可补人员"]
    assert gaps["G4"].value == "钱七"  # a candidate id shown by name


def test_statuses_are_said_in_words() -> None:
    words = [status_text(r) for r in sample_report().results]
    assert words == ["达标", "未达目标（估算）", "未设目标", "无数据"]


def test_libreoffice_recalculates_the_totals(tmp_path: Path) -> None:
    soffice = need("soffice")
    out = tmp_path / "r.xlsx"
    report = sample_report()
    write_indicators_excel(out, report, PEOPLE, NAMES)
    sheets = libreoffice_csv(soffice, out, tmp_path)
    units = next(
        rows for name, rows in sheets.items() if name.endswith("持证社工") and "分村" in name
    )
    total = next(r for r in units if r[0] == "合计")
    assert (
        [int(total[3]), int(total[4]), int(total[5])]
        == [
            sum(u.certified for u in report.units),
            sum(u.target for u in report.units),
            sum(max(u.target - u.certified, 0) for u in report.units),
        ]
        == [4, 5, 2]
    )
    domains = next(rows for name, rows in sheets.items() if name.endswith("服务领域"))
    assert int(next(r for r in domains if r[0] == "合计")[1]) == 4
    levels = next(rows for name, rows in sheets.items() if name.endswith("（年末）"))
    assert [r[-1] for r in levels[3:]] == ["2", "4", "4"]  # the per-year total is a formula
    people = next(rows for name, rows in sheets.items() if name.endswith("名单"))
    assert [r[2] for r in people[3:7]][1] == "51010119850202002X"
    assert all(len(r[2]) == 18 for r in people[3:7])


def test_pdf_pages_name_the_unit_and_the_date(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    write_indicators_pdf(out, sample_report(), PEOPLE, NAMES)
    pages = subprocess.run(
        [need("pdftotext"), "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 2
    for page in pages:
        assert TITLE in page and "示范镇" in page and "2025年12月31日" in page
    text = "".join("".join(p.split()) for p in pages)  # a wrapped cell reads as one string
    for expected in ("未达目标（估算）", "未设目标", "无数据", "钱七", "51010119850202002X"):
        assert expected in text
    # the chart's labels are drawn on the page (village names under the bars, the legend)
    assert "持证社工（柱）与目标（红线）" in text and "老年" in text
