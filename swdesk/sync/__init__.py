"""Township ↔ county sync: enrollment, keys, signed and encrypted packages, receipts, merge.

Files travel by USB stick or e-mail; their format is described in ``docs/sync-format.md``.
"""
