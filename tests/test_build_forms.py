"""scripts/build_forms.py: a .ui is compiled when its module is missing or older, orphans go."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import build_forms

FORM = """<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>TinyDialog</class>
 <widget class="QDialog" name="TinyDialog">
  <layout class="QVBoxLayout" name="layout">
   <item>
    <widget class="QLabel" name="greeting">
     <property name="text"><string>{text}</string></property>
    </widget>
   </item>
  </layout>
 </widget>
</ui>
"""


def _tree(tmp_path: Path) -> tuple[Path, Path]:
    forms, out = tmp_path / "forms", tmp_path / "out"
    forms.mkdir()
    (forms / "tiny_dialog.ui").write_text(FORM.format(text="你好"), encoding="utf-8")
    return forms, out


def test_compiles_missing_then_only_changed_forms(tmp_path: Path) -> None:
    forms, out = _tree(tmp_path)
    assert build_forms.build(forms=forms, folder=out) == [out / "tiny_dialog.py"]
    code = (out / "tiny_dialog.py").read_text(encoding="utf-8")
    assert "class Ui_TinyDialog" in code
    assert 'QCoreApplication.translate("TinyDialog"' in code  # the context lupdate extracts
    assert "connectSlotsByName" not in code
    assert build_forms.build(forms=forms, folder=out) == []  # up to date: nothing to do
    ui = forms / "tiny_dialog.ui"
    ui.write_text(FORM.format(text="再见"), encoding="utf-8")
    later = (out / "tiny_dialog.py").stat().st_mtime + 5
    os.utime(ui, (later, later))
    assert build_forms.build(forms=forms, folder=out) == [out / "tiny_dialog.py"]
    assert "\\u518d\\u89c1" in (out / "tiny_dialog.py").read_text(encoding="utf-8")


def test_removes_modules_of_deleted_forms_but_keeps_the_package(tmp_path: Path) -> None:
    forms, out = _tree(tmp_path)
    out.mkdir()
    (out / "__init__.py").write_text('"""package"""\n', encoding="utf-8")
    (out / "gone_dialog.py").write_text("x = 1\n", encoding="utf-8")
    build_forms.build(forms=forms, folder=out)
    assert sorted(p.name for p in out.glob("*.py")) == ["__init__.py", "tiny_dialog.py"]


def test_a_broken_form_leaves_no_module(tmp_path: Path) -> None:
    forms, out = _tree(tmp_path)
    (forms / "tiny_dialog.ui").write_text("<ui><widget", encoding="utf-8")
    with pytest.raises(SystemExit):
        build_forms.build(forms=forms, folder=out)
    assert not list(out.glob("tiny_dialog.py*"))


def test_every_form_in_the_tree_is_compiled_and_current() -> None:
    """What conftest guarantees before any GUI test imports a dialog."""
    for ui in build_forms.FORMS.glob("*.ui"):
        assert not build_forms.stale(ui), ui.name
