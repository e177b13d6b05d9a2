"""Hand-built events shaped like the seed articles (no extractor needed) for the incident and report tests."""
from __future__ import annotations

from marsad.models import Document, Event

STATE = "Military Forces of Syria (2000-)"
REBELS = "Opposition Rebels (Syria)"
CIVS = "Civilians (Syria)"
PROT = "Protesters (Syria)"

# place_id: (English, Arabic, admin1, lat, lon, geo_precision)
PLACES = {
    "balad": ("Daraa al-Balad", "درعا البلد", "Daraa", 32.6125, 36.1030, 1),
    "daraa": ("Daraa", "درعا", "Daraa", 32.61889, 36.10213, 1),
    "SY12": ("Daraa governorate", "محافظة درعا", "Daraa", 32.75, 36.2, 3),
    "saida": ("Saida", "صيدا", "Daraa", 32.6283, 36.2261, 1),
    "sahwa": ("As-Sahwa", "السهوة", "Daraa", 32.59611, 36.36778, 1),
    "idlib": ("Idleb", "إدلب", "Idleb", 35.93062, 36.63393, 1),
}

SUB_TYPE = {
    "Armed clash": "Battles", "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Shelling/artillery/missile attack": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
    "Attack": "Violence against civilians",
    "Peaceful protest": "Protests",
}


def ev(eid: str, doc: str, date: str | None, sub: str, place: str, a1: str, i1: int, a2: str = "", i2: int | None = None,
       fat: int | None = None, disputed_by: list[str] | None = None, evidence: str = "", terms=None, tol: int = 0,
       precision: int | None = None) -> Event:
    en, ar, adm, lat, lon, gp = PLACES[place]
    return Event(
        doc_id=doc, event_id_cnty=eid, event_date=date, year=int(date[:4]) if date else None,
        time_precision=precision if precision is not None else (1 if date else None), date_tolerance_days=tol,
        event_type=SUB_TYPE[sub], sub_event_type=sub, actor1=a1, inter1=i1, actor2=a2, inter2=i2,
        place_id=place, location=en, location_ar=ar, admin1=adm, latitude=lat, longitude=lon, geo_precision=gp,
        fatalities=fat or 0, fatalities_known=fat is not None, disputed=bool(disputed_by),
        disputed_by=list(disputed_by or []), evidence_ar=evidence or f"نص الدليل {eid}", actor_terms=list(terms or []),
    )


def seed_like_documents() -> dict[str, Document]:
    return {
        "d001": Document(doc_id="d001", text="تمكنت فصائل الثوار من استعادة السيطرة على بلدات السهوة في ريف درعا الشرقي بعد قصف جوي على درعا البلد اليوم السبت", outlet=None),
        "d002": Document(doc_id="d002", text="حاولت قوات الأسد صباح اليوم الخميس اقتحام درعا البلد عبر ثلاثة محاور واستهدفت الأحياء السكنية في درعا البلد براجمة صواريخ ما أدى إلى مقتل مدني", outlet="السورية نت", url="https://example.org/002", published="2021-07-29"),
        "d003": Document(doc_id="d003", text="اشتباكات عنيفة وقعت بين شبان من أبناء درعا البلد وقوات النظام عند دوار الكازية في حي المنشية", outlet="العربي الجديد", url="https://example.org/003", published="2021-07-28"),
        "d004": Document(doc_id="d004", text="وشنت قوات النظام منذ صباح اليوم الخميس حملة عسكرية على درعا البلد من محوري القبة وحاجز القصاد بالتزامن مع قصف على أحياء درعا البلد بقذائف الهاون ما أدى لمقتل شخصين", outlet="عنب بلدي", url="https://example.org/004", published="2021-07-29"),
    }


def seed_like_events() -> list[Event]:
    d = "2021-07-29"
    return [
        # 2018 article: undated, same places and types as 2021 — must merge with nothing
        ev("001-1", "d001", None, "Shelling/artillery/missile attack", "balad", STATE, 1),
        ev("001-2", "d001", None, "Armed clash", "balad", STATE, 1, REBELS, 2),
        ev("001-3", "d001", None, "Non-state actor overtakes territory", "sahwa", REBELS, 2, STATE, 1),
        ev("002-01", "d002", d, "Armed clash", "balad", STATE, 1, REBELS, 2,
           terms=[{"actor": STATE, "term": "قوات الأسد", "loaded": True}]),
        ev("002-02", "d002", d, "Shelling/artillery/missile attack", "balad", STATE, 1, CIVS, 7, fat=1,
           evidence="استهدفت قوات الأسد الأحياء السكنية في درعا البلد براجمة صواريخ",
           terms=[{"actor": STATE, "term": "قوات الأسد", "loaded": True}]),
        ev("002-03", "d002", d, "Non-state actor overtakes territory", "saida", REBELS, 2, STATE, 1,
           disputed_by=["Syrian state media"]),
        ev("002-06", "d002", d, "Shelling/artillery/missile attack", "daraa", STATE, 1, REBELS, 2),
        ev("002-07", "d002", d, "Armed clash", "SY12", REBELS, 2, STATE, 1),
        ev("003-1", "d003", "2021-07-28", "Armed clash", "balad", REBELS, 2, STATE, 1,
           terms=[{"actor": STATE, "term": "قوات النظام", "loaded": False}]),
        ev("003-2", "d003", "2021-07-28", "Attack", "balad", STATE, 1, CIVS, 7),
        ev("004-01", "d004", d, "Peaceful protest", "idlib", PROT, 6),
        ev("004-02", "d004", d, "Non-state actor overtakes territory", "SY12", REBELS, 2, STATE, 1),
        ev("004-03", "d004", d, "Armed clash", "balad", STATE, 1, REBELS, 2,
           terms=[{"actor": STATE, "term": "قوات النظام", "loaded": False}]),
        ev("004-04", "d004", d, "Shelling/artillery/missile attack", "balad", STATE, 1, CIVS, 7, fat=2,
           evidence="بالتزامن مع تمهيد وقصف على أحياء درعا البلد بقذائف الهاون"),
        ev("004-05", "d004", d, "Government regains territory", "balad", STATE, 1, REBELS, 2),
        ev("004-06", "d004", d, "Attack", "balad", STATE, 1, CIVS, 7),
        ev("004-07", "d004", d, "Armed clash", "SY12", REBELS, 2, STATE, 1),
    ]
