"""Use cases (captions, catalogs, glossary, translate): values in, result dataclasses out; never print."""
