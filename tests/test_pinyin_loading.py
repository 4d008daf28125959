"""pypinyin loaded without its phrase dictionary reads every character as the full load does.

``core.names`` imports pypinyin with ``PYPINYIN_NO_PHRASES`` (0.3 s less for the first roster
import or name sort); these tests hold that a character's reading does not depend on it and
that the switches do not leak into the rest of the process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Every character of the names the demo data and the tests use, surnames read otherwise, and
# characters that have several readings (a phrase dictionary could only matter for those).
_CHARS = "张王李赵刘陈杨黄吴周徐孙马朱胡郭何高林罗曾单解仇查朴区乐盖缪翟覃种秘召繁员黑隗宓能句行长重还发着了都和"

_FULL = (
    "import json, sys\n"
    "from pypinyin import Style, lazy_pinyin\n"
    "print(json.dumps([lazy_pinyin(c, style=Style.NORMAL, errors='ignore') for c in sys.argv[1]]))"
)
_SWDESK = (
    "import json, os, sys\n"
    "from swdesk.core import names\n"
    "out = [names._single_char_pinyin()(c) for c in sys.argv[1]]\n"
    "import pypinyin.constants as k\n"
    "print(json.dumps({'out': out, 'phrases': len(k.PHRASES_DICT),\n"
    "    'env': [os.environ.get(v) for v in ('PYPINYIN_NO_PHRASES', 'PYPINYIN_NO_DICT_COPY')]}))"
)


def _run(code: str) -> object:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYPINYIN_")}
    done = subprocess.run(
        [sys.executable, "-c", code, _CHARS], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(done.stdout)


def test_single_characters_read_as_with_the_phrase_dictionary() -> None:
    full = _run(_FULL)
    mine = _run(_SWDESK)
    assert isinstance(mine, dict)
    assert mine["phrases"] == 0  # the phrase dictionary was really left out
    assert mine["out"] == full
    assert mine["env"] == [None, None]  # the switches were only set for the import


def test_pinyin_keys_unchanged() -> None:
    from swdesk.core.names import pinyin_keys

    assert pinyin_keys("张三") == ("zs", "zhangsan")
    assert pinyin_keys("曾小明") == ("zxm", "zengxiaoming")
    assert pinyin_keys("单田芳") == ("stf", "shantianfang")
