"""The fast one-page sheet: same look as the platypus layout, same QR symbol as reportlab's,
and the flowing layout kept for the sheets that need more than one page."""

from __future__ import annotations

import dataclasses
import hashlib
import subprocess
import uuid
from pathlib import Path

import pytest
from external_tools import need
from reportlab.graphics.barcode import qrencoder

from swdesk.core import appraisal as ap
from swdesk.formats import appraisal_fast, qr_fast
from swdesk.formats.appraisal_fast import FastSheets, Metrics
from swdesk.formats.appraisal_pdf import write_sheets
from swdesk.formats.fonts import register_reportlab_font
from swdesk.store import appraisals as A

LONG = "该同志全年深入走访社区居民，建立困难群众台账，针对独居老人开展探访服务和个案跟进。" * 10


def sheet(kind: str = "community", **changes: object) -> ap.Sheet:
    tpl = next(t for t in A.preset_templates() if t.kind == kind)
    base = ap.Sheet(
        round_id=str(uuid.UUID(int=1)),
        year=2024,
        unit_name="测试街道",
        template=tpl,
        rules=A.preset_rules(),
        worker_id=str(uuid.UUID(int=2)),
        person={
            "name": "张三",
            "gender": "男",
            "unit": "玉林社区",
            "post": "社区专职工作者",
            "level": "社工员",
        },
        scores={it.name: it.max - 1 for it in tpl.items},
        item_comments={tpl.items[0].name: "按时完成。", tpl.items[2].name: LONG[:60]},
        overall_comment="全年完成各项工作任务，服务对象评价较好。",
        state="finalized",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def words(pdf: Path, page: int = 1) -> list[tuple[str, float, float]]:
    out = subprocess.run(
        [need("pdftotext"), "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = []
    for line in out.splitlines():
        if "<word " not in line:
            continue
        attrs = dict(p.split("=") for p in line.split(">")[0].split()[1:])
        text = line.split(">")[1].split("<")[0]
        found.append((text, float(attrs["xMin"].strip('"')), float(attrs["yMin"].strip('"'))))
    return found


def pages(pdf: Path) -> int:
    info = subprocess.run(
        [need("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")))


# -- QR -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("mask", [0, 2, 5, 7])
def test_qr_is_reportlabs_symbol_for_every_length(mask: int) -> None:
    for n in range(1, 200, 7):
        text = (
            "SWDESK-APPRAISAL:" + str(uuid.uuid4()) + ":" + hashlib.sha256(bytes([n])).hexdigest()
        ).upper()[:n]
        q = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        q.addData(text)
        q.version = q.calculate_version()
        q.makeImpl(False, mask)
        expected = ["".join("1" if m else "0" for m in row) for row in q.modules]
        assert qr_fast.qr_rows(text, mask) == expected, (n, mask)


def test_qr_outside_the_alphanumeric_set_goes_through_reportlab() -> None:
    rows = qr_fast.qr_rows("swdesk lower case é")
    assert len(rows) == len(rows[0]) >= 21


def test_qr_path_is_one_fill_of_runs() -> None:
    rows = ["0110", "1111", "0000", "1001"]
    ops = qr_fast.rect_ops(rows).splitlines()
    assert ops == ["2 4 2 1 re", "1 3 4 1 re", "1 1 1 1 re", "4 1 1 1 re", "f"]


# -- line breaking -------------------------------------------------------------------------------
def test_wrap_keeps_width_and_never_starts_a_line_with_a_closing_mark() -> None:
    m = Metrics(register_reportlab_font())
    text = (
        "配合社区社会工作专业岗位人员开展专业服务，支持落地社区的社会工作机构参与社区治理和服务。"
    )
    for width in range(60, 300, 7):
        lines = m.wrap(text, 9.5, width)
        assert "".join(lines) == text
        for ln in lines:
            assert m.width(ln, 9.5) <= width + 0.01 or len(ln) == 1
        for ln in lines[1:]:
            assert ln[0] not in appraisal_fast.NO_LINE_START
    assert m.wrap("第一行\n第二行", 9.5, 300) == ("第一行", "第二行")
    assert m.wrap("", 9.5, 300) == ("",)


# -- the sheet -----------------------------------------------------------------------------------
def test_layout_decides_between_one_page_and_flowing() -> None:
    fast = FastSheets(register_reportlab_font())
    assert fast.layout(sheet()) is not None
    assert fast.layout(sheet(overall_comment=LONG * 3)) is None
    many = {it.name: LONG[:400] for it in sheet().template.items}
    assert fast.layout(sheet(item_comments=many)) is None
    long_unit = {**sheet().person, "unit": "某某县某某镇某某社区居民委员会第一网格服务站"}
    assert fast.layout(sheet(person=long_unit)) is None
    assert fast.layout(sheet(unit_name="某某省某某市某某县某某镇人民政府（街道办事处）")) is None


@pytest.mark.parametrize("kind", ["community", "post"])
def test_fast_sheet_looks_like_the_platypus_sheet(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every word at the same place (within 0.1 pt) as the flowing layout draws it."""
    sh = sheet(kind, discipline="警告", state="draft")
    fast = write_sheets([sh], tmp_path / "fast.pdf")
    monkeypatch.setattr(FastSheets, "layout", lambda self, s: None)
    slow = write_sheets([sh], tmp_path / "slow.pdf")
    a, b = words(fast), words(slow)
    assert pages(fast) == pages(slow) == 1

    def key(w: tuple[str, float, float]) -> tuple[str, float, float]:
        return (w[0], round(w[1], 1), round(w[2], 1))

    # platypus may start a line with "，" where ours takes a character down with it: all
    # other words are where platypus puts them
    common = {key(w) for w in a} & {key(w) for w in b}
    assert len(common) >= len(b) - 4, sorted({key(w) for w in b} - common)
    text = "".join(w[0] for w in sorted(a, key=lambda w: (w[2], w[1])))
    for label in (
        "草稿",
        "受警告处分",
        "考评等次：",
        "被考评人签字",
        "镇（街道）审核意见",
        "（盖章）",
    ):
        assert label in text
    for it in sh.template.items:
        assert it.name in text


def test_round_mixes_fast_and_flowing_sheets(tmp_path: Path) -> None:
    sheets = [
        sheet(worker_id=str(uuid.UUID(int=10))),
        sheet("post", worker_id=str(uuid.UUID(int=11)), overall_comment=LONG * 3),
        sheet(worker_id=str(uuid.UUID(int=12)), person={**sheet().person, "name": "李四"}),
    ]
    out = write_sheets(sheets, tmp_path / "round.pdf")
    n = pages(out)
    assert n >= 4  # 1 + (2 or more) + 1
    hashes = [sh.short_hash for sh in sheets]
    owners = []
    for p in range(1, n + 1):
        text = "".join(w[0] for w in words(out, p))
        owners.append([h for h in hashes if h in text])
        assert len(owners[-1]) == 1, p  # every page's footer names exactly one sheet
    assert owners[0] == [hashes[0]] and owners[-1] == [hashes[2]]
    assert all(o == [hashes[1]] for o in owners[1:-1])
    second = "".join(w[0] for w in words(out, 3))
    assert "（续）" in second  # the continuation header
