"""gettext catalogs: strict PO parsing and byte-stable writing, msgfmt-exact MO files,
fuzzy merging, statistics, extraction and the project's catalog layout.

Pure functions over values; `localize.services.catalogs` does the file I/O.
"""
