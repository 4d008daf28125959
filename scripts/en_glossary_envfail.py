"""English for full disks, unreadable files, hostile spreadsheets and text made plain on the
way in (see scripts/en_glossary.py)."""

from __future__ import annotations

COMMON = {
    "今天的自动备份没有做：{reason}数据文件照常打开。": (
        "Today's automatic backup was not made: {reason} The data file was opened all the same."
    ),
    "无法读取 {file}：它不是有效的 .xlsx 文件（或已加密、已损坏）。"
    "请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。": (
        "Cannot read {file}: it is not a valid .xlsx file (or it is encrypted or damaged). "
        "Open it in Excel or WPS, save it as .xlsx and import it again."
    ),
    "文件不存在，或U盘已拔出": "the file does not exist, or the USB stick was pulled out",
    "这是一个文件夹": "this is a folder",
    "没有读取权限，或文件正被其他程序独占打开": (
        "no permission to read it, or another program holds it open exclusively"
    ),
    "文件正被其他程序占用": "the file is in use by another program",
    "磁盘读写出错，U盘可能已拔出或损坏": (
        "the disk could not be read; the USB stick may have been pulled out or be damaged"
    ),
    "系统错误 {code}": "system error {code}",
    "制表符": "a tab",
    "换行": "a line break",
    "{field}里有看不见的控制字符（{what}），可能是两个单元格的内容粘在了一起。请删除后重新填写。": (
        "{field} holds an invisible control character ({what}); two cells may have run "
        "together. Delete it and enter the value again."
    ),
    "不读取 {file}：{why}这超出了本程序读取表格的上限，可能是文件损坏或不是正常的名单。"
    "请在 Excel 或 WPS 中只把需要的数据复制到一个新表格，另存为 .xlsx 后再导入。": (
        "{file} was not read: {why} This is past what this program reads from a spreadsheet; "
        "the file may be damaged or not an ordinary list. In Excel or WPS, copy only the data "
        "you need into a new workbook, save it as .xlsx and import that."
    ),
    "文件已损坏，无法读取 {file}：其中的表格数据不完整或格式错误。"
    "请在 Excel 或 WPS 中打开它，另存为新的 .xlsx 文件后再导入。": (
        "The file is damaged; {file} cannot be read: its sheet data is incomplete or malformed. "
        "Open it in Excel or WPS, save it as a new .xlsx file and import that."
    ),
    "其中的 {part} 解压后是压缩时的 {ratio} 倍（上限 {limit} 倍）。": (
        "its part {part} grows {ratio} times when unpacked (the limit is {limit} times)."
    ),
    "解压后共 {size} MB（上限 {limit} MB）。": (
        "it unpacks to {size} MB (the limit is {limit} MB)."
    ),
    "表格声明有 {rows} 行（上限 {limit} 行）。": (
        "the sheet declares {rows} rows (the limit is {limit})."
    ),
    "表格声明有 {columns} 列（上限 {limit} 列）。": (
        "the sheet declares {columns} columns (the limit is {limit})."
    ),
    "表格超过 {limit} 行。": "the sheet has more than {limit} rows.",
    "第 {row} 行超过 {limit} 列。": "row {row} has more than {limit} columns.",
}
