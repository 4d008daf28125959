"""The county's key passphrase, asked once when the program starts on a county file.

The county's private keys are kept encrypted in the data file (``swdesk.sync.keys``); without
the passphrase no township package can be opened and no receipt signed. Keys still kept in the
clear (a file from an older version, or just made by the first-run dialog) are encrypted here
under a new passphrase, typed twice. A wrong passphrase says so and lets the person try again;
cancel starts the program with the keys closed (sync then says how to open them).

On Windows the user's protected storage (DPAPI) may keep the passphrase between starts, when
the clerk ticks 在本机记住口令 (off by default; ``ui.key_memory``). The Windows call itself
could only be written here, never tested on this project's machines (``protected_storage``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from swdesk.core.errors import RuleError
from swdesk.store import Store
from swdesk.sync import keys
from swdesk.ui.designer import set_up
from swdesk.ui.key_memory import KeyMemory, key_memory
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE


class KeyPassphraseDialog(QDialog):
    """Unlock the county's keys (``keys.LOCKED``) or set their first passphrase (``keys.RAW``)."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, memory: KeyMemory | None = None
    ) -> None:
        # The form is loaded here, not with the module: a county start imports this module to
        # ask ``needs_passphrase``, and a remembered passphrase (or no keys) shows no dialog.
        from swdesk.ui.forms.key_passphrase_dialog import Ui_KeyPassphraseDialog

        super().__init__(parent)
        self.store = store
        self.memory = memory if memory is not None else key_memory()
        form = set_up(self, Ui_KeyPassphraseDialog())
        self.remember = form.rememberCheck
        self.remember.setVisible(self.memory.available)
        self.remember.setChecked(self.memory.wanted)
        self.intro = form.intro
        self.passphrase = form.passphraseEdit
        self.confirm = form.confirmEdit
        self.error = form.error
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        self.setting = keys.key_state(store) == keys.RAW
        form.confirmLabel.setVisible(self.setting)
        self.confirm.setVisible(self.setting)
        if self.setting:
            self.setWindowTitle(self.tr("设置县级密钥口令"))
            form.intro.setText(
                self.tr(
                    "县级密钥将用口令加密保存：数据文件或它的备份被人拷走，没有口令也解不开乡镇的"
                    "数据包。请设一个至少 8 个字符的口令，另行妥善保管；以后每次启动都要输入。"
                )
            )
        else:
            form.intro.setText(
                self.tr("县级密钥已用口令加密保存。请输入密钥口令（导入数据包、生成回执时要用）。")
            )
        form.buttons.accepted.connect(self.accept)
        form.buttons.rejected.connect(self.reject)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def accept(self) -> None:
        text = self.passphrase.text()
        try:
            if self.setting:
                if text != self.confirm.text():
                    self._fail(self.tr("两次输入的口令不一致，请重新输入。"))
                    return
                keys.protect(self.store, text)
            else:
                keys.unlock(self.store, text)
        except RuleError as e:
            self._fail(shown(e.message))
            return
        if self.memory.available:
            self.memory.wanted = self.remember.isChecked()
            if self.remember.isChecked():
                self.memory.remember(self.store, text)
            else:
                self.memory.forget(self.store)
        super().accept()


def needs_passphrase(store: Store) -> bool:
    """A county file whose keys are kept encrypted (not opened yet) or still in the clear."""
    return keys.key_state(store) in (keys.RAW, keys.LOCKED)


def unlock_remembered(store: Store, memory: KeyMemory | None = None) -> bool:
    """Open the keys with the passphrase this account kept, if any: True if they are open."""
    return (memory if memory is not None else key_memory()).unlock(store)
