"""Algospeak has no counterpart in any other language: it always goes to a human translator."""

from __future__ import annotations

import pytest

from localize import check_caption


@pytest.mark.parametrize(
    ("text", "lang", "to"),
    [
        ("Sewer slide is not a joke. Talk to someone. #mentalhealth", "en", ("fr", "ja")),
        (
            "My friend talked about wanting to unalive himself. Here is what helped.",
            "en",
            ("pt", "ko"),
        ),
        ("Why do we write su!cide online? Let's talk.", "en", ("es", "id")),
    ],
)
def test_algospeak_is_no_safe_translation_for_every_target(text, lang, to):
    report = check_caption(text, lang=lang, to=to)
    kinds = [f for f in report.findings if f.kind == "no-safe-translation"]
    assert kinds, [f.kind for f in report.findings]
    assert set(dict(kinds[0].extra)["targets"]) == set(to)
    assert "Algospeak" in (kinds[0].suggestion or "")


def test_algospeak_without_targets_is_not_a_translation_finding():
    report = check_caption("Sewer slide is not a joke. Call 988.", lang="en", markets=("US",))
    assert [f.kind for f in report.findings if f.kind == "no-safe-translation"] == []
