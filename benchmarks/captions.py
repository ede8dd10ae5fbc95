"""Caption check throughput: full check (detection + glossary + crisis lines) on 1 and 2 jobs.

    python benchmarks/captions.py [--count 50000] [--jobs 1,2]

Builds a JSON Lines corpus of unique, realistic captions in the 7 languages (about one in
five carries something to report: forbidden wording, stigma, a foreign crisis line,
suicide talk without a crisis line), writes it under `.cache/bench/` (git-ignored), and
times the same path the CLI takes: stream the file, check every caption, render JSON to
a null sink. Half the captions declare their language, half are detected. Prints one
row per job count with captions/second, per core, and the scaling over one job.
Goal: >= 5,000 captions/s per core; near-linear scaling to 2 jobs. The peak RSS of the
main process stays flat whatever `--count` is (the stream is never held in memory).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

from _common import CACHE, table

CLEAN = {
    "en": [
        "Feeling anxious before a big exam is common. Try box breathing: in for 4, hold for 4, out for 4.",
        "Therapy is not a sign of weakness. Asking for help takes courage.",
        "Depression can look like exhaustion, not just sadness. If it lasts more than two weeks, talk to a doctor.",
        "Small wins count: you got out of bed, drank water, replied to one message.",
        "Recovery isn't linear. Bad days don't erase your progress.",
    ],
    "fr": [
        "L'anxiété avant un examen, c'est fréquent. Essayez la respiration carrée.",
        "Consulter un psychologue n'est pas un aveu de faiblesse. Demander de l'aide, c'est du courage.",
        "La dépression, ce n'est pas seulement de la tristesse : c'est aussi la fatigue et la perte d'intérêt.",
        "Chaque petit pas compte : sortir du lit, boire un verre d'eau, répondre à un message.",
    ],
    "ja": [
        "試験前に不安になるのは自然なことです。ゆっくり深呼吸してみましょう。",
        "カウンセリングを受けるのは弱さではありません。助けを求めるのは勇気です。",
        "うつ病は気持ちの問題ではなく、治療できる病気です。",
        "小さな一歩でも前進です。今日は水を一杯飲めたら十分です。",
    ],
    "ko": [
        "시험 전에 불안한 건 자연스러운 일이에요. 천천히 숨을 쉬어 보세요.",
        "상담을 받는 건 약함이 아니라 용기예요.",
        "우울증은 의지의 문제가 아니라 치료할 수 있는 질환입니다.",
        "오늘 물 한 잔 마신 것도 작은 성공이에요.",
    ],
    "id": [
        "Cemas sebelum ujian itu wajar. Coba tarik napas perlahan lalu hembuskan.",
        "Pergi ke psikolog bukan tanda lemah. Minta bantuan itu butuh keberanian.",
        "Kalau perasaan sedih berlangsung lebih dari dua minggu, konsultasikan ke tenaga kesehatan.",
        "Langkah kecil tetap langkah maju. Hari ini cukup minum segelas air dan istirahat.",
    ],
    "es": [
        "Sentir ansiedad antes de un examen es normal. Prueba respirar en cuatro tiempos.",
        "Ir a terapia no es de débiles. Pedir ayuda es un acto de valentía.",
        "La depresión es un trastorno que se puede tratar. Busca a un profesional.",
        "Cada pequeño paso cuenta: levantarte, tomar agua, contestar un mensaje.",
    ],
    "pt": [
        "Ansiedade antes da prova é comum. Tente respirar em quatro tempos.",
        "Fazer terapia não é sinal de fraqueza. Pedir ajuda é coragem.",
        "Depressão é um transtorno que tem tratamento. Procure um profissional.",
        "Cada pequeno passo conta: levantar da cama, beber água, responder uma mensagem.",
    ],
}

RISKY = {
    "en": [
        "My cousin committed suicide last spring and nobody talked about it.",
        "Stop calling your ex a psycho just because she set boundaries.",
        "Call 116 123 if you need to talk tonight.",
    ],
    "fr": ["Son frère a commis un suicide l'an dernier.", "Appelez le 988 si ça ne va pas."],
    "ja": ["精神分裂病の人への偏見をなくしたい。", "つらい時は988に電話してください。"],
    "ko": ["그 배우가 극단적 선택을 했다는 기사를 봤어요.", "힘들면 988에 전화하세요."],
    "id": [
        "Jangan bilang orang yang depresi itu gila.",
        "Hubungi 116 123 kalau butuh teman bicara.",
    ],
    "es": [
        "Mi amiga se ha suicidado y nadie habló de ello.",
        "No estás loco por ir a terapia, pero deja de decir loco.",
    ],
    "pt": [
        "Meu tio cometeu suicídio quando eu tinha 15 anos.",
        "Ligue para os Samaritans no 116 123.",
    ],
}

TAGS = [
    "#mentalhealth",
    "#fyp",
    "#saúdemental",
    "#saludmental",
    "#santémentale",
    "#メンタルヘルス",
    "#정신건강",
    "#kesehatanmental",
    "",
]
EMOJI = ["💛", "🌱", "🌬️", "💙", "✨", ""]


def build_corpus(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    langs = list(CLEAN)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            lang = langs[i % len(langs)]
            pool = RISKY[lang] if rng.random() < 0.2 else CLEAN[lang]
            parts = rng.sample(CLEAN[lang], k=min(2, len(CLEAN[lang])))
            parts.insert(rng.randrange(3), rng.choice(pool))
            text = " ".join(parts[: rng.randint(1, 3)])
            text += f" {rng.choice(EMOJI)} {rng.choice(TAGS)} #day{i}".rstrip()
            record = {"id": f"c{i}", "text": text}
            if i % 2 == 0:
                record["lang"] = lang
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _cpu() -> float:
    import resource

    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def run(path: Path, jobs: int) -> tuple[float, float, int, dict[str, int]]:
    """(wall seconds, CPU seconds of this process and its workers, captions, kinds)."""
    from localize.captions import open_captions
    from localize.report.captions import JsonRenderer
    from localize.services.captions import StreamOptions, check_stream

    sink = open(os.devnull, "w", encoding="utf-8")
    renderer = JsonRenderer(sink.write)
    cpu = _cpu()
    start = time.perf_counter()
    for result in check_stream(open_captions(path), StreamOptions(), jobs=jobs):
        renderer.add(result)
    summary = renderer.finish()
    elapsed = time.perf_counter() - start
    cpu = _cpu() - cpu
    sink.close()
    return elapsed, cpu, summary.captions, dict(summary.kinds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--jobs", default="1,2")
    args = parser.parse_args()
    path = CACHE / "bench" / f"captions-{args.count}.jsonl"
    if not path.exists():
        build_corpus(path, args.count)

    # Warm the glossary and detector once, as a long-running process would have them.
    from localize.services.captions import check_caption

    load = time.perf_counter()
    check_caption("warm up", lang="en")
    load = time.perf_counter() - load

    import resource

    rows = []
    base = None
    kinds: dict[str, int] = {}
    for jobs in (int(j) for j in args.jobs.split(",")):
        elapsed, cpu, count, kinds = run(path, jobs)
        rate = count / elapsed
        base = base or rate
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows.append((jobs, count, elapsed, rate, count / cpu, rate / base, peak))
    print(
        f"caption check: {path.name}, {os.cpu_count()} CPUs, "
        f"glossary+detector load {load * 1000:.0f} ms, load average {os.getloadavg()[0]:.1f}"
    )
    header = ("jobs", "captions", "wall s", "captions/s", "per CPU-s", "scaling", "peak RSS")
    cells = [
        (
            jobs,
            count,
            f"{elapsed:.2f}",
            f"{rate:,.0f}",
            f"{per_cpu:,.0f}",
            f"{scaling:.2f}x",
            f"{peak:.0f} MB",
        )
        for jobs, count, elapsed, rate, per_cpu, scaling, peak in rows
    ]
    print(table([header, *cells], rule=False))
    print("findings by kind:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "none")
    print(
        "per CPU-s: captions per CPU second of the main process and its workers (per-core "
        "throughput, not skewed by other load); wall-clock scaling needs an idle machine."
    )


if __name__ == "__main__":
    main()
