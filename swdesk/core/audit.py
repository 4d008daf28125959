"""What happened to a row, as the change log (``audit_log.action``) records it.

The actions are stored as codes; the four a worker's history shows are labelled here, marked
once for translation under the context ``enum`` and shown through ``ui.enum_labels.code_label``
(the convention for stored values is described in ``core.enums``). Other actions are shown as
they are.
"""

from __future__ import annotations

from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N

INSERT = "insert"
UPDATE = "update"
DELETE = "delete"
RESTORE = "restore"
# Steps of an appraisal sheet.
FINALIZE = "finalize"
SIGN = "sign"
ATTACH_SCAN = "attach_scan"
REOPEN = "reopen"
# Sync bookkeeping.
ENROLL = "enroll"
JOIN = "join"
EXPORT = "export"
IMPORT = "import"
SYNC_RESOLVE = "sync-resolve"
PROTECT_KEYS = "protect-keys"  # the county's keys (re)encrypted under a passphrase

LABELS: dict[str, str] = {
    INSERT: _N("enum", "新建"),
    UPDATE: _N("enum", "修改"),
    DELETE: _N("enum", "删除"),
    RESTORE: _N("enum", "恢复"),
}
