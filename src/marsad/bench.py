"""Benchmark: documents per second and peak memory of the pipeline on generated Arabic reports.

Documents are assembled from sentence fragments in the style of the seed articles (places, actors,
dates, numbers, attribution, links and trailers), varied by a seeded RNG so runs are repeatable.
Each phase runs in a fresh child process, so its peak RSS (``ru_maxrss``) is its own:

* analyse only: ``pipeline.analyze`` over in-memory documents (optionally on several cores);
* end to end: ``run_corpus`` on files written to a temp folder (ingest, analyse, store, incidents,
  exports and report), one core, from a cold process (what a user's run costs);
* end to end, warm: the same after a small run in the same process (what a long-lived worker pays).

Not a timed test: it prints figures for later issues to report speed.
"""
from __future__ import annotations

import json
import os
import random
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

PLACES = [
    "درعا", "نوى", "داعل", "المزيريب", "طفس", "بصرى الشام", "جاسم", "إنخل", "الحراك", "الصنمين",
    "إدلب", "سراقب", "معرة النعمان", "أريحا", "جسر الشغور", "كفرنبل", "حلب", "الأتارب", "عفرين",
    "منبج", "الباب", "دير الزور", "الميادين", "البوكمال", "الرقة", "تل أبيض", "حماة", "كفرزيتا",
    "اللطامنة", "حمص", "تدمر", "القريتين", "اللاذقية", "جبلة", "دمشق", "دوما", "حرستا", "القنيطرة",
]  # fmt: skip
REGIONS = ["ريف درعا الغربي", "ريف إدلب الجنوبي", "ريف حلب الشمالي", "ريف حماة الشمالي", "ريف دير الزور الشرقي",
           "البادية السورية", "ريف اللاذقية الشمالي", "ريف دمشق"]  # fmt: skip
DIRECTIONS = ["شمال", "جنوب", "شرق", "غرب", "شمال غربي", "جنوب شرقي", "شمالي", "غربي"]
ACTORS = [
    "قوات النظام السوري", "قوات الأسد", "الفرقة الرابعة", "الميليشيات الإيرانية", "فصائل المعارضة",
    "مقاتلو المعارضة", "هيئة تحرير الشام", "الجيش الوطني السوري", "قوات سوريا الديمقراطية", "تنظيم داعش",
    "خلايا داعش", "الطيران الروسي", "القوات التركية", "شبان من أهالي المنطقة", "مسلحون مجهولون",
    "المخابرات الجوية", "ميليشيا حزب الله",
]  # fmt: skip
SOURCES = ["المرصد السوري لحقوق الإنسان", "تجمع أحرار حوران", "ناشطون محليون", "مصادر محلية", "الدفاع المدني السوري",
           "مراسلنا", "وكالة سانا", "شبكة شام"]  # fmt: skip
OUTLETS = ["ستيب نيوز", "السورية نت", "العربي الجديد", "عنب بلدي", "الدرر الشامية", "تلفزيون سوريا", "زمان الوصل"]
WEEKDAYS = ["السبت", "الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
          "تشرين الثاني", "كانون الأول"]  # fmt: skip
NUMBERS = ["ثلاثة", "أربعة", "خمسة", "سبعة", "عشرة", "عشرات", "اثنان", "2", "3", "5", "12", "٤", "٧"]
WEAPONS = ["بقذائف المدفعية", "بقذائف الهاون", "بصواريخ أرض أرض", "بالطائرات المسيرة", "بالرشاشات الثقيلة",
           "ببراميل متفجرة", "بصاروخ موجه"]  # fmt: skip

LEADS = [
    "شهدت {place} في {region}، {when}، اشتباكات عنيفة بين {a1} و{a2}، وذلك بعد فشل المفاوضات الأخيرة.",
    "قتل {num} مدنيين وأصيب آخرون، {when}، جراء قصف {a1} {weapon} على مدينة {place} {dir} {place2}.",
    "استهدفت {a1} {weapon} بلدة {place} في {region}، {when}، ما أدى إلى مقتل {num} أشخاص بينهم أطفال.",
    "سيطرت {a1} على قرية {place} {dir} {place2} بعد معارك مع {a2} استمرت ساعات، {when}.",
    "انفجرت عبوة ناسفة بسيارة عسكرية تابعة لـ{a1} على الطريق الواصل بين {place} و{place2}، {when}.",
    "خرج العشرات من أهالي {place} في مظاهرة {when} للمطالبة بالإفراج عن المعتقلين لدى {a1}.",
    "اغتال مسلحون مجهولون قيادياً سابقاً في {a2} بإطلاق النار عليه في بلدة {place} بـ{region}، {when}.",
]  # fmt: skip
BODY = [
    "وقال {src} إن {a1} استهدفت منازل المدنيين في {place} {weapon}، ما تسبب بأضرار مادية كبيرة.",
    "وأضاف {src} أن حصيلة القتلى ارتفعت إلى {num} بينهم امرأة وطفلان، فيما أصيب {num2} آخرون بجروح.",
    "وفي السياق، لقي {num} عناصر من {a2} مصرعهم بهجوم لـ{a1} على حاجز قرب {place}.",
    "ونفت {a2} في بيان رسمي أي مسؤولية عن الهجوم، متهمة {a1} بافتعال التصعيد.",
    "وتوعدت {a1} بالرد على الهجوم، بينما أعلنت {a2} عن استنفار عناصرها في محيط {place}.",
    "وتأتي هذه التطورات بعد أيام من اجتماع بين وجهاء {place} وضباط روس في مدينة {place2}، دون التوصل إلى اتفاق.",
    "ونقلاً عن {src}، فإن {a1} دفعت بتعزيزات عسكرية إلى محيط {place} {dir} {place2}.",
    "كما شهدت مدينة {place} {dir} {place2} اشتباكات متقطعة بالأسلحة الخفيفة والمتوسطة حتى ساعات الفجر.",
    "وكانت {a1} قد شنت في {month} الماضي حملة دهم واعتقالات طالت {num} شبان في {place}.",
    "وأفاد {src} بأن الطيران الحربي نفذ {num2} غارات على أطراف {place} منذ صباح يوم {weekday}.",
    "وذكرت مصادر طبية أن مشفى {place} استقبل {num2} جرحى، بعضهم في حالة خطرة.",
    "يذكر أن {region} يشهد منذ {month} {year} توتراً أمنياً متصاعداً وعمليات اغتيال شبه يومية.",
]  # fmt: skip
WHEN = ["اليوم {weekday}", "ليل {weekday}", "مساء أمس {weekday}", "صباح اليوم", "يوم {weekday} {day} {month}",
        "في {day} من {month} {year}", "فجر اليوم"]  # fmt: skip
TRAILERS = ["المصدر: {outlet}", "اقرأ أيضاً: {place} .. تصعيد جديد", "قد يعجبك أيضا", "شارك هذا المقال"]


def _fill(rng: random.Random, template: str) -> str:
    place, place2 = rng.sample(PLACES, 2)
    a1, a2 = rng.sample(ACTORS, 2)
    when = rng.choice(WHEN).format(
        weekday=rng.choice(WEEKDAYS), day=rng.randint(1, 28), month=rng.choice(MONTHS), year=rng.randint(2012, 2024)
    )
    return template.format(
        place=place, place2=place2, a1=a1, a2=a2, when=when, region=rng.choice(REGIONS), dir=rng.choice(DIRECTIONS),
        weapon=rng.choice(WEAPONS), num=rng.choice(NUMBERS), num2=rng.choice(NUMBERS), src=rng.choice(SOURCES),
        month=rng.choice(MONTHS), year=rng.randint(2012, 2024), weekday=rng.choice(WEEKDAYS),
        outlet=rng.choice(OUTLETS),
    )  # fmt: skip


def generate_text(rng: random.Random) -> str:
    """One article: a lead, 6-14 body sentences (some paragraphs), maybe a link and a trailer."""
    lines = [_fill(rng, rng.choice(LEADS))]
    for _ in range(rng.randint(6, 14)):
        lines.append(_fill(rng, rng.choice(BODY)))
    if rng.random() < 0.3:
        lines.insert(rng.randint(1, len(lines)), f"https://twitter.com/user{rng.randint(1, 999)}/status/{rng.randint(10**17, 10**18)}")
    if rng.random() < 0.5:
        lines.append(_fill(rng, rng.choice(TRAILERS)))
    return "\n".join(lines)


def generate_records(n: int, seed: int = 7) -> list[dict]:
    """``n`` JSON-style records (id, text, optional outlet/published) with distinct texts."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        rec = {"id": f"gen{i:06d}", "text": generate_text(rng) + f"\n({i})"}
        if rng.random() < 0.5:
            rec["outlet"] = rng.choice(OUTLETS)
        if rng.random() < 0.5:
            rec["published"] = f"20{rng.randint(12, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append(rec)
    return out


def write_corpus(folder: Path, n: int, seed: int = 7) -> Path:
    """Half the documents as .txt files, half in one .jsonl file (so both readers are exercised)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    records = generate_records(n, seed)
    half = n // 2
    for rec in records[:half]:
        (folder / f"{rec['id']}.txt").write_text(rec["text"], encoding="utf-8")
    with open(folder / "batch.jsonl", "w", encoding="utf-8") as fh:
        for rec in records[half:]:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return folder


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _count_events(doc) -> int:
    from marsad.pipeline import analyze

    return len(analyze(doc).events)


def _phase_analyse(n: int, cores: int, seed: int) -> dict:
    from marsad.ingest.document import content_hash
    from marsad.models import Document
    from marsad.pipeline import analyze

    docs = [Document(doc_id=r["id"], text=r["text"], content_hash=content_hash(r["text"])) for r in generate_records(n, seed)]
    t = time.perf_counter()
    analyze(Document(doc_id="warmup", text=docs[0].text))  # loads lexicons and automata once
    setup = time.perf_counter() - t
    t, c = time.perf_counter(), time.process_time()
    if cores > 1:
        with get_context("fork").Pool(cores) as pool:
            events = sum(pool.imap(_count_events, docs, chunksize=16))
    else:
        events = sum(len(analyze(d).events) for d in docs)
    elapsed, cpu = time.perf_counter() - t, time.process_time() - c
    chars = sum(len(d.text) for d in docs)
    return {"docs": n, "seconds": elapsed, "cpu": cpu if cores == 1 else None, "setup": setup, "events": events,
            "chars": chars, "peak_mb": _peak_mb()}


def _phase_end_to_end(n: int, seed: int, warm: bool = False) -> dict:
    """One ``run_corpus`` over ``n`` files; ``warm``: after a small run in the same process, so
    imports, compiled patterns and lexicons are already loaded (as in a long-lived worker)."""
    from marsad.runner import run_corpus

    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        corpus = write_corpus(Path(tmp) / "corpus", n, seed)
        if warm:
            run_corpus([str(write_corpus(Path(tmp) / "warmup", 20, seed + 1))], Path(tmp) / "warm-out", quiet=True)
        t, c = time.perf_counter(), time.process_time()
        code = run_corpus([str(corpus)], Path(tmp) / "out", quiet=True)
        elapsed, cpu = time.perf_counter() - t, time.process_time() - c
        events = sum(1 for _ in open(Path(tmp) / "out" / "events.jsonl", encoding="utf-8"))
    return {"docs": n, "seconds": elapsed, "cpu": cpu, "events": events, "exit": code, "peak_mb": _peak_mb()}


def _in_child(fn, *args) -> dict:
    """Run one phase in a fresh process so its peak memory is its own."""
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as ex:
        return ex.submit(fn, *args).result()


def _per_cpu(r: dict) -> str:
    """Documents per CPU-second: what the pipeline costs, whatever else the machine's cores are doing
    (on a shared virtual machine the wall-clock figure moves by ±15% between identical runs)."""
    return f" ({r['docs'] / r['cpu']:.1f} per CPU-second)" if r.get("cpu") else ""


def main(n: int = 2000, cores: int = 1, seed: int = 7) -> dict:
    """Print and return the analyse-only and end-to-end figures."""
    cores = max(1, min(cores, os.cpu_count() or 1))
    py = ".".join(map(str, sys.version_info[:3]))
    print(f"marsad bench: {n} generated documents, Python {py} ({sys.executable}), analyse on {cores} core(s), "
          "end to end on 1 core", flush=True)
    a = _in_child(_phase_analyse, n, cores, seed)
    print(
        f"analyse only : {a['docs']} docs in {a['seconds']:.2f} s = {a['docs'] / a['seconds']:.1f} docs/s{_per_cpu(a)} "
        f"({a['chars'] / a['seconds'] / 1000:.0f} k chars/s; {a['events']} events; setup {a['setup']:.2f} s; "
        f"peak RSS {a['peak_mb']:.0f} MB)",
        flush=True,
    )
    e = _in_child(_phase_end_to_end, n, seed)
    print(
        f"end to end   : {e['docs']} docs in {e['seconds']:.2f} s = {e['docs'] / e['seconds']:.1f} docs/s{_per_cpu(e)} "
        f"(ingest+analyse+store+incidents+exports+report; {e['events']} events; exit {e['exit']}; "
        f"peak RSS {e['peak_mb']:.0f} MB)",
        flush=True,
    )
    w = _in_child(_phase_end_to_end, n, seed, True)
    print(
        f"end to end, warm: {w['docs']} docs in {w['seconds']:.2f} s = {w['docs'] / w['seconds']:.1f} docs/s{_per_cpu(w)} "
        f"(the same run after a 20-document one in the same process: imports and lexicons already loaded)",
        flush=True,
    )
    return {"analyse": a, "end_to_end": e, "end_to_end_warm": w}
