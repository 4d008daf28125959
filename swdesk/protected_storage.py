"""The user's protected storage: bytes only this Windows account on this computer can read back.

Why: a county clerk types the key passphrase at every start (``swdesk.sync.keys``). Windows
can keep a secret for the logged-in account (DPAPI, ``CryptProtectData``): another account, or
the blob copied to another computer, cannot decrypt it. swdesk may keep the passphrase there
when the clerk asks it to (``ui.key_memory``); it is off by default.

The interface is two functions of a ``Protector`` so the logic above it is tested everywhere
with a stand-in. **The Windows path below can only be written here, not tested**: this
project's machines and CI run Linux, where ``system_protector`` returns None and the choice is
not offered. It follows Microsoft's documented signatures of ``CryptProtectData`` and
``CryptUnprotectData`` (``DATA_BLOB`` in and out, ``CRYPTPROTECT_UI_FORBIDDEN`` so no dialog is
ever shown, the output freed with ``LocalFree``); until it has run on Windows, treat it as
unverified.
"""

from __future__ import annotations

import sys
from typing import Any, Protocol

# Flags of CryptProtectData/CryptUnprotectData (wincrypt.h): never show a prompt.
CRYPTPROTECT_UI_FORBIDDEN = 0x1
# Mixed into the encryption, so another program of the same account that asks DPAPI to
# decrypt the blob without knowing it gets nothing.
ENTROPY = b"swdesk/county-key-passphrase/v1"


class ProtectedStorageError(Exception):
    """The system refused to protect or unprotect (another account's blob, a damaged one)."""


class Protector(Protocol):
    """Encrypts for, and decrypts as, the logged-in account only."""

    def protect(self, data: bytes) -> bytes: ...

    def unprotect(self, blob: bytes) -> bytes: ...


def system_protector() -> Protector | None:
    """The account's protected storage on Windows; None elsewhere (nothing is offered)."""
    if sys.platform == "win32":
        return WindowsDpapi()
    return None


if sys.platform == "win32":  # written here, not tested (see the module)
    import ctypes
    from ctypes import wintypes

    class _DataBlob(ctypes.Structure):
        _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

    class WindowsDpapi:
        """``Protector`` through crypt32.dll's DPAPI, for the current user (not the machine)."""

        def __init__(self) -> None:
            self._crypt32 = ctypes.WinDLL("crypt32", use_last_error=True)
            self._kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
            blob = ctypes.POINTER(_DataBlob)
            for name, description in (
                ("CryptProtectData", wintypes.LPCWSTR),
                ("CryptUnprotectData", ctypes.POINTER(wintypes.LPWSTR)),
            ):
                fn = getattr(self._crypt32, name)
                fn.argtypes = [
                    blob,
                    description,
                    blob,
                    ctypes.c_void_p,
                    ctypes.c_void_p,
                    wintypes.DWORD,
                    blob,
                ]
                fn.restype = wintypes.BOOL
            self._kernel32.LocalFree.argtypes = [ctypes.c_void_p]
            self._kernel32.LocalFree.restype = ctypes.c_void_p

        def protect(self, data: bytes) -> bytes:
            return self._call(self._crypt32.CryptProtectData, data)

        def unprotect(self, blob: bytes) -> bytes:
            return self._call(self._crypt32.CryptUnprotectData, blob)

        def _call(self, fn: Any, data: bytes) -> bytes:
            source = ctypes.create_string_buffer(data, len(data))
            salt = ctypes.create_string_buffer(ENTROPY, len(ENTROPY))
            data_in = _DataBlob(len(data), ctypes.cast(source, ctypes.POINTER(ctypes.c_char)))
            entropy = _DataBlob(len(ENTROPY), ctypes.cast(salt, ctypes.POINTER(ctypes.c_char)))
            data_out = _DataBlob()
            ok = fn(
                ctypes.byref(data_in),
                None,
                ctypes.byref(entropy),
                None,
                None,
                CRYPTPROTECT_UI_FORBIDDEN,
                ctypes.byref(data_out),
            )
            if not ok:
                raise ProtectedStorageError(f"DPAPI error {ctypes.get_last_error()}")
            try:
                return ctypes.string_at(data_out.pbData, data_out.cbData)
            finally:
                self._kernel32.LocalFree(data_out.pbData)
