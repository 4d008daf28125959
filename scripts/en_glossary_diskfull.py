"""English for the window on a full disk, opened to look only (see scripts/en_glossary.py)."""

from __future__ import annotations

COMMON = {
    "磁盘已满：数据文件 {path} 所在的磁盘空间不足，现在只能查看，不能保存"
    "（本次没有做任何改动）。请清理磁盘空间（删除不用的文件或清空回收站）后重新打开 swdesk。": (
        "The disk is full: the disk holding the data file {path} is out of space, so you can "
        "only look, not save (nothing was changed). Free some disk space (delete files you do "
        "not need or empty the recycle bin), then open swdesk again."
    ),
}
