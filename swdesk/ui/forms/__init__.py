"""Dialog layouts compiled from Designer's ``forms/*.ui`` by ``scripts/build_forms.py``.

The modules here are build output (git-ignored): ``forms/<name>.ui`` becomes ``<name>.py`` with
class ``Ui_<FormClass>``, whose ``setupUi(dialog)`` builds the widgets, layouts and texts into the
dialog and whose ``retranslateUi(dialog)`` sets the texts again after a language change. Texts are
translated in the form's class name as context, as ``pyside6-lupdate`` extracts them from the
``.ui``. ``bash dev.sh setup``, the bundle build and the test run compile them.
"""
