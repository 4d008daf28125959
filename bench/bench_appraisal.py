"""Benchmark: 500 appraisal sheets into one PDF, against bare reportlab drawing the same strings.

swdesk: ``formats.appraisal_pdf.write_sheets`` — the whole sheet as printed: person and item
tables with grid lines and shading, comments wrapped, totals, signature block, the footer with
hash and QR code, the CJK font subset. One-page sheets are drawn by ``formats.appraisal_fast``
(template laid out once per file); a sheet whose comments need more pages goes through
platypus (``--long N``: that many such sheets in the 500, to see their cost).

Floors, measured in the same run with the same TrueType font (subset embedded the same way):

A. a bare ``reportlab.pdfgen.canvas``: one page per sheet, every string the sheet prints
   (title, person, each item's name, description, maximum, score and comment, total, grade,
   comments, signature labels, footer hash) drawn with ``drawString`` at fixed places — no
   layout, no wrapping, no tables;
B. floor A plus the same QR code per page (the code has to be drawn whatever the layout).

Goal: ≤ 1.5× floor A. Run standalone:

    PYTHONPATH=. .venv/bin/python bench/bench_appraisal.py [--sheets 500] [--runs 3] [--long 0]

Each figure is the median of ``--runs`` runs (the machine may be shared).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from swdesk.core import appraisal as ap
from swdesk.formats.appraisal_pdf import QR_SIZE, draw_qr, write_sheets
from swdesk.formats.fonts import register_reportlab_font
from swdesk.store.appraisals import preset_rules, preset_templates

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"
COMMENTS = (
    "工作认真负责，服务记录完整。",
    "深入走访社区居民，建立困难群众台账，针对独居老人开展探访服务和个案跟进。",
    "",
    "按时完成上级交办事项。",
    "组织开展社区活动 6 次，居民参与积极，反响良好。",
)


def make_sheets(n: int, seed: int = 5) -> list[ap.Sheet]:
    rnd = random.Random(seed)
    templates = preset_templates()
    rules = preset_rules()
    out = []
    for i in range(n):
        tpl = templates[i % len(templates)]
        scores = {it.name: max(0.0, it.max - rnd.choice((0, 0.5, 1, 2, 3))) for it in tpl.items}
        comments = {it.name: rnd.choice(COMMENTS) for it in tpl.items if rnd.random() < 0.5}
        name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
        out.append(
            ap.Sheet(
                round_id="bench-round",
                year=2024,
                unit_name="基准测试街道",
                template=tpl,
                rules=rules,
                worker_id=f"w{i}",
                person={
                    "name": name,
                    "gender": rnd.choice("男女"),
                    "unit": f"第{i % 12 + 1}社区",
                    "post": "社区专职工作者",
                    "level": rnd.choice(("社工员", "助理社会工作师", "社会工作师")),
                },
                scores=scores,
                item_comments={k: v for k, v in comments.items() if v},
                overall_comment="全年完成各项工作任务，服务对象评价较好。",
                state="finalized",
            )
        )
    return out


def sheet_strings(sh: ap.Sheet) -> list[str]:
    """Every string the sheet prints (what floor A draws)."""
    p = sh.person
    strings = [sh.title, "姓名", p["name"], "性别", p["gender"], "所在单位", p["unit"], "岗位"]
    strings += [p["post"], "职业水平", p["level"], "考评类别", ap.KIND_LABELS[sh.template.kind]]
    strings += ["考评项目及要求", "分值", "得分", "评语"]
    for group, items in sh.template.groups():
        strings.append(group)
        for it in items:
            strings += [it.name, it.description, f"{it.max:g}", f"{sh.scores.get(it.name, 0):g}"]
            strings.append(sh.item_comments.get(it.name, ""))
    strings += ["合计", "100", f"{sh.total:g}", f"考评等次：{sh.grade}", "总体评语"]
    strings += [sh.overall_comment or "", "被考评人签字：", "考评人签字：", "日期："]
    strings += ["镇（街道）审核意见：", "（盖章）", f"记录校验码：{sh.short_hash}", sh.hash]
    return strings


def bare(sheets: list[ap.Sheet], out: Path, with_qr: bool) -> None:
    font = register_reportlab_font()
    c = Canvas(str(out), pagesize=A4)
    for sh in sheets:
        c.setFont(font, 9)
        y = A4[1] - 40
        for s in sheet_strings(sh):
            c.drawString(40, y, s)
            y -= 11
        if with_qr:
            draw_qr(c, sh.qr_text(), A4[0] - 50 - QR_SIZE, 12)
        c.showPage()
    c.save()


def timed(fn: Callable[[], None]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


LONG = "深入走访社区居民，建立困难群众台账，针对独居老人开展探访服务和个案跟进，服务记录完整规范。"


def make_long(sh: ap.Sheet) -> ap.Sheet:
    """A sheet whose comments do not fit one page (flows onto a second)."""
    import dataclasses

    return dataclasses.replace(
        sh,
        item_comments={it.name: (LONG * 6)[:480] for it in sh.template.items[:4]},
        overall_comment=LONG * 12,
    )


def measure(n: int = 500, runs: int = 3, long: int = 0) -> dict[str, float]:
    sheets = make_sheets(n)
    step = max(1, n // long) if long else 0
    if long:
        sheets = [make_long(sh) if i % step == 0 else sh for i, sh in enumerate(sheets)]
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        register_reportlab_font()
        floor_a: list[float] = []
        floor_b: list[float] = []
        ours: list[float] = []
        # interleaved, so a busy moment on a shared machine hits all three alike
        for _ in range(runs):
            floor_a.append(timed(lambda: bare(sheets, d / "a.pdf", False)))
            floor_b.append(timed(lambda: bare(sheets, d / "b.pdf", True)))
            ours.append(timed(lambda: write_sheets(sheets, d / "swdesk.pdf")))
        size = (d / "swdesk.pdf").stat().st_size
    return {
        "swdesk": statistics.median(ours),
        "floor_a": statistics.median(floor_a),
        "floor_b": statistics.median(floor_b),
        "mb": size / 1e6,
    }


def run(n: int = 500) -> Any:
    from common import Result, log

    log(f"appraisal: {n} sheets into one PDF …")
    m = measure(n, runs=3)
    print(
        f"appraisal PDF, {n} sheets: swdesk {m['swdesk']:.2f} s ({m['mb']:.1f} MB); "
        f"bare canvas {m['floor_a']:.2f} s; bare canvas + QR {m['floor_b']:.2f} s "
        f"(ratio to the latter {m['swdesk'] / m['floor_b']:.2f}×)"
    )
    return Result(
        name=f"appraisal PDF ({n} sheets)",
        value=m["swdesk"],
        floor=m["floor_a"],
        unit="s",
        goal_ratio=1.5,
        floor_label="bare canvas, same strings and font",
        notes=[f"vs bare canvas + same QR codes: {m['swdesk'] / m['floor_b']:.2f}×"],
    )


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sheets", type=int, default=500)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--long", type=int, default=0, help="how many sheets with very long comments")
    args = p.parse_args(argv)
    m = measure(args.sheets, args.runs, args.long)
    print(
        f"{args.sheets} sheets: swdesk {m['swdesk']:.2f} s ({m['mb']:.1f} MB), "
        f"floor A (bare canvas) {m['floor_a']:.2f} s → {m['swdesk'] / m['floor_a']:.2f}×, "
        f"floor B (bare canvas + QR) {m['floor_b']:.2f} s → {m['swdesk'] / m['floor_b']:.2f}×"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
