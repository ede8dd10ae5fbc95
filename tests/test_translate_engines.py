"""deep-translator's real LibreTranslator against a local LibreTranslate server: deadlines,
retries with backoff, error normalisation, chunking and language codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mt_server import fail, hang, serve

from localize.errors import LanguageError, UsageError
from localize.translate import (
    EngineConfigError,
    PermanentTranslatorError,
    RetryPolicy,
    TransientTranslatorError,
    get_engine,
)
from localize.translate.codes import source_code, target_code
from localize.translate.engines import Engine, normalise_url, split_text


@pytest.fixture
def mt_server():
    yield from serve()


def libre(server, target="fr", *, sleeps=None, **policy) -> Engine:
    policy.setdefault("timeout", 2.0)
    policy.setdefault("base_delay", 0.5)
    return Engine(
        "libre",
        "en",
        target,
        url=server.url,
        env={},
        policy=RetryPolicy(**policy),
        sleep=(sleeps.append if sleeps is not None else (lambda s: None)),
        rng=lambda: 0.5,
    )


def test_happy_path_goes_through_the_real_libre_translator(mt_server):
    engine = libre(mt_server)
    assert engine.translate("You are not alone. Call today.") == (
        "vous n'êtes pas seul. appelez aujourd'hui."
    )
    assert engine.requests == 1
    (request,) = mt_server.translate_requests
    assert (request["source"], request["target"], request["format"]) == ("en", "fr", "text")
    assert request["api_key"] == "no-key"  # the class demands one; keyless servers ignore it


def test_key_comes_from_the_environment_passed_explicitly(mt_server):
    engine = Engine("libre", "en", "fr", url=mt_server.url, env={"LIBRE_API_KEY": "k-123"})
    engine.translate("Today")
    assert mt_server.translate_requests[0]["api_key"] == "k-123"


def test_line_breaks_and_outer_whitespace_are_kept_and_blank_lines_cost_nothing(mt_server):
    engine = libre(mt_server)
    assert engine.translate("  You are not alone\n\nCall today\n") == (
        "  vous n'êtes pas seul\n\nappelez aujourd'hui\n"
    )
    assert mt_server.texts == ["You are not alone", "Call today"]


def test_429_then_success_is_retried_with_backoff(mt_server):
    sleeps: list[float] = []
    engine = libre(mt_server, sleeps=sleeps, base_delay=0.5)
    mt_server.script(fail(429), fail(429))
    assert engine.translate("Today") == "aujourd'hui"
    assert engine.requests == 3 and engine.retries == 2
    # exponential: 0.5 then 1.0 ceilings, jitter fixed at the middle (rng=0.5)
    assert sleeps == [0.375, 0.75]


def test_500_every_time_gives_up_after_the_bounded_attempts(mt_server):
    sleeps: list[float] = []
    engine = libre(mt_server, sleeps=sleeps, attempts=3)
    mt_server.script(fail(500), fail(500), fail(500))
    with pytest.raises(TransientTranslatorError) as info:
        engine.translate("Today")
    assert str(info.value) == "libre: HTTP 500 (gave up after 3 attempts)"
    assert len(mt_server.translate_requests) == 3 and len(sleeps) == 2


def test_a_hung_response_times_out_instead_of_blocking(mt_server):
    engine = libre(mt_server, timeout=0.3, attempts=2)
    mt_server.script(hang(1.5), hang(1.5))
    with pytest.raises(TransientTranslatorError) as info:
        engine.translate("Today")
    assert "no answer within 0.3 s" in str(info.value)
    assert engine.requests == 2


def test_hang_then_answer_recovers(mt_server):
    engine = libre(mt_server, timeout=0.8, attempts=2)
    mt_server.script(hang(3.0))
    assert engine.translate("Today") == "aujourd'hui"


def test_engine_is_declared_down_after_repeated_failures(mt_server):
    engine = libre(mt_server, attempts=1, breaker=2)
    mt_server.script(fail(503), fail(503))
    for _ in range(2):
        with pytest.raises(TransientTranslatorError):
            engine.translate("Today")
    with pytest.raises(EngineConfigError):
        engine.translate("Today")
    assert len(mt_server.translate_requests) == 2  # the third was never sent


def test_client_errors_are_permanent_and_auth_errors_stop_the_engine(mt_server):
    engine = libre(mt_server)
    mt_server.script(fail(413))
    with pytest.raises(PermanentTranslatorError):
        engine.translate("Today")
    mt_server.script(fail(403))
    with pytest.raises(EngineConfigError) as info:
        engine.translate("Today")
    assert "no-key" not in str(info.value)  # deep-translator's message carries the key


def test_unreachable_server_is_a_transient_error_without_the_url(mt_server):
    url = mt_server.url
    mt_server.stop()
    engine = Engine(
        "libre",
        "en",
        "fr",
        url=url,
        env={"LIBRE_API_KEY": "secret"},
        policy=RetryPolicy(attempts=1),
        sleep=lambda s: None,
    )
    with pytest.raises(TransientTranslatorError) as info:
        engine.translate("Today")
    assert str(info.value) == "libre: cannot connect (gave up after 1 attempts)"


def test_long_text_is_split_at_sentence_boundaries_under_the_limit(mt_server):
    engine = libre(mt_server)
    sentence = "You are not alone. "
    text = sentence * 300  # 5700 characters; libre requests carry at most 2000
    out = engine.translate(text)
    assert out.count("vous n'êtes pas seul.") == 300
    assert all(len(t) <= 2000 for t in mt_server.texts)
    assert all(t.endswith("alone.") for t in mt_server.texts)
    assert len(mt_server.texts) == 3


def test_split_text_pieces_join_back_to_the_text():
    text = "Première phrase. Deuxième phrase !\n  \n日本語の文です。次の文です。"
    pieces = split_text(text, 12)
    assert "".join(p for p, _ in pieces) == text
    assert all(len(p) <= 12 for p, send in pieces if send)


def test_code_maps_per_engine():
    assert [target_code("google", loc) for loc in ("pt_BR", "es_MX", "ja")] == ["pt", "es", "ja"]
    assert [target_code("deepl", loc) for loc in ("pt_BR", "ko", "es_MX")] == [
        "PT-BR",
        "KO",
        "ES-419",
    ]
    assert [target_code("mymemory", loc) for loc in ("pt", "en", "id")] == [
        "pt-BR",
        "en-US",
        "id-ID",
    ]
    assert source_code("deepl", "en") == "EN" and source_code("mymemory", "en") == "en-US"


def test_an_engine_that_lacks_a_variant_is_an_error_before_any_request(mt_server):
    with pytest.raises(LanguageError) as info:
        get_engine("libre", "en", "pt_PT", url=mt_server.url, env={})
    assert "cannot translate into 'pt_PT'" in str(info.value)
    with pytest.raises(LanguageError):
        get_engine("google", "en", "de")
    assert mt_server.requests == []


def test_missing_key_names_the_variables_and_libre_needs_a_url():
    with pytest.raises(EngineConfigError) as info:
        get_engine("microsoft", "en", "fr", env={})
    assert "LOCALIZE_MICROSOFT_API_KEY or MICROSOFT_API_KEY" in str(info.value)
    with pytest.raises(UsageError):
        get_engine("libre", "en", "fr", env={})


def test_libre_url_is_normalised_for_custom_url():
    assert normalise_url("http://127.0.0.1:5000") == "http://127.0.0.1:5000/"
    assert normalise_url("http://mt.local/api/translate/") == "http://mt.local/api/"
    with pytest.raises(UsageError):
        normalise_url("mt.local")


@given(
    st.lists(
        st.sampled_from(
            ["Hello", " ", ".", "!", "\n", "日本語", "。", "word", "  ", "\r\n", "ZQ0X"]
        ),
        max_size=40,
    ).map("".join),
    st.integers(min_value=3, max_value=30),
)
def test_split_text_always_joins_back_and_respects_the_limit(text, limit):
    pieces = split_text(text, limit)
    assert "".join(p for p, _ in pieces) == text
    assert all(len(p) <= limit and p.strip() == p for p, send in pieces if send)
    assert not any("\n" in p for p, send in pieces if send)


def test_deepl_goes_through_the_official_client_with_the_brazilian_variant():
    import importlib.util

    env = {"DEEPL_API_KEY": "k"}
    if importlib.util.find_spec("deepl") is None:
        with pytest.raises(EngineConfigError) as info:
            get_engine("deepl", "en", "pt_BR", env=env)
        assert "pip install 'localize[deepl]'" in str(info.value)
    else:
        engine = get_engine("deepl", "en", "pt_BR", env=env)
        assert (engine.source_code, engine.target_code) == ("EN", "PT-BR")
