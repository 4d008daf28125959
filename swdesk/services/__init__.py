"""Operations that span the store and the file formats, one code path for the GUI and the CLI:
reading a file's layout belongs in ``formats`` and SQL in ``store``; what applies a file's
checked rows to the data file (or fills a demo file across several store areas) lives here."""
