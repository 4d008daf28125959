"""Refresh resources/translations/swdesk_en.ts from the sources and fill it from en_glossary.py.

One command after changing interface strings::

    .venv/bin/python scripts/update_translations.py            # refresh, fill, build the .qm
    .venv/bin/python scripts/update_translations.py --check    # …and exit 1 if anything is untranslated

Steps: ``pyside6-lupdate`` extracts ``self.tr()``, ``QCoreApplication.translate()`` and
``QT_TRANSLATE_NOOP()`` (also under the alias ``_N`` that swdesk/core/enums.py uses) from
``swdesk/**/*.py`` and ``forms/*.ui`` into the .ts, keeping existing translations and dropping
strings no longer in the sources; every message the glossary knows is then set from it (the
glossary wins, so English is reviewed in one Python file); a second lupdate pass writes the file
back in Qt's own layout so diffs stay small; finally the .qm is rebuilt. Strings the glossary
lacks are printed as lines ready to paste into ``scripts/en_glossary.py``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_forms
import build_translations
import en_glossary

ROOT = build_translations.ROOT
TS_FILE = build_translations.TRANSLATIONS / "swdesk_en.ts"
# Aliases of Qt's marker functions used in our sources (enums.py: ``QT_TRANSLATE_NOOP as _N``;
# swdesk/core/i18n.py: ``msg(template, **args)``, whose templates land in the empty context).
TR_ALIASES = "QT_TRANSLATE_NOOP+=_N,QT_TR_NOOP+=msg"
# tr(f"…") is extracted with the braces but never matches at run time: the text is built first.
_FSTRING_TR = re.compile(r"""\b(?:tr|translate|msg)\(\s*(?:["'][^"']*["']\s*,\s*)?[fF]["']""")
# def _tr(text): return QCoreApplication.translate("Ctx", text) — lupdate cannot see _tr("…") calls.
_WRAPPER = re.compile(
    r"""def\s+(\w+)\(\s*(\w+)[^)]*\)[^:]*:\s*(?:""\".*?""\"\s*)?"""
    r"""return\s+(?:QCoreApplication\.)?translate\(\s*["']([^"']+)["']\s*,\s*\2\s*\)""",
    re.S,
)


def sources() -> list[Path]:
    """swdesk's Python and the .ui forms; not the forms' compiled copies (same strings again)."""
    py = [
        p
        for p in (ROOT / "swdesk").rglob("*.py")
        if "__pycache__" not in p.parts
        and (p.parent != build_forms.OUTPUT or p.name == build_forms.PACKAGE_FILE)
    ]
    return sorted(py) + sorted((ROOT / "forms").glob("*.ui"))


def lupdate(files: list[Path], ts: Path) -> None:
    cmd = [
        build_translations.qt_tool("pyside6-lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "zh_CN",
        "-target-language",
        "en",
        "-tr-function-alias",
        TR_ALIASES,
        *(str(f.relative_to(ROOT)) for f in files),
        "-ts",
        str(ts.resolve()),
    ]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit("pyside6-lupdate 失败")
    # lupdate reports unparsable calls on stderr but still succeeds: show them.
    noise = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    for line in noise:
        print(f"lupdate: {line}", file=sys.stderr)


@dataclass
class FillResult:
    total: int = 0
    filled: int = 0
    changed: list[str] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)


def _set(message: ET.Element, value: en_glossary.Translation) -> bool:
    """Put ``value`` into the message's <translation>; True if that changed anything."""
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation")
    before = ET.tostring(tr, encoding="unicode")
    numerus = message.get("numerus") == "yes"
    if numerus:
        forms = (value, value) if isinstance(value, str) else value
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        if not isinstance(value, str):
            raise SystemExit(
                f"en_glossary：“{message.findtext('source')}”不是 %n 消息，译文应为字符串"
            )
        tr.text = value
    tr.attrib.pop("type", None)
    return ET.tostring(tr, encoding="unicode") != before


def _translated(message: ET.Element) -> bool:
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        return all((f.text or "").strip() for f in tr.findall("numerusform"))
    return bool((tr.text or "").strip())


def fill(ts: Path) -> FillResult:
    """Apply the glossary to every message of ``ts`` and rewrite it."""
    tree = ET.parse(ts)
    result = FillResult()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            result.total += 1
            value = en_glossary.lookup(name, source)
            if value is None:
                if not _translated(message):
                    result.missing.append((name, source))
                continue
            was_translated = _translated(message)
            if _set(message, value):
                if was_translated:
                    result.changed.append(f"{name}: {source}")
                else:
                    result.filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return result


def new_ts(ts: Path) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="en" sourcelanguage="zh_CN">\n</TS>\n',
        encoding="utf-8",
    )


def source_warnings(files: list[Path]) -> list[str]:
    """Strings that are meant to be translated but that lupdate will never extract."""
    out = []
    for path in files:
        if path.suffix != ".py":
            continue
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        wrappers = {m.group(1): m.group(3) for m in _WRAPPER.finditer(text)}
        calls = re.compile(r"\b(" + "|".join(map(re.escape, wrappers)) + r")\(\s*[rR]?[\"']")
        for no, line in enumerate(text.splitlines(), 1):
            if _FSTRING_TR.search(line):
                out.append(
                    f"{where}:{no}: f-string inside tr()/translate()/msg() never matches a translation; "
                    "use .format() after tr(), or msg(template, name=value)"
                )
            if wrappers and (m := calls.search(line)):
                context = wrappers[m.group(1)]
                out.append(
                    f'{where}:{no}: lupdate does not see {m.group(1)}("…"); write '
                    f'QCoreApplication.translate("{context}", "…") or mark the text with '
                    f'QT_TRANSLATE_NOOP("{context}", "…")'
                )
    return out


def update(ts: Path = TS_FILE) -> FillResult:
    files = sources()
    if not ts.exists():
        new_ts(ts)
    lupdate(files, ts)
    result = fill(ts)
    lupdate(files, ts)  # back into lupdate's own layout, for reviewable diffs
    for warning in source_warnings(files):
        print(f"warning: {warning}", file=sys.stderr)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if any message is left untranslated"
    )
    args = parser.parse_args(argv)
    result = update()
    build_translations.build()
    print(
        f"{TS_FILE.relative_to(ROOT)}: {result.total} messages, {result.filled} newly filled, "
        f"{len(result.changed)} changed from the glossary, {len(result.missing)} untranslated"
    )
    for item in result.changed:
        print(f"  changed: {item}")
    if result.missing:
        print("Add these to scripts/en_glossary.py (COMMON, or BY_CONTEXT for one context):")
        for context, source in result.missing:
            print(f"    {source!r}: '',  # {context}")
    return 1 if args.check and result.missing else 0


if __name__ == "__main__":
    sys.exit(main())
