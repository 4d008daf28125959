"""Console entry point: a subcommand runs headless (swdesk.cli); none opens the GUI (swdesk.app)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from swdesk import cli

    args = sys.argv[1:] if argv is None else argv
    parsed = cli.parse(args)
    if isinstance(parsed, int):
        return parsed
    if parsed.command is None:
        from swdesk import app

        return app.run(parsed)
    return cli.run(parsed)


if __name__ == "__main__":
    sys.exit(main())
