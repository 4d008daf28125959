"""Console entry point: a subcommand runs headless (swdesk.cli); none opens the GUI (swdesk.app).

A plain GUI start (only ``--db``, ``--lang``, ``--self-test``) is recognised here without
importing ``swdesk.cli``: building the full parser imports every command area and with them the
store, Excel and report code — ~50 ms a user would wait for on every start of the window. Any
other argument list (a command, ``--help``, a typo) goes to the full parser, which handles or
reports it.
"""

from __future__ import annotations

import argparse
import gc
import sys

from swdesk import qt_preload

# The top-level options of ``swdesk.cli.build_parser`` that a GUI start may carry (kept equal
# by tests/test_cli.py::test_gui_fast_path_agrees_with_the_full_parser).
GUI_VALUE_OPTIONS = ("--db", "--lang")
GUI_FLAG_OPTIONS = ("--self-test",)
LANGUAGES = ("zh_CN", "en")


def gui_args(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain GUI start, or None when the full parser must judge them."""
    values: dict[str, object] = {"db": None, "lang": None, "self_test": False, "command": None}
    tokens = iter(argv)
    for token in tokens:
        if token in GUI_FLAG_OPTIONS:
            values["self_test"] = True
            continue
        name, eq, value = token.partition("=")
        if name not in GUI_VALUE_OPTIONS:
            return None
        if not eq:
            following = next(tokens, None)
            if following is None or following.startswith("-"):
                return None  # argparse's own message for a missing value
            value = following
        if name == "--lang" and value not in LANGUAGES:
            return None
        values[name[2:]] = value
    return argparse.Namespace(**values)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    parsed = gui_args(args)
    if parsed is None:
        from swdesk import cli

        full = cli.parse(args)
        if isinstance(full, int):
            return full
        if full.command is not None:
            return cli.run(full)
        parsed = full
    # Start-up creates tens of thousands of objects that live as long as the program (modules,
    # classes, Qt's enums); cyclic collections over them are wasted work (~5 ms) while the
    # window is being put on screen. swdesk.app turns collection back on once it has painted.
    gc.disable()
    try:
        # Qt's libraries load on another core meanwhile (swdesk.qt_preload).
        qt_preload.start()
        _load_data_layer()
        from swdesk import app

        return app.run(parsed)
    finally:
        gc.enable()


def _load_data_layer() -> None:
    """Import the window's Qt-free modules before ``swdesk.app`` loads PySide6.

    Once loaded, PySide6 hooks every import and reads the new module's source to look for
    ``from __feature__ import …``: ~0.3 ms a module, ~10 ms for the ~40 modules of the data
    layer, which need no such check. (tests/test_entry.py lists what is still imported after.)
    """
    import array  # noqa: F401  (the worker list's rowids)

    import swdesk.formats.fonts  # the font files the window's font is looked for in
    import swdesk.logsetup
    import swdesk.store
    import swdesk.store.backup
    import swdesk.ui  # noqa: F401  (the package; its modules import PySide6)


if __name__ == "__main__":
    sys.exit(main())
