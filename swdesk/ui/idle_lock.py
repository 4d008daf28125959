"""Lock the window after N idle minutes (the ``idle_lock_minutes`` setting; 0 never locks).

A township PC is shared: a cadre who walks away must not leave every worker's ID number and
phone on screen. ``IdleLock`` watches the application's keyboard and mouse input; when none
came for the interval it emits ``locked``. ``lock_window`` hides the window and asks the
password again (``LoginDialog``); cancelling closes the window.
"""

from __future__ import annotations

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from swdesk.store import Store

SETTING = "idle_lock_minutes"
DEFAULT_MINUTES = 10

# What counts as someone at the keyboard.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def idle_minutes(store: Store) -> int:
    """The file's setting, or the default when it was never set."""
    value = store.setting(SETTING)
    return DEFAULT_MINUTES if value is None else max(int(value), 0)


class IdleLock(QObject):
    """Emits ``locked`` after ``interval_ms`` without input; ``pause`` while the lock is shown."""

    locked = Signal()

    def __init__(self, app: QApplication, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._fire)
        self._app = app
        self.paused = False
        app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.paused and event.type() in _ACTIVITY:
            self.timer.start()  # restarts the count
        return False

    def _fire(self) -> None:
        if not self.paused:
            self.locked.emit()

    def pause(self) -> None:
        self.paused = True
        self.timer.stop()

    def resume(self) -> None:
        self.paused = False
        self.timer.start()

    def stop(self) -> None:
        self.pause()
        self._app.removeEventFilter(self)


def lock_window(window: QMainWindow, store: Store, lock: IdleLock) -> bool:
    """Hide ``window`` and every other open window (a dialog left open shows data too) and ask
    the password again; True once someone logged in (the windows come back), else ``window``
    is closed."""
    from swdesk.ui.login_dialog import LoginDialog

    lock.pause()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for w in shown:
        w.hide()
    dialog = LoginDialog(store, locked=True)
    # QDialog through its module: its class (and enum) is made when a lock first happens, not
    # by importing this module on the way to the window's first paint.
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        window.close()
        return False
    for w in shown:
        w.show()
    lock.resume()
    return True


def install(app: QApplication, window: QMainWindow, store: Store) -> IdleLock | None:
    """The idle lock of ``window``, when the file has accounts and the setting is not 0."""
    from swdesk.store.account_presence import any_account

    minutes = idle_minutes(store)
    if minutes <= 0 or not any_account(store):
        return None
    lock = IdleLock(app, minutes * 60_000, window)
    lock.locked.connect(lambda: lock_window(window, store, lock))
    return lock
