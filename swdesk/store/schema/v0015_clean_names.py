"""Step 15 (data only): names and text stored before input was made plain are made plain too.

New input goes through ``core.text.clean_text`` (zero-width spaces, byte-order marks, soft
hyphens and direction marks removed; compatibility forms folded by NFKC unless a Chinese
character would change). Rows written before still hold such characters, so ``王\\u200b五`` is
never found by searching 王五. This step cleans them once, the way input is cleaned now:

- worker names (also without spaces, as a name is stored), ID numbers (without spaces, in
  capitals), 专业 and 备注; certificate numbers; village names and training titles, organisers
  and places (as sentences: only full-width letters and digits folded, Chinese punctuation kept);
- a control character (a tab, a line break, a NUL: two cells that ran together) cannot be
  refused in a stored row the way it is at input, so it becomes a space (a 备注 keeps its
  line breaks);
- a value of plain printable ASCII is left as it is (the old input had made it plain);
- an ID number whose clean form another worker already has is left as it is (the two are the
  same person's rows, which a person sorts out, not this step).

Every row changed gets a new version and ``rev``, so the change travels to the county. A county
file is left as it is: its townships' rows arrive cleaned in their next package.

A worker whose name or ID number changed loses its search terms; the store indexes every worker
without terms once the file's steps have run (``store.workers.index_missing``), since the terms
need the pinyin of the live code, which a frozen step must not import. Its name sort key
(``name_sort``, step 14) is cleared likewise and made again on open (``store.name_order``).

The cleaning is copied here, not imported: a step must give the same result whatever the live
code later becomes.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_REV = "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'rev')"
_TOUCH = f"version = version + 1, updated_at = {_NOW}, rev = {_REV}"

_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff]"
)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_CONTROL_BUT_LINE_BREAK = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]+")
_FULL_WIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")

# Per table, (column, how, required): how is "name" a person's name, "id" an ID number, "line"
# one line of text, "note" text with line breaks, "prose" a title or place (Chinese punctuation
# kept). A required column that would be left empty keeps its value; an optional one is NULL.
_COLUMNS = {
    "workers": (
        ("name", "name", True),
        ("id_number", "id", True),
        ("major", "line", False),
        ("notes", "note", False),
    ),
    "certificates": (("cert_number", "line", False),),
    "villages": (("name", "prose", True),),
    "training_events": (
        ("title", "prose", True),
        ("organizer", "prose", False),
        ("place", "prose", False),
    ),
}


def _fold(text: str) -> str:
    """NFKC, leaving a character whose folding would change a Chinese character as it is."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch and any(unicodedata.name(c, "").startswith("CJK") for c in folded):
            out.append(unicodedata.normalize("NFKC", "".join(run)))
            out.append(ch)
            run.clear()
        else:
            run.append(ch)
    out.append(unicodedata.normalize("NFKC", "".join(run)))
    return "".join(out)


def clean(value: str, how: str) -> str:
    """``value`` as input is stored now (see the module)."""
    if value.isascii() and value.isprintable():
        return value  # nothing the old input let through: left as it is
    text = _INVISIBLE.sub("", value)
    if how == "prose":
        text = _FULL_WIDTH_ALNUM.sub(lambda m: chr(ord(m.group()) - 0xFEE0), text)
    else:
        text = _fold(text)
    if how == "note":
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = _CONTROL_BUT_LINE_BREAK.sub(" ", text)
    else:
        text = _CONTROL.sub(" ", text)
    return _plain(text, how)


def _plain(text: str, how: str) -> str:
    text = text.strip()
    if how == "name":
        return text.replace(" ", "")
    if how == "id":
        return text.replace(" ", "").upper()
    return text


def apply(c: sqlite3.Connection) -> None:
    role = c.execute("SELECT value FROM meta WHERE key = 'role'").fetchone()
    if role is not None and role[0] == "county":
        return
    changes: dict[str, list[tuple[int, dict[str, str | None]]]] = {}
    for table, columns in _COLUMNS.items():
        names = ", ".join(col for col, _, _ in columns)
        found = []
        for rowid, *values in c.execute(f"SELECT rowid, {names} FROM {table}"):
            new: dict[str, str | None] = {}
            for (col, how, required), value in zip(columns, values, strict=True):
                if not isinstance(value, str):
                    continue
                plain = clean(value, how)
                if plain == value or (required and not plain):
                    continue
                new[col] = plain or None
            if new:
                found.append((rowid, new))
        changes[table] = found
    if not any(changes.values()):
        return
    c.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'rev'")
    sort_column = c.execute(
        "SELECT 1 FROM pragma_table_info('workers') WHERE name = 'name_sort'"
    ).fetchone()
    reindex: list[int] = []
    for table, rows in changes.items():
        for rowid, new in rows:
            if table == "workers" and "id_number" in new:
                taken = c.execute(
                    "SELECT 1 FROM workers WHERE id_number = ? AND rowid != ?",
                    (new["id_number"], rowid),
                ).fetchone()
                if taken is not None:
                    del new["id_number"]
            if not new:
                continue
            sets = ", ".join(f"{col} = ?" for col in new)
            if table == "workers" and "name" in new and sort_column:
                sets += ", name_sort = NULL"
            c.execute(
                f"UPDATE {table} SET {sets}, {_TOUCH} WHERE rowid = ?", (*new.values(), rowid)
            )
            if table == "workers" and ("name" in new or "id_number" in new):
                reindex.append(rowid)
    for start in range(0, len(reindex), 500):
        chunk = reindex[start : start + 500]
        c.execute(f"DELETE FROM worker_search WHERE wid IN ({', '.join('?' * len(chunk))})", chunk)
