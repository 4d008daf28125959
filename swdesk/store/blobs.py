"""Content-addressed file storage shared by training proofs and appraisal scans.

Both keep a scan or photo once per content hash in a ``(sha256, size, data)`` table, so the
same file attached to many rows costs its bytes once and travels with the data file; the
checks a cadre sees (empty file, too large) are the same for both.
"""

from __future__ import annotations

import hashlib

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store.db import Store

MAX_BLOB_BYTES = 20 * 1024 * 1024


def put_blob(
    store: Store, table: str, kind: str, name: str, data: bytes, max_bytes: int = MAX_BLOB_BYTES
) -> str:
    """Store ``data`` in ``table`` (once per content) and return its SHA-256.

    ``kind`` names the file in the refusal (``msg("证明文件")``, ``msg("扫描件")``); ``table`` is one of swdesk's own
    blob tables, never user input.
    """
    if not data:
        raise RuleError(msg("{kind}“{name}”是空的。", kind=kind, name=name))
    if len(data) > max_bytes:
        raise RuleError(
            msg(
                "{kind}“{name}”有 {size:.1f} MB，太大（最多 {limit} MB），请压缩后再加。",
                kind=kind,
                name=name,
                size=len(data) / 1048576,
                limit=max_bytes // 1048576,
            )
        )
    sha = hashlib.sha256(data).hexdigest()
    store.conn.execute(
        f"INSERT OR IGNORE INTO {table} (sha256, size, data) VALUES (?, ?, ?)",
        (sha, len(data), data),
    )
    return sha
