"""The container every sync file uses (package, receipt, enrollment): one signed blob.

    magic  "SWDSYNC\\n"            8 bytes
    u32    header length (big-endian), header: UTF-8 JSON
    u64    body length, body (encrypted for packages; compressed JSON for receipts)
    sig    64 bytes Ed25519 over everything before it

The header's ``format`` says how the body is written. Receipts and enrollment files are format
1. Packages are format 1 (xz) or 2 (zstandard, several times faster to write at about the same
size); a township writes 2 only to a county whose receipt said it reads it (``sync.versions``),
and a program that does not know a format refuses the file with a message to upgrade.

There are no paths or archive members inside, so nothing can be unpacked outside a folder
(zip-slip) and the body's decompressed size is declared in the signed header and enforced
(zip bomb). See docs/sync-format.md.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard

from swdesk import atomic
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg

MAGIC = b"SWDSYNC\n"
FORMAT = 1
# The formats of each kind of file this program reads, and how a package of each format
# compresses its body.
READS: dict[str, tuple[int, ...]] = {"package": (1, 2), "receipt": (1,), "enroll": (1,)}
COMPRESSION = {1: "xz", 2: "zstd"}
# Measured on the sync benchmark's township (2k workers, 20k hour records, 8.4 MB of JSON):
# level 3 writes 1.20 MB in 0.1 s, level 9 1.13 MB in 0.6 s, xz -6 0.92 MB in 13.7 s (all on
# one loaded machine); gzip of the plain JSON 1.68 MB. Level 3: the clerk waits on the export.
ZSTD_LEVEL = 3
# Input fed to the zstandard decompressor at a time: one byte of input can stand for at most
# about 32 KB of output, so a step never holds more than ~32 MB beyond the declared size.
_ZSTD_STEP = 1024
# Output handed on at a time by ``decompress_stream``.
_OUT_STEP = 1 << 18
SIG_LEN = 64
MAX_HEADER = 64 * 1024
MAX_PLAIN = 512 * 1024 * 1024
MAX_FILE = 1024 * 1024 * 1024


_TRUNCATED = msg("文件不完整（可能拷贝时中断或U盘被拔出），请让对方重新导出。")


class Rejected(RuleError):
    """A sync file refused before anything was changed; ``code`` names the reason for tests
    and JSON output, ``message`` says it in Chinese."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Envelope:
    header: dict[str, Any]
    body: bytes
    signed: bytes
    signature: bytes

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.signed + self.signature).hexdigest()


def pack(header: dict[str, Any], body: bytes, sign: Any) -> bytes:
    """``sign`` is a callable bytes -> 64-byte signature (the writer's private key)."""
    head = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    signed = MAGIC + struct.pack(">I", len(head)) + head + struct.pack(">Q", len(body)) + body
    return signed + sign(signed)


def unpack(data: bytes, kind: str) -> Envelope:
    """Split a file into its parts, refusing anything that is not exactly one whole envelope
    of a format version this program knows."""
    if not data.startswith(MAGIC):
        if len(data) < len(MAGIC) and MAGIC.startswith(data):
            raise Rejected("truncated", _TRUNCATED)
        raise Rejected(
            "not_sync_file", msg("这不是 swdesk 同步文件（文件开头不对）。请选择 .swsync 文件。")
        )
    try:
        (hlen,) = struct.unpack_from(">I", data, 8)
        if hlen > MAX_HEADER:
            raise Rejected("malformed", msg("文件格式不对（文件头过长），文件可能已损坏或被改动。"))
        head = data[12 : 12 + hlen]
        (blen,) = struct.unpack_from(">Q", data, 12 + hlen)
    except struct.error:
        raise Rejected("truncated", _TRUNCATED) from None
    body_at = 20 + hlen
    end = body_at + blen + SIG_LEN
    if len(head) < hlen or len(data) < end:
        raise Rejected("truncated", _TRUNCATED)
    if len(data) > end:
        raise Rejected("malformed", msg("文件末尾有多余的内容，文件可能被改动过，没有导入。"))
    try:
        header = json.loads(head.decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError
    except (UnicodeDecodeError, ValueError):
        raise Rejected("malformed", msg("文件头无法读取，文件可能已损坏或被改动。")) from None
    fmt = header.get("format")
    if not isinstance(fmt, int):
        raise Rejected("malformed", msg("文件头缺少格式版本，文件可能已损坏或被改动。"))
    # The newest format of the kind the file says it is (a package opened as a receipt is
    # then refused as the wrong kind, not as a future format).
    known = max(READS.get(str(header.get("kind")), READS[kind]))
    if fmt > known:
        raise Rejected(
            "future_format",
            msg(
                "这个文件是更新版本的 swdesk 写的（同步格式第 {version} 版，本程序只认识到第 "
                "{known} 版）。请先升级本机的 swdesk 再导入。",
                version=fmt,
                known=known,
            ),
        )
    if header.get("kind") != kind:
        names = {"package": msg("数据包"), "receipt": msg("回执"), "enroll": msg("登记文件")}
        got = names.get(str(header.get("kind")), msg("未知类型的文件"))
        raise Rejected(
            "wrong_kind",
            msg("这是{got}，不是{wanted}。请选择正确的文件。", got=got, wanted=names[kind]),
        )
    return Envelope(
        header, data[body_at : body_at + blen], data[: end - SIG_LEN], data[end - SIG_LEN : end]
    )


def compress(plain: bytes, comp: str = "xz") -> bytes:
    if comp == "zstd":
        return zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(plain)
    return lzma.compress(plain, format=lzma.FORMAT_XZ, preset=6)


def decompress(body: bytes, declared: Any, comp: str = "xz") -> bytes:
    """Decompress no more than the size the signed header declares (zip-bomb guard)."""
    return b"".join(decompress_stream(body, declared, comp))


def decompress_stream(body: bytes, declared: Any, comp: str = "xz") -> Iterator[bytes]:
    """The body decompressed a piece at a time (each about ``_OUT_STEP`` bytes), for a reader
    that parses as it goes, never more than the size the signed header declares (zip-bomb
    guard): refused as soon as more comes out; a body cut short or not as long as declared,
    at the end. The frame's own declared size is not trusted (the signed header's is)."""
    if not isinstance(declared, int) or not 0 <= declared <= MAX_PLAIN:
        raise Rejected("bomb", msg("文件声明的解压后大小不合理，为安全起见没有解压。"))
    size = 0
    if comp == "zstd":
        zdec = zstandard.ZstdDecompressor().decompressobj()
        parts: list[bytes] = []
        held = 0
        try:
            for step in _steps(body):
                part = zdec.decompress(step)
                size += len(part)
                if size > declared:
                    break
                parts.append(part)
                held += len(part)
                if held >= _OUT_STEP:
                    yield b"".join(parts)
                    parts, held = [], 0
                if zdec.eof:
                    break
        except zstandard.ZstdError:
            raise Rejected("malformed", msg("文件内容无法解压，文件已损坏。")) from None
        eof = zdec.eof
        rest = b"".join(parts)
    else:
        xdec = lzma.LZMADecompressor(format=lzma.FORMAT_XZ)
        data = body
        came = True
        try:
            while size <= declared and not xdec.eof:
                part = xdec.decompress(data, max_length=min(_OUT_STEP, declared + 1 - size))
                data = b""
                size += len(part)
                if not part and (xdec.needs_input or not came):
                    break  # cut short (the end checks say so) or nothing more comes out
                came = bool(part)
                if size <= declared and part:
                    yield part
        except lzma.LZMAError:
            raise Rejected("malformed", msg("文件内容无法解压，文件已损坏。")) from None
        eof = xdec.eof
        rest = b""
    if size > declared or not eof:
        raise Rejected("bomb", msg("文件解压后比声明的大（疑似压缩炸弹），为安全起见没有导入。"))
    if size != declared:
        raise Rejected("malformed", msg("文件解压后大小与声明不符，文件已损坏。"))
    if rest:
        yield rest


def _steps(body: bytes) -> Iterator[bytes]:
    view = memoryview(body)
    for at in range(0, len(body), _ZSTD_STEP):
        yield view[at : at + _ZSTD_STEP].tobytes()


def read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise Rejected(
                "too_large",
                msg("文件 {file} 太大（超过 1 GB），不是 swdesk 同步文件。", file=path.name),
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise Rejected("missing", msg("找不到文件 {path}。", path=path)) from None
    except IsADirectoryError:
        raise Rejected("missing", msg("{path} 是文件夹，请选择同步文件。", path=path)) from None
    except OSError as e:
        raise Rejected(
            "unreadable",
            msg("无法读取文件 {path}：{error}。", path=path, error=atomic.read_reason(e)),
        ) from None


def write_atomic(path: Path, data: bytes) -> None:
    """All or nothing (``swdesk.atomic``), then read back: a stick pulled mid-write leaves no
    file under the final name, and a stick that lies about what it stored is caught here."""
    path = Path(path)
    atomic.write_atomic(path, data)
    if read_file(path) != data:
        raise RuleError(
            msg("写入 {path} 后读回的内容不一致，U盘可能有问题。请换一个U盘再导出。", path=path)
        )
