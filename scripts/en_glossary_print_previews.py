"""English for printing the transcripts and the allowance signing sheet through the print
preview (see scripts/en_glossary.py)."""

from __future__ import annotations

COMMON = {
    "打印签领表…": "Print Signing Sheet…",
    "先看到签领表的每一页，再打印或保存为 PDF": (
        "See every page of the signing sheet, then print it or save it as a PDF"
    ),
    "打印{what}": "Print {what}",
    "打印学时证明…": "Print Transcript…",
    "先看到每一页，再打印或保存为 PDF": "See every page, then print it or save it as a PDF",
    "把这些页保存为 PDF 文件": "Save these pages as a PDF file",
    "保存 PDF": "Save PDF",
}

BY_CONTEXT = {
    "LedgerDialog": {"打印学时证明": "Print CE Transcripts"},
    "SavingPdfPreview": {"PDF 文件 (*.pdf)": "PDF files (*.pdf)"},
}
