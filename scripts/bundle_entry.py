"""Entry script of the PyInstaller bundle (build.spec): the same ``main`` as the ``swdesk`` command.

A separate file rather than ``swdesk/entry.py`` so PyInstaller does not put the ``swdesk/``
folder itself on the module path (which would make ``paths``, ``cli``… importable top-level).
"""

import sys

from swdesk.entry import main

if __name__ == "__main__":
    sys.exit(main())
