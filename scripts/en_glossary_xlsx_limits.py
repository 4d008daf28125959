"""English for the spreadsheet limits tab of the settings dialog (see scripts/en_glossary.py)."""

from __future__ import annotations

ENUM = {
    "最多行数": "most rows",
    "最多列数": "most columns",
    "解压后最大（MB）": "largest unpacked size (MB)",
    "最大压缩比": "highest compression ratio",
}

COMMON = {
    "电子表格的{field}应是 {least} 到 {most} 之间的整数，现在是“{value}”。": (
        "The spreadsheet limit “{field}” must be a whole number from {least} to {most}; "
        "it is “{value}”."
    ),
}

BY_CONTEXT = {
    "SettingsDialog": {
        "电子表格": "Spreadsheets",
    },
    "XlsxLimitsTab": {
        "导入电子表格前先看它有多大，超过下面的限度就不读，以免一个文件占满这台电脑的内存。"
        "花名册很大的县（区）可以调高。只对这台电脑有效。": (
            "Before a spreadsheet is imported its size is looked at; one over these limits is "
            "not read, so a single file cannot fill this computer's memory. A county with very "
            "large rosters can raise them. They apply to this computer only."
        ),
        "最多行数：": "Most rows:",
        " 行": " rows",
        "最多列数：": "Most columns:",
        " 列": " columns",
        "解压后最大：": "Largest unpacked size:",
        " MB": " MB",
        "最大压缩比：": "Highest compression ratio:",
        " 倍": " ×",
        "可设 {least} 到 {most}。": "From {least} to {most}.",
    },
}
