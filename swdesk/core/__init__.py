"""Pure rules of the domain. Imports nothing of ours, no Qt and no SQL (enforced by import-linter)."""
