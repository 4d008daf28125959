"""The printed appraisal sheet: text, pages, embedded font, hash in the footer."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from appraisal_fixtures import ID_COMMUNITY, ID_POST, add_workers
from external_tools import need

from swdesk.formats.appraisal_pdf import write_sheets
from swdesk.store import Store
from swdesk.store import appraisals as A

LONG = (
    "该同志全年深入走访社区居民，建立困难群众台账，针对独居老人开展探访服务和个案跟进，服务记录完整规范。"
    * 10
)


def _text(pdf: Path) -> str:
    return subprocess.run(
        [need("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(
        [need("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def scored(store: Store) -> dict[str, str]:
    ids = add_workers(store)
    A.create_round(store, 2024)
    rnd = A.require_round(store, 2024)
    out = {}
    for row, sh in A.round_sheets(store, rnd["id"]):
        for it in sh.template.items:
            A.set_score(store, row["id"], it.name, it.max - 0.5)
        out[row["id_number"]] = row["id"]
    assert ids
    return out


def test_one_sheet_has_everything_on_one_page(
    store: Store, scored: dict[str, str], tmp_path: Path
) -> None:
    aid = scored[ID_COMMUNITY]
    A.set_comments(store, aid, overall="全年完成各项工作任务。")
    A.finalize(store, aid)
    sh = A.sheet(store, aid)
    out = write_sheets([sh], tmp_path / "one.pdf")
    text = _text(out).replace(" ", "")
    assert _pages(out) == 1
    assert "测试街道社区社会工作者绩效考评表（2024年度）" in text
    assert "张三" in text and "男" in text and "社区专职工作者" in text and "社工员" in text
    for it in sh.template.items:
        assert it.name in text
    assert f"{sh.total:g}" in text and "考评等次：优秀" in text
    for label in (
        "被考评人签字",
        "考评人签字",
        "镇（街道）审核意见",
        "（盖章）",
        "日期",
        "全年完成各项工作任务",
    ):
        assert label in text
    assert sh.short_hash in text and sh.hash in text
    assert "草稿" not in text
    fonts = subprocess.run(
        [need("pdffonts"), str(out)], capture_output=True, text=True, check=True
    ).stdout
    listed = fonts.splitlines()[2:]
    # only the CJK subset, embedded: nothing the reader's PC would have to supply
    assert listed and all("+" in line for line in listed)
    assert all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in listed)


def test_long_comments_flow_onto_more_pages(
    store: Store, scored: dict[str, str], tmp_path: Path
) -> None:
    aid = scored[ID_POST]
    sh = A.sheet(store, aid)
    A.set_comments(
        store,
        aid,
        {it.name: LONG[:480] for it in sh.template.items[:4]},
        overall=LONG * 3,
        discipline="警告",
    )
    sh = A.sheet(store, aid)
    out = write_sheets([sh], tmp_path / "long.pdf")
    text = _text(out)
    assert _pages(out) >= 2
    # the table header is repeated on the continuation page, and the footer on every page
    assert text.count("考评项目及要求") >= 2
    assert text.count(sh.short_hash) == _pages(out)
    assert "（续）" in text and "草稿" in text
    assert "受警告处分" in text and "考评等次：合格" in text
    assert "被考评人签字" in text


def test_whole_round_in_one_file(store: Store, scored: dict[str, str], tmp_path: Path) -> None:
    rnd = A.require_round(store, 2024)
    sheets = [sh for _, sh in A.round_sheets(store, rnd["id"])]
    out = write_sheets(sheets, tmp_path / "round.pdf")
    text = _text(out)
    assert _pages(out) == len(sheets) == 3
    for sh in sheets:
        assert sh.person["name"] in text and sh.short_hash in text
    assert "社区社工专业岗位绩效考评表（2024年度）" in text.replace(" ", "")


def test_nothing_to_print(tmp_path: Path) -> None:
    from swdesk.core.errors import RuleError

    with pytest.raises(RuleError, match="没有可打印"):
        write_sheets([], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_qr_modules_are_reportlabs_symbol() -> None:
    """Our one-pass encoding gives reportlab's own symbol when asked for the same mask."""
    from reportlab.graphics.barcode import qrencoder

    from swdesk.formats.appraisal_pdf import qr_modules

    text = "swdesk-appraisal;round=r;worker=w;hash=" + "ab" * 32
    q = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    q.addData(text)
    q.make()
    symbol = [[bool(m) for m in row] for row in q.modules]
    best = q.getBestMaskPattern()  # (re-encodes in test mode: read the symbol first)
    assert qr_modules(text, best) == symbol
    assert len(qr_modules(text)) == len(q.modules)


def _page_texts(pdf: Path) -> list[str]:
    """Each page's text in content order (``-raw``: the rotated mark stays one run), without
    white space (pdftotext spaces CJK text unevenly)."""
    text = subprocess.run(
        [need("pdftotext"), "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return ["".join(p.split()) for p in text.split("\f")[: _pages(pdf)]]


def test_a_draft_carries_the_diagonal_mark_on_every_page(
    store: Store, scored: dict[str, str], tmp_path: Path
) -> None:
    from swdesk.formats.draft_mark import DRAFT_MARK

    mark = "".join(DRAFT_MARK.split())
    aid = scored[ID_POST]
    sh = A.sheet(store, aid)
    A.set_comments(store, aid, {it.name: LONG[:480] for it in sh.template.items[:4]})
    draft = write_sheets([A.sheet(store, aid)], tmp_path / "draft.pdf")
    pages = _page_texts(draft)
    assert len(pages) >= 2 and all(mark in p for p in pages)
    # finalized: the same sheet without the mark on any page
    A.finalize(store, aid)
    final = write_sheets([A.sheet(store, aid)], tmp_path / "final.pdf")
    assert all(mark not in p for p in _page_texts(final))
    # a round mixing both: the mark only on the draft's pages
    rnd = A.require_round(store, 2024)
    sheets = [s for _, s in A.round_sheets(store, rnd["id"])]
    mixed = _page_texts(write_sheets(sheets, tmp_path / "mixed.pdf"))
    marked = [p for p in mixed if mark in p]
    drafts = [s for s in sheets if s.state == "draft"]
    assert drafts and len(marked) == len(drafts)
    assert all(s.person["name"] in "".join(marked) for s in drafts)
