"""QR codes for the appraisal sheets' footers, encoded fast enough for a round of 500 sheets.

Why not reportlab's encoder as is: it builds the whole symbol in pure Python objects (bit
buffers, polynomial objects, one mask call per module) — ~2.5 ms a code, more than drawing the
rest of a sheet. Every footer code of a round has the same version and mask, so what only
depends on those (finder, timing and alignment patterns, format and version information, the
order data modules are placed in, the mask) is taken once from reportlab's own encoder and
cached; per code only the data codewords and their Reed–Solomon check words are computed, with
integer arithmetic. The result is the same symbol reportlab makes for that mask (tested).

Level M. Text in the QR alphanumeric set (digits, A–Z, space, ``$%*+-./:``) is encoded here;
anything else goes through reportlab's encoder unchanged.
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.graphics.barcode import qrencoder as Q

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM = {c: i for i, c in enumerate(ALPHANUMERIC)}
_LEVEL = Q.QRErrorCorrectLevel.M
DEFAULT_MASK = 0

# GF(256) with the QR primitive polynomial x^8 + x^4 + x^3 + x^2 + 1
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


def _mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


@cache
def _generator(ec: int) -> tuple[int, ...]:
    """For each possible leading factor f: f × (generator without its leading 1), as one int.

    The Reed–Solomon remainder is then one shift, one xor and one table look-up per data byte.
    """
    gen = [1]
    for i in range(ec):
        nxt = [0] * (len(gen) + 1)
        for j, g in enumerate(gen):
            nxt[j] ^= g
            nxt[j + 1] ^= _mul(g, _EXP[i])
        gen = nxt
    tail = gen[1:]
    return tuple(int.from_bytes(bytes(_mul(f, g) for g in tail), "big") for f in range(256))


def _ecc(data: bytes, ec: int) -> bytes:
    table = _generator(ec)
    shift = 8 * (ec - 1)
    keep = (1 << (8 * ec)) - 1
    r = 0
    for b in data:
        r = ((r << 8) & keep) ^ table[(r >> shift) ^ b]
    return r.to_bytes(ec, "big")


@cache
def _blocks(version: int) -> tuple[tuple[int, int], ...]:
    """(total, data) codewords of each block."""
    return tuple((b.totalCount, b.dataCount) for b in Q.QRRSBlock.getRSBlocks(version, _LEVEL))


def _length_bits(version: int) -> int:
    return 9 if version < 10 else 11 if version < 27 else 13


def _version(n_chars: int) -> int:
    bits = 11 * (n_chars // 2) + 6 * (n_chars % 2)
    for version in range(1, 41):
        capacity = 8 * sum(d for _, d in _blocks(version))
        if 4 + _length_bits(version) + bits <= capacity:
            return version
    raise ValueError("text too long for a QR code")


def _codewords(text: str, version: int) -> bytes:
    """Data codewords then check words, interleaved by block as the symbol stores them."""
    blocks = _blocks(version)
    capacity = sum(d for _, d in blocks)
    acc = 0b0010
    acc = (acc << _length_bits(version)) | len(text)
    n = 4 + _length_bits(version)
    for i in range(0, len(text) - 1, 2):
        acc = (acc << 11) | (_ALNUM[text[i]] * 45 + _ALNUM[text[i + 1]])
        n += 11
    if len(text) % 2:
        acc = (acc << 6) | _ALNUM[text[-1]]
        n += 6
    if n + 4 <= capacity * 8:  # terminator
        acc <<= 4
        n += 4
    pad = -n % 8
    acc <<= pad
    n += pad
    data = acc.to_bytes(n // 8, "big") + bytes(
        (0xEC, 0x11)[i % 2] for i in range(capacity - n // 8)
    )
    pieces: list[bytes] = []
    checks: list[bytes] = []
    at = 0
    for total, count in blocks:
        pieces.append(data[at : at + count])
        checks.append(_ecc(data[at : at + count], total - count))
        at += count
    out = bytearray()
    for group in (pieces, checks):
        for i in range(max(len(p) for p in group)):
            out.extend(p[i] for p in group if i < len(p))
    return bytes(out)


@cache
def _layout(version: int, mask: int) -> tuple[int, str, tuple[int, ...], int, int]:
    """Everything that depends only on version and mask, from reportlab's encoder.

    Returns (modules per side, the symbol with its data modules cleared as a '0'/'1' string
    row by row, for each module the index into that string + data bits, the mask over the
    data modules as an int, the number of data modules).
    """
    q = Q.QRCode(version, _LEVEL)
    q.addData("")
    q.makeImpl(False, mask)
    n = q.moduleCount
    positions = [(row, col) for col, row in q.dataPosIterator()]
    flat = ["1" if q.modules[r][c] else "0" for r in range(n) for c in range(n)]
    perm = list(range(n * n))
    masker = Q.QRUtil.getMask(mask)
    mask_bits = 0
    for k, (r, c) in enumerate(positions):
        perm[r * n + c] = n * n + k
        mask_bits = (mask_bits << 1) | bool(masker(r, c))
    return n, "".join(flat), tuple(perm), mask_bits, len(positions)


def qr_rows(text: str, mask: int = DEFAULT_MASK) -> list[str]:
    """The symbol as rows of '1' (dark) and '0' (light), top row first."""
    if not text or any(c not in _ALNUM for c in text):
        return _reportlab_rows(text, mask)
    version = _version(len(text))
    n, skeleton, perm, mask_bits, count = _layout(version, mask)
    words = _codewords(text, version)
    nbits = 8 * len(words)
    data = int.from_bytes(words, "big") << (count - nbits) if count >= nbits else 0
    bits = format(data ^ mask_bits, f"0{count}b")
    flat = "".join(map((skeleton + bits).__getitem__, perm))
    return [flat[i : i + n] for i in range(0, n * n, n)]


def _reportlab_rows(text: str, mask: int) -> list[str]:
    q = Q.QRCode(None, _LEVEL)
    q.addData(text)
    q.version = q.calculate_version()
    q.makeImpl(False, mask)
    return ["".join("1" if m else "0" for m in row) for row in q.modules]


_DARK = re.compile("1+")


def rect_ops(rows: list[str], border: int = 1) -> str:
    """PDF path operators in module units (origin at the lower left of the quiet zone): one
    ``re`` per horizontal run of dark modules, all in one path, closed by one fill."""
    count = len(rows)
    ops = []
    for r, row in enumerate(rows):
        bottom = count - 1 - r + border
        for m in _DARK.finditer(row):
            ops.append(f"{m.start() + border} {bottom} {m.end() - m.start()} 1 re")
    ops.append("f")
    return "\n".join(ops)
