"""Places grounded in the register of divisions: exact boundaries from the register,
short forms from its data for every province, identity by official code, and no
guess where the context cannot tell namesakes apart."""
import hashlib

import pytest

from graph.model import Page
from graph.pipeline import extract_page
from graph.places import article_places, grammar_places
from graph.read import clean
from graph.register import abbreviations, register
from tests.test_posts import facts_of, names


def page_of(text: str, doc: str = "t.txt") -> Page:
    cleaned, index = clean(text)
    return Page(doc, text, cleaned, tuple(index), hashlib.sha256(text.encode()).hexdigest())


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.canonical) for m in article_places([text])[0] if m.kind != "coref"]


def village(graph, name: str):
    return next(e for e in graph.entities if e.label == "Place" and e.name == name)


def test_same_name_villages_in_two_counties_are_two_places():
    a = extract_page(page_of("本报讯 宁城县小城子镇红旗村今年种植中药材3000亩。宁城县交通运输局包联红旗村。", "a.txt"))
    b = extract_page(page_of("本报讯 五常市营城子满族乡红旗村修通了水泥路。五常市林业局帮扶红旗村。", "b.txt"))
    va, vb = village(a, "红旗村"), village(b, "红旗村")
    assert va.id == "Place:150429101000/红旗村" and vb.id == "Place:230184212000/红旗村"
    assert va.parents == ("内蒙古自治区", "赤峰市", "宁城县", "小城子镇")
    assert {f.head for f in a.facts if f.type == "SUPPORTS" and f.tail_id == va.id} == {"宁城县交通运输局"}


def test_namesakes_in_one_county_stay_ungrounded():
    """榆树市 has a 红旗村 in 于家镇 and another in 保寿镇: without its town the name is not guessed."""
    g = extract_page(page_of("本报讯 榆树市红旗村的村民今年种了500亩水稻。"))
    v = village(g, "红旗村")
    assert v.code is None and v.id == "Place:榆树市/红旗村"
    town = extract_page(page_of("本报讯 榆树市保寿镇红旗村的村民今年种了500亩水稻。"))
    assert village(town, "红旗村").id == "Place:220182113000/红旗村"


def test_a_known_village_name_inside_a_longer_one_is_not_that_village():
    """小城子镇 has a 红旗村; "小城子镇东红旗村" names another village that ends the same way."""
    assert places("宁城县小城子镇东红旗村修了路。")[-1] == ("东红旗村", None)
    assert places("宁城县小城子镇红旗村修了路。")[-1] == ("红旗村", "红旗村")


def test_a_known_village_of_one_character_after_two_name_characters_is_a_longer_name():
    """献县 has a 东村; "派驻梨树东村" names 梨树东村, a name the register does not know."""
    assert places("献县农业农村局派驻梨树东村的干部说。")[-1] == ("梨树东村", None)


def test_a_township_carries_its_official_code_and_parents():
    g = extract_page(page_of("本报讯 达拉特旗恩格贝镇推行网格化管理。"))
    town = village(g, "恩格贝镇")
    assert (town.id, town.code) == ("Place:150621114000", "150621114000")
    assert town.parents == ("内蒙古自治区", "鄂尔多斯市", "达拉特旗")


@pytest.mark.parametrize("county, province", [("仙桃市", "湖北省"), ("济源市", "河南省"), ("五指山市", "海南省")])
def test_a_county_under_its_province_with_no_city_is_one_division(county, province):
    """The Ministry puts these right under the province and jionlp under 省直辖行政区划:
    one division, whose parent is the province."""
    reg = register()
    (only,) = reg.named(county)
    assert [reg.names[a] for a in reg.ancestors(only)] == [province]


def test_a_county_under_its_province_is_in_the_province():
    facts = extract_page(page_of("本报讯 今年以来，琼中黎族苗族自治县红毛镇推行网格化管理。")).facts
    assert ("琼中黎族苗族自治县", "海南省") in {(f.head, f.tail) for f in facts if f.type == "LOCATED_IN"}
    assert not any("省直辖" in f.tail for f in facts)


def test_the_register_gives_the_containment_the_text_does_not_state():
    g = extract_page(page_of("本报讯 达拉特旗恩格贝镇推行网格化管理。"))
    inferred = {(f.head, f.tail) for f in g.facts if f.type == "LOCATED_IN" and f.inferred}
    assert {("达拉特旗", "鄂尔多斯市"), ("鄂尔多斯市", "内蒙古自治区")} <= inferred
    assert all(f.pattern == "register.parent" for f in g.facts if f.inferred)


def test_a_chain_with_short_forms_splits_into_its_parts():
    assert places("今日关注:山东沂水县院东头镇全力抗旱") == [
        ("山东", "山东省"), ("沂水县", "沂水县"), ("院东头镇", "院东头镇")]
    assert places("四川凉山州昭觉县竹核乡")[:3] == [
        ("四川", "四川省"), ("凉山州", "凉山彝族自治州"), ("昭觉县", "昭觉县")]


def test_a_register_name_keeps_its_boundary_against_a_verb_in_front():
    assert ("镶黄旗", "镶黄旗") in places("组织清理镶黄旗新宝拉格镇的积雪")
    assert not any(s.startswith("清理") for s, _ in places("组织清理镶黄旗新宝拉格镇的积雪"))


def test_short_forms_are_made_from_the_register_for_every_province():
    assert {"科右中旗"} <= abbreviations("科尔沁右翼中旗", "County", [])
    assert {"凉山州", "凉山"} <= abbreviations("凉山彝族自治州", "City", [])
    assert {"黔东南州"} <= abbreviations("黔东南苗族侗族自治州", "City", [])
    assert {"杜尔伯特县"} <= abbreviations("杜尔伯特蒙古族自治县", "County", [])
    assert {"新疆自治区"} <= abbreviations("新疆维吾尔自治区", "Province", ["新疆"])
    assert {"东岭县"} <= abbreviations("东岭各族自治县", "County", [])       # "all peoples"
    assert {"乌州"} <= abbreviations("乌兰苏图蒙古自治州", "City", [])      # a long transliteration
    assert "北州" not in abbreviations("北山塔拉蒙古自治州", "City", [])
    assert {"清水县"} <= abbreviations("清水苗族自治县", "County", [])      # 水 of the name, not the 水 people


def test_a_prefecture_s_one_character_short_form_is_told_from_a_district_by_the_province():
    assert ("巴州", "巴音郭楞蒙古自治州") in places("新疆巴州和静县")


def test_an_abbreviation_shared_by_two_counties_is_told_apart_by_the_city():
    """阿旗 is 阿鲁科尔沁旗 (赤峰), 阿荣旗 (呼伦贝尔) or 阿巴嘎旗 (锡林郭勒): the city decides."""
    assert ("阿旗", "阿荣旗") in places("呼伦贝尔市阿旗那吉镇")
    assert ("阿旗", "阿鲁科尔沁旗") in places("赤峰市阿旗天山镇")


def test_a_name_the_register_lacks_falls_back_to_the_suffix_grammar():
    assert ("柳树湾村", None) in places("清水镇柳树湾村修了新路")


def test_villages_are_found_only_with_their_township_or_county_in_context():
    reg = register()
    town = next(i for i in reg.named("恩格贝镇"))
    assert "黄母哈日村" in reg.villages(town)
    assert places("黄母哈日村修了新路") == [("黄母哈日村", None)]      # no context: the grammar's, ungrounded
    grounded = [m for m in article_places(["恩格贝镇黄母哈日村修了新路"])[0] if m.surface == "黄母哈日村"]
    assert grounded[0].division is not None


def test_a_bare_county_name_before_its_own_village_is_the_county():
    text = ("本报讯 近日,青山县林业局赴宁城县小城子镇八家子村开展活动。"
            "现场,青山县林业局党支部与宁城八家子村党总支签订《结对共建协议》。")
    got = {(f.type, f.head, f.tail) for f in extract_page(page_of(text)).facts}
    assert ("SUPPORTS", "青山县林业局", "八家子村") in got
    # alone, the bare name is no place: it is not before a place it contains
    assert [p for p, _ in places("宁城的冬天来得早。")] == []


def located(text: str) -> set[tuple[str, str]]:
    return {(f.head, f.tail) for f in extract_page(page_of(text)).facts if f.type == "LOCATED_IN"}


def test_a_village_said_to_be_one_of_a_towns_villages():
    assert ("柳河村", "青石镇") in located("本报讯 柳河村是青石镇最偏远的村,离镇上40公里。")
    assert ("柳河村", "青石镇") not in located("本报讯 柳河村是青石镇村级集体经济收入最高的,达30万元。")


def test_villages_listed_after_their_town_all_lie_in_it():
    got = located("本报讯 青石镇的柳河村、杏花村和桃园村都通了自来水。")
    assert {("柳河村", "青石镇"), ("杏花村", "青石镇"), ("桃园村", "青石镇")} <= got


def test_a_bare_county_unit_belongs_to_the_county_of_the_articles_township():
    # the article never names its county: the register says whose township it is
    text = "本报讯 2021年以来,旗林业和草原局包联乌审召镇巴音敖包嘎查,帮助嘎查建起了养殖基地。"
    got = {(f.type, f.head, f.tail) for f in extract_page(page_of(text)).facts}
    assert ("SUPPORTS", "乌审旗林业和草原局", "巴音敖包嘎查") in got


def test_of_two_counties_named_once_a_bare_county_unit_is_of_the_one_holding_the_articles_places():
    # the page's navigation names another county first; the article's town lies in its own
    text = ("驻村手记｜山里的茶\n本版导航：霍山县举办茶叶开采节\n"
            "作者简介：韩东明，现任六安市舒城县晓天镇青竹村驻村第一书记。\n"
            "队员刘文军来自县农业农村局，懂农机，这几天一直守在茶厂。\n")
    got = {(f.type, f.head, f.tail) for f in extract_page(page_of(text)).facts}
    assert ("WORKS_FOR", "刘文军", "舒城县农业农村局") in got


def test_a_conjunction_after_ordinary_words_makes_no_place():
    assert "住房和城乡" not in [p for p, _ in places("宜昌市住房和城乡建设局派驻工作队进驻沿江村。")]


@pytest.mark.parametrize("phrase", ["坚持城乡一体推进", "统筹城乡发展"])
def test_a_verb_then_town_and_country_is_no_township(phrase):
    # (古城乡 and 新城乡 are townships: a verb before 城乡 is what tells the word apart)
    assert [p for p, _ in places(f"西河镇{phrase}，全镇划分网格60个。")] == ["西河镇"]


def test_going_to_the_village_next_door_is_no_village():
    assert places("“过去一到旱季，得开着三轮车去邻村拉水。”村民付金锁说。") == []


def test_a_village_after_its_town_whose_name_is_a_numeral_and_a_verb():
    assert places("今年，青山县红石镇三合成村建起了机电井。")[-1][0] == "三合成村"
    assert [p for p, _ in places("今年，青山县红石镇建成村级活动中心。")] == ["青山县", "红石镇"]


def test_shanty_towns_are_no_district():
    assert [p for p, _ in places("2016年棚户区改造后，西河街道桃园社区居民搬进了新楼。")] == ["西河街道", "桃园社区"]


def test_the_verb_of_office_before_a_village_and_its_resident_secretary():
    got = [p for p, _ in places("青山县人民医院选派付立群接替原第一书记，任红石镇桃源坳村驻村第一书记。")]
    assert "桃源坳村" in got and "任红石镇" not in got
    got = [p for p, _ in places("红石镇桃源坳村由县医院帮扶，医院选派付立群，任桃源坳村驻村第一书记。")]
    assert got.count("桃源坳村") == 2


def test_coming_to_the_banner_is_no_banner():
    assert [p for p, _ in places("一批外地企业来旗考察牛羊肉加工项目，专家来县指导。")] == []
    assert [p for p, _ in places("北京市的一批企业来旗考察，东河镇专家来嘎查指导。")] == ["北京市", "东河镇"]


def test_a_town_named_again_bounds_the_name_after_it():
    got = places("初冬的早晨，乃东区泽当镇桑嘎康社区的广场上很热闹。青江市教育局派驻泽当镇桑嘎康社区的干部到了。")
    assert [p for p, _ in got].count("桑嘎康社区") == 2 and "镇桑嘎康社区" not in [p for p, _ in got]


def test_districts_and_counties_together_are_no_place():
    # 区县, 旗县, 市县: "the districts and counties" of a city, not a county named 和区
    assert [p for p, _ in places("5年来,齐齐哈尔市和区县累计下派驻村干部900人。")] == ["齐齐哈尔市"]
    assert [p for p, _ in places("5年来,通辽市和旗县两级累计下派驻村干部900人。")] == ["通辽市"]


def test_a_note_in_brackets_inside_a_chain_of_places():
    assert ("宝力格嘎查", "白石苏木") in located("本报讯 白石苏木(蒙语:乡)宝力格嘎查(蒙语:村)今年通了路。")


def test_a_village_said_to_be_a_village_of_a_chain_of_places():
    got = located("本报讯 梧桐村,就是文昌县白沙镇一个面积较大的村子,离县城60公里。")
    assert ("梧桐村", "白沙镇") in got


def test_a_village_said_to_be_a_prefectures_is_no_direct_containment():
    # what lies between (township, county) is skipped: such a link is not stated
    assert ("红柳村", "和田地区") not in located("本报讯 红柳村是新疆和田地区再普通不过的一座村庄。")


def test_towns_and_subdistricts_together_are_no_place():
    assert [p for p, _ in places("据了解,沙溪县共有镇街12个。")] == ["沙溪县"]


def test_a_unit_suffix_inside_a_village_name_makes_no_unit():
    text = "本报讯 青江县农业局结对东河镇新站村,县水利局结对东河镇王局村。"
    got = {(f.type, f.head, f.tail) for f in extract_page(page_of(text)).facts}
    assert ("SUPPORTS", "青江县水利局", "王局村") in got
    assert ("SUPPORTS", "青江县农业局", "新站村") in got


def test_the_level_word_again_after_a_place_starts_a_title():
    # "X村村主任", "X镇镇长": the second 村/镇 belongs to the title, not the name
    for text, place in (("本报讯 东河镇柳树村村主任王志强介绍了情况。", "柳树村"),
                        ("本报讯 青河县东河镇镇长王志强介绍了情况。", "东河镇")):
        got = {(f.type, f.head, f.tail) for f in extract_page(page_of(text)).facts}
        assert ("HOLDS_POSITION", "王志强", place) in got


def test_a_verb_of_office_is_no_part_of_a_place_after_it():
    # 任县 is a county of the register; in 时任县财政局 its 任 ends 时任 ("then serving as")
    assert not any(s.endswith("任县") for s, _ in places("时任县财政局局长的王刚介绍了情况。"))


def test_a_list_of_places_of_one_level_runs_each_name_from_its_list_word():
    # 都 and 和 end a name elsewhere; after "A嘎查、" the next name starts at the list word
    got = [s for s, _ in places("西河旗林业局包联东沟镇萨如拉嘎查、布日都嘎查和查干淖尔嘎查。")]
    assert {"萨如拉嘎查", "布日都嘎查", "查干淖尔嘎查"} <= set(got)


def test_a_short_form_right_before_a_place_suffix_is_that_places_name():
    # 红旗 is the short form of 红旗区, but 红旗社区 is a community's own name
    assert ("红旗社区", None) in places("近年来,红旗社区推行网格化管理。")


def test_a_village_and_its_township_in_brackets_or_after_所辖的():
    for text in ("本报讯 柳树村(属白水镇)今年建起了冷库。", "本报讯 白水镇所辖的柳树村今年建起了冷库。",
                 "本报讯 白水镇下辖的柳树村今年建起了冷库。"):
        got = {(f.type, f.head, f.tail) for f in extract_page(page_of(text)).facts}
        assert ("LOCATED_IN", "柳树村", "白水镇") in got, text


def test_going_to_the_village_is_no_village():
    assert not any(s.endswith("进村") for s, _ in places("专家每月进村培训一次。"))
    assert ("前进村", None) in places("青山镇前进村今年建起了冷库。")


@pytest.mark.parametrize("kind", ["纯农业村", "蔬菜专业村", "乡村旅游村", "纯牧业嘎查", "以蒙古族为主的牧业村", "养殖大村", "产业大村", "人口大村",
                                  "城市社区", "农村社区", "山区村"])
def test_a_kind_of_village_is_no_village(kind):
    assert not any(s.endswith(kind[-3:]) for s, _ in places(f"白水镇柳树村是一个{kind},全村划分为8个网格。"))


def test_任_after_a_name_is_the_verb_not_a_county_s_old_name():
    # 任县 is the old name of a district: "韩立文任县统计局…" is 韩立文 serving at the county's bureau
    got = facts_of("本报讯 2019年，韩立文任县统计局驻柳沟村第一书记。")
    assert ("WORKS_FOR", "韩立文", "县统计局") in got and not any("任" in f[1] + f[2] for f in got)


def test_a_herding_village_named_so_is_a_village():
    # "以蒙古族为主的牧业村" is a kind of village; "柳条图牧业村" is a village's name
    assert "柳条图牧业村" in [s for s, _ in places("东河镇柳条图牧业村今年打了3眼机井。")]


def test_a_process_before_村_is_no_village():
    got = facts_of("本报讯 青江县人民医院结对帮扶东河镇柳沟村。今年建起了标准化村卫生室。医院派驻的第一书记韩立文是一名医生。")
    assert ("FIRST_SECRETARY_OF", "韩立文", "柳沟村") in got
    assert not any(s.startswith("标准化") for s, _ in places("今年建起了标准化村卫生室。"))


@pytest.mark.parametrize("text", [
    "青江学院的专家每年来村开展两次培训。",
    "农技员每月来村指导一次。",
    "师生每年暑假都会来嘎查开展社会实践。",
    "他先后任村委会委员、村党支部书记。",
    "韩立文去年接任嘎查第一书记。",
    "他是土生土长的本地人，熟悉村情民情。",
    "开会时，她要靠村委会副主任翻译。",
    "过去村民有事要跑村委会，现在不用了。",
    "以前有啥事，得靠村干部一家一家去喊。",
])
def test_a_verb_phrase_before_村_or_嘎查_names_no_village(text):
    assert [p for p, _ in places(text) if p.endswith(("村", "嘎查"))] == []


def test_with_the_village_is_no_village_the_register_has_of_that_name():
    # the register has a 和村 in 陵川县; "和村“两委”" is with the village's committees
    text = "本报讯 陵川县平城镇柳沟村第一书记韩立文和村“两委”一起入户走访，和村党支部书记商量产业。"
    assert [p for p, _ in places(text) if p.endswith("村")] == ["柳沟村"]


def test_an_honour_of_village_party_secretaries_names_no_village():
    assert not any(p.endswith("村") for p, _ in places("今年52岁的韩立文是全省优秀村党组织书记。"))


@pytest.mark.parametrize("going", ["返乡", "回乡"])
def test_going_home_is_no_township(going):
    assert not any(s.endswith(going) for s, _ in places(f"他是一名{going}创业青年。"))



@pytest.mark.parametrize("homeland", ["水乡", "侨乡", "苗乡", "瑶乡", "侗乡", "彝乡", "畲乡", "仡乡"])
def test_a_peoples_homeland_is_no_township(homeland):
    assert not any(s.endswith(homeland) for s, _ in places(f"工作队扎根{homeland}办实事"))


@pytest.mark.parametrize("kind", ["产粮大镇", "工业大镇"])
def test_a_big_town_of_something_is_a_kind_not_a_name(kind):
    assert not any(s.endswith("大镇") for s, _ in places(f"青山镇是全省有名的{kind}。"))


def test_a_key_town_is_a_kind_not_a_name():
    assert not any(s.endswith("重点镇") for s, _ in places("青山镇是全县的重点镇。"))


def test_a_grid_count_after_a_unit_named_with_a_place_is_the_villages():
    text = "本报讯 青河旗洪格尔苏木红星嘎查是锡林郭勒盟生态环境局的包联嘎查,嘎查被划分为6个网格。"
    got = {(f.type, f.head, f.prop("count")) for f in extract_page(page_of(text)).facts if f.type == "DIVIDED_INTO"}
    assert got == {("DIVIDED_INTO", "红星嘎查", 6)}


def test_in_a_list_of_villages_any_character_may_open_a_name():
    assert ("也东村", None) in places("据悉,乌秀村、也东村分别是县财政局、县交通运输局的包联村。")


def test_a_verb_before_a_level_word_is_no_city():
    assert places("这几年嘎查的变化,离不开市财政局的支持。") == []


def test_village_and_enterprise_together_are_no_village():
    assert [s for s, _ in places("四建集团有限公司与上庄沟村签订村企联建协议。")] == ["上庄沟村"]


@pytest.mark.parametrize("lines, township, twin, villages", [
    (["C\t150900000000\t乌兰察布市\t", "X\t150929000000\t四子王旗\t"], "江岸苏木", "四子王旗江岸苏木",
     {"乌拉嘎查", "卫境嘎查"}),                                  # county + township
    (["C\t150600000000\t鄂尔多斯市\t", "X\t150625000000\t杭锦旗\t"], "伊和乌素苏木", "伊和乌素苏木乡",
     {"巴音嘎查村", "新地嘎查村"}),                               # township + 乡
])
def test_a_townships_second_entry_is_the_same_township(lines, township, twin, villages):
    from graph.register import Register
    reg = Register("\n".join(["P\t150000000000\t内蒙古自治区\t内蒙古", *lines, f"T\t150000000001\t{township}\t",
                              f"T\t\t{twin}\t", "V\t" + " ".join(sorted(villages))]))
    assert set(reg.villages(reg.named(township)[0])) == villages
    assert not reg.named(twin)


def test_a_village_named_with_tong_right_after_its_township():
    assert "同和堡村" in [s for s, _ in places("旗水利局结对帮扶东河镇同和堡村和西河镇义兴村。")]


@pytest.mark.parametrize("village", ["扎西当村", "扎才村"])
def test_a_village_spelt_with_dang_or_cai_right_after_its_township(village):
    assert village in [s for s, _ in places(f"州林草局定点帮扶东河镇{village}。")]


@pytest.mark.parametrize("text", ["东河镇当年村集体收入增加。", "东河镇才村里住了两天。"])
def test_dang_or_cai_opening_the_words_after_a_township_is_no_village(text):
    assert not any(s.startswith(("当", "才")) for s, _ in places(text))


@pytest.mark.parametrize("when", ["过去", "现在", "如今"])
def test_a_time_word_before_a_place_word_is_no_name(when):
    assert not any(s.endswith("嘎查") for s, _ in places(f"{when}嘎查里有事要挨家挨户通知。"))


def test_the_distance_from_a_place_is_no_name():
    assert not any(s.startswith("嘎查距") for s, _ in places("嘎查距旗政府所在地东河镇80多公里。"))


def test_is_now_with_the_village_committee_is_no_place():
    text = "本报讯 在夏河县甘加镇达秀村，州林草局驻村工作队队长、第一书记扎西顿珠正和村“两委”一起规划巡护路线。"
    assert not any(t.endswith("正和村") for _, _, t in facts_of(text))


def test_a_province_the_register_does_not_know_is_no_province():
    assert not any(s.endswith("省") for s, _ in places("采棉机每亩节省采摘成本300余元。"))


def test_a_place_found_in_a_chain_is_found_again_on_its_own():
    text = ("本报讯 清晨,青河旗东河苏木乌兰其勒嘎查的草场上还挂着露水。"
            "青河旗林草局派驻乌兰其勒嘎查的第一书记韩立文说,今年要修路。")
    assert ("SUPPORTS", "青河旗林业和草原局", "乌兰其勒嘎查") in facts_of(text)


def test_an_ethnic_township_written_zuxiang_for_minzuxiang():
    assert ("音河达斡尔鄂温克族乡", "音河达斡尔鄂温克民族乡") in places("音河达斡尔鄂温克族乡党委书记作交流发言。")


def test_a_gacha_the_register_calls_gacha_village_keeps_its_name():
    got = places("达尔罕茂明安联合旗满都拉镇巴音哈拉嘎查今年建起了棚圈。")
    assert ("巴音哈拉嘎查", "巴音哈拉嘎查") in got


def test_an_open_gacha_the_register_calls_gacha_village_keeps_its_name():
    from graph.places import _Hit, _mention
    reg = register()
    town = reg.named("满都拉镇")[0]
    village = reg.villages(town)["巴音哈拉嘎查村"]
    hit = _Hit(0, 0, 6, "巴音哈拉嘎查", (village,))        # not chosen: its township is open
    assert _mention(reg, hit).canonical == "巴音哈拉嘎查"


def test_a_verb_before_a_township_word_is_no_name():
    assert not any(s.endswith("乡") for s, _ in places("全乡划分乡级网格1个、村级网格16个。"))


def test_an_autonomous_county_written_zizhixian():
    found = article_places(["今年以来,毕节市威宁自治县迤那镇推行网格化管理。"])[0]
    county = next(m for m in found if m.surface == "威宁自治县")
    assert register().division(county.division).name == "威宁彝族回族苗族自治县"


def test_a_county_the_register_lacks_takes_the_province_of_its_city():
    text = "本报讯 毕节市青江县柳河镇柳树村今年修通了路。省农科院驻柳树村第一书记韩立文说,路通了。"
    assert ("WORKS_FOR", "韩立文", "贵州省农业科学院") in facts_of(text)


def test_a_village_after_its_township_may_hold_ben():
    assert "塔本扎兰村" in [s for s, _ in places("在大巴镇塔本扎兰村,学校选派的第一书记同样把功夫下在产业上。")]


def test_two_places_paired_across_provinces_are_no_chain():
    got = facts_of("本报讯 在东西部协作中,天津市河西区与庄浪县结成协作对子,双方互派干部挂职。")
    assert ("LOCATED_IN", "庄浪县", "天津市") not in got


def test_a_village_after_its_township_may_open_with_xiang():
    assert "向家湾村" in [s for s, _ in places("隆冬时节,走进青山县东河镇向家湾村,民宿生意红火。")]


def test_a_unit_that_takes_charge_of_a_village_is_no_village():
    assert not any(s.endswith("包村") for s, _ in places("青江农业大学包村帮扶东河镇柳树村已有五年。"))


def test_a_chain_with_a_stray_space():
    assert ("LOCATED_IN", "柳湾村", "东河镇") in facts_of("本报讯 在青江县东河镇 柳湾村,驻村工作队刚进村就摸清了底数。")


def test_a_quoted_nickname_is_no_place():
    assert not any("石头" in s for s, _ in places("东河镇柳湾村是青江县有名的“石头村”,地少石头多。"))


def test_a_tun_is_a_group_of_its_village():
    assert ("LOCATED_IN", "大坪屯", "柳湾村") in facts_of("本报讯 在东河镇柳湾村大坪屯,48户人家的路修通了。")


def test_qi_after_a_name_character_is_a_syllable_of_the_name():
    assert ("阿拉其格嘎查", None) in places("盟林草局派驻阿拉其格嘎查的第一书记王海是蒙古族。")
    assert not any("其" in s for s, _ in places("县农牧局把其包联村的产业做大。"))


@pytest.mark.parametrize("text", ["嘎查长说,又请农科院的专家来嘎查讲课。", "他的网格离村部最远,要走一个钟头。"])
def test_coming_to_or_away_from_the_village_is_no_village(text):
    assert places(text) == []


def test_the_village_office_is_no_unit():
    from graph.mentions import find_mentions
    assert not [m for m in find_mentions("牧民常到嘎查部办事,她的网格离嘎查部最远。") if m.label == "Organization"]


def test_a_name_found_elsewhere_in_the_article_then_和_is_no_part_of_a_place():
    text = ("本报讯 今年,县水利局选派干部朝鲁巴特尔到东河镇红柳嘎查任第一书记。"
            "到任后,朝鲁巴特尔和嘎查“两委”商量,把全嘎查划分为5个网格。")
    assert ("DIVIDED_INTO", "红柳嘎查", "红柳嘎查") in facts_of(text)


@pytest.mark.parametrize("programme", ["驻镇帮镇扶村", "万企帮万村", "百企帮百村"])
def test_a_programmes_name_holds_no_place(programme):
    assert places(f"今年,全县深入推进{programme}工作,成效明显。") == []


def test_a_team_named_by_its_programme_after_a_town_is_the_towns():
    got = facts_of("本报讯 东江市人民医院驻石门镇帮镇扶村工作队队长韩立文说,卫生站每周有医生坐诊。")
    assert {("HOLDS_POSITION", "韩立文", "石门镇"), ("WORKS_FOR", "韩立文", "东江市人民医院")} <= got
    assert not any("扶村" in f[2] for f in got)


@pytest.mark.parametrize("text", ["按照上级工作部署,各村开展了排查。"])
def test_deploying_and_signing_are_no_units(text):
    from graph.mentions import find_mentions
    assert not [m for m in find_mentions(text) if m.label == "Organization"]


def test_the_banners_own_departments_are_no_place():
    assert places("确定2024年度旗直部门、驻旗单位包联嘎查安排如下。") == []


def test_a_towns_built_up_area_is_no_town():
    assert [s for s, _ in places("红柳嘎查紧邻镇区,牧民进城很方便。")] == ["红柳嘎查"]


def test_setting_up_a_station_is_no_unit():
    from graph.mentions import find_mentions
    assert not [m for m in find_mentions("工作队把便民服务站办到了村里。") if m.surface.endswith("办")]


def test_a_township_known_elsewhere_is_the_tail_of_a_longer_name_after_a_county():
    assert "白马河乡" in [s for s, _ in places("平遥县白马河乡召开网格化管理推进会。")]


def test_a_direction_opening_a_village_name_is_part_of_it():
    # 胡家坨镇 has a 李庄村 and no 北李庄村: the printed name is the longer one
    assert ("DIVIDED_INTO", "北李庄村", "北李庄村") in facts_of("本报讯 乐亭县胡家坨镇推行网格化管理。北李庄村把全村划分为9个网格。")


@pytest.mark.parametrize("text, place", [
    ("本报讯 在东八号 乡大井坡村，包村单位四子王旗财政局建起了暖棚。", ("LOCATED_IN", "大井坡村", "东八号乡")),
    ("本报讯 两个单位分别包联乌兰图嘎嘎查、好力 宝嘎查。锡林浩特市巴彦胡舒苏木好力 宝嘎查今年建了暖棚。",
     ("LOCATED_IN", "好力宝嘎查", "巴彦胡舒苏木")),
])
def test_an_ocr_space_inside_a_short_place_name(text, place):
    assert place in facts_of(text)


def test_a_space_between_a_unit_and_a_county_word_joins_nothing():
    made = facts_of("靖远县帮扶单位一览\n东湾镇\t砂梁村\t白银市民政局\t县民政局\n北滩镇\t红柳沟村\t白银市农业农村局\t县农业农村局")
    assert not {f for f in made if "局县" in f[1] or "局县" in f[2]}


@pytest.mark.parametrize("text, name", [
    ("本报讯 今年，东沟村还与同镇的红旗营村结成“强村带弱村”对子。", "红旗营村"),   # not 红旗(区) + 营村
    ("本报讯 东沟村还与长安堡村结成对子。", "长安堡村"),
])
def test_a_district_short_form_and_one_character_open_a_village_name(text, name):
    assert name in [s for s, _ in places(text)]


def test_a_group_numbered_by_one_numeral():
    assert ("LOCATED_IN", "三社", "柳湾村") in facts_of("本报讯 在柳湾村三社，不少村民正在地头查看葵花长势。")


def test_hamlets_spread_out_is_no_hamlet():
    assert not [s for s, _ in places("在东河镇永发村，村里结合屯落分布把全村划分为5个网格。") if s.endswith("屯")]


def test_the_next_group_of_the_same_village_in_a_list():
    made = facts_of("本报讯 网格员吴秀英负责柳树村上寨组、下寨组86户群众的走访联系。")
    assert {("LOCATED_IN", "上寨组", "柳树村"), ("LOCATED_IN", "下寨组", "柳树村")} <= made


def test_what_kind_of_village_is_no_village():
    assert [s for s, _ in places("本报讯 桃花村是一个苗汉杂居村，共有4个自然村。")] == ["桃花村"]


def test_a_village_of_three_named_in_a_chain_is_the_same_alone():
    # 安远县 has a 塘村 (塘村乡): after "孔田镇鹤塘村", "鹤塘村" alone is still 鹤塘村
    made = facts_of("本报讯 初冬时节，安远县孔田镇鹤塘村的脐橙园里一片繁忙。\n鹤塘村是赣州市审计局的挂点帮扶村。")
    assert ("SUPPORTS", "赣州市审计局", "鹤塘村") in made


def test_a_brand_in_a_companys_name_is_no_place():
    made = facts_of("本报讯 村里与安远县茶乡农业有限公司签订村企共建协议。")
    assert not {f for f in made if f[0] == "LOCATED_IN" and f[1] == "茶乡"}


def test_a_county_of_one_character_after_the_grids_short_name():
    assert ("威县", "威县") in places("4.国网威县供电公司包联梨园屯镇南辛店村；")


def test_a_county_of_one_character_after_the_party():
    # "中共X县委": 中共 opens the unit, so the county is 滑县, not a place "中共滑县"
    assert ("滑县", "滑县") in places("中共滑县委组织部关于调整驻村第一书记的通知")
    made = facts_of("中共滑县县委组织部\n县民政局驻王庄镇刘堤村第一书记孙晓军。")
    assert ("SUPPORTS", "滑县民政局", "刘堤村") in made


def test_an_adverb_then_with_is_no_village():
    assert places("本报讯 她发现村里缺少晾晒场地，便和村“两委”一起争取资金，建起了晾晒场。") == []


@pytest.mark.parametrize("text", ["本报讯 他驻村后和村党支部书记一道跑项目。", "本报讯 到嘎查后与嘎查达一起走访牧户。"])
def test_after_coming_to_the_village_then_with_is_no_village(text):
    assert places(text) == []


@pytest.mark.parametrize("quantity", ["不少", "许多", "很多", "多数", "少数", "个别", "若干"])
def test_a_quantity_before_a_place_word_is_no_name(quantity):
    assert places(f"本报讯 东河镇{quantity}村发展了产业。") == [("东河镇", None)]


def test_the_old_town_is_no_district():
    got = facts_of("本报讯 青江县东河街道柳树社区是东河街道的老城区社区，辖区有居民3200多户。")
    assert not any(f[0] == "LOCATED_IN" and "老城区" in (f[1], f[2]) for f in got)



@pytest.mark.parametrize("text, word", [("本报讯 西河镇地处青江滩区，群众盼搬迁。", "滩区"),
                                        ("本报讯 西河镇地处青江行蓄洪区，水利设施是头等大事。", "蓄洪区"),
                                        ("本报讯 全镇3个迁建社区已经入住。", "迁建社区")])
def test_a_floodplain_or_a_resettlement_community_is_no_place(text, word):
    assert not any(word in name for name, _ in places(text))


def test_years_counted_in_words_before_a_level_word_are_no_place():
    got = facts_of("本报讯 西河苏木巴彦嘎查的嘎查长乌云当了十几年嘎查干部。她把全嘎查42户牧民划成了4个网格。")
    assert ("DIVIDED_INTO", "巴彦嘎查", "巴彦嘎查") in got and not any("几年" in f[1] for f in got)


def test_a_village_before_the_rural_revitalisation_team_is_a_village():
    assert ("柳沟村", None) in places("本报讯 青江省水利厅驻柳沟村乡村振兴工作队进村入户。")


def test_a_centre_then_a_spaced_word_opening_with_镇_is_no_township():
    found = places("镇雄以勒：挂钩帮扶打出加速度 原创 镇雄县融媒体中心 镇雄发布 2023-05-22")
    assert ("镇雄县", "镇雄县") in found and not any(name.replace(" ", "").endswith("中心镇") for name, _ in found)


@pytest.mark.parametrize("text, word", [
    ("本报讯 据了解，平遥是山西省林业大县，森林覆盖率很高。", "林业大县"),
    ("本报讯 平遥县地处晋中南部，是山西省茶叶主产区之一。", "主产区"),
    ("本报讯 新巴尔虎左旗地处中俄蒙三国交界，是呼伦贝尔市的边境旗。", "边境旗"),
    ("本报讯 近日，东乌珠穆沁旗对驻脱贫嘎查第一书记进行了调整。", "脱贫嘎查"),
    ("本报讯 其他旗直部门与全旗其余嘎查建立包联关系。", "其余嘎查"),
    ("平遥：第一书记扎根高原山乡 守护村民健康", "山乡"),
    ("平遥县东河乡：驻村尖兵扎根茶乡助振兴", "茶乡"),
    ("本报讯 东河镇柳树村是全镇蔬菜种植第一村。", "第一村"),
])
def test_a_kind_of_place_is_no_place(text, word):
    assert not any(name.replace(" ", "").endswith(word) for name, _ in places(text))


@pytest.mark.parametrize("verb", ["扎根", "蹲点", "调研", "回访", "落户", "挂包", "包片", "包干"])
def test_a_verb_before_a_village_is_no_part_of_its_name(verb):
    assert [name for name, _ in places(f"本报讯 第一书记韩立文{verb}杏花岭村已经三年。")] == ["杏花岭村"]


def test_the_road_leading_to_a_hamlet_is_no_part_of_its_name():
    got = facts_of("本报讯 在东河镇柳树村，去年夏天一场暴雨冲毁了村里通往杏花屯的漫水桥。")
    assert ("LOCATED_IN", "柳树村", "东河镇") in got and not any("通往" in f[1] for f in got)


def test_a_ranking_within_the_whole_county_says_nothing_of_where_a_village_is():
    got = facts_of("本报讯 平遥县东河镇柳树村来了新的第一书记。那时的柳树村是全县有名的贫困村，全村563户。")
    assert ("LOCATED_IN", "柳树村", "东河镇") in got and ("LOCATED_IN", "柳树村", "平遥县") not in got


def test_one_of_them_counted_before_a_level_word_is_no_place():
    assert places("本报讯 韩立文是4人中唯一一名社区第一书记。") == []


def test_a_village_before_a_rural_work_instructor_is_a_village():
    assert ("杏林村", None) in places("本报讯 南岭县统计局派驻柳河镇杏林村农村工作指导员韩东走访农户。")


def test_a_former_post_after_a_village_names_no_village_of_its_own():
    assert places("本报讯 东河镇金竹村原村党支部书记吴德明说，产业发展起来了。") == [("东河镇", None), ("金竹村", None)]


def test_a_town_community_is_a_kind_of_community_not_one():
    assert not any(name.endswith("城镇社区") for name, _ in places("本报讯 杭盖社区是东河镇人口最多的城镇社区。"))


def test_于_inside_a_village_name_after_its_township():
    assert ("后于家村", None) in places("本报讯 山东省菏泽市鄄城县旧城镇后于家村网格员刘芳走访了农户。")


def test_common_words_before_a_village_the_article_names_again_are_no_part_of_it():
    got = article_places(["本报讯 青江县东河镇柳沟村是省气象局的帮扶村。", "如今他已经退休，每年清明前后还要回柳沟村看看。"])
    assert [m.surface for m in got[1]] == ["柳沟村"]


@pytest.mark.parametrize("level", ["省", "市", "县", "旗"])
def test_who_sent_a_first_secretary_is_no_part_of_the_village(level):
    assert places(f"本报讯 她是青江医院的主治医师，也是{level}派柳沟村第一书记。") == [("柳沟村", None)]


def test_an_adverb_before_镇_is_no_township():
    assert ("明确镇", None) not in places("本报讯 青江县东河镇召开会议，明确镇班子成员分工。")


def test_nearly_so_many_years_before_a_level_word_are_no_place():
    assert places("本报讯 他在村里干了近二十年村干部。") == []


def test_a_village_that_has_villagers_is_named_before_有():
    assert ("柳树村", None) in places("东河镇柳树村有村民300户。")


@pytest.mark.parametrize("text, county", [("现将有关事项通知佳县各乡镇。", "佳县"), ("包村帮扶工作安排环县东河镇人民政府", "环县")])
def test_a_word_before_a_county_of_one_character_is_no_part_of_its_name(text, county):
    assert county in [name for name, _ in places(text)]


def test_the_county_leaders_a_place_is_paired_with_name_no_county():
    assert [name for name, _ in places("本报讯 现将东河乡各村挂点县领导、挂点帮扶单位名单公布如下。")] == ["东河乡"]


def test_a_village_name_with_a_function_character_inside_after_its_township():
    from graph.mentions import find_mentions
    text = "尖扎县马克唐镇下拉让村党支部书记才让说，今年要修路。东河镇让柳树村的干部先发言。"
    places = {m.surface for m in find_mentions(text) if m.label == "Place"}
    assert "下拉让村" in places and "柳树村" in places and not any(p.startswith("让") for p in places)


def test_the_core_area_of_a_town_is_no_district():
    from graph.mentions import find_mentions
    places = {m.surface for m in find_mentions("柳树社区地处古城核心区，辖区内文物古迹多。") if m.label == "Place"}
    assert places == {"柳树社区"}


def test_a_length_opens_no_place():
    from graph.mentions import find_mentions
    places = {m.surface for m in find_mentions("这些年，村里硬化了12公里通村路，还铺了3千米通村路。") if m.label == "Place"}
    assert not any("通村" in p for p in places)


@pytest.mark.parametrize("text", ["第三网格网格长敖特根那顺家离嘎查部最近，牧民有事都找他。",
                                  "一批良种肉羊运抵嘎查。", "20吨饲草运抵嘎查仓库。"])
def test_home_and_arrival_before_a_bare_level_word_make_no_place(text):
    from graph.mentions import find_mentions
    assert not any(m.label == "Place" and m.surface.endswith("嘎查") for m in find_mentions(text))


def test_a_kind_of_village_after_its_peoples_is_no_village():
    from graph.mentions import find_mentions
    places = {m.surface for m in find_mentions("柳沟村是汉族、回族、藏族杂居村，全村有6个网格。") if m.label == "Place"}
    assert not any(p.endswith("杂居村") for p in places)


def test_an_ocr_space_in_a_sentence_is_no_table_cell():
    from graph.mentions import find_mentions
    text = "在东八号 乡柳沟村，包村单位青江县检察院把法治宣传和产业帮扶结合起来。"
    assert not any(m.surface.startswith("乡") for m in find_mentions(text) if m.label == "Place")


def test_a_resettlement_community_is_a_kind_not_a_name():
    from graph.mentions import find_mentions
    places = {m.surface for m in find_mentions("柳树社区是新建的集中安置社区，住着2100多户居民。") if m.label == "Place"}
    assert not any(p.endswith("安置社区") for p in places)


def test_a_townships_village_may_be_named_like_the_countryside():
    # 兴农村, 富农村: after its township it is a village; alone, 农村 is the countryside
    got = facts_of("本报讯 青江县柳河镇富农村是全镇的示范村。富农村网格员韩淑芬负责42户。全镇农村公路建设加快。")
    assert ("LOCATED_IN", "富农村", "柳河镇") in got and ("HOLDS_POSITION", "韩淑芬", "富农村") in got
    assert not any(t == "农村" for _, _, t in got)


def test_a_county_of_one_character_after_a_verb():
    # a one-character name needs a boundary before it; a verb ends a word there ("走进泾县", "帮扶佳县")
    assert ("LOCATED_IN", "桃花潭镇", "泾县") in facts_of("本报讯 走进泾县桃花潭镇柳溪村，民宿沿溪而建。")
    assert ("SUPPORTS", "陕西省林业厅", "佳县") in facts_of("本报讯 省林业厅定点帮扶佳县工作推进会召开")
    # (but not 和 after a verb, nor the tail of a name that opens the text: 通道县 is no 道县)
    assert not names("本报讯 推动和县直部门联动。", "Place") & {"和县"}
    assert "道县" not in names("通道县驻村办负责人表示，全县将完善驻村帮扶机制。", "Place")


def test_a_village_of_mixed_peoples_is_no_village_name():
    got = facts_of("本报讯 柳树村是朝鲜族、汉族混居村，全村312户。全村划分为3个网格。")
    assert ("DIVIDED_INTO", "柳树村", "柳树村") in got and not names("柳树村是朝鲜族、汉族混居村。", "Place") & {"汉族混居村"}


def test_a_village_named_with_全村_after_its_township():
    # 腊全村, 双全村: right after the township, 全村 ends the name; elsewhere it is the whole village
    got = facts_of("本报讯 县农业农村局选派干部韩再兴到东河镇柳全村担任第一书记。东河镇让全村群众受益。")
    assert ("FIRST_SECRETARY_OF", "韩再兴", "柳全村") in got and ("LOCATED_IN", "柳全村", "东河镇") in got


def test_a_townships_village_named_like_the_countryside_in_乡():
    got = facts_of("本报讯 平安县东河镇莲乡村第一书记韩志刚说。东河镇美丽乡村建设加快。")
    assert ("LOCATED_IN", "莲乡村", "东河镇") in got and not any(h == "美丽乡村" for _, h, _ in got)


def test_a_post_held_from_a_date_is_no_place_named_任():
    got = facts_of("本报讯 韩志刚是学校的副院长，2018年至2021年任柳勒嘎查第一书记，带领牧民建起了养殖基地。")
    assert ("FIRST_SECRETARY_OF", "韩志刚", "柳勒嘎查") in got
    assert "任柳勒嘎查" not in names("2018年至2021年任柳勒嘎查第一书记。", "Place")


@pytest.mark.parametrize("text", ["岚县水利局向柳树村派驻第一书记韩立。", "县水利局向柳树村派驻第一书记韩立。"])
def test_a_unit_then_a_preposition_opens_no_village_name(text):
    got = [m.surface for m in article_places([text])[0]]
    assert "柳树村" in got and not any(s.endswith("向柳树村") for s in got)


def test_staying_on_opens_no_village_name():
    assert [m.surface for m in article_places(["今年初，郝建军继续留任柳树村第一书记。"])[0]] == ["柳树村"]


def test_what_kind_of_town_described_is_no_town():
    # "是典型的瑶族聚居山区镇": the kind of town it is; "是青江县的东河镇": its parent, then its name
    assert names("东河镇地处县境西部，是典型的瑶族聚居山区镇。", "Place") == {"东河镇"}
    assert {"东河镇", "柳树村"} <= names("这里是青江县的东河镇柳树村。", "Place")


def test_a_number_of_counties_is_no_county():
    assert names("青江银行定点帮扶陕西四县二十二载。", "Place") == {"陕西"}


def test_a_verb_then_the_village_s_school_or_roads_is_no_village():
    assert places("本报讯 得知村小学缺老师，他主动报名来支教。") == []


def test_a_list_s_next_village_may_end_in_包村():
    assert ("寨包村", None) in places("本报讯 三家单位分别结对帮扶凤鸣村、石笋村和寨包村。")


def test_a_unit_then_and_is_no_part_of_the_place_after_it():
    # 青江县 is in no register: the suffix grammar walks left from 县
    found = {m.surface for m in article_places(["如今，百色市民宗委和青江县民宗局共同帮扶柳树村。"])[0]}
    assert not any("和" in s for s in found)


def test_the_verb_of_office_after_a_comma_is_no_part_of_the_village():
    found = {m.surface for m in article_places(["第一书记孙丽来自青江大学，任柳树村第一书记已两年多。"])[0]}
    assert "柳树村" in found and "任柳树村" not in found


def test_a_community_named_after_a_new_village_is_whole():
    found = {m.surface for m in article_places(["东河街道柳岸新村社区把辖区划分为8个网格。"])[0]}
    assert "柳岸新村社区" in found and "柳岸新村" not in found


@pytest.mark.parametrize("text", ["2020年，原柳沟村整体并入石门村，村名保留“石门”。",
                                  "本报讯 青江县石门镇柳湾村由原柳沟村和原石湾村合并而成。"])
def test_a_merged_village_s_former_name_drops_原(text):
    found = {s for s, _ in places(text)}
    assert "柳沟村" in found and "原柳沟村" not in found


@pytest.mark.parametrize("text", ["柳树湾村以原两村为界划设2个片区、9个网格。", "两村合并时两村各取一字，新村叫柳湾村。"])
def test_the_two_villages_are_no_village(text):
    assert not any(s.endswith("两村") for s, _ in places(text))


@pytest.mark.parametrize("text", ["石门镇的示范村柳沟村今年新建了广场。", "全镇的中心村柳沟村有1200人。",
                                  "在石门乡，另一个合并村柳沟村的帮扶单位是县人民医院。"])
def test_a_kind_of_village_before_its_name_is_no_part_of_it(text):
    found = {s for s, _ in places(text)}
    assert "柳沟村" in found and not any(s.endswith("柳沟村") and s != "柳沟村" for s in found)


@pytest.mark.parametrize("kind", ["民宿村", "样板村", "空壳村", "特色村", "后进村", "网红村"])
def test_a_kind_of_village_named_alone_is_no_village(kind):
    assert kind not in {s for s, _ in places(f"村干部们专门到外省的{kind}参观学习，回来后开了三次会。")}


@pytest.mark.parametrize("people", ["瑶族", "苗族", "朝鲜族"])
def test_a_peoples_village_is_a_kind_of_village_and_no_name(people):
    got = facts_of(f"本报讯 到柳沟村驻村，是去年春天。我第一次见到这个藏在山里的{people}村。全村划分为4个网格。")
    assert ("DIVIDED_INTO", "柳沟村", "柳沟村") in got and not [f for f in got if f[1] == f"{people}村"]


def test_a_village_of_the_old_revolutionary_base_is_a_kind_of_village_and_no_name():
    assert [name for name, _ in places("本报讯 柳树村是革命老区村，辖9个村民小组356户。")] == ["柳树村"]


def test_a_village_named_as_beside_the_one_in_focus_does_not_take_the_focus():
    got = facts_of("本报讯 柳树村建成恒温冷库1座，还辐射带动了邻近的石桥村。村党支部书记韩立文说，这是村里盼了多年的事。")
    assert ("HOLDS_POSITION", "韩立文", "柳树村") in got and ("HOLDS_POSITION", "韩立文", "石桥村") not in got


def test_a_story_that_moves_to_the_village_beside_moves_the_focus():
    for text in ("本报讯 柳树村建成恒温冷库1座。在与柳树村相邻的石桥村，驻村第一书记、县教育局干部韩立文也建起了冷库。",
                 "本报讯 柳树村建成恒温冷库1座。在相邻的石桥村，驻村第一书记、县教育局干部韩立文也建起了冷库。"):
        assert ("FIRST_SECRETARY_OF", "韩立文", "石桥村") in facts_of(text)


def test_a_village_named_富裕_is_a_village():
    # (富裕村 "rich village" is a common village name, not a generic phrase)
    assert ("富裕村", None) in places("由县审计局选派到东河乡富裕村的第一书记韩明")


def test_making_the_village_roads_hard_is_no_village():
    assert not any(s.endswith("村") for s, _ in places("该局选派的第一书记带领群众硬化村道4.5公里。"))


def test_a_phrase_before_a_village_word_is_no_village():
    # (a run with a frequent word in it, no chain before it: "打电话", "一起")
    assert not any(s.endswith("嘎查") for s, _ in places("苏木如今已回到局里工作，还常常打电话来问嘎查的事。"))
    assert ("永安满族村", None) in places("由县检察院派驻永安满族村的第一书记韩明说")


@pytest.mark.parametrize("text", [
    "嘎查地广人稀，最远的牧户离嘎查部有40多公里。",          # how far from it
    "由东河镇人民政府副镇长韩丽暂代第一书记职责。",          # 副镇长: a title, no town 人民政府副镇
])
def test_no_place_where_a_level_word_is_part_of_something_else(text):
    assert not any(s.startswith(("牧户", "人民政府")) for s, _ in places(text))


def test_a_group_before_和_ends_a_list():
    # ("工作组和Y村党总支书记…": the team, and the village's secretary)
    assert ("石桥村", None) in places("工作组和石桥村党总支书记、村委会主任韩明一起，把大棚集中流转。")


def test_a_fellow_villager_is_no_township():
    # (老乡: "fellow villager", though it ends in 乡; the register's 班老乡 stays a township)
    assert not any(s.endswith("老乡") for s, _ in places("他会用彝语和老乡拉家常，好多老乡都认识他。"))
    assert ("班老乡", "班老乡") in places("沧源佤族自治县班老乡帮东村修了路。")


@pytest.mark.parametrize("text, word", [
    ("东河镇镇长表示，下一步镇里将用好协作资金。", "下一步镇"),
    ("东河镇驻镇帮镇扶工作队队长、省人社厅干部韩立新说，工作队走访了全镇13个村。", "镇帮镇"),
    ("4月10日，东河镇召开村“两委”干部履职交流会。", "召开村"),
    ("东河镇结合村组分布和人口状况，共划分网格52个。", "结合村"),
    ("县交通运输局帮助柳树村硬化通组路4.6公里。", "硬化通组"),
    ("青江：温泉小镇迎来研学热", "温泉小镇"),
    ("首页 > 乡镇街道 > 东河镇 > 通知公告", "乡镇街道"),
    ("实现了对全州所有脱贫村的全覆盖。", "全州"),
    ("县乡村振兴局要会同县委组织部加强督导，县委组织部将会同县农牧局检查。", "会同县"),
])
def test_common_words_that_end_in_a_level_word_name_no_place(text, word):
    assert not any(word in s for s, _ in places(text))


def test_a_level_of_grids_after_a_verb_is_no_place():
    """"全苏木划分嘎查村级网格12个": 嘎查村级 is a level of grids, no 嘎查 named 划分."""
    found = [s for s, _ in places("本报讯 今年以来，宝格达乌拉苏木全苏木划分嘎查村级网格12个、基础网格48个。")]
    assert "宝格达乌拉苏木" in found
    assert not any(s.endswith("嘎查") for s in found)


def test_a_verb_and_its_result_before_a_level_word_is_no_place():
    """"为了管好嘎查的大事小情": 管好 is a verb and its result, no 嘎查 named 管好 (美好村 is a name)."""
    found = [s for s, _ in places("本报讯 为了管好嘎查的大事小情，巴彦嘎查划分为5个网格。东河镇美好村也划分了网格。")]
    assert "管好嘎查" not in found
    assert "美好村" in found


def test_a_name_a_space_and_a_post_of_the_town_is_no_town_named_with_a_space():
    # "东八号 乡", "好力 宝嘎查": OCR's space inside a short name; "帅明辉 镇党委委员": a name's cell, then a post's
    assert [m.surface for m in grammar_places("帅明辉 镇党委委员、武装部部长 负责武装工作")] == []
    assert [m.surface for m in grammar_places("好力 宝嘎查党支部书记")] == ["好力 宝嘎查"]


def test_a_verb_of_one_character_before_a_village_named_again_is_no_part_of_it():
    # "镇辖柳溪湾村": the town governs the village the article names again; no village 辖柳溪湾村
    found = [s for s, _ in places("本报讯 石门镇辖柳溪湾村、杏林坪村等12个行政村。柳溪湾村由县水利局包联。")]
    assert "辖柳溪湾村" not in found
    assert "柳溪湾村" in found


def test_a_cell_saying_as_above_then_a_post_of_the_town_is_no_town():
    # "同上　镇综治中心主任 Z": the cell before says "as above" (同上), no town 上镇
    assert [m.surface for m in grammar_places("3 桃园村 同上 镇综治中心主任 刘海峰")] == ["桃园村"]


def test_a_town_then_村_is_the_towns_villages_and_no_village():
    assert [s for s, _ in places("本报讯 宁城县小城子镇村“两委”换届顺利完成，青江县东河镇村多面广。")] == \
        ["宁城县", "小城子镇", "青江县", "东河镇"]


@pytest.mark.parametrize("text", [
    "柳溪村地处高寒冷凉区，种了几辈子的莜麦。",       # a climate zone
    "杏林村地处晋东南黄土丘陵区，十年九旱。",           # a landform
    "石桥村位于三峡库区，全村312户。",                   # a reservoir's area
    "桃源村地处丘陵旱作区，靠天吃饭。",
    "柏树村位于原中央苏区，是革命老区村。",             # a historical region
])
def test_a_region_of_land_or_history_is_no_district(text):
    assert not [f for f in facts_of(text) if f[0] == "LOCATED_IN"]


def test_villages_and_hamlets_together_are_no_village():
    # 村屯, as 村庄 and 村寨, is the noun "villages": "边境村屯" names no village 边境村
    found = [s for s, _ in places("东兴镇草原村屯散落，红旗嘎查党支部书记说，边境村屯都通了硬化路。")]
    assert found == ["东兴镇", "红旗嘎查"]


@pytest.mark.parametrize("text", ["东河镇柳树村是市级结对帮扶困难村，由青江县水利局结对帮扶。",
                                  "西河街道桃园社区是回迁社区，居民1200户。"])
def test_a_kind_of_village_or_community_is_no_name(text):
    # 困难村 (a village in difficulty), 回迁社区 (a community of the rehoused), as 薄弱村 and 迁建社区
    assert not {"困难村", "回迁社区"} & {s for s, _ in places(text)}


def test_a_village_that_is_purely_pastoral_is_no_village_named_so():
    # 纯牧业村 is a kind of village; a name may still end in 牧业村
    found = [s for s, _ in places("本报讯 东河镇柳树村是纯牧业村，西河镇巴音图牧业村也划分了网格。")]
    assert "纯牧业村" not in found and "巴音图牧业村" in found


@pytest.mark.parametrize("text, village", [
    ("本报讯 县水利局驻于家窝铺村第一书记韩立文说，今年要扩大灌溉面积。", "于家窝铺村"),   # 于, no preposition here
    ("本报讯 于家湾子村划分为5个网格。", "于家湾子村"),
    ("本报讯 县交通局驻向家坪村第一书记刘建国说，路修通了。", "向家坪村"),
])
def test_a_surname_then_家_opens_a_villages_name_though_it_is_a_function_word_elsewhere(text, village):
    assert village in [s for s, _ in places(text)]


def test_a_village_the_register_knows_may_open_a_longer_name_in_its_township():
    assert "东村岭村" in [surface for surface, _ in places("本报讯 满城区南韩村镇东村岭村划分为6个网格。")]
    assert "东村" in [surface for surface, _ in places("本报讯 满城区南韩村镇东村划分为6个网格。")]
    assert "东村" in [surface for surface, _ in places("本报讯 2020年，满城区南韩村镇东村整村脱贫。")]


@pytest.mark.parametrize("text", ["本报讯 队员韩立文来自县水利局，将继续留村一年。", "本报讯 大学毕业后，她决定返村创业。"])
def test_staying_in_or_going_back_to_the_village_names_no_village(text):
    assert not [surface for surface, _ in places(text) if surface.endswith("村")]


def test_本_a_few_name_characters_after_its_township_is_inside_a_village_s_name():
    assert "巴彦塔本嘎查" in [s for s, _ in places("本报讯 扎鲁特旗格日朝鲁苏木巴彦塔本嘎查由旗审计局包联。")]
    assert not [s for s, _ in places("本报讯 扎鲁特旗格日朝鲁苏木在本嘎查设立服务站。") if s.endswith("本嘎查")]


@pytest.mark.parametrize("text", ["本报讯 兴隆县东河镇是省级工业强镇，全镇划分网格60个。", "本报讯 柳树村被评为国家级生态村。"])
def test_a_rank_then_a_kind_of_place_names_no_place(text):
    assert not [s for s, _ in places(text) if s.startswith(("省级", "国家级"))]


def test_a_level_then_a_word_of_linking_villages_names_no_village():
    assert not [s for s, _ in places("本报讯 东河镇实行镇联村干部包片，县包村领导每月到村一次。") if s.endswith("村")]


@pytest.mark.parametrize("name", ["巴特尔陶", "乌力吉陶"])
def test_a_name_then_来_after_its_township_is_a_village_s_name(name):
    # (the tagger reads the name before 来 as a person's: "coming to the gaqa")
    got = facts_of(f"本报讯 从东河镇出发，才能到达阿巴嘎旗别力古台镇{name}来嘎查。旗卫生健康委员会是{name}来嘎查的包联单位。")
    assert ("SUPPORTS", "阿巴嘎旗卫生健康委员会", f"{name}来嘎查") in got


def test_都_before_格_in_a_mongolian_name_is_a_syllable():
    assert "乌兰呼都格嘎查" in [s for s, _ in places("本报讯 在阿巴嘎旗乌兰呼都格嘎查，牧民正在打草。")]
    assert not [s for s, _ in places("本报讯 村民们都格外关心村里的事。") if s.startswith("都")]


def test_a_bare_苏木_before_a_gaqa_is_the_sumu_in_focus():
    assert "巴彦塔拉嘎查" in [s for s, _ in places("本报讯 此前，旗林草局已在苏木巴彦塔拉嘎查包联3年。")]


@pytest.mark.parametrize("text", ["武宁县：联村单位沉下去，联村干部进网格。", "贵池区各联村领导带队入户。"])
def test_联村_before_its_units_or_cadres_is_no_village_though_the_county_has_one(text):
    assert "联村" not in [name for name, _ in places(text)]


@pytest.mark.parametrize("text", ["坚持一村一策，发展特色产业。", "推行一村一品，带动增收。"])
def test_a_slogan_of_each_village_names_no_village(text):
    assert not [name for name, _ in places(text) if name.endswith("一村")]


@pytest.mark.parametrize("when", ["当时", "那时", "此时", "这时", "届时"])
def test_a_word_of_time_before_a_village_is_no_part_of_its_name(when):
    assert [p for p, _ in places(f"{when}杏林沟村的第一书记是韩立文。")] == ["杏林沟村"]


def test_a_known_village_after_a_name_character_and_和_is_a_longer_name():
    """洪格尔高勒镇 has a 哈夏图嘎查; after the town, "额和" is no place and 和 no "and"."""
    assert places("阿巴嘎旗洪格尔高勒镇额和哈夏图嘎查的牧民正忙着储备冬草。")[-1] == ("额和哈夏图嘎查", None)
    assert places("阿巴嘎旗洪格尔高勒镇哈夏图嘎查的牧民正忙着储备冬草。")[-1] == ("哈夏图嘎查", "哈夏图嘎查")


@pytest.mark.parametrize("text", ["挂职干部多次带着杭州客商进村对接。", "一家浙江茶叶企业也来村考察。",
                                  "青山县人民医院则向村卫生室捐赠了一批器械。"])
def test_someone_coming_to_the_village_in_focus_names_no_village(text):
    assert not [p for p, _ in places(text) if p.endswith("村")]


def test_next_door_is_no_part_of_a_village_s_name():
    surfaces = [s for s, _ in places("柳溪村的包联单位是青江县水利局。隔壁石门村的包联单位青江县交通运输局也来取经。")]
    assert "石门村" in surfaces and "隔壁石门村" not in surfaces


def test_a_mongolian_name_opening_with_an_element_that_reads_as_a_word_keeps_its_和():
    assert "阿拉坦伊和嘎查" in [s for s, _ in places("科尔沁右翼中旗白音镇阿拉坦伊和嘎查，是盟财政局的包联嘎查。")]


def test_a_name_opening_with_a_leading_character_is_read_whatever_protects_it():
    # (the level suffixes that protect a place's name are a table, not a tuple of words)
    assert "青河镇" in [s for s, _ in places("青河镇：能源园区招工火热。")]


def test_a_stay_of_some_years_in_the_village_in_focus_is_no_village():
    assert not [s for s, _ in places("十年前，他作为局里的工作队员在东河县驻过两年村。") if s.endswith("村")]


@pytest.mark.parametrize("text", ["一年前，学校派我来石门坎村当第一书记。", "局里派她去石门坎村当第一书记。"])
def test_coming_or_going_to_a_village_after_a_pronoun_is_no_part_of_its_name(text):
    assert "石门坎村" in [s for s, _ in places(text)]


def test_linking_villages_is_a_way_of_support_no_village():
    assert "联村" not in [s for s, _ in places("会上宣读了《东河乡联村党委运行办法》，石门坎村与相邻的两个村组建联村党委。")]

