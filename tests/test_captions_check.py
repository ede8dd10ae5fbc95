"""The caption check engine on realistic captions in all 7 languages, with the shipped glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

import localize
from localize.captions import open_captions
from localize.errors import LanguageError
from localize.findings import Severity
from localize.services.captions import (
    CaptionChecker,
    StreamOptions,
    check_caption,
    check_stream,
    resolve_targets,
)

DATA = Path(__file__).parent / "data" / "captions"

# Captions a careful creator would publish: psychoeducation, hope, help-seeking, with
# hashtags and emoji; the ones that talk about suicide give the market's crisis line.
CLEAN = {
    "en": [
        "Feeling anxious before a big exam is common. Try box breathing: in for 4, hold for 4, out for 4 🌬️ #mentalhealth #studytok",
        "Therapy is not a sign of weakness. Asking for help takes courage 💛 #therapy #mentalhealthmatters",
        "Depression can look like exhaustion, not just sadness. If it lasts more than two weeks, talk to your doctor. #depression #fyp",
        "If you are having thoughts of suicide, you are not alone. Call or text 988, any time, day or night 💙",
        "Small wins count: you got out of bed, drank some water, answered one message 🌱 #selfcompassion",
        "Recovery isn't linear. A bad day doesn't erase your progress ✨ #recovery #healthtok",
        "Crazy how much better I sleep since I started therapy 😴 #therapytok",
        "Talking about suicide does not put the idea in someone's head. If you're worried about a friend, ask them directly and call 988 together.",
    ],
    "fr": [
        "L'anxiété avant un examen, c'est fréquent. Essayez la respiration carrée : inspirez 4 secondes, bloquez 4, expirez 4 🌬️ #santémentale",
        "Consulter un psychologue n'est pas un aveu de faiblesse. Demander de l'aide, c'est du courage 💛 #santémentale #psy",
        "La dépression, ce n'est pas seulement de la tristesse : c'est aussi la fatigue, la perte d'intérêt, les troubles du sommeil. Parlez-en à votre médecin.",
        "Vous avez des idées suicidaires ? Vous n'êtes pas seul·e. Appelez le 3114, gratuit, 24h/24 et 7j/7.",
        "Chaque petit pas compte : sortir du lit, boire un verre d'eau, répondre à un message 🌱",
        "Les idées reçues sur la schizophrénie font mal. Informez-vous 💬 #santémentale",
        "Live à 19h sur la gestion du stress, venez nombreux 🎥",
    ],
    "ja": [
        "試験前に不安になるのは自然なことです。ゆっくり深呼吸してみましょう🌬️ #メンタルヘルス",
        "カウンセリングを受けるのは弱さではありません。助けを求めるのは勇気です💛 #心の健康",
        "うつ病は気持ちの問題ではなく、治療できる病気です。2週間以上つらい気分が続いたら、医師に相談してください。",
        "死にたいほどつらい時は、一人で抱え込まないでください。よりそいホットライン 0120-279-338 は24時間つながります。",
        "小さな一歩でも前進です。今日は水を一杯飲めたら十分🌱 #メンタルケア",
        "統合失調症は100人に1人がかかる病気です。正しく知ろう。",
    ],
    "ko": [
        "시험 전에 불안한 건 자연스러운 일이에요. 천천히 숨을 들이쉬고 내쉬어 보세요 🌬️ #정신건강",
        "상담을 받는 건 약함이 아니라 용기예요 💛 #마음건강",
        "우울증은 의지의 문제가 아니라 치료할 수 있는 질환입니다. 2주 이상 힘들다면 전문의와 상담하세요.",
        "혼자 견디기 힘들 때는 자살예방 상담전화 109에 전화하세요. 24시간 언제든 연결됩니다.",
        "오늘 물 한 잔 마신 것도 작은 성공이에요 🌱 #오늘도수고했어",
        "조현병은 치료 가능한 질환입니다. 편견 대신 이해를 🌱",
        "오늘 오후 3시 라이브에서 불안 관리법을 알려드릴게요 🎥",
    ],
    "id": [
        "Cemas sebelum ujian itu wajar. Coba tarik napas perlahan selama 4 detik, tahan, lalu hembuskan 🌬️ #kesehatanmental",
        "Pergi ke psikolog bukan tanda lemah. Minta bantuan itu butuh keberanian 💛 #kesehatanjiwa",
        "Kalau perasaan sedih berlangsung lebih dari dua minggu, konsultasikan ke tenaga kesehatan ya.",
        "Kalau kamu punya pikiran bunuh diri, kamu tidak sendirian. Hubungi layanan 119 ext 8 sekarang juga.",
        "Langkah kecil tetap langkah maju. Hari ini cukup minum segelas air dan istirahat 🌱",
        "Dokter saraf dan psikiater itu beda ya, simak penjelasannya 👇",
    ],
    "es": [
        "Sentir ansiedad antes de un examen es normal. Prueba respirar en cuatro tiempos 🌬️ #saludmental",
        "Ir a terapia no es de débiles. Pedir ayuda es un acto de valentía 💛 #saludmental #terapia",
        "La depresión es un trastorno que se puede tratar. Si la tristeza dura más de dos semanas, busca a un profesional.",
        "Si tienes pensamientos suicidas, no estás solo. Llama a la Línea de la Vida al 800 911 2000, gratis y las 24 horas.",
        "Cada pequeño paso cuenta: levantarte, tomar agua, contestar un mensaje 🌱",
        "Estoy loca por empezar mi nuevo trabajo 😆 pero también nerviosa",
        "Mañana a las 7 pm hablamos de salud mental en vivo 🎥 #saludmental",
    ],
    "pt": [
        "Ansiedade antes da prova é comum. Tente respirar em quatro tempos 🌬️ #saúdemental",
        "Fazer terapia não é sinal de fraqueza. Pedir ajuda é coragem 💛 #saudemental",
        "Depressão tem tratamento. Se a tristeza durar mais de duas semanas, procure um profissional de saúde.",
        "Se você está pensando em suicídio, você não está sozinho. Ligue 188 para o CVV, de graça e 24 horas.",
        "Cada pequeno passo conta: levantar da cama, beber água, responder uma mensagem 🌱",
        "Que semana louca! Lembre-se de descansar 💛",
    ],
}

CLEAN_CASES = [(lang, text) for lang, texts in CLEAN.items() for text in texts]


def _kinds(report, at_least=Severity.INFO):
    return [f.kind for f in report.findings if f.severity >= at_least]


@pytest.mark.parametrize(("lang", "text"), CLEAN_CASES)
def test_clean_captions_raise_no_warning_declared_or_detected(lang, text):
    declared = check_caption(text, lang=lang)
    assert _kinds(declared, Severity.WARNING) == []
    detected = check_caption(text)
    assert _kinds(detected, Severity.WARNING) == []


FORBIDDEN = [
    (
        "en",
        "My cousin committed suicide last spring and nobody talked about it. Call 988 if you're struggling.",
        "committed suicide",
        "die by suicide",
    ),
    (
        "fr",
        "Son frère a commis un suicide l'an dernier. Si ça ne va pas, appelez le 3114.",
        "commis un suicide",
        "mort",
    ),
    (
        "ja",
        "彼は自殺を犯したと報道された。つらい時はよりそいホットライン 0120-279-338 へ。",
        "自殺を犯した",
        "自殺で亡くなった",
    ),
    (
        "ko",
        "그 배우가 극단적 선택을 했다는 기사를 봤어요. 힘들면 109에 전화하세요.",
        "극단적 선택",
        "사망",
    ),
    (
        "id",
        "Berita soal pelaku bunuh diri itu bikin sedih. Hubungi 119 ext 8 kalau butuh bantuan.",
        "pelaku bunuh diri",
        "meninggal karena bunuh diri",
    ),
    (
        "es",
        "Mi amiga se ha suicidado y nadie habló de ello. Llama al 800 911 2000.",
        "se ha suicidado",
        "muerto por suicidio",
    ),
    (
        "pt",
        "Meu tio cometeu suicídio quando eu tinha 15 anos. Se precisar, ligue 188.",
        "cometeu suicídio",
        "morreu por suicídio",
    ),
]


@pytest.mark.parametrize(("lang", "text", "matched", "suggestion"), FORBIDDEN)
def test_forbidden_wording_is_an_error_with_replacement_and_source(lang, text, matched, suggestion):
    report = check_caption(text, lang=lang)
    (finding,) = [f for f in report.findings if f.kind == "forbidden-term"]
    assert finding.severity is Severity.ERROR
    assert finding.matched.startswith(matched) or matched in finding.matched
    start, end = finding.span
    assert text[start:end] == finding.matched
    assert suggestion in finding.suggestion
    assert finding.source
    assert finding.concept == "died-by-suicide"
    # The caption gives its market's crisis line, so nothing else is reported.
    assert _kinds(report, Severity.WARNING) == ["forbidden-term"]


@pytest.mark.parametrize(("lang", "text", "_m", "_s"), FORBIDDEN)
def test_forbidden_wording_found_without_declared_language(lang, text, _m, _s):
    report = check_caption(text)
    assert report.language == lang
    assert "forbidden-term" in _kinds(report)


SUPERSEDED = [
    ("ja", "精神分裂病は昔の病名です。", "精神分裂病", "統合失調症"),
    ("ko", "정신분열병에 대한 오해를 풀어 봅시다.", "정신분열병", "조현병"),
]


@pytest.mark.parametrize(("lang", "text", "matched", "suggestion"), SUPERSEDED)
def test_superseded_diagnosis_names_are_forbidden_terms(lang, text, matched, suggestion):
    report = check_caption(text, lang=lang)
    found = [f for f in report.findings if f.kind in ("forbidden-term", "stigma-term")]
    assert found and found[0].matched == matched
    assert suggestion in (found[0].suggestion or "")


STIGMA = [
    ("en", "Stop calling your ex a psycho just because she set boundaries.", "psycho"),
    ("en", "lol I'm so OCD about my desk 😂", "OCD"),
    ("fr", "Arrête de dire que ta prof est tarée, elle est juste stricte.", "tarée"),
    ("ja", "すぐメンヘラって言うのはやめよう。", "メンヘラ"),
    ("ko", "우울하다고 정신병자 취급하지 마세요.", "정신병자"),
    (
        "id",
        "Jangan panggil temanmu orang gila cuma karena dia cerita soal depresinya.",
        "orang gila",
    ),
    ("es", "Ir a terapia no te convierte en un loco 💛", "un loco"),
    ("pt", "Fazer terapia não te transforma em um louco.", "um louco"),
    ("fr", "Franchement je suis trop TOC avec mon bureau 😂", "trop TOC"),
]


@pytest.mark.parametrize(("lang", "text", "matched"), STIGMA)
def test_stigma_words_are_flagged_never_replaced(lang, text, matched):
    report = check_caption(text, lang=lang)
    found = [f for f in report.findings if f.kind == "stigma-term"]
    assert found, report.findings
    assert matched in found[0].matched
    assert found[0].severity is Severity.WARNING
    assert "forbidden-term" not in _kinds(report)


def test_clinical_ocd_is_not_stigma():
    report = check_caption(
        "OCD is an anxiety-related disorder, not a personality quirk.", lang="en"
    )
    assert "stigma-term" not in _kinds(report)


NO_SAFE = [
    ("en", "Trauma dumping on a friend is different from asking for support.", "fr,ja,ko"),
    (
        "en",
        "Write a safety plan with your therapist before a crisis. Call 988 if you need help now.",
        "pt",
    ),
]


@pytest.mark.parametrize(("lang", "text", "to"), NO_SAFE)
def test_terms_without_safe_translation_warn_the_translator(lang, text, to):
    report = check_caption(text, lang=lang, to=to)
    found = [f for f in report.findings if f.kind == "no-safe-translation"]
    assert found, report.findings
    assert found[0].severity is Severity.WARNING
    assert found[0].suggestion  # the reviewer guidance
    assert set(dict(found[0].extra)["targets"]) <= set(to.split(","))
    # Without --to nothing is said: the source caption may be published as is.
    assert "no-safe-translation" not in _kinds(check_caption(text, lang=lang))


NO_SAFE_FROM = [
    # Source wording with no safe translation in (some of) the target languages.
    ("en", "The film showed a suicide note on screen.", "ja,ko", {"ja", "ko"}),
    ("fr", "Le film montrait une note de suicide à l'écran.", "ja,pt", {"ja", "pt"}),
    ("ja", "ドラマで遺書が映るシーンはつらかった。", "ko,es", {"ko", "es"}),
    ("ko", "드라마에서 유서가 나오는 장면이 힘들었어요.", "ja,id", {"ja", "id"}),
    ("id", "Adegan surat wasiat di film itu berat untuk ditonton.", "pt", {"pt"}),
    ("es", "En la serie se leía una nota suicida completa.", "ja", {"ja"}),
    ("pt", "Na série aparecia uma carta de suicídio inteira.", "ko", {"ko"}),
    ("ko", "가스라이팅은 관계 안에서 서서히 일어나요.", "ja,pt", {"ja", "pt"}),
]


@pytest.mark.parametrize(("lang", "text", "to", "targets"), NO_SAFE_FROM)
def test_no_safe_translation_from_every_source_language(lang, text, to, targets):
    report = check_caption(text, lang=lang, to=to)
    found = [f for f in report.findings if f.kind == "no-safe-translation"]
    assert found, report.findings
    assert set(dict(found[0].extra)["targets"]) == targets
    assert found[0].severity is Severity.WARNING


NEEDS_REVIEW = [
    ("en", "Depression is treatable. Talk to your doctor.", "ja"),
    ("fr", "La dépression se soigne. Parlez-en à votre médecin.", "ja"),
    ("ja", "忙しい毎日でもセルフケアの時間を作ろう。", "es,pt"),
    ("ko", "우울증은 치료할 수 있는 질환입니다.", "ja"),
    ("id", "Depresi bisa diobati. Konsultasikan ke dokter.", "ja"),
    ("es", "La depresión tiene tratamiento. Habla con tu médico.", "ja"),
    ("pt", "A depressão tem tratamento. Fale com seu médico.", "ja"),
]


@pytest.mark.parametrize(("lang", "text", "target"), NEEDS_REVIEW)
def test_needs_review_is_info_for_review_required_targets(lang, text, target):
    to = target if "," in target else "all"
    report = check_caption(text, lang=lang, to=to)
    found = [f for f in report.findings if f.kind == "needs-review"]
    assert found and all(f.severity is Severity.INFO for f in found)
    assert target.split(",")[0] in dict(found[0].extra)["targets"]
    assert _kinds(report, Severity.WARNING) == []


CRISIS_FOREIGN = [
    ("ja", "つらい時は988に電話してください。", "988", "0120-279-338"),
    ("pt", "Se precisar conversar, ligue para os Samaritans no 116 123.", "116 123", "188"),
    ("fr", "Besoin de parler ? Appelez le 988.", "988", "3114"),
    ("ko", "힘들면 116 123에 전화하세요.", "116 123", "109"),
    ("id", "Kalau butuh teman bicara, telepon 988 ya.", "988", "119 ext 8"),
    ("es", "Si necesitas ayuda, llama al 188.", "188", "800 911 2000"),
    ("en", "Struggling? Call the CVV on 188.", "188", "988"),
]


@pytest.mark.parametrize(("lang", "text", "number", "right"), CRISIS_FOREIGN)
def test_crisis_line_of_another_market_is_an_error_with_the_right_line(lang, text, number, right):
    report = check_caption(text, lang=lang)
    errors = [
        f for f in report.findings if f.kind == "crisis-line" and f.severity is Severity.ERROR
    ]
    assert errors, report.findings
    assert number in errors[0].matched
    assert right in errors[0].suggestion


def test_crisis_line_market_follows_market_not_language():
    text = "Si tienes pensamientos suicidas, llama o manda mensaje al 988, tiene opción en español."
    assert [
        f.kind for f in check_caption(text, lang="es").findings if f.severity is Severity.ERROR
    ] == ["crisis-line"]
    assert _kinds(check_caption(text, lang="es", markets="US"), Severity.WARNING) == []


def test_localizing_a_caption_with_a_crisis_number_asks_for_the_target_markets_line():
    report = check_caption(
        "If you are having thoughts of suicide, call or text 988.", lang="en", to="ja,pt"
    )
    (warning,) = [f for f in report.findings if f.kind == "crisis-line"]
    assert warning.severity is Severity.WARNING
    assert "0120-279-338" in warning.suggestion and "188" in warning.suggestion


MISSING_CRISIS = [
    ("en", "I lost my brother to suicide three years ago. Grief has no timeline."),
    ("fr", "J'ai perdu mon frère par suicide il y a trois ans."),
    ("ja", "自殺で亡くなった友人のことを今も考えます。"),
    ("ko", "자살 생각이 들 때 어떻게 해야 할까요?"),
    ("id", "Mari bicara tentang pencegahan bunuh diri di sekolah."),
    ("es", "Hablemos de la prevención del suicidio en las escuelas."),
    ("pt", "Vamos falar sobre prevenção do suicídio nas escolas."),
    ("en", "I almost unalived myself last winter."),
]


@pytest.mark.parametrize(("lang", "text"), MISSING_CRISIS)
def test_caption_about_suicide_without_crisis_resource_warns_with_local_line(lang, text):
    report = check_caption(text, lang=lang)
    (finding,) = [f for f in report.findings if f.kind == "crisis-line"]
    assert finding.severity is Severity.WARNING
    market_line = {
        "en": "988",
        "fr": "3114",
        "ja": "0120-279-338",
        "ko": "109",
        "id": "119",
        "es": "800 911 2000",
        "pt": "188",
    }
    assert market_line[lang] in finding.suggestion


DNT = [
    ("en", "Proud to be part of Fides, WHO's network of health creators, here on TikTok!", "Fides"),
    ("fr", "Sur TikTok, les créateurs du réseau Fides parlent de santé mentale 💬", "Fides"),
    ("ja", "TikTokでメンタルヘルスの正しい情報を発信しています。", "TikTok"),
    ("ko", "TikTok에서 정신건강 정보를 나누고 있어요.", "TikTok"),
    ("id", "Kami kreator Fides berbagi info kesehatan jiwa di TikTok.", "Fides"),
    ("es", "Desde TikTok, la red Fides comparte información confiable de salud mental.", "Fides"),
    (
        "pt",
        "Setembro Amarelo é o mês de falar sobre prevenção do suicídio. Ligue 188.",
        "Setembro Amarelo",
    ),
]


@pytest.mark.parametrize(("lang", "text", "name"), DNT)
def test_do_not_translate_names_are_info_when_localizing(lang, text, name):
    report = check_caption(text, lang=lang, to="all")
    found = [f for f in report.findings if f.kind == "do-not-translate"]
    assert name in [f.matched for f in found]
    assert all(f.severity is Severity.INFO for f in found)
    assert "do-not-translate" not in _kinds(check_caption(text, lang=lang))


MISMATCH = [
    (
        "es",
        "Fazer terapia não é sinal de fraqueza. Pedir ajuda é coragem, e você merece cuidado.",
        "pt",
    ),
    ("ko", "試験前に不安になるのは自然なことです。ゆっくり深呼吸してみましょう。", "ja"),
    ("en", "La ansiedad no te define. Pedir ayuda es un acto de valentía y mereces apoyo.", "es"),
    ("id", "Parler de sa santé mentale, c'est un signe de force et de courage.", "fr"),
    ("fr", "Therapy is not a sign of weakness. Asking for help takes courage.", "en"),
    ("ja", "상담을 받는 건 약함이 아니라 용기예요. 혼자 견디지 마세요.", "ko"),
    ("pt", "Ir a terapia no es de débiles. Pedir ayuda es un acto de valentía.", "es"),
]


@pytest.mark.parametrize(("declared", "text", "actual"), MISMATCH)
def test_declared_language_contradicted_by_confident_detection(declared, text, actual):
    report = check_caption(text, lang=declared)
    (finding,) = [f for f in report.findings if f.kind == "language-mismatch"]
    assert finding.severity is Severity.WARNING
    assert dict(finding.extra) == {"detected": actual, "declared": declared}
    assert report.language == declared  # the declaration is kept, never silently switched


def test_short_caption_never_contradicts_its_declaration():
    assert _kinds(check_caption("ok 👍", lang="pt")) == []
    assert _kinds(check_caption("makasih dok", lang="id")) == []
    # Too little prose to overrule the creator (detectors read this as English).
    assert _kinds(check_caption("Burnout no es flojera. #burnout #selfcare", lang="es")) == []


CODE_SWITCHED = [
    (
        "id",
        "Self-care itu penting banget guys, jangan lupa istirahat ya 💛 #selfcare #mentalhealth",
    ),
    (
        "id",
        "Healing bukan cuma staycation ya bestie, kadang healing itu ke psikolog 🙏 #mentalhealthmatters",
    ),
    ("ko", "번아웃 왔을 때 self-care 루틴 공유해요 ✨ #burnout #selfcare #fyp"),
    ("es", "Mood del día: overthinking 🙃 pero hoy sí fui a terapia #mentalhealth #saludmental"),
    ("pt", "POV: você finalmente marcou a terapia 💛 #mentalhealth #fyp #saudemental"),
    ("fr", "POV : tu as enfin pris rendez-vous chez le psy 💛 #mentalhealth #fyp"),
    ("ja", "今日のself-careルーティン☕️ #selfcare #メンタルヘルス"),
]


@pytest.mark.parametrize(("lang", "text"), CODE_SWITCHED)
def test_code_switched_captions_with_english_words_are_not_mismatches(lang, text):
    assert _kinds(check_caption(text, lang=lang), Severity.WARNING) == []


def test_subtitle_findings_point_at_cue_time_and_file_line():
    reports = list(check_stream(open_captions(DATA / "talk.srt"), StreamOptions(markets=("US",))))
    assert [r.cue for r in reports] == [1, 2, 3]
    (finding,) = [f for f in reports[1].findings if f.kind == "forbidden-term"]
    assert (finding.cue, finding.time, finding.line) == (2, "00:00:03,400 --> 00:00:07,900", 8)
    assert reports[2].findings == ()  # 988 serves the US


def test_vtt_findings_in_french():
    reports = list(check_stream(open_captions(DATA / "talk.vtt"), StreamOptions()))
    assert [r.language for r in reports] == ["fr", "fr", "fr"]
    (finding,) = [f for f in reports[1].findings if f.kind == "forbidden-term"]
    assert finding.cue == 2 and finding.time.startswith("00:00:03.600")


def test_public_api_and_json_shape():
    report = localize.check_caption("Meu tio cometeu suicídio. Ligue 188.", lang="pt")
    assert isinstance(report, localize.CaptionReport)
    data = report.to_dict()
    assert set(data) >= {"id", "text", "language", "findings"}
    assert data["language"]["code"] == "pt"
    (finding,) = data["findings"]
    assert {"kind", "severity", "message", "span", "matched", "concept", "suggestion"} <= set(
        finding
    )
    assert finding["severity"] == "error" and finding["span"] == [8, 24]
    # Source keys resolve to the guideline citations a reviewer can open.
    assert any("http" in ref for ref in finding["references"])


def test_unknown_codes_are_rejected():
    with pytest.raises(LanguageError):
        check_caption("hello", lang="de")
    with pytest.raises(LanguageError):
        check_caption("hello", lang="en", markets="DE")
    with pytest.raises(LanguageError):
        check_caption("hello", lang="en", to="it")


def test_to_all_excludes_the_caption_language():
    assert resolve_targets("all", "ko") == ("en", "fr", "ja", "id", "es", "pt")


def test_messages_follow_the_ui_language():
    from localize.i18n import use_ui_language

    try:
        use_ui_language("fr")
        report = CaptionChecker().check("My cousin committed suicide.", lang="en")
    finally:
        use_ui_language("en")
    english = check_caption("My cousin committed suicide.", lang="en")
    assert report.findings[0].kind == english.findings[0].kind
    # The language is named in the UI language, whatever the catalogs translate.
    assert "anglais" in report.findings[0].message
    assert "English" in english.findings[0].message


def test_batch_with_two_jobs_keeps_input_order_and_results():
    options = StreamOptions()
    records = list(open_captions(DATA / "batch.jsonl")) * 150
    one = [
        r.to_dict() if hasattr(r, "to_dict") else r for r in check_stream(iter(records), options)
    ]
    two = [
        r.to_dict() if hasattr(r, "to_dict") else r
        for r in check_stream(iter(records), options, jobs=2, chunk_size=16)
    ]
    assert len(one) == len(records)
    assert one == two


def test_names_inside_mentions_and_urls_are_addresses_not_prose():
    report = check_caption(
        "Proud to be part of Fides 💛 follow @fides and https://tiktok.com/@fides",
        lang="en",
        to="ja",
    )
    found = [(f.matched, f.span) for f in report.findings if f.kind == "do-not-translate"]
    assert found == [("Fides", (20, 25))]


COUNTERS = [
    ("id", "Hari ke-109 perjalanan pulih dari burnout 🌱 #day109 #kesehatanmental"),
    ("fr", "Toujours debout 💪 #jour141 #santémentale"),
    ("en", "Episode 988: how to support a friend who is grieving #ep988 #podcast"),
    ("pt", "Mais um dia de terapia 😅 #dia3114 #episodio-988"),
]


@pytest.mark.parametrize(("lang", "text"), COUNTERS)
def test_numbers_glued_to_words_are_not_crisis_lines(lang, text):
    assert "crisis-line" not in _kinds(check_caption(text, lang=lang))


def test_language_confidence_is_the_detectors_belief_in_the_reported_language():
    agree = check_caption(CLEAN["fr"][1], lang="fr").to_dict()["language"]
    assert agree["code"] == "fr" and agree["detected"] == "fr" and agree["confidence"] > 0.9
    disagree = check_caption(MISMATCH[0][1], lang="es").to_dict()["language"]
    assert disagree["code"] == "es" and disagree["detected"] == "pt"
    assert disagree["confidence"] < 0.01


def test_streamed_json_findings_match_finding_to_dict():
    report = check_caption("Mi amiga se ha suicidado. Llama al 988.", lang="es", to="ja")
    assert len(report.findings) >= 2
    for finding, streamed in zip(report.findings, report.to_dict()["findings"], strict=True):
        expected = finding.to_dict()
        expected.pop("path", None)
        assert streamed == expected


def test_batch_record_language_and_markets_win_over_the_run_defaults():
    from localize.captions import Caption

    records = [
        Caption(text="Trauma dumping is not the same as venting.", lang="en", id="a"),
        Caption(text="Se precisar, ligue 188.", lang="pt", markets=("BR",), id="b"),
        Caption(text="Se precisar, ligue 188.", lang="pt", id="c"),
    ]
    options = StreamOptions(lang="ja", to=("en", "ja"), markets=("JP",))
    a, b, c = check_stream(iter(records), options)
    assert a.language == "en" and a.targets == ("ja",)  # never "localized" into itself
    assert [f.kind for f in a.findings] == ["no-safe-translation"]
    assert b.markets == ("BR",) and b.findings == ()
    assert c.markets == ("JP",) and [f.kind for f in c.findings] == ["crisis-line"]
