"""Packages to and from the county (built in a later issue)."""
