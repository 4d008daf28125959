"""English for keeping the county key passphrase in Windows' protected storage (see
scripts/en_glossary.py)."""

from __future__ import annotations

COMMON = {
    "忘记已保存的口令": "Forget Saved Passphrase",
    "已忘记保存在本机的县级密钥口令。下次启动时会再询问口令。": (
        "The county key passphrase saved on this computer is forgotten. It will be asked at "
        "the next start."
    ),
    "在本机记住口令（保存在本 Windows 账户的受保护存储中，以后启动不再询问）": (
        "Remember the passphrase on this computer (kept in this Windows account's protected "
        "storage; not asked at later starts)"
    ),
}
