"""English for the data file's health: damaged and read-only files, checked backups, restore,
the copy onto a USB stick (see scripts/en_glossary.py)."""

from __future__ import annotations

COMMON = {
    "备份写好后检查没有通过（{problem}），已丢弃这份备份，原数据没有改动。请检查磁盘或换一个位置后重试。": (
        "The backup failed its check after writing ({problem}) and was discarded; the data was "
        "not changed. Check the disk or choose another place, then try again."
    ),
    "备份文件 {path} 已损坏（{problem}），不能用来恢复。请换一份备份。": (
        "The backup file {path} is damaged ({problem}) and cannot be restored. Choose another "
        "backup."
    ),
    "数据文件 {path} 已损坏，无法打开。请从最新的完好备份恢复：swdesk restore {backup}（损坏的文件会改名留在 backups 文件夹中，不会删除）。": (
        "The data file {path} is damaged and cannot be opened. Restore the newest good backup: "
        "swdesk restore {backup} (the damaged file is renamed and kept in the backups folder, "
        "never deleted)."
    ),
    "找不到数据文件 {path}。请检查 --db 的路径是否写对；要新建数据文件，请运行 swdesk init。本次没有创建任何文件。": (
        "The data file {path} does not exist. Check the --db path; to create a new data file, "
        "run swdesk init. No file was created."
    ),
    "数据文件 {path} 是旧版本的，需要升级格式，但它是只读的。请把它复制到可以写入的位置再打开；本次没有做任何改动。": (
        "The data file {path} is from an older version and needs upgrading, but it is "
        "read-only. Copy it to a writable place and open it there; nothing was changed."
    ),
    "没有找到插入的U盘。请插入U盘后重试，或用 --out 指定备份的位置。": (
        "No USB stick is plugged in. Plug one in and try again, or give the backup's place "
        "with --out."
    ),
    "还没有把备份另存到U盘过。备份都在数据文件旁边，电脑硬盘坏了会一起丢失：请插入U盘，把备份另存一份。": (
        "No backup has been copied to a USB stick yet. All backups sit beside the data file and "
        "would be lost with the disk: plug in a USB stick and copy a backup onto it."
    ),
    "已经 {days} 天没有把备份另存到U盘了。请插入U盘，把备份另存一份。": (
        "No backup has been copied to a USB stick for {days} days. Plug one in and copy a "
        "backup onto it."
    ),
    "数据文件 {path} 已损坏，为免损坏扩散，现在只能查看和导出，不能修改，也不能备份（本次没有做任何改动）。请从最新的完好备份恢复：swdesk restore {backup}（或在窗口中点“从备份恢复…”）；恢复前可先导出社工名册保存仍能读出的数据。": (
        "The data file {path} is damaged. So that the damage does not spread, it can only be "
        "viewed and exported now, not changed or backed up (nothing was changed). Restore the "
        "newest good backup: swdesk restore {backup} (or “Restore from backup…” in the window); "
        "before that you may export the roster to keep what is still readable."
    ),
    "数据文件 {path} 已损坏，为免损坏扩散，现在只能查看和导出，不能修改，也不能备份（本次没有做任何改动）。没有找到完好的备份：请先导出社工名册保存仍能读出的数据，再联系技术支持。": (
        "The data file {path} is damaged. So that the damage does not spread, it can only be "
        "viewed and exported now, not changed or backed up (nothing was changed). No good "
        "backup was found: export the roster to keep what is still readable, then contact "
        "support."
    ),
    "数据文件 {path} 是只读的（文件或所在的文件夹不能写入，或U盘有写保护），现在只能查看和导出，本次没有做任何改动。请把数据文件复制到可以写入的位置，或去掉只读属性后再试。": (
        "The data file {path} is read-only (the file or its folder cannot be written, or the "
        "USB stick is write-protected): it can only be viewed and exported; nothing was "
        "changed. Copy the data file to a writable place, or clear the read-only setting, and "
        "try again."
    ),
    "不能用数据文件自己来恢复它。请选择 backups 文件夹中的一份备份。": (
        "A data file cannot be restored from itself. Choose a backup in the backups folder."
    ),
    "恢复后的数据文件 {path} 检查没有通过（{problem}），磁盘可能有问题。请把数据文件放到另一个磁盘上，再恢复一次。": (
        "The restored data file {path} failed its check ({problem}); the disk may be faulty. "
        "Put the data file on another disk and restore again."
    ),
}

BY_CONTEXT = {
    "HealthBar": {
        "关闭提示": "Close",
    },
    "file_health": {
        "导出社工名册": "Export the roster",
        "从最新的完好备份恢复": "Restore the newest good backup",
        "发现U盘 {drive}。要把数据文件另存一份备份到U盘上吗？": (
            "USB stick {drive} found. Copy a backup of the data file onto it?"
        ),
        "备份到U盘": "Back up to USB stick",
        "正在备份到U盘……": "Backing up to the USB stick…",
        "已备份到U盘：\n{path}": "Backed up to the USB stick:\n{path}",
        "数据文件已损坏": "Data file damaged",
        "{problem}\n\n现在用最新的完好备份“{name}”恢复吗？损坏的文件会改名留在 backups 文件夹中，不会删除。": (
            "{problem}\n\nRestore the newest good backup “{name}” now? The damaged file is "
            "renamed and kept in the backups folder, never deleted."
        ),
    },
    "SettingsDialog": {
        "每周备份保留：": "Weekly backups kept:",
        " 周": " weeks",
        "每月备份保留：": "Monthly backups kept:",
        " 个月": " months",
        "U盘备份提醒：": "USB backup reminder:",
        " 天没另存就提醒": " days without a copy",
        "操作员姓名会记入修改历史。每日备份之外，每周、每月各留最新的一份，慢慢损坏的文件也总有完好的旧备份。界面语言在重新打开 swdesk 后生效。": (
            "The operator's name goes into the change history. Besides the daily backups, the "
            "newest of each week and month is kept, so a file that decays slowly always has a "
            "good older backup. The interface language applies when swdesk is opened again."
        ),
    },
}
