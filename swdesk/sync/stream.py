"""Reading a package's content a table at a time, as it comes out of the decompressor.

A township's first package holds every row it has (30 townships × ~109,000 rows reach a
county at once); decoded whole, one package is ~110 MB of Python objects on top of its ~30 MB
of text. Here the text is decoded as it is decompressed and the document is parsed piece by
piece with the same decoder ``json.loads`` uses (``JSONDecoder.raw_decode``), so at most one
table's rows and a slice of text are held at a time.

Only the layout ``package.export`` writes is read this way::

    {"manifest": …, "tables": {"<name>": {"columns": […], "rows": [[…], …]}, …}, "blobs": …}

(keys in that order, each once, ``blobs`` optional, whitespace anywhere JSON allows it).
Anything else — another key order, a repeated key, a value of another type where a table's
rows belong, text that is not UTF-8 or not JSON — raises ``NotCanonical``: the caller then
reads the document whole with ``json.loads``, exactly as before, so every such file meets the
same checks and refusal reasons as it always did.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

_DECODER = json.JSONDecoder()  # what ``json.loads`` uses: the same values, the same limits
# Its scanner, as ``raw_decode`` calls it (StopIteration where raw_decode raises "Expecting
# value"): called directly for each row, the bulk of a package, without the wrapper.
_SCAN: Callable[[str, int], tuple[Any, int]] = _DECODER.scan_once  # type: ignore[attr-defined]
_BLANK = " \t\n\r"
_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace, as json.decoder skips it
# Text decoded before parsing goes on; a value cut by the end of the text is parsed again once
# at least as much text again has come (so a long value costs a bounded number of retries).
_STEP = 1 << 18


class NotCanonical(Exception):
    """The document is not laid out as ``package.export`` writes it (or is not JSON at all)."""


class _Text:
    """UTF-8 text decoded from ``chunks`` on demand, read from position ``pos`` of ``buf``."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._ended = False
        self.buf = ""
        self.pos = 0

    def more(self, at_least: int = 1) -> bool:
        """Append at least ``at_least`` characters (fewer at the end); False if none came."""
        got: list[str] = []
        n = 0
        try:
            while n < at_least and not self._ended:
                chunk = next(self._chunks, None)
                text = self._utf8.decode(b"" if chunk is None else chunk, chunk is None)
                self._ended = chunk is None
                got.append(text)
                n += len(text)
        except UnicodeDecodeError:
            raise NotCanonical from None
        if not n:
            return False
        self.buf = self.buf[self.pos :] + "".join(got)
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character after whitespace ("" at the end of the text)."""
        if self.pos < len(self.buf) and self.buf[self.pos] not in _BLANK:
            return self.buf[self.pos]
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more(_STEP):
                return ""

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            raise NotCanonical
        self.pos += 1

    def value(self) -> Any:
        """The next JSON value. A value that ends where the text read so far ends (a number)
        may go on in the next chunk: it is parsed again with more text."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                if self.more(max(_STEP, len(self.buf) - self.pos)):
                    continue
                raise NotCanonical from None
            if end == len(self.buf) and self.more(_STEP):
                continue
            self.pos = end
            return value

    def key(self, name: str) -> None:
        """The object key ``name`` and its colon."""
        if self.peek() != '"' or self.value() != name:
            raise NotCanonical
        self.expect(":")


def _rows(text: _Text) -> list[Any]:
    """A table's ``rows`` array, value by value (never the array's whole text at once). A row
    that ends before the text read so far does, right after a comma, is scanned directly;
    any other (cut by a chunk's end, after whitespace) the careful way, by ``value``."""
    text.expect("[")
    rows: list[Any] = []
    if text.peek() == "]":
        text.pos += 1
        return rows
    while True:
        buf, pos = text.buf, text.pos
        try:
            row, end = _SCAN(buf, pos)
            whole = end < len(buf)
        except (StopIteration, json.JSONDecodeError):
            whole = False
        if whole:
            text.pos = end
        else:
            row = text.value()
            buf, end = text.buf, text.pos
        rows.append(row)
        sep = buf[end] if end < len(buf) else text.peek()
        if sep in _BLANK:
            sep = text.peek()
        text.pos += 1
        if sep == "]":
            return rows
        if sep != ",":
            raise NotCanonical


def read_document(chunks: Iterable[bytes]) -> Iterator[tuple[str, Any]]:
    """The parts of a package's content in the order written: ``("manifest", value)``, then
    ``("table", (name, {"columns": …, "rows": […]}))`` for each table, then, once the whole
    text has been read and found to end there, ``("blobs", value)`` ({} when absent)."""
    text = _Text(chunks)
    text.expect("{")
    text.key("manifest")
    yield "manifest", text.value()
    text.expect(",")
    text.key("tables")
    text.expect("{")
    names: set[str] = set()
    if text.peek() == "}":
        text.pos += 1
    else:
        while True:
            if text.peek() != '"':
                raise NotCanonical
            name = text.value()
            if name in names:
                raise NotCanonical  # json.loads would keep the last one only
            names.add(name)
            text.expect(":")
            text.expect("{")
            text.key("columns")
            columns = text.value()
            text.expect(",")
            text.key("rows")
            table = {"columns": columns, "rows": _rows(text)}
            text.expect("}")
            del columns
            yield "table", (name, table)
            del table  # let the caller free the rows before the next table is read
            sep = text.peek()
            text.pos += 1
            if sep == "}":
                break
            if sep != ",":
                raise NotCanonical
    blobs: Any = {}
    if text.peek() == ",":
        text.pos += 1
        text.key("blobs")
        blobs = text.value()
    text.expect("}")
    if text.peek() != "":
        raise NotCanonical
    yield "blobs", blobs
