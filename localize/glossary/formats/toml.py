"""The canonical format: TOML, hand-editable and diff-friendly, with comments for sources.

```toml
[glossary]
name = "mental-health"

[sources]
Pap = "https://papageno-suicide.com/les-bons-mots/choisir-les-bons-mots"

[[concept]]
id = "died-by-suicide"
category = "safe-messaging"
risk = "high"
sources = ["Samaritans", "RoS"]

[concept.lang.en]
terms = [
  { text = "die by suicide", status = "preferred" },
  { text = "commit suicide", status = "forbidden", replacement = "die by suicide", reason = "..." },
]

[[crisis]]
market = "GB"
name = "Samaritans"
number = "116 123"
```

tomllib does not report positions, so a small scan of the raw lines finds where each
concept, key and term is written; every error names that line.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from typing import Any

from ...errors import GlossaryError
from ...i18n import _
from ...languages import SUPPORTED_CODES
from ..termbase import GlossaryData
from .jsonish import (
    concept_from_data,
    concept_to_data,
    crisis_from_data,
    crisis_to_data,
)

_HEADER_KEYS = ("name", "description", "languages")
_TOP_KEYS = ("glossary", "sources", "concept", "crisis")
_CONCEPT_HEADER = re.compile(r"^\s*\[\[\s*concept\s*\]\]")
_CRISIS_HEADER = re.compile(r"^\s*\[\[\s*crisis\s*\]\]")


_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
_LANG_HEADER = re.compile(r"^\s*\[\s*concept\.lang\.\"?([^\]\"]+)\"?\s*\]")


class _Locator:
    """Where things are written in the raw text, found in one pass (tomllib keeps no positions).

    For every [[concept]] / [[crisis]] block: its header line, the first line of each key,
    and the first line of each quoted string (a term's text), per language table.
    """

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.concepts: list[int] = []
        self.crisis: list[int] = []
        self._keys: dict[tuple[str, int], dict[str, int]] = {}
        self._strings: dict[tuple[str, int], dict[str, int]] = {}
        self.term_lines: dict[tuple[str, int, str], dict[str, int]] = {}
        self.lang_lines: dict[tuple[int, str], int] = {}
        block: tuple[str, int] | None = None
        lang = ""
        for number, line in enumerate(self.lines, 1):
            if _CONCEPT_HEADER.match(line):
                self.concepts.append(number)
                block, lang = ("concept", len(self.concepts) - 1), ""
                continue
            if _CRISIS_HEADER.match(line):
                self.crisis.append(number)
                block, lang = ("crisis", len(self.crisis) - 1), ""
                continue
            if block is None:
                continue
            header = _LANG_HEADER.match(line)
            if header:
                lang = header.group(1)
                if block[0] == "concept":
                    self.lang_lines.setdefault((block[1], lang), number)
                continue
            key = _KEY.match(line)
            if key:
                self._keys.setdefault(block, {}).setdefault(key.group(1), number)
            if '"' in line:
                strings = self._strings.setdefault(block, {})
                per_lang = self.term_lines.setdefault((block[0], block[1], lang), {})
                for raw in _QUOTED.findall(line):
                    value = raw
                    if "\\" in raw:
                        try:
                            value = json.loads(f'"{raw}"')
                        except ValueError:
                            pass
                    strings.setdefault(value, number)
                    per_lang.setdefault(value, number)

    def finder(self, kind: str, index: int) -> Any:
        headers = self.concepts if kind == "concept" else self.crisis
        if index >= len(headers):
            return lambda needle: None
        start = headers[index]
        keys = self._keys.get((kind, index), {})
        strings = self._strings.get((kind, index), {})

        def where(needle: str | None) -> int | None:
            if needle:
                return strings.get(needle) or keys.get(needle) or start
            return start

        return where


def read_toml(text: str, path: str | None = None, *, locate: bool = True) -> GlossaryData:
    """Parse the canonical TOML. `locate=False` skips the line scan (loading for matching):
    on an error the text is parsed again with positions, so messages still name the line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = re.search(r"\(at line (\d+), column \d+\)", message)
        line = int(match.group(1)) if match else None
        if line is None and "at end of document" in message:
            line = max(1, len(text.splitlines()))
        message = re.sub(r"\s*\((?:at line \d+, column \d+|at end of document)\)", "", message)
        raise GlossaryError(
            _("invalid TOML: {details}").format(details=message), path=path, line=line
        ) from None
    if not locate:
        try:
            return data_to_glossary(
                data, path, None, relocate=lambda: data_to_glossary(data, path, _Locator(text))
            )
        except GlossaryError:
            pass  # parse again with positions for a precise line
    return data_to_glossary(data, path, _Locator(text))


def data_to_glossary(
    data: Mapping[str, Any],
    path: str | None,
    locator: _Locator | None = None,
    relocate: Any = None,
) -> GlossaryData:
    locator = locator or _Locator("")
    for key in data:
        if key not in _TOP_KEYS:
            raise GlossaryError(
                _("unknown top-level key {key!r} (expected one of: {allowed})").format(
                    key=key, allowed=", ".join(_TOP_KEYS)
                ),
                path=path,
                line=_top_line(locator, key),
            )
    header = data.get("glossary", {})
    if not isinstance(header, Mapping):
        raise GlossaryError(
            _("[glossary] must be a table"), path=path, line=_top_line(locator, "glossary")
        )
    for key in header:
        if key not in _HEADER_KEYS:
            raise GlossaryError(
                _("unknown key {key!r} in [glossary]").format(key=key),
                path=path,
                line=_top_line(locator, key),
            )
    languages = header.get("languages", list(SUPPORTED_CODES))
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        raise GlossaryError(
            _("'languages' must be a list of language codes"),
            path=path,
            line=_top_line(locator, "languages"),
        )
    sources = data.get("sources", {})
    if not isinstance(sources, Mapping) or not all(isinstance(v, str) for v in sources.values()):
        raise GlossaryError(
            _("[sources] must map source keys to strings"),
            path=path,
            line=_top_line(locator, "sources"),
        )
    raw_concepts = data.get("concept", [])
    raw_crisis = data.get("crisis", [])
    if not isinstance(raw_concepts, list):
        raise GlossaryError(
            _("'concept' must be an array of tables ([[concept]])"),
            path=path,
            line=_top_line(locator, "concept"),
        )
    if not isinstance(raw_crisis, list):
        raise GlossaryError(
            _("'crisis' must be an array of tables ([[crisis]])"),
            path=path,
            line=_top_line(locator, "crisis"),
        )
    concepts = []
    lines: list[int | None] = []
    overrides = set()
    term_lines: dict[tuple[str, str, str], int] = {}
    entry_lines: dict[tuple[str, str], int] = {}
    for index, item in enumerate(raw_concepts):
        where = locator.finder("concept", index)
        concept, override = concept_from_data(item, path, where, tuple(languages))
        concepts.append(concept)
        lines.append(where(None))
        if override:
            overrides.add(concept.id)
        for code in concept.languages:
            if (index, code) in locator.lang_lines:
                entry_lines[(concept.id, code)] = locator.lang_lines[(index, code)]
            for text, line in locator.term_lines.get(("concept", index, code), {}).items():
                term_lines.setdefault((concept.id, code, text), line)
    crisis = []
    crisis_lines: list[int | None] = []
    for index, item in enumerate(raw_crisis):
        where = locator.finder("crisis", index)
        crisis.append(crisis_from_data(item, path, where))
        crisis_lines.append(where(None))
    return GlossaryData(
        concepts=tuple(concepts),
        crisis_lines=tuple(crisis),
        name=str(header.get("name", "")),
        description=str(header.get("description", "")),
        sources=dict(sources),
        path=path,
        concept_lines=tuple(lines),
        crisis_line_numbers=tuple(crisis_lines),
        overrides=frozenset(overrides),
        term_lines=term_lines,
        entry_lines=entry_lines,
        relocate=relocate,
    )


def _top_line(locator: _Locator, key: str) -> int | None:
    for i, line in enumerate(locator.lines):
        if re.match(rf"\s*(\[\[?\s*)?{re.escape(key)}\b", line):
            return i + 1
    return None


# ---- writing ------------------------------------------------------------------------------


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(type(value).__name__)


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_\-]+", key) else json.dumps(key, ensure_ascii=False)


def write_toml(glossary: Any) -> str:
    """The canonical TOML text of a glossary (deterministic; reads back to the same model)."""
    out: list[str] = []
    header = {k: getattr(glossary, k, "") for k in ("name", "description")}
    header = {k: v for k, v in header.items() if v}
    if header:
        out.append("[glossary]")
        out += [f"{k} = {_value(v)}" for k, v in header.items()]
        out.append("")
    if glossary.sources:
        out.append("[sources]")
        out += [f"{_key(k)} = {_value(v)}" for k, v in glossary.sources.items()]
        out.append("")
    concepts = glossary.concepts
    for concept in concepts.values() if isinstance(concepts, Mapping) else concepts:
        data = concept_to_data(concept)
        langs = data.pop("lang")
        out.append("[[concept]]")
        out += [f"{_key(k)} = {_value(v)}" for k, v in data.items()]
        for code, entry in langs.items():
            out.append("")
            out.append(f"[concept.lang.{_key(code)}]")
            terms = entry.pop("terms")
            out += [f"{_key(k)} = {_value(v)}" for k, v in entry.items()]
            if terms:
                out.append("terms = [")
                out += [f"  {_value(t)}," for t in terms]
                out.append("]")
            else:
                out.append("terms = []")
        out.append("")
    lines = (
        glossary.all_crisis_lines()
        if hasattr(glossary, "all_crisis_lines")
        else glossary.crisis_lines
    )
    for line in lines:
        out.append("[[crisis]]")
        out += [f"{_key(k)} = {_value(v)}" for k, v in crisis_to_data(line).items()]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
