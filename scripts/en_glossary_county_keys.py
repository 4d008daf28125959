"""English for the county's key passphrase, double claims at the county, and the limits on
dates and training titles."""

from __future__ import annotations

Translation = str | tuple[str, str]

COMMON: dict[str, Translation] = {
    "县级密钥已用口令加密保存，还没有输入密钥口令。"
    "请设置环境变量 {env}，或在终端中运行命令并按提示输入密钥口令。": (
        "The county keys are kept encrypted under a passphrase, and it has not been entered. "
        "Set the environment variable {env}, or run the command in a terminal and type the key "
        "passphrase when asked."
    ),
    "县级密钥已用口令加密保存，还没有输入密钥口令。"
    "请在“数据同步”页点击“解锁县级密钥…”输入密钥口令，不用重新启动程序。": (
        "The county keys are kept encrypted under a passphrase, and it has not been entered. "
        "On the Sync page, click “Unlock County Keys…” and enter the key passphrase; "
        "there is no need to restart the program."
    ),
    "密钥口令不对，请重新输入（注意大小写和输入法）。": (
        "Wrong key passphrase. Enter it again (mind upper and lower case and the input method)."
    ),
    "请先输入现在的密钥口令，再设新口令。": (
        "Enter the current key passphrase first, then set a new one."
    ),
    "培训名称太长：{count} 个字，最多 {max} 个字。请写简短的名称，细节写在备注里。": (
        "The training name is too long: {count} characters, at most {max}. Give a short name "
        "and put the details in the note."
    ),
    "日期“{value}”不在 {first} 到 {last} 之间，请核对年份（是不是多打或少打了一位）。": (
        'The date "{value}" is not between {first} and {last}. Check the year (a digit too '
        "many or too few?)."
    ),
    "日期“{value}”不对，请写成 YYYY-MM-DD（年-月-日），例如 2024-03-01。": (
        'The date "{value}" is not valid. Write it as YYYY-MM-DD (year-month-day), e.g. 2024-03-01.'
    ),
    "日期“{value}”不存在，请核对（写成 YYYY-MM-DD，例如 2024-03-01）。": (
        'The date "{value}" does not exist. Check it (written as YYYY-MM-DD, e.g. 2024-03-01).'
    ),
}

BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "CountySyncPage": {
        "冲突（县里和乡镇都改过的记录，或两个乡镇都报了同一个人）": (
            "Conflicts (records changed both here and by a township, or one person reported "
            "by two townships)"
        ),
        "两个乡镇都报了此人": "Reported by two townships",
        "此人仍归原乡镇": "Stays with the original township",
        "确认此人已调到该乡镇": "Confirm the move to this township",
        "县级密钥已从备份恢复，并用备份的口令加密保存：以后启动时输入这个口令。": (
            "The county keys were restored from the backup and are kept encrypted under the "
            "backup's passphrase: enter that passphrase from now on when the program starts."
        ),
    },
    "KeyPassphraseDialog": {
        "县级密钥口令": "County key passphrase",
        "设置县级密钥口令": "Set the county key passphrase",
        "县级密钥将用口令加密保存：数据文件或它的备份被人拷走，没有口令也解不开乡镇的数据包。请设一个至少 8 个字符的口令，另行妥善保管；以后每次启动都要输入。": (
            "The county keys will be kept encrypted under a passphrase: whoever copies the data "
            "file or a backup cannot open the townships' packages without it. Choose a "
            "passphrase of at least 8 characters and keep it safe separately; it is asked each "
            "time the program starts."
        ),
        "县级密钥已用口令加密保存。请输入密钥口令（导入数据包、生成回执时要用）。": (
            "The county keys are kept encrypted. Enter the key passphrase (needed to import "
            "packages and make receipts)."
        ),
        "两次输入的口令不一致，请重新输入。": "The two passphrases differ. Enter them again.",
        "口令：": "Passphrase:",
        "再输一次：": "Again:",
    },
}
