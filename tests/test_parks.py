"""Which report a question names."""

from __future__ import annotations

from pathlib import Path

from conftest import catalog_of
from parkqa.parks import PARK_TYPES, report_key, reports_named, unknown_park

KEYS = [
    report_key("b.html", "滨江经济开发区2024年三季度经济运行情况"),
    report_key("d.txt", "丹徒高新园"),
    report_key("n.txt", "南湖生物医药产业园2023年工作总结"),
]


def test_park_names_from_titles() -> None:
    assert (KEYS[0].name, KEYS[0].short, KEYS[0].year) == ("滨江经济开发区", "滨江", 2024)
    assert (KEYS[1].name, KEYS[1].year) == ("丹徒高新园", None)


def test_named_in_chinese_short_form_and_pinyin() -> None:
    assert reports_named("滨江开发区前三季度新签约项目多少个？", KEYS) == {"b.html"}
    assert reports_named("How many projects did Binjiang sign?", KEYS) == {"b.html"}
    assert reports_named("How many projects did Dantu sign?", KEYS) == {"d.txt"}
    assert reports_named("南湖生物医药产业园研发投入多少？", KEYS) == {"n.txt"}
    assert reports_named("全年签约了多少个项目？", KEYS) == set()


def test_parks_of_one_short_name_are_told_apart_by_their_type() -> None:
    """和阳高新区, 和阳经济开发区 and 和阳产业园 are all 和阳 for short: a question that gives
    the type reads only that park's reports; one that gives none, or a type no report has,
    reads all three. The fast index finds the same."""
    from parkqa.parks import ParkIndex

    keys = [
        report_key("h1.txt", "和阳高新区2024年工作总结"),
        report_key("h2.txt", "和阳经济开发区2024年工作总结"),
        report_key("h3.txt", "和阳产业园2024年工作总结"),
        report_key("h4.txt", "和阳高新技术产业开发区2023年工作总结"),
    ]
    cases = {
        "和阳高新区2024年发明专利授权多少件？": {"h1.txt", "h4.txt"},
        "和阳经开区签约了多少个项目？": {"h2.txt"},
        "和阳产业园签约了多少个项目？": {"h3.txt"},
        "和阳开发区签约了多少个项目？": {"h1.txt", "h2.txt", "h3.txt", "h4.txt"},
        "和阳科技园签约了多少个项目？": {"h1.txt", "h2.txt", "h3.txt", "h4.txt"},
        "How many patents did Heyang High-tech Zone get in 2024?": {"h1.txt", "h4.txt"},
        "How many projects did Heyang EDZ sign?": {"h2.txt"},
        "How many projects did Heyang sign?": {"h1.txt", "h2.txt", "h3.txt", "h4.txt"},
        "和阳高新区和和阳产业园哪个签约项目多？": {"h1.txt", "h3.txt", "h4.txt"},
    }
    index = ParkIndex(keys)
    for question, expected in cases.items():
        assert reports_named(question, keys) == expected, question
        assert index.named(question) == expected, question


def test_a_short_name_spoken_with_there_names_the_park() -> None:
    """ "和阳那边2024年…" names 和阳's reports as "和阳高新区" does; 和阳 alone before other words
    names none."""
    from parkqa.parks import ParkIndex

    keys = [
        report_key("h1.txt", "和阳高新区2024年工作总结"),
        report_key("x.txt", "青柘经开区2024年"),
    ]
    index = ParkIndex(keys)
    assert index.named("和阳那边2024年到账的钱有多少？") == {"h1.txt"}
    assert index.named("说说和阳2024年到账的钱有多少？") == set()


def test_a_short_name_as_the_questions_topic_names_its_one_park() -> None:
    """ "棹州这次签约…" (棹州高新区, the one park of that place): the question's topic, after a
    time or a polite opening, before a word that names nothing more; never a place some report
    writes as a city (和阳市), nor one said as a city (和阳全市, 和阳市), nor a name that goes on
    (和阳新能源电池材料产业园项目)."""
    from parkqa.parks import ParkIndex

    keys = [
        report_key("h1.txt", "和阳高新区2024年工作总结"),
        report_key("z.html", "棹州高新区召开2025年前三季度经济运行分析会"),
    ]
    index = ParkIndex(keys)
    assert index.named("棹州这次签约投资最大的是哪家公司？") == {"z.html"}
    assert index.named("请问2024年和阳的到账资金有多少？") == {"h1.txt"}
    assert index.named("和阳2024年到账的钱有多少？", lambda place: place == "和阳") == set()
    assert index.named("和阳全市签约项目多少个？") == set()
    assert index.named("和阳市签约项目多少个？") == set()
    assert index.named("和阳新能源电池材料产业园项目计划总投资多少？") == set()


def test_a_headlines_slogan_is_no_part_of_its_parks_name() -> None:
    assert report_key("w.pdf", "凝心聚力 攻坚突破 奋力开创蜿醇高新区高质量发展新局面").name == (
        "蜿醇高新区"
    )
    assert report_key("j.docx", "鞠饴经济技术开发区2026年上半年经济运行情况分析").name == (
        "鞠饴经济技术开发区"
    )
    # (a verb inside a name is no slogan)
    assert report_key("c.txt", "岚州建设路科技产业园2025年工作总结").name == "岚州建设路科技产业园"


def test_a_time_before_a_parks_name_is_no_part_of_it() -> None:
    from parkqa.parks import parks_written

    assert parks_written("2025年末竭盟经开区有多少家高新技术企业？") == ["竭盟经开区"]
    assert parks_written("截至年底竭盟经开区有多少家？") == ["竭盟经开区"]


def test_strip_park_name_from_question() -> None:
    assert "丹徒" not in KEYS[1].strip_from("丹徒高新园列统投资额是多少？")


def test_a_park_no_report_mentions_is_unknown(tmp_path: Path) -> None:
    from parkqa.parks import unknown_park

    corpus = catalog_of(
        tmp_path, {"n.txt": "南湖生物医药产业园全年新引进企业64家。充分利用人力资源产业园等平台。"}
    )
    assert unknown_park("北湖数字经济产业园新引进企业多少家？", corpus) == "北湖数字经济产业园"
    assert unknown_park("东湖生物医药产业园新引进企业多少家？", corpus) == "东湖生物医药产业园"
    assert unknown_park("南湖生物医药产业园新引进企业多少家？", corpus) is None
    assert unknown_park("人力资源产业园有哪些平台？", corpus) is None
    assert unknown_park("对人力资源产业园有哪些支持？", corpus) is None
    assert unknown_park("园区新增多少家企业？", corpus) is None


def test_english_mentions_need_the_pinyin_and_the_park_type() -> None:
    from parkqa.parks import mentions

    question = "Where did Yunling ETDZ rank in the assessment?"
    assert mentions(question, "云陵经开区")
    assert not mentions(question, "云陵高新区")
    assert not mentions(question, "双溪产业园")
    assert mentions("云陵经开区排名第几？", "云陵经开区")


def test_a_citys_parks_are_known_by_the_city(tmp_path: Path) -> None:
    from parkqa.parks import parks_mentioned, unknown_park

    texts = catalog_of(
        tmp_path, {"a.md": "全市开发园区新签约项目183个。云陵经开区52个。", "b.txt": "南湖产业园"}
    )
    question = "2024年1—9月云陵市开发园区新签约项目多少个？"
    assert unknown_park(question, texts) is None
    assert set().union(*parks_mentioned("云陵全市开发园区到位资金多少？", texts).values()) == {
        "a.md"
    }
    assert unknown_park("北湖数字经济产业园新引进企业多少家？", texts) == "北湖数字经济产业园"


def test_a_question_word_before_a_park_type_names_no_park(tmp_path: Path) -> None:
    from parkqa.parks import unknown_park

    texts = catalog_of(tmp_path, {"a.txt": "云陵高新区…"})
    assert unknown_park("排在最后的是哪个园区？", texts) is None
    assert unknown_park("北湖数字经济产业园新引进企业多少家？", texts) == "北湖数字经济产业园"


def test_a_headline_or_a_city_wide_title_names_its_park_or_none() -> None:
    assert (
        report_key("a.htm", "总投资118.6亿元！云陵高新区2024年秋季重点项目集中签约").name
        == "云陵高新区"
    )
    assert report_key("b.md", "关于2024年1—9月全市开发园区招商引资工作情况的通报").name is None


def test_the_park_index_finds_what_every_report_key_finds() -> None:
    """``ParkIndex`` looks the question's pieces up instead of trying each report: it must name
    exactly the reports that trying each report names, on every gold question."""
    import json
    from pathlib import Path

    from parkqa.parks import ParkIndex, report_key, reports_named

    titles = [
        "青湖高新区2023年度工作总结",
        "滨江经济开发区2024年三季度经济运行情况",
        "南湖生物医药产业园2023年工作总结",
        "松山产业园2023年工作报告",
        "西塬智能制造产业园2024年上半年运行情况",
        "2024年1—6月鸿渚经济技术开发区主要经济指标",
        "关于云陵高新区2023年招商引资工作的报告",
        "丹徒高新园",
        "北湖数字经济产业园2024年工作简报",
        "总投资118.6亿元！云陵高新区重大项目集中开工",
        *[
            f"{a}{b}{kind}2023年工作总结"
            for a in "东西南北"
            for b in "湖山江"
            for kind in ("高新区", "产业园")
        ],
    ]
    keys = [report_key(f"r{i}.txt", title) for i, title in enumerate(titles)]
    root = Path(__file__).resolve().parents[1]
    questions = [
        "Bin-jiang EDZ: how many projects in Q3?",
        "What did binjiang sign?",
        "binjiang2023 figures",
        "How about Yun Ling high-tech zone?",
        "滨江开发区前三季度新签约项目多少个？",
        "东湖园区和西山片区一共多少家？",
    ]
    for gold in [
        *(root / "tests" / "gold").glob("*.jsonl"),
        root.parent / "shared" / "eval" / "dev" / "qa.jsonl",
    ]:
        questions += [
            json.loads(line)["question"]
            for line in gold.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    index = ParkIndex(keys)
    assert len(questions) > 150
    for question in questions:
        assert index.named(question) == reports_named(question, keys), question
    assert sum(bool(index.named(q)) for q in questions) >= 10  # not a test of empty sets


def test_the_name_index_finds_what_mentions_finds() -> None:
    from parkqa.parks import NameIndex, mentions

    names = [
        "泽康药业创新药研发中心",
        "青湖新能源电池材料产业园项目",
        "云陵经开区",
        "云陵高新区",
        "滨江经济开发区",
        "华宜新材(北京)科技有限公司",
        "南湖生物医药产业园",
        "西山片区",
        "东湖片区",
    ]
    questions = [
        "泽康药业创新药研发中心是哪天动工的？",
        "When did Zekang start building its R&D centre?",
        "Yunling ETDZ: how many firms?",
        "Yun-ling high tech zone GDP?",
        "How big is the Xishan area?",
        "青湖新能源电池材料产业园项目计划总投资多少？",
        "binjiang economic development zone",
        "Nanhu industrial park R&D",
        "南湖园区",
    ]
    index = NameIndex(names)
    for question in questions:
        assert index.mentioned(question) == {n for n in names if mentions(question, n)}, question
    assert index.mentioned("Yunling ETDZ: how many firms?") == {"云陵经开区"}


def test_a_park_whose_name_starts_like_a_function_word_is_not_cut(tmp_path: Path) -> None:
    """和阳高新区 starts with 和 ("and"): cut, it would be 阳高新区, the end of 云阳高新区 too."""
    from parkqa.parks import parks_mentioned

    containing = catalog_of(
        tmp_path,
        {
            "h.txt": "和阳高新区2024年新签约项目12个。",
            "y.txt": "云阳高新区2024年新签约项目30个。",
            "r.txt": "人力资源产业园新签约项目4个。",
        },
    )
    assert set().union(
        *parks_mentioned("和阳高新区2024年新签约项目多少个？", containing).values()
    ) == {"h.txt"}
    assert set().union(*parks_mentioned("对人力资源产业园有哪些支持？", containing).values()) == {
        "r.txt"
    }


def test_every_park_suffix_ends_a_name_where_the_registry_says() -> None:
    """Titles and questions read park names by the suffixes of ``PARK_TYPES`` (one registry):
    each suffix ends a name in a title / a question exactly where its entry says so."""
    for t in PARK_TYPES:
        name = f"青溪{t.suffix}"
        key = report_key("r.txt", f"{name}2024年工作总结")
        assert (key.name == name) is t.in_titles, (t.suffix, key.name)
        # A park no report mentions: the name the question is read to give is the one refused.
        said = unknown_park(f"{name}2024年新签约项目多少个？", lambda names: set())
        assert (said == name) is t.in_questions, (t.suffix, said)


def test_a_park_named_after_its_city_is_known_by_its_own_short_name() -> None:
    from parkqa.parks import report_key

    assert report_key("a.txt", "", "苓榆市桧川经济技术开发区").short == "桧川"
    assert report_key("b.txt", "", "松岙县经济开发区").short == "松岙"  # the county is its name
    key = report_key("c.txt", "", "苓榆市桧川经济技术开发区")
    assert key.mentioned_in("桧川经开区2024年新签约项目多少个？")


def test_a_reports_member_parks_are_not_its_own_park_under_another_form() -> None:
    from parkqa.parks import member_parks

    assert member_parks(
        ("砺川经开区", "砺川经济技术开发区", "磐溪经开区"), "砺川经济技术开发区"
    ) == ("磐溪经开区",)
    bulletin = ("棠霖高新区", "磐溪经开区", "硕沅临港产业园", "部分园区")
    assert member_parks(bulletin, None) == ("棠霖高新区", "磐溪经开区", "硕沅临港产业园")


def test_a_parks_full_name_is_mentioned_by_its_short_name_of_the_same_type() -> None:
    """A workbook row 峦川高新技术产业开发区 is the park a question calls 峦川高新区 (not
    峦川经开区)."""
    from parkqa.parks import mentions

    assert mentions("峦川高新区2025年规上工业总产值是多少？", "峦川高新技术产业开发区")
    assert not mentions("峦川经开区2025年规上工业总产值是多少？", "峦川高新技术产业开发区")


def test_a_park_named_with_its_city_first_is_found_by_its_own_name(tmp_path: Path) -> None:
    """A bulletin titled by its city writes 淞焕高新区; a question writes 煜浔市淞焕高新区: the
    reports naming both the city and the park's own name hold it (and it is no unknown park);
    a park of that name in a report that never names the city is another park."""
    from parkqa.parks import own_name, parks_mentioned, unknown_park

    texts = catalog_of(
        tmp_path,
        {
            "bulletin.txt": "煜浔市重点园区运行通报。淞焕高新区以光电显示为主导产业。",
            "other.txt": "淞焕高新区规上工业总产值12亿元。",
        },
    )
    question = "煜浔市淞焕高新区的主导产业有哪些？"
    assert parks_mentioned(question, texts) == {"煜浔市淞焕高新区": {"bulletin.txt"}}
    assert unknown_park(question, texts) is None
    assert unknown_park("煜浔市岚峤高新区的主导产业有哪些？", texts) == "煜浔市岚峤高新区"
    assert own_name("煜浔市淞焕高新区") == "淞焕高新区"
    assert own_name("松阳县经济开发区") == "松阳县经济开发区"


def test_parts_and_industrial_parks_spelled_in_pinyin() -> None:
    from parkqa.parks import mentions, unknown_english_park

    assert mentions("What about Fengyi Biomedical Park?", "沣漪生物医药园")
    assert mentions("What about the Boyin sub-park?", "铂崟片区")
    assert not mentions("What about Fengyi?", "沣漪生物医药园")
    known = ["huanning", "mingrong"]
    assert (
        unknown_english_park("How many projects did Suihe Industrial Park sign?", known) == "Suihe"
    )
    assert (
        unknown_english_park("How many projects did Huanning Industrial Park sign?", known) is None
    )
    # an English word before "Industrial Park" may name a part: never an unknown park
    assert (
        unknown_english_park("What was the output of the Airport Industrial Park?", known) is None
    )


def test_a_citys_parks_counted_together_are_no_park() -> None:
    from parkqa.parks import is_generic_park

    assert is_generic_park("琨垣市四园区") and is_generic_park("稔州市五个开发区")
    assert is_generic_park("琨垣四园区")
    assert not is_generic_park("琨垣高新区") and not is_generic_park("瑶坪园")


def test_a_park_written_after_its_city_is_spelled_by_its_own_name() -> None:
    from parkqa.parks import NameIndex, names_english_park

    members = ("琨垣高新区", "琨垣经开区", "琨垣市瑶坪新材料产业园")
    question = (
        "What was the growth of investment in Kunyuan's Yaoping New Materials Industrial Park?"
    )
    assert NameIndex(members).mentioned(question) == {"琨垣市瑶坪新材料产业园"}
    assert names_english_park(question)
    assert not names_english_park("What was the investment of Kunyuan's four parks combined?")


def test_a_project_spelled_by_its_owners_pinyin_is_named_never_a_park() -> None:
    from parkqa.parks import mentions

    project = "朗越半导体封装测试基地项目"
    assert mentions("What is the total investment of the Langyue packaging base project?", project)
    # "project" must be said, and the spelled name must not be a park's
    assert not mentions("What did Langyue invest?", project)
    assert not mentions("How many projects did Langyue ETDZ sign?", project)
    # a class of projects (新能源汽车项目) has no owner to spell
    assert not mentions("How many Xinneng projects?", "新能源汽车零部件项目")


def test_a_parts_pinyin_before_its_parks_type_names_the_park() -> None:
    from parkqa.parks import mentions

    part = "锡岱生命科学园"
    assert not mentions("What was the foreign capital used in Xidai High-tech Zone?", part)
    assert mentions("What was the output of Xidai Life Science Park?", part)


def test_an_english_park_name_says_its_type_with_the_name() -> None:
    """ "Yuantao ETDZ", "Yuantao Economic and Technological Development Zone" name the park;
    "did Yuantao sign … during its development zone week" names the city (the type words
    away from the name)."""
    from parkqa.parks import NameIndex

    index = NameIndex(["辕陶经开区"])
    assert index.mentioned("How many projects did Yuantao ETDZ sign?") == {"辕陶经开区"}
    spelled = "What was the output of Yuantao Economic and Technological Development Zone?"
    assert index.mentioned(spelled) == {"辕陶经开区"}
    city = "How many projects did Yuantao sign during its 2026 development zone promotion week?"
    assert index.mentioned(city) == set()


def test_a_name_is_spelled_in_english_by_any_reading_of_its_characters() -> None:
    from parkqa import parks
    from parkqa.parks import NameIndex

    # 蹊 reads qi and xi: an English text may write either
    assert parks.pinyin_keys("粼蹊") == ("linqi", "linxi")
    index = NameIndex(["粼蹊高新区"])
    assert index.mentioned("exports of Linxi High-tech Zone") == {"粼蹊高新区"}
    assert index.mentioned("exports of Linqi High-tech Zone") == {"粼蹊高新区"}
    assert index.mentioned("exports of Linji High-tech Zone") == set()


def test_a_report_declares_short_names_in_brackets_and_in_table_notes() -> None:
    from parkqa.parks import declared_names

    text = (
        "分园区看，峪岚经济技术开发区（以下简称“峪岚经开区”）完成产值。"
        "注：帆渠园区即帆渠工业园区，峪岚临空区即峪岚临空经济区。全年即将完成。"
    )
    names = declared_names(text)
    assert names["峪岚经开区"] == {"峪岚经济技术开发区"}
    assert names["峪岚经济技术开发区"] == {"峪岚经开区"}
    assert names["帆渠园区"] == {"帆渠工业园区"}
    assert names["峪岚临空经济区"] == {"峪岚临空区"}
    assert not any("即将" in n for n in names)


def test_a_park_spoken_of_by_its_place() -> None:
    from parkqa.parks import spoken_of

    assert spoken_of("螭山那边前三季度新添了几家规上企业？", "螭山新材料产业园")
    assert not spoken_of("螭山新材料产业园前三季度新增多少？", "蜻湾经济开发区")
    assert not spoken_of("螭山新材料产业园前三季度新增多少？", "螭山新材料产业园")


def test_a_set_of_a_citys_parks_names_no_park() -> None:
    from parkqa.parks import parks_written

    assert parks_written("2025年钜州哪个园区引进的外资最多？") == []
    assert parks_written("钜州市哪个开发园区2025年固定资产投资是负增长？") == []
    assert parks_written("2025年钜州四个园区里谁的规上工业产值跑得最快？") == []
    assert parks_written("蛟湖经开区2024年产值多少") == ["蛟湖经开区"]


def test_a_park_spoken_of_by_its_place_and_kind() -> None:
    from parkqa.parks import spoken_of

    assert spoken_of("焱山那个新材料园前三季度工业投资涨了多少？", "焱山新材料产业园")
    assert spoken_of("樾江那个数字园子前三季度收了多少税？", "樾江数字经济产业园")
    assert not spoken_of("焱山那个项目投了多少？", "焱山新材料产业园")
