"""Township → county data packages: writing (export) and opening (verify, decrypt, parse).

A package holds every row of the synced tables changed since a local change counter (``rev``)
— tombstones included — plus, so that each package can be applied on its own whatever arrived
before it, the current state of every parent row its rows point to. The manifest carries the
sender's full live state per table (count and XOR checksum) so the county can reconcile.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag

from swdesk import __version__
from swdesk.core import audit, divisions
from swdesk.core.i18n import msg
from swdesk.store import sync_state
from swdesk.store.db import utc_now
from swdesk.store.schema.migrations import schema_version
from swdesk.store.sql_in import chunks
from swdesk.sync import keys
from swdesk.sync.enroll import county_of, join_proof, require_role
from swdesk.sync.envelope import (
    COMPRESSION,
    Envelope,
    Rejected,
    compress,
    decompress,
    decompress_stream,
    pack,
    unpack,
    write_atomic,
)
from swdesk.sync.stream import NotCanonical, read_document
from swdesk.sync.tables import (
    blob_table,
    blobs_by_hash,
    live_checksums,
    ordered_tables,
    rows_by_id,
    rows_changed_since,
    table_names,
    tombstones,
)
from swdesk.sync.versions import export_format

if TYPE_CHECKING:
    from swdesk.store.db import Store

SUFFIX = ".swsync"
# Content (plain JSON) from which a package is read a table at a time (``sync.stream``) rather
# than decoded whole: a township's first package of 3,000 workers is ~30 MB of JSON, ~110 MB
# of Python objects decoded whole. Smaller ones (every later package) are read whole, once.
STREAM_FROM = 8 * 1024 * 1024
# The content of big packages this process verified (``_streamed``), by envelope digest (which
# covers the header and so the sender and number the checks compare with): the tables the
# checks found in the county's order, the manifest, rows per table. A package let go after it
# was verified (``merge.import_files``) and read again at its turn from the same bytes is then
# not parsed a third time to check what was checked; its entry goes as it is used. (Its
# attachments are decoded again as its tables are read, ``Package.tables_in``.)
_VERIFIED: dict[str, tuple[list[str], dict[str, Any], dict[str, int]]] = {}
_VERIFIED_MAX = 256
ENC_ALG = "X25519-HKDF-SHA256-AES256GCM"


def _aad(header: dict[str, Any]) -> bytes:
    return f"swdesk|{header['format']}|package|{header['from']}|{header['to']}|{header['seq']}".encode()


@dataclass
class ExportResult:
    path: Path
    sequence: int
    full: bool
    rows: int
    size: int
    tables: dict[str, int]
    covers: list[int]
    replaced_unrecorded: bool = False
    format: int = 1  # the package format written (what the county said it reads)

    def summary(self) -> str:
        kind = "完整" if self.full else "增量"
        text = (
            f"已导出第 {self.sequence} 号数据包（{kind}，{self.rows} 条记录，"
            f"{self.size / 1024:.0f} KB），已读回校验无误：{self.path}"
        )
        if self.replaced_unrecorded:
            text += "（替换了上次没有完成的导出留下的同号文件）"
        return text


def default_name(store: Store, sequence: int) -> str:
    return f"{store.unit_code}_{sequence:04d}{SUFFIX}"


def next_sequence(store: Store) -> int:
    return sync_state.last_export_sequence(store) + 1


def _since(store: Store, full: bool) -> int:
    if full:
        return 0
    base = sync_state.exported_up_to(store)
    resend = store.meta("sync_resend_from")
    return min(base, int(resend)) if resend is not None else base


def collect(store: Store, since: int) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """Rows changed after ``since`` and the parents they reference; blobs they name."""
    infos = ordered_tables(store)
    rows: dict[str, list[tuple[Any, ...]]] = {
        i.name: rows_changed_since(store, i, since) for i in infos
    }
    # Children first, so a parent pulled in for a child pulls in its own parents in turn.
    for info in reversed(infos):
        for col, parent in info.parents.items():
            ci = info.columns.index(col)
            have = {r[0] for r in rows[parent]}
            need = sorted({r[ci] for r in rows[info.name] if r[ci] is not None} - have)
            pinfo = next(i for i in infos if i.name == parent)
            for chunk in chunks(need, 500):
                rows[parent].extend(rows_by_id(store, pinfo, chunk))
    blobs: dict[str, str] = {}
    stores = table_names(store)
    for info in infos:
        src = blob_table(info.name)
        for col in info.blob_columns if src in stores else ():
            ci = info.columns.index(col)
            wanted = sorted({r[ci] for r in rows[info.name] if r[ci]})
            for chunk in chunks(wanted, 200):
                for sha, data in blobs_by_hash(store, src, chunk):
                    blobs[sha] = keys.b64(data)
    tables = {
        i.name: {"columns": list(i.columns), "rows": [list(r) for r in rows[i.name]]}
        for i in infos
        if rows[i.name]
    }
    return tables, blobs


def unrecorded_package(store: Store, path: Path, seq: int) -> bool:
    """True when ``path`` is this township's own package number ``seq`` (its signature checks
    with this file's key) although no export of that number is recorded: the program stopped
    after the file was in place and before the export was recorded. The next export carries
    everything it did and more, so it takes its place rather than sit beside it."""
    try:
        env = unpack(Path(path).read_bytes(), "package")
    except (OSError, Rejected):
        return False
    me = keys.require_own(store, keys.SIGN)
    return (
        env.header.get("from") == store.unit_code
        and env.header.get("seq") == seq
        and keys.verify(me.public, env.signature, env.signed)
        and seq not in sync_state.export_sequences(store)
    )


def export(store: Store, out: Path, full: bool = False) -> ExportResult:
    """Write the next package to ``out`` (a folder gets the default file name).

    The sequence number is taken, the file written and read back, and the export recorded in
    one transaction: a stop at any point before the end leaves the number free, and a file
    already written under it is recognised (``unrecorded_package``) and replaced by the next
    export, never duplicated under another number."""
    require_role(store, divisions.ROLE_TOWNSHIP)
    county = county_of(store)
    keys.require_own(store, keys.SIGN)
    out = Path(out)
    with store.atomic():  # one snapshot of the data, the number and the record
        return _write(store, out, full, county)


def _write(store: Store, out: Path, full: bool, county: dict[str, Any]) -> ExportResult:
    """The body of ``export``, inside its transaction."""
    seq = next_sequence(store)
    if out.is_dir():
        out = out / default_name(store, seq)
    replaced = out.exists() and unrecorded_package(store, out, seq)
    upto = int(store.meta("rev") or 0)
    since = _since(store, full)
    tables, blobs = collect(store, since)
    state = live_checksums(store)
    for t, info in state.items():
        info["tombstones"] = tombstones(store, t)
        info["sent"] = len(tables.get(t, {}).get("rows", []))
    covers = sync_state.export_sequences_from(store, since)
    created = utc_now()
    version = export_format(store)
    manifest = {
        "format": version,
        "sender": {"code": store.unit_code, "name": store.unit_name},
        "county": county["code"],
        "sequence": seq,
        "created_at": created,
        "app_version": __version__,
        "schema_version": schema_version(),
        "full": full,
        "since_rev": since,
        "upto_rev": upto,
        "covers": covers,
        "tables": state,
    }
    plain = json.dumps(
        {"manifest": manifest, "tables": tables, "blobs": blobs},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    data = seal_package(
        store,
        plain,
        {"seq": seq, "created_at": created, "full": full, "covers": covers},
        version=version,
    )
    write_atomic(out, data)
    me = keys.require_own(store, keys.SIGN)
    check = unpack(out.read_bytes(), "package")
    if not keys.verify(me.public, check.signature, check.signed):
        raise Rejected(
            "verify_failed",
            msg("写入 {path} 后校验签名失败，U盘可能有问题，请重新导出。", path=out),
        )
    n_rows = sum(len(t["rows"]) for t in tables.values())
    sync_state.record_export(store, seq, created, since, upto, full, out.name, len(data), n_rows)
    store.audit(
        "sync_exports",
        str(seq),
        audit.EXPORT,
        None,
        {"file": out.name, "rows": n_rows, "full": full, "replaced_unrecorded": replaced},
    )
    return ExportResult(
        out,
        seq,
        full,
        n_rows,
        len(data),
        {t: len(v["rows"]) for t, v in tables.items()},
        covers,
        replaced,
        version,
    )


def seal_package(
    store: Store,
    plain: bytes,
    fields: dict[str, Any],
    compressed: bytes | None = None,
    version: int | None = None,
) -> bytes:
    """Header, encryption to the county and signature around a package's plain content, in
    package format ``version`` (by default the newest the county reads); ``compressed``, if
    given, must be ``plain`` compressed as that format does."""
    county = county_of(store)
    me = keys.require_own(store, keys.SIGN)
    version = export_format(store) if version is None else version
    comp = COMPRESSION[version]
    header: dict[str, Any] = {
        "format": version,
        "kind": "package",
        "from": store.unit_code,
        "from_name": store.unit_name,
        "to": county["code"],
        "to_key": keys.fingerprint(bytes(county["enc_public"])),
        "comp": comp,
        "plain_size": len(plain),
        "signer": keys.b64(me.public),
        "enrollment": county["enrollment_id"],
        "join": keys.b64(
            join_proof(bytes(county["join_secret"]), county["enrollment_id"], me.public)
        ),
        **fields,
    }
    body = compress(plain, comp) if compressed is None else compressed
    eph, nonce, box = keys.seal(bytes(county["enc_public"]), body, _aad(header))
    header["enc"] = {"alg": ENC_ALG, "eph": keys.b64(eph), "nonce": keys.b64(nonce)}
    return pack(header, box, lambda d: keys.sign(me.private, d))


# -- opening at the county ------------------------------------------------------------------
@dataclass
class Package:
    envelope: Envelope
    sender: str
    sender_name: str
    sequence: int
    full: bool
    covers: list[int]
    manifest: dict[str, Any]
    tables: dict[str, dict[str, Any]]
    blobs: dict[str, bytes]
    signer: bytes
    township: dict[str, Any] = field(default_factory=dict)
    # A package the county already applied, byte for byte: its rows per table (as recorded
    # then) instead of ``tables``, which is left unread, and how to read it in full should it
    # stop being the applied one before its turn (another package of its number applied first).
    applied_rows: dict[str, int] | None = None
    reopen: Callable[[], Package] | None = None
    # A big package (``STREAM_FROM``): ``tables`` is left empty and its tables are read again
    # one at a time, in the order they were verified in, by ``stream`` (its attachments too,
    # into ``blobs``, once its tables are read); ``counts`` are its rows per table.
    stream: Callable[[], Iterator[tuple[str, Any]]] | None = None
    counts: dict[str, int] | None = None
    # The envelope's digest, kept when its bytes are let go (a package waiting for its turn).
    kept_digest: str | None = None

    @property
    def digest(self) -> str:
        return self.kept_digest or self.envelope.digest

    def row_counts(self) -> dict[str, int]:
        """Rows per table the package carries."""
        if self.applied_rows is not None:
            return dict(self.applied_rows)
        if self.counts is not None:
            return dict(self.counts)
        return {t: len(v.get("rows", [])) for t, v in self.tables.items() if isinstance(v, dict)}

    def table_names(self) -> list[str]:
        """The tables the package carries, in the order written."""
        if self.stream is not None and self.counts is not None:
            return list(self.counts)
        return list(self.tables)

    def tables_in(self, order: list[str]) -> Iterator[tuple[str, Any]]:
        """Each table the package carries (name, content) in the order of ``order`` — the
        order ``open_package`` checked a streamed package's tables come in; a streamed
        table's rows are read only now, and let go once the caller moves on."""
        if self.stream is None:
            for name in order:
                if name in self.tables:
                    yield name, self.tables[name]
            return
        ahead = iter(order)
        for kind, value in self.stream():
            if kind == "table":
                if value[0] not in ahead:  # checked when opened: never (a fault of this machine)
                    raise _bad(msg("结构"))
                yield value
            elif kind == "blobs":  # the end: checked when the package was opened
                self.blobs = _checked(self.manifest, {}, value, self.sender, self.sequence)
            del value

    def let_go(self) -> Package:
        """This package holding nothing of its file's bytes or rows (waiting for its turn, to
        be read again by ``reopen``): its header, digest and row counts only."""
        env = Envelope(self.envelope.header, b"", b"", b"")
        return dataclasses.replace(
            self,
            envelope=env,
            tables={},
            blobs={},
            stream=None,
            applied_rows=self.row_counts(),
            kept_digest=self.digest,
        )


def _bad(what: str) -> Rejected:
    return Rejected(
        "malformed", msg("数据包内容格式不对（{what}），文件可能已损坏，没有导入。", what=what)
    )


def open_package(store: Store, data: bytes, known: bool = True) -> Package:
    """Verify and decrypt a package; refuse it (``Rejected``) before anything is changed.

    With ``known``, a package already applied (same sender, number and digest) is verified
    (signature and sender) but not decrypted or parsed: the county has its rows."""
    require_role(store, divisions.ROLE_COUNTY)
    env = unpack(data, "package")
    h = env.header
    sender = h.get("from")
    if h.get("to") != store.unit_code:
        raise Rejected(
            "other_county",
            msg(
                "这个数据包是发给县（区）{code} 的，不是本县（{own_name}，{own_code}）。没有导入。",
                code=h.get("to"),
                own_name=store.unit_name,
                own_code=store.unit_code,
            ),
        )
    enc = keys.require_own(store, keys.ENC)
    if h.get("to_key") != keys.fingerprint(enc.public):
        raise Rejected(
            "wrong_key",
            msg(
                "这个数据包加密用的县级密钥与本机的不同（本机可能重装后生成了新密钥）。"
                "请从县级密钥备份恢复，或给该乡镇重新发登记文件后让它重新导出。"
            ),
        )
    town = sync_state.township(store, sender)
    if town is None:
        raise Rejected(
            "unknown_township",
            msg(
                "乡镇（街道）{name}（{code}）没有在本县登记，不接收它的数据包。"
                "如需接收，请先为它生成登记文件（sync enroll）并让它加入。",
                name=h.get("from_name") or "",
                code=sender,
            ),
        )
    try:
        signer = keys.unb64(h.get("signer"))
        seq = h["seq"]
        if not isinstance(seq, int) or seq < 1:
            raise ValueError
    except (ValueError, KeyError):
        raise Rejected("malformed", msg("数据包的文件头不完整，文件可能已损坏或被改动。")) from None
    if town["sign_public"] is not None:
        if bytes(town["sign_public"]) != signer:
            raise Rejected(
                "wrong_signer",
                msg(
                    "数据包的签名密钥不是 {name} 登记的密钥：它可能不是该乡镇发出的，没有导入。"
                    "如果该乡镇重装过软件，请重新为它生成登记文件。",
                    name=town["name"],
                ),
            )
    else:
        proof = keys.unb64(h.get("join")) if isinstance(h.get("join"), str) else b""
        if h.get("enrollment") != town["enrollment_id"] or proof != join_proof(
            bytes(town["join_secret"]), town["enrollment_id"], signer
        ):
            raise Rejected(
                "wrong_signer",
                msg(
                    "数据包没有 {name} 的有效登记凭证（可能用的是旧的登记文件，或不是该乡镇发出的），"
                    "没有导入。",
                    name=town["name"],
                ),
            )
    if not keys.verify(signer, env.signature, env.signed):
        raise Rejected(
            "bad_signature",
            msg(
                "签名校验失败：数据包在路上被改动过或已损坏（声称来自 {name}），没有导入。"
                "请让该乡镇重新导出。",
                name=town["name"],
            ),
        )
    code = str(sender)  # registered: ``town`` was found by it
    applied = sync_state.applied_row_counts(store, code, seq, env.digest) if known else None
    covers = [c for c in h.get("covers") or [] if isinstance(c, int)]
    opened = partial(Package, env, code, town["name"], seq, bool(h.get("full")), covers)
    if applied is not None:
        reopen = partial(open_package, store, data, known=False)
        return opened({}, {}, {}, signer, town, applied_rows=applied, reopen=reopen)
    try:
        e = h["enc"]
        plain_box = keys.open_sealed(
            enc, keys.unb64(e["eph"]), keys.unb64(e["nonce"]), env.body, _aad(h)
        )
    except (InvalidTag, KeyError, TypeError, ValueError):
        raise Rejected(
            "undecryptable", msg("数据包无法解密（不是用本县密钥加密的，或已损坏），没有导入。")
        ) from None
    # The format decides the compression (``unpack`` refused formats this program does not
    # read); the header's ``comp`` only names it for people reading the file.
    comp, declared = COMPRESSION.get(h["format"], "xz"), h.get("plain_size")
    if isinstance(declared, int) and declared >= STREAM_FROM:
        order = [i.name for i in ordered_tables(store)]
        read = _VERIFIED.pop(env.digest, None)
        if read is None or read[0] != order:
            read = _streamed(order, plain_box, declared, comp, sender, seq, env.digest)
        if read is not None:
            _order, manifest, counts = read
            blob_bytes: dict[str, bytes] = {}  # read with the tables (``Package.tables_in``)
            stream = partial(_parts, plain_box, declared, comp)
            return opened(manifest, {}, blob_bytes, signer, town, stream=stream, counts=counts)
    plain = decompress(plain_box, declared, comp)
    try:
        doc = json.loads(plain.decode("utf-8"))
        manifest, tables, blobs = doc["manifest"], doc["tables"], doc.get("blobs", {})
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise _bad(msg("无法读取内容")) from None
    return opened(manifest, tables, _checked(manifest, tables, blobs, sender, seq), signer, town)


def _checked(manifest: Any, tables: Any, blobs: Any, sender: Any, seq: int) -> dict[str, bytes]:
    """The checks of a package's content as a whole (outside the parse's try: Rejected is a
    ValueError, and these reasons must not read "无法读取内容"); its attachments' bytes."""
    if (
        not isinstance(manifest, dict)
        or not isinstance(tables, dict)
        or not isinstance(blobs, dict)
    ):
        raise _bad(msg("结构"))
    if manifest.get("sender", {}).get("code") != sender or manifest.get("sequence") != seq:
        raise _bad(msg("清单与文件头不一致"))
    try:
        return {str(k): keys.unb64(v) for k, v in blobs.items()}
    except ValueError:
        raise _bad(msg("附件")) from None


def _streamed(
    order: list[str], box: bytes, declared: int, comp: str, sender: Any, seq: int, digest: str
) -> tuple[list[str], dict[str, Any], dict[str, int]] | None:
    """Verify a big package's content a table at a time, holding one table's rows at most;
    ``order``: the county's tables, in the order it applies them. Returns them, its manifest
    and rows per table, noted in ``_VERIFIED``. None when it is not laid out as this program
    writes it (``sync.stream``) or its tables do not come in that order: the caller then reads
    it whole, as it always did, with the same checks."""
    manifest: Any = None
    counts: dict[str, int] = {}
    blobs: Any = {}
    try:
        for kind, value in read_document(decompress_stream(box, declared, comp)):
            if kind == "manifest":
                manifest = value
            elif kind == "table":
                counts[value[0]] = len(value[1]["rows"])
            else:
                blobs = value
            del value  # the table's rows go before the next table is read
    except NotCanonical:
        return None
    if list(counts) != [t for t in order if t in counts]:
        return None  # a table this program does not know, or another order
    _checked(manifest, {}, blobs, sender, seq)
    del blobs
    while len(_VERIFIED) >= _VERIFIED_MAX:
        del _VERIFIED[next(iter(_VERIFIED))]
    _VERIFIED[digest] = (order, manifest, counts)
    return order, manifest, counts


def _parts(box: bytes, declared: int, comp: str) -> Iterator[tuple[str, Any]]:
    """The parts of a package's content ``_streamed`` verified, read again one at a time."""
    try:
        yield from read_document(decompress_stream(box, declared, comp))
    except NotCanonical:  # verified as canonical: only a fault of this machine comes here
        raise _bad(msg("无法读取内容")) from None
