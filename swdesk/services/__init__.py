"""Operations shared by the GUI and the CLI: each is one code path for both."""
