"""PySide6's ``__feature__`` import hook, switched off in swdesk's GUI process.

Why: importing PySide6 replaces ``builtins.__import__`` by a hook that serves ``from __feature__
import snake_case, true_property``. For every import statement it looks at the caller's frame, and
for every module loaded after PySide6 it reads the module's whole source file
(``inspect.getsource``) to see whether it mentions PySide6 — about 0.3 ms a module. The window
loads some twenty modules after PySide6 before it is on screen (and more as each page opens);
the hook was ~2.5 % of everything a start does (22 M of 915 M instructions, measured with
callgrind on bench/gui_child.py). swdesk uses no ``__feature__`` (tests/test_feature_hook.py fails
if a module ever does), so the hook does nothing for it.

Only that hook goes: the import it hands over to (``builtins.__orig_import__``, PySide6's lazy
class loader) stays. A PySide6 without this arrangement is left exactly as it is.

Importing this module does it (swdesk.app imports it right after PySide6, before any module of
swdesk.ui), so the modules loaded next are already spared.
"""

from __future__ import annotations

import builtins

import PySide6.QtCore  # noqa: F401  (installs the hook this module removes)


def drop_feature_hook() -> bool:
    """Put PySide6's own next import back in place of its feature hook; True if it was there."""
    hook = getattr(builtins, "__feature_import__", None)
    underlying = getattr(builtins, "__orig_import__", None)
    if hook is None or underlying is None or builtins.__import__ is not hook:
        return False
    setattr(builtins, "__import__", underlying)  # noqa: B010  (mypy: a function, not a name)
    return True


drop_feature_hook()
