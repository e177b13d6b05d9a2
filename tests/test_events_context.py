"""Context that is not news: a sentence opening with "يُذكر أن" recalls background, and air cover or
mine clearing told alongside a battle is part of it, not an event of its own. Sentences written here."""
from marsad.models import Document
from marsad.pipeline import analyze


def subs(text: str, pub: str | None = "2023-06-10"):
    return sorted((e.sub_event_type, e.location_ar) for e in analyze(Document(doc_id="t", text=text, published=pub)).events)


def test_a_sentence_opening_with_yudhkar_anna_is_background():
    news = "قصفت قوات النظام بالمدفعية بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم."
    assert subs(news) == [("Shelling/artillery/missile attack", "كفرنبل")]
    recalled = news + " يُذكر أن فصائل المعارضة سيطرت على مدينة معرة النعمان بعد معارك عنيفة مع قوات النظام."
    assert subs(recalled) == subs(news)
    also = news + " ويشار إلى أن اشتباكات اندلعت في مدينة سراقب بين الطرفين."
    assert subs(also) == subs(news)


def test_the_opener_must_open_the_sentence():
    text = "اندلعت اشتباكات عنيفة في مدينة سراقب بين قوات النظام وفصائل المعارضة، وقال مصدر إن القتال مستمر كما يذكر أن."
    assert ("Armed clash", "سراقب") in subs(text)


def test_air_cover_is_part_of_the_battle():
    text = ("سيطرت قوات النظام على بلدة كفرنبل في ريف إدلب الجنوبي اليوم بعد معارك مع فصائل المعارضة، "
            "وسط غطاء جوي روسي مكثف.")
    types = [s for s, _ in subs(text)]
    assert "Air/drone strike" not in types and types  # the takeover stays, no separate strike


def test_clearing_mines_is_not_an_explosion():
    text = ("دخلت وحدات الهندسة بلدة كفرنبل في ريف إدلب الجنوبي اليوم وبدأت بتفكيك العبوات الناسفة "
            "التي خلفها المسلحون.")
    assert not any(s == "Remote explosive/landmine/IED" for s, _ in subs(text))


def test_a_road_named_by_its_two_ends_places_the_event_at_the_first():
    text = ("انفجرت عبوة ناسفة بسيارة عسكرية على طريق نوى الشيخ مسكين في ريف درعا الغربي اليوم، "
            "ما أدى لمقتل عنصرين.")
    assert [loc for s, loc in subs(text) if s == "Remote explosive/landmine/IED"] == ["نوى"]


def test_an_earlier_step_of_a_campaign_is_not_where_the_act_happens():
    text = ("تتواصل حملات التضامن مع المعتقلين في مدن عدة، فبعد مدينة سلمية، قطع محتجون الطريق الرئيسي "
            "في مدينة السقيلبية اليوم.")
    places = [loc for s, loc in subs(text) if s == "Peaceful protest"]
    assert "السقيلبية" in places and "سلمية" not in places
