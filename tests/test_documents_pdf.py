"""The transcript PDF and the appraisal sheets as documents that carry (or do not carry) ID
numbers: the transcript follows ``id_full_documents`` (whole by default: it is a proof about
one person), the appraisal sheets print none; both exports are logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from test_allowance_runs import PEOPLE, make_file
from test_appraisal_pdf import _text as pdf_text

from swdesk.core import documents
from swdesk.core.idnumber import mask_id_number
from swdesk.store import accounts as store_accounts
from swdesk.store import open_store

WHO = PEOPLE["不合格"]  # in the 2025 appraisal round of the file


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_file(tmp_path / "swdesk.db")


def _logged(db: Path) -> list[tuple[str, int, bool]]:
    with open_store(db, daily_backup=False) as store:
        return [(r["kind"], r["rows"], r["full_ids"]) for r in store_accounts.export_log(store)]


def _transcript(capsys: pytest.CaptureFixture[str], db: Path, out: Path) -> str:
    code, _, err = run(capsys, db, "training", "transcript", "--id-number", WHO, "--out", str(out))
    assert code == 0, err
    return pdf_text(out)


def test_the_transcript_shows_the_whole_number_by_default_and_masks_when_set(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    assert documents.DOC_TRANSCRIPT in documents.MASK_CHOICES
    text = _transcript(capsys, db, tmp_path / "whole.pdf")
    assert WHO in text and mask_id_number(WHO) not in text
    assert _logged(db)[0] == (documents.DOC_TRANSCRIPT, 1, True)

    with open_store(db, daily_backup=False) as store:
        store.set_setting(documents.SETTING_FULL, [documents.DOC_ROSTER])
    text = _transcript(capsys, db, tmp_path / "masked.pdf")
    assert WHO not in text and mask_id_number(WHO) in text
    assert _logged(db)[0] == (documents.DOC_TRANSCRIPT, 1, False)


def test_a_refused_transcript_logs_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    code, _, _ = run(
        capsys, db, "training", "transcript", "--id-number", WHO, "--out", str(tmp_path / "x.txt")
    )
    assert code == 3
    assert _logged(db) == []


def test_appraisal_sheets_print_no_id_number_and_are_logged(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    assert documents.DOC_APPRAISAL_SHEETS not in documents.MASK_CHOICES
    out = tmp_path / "考评表.pdf"
    code, _, err = run(capsys, db, "appraisal", "print", "--year", "2025", "--out", str(out))
    assert code == 0, err
    text = pdf_text(out)
    assert "不合格" in text  # the person's sheet is there
    for idn in PEOPLE.values():
        assert idn not in text and mask_id_number(idn) not in text
    assert _logged(db)[0] == (documents.DOC_APPRAISAL_SHEETS, 4, False)  # four people

    one = tmp_path / "一份.pdf"
    args = ("appraisal", "print", "--year", "2025", "--id-number", WHO, "--out", str(one))
    assert run(capsys, db, *args)[0] == 0
    assert _logged(db)[0] == (documents.DOC_APPRAISAL_SHEETS, 1, False)
