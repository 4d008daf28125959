"""swdesk: offline files of township social workers, with county sync."""

__version__ = "0.1.0"
APP_NAME = "swdesk"
