"""Cell and row tags with a namespace prefix (``<x:c>``, ``<x:row>``) are sized by the full
scan, whichever tag shape follows the prefix; a ``:c`` that is not a tag changes nothing."""

from __future__ import annotations

import pytest

from swdesk.formats.xlsx_guard import placed_size


@pytest.mark.parametrize(
    "cell",
    [b'<x:c r="XFD5"/>', b'<x:c r="XFD5"></x:c>', b"<x:c\tr='XFD5'/>", b'<x:c r="XFD5">1</x:c>'],
)
def test_a_prefixed_far_cell_is_found(cell: bytes) -> None:
    data = b'<sheetData><row r="5">' + cell + b"</row></sheetData>"
    assert placed_size(data, 100, 30) == (5, 16384, 5)


def test_a_prefixed_row_is_followed() -> None:
    data = b'<sheetData><x:row r="2000"><c r="A2000"/></x:row></sheetData>'
    assert placed_size(data, 100, 30)[0] == 2000


def test_text_with_a_colon_c_is_no_tag() -> None:
    data = (
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a:cb</t></is></c></row></sheetData>'
    )
    assert placed_size(data, 100, 30) is None
    far = data.replace(b'r="A1"', b'r="XFD1"')
    assert placed_size(far, 100, 30) == (1, 16384, 1)
