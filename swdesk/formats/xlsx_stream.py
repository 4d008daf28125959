"""A plain .xlsx written as a stream of rows, for sheets of tens of thousands of lines.

openpyxl, even in its write-only mode, turns every value into a cell object and serialises it
through an XML writer: for the 54,000-name list of a 100,000-worker county that was about
8 s of CPU (write-only saved almost nothing: the time is the per-cell serialisation, not
keeping the cells). Here each row is one formatted string: a few hundred milliseconds.

What it writes is deliberately small: sheets of values (numbers, text as inline strings,
formulas for strings starting with "="), a handful of fixed cell styles, column widths,
frozen header rows, the rows repeated on every printed page, and a page header and footer.
Anything richer belongs in openpyxl.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, NamedTuple
from xml.sax.saxutils import escape, quoteattr

from openpyxl.utils import get_column_letter

from swdesk.atomic import writing

# Cell styles (indexes into styles.xml's cellXfs below).
PLAIN, TITLE, HEADER, TEXT, BOLD = range(5)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0


class Styled(NamedTuple):
    """A value with one of the styles above (a bare value is ``PLAIN``)."""

    value: object
    style: int


@dataclass(frozen=True)
class Sheet:
    title: str
    rows: Iterable[Sequence[object]]
    widths: Sequence[float] = ()
    frozen_rows: int = 0  # rows kept in view while scrolling
    print_title_row: int = 0  # repeated at the top of every printed page (0: none)
    # The printed page's header and footer, centred: Excel's codes (&P, &N) work, a literal
    # "&" is written "&&".
    header: str = ""
    footer: str = ""


_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill>
<fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">\
<alignment horizontal="center"/></xf>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def _text(value: str) -> str:
    return escape(_ILLEGAL.sub("", value))


def _cell(ref: str, value: object, style: int) -> str:
    s = f' s="{style}"' if style else ""
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    text = str(value)
    if text.startswith("=") and style != TEXT:
        return f'<c r="{ref}"{s}><f>{_text(text[1:])}</f></c>'
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_text(text)}</t></is></c>'


def _row(r: int, values: Sequence[object], letters: list[str]) -> str:
    cells = []
    for c, v in enumerate(values):
        if v is None:
            continue
        while c >= len(letters):
            letters.append(get_column_letter(len(letters) + 1))
        if isinstance(v, Styled):
            if v.value is not None:
                cells.append(_cell(f"{letters[c]}{r}", v.value, v.style))
        else:
            cells.append(_cell(f"{letters[c]}{r}", v, PLAIN))
    return f'<row r="{r}">{"".join(cells)}</row>'


def _header_footer(text: str) -> str:
    return "&C" + text if text else ""


def _write_sheet(out: IO[str], sheet: Sheet) -> None:
    out.write(
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}">'
    )
    out.write('<sheetViews><sheetView workbookViewId="0">')
    if sheet.frozen_rows:
        top = f"A{sheet.frozen_rows + 1}"
        out.write(
            f'<pane ySplit="{sheet.frozen_rows}" topLeftCell="{top}" activePane="bottomLeft" '
            f'state="frozen"/><selection pane="bottomLeft" activeCell="{top}" sqref="{top}"/>'
        )
    out.write("</sheetView></sheetViews>")
    if sheet.widths:
        out.write("<cols>")
        for i, w in enumerate(sheet.widths, start=1):
            out.write(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>')
        out.write("</cols>")
    out.write("<sheetData>")
    letters: list[str] = []
    batch: list[str] = []
    for r, values in enumerate(sheet.rows, start=1):
        batch.append(_row(r, values, letters))
        if len(batch) >= 1000:
            out.write("".join(batch))
            batch = []
    out.write("".join(batch))
    out.write("</sheetData>")
    out.write(
        '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
    )
    if sheet.header or sheet.footer:
        out.write("<headerFooter>")
        if sheet.header:
            out.write(f"<oddHeader>{_text(_header_footer(sheet.header))}</oddHeader>")
        if sheet.footer:
            out.write(f"<oddFooter>{_text(_header_footer(sheet.footer))}</oddFooter>")
        out.write("</headerFooter>")
    out.write("</worksheet>")


def _sheet_name(title: str) -> str:
    return quoteattr(_ILLEGAL.sub("", title))


def write_xlsx(path: Path, sheets: Sequence[Sheet]) -> None:
    """Write the workbook all or nothing (``swdesk.atomic``)."""
    with writing(Path(path)) as f, zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
        n = len(sheets)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_SHEET_TYPE}"/>'
            for i in range(1, n + 1)
        )
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>",
        )
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">'
            '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument"/></Relationships>',
        )
        names = "".join(
            f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
            f"{_text(_quoted(s.title))}!${s.print_title_row}:${s.print_title_row}</definedName>"
            for i, s in enumerate(sheets)
            if s.print_title_row
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            + "".join(
                f'<sheet name={_sheet_name(s.title)} sheetId="{i}" r:id="rId{i}"/>'
                for i, s in enumerate(sheets, start=1)
            )
            + "</sheets>"
            + (f"<definedNames>{names}</definedNames>" if names else "")
            + "</workbook>",
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">'
            + "".join(
                f'<Relationship Id="rId{i}" Target="worksheets/sheet{i}.xml" '
                f'Type="{_REL}/worksheet"/>'
                for i in range(1, n + 1)
            )
            + f'<Relationship Id="rId{n + 1}" Target="styles.xml" Type="{_REL}/styles"/>'
            "</Relationships>",
        )
        z.writestr("xl/styles.xml", _STYLES)
        for i, sheet in enumerate(sheets, start=1):
            with z.open(f"xl/worksheets/sheet{i}.xml", "w") as raw:
                out = io.TextIOWrapper(raw, encoding="utf-8")
                _write_sheet(out, sheet)
                out.flush()
                out.detach()


def _quoted(title: str) -> str:
    """A sheet name as a formula refers to it: in single quotes, quotes doubled."""
    return "'" + title.replace("'", "''") + "'"
