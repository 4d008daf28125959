"""English for opening the county's keys from the sync page (see scripts/en_glossary.py)."""

from __future__ import annotations

BY_CONTEXT = {
    "CountySyncPage": {
        "解锁县级密钥…": "Unlock County Keys…",
        "设置县级密钥口令…": "Set County Key Passphrase…",
        "县级密钥还没有解锁：导入数据包、生成回执和备份密钥都要用它。"
        "请点“解锁县级密钥…”并输入密钥口令。": (
            "The county keys are not unlocked yet: importing packages, writing receipts and "
            "backing up the keys all need them. Click “Unlock County Keys…” and enter the key "
            "passphrase."
        ),
        "县级密钥还没有用口令加密保存。请点“设置县级密钥口令…”设一个口令。": (
            "The county keys are not yet kept encrypted under a passphrase. Click “Set County "
            "Key Passphrase…” to set one."
        ),
        "县级密钥已打开，可以导入数据包和生成回执了。": (
            "The county keys are unlocked: packages can be imported and receipts written."
        ),
    },
}
