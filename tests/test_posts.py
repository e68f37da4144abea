"""Posts, people and units: the behaviours of title chains, names and unit names,
each on sentences written for the test (other places, other names)."""
import hashlib

import pytest

from graph.mentions import find_mentions, find_people
from graph.model import Page
from graph.pipeline import extract_page
from graph.read import _unbarred, clean


def page_of(text: str) -> Page:
    cleaned, index = clean(text)
    return Page("t.txt", text, cleaned, tuple(index), hashlib.sha256(text.encode()).hexdigest())


def facts_of(text: str) -> set[tuple]:
    return {(f.type, f.head, f.tail) for f in extract_page(page_of(text)).facts if not f.inferred}


def names(text: str, label: str) -> set[str]:
    return {m.surface for m in find_mentions(text) if m.label == label}


# ---------------------------------------------------------------- title chains


def test_a_verb_of_one_character_before_a_place_opens_no_unit():
    assert names("本报讯 韩立文任期届满，回汉中市林业局工作。", "Organization") == {"汉中市林业局"}


def test_a_county_committee_is_a_unit_and_the_county_head_its_place():
    got = facts_of("本报讯 会上,北安县委副书记、县长孟祥林作了讲话。")
    assert ("HOLDS_POSITION", "孟祥林", "北安县委") in got
    assert ("HOLDS_POSITION", "孟祥林", "北安县") in got


def test_a_regional_party_committee_written_without_its_name():
    got = facts_of("本报讯 宁夏回族自治区银川市召开会议,自治区党委常委、银川市委书记马天宇出席。")
    assert ("HOLDS_POSITION", "马天宇", "宁夏回族自治区党委") in got


def test_a_head_of_a_banner_named_by_its_level_word():
    got = facts_of("本报讯 镶黄旗召开会议。副旗长乌日图出席会议并讲话。")
    assert ("HOLDS_POSITION", "乌日图", "镶黄旗") in got


def test_the_unit_named_for_the_first_of_a_list_holds_for_the_next():
    got = facts_of("本报讯 东海军分区政治委员周立群、副政治委员吴海涛出席仪式。")
    assert ("HOLDS_POSITION", "吴海涛", "东海军分区") in got


def test_a_holder_then_的_then_the_title():
    got = facts_of("本报讯 家住青湖镇翠竹社区的网格员孙雪梅,每天都要巡查一遍。")
    assert ("HOLDS_POSITION", "孙雪梅", "翠竹社区") in got


def test_grid_staff_without_a_place_belong_to_the_village_in_focus():
    got = facts_of("本报讯 柏林镇杨家坪村划分了8个网格。三组网格员刘春燕每天巡查。")
    assert ("HOLDS_POSITION", "刘春燕", "杨家坪村") in got


def test_a_unit_head_without_a_unit_heads_the_unit_in_focus():
    got = facts_of("本报讯 江城师范学院党委书记陈国栋到石湾镇调研;校长许文博带领专家赴大坪村。")
    assert ("HOLDS_POSITION", "许文博", "江城师范学院") in got


def test_a_description_between_the_unit_and_the_title():
    got = facts_of("本报讯 西江职业技术学院美术系教师邓佳被派驻到白沙村担任第一书记。")
    assert ("HOLDS_POSITION", "邓佳", "西江职业技术学院") in got
    assert ("FIRST_SECRETARY_OF", "邓佳", "白沙村") in got


def test_a_department_of_a_department_is_the_title():
    got = facts_of("本报讯 刘德明是青海省委组织部办公室主任。")
    assert ("HOLDS_POSITION", "刘德明", "青海省委组织部") in got


def test_a_post_title_chain_split_by_兼_with_a_tier_in_front():
    got = facts_of("本报讯 梨园社区党支部书记兼二级网格长贺小东安排当天的工作。")
    assert ("HOLDS_POSITION", "贺小东", "梨园社区") in got


def test_a_team_member_with_another_post_works_for_the_sending_unit():
    got = facts_of("本报讯 省交通厅驻青河县柳沟村工作队队员、柳沟镇党委委员郝建国走访了农户。")
    assert any(t == "WORKS_FOR" and h == "郝建国" and tl.endswith("交通运输厅") for t, h, tl in got)
    assert ("HOLDS_POSITION", "郝建国", "柳沟镇") in got


def test_a_village_head_title_shares_the_level_word_with_the_place():
    got = facts_of("本报讯 一早,查干诺尔嘎查长巴特尔就到镇上开会。")
    assert ("HOLDS_POSITION", "巴特尔", "查干诺尔嘎查") in got


# ---------------------------------------------------------------- names


def test_a_name_split_in_two_by_the_tagger_is_one():
    assert "乌日娜毕力格" in names("嘎查党支部书记、嘎查长乌日娜毕力格带领牧民修路。", "Person")


def test_a_name_ending_in_新_before_任_after_the_verb_that_sends_him():
    got = facts_of("本报讯 部分选派单位及人员情况如下：青江省交通运输厅：选派韩立新任天堂寨镇柳树村第一书记，接替期满轮换的原第一书记刘刚。")
    assert ("FIRST_SECRETARY_OF", "韩立新", "柳树村") in got and not any(f[1] == "韩立" for f in got)


def test_an_interviews_speaker_holds_no_post_named_after_the_colon():
    got = facts_of("本报讯 记者：驻村以来最难的是什么？\n韩立文：东河镇党委书记赵永康来村里调研时说，柳树村要在深加工上下功夫。")
    assert ("HOLDS_POSITION", "赵永康", "东河镇") in got and ("HOLDS_POSITION", "韩立文", "东河镇") not in got


def test_a_name_a_colon_and_a_post_in_a_list():
    got = facts_of("本报讯 会议名单如下。韩立文：东河镇党委书记；赵永康：东河镇镇长。")
    assert {("HOLDS_POSITION", "韩立文", "东河镇"), ("HOLDS_POSITION", "赵永康", "东河镇")} <= got


@pytest.mark.parametrize("text, person", [
    ("驻村工作队队长王建军正忙着整理台账。", "王建军"),
    ("村委会门口，网格员农益山正用壮话跟一位老大爷讲政策。", "农益山"),     # 正 (now), then a verb of one character
])
def test_a_name_ends_before_the_verb_after_it(text, person):
    assert names(text, "Person") == {person}


def test_a_name_ending_in_和_before_a_comma():
    assert "李义和" in names("军区司令员李义和,副司令员张海出席仪式。", "Person")


@pytest.mark.parametrize("text", ["镇党委书记任一级网格长，各村党支部书记任二级网格长。",
                                  "各派出单位要落实要求，即驻村第一书记原单位职务、待遇不变。"])
def test_a_surname_before_a_common_word_is_no_name(text):
    assert names(text, "Person") <= {"刘海燕"}


@pytest.mark.parametrize("text, name", [
    ("村党支部书记、村委会主任孙德全掰着指头给记者算账。", "孙德全"),
    ("县人大常委会副主任吴立新包联东沟村，每月来一次。", "吴立新"),
    ("副县长王强会说藏语。", "王强"),
    ("村主任张伟新建了大棚。", "张伟"),
    ("村党支部书记刘福笑着说，今年收成好。", "刘福"),
    ("东河镇党委书记杨春和介绍，全镇建了网格。", "杨春和"),
    ("工作队员、青江县供电公司员工韩文福会说藏语。", "韩文福"),
    ("旗发展和改革委员会干部韩志强任吉生太镇巴音图村第一书记。", "韩志强"),    # 任, then a place
    ("柳溪村党支部书记胡德才说，今年村里新建了冷库。", "胡德才"),      # 才 before a bare 说
])
def test_a_name_of_three_the_tagger_cut_before_a_word(text, name):
    assert name in names(text, "Person")


@pytest.mark.parametrize("text", ["网格员走访完独居老人，又赶回村部填写民情日志。", "第一书记连夜返回村部开会。"])
def test_a_verb_back_to_the_village_is_no_village(text):
    assert names(text, "Place") == set()


@pytest.mark.parametrize("text", ["各位网格长都住在片区里，谁家有困难他们最清楚。", "他请县林业局的专家来村里指导修剪。"])
def test_after_a_title_an_adverb_or_a_verb_to_the_village_is_no_name(text):
    assert names(text, "Person") == set()


def test_doing_practical_things_for_the_community_is_no_office():
    assert names("今年以来，共建单位为社区办实事28件。", "Organization") == set()


def test_a_word_that_opens_with_a_rare_surname_is_no_name():
    assert names("各派出单位要为第一书记干事创业提供有力保障。", "Person") == set()


def test_a_people_is_no_name():
    assert names("“韩书记是我们自己的哈尼姑娘，说话村民听得进去。”", "Person") == set()


@pytest.mark.parametrize("text", ["考核结果将作为第一书记评先评优的重要依据。", "第一书记边干边学，很快进入角色。"])
def test_a_phrase_of_two_parallel_halves_after_a_title_is_no_name(text):
    assert names(text, "Person") == set()


@pytest.mark.parametrize("text, place", [("东河镇副镇长韩立文包村柳树村，每周至少到村一次。", "柳树村"),
                                         ("县委书记到东河镇调研包村工作。", "东河镇")])
def test_taking_charge_of_a_village_is_no_village(text, place):
    assert not any(p.endswith("包村") for p in names(text, "Place")) and place in names(text, "Place")


def test_a_note_in_a_row_without_its_first_secretary_is_no_name():
    text = FAMILIES["a table's row with empty cells a page copied as nothing (no first secretary, no note)"][0]
    assert not any(f[0] == "FIRST_SECRETARY_OF" and f[1] == "重点村" for f in facts_of(text))


@pytest.mark.parametrize("text", ["西河镇：银行党支部与村党支部结对共建", "当天，中学党总支与柳树村党支部签订共建协议。"])
def test_a_unit_kind_with_its_party_organ_names_no_unit(text):
    assert not any(n.startswith(("银行", "中学")) for n in names(text, "Organization"))


def test_a_name_an_adverb_and_和_before_村_is_no_village():
    got = facts_of("本报讯 在东河镇柳树村，青江县水利局选派的第一书记韩立文已经和村“两委”一起制定三年规划。")
    assert ("FIRST_SECRETARY_OF", "韩立文", "柳树村") in got and not any(f[2].endswith("和村") for f in got)


def test_a_name_the_tagger_missed_and_和_before_the_villages_committees_is_no_village():
    assert names("本报讯 县水利局选派的第一书记仇立新和村“两委”一道，把规划做好了。", "Place") == set()


@pytest.mark.parametrize("people", ["市级领导", "机关干部"])
def test_a_citys_leaders_and_its_units_pair_with_no_city(people):
    got = facts_of(f"本报讯 青江市{people}和市财政局、市水利局等16个单位结对帮扶我县16个村。")
    assert not any(f[0] == "SUPPORTS" and f[2] == "青江市" for f in got)


def test_grid_areas_then_the_basic_grids_inside_them_count_the_basic_grids():
    made = extract_page(page_of("本报讯 东河镇将全镇划分为11个网格片区、64个基础网格，配备专兼职网格员78名。")).facts
    assert [dict(f.props).get("count") for f in made if f.type == "DIVIDED_INTO"] == [64]


def test_a_unit_that_no_longer_supports_a_village_does_not():
    got = facts_of("本报讯 3.县卫生健康局不再包联东河镇火烧沟村，改为包联西河镇白杨湾村。")
    assert not any(f[0] == "SUPPORTS" and f[2] == "火烧沟村" for f in got)


def test_a_unit_then_联村帮扶_is_no_village():
    assert names("怀化市民政局联村帮扶播阳镇坡头村，帮助村里建设了养老服务点。", "Place") >= {"坡头村"} and \
        not any(n.endswith("联村") for n in names("怀化市民政局联村帮扶播阳镇坡头村。", "Place"))


def test_the_communities_of_town_and_country_are_no_community():
    assert names("此前，通辽市城乡社区治理现场推进会在东河镇召开。", "Place") == {"通辽市", "东河镇"}


@pytest.mark.parametrize("opening", ["社区还与", "社区也与", "社区与"])
def test_a_sentence_opening_with_a_bare_level_word_is_about_the_place_in_focus(opening):
    got = facts_of(f"本报讯 红星社区位于青江县东河镇。{opening}青江县司法局、青江县税务局开展结对共建，律师每月到社区坐班。")
    assert ("SUPPORTS", "青江县税务局", "红星社区") in got


def test_a_recalled_first_secretary_is_no_sign_the_unit_sent_anyone():
    got = facts_of("青江县驻村第一书记召回名单\n\n1. 赵晓梅，县水利局副局长，原任西河镇杏林村驻村第一书记，因身体原因召回。")
    assert ("HOLDS_POSITION", "赵晓梅", "青江县水利局") in got and not {f for f in got if f[0] == "SUPPORTS"}


def test_in_a_list_of_people_a_member_role_is_the_next_ones():
    got = facts_of("本报讯 记者采访了青江县林业局驻柳树村第一书记韩立文,省水利厅驻杏林村工作队队员、东河镇党委副书记赵晓梅。")
    assert ("WORKS_FOR", "赵晓梅", "青江省水利厅") in got or ("WORKS_FOR", "赵晓梅", "省水利厅") in got
    assert not any(f[0] == "WORKS_FOR" and f[1] == "韩立文" and "水利厅" in f[2] for f in got)


@pytest.mark.parametrize("speech", ["了交流发言", "交流发言", "典型发言", "表态发言", "发言", "报告", "汇报", "讲话"])
def test_a_name_then_作_and_the_speech_it_gives(speech):
    assert ("FIRST_SECRETARY_OF", "李航", "柳树村") in facts_of(f"本报讯 会上，区财政局驻柳树村第一书记、工作队长李航作{speech}。")


@pytest.mark.parametrize("text", ["网格指导员：田 军（县委政法委干部）", "网格员：田 军，县财政局干部"])
def test_a_label_then_a_name_of_two_spaced_out(text):
    assert names(text, "Person") == {"田 军"}


@pytest.mark.parametrize("speech", ["交流发言", "了表态发言"])
def test_a_name_of_two_spaced_out_then_作_and_the_speech_it_gives(speech):
    assert ("HOLDS_POSITION", "冯涛", "杏林村") in facts_of(f"本报讯 会上，杏林村党支部书记、村委会主任冯 涛作{speech}。")


@pytest.mark.parametrize("name, verb", [("吉日木图", "带领"), ("宝音", "率领")])
def test_a_leader_the_tagger_misses_is_no_part_of_the_unit_he_leads(name, verb):
    text = f"7月12日，旗委常委、副旗长{name}{verb}旗农牧局负责同志到东河镇督导包联工作。"
    assert name in names(text, "Person") and "旗农牧局" in names(text, "Organization")


@pytest.mark.parametrize("text", [
    "本报讯 2023年3月，青江县人民医院选派该院心内科护士长韩雪梅到柳树村担任第一书记。",
    "本报讯 青江县人民医院主治医师韩雪梅每月到柳树村义诊。",
    "本报讯 青江县人民医院副主任医师韩雪梅每月到柳树村义诊。",
])
def test_a_hospitals_ranks_are_posts_in_it(text):
    assert ("HOLDS_POSITION", "韩雪梅", "青江县人民医院") in facts_of(text)


@pytest.mark.parametrize("text", [
    "镇里实行镇领导包村、村干部包联、网格员包户，把矛盾纠纷排查压到一线。",
    "柳沟村划分为6个网格，由村“两委”成员担任网格长，网格员包户联户。",
    "“嘎查干部包网格，网格员包牧户，哪家有事我们都清楚。”",
    "村“两委”成员和网格员包片联户。",
    "秸秆禁烧期间，网格员包地块、盯田头。",
])
def test_a_cadres_share_of_the_work_is_no_name(text):
    assert names(text, "Person") == set()


def test_a_name_in_brackets_after_a_name_found_is_none_of_its_own():
    assert names("4.东河乡：联系县级领导拉毛东智（县委常委、组织部部长）；联点部门县水利局。", "Person") == {"拉毛东智"}


def test_a_rare_surname_opening_a_common_verb_is_no_name():
    assert names("镇里将为新到岗的第一书记安排好食宿。", "Person") == set()


def test_a_surname_before_a_verb_is_no_name():
    assert names("今年的目标是第一书记全覆盖。", "Person") == set()


@pytest.mark.parametrize("text,unit", [
    ("牡丹江市西安区融媒体中心副主任崔明作了发言。", "牡丹江市西安区融媒体中心"),      # places taken whole
    ("林芝市委宣传部副部长张强主动申请驻村。", "林芝市委"),                    # 市 belongs to both
    ("宁远县农民技术学校开设了新课。", "宁远县农民技术学校"),                          # a noun after a place
    ("2010年江汉大学在青石镇设立了工作站。", "江汉大学"),                        # not the year
    ("1.东河镇：联点部门县水利局，联点村柳树村。", "县水利局"),                    # 部门 ends what precedes
    ("工作队员、省文化和旅游厅干部韩雪说。", "省文化和旅游厅"),                    # a list before, not a name
])
def test_unit_names_begin_where_the_name_begins(text, unit):
    assert unit in names(text, "Organization")


def test_a_unit_name_does_not_run_into_a_person_before_it():
    orgs = names("农业农村部驻兰州特派员李明辉与甘肃省贸促会会长周海洋赴青石村调研。", "Organization")
    assert "甘肃省贸促会" in orgs and not any("李明辉" in o for o in orgs)


def test_a_units_party_organ_acts_for_the_unit():
    got = facts_of("2016年,高志远被东平县财政局党委派到柳沟村任驻村第一书记。")
    assert ("WORKS_FOR", "高志远", "东平县财政局") in got


def test_an_abbreviated_university_is_written_out():
    assert any(t == "SUPPORTS" and h == "河南师范大学" for t, h, _ in
               facts_of("本报讯 河南师大派驻汤阴县白营村第一书记胡永乐。"))


def test_a_provinces_own_organ_takes_its_full_name_and_a_school_keeps_its_own():
    got = facts_of("本报讯 内蒙古财政厅驻巴彦嘎查第一书记图雅、内蒙古大学驻朝阳村第一书记王涛。")
    assert ("WORKS_FOR", "图雅", "内蒙古自治区财政厅") in got
    assert ("WORKS_FOR", "王涛", "内蒙古大学") in got


# ---------------------------------------------------------------- families of phrasing

# family -> (text, facts it gives)
FAMILIES = {
    "a notice's line a village labels, its grids in a clause of their own (2.Y村：包联单位X局；…；网格4个)":
        ("南岭县驻村工作安排\n1.柳溪村：包联单位南岭县交通运输局、南岭县人民医院；第一书记王立亮；网格4个。\n"
         "2.石桥村：包联单位南岭县水利局；驻村工作队员贾立鹏；网格5个。",
         [("DIVIDED_INTO", "柳溪村", "柳溪村"), ("DIVIDED_INTO", "石桥村", "石桥村")]),
    "a village's grids as a number after 村里的 (村里的6个网格各有一名网格员)":
        ("柳沟村党支部书记刘二明告诉记者，村里的6个网格各有一名网格员。", [("DIVIDED_INTO", "柳沟村", "柳沟村")]),
    "villages' first secretaries respectively (A村、B村、C村的第一书记分别为X、Y、Z; 涉及A村、B村3个村，原第一书记分别为X、Y)":
        ("东河镇柳溪村、石桥村、桃园村的第一书记分别为吴立昊、胡晓斌、李思娜。"
         "此次轮换涉及西岭镇杏林村、枣岗村2个村，原第一书记分别为胡立军、程晓亮。",
         [("FIRST_SECRETARY_OF", "吴立昊", "柳溪村"), ("FIRST_SECRETARY_OF", "胡晓斌", "石桥村"),
          ("FIRST_SECRETARY_OF", "李思娜", "桃园村"), ("FIRST_SECRETARY_OF", "胡立军", "杏林村"),
          ("FIRST_SECRETARY_OF", "程晓亮", "枣岗村")]),
    "the one a first secretary took over from, when another village was named since (A任Y村第一书记，B任W村第一书记。A接替的是原第一书记Z)":
        ("青江市财政局干部张思远任石门镇柳沟村第一书记，市卫生健康委员会干部韩立新任东河镇杏林村第一书记。"
         "张思远接替的是同样来自市财政局、两年驻村期满的原第一书记赵鹏程。",
         [("FIRST_SECRETARY_OF", "赵鹏程", "柳沟村")]),
    "a unit sends another of its section heads in place of one recalled (X局补派Y科科长Z到村任第一书记)":
        ("今年初，柳沟村原驻村第一书记王立勇因工作调整被召回，青江市水务局补派工程建设管理科科长李文华到村任第一书记。",
         [("HOLDS_POSITION", "李文华", "青江市水务局工程建设管理科")]),
    "a village's grids named as a number of them (村里6个网格由…包干; 该村5个网格的网格员; 全村6个网格也由他…)":
        ("柳沟村党支部书记王德海介绍，村里6个网格由村“两委”干部分片包干。"
         "杏林村由青江县自然资源局挂钩帮扶，该村5个网格的网格员大多是返乡青年。"
         "县住建局派驻石桥村第一书记颜立谦到村后，全村7个网格也由他担任网格指导员。",
         [("DIVIDED_INTO", "柳沟村", "柳沟村"), ("DIVIDED_INTO", "杏林村", "杏林村"), ("DIVIDED_INTO", "石桥村", "石桥村")]),
    "Zhuang 那 opening a village's name of three (同镇的那坡岭村)":
        ("同镇的那坡岭村由青江市水务局挂钩帮扶。", [("SUPPORTS", "青江市水务局", "那坡岭村")]),
    "a division's head after 该局, no name before 股 (由该局林政股股长Z担任)":
        ("县林业局派驻石门镇柳沟村第一书记由该局林政股股长温立文担任。", [("FIRST_SECRETARY_OF", "温立文", "柳沟村")]),
    "recalled to his unit, 被 left out (原Y村第一书记Z任期届满，召回X局)":
        ("原柳沟村第一书记冼立然任期届满，召回青江市住房和建设局。", [("WORKS_FOR", "冼立然", "青江市住房和建设局")]),
    "sent at a unit's call (受X局选派，张某到Y村担任第一书记; 我叫张某，受X局选派，今天到Y村报到，担任第一书记)":
        ("2022年4月，受青江市林业局选派，韦丽萍到东河镇岔山村担任第一书记。"
         "我叫覃海波，受南岭县水利局选派，今天正式到西岭镇杏林村报到，担任第一书记、驻村工作队队长。",
         [("SUPPORTS", "青江市林业局", "岔山村"), ("WORKS_FOR", "韦丽萍", "青江市林业局"),
          ("SUPPORTS", "南岭县水利局", "杏林村")]),
    "villages' units in order (A村、B村、C村的帮扶单位依次为X局、Y局和Z局)":
        ("东河镇柳溪村、石桥村、桃园村的帮扶单位依次为青江县交通运输局、青江县水利局和青江县林业局。",
         [("SUPPORTS", "青江县交通运输局", "柳溪村"), ("SUPPORTS", "青江县水利局", "石桥村"),
          ("SUPPORTS", "青江县林业局", "桃园村")]),
    "a first secretary back home, then his post there (回到X局工作，目前任该局Y科科长; 回到厅里，如今是Y处副处长)":
        ("2021年期满后，彭立秋回到青江市财政局工作，目前任该局预算科科长。"
         "省水利厅派驻杏林村第一书记韦秋生任期届满后回到厅里工作，如今是河湖管理处副处长。",
         [("HOLDS_POSITION", "彭立秋", "青江市财政局预算科"), ("HOLDS_POSITION", "韦秋生", "省水利厅河湖管理处")]),
    "surnames of Yunnan, Guizhou and Gansu (禄, 字, 密, 妥) before a name's characters the tagger would keep apart":
        ("柳溪村第一书记由县林业局干部禄光明担任。县水利局派驻石桥村的第一书记字明亮，一年有300天住在村里。"
         "杏林村第一书记由县医保局干部密建平担任。县财政局派驻桃园村的第一书记妥海军，一年有280天住在村里。",
         [("FIRST_SECRETARY_OF", "禄光明", "柳溪村"), ("FIRST_SECRETARY_OF", "字明亮", "石桥村"),
          ("FIRST_SECRETARY_OF", "密建平", "杏林村"), ("FIRST_SECRETARY_OF", "妥海军", "桃园村")]),
    "是 right after a name of three the tagger cut to two (第一书记X明航是Y派驻的干部)":
        ("东河镇柳溪村第一书记高明航是省农科院派驻的干部，2022年5月到村。",
         [("FIRST_SECRETARY_OF", "高明航", "柳溪村")]),
    "after its township, a village's name whose last two characters make a verb (X镇德合成村, 公合成村)":
        ("县审计局包联银号镇德合成村，县水利局包联银号镇公合成村。",
         [("SUPPORTS", "固阳县审计局", "德合成村"), ("SUPPORTS", "固阳县水利局", "公合成村")]),
    "sent from a unit in the passive (他从X局被选派到Y村任第一书记)":
        ("2023年4月，聂远帆从县水利局被选派到东河镇柳溪村任驻村第一书记。",
         [("SUPPORTS", "县水利局", "柳溪村"), ("FIRST_SECRETARY_OF", "聂远帆", "柳溪村"), ("WORKS_FOR", "聂远帆", "县水利局")]),
    "a name, an adverb, then the unit he comes from (队员X则来自Y局)":
        ("工作队员邬晓川则来自县财政局，负责合作社的账目。",
         [("WORKS_FOR", "邬晓川", "县财政局")]),
    "作 (gives) a speech after a name of two the tagger misses (第一书记农某作表态发言, 书记黄某作工作报告)":
        ("会上，青江县水利局驻那岭村第一书记农牧作表态发言，县林业局驻石桥村第一书记覃峰作交流发言。",
         [("FIRST_SECRETARY_OF", "农牧", "那岭村"), ("WORKS_FOR", "农牧", "青江县水利局"),
          ("FIRST_SECRETARY_OF", "覃峰", "石桥村")]),
    "Zhuang 那 (field) opens a village's name of two (驻那岭村, 帮扶那桃村)":
        ("县水利局驻那岭村第一书记韦立新说。县林业局帮扶那桃村。",
         [("SUPPORTS", "县水利局", "那岭村"), ("FIRST_SECRETARY_OF", "韦立新", "那岭村"), ("SUPPORTS", "县林业局", "那桃村")]),
    "an OCR's space before a name's rare last character, then what he does (局长褚文 韬到村)":
        ("青江县林业局局长喻立 璟到村走访，青江县水利局局长邢文 韬到村查看。",
         [("HOLDS_POSITION", "喻立璟", "青江县林业局"), ("HOLDS_POSITION", "邢文韬", "青江县水利局")]),
    "after a post, a rare last character of a name, then words (主任雒某渐挨家挨户, 副县长柏某怀日前)":
        ("东河镇石桥村党支部书记、村委会主任满立渐挨家挨户走访。青江县委常委、副县长邵钧怀日前到柳溪村调研。",
         [("HOLDS_POSITION", "满立渐", "石桥村"), ("HOLDS_POSITION", "邵钧怀", "青江县委")]),
    "a note on the post between the title and the name (副县长（挂职）游某, 副镇长（兼）游某)":
        ("青江县委常委、副县长（挂职）游江南到东河镇调研。东河镇副镇长（兼）游子川说。",
         [("HOLDS_POSITION", "游江南", "青江县委"), ("HOLDS_POSITION", "游子川", "东河镇")]),
    "a roster's heading names the team by its unit (▲X局驻Y村工作队 / 第一书记、队长：张某 / 队员：李某、王某)":
        ("本批工作队名单如下：\n▲青江县水利局驻东河镇柳溪村工作队\n第一书记、队长：岑牧远\n队员：邬晓川、蒲青禾\n"
         "▲青江县林业局驻西岭镇石桥村工作队\n第一书记：仇立衡\n",
         [("WORKS_FOR", "邬晓川", "青江县水利局"), ("WORKS_FOR", "蒲青禾", "青江县水利局"),
          ("WORKS_FOR", "仇立衡", "青江县林业局")]),
    "rarer surnames of the north-west and south-west (雒, 郇, 弓, 卯, 药, 折), before a name's last character the tagger would drop":
        ("县医保局驻杏林村第一书记药志东汇报了情况。东河镇石桥村党支部书记卯金平说。县委常委、组织部部长折振东到村调研。"
         "县税务局党委书记、局长弓建业先后4次到村。",
         [("FIRST_SECRETARY_OF", "药志东", "杏林村"), ("HOLDS_POSITION", "卯金平", "石桥村"),
          ("HOLDS_POSITION", "折振东", "县委"), ("HOLDS_POSITION", "弓建业", "县税务局")]),
    "a holder's home, no part of his name (网格长X家就在…, 书记X家住…)":
        ("东河镇柳溪村网格长钱德旺家就在组中间。西岭镇石桥村党支部书记施红家住村东头。",
         [("HOLDS_POSITION", "钱德旺", "柳溪村"), ("HOLDS_POSITION", "施红", "石桥村")]),
    "an earlier post, in a unit's division after working there, or in a town (在X中心工作，当过两年副主任; 在Y镇挂职过一年副镇长)":
        ("柳溪村第一书记韩晓东原来在县公路养护中心工作，当过两年副主任。石桥村第一书记龚丽娟此前在东河镇挂职过一年副镇长。",
         [("HOLDS_POSITION", "韩晓东", "县公路养护中心"), ("HOLDS_POSITION", "龚丽娟", "东河镇")]),
    "an OCR's space before a Mongolian name's last element, then what she does (宣传委员托雅 其木格为…)":
        ("东河镇党委委员、宣传委员托雅 其木格为网格员授课，西岭镇党委副书记苏布达 高娃带着网格员入户。",
         [("HOLDS_POSITION", "托雅其木格", "东河镇"), ("HOLDS_POSITION", "苏布达高娃", "西岭镇")]),
    "after a post, a name's last character the tagger left out before 到 or an adverb (部长郗雪凝到, 第一书记甄敏行则把)":
        ("5月14日，县委常委、统战部部长郗雪凝到东河镇杏林村调研。市农业农村局派驻西岭镇石桥村第一书记甄敏行则把课堂开进了网格。",
         [("FIRST_SECRETARY_OF", "甄敏行", "石桥村"), ("HOLDS_POSITION", "郗雪凝", "县委")]),
    "an OCR's space inside a name of three, then what she does (陶秀 梅带着…, 邝明 德商量)":
        ("东河镇柳溪村村委会委员、妇联主席陶秀 梅带着20多名妇女搞起了包装，她和西岭镇石桥村党支部书记邝明 德商量，把茶园集中起来。",
         [("HOLDS_POSITION", "陶秀梅", "柳溪村"), ("HOLDS_POSITION", "邝明德", "石桥村")]),
    "a name ending in 才 after a post, then what he does (村委会主任汤宏才是…, 龚德才主抓)":
        ("东河镇柳溪村村委会主任汤宏才是土生土长的本村人，西岭镇石桥村党支部书记龚德才主抓产业。",
         [("HOLDS_POSITION", "汤宏才", "柳溪村"), ("HOLDS_POSITION", "龚德才", "石桥村")]),
    "a name ending in 胜 after a post, then 任 and the next post (严德胜任网格长)":
        ("一、东河镇柳溪村划分网格6个，村党支部书记严德胜任网格长，实行党员联户。",
         [("HOLDS_POSITION", "严德胜", "柳溪村")]),
    "a Han name of three, then a verb or a modal the tagger joined to it (包玉柱算了, 韦建新接到, 马海燕会说)":
        ("说起变化，柳溪嘎查嘎查达包玉柱算了一笔账。东河镇石桥村专职网格员马海燕会说藏语和汉语。",
         [("HOLDS_POSITION", "包玉柱", "柳溪嘎查"), ("HOLDS_POSITION", "马海燕", "石桥村")]),
    "系 (is) after a name (队长龙俊系该委干部)":
        ("市发展改革委向东河镇柳溪村派驻驻村工作队，第一书记、队长龙俊系该委四级主任科员。",
         [("FIRST_SECRETARY_OF", "龙俊", "柳溪村")]),
    "a first secretary who has also been the village's party secretary for a while (已兼任村党支部书记一年多)":
        ("在曹县东河镇柳树村，菏泽市市场监督管理局派驻的第一书记韩宝坤已兼任村党支部书记一年多。",
         [("HOLDS_POSITION", "韩宝坤", "柳树村")]),
    "a roster's post cell with the village's own post (第一书记兼村党支部书记)":
        ("东河县驻村第一书记名单\n序号|姓名|工作单位及职务|驻村|驻村职务\n1|韩德洺|省农业农村厅种植业管理处一级主任科员|东河镇栗园村|第一书记兼村党支部书记\n"
         "2|孙晓蕾|市财政局综合科副科长|西岭镇云岩村|第一书记",
         [("HOLDS_POSITION", "韩德洺", "栗园村"), ("FIRST_SECRETARY_OF", "孙晓蕾", "云岩村")]),
    "a name after a title that the tagger reads as two verbs (队长甄立航到村报到)":
        ("3月5日，大同市生态环境局选派到东河镇梨树村的第一书记兼驻村工作队队长甄立航到村报到，队员同日到岗。",
         [("FIRST_SECRETARY_OF", "甄立航", "梨树村"), ("WORKS_FOR", "甄立航", "大同市生态环境局")]),
    "rarer northern surnames (矫, 綦, 禚, 仉: 第一书记、盟统计局干部矫立新)":
        ("同在东河镇的柳树嘎查第一书记、盟统计局干部矫立新，隔三岔五就来取经。",
         [("FIRST_SECRETARY_OF", "矫立新", "柳树嘎查"), ("WORKS_FOR", "矫立新", "盟统计局")]),
    "除 (except) opens no unit's name (除县市场监督管理局包联的Y村外)":
        ("全镇14个行政村都有县直单位包联，除县市场监督管理局包联的谦和村外，其余村都有第一书记。",
         [("SUPPORTS", "县市场监督管理局", "谦和村")]),
    "a verb, then the county's unit named bare, after a name (第一书记汝某组织县医院医生…)":
        ("8月8日，县卫生健康委员会驻杏林镇石桥梁村第一书记汝冬青组织县医院医生入户随访慢病患者23人。",
         [("FIRST_SECRETARY_OF", "汝冬青", "石桥梁村")]),
    "a unit as the support unit of a town or village, no 的 (X委作为Y镇包联单位)":
        ("县委政法委作为东河镇包联单位，负责全镇网格化工作的业务指导。", [("SUPPORTS", "县委政法委", "东河镇")]),
    "咱们局 in an interview: the unit in focus (咱们局包联Y村好几年了)":
        ("准格尔旗医疗保障局派韩立文到柳树村任第一书记。出发前，局领导说，咱们局包联东河村好几年了，情况都熟。",
         [("SUPPORTS", "准格尔旗医疗保障局", "东河村")]),
    "uncommon surnames the tagger misses (汝, 贠: 第一书记汝冬青组织…; 主任贠 永平说)":
        ("东河县融媒体中心\n8月8日，县卫生健康委员会驻东河镇柳树村第一书记汝冬青组织县医院医生入户随访。东河村村党支部书记、村委会主任贠 永平说。",
         [("FIRST_SECRETARY_OF", "汝冬青", "柳树村"), ("HOLDS_POSITION", "贠永平", "东河村")]),
    "a table's rows right above the next brief's headline and dateline stay with their table (no headline of cells)":
        ("东河县三兴镇：教授书记把实验田搬进村\n　　盛夏时节，东河县三兴镇柳树村的鹅舍里，雏鹅叽叽喳喳。\n"
         "东河县新一轮选派驻村第一书记名单（部分）\n派出单位　　　　姓名　　　派驻村\n县人民检察院　　韩卫东　　新兴乡太和村\n"
         "县自然资源局　　孙立业　　新兴乡永丰村\n（名单未完）\n新任驻村第一书记集中“充电”\n"
         "　　本报讯 县委组织部近日对新选派的驻村第一书记进行集中培训。\n",
         [("FIRST_SECRETARY_OF", "韩卫东", "太和村"), ("SUPPORTS", "东河县自然资源局", "永丰村")]),
    "names in a table's cells between wide gaps, unit first (X局　　韩卫东　　Y乡Z村; 孙 立业)":
        ("东河县新一轮选派驻村第一书记名单（部分）\n派出单位　　　　姓名　　　派驻村\n县人民检察院　　韩卫东　　东河乡太和村\n"
         "县自然资源局　　孙 立业　　东河乡永丰村\n（名单未完）",
         [("FIRST_SECRETARY_OF", "韩卫东", "太和村"), ("WORKS_FOR", "孙立业", "东河县自然资源局")]),
    "a unit's members stationed in the village in focus (该局派驻嘎查的工作队员张某、李某)":
        ("东河嘎查位于东河镇，是旗林草局的包联嘎查。该局派驻嘎查的工作队员韩立文、孙晓梅也参加了座谈。",
         [("WORKS_FOR", "韩立文", "旗林业和草原局"), ("WORKS_FOR", "孙晓梅", "旗林业和草原局")]),
    "the unit sent them the first secretary (去年，X局派来了第一书记张某)":
        ("东河嘎查位于东河镇。去年春天，司法局派来了第一书记韩文韬。", [("WORKS_FOR", "韩文韬", "司法局")]),
    "common Mongolian name elements (那布其, 色楞, 那木吉勒, 嘎拉僧, 德力根, 乌日根)":
        ("土默特右旗融媒体中心\n5月15日，旗委副书记、旗长那布其达来在东河镇调研包联工作。旗委书记色楞那木吉勒到东河镇调研。"
         "旗林草局局长嘎拉僧扎布带领干部来到东河嘎查。",
         [("HOLDS_POSITION", "那布其达来", "土默特右旗"), ("HOLDS_POSITION", "色楞那木吉勒", "土默特右旗委"),
          ("HOLDS_POSITION", "嘎拉僧扎布", "土默特右旗林业和草原局")]),
    "an OCR's space between the elements of a speaker's name (嘎查达特木尔 呼雅嘎说)":
        ("东河嘎查嘎查长德力根 巴雅尔说，今年卖了羊肉。", [("HOLDS_POSITION", "德力根巴雅尔", "东河嘎查")]),
    "where he came from, then the post he held (Z来自X委，原任Y医院副院长)":
        ("苏和巴特尔来自旗卫健委，原任旗人民医院副院长。韩立文来自县卫健委，曾任县人民医院副院长。",
         [("HOLDS_POSITION", "苏和巴特尔", "旗人民医院"), ("HOLDS_POSITION", "韩立文", "县人民医院")]),
    "a list of teams a line each, run together: no unit goes on past a team (X局驻Y村工作队\nZ市W局驻…)":
        ("▍先进驻村工作队\n县自然资源局驻东河镇柳树村工作队\n大同市农业农村局驻西岭镇杏花村工作队\n\n（其余名单略）",
         [("SUPPORTS", "大同市农业农村局", "杏花村")]),
    "a name ending in 才 before a manner of speaking (主任韩进才笑着说)":
        ("柳树村党支部书记、村委会主任韩进才笑着说。", [("HOLDS_POSITION", "韩进才", "柳树村")]),
    "a surname spaced off a name the tagger reads as a verb (干部宓 昊天说)":
        ("柳树村驻村第一书记、市农牧局干部宓 昊天说。", [("FIRST_SECRETARY_OF", "宓昊天", "柳树村")]),
    "the unit that supports the village sent the first secretary the next clause names (X局包抓Y村，派驻干部张某任村第一书记; 在X厅挂钩帮扶的Y村，派驻的第一书记张某)":
        ("县林业局包抓东河镇柳树村，派驻干部韩宇泽任村第一书记。在省农业农村厅挂钩帮扶的西岭镇杏花村，派驻的第一书记韩嘉树是一名博士。",
         [("WORKS_FOR", "韩宇泽", "县林业局"), ("WORKS_FOR", "韩嘉树", "省农业农村厅")]),
    "villages listed, then whose points they are (A村和Y村均为X厅挂钩帮扶村)":
        ("柳树村和杏花村均为省交通运输厅挂钩帮扶村。",
         [("SUPPORTS", "省交通运输厅", "柳树村"), ("SUPPORTS", "省交通运输厅", "杏花村")]),
    "a row that opens with the name, a wide gap, then the unit (钮某　X局派驻Y村第一书记)":
        ("东河县优秀驻村第一书记\n韩冬梅　县交通局派驻东河镇柳树村第一书记\n钮家林　县水务局派驻西岭镇杏花村第一书记\n",
         [("FIRST_SECRETARY_OF", "钮家林", "杏花村"), ("WORKS_FOR", "钮家林", "东河县水务局")]),
    "该院 after a division of the academy: the academy, not an older short name (农科院…X院Y研究所…该院)":
        ("农科院专家在柳树村\n韩立文是东河省农业科学院水稻研究所的副研究员，也是该院派驻柳树村的工作队队长。",
         [("SUPPORTS", "东河省农业科学院", "柳树村")]),
    "a notice moving first secretaries: both posts, the former kept (由A村第一书记调整为Y村第一书记)":
        ("一、县审计局干部韩立文，原任东河镇柳树村第一书记，调整为西岭镇杏花村第一书记。\n"
         "二、县林业局副局长孙晓梅，由东河镇桃园村第一书记调整为西岭镇石桥村第一书记。",
         [("FIRST_SECRETARY_OF", "韩立文", "杏花村"), ("FIRST_SECRETARY_OF", "孙晓梅", "石桥村"),
          ("FIRST_SECRETARY_OF", "孙晓梅", "桃园村")]),
    "a village described by its neighbour, then whose point it is (与A村相邻的Y村是X局的帮扶村)":
        ("与柳树村相邻的杏花村是东河县自然资源局的帮扶村，也被拉进了群里。",
         [("SUPPORTS", "东河县自然资源局", "杏花村")]),
    "a member of a unit's team works for the unit (X行工作队队员张某)":
        ("农发行东河支行工作队队员韩立文负责对接销路。县水利局工作队队员阿力木·吐尔逊负责修渠。",
         [("WORKS_FOR", "韩立文", "农发行东河支行"), ("WORKS_FOR", "阿力木·吐尔逊", "县水利局")]),
    "a spaced name of three, then 和 and the others with him (第一书记韩 立 文和2名驻村干部)":
        ("东河县交通运输局包联柳树村，局里派驻的第一书记韩 立 文和2名驻村干部也编入网格。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "an Amdo Tibetan name opening with 官却 or 贡却 (第一书记官却才让发言时说)":
        ("驻江拉村第一书记官却才让发言时说，学校办起了课堂。",
         [("FIRST_SECRETARY_OF", "官却才让", "江拉村")]),
    "a unit's team in the village, then its first secretary (X局驻Y村工作队第一书记张某)":
        ("会上，咸宁市林业局驻桂花镇石门村工作队原第一书记邝启航介绍了两年来的帮扶成效。省交通厅驻柳树村帮扶工作队第一书记韩立文说，路修通了。",
         [("WORKS_FOR", "邝启航", "咸宁市林业局"), ("FIRST_SECRETARY_OF", "邝启航", "石门村"),
          ("WORKS_FOR", "韩立文", "湖北省交通运输厅")]),
    "a name of three the tagger cuts before a verb of speech (主任柯秋翘补充道，)":
        ("坪上村监委会主任柯秋翘补充道，今年村务公开栏每月一更新。",
         [("HOLDS_POSITION", "柯秋翘", "坪上村")]),
    "a name of three the tagger misses, then 正 (now) and what he does (第一书记甘以诺正牵头…)":
        ("在东河镇柳树村，市水利局驻村第一书记甘以诺正牵头修缮村里的水渠。",
         [("FIRST_SECRETARY_OF", "甘以诺", "柳树村"), ("WORKS_FOR", "甘以诺", "市水利局")]),
    "a member sent by his unit, described by his people or age (张某是X厅选派到Y村的蒙古族干部, 的年轻干部)":
        ("韩立文是省林业厅2022年选派到东河镇柳树村的蒙古族干部，两年来，他带着群众种树。孙晓梅是县审计局选派到西岭镇杏花村的年轻干部。",
         [("WORKS_FOR", "韩立文", "省林业厅"), ("WORKS_FOR", "孙晓梅", "县审计局")]),
    "an OCR's space between a city and its unit (信阳市 水利局派驻的第一书记)":
        ("在信阳市光山县东河镇柳树村，信阳市 水利局派驻的第一书记韩立文正和村民一起查看水渠。",
         [("SUPPORTS", "信阳市水利局", "柳树村"), ("WORKS_FOR", "韩立文", "信阳市水利局")]),
    "a line's cell labelled with the support and a space (；结对单位 X局)":
        ("光山县东河镇网格划分和结对情况：\n1．柳树村：网格8个；网格长 韩立文；结对单位 县交通运输局\n"
         "2．杏花村：网格6个；网格长 孙晓梅；结对单位 光山农商银行\n",
         [("SUPPORTS", "光山县交通运输局", "柳树村"), ("SUPPORTS", "光山农商银行", "杏花村")]),
    "Tibetan names of common elements after a post (旦增晋美说, 次仁曲吉说)":
        ("江孜县江孜镇岗堆村村委会主任旦增晋美说，今年村里新建了温室。村党支部书记次仁曲吉说，全村划分为4个网格。",
         [("HOLDS_POSITION", "旦增晋美", "岗堆村"), ("HOLDS_POSITION", "次仁曲吉", "岗堆村")]),
    "a numbered list of units and villages with a full stop and a wide space (1．X局　Y镇Z村)":
        ("光山县关于调整县直单位包联村的通知\n现将调整后的包联关系通知如下：\n单位　包联村\n1．县财政局　东河镇柳树村\n"
         "2．县水利局、县林业局（共同包联）　西岭镇杏花村\n3．国网光山县供电公司　南山镇红星村\n",
         [("SUPPORTS", "光山县财政局", "柳树村"), ("SUPPORTS", "光山县水利局", "杏花村"), ("SUPPORTS", "光山县林业局", "杏花村"),
          ("SUPPORTS", "国网光山县供电公司", "红星村")]),
    "a list of first secretaries after a sentence about them, name first (1.王某（X局干部）——Y镇Z村)":
        ("光山县新选派驻村第一书记全部到岗\n本报讯 近日，光山县新选派的3名驻村第一书记全部到村报到。名单如下：\n"
         "1.韩立文（河南省科学院助理研究员）——东河镇柳树村\n2.孙涛（县林业局）——西岭镇杏花村\n交接现场，新老第一书记逐项核对台账。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("SUPPORTS", "河南省科学院", "柳树村"),
          ("FIRST_SECRETARY_OF", "孙涛", "杏花村"), ("SUPPORTS", "光山县林业局", "杏花村")]),
    "a notice's section headed by the unit, then where it sends its team and who (一、X局（3人） / 派驻Y村：第一书记 张某；队员 李某)":
        ("光山县驻村帮扶工作队调整名单\n调整后名单如下：\n一、信阳市水利局（3人）\n派驻东河镇柳树村：第一书记兼队长 韩立文；队员 孙晓梅、赵春生\n"
         "二、光山县人民医院（1人）\n派驻西岭镇杏花村：第一书记 钱永和\n以上人员自4月8日起到岗。",
         [("SUPPORTS", "信阳市水利局", "柳树村"), ("WORKS_FOR", "韩立文", "信阳市水利局"), ("WORKS_FOR", "赵春生", "信阳市水利局"),
          ("SUPPORTS", "光山县人民医院", "杏花村"), ("WORKS_FOR", "钱永和", "光山县人民医院")]),
    "a village's block with its sender's label, then its secretary and leader and the members (第一书记、队长：张某　队员：李某)":
        ("光山县新一轮驻村工作队名单\n现将部分工作队名单发布如下：\n\n◆东河镇 柳树村\n派出单位：信阳市水利局\n"
         "第一书记、队长：韩立文　队员：孙晓梅、赵春生\n\n县里为新一轮驻村工作队举行了集中培训。",
         [("WORKS_FOR", "韩立文", "信阳市水利局"), ("WORKS_FOR", "孙晓梅", "信阳市水利局"), ("WORKS_FOR", "赵春生", "信阳市水利局")]),
    "a national bank's branch after the village it supports and 的 (帮扶Y村的中国X银行Z支行)":
        ("学校还联合定点帮扶西岭镇杏花村的中国银行青江支行，在省城开设农产品展销点。",
         [("SUPPORTS", "中国银行青江支行", "杏花村")]),
    "a given name ending in 年 that is no word of time (孟庆年, 邝鹤年; not 多年, 三年)":
        ("东河镇柳树村第一书记孟庆年，来自青江县水利局。西岭镇杏花村党支部书记邝鹤年说，村里近年新修了水渠。",
         [("FIRST_SECRETARY_OF", "孟庆年", "柳树村"), ("WORKS_FOR", "孟庆年", "青江县水利局"),
          ("HOLDS_POSITION", "邝鹤年", "杏花村")]),
    "a village's groups merged into grids (将全村14个村民小组整合为6个网格, 合并为)":
        ("东河镇柳树村将全村14个村民小组整合为6个网格，由村干部担任网格长。西岭镇杏花村把全村9个自然村合并为5个网格。",
         [("DIVIDED_INTO", "柳树村", "柳树村"), ("DIVIDED_INTO", "杏花村", "杏花村")]),
    "a numbered row of a support table whose unit cell names two units (2 A局、B局 Y镇Z村 领导)":
        ("关于调整县直单位包联村的通知\n一、调整后的包联安排\n序号 单位 包联村 联系县级领导\n"
         "1 县财政局 东河镇柳树村 王立军\n2 县卫生健康局、县医疗保障局 西岭镇杏花村 赵海峰\n3 县水利局 南山镇红星村 王立军",
         [("SUPPORTS", "县卫生健康局", "杏花村"), ("SUPPORTS", "县医疗保障局", "杏花村"), ("SUPPORTS", "县水利局", "红星村")]),
    "a numbered roster row with single spaces and a long unit cell (4 王某 女 X局第二分局副局长 Y镇Z村)":
        ("青江县2023年度优秀驻村第一书记拟推荐对象公示\n\n序号 姓名 性别 派出单位及职务 驻村\n"
         "1 刘海燕 女 县财政局副局长 东河镇柳树村\n"
         "2 孙立伟 男 国家税务总局青江县税务局第三税务分局副局长 西岭镇杏花村\n"
         "3 赵春生 男 县水利局干部 南山镇红星村",
         [("FIRST_SECRETARY_OF", "孙立伟", "杏花村"), ("SUPPORTS", "国家税务总局青江县税务局第三税务分局", "杏花村"),
          ("FIRST_SECRETARY_OF", "赵春生", "红星村")]),
    "a town's leaders in a table whose duty cells hold commas, then a blank line and first secretaries named after a space":
        ("东河镇领导班子成员及工作分工\n\n现将镇领导班子成员工作分工调整如下：\n\n姓名 职务 工作分工 联系村（社区）\n"
         "周建国 镇党委书记 主持镇党委全面工作 ——\n"
         "吴丽华 镇党委副书记、镇长 主持镇政府全面工作，分管财政、审计 ——\n"
         "郑海波 镇党委委员、武装部部长 负责武装、应急工作 联系柳树社区\n\n"
         "附：各村驻村第一书记\n柳树村 第一书记 敖竞舟（青江县交通运输局派驻）\n\n备注：全镇共划分网格87个。",
         [("HOLDS_POSITION", "吴丽华", "东河镇"), ("HOLDS_POSITION", "郑海波", "东河镇"),
          ("FIRST_SECRETARY_OF", "敖竞舟", "柳树村"), ("SUPPORTS", "青江县交通运输局", "柳树村"),
          ("DIVIDED_INTO", "东河镇", "东河镇")]),
    "a village's supporting unit named with then (Y村的包联单位则是X局)":
        ("东河镇白杨村的包联单位则是县水利局，该局今年帮助村里打了2眼井。",
         [("SUPPORTS", "县水利局", "白杨村")]),
    "a first secretary who comes from a unit, then is the village's (张某来自X局，是Y村第一书记)":
        ("周海军来自县林业局，是红旗村第一书记兼驻村工作队队长。",
         [("FIRST_SECRETARY_OF", "周海军", "红旗村"), ("WORKS_FOR", "周海军", "县林业局")]),
    "a 嘎查 whose Mongolian name opens with 那 (包联那日图嘎查, 在那仁格日勒嘎查)":
        ("旗交通运输局包联那日图嘎查。在那顺乌拉嘎查，嘎查党支部书记巴特尔介绍了情况。",
         [("SUPPORTS", "旗交通运输局", "那日图嘎查"), ("HOLDS_POSITION", "巴特尔", "那顺乌拉嘎查")]),
    "a roster's name cell is the name, where the tagger took only part of a Mongolian name":
        ("青江旗拟选派驻嘎查村第一书记人选公示\n序号　姓名　性别　派出单位　派驻嘎查村　拟任职务\n"
         "1　那木吉拉图　男　青江旗自然资源局　东河镇巴音查干嘎查　第一书记\n2　刘洋　男　青江旗统计局　西岭镇柳树村　第一书记",
         [("FIRST_SECRETARY_OF", "那木吉拉图", "巴音查干嘎查"), ("WORKS_FOR", "那木吉拉图", "青江旗自然资源局")]),
    "a bracketed word inside a unit's registered name and a university's campus in brackets (X（中国）有限公司, X大学（徐州）)":
        ("近年来，中国矿业大学（徐州）驻东河镇柳树村第一书记周明远带领村民发展大棚蔬菜。"
         "华北石化（中国）有限公司青江分公司驻西岭镇杏花村第一书记刘晓东说，村里的路修好了。",
         [("SUPPORTS", "中国矿业大学（徐州）", "柳树村"), ("WORKS_FOR", "周明远", "中国矿业大学（徐州）"),
          ("SUPPORTS", "华北石化（中国）有限公司青江分公司", "杏花村")]),
    "a grid list's note naming who sent the 嘎查's first secretary (网格指导员 张某（驻嘎查第一书记，X局选派）)":
        ("网格长名单\n2.巴音嘎查：网格长 王强（嘎查党支部书记）；网格指导员 韩 磊（驻嘎查第一书记，青江县公安局选派）",
         [("SUPPORTS", "青江县公安局", "巴音嘎查"), ("WORKS_FOR", "韩磊", "青江县公安局")]),
    "a roster's name spaced out in its cell, and a note after the last row's unit (Y村 杨 帆 X局 / （名单未完…）)":
        ("青江旗公布新一轮驻嘎查村第一书记名单\n\n现将部分名单公布如下：\n\n派驻嘎查村　第一书记　派出单位\n"
         "东河镇柳树村　杨 帆　青江旗住房和城乡建设局\n西岭苏木巴音嘎查　刘 洋（四级法官助理）　青江旗人民法院\n"
         "（名单未完，其余人员详见青江旗人民政府网站“通知公告”栏目）\n\n旗委组织部将每季度开展一次督导。",
         [("FIRST_SECRETARY_OF", "杨帆", "柳树村"), ("WORKS_FOR", "杨帆", "青江旗住房和城乡建设局"),
          ("SUPPORTS", "青江旗人民法院", "巴音嘎查"), ("HOLDS_POSITION", "刘洋", "青江旗人民法院")]),
    "a 嘎查 named with 温都日 (都 inside a Mongolian word) and a 嘎查达 named 巴雅斯古楞":
        ("本报讯 上任后，她和哈日温都日嘎查党支部书记、嘎查达巴雅斯古楞一起，把全嘎查6个社划分为11个网格。",
         [("HOLDS_POSITION", "巴雅斯古楞", "哈日温都日嘎查")]),
    "a former post in a county's committee, then the post now (原X县委副书记、现任Y局副局长的Z)":
        ("本报讯 7月下旬，原武川县委副书记、现任呼和浩特市农牧局副局长的韩志强带队到可镇调研马铃薯产业。",
         [("HOLDS_POSITION", "韩志强", "武川县委"), ("HOLDS_POSITION", "韩志强", "呼和浩特市农牧局")]),
    "a division of a unit named in full, then shortened (X省供销合作社联合社 … 省供销社合作指导处二级调研员)":
        ("本报讯 青海省供销合作社联合社驻柳树村工作队队长韩立文说，合作社今年分红12万元。韩立文是省供销社合作指导处二级调研员。",
         [("HOLDS_POSITION", "韩立文", "青海省供销合作社联合社合作指导处")]),
    "a post now, then a former one in the same chain (X局局长、原Y镇党委书记Z)":
        ("本报讯 县农业农村局局长、原东河镇党委书记郑光明就衔接资金项目管理作了培训。",
         [("HOLDS_POSITION", "郑光明", "县农业农村局"), ("HOLDS_POSITION", "郑光明", "东河镇")]),
    "a unit that is one of a town's team of supporters (是Y镇的组团帮扶单位之一)":
        ("本报讯 青江市市场监督管理局是东河镇的组团帮扶单位之一，今年协调资金200万元。",
         [("SUPPORTS", "青江市市场监督管理局", "东河镇")]),
    "a unit that sends a first secretary again or more to a village (向Y村续派, 增派到Y村的第一书记)":
        ("本报讯 今年，县审计局向杏林村续派第一书记韩丽萍。市林业局增派到石桥村的第一书记孙涛是一名老党员。",
         [("SUPPORTS", "县审计局", "杏林村"), ("SUPPORTS", "市林业局", "石桥村"), ("WORKS_FOR", "孙涛", "市林业局")]),
    "a supporting unit that sends a cadre again or more (续派, 增派干部Z任第一书记)":
        ("本报讯 县水利局是杏林村的帮扶单位，今年续派干部韩丽萍任驻村第一书记。市林业局包联石桥村，今年增派干部孙涛担任第一书记。",
         [("WORKS_FOR", "韩丽萍", "县水利局"), ("WORKS_FOR", "孙涛", "市林业局")]),
    "a 公示's numbered lines, each the village, then its secretary and his unit (1．Y镇Z村：王某，X局四级主任科员)":
        ("青江县关于驻村第一书记拟选派人选的公示\n经单位推荐、组织考察，拟选派以下同志担任驻村第一书记，现予以公示。\n"
         "1．东河镇柳树村：韩立文，青江县水利局四级主任科员\n2．西岭镇杨庄村：孙涛（女），县审计局干部\n"
         "3．西岭镇石桥村（续任）：马 骁，江南省农业农村厅派驻\n公示时间：2024年5月6日至5月10日。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("HOLDS_POSITION", "韩立文", "青江县水利局"),
          ("FIRST_SECRETARY_OF", "孙涛", "杨庄村"),
          ("WORKS_FOR", "孙涛", "青江县审计局"), ("FIRST_SECRETARY_OF", "马骁", "石桥村"),
          ("SUPPORTS", "江南省农业农村厅", "石桥村")]),
    "a 公示's card, the unit and post in one field and the village in another (选派单位及职务 / 派驻地点)":
        ("青江县驻村工作队调整人员公示\n拟对以下驻村工作队人员进行调整，现予公示：\n姓名：韩立文\n"
         "选派单位及职务：青江市水利局 二级主任科员\n派驻地点：东河镇柳树村\n拟任职务：驻村第一书记\n————\n"
         "姓名：孙涛\n选派单位及职务：青江县审计局 干部\n派驻地点：西岭镇杨庄村\n拟任职务：驻村工作队员",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("HOLDS_POSITION", "韩立文", "青江市水利局"),
          ("SUPPORTS", "青江市水利局", "柳树村"), ("WORKS_FOR", "孙涛", "青江县审计局")]),
    "a roster whose unit-and-post column holds the unit and the post a space apart (派出单位及职务: X局 科员)":
        ("青江县2024年度选派驻村第一书记名单\n序号 姓名 性别 派出单位及职务 派驻乡镇 派驻村\n"
         "1 韩立文 男 青江市水利局 科员 东河镇 柳树村\n2 孙 涛 女 县审计局 副局长 西岭镇 杨庄村\n"
         "3 马骁 男 县林业局 干部 西岭镇 石桥村",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("HOLDS_POSITION", "韩立文", "青江市水利局"),
          ("SUPPORTS", "青江县审计局", "杨庄村"), ("HOLDS_POSITION", "孙涛", "青江县审计局"),
          ("FIRST_SECRETARY_OF", "马骁", "石桥村"), ("WORKS_FOR", "马骁", "青江县林业局")]),
    "a table of villages, each village's township in the cell after it, a county leader who links it (县级包联领导)":
        ("青江县2024年度镇村包联调整情况公告\n现将调整情况公告如下：\n"
         "序号｜村（社区）｜所属镇（街道）｜县级包联领导｜包联部门｜驻村工作队队长（第一书记）\n"
         "1｜柳树村｜东河镇｜刘建国（副县长）｜县审计局｜韩立文（县审计局）\n"
         "2｜杨庄村｜西岭镇｜赵明（县政协副主席）｜县水利局｜孙涛（县水利局）",
         [("LOCATED_IN", "柳树村", "东河镇"), ("LOCATED_IN", "杨庄村", "西岭镇"), ("FIRST_SECRETARY_OF", "孙涛", "杨庄村")]),
    "a row with its last cell empty under a head of the team's leader, the secretary noted (工作队队长（第一书记）)":
        ("青江县县直部门包联村分工表\n乡镇\t村\t包联单位\t驻村工作队队长（第一书记）\t备注\n"
         "东河镇\t柳树村\t县审计局\t韩立文\t\n\t杨庄村\t县水利局\t孙涛\t市派",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "孙涛", "杨庄村")]),
    "a table of towns whose merged cells a page copied as nothing, a secretary's unit noted in his column's head":
        ("青江县2024年部门单位包村责任分工表\n乡镇　　包抓县级领导　　村　　包村单位　　驻村第一书记（派出单位）\n"
         "东河镇　　刘建国（县委副书记）　　柳树村　　县财政局　　韩立文（县财政局）\n"
         "　　　　　　　　杨庄村　　县审计局　　孙涛（县审计局）\n"
         "西岭镇　　赵明（副县长）　　石桥村　　县人民法院、县人民检察院　　刘欣（县人民检察院）\n"
         "　　　　　　　　东坡村　　县水利局、县林业局　　马骁（县林业局）",
         [("FIRST_SECRETARY_OF", "孙涛", "杨庄村"), ("SUPPORTS", "青江县审计局", "杨庄村"), ("LOCATED_IN", "杨庄村", "东河镇"),
          ("SUPPORTS", "青江县人民法院", "石桥村"), ("SUPPORTS", "青江县人民检察院", "石桥村"),
          ("SUPPORTS", "青江县水利局", "东坡村"), ("FIRST_SECRETARY_OF", "马骁", "东坡村")]),
    "a notice's line, its secretary and his post at home in the note that ends it (Y村（第一书记：张某，X局副局长）)":
        ("关于调整驻村第一书记的通知\n现将部门包联村及驻村第一书记安排公布如下：\n"
         "2．县水利局——东河镇柳树村（第一书记：韩立文，县水利局四级主任科员）\n"
         "3．县公安局——西岭镇杨庄村（第一书记：孙涛，县公安局东关派出所副所长）",
         [("HOLDS_POSITION", "韩立文", "县水利局"), ("HOLDS_POSITION", "孙涛", "县公安局东关派出所"),
          ("SUPPORTS", "县水利局", "柳树村")]),
    "a 公示's profile of the post he holds now, then the village he is to be sent to (现任X局干部，拟派驻Y村任第一书记)":
        ("关于拟选派驻村第一书记人选的公示\n1．贾晓鹏，男，汉族，1990年8月生，中共党员，现任青江市农业农村局四级主任科员，"
         "拟派驻东河镇柳树村任第一书记。\n2．王斌，男，汉族，1992年11月生，中共党员，现任青江县审计局干部，拟派驻西岭镇杨庄村任第一书记。",
         [("SUPPORTS", "青江市农业农村局", "柳树村"), ("SUPPORTS", "青江县审计局", "杨庄村"),
          ("WORKS_FOR", "王斌", "青江县审计局")]),
    "a roster's secretary with his post at home in brackets, no head saying so (王某（四级主任科员）)":
        ("关于调整驻村第一书记的通知\n序号　派驻村　派驻单位　第一书记　工作队员（所在单位）\n"
         "1　东河镇柳树村　县审计局　韩立文（四级主任科员）　孙涛（县审计局）",
         [("HOLDS_POSITION", "韩立文", "县审计局"), ("FIRST_SECRETARY_OF", "韩立文", "柳树村"),
          ("WORKS_FOR", "孙涛", "县审计局")]),
    "a roster's row whose last cell lists members, each with his unit (田某（X厅）、张某（Y局）)":
        ("关于调整驻村第一书记的通知\n序号　派驻村　派驻单位　第一书记　工作队员（所在单位）\n"
         "2　西岭镇杨庄村　青江省农业农村厅　刘欣（二级主任科员）　田浩（青江省农业农村厅）、张国柱（县农业农村局）",
         [("FIRST_SECRETARY_OF", "刘欣", "杨庄村"), ("SUPPORTS", "青江省农业农村厅", "杨庄村"),
          ("WORKS_FOR", "田浩", "青江省农业农村厅")]),
    "a notice changes a village's secretary from one unit's member to another's (第一书记由X局李某调整为Z局张某)":
        ("关于调整驻村第一书记的通知\n经研究，东河镇柳树村驻村第一书记由县水利局孙涛调整为县审计局韩立文。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "孙涛", "柳树村"),
          ("WORKS_FOR", "韩立文", "县审计局"), ("WORKS_FOR", "孙涛", "县水利局")]),
    "a unit sends a member named with his department (X大学选派动物科技学院副教授张某): X大学's department":
        ("本报讯 2023年5月，青江农业大学选派动物科技学院副教授韩立文到东河镇柳树村担任第一书记。",
         [("HOLDS_POSITION", "韩立文", "青江农业大学动物科技学院")]),
    "a profile opened by a year of birth, then a post from a date on (张某，1982年生。…2022年5月起，任Y村第一书记)":
        ("韩立文，1982年生，中共党员，现任青江市审计局审计科科长。2022年5月起，任东河镇柳树村驻村第一书记、工作队队长。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "a Han name of two, then a word that ends names (原第一书记孙涛轮换返岗)":
        ("本报讯 （二）东河镇柳树村：包联单位青江银行原第一书记孙涛轮换返岗，同行员工刘欣接任第一书记。",
         [("FIRST_SECRETARY_OF", "孙涛", "柳树村")]),
    "a unit sends the person talked about, who comes to the village (X学院派驻他来到Y村)":
        ("本报讯 韩立文是青江师范学院的教师。2021年9月，青江师范学院派驻他来到东河镇柳树村，接替任期届满的刘欣。",
         [("SUPPORTS", "青江师范学院", "柳树村")]),
    "our county's unit (我县农牧局与村里结成帮扶对子): 我 before the unit's name, no place 我县":
        ("本报讯 卓资县十八台镇杏林村去年种了胡麻。在杏林村，我县农牧局与村里结成帮扶对子，帮助村里引进了高产品种。",
         [("SUPPORTS", "卓资县农牧局", "杏林村")]),
    "a village's grids counted, then each of them (全村7个网格每个网格都有…)":
        ("本报讯 东河镇柳树村党支部书记韩立文介绍，村里把党员编入网格，全村9个网格每个网格都有一名联络员。",
         [("DIVIDED_INTO", "柳树村", "柳树村")]),
    "a roster's first secretary with his post in brackets under a head that says so (第一书记（职务）: 王某（检察官助理）)":
        ("青江县拟选派驻村第一书记名单\n序号\t派驻嘎查村\t派出单位\t第一书记（职务）\t工作队员（单位）\n"
         "1\t东河镇柳树村\t青江县人民检察院\t韩立文（检察官助理）\t郑秋菊（青江县人民检察院）\n"
         "2\t石桥乡杏林村\t青江县审计局\t潘立新（干部）\t刘欣（青江县审计局）\n",
         [("HOLDS_POSITION", "韩立文", "青江县人民检察院"), ("FIRST_SECRETARY_OF", "潘立新", "杏林村")]),
    "a town's table of grids, a village a row (二级网格 二级网格长 驻村第一书记 包联单位)":
        ("东河镇网格化管理情况\n序号\t二级网格\t二级网格长\t驻村第一书记\t包联单位\n"
         "1\t柳树村\t韩立文\t郑秋菊（青江县水利局干部）\t青江县水利局\n2\t杏林村\t潘立新\t——\t青江县审计局\n",
         [("HOLDS_POSITION", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "郑秋菊", "柳树村"),
          ("SUPPORTS", "青江县审计局", "杏林村")]),
    "a village supported by a list of units counted (Y村由A局、B局和C院三家单位共同包联)":
        ("本报讯 石桥乡杏林村由县发展和改革委员会、县审计局和县中医医院三家单位共同包联。",
         [("SUPPORTS", "县审计局", "杏林村"), ("SUPPORTS", "县中医医院", "杏林村")]),
    "a county's committee of farming and the countryside, then its head (区农业农村委主任张某)":
        ("本报讯 东河镇柳树村今年种了300亩辣椒。区农业农村委主任韩立文说，全区今年新建高标准农田2万亩。",
         [("HOLDS_POSITION", "韩立文", "区农业农村委员会")]),
    "a post of looking after a town the sentence names (X是Y镇的包联领导), not of the village in focus":
        ("本报讯 东河镇柳树村今年种了300亩辣椒。县人大常委会副主任韩立文是东河镇的县级包联领导，今年已5次到柳树村调研。",
         [("HOLDS_POSITION", "韩立文", "东河镇")]),
    "a post of looking after our village, after the town's post (镇党委副书记张某是我们村的包村领导)":
        ("本报讯 东河镇柳树村今年种了300亩辣椒。东河镇党委副书记韩立文是我们村的包村领导，秋收时他天天在村里。",
         [("HOLDS_POSITION", "韩立文", "柳树村")]),
    "a Mongolian name of two elements, 那木 the second (宝音那木)":
        ("本报讯 旗财政局干部宝音那木被派驻到巴彦嘎查担任第一书记后，和嘎查“两委”一起盘活了闲置棚圈。",
         [("FIRST_SECRETARY_OF", "宝音那木", "巴彦嘎查")]),
    "a Mongolian name of two elements, 苏德 the first (苏德那仁)":
        ("本报讯 旗水利局干部苏德那仁被派驻到巴彦嘎查担任第一书记后，和嘎查“两委”一起盘活了闲置棚圈。",
         [("FIRST_SECRETARY_OF", "苏德那仁", "巴彦嘎查")]),
    "a unit named in full, then shortened by leaving characters out (X市文化旅游体育局 … 市文旅体育局)":
        ("本报讯 巴彦淖尔市文化旅游体育局定点帮扶五原县丰裕村。2023年3月，市文旅体育局选派干部韩立文到丰裕村任驻村第一书记。",
         [("WORKS_FOR", "韩立文", "巴彦淖尔市文化旅游体育局")]),
    "a unit named in full, then shortened by leaving characters out (X省供销合作社联合社 … 省供销社)":
        ("本报讯 山西省供销合作社联合社结对帮扶临县后庄村以来，建起了红枣烘干车间。省供销社派驻后庄村的第一书记郑秋菊说，车间去年加工红枣80吨。",
         [("SUPPORTS", "山西省供销合作社联合社", "后庄村"), ("WORKS_FOR", "郑秋菊", "山西省供销合作社联合社")]),
    "a cooperative named in Mongolian words, 都 inside one (X旗额尔敦都兰养殖专业合作社)":
        ("本报讯 2021年，巴图带头成立东乌珠穆沁旗额尔敦都兰养殖专业合作社并担任理事长，带动28户牧民增收。",
         [("HOLDS_POSITION", "巴图", "东乌珠穆沁旗额尔敦都兰养殖专业合作社")]),
    "a cooperative named in Mongolian words, 都 inside one (X旗宝音温都尔肉牛专业合作社)":
        ("本报讯 去年，牧民苏和牵头成立阿巴嘎旗宝音温都尔肉牛专业合作社并担任理事长，入社牧户达到35户。",
         [("HOLDS_POSITION", "苏和", "阿巴嘎旗宝音温都尔肉牛专业合作社")]),
    "a township, then a name ending 包村 (石桥乡红岩包村): a village, not cadres who 包村":
        ("本报讯 近日，青江县石桥乡红岩包村召开村民大会，村党支部书记韩立文通报了今年的收支情况。",
         [("LOCATED_IN", "红岩包村", "石桥乡"), ("HOLDS_POSITION", "韩立文", "红岩包村")]),
    "a roster's post at home, then a column 驻村情况 (干部｜Y镇Z村第一书记)":
        ("青江市优秀第一书记推荐人选公示\n序号｜姓名｜单位｜职务｜驻村情况\n1｜潘立新｜青江市水务局｜干部｜东河镇柳树村第一书记\n"
         "2｜郑秋菊｜青江市审计局｜四级主任科员｜石桥乡杏林村第一书记",
         [("FIRST_SECRETARY_OF", "潘立新", "柳树村"), ("FIRST_SECRETARY_OF", "郑秋菊", "杏林村")]),
    "a unit's first secretary is a post in it, then the name (医院选派的第一书记是心血管内科副主任医师张某)":
        ("本报讯 东河镇柳沟村是青江县人民医院的包联村，医院选派的第一书记是心血管内科副主任医师韩立文。他每周在村卫生室坐诊一天。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳沟村")]),
    "a roster's row set apart by bars, a name of two padded to three (3｜林　立｜X局｜Y镇Z村)":
        ("本批共3名市派驻村第一书记，名单如下：\n序号｜姓名｜派出单位｜所驻村\n1｜潘立新｜青江市水务局｜东河镇柳树村\n"
         "2｜韩　冰｜青江市人民医院｜石桥乡杏林村\n3｜郑国庆｜青江市交通运输局｜东河镇柳沟村",
         [("FIRST_SECRETARY_OF", "韩冰", "杏林村"), ("WORKS_FOR", "韩冰", "青江市人民医院")]),
    "a profile's unit, then 拟派驻Y村任第一书记: the unit sends him (公示)":
        ("青江县驻村第一书记拟任人选公示\n3．韩立文，男，1986年7月出生，大学学历，中共党员，青江县水务局干部，拟派驻东河镇柳树村任第一书记。\n"
         "4．郑秋菊，女，1990年12月出生，大学学历，中共党员，青江县人民法院四级法官助理，拟派驻石桥乡杏林村任第一书记。",
         [("SUPPORTS", "青江县水务局", "柳树村"), ("SUPPORTS", "青江县人民法院", "杏林村")]),
    "a label of the supporting units before a list of unit—place (县直包联单位：A局—Y镇Z村；B局—…)":
        ("青江县网格化管理情况通报\n（一）东河镇。县直包联单位：青江县公安局—东河镇柳树村（划分网格7个）；青江县审计局—东河镇杏林村（划分网格4个）。",
         [("SUPPORTS", "青江县公安局", "柳树村"), ("SUPPORTS", "青江县审计局", "杏林村")]),
    "a Han name, then a word that ends names (包村领导王志强会后跟我回村)":
        ("本报讯 东河镇副镇长、柳树村包村领导王志强会后跟我回村，专门看了那段塌了的便道。", [("HOLDS_POSITION", "王志强", "柳树村")]),
    "a village's grids as they were first drawn, then redrawn (原来分了N个网格，…调整成M个网格)":
        ("东河镇杏林村召开村民代表会。村里原来分了4个网格，今年按自然屯调整成7个网格，每个网格一名网格员。",
         [("DIVIDED_INTO", "杏林村", "杏林村")]),
    "a name, then 同时 (村委会主任于海洋同时是X合作社的理事长)":
        ("东河镇杏林村召开会议。村党支部书记兼村委会主任于海洋同时是金穗种植专业合作社的理事长。",
         [("HOLDS_POSITION", "于海洋", "杏林村"), ("HOLDS_POSITION", "于海洋", "金穗种植专业合作社")]),
    "a Manchu name opening with 那 (队员那海峰来自X局)":
        ("本报讯 工作队队员那海峰来自青江县民族宗教事务局，负责村里的产业台账。", [("WORKS_FOR", "那海峰", "青江县民族宗教事务局")]),
    "an author spaced out on the byline (作者：张 恒), and his note (作者系X驻Y村第一书记)":
        ("驻村手记｜柳树村的春天\n2024-05-02 10:21　　来源：青江新闻网　　作者：韩 冰　　编辑：李 强\n"
         "今天到村里走访了十户人家。\n（作者系青江县审计局驻东河镇柳树村第一书记）",
         [("FIRST_SECRETARY_OF", "韩冰", "柳树村"), ("WORKS_FOR", "韩冰", "青江县审计局")]),
    "a table of three cells set apart by bars (Y村｜X局｜王某)":
        ("青江县东河镇包联分工\n各村包联单位和派驻第一书记如下：\n村｜包联单位｜派驻第一书记\n柳树村｜青江县水务局｜韩立文\n"
         "杏林村｜青江县人民法院｜郑秋菊\n各单位要抓好落实。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("SUPPORTS", "青江县水务局", "柳树村"),
          ("FIRST_SECRETARY_OF", "郑秋菊", "杏林村"), ("SUPPORTS", "青江县人民法院", "杏林村")]),
    "a column of first secretaries sent (派驻第一书记) beside the supporting unit's: they work for it":
        ("青江县包联分工公布\n序号\t包联单位\t包联村\t派驻第一书记\n1\t青江县水务局\t东河镇柳树村\t韩立文\n"
         "2\t青江县人民法院\t石桥乡杏林村\t郑秋菊",
         [("WORKS_FOR", "韩立文", "青江县水务局"), ("WORKS_FOR", "郑秋菊", "青江县人民法院")]),
    "a unit after 如, for example (如市水务局包联Y村)":
        ("本报讯 各单位积极行动，如市水务局包联东河镇柳树村，帮助村里修建水渠。", [("SUPPORTS", "市水务局", "柳树村")]),
    "还 between a unit in focus and 在 (我厅还在Y村派驻了工作队)":
        ("青江省水利厅召开帮扶工作会。此外，我厅还在东河镇柳树村派驻了驻村工作队，重点发展养殖。",
         [("SUPPORTS", "青江省水利厅", "柳树村")]),
    "a work team's heading naming its leader and its first secretary (X驻Y村工作队：队长张某，第一书记李某)":
        ("本报讯 各工作队组成如下：\n1.南岭县统计局驻杏林村工作队：队长 韩立文，第一书记 赵晓梅；\n"
         "2.南岭县水务局驻柳树村工作队：队长（第一书记）郑国庆；队员刘振国。",
         [("HOLDS_POSITION", "韩立文", "杏林村"), ("WORKS_FOR", "韩立文", "南岭县统计局"),
          ("WORKS_FOR", "赵晓梅", "南岭县统计局"), ("FIRST_SECRETARY_OF", "郑国庆", "柳树村")]),
    "a roster's table of three columns, its head's last cell read as a village (姓名 派出单位 任职村)":
        ("青江县优秀驻村第一书记（部分）\n姓名\t派出单位\t任职村\n韩立文\t青江县水务局\t东河镇柳树村\n郑秋菊\t青江县人民法院\t石桥乡杏林村",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("WORKS_FOR", "韩立文", "青江县水务局"),
          ("FIRST_SECRETARY_OF", "郑秋菊", "杏林村"), ("WORKS_FOR", "郑秋菊", "青江县人民法院")]),
    "a place's grids redrawn, as they are now (原设N个网格，…现调整为M个网格)":
        ("本报讯 东河街道柳树社区原设3个网格，因安置小区入住人口增加，现调整为5个网格。",
         [("DIVIDED_INTO", "柳树社区", "柳树社区")]),
    "a pairing dated 日前 or 近日 between the unit and 与 (X日前与Y社区签订党建共建协议)":
        ("本报讯 青江县人民医院日前与东河镇团结社区签订党建共建协议，医院每月派医护人员到社区随访。",
         [("SUPPORTS", "青江县人民医院", "团结社区")]),
    "an interview's answer, its speaker's label then 我 (何某：我来自X医院，在Y村当第一书记)":
        ("青江县柳树村访谈\n记者：您是哪个单位派来的？\n韩立文：我来自青江县人民医院，在东河镇柳树村当第一书记快两年了。\n"
         "记者：村里的路修好了吗？",
         [("WORKS_FOR", "韩立文", "青江县人民医院"), ("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "a profile card in 【】 labels, the post naming the unit that sent its person (【姓名】张某 / 【职务】X局驻Y村第一书记)":
        ("青江县第一书记风采\n【姓名】韩立文\n【职务】青江县水务局驻东河镇柳树村第一书记\n"
         "【姓名】郑秋菊\n【职务】青江县人民法院驻石桥乡杏林村第一书记、工作队队长",
         [("WORKS_FOR", "韩立文", "青江县水务局"), ("FIRST_SECRETARY_OF", "韩立文", "柳树村"),
          ("WORKS_FOR", "郑秋菊", "青江县人民法院"), ("FIRST_SECRETARY_OF", "郑秋菊", "杏林村")]),
    "a name written with a dot after a role word, where the tagger's window would open inside it (种瓜能手艾则孜·依明任理事长)":
        ("本报讯 工作队牵线成立了伽师县托格拉克瓜果种植专业合作社，由村里的种瓜能手艾则孜·依明任理事长，统一品种、统一管理、统一销售。",
         [("HOLDS_POSITION", "艾则孜·依明", "伽师县托格拉克瓜果种植专业合作社")]),
    "a profile numbered in Chinese, its posts after the year the person began work (一、张某，男，…。2009年8月参加工作，现任A，曾任B)":
        ("青江县拟提拔干部任前公示\n一、韩立文，男，汉族，1986年4月生，大学学历，中共党员。2009年8月参加工作，"
         "现任东河镇党委委员、副镇长，曾任县水务局副局长。",
         [("HOLDS_POSITION", "韩立文", "东河镇"), ("HOLDS_POSITION", "韩立文", "青江县水务局")]),
    "a name, 同志 and the years before the post (2．张某同志2018年3月至2021年4月任X局驻Y村第一书记)":
        ("本报讯 2．郑秋菊同志2018年3月至2021年4月任青江县财政局驻东河镇柳树村第一书记，期满后回到原单位。",
         [("FIRST_SECRETARY_OF", "郑秋菊", "柳树村")]),
    "曾 (once) before a verb opens no name (Z同志曾任X驻Y村第一书记)":
        ("本报讯 镶黄旗召开会议。孔德明同志曾任旗人民医院驻新宝拉格镇柳树嘎查第一书记，主持建成嘎查卫生室。",
         [("FIRST_SECRETARY_OF", "孔德明", "柳树嘎查")]),
    "a name written with a dot, then a verb of one character (…·托合提带我们, …·吐尔逊算了, …·买买提任驻村第一书记)":
        ("本报讯 疏附县托克扎克镇阿亚格村党支部书记努尔买买提·阿不都带我们入户走访，村委会主任阿依夏木·热合曼算了一笔账。"
         "自治区交通运输厅干部艾合买提·吐尔逊任驻村第一书记、工作队队长。",
         [("HOLDS_POSITION", "努尔买买提·阿不都", "阿亚格村"), ("HOLDS_POSITION", "阿依夏木·热合曼", "阿亚格村"),
          ("FIRST_SECRETARY_OF", "艾合买提·吐尔逊", "阿亚格村")]),
    "a Tibetan name of two elements where the second reads as a verb (华旦才让表示)":
        ("本报讯 海晏县委副书记、县长华旦才让表示，要把网格化管理落到实处。", [("HOLDS_POSITION", "华旦才让", "海晏县")]),
    "a Mongolian name that opens with a verb's character (照日格图)":
        ("本报讯 乌审旗图克镇呼和嘎查党支部书记照日格图说，今年嘎查的集体收入翻了一番。",
         [("HOLDS_POSITION", "照日格图", "呼和嘎查")]),
    "a numbered list of cadres, the name, then a township's post and the village each looks after (1. 张某，X镇副镇长，Y村包村干部)":
        ("东河镇包村干部名单\n1. 韩立文，东河镇党委委员、副镇长，柳树村包村干部\n2. 郑秋菊　东河镇人大主席，杏林村包村干部",
         [("HOLDS_POSITION", "韩立文", "东河镇"), ("HOLDS_POSITION", "韩立文", "柳树村"),
          ("HOLDS_POSITION", "郑秋菊", "东河镇"), ("HOLDS_POSITION", "郑秋菊", "杏林村")]),
    "他 right after a profile's opening is its person, not the article's (张某，X局农艺师。…，他曾在Y村担任第一书记)":
        ("石桥村的领头雁——记驻村第一书记郑国庆\n郑国庆是青江县东河镇石桥村第一书记，到村三年，他修了路。"
         "韩立文，青江县农业农村局高级农艺师。2018年至2020年，他曾在东河镇柳树村担任第一书记，任期满后回到机关。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "a sentence that opens with a name alone and a comma, the unit and post in the next clause (Z，X局高级农艺师。)":
        ("本报讯 韩立文，青江县农业农村局高级农艺师。他在柳树村种下了200亩高山蔬菜。",
         [("HOLDS_POSITION", "韩立文", "青江县农业农村局")]),
    "a name and the post held before (Z，原职务为X局副局长)":
        ("本报讯 今年46岁的郑国庆，原职务为青江县审计局副局长。", [("HOLDS_POSITION", "郑国庆", "青江县审计局")]),
    "a profile's sentences after its cells, with no subject (张某，男，汉族，…。现任X。2019年至2022年，曾任Y村第一书记)":
        ("青江县拟任干部公示\n韩立文，男，汉族，1985年4月生，大学学历，中共党员。现任东河镇党委委员、副镇长。"
         "2018年5月至2021年5月，曾任县水务局驻东河镇柳树村第一书记。\n"
         "郑秋菊，女，1990年2月生。2021年由县财政局选派到石桥乡杏林村担任第一书记。",
         [("HOLDS_POSITION", "韩立文", "东河镇"), ("FIRST_SECRETARY_OF", "韩立文", "柳树村"),
          ("FIRST_SECRETARY_OF", "郑秋菊", "杏林村"), ("WORKS_FOR", "郑秋菊", "青江县财政局")]),
    "a bare 省委 and its department, qualified by the province the article is in (省委组织部副部长Z)":
        ("本报讯 张北县召开驻村工作推进会，省委组织部副部长韩立文出席。", [("HOLDS_POSITION", "韩立文", "河北省委组织部")]),
    "a roster's numbered rows, the name first, with the sex (1. 张某　X局驻Y村第一书记; 2　李某　女　X厅驻Y村第一书记)":
        ("青江县优秀驻村第一书记名单\n1. 韩立文　县交通运输局驻东河镇柳树村第一书记\n2　郑秋菊　女　县水务局驻石桥乡杏林村第一书记\n"
         "3. 孔春华（女，满族）　县林业局驻石桥乡桃园村第一书记",
         [("WORKS_FOR", "韩立文", "青江县交通运输局"), ("WORKS_FOR", "郑秋菊", "青江县水务局"),
          ("FIRST_SECRETARY_OF", "郑秋菊", "杏林村"), ("WORKS_FOR", "孔春华", "青江县林业局"),
          ("FIRST_SECRETARY_OF", "孔春华", "桃园村")]),
    "a village named by a transliteration before a kind word the register also lists as a village (X乡阿拉坦布猎民村)":
        ("本报讯 扎兰屯市萨马街鄂温克民族乡阿拉坦布猎民村第一书记韩立文说，村里的桦树皮手工艺品卖到了外地。",
         [("FIRST_SECRETARY_OF", "韩立文", "阿拉坦布猎民村"), ("LOCATED_IN", "阿拉坦布猎民村", "萨马街鄂温克民族乡")]),
    "Daur surnames (沃, 鄂) open a name after a title":
        ("本报讯 阿荣旗新发乡讷门村驻村第一书记沃岭峰（农行阿荣旗支行客户经理）说，村里修了路；村党支部书记鄂玉山说，路通了心也通了。",
         [("FIRST_SECRETARY_OF", "沃岭峰", "讷门村"), ("HOLDS_POSITION", "鄂玉山", "讷门村")]),
    "a member who 就来自 the unit the sentence names as the village's supporter (Y村由X包联，第一书记Z就来自X)":
        ("本报讯 柳沟村由青江县水务局包联，驻村第一书记韩立文就来自县水务局，今年他带着村民修了水渠。",
         [("WORKS_FOR", "韩立文", "青江县水务局")]),
    "the unit in focus sends someone with a post before the first secretary's (厅里派驻的农村工作指导员、第一书记Z)":
        ("本报讯 柳沟村的帮扶单位是浙江省农业农村厅。厅里派驻的农村工作指导员、第一书记郑一帆，到村后先走访了全村。",
         [("WORKS_FOR", "郑一帆", "浙江省农业农村厅")]),
    "a name, a comma, then 现任 and the post (从X区挂职来到Y镇的Z，现任Y镇党委副书记)":
        ("本报讯 从闵行区挂职来到兴隆镇的韩晓东，现任兴隆镇党委副书记，他说要把茶叶卖出去。",
         [("HOLDS_POSITION", "韩晓东", "兴隆镇")]),
    "households' heads listed in a village's grid table (网格员A，联户长B、C)":
        ("本报讯 桃园村网格责任表显示：第一网格网格员郑秋菊，联户长韩德明、孔春华；第二网格网格员鲁志高。",
         [("HOLDS_POSITION", "韩德明", "桃园村"), ("HOLDS_POSITION", "孔春华", "桃园村")]),
    "a commission of ethnic and religious affairs written half short (民族宗教委)":
        ("本报讯 州民族宗教委驻柳树村第一书记文光明说，村里建了茶园。东河镇属黔东南州。",
         [("WORKS_FOR", "文光明", "黔东南苗族侗族自治州民族宗教事务委员会")]),
    "a unit opened by a city's short name the walk left stopped inside (成都X学院, 都 ending many a clause)":
        ("本报讯 成都师范学院派驻东河镇柳沟村第一书记韩晓东说，今年要修路。",
         [("SUPPORTS", "成都师范学院", "柳沟村"), ("WORKS_FOR", "韩晓东", "成都师范学院")]),
    "因 or 已 after a dotted name ends it (Z·W因工作调整被召回)":
        ("本报讯 东河镇柳沟村原第一书记、州农业农村局干部买买提·艾尔肯因工作调整被召回。原第一书记、州财政局干部艾力·吐尔洪已回到原单位。",
         [("FIRST_SECRETARY_OF", "买买提·艾尔肯", "柳沟村"), ("FIRST_SECRETARY_OF", "艾力·吐尔洪", "柳沟村")]),
    "a unit's first secretary after a clause of his own (Z接过接力棒，成为X厅驻Y村第一书记)":
        ("本报讯 今年3月，韩晓东接过“接力棒”，成为青海省商务厅驻东河镇柳沟村第一书记。",
         [("FIRST_SECRETARY_OF", "韩晓东", "柳沟村"), ("WORKS_FOR", "韩晓东", "青海省商务厅")]),
    "a post someone came to hold, after a clause of his own (Z接过接力棒，正式成为Y村党支部书记)":
        ("本报讯 柳沟村换届后，郑春林接过“接力棒”，正式成为柳沟村党支部书记。",
         [("HOLDS_POSITION", "郑春林", "柳沟村")]),
    "an author's note in square brackets after the byline's line (作者：Z … 【作者系X局驻Y村第一书记】)":
        ("柳沟村的春天\n作者：韩立新　2024-03-12 08:30　字号：大 中 小\n\n【作者系青海省商务厅驻东河镇柳沟村第一书记】\n\n开春以后，我们在村里忙着育苗。",
         [("FIRST_SECRETARY_OF", "韩立新", "柳沟村"), ("WORKS_FOR", "韩立新", "青海省商务厅")]),
    "a column's byline 文｜Z with its note (文｜Z（作者系X局干部、Y镇工作队队员）)":
        ("驻镇手记\n\n文｜郑雨桐（作者系佛山市农业农村局干部、连南瑶族自治县寨岗镇驻镇帮镇扶工作队队员）\n\n开春以后，我们在村里忙着育苗。",
         [("WORKS_FOR", "郑雨桐", "佛山市农业农村局")]),
    "a dotted name the tagger calls no person at all (Z·W是X局驻Y村工作队队长)":
        ("本报讯 帕提古丽·艾买提是阿克苏地区财政局驻依干其乡喀拉塔勒村工作队队长。",
         [("HOLDS_POSITION", "帕提古丽·艾买提", "喀拉塔勒村")]),
    "a dotted name the tagger read in pieces, opening the sentence (Z·W是X局驻Y村工作队队长)":
        ("本报讯 阿不都热合曼·吐尔逊是和田地区交通运输局驻英巴格乡托格拉克村工作队队长。",
         [("HOLDS_POSITION", "阿不都热合曼·吐尔逊", "托格拉克村")]),
    "a name before 当选 with no title before it (“90后”大学生Z当选村委会委员)":
        ("本报讯 桃园村完成换届。“00后”研究生韩梦瑶当选村委会委员。",
         [("HOLDS_POSITION", "韩梦瑶", "桃园村")]),
    "a name, then 干了 (原村委会主任Z干了三十年)":
        ("本报讯 桃园村换届。原村党支部书记牛福山干了二十多年，这次主动退下来。",
         [("HOLDS_POSITION", "牛福山", "桃园村")]),
    "common surnames spaced out by OCR (傅 海 明, 赖 春 生, 洪 志 远)":
        ("本报讯 柳沟村党支部书记、村委会主任傅 海 明说，合作社今年分红。桃园村党支部书记赖 春 生说，路修好了。"
         "杏林村村委会主任洪 志 远说，水通了。",
         [("HOLDS_POSITION", "傅海明", "柳沟村"), ("HOLDS_POSITION", "赖春生", "桃园村"), ("HOLDS_POSITION", "洪志远", "杏林村")]),
    "names listed before the post they were all elected to (A、B当选村委会委员)":
        ("本报讯 近日，柳沟村完成换届选举，周海生当选村党支部书记，郑春梅、孔祥林当选村委会委员。",
         [("HOLDS_POSITION", "郑春梅", "柳沟村"), ("HOLDS_POSITION", "孔祥林", "柳沟村")]),
    "a verb before the place that opens a unit's name (请X省Y厅驻Z村第一书记…)":
        ("本报讯 本期请青海省商务厅驻东河镇柳沟村第一书记韩晓然讲讲驻村故事。",
         [("SUPPORTS", "青海省商务厅", "柳沟村"), ("WORKS_FOR", "韩晓然", "青海省商务厅")]),
    "a unit's support group stationed in a village (X局驻Y村帮扶组组长、第一书记Z)":
        ("本报讯 青江市民政局驻东河镇柳沟村帮扶组组长、第一书记韩浩然一边查看样品一边说。",
         [("SUPPORTS", "青江市民政局", "柳沟村"), ("WORKS_FOR", "韩浩然", "青江市民政局")]),
    "a unit's member named after its 的 (一名是X中心的Z)":
        ("本报讯 队员是东河镇农业服务中心的石光荣。", [("WORKS_FOR", "石光荣", "东河镇农业服务中心")]),
    "a member described after 来自X的, then his name (另一名是来自X局的Z)":
        ("本报讯 工作队另外两名队员，一名是省自然资源厅机关干部韩冬，另一名是来自东河县自然资源和规划局的郑海涛。",
         [("WORKS_FOR", "郑海涛", "东河县自然资源和规划局")]),
    "a unit's Mongolian cadre after 的, whose first element the tagger left out (来自X局的孟和巴雅尔)":
        ("本报讯 来自锡林郭勒盟水利局的孟和朝鲁，是白音嘎查的第一书记。", [("FIRST_SECRETARY_OF", "孟和朝鲁", "白音嘎查")]),
    "a unit sends a cadre whose name of three runs into 任 (选派干部Z任第一书记)":
        ("本报讯 柳沟村是青江市财政局的联村帮扶村，市财政局选派干部郑晓萌任第一书记。", [("FIRST_SECRETARY_OF", "郑晓萌", "柳沟村")]),
    "a person introduced by 他叫 (他叫Z，是X厅的一名干部)":
        ("本报讯 他叫韩晓东，是青江省交通运输厅的一名“80后”干部。", [("WORKS_FOR", "韩晓东", "青江省交通运输厅")]),
    "a bare level word before an organ's post after 是 (网格长是村妇联主席Z)":
        ("本报讯 柳沟村位于东河镇。第三网格网格长是村妇联主席郑秀英。", [("HOLDS_POSITION", "郑秀英", "柳沟村")]),
    "a name opening with 向 and a frequent word, then 表示， (书记向红军表示，)":
        ("本报讯 东河镇党委书记向红军表示，下一步将以柳沟村为样板推广经验。", [("HOLDS_POSITION", "向红军", "东河镇")]),
    "a first secretary recalled to his unit (Z被召回X局另有任用)":
        ("本报讯 今年3月，柳沟村原第一书记韩立文被召回青江县财政局另有任用。", [("WORKS_FOR", "韩立文", "青江县财政局")]),
    "names listed at a sentence's opening, then 分别来自 (A、B分别来自X煤矿和Y局)":
        ("本报讯 柳沟村工作队有三名队员。韩立文、郑国庆分别来自青江县东山煤矿和青江县林业局，一个懂机电，一个懂林业。",
         [("WORKS_FOR", "韩立文", "青江县东山煤矿"), ("WORKS_FOR", "郑国庆", "青江县林业局")]),
    "a Yi name of four ending in 则 before speech (沙马拉则告诉记者)":
        ("本报讯 阿普村党支部书记、村委会主任吉克拉则告诉记者，村里今年种了800亩花椒。", [("HOLDS_POSITION", "吉克拉则", "阿普村")]),
    "a Yi name whose clan the tagger read alone (吉克石体在村里…)":
        ("本报讯 他的前任、阿普村原第一书记阿苏石体在村里干满两年，已回到省林草局工作。", [("FIRST_SECRETARY_OF", "阿苏石体", "阿普村")]),
    "a name of three, then 管起 (Z管起了账)":
        ("本报讯 柳沟村会计韩秀梅管起了合作社的账。", [("HOLDS_POSITION", "韩秀梅", "柳沟村")]),
    "a village's grids, said by its secretary (村里5个网格，)":
        ("本报讯 石门村党支部书记韩国庆说，村里6个网格，每个网格都有一名包联干部。", [("DIVIDED_INTO", "石门村", "石门村")]),
    "a name of three, then 任期 (Z任期届满), no 升任":
        ("本报讯 东河镇柳沟村原第一书记韩立升任期届满，经考核合格，回原单位工作。", [("FIRST_SECRETARY_OF", "韩立升", "柳沟村")]),
    "a unit's organs also (也) pair with a village (X政协机关也联村帮扶Y村)":
        ("本报讯 青河县政协机关也联村帮扶石桥村，帮助合作社联系销路。", [("SUPPORTS", "青河县政协", "石桥村")]),
    "a unit sends a member of its division (X厅选派Y处干部Z), who works for the division":
        ("本报讯 2023年，青江省水利厅选派农村水利处干部韩立文到东河镇柳沟村任驻村第一书记。",
         [("WORKS_FOR", "韩立文", "青江省水利厅农村水利处"), ("SUPPORTS", "青江省水利厅", "柳沟村")]),
    "a Tibetan name of elements after a title (完玛 + 多杰)":
        ("本报讯 甘加镇党委书记完玛才让说，全镇将继续推进网格化管理。", [("HOLDS_POSITION", "完玛才让", "甘加镇")]),
    "a Mongolian name opening a clause, then the post he takes (，Z任嘎查达)":
        ("本报讯 白音嘎查召开牧民大会。苏和巴特尔任嘎查党支部书记，宝音图任嘎查达。",
         [("HOLDS_POSITION", "宝音图", "白音嘎查")]),
    "a name of four spaced out, then 当选 (Z当选嘎查党支部书记)":
        ("本报讯 白音嘎查完成换届，巴 特 尔 图当选嘎查党支部书记。", [("HOLDS_POSITION", "巴特尔图", "白音嘎查")]),
    "a name of four elements spaced out, then what he does (格 桑 达 瓦一起…)":
        ("本报讯 柳溪村由青江县农牧局包联。他和村党支部书记格 桑 达 瓦一起，把全村划分为6个网格。",
         [("HOLDS_POSITION", "格桑达瓦", "柳溪村")]),
    "由 … 任 (工作队由X局科员Z任第一书记), a name of three before 任":
        ("本报讯 青江县财政局驻村工作队进驻东河镇柳树村。工作队由县财政局四级主任科员郑立新任第一书记、队长。",
         [("FIRST_SECRETARY_OF", "郑立新", "柳树村")]),
    "a name of three, then 常说 (Z常说)":
        ("本报讯 石桥镇党委书记韩德明常说，驻村干部要把心放在村里。", [("HOLDS_POSITION", "韩德明", "石桥镇")]),
    "a profile card, a line a field (姓名：Z / 派出单位：X / 原任职务 / 现任职务：Y村第一书记)":
        ("【第一书记风采】\n姓名：韩冬梅\n派出单位：青江省农业农村厅\n原任职务：二级主任科员\n"
         "现任职务：东河镇柳树村第一书记、驻村工作队队长\n驻村故事：她把村里的荒坡变成了果园。",
         [("SUPPORTS", "青江省农业农村厅", "柳树村"), ("HOLDS_POSITION", "韩冬梅", "青江省农业农村厅"),
          ("HOLDS_POSITION", "韩冬梅", "柳树村")]),
    "the place measured from is not the one supported (距离A村…的B村，是X局包联的村)":
        ("本报讯 距离乌日吉勒嘎查60多公里的浩勒图高勒镇哈拉盖图嘎查，是西乌珠穆沁旗水利局包联的嘎查。",
         [("SUPPORTS", "西乌珠穆沁旗水利局", "哈拉盖图嘎查")]),
    "a person from a unit is one of its ranks (Z来自X医院，是一名内科主治医师)":
        ("本报讯 在东河镇柳树村，第一书记韩冬梅来自青江县人民医院，是一名儿科主治医师。",
         [("HOLDS_POSITION", "韩冬梅", "青江县人民医院")]),
    "a person put into a grid's post (Z被安排为第三网格网格指导员)":
        ("本报讯 县民政局是柳树村的包联单位。该局干部韩冬梅被安排为第三网格网格指导员，每周进网格两次。",
         [("HOLDS_POSITION", "韩冬梅", "柳树村")]),
    "a village is a unit's 帮扶联系村 (Y村是该厅的帮扶联系村)":
        ("本报讯 青江省水利厅定点帮扶东河县，东河县石桥镇柳树村是该厅的帮扶联系村。", [("SUPPORTS", "青江省水利厅", "柳树村")]),
    "a village's mediation committee (村人民调解委员会主任Z) is a post in the village":
        ("本报讯 石门村位于青河镇。村人民调解委员会主任郑国庆今年60岁。", [("HOLDS_POSITION", "郑国庆", "石门村")]),
    "a village's name ends in the 村 of 村务 (Y村务监督委员会主任Z)":
        ("本报讯 评议会上，青河镇石门村务监督委员会主任郑国庆进行了测评。", [("HOLDS_POSITION", "郑国庆", "石门村")]),
    "a name, then 作了 (Z作了发言)":
        ("本报讯 会上，石门村网格员包桂花作了典型发言。", [("HOLDS_POSITION", "包桂花", "石门村")]),
    "a name ending in 小 before speech (Z小说，)":
        ("本报讯 石门村党支部书记郭二小说，今年村里种了300亩谷子。", [("HOLDS_POSITION", "郭二小", "石门村")]),
    "a 科员 rank in a unit (X局一级科员)":
        ("本报讯 李红梅是青江市财政局一级科员。", [("HOLDS_POSITION", "李红梅", "青江市财政局")]),
    "a 科员 rank in a section (X局Y科二级科员)":
        ("本报讯 接替他的李红梅是青江市财政局预算科二级科员。", [("HOLDS_POSITION", "李红梅", "青江市财政局预算科")]),
    "a unit's first secretary and team leader (作为…第一书记、工作队队长), then a Mongolian name ending in 台":
        ("本报讯 白音嘎查位于乌审旗。作为市林业局选派的驻村第一书记、工作队队长，巴根台2022年5月来到白音嘎查。",
         [("FIRST_SECRETARY_OF", "巴根台", "白音嘎查"), ("WORKS_FOR", "巴根台", "鄂尔多斯市林业局")]),
    "a report in the first person (本人Z，…): 我 outside quotes is the writer":
        ("2024年个人述职报告\n本人韩立文，现任青江省交通运输厅四级调研员。2022年3月，受厅党组选派，"
         "我到东河县柳沟村担任驻村第一书记。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳沟村")]),
    "a person who is (作为) the first secretary the unit in focus sent":
        ("本报讯 2022年起，青江县水利局包联东河镇柳树村，韩立文作为该局派驻的第一书记，已经在村里干了两年。",
         [("WORKS_FOR", "韩立文", "青江县水利局"), ("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "a person came as (作为) a unit's third first secretary of a village, and its team's leader":
        ("本报讯 2021年5月，韩立文作为青江省林草局派驻柳沟村的第三任第一书记、驻村工作队队长来到村里。",
         [("WORKS_FOR", "韩立文", "青江省林业和草原局"), ("HOLDS_POSITION", "韩立文", "柳沟村")]),
    "a unit's sent cadre and a village's former first secretary (X厅选派干部、Y村原第一书记Z)":
        ("本报讯 会上，青江省水利厅选派干部、柳沟村原第一书记韩立文作了交接发言。",
         [("WORKS_FOR", "韩立文", "青江省水利厅"), ("FIRST_SECRETARY_OF", "韩立文", "柳沟村")]),
    "a first secretary's note in brackets with a second post, then the unit that sent him":
        ("本报讯 网格指导员：唐文斌（驻村第一书记、工作队队长，青江省林业局派驻）。",
         [("WORKS_FOR", "唐文斌", "青江省林业局")]),
    "a village's former unit changed to another (原联村单位X调整为Z)":
        ("本报讯 （三）西河镇石桥村原联村单位县统计局调整为县民族宗教事务局。",
         [("SUPPORTS", "县民族宗教事务局", "石桥村")]),
    "promoted (提任) to a post":
        ("本报讯 工作队员韩立文（县交通运输局）已提任东河镇副镇长，不再担任驻村工作队员。",
         [("HOLDS_POSITION", "韩立文", "东河镇")]),
    "villages listed, then the units that support each, in order (A村、B村分别由X、Y挂钩帮扶)":
        ("本报讯 新一轮选派工作完成后，柳沟村、石桥村继续分别由青江省水利厅、青江市林业局挂钩帮扶。",
         [("SUPPORTS", "青江省水利厅", "柳沟村"), ("SUPPORTS", "青江市林业局", "石桥村")]),
    "a line of a village's item naming the unit after a label (包联部门：X局)":
        ("本报讯 1.柳沟村：划分网格5个，网格长马文青（村党支部书记），包联部门：县市场监督管理局。",
         [("SUPPORTS", "县市场监督管理局", "柳沟村")]),
    "a team leader's post with the first secretary's restated in brackets (队长（第一书记）)":
        ("本报讯 二、东河镇柳沟村包扶单位为县人民法院，驻村工作队长（第一书记）由县人民法院四级法官助理韩立文接任。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳沟村"), ("HOLDS_POSITION", "韩立文", "柳沟村")]),
    "team members said to be (均为) the staff of the unit in focus, named bare":
        ("本报讯 青江县人民医院结对帮扶柳沟村，队员何晓燕、赵磊均为医院在职职工。",
         [("WORKS_FOR", "何晓燕", "青江县人民医院"), ("WORKS_FOR", "赵磊", "青江县人民医院")]),
    "the note that closes a first secretary's column (作者系…) is of the author the page names":
        ("驻村手记：柳沟村的春天\n来源：青江日报　作者：韩立文　2024-05-09\n\n今年春天，我和村干部一起修通了产业路。\n\n"
         "（作者系青江市审计局派驻东河县石桥镇柳沟村第一书记）",
         [("FIRST_SECRETARY_OF", "韩立文", "柳沟村"), ("WORKS_FOR", "韩立文", "青江市审计局")]),
    "back (回到) in a division of his unit, to work there":
        ("本报讯 韩立文在柳沟村驻村两年，期满后回到青江省自然资源厅国土空间规划处工作。",
         [("WORKS_FOR", "韩立文", "青江省自然资源厅国土空间规划处")]),
    "a former first secretary back in his unit, after a long clause, with a post there":
        ("本报讯 第一任第一书记韩立文2019年进村，在村里一干就是三年，如今已回到青江学院，担任教务处副处长。",
         [("HOLDS_POSITION", "韩立文", "青江学院教务处")]),
    "a first secretary back (返回) in his unit after the term and its review":
        ("本报讯 另，青江县东河镇柳沟村原驻村第一书记韩立文任期已满两年，经考核合格，返回县财政局工作。",
         [("WORKS_FOR", "韩立文", "青江县财政局")]),
    "a person sent by a unit (由X选派) to a village to take posts there":
        ("本报讯 韩立文，男，1986年出生，汉中市审计局四级主任科员。2021年9月，他由市审计局选派到城固县柳林镇柳沟村任驻村第一书记、工作队队长。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳沟村"), ("HOLDS_POSITION", "韩立文", "柳沟村")]),
    "a notice relieves a first secretary of his posts (免去Z同志的…职务)":
        ("本报讯 二、免去韩立文同志的东河镇柳树村驻村第一书记、工作队长职务。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("HOLDS_POSITION", "韩立文", "柳树村")]),
    "a relieved first secretary goes back (回) to his unit":
        ("本报讯 免去韩立文同志的东河镇柳树村驻村第一书记职务（任期届满，回汉中市林业局工作）。",
         [("WORKS_FOR", "韩立文", "汉中市林业局")]),
    "the posts taken, with the unit that sent him in brackets after them":
        ("本报讯 何晓燕同志任北山镇杏林村驻村第一书记、工作队长（青江市财政局选派）。",
         [("HOLDS_POSITION", "何晓燕", "杏林村")]),
    "a proposed first secretary's profile, whom he succeeds in brackets (拟任…（接替Z）)":
        ("本报讯 何晓燕，女，汉族，1988年6月生，中共党员，大学学历，现任青江县审计局副局长，拟任北山镇杏林村第一书记（接替韩立文）。",
         [("FIRST_SECRETARY_OF", "何晓燕", "杏林村"), ("FIRST_SECRETARY_OF", "韩立文", "杏林村")]),
    "a unit had sent a village one first secretary before (派驻过一任第一书记——Z)":
        ("本报讯 在韩立文之前，县林业局已经向柳沟村派驻过一任第一书记——何晓燕。",
         [("FIRST_SECRETARY_OF", "何晓燕", "柳沟村"), ("WORKS_FOR", "何晓燕", "县林业局")]),
    "seconded to a township (在Y镇挂职任), to a post of that township":
        ("本报讯 2017年至2019年，韩立文曾作为选派干部在青江县石门镇挂职任党委副书记。",
         [("HOLDS_POSITION", "韩立文", "石门镇")]),
    "a post held for a stated time (挂职副县长两年)":
        ("本报讯 驻村前，韩立文在青江市农业农村局工作了15年，还曾到临河县挂职副县长两年。",
         [("HOLDS_POSITION", "韩立文", "临河县")]),
    "a team member who, by contrast (则), is a unit's cadre":
        ("本报讯 柳沟村驻村工作队共3人，队员何晓燕来自青江县林业局，队员韩立文则是石门镇政府的干部。",
         [("WORKS_FOR", "韩立文", "石门镇政府")]),
    "a unit's sent member seconded (挂任) as a village's first secretary":
        ("本报讯 青江省住房和城乡建设厅选派的工作队员韩立文挂任柳沟村第一书记。",
         [("SUPPORTS", "青江省住房和城乡建设厅", "柳沟村"), ("FIRST_SECRETARY_OF", "韩立文", "柳沟村")]),
    "a first secretary said to be a unit's cadre sent there, without 的":
        ("本报讯 南沟乡榆树村第一书记冯雪梅是西岭县审计局派驻干部，驻村两年。",
         [("SUPPORTS", "西岭县审计局", "榆树村"), ("WORKS_FOR", "冯雪梅", "西岭县审计局")]),
    "a village welcomes its first secretary, then a dash and his post at home":
        ("本报讯 5月，青江县石门镇柳沟村迎来了新任第一书记——临河学院团委副书记何晓燕。",
         [("FIRST_SECRETARY_OF", "何晓燕", "柳沟村")]),
    "挂职 (seconded) ends the unit before the post":
        ("本报讯 国家体育总局挂职青江县委常委、副县长韩立文介绍了情况。",
         [("HOLDS_POSITION", "韩立文", "青江县委"), ("HOLDS_POSITION", "韩立文", "青江县")]),
    "a name of two spaced out to the width of three":
        ("本报讯 青江县召开会议,副县长方 晨通报了进展。", [("HOLDS_POSITION", "方晨", "青江县")]),
    "a name cut by a stray space is the name the article gives whole":
        ("本报讯 2022年,青江县林业局选派干部韩立 文到柳树村任第一书记。“村里变化很大。”韩立文说。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "a name of three with a stray space":
        ("本报讯 青江县召开会议,县委书记许 传明主持会议。", [("HOLDS_POSITION", "许传明", "青江县委")]),
    "a name of three spaced out character by character":
        ("本报讯 青江县召开会议,副县长韦 志 刚主持会议。", [("HOLDS_POSITION", "韦志刚", "青江县")]),
    "a ministry's department (司) is a unit, written out in full":
        ("本报讯 国家林草局规划财务司派驻的第一书记周明远已在村里工作两年。",
         [("WORKS_FOR", "周明远", "国家林业和草原局规划财务司")]),
    "司令员 is a title, not a unit (司)":
        ("本报讯 南疆军区司令员何卫东出席仪式。", [("HOLDS_POSITION", "何卫东", "南疆军区")]),
    "a team named by its programme (“访惠聚”工作队)":
        ("本报讯 自治区交通运输厅驻莎车县托万克村“访惠聚”工作队组织村民开展田间管理。",
         [("SUPPORTS", "新疆维吾尔自治区交通运输厅", "托万克村")]),
    "a village described, then named the unit's supported village":
        ("本报讯 杏林村地处深山腹地,是青江县卫健委的结对帮扶村。", [("SUPPORTS", "青江县卫生健康委员会", "杏林村")]),
    "a township that is a unit's 对口帮扶点":
        ("本报讯 与东河镇相邻的西河镇,则是青江县医保局的对口帮扶点。", [("SUPPORTS", "青江县医疗保障局", "西河镇")]),
    "a unit also pairs with a village":
        ("本报讯 青江县交通运输局也与东河镇杏林村结对帮扶,修通了村道。", [("SUPPORTS", "青江县交通运输局", "杏林村")]),
    "the one who now holds a post (现任…的), and a former post before it":
        ("本报讯 青江县东河镇。原县林业局副局长、现任柳树村第一书记的韩立文,每天都到基地转一转。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("HOLDS_POSITION", "韩立文", "青江县林业局")]),
    "a sentence that names a first secretary and a second post after his name":
        ("本报讯 韩立文，青江县林业局驻柳树村第一书记、工作队队长。", [("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "seconded (挂职) to a county written short":
        ("本报讯 水利部选派到南岭挂职的副县长曹文远出席了签约仪式。", [("WORKS_FOR", "曹文远", "水利部")]),
    "a police officer (民警) of a unit":
        ("本报讯 此外,青江县公安局包联东河镇柳树村,并由该局选派民警韩立文担任该村第一书记。",
         [("WORKS_FOR", "韩立文", "青江县公安局")]),
    "since (自) a unit began to support a village":
        ("本报讯 自中国农业银行青江支行定点帮扶柳树村以来,该行累计投入帮扶资金80万元。",
         [("SUPPORTS", "中国农业银行青江支行", "柳树村")]),
    "a kind of unit (企业) before the unit's name":
        ("本报讯 街道辖区企业浙江青江纺织有限公司与东河镇柳树村开展结对帮扶。",
         [("SUPPORTS", "浙江青江纺织有限公司", "柳树村")]),
    "a note in brackets between the post and the name":
        ("本报讯 青江县委常委、副县长（挂职）韩立文出席活动。", [("HOLDS_POSITION", "韩立文", "青江县")]),
    "a unit's office party branch (机关党支部) acts for the unit":
        ("本报讯 青江县林业局机关党支部与东河镇柳树村党支部签订结对共建协议。", [("SUPPORTS", "青江县林业局", "柳树村")]),
    "the one a unit sent to be a village's first secretary (任第一书记的张某)":
        ("本报讯 青江县人民法院选派到东河镇柳树村任第一书记的韩立文,把法治带进了村里。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("SUPPORTS", "青江县人民法院", "柳树村")]),
    "from a unit, and seconded here (来自X、在我市挂职的)":
        ("本报讯 来自江城大学、在我市挂职的副市长韩立文作了专题辅导。", [("WORKS_FOR", "韩立文", "江城大学")]),
    "the county's working committee of its organs (县直机关工委)":
        ("本报讯 青江县召开会议,县直机关工委书记韩立文出席。", [("HOLDS_POSITION", "韩立文", "青江县直机关工委")]),
    "a village that is supported by a unit in turn (则由)":
        ("本报讯 乌兰嘎查则由旗水利局包联,嘎查修通了砂石路。", [("SUPPORTS", "旗水利局", "乌兰嘎查")]),
    "first secretary of the gacha in focus, then a member of a unit":
        ("本报讯 乌兰嘎查今年修通了路。驻嘎查第一书记、旗水利局干部韩立文兼任嘎查网格长。",
         [("FIRST_SECRETARY_OF", "韩立文", "乌兰嘎查")]),
    "the posts a unit's cadre is seconded to (挂职…的X厅干部张某)":
        ("本报讯 在青江县挂职县委常委、副县长的省水利厅干部韩立文说,全县驻村干部都已到岗。",
         [("HOLDS_POSITION", "韩立文", "青江县"), ("HOLDS_POSITION", "韩立文", "青江县委")]),
    "a unit sends its young cadre to a village (选派青年干部张某赴Y村)":
        ("本报讯 今年3月,青江县农业银行选派青年干部韩立文赴柳树村担任驻村第一书记。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("WORKS_FOR", "韩立文", "青江县农业银行")]),
    "the third first secretary a unit sends (第三任第一书记)":
        ("本报讯 柳树村第一书记韩立文是青江县卫健委派驻该村的第三任第一书记。",
         [("WORKS_FOR", "韩立文", "青江县卫生健康委员会")]),
    "a leader who 包联 a township is named whole":
        ("本报讯 青河旗委副书记宝音包联东河镇,当天看望了新任第一书记。", [("HOLDS_POSITION", "宝音", "青河旗委")]),
    "two members of two units (X行员工甲和Y行员工乙)":
        ("本报讯 与他搭档的,还有农行青江支行员工巴桑次仁和农行东河分行员工周明远。",
         [("WORKS_FOR", "周明远", "农行东河分行")]),
    "the former first secretary of a village (原Y村第一书记)":
        ("本报讯 青江县东河镇召开会议。原柳湾村第一书记韩立文介绍了经验。", [("FIRST_SECRETARY_OF", "韩立文", "柳湾村")]),
    "a prefecture's unit written 地区X局":
        ("本报讯 阿克苏地区温宿县。地区财政局驻柳河镇柳树村工作队队员韩立文是第二次驻村。",
         [("WORKS_FOR", "韩立文", "阿克苏地区财政局")]),
    "a bank's short name, then a city that opens with 长 (农行长沙分行)":
        ("本报讯 农行长沙分行派驻柳河镇柳树村第一书记韩立文分享了做法。",
         [("WORKS_FOR", "韩立文", "农行长沙分行")]),
    "a stray space between the verb and the place (派驻 该村)":
        ("本报讯 东河镇柳树村的谷子地一片翠绿。省农业农村厅派驻 该村第一书记韩立文蹲在地头查看长势。",
         [("WORKS_FOR", "韩立文", "省农业农村厅")]),
    "the group company in focus (集团公司)":
        ("本报讯 1月8日,青江建设投资集团有限公司召开会议。自2021年以来,集团公司定点帮扶柳树村。",
         [("SUPPORTS", "青江建设投资集团有限公司", "柳树村")]),
    "a name after a title, then 和 and a bare county's unit (第一书记王强和县X局派驻的队员)":
        ("本报讯 在望奎县东河镇柳树村，青江市财政局选派的驻村第一书记王强和县自然资源局派驻的工作队员孙浩然一起走访。",
         [("WORKS_FOR", "孙浩然", "望奎县自然资源局"), ("WORKS_FOR", "王强", "青江市财政局")]),
    "a member's name, then 和 and a bare county's unit (干部王海和县农业农村局干部)":
        ("本报讯 白沙县召开会议。工作队队员为该厅干部王海和县农业农村局干部符美玲。",
         [("WORKS_FOR", "符美玲", "白沙黎族自治县农业农村局")]),
    "the school in focus supports a county (学校定点帮扶Y县)":
        ("本报讯 青江农业大学召开乡村振兴工作会议。近年来,学校定点帮扶柳河县,先后投入帮扶资金260余万元。",
         [("SUPPORTS", "青江农业大学", "柳河县")]),
    "a former post written 原为":
        ("本报讯 青江县柳树村第一书记韩立文原为县卫健委副主任,驻村后建起了卫生室。",
         [("HOLDS_POSITION", "韩立文", "青江县卫生健康委员会")]),
    "a post after the name and a comma (，是)":
        ("本报讯 柳树村第一书记韩立文，是青江县林业局规划股股长。", [("HOLDS_POSITION", "韩立文", "青江县林业局规划股")]),
    "科技厅 is written out":
        ("本报讯 青江县东河镇柳树村由省科技厅包联,驻村第一书记韩立文说,村里通了网。",
         [("SUPPORTS", "省科学技术厅", "柳树村")]),
    "a bare 自治区 unit is of the county's region, not of a partner city that is a province":
        ("本报讯 在京蒙协作中,北京市东城区与四子王旗结成对子。自治区农牧厅对口帮扶四子王旗以来,持续选派干部驻村。",
         [("SUPPORTS", "内蒙古自治区农牧厅", "四子王旗")]),
    "a procuratorate and a court are written out (人民检察院, 人民法院), once":
        ("本报讯 青江县检察院与柳树村党支部结对共建。青江县人民法院干部韩立文任柳树村第一书记。",
         [("SUPPORTS", "青江县人民检察院", "柳树村"), ("WORKS_FOR", "韩立文", "青江县人民法院")]),
    "a bare 局 and its party organ are the unit in focus (局机关党支部还与…)":
        ("本报讯 青江县水利局派驻柳树村第一书记韩立文说,村里修了渠。局机关党支部还与东河镇杏林村党支部结对共建。",
         [("SUPPORTS", "青江县水利局", "杏林村")]),
    "the one who served as first secretary for some years (在Y村任第一书记三年的X局干部Z)":
        ("本报讯 在东河镇柳树村任第一书记两年的青江县林业局干部韩立文,这次期满离任。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("WORKS_FOR", "韩立文", "青江县林业局")]),
    "the cooperative in focus and its chair (合作社理事长)":
        ("本报讯 村里去年成立了青江县柳河核桃种植专业合作社。合作社理事长韩立文说,今年每户分红三千元。",
         [("HOLDS_POSITION", "韩立文", "青江县柳河核桃种植专业合作社")]),
    "a college named with a city's short form keeps its name (扬州大学, not 扬州市大学)":
        ("本报讯 扬州大学派驻青山县柳树村第一书记韩立文说,村里通了网。", [("SUPPORTS", "扬州大学", "柳树村")]),
    "a short name the article declares stands for the unit (以下简称“X”)":
        ("本报讯 青江农业科学研究院(以下简称“青农院”)定点帮扶柳河县。青农院选派干部韩立文到东河镇柳树村任第一书记。",
         [("WORKS_FOR", "韩立文", "青江农业科学研究院"), ("SUPPORTS", "青江农业科学研究院", "柳树村")]),
    "the same town as the one in focus (同镇的Y村)":
        ("本报讯 西河镇桃园村是县财政局的包联村。同镇的杏林村，今年修通了产业路。", [("LOCATED_IN", "杏林村", "西河镇")]),
    "the same township as the one in focus (同乡的Y村)":
        ("本报讯 西河乡桃园村是县财政局的包联村。在同乡的杏林村，今年修通了产业路。", [("LOCATED_IN", "杏林村", "西河乡")]),
    "the same sumu as the one in focus (同苏木的Y嘎查)":
        ("本报讯 西河苏木乌兰嘎查是旗财政局的包联嘎查。同苏木的宝力格嘎查，今年修通了产业路。", [("LOCATED_IN", "宝力格嘎查", "西河苏木")]),
    "a short company name where declared names no company of its own (公司)":
        ("本报讯 青江县国有资产投资经营有限责任公司（以下简称县国投公司）包联柳树村。公司选派中层干部韩宇航到柳树村担任第一书记。",
         [("WORKS_FOR", "韩宇航", "青江县国有资产投资经营有限责任公司")]),
    "the unit a sentence is about also sends people (，并向Y村派驻第一书记)":
        ("本报讯 青江县人民医院结对帮扶东河镇,并向该镇柳树村派驻第一书记。", [("SUPPORTS", "青江县人民医院", "柳树村")]),
    "the unit sends a member named with a title (X院选派该院外科护士长Z到Y村)":
        ("本报讯 青江县人民医院选派该院外科护士长韩秀英到东河镇柳树村担任第一书记。",
         [("HOLDS_POSITION", "韩秀英", "青江县人民医院"), ("SUPPORTS", "青江县人民医院", "柳树村")]),
    "a village that is the unit's 包抓村 (Shaanxi's word for 包联)":
        ("本报讯 柳树村是青山县水利局的包抓村,该局每月派人入户。", [("SUPPORTS", "青山县水利局", "柳树村")]),
    "a unit that 包抓s a village":
        ("本报讯 近年来,青山县水利局包抓东河镇柳树村,修通了村里的路。", [("SUPPORTS", "青山县水利局", "柳树村")]),
    "the unit then 选派的 then the village's first secretary":
        ("本报讯 河北省农业农村厅选派的东河镇柳树村第一书记、工作队队长韩立文,此前已驻村三年。",
         [("WORKS_FOR", "韩立文", "河北省农业农村厅"), ("SUPPORTS", "河北省农业农村厅", "柳树村")]),
    "a department of the unit in focus (该校林业学院)":
        ("本报讯 青江大学派驻柳树村的第一书记韩立文,是该校水利工程学院副院长。",
         [("HOLDS_POSITION", "韩立文", "青江大学水利工程学院")]),
    "系 (is) before the unit is no part of its name":
        ("本报讯 韩立文系青山县审计局派驻柳树村的第一书记，去年到岗。",
         [("WORKS_FOR", "韩立文", "青山县审计局"), ("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "as the village's first first secretary (作为Y村第一任第一书记，Z…)":
        ("本报讯 作为柳树村第一任第一书记,韩立文在村里一待就是三年。", [("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "市场监管局 is written out":
        ("本报讯 青江县市场监管局包联东河镇柳树村。", [("SUPPORTS", "青江县市场监督管理局", "柳树村")]),
    "a rural credit union (联社) is a unit":
        ("本报讯 青江县农村信用合作联社结对帮扶东河镇柳树村。", [("SUPPORTS", "青江县农村信用合作联社", "柳树村")]),
    "a village named after its township is the supported point":
        ("本报讯 东河镇柳树村是青江县农业局的包联村,该局每月派人入户。", [("SUPPORTS", "青江县农业局", "柳树村")]),
    "a unit whose member is sent supports the village":
        ("本报讯 西岭县农机局干部冯雪梅被选派到南沟乡榆树村担任第一书记。",
         [("SUPPORTS", "西岭县农机局", "榆树村"), ("WORKS_FOR", "冯雪梅", "西岭县农机局")]),
    "a former post after the name":
        ("本报讯 柏林村第一书记钟国平原是安平县林业局副局长。", [("HOLDS_POSITION", "钟国平", "安平县林业局")]),
    "former (原) is no part of the unit's name":
        ("本报讯 原安平县林业局副局长钟国平现任柏林村第一书记。", [("HOLDS_POSITION", "钟国平", "安平县林业局")]),
    "a member of the unit named after 是":
        ("本报讯 邓晓燕是临河县妇联的一名干部,去年开始驻村。", [("WORKS_FOR", "邓晓燕", "临河县妇女联合会")]),
    "这个村 is the village in focus":
        ("本报讯 荷花村是个山村。2019年,临河县档案局驻村工作队进驻这个村。", [("SUPPORTS", "临河县档案局", "荷花村")]),
    "a signed support agreement pairs the unit and the village":
        ("本报讯 临河县供电公司与白塔镇荷花村签订帮扶协议。", [("SUPPORTS", "临河县供电公司", "荷花村")]),
    "the unit that sent the person in focus (派来的)":
        ("本报讯 梧桐村来了个新书记。他叫孔德明,是文昌县水利局派来的第一书记。",
         [("FIRST_SECRETARY_OF", "孔德明", "梧桐村"), ("WORKS_FOR", "孔德明", "文昌县水利局"),
          ("SUPPORTS", "文昌县水利局", "梧桐村")]),
    "a person introduced as a unit's member is found":
        ("本报讯 许丽萍是文昌县妇联干部。2020年,她被派驻到梧桐村担任第一书记。", [("FIRST_SECRETARY_OF", "许丽萍", "梧桐村")]),
    # the tagger reads 那顺乌日图 as a pronoun; 乌日图 is a name of jieba's dictionary
    "a Mongolian name with a known name inside, after a title":
        ("本报讯 巴彦塔拉嘎查党支部书记、嘎查长那顺乌日图介绍,嘎查共有牧户96户。",
         [("HOLDS_POSITION", "那顺乌日图", "巴彦塔拉嘎查")]),
    "the verb of office after a name is no part of the place":
        ("本报讯 蔡志红任梧桐村党支部第一书记以来,为村里争取项目12个。", [("FIRST_SECRETARY_OF", "蔡志红", "梧桐村")]),
    "each member of a unit's team works for the unit":
        ("本报讯 文昌县农业农村局驻梧桐村帮扶工作队队员蔡志红、林小燕每天入户走访。",
         [("WORKS_FOR", "蔡志红", "文昌县农业农村局"), ("WORKS_FOR", "林小燕", "文昌县农业农村局")]),
    "a post taken later in the sentence, a unit after a comma":
        ("本报讯 蔡志红,来自文昌县林业局,2021年起任梧桐村第一书记。",
         [("WORKS_FOR", "蔡志红", "文昌县林业局"), ("FIRST_SECRETARY_OF", "蔡志红", "梧桐村")]),
    "a chain part after 驻 still reads the part before":
        ("本报讯 文昌县林业局副局长、驻梧桐村第一书记蔡志红说。",
         [("HOLDS_POSITION", "蔡志红", "文昌县林业局"), ("FIRST_SECRETARY_OF", "蔡志红", "梧桐村")]),
    "a village's responsible unit (帮扶责任单位)":
        ("本报讯 梧桐村的帮扶责任单位文昌县林业局为村里修建了文化广场。", [("SUPPORTS", "文昌县林业局", "梧桐村")]),
    "a place, 的 and a short unit name are the place's unit":
        ("本报讯 驻村前,44岁的冯立新是青江县的教委副主任。", [("HOLDS_POSITION", "冯立新", "青江县教委")]),
    "a unit sends a village its first secretary, 为 a name (X局派驻Y村第一书记为张某)":
        ("本报讯 本轮选派中,青江县林业局派驻柳坪村第一书记为王小川;县水务局派驻石湾村第一书记为赵立新。",
         [("WORKS_FOR", "王小川", "青江县林业局"), ("WORKS_FOR", "赵立新", "青江县水务局")]),
    "a unit's first secretary with a second post before the name":
        ("本报讯 青江县审计局派驻梧桐村第一书记、工作队队长贺春燕说,村里通了自来水。",
         [("WORKS_FOR", "贺春燕", "青江县审计局"), ("FIRST_SECRETARY_OF", "贺春燕", "梧桐村")]),
    "a level title without its place is of the place named before it, not after":
        ("本报讯 青江县东河镇党委书记向红卫、镇长田志刚一行到西岭镇考察。",
         [("HOLDS_POSITION", "田志刚", "东河镇")]),
    "a name that opens like a common word, followed by 同志":
        ("本报讯 青河旗农牧局选派干部包金花同志到红星嘎查任第一书记。",
         [("FIRST_SECRETARY_OF", "包金花", "红星嘎查"), ("WORKS_FOR", "包金花", "青河旗农牧局")]),
    "a subdistrict's or sumu's title without its name":
        ("本报讯 青河旗东城街道划分为20个网格。街道党工委书记孟宪东说,网格员每天入户。",
         [("HOLDS_POSITION", "孟宪东", "东城街道")]),
    "a sumu's title without its name":
        ("本报讯 青河旗宝日苏木今年建成了养殖基地。苏木党委书记乌力吉说,牧民收入增加了。",
         [("HOLDS_POSITION", "乌力吉", "宝日苏木")]),
    "a community's title without its name":
        ("本报讯 青河旗东城街道红星社区划分为6个网格。社区党委书记刘春梅说,网格员每天入户。",
         [("HOLDS_POSITION", "刘春梅", "红星社区")]),
    "the sending unit in brackets after the name":
        ("本报讯 红星嘎查驻村第一书记王振宇(青河旗人民医院派驻)说,义诊很受欢迎。",
         [("WORKS_FOR", "王振宇", "青河旗人民医院")]),
    "a supply and marketing head office (供销总社) is a unit":
        ("本报讯 去年,临河县供销总社干部钱卫东来到梧桐村担任第一书记。",
         [("WORKS_FOR", "钱卫东", "临河县供销总社")]),
    "the verb of office before a unit is no part of its name":
        ("本报讯 经研究决定,赵立刚同志任青河旗教育局副局长。",
         [("HOLDS_POSITION", "赵立刚", "青河旗教育局")]),
    "a committee's general office (常委会办公厅) is one unit":
        ("本报讯 临河县人大常委会办公厅选派干部刘志勇到梧桐村担任第一书记。",
         [("WORKS_FOR", "刘志勇", "临河县人大常委会办公厅")]),
    "a headline that names whom the story is about":
        ("扎根草原的带头人\n——记青河旗红星嘎查驻村第一书记包金花\n\n本报记者 王明\n\n清晨六点,包金花已经来到牧户家。",
         [("FIRST_SECRETARY_OF", "包金花", "红星嘎查")]),
    "a member role, 的, and the name (时任X部干部的张某)":
        ("本报讯 2021年,时任临河县委组织部干部的刘志勇主动报名驻村。",
         [("WORKS_FOR", "刘志勇", "临河县委组织部")]),
    "a village's support unit after a dash":
        ("本报讯 东沟镇红星村的帮扶单位——西河旗市场监督管理局,近日为村里送去了20台电脑。",
         [("SUPPORTS", "西河旗市场监督管理局", "红星村")]),
    "a post, a colon, and the name (a fact sheet)":
        ("梧桐村基本情况\n梧桐村位于文昌县东阁镇。\n驻村第一书记:蔡志红\n村党支部书记：林海生\n",
         [("FIRST_SECRETARY_OF", "蔡志红", "梧桐村"), ("HOLDS_POSITION", "林海生", "梧桐村")]),
    "a unit, then its person who takes a post (a roster)":
        ("本报讯 名单如下:文昌县林业局蔡志红任梧桐村第一书记,文昌县水利局林海生任桃园村第一书记。",
         [("WORKS_FOR", "蔡志红", "文昌县林业局"), ("WORKS_FOR", "林海生", "文昌县水利局")]),
    "posts held by a person (由…担任), of the unit in focus (该厅)":
        ("本报讯 2023年,青海省林业厅驻村工作队进驻东沟乡红星村,第一书记、驻村工作队队长由该厅干部扎西多吉担任。",
         [("FIRST_SECRETARY_OF", "扎西多吉", "红星村"), ("WORKS_FOR", "扎西多吉", "青海省林业厅")]),
    "a sumu's head (苏木达) without the sumu's name":
        ("本报讯 青河旗宝日苏木今年建成了养殖基地。苏木达乌日娜说,牧民收入增加了。",
         [("HOLDS_POSITION", "乌日娜", "宝日苏木")]),
    "a pronoun and the verb of office are no part of a unit":
        ("本报讯 蔡志红是梧桐村的第一书记。2021年起,她任文昌县林业局驻梧桐村工作队队长。",
         [("SUPPORTS", "文昌县林业局", "梧桐村")]),
    "in a county-level city 市委 is its own":
        ("本报讯 6月28日,签约仪式在宜都市红花套镇举行,市委常委、统战部部长刘建平出席。",
         [("HOLDS_POSITION", "刘建平", "宜都市委")]),
    # 京蒙协作: an article about a Beijing district and an Inner Mongolia banner
    "a bare banner or district unit belongs to the county of that kind":
        ("本报讯 北京市昌平区与察哈尔右翼中旗开展协作,昌平区援建的项目已有12个,昌平区企业投资3亿元。"
         "昌平区代表团在察哈尔右翼中旗召开座谈会,旗委副书记、旗长刘嘉主持,旗财政局局长王刚介绍了情况。",
         [("HOLDS_POSITION", "刘嘉", "察哈尔右翼中旗"), ("HOLDS_POSITION", "王刚", "察哈尔右翼中旗财政局")]),
    "a bare city unit in a city that is a province":
        ("本报讯 重庆市酉阳土家族苗族自治县桃坡乡石板村迎来新的工作队。市生态环境局驻石板村第一书记吴敏说,村里修了路。",
         [("WORKS_FOR", "吴敏", "重庆市生态环境局")]),
    "a national unit is nobody's county's":
        ("本报讯 安徽省霍邱县是中国气象局的定点帮扶县。中国气象局驻霍邱县石店村第一书记彭杰说,村里修了路。",
         [("WORKS_FOR", "彭杰", "中国气象局")]),
    "a company keeps its registered name":
        ("本报讯 广州瑞禾生物科技股份有限公司与连州市星子镇清江村签订村企联建协议。",
         [("SUPPORTS", "广州瑞禾生物科技股份有限公司", "清江村")]),
    "the village a unit sent its first secretary to":
        ("本报讯 青河县卫生健康委员会选派的东沟镇红星村第一书记李明远联系专家为村民体检。",
         [("FIRST_SECRETARY_OF", "李明远", "红星村"), ("WORKS_FOR", "李明远", "青河县卫生健康委员会")]),
    "a second post joined by 兼 before the name":
        ("本报讯 青江县水利局派驻梧桐村第一书记兼驻村工作队队长蓝海涛说,村里通了水。"
         "青江县林业局驻桃园村工作队队长兼第一书记林海生说,村里种了树。",
         [("WORKS_FOR", "蓝海涛", "青江县水利局"), ("WORKS_FOR", "林海生", "青江县林业局")]),
    "a profile subtitle mark is no part of a name":
        ("黑土地上的好书记\n——记青江县林业局驻梧桐村第一书记李明\n\n清晨,李明来到田间。",
         [("WORKS_FOR", "李明", "青江县林业局")]),
    "a bank short name that reads as a verb opens the unit (建行)":
        ("本报讯 建行青江支行驻梧桐村第一书记李明远说,村里修了路。", [("WORKS_FOR", "李明远", "建行青江支行")]),
    "a numbered line of a notice's list: unit——village":
        ("本报讯 现将县直单位包联村安排通知如下：\n1.青江县水利局——东河镇柳树村\n2.青江县林业局——西河镇杏林村",
         [("SUPPORTS", "青江县水利局", "柳树村"), ("SUPPORTS", "青江县林业局", "杏林村")]),
    "a notice's line of fields: the unit, then its village":
        ("本报讯 青江县调整县直部门联点村的通知\n1.东河镇：联系县级领导韩立文（县委副书记、县长）；联点部门县水利局，联点村柳树村。",
         [("SUPPORTS", "青江县水利局", "柳树村"), ("HOLDS_POSITION", "韩立文", "青江县委")]),
    "a village that is the unit's point, after the programme's name":
        ("本报讯 柳树村是青江县地质局的乡村振兴驻点村。", [("SUPPORTS", "青江县地质局", "柳树村")]),
    "a bare 州 is the county's prefecture, not a partner city named more":
        ("本报讯 今年，州财政局挂钩帮扶新龙县大盖乡柳树村，修通了产业路。在东西部协作框架下，宁波市一家企业"
         "在新龙县建起了帮扶车间，宁波市对口帮扶资金支持的蔬菜基地也已投产。",
         [("SUPPORTS", "甘孜藏族自治州财政局", "柳树村")]),
    "the team stationed in a village (X村的工作队) is no unit of the village's":
        ("本报讯 自治区民政厅定点帮扶东兰县。该厅派驻长乐镇柳树村的工作队还协调建设了冷库。",
         [("SUPPORTS", "广西壮族自治区民政厅", "柳树村")]),
    "a unit the person comes from (来自X的) sent them":
        ("本报讯 来自河池市林业局的韦志明，2021年被选派到长乐镇柳树村担任第一书记。",
         [("SUPPORTS", "河池市林业局", "柳树村")]),
    "one more unit of the village in focus (还有)":
        ("本报讯 柳树村的帮扶单位还有青江县人民法院，法院干警定期到村开展法治宣传。",
         [("SUPPORTS", "青江县人民法院", "柳树村")]),
    "a place described, then the unit it is supported by":
        ("本报讯 大河乡地处山区，产业基础薄弱，由青江县委办公室牵头包联。", [("SUPPORTS", "青江县委办公室", "大河乡")]),
    "a unit of a district of 北京市 keeps the city's name (a district's committee does not)":
        ("本报讯 来自北京市通州区农业农村局的挂职干部郭海涛出席。上海市嘉定区委副书记王立新一行来村调研。",
         [("WORKS_FOR", "郭海涛", "北京市通州区农业农村局"), ("HOLDS_POSITION", "王立新", "嘉定区委")]),
    "任 opening a clause takes the posts after it (not 任县)":
        ("本报讯 水利部规划计划司二级调研员韩立文2023年到岚皋县挂职，任县委常委、副县长。",
         [("HOLDS_POSITION", "韩立文", "岚皋县委"), ("HOLDS_POSITION", "韩立文", "岚皋县")]),
    "the post a sent cadre holds is where he is sent (X选派的挂职副县长)":
        ("本报讯 岚皋县是水源地。中国三峡集团选派的挂职副县长陈立群说，他到任后设立了基金。",
         [("HOLDS_POSITION", "陈立群", "岚皋县")]),
    "a unit that 选派s a department's cadre supports the village":
        ("本报讯 2023年，交通银行选派运营管理部干部何俊到东河镇柳树村担任第一书记。", [("SUPPORTS", "交通银行", "柳树村")]),
    "a numbered heading as long as a line stays a line of its own":
        ("青江县驻村工作巡礼\n\n编者按：现编发一组报道。\n\n一、东河镇柳树村：第一书记带头发展中药材产业\n"
         "江西省农业农村厅驻东河镇柳树村第一书记韩立文到村后，带领村民种药材。\n\n二、西河镇杏林村：党建引领产业兴\n"
         "青江县林业局驻杏林村第一书记李明说，村里种了茶。",
         [("SUPPORTS", "江西省农业农村厅", "柳树村"), ("WORKS_FOR", "韩立文", "江西省农业农村厅")]),
    "the unit's support of the village a clause opens with (在Y村，X局对口帮扶的成效…)":
        ("本报讯 在东河镇柳树村，县林业局对口帮扶的成效同样明显。", [("SUPPORTS", "县林业局", "柳树村")]),
    "a bureau of science written short is written out (市科技局)":
        ("本报讯 柳树村是九江市科学技术局的帮扶村。市科技局选派的驻村第一书记韩立文说，村里种了茶。",
         [("WORKS_FOR", "韩立文", "九江市科学技术局")]),
    "a unit as the village's support unit (X局作为联村单位)":
        ("本报讯 在东河镇柳树村，青江县林业局作为联村单位，帮助村民种植中药材。", [("SUPPORTS", "青江县林业局", "柳树村")]),
    "a bank's branch is named by the banner in full (科右中旗支行)":
        ("本报讯 中国农业银行科右中旗支行派驻巴彦嘎查第一书记韩立文说，嘎查建了暖棚。",
         [("WORKS_FOR", "韩立文", "中国农业银行科尔沁右翼中旗支行")]),
    "a unit's cadre it sent out (该行派出的驻村干部Z)":
        ("本报讯 交通银行青江支行定点帮扶柳树村。该行派出的驻村干部韩雪说，村里的木耳卖到了北京。",
         [("WORKS_FOR", "韩雪", "交通银行青江支行")]),
    "a banner's unit after a name is no name of two (由旗卫健委派驻)":
        ("本报讯 阿荣旗霍尔奇镇柳树村第一书记巴图是鄂温克族,由旗卫健委派驻该村已满两年。",
         [("WORKS_FOR", "巴图", "阿荣旗卫生健康委员会")]),
    "a procurator general (检察长) holds a post in the procuratorate":
        ("本报讯 青江县人民检察院党组书记、检察长白志宏带队到北坪村走访。",
         [("HOLDS_POSITION", "白志宏", "青江县人民检察院")]),
    "a notice of each village's leaders and support unit (包联 is no one's name)":
        ('青江县东河镇关于2024年村（社区）包联领导、包村干部及县级包联单位的公示\n首页 > 信息公开 > 镇办信息公开 > 东河镇 > 通知公告\n发布时间：2024-02-28 17:05\u3000\u3000来源：东河镇人民政府\u3000\u3000阅读次数：\n\n各村（社区）、镇属各站所：\n根据县委、县政府关于进一步加强镇村干部包联工作的要求，经镇党委会研究，对全镇各村（社区）包联领导、包村干部及县级包联单位进行了调整。现将调整情况公示如下：\n\n一、柳树村\n包联领导：韩立军（镇党委副书记、镇长）\n包村干部：赵芳\n县级包联单位：县水利局\n\n二、杏林村\n包联领导：周建民（镇人大主席）\n包村干部：孙小龙\n县级包联单位：县交通运输局\n',
         [("SUPPORTS", "青江县水利局", "柳树村"), ("SUPPORTS", "青江县交通运输局", "杏林村")]),
    "a list of leaders, a line each (韩某：镇党委副书记、镇长)":
        ("青江县东河镇领导班子成员分工\n韩晓丽：镇党委副书记、镇长\n邹国华：镇党委副书记",
         [("HOLDS_POSITION", "韩晓丽", "东河镇"), ("HOLDS_POSITION", "邹国华", "东河镇")]),
    "a town's party post written with the bare level word (（镇党委副书记）)":
        ("本报讯 青江县东河镇召开会议。包联领导：胡永平（镇党委副书记）", [("HOLDS_POSITION", "胡永平", "东河镇")]),
    "a commission of ethnic and religious affairs written short (民宗委)":
        ("本报讯 州民宗委驻柳树村第一书记文光明说，村里建了茶园。东河镇属黔东南州。",
         [("WORKS_FOR", "文光明", "黔东南苗族侗族自治州民族宗教事务委员会")]),
    "a town's own office written with the bare level word (镇财政所) is the town's":
        ("本报讯 青江县东河镇柳树村今年种茶。作为东河镇柳树村的联络员，镇财政所干部魏东每周至少有3天在村里。"
         "乡村振兴局干部王强说，村里变了。",
         [("WORKS_FOR", "魏东", "东河镇财政所"), ("WORKS_FOR", "王强", "青江县乡村振兴局")]),
    "a village the unit 联点帮扶s (Y村是X局联点帮扶的村)":
        ("本报讯 柳树村是青江县文化和旅游局联点帮扶的村，村里办起了农家乐。", [("SUPPORTS", "青江县文化和旅游局", "柳树村")]),
    "a unit the sentence is about pairs with villages (…，与Y村、Z村结成帮扶对子)":
        ("本报讯 县农业农村局作为东河镇的牵头包联单位，与该镇柳树村、杏林村结成帮扶对子。",
         [("SUPPORTS", "县农业农村局", "柳树村"), ("SUPPORTS", "县农业农村局", "杏林村")]),
    "a village that is the station of a unit's work team (X厅驻村工作队的驻点村)":
        ("本报讯 柳树村是自治区交通运输厅“访惠聚”驻村工作队的驻点村。东河镇属伽师县。",
         [("SUPPORTS", "新疆维吾尔自治区交通运输厅", "柳树村")]),
    "a college for cadres (干部培训学院) is one unit":
        ("本报讯 驻东河镇柳树村第一书记、中国气象局气象干部培训学院干部韩杰介绍，村里建了大棚。",
         [("WORKS_FOR", "韩杰", "中国气象局气象干部培训学院")]),
    "one who takes over a village's posts (接任Y嘎查第一书记、工作队队长)":
        ("本报讯 市审计局选派干部韩宏伟接任巴彦嘎查驻村第一书记、工作队队长。",
         [("FIRST_SECRETARY_OF", "韩宏伟", "巴彦嘎查"), ("HOLDS_POSITION", "韩宏伟", "巴彦嘎查")]),
    "a village's post taken over by someone (Y村的第一书记岗位，由Z接任)":
        ("本报讯 东河镇柳树村的第一书记岗位，由市审计局干部何立军接任。", [("FIRST_SECRETARY_OF", "何立军", "柳树村")]),
    "the successor of him who held the village's post (接替他担任Y村第一书记的是Z)":
        ("本报讯 今年5月，廖文海任期届满，接替他担任柳树村第一书记的是省农信社青年干部曾晓东。",
         [("FIRST_SECRETARY_OF", "曾晓东", "柳树村")]),
    "a civil-service grade before a title (一级主任科员)":
        ("本报讯 柳树村第一书记孟凡东是省商务厅的一级主任科员。", [("HOLDS_POSITION", "孟凡东", "省商务厅")]),
    "the leader of a unit's team stationed in the village in focus (X局驻嘎查工作队队长)":
        ("本报讯 在东河苏木巴彦嘎查，市统计局驻嘎查工作队队长、第一书记巴图孟和带着工作队员走访。",
         [("HOLDS_POSITION", "巴图孟和", "巴彦嘎查"), ("WORKS_FOR", "巴图孟和", "市统计局")]),
    "a table whose head says it is a roster, its cells apart from the names in them":
        ("青江县驻村工作队派驻安排表\n现将派驻安排公布如下：\n\n序号\t乡镇\t村（社区）\t派驻单位\t第一书记\t工作队员（所在单位）\n"
         "1\t东河镇\t柳树村\t青江县水利局\t韩立文\t刘明远（青江县水利局）\n2\t西河镇\t杏林村\t青江县教育局\t梁晓海\t田雨（县教育局）\n",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("SUPPORTS", "青江县水利局", "柳树村"),
          ("FIRST_SECRETARY_OF", "梁晓海", "杏林村"), ("WORKS_FOR", "梁晓海", "青江县教育局")]),
    "a list of villages and their first secretaries (Y村：王某（X局）)":
        ("本报讯 青江县公布帮扶安排。\n驻村第一书记：\n柳树村：韩立文（甘肃省水利厅）\n杏林村：赵晓梅（县教育局）\n",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("WORKS_FOR", "韩立文", "甘肃省水利厅"),
          ("FIRST_SECRETARY_OF", "赵晓梅", "杏林村")]),
    "a role after the posts before the name (X镇副镇长、包村干部Z)":
        ("本报讯 东河镇副镇长、包村干部韩敏说，村里变了。", [("HOLDS_POSITION", "韩敏", "东河镇")]),
    "the head of the village's women's federation (村妇联主席, 嘎查妇联主席)":
        ("本报讯 在东河镇柳树村。村妇联主席蔡秀芝带着留守妇女学起了手工炒茶。", [("HOLDS_POSITION", "蔡秀芝", "柳树村")]),
    "in the village, a team the unit's cadres form (在Y村，X大学选派的3名干部组成驻村工作队)":
        ("本报讯 在东河镇柳树村，青江大学选派的3名干部组成驻村工作队，2024年初进驻该村。", [("SUPPORTS", "青江大学", "柳树村")]),
    "the head of a group named again after its village's chain (Y组组长、微网格员)":
        ("本报讯 青江县东河镇柳树村大坪组的油茶林里，村民们正忙着除草。大坪组组长、微网格员何秀芝就是其中一员。"
         "走进融水县安太乡洞寨村平卯屯。平卯屯屯长梁天海说，今年屯里的稻田鱼卖得好。",
         [("HOLDS_POSITION", "何秀芝", "大坪组"), ("HOLDS_POSITION", "梁天海", "平卯屯")]),
    "a village joined to a company by 与 after 村里 is no part of its name":
        ("本报讯 东河镇柳树村位于山区。在他的推动下，村里与青江县绿源果业有限公司签订村企共建协议。",
         [("SUPPORTS", "青江县绿源果业有限公司", "柳树村")]),
    "a league's administrative office written short (盟行署办公室)":
        ("本报讯 盟行署办公室派驻双合村第一书记高志明介绍，养殖小区建成了。科尔沁右翼前旗属兴安盟。",
         [("WORKS_FOR", "高志明", "兴安盟行政公署办公室")]),
    "a member with a second role before the name (X局干部、驻村工作队员Z)":
        ("本报讯 和韩宇一起驻村的，还有青江县林业局干部、驻村工作队员范立军。", [("WORKS_FOR", "范立军", "青江县林业局")]),
    "the unit where the person sent has worked for years sends them (在X局工作了N年的Z被选派到Y村)":
        ("本报讯 2021年6月，在青江县林业局工作了十二年的韩立文，被单位选派到东河镇柳沟村担任驻村第一书记。",
         [("SUPPORTS", "青江县林业局", "柳沟村"), ("FIRST_SECRETARY_OF", "韩立文", "柳沟村"),
          ("WORKS_FOR", "韩立文", "青江县林业局")]),
    "who took over, named as the predecessor's colleague (接替他担任Y村第一书记的，是他在X局的同事Z)":
        ("本报讯 东河镇柳沟村第一书记韩立文任期届满。接替他担任柳沟村第一书记的，是他在青江市交通运输局的同事刘欣。",
         [("FIRST_SECRETARY_OF", "刘欣", "柳沟村")]),
    "a first secretary promoted at the end of the term (Z任期届满，被提拔为X镇党委副书记)":
        ("本报讯 2022年，刘振华任期届满，经组织考察，被提拔为东河镇党委副书记。",
         [("HOLDS_POSITION", "刘振华", "东河镇")]),
    "units listed, then the community in focus they pair with (A局、B局等12家县直单位与社区结对帮扶)":
        ("本报讯 东河街道锦绣社区是全县最大的安置社区。县卫生健康局、县城市管理局等12家县直单位与社区结对帮扶。",
         [("SUPPORTS", "县卫生健康局", "锦绣社区"), ("SUPPORTS", "县城市管理局", "锦绣社区")]),
    "units listed with their count before the place they pair with (A局、B局等12家县直单位与Y社区结对帮扶)":
        ("本报讯 县卫生健康局、县城市管理局等12家县直单位与东河街道锦绣社区结对帮扶。",
         [("SUPPORTS", "县卫生健康局", "锦绣社区"), ("SUPPORTS", "县城市管理局", "锦绣社区")]),
    "the one after whom the first secretary came (继Z之后，Y成为该村第三任第一书记)":
        ("本报讯 东河镇柳沟村是青江县水利局的帮扶村。继刘明之后，韩立文成为该村第三任第一书记。",
         [("FIRST_SECRETARY_OF", "刘明", "柳沟村")]),
    "the one whose term ended before another took over (Z任期届满后，Y接任第一书记)":
        ("本报讯 东河镇柳沟村是青江县水利局的帮扶村，第一书记换了三任。刘明任期届满后，韩立文接任第一书记。",
         [("FIRST_SECRETARY_OF", "刘明", "柳沟村"), ("FIRST_SECRETARY_OF", "韩立文", "柳沟村")]),
    "the one from whose hands the first secretary took over (从Z手中接过接力棒)":
        ("本报讯 东河镇柳沟村第一书记韩立文说起了往事。2021年，韩立文从刘明手中接过接力棒。",
         [("FIRST_SECRETARY_OF", "刘明", "柳沟村")]),
    "successive first secretaries listed (先后选派A、B、C担任该村第一书记)":
        ("本报讯 东河镇柳沟村是青江县水利局的帮扶村。几年来，该局先后选派刘明、王强、韩立文担任该村第一书记。",
         [("FIRST_SECRETARY_OF", "刘明", "柳沟村"), ("FIRST_SECRETARY_OF", "王强", "柳沟村")]),
    "successive first secretaries counted (先后有A、B、C三任第一书记在这里驻村)":
        ("本报讯 东河镇柳沟村是青江县水利局的帮扶村。先后有刘明、王强、韩立文三任第一书记在这里驻村。",
         [("FIRST_SECRETARY_OF", "刘明", "柳沟村"), ("FIRST_SECRETARY_OF", "王强", "柳沟村")]),
    "a programme's name between the unit and 驻 (X大学“访惠聚”驻Y村工作队)":
        ("本报讯 入冬以来，青江农业大学“访惠聚”驻青山县东河乡柳沟村工作队组织村民开展培训。",
         [("SUPPORTS", "青江农业大学", "柳沟村")]),
    "the school in focus, a programme's name, then 驻 (学校“访惠聚”驻Y村工作队)":
        ("本报讯 青江农业大学召开帮扶工作会议。入冬以来，学校“访惠聚”驻青山县东河乡柳沟村工作队组织村民开展培训。",
         [("SUPPORTS", "青江农业大学", "柳沟村")]),
    "the academy of the institute in focus (X院Y研究所…，也是该院派驻Z村的…)":
        ("本报讯 韩立文是青江省农业科学院水稻研究所的副研究员，也是该院派驻柳沟村的第三批驻村工作队队长兼第一书记。",
         [("SUPPORTS", "青江省农业科学院", "柳沟村")]),
    "a leader and members, then the units each comes from (队长A和队员B、C，分别来自X、Y和Z)":
        ("本报讯 柳沟村现任工作队由3人组成，队长、第一书记韩立文和队员刘欣、王芳，分别来自省体育局、青江市体育运动学校和"
         "青山县文化广播电视和旅游局。", [("WORKS_FOR", "韩立文", "省体育局"), ("WORKS_FOR", "刘欣", "青江市体育运动学校")]),
    "successive first secretaries, each with an ordinal (A、B分别担任第二任、第三任第一书记)":
        ("本报讯 东河镇柳沟村是省气象局的帮扶村。2017年起，省气象局又先后选派刘明、王强分别担任第二任、第三任第一书记。",
         [("FIRST_SECRETARY_OF", "刘明", "柳沟村"), ("FIRST_SECRETARY_OF", "王强", "柳沟村")]),
    "the hospital in focus named 院 by its party committee (院党委与Y村党支部签订结对共建协议)":
        ("本报讯 青江县人民医院定点帮扶东河乡。此外，院党委与东河乡柳沟村党支部签订结对共建协议。",
         [("SUPPORTS", "青江县人民医院", "柳沟村")]),
    "two people introduced by name, then the unit both belong to (他们一个叫A，一个叫B，都是X局的干部)":
        ("本报讯 他们一个叫韩立文，一个叫刘欣，都是青江省林业局的干部，也是一对老搭档。",
         [("WORKS_FOR", "韩立文", "青江省林业局"), ("WORKS_FOR", "刘欣", "青江省林业局")]),
    "the unit of one who comes from it and a role sends them (来自X局的90后干部Z被选派到Y村)":
        ("本报讯 来自青江市农业农村局的90后干部韩丽被选派到东河镇柳沟村担任第一书记。",
         [("SUPPORTS", "青江市农业农村局", "柳沟村")]),
    "a unit sends first secretaries to villages listed, after a clause (X局定点帮扶Y县，先后向A村、B村选派第一书记)":
        ("本报讯 自2015年以来，甘肃省统计局定点帮扶青山县，先后向东河镇柳沟村、石桥村选派第一书记和驻村工作队员19人次。",
         [("SUPPORTS", "甘肃省统计局", "柳沟村"), ("SUPPORTS", "甘肃省统计局", "石桥村")]),
    "the school in focus after 是 sends someone (Z是学校选派到Y县挂职的干部)":
        ("本报讯 青江农业大学召开定点帮扶推进会。韩立文是学校选派到青山县挂职的干部，目前包联东河镇。",
         [("WORKS_FOR", "韩立文", "青江农业大学")]),
    "our commission is the page's publisher (我委派驻Y村)":
        ("我委赴青山县调研驻村帮扶工作\n来源：机关党委\n\n2021年起，我委派驻东河镇桃林村开展驻村帮扶。\n\n"
         "青江省发展和改革委员会　版权所有", [("SUPPORTS", "青江省发展和改革委员会", "桃林村")]),
    "a department of our school (我校X学院党委副书记Z)":
        ("青江农业大学新闻网\n本报讯 东河镇柳沟村第一书记、驻村工作队队长由我校资源与环境学院党委副书记吕文涛担任。",
         [("HOLDS_POSITION", "吕文涛", "青江农业大学资源与环境学院")]),
    "a leader and a member named, then both from a unit (A和队员B两人都是X厅的85后干部)":
        ("本报讯 2023年5月，王强期满回厅，韩立文接过了接力棒。韩立文和队员刘欣两人都是青江省交通运输厅的85后干部，在厅里就是同事。",
         [("WORKS_FOR", "韩立文", "青江省交通运输厅"), ("WORKS_FOR", "刘欣", "青江省交通运输厅")]),
    "successive first secretaries listed after a colon (先后迎来了四任第一书记：A局的甲、B局的乙…)":
        ("本报讯 东河镇柳沟村是青江县水利局的帮扶村。从2015年到现在，柳沟村先后迎来了三任第一书记：青山县人民检察院的韩立文、"
         "青江市自然资源和规划局的刘欣、县水利局的王强。", [("FIRST_SECRETARY_OF", "韩立文", "柳沟村"),
                                                             ("FIRST_SECRETARY_OF", "刘欣", "柳沟村")]),
    "the one whose burden the first secretary took over (接过了Z的担子)":
        ("本报讯 东河镇柳沟村第一书记刘欣说起往事。2018年，刘欣接过了王强的担子。",
         [("FIRST_SECRETARY_OF", "王强", "柳沟村")]),
    "who came to a village and became its first secretary here (来到Y村，成为这里的首任第一书记)":
        ("本报讯 那年春天，市交通运输局综合科科长韩立文来到柳沟村，成为这里的首任第一书记。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳沟村")]),
    "a unit's cadre who 包村 (X局包村干部Z)":
        ("本报讯 青山县住建局是该镇柳沟村的包村单位。青山县住建局包村干部韩立文介绍，他们改造危房11户。",
         [("WORKS_FOR", "韩立文", "青山县住房和城乡建设局")]),
    "a unit's own named after it (一名是X局的Z)":
        ("本报讯 工作队另外两名队员，一名是青江县统计局的韩立文，一名是东河镇政府的刘欣。",
         [("WORKS_FOR", "韩立文", "青江县统计局"), ("WORKS_FOR", "刘欣", "东河镇政府")]),
    "a member with a second role at a named village (X局干部、Y村驻村工作队员Z)":
        ("本报讯 青江县水利局职工、柳沟村驻村工作队员韩立文说，水池修好了。", [("WORKS_FOR", "韩立文", "青江县水利局")]),
    "a roster's post column: first secretary and team leader (第一书记、队长)":
        ("本报讯 青江县2024年新选派驻村第一书记和工作队员名单公示\n序号  乡镇  村  姓名  派出单位  驻村职务\n"
         "1  东河镇  柳树村  韩建斌  青江县水利局  第一书记、队长\n2  东河镇  柳树村  李晓燕  青江县水利局  队员\n",
         [("FIRST_SECRETARY_OF", "韩建斌", "柳树村"), ("HOLDS_POSITION", "韩建斌", "柳树村")]),
    "a village's support unit at a level (X局是Y村的县级帮扶单位)":
        ("本报讯 县住建局是柳树村的县级帮扶单位，这些年帮着村里完成了危房改造。", [("SUPPORTS", "县住房和城乡建设局", "柳树村")]),
    "a Tibetan name of two elements the tagger misses (次仁 + 曲扎)":
        ("本报讯 东河镇党委书记次仁曲扎担任一级网格长，各村党支部书记担任二级网格长。",
         [("HOLDS_POSITION", "次仁曲扎", "东河镇")]),
    "a member of a unit who is also a member of a village's team (X院职工、Y村驻村工作队队员)":
        ("本报讯 韩立文系县人民医院职工、柳沟村驻村工作队队员，多次请人代为打卡。",
         [("WORKS_FOR", "韩立文", "县人民医院")]),
    "a unit sends a 乡村振兴指导员 (Fujian's first secretary) to a village":
        ("本报讯 在东河镇，青江市工业和信息化局派驻柳沟村的乡村振兴指导员韩立文，把电商直播间搭进了老祠堂。",
         [("SUPPORTS", "青江市工业和信息化局", "柳沟村"), ("HOLDS_POSITION", "韩立文", "柳沟村")]),
    "a unit sends a 驻村指导员 to a village":
        ("本报讯 在东河镇，青江市工业和信息化局派驻柳沟村的驻村指导员韩立文，把电商直播间搭进了老祠堂。",
         [("SUPPORTS", "青江市工业和信息化局", "柳沟村"), ("HOLDS_POSITION", "韩立文", "柳沟村")]),
    "a deputy head of an autonomous prefecture (副州长)":
        ("本报讯 甘南州委常委、副州长扎西多杰陪同调研。", [("HOLDS_POSITION", "扎西多杰", "甘南藏族自治州")]),
    "a bare 县 is the county that holds the article's towns, when only a partner district is named":
        ("本报讯 宁波市海曙区党政代表团来考察山海协作工作。海曙区委副书记、区长周文斌，县委副书记、县长韩小华等参加座谈。"
         "海曙区古林镇与景宁英川镇结成“镇镇结对”，景宁东坑镇的茶园也来了客商。",
         [("HOLDS_POSITION", "韩小华", "景宁畲族自治县")]),
    "the one who takes over a village's post (接任Y村第一书记的X局干部Z)":
        ("本报讯 青江县林业局帮扶长兴村多年。接任长兴村第一书记的该局干部刘宇东表示，将接好接力棒。",
         [("FIRST_SECRETARY_OF", "刘宇东", "长兴村")]),
    "a banner's committee written with the level word twice (科右中旗旗委)":
        ("本报讯 今年9月，科右中旗旗委副书记、旗长巴特尔到红星嘎查调研。", [("HOLDS_POSITION", "巴特尔", "科尔沁右翼中旗委")]),
    "a village's support units counted before they are named (帮扶单位有两家：A和B)":
        ("本报讯 在东河镇，柳树村的帮扶单位有两家：青江县水利局和青江县林业局。",
         [("SUPPORTS", "青江县水利局", "柳树村"), ("SUPPORTS", "青江县林业局", "柳树村")]),
    "a numbered brigade (一〇一地质大队) is one unit":
        ("本报讯 驻村工作队员、一〇五地质大队干部吴小松每天一早就上山。", [("WORKS_FOR", "吴小松", "一〇五地质大队")]),
    "a posting vouches for a name after a role that opens like a word (干部包金海到Y嘎查)":
        ("本报讯 去年3月，旗林草局选派干部包金海到红星嘎查担任驻村第一书记。", [("FIRST_SECRETARY_OF", "包金海", "红星嘎查")]),
    "a verb of support ends the name before it (刀建华挂联X镇)":
        ("本报讯 孟连县委常委、常务副县长刀建华挂联芒信镇。", [("HOLDS_POSITION", "刀建华", "孟连县")]),
    "cadres from several units form a team that goes to a village (来自A、B的N名干部组成工作队，进驻Y村)":
        ("本报讯 今年3月，来自青江县审计局、青江县林业局的5名干部组成驻村工作队，进驻东河镇柳树村。",
         [("SUPPORTS", "青江县审计局", "柳树村"), ("SUPPORTS", "青江县林业局", "柳树村")]),
    "the members of a village's team come from several units (驻Y村工作队的队员分别来自A、B)":
        ("本报讯 驻杏林村工作队的4名队员分别来自南岭县水务局、南岭县统计局和南岭县农商银行。",
         [("SUPPORTS", "南岭县水务局", "杏林村"), ("SUPPORTS", "南岭县统计局", "杏林村")]),
    "a village's team is made of cadres several units sent (Y村工作队由A、B选派的N名干部组成)":
        ("本报讯 石门村驻村工作队由安阳县粮食局和安阳县气象局选派的3名干部组成。",
         [("SUPPORTS", "安阳县粮食局", "石门村"), ("SUPPORTS", "安阳县气象局", "石门村")]),
    "forming a team is no part of the unit's name (X局组建工作队进驻Y村)":
        ("本报讯 南岭县气象局组建乡村振兴工作队进驻东沟乡石门村。", [("SUPPORTS", "南岭县气象局", "石门村")]),
    "forming a team is no part of the unit's name (X局组成工作队进驻Y村)":
        ("本报讯 安阳县统计局组成乡村振兴工作队进驻枣林村。", [("SUPPORTS", "安阳县统计局", "枣林村")]),
    "units form a team, then it goes to the village (A和B组成联合工作组，进驻Y村)":
        ("本报讯 青江县林业局和青江县水利局组成联合帮扶工作组，进驻东河镇柳树村。",
         [("SUPPORTS", "青江县林业局", "柳树村"), ("SUPPORTS", "青江县水利局", "柳树村")]),
    "a post in a unit, then first secretary stationed in a village named in its chain (X局副局长、驻Y镇Z村第一书记)":
        ("本报讯 南岭县统计局副局长、驻东沟乡石门村第一书记韩立文说，村里的路修通了。",
         [("HOLDS_POSITION", "韩立文", "南岭县统计局"), ("FIRST_SECRETARY_OF", "韩立文", "石门村")]),
    "a village supported by several units together (Y村由A局、B局共同帮扶)":
        ("本报讯 东河镇柳树村由青江县林业局、青江县水利局共同帮扶。",
         [("SUPPORTS", "青江县林业局", "柳树村"), ("SUPPORTS", "青江县水利局", "柳树村")]),
    "the first secretary a unit sent to be stationed in a village (X部选派的驻Y村第一书记Z)":
        ("本报讯 青江市委组织部选派的驻东沟乡石门村第一书记韩立文说，村里的路修通了。",
         [("SUPPORTS", "青江市委组织部", "石门村"), ("WORKS_FOR", "韩立文", "青江市委组织部")]),
    "a naming verb between the title and the name is no part of it (第一书记叫Z)":
        ("本报讯 东河镇柳树村的第一书记叫韩立文，来自青江县林业局。", [("WORKS_FOR", "韩立文", "青江县林业局")]),
    "a police officer of a station is its member (X派出所民警Z)":
        ("本报讯 南岭县公安局石门派出所民警贺建国每周到村里坐班。", [("WORKS_FOR", "贺建国", "南岭县公安局石门派出所")]),
    "a village's grid instructor holds a post there (Z是Y村的网格指导员)":
        ("本报讯 南岭县公安局石门派出所民警贺建国是杏林村的网格指导员。", [("HOLDS_POSITION", "贺建国", "杏林村")]),
    "a roster line with the post and the posting but no sex or birth (1. 王某，X局副局长，派驻Y村任第一书记)":
        ("本报讯 现将新一轮驻村第一书记名单公布如下：\n1. 韩立文，南岭县统计局副局长，派驻东沟乡石门村任第一书记；\n"
         "2. 赵晓梅（女），南岭县林业局干部，派驻西河镇杏林村任第一书记。",
         [("HOLDS_POSITION", "韩立文", "南岭县统计局"), ("SUPPORTS", "南岭县统计局", "石门村"),
          ("WORKS_FOR", "赵晓梅", "南岭县林业局"), ("SUPPORTS", "南岭县林业局", "杏林村")]),
    "a villagers' group named after its village (Y村上湾村民小组)":
        ("本报讯 今年在东河镇柳树村上湾村民小组试种的重楼长势很好。", [("LOCATED_IN", "上湾村民小组", "柳树村")]),
    "a supply and marketing federation is a unit (X市供销合作总社)":
        ("本报讯 杏林村第一书记韩立文是青江市供销合作总社选派的。",
         [("SUPPORTS", "青江市供销合作总社", "杏林村"), ("WORKS_FOR", "韩立文", "青江市供销合作总社")]),
    "a bare county committee after a township and 的 is the county's (联系X镇的县委常委)":
        ("本报讯 青山县召开会议。联系东河镇的县委常委、副县长韩立文在会上表示，要抓好产业。",
         [("HOLDS_POSITION", "韩立文", "青山县委")]),
    "a village pairs with a company, written with 跟 (村里跟X公司结成共建对子)":
        ("本报讯 东河镇柳树村位于山区。去年村里跟青江县绿源果业有限公司结成了共建对子。",
         [("SUPPORTS", "青江县绿源果业有限公司", "柳树村")]),
    "the school in focus pairs with a village (学校与Y村签订校村共建协议)":
        ("本报讯 杏林村第一书记韩立文来自南岭农业大学，去年以来，学校与杏林村签订校村共建协议。",
         [("SUPPORTS", "南岭农业大学", "杏林村")]),
    "in the village, the unit's support is already in its years (在Y村，X大学对口帮扶已进入第三个年头)":
        ("本报讯 在东河镇柳树村，青江农业大学对口帮扶已进入第三个年头。", [("SUPPORTS", "青江农业大学", "柳树村")]),
    "a unit's cadre, then the first secretary of a village (X局干部、Y镇Z村第一书记张某)":
        ("本报讯 会上，南岭县水利局干部、东沟乡石门村第一书记韩立文谈了体会。", [("WORKS_FOR", "韩立文", "南岭县水利局")]),
    "the cadres a unit sent (X局选派的干部张某、李某)":
        ("本报讯 青江县财政局选派的干部韩立文、赵晓梅已充实到柳树村工作队。",
         [("WORKS_FOR", "韩立文", "青江县财政局"), ("WORKS_FOR", "赵晓梅", "青江县财政局")]),
    "the leader of the team stationed in a township (驻Y镇乡村振兴工作队队长Z)":
        ("本报讯 驻东河镇乡村振兴工作队队长韩立文介绍，今年引进了两家企业。", [("HOLDS_POSITION", "韩立文", "东河镇")]),
    "a team title, then the person's own unit and role (驻Y镇工作队队长、X局干部Z)":
        ("本报讯 驻东河镇乡村振兴工作队队长、青江市林业局干部韩立文介绍，今年引进了两家企业。",
         [("HOLDS_POSITION", "韩立文", "东河镇"), ("WORKS_FOR", "韩立文", "青江市林业局")]),
    "the head of the cooperative in focus (合作社负责人Z)":
        ("本报讯 村里成立了青江县柳树村茶叶专业合作社。合作社负责人韩立文告诉记者，订单多了。",
         [("HOLDS_POSITION", "韩立文", "青江县柳树村茶叶专业合作社")]),
    "a farmers' cooperative keeps 农民 in its name (X农民专业合作社)":
        ("本报讯 青江县柳树村养牛农民专业合作社理事长韩立文说，牛价稳了。",
         [("HOLDS_POSITION", "韩立文", "青江县柳树村养牛农民专业合作社")]),
    "a first secretary, then his unit and role (Y村驻村第一书记、X局干部Z)":
        ("会上,桃园村驻村第一书记、东平县商务局干部蒋丽娟介绍了村里的变化。", [("FIRST_SECRETARY_OF", "蒋丽娟", "桃园村")]),
    "the first secretary of the village in focus, then his unit and role (驻村第一书记、X局干部Z)":
        ("本报讯 南沟乡榆树村召开党员大会,驻村第一书记、西岭县农机局干部冯雪梅作讲话。", [("FIRST_SECRETARY_OF", "冯雪梅", "榆树村")]),
    "a given name that is a district's short form (李红旗)":
        ("本报讯 东河镇柳树村党支部书记、村委会主任李红旗在会后接受采访时说。", [("HOLDS_POSITION", "李红旗", "柳树村")]),
    "a unit goes on being stationed in a village (X局继续派驻Y村)":
        ("本报讯 今年的轮换中，南岭县统计局选派新的第一书记，南岭县税务局继续派驻东沟乡石门村。",
         [("SUPPORTS", "南岭县税务局", "石门村")]),
    "a team member whose surname the tagger reads as a word (队员向晓燕)":
        ("本报讯 青江县财政局驻柳树村工作队队员向玉梅介绍，工作队引导村民种黄桃。", [("WORKS_FOR", "向玉梅", "青江县财政局")]),
    "once one of a unit's cadres (张某原是X部的一名干部)":
        ("本报讯 韩雅琴原是青江县委宣传部的一名干部，从机关到山村，她一开始也不适应。", [("WORKS_FOR", "韩雅琴", "青江县委宣传部")]),
    "a unit's cadre and a member of the team in the gacha (X局干部、驻嘎查工作队员Z)":
        ("本报讯 青河旗医疗保障局干部、驻嘎查工作队员萨仁每周都要到老人家中。", [("WORKS_FOR", "萨仁", "青河旗医疗保障局")]),
    "a team's members each with their unit in brackets (队员：张某（X局）)":
        ("本报讯 工作队组成如下。队员：韩春梅（青江县自然资源局）、李建新（东河镇人民政府）",
         [("WORKS_FOR", "韩春梅", "青江县自然资源局")]),
    "a Tibetan name of one element after a title (党支部书记旦增说)":
        ("本报讯 东河镇柳树村党支部书记旦增说，工作队来了以后，牧民的心更齐了。", [("HOLDS_POSITION", "旦增", "柳树村")]),
    "a county is a unit's point with no 的 (Y县是X银行定点帮扶县)":
        ("本报讯 青海省海北州门源县是青江银行定点帮扶县。", [("SUPPORTS", "青江银行", "门源县")]),
    "the county head listed after the county committee's secretary (X县委书记A、县长B)":
        ("本报讯 青山县委书记韩立文、县长赵晓梅陪同调研。", [("HOLDS_POSITION", "赵晓梅", "青山县")]),
    "a post taken on secondment (挂职Y县副县长)":
        ("本报讯 青江大学科技处副处长韩立文挂职东河县副县长，分管农业。", [("HOLDS_POSITION", "韩立文", "东河县")]),
    "a post held for some time already (担任Y县副县长已满一年)":
        ("本报讯 韩立文担任东河县副县长已满一年。", [("HOLDS_POSITION", "韩立文", "东河县")]),
    "a unit sends a cadre with a long title to be first secretary (X院选派心血管内科副主任医师Z到Y村担任第一书记)":
        ("本报讯 2023年5月，青江市人民医院选派心血管内科副主任医师韩立文到柳树村担任驻村第一书记。",
         [("SUPPORTS", "青江市人民医院", "柳树村")]),
    "also the village's secretary (Z同时也是Y村党支部书记)":
        ("本报讯 韩立文同时也是柳树村党支部书记，他说村里变了。", [("HOLDS_POSITION", "韩立文", "柳树村")]),
    "sent by a unit's party committee, then made first secretary (张某被X局党委派到Y村任驻村第一书记)":
        ("2016年,郑东平被华阳县住建局党委派到柏树村任驻村第一书记。",
         [("FIRST_SECRETARY_OF", "郑东平", "柏树村"), ("SUPPORTS", "华阳县住房和城乡建设局", "柏树村")]),
    "the hospital in focus also supports a village (医院还联村帮扶Y村)":
        ("本报讯 青江市人民医院今年选派医生到柳树村坐诊。医院还联村帮扶东河镇杏林村，建了养老服务站。",
         [("SUPPORTS", "青江市人民医院", "杏林村")]),
    "in the village, a new team made of one cadre from each unit (在Y村，新组建的工作队由A、B各派1名干部组成)":
        ("本报讯 在东河镇柳树村，新组建的驻村工作队由青江县林业局、青江县水利局各派1名干部组成。",
         [("SUPPORTS", "青江县林业局", "柳树村"), ("SUPPORTS", "青江县水利局", "柳树村")]),
    "a post held for now by someone (Y村第一书记暂由Z兼任)":
        ("本报讯 柳树村第一书记暂由镇组织委员王建国兼任，待县委组织部选派到位后另行通知。",
         [("FIRST_SECRETARY_OF", "王建国", "柳树村")]),
    "likewise from a unit (Z同样来自X局)":
        ("本报讯 队员韩立文同样来自青江县林业局，是该局的一名年轻干部。", [("WORKS_FOR", "韩立文", "青江县林业局")]),
    "a name of one element before 因 (原第一书记宝音因职务调整)":
        ("本报讯 红星嘎查原第一书记宝音因职务调整轮换离岗。", [("FIRST_SECRETARY_OF", "宝音", "红星嘎查")]),
    "units are a town's stationed support units (A局、B局是Y镇的驻镇帮扶单位)":
        ("本报讯 青江市东城区卫生健康局、东城区教育局是东河镇的驻镇帮扶单位。",
         [("SUPPORTS", "青江市东城区卫生健康局", "东河镇"), ("SUPPORTS", "东城区教育局", "东河镇")]),
    "a village two units support together, named after a clause on where it lies (Y村位于Z镇东北部，是A和B共同帮扶的村)":
        ("本报讯 柳树村位于东河镇东北部，是青江市生态环境局和青江县林业局共同帮扶的村。",
         [("SUPPORTS", "青江市生态环境局", "柳树村"), ("SUPPORTS", "青江县林业局", "柳树村")]),
    "a bureau of human resources and social security written short (人力社保局)":
        ("本报讯 青江县人力社保局是柳树村的联村单位。", [("SUPPORTS", "青江县人力资源和社会保障局", "柳树村")]),
    "one who brings a company to the village is no part of its name (牵线X公司与Y村签订协议)":
        ("本报讯 他多次到省城对接，牵线青江文旅发展有限公司与柳树村签订村企共建协议。",
         [("SUPPORTS", "青江文旅发展有限公司", "柳树村")]),
    "a national unit known by its short name (中国华能派驻Y村第一书记Z)":
        ("本报讯 中国华能派驻东河镇柳树村第一书记韩立文说，光伏电站建成了。",
         [("SUPPORTS", "中国华能", "柳树村"), ("WORKS_FOR", "韩立文", "中国华能")]),
    "a bare provincial unit in an article about a county is its province's, not a partner's named once":
        ("本报讯 通道县坪坦乡茶坪村与广东的企业开展消费帮扶。省民宗委驻茶坪村工作队队长、第一书记韩立文说，茶叶卖得好。",
         [("WORKS_FOR", "韩立文", "湖南省民族宗教事务委员会")]),
    "a secondment held before the name of a unit's cadre (挂职X县副县长的一汽干部Z)":
        ("本报讯 挂职东河县委常委、副县长的一汽干部韩立文说，今年新建了三个车间。", [("HOLDS_POSITION", "韩立文", "东河县")]),
    "a profile that opens with name, sex and nation":
        ("本报讯 贺春燕,女,土家族,1988年出生,现任青江县审计局副局长。2022年,她被选派到梧桐村担任第一书记。",
         [("HOLDS_POSITION", "贺春燕", "青江县审计局"), ("FIRST_SECRETARY_OF", "贺春燕", "梧桐村")]),
    "a pronoun, then 和, then the village (她和Y村党支部书记Z)":
        ("本报讯 她和青石村党支部书记韩立文一起商量，办起了合作社。", [("HOLDS_POSITION", "韩立文", "青石村")]),
    "a plural pronoun, then 和, then the village (他们和Y村党支部书记Z)":
        ("本报讯 队员们和青石村党支部书记韩立文一起入户。", [("HOLDS_POSITION", "韩立文", "青石村")]),
    "seconded to a township named before the verb (曾在X县Y镇挂职副镇长)":
        ("本报讯 在东河镇柳树村，韩立文正带着队员入户。2019年，他曾在南岭县石门镇挂职副镇长，负责招商。",
         [("HOLDS_POSITION", "韩立文", "石门镇")]),
    "a township the nation has only one of settles its county's short form (阿旗 + 霍尔奇镇 -> 阿荣旗)":
        ("本报讯 在阿旗，旗水利局与霍尔奇镇柳树村结成帮扶对子，修了两条渠。", [("SUPPORTS", "阿荣旗水利局", "柳树村")]),
    "a unit and a village set up a support relation (X局与Y村建立联村帮扶关系)":
        ("本报讯 青江县林业局与东河镇柳树村建立联村帮扶关系后，组织技术人员修剪果树。",
         [("SUPPORTS", "青江县林业局", "柳树村")]),
    "a unit supports and keeps in touch with a village (X局包村联系Y村)":
        ("本报讯 在东河镇，青江县统计局包村联系柳树村，帮助村里建起了培训室。", [("SUPPORTS", "青江县统计局", "柳树村")]),
    "the city's urban management bureau, in a county's article (市城管局 -> 上饶市城市管理局)":
        ("本报讯 婺源县召开会议。市城管局驻柳树村第一书记韩立文到村后，推动结对共建。",
         [("WORKS_FOR", "韩立文", "上饶市城市管理局")]),
    "a township, then its village whose name opens like a word with the suffix (X乡下湾村: not 乡下)":
        ("本报讯 在岢岚县，交接中的还有阳坪乡下湾村。", [("LOCATED_IN", "下湾村", "阳坪乡")]),
    "a member of the unit's work team, no village named (X局驻村工作队员Z)":
        ("本报讯 青江县审计局驻村工作队员韩立文说，村里变化大。", [("WORKS_FOR", "韩立文", "青江县审计局")]),
    "a member of the unit's work team, written in full (X局驻村工作队队员Z)":
        ("本报讯 青江县审计局驻村工作队队员韩立文说，村里变化大。", [("WORKS_FOR", "韩立文", "青江县审计局")]),
    "the unit's former first secretary of the village (X局原驻Y村第一书记Z)":
        ("本报讯 在青江县东河镇柳树村，青江市医疗保障局原驻柳树村第一书记韩立文带着新任第一书记赵晓梅走进产业基地。",
         [("WORKS_FOR", "韩立文", "青江市医疗保障局"), ("SUPPORTS", "青江市医疗保障局", "柳树村")]),
    "newly appointed, between the township and its post (Y镇新任党委书记Z)":
        ("本报讯 东河镇新任党委书记韩立文到柳树村调研。", [("HOLDS_POSITION", "韩立文", "东河镇")]),
    "newly appointed, between the village and its post (Y村新任党支部书记Z)":
        ("本报讯 柳树村新任党支部书记韩立文说，村里要发展。", [("HOLDS_POSITION", "韩立文", "柳树村")]),
    "newly appointed leader of the unit's work team (X院驻Y村工作队新任队长Z)":
        ("本报讯 青江县人民医院驻柳树村工作队新任队长韩立文到村第一天就入户。",
         [("HOLDS_POSITION", "韩立文", "柳树村"), ("WORKS_FOR", "韩立文", "青江县人民医院")]),
    "the village's paired firm (Y村的结对帮扶企业是X公司)":
        ("本报讯 柳树村的结对帮扶企业是青江县山珍食用菌有限公司。", [("SUPPORTS", "青江县山珍食用菌有限公司", "柳树村")]),
    "the county party committee's office, abbreviated (县委办 -> X县委办公室)":
        ("本报讯 青江县召开会议。县委办、县财政局分别包联东河镇柳树村、杏林村。", [("SUPPORTS", "青江县委办公室", "柳树村")]),
    "the subject's second post, after a comma (Z是X派到Y村的第一书记，也是驻村工作队队长)":
        ("本报讯 韩立文是省交通运输厅派到东河镇柳树村的第一书记，也是驻村工作队队长。",
         [("HOLDS_POSITION", "韩立文", "柳树村")]),
    "a bare 副县长 is of the county the article is about, not of one named in passing":
        ("本报讯 近日，青江县召开乡村振兴推进会，青江县各乡镇负责人参会。第一书记韩立文曾在南岭县挂职两年。"
         "县委常委、副县长赵晓梅主持会议。", [("HOLDS_POSITION", "赵晓梅", "青江县")]),
    "a village pairs with a list of units (Y村与A局、B局结对共建)":
        ("本报讯 柳树村与青江县司法局、青江县税务局开展结对共建，律师每月到村坐班。",
         [("SUPPORTS", "青江县司法局", "柳树村"), ("SUPPORTS", "青江县税务局", "柳树村")]),
    "a sentence opens with the bare level word of the place in focus (社区还与X局开展结对共建)":
        ("本报讯 红星社区位于青江县东河镇。社区还与青江县司法局、青江县税务局开展结对共建，律师每月到社区坐班。",
         [("SUPPORTS", "青江县税务局", "红星社区")]),
    "a name spaced out after a surname that is also a function word (主任于 春山说)":
        ("本报讯 柳树村党支部书记、村委会主任于 春山说，工作队帮村里引进了项目。", [("HOLDS_POSITION", "于春山", "柳树村")]),
    "a spaced-out name of three that ends in 刚 (董事长韩 志刚说)":
        ("本报讯 青江县鑫原牧业有限公司董事长韩 志刚说，公司统一提供牛犊。",
         [("HOLDS_POSITION", "韩志刚", "青江县鑫原牧业有限公司")]),
    "a spaced-out name, then 汇报 (党委书记武 建军汇报了…)":
        ("本报讯 会上，东河镇党委书记武 建军汇报了全镇驻村帮扶情况。", [("HOLDS_POSITION", "武建军", "东河镇")]),
    "a list of people, each a name, a wide space and the post (韩某　X局驻Y村第一书记)":
        ("青江县表彰驻村帮扶先进\n\n近日，青江县委、县政府决定表彰一批驻村帮扶先进个人。\n\n二、优秀驻村第一书记（2名）\n"
         "韩立文　县财政局驻东河镇柳树村第一书记\n赵晓梅　县水务局驻西河镇杏林村第一书记\n\n"
         "三、先进个人（1名）\n王海　东河镇党委副书记\n\n希望受表彰的个人珍惜荣誉。\n",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "赵晓梅", "杏林村"),
          ("HOLDS_POSITION", "王海", "东河镇")]),
    "a table of town, village, unit and first secretary, with a note at the end of each row":
        ("岢岚县召开驻村帮扶调度会\n\n7月9日，岢岚县召开驻村帮扶工作调度会。\n\n部分工作队调度情况如下：\n"
         "乡（镇）\t村\t包联单位\t第一书记\t主要工作\n阳坪乡\t柳树村\t县水利局\t韩立文\t新修淤地坝1座，烘干车间投产\n"
         "温泉乡\t杏林村\t县交通运输局\t赵晓梅\t硬化道路4.5公里\n\n会议要求各工作队抓好落实。\n",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("SUPPORTS", "岢岚县水利局", "柳树村"),
          ("FIRST_SECRETARY_OF", "赵晓梅", "杏林村")]),
    "the village's unit changed (Y村原包联单位已撤并，改由X局包联)":
        ("本报讯 （二）东河镇柳树村原包联单位已撤并，改由县医疗保障局包联。", [("SUPPORTS", "县医疗保障局", "柳树村")]),
    "a unit sends a titled cadre straight to the post (X院选派主治医师Z任Y村第一书记)":
        ("本报讯 青江县人民医院选派内科主治医师韩雪梅任柳树村第一书记，她带着血压计进村。",
         [("SUPPORTS", "青江县人民医院", "柳树村")]),
    "a unit sends a cadre, a comma, then the post (X公司派出员工Z，任Y村第一书记)":
        ("本报讯 青江供电公司派出员工韩立文，任东河乡柳树村第一书记。", [("SUPPORTS", "青江供电公司", "柳树村")]),
    "villages respectively paired with firms (A村和B村分别与X公司、Y公司结成帮扶对子)":
        ("本报讯 东河镇柳树村和西河镇杏林村分别与青江县华美制品有限公司、青江县丰源面业有限公司结成帮扶对子。",
         [("SUPPORTS", "青江县华美制品有限公司", "柳树村"), ("SUPPORTS", "青江县丰源面业有限公司", "杏林村")]),
    "a company named with its province and a township keeps its whole registered name":
        ("本报讯 吉林省鹤乡米业有限公司与东河镇柳树村签订了村企共建协议。", [("SUPPORTS", "吉林省鹤乡米业有限公司", "柳树村")]),
    "following along with the village's secretary (跟着Y村党总支书记Z)":
        ("本报讯 他到村后，跟着色拉沟村党总支书记韩立文把全村走了一遍。", [("HOLDS_POSITION", "韩立文", "色拉沟村")]),
    "carrying the village's name along (带着Y村的…)":
        ("本报讯 他带着色拉沟村党总支书记韩立文的嘱托回到县城。", [("HOLDS_POSITION", "韩立文", "色拉沟村")]),
    "a name, an adverb, then 和 and the village (郝某就和Y村党支部书记Z)":
        ("本报讯 到村第一个月，赵晓梅就和石门沟村党支部书记韩立文一起走访。", [("HOLDS_POSITION", "韩立文", "石门沟村")]),
    "the drug administration, abbreviated (省药监局 -> X省药品监督管理局)":
        ("本报讯 山西省药监局驻柳树村第一书记韩立文介绍了情况。", [("SUPPORTS", "山西省药品监督管理局", "柳树村")]),
    "a name of three, then 则 (副镇长李某则表示)":
        ("本报讯 东河镇副镇长、包村干部韩立文则表示，会继续协助工作队。", [("HOLDS_POSITION", "韩立文", "东河镇")]),
    "seconded to a county, a comma, then the posts (曾在X县挂职，任县委常委、副县长)":
        ("本报讯 在青江县柳树村，第一书记韩立文忙着入户。2012年至2014年，他曾在晋中市和顺县挂职，任县委常委、副县长。",
         [("HOLDS_POSITION", "韩立文", "和顺县")]),
    "in the village, the unit has already supported it for years (在Y村，X公司已经结对帮扶了8年)":
        ("本报讯 在青江县东河乡柳树村，青江县供电公司已经结对帮扶了整整8年。", [("SUPPORTS", "青江县供电公司", "柳树村")]),
    "a team member who is an employee of the unit in focus (工作队员、分行员工Z)":
        ("本报讯 青江银行东河分行派驻柳树村工作队。工作队员、分行员工韩立文则把村里的小米上架到了银行的线上商城。",
         [("WORKS_FOR", "韩立文", "青江银行东河分行")]),
    "units listed, then how many, then the pairing (A局、B院等6家单位与Y社区签订党建共建协议)":
        ("本报讯 今年3月，市税务局、国网凌源市供电公司、凌源市中心医院等6家单位与兴华社区签订党建共建协议。",
         [("SUPPORTS", "凌源市税务局", "兴华社区"), ("SUPPORTS", "凌源市中心医院", "兴华社区")]),
    "the posts first, then whose they are (作为Y村第一书记、驻村工作队队长，Z…)":
        ("本报讯 作为柳树村第一书记、驻村工作队队长，韩立文还推动村里实行网格化管理。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("HOLDS_POSITION", "韩立文", "柳树村")]),
    "the city's intermediate court, abbreviated (市中院 -> X市中级人民法院)":
        ("本报讯 十堰市召开会议。市中院派驻柳树村第一书记韩立文在村里推行培训。",
         [("WORKS_FOR", "韩立文", "十堰市中级人民法院")]),
    "Zhejiang's rural work instructor, sent by a unit (X局派驻Y村的农村工作指导员Z)":
        ("本报讯 青江县财政局派驻柳树村的农村工作指导员韩立文，和村干部一起谋划了光伏项目。",
         [("HOLDS_POSITION", "韩立文", "柳树村"), ("SUPPORTS", "青江县财政局", "柳树村")]),
    "a rural work instructor a unit sends, no 的 between (X局派驻Y村农村工作指导员Z)":
        ("本报讯 南岭县统计局派驻柳河镇杏林村农村工作指导员韩东走访农户。", [("WORKS_FOR", "韩东", "南岭县统计局")]),
    "units counted after their list (Y村是A局、B局和C行三家单位共同挂联的村)":
        ("本报讯 石门村是威宁县审计局、威宁县财政局和中国农业银行威宁县支行三家单位共同挂联的村。",
         [("SUPPORTS", "威宁彝族回族苗族自治县财政局", "石门村"), ("SUPPORTS", "中国农业银行威宁县支行", "石门村")]),
    "a member the unit sent, a date between (Z是X局2021年派驻Y村的干部)":
        ("本报讯 韩立文是平遥县财政局2021年8月派驻石门村的干部，到村后跑遍了全村。", [("WORKS_FOR", "韩立文", "平遥县财政局")]),
    "the sending unit of the village headed above (一、Y镇Z村 / 派出单位：X局)":
        ("平遥县驻村第一书记到岗情况公示\n一、东河镇柳树村\n　　派出单位：平遥县财政局\n　　第一书记：韩立文\n"
         "二、东河镇杏林村\n　　派出单位：平遥县人民医院\n　　第一书记：赵晓梅\n",
         [("SUPPORTS", "平遥县财政局", "柳树村"), ("SUPPORTS", "平遥县人民医院", "杏林村")]),
    "a supported village, since when between (Y村是X厅2021年以来的结对帮扶村)":
        ("本报讯 柳树村是青海省人社厅2021年以来的结对帮扶村。", [("SUPPORTS", "青海省人力资源和社会保障厅", "柳树村")]),
    "the village's sender changed, both kept (Y村由原来的A局派驻调整为B院派驻)":
        ("本报讯 在东河镇，柳树村由原来的平遥县农业农村局派驻调整为平遥县人民检察院派驻。",
         [("SUPPORTS", "平遥县农业农村局", "柳树村"), ("SUPPORTS", "平遥县人民检察院", "柳树村")]),
    "the village's paired unit changed, both kept (Y村的包联单位则由A局调整为B局)":
        ("本报讯 东河镇柳树村的包联单位则由平遥县统计局调整为平遥县审计局，县统计局转为包联其他村。",
         [("SUPPORTS", "平遥县统计局", "柳树村"), ("SUPPORTS", "平遥县审计局", "柳树村")]),
    "this time paired by a unit, after a clause (Y嘎查此前没有包联单位，此次由X局包联)":
        ("本报讯 东河苏木柳树嘎查此前没有旗直包联单位，此次由旗林业和草原局包联。", [("SUPPORTS", "旗林业和草原局", "柳树嘎查")]),
    "a village units pair with as a group (Y村由A院、B院组团结对)":
        ("本报讯 今年，柳树村由平遥县人民医院、晋中市农业科学院组团结对。",
         [("SUPPORTS", "平遥县人民医院", "柳树村"), ("SUPPORTS", "晋中市农业科学院", "柳树村")]),
    "the successor of a recalled secretary (…期满轮换，接任的是X局干部Z)":
        ("本报讯 晋中市林业局帮扶东河镇柳树村，原由市林业局派驻的第一书记谭小军期满轮换，接任的是市林业局高级工程师韩立文。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "a village doctor, not a village doctor's 生 opening a name (Y村卫生室乡村医生Z)":
        ("本报讯 在柳树村，县人民医院每月开展一次义诊，柳树村卫生室乡村医生韩立芬也跟着学到了不少新技术。",
         [("HOLDS_POSITION", "韩立芬", "柳树村卫生室")]),
    "a village's label, then its first secretary and the unit that sent him (Y村：第一书记Z（X局派驻）)":
        ("本报讯 东河镇柳树村：第一书记韩立文（平遥县审计局派驻）带领工作队试种高粱。", [("SUPPORTS", "平遥县审计局", "柳树村")]),
    "a first secretary with a second post, the cadre a unit sent (Y村第一书记、队长Z是X局选派的干部)":
        ("本报讯 现任柳树村第一书记、驻村工作队队长韩立文是旗统计局选派的干部，他和支行的客户经理一起入户。",
         [("SUPPORTS", "旗统计局", "柳树村")]),
    "teams a unit sent to places listed after 在 (X厅在A村和B村分别派驻了工作队)":
        ("本报讯 江西省生态环境厅在汤湖镇柳树村和草林镇杏林村分别派驻了驻村工作队。",
         [("SUPPORTS", "江西省生态环境厅", "柳树村"), ("SUPPORTS", "江西省生态环境厅", "杏林村")]),
    "a community a company pairs with (Y社区是X公司的结对共建社区)":
        ("本报讯 东河镇柳树社区是国网平遥县供电公司的结对共建社区。", [("SUPPORTS", "国网平遥县供电公司", "柳树社区")]),
    "a village a bureau pairs with (Y村是X局的结对共建村)":
        ("本报讯 东河镇柳树村是平遥县审计局的结对共建村。", [("SUPPORTS", "平遥县审计局", "柳树村")]),
    "a team member the unit sent (X医院派来的队员Z)":
        ("本报讯 平遥县人民医院派来的队员韩立芬是一名内科医生。", [("WORKS_FOR", "韩立芬", "平遥县人民医院")]),
    "a village where it lies, then who supports it (Y村地处Z镇南部山区，由X局牵头帮扶)":
        ("本报讯 柳树村地处东河镇南部山区，由甘肃省地震局牵头帮扶。", [("SUPPORTS", "甘肃省地震局", "柳树村")]),
    "a post taken on secondment ends the unit before it (Z挂任Y县委常委)":
        ("本报讯 省水利厅二级调研员韩立文挂任平遥县委常委、副县长，负责团组日常联络。", [("HOLDS_POSITION", "韩立文", "平遥县委")]),
    "a doctor a hospital sends holds his post there (X医院选派心内科副主任医师Z到Y村)":
        ("本报讯 2021年，平遥县人民医院选派心内科副主任医师韩立文到柳树村担任第一书记。",
         [("HOLDS_POSITION", "韩立文", "平遥县人民医院")]),
    "an engineer a bureau sends holds his post there (X局派出高级工程师Z)":
        ("本报讯 平遥县林业局派出高级工程师韩立文到柳树村担任第一书记。", [("HOLDS_POSITION", "韩立文", "平遥县林业局")]),
    "a border village the unit supports (Y嘎查是X局对口帮扶的边境嘎查)":
        ("本报讯 柳树嘎查是青山市农牧局对口帮扶的边境嘎查。", [("SUPPORTS", "青山市农牧局", "柳树嘎查")]),
    "a poor village the unit supports (Y村是X局帮扶的贫困村)":
        ("本报讯 柳树村是青山市农牧局帮扶的贫困村。", [("SUPPORTS", "青山市农牧局", "柳树村")]),
    "a unit's young cadre (X局的年轻干部Z)":
        ("本报讯 和韩立文一起驻村的，还有青山市市场监管局的年轻干部赵晓梅。",
         [("WORKS_FOR", "赵晓梅", "青山市市场监督管理局")]),
    "one of a unit's young cadres (X局的一名年轻干部Z)":
        ("本报讯 和韩立文一起驻村的，还有青山市审计局的一名年轻干部赵晓梅。", [("WORKS_FOR", "赵晓梅", "青山市审计局")]),
    "a unit of an autonomous county named short, with a bare 县 (县财政局 in 大通县 -> 大通回族土族自治县财政局)":
        ("本报讯 大通县召开会议。县财政局驻柳树村第一书记韩立文介绍了情况。",
         [("WORKS_FOR", "韩立文", "大通回族土族自治县财政局")]),
    "a unit of an autonomous county named short (大通县农业农村局 -> 大通回族土族自治县农业农村局)":
        ("本报讯 大通县农业农村局驻柳树村第一书记韩立文介绍了情况。",
         [("WORKS_FOR", "韩立文", "大通回族土族自治县农业农村局")]),
    "a table of units and the villages they support, a note column often empty, two units in a cell":
        ("青山旗2024年度旗直部门包联嘎查村一览表\n\n现将部分旗直部门包联嘎查村安排公布如下。\n\n"
         "序号\t苏木乡镇\t嘎查村\t包联单位\t备注\n1\t东河镇\t柳树村\t旗财政局\t\n"
         "2\t西河镇\t杏林村\t旗水利局、青山旗供电分公司\t新增共同包联单位\n3\t南山镇\t石门村\t旗审计局\t\n\n"
         "各包联单位要每月至少开展一次入户走访。\n",
         [("SUPPORTS", "青山旗财政局", "柳树村"), ("SUPPORTS", "青山旗供电分公司", "杏林村"),
          ("SUPPORTS", "青山旗审计局", "石门村")]),
    "a table's row with empty cells a page copied as nothing (no first secretary, no note)":
        ("本报讯 青江县2024年驻村帮扶安排\n序号 乡镇 村 帮扶单位 第一书记 备注\n1 东河镇 柳树村 县水利局 韩立文 重点村\n"
         "2 西岭乡 后山村 县交通局\n3 西岭乡 杏林村 县财政局 重点村",
         [("SUPPORTS", "青江县交通局", "后山村"), ("SUPPORTS", "青江县财政局", "杏林村")]),
    "a notice's list: two units, a dash, the village (A局、B局——Y镇Z村)":
        ("青江县驻村结对帮扶安排\n\n现将县直单位结对帮扶村名单公布如下：\n1. 县财政局——东河镇柳树村\n"
         "2. 县人民法院、县司法局——西河镇杏林村\n\n各单位要落实责任。\n",
         [("SUPPORTS", "青江县人民法院", "杏林村"), ("SUPPORTS", "青江县司法局", "杏林村")]),
    "a notice's list under a heading that names the arrangement (一、调整后的包联安排 / （一）X局：Y镇Z村)":
        ("青江县关于调整县直部门包联村的通知\n\n各镇人民政府：\n\n一、调整后的包联安排\n（一）县财政局：东河镇柳树村\n"
         "（二）县水利局：西河镇杏林村、石门村\n\n二、工作要求\n各包联单位要落实责任。\n",
         [("SUPPORTS", "青江县财政局", "柳树村"), ("SUPPORTS", "青江县水利局", "石门村")]),
    "a village named after its cairn (X敖包村), though 包村 is also a verb of support":
        ("本报讯 在东河镇乌兰敖包村，青江县水利局已连续三年开展帮扶。", [("LOCATED_IN", "乌兰敖包村", "东河镇")]),
    "in the village, the unit has supported it for years running (在Y村，X已连续五年开展定点帮扶)":
        ("本报讯 在东河镇柳树村，青江市政协办公厅已连续五年开展定点帮扶，累计投入资金300余万元。",
         [("SUPPORTS", "青江市政协办公厅", "柳树村")]),
    "the village's team sent by two units together (Y村的驻村工作队由A局和B局联合派驻)":
        ("本报讯 柳树村的驻村工作队由青江市财政局和青江县水务局联合派驻。",
         [("SUPPORTS", "青江市财政局", "柳树村"), ("SUPPORTS", "青江县水务局", "柳树村")]),
    "the city's commission of agriculture, abbreviated (市农业农村委 -> X市农业农村委员会)":
        ("本报讯 重庆市召开会议。市农业农村委驻东河乡工作队队长韩立文带领队员扎根一线。",
         [("WORKS_FOR", "韩立文", "重庆市农业农村委员会")]),
    "in the village, the unit takes charge of it (在Y村，X委包村帮扶)":
        ("本报讯 在东河镇柳树村，青江县交通运输局包村帮扶，协调修建产业路8公里。",
         [("SUPPORTS", "青江县交通运输局", "柳树村")]),
    "in the village, the unit carries out its support (在Y村，X局开展联村帮扶)":
        ("本报讯 此外，在东河镇柳树村，青江市农业农村局开展联村帮扶，帮助村里建起了示范田。",
         [("SUPPORTS", "青江市农业农村局", "柳树村")]),
    "a 乡 made a 镇 since the register was made (新马街乡 printed 新马街镇)":
        ("本报讯 西畴县召开会议。同样来自省科技厅的韩立文，2022年被选派到新马街镇柳树村担任第一书记。",
         [("LOCATED_IN", "柳树村", "新马街镇")]),
    "sent by a unit, serving in a village (由X局选派、在Y村任职的第一书记Z)":
        ("本报讯 由青江县自然资源和规划局选派、在东河镇柳树村任职的第一书记韩立文，讲述了土地整治的经历。",
         [("WORKS_FOR", "韩立文", "青江县自然资源和规划局"), ("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "the county's bureau of education and sports, abbreviated (县教体局 -> X县教育体育局)":
        ("本报讯 沈丘县召开会议。常营村是县教体局的帮扶村，近年来新建了文化广场。",
         [("SUPPORTS", "沈丘县教育体育局", "常营村")]),
    "a village after its township whose name opens with 也 (西江镇也东村)":
        ("本报讯 在雷山县西江镇也东村，村民正在采茶。", [("LOCATED_IN", "也东村", "西江镇")]),
    "the intermediate court in a county-level city's article is the prefecture's (市中院 in 海伦市 -> 绥化市)":
        ("本报讯 海伦市召开会议。市中院驻永胜村第一书记韩立文是市中院选派的干警。",
         [("WORKS_FOR", "韩立文", "绥化市中级人民法院")]),
    "a unit's young employee sent to be first secretary (X行青年员工Z被选派到Y村担任第一书记)":
        ("本报讯 2022年，青江银行东河分行青年员工韩立文被选派到东河镇柳树村担任第一书记。",
         [("SUPPORTS", "青江银行东河分行", "柳树村"), ("WORKS_FOR", "韩立文", "青江银行东河分行")]),
    "sent by the unit, and what kind of cadre (Z是X局选派的蒙古族干部)":
        ("本报讯 在东河乡柳树村，第一书记韩立文是青江县林业和草原局选派的蒙古族干部。",
         [("WORKS_FOR", "韩立文", "青江县林业和草原局")]),
    "a unit sends a cadre to take over the post (X局选派干部Z接任Y村驻村第一书记)":
        ("本报讯 2. 青江县水利局选派干部韩立文接任柳树村驻村第一书记。", [("SUPPORTS", "青江县水利局", "柳树村")]),
    "the village's support unit changed (Y村的挂钩帮扶单位调整为X局)":
        ("本报讯 东河镇柳树村的挂钩帮扶单位调整为青江县农业农村局，原工作队员保持不变。",
         [("SUPPORTS", "青江县农业农村局", "柳树村")]),
    "succeeding the one whose term ended, a comma, then the post (接替任期届满的A，担任Y村驻村第一书记)":
        ("本报讯 根据通知，青江县市场监督管理局干部韩立文接替任期届满的赵晓梅，担任东河镇柳树村驻村第一书记。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "an agronomist of a bureau (Y村第一书记、X局农艺师Z)":
        ("本报讯 东河镇柳树村第一书记、青江县农业农村局农艺师韩立文是个“土专家”。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("HOLDS_POSITION", "韩立文", "青江县农业农村局")]),
    "one more of the village's support units (X局是Y村的另一个帮扶单位)":
        ("本报讯 南岭县水利局是石门村的另一个帮扶单位，帮村里修了水渠。", [("SUPPORTS", "南岭县水利局", "石门村")]),
    "a generic unit word with its party committee is the unit in focus (学院党委派驻)":
        ("本报讯 东河镇柳树村是甘肃河西农业学院的定点帮扶村。2023年，学院党委派驻柳树村第一书记韩立文住进了村里。",
         [("WORKS_FOR", "韩立文", "甘肃河西农业学院")]),
    "a bare unit word before a staff title is the unit in focus (学院教师Z)":
        ("本报讯 东河镇柳树村是甘肃河西农业学院的定点帮扶村。工作队员、学院教师孙丽丽把课堂搬进了直播间。",
         [("HOLDS_POSITION", "孙丽丽", "甘肃河西农业学院")]),
    "a bare unit word before a party branch and a title (公司党支部书记)":
        ("本报讯 东河镇柳树村与甘肃青禾食品有限公司签订村企共建协议。“果子不愁卖了。”公司党支部书记、董事长刘长海说。",
         [("HOLDS_POSITION", "刘长海", "甘肃青禾食品有限公司")]),
    "the supervisory committee of a 嘎查":
        ("本报讯 白音乌素嘎查的包联单位是旗林草局。网格员接到电话后连夜赶过去，和嘎查务监督委员会主任巴图孟和一起调解了纠纷。",
         [("HOLDS_POSITION", "巴图孟和", "白音乌素嘎查")]),
    "the supervisory committee of a 社区":
        ("本报讯 青江县东河镇柳树社区是一个老社区。网格员连夜赶过去，和居务监督委员会主任韩立文一起调解了纠纷。",
         [("HOLDS_POSITION", "韩立文", "柳树社区")]),
    "a village of resettled people (移民村) is no village's name":
        ("本报讯 桃园村地处水库之滨，是一个有着400多户人家的移民村。村党支部书记、村委会主任韩立文说：“路通了。”",
         [("HOLDS_POSITION", "韩立文", "桃园村")]),
    "a kind of community (混合型社区) is no community's name":
        ("本报讯 青江县东河镇柳树社区是一个由三个老村合并而来的混合型社区，社区党委书记赵丽说，居民有事在楼下就能找到人。",
         [("HOLDS_POSITION", "赵丽", "柳树社区")]),
    "a kind of village (农业型村) is no village's name":
        ("本报讯 青江县东河镇桃园村是全县人口最多、面积最大的农业型村，村党支部书记韩立文说，今年要发展庭院经济。",
         [("HOLDS_POSITION", "韩立文", "桃园村")]),
    "a suburban village (城郊村) is no village's name":
        ("本报讯 青江县东河镇柳树社区是一个由原城郊村改建而来的社区，社区将辖区划分为8个网格。",
         [("DIVIDED_INTO", "柳树社区", "柳树社区")]),
    "a bank's branch named by a county whose name holds 都":
        ("本报讯 赣州银行于都支行与罗坳镇黄屋村结对。", [("SUPPORTS", "赣州银行于都支行", "黄屋村")]),
    "a township of one character in an article about its county":
        ("本报讯 富平县启动帮扶行动，青山化工有限公司结对帮扶薛镇柳家沟村。", [("LOCATED_IN", "柳家沟村", "薛镇")]),
    "工商联 written out":
        ("本报讯 青江县召开推进会。县工商联主席韩丽通报了情况。", [("HOLDS_POSITION", "韩丽", "青江县工商业联合会")]),
    "a predecessor named after 前任 is found by the tagger":
        ("本报讯 省农业厅派驻东河镇柳树村的第一书记韩立文说。韩立文的前任刘建国也来自省农业厅。",
         [("FIRST_SECRETARY_OF", "刘建国", "柳树村"), ("WORKS_FOR", "刘建国", "省农业厅")]),
    "接替 a predecessor whose term ended":
        ("本报讯 省农业厅派驻东河镇柳树村的第一书记于海洋到村任职，接替任期届满的孙立军。",
         [("FIRST_SECRETARY_OF", "孙立军", "柳树村")]),
    "a former village secretary (前任村党支部书记) is no village 前任村":
        ("本报讯 青江县东河镇柳树村召开会议。前任村党支部书记孙大海说，路修好了。",
         [("HOLDS_POSITION", "孙大海", "柳树村")]),
    "a company named again by its trade name and party committee":
        ("本报讯 按照协议，甘肃金石矿业有限公司结对东河镇柳树村。“企业扎根在这片土地上。”金石矿业党委书记、董事长赵长海说。",
         [("HOLDS_POSITION", "赵长海", "甘肃金石矿业有限公司")]),
    "a group company named again without its legal form":
        ("本报讯 白银市海川集团有限公司结对东河镇桃园村。海川集团派驻桃园村第一书记王晓峰。",
         [("WORKS_FOR", "王晓峰", "白银市海川集团有限公司")]),
    "a company named again as 字号+公司":
        ("本报讯 甘肃金石矿业有限公司结对东河镇柳树村。金石公司员工韩立文被派到柳树村常驻。",
         [("WORKS_FOR", "韩立文", "甘肃金石矿业有限公司")]),
    "a unit named for a city whose name is also a word (大连)":
        ("本报讯 大连医科大学挂钩帮扶东河镇柳树村。", [("SUPPORTS", "大连医科大学", "柳树村")]),
    "a notice's line: the unit sent the first secretary, colon, the name":
        ("本报讯 关于选派第一书记的通知\n1.青江市财政局派驻东河镇柳树村第一书记：韩立文\n2.青江市水利局派驻东河镇杏林村第一书记：赵海峰",
         [("WORKS_FOR", "韩立文", "青江市财政局")]),
    "a roster whose unit column holds the post in the unit (派出单位及职务)":
        ("本报讯 现将名单公布如下。\n序号　姓名　派出单位及职务　驻村　备注\n1　韩立文　青江县财政局预算股股长　东河镇柳树村　新增\n"
         "2　王建军　青江县农业农村局干部　东河镇杏林村　新增\n中共青江县委组织部",
         [("HOLDS_POSITION", "韩立文", "青江县财政局预算股"), ("FIRST_SECRETARY_OF", "韩立文", "柳树村"),
          ("SUPPORTS", "青江县财政局", "柳树村"), ("WORKS_FOR", "王建军", "青江县农业农村局")]),
    "a table of villages copied a cell to a line, its head opening with the township's column":
        ("本报讯 现将青江县部分村帮扶安排公布如下。\n乡镇\n村\n帮扶单位\n第一书记\n东河镇\n柳树村\n县水利局\n韩立文\n"
         "西岭乡\n后山村\n县交通局\n西岭乡\n杏林村\n县财政局\n王建军\n各单位要落实责任。",
         [("SUPPORTS", "青江县水利局", "柳树村"), ("FIRST_SECRETARY_OF", "韩立文", "柳树村"),
          ("SUPPORTS", "青江县交通局", "后山村"), ("SUPPORTS", "青江县财政局", "杏林村"),
          ("FIRST_SECRETARY_OF", "王建军", "杏林村")]),
    "a table copied a cell to a line, its head opening with the village's column":
        ("本报讯 部分嘎查村帮扶单位一览\n嘎查村\n包联单位\n联系领导\n柳树嘎查\n旗水利局\n韩立文\n杏林村\n旗财政局\n王建军",
         [("SUPPORTS", "旗水利局", "柳树嘎查"), ("SUPPORTS", "旗财政局", "杏林村")]),
    "a member who was one before (Z原本是X局的一名干部, Z本来是X局职工)":
        ("本报讯 东河镇柳树村第一书记韩立文原本是青江县统计局的一名干部。队员赵海峰本来是青江县气象局职工。",
         [("WORKS_FOR", "韩立文", "青江县统计局"), ("WORKS_FOR", "赵海峰", "青江县气象局")]),
    "in the village, the unit has supported it for rounds or years running (已连续两轮帮扶, 已连续两年包联)":
        ("本报讯 在东河镇柳树村，青江县水利局已连续两轮帮扶。在西河苏木巴彦嘎查，青山旗财政局已连续两年包联。",
         [("SUPPORTS", "青江县水利局", "柳树村"), ("SUPPORTS", "青山旗财政局", "巴彦嘎查")]),
    "the commission in focus (该委) sends a first secretary":
        ("本报讯 青山旗卫生健康委员会包联巴彦嘎查。该委选派的第一书记乌日娜是一名全科医生。",
         [("WORKS_FOR", "乌日娜", "青山旗卫生健康委员会")]),
    "the department in focus (该部) sends a first secretary":
        ("本报讯 青江县委组织部包联柳树村。该部选派的第一书记韩立文到村后走访了全部农户。",
         [("WORKS_FOR", "韩立文", "青江县委组织部")]),
    "a member described at length (Z是X局一名有着20年…经验的干部)":
        ("本报讯 驻村第一书记韩立文是青江县林业局一名有着20年基层工作经验的干部。", [("WORKS_FOR", "韩立文", "青江县林业局")]),
    "the unit's former first secretary in the village (X院驻Y村原第一书记Z)":
        ("本报讯 会上，青江县人民法院驻东河镇柳树村原第一书记韩立文介绍了驻村工作经验。",
         [("WORKS_FOR", "韩立文", "青江县人民法院")]),
    "a rank title (巡视员) is a post in the unit":
        ("本报讯 工作队队长韩立文是青江省水利厅二级巡视员。青江省财政厅一级巡视员赵海峰一同调研。",
         [("HOLDS_POSITION", "韩立文", "青江省水利厅"), ("HOLDS_POSITION", "赵海峰", "青江省财政厅")]),
    "the person is the unit's newly sent first secretary (Z是X厅新选派的驻Y村第一书记)":
        ("本报讯 接过手册的韩立文是青江省审计厅新选派的驻柳树村第一书记。",
         [("WORKS_FOR", "韩立文", "青江省审计厅"), ("SUPPORTS", "青江省审计厅", "柳树村")]),
    "the successor takes the post (Z接替期满返校的W，担任Y村第一书记)":
        ("本报讯 今年3月，韩立文接替期满返校的赵海峰，担任东河镇柳树村第一书记。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "the unit sends the successor (X大学选派Z接替期满的W，担任Y村第一书记)":
        ("本报讯 与此同时，青江大学选派韩立文接替期满返校的赵海峰，担任东河镇柳树村驻村第一书记。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("WORKS_FOR", "韩立文", "青江大学"),
          ("SUPPORTS", "青江大学", "柳树村")]),
    "what the supported place is called says its level (在Y县，Z村是X厅的定点帮扶村)":
        ("本报讯 在青江县，柳树村是青江省财政厅的定点帮扶村。", [("SUPPORTS", "青江省财政厅", "柳树村")]),
    "the village lies somewhere, then is the unit's (Z村地处Y镇东部山区，是X院的挂钩帮扶村)":
        ("本报讯 柳树村地处青江县东河镇东部山区，是青江省人民检察院的挂钩帮扶村。",
         [("SUPPORTS", "青江省人民检察院", "柳树村")]),
    "the unit is the place's supporter among the province's units (X厅是Y县的省直定点帮扶单位)":
        ("本报讯 青江省财政厅是东河县的省直定点帮扶单位。", [("SUPPORTS", "青江省财政厅", "东河县")]),
    "the bureau in focus as its people say it (局里选派…)":
        ("本报讯 青江县水利局包联柳树村。2021年，局里选派年轻干部韩立文担任柳树村第一书记。",
         [("WORKS_FOR", "韩立文", "青江县水利局")]),
    "the department in focus as its people say it (厅里选派…)":
        ("本报讯 青江省水利厅定点帮扶柳树村。厅里选派干部韩立文担任柳树村第一书记。",
         [("WORKS_FOR", "韩立文", "青江省水利厅")]),
    "the hospital in focus as its people say it (院里派驻…的第一书记)":
        ("本报讯 青江县人民医院结对帮扶柳树村。院里派驻柳树村的第一书记韩立文是一名外科医生。",
         [("WORKS_FOR", "韩立文", "青江县人民医院")]),
    "the one who holds a post in the village, then his post at home (担任Y村队长的X局副局长Z)":
        ("本报讯 担任柳树村驻村工作队队长的青江县水利局副局长韩立文告诉记者，村里种荞麦的历史很长。",
         [("HOLDS_POSITION", "韩立文", "柳树村"), ("HOLDS_POSITION", "韩立文", "青江县水利局")]),
    "a place's grids counted as it names them (Y村的9个组级网格，由…)":
        ("本报讯 柳树村的9个组级网格，由工作队员和村组干部担任网格员。", [("DIVIDED_INTO", "柳树村", "柳树村")]),
    "the branch bureau in focus named bare (分局驻村干部Z)":
        ("本报讯 在东河乡柳树村，青江市生态环境局东河分局挂钩帮扶已有四年。分局驻村干部韩立文说，村里正借鉴经验。",
         [("WORKS_FOR", "韩立文", "青江市生态环境局东河分局")]),
    "a clause opening with a bare level word counts the grids of the place in focus, not of the one named last":
        ("本报讯 柳树社区是东河街道的一个老社区，辖区有居民2900余户，社区划分为8个网格。",
         [("DIVIDED_INTO", "柳树社区", "柳树社区")]),
    "a roster whose post at home has a column of its own (驻村职务 单位职务)":
        ("本报讯 现将人员名单公示如下。\n序号  乡镇  村名  派出单位  姓名  驻村职务  单位职务\n"
         "1  东河镇  柳树村  青江市水利局  韩立文  第一书记、工作队队长  水资源科科长\n"
         "2  东河镇  柳树村  青江市水利局  赵晓梅  工作队员  干部\n",
         [("HOLDS_POSITION", "韩立文", "青江市水利局水资源科"), ("FIRST_SECRETARY_OF", "韩立文", "柳树村"),
          ("WORKS_FOR", "赵晓梅", "青江市水利局")]),
    "a notice's line: a township, then villages each with its units in brackets":
        ("本报讯 青江县发布通知。经县委研究，确定2024年度县直部门联村共建名单（部分乡镇）如下：\n东河镇：柳树村（县财政局、县水利局），杏林村（县林业局）；\n"
         "西岭乡：后山村（县交通局）；\n各联村部门要按时签订协议。",
         [("SUPPORTS", "青江县财政局", "柳树村"), ("SUPPORTS", "青江县水利局", "柳树村"),
          ("SUPPORTS", "青江县林业局", "杏林村"), ("SUPPORTS", "青江县交通局", "后山村"),
          ("LOCATED_IN", "杏林村", "东河镇")]),
    "a table's row without its note, the first secretary's unit in brackets after the name":
        ("本报讯 青江县帮扶单位及驻村第一书记一览表\n乡镇 村 帮扶单位 第一书记 联系电话 备注\n"
         "东河镇 柳树村 县审计局 韩立文（县审计局） 138****5160 县直\n西岭乡 杏林村 县财政局 赵海峰（县财政局） 138****6617\n",
         [("FIRST_SECRETARY_OF", "赵海峰", "杏林村"), ("SUPPORTS", "青江县财政局", "杏林村")]),
    "a table whose township cell is merged over the rows of that township (the next row opens empty)":
        ("本报讯 青江县驻村第一书记轮换名单公布如下：\n乡镇\t村\t派出单位\t第一书记\t备注\n"
         "东河镇\t柳树村\t青江市审计局\t韩立文\t续任\n\t杏林村\t青江市统计局\t赵海峰\t\n",
         [("LOCATED_IN", "杏林村", "东河镇"), ("FIRST_SECRETARY_OF", "赵海峰", "杏林村"),
          ("SUPPORTS", "青江市统计局", "杏林村")]),
    "a notice's line recalling a first secretary, the successor taking over (召回…，由该局干部Z接任)":
        ("本报讯 经县委组织部研究，决定对以下驻村第一书记予以召回调整：\n1.召回东河镇柳树村第一书记赵晓梅（青江市住建局），由该局干部韩立文接任；\n"
         "2.西岭乡杏林村原第一书记因病调回原单位，由青江县农业农村局派驻的王建军接任。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "王建军", "杏林村"),
          ("WORKS_FOR", "王建军", "青江县农业农村局")]),
    "a notice's list item wrapped after its 、 (the next line goes on with its units)":
        ("本报讯 青江县发布通知，对部分县直单位定点帮扶村作如下调整：\n一、东河镇\n1.柳树村：县发展和改革委员会、县统计局\n"
         "二、西岭乡\n2.杏林村：县城市管理局、县住房和城乡建设局、\n县公共资源交易中心\n三、其他事项\n各单位要按时到村对接。",
         [("SUPPORTS", "青江县公共资源交易中心", "杏林村"), ("SUPPORTS", "青江县住房和城乡建设局", "杏林村")]),
    "with (和), then the banner's unit named bare (一边和旗农牧局驻嘎查第一书记Z商量)":
        ("本报讯 镶黄旗的秋天。嘎查长巴特尔一边检查打草机，一边和旗农牧局驻嘎查第一书记韩立文商量储草棚的选址。",
         [("WORKS_FOR", "韩立文", "镶黄旗农牧局")]),
    "a new round (新一轮) before the unit that sends its team":
        ("本报讯 去年2月，新一轮青江省水利厅驻村工作队进驻柳树村。", [("SUPPORTS", "青江省水利厅", "柳树村")]),
    "in the village, the unit's village team (在Y村，X局“访惠聚”驻村工作队帮助…)":
        ("本报讯 在东河乡柳树村，青江地区财政局“访惠聚”驻村工作队帮助村民建起了晾房。", [("SUPPORTS", "青江地区财政局", "柳树村")]),
    "a cadre who came from the unit to take a post here (Z是从X厅到Y挂职的干部)":
        ("本报讯 副县长韩立文是从青江省交通运输厅到越西挂职的干部。", [("WORKS_FOR", "韩立文", "青江省交通运输厅")]),
    "a township's team of units, led by one, the others members (Y镇的帮扶组团由X牵头，A、B为成员单位)":
        ("本报讯 东河镇的帮扶组团由青江省交通集团有限公司牵头，青江市农业农村局和青江农业学院为成员单位，共同进驻东河镇。",
         [("SUPPORTS", "青江省交通集团有限公司", "东河镇"), ("SUPPORTS", "青江农业学院", "东河镇")]),
    "the deputy county head who takes charge of a township heads no township (包联Y镇的副县长Z)":
        ("本报讯 莒县召开观摩会。包联东河镇的副县长韩立文在观摩现场说，要把产业做强。", [("HOLDS_POSITION", "韩立文", "莒县")]),
    "a roster copied from a web page a cell to a line":
        ("本报讯 现将名单公布如下。\n序号\n姓名\n派出单位及职务\n驻村\n备注\n1\n韩立文\n青江县财政局预算股股长\n东河镇柳树村\n"
         "新增\n2\n王建军\n青江县农业农村局干部\n东河镇杏林村\n\n中共青江县委组织部",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "王建军", "杏林村")]),
    "a roster of a village's former and new first secretaries with their units":
        ("本报讯 青江县完成第一书记轮换交接。\n部分村第一书记轮换情况\n帮包村　原第一书记（派驻单位）　新任第一书记（派驻单位）\n"
         "东河镇柳树村　韩立文（青江县住建局）　孙晓梅（青江县住建局）\n西岭乡桃园村　赵海峰（青江县人社局）　王建军（青江县医保局）",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "王建军", "桃园村"),
          ("SUPPORTS", "青江县医疗保障局", "桃园村")]),
    "a list of first secretaries announced with 如下":
        ("本报讯 此次新选派的部分第一书记及派出单位如下：\n1．东河镇柳树村：韩立文（青江县财政局）\n2．西岭乡桃园村：赵海峰（青江市农牧局）",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("SUPPORTS", "青江市农牧局", "桃园村")]),
    "a table of villages' grids and grid staff":
        ("本报讯 以下为东河镇部分村网格划分情况：\n村名　基础网格数　网格长　专职网格员\n柳树村　6　韩立文（村党支部书记、村委会主任）　孙丽丽\n"
         "桃园村　5　赵海峰（村党支部书记）　刘建国\n下一步，东河镇将持续推动网格员队伍建设。",
         [("DIVIDED_INTO", "柳树村", "柳树村"), ("HOLDS_POSITION", "刘建国", "桃园村"),
          ("HOLDS_POSITION", "赵海峰", "桃园村")]),
    "a post after a name in a table's row is of the row's village":
        ("本报讯 以下为东河镇部分村网格划分情况：\n村名　基础网格数　网格长　专职网格员\n柳树村　6　韩立文（村党支部书记）　孙丽丽\n"
         "桃园村　5　赵海峰（村委会主任）　刘建国", [("HOLDS_POSITION", "赵海峰", "桃园村")]),
    "people listed after a post (网格员是A和B)":
        ("本报讯 青江县东河镇桃园村的网格员是王晓东和刘建国。", [("HOLDS_POSITION", "刘建国", "桃园村")]),
    "a village whose name holds 村 (X村坝村)":
        ("本报讯 青江市水务局继续定点帮扶中观镇王村铺村。", [("SUPPORTS", "青江市水务局", "王村铺村")]),
    "a group after its village whose name holds 村 (Y村下村组)":
        ("本报讯 东河镇柳树村下村组组长韩立文说，去年他家种了十亩花椒。", [("HOLDS_POSITION", "韩立文", "下村组")]),
    "人大办 written out":
        ("本报讯 青江县印发工作安排。东河镇：县人大办结对帮扶石门村。", [("SUPPORTS", "青江县人大常委会办公室", "石门村")]),
    "政府办 written out":
        ("本报讯 青江县印发工作安排。东河镇：县政府办结对帮扶龙泉村。", [("SUPPORTS", "青江县人民政府办公室", "龙泉村")]),
    "政协办 written out (no 协办)":
        ("本报讯 青江县印发工作安排。东河镇：县政协办结对帮扶自强村。", [("SUPPORTS", "青江县政协办公室", "自强村")]),
    "an office (办公厅) is no abbreviated office":
        ("本报讯 青江市政府办公厅派驻东河镇柳树村第一书记韩立文。", [("WORKS_FOR", "韩立文", "青江市政府办公厅")]),
    "a unit named with the article's county's short name":
        ("本报讯 青江县印发工作安排。青江供电局结对帮扶东河镇光明社区。", [("SUPPORTS", "青江供电局", "光明社区")]),
    "an ordinal before 县 is no county (第五轮县派)":
        ("本报讯 青江县完成第五轮县派第一书记轮换交接。第五轮县派第一书记到村履职，县财政局干部韩立文任东河镇柳树村第一书记。",
         [("WORKS_FOR", "韩立文", "青江县财政局")]),
    "a unit that is the village's present supporter (现有帮扶单位)":
        ("本报讯 （三）东河镇柳树村：青江县水务局是该村现有帮扶单位。", [("SUPPORTS", "青江县水务局", "柳树村")]),
    "a unit that carries on the support (接续帮扶)":
        ("本报讯 东河镇柳树村由青江县自然资源局接续帮扶。", [("SUPPORTS", "青江县自然资源局", "柳树村")]),
    "members listed, a comma, then the units they come from in order (…，分别来自X和Y)":
        ("本报讯 工作队另外两名队员韩立文和赵晓梅，分别来自青江市气象局和青江县农业农村局。",
         [("WORKS_FOR", "韩立文", "青江市气象局"), ("WORKS_FOR", "赵晓梅", "青江县农业农村局")]),
    "members listed before the unit they come from (队员A、B来自X局)":
        ("本报讯 第一书记罗世明来自青江省水利厅，队员王燕、班国栋来自青江市水务局。",
         [("WORKS_FOR", "王燕", "青江市水务局"), ("WORKS_FOR", "班国栋", "青江市水务局")]),
    "a post in the village's party branch, the village named before":
        ("本报讯 在东河镇柳树村，党支部委员巴图负责离村部最远的网格。", [("HOLDS_POSITION", "巴图", "柳树村")]),
    "a post in the village's general party branch, the village named before":
        ("本报讯 在东河镇柳树村，党总支副书记谢丽娟负责村里的电商服务站。", [("HOLDS_POSITION", "谢丽娟", "柳树村")]),
    "names listed after one title all hold it (委员A、B)":
        ("本报讯 在东河镇柳树村，新一届班子中，党支部委员周建文、曾小玲都是返乡大学生。",
         [("HOLDS_POSITION", "周建文", "柳树村"), ("HOLDS_POSITION", "曾小玲", "柳树村")]),
    "a name written with · ends where ordinary words begin":
        ("本报讯 东河镇柳树村第三网格网格长艾力·买买提像往常一样，挨家挨户走访。村委会主任努尔江·吐尔逊负责网格日常调度。",
         [("HOLDS_POSITION", "艾力·买买提", "柳树村"), ("HOLDS_POSITION", "努尔江·吐尔逊", "柳树村")]),
    "a slogan's blind zone (无盲区) is no district":
        ("本报讯 今年以来，东河镇按照“村居全覆盖、网格无盲区”的要求，将全镇划分为213个网格。",
         [("DIVIDED_INTO", "东河镇", "东河镇")]),
    "a member of the unit in focus named by a bare unit word (是学校的一名职工)":
        ("本报讯 东河镇柳树村是甘肃河西农业学院的定点帮扶村。驻村工作队员马小军是学校的一名青年职工，驻村两年多来跑遍了全村。",
         [("WORKS_FOR", "马小军", "甘肃河西农业学院")]),
    "a table of villages' grid staff, several names in a cell":
        ("本报讯 东河镇网格员名单\n村名\t网格数\t网格长\t网格员\n柳树村\t5\t韩立文\t孙丽丽、赵海峰\n桃园村\t4\t王建军\t刘建国\n各村要抓好落实。",
         [("HOLDS_POSITION", "赵海峰", "柳树村"), ("HOLDS_POSITION", "王建军", "桃园村"), ("DIVIDED_INTO", "柳树村", "柳树村")]),
    "a roster of changes with each first secretary's unit in a column of its own":
        ("本报讯 青江县驻村第一书记调整情况公示\n序号  嘎查村  原第一书记  原派出单位  新任第一书记  新派出单位\n"
         "1  东河镇柳树村  韩立文  青江县财政局  孙晓梅  青江县水利局\n2  西岭乡桃园村  赵海峰  青江县农牧局  王建军  青江县统计局\n"
         "公示期间如有异议，请向县委组织部反映。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("WORKS_FOR", "孙晓梅", "青江县水利局"),
          ("SUPPORTS", "青江县统计局", "桃园村")]),
    "a table of grid counts whose rows hold one name among numbers":
        ("本报讯 东河镇网格设置情况\n全镇共划分网格45个。各村（社区）网格设置如下：\n村（社区）名称　网格数（个）　网格员（人）　网格长\n"
         "柳树村　8　8　韩立文\n桃园社区　12　12　赵海峰\n合计　20　20　——",
         [("DIVIDED_INTO", "柳树村", "柳树村"), ("HOLDS_POSITION", "韩立文", "柳树村")]),
    "a table of a village's cadres and their posts, a cell to a line":
        ("本报讯 东河镇柳树村把“两委”分工制成公示牌。公示牌内容如下：\n柳树村“两委”班子成员分工\n姓名\n职务\n分工\n"
         "韩立文\n村党总支书记、村委会主任\n主持全面工作\n赵晓梅\n村委会副主任\n分管农业生产、水利\n\n监督电话：0000-1234567",
         [("HOLDS_POSITION", "韩立文", "柳树村"), ("HOLDS_POSITION", "赵晓梅", "柳树村")]),
    "a table of the grids of the community in focus and their staff":
        ("本报讯 东河镇柳树社区把网格员的电话印成连心卡。\n柳树社区网格化服务管理人员一览表\n网格　网格长　专职网格员　服务范围\n"
         "第一网格　孙立强　王海林　柳树小区1—8号楼\n第二网格　郭玉芬　赵春梅　柳树小区9—16号楼、粮库家属楼",
         [("HOLDS_POSITION", "郭玉芬", "柳树社区"), ("HOLDS_POSITION", "赵春梅", "柳树社区")]),
    "a roster of first secretaries with their posts at home in a column of its own":
        ("本报讯 部分新选派驻村第一书记名单\n姓名　派出单位　职务　驻村　备注\n韩立文　青江市农牧局　产业发展科科长　东河镇柳树村　兼驻村工作队队长\n"
         "赵晓梅　青江县人民法院　干部　东河镇桃园村",
         [("HOLDS_POSITION", "韩立文", "青江市农牧局产业发展科"), ("FIRST_SECRETARY_OF", "韩立文", "柳树村"),
          ("WORKS_FOR", "赵晓梅", "青江县人民法院"), ("SUPPORTS", "青江县人民法院", "桃园村")]),
    "a roster of changes: the new first secretary's unit and post in the next column":
        ("本报讯 部分人员名单如下：\n序号　苏木镇　嘎查村　原第一书记　新任第一书记　新任第一书记派出单位及职务　备注\n"
         "1　东河镇　柳树村　王海平　李振华　青江县水利局副局长　\n2　西岭乡　桃园村　包金宝　白乌兰　青江县妇联干部　任期届满",
         [("FIRST_SECRETARY_OF", "李振华", "柳树村"), ("HOLDS_POSITION", "李振华", "青江县水利局"),
          ("FIRST_SECRETARY_OF", "包金宝", "桃园村"), ("WORKS_FOR", "白乌兰", "青江县妇女联合会")]),
    "a numbered table of pairings: unit, village, the village's township, a note":
        ("本报讯 部分结对共建名单\n序号　机关党组织　结对村党组织　所在镇（街道）　备注\n1　青江县委办公室党支部　白家塬村党支部　文安镇\n"
         "2　青江县农业农村局党总支　刘家坪村党总支　贾家镇　续签",
         [("SUPPORTS", "青江县农业农村局", "刘家坪村"), ("LOCATED_IN", "刘家坪村", "贾家镇")]),
    "a table's township and village cells apart":
        ("本报讯 县直单位结对帮扶村调整情况表\n序号  乡镇      村        结对帮扶单位\n1     东河镇    柳树村  青江县统计局\n"
         "2     西岭乡    桃园村  青江县审计局", [("LOCATED_IN", "柳树村", "东河镇"), ("LOCATED_IN", "桃园村", "西岭乡")]),
    "a name of two padded to the width of three in a roster":
        ("本报讯 部分新选派驻村第一书记名单\n姓名      派出单位      职务      驻村\n韩立文    青江市农牧局    科长    东河镇柳树村\n"
         "张  敏    青江县人民法院    干部    东河镇桃园村", [("FIRST_SECRETARY_OF", "张敏", "桃园村")]),
    "a table of the village's grids whose cells hold lists (岩脚、大湾组)":
        ("本报讯 东河镇柳树村网格划分及网格员信息表\n网格　　覆盖村民小组　　网格长　　网格员　　服务户数\n"
         "第一网格　　岩脚、大湾、上寨组　　丁兴华　　李开芳　　286\n第三网格　　大田、小河组　　杨德英　　陈永明、陈小红　　275\n"
         "注：网格员空缺的，由网格长兼任。",
         [("HOLDS_POSITION", "李开芳", "柳树村"), ("HOLDS_POSITION", "陈小红", "柳树村")]),
    "an adverb and 和 between a name and a unit (正和旗X局)":
        ("本报讯 记者来到镶黄旗新宝拉格镇巴音嘎查。嘎查党支部书记乌力吉巴图正和旗水利局派驻的第一书记孟和巴雅尔一起查看新打的机井。",
         [("WORKS_FOR", "孟和巴雅尔", "镶黄旗水利局")]),
    "a notice's list of villages, units and, in brackets, their first secretaries":
        ("本报讯 会上宣读了调整名单。各村挂点帮扶单位及其选派的驻村第一书记如下：\n1. 东河镇柳树村：青江市林业局（第一书记刘家明）；\n"
         "2. 西岭乡桃园村：青江县人民检察院（第一书记钟晓东）；",
         [("SUPPORTS", "青江市林业局", "柳树村"), ("FIRST_SECRETARY_OF", "刘家明", "柳树村"),
          ("WORKS_FOR", "钟晓东", "青江县人民检察院")]),
    "a roster whose person column is headed first secretary and team leader":
        ("本报讯 省直单位驻青江县部分村工作队情况一览\n帮扶单位\t驻村\t第一书记（工作队队长）\t队员人数\n"
         "青江省市场监督管理局\t东河镇柳树村\t马建成\t3\n青江省水利厅\t西岭乡桃园村\t韩立文\t2\n（注：工作队员均由帮扶单位选派）",
         [("FIRST_SECRETARY_OF", "马建成", "柳树村"), ("WORKS_FOR", "韩立文", "青江省水利厅"),
          ("HOLDS_POSITION", "韩立文", "桃园村")]),
    "a notice's list with the unit's cadres in brackets (包村干部：A、B)":
        ("本报讯 会上公布了县直部门单位包村名单（部分）：\n1.东河镇柳树村——青江县财政局（包村干部：赵鹏飞、刘晓红）\n"
         "2.西岭乡桃园村——青江县自然资源局（包村干部：张建华）\n其余名单已印发各镇。",
         [("WORKS_FOR", "刘晓红", "青江县财政局"), ("WORKS_FOR", "张建华", "青江县自然资源局"),
          ("SUPPORTS", "青江县财政局", "柳树村")]),
    "a table's row whose cell holds a note with a 、 (县委常委、宣传部部长)":
        ("本报讯 调整后的部分挂钩安排如下：\n乡镇　挂钩县领导　挂钩帮扶村　挂钩帮扶单位\n"
         "东河镇　吴建新（青江县委常委、宣传部部长）　柳树村　青江县文化体育和旅游局\n"
         "西岭乡　陈丽萍（副县长）　桃园村　青江县农业农村局",
         [("SUPPORTS", "青江县文化体育和旅游局", "柳树村")]),
    "the successor takes the posts (接替A担任第一书记、工作队队长)":
        ("本报讯 今年4月，青江省交通运输厅干部林文涛被选派到东河镇柳树村，接替周学明担任第一书记、乡村振兴工作队队长。",
         [("FIRST_SECRETARY_OF", "林文涛", "柳树村"), ("HOLDS_POSITION", "林文涛", "柳树村")]),
    "members named after 是 (队员是A和B)":
        ("本报讯 工作队另外两名队员是林秀芳和陈亚平，分别来自青江县林业局和东河乡人民政府。",
         [("WORKS_FOR", "林秀芳", "青江县林业局")]),
    "a post one was elected to (当选Y村党支部书记)":
        ("本报讯 今年47岁的许海波早年在西安做生意。2020年，在乡亲们的邀请下，许海波回到东河镇，当选柳树村党支部书记。",
         [("HOLDS_POSITION", "许海波", "柳树村")]),
    "members of a village's committee named after its other posts (两委班子…委员A、B)":
        ("本报讯 东河镇柳树村新一届村“两委”班子成员为：党总支书记、村委会主任曾繁华，党总支副书记谢丽娟，委员周建文、曾小玲。",
         [("HOLDS_POSITION", "周建文", "柳树村"), ("HOLDS_POSITION", "曾小玲", "柳树村")]),
    "a unit named with its prefecture's short name in an article about a county (文山供电局 in 西畴县)":
        ("本报讯 西畴县兴街镇柳树村地处山区。文山供电局结对帮扶柳树村以来，改造了全村电网。",
         [("SUPPORTS", "文山供电局", "柳树村")]),
    "a unit named with a county's short name that ends in 都 (丰都供电局)":
        ("本报讯 2021年起，丰都县财政局、丰都供电局分别结对帮扶东河镇高排村、梅寨村。", [("SUPPORTS", "丰都供电局", "梅寨村")]),
    "looking for the village's committee (有事找嘎查) is no place":
        ("本报讯 青江旗东河苏木巴彦嘎查牧户居住分散，有事找嘎查“两委”要跑几十公里。去年嘎查划成了7个网格。",
         [("DIVIDED_INTO", "巴彦嘎查", "巴彦嘎查")]),
    "a time, then a village's post (当了11年Y村党支部书记)":
        ("本报讯 东河镇召开会议。包宝成当了11年乌兰格日勒村党支部书记，他说村里的变化很大。",
         [("HOLDS_POSITION", "包宝成", "乌兰格日勒村")]),
    "文体旅局 written out":
        ("本报讯 青江区召开会议。包联干部、区文体旅局干部卜晓峰说，今年社区新建了文化广场。",
         [("WORKS_FOR", "卜晓峰", "青江区文化体育和旅游局")]),
    "文旅局 written out":
        ("本报讯 青江市召开会议。驻村工作队员、市文旅局干部高雅琴说，今年村里新开了3家民宿。",
         [("WORKS_FOR", "高雅琴", "青江市文化和旅游局")]),
    "广电局 written out":
        ("本报讯 甘肃省广电局定点帮扶柳沟村。驻村工作队员、省广电局干部何文涛说，今年村里通了光纤。",
         [("WORKS_FOR", "何文涛", "甘肃省广播电视局")]),
    "文广旅局 written out":
        ("本报讯 青江市召开会议。驻村工作队员、市文广旅局干部高雅琴说，今年村里新开了3家民宿。",
         [("WORKS_FOR", "高雅琴", "青江市文化广播电视和旅游局")]),
    "妇联 written out":
        ("本报讯 青江市召开会议。驻村工作队员、市妇联干部高雅琴说，今年村里新开了3家手工作坊。",
         [("WORKS_FOR", "高雅琴", "青江市妇女联合会")]),
    "粮储局 written out":
        ("本报讯 山西省粮储局定点帮扶柳沟村。驻村工作队员、省粮储局干部何文涛说，今年村里通了光纤。",
         [("WORKS_FOR", "何文涛", "山西省粮食和物资储备局")]),
    "an autonomous county's committee written 自治县县委, in full":
        ("本报讯 1月5日，门源自治县县委常委、统战部部长韩立文到柳沟村走访。", [("HOLDS_POSITION", "韩立文", "门源回族自治县委")]),
    "a member of a department works for the department as written (X厅Y处干部Z)":
        ("本报讯 工作队员、青海省农业农村厅乡村振兴处干部韩立文说，村里的牦牛卖得很好。",
         [("WORKS_FOR", "韩立文", "青海省农业农村厅乡村振兴处")]),
    "地矿局 written out":
        ("本报讯 青海省地矿局定点帮扶柳沟村。驻村工作队员、省地矿局干部何文涛说，今年村里通了光纤。",
         [("WORKS_FOR", "何文涛", "青海省地质矿产勘查开发局")]),
    "a grid company keeps its province's short name (云南电网X供电局)":
        ("本报讯 云南电网昭通供电局驻柳沟村第一书记何文涛说，今年村里通了光纤。",
         [("WORKS_FOR", "何文涛", "云南电网昭通供电局")]),
    "文旅体局 written out":
        ("本报讯 镶黄旗召开会议。驻村工作队员、旗文旅体局干部斯日古楞说，今年嘎查已有14户牧户开办了牧家乐。",
         [("WORKS_FOR", "斯日古楞", "镶黄旗文化旅游体育局")]),
    "a word that ends in a stop character inside a unit's name (高等)":
        ("本报讯 青江石油高等专科学校结对帮扶东河镇柳树村。", [("SUPPORTS", "青江石油高等专科学校", "柳树村")]),
    "a surname read as a preposition after a role (干部于某，)":
        ("本报讯 东河镇柳树村第一书记、青江县税务局干部于华山，把便民服务延伸到了村里。",
         [("WORKS_FOR", "于华山", "青江县税务局")]),
    "a roster whose person column is headed 第一书记姓名":
        ("本报讯 现将驻村第一书记名单公布如下：\n序号　村　派出单位　第一书记姓名\n1　东河镇柳树村　青江县水利局　韩立文\n"
         "2　西岭乡桃园村　青江县审计局　赵晓梅", [("FIRST_SECRETARY_OF", "赵晓梅", "桃园村"), ("WORKS_FOR", "韩立文", "青江县水利局")]),
    "a village whose support a unit leads (由X局牵头)":
        ("本报讯 其中，东河镇柳树村由青江市水利局牵头，多家单位共同帮扶。", [("SUPPORTS", "青江市水利局", "柳树村")]),
    "a village's supporters counted in figures (帮扶责任单位有3家：…)":
        ("本报讯 柳树村距离县城约60公里。该村的帮扶责任单位有3家：青江市生态环境局、青江县财政局和青江县医疗保障局。",
         [("SUPPORTS", "青江县医疗保障局", "柳树村")]),
    "a name, then coming to the village, is no village (张某来村)":
        ("本报讯 青江市财政局驻东河镇夯土村工作队队长、第一书记彭立新来村已经两年多。",
         [("FIRST_SECRETARY_OF", "彭立新", "夯土村")]),
    "a member of a 嘎查's committee":
        ("本报讯 朝鲁吐嘎查召开会议。嘎查委员会委员阿拉坦仓则带着年轻人搞起了直播带货。",
         [("HOLDS_POSITION", "阿拉坦仓", "朝鲁吐嘎查")]),
    "a bare 市 is the city of the article's banner, not a city named in passing":
        ("本报讯 察哈尔右翼中旗科布尔镇柳树村的牛肉销往包头市。市科技局包联柳树村三年来，引进了新品种。",
         [("SUPPORTS", "乌兰察布市科学技术局", "柳树村")]),
    "a place's grids as it has them now (社区现有N个网格)":
        ("本报讯 青江县东河街道柳树社区辖5个小区。社区现有9个网格，每个网格由1名社区“两委”成员任网格长。",
         [("DIVIDED_INTO", "柳树社区", "柳树社区")]),
    "a place's grids in a quote (我们社区有N个网格)":
        ("本报讯 在东河街道柳树社区，网格员每天巡查。“我们社区有7个网格，每个网格都有一个微信群。”",
         [("DIVIDED_INTO", "柳树社区", "柳树社区")]),
    "the grids a place divided itself into, as a noun (街道划分的N个网格)":
        ("本报讯 青江县东河街道在辖区8个社区推行“网格+警格”机制，街道划分的43个网格全部配备民警。",
         [("DIVIDED_INTO", "东河街道", "东河街道")]),
    "all of a place's grids (Y社区全部N个网格, 社区N个网格全部走了一遍)":
        ("本报讯 韩立文是东河派出所的一名民警，负责柳树社区全部5个网格的治安工作。东河街道桃园社区第一书记刘建国说：“上任头一个月，我把社区8个网格全部跑了一遍。”",
         [("DIVIDED_INTO", "柳树社区", "柳树社区"), ("DIVIDED_INTO", "桃园社区", "桃园社区")]),
    "a Han name of three after a title, then an adverb (第一书记Z正和…)":
        ("本报讯 记者在东河街道看到，青江市水务局选派的柳树社区第一书记高向阳正和网格员一起入户走访。",
         [("FIRST_SECRETARY_OF", "高向阳", "柳树社区")]),
    "a comparison with the village's people is no place (了解得比村干部还清楚)":
        ("本报讯 韩立文是青江县水务局驻柳沟村第一书记。“韩书记对地里的事，了解得比村干部还清楚。”村党支部书记、村委会主任高向阳说。",
         [("HOLDS_POSITION", "高向阳", "柳沟村")]),
    "the place a unit supports is the one before 是, not the town before it (在Y镇，Z社区是X局帮扶的社区)":
        ("本报讯 在东河街道，柳树社区是青江县税务局定点帮扶的社区。",
         [("SUPPORTS", "青江县税务局", "柳树社区")]),
    "the other places a unit supports (同样由X局帮扶的还有Y村)":
        ("本报讯 柳树村是青江县水利局的帮扶村。同样由县水利局帮扶的还有西河镇杏林村，两个村相隔不远。",
         [("SUPPORTS", "青江县水利局", "杏林村")]),
    "the unit that sent the one who came to be first secretary (由X选派的Z来到Y村，担任第一书记)":
        ("本报讯 2021年6月，由青江市供销合作社选派的干部高向阳来到柳沟村，担任驻村第一书记。",
         [("SUPPORTS", "青江市供销合作社", "柳沟村"), ("WORKS_FOR", "高向阳", "青江市供销合作社")]),
    "a village whose team a unit sends on its own (Y村则由X局单独派驻工作队)":
        ("本报讯 与柳沟村相邻的杏林村，则由青江市水务局单独派驻工作队。",
         [("SUPPORTS", "青江市水务局", "杏林村")]),
    "a county's women's federation is a unit, a town's its post (X县妇联副主席, Y镇妇联主席)":
        ("本报讯 韩丽原是青江县妇联副主席，2023年被选派到柳沟村担任第一书记。东河镇妇联主席高芳也来了。",
         [("HOLDS_POSITION", "韩丽", "青江县妇女联合会"), ("HOLDS_POSITION", "高芳", "东河镇")]),
    "a unit that has sent first secretaries to a village before (X局已在Y村派驻过两任第一书记)":
        ("本报讯 韩立文是今年4月轮换到村的。在他之前，青江市水务局已在柳沟村派驻过两任第一书记。",
         [("SUPPORTS", "青江市水务局", "柳沟村")]),
    "a member of the offices of the unit in focus (Z是厅机关干部)":
        ("本报讯 柳沟村是青江省水利厅的定点帮扶村。首任第一书记韩立文是厅机关干部，驻村后修通了产业路。",
         [("WORKS_FOR", "韩立文", "青江省水利厅")]),
    "a former first secretary back in his unit's offices (Z已轮换回X局机关工作)":
        ("本报讯 青江县柳沟村原驻村第一书记韩立文已于去年轮换回县财政局机关工作，仍常与村里联系。",
         [("WORKS_FOR", "韩立文", "青江县财政局")]),
    "a place, then its grids as the subject (在Y社区，9个网格覆盖了…)":
        ("本报讯 在东河街道柳树社区，9个网格覆盖了辖区3200多户居民。",
         [("DIVIDED_INTO", "柳树社区", "柳树社区")]),
    "someone's verb before a bare level word is no place (她发现嘎查…)":
        ("本报讯 2022年，高芳被选派到东河苏木宝日嘎查担任第一书记。她发现嘎查不少妇女会做刺绣。嘎查党支部书记、嘎查达巴特尔说：“她一来，大家都忙起来了。”",
         [("HOLDS_POSITION", "巴特尔", "宝日嘎查")]),
    "a post in a section of the unit in focus (Z是局里的路政股股长)":
        ("本报讯 柳沟村是青江县交通运输局的包联村。现任第一书记韩立文是局里的路政股股长，村里人都叫他“路书记”。",
         [("HOLDS_POSITION", "韩立文", "青江县交通运输局路政股")]),
    "a post now held in a division of the unit in focus (现任学院教务处副处长)":
        ("本报讯 柳沟村第一书记韩立文来自青江学院。前任第一书记高芳同样来自青江学院，现任学院教务处副处长。",
         [("HOLDS_POSITION", "高芳", "青江学院教务处")]),
    "the cadre a town assigns to a village holds a post there (Y村包村干部、镇X员Z)":
        ("本报讯 西河镇召开人居环境整治推进会。桃园村包村干部、镇农业服务中心主任高芳通报了进展。",
         [("HOLDS_POSITION", "高芳", "桃园村")]),
    "a unit's cadre assigned to a village is its member (县X局包村干部Z)":
        ("本报讯 西河镇召开人居环境整治推进会。县住建局包村干部高芳介绍，今年已帮助桃园村改造危房11户。",
         [("WORKS_FOR", "高芳", "县住房和城乡建设局")]),
    "a notice's lines of the town's cadres assigned to the village of the section (包村干部：Z)":
        ("关于调整包村领导和包村干部的通知\n一、桃园村\n包联领导：付长青（镇党委副书记、镇长）\n包村干部：高芳\n"
         "二、杏林社区\n包联领导：韩立文（镇人大主席）\n包村干部：赵明",
         [("HOLDS_POSITION", "付长青", "桃园村"), ("HOLDS_POSITION", "高芳", "桃园村"),
          ("HOLDS_POSITION", "韩立文", "杏林社区"), ("HOLDS_POSITION", "赵明", "杏林社区")]),
    "a name the tagger runs on into a unit after 和 (包村干部Z和县民政局的干部)":
        ("本报讯 在桃园村，包村干部高芳和县民政局的帮扶干部一起走访独居老人。",
         [("HOLDS_POSITION", "高芳", "桃园村")]),
    "a post in a village's group known by its number is held in the village (Y村二组网格员Z)":
        ("本报讯 桃园村二组网格员高芳今年52岁，她的网格里住着37户人家。",
         [("HOLDS_POSITION", "高芳", "桃园村")]),
    "after the village's first secretaries are counted, those named by their term (从第一任的A，到第二任的B)":
        ("本报讯 2016年以来，青江省农业科学院先后向桃园村派驻了三任第一书记。从第一任的付长青，到第二任的高芳，"
         "再到现任的赵明，三个人干的是同一件事。",
         [("FIRST_SECRETARY_OF", "付长青", "桃园村"), ("FIRST_SECRETARY_OF", "高芳", "桃园村"),
          ("FIRST_SECRETARY_OF", "赵明", "桃园村")]),
    "the two before him, after a dash (前两任——A和B)":
        ("本报讯 韩立文是局里派到桃园村的第三任第一书记。前两任——付长青和高芳，一个来自省气象局机关，一个来自市气象台。",
         [("FIRST_SECRETARY_OF", "付长青", "桃园村"), ("FIRST_SECRETARY_OF", "高芳", "桃园村")]),
    "a name first printed spaced out is known where it recurs bare (高 振 来…高振来任期届满)":
        ("本报讯 桃园村首任第一书记高 振 来在任三年，修通了产业路。2024年初，高振来任期届满，已回到青江市住建局工作。",
         [("WORKS_FOR", "高振来", "青江市住房和城乡建设局")]),
    "the village's secretary is the one a unit sent (Y村第一书记Z，就是X厅派驻的第三任第一书记)":
        ("本报讯 西河镇桃园村的驻村第一书记付长青，就是青江省交通运输厅派驻的第三任第一书记。",
         [("SUPPORTS", "青江省交通运输厅", "桃园村"), ("WORKS_FOR", "付长青", "青江省交通运输厅")]),
    "the region's bureau is not the prefecture's of the same name (自治区水利厅… X地区水利局)":
        ("本报讯 在喀什地区莎车县托万村，自治区水利厅驻托万村工作队队长、第一书记韩立文正和村民一起修渠。"
         "工作队员、喀什地区水利厅干部高芳负责登记。",
         [("SUPPORTS", "新疆维吾尔自治区水利厅", "托万村")]),
    "units as what they are, then each its village in order (A、B作为后方单位，分别结对帮扶X村、Y村)":
        ("本报讯 2023年，青江省科学技术厅、青江农业大学作为后方单位，分别结对帮扶东河镇桃园村和西河镇杏林村。",
         [("SUPPORTS", "青江省科学技术厅", "桃园村"), ("SUPPORTS", "青江农业大学", "杏林村")]),
    "what kind of community, described at length, is no community (是一个以X为主的老旧社区)":
        ("本报讯 东河街道柳岸社区是一个以企业家属院为主的老旧社区，辖区居民4300余人，划分为11个网格。",
         [("DIVIDED_INTO", "柳岸社区", "柳岸社区")]),
    "a post taken, then the unit named by its bare level (2023年起任省X厅驻Y村第一书记)":
        ("本报讯 韩立文，1987年出生，河北省应急管理厅二级主任科员。2023年8月起，任省应急管理厅驻东河镇桃园村第一书记。",
         [("SUPPORTS", "河北省应急管理厅", "桃园村")]),
    "then, with the village's secretary (便和Y村党支部书记Z商量)":
        ("本报讯 到村后，韩立文发现养羊户分散经营，便和杏树湾村党支部书记高振国一起跑市场。",
         [("HOLDS_POSITION", "高振国", "杏树湾村")]),
    "someone of a village's hamlet is one of its grid staff (家住Y村Z屯的W是村里第三网格的网格员)":
        ("本报讯 陇沟村把全村9个屯划分为9个网格。家住陇沟村岩下屯的赵秀芳是村里第三网格的网格员，谁家有事她都知道。",
         [("HOLDS_POSITION", "赵秀芳", "陇沟村")]),
    "a verb of mentioning before a bare level word is no place (提起社区党委书记Z)":
        ("本报讯 在青州市云门山街道松林社区，提起社区党委书记、居委会主任韩丽华，居民们都会竖起大拇指。",
         [("HOLDS_POSITION", "韩丽华", "松林社区")]),
    "a village's supporter changed, both named (Y村的结对帮扶单位由A调整为B)":
        ("本报讯 因县农机中心承担的任务加重，东河镇柳树村的结对帮扶单位由县农机中心调整为县水利局。",
         [("SUPPORTS", "县农机中心", "柳树村"), ("SUPPORTS", "县水利局", "柳树村")]),
    "a notice's line: a village's supporter changed (Y村——包联单位由A调整为B)":
        ("本报讯 调整情况如下：\n柳树嘎查——包联单位由旗统计局调整为旗林业和草原局；",
         [("SUPPORTS", "旗统计局", "柳树嘎查"), ("SUPPORTS", "旗林业和草原局", "柳树嘎查")]),
    "a unit that takes over another's support (A接替B成为该村的包联单位)":
        ("本报讯 在东河镇柳树村，县水利局接替县农机中心成为该村的包联单位。",
         [("SUPPORTS", "县农机中心", "柳树村"), ("SUPPORTS", "县水利局", "柳树村")]),
    "a predecessor who is also of the unit (Z同样是X局的干部)":
        ("本报讯 江振宇2022年从前任雷振东手中接过了这份工作。雷振东同样是州水务局的干部，在柳沟村一干就是五年。",
         [("WORKS_FOR", "雷振东", "州水务局")]),
    "a unit sends one of its section heads (X局选派Y科科长Z到…任第一书记): his post at home":
        ("本报讯 2022年6月，青江市水务局选派规划建设科科长韩立文到东河镇柳沟村担任驻村第一书记。",
         [("HOLDS_POSITION", "韩立文", "青江市水务局规划建设科"), ("FIRST_SECRETARY_OF", "韩立文", "柳沟村")]),
    "a first secretary's post before his posting (驻村前是局里的一名副处长)":
        ("本报讯 赵海峰是甘肃省林业和草原局派驻柳沟村的第一书记，驻村前是局里的一名副处长，常年和数据打交道。",
         [("HOLDS_POSITION", "赵海峰", "甘肃省林业和草原局")]),
    "a unit's staff named with a second role (分行员工、党员志愿者Z)":
        ("本报讯 中国农业银行青江分行定点帮扶柳树村。分行员工、党员志愿者韩晓婷说：“我们会常来。”",
         [("WORKS_FOR", "韩晓婷", "中国农业银行青江分行")]),
    "a court's work team named by the bare word (法院驻村工作队员Z)":
        ("本报讯 青江县人民法院定点帮扶柳树村。法院驻村工作队员萨仁介绍，队里今年帮村里打了两口井。",
         [("WORKS_FOR", "萨仁", "青江县人民法院")]),
    "a procuratorate's work team named by the bare word (检察院驻嘎查工作队员Z)":
        ("本报讯 青江旗人民检察院定点帮扶柳树嘎查。检察院驻嘎查工作队员阿荣介绍，队里今年帮村里打了两口井。",
         [("WORKS_FOR", "阿荣", "青江旗人民检察院")]),
    "a person who works at a unit (他在X局工作了8年)":
        ("本报讯 现任第一书记苗海军是去年5月到村的，他在青江市水务局工作了8年，是一名“85后”干部。",
         [("WORKS_FOR", "苗海军", "青江市水务局")]),
    "a notice's item: the team's sending unit changed for the village in focus (派出单位由A调整为B)":
        ("本报讯 二、东河镇柳树村。驻村工作队派出单位由青江县林业局调整为青江县审计局，协助村里发展产业。",
         [("SUPPORTS", "青江县林业局", "柳树村"), ("SUPPORTS", "青江县审计局", "柳树村")]),
    "the team's and the village's posts held by a unit's official (工作队队长、第一书记由X局副局长Z担任)":
        ("本报讯 二、东河镇柳树村。工作队队长、第一书记由县住房和城乡建设局副局长闫立群担任。",
         [("HOLDS_POSITION", "闫立群", "柳树村"), ("HOLDS_POSITION", "闫立群", "县住房和城乡建设局"),
          ("FIRST_SECRETARY_OF", "闫立群", "柳树村")]),
    "a unit sends someone to the village in focus as its team leader and first secretary":
        ("本报讯 一、东河镇柳树村。原第一书记林国栋因工作调动召回，由青江市统计局选派干部孟凡宇担任驻村工作队队长、第一书记。",
         [("SUPPORTS", "青江市统计局", "柳树村"), ("WORKS_FOR", "孟凡宇", "青江市统计局")]),
    "a list's line of pairings with a note on the unit before (A党支部——Y村党支部（原由B…结对）)":
        ("本报讯 近日，青江县委组织部公布结对共建名单。部分结对情况如下：\n1．县财政局机关党支部——东河镇柳树村党支部\n"
         "2．县乡村振兴局机关党支部——北山镇石门村党支部（原由县农业农村局机关党支部结对，现由县乡村振兴局机关党支部接续）",
         [("SUPPORTS", "青江县乡村振兴局", "石门村"), ("SUPPORTS", "青江县农业农村局", "石门村")]),
    "a list announced after the sentence that says the support, a unit and a village a row":
        ("本报讯 为压实挂点帮扶责任，南丰县对部分县直单位的挂点帮扶村作了调整。现将调整后名单公布如下：\n"
         "（一）东河镇\n县财政局　　　　　　柳树村\n县统计局　　　　　　桃园村\n（二）西岭镇\n青江银行南丰支行　　石门村",
         [("SUPPORTS", "南丰县财政局", "柳树村"), ("SUPPORTS", "青江银行南丰支行", "石门村")]),
    "a unit sends someone as the team's leader and first secretary (到Y村担任驻村工作队队长、第一书记)":
        ("本报讯 2023年5月，甘肃省水利厅选派年轻干部韩立文到柳沟村担任驻村工作队队长、第一书记。",
         [("SUPPORTS", "甘肃省水利厅", "柳沟村"), ("WORKS_FOR", "韩立文", "甘肃省水利厅")]),
    "a unit's team leader and first secretary at a village (Z是X驻Y村帮扶工作队队长兼第一书记)":
        ("本报讯 韩立文是甘肃省水利厅驻柳沟村帮扶工作队队长兼第一书记。", [("WORKS_FOR", "韩立文", "甘肃省水利厅")]),
    "the team a unit sent to the village in focus (厅里派来的驻村工作队队长Z)":
        ("本报讯 江西省水利厅是柳沟村的结对帮扶单位，厅里派来的驻村工作队队长、第一书记韩立文在村里一待就是三年。",
         [("HOLDS_POSITION", "韩立文", "柳沟村"), ("WORKS_FOR", "韩立文", "江西省水利厅")]),
    "a unit's party member, on duty or by generation (X局在职党员Z, X公司的“80后”党员Z)":
        ("本报讯 区财政局在职党员钱玉洁被编入柳树社区第三网格。接过接力棒的，是青江供电公司的“80后”党员卞晓琪。",
         [("WORKS_FOR", "钱玉洁", "区财政局"), ("WORKS_FOR", "卞晓琪", "青江供电公司")]),
    "a unit added as the county's supporter (新增X为我县定点帮扶单位)":
        ("本报讯 南岭县召开会议。南岭县审计局继续帮扶杏林村，今年新增南岭师范学院为我县定点帮扶单位。",
         [("SUPPORTS", "南岭师范学院", "南岭县")]),
    "a town that is a unit's point of support (Y镇是X局的包联乡镇)":
        ("本报讯 东河镇是青江县交通运输局的包联乡镇，局里派出3名干部驻镇。", [("SUPPORTS", "青江县交通运输局", "东河镇")]),
    "a first secretary's team is the village's (市科技局选派的驻村第一书记兼工作队队长Z)":
        ("本报讯 柳树村是青江市科学技术局的定点帮扶村。“今年的茶叶卖得好。”市科技局选派的驻村第一书记兼工作队队长严书航说。",
         [("HOLDS_POSITION", "严书航", "柳树村"), ("WORKS_FOR", "严书航", "青江市科学技术局")]),
    "a team leader named with the first secretary's post (队长、第一书记由X局干部Z担任)":
        ("本报讯 在东河镇柳树村，青江市审计局组建了驻村工作队，队长、第一书记由市审计局干部邵嘉祥担任。",
         [("HOLDS_POSITION", "邵嘉祥", "柳树村"), ("FIRST_SECRETARY_OF", "邵嘉祥", "柳树村")]),
    "a bare unit word sends someone to the village in focus (医院派驻Z到村担任第一书记)":
        ("本报讯 东河镇柳树村是青江市人民医院的帮扶村。2023年6月，医院派驻程立业到村担任第一书记。",
         [("WORKS_FOR", "程立业", "青江市人民医院")]),
    "a bare unit word sends the person in focus (分行派他到Y村任第一书记)":
        ("本报讯 中国农业银行青江分行定点帮扶柳树村。韩立文是行里的老员工。2019年，分行派他到东河镇柳树村任第一书记，一待就是四年。",
         [("WORKS_FOR", "韩立文", "中国农业银行青江分行")]),
    "a successor in a cleft after a pronoun (接替他担任Y村第一书记的，是X厅的年轻干部Z)":
        ("本报讯 雷振东2019年任期届满返回。接替他担任柳沟村第一书记的，是甘肃省农业农村厅的年轻干部鲁一鸣。",
         [("FIRST_SECRETARY_OF", "鲁一鸣", "柳沟村")]),
    "grids divided out of coarser ones (在原有N个综合网格的基础上，细分出M个微网格)":
        ("本报讯 东河镇在原有30个综合网格的基础上，细分出120个微网格，每个微网格覆盖30至50户。",
         [("DIVIDED_INTO", "东河镇", "东河镇")]),
    "micro-grids set up under the grids (网格下再分设M个微网格)":
        ("本报讯 柳沟村把全村划分为4个网格，网格下再分设18个微网格，每个微网格联系十来户。",
         [("DIVIDED_INTO", "柳沟村", "柳沟村")]),
    "该村 is the village the sentence named, not a community named after it":
        ("本报讯 四、东河镇桃园村——已并入城北社区管理，撤销县统计局对该村的包联。", [("SUPPORTS", "县统计局", "桃园村")]),
    "a table's column of team leaders (驻村工作队长), and a village cell with a stop character in it":
        ("本报讯 调整名单如下：\n序号 乡镇 挂钩村 挂钩单位 驻村工作队长\n1 东河镇 柳沟村 青江县财政局 韩立文\n"
         "2 西河镇 上对村 青江县水利局 马建明",
         [("HOLDS_POSITION", "韩立文", "柳沟村"), ("HOLDS_POSITION", "马建明", "上对村"), ("SUPPORTS", "青江县水利局", "上对村")]),
    "a table's column head with a note in brackets (总网格长（村党支部书记）)":
        ("本报讯 以下为东河镇部分村网格划分情况：\n村名　　网格数　　总网格长（村党支部书记）\n柳沟村　　5　　韩立文\n桃园村　　4　　赵海燕",
         [("HOLDS_POSITION", "韩立文", "柳沟村"), ("HOLDS_POSITION", "赵海燕", "桃园村")]),
    "a broadcaster is a unit (县广播电视台), the supporter before (Y村原挂点单位X)":
        ("本报讯 2．东河镇柳沟村原挂点单位县广播电视台已整合组建为县融媒体中心。", [("SUPPORTS", "县广播电视台", "柳沟村")]),
    "the head of a hamlet (屯长Z) named after its chain":
        ("本报讯 零下28摄氏度，青江县东河镇柳沟村王家屯的屯口，屯长王宝山正指挥铲车清雪。", [("HOLDS_POSITION", "王宝山", "王家屯")]),
    "a post held by someone whose other post comes before his name (X理事长由村党支部书记Z兼任)":
        ("本报讯 东河镇柳沟村成立了养牛合作社。合作社理事长由村党支部书记韩立文兼任。", [("HOLDS_POSITION", "韩立文", "柳沟村")]),
    "a roster whose post and name are cells side by side, with the post at home (驻村职务 姓名 … 现任职务)":
        ("本报讯 附件：驻村第一书记调整名单\n序号\t驻村地点\t驻村职务\t姓名\t派出单位\t现任职务\t任职时间\n"
         "1\t东河镇柳沟村\t第一书记\t韩立文\t青江县交通运输局\t综合股股长\t2023.07—\n"
         "2\t西河镇桃园村\t工作队员\t赵晓梅\t青江县财政局\t干部\t2023.07—",
         [("FIRST_SECRETARY_OF", "韩立文", "柳沟村"), ("HOLDS_POSITION", "韩立文", "青江县交通运输局综合股"),
          ("SUPPORTS", "青江县交通运输局", "柳沟村"), ("WORKS_FOR", "赵晓梅", "青江县财政局")]),
    "a roster aligned with wide spaces, names of two padded to three (李　伟)":
        ("本报讯 部分嘎查村新任驻村第一书记名单：\n　　苏木镇　　　嘎查村　　　　　姓　名　　派出单位\n"
         "　　东河镇　　　柳沟村　　　　　韩　冰　　旗农牧局\n　　西河镇　　　巴彦宝力格嘎查　阿拉坦　　市科学技术局",
         [("FIRST_SECRETARY_OF", "韩冰", "柳沟村"), ("WORKS_FOR", "阿拉坦", "市科学技术局")]),
    "a roster whose person column is headed 第一书记（队长）":
        ("本报讯 现将驻村工作队组成人员公布如下：\n序号\t苏木镇\t村（嘎查）\t派出单位\t第一书记（队长）\t队员\n"
         "1\t东河镇\t柳沟村\t青江县水利局\t韩立文\t赵晓梅\n2\t西河镇\t桃园村\t青江县审计局\t刘建国\t（另行选派）",
         [("FIRST_SECRETARY_OF", "刘建国", "桃园村"), ("SUPPORTS", "青江县水利局", "柳沟村"), ("HOLDS_POSITION", "韩立文", "柳沟村")]),
    "a table of a village's grids headed 网格名称":
        ("本报讯 青江县东河镇柳沟村将全村划分为2个网格。现将网格化服务管理人员予以公示：\n网格名称\t网格长\t专职网格员\t服务范围\n"
         "第一网格\t韩立文\t赵晓梅\t东大街以北，1—135户\n第二网格\t刘建国\t孙丽丽\t东大街以南，136—270户",
         [("HOLDS_POSITION", "韩立文", "柳沟村"), ("HOLDS_POSITION", "孙丽丽", "柳沟村")]),
    "a table of a community's grids, each grid's area noted after its name (第一网格（北街片区）)":
        ("本报讯 青江县西河镇桃园社区网格员信息公示\n网格名称　　网格长　　专职网格员　　联系电话\n"
         "第一网格（北街片区）　　韩立文　　赵晓梅　　139****0001\n第二网格（南街片区）　　刘建国　　孙丽丽、周海燕　　139****0002",
         [("HOLDS_POSITION", "赵晓梅", "桃园社区"), ("HOLDS_POSITION", "周海燕", "桃园社区"), ("HOLDS_POSITION", "刘建国", "桃园社区")]),
    "a unit sends another first secretary in place of one recalled (由该局另选派干部Z接任)":
        ("本报讯 据了解，青江县统计局派驻东河镇柳沟村第一书记韩立文，因长期不在岗被召回，由该局另选派干部刘建国接任。",
         [("WORKS_FOR", "刘建国", "青江县统计局"), ("FIRST_SECRETARY_OF", "刘建国", "柳沟村")]),
    "a unit sends its cadre as the 嘎查's first secretary (选派干部Z担任驻嘎查第一书记)":
        ("本报讯 柳沟嘎查的包联单位旗交通运输局，选派干部敖特根担任驻嘎查第一书记。", [("WORKS_FOR", "敖特根", "旗交通运输局")]),
    "a team member who comes from a unit, named with no title (来自X院的Z是…)":
        ("本报讯 工作队员中，来自县人民医院的蓝秀英是瑶族，老家在湖南江华。", [("WORKS_FOR", "蓝秀英", "县人民医院")]),
    "a first secretary's age, then his unit (Z今年37岁，是X局的一名业务骨干)":
        ("本报讯 柳沟嘎查的包联单位青江盟医疗保障局派驻了第一书记。第一书记敖特根今年37岁，是盟医保局的一名业务骨干。",
         [("WORKS_FOR", "敖特根", "青江盟医疗保障局")]),
    "a post in a section of the unit in focus (X局派驻Y村第一书记、局造林科副科长Z)":
        ("本报讯 青江市林业局派驻柳沟村第一书记、局造林科副科长韩立文告诉记者，今年要种核桃。",
         [("HOLDS_POSITION", "韩立文", "青江市林业局造林科"), ("FIRST_SECRETARY_OF", "韩立文", "柳沟村")]),
    "a bare provincial unit's branch named by its city (Z是省农科院X分院副研究员)":
        ("本报讯 黑龙江省林口县柳沟村第一书记韩立文是省农科院牡丹江分院副研究员，从事大豆育种。",
         [("HOLDS_POSITION", "韩立文", "黑龙江省农业科学院牡丹江分院")]),
    "the retired cadres' bureau is a unit (县委老干部局局长Z)":
        ("本报讯 青江县召开驻村工作推进会，县委组织部副部长、县委老干部局局长韩立文主持。",
         [("HOLDS_POSITION", "韩立文", "青江县委老干部局")]),
    "back in a division of the bank in focus (回到行里X部工作)":
        ("本报讯 青江银行东河分行定点帮扶柳沟村。前任第一书记刘建国已回到行里个人金融部工作。",
         [("WORKS_FOR", "刘建国", "青江银行东河分行个人金融部")]),
    "a bare unit after a verb and 了 sends the first secretary (见到了医院派驻该村的第一书记)":
        ("本报讯 青江医学院附属医院定点帮扶东河县。记者在东河镇柳沟村见到了医院派驻该村的第一书记、骨科主治医师韩立文。",
         [("SUPPORTS", "青江医学院附属医院", "柳沟村")]),
    "back in the bureau in focus, then 任 and the post in its division (回到局里任X中心副主任)":
        ("本报讯 青江旗交通运输局是柳沟村的包联单位。第一书记杜建华在村里工作了三年，如今已回到局里任公路养护中心副主任。",
         [("WORKS_FOR", "杜建华", "青江旗交通运输局")]),
    "a unit's numbered party branch pairs with a village for the unit (X局机关第二党支部与Y村党支部结对共建)":
        ("本报讯 6月，青江市水利局机关第二党支部与东河镇柳沟村党支部结对共建。青江市审计局第三党支部全体党员来到包联村——东河镇杏林村。",
         [("SUPPORTS", "青江市水利局", "柳沟村"), ("SUPPORTS", "青江市审计局", "杏林村")]),
    "a unit's list of numbered branches pairs with villages in turn (X局机关第一党支部、第三党支部分别与A村、B村…)":
        ("本报讯 5月，青江市住建局机关第一党支部、第三党支部分别与银山镇柳沟村党支部、杏林镇桃园村党支部签订结对共建协议。",
         [("SUPPORTS", "青江市住房和城乡建设局", "柳沟村"), ("SUPPORTS", "青江市住房和城乡建设局", "桃园村")]),
    "a former post after 原任 (Z原任X局副局长)":
        ("本报讯 韩立文原任晋城市财政局副局长，2021年主动报名驻村。",
         [("HOLDS_POSITION", "韩立文", "晋城市财政局")]),
    "a unit pairs with a village, then sends a cadre with his post at home (X医院结对帮扶Y村，选派副主任医师Z任第一书记)":
        ("本报讯 青江市人民医院结对帮扶后山村，选派副主任医师朱明任第一书记。",
         [("HOLDS_POSITION", "朱明", "青江市人民医院"), ("FIRST_SECRETARY_OF", "朱明", "后山村")]),
    "a unit sends the head of one of its divisions, named with its bare word (X厅…选派厅Y处副处长Z)":
        ("本报讯 青江省自然资源厅定点帮扶东河县柳集村，选派厅耕地保护监督处副处长丁一鸣任第一书记。",
         [("HOLDS_POSITION", "丁一鸣", "青江省自然资源厅耕地保护监督处")]),
    "a list of new first secretaries, the village, a dash, the name and the unit (Y村——Z（X局）)":
        ("本报讯 青江县召开驻村第一书记轮换会。\n附：部分新任驻村第一书记名单\n东河镇柳沟村——韩立文（县教育局）\n",
         [("FIRST_SECRETARY_OF", "韩立文", "柳沟村"), ("WORKS_FOR", "韩立文", "青江县教育局")]),
    "the village's supporter before and after a change (原…为A，现调整为B)":
        ("本报讯 （一）东河镇柳树村：原帮扶单位为青江县发展和改革局，现调整为青江县医疗保障局。",
         [("SUPPORTS", "青江县发展和改革局", "柳树村"), ("SUPPORTS", "青江县医疗保障局", "柳树村")]),
    "a post before the village, after a comma (Z，驻村前是X局股长; Z，此前任X局副局长)":
        ("本报讯 柳树村第一书记韩立文，驻村前是青江县农业农村局种植业股股长。东河村第一书记刘欣，此前任青江县水利局副局长。",
         [("HOLDS_POSITION", "韩立文", "青江县农业农村局种植业股"), ("HOLDS_POSITION", "刘欣", "青江县水利局")]),
    "a title, then the unit's person, whatever follows (驻村工作队员、X局的Z负责…)":
        ("本报讯 驻村工作队员、青江县医疗保障局的韩立文负责整理台账。", [("WORKS_FOR", "韩立文", "青江县医疗保障局")]),
    "a unit's first secretary of a 嘎查 (Z是X局选派到Y嘎查的驻嘎查第一书记)":
        ("本报讯 韩立文是青江市农牧局选派到柳树嘎查的驻嘎查第一书记。", [("WORKS_FOR", "韩立文", "青江市农牧局")]),
    "units listed after the place they are the support units of (作为Y社区的包联单位，A局和B局…)":
        ("本报讯 作为柳树社区的包联单位，青江县司法局和青江县医疗保障局每月组织干部到社区报到。",
         [("SUPPORTS", "青江县司法局", "柳树社区"), ("SUPPORTS", "青江县医疗保障局", "柳树社区")]),
    "a unit sends several people in turn (X局先后选派A、B、C三名干部到Y村任第一书记)":
        ("本报讯 青江县交通运输局先后选派韩立文、刘欣、赵明三名干部到柳树村任第一书记。",
         [("WORKS_FOR", "韩立文", "青江县交通运输局"), ("FIRST_SECRETARY_OF", "刘欣", "柳树村")]),
    "working at a unit, after a comma, a time or an age (Z，当时已在X局工作了二十多年; 他29岁，在X局工作)":
        ("本报讯 柳树村第一任第一书记韩立文，当时已在青江省统计局工作了二十多年。东河村第一书记刘欣是2016年进村的。"
         "那年他29岁，在青江市林业局工作刚满三年。",
         [("WORKS_FOR", "韩立文", "青江省统计局"), ("WORKS_FOR", "刘欣", "青江市林业局")]),
    "the one who succeeds a first secretary, named after 接替 (接替李某的Z也来自X局)":
        ("本报讯 柳树村第一书记韩立文干了三年。2020年10月，接替韩立文的刘欣也来自青江市市场监督管理局。",
         [("FIRST_SECRETARY_OF", "刘欣", "柳树村")]),
    "the one who took over the posts, a colleague of the one before (接任队长、第一书记的是他在X局的同事Z)":
        ("本报讯 柳树村第一书记韩立文干了三年。2018年3月，韩立文回到单位，接任队长、第一书记的是他在青江省统计局的同事刘欣。",
         [("FIRST_SECRETARY_OF", "刘欣", "柳树村")]),
    "a cleft names who took over or held the post (接任第一书记的，是X局干部Z; 在村里任第一书记的是Z)":
        ("本报讯 柳树村第一书记赵立群干了三年。接任第一书记的，是青江省统计局干部刘欣。2018年至2021年，在村里任第一书记的是青江县教育局干部"
         "孙丽。", [("FIRST_SECRETARY_OF", "刘欣", "柳树村"), ("FIRST_SECRETARY_OF", "孙丽", "柳树村")]),
    "a clause, then a comma, then becoming the village's first secretary (Z接过接力棒，成为Y村的第二任第一书记)":
        ("本报讯 2021年5月，赵立群任期届满，青江市审计局干部刘欣接过接力棒，成为柳树村的第二任第一书记。",
         [("FIRST_SECRETARY_OF", "刘欣", "柳树村")]),
    "a bare unit word's party group sends someone (局党组选派机关干部Z担任Y村第一书记)":
        ("本报讯 青江县林业局定点帮扶东河镇。2021年8月，局党组选派机关干部韩立文担任柳树村第一书记。",
         [("WORKS_FOR", "韩立文", "青江县林业局")]),
    "the village's first secretary, a comma, then who it is (Y村的第一书记，是X院派驻的工程师Z)":
        ("本报讯 柳树村的第一书记，是青江省林业调查规划院派驻的工程师韩立文。", [("FIRST_SECRETARY_OF", "韩立文", "柳树村")]),
    "likewise sent by a unit, named before it (Z同样由X局选派)":
        ("本报讯 柳树村第一书记赵立群干了三年。韩立文同样由青江市医疗保障局选派，此前在该局负责医保待遇审核工作。",
         [("WORKS_FOR", "韩立文", "青江市医疗保障局")]),
    "the village's supporting unit changed to another (Y村的帮扶单位换成了X局; 改为X局)":
        ("本报讯 2021年起，柳树村的帮扶单位换成了青江市生态环境局。东河村的包联单位改为青江市审计局。",
         [("SUPPORTS", "青江市生态环境局", "柳树村"), ("SUPPORTS", "青江市审计局", "东河村")]),
    "the village, a comma, then its new first secretary and the unit that sent him in brackets (在Y村，新任第一书记Z（X局选派）)":
        ("本报讯 在东河乡柳树村，新任第一书记韩立文（青江县农业农村局选派）与村党支部书记一起走访网格。",
         [("SUPPORTS", "青江县农业农村局", "柳树村")]),
    "a name opens the sentence, its unit and post follow (Z，X局副局长，…)":
        ("本报讯 韩立文，青江县农业农村局副局长，2023年5月到柳树村任第一书记。",
         [("HOLDS_POSITION", "韩立文", "青江县农业农村局")]),
    "a unit pairs with a village of the speaker's town (X局包联我镇Y村), no town in focus":
        ("本报讯 答：青江市审计局包联我镇石桥村，帮着修了路。",
         [("SUPPORTS", "青江市审计局", "石桥村")]),
    "a post, then the unit the person comes from as the chain's next item (Y村第一书记、来自X局的青年干部Z)":
        ("本报讯 西河镇石桥村第一书记、来自东川县审计局的年轻干部韩立文说，村里的路修通了。",
         [("FIRST_SECRETARY_OF", "韩立文", "石桥村"), ("WORKS_FOR", "韩立文", "东川县审计局")]),
    "a unit sends two first secretaries in turn (公司先后选派员工A、B到村任第一书记)":
        ("本报讯 石桥村的帮扶单位是国网东川县供电公司。公司先后选派员工付海、韩冬到村任第一书记。",
         [("WORKS_FOR", "付海", "国网东川县供电公司"), ("WORKS_FOR", "韩冬", "国网东川县供电公司")]),
    "the successor in a cleft sentence after 接替Z任第一书记的是W":
        ("本报讯 2016年，东川县教育局与石桥村结对帮扶，派驻干部韩冬任驻村第一书记。2019年，接替韩冬任第一书记的是县教育局的付丽。",
         [("FIRST_SECRETARY_OF", "付丽", "石桥村")]),
    "a leader's posts, then the town he is linked to (副旗长、Y苏木包联旗领导Z): his posts only":
        ("本报讯 西乌珠穆沁旗旗委常委、副旗长、巴彦花镇包联旗领导韩立新出席会议并讲话。",
         [("HOLDS_POSITION", "韩立新", "西乌珠穆沁旗"), ("HOLDS_POSITION", "韩立新", "西乌珠穆沁旗委")]),
    "a post taken, then another with 并兼任 (当选村党支部副书记并兼任村妇联主席)":
        ("本报讯 石桥村26岁的付美玲当选村党支部副书记并兼任村妇联主席。",
         [("HOLDS_POSITION", "付美玲", "石桥村")]),
    "a post, then the unit that sent the person as the chain's next item (Y村第一书记、X局选派的干部Z)":
        ("本报讯 “我们村划成了6个网格。”西河镇石桥村第一书记、东川县财政局选派的干部付小军说。",
         [("FIRST_SECRETARY_OF", "付小军", "石桥村")]),
    "a village paired with a unit written Y与X挂钩联系":
        ("本报讯 同镇的石桥村与东川县税务局挂钩联系，税务干部每季度进村开展政策辅导。",
         [("SUPPORTS", "东川县税务局", "石桥村")]),
    "a unit paired with a village written X与Y挂钩帮扶":
        ("本报讯 东河县农牧局与柳树村挂钩帮扶，派技术人员常年指导果树修剪。",
         [("SUPPORTS", "东河县农牧局", "柳树村")]),
    "units that go to a village together as one team (A、B和C组团进驻Y村)":
        ("本报讯 今年2月，东川县审计局、东川县职业中学和东川县中医院组团进驻西河镇石桥村，开展驻村帮扶。",
         [("SUPPORTS", "东川县职业中学", "石桥村")]),
    "the one who took a village's post, then the unit that sent him (担任Y村第一书记的Z，是X局选派的…干部)":
        ("本报讯 接替他担任石桥村第一书记的付晓东，是东川县审计局选派的又一名年轻干部。",
         [("SUPPORTS", "东川县审计局", "石桥村"), ("WORKS_FOR", "付晓东", "东川县审计局")]),
    "a table whose units' column says they also sent the first secretaries (包联单位（派出单位）)":
        ("本报讯 现将调整情况公示如下：\n序号　乡镇　村　帮扶单位（派出单位）　驻村第一书记　备注\n"
         "1　西河镇　石桥村　东川县审计局　付晓东　续任\n",
         [("WORKS_FOR", "付晓东", "东川县审计局"), ("SUPPORTS", "东川县审计局", "石桥村")]),
    "a list's lines, a name, a wide space, the unit that sent him and his two posts (…第一书记、工作队队长)":
        ("驻村第一书记名单\n本报讯 近日，东川县公布驻村第一书记名单。\n"
         "付立伟　东川县水务局派驻西河镇石桥村第一书记、工作队队长\n"
         "韩晓明　东川县水利局派驻西河镇柳沟村第一书记、工作队队长\n",
         [("FIRST_SECRETARY_OF", "付立伟", "石桥村"), ("HOLDS_POSITION", "付立伟", "石桥村"),
          ("WORKS_FOR", "韩晓明", "东川县水利局"), ("FIRST_SECRETARY_OF", "韩晓明", "柳沟村")]),
    "a list's line, then the first secretary's unit and his standing in it in brackets (（X医院干部）)":
        ("驻村第一书记名单\n本报讯 近日，东川县公布驻村第一书记名单。\n"
         "付立伟　西河镇石桥村第一书记（东川县人民医院干部）\n"
         "韩晓明　西河镇柳沟村第一书记（东川县水利局职工）\n",
         [("FIRST_SECRETARY_OF", "付立伟", "石桥村"), ("WORKS_FOR", "付立伟", "东川县人民医院"),
          ("WORKS_FOR", "韩晓明", "东川县水利局")]),
    "a name of three, then 则 (in turn) before what the person says (主任田园园则说)":
        ("本报讯 石桥村党支部书记、村委会主任田园园则说，合作社今年要扩大规模。",
         [("HOLDS_POSITION", "田园园", "石桥村")]),
    "a name of three with an OCR's space before its last character, then speech (主任付满 仓介绍)":
        ("本报讯 石桥村党支部书记、村委会主任付满 仓介绍，合作社今年要扩大规模。",
         [("HOLDS_POSITION", "付满仓", "石桥村")]),
    "the post someone held then, and his name after 的 (时任Y村第一书记的Z带着…)":
        ("本报讯 2019年，时任石桥村第一书记的高峰带着村民试种花椒。",
         [("FIRST_SECRETARY_OF", "高峰", "石桥村")]),
    "a post held then at a unit (曾任X局局长的Z)":
        ("本报讯 曾任东川县林业局局长的付国栋，退休后回村种起了核桃。",
         [("HOLDS_POSITION", "付国栋", "东川县林业局")]),
    "a table drawn with bars between the cells and one after the last, often empty (…｜副局长｜)":
        ("本报讯 现将到岗情况通报如下：\n序号｜乡镇｜驻村｜派出单位｜驻村第一书记｜备注\n"
         "1｜西河镇｜石桥村｜东川县审计局｜付晓东｜\n2｜西河镇｜柳沟村｜东川县水务局｜韩立平｜\n",
         [("FIRST_SECRETARY_OF", "付晓东", "石桥村"), ("SUPPORTS", "东川县水务局", "柳沟村")]),
    "a table's column of posts at home headed 单位职务 (a post, not a unit)":
        ("本报讯 现将到岗情况通报如下：\n序号　乡镇　驻村　派出单位　驻村第一书记　单位职务　备注\n"
         "1　西河镇　石桥村　东川县审计局　付晓东　四级主任科员\n2　西河镇　柳沟村　东川县水务局　韩立平　副局长\n",
         [("HOLDS_POSITION", "付晓东", "东川县审计局"), ("HOLDS_POSITION", "韩立平", "东川县水务局")]),
    "a name of three spaced out right after a title, whatever the tagger reads there (党委书记何 建 军说)":
        ("本报讯 西河镇党委书记何 建 军说，镇里将推广石桥村的经验。",
         [("HOLDS_POSITION", "何建军", "西河镇")]),
    "a village's post, then 兼 and a cooperative's (村委会主任兼X合作社理事长Z)":
        ("本报讯 石桥村村委会主任兼林西县石门花椒种植专业合作社理事长付玉春说，今年收成好。",
         [("HOLDS_POSITION", "付玉春", "石桥村"), ("HOLDS_POSITION", "付玉春", "林西县石门花椒种植专业合作社")]),
    "two former secretaries both back at their unit (A、B都已回到X局工作: each)":
        ("本报讯 石桥村的前两任第一书记付伟、韩明都已回到东川县审计局工作，但仍常回村看看。",
         [("WORKS_FOR", "付伟", "东川县审计局"), ("WORKS_FOR", "韩明", "东川县审计局")]),
    "in a village described before its name, a unit's support with no place after the verb (在同镇的Y村，X局包村帮扶)":
        ("本报讯 在同镇的石桥村，东川县审计局包村帮扶，指导村里办起了挂面作坊。",
         [("SUPPORTS", "东川县审计局", "石桥村")]),
    "in a village, a unit's support as a noun (在Y村，X行的驻村帮扶也进入了第三年)":
        ("本报讯 在西河镇石桥村，东川县农商银行的驻村帮扶也进入了第三个年头。",
         [("SUPPORTS", "东川县农商银行", "石桥村")]),
    "挂包 (Yunnan's word for a unit's pairing with a village)":
        ("本报讯 东川县人民医院挂包西河镇石桥村以来，村里建起了标准化卫生室。",
         [("SUPPORTS", "东川县人民医院", "石桥村")]),
    "a numbered grid's post written with 的 (Y村第四网格的联户长Z)":
        ("本报讯 石桥村第四网格的联户长付秀英今年52岁，负责联系10户人家。",
         [("HOLDS_POSITION", "付秀英", "石桥村")]),
    "a table of new and former first secretaries, the new one's post at home between them (…新任第一书记 单位职务 原第一书记)":
        ("本报讯 现将轮换情况公示如下：\n序号｜乡镇｜村｜派出单位｜新任驻村第一书记｜单位职务｜原驻村第一书记\n"
         "1｜西河镇｜石桥村｜东川县审计局｜付晓东｜四级主任科员｜韩立平\n2｜西河镇｜柳沟村｜东川县公安局｜付晓明｜一级警长｜韩立新\n",
         [("HOLDS_POSITION", "付晓东", "东川县审计局"), ("FIRST_SECRETARY_OF", "韩立平", "石桥村"),
          ("HOLDS_POSITION", "付晓明", "东川县公安局")]),
    "a unit's mainstay (党员骨干, 技术骨干) is one of its members":
        ("本报讯 在石桥村，第一书记由东川县供电公司党员骨干付志超担任。",
         [("WORKS_FOR", "付志超", "东川县供电公司")]),
    "a table of communities whose rows open with a number and a town (序号 街道 社区 包联单位 网格数 书记)":
        ("本报讯 现将包联及网格设置情况公示如下：\n序号｜街道｜社区｜包联单位｜网格数（个）｜社区党组织书记（总网格长）\n"
         "1｜东城街道｜石桥社区｜东川县审计局｜8｜付玉梅\n2｜东城街道｜柳沟社区｜东川县水务局｜7｜韩立平\n",
         [("DIVIDED_INTO", "石桥社区", "石桥社区"), ("HOLDS_POSITION", "付玉梅", "石桥社区"),
          ("DIVIDED_INTO", "柳沟社区", "柳沟社区")]),
    "a table of paired companies (帮扶企业) and their heads (企业负责人): a post in the row's company, not the village":
        ("本报讯 部分结对帮扶名单如下：\n乡镇　　村　　帮扶企业　　企业负责人　　帮扶方式\n"
         "西河镇　　石桥村　　东川县鑫源矿业有限公司　　付德发（董事长）　　产业帮扶\n"
         "西河镇　　柳沟村　　东川县宏达杂粮加工厂　　韩立国　　消费帮扶\n",
         [("HOLDS_POSITION", "付德发", "东川县鑫源矿业有限公司"), ("HOLDS_POSITION", "韩立国", "东川县宏达杂粮加工厂"),
          ("SUPPORTS", "东川县宏达杂粮加工厂", "柳沟村")]),
    "a name of two spaced out, then a word (第一书记田 野第一个发言)":
        ("本报讯 西河镇石桥村第一书记田 野第一个发言，介绍了村里的变化。",
         [("FIRST_SECRETARY_OF", "田野", "石桥村")]),
    "a list's label with the team's lead in brackets (第一书记（队长）：Z（X局）): both posts":
        ("本报讯 2. 西河镇 石桥村\n第一书记（队长）：付家宝（东川县财政局）\n",
         [("FIRST_SECRETARY_OF", "付家宝", "石桥村"), ("HOLDS_POSITION", "付家宝", "石桥村")]),
    "a post at the unit that sent the person (Z，是X医院派驻的主治医师)":
        ("本报讯 那里的第一书记付桂兰，是东川县人民医院派驻的主治医师，她每周在村卫生室坐诊两天。",
         [("HOLDS_POSITION", "付桂兰", "东川县人民医院")]),
    "a name before speech that the tagger reads as one verb (主任付国军说)":
        ("本报讯 石桥村党支部书记、村委会主任付国军说，今年收成好。",
         [("HOLDS_POSITION", "付国军", "石桥村")]),
    "a Yi name the tagger cut after the clan, before a semicolon (队长沙马日果；)":
        ("本报讯 1.县水务局派驻东河镇柳坪村工作队：第一书记、队长沙马日果；队员王小丽（县水务局）。",
         [("FIRST_SECRETARY_OF", "沙马日果", "柳坪村")]),
    "another village of the township just named (Y乡另一个村——Z村)":
        ("本报讯 石门乡另一个村——柳坪村，是县林业局的包联村。", [("LOCATED_IN", "柳坪村", "石门乡")]),
    "another village of the township in focus (乡里另一个村Z村)":
        ("本报讯 石门乡有9个村。乡里另一个村柳坪村由县林业局包联。", [("LOCATED_IN", "柳坪村", "石门乡")]),
    "our village in a quote, its speaker's village named after it (“我们村…，”Y村党支部书记张某说)":
        ("本报讯 青江县推进网格化治理。“我们村现在划分为6个网格，”柳坪村党支部书记严守义说，“网格长都是村干部。”",
         [("DIVIDED_INTO", "柳坪村", "柳坪村")]),
    "our village in a quote after another village, its speaker's village named after it (“全村…。”Z村书记张某说)":
        ("本报讯 县林业局包联石门村。“全村划成了7个网格，每个网格都有党员。”柳坪村党支部书记严守义说。",
         [("DIVIDED_INTO", "柳坪村", "柳坪村")]),
    "the village of a quote's speaker, in the same sentence (“…村里…，”Z村书记张某说)":
        ("本报讯 县林业局包联石门村。“包联单位县水利局每月都来，村里的事他们都上心，”柳坪村党支部书记严守义说。",
         [("SUPPORTS", "县水利局", "柳坪村")]),
    "a first secretary named by 由, his unit in brackets (Y村：驻村第一书记由Z（县X局干部）担任)":
        ("石门镇柳沟村：驻村第一书记由张立明（县自然资源局干部）担任。", [("FIRST_SECRETARY_OF", "张立明", "柳沟村")]),
    "a team's heading with 工作队长 (X局派驻Y镇Z村：第一书记、工作队长 张某)":
        ("3.南岭县医疗保障局派驻石门镇柳沟村：第一书记、工作队长 饶清远（县医疗保障局干部）。",
         [("SUPPORTS", "南岭县医疗保障局", "柳沟村"), ("FIRST_SECRETARY_OF", "饶清远", "柳沟村")]),
    "a unit's cadre after 系 set off by a comma, or after the post he holds now (张某，系X局干部; 张某现任Y镇副镇长（挂职），系X局下派干部)":
        ("韩立明，系青江市统计局干部。尉晓冬现任石门镇副镇长（挂职），系青江市商务局下派干部，协助分管招商引资。",
         [("WORKS_FOR", "韩立明", "青江市统计局"), ("WORKS_FOR", "尉晓冬", "青江市商务局")]),
    "a unit as a rear unit paired with a village (X院作为后方单位与Y村结对帮扶)":
        ("青江省林业科学院作为后方单位与柳溪村结对帮扶已有三年。", [("SUPPORTS", "青江省林业科学院", "柳溪村")]),
    "the head of a village's group just named (在Y村X组，组长张某; Y村X组在半山腰，组长张某)":
        ("在石桥村平坝组，组长吴德明带着村民修水渠。杏林村岩脚组在半山腰，组长蒙光富是第三网格网格员。",
         [("HOLDS_POSITION", "吴德明", "平坝组"), ("HOLDS_POSITION", "蒙光富", "岩脚组")]),
    "a list of people after 为, each with his own unit's role (包保干部为镇财政所干部A、镇社保所干部B)":
        ("会议明确，杏林村包保干部为镇财政所干部展立林、镇社保所干部冷一峰。",
         [("HOLDS_POSITION", "展立林", "杏林村"), ("HOLDS_POSITION", "冷一峰", "杏林村")]),
    "a congress's standing committee by its full name (X县人民代表大会常务委员会办公室派驻Y村)":
        ("青江县人民代表大会常务委员会办公室派驻石门乡柳溪村第一书记韩立新，到村已满两年。",
         [("SUPPORTS", "青江县人民代表大会常务委员会办公室", "柳溪村")]),
    "the Yi surname 矣 before a given name the tagger keeps apart (队员矣建明（X局干部）)":
        ("柳溪村驻村工作队队员矣建明（青江县交通运输局干部）负责产业项目。",
         [("WORKS_FOR", "矣建明", "青江县交通运输局")]),
    "the lead unit of a town's joined support (X局为Y镇驻镇帮镇扶组团牵头单位)":
        ("青江市水利局为石门镇驻镇帮镇扶组团牵头单位，该局干部韩立新任工作队队长。", [("SUPPORTS", "青江市水利局", "石门镇")]),
    "the Ordos Mongols' surname 奇 before a Mongolian given name (第一书记奇毕力格图)":
        ("巴音乌素嘎查第一书记奇毕力格图，是旗林业和草原局干部。", [("FIRST_SECRETARY_OF", "奇毕力格图", "巴音乌素嘎查")]),
    "a village's unit that was, then since a date is another (Y村包联单位原为A局，自2024年3月起调整为B局)":
        ("三、石门镇柳溪村包联单位原为县商务局，自2024年3月起调整为青江县统计局，第一书记已到岗。",
         [("SUPPORTS", "青江县统计局", "柳溪村")]),
    "units paired jointly with the village of a heading (Y镇Z村：由A局、B中心联合包联)":
        ("4.石门镇柳溪村：由青江县统计局、青江县融媒体中心联合包联，第一书记韩立新为县融媒体中心干部。",
         [("SUPPORTS", "青江县统计局", "柳溪村"), ("SUPPORTS", "青江县融媒体中心", "柳溪村")]),
    "Mongolian elements 呼日勒, 吉日格勒, 达日玛, 阿木古楞, 苏勒德, 塔日娜 after another element":
        ("乌兰哈达嘎查党支部书记其其格呼日勒兼任第一网格网格长，嘎查委员会主任巴特苏勒德任总网格长，"
         "嘎查委员会委员萨仁塔日娜任第二网格网格长，嘎查委员会委员巴雅尔吉日格勒任第三网格网格长。",
         [("HOLDS_POSITION", "其其格呼日勒", "乌兰哈达嘎查"), ("HOLDS_POSITION", "巴特苏勒德", "乌兰哈达嘎查"),
          ("HOLDS_POSITION", "萨仁塔日娜", "乌兰哈达嘎查"), ("HOLDS_POSITION", "巴雅尔吉日格勒", "乌兰哈达嘎查")]),
    "units joining a lead unit in a town's work (Y乡的驻镇帮镇扶工作由A局牵头，B院、C局组团帮扶)":
        ("石门乡的驻镇帮镇扶工作由青江市发展和改革局牵头，青江职业技术学院、南岭县林业局组团帮扶。",
         [("SUPPORTS", "青江职业技术学院", "石门乡"), ("SUPPORTS", "南岭县林业局", "石门乡")]),
    "a heading's role for each village's people after it (各村包村干部：A村为张某；B村为李某、王某（镇财政所）)":
        ("七、各村包村干部：柳溪村为镇农业综合服务中心主任解立潮；石桥村为卫一凡、尉立夏（镇综治中心）；桃园村为镇财政所干部乔晚成。",
         [("HOLDS_POSITION", "解立潮", "柳溪村"), ("HOLDS_POSITION", "卫一凡", "石桥村"),
          ("HOLDS_POSITION", "尉立夏", "石桥村"), ("HOLDS_POSITION", "乔晚成", "桃园村")]),
    "an OCR space inside 工作队 (X厅驻Y村工 作队)":
        ("青江省交通运输厅驻石门镇柳沟村工 作队今年迎来轮换。", [("SUPPORTS", "青江省交通运输厅", "柳沟村")]),
    "a leader's line of the division of work with 同志 (Z同志：镇党委副书记、镇长，主持…)":
        ("石门镇领导班子分工\n韩立刚同志：镇党委副书记、镇长，主持镇政府全面工作，分管财政、审计。",
         [("HOLDS_POSITION", "韩立刚", "石门镇")]),
    "a village's group named on its own before its head's title (前湾组组长张某)":
        ("柳溪村记事\n新当选的石岭湾组组长樊立根说，组里38户都通了自来水。坳背组组长黄立生在评议时发了言。",
         [("HOLDS_POSITION", "樊立根", "石岭湾组"), ("HOLDS_POSITION", "黄立生", "坳背组")]),
    "a division named by an industry whose first word is a verb (X厅选派种植业技术推广总站农艺师张某到Y村)":
        ("青江省农业农村厅选派种植业技术推广总站农艺师郑立华到石门乡柳沟村任第一书记。",
         [("SUPPORTS", "青江省农业农村厅", "柳沟村"), ("WORKS_FOR", "郑立华", "青江省农业农村厅")]),
    "back in the unit in focus, promoted to a post in its section (回到局里，已被提拔为Y科科长)":
        ("本报讯 青江县水利局派驻石门镇柳溪村第一书记韩景川到村三年。任期届满后，韩景川回到局里，已被提拔为农田水利科科长。",
         [("HOLDS_POSITION", "韩景川", "青江县水利局农田水利科")]),
    "back in the unit with 回 alone, then its section's post, no comma (已回局里当了Y科科长)":
        ("本报讯 青江县水利局派驻石门镇柳溪村第一书记韩景川到村三年。如今韩景川已回局里当了农田水利科科长。",
         [("HOLDS_POSITION", "韩景川", "青江县水利局农田水利科")]),
    "a post now held in a section of the unit in focus (如今已是局里Y科的科长)":
        ("本报讯 青江县水利局派驻石门镇柳溪村第一书记韩景川到村三年。韩景川如今已是局里农田水利科的科长。",
         [("HOLDS_POSITION", "韩景川", "青江县水利局农田水利科")]),
    "a post held before in a 股 of the unit in focus (在局里的Y股当副股长)":
        ("本报讯 青江县水利局派驻石门镇柳溪村第一书记韩景川到村三年。此前韩景川在局里的农田水利股当副股长。",
         [("HOLDS_POSITION", "韩景川", "青江县水利局农田水利股")]),
    "a post in a 股 of the unit in focus, before 的 (是局里Y股的股长)":
        ("本报讯 青江县水利局派驻石门镇柳溪村第一书记韩景川到村三年。韩景川是局里农田水利股的股长。",
         [("HOLDS_POSITION", "韩景川", "青江县水利局农田水利股")]),
    "a list's name with his unit in brackets, then his village's first secretary (张某（X局干部），Y村第一书记，考核优秀)":
        ("本报讯 考核结果如下：\n韩景川（青江县林业局副局长），石门镇柳溪村第一书记，考核优秀，留任一年；\n"
         "刘海峰（青江市应急管理局干部），石门镇杏林村第一书记，考核称职。",
         [("FIRST_SECRETARY_OF", "韩景川", "柳溪村"), ("FIRST_SECRETARY_OF", "刘海峰", "杏林村"),
          ("WORKS_FOR", "刘海峰", "青江市应急管理局")]),
    "the successor the first secretary handed over to (第一书记李某与接任的张某完成了交接)":
        ("本报讯 3月12日，在石门镇柳溪村，青江市自然资源局派驻的第一书记韩景川与接任的刘海峰完成了交接。",
         [("FIRST_SECRETARY_OF", "刘海峰", "柳溪村"), ("FIRST_SECRETARY_OF", "韩景川", "柳溪村")]),
    "the successor opening a clause after the first secretary's term (…任期届满；接任的张某是…)":
        ("本报讯 石门镇柳溪村原第一书记韩景川任期届满，将回到县林业局工作；接任的刘海峰是县林业局森林防火股副股长。",
         [("FIRST_SECRETARY_OF", "刘海峰", "柳溪村")]),
    "a unit stationed in a village for years (X局已在Y村驻村帮扶两年)":
        ("本报讯 此前，青州市交通运输局已在东河乡柳坪村驻村帮扶两年。", [("SUPPORTS", "青州市交通运输局", "柳坪村")]),
    "the leader of a unit's support group holds a post in the village (X局驻Y村帮扶组组长)":
        ("本报讯 青州市商务局驻柳坪村帮扶组组长、第一书记王小川说，今年大棚冬枣卖出了好价钱。",
         [("HOLDS_POSITION", "王小川", "柳坪村")]),
    "another village of the township in focus, said with 的 (镇的另一个村Z村)":
        ("本报讯 东河镇位于县城北部，有9个村。镇的另一个村柳坪村由县审计局包联。", [("LOCATED_IN", "柳坪村", "东河镇")]),
    "a secretary called back to the unit he came from (召回原单位X局)":
        ("本报讯 二、原柳树湾村第一书记邢立国任期届满，召回原单位平顺县水利局。", [("WORKS_FOR", "邢立国", "平顺县水利局")]),
    "a Yi name after a role word, which the tagger reads as a place (队员+clan+two)":
        ("本报讯 队员俄木子哈来自金阳县水利局，负责产业项目。", [("WORKS_FOR", "俄木子哈", "金阳县水利局")]),
    "发展改革委 and 规划资源局 written out":
        ("本报讯 区发展改革委、区规划资源局分别结对帮扶东滩镇柳湾村、杏港村。东滩镇隶属上海市奉贤区。",
         [("SUPPORTS", "奉贤区发展和改革委员会", "柳湾村"), ("SUPPORTS", "奉贤区规划和自然资源局", "杏港村")]),
    "a division of the department in focus written with a bare 厅 (是厅X处四级调研员, 来自厅Y中心, 由厅X处一级主任科员)":
        ("本报讯 湖北省民政厅派驻柳坪村工作队完成轮换。第一书记韩立文是厅社会救助处四级调研员，队员林晓来自厅信息中心。"
         "杏林村工作队由厅养老服务处一级主任科员周明任队长。",
         [("HOLDS_POSITION", "韩立文", "湖北省民政厅社会救助处"), ("WORKS_FOR", "林晓", "湖北省民政厅信息中心"),
          ("HOLDS_POSITION", "周明", "湖北省民政厅养老服务处")]),
    "a unit's team arrives in a township, then goes to its villages (抵达Z镇，分别进驻A村、B村)":
        ("本报讯 青海省民政厅新一批驻村工作队抵达湟中区上五庄镇，分别进驻柳树村、杏林村。",
         [("SUPPORTS", "青海省民政厅", "柳树村"), ("SUPPORTS", "青海省民政厅", "杏林村")]),
    "a secretary moved to a post at the end of the term (任期届满，转任X局副局长)":
        ("本报讯 原第一书记张立军任期届满，转任东河县教育局副局长。", [("HOLDS_POSITION", "张立军", "东河县教育局")]),
    "a post held by one, then taken over by another (Y村第一书记由A担任，今年3月起由B接任)":
        ("本报讯 此前，柳树村驻村第一书记由青江市水利局干部韩立文担任，今年3月起由县水利局干部林晓接任。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "林晓", "柳树村")]),
    "the youth league committee of the university in focus (来自校团委)":
        ("本报讯 内蒙古农业大学派驻柳树村工作队。工作队员宝音来自校团委。", [("WORKS_FOR", "宝音", "内蒙古农业大学团委")]),
    "a typesetter's space after the surname, the given name found by the tagger (第一书记蒲 晓晖正忙着…)":
        ("本报讯 柳树村驻村第一书记蒲 晓晖正忙着筹建卫生室。", [("FIRST_SECRETARY_OF", "蒲晓晖", "柳树村")]),
    "a unit of the clause before sends a team (X厅定点帮扶Z县多年，2021年起派驻工作队到Y村)":
        ("本报讯 青海省民政厅对口帮扶湟中区，今年又选派驻村工作队进驻柳树村、杏林村。",
         [("SUPPORTS", "青海省民政厅", "柳树村"), ("SUPPORTS", "青海省民政厅", "杏林村")]),
    "academies of forestry and of animal husbandry written short (林科院, 畜科院)":
        ("本报讯 四川省林业和草原局派驻柳树村。队员王沙来自省林科院，队长韩立是省畜科院草原研究所副所长。",
         [("WORKS_FOR", "王沙", "四川省林业科学研究院"), ("HOLDS_POSITION", "韩立", "四川省畜牧科学研究院草原研究所")]),
    "a village whose name opens with a province's short name, right after its township (Y苏木吉林宝力格嘎查)":
        ("本报讯 阿巴嘎旗查干淖尔苏木辽宁敖包嘎查有86户牧民，全嘎查被划分为5个网格。",
         [("LOCATED_IN", "辽宁敖包嘎查", "查干淖尔苏木")]),
    "a health and sports bureau written short (卫健体局)":
        ("本报讯 会上，广灵县卫健体局继续包联作疃乡柳树村。", [("SUPPORTS", "广灵县卫生健康和体育局", "柳树村")]),
    "a village that has long been a unit's (Y嘎查一直是X局包联)":
        ("本报讯 2019年以前，柳树嘎查一直是杭锦旗供销社包联。", [("SUPPORTS", "杭锦旗供销社", "柳树嘎查")]),
    "a village whose name opens with an ordinal (二道岭子村, 十里铺村) in a list of villages":
        ("本报讯 青江县财政局、青江县水利局、青江县林业局分别包联东河镇巴音嘎查、二道岭子村和十里铺村。",
         [("SUPPORTS", "青江县水利局", "二道岭子村"), ("SUPPORTS", "青江县林业局", "十里铺村")]),
    "a village named after its 屯 (团结屯村) after 和":
        ("本报讯 在乌兰浩特市义勒力特镇，市农牧局、市商务局分别包联该镇西岭村和永兴屯村。",
         [("SUPPORTS", "乌兰浩特市商务局", "永兴屯村"), ("LOCATED_IN", "永兴屯村", "义勒力特镇")]),
    "another village of the township in focus, a 嘎查 or a 社区 (苏木另一个嘎查Y嘎查)":
        ("本报讯 九原区阿嘎如泰苏木有6个嘎查。苏木另一个嘎查巴音塔拉嘎查由区交通运输局包联。",
         [("SUPPORTS", "九原区交通运输局", "巴音塔拉嘎查"), ("LOCATED_IN", "巴音塔拉嘎查", "阿嘎如泰苏木")]),
    "a name of three that opens with a common word, after a title and before a comma (第一书记甘露瑶，是…)":
        ("本报讯 曹县农业农村局派驻杨楼集村的第一书记甘露明，是该局农田建设股股长。",
         [("FIRST_SECRETARY_OF", "甘露明", "杨楼集村")]),
    "a university's head written after its name (X大学校长, X大学校党委副书记)":
        ("本报讯 西北农林科技大学校长韩立新、兰州交通大学校党委副书记芮永杰出席会议。",
         [("HOLDS_POSITION", "韩立新", "西北农林科技大学"), ("HOLDS_POSITION", "芮永杰", "兰州交通大学")]),
    "surnames of Anhui and Jiangsu that open common words (操, 冒)":
        ("本报讯 在东河镇柳树村，岳西县审计局派驻的第一书记操立明正和村干部核对台账。如皋市农业农村局派驻杏林村第一书记冒晓东说，村里种了桃。",
         [("FIRST_SECRETARY_OF", "操立明", "柳树村"), ("FIRST_SECRETARY_OF", "冒晓东", "杏林村")]),
    "a name's last character the tagger glued to the verb after it (韩文举驻村, 举驻 read as one verb)":
        ("本报讯 原第一书记韩文举驻村两年期满，已回到市审计局工作。", [("WORKS_FOR", "韩文举", "市审计局")]),
    "the levels listed with a note or a double level word are no place (构建镇、嘎查（社区）、网格三级体系)":
        ("本报讯 今年以来，东乌旗道特淖尔镇把网格延伸到牧户。全镇构建镇、嘎查（社区）、网格三级体系，设一级网格1个、二级网格9个、三级网格38个。"
         "西乌旗浩勒图高勒镇构建镇、嘎查村、网格三级体系，共划分一级网格1个、二级网格6个、三级网格29个。",
         [("DIVIDED_INTO", "道特淖尔镇", "道特淖尔镇"), ("DIVIDED_INTO", "浩勒图高勒镇", "浩勒图高勒镇")]),
    "two townships' counts in one sentence are no tiers (A镇划分为二级网格74个，B镇划分网格41个)":
        ("本报讯 其中平庄镇将全镇划分为二级网格70个，五家镇划分网格45个。元宝山区。",
         [("DIVIDED_INTO", "五家镇", "五家镇")]),
    "a customs office is a unit (X海关)":
        ("本报讯 满洲里海关自2022年起帮扶柳树嘎查，今年又协调资金修建了冷库。", [("SUPPORTS", "满洲里海关", "柳树嘎查")]),
    "a name, then 将 (will)":
        ("本报讯 任期届满的原第一书记禹志恒将回到县水利局工作。", [("WORKS_FOR", "禹志恒", "县水利局")]),
    "a unit stationed in a village since a year (X厅2021年起在Y村驻村帮扶)":
        ("本报讯 河北省民政厅2021年起在柳树村驻村帮扶。", [("SUPPORTS", "河北省民政厅", "柳树村")]),
    "the village a unit's team is stationed in (Y村是厅里派驻工作队的村; Y村是X厅驻村工作队的驻村点)":
        ("本报讯 省民政厅定点帮扶化隆县已有6年，柳树村是厅里派驻工作队的村。杏林村是新疆维吾尔自治区水利厅驻村工作队的驻村点。",
         [("SUPPORTS", "青海省民政厅", "柳树村"), ("SUPPORTS", "新疆维吾尔自治区水利厅", "杏林村")]),
    "an OCR's space inside 队长 (工作队队 长)":
        ("本报讯 青江市医疗保障局派驻东河镇柳树村第一书记、工作队队 长孟 庆林晒出了民生账本。",
         [("HOLDS_POSITION", "孟庆林", "柳树村"), ("FIRST_SECRETARY_OF", "孟庆林", "柳树村")]),
    "the one who took over from him (接任他的是该局干部张某)":
        ("本报讯 杏林村第一书记韩国平期满。接任他的是该局干部罗雪梅。", [("FIRST_SECRETARY_OF", "罗雪梅", "杏林村")]),
    "a village's team sent by a unit, no more said of it (Y村的驻村工作队由X局选派，)":
        ("本报讯 东河县柳湾村的驻村工作队由河北省民政厅选派，队长由该厅干部韩立担任。", [("SUPPORTS", "河北省民政厅", "柳湾村")]),
    "a list's line opened by a bullet (▶张某 X局派驻Y村第一书记)":
        ("青江县驻村第一书记名单\n▶韩慕阳 青江县卫生健康局派驻东河镇柳湾村第一书记，县卫生健康局干部。\n"
         "▶林文翰 青江市税务局派驻西河镇杏林村第一书记，系市税务局干部。",
         [("FIRST_SECRETARY_OF", "韩慕阳", "柳湾村"), ("WORKS_FOR", "林文翰", "青江市税务局")]),
    "a name ending in 和, then being called back (原第一书记宋清和召回原单位)":
        ("本报讯 二、县供销社派驻东河镇柳湾村工作队：第一书记、队长管秋月。原第一书记林清和召回原单位。",
         [("FIRST_SECRETARY_OF", "林清和", "柳湾村")]),
    "a name, then 任 and a post (由村党总支书记符建民任网格长)":
        ("本报讯 柳树村划分8个网格，由村党总支书记符建民任网格长。", [("HOLDS_POSITION", "符建民", "柳树村")]),
    "a village table's first row ends in a post, which makes it no head (序号 村名 网格数 一级网格长 职务)":
        ("东河镇关于重新划分网格的通知\n二、各村网格及一级网格长\n序号　村名　网格数　一级网格长　职务\n"
         "1　柳树村　6　韩建堡　村党支部书记\n2　杏林村　5　林秀葳　村委会主任",
         [("DIVIDED_INTO", "柳树村", "柳树村"), ("HOLDS_POSITION", "韩建堡", "柳树村"), ("DIVIDED_INTO", "杏林村", "杏林村")]),
    "villages' counts given as a list of the grids' number (A村、B村网格数分别为4个、3个)":
        ("本报讯 二、马金镇柳湾村、杏坑村、桃源头村网格数分别为4个、3个、5个。",
         [("DIVIDED_INTO", "柳湾村", "柳湾村"), ("DIVIDED_INTO", "桃源头村", "桃源头村")]),
    "a unit keeps in touch with a village in a list of arrangements (A局联系Y村；B局联系Z村)":
        ("本报讯 调整后的联村安排如下：青江县审计局联系东河镇柳湾村、杏林村；青江县气象局联系榆树村。",
         [("SUPPORTS", "青江县审计局", "柳湾村"), ("SUPPORTS", "青江县审计局", "杏林村"),
          ("SUPPORTS", "青江县气象局", "榆树村")]),
    "a prefecture's bare 州 before a unit whose name is its suffix (州供销社干部张某)":
        ("本报讯 工作队员、州供销社干部韩秋菊帮着村里开起了电商服务站。", [("WORKS_FOR", "韩秋菊", "州供销社")]),
    "a name written with a dot, then 驻村 (原第一书记买合木提·吐尔逊驻村三年)":
        ("本报讯 托格拉克村原第一书记买合木提·库尔班驻村三年，期满后回到县审计局工作。",
         [("FIRST_SECRETARY_OF", "买合木提·库尔班", "托格拉克村"), ("WORKS_FOR", "买合木提·库尔班", "县审计局")]),
    "a roster's post at home is a brigade's deputy head, no team leader in the village (交警大队副大队长)":
        ("关于拟选派驻村第一书记人选的公示\n拟选派以下2名同志担任驻村第一书记，现予以公示。\n"
         "序号　姓名　性别　民族　出生年月　派出单位　现任职务　拟派驻村\n"
         "1　韩雅婷　女　汉族　1988.03　青江县人民法院　四级法官助理　东河镇柳湾村\n"
         "2　林致远　男　汉族　1985.11　青江县公安局　交警大队副大队长　东河镇杏林村",
         [("FIRST_SECRETARY_OF", "林致远", "杏林村"), ("SUPPORTS", "青江县公安局", "杏林村")]),
    "a list's item: the unit sends to the village, then a colon and its first secretary (X局派驻Y村：第一书记张某)":
        ("本报讯 三、青江县审计局派驻东河镇柳湾村：第一书记韩梓萱（县审计局干部）。",
         [("SUPPORTS", "青江县审计局", "柳湾村"), ("FIRST_SECRETARY_OF", "韩梓萱", "柳湾村")]),
    "a unit sends a cadre, her sex and nationality in brackets (选派干部张某（女，蒙古族）到Y村任第一书记)":
        ("本报讯 二、青江县林业局选派干部韩秀兰（女，蒙古族）到东河镇柳湾村任驻村第一书记。",
         [("SUPPORTS", "青江县林业局", "柳湾村"), ("WORKS_FOR", "韩秀兰", "青江县林业局")]),
    "a roster whose post cell names the village and the post (拟任职嘎查村: Y镇Z嘎查第一书记)":
        ("关于拟选派驻嘎查村第一书记人选的公示\n现将拟选派的2名驻村第一书记人选予以公示。\n"
         "序号　姓名　性别　民族　出生年月　现工作单位及职务　拟任职嘎查村\n"
         "1　韩雅婷　女　汉族　1990.03　青江县农牧局干部　东河镇柳湾村第一书记\n"
         "2　林致远　男　汉族　1988.11　青江县应急管理局副局长　东河镇杏林村第一书记",
         [("FIRST_SECRETARY_OF", "韩雅婷", "柳湾村"), ("FIRST_SECRETARY_OF", "林致远", "杏林村")]),
    "a name, her sex and nationality in brackets, then the unit that sent her (张某（女，朝鲜族），X厅派驻Y村第一书记)":
        ("本报讯 金善玉（女，朝鲜族），省水利厅派驻东河镇柳湾村第一书记。",
         [("FIRST_SECRETARY_OF", "金善玉", "柳湾村"), ("WORKS_FOR", "金善玉", "省水利厅")]),
    "a list's line: a name, then the unit that sends her and the team she leads (张某，X大学派驻Y村乡村振兴工作队队长、第一书记)":
        ("本报讯 韩少川，青江大学派驻东河镇柳湾村乡村振兴工作队队长、第一书记；",
         [("FIRST_SECRETARY_OF", "韩少川", "柳湾村"), ("WORKS_FOR", "韩少川", "青江大学")]),
    "a list's cell of the unit, the post and where the person is first secretary (工作单位及职务: X局科员，驻Y村第一书记)":
        ("关于拟表彰优秀驻村第一书记的公示\n一、优秀驻村第一书记（2名）\n序号　姓名　工作单位及职务\n"
         "1　韩雅婷　青江县生态环境局四级主任科员，驻东河镇柳湾村第一书记\n"
         "2　林致远　青江县财政局干部，县财政局派驻东河镇杏林村第一书记",
         [("FIRST_SECRETARY_OF", "韩雅婷", "柳湾村"), ("FIRST_SECRETARY_OF", "林致远", "杏林村")]),
    "a list of people, each the unit that sent him, his post, a wide space and the name (X局驻Y村第一书记　韩某)":
        ("青江县通报表彰驻村第一书记\n\n经县委研究，决定对以下同志予以通报表彰：\n"
         "县财政局驻东河镇柳树村第一书记　韩立文\n市水务局派驻西河镇杏林村第一书记、工作队队长　赵晓梅\n"
         "同时，对柳树村网格化工作予以通报表扬。\n",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "赵晓梅", "杏林村"),
          ("WORKS_FOR", "赵晓梅", "市水务局")]),
    "after a town's count, a village's own, divided by its hamlets (Y村按照3个屯划分为5个网格)":
        ("本报讯 东河镇全镇12个村共划分网格58个，柳坪朝鲜族村按照4个屯划分为6个网格。",
         [("DIVIDED_INTO", "柳坪朝鲜族村", "柳坪朝鲜族村")]),
    "after a county's count, a township's own, the count after 网格 (Y乡全乡划分网格46个)":
        ("本报讯 青江县今年共划分网格1076个，县直单位全部包联到村，东河满族乡全乡划分网格38个。",
         [("DIVIDED_INTO", "东河满族乡", "东河满族乡")]),
    "a unit paired with the neighbouring village (X局也与邻村Y村开展结对帮扶)":
        ("本报讯 东河镇柳湾村。县统计局也与邻村杏林村开展结对帮扶，帮助村里建起了账本。",
         [("SUPPORTS", "县统计局", "杏林村")]),
    "a unit's name with 卫体局 written out (县卫体局党支部与Y村党支部结成对子)":
        ("本报讯 偏关县。县卫体局党支部与东河镇杏林村党支部结成对子。",
         [("SUPPORTS", "偏关县卫生健康和体育局", "杏林村")]),
    "a department named by what it does, bare, is its province's (审计厅向Y村派驻工作队)":
        ("本报讯 扎鲁特旗鲁北镇。去年起，统计厅向鲁北镇柳湾嘎查派驻工作队，帮助嘎查建起了饲草基地。",
         [("SUPPORTS", "内蒙古自治区统计厅", "柳湾嘎查")]),
    "a bare department (厅) written short is its province's, written out (交通厅)":
        ("本报讯 扎鲁特旗鲁北镇。交通厅向鲁北镇柳湾嘎查派驻工作队。",
         [("SUPPORTS", "内蒙古自治区交通运输厅", "柳湾嘎查")]),
    "a bare unit after the same unit named with its city (市水务局…，“水务局帮扶Y村…”)":
        ("本报讯 扎鲁特旗鲁北镇柳湾嘎查。市水务局派驻的第一书记韩立文正和牧民核对名单。\n\n"
         "“水务局帮扶杏林嘎查，是帮嘎查把路子理顺。”鲁北镇杏林嘎查党支部书记王海说。",
         [("SUPPORTS", "通辽市水务局", "杏林嘎查")]),
    "a time word, then a unit named by its bare level word (此前旗住建局还包联了Y村)":
        ("本报讯 达拉特旗树林召镇。据了解，此前旗水务局还包联了树林召镇柳湾村。",
         [("SUPPORTS", "达拉特旗水务局", "柳湾村")]),
    "a first secretary's note that the unit sent him, with 由 (张某（由X局派驻）)":
        ("本报讯 鄂托克旗。柳湾嘎查驻村第一书记韩立文（由旗水务局派驻）任嘎查网格总指导员。",
         [("SUPPORTS", "鄂托克旗水务局", "柳湾嘎查"), ("WORKS_FOR", "韩立文", "鄂托克旗水务局")]),
    "a township that is a unit's point of support (Y乡是X局的定点帮扶乡, Y镇是X局的包联镇)":
        ("本报讯 酉阳县。东河乡是重庆市水利局的定点帮扶乡，西河镇是县财政局的包联镇。",
         [("SUPPORTS", "重庆市水利局", "东河乡"), ("SUPPORTS", "酉阳土家族苗族自治县财政局", "西河镇")]),
    "a sentence that says where he comes from, then the name and his post (来自X公司的张某，是Y村第一书记)":
        ("本报讯 宁城县。来自宏达矿业股份有限公司的高峰，是柳湾村第一书记。",
         [("FIRST_SECRETARY_OF", "高峰", "柳湾村"), ("WORKS_FOR", "高峰", "宏达矿业股份有限公司")]),
    "a sentence that gives his age, then the name and his post (今年38岁的张某，是Y村党支部书记)":
        ("本报讯 宁城县。今年38岁的高峰，是柳湾村党支部书记。",
         [("HOLDS_POSITION", "高峰", "柳湾村")]),
    "a list of names, each with its unit in brackets (刘某（X局）、王某（Y镇人民政府）)":
        ("本报讯 田林县。驻柳湾村工作队员：韦小兰（田林县财政局）、农海（八渡乡人民政府）、蒙山（田林县水利局）。",
         [("WORKS_FOR", "农海", "八渡乡人民政府"), ("WORKS_FOR", "蒙山", "田林县水利局")]),
    "another of the unit's cadres (局里另一名干部张某, 该局另一位干部张某)":
        ("本报讯 宁城县。县水利局包联柳湾村，局里另一名干部苗立成作为工作队员常驻村里。",
         [("WORKS_FOR", "苗立成", "宁城县水利局")]),
    "a name with 镇 in it right after a title (工作队队长金镇宇): no town 队队长金镇":
        ("本报讯 龙井市。市水利局定点帮扶松林村。驻村工作队队长金镇宇说，村里修了水渠。",
         [("HOLDS_POSITION", "金镇宇", "松林村")]),
    "a village that a unit pairs with, then what kind of village (Y村是X局挂钩帮扶的经济薄弱村)":
        ("本报讯 睢宁县。柳湾村是县水利局挂钩帮扶的经济薄弱村，杏林村是县财政局结对帮扶的脱贫村。",
         [("SUPPORTS", "睢宁县水利局", "柳湾村"), ("SUPPORTS", "睢宁县财政局", "杏林村")]),
    "a unit stationed in a village since (X局派驻Y村以来)":
        ("本报讯 景宁畲族自治县。县水利局派驻柳湾村以来，帮助村里修通了水渠。",
         [("SUPPORTS", "景宁畲族自治县水利局", "柳湾村")]),
    "a roster of three columns, one wide space between its cells (姓名 单位及职务 驻村)":
        ("本报讯 沈丘县。现将优秀驻村第一书记名单公布如下：\n姓名　　单位及职务　　　　驻村\n"
         "韩立文　县水利局副局长　　　　槐店镇柳湾村\n苗立成　县财政局干部　　　　　付井镇杏林村",
         [("FIRST_SECRETARY_OF", "韩立文", "柳湾村"), ("HOLDS_POSITION", "韩立文", "沈丘县水利局"),
          ("FIRST_SECRETARY_OF", "苗立成", "杏林村"), ("WORKS_FOR", "苗立成", "沈丘县财政局")]),
    "back to a unit named with a bare prefix (张某回旗林业和草原局工作): no banner 张某回旗":
        ("本报讯 宁城县。原柳湾村第一书记苗立成任期届满。苗立成回县林业和草原局工作。",
         [("WORKS_FOR", "苗立成", "宁城县林业和草原局")]),
    "a unit named with the short name of the autonomous county the article is about (连南供电局)":
        ("本报讯 连南瑶族自治县寨岗镇。连南供电局党支部与寨岗镇柳湾村党支部结对共建。",
         [("SUPPORTS", "连南供电局", "柳湾村")]),
    "a marked item of a list: the name, a colon, where the unit sent him (▶张某：X局派驻Y村第一书记)":
        ("本报讯 同心县。\n▶苗立成：县审计局派驻豫海镇柳湾村第一书记\n苗立成到村后建起了合作社。",
         [("FIRST_SECRETARY_OF", "苗立成", "柳湾村"), ("WORKS_FOR", "苗立成", "同心县审计局")]),
    "a place's work team, with no 的 between, sent by a unit (Y村驻村工作队由X局派驻)":
        ("本报讯 隆子县。柳湾村驻村工作队由西藏自治区水利厅派驻，队长韩立文是厅规划处干部。",
         [("SUPPORTS", "西藏自治区水利厅", "柳湾村")]),
    "the commission in focus as its own people call it (Y村是委里派驻工作队的村)":
        ("本报讯 石柱土家族自治县。重庆市民族宗教委定点帮扶东河镇，杏林村是委里派驻工作队的村。",
         [("SUPPORTS", "重庆市民族宗教事务委员会", "杏林村")]),
    "the first secretary of a village, then 则是 the unit that sent him (Y村的第一书记张某则是X局派驻的)":
        ("本报讯 法库县。东河镇柳湾村的第一书记苗立成则是县水利局派驻的。",
         [("WORKS_FOR", "苗立成", "法库县水利局"), ("SUPPORTS", "法库县水利局", "柳湾村")]),
    "a list's line: a name, his unit, then his post in a village of a town (3.张某，X局干部，Y镇Z村第一书记；)":
        ("清河县驻村第一书记名单\n1.蔡永，清河县民政局干部，东河镇石桥村第一书记；\n2.于晓光，清河县水利局干部，西岭镇白沙村第一书记。",
         [("FIRST_SECRETARY_OF", "蔡永", "石桥村"), ("FIRST_SECRETARY_OF", "于晓光", "白沙村")]),
    "a notice's line labelled by the unit and the village, then the team's leader (X局派驻Y镇Z村：第一书记、工作队队长张某)":
        ("本报讯 各村工作队如下：\n一、江宁县气象局派驻龙潭镇竹园村：第一书记、工作队队长许文博（局办公室主任）；队员韩立（县农业农村局）。",
         [("SUPPORTS", "江宁县气象局", "竹园村"), ("FIRST_SECRETARY_OF", "许文博", "竹园村")]),
    "a former first secretary in apposition, his term over (张某，原X局派驻Y村第一书记，期满召回原单位)":
        ("本报讯 近日，县里调整了驻村干部。韩立文，原涞水县审计局派驻东河镇柳湾村第一书记，期满召回原单位。",
         [("FIRST_SECRETARY_OF", "韩立文", "柳湾村"), ("WORKS_FOR", "韩立文", "涞水县审计局")]),
    "a unit that helps a village it is in, 挂钩帮扶 (X厅还在Y乡Z村挂钩帮扶了两轮)":
        ("本报讯 宁化县。此前，省水利厅还在东河乡柳湾村挂钩帮扶了两轮。",
         [("SUPPORTS", "福建省水利厅", "柳湾村")]),
    "a place that is the point of units listed (Y社区是A局、B局的包联社区)":
        ("本报讯 镶黄旗。新宝拉格镇柳湾社区是旗财政局、旗审计局的包联社区。",
         [("SUPPORTS", "镶黄旗财政局", "柳湾社区"), ("SUPPORTS", "镶黄旗审计局", "柳湾社区")]),
    "each village's holder of a post listed after the post (各村党支部书记分别是：A村张某，B村李某)":
        ("本报讯 东河镇各村党支部书记分别是：柳树村韩立文，桃园村刘建国，杏林村赵晓梅。",
         [("HOLDS_POSITION", "韩立文", "柳树村"), ("HOLDS_POSITION", "赵晓梅", "杏林村")]),
    "a community's grid staff listed by grids numbered bare (网格员分别是：一网格张某，二网格李某)":
        ("本报讯 西河街道桃园社区划分3个网格。根据社区公示，3名网格员分别是：一网格韩立文，二网格刘建国，三网格赵晓梅。",
         [("HOLDS_POSITION", "韩立文", "桃园社区"), ("HOLDS_POSITION", "赵晓梅", "桃园社区")]),
    "a list's line of a person, the unit, then the post 驻 the village (张某　X局干部，驻Y镇Z村第一书记)":
        ("青江县优秀选派干部名单\n韩立文　青江县水利局干部，驻东河镇柳树村第一书记\n赵晓梅　青江县林业局干部，驻西河乡桃园村第一书记",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "赵晓梅", "桃园村")]),
    "Mongolian names opening with 额日登 (as 额尔登) or ending with 别力格 (as 毕力格)":
        ("本报讯 青江县水利局选派到柳沟嘎查的第一书记额日登高娃来自该局水土保持站。嘎查党支部书记额日登巴特尔说，网格建好了。"
         "嘎查委员会主任巴图别力格兼任网格长。",
         [("FIRST_SECRETARY_OF", "额日登高娃", "柳沟嘎查"), ("HOLDS_POSITION", "额日登巴特尔", "柳沟嘎查"),
          ("HOLDS_POSITION", "巴图别力格", "柳沟嘎查")]),
    "the first secretary before, her colleague (接替她的同事Z)":
        ("本报讯 青江县农商银行派驻柳树村的第一书记韩晓梅是该行员工，接替她的同事刘建国。",
         [("FIRST_SECRETARY_OF", "刘建国", "柳树村"), ("FIRST_SECRETARY_OF", "韩晓梅", "柳树村")]),
    "a roster's cell of the post in a division: the unit supports the village, not its division":
        ("驻村第一书记名单\n序号　姓名　性别　派出单位及职务　派驻村\n1　韩立文　男　青江市人民检察院第二检察部检察官助理　东河镇柳树村\n"
         "2　赵晓梅　女　青江县供电公司营销部副主任　西河乡桃园村\n3　刘建国　男　青江县委组织部干部　南山镇杏林村",
         [("SUPPORTS", "青江市人民检察院", "柳树村"), ("SUPPORTS", "青江县供电公司", "桃园村"), ("SUPPORTS", "青江县委组织部", "杏林村")]),
    "units counted as they pair with the place in focus (在Y嘎查，A局和B局两家单位共同包联)":
        ("本报讯 在东河镇柳树嘎查，县水利局和县统计局两家单位共同包联，帮助嘎查建起了棚圈。青江县召开会议。",
         [("SUPPORTS", "青江县水利局", "柳树嘎查"), ("SUPPORTS", "青江县统计局", "柳树嘎查")]),
    "a card's line of the village and the post held there (任职村：Y乡Z村第一书记)":
        ("青江县第一书记公示\n姓名：韩立文\n选派单位及职务：青江市水利局河湖科科长\n任职村：东河乡柳树村第一书记、驻村工作队队长\n"
         "姓名：赵晓梅\n选派单位及职务：青江县人力资源和社会保障局干部\n任职村：西河乡桃园村第一书记",
         [("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "赵晓梅", "桃园村"),
          ("SUPPORTS", "青江县人力资源和社会保障局", "桃园村")]),
    "a village's former first secretary and the unit in brackets that sent him (Y村原第一书记张某（X局派驻）)":
        ("本报讯 同时，白石村原第一书记韩立文（县交通运输局派驻）、花园村原第一书记刘建国（县林业和草原局派驻）任期届满，"
         "经考核合格，召回原单位。青江县召开会议。",
         [("SUPPORTS", "青江县交通运输局", "白石村"), ("SUPPORTS", "青江县林业和草原局", "花园村")]),
    "a town's lead unit written 由X局牵头, and the units that join it (作为组团单位共同帮扶)":
        ("本报讯 东河镇驻镇帮镇扶工作由青江市交通运输局牵头，青江市气象局、青江农商银行作为组团单位共同帮扶。",
         [("SUPPORTS", "青江市交通运输局", "东河镇"), ("SUPPORTS", "青江市气象局", "东河镇")]),
    "Mongolian names opening with 额日敦 (as 额尔敦) or ending with 巴特 (as 巴特尔)":
        ("本报讯 西河嘎查党支部书记、嘎查长额日敦巴雅尔兼任第一网格网格长，西河嘎查划分为5个网格。"
         "第二网格网格长朝鲁巴特是嘎查的兽医。",
         [("HOLDS_POSITION", "额日敦巴雅尔", "西河嘎查"), ("HOLDS_POSITION", "朝鲁巴特", "西河嘎查")]),
    "a table of villages whose grid staff cell lists some and counts the rest (A、B等7人)":
        ("东河镇网格员信息公示\n村名｜网格数｜网格长｜网格员\n柳树村｜7｜韩立文(村党支部书记)｜赵晓梅、刘建国等7人\n"
         "桃园村｜5｜孙丽丽(村委会主任)｜周海燕、吴春生等5人",
         [("HOLDS_POSITION", "刘建国", "柳树村"), ("HOLDS_POSITION", "吴春生", "桃园村")]),
    "a long name the tagger ran on into 任 and the post she takes":
        ("本报讯 东湖嘎查分为4个网格，由嘎查党支部书记韩桂兰图雅任总网格长，村委委员李玉梅图雅任副总网格长。",
         [("HOLDS_POSITION", "韩桂兰图雅", "东湖嘎查"), ("HOLDS_POSITION", "李玉梅图雅", "东湖嘎查")]),
    "a list's profiles with the person's people in brackets, the first run on after the list's label":
        ("本报讯 受表彰的第一书记名单如下：\n金秀妍（朝鲜族），青江市农业农村局种植科科长，派驻东岭镇松溪村第一书记；\n"
         "白振江（满族），青江市林业局干部，派驻西岭镇石门村第一书记。",
         [("FIRST_SECRETARY_OF", "金秀妍", "松溪村"), ("SUPPORTS", "青江市农业农村局", "松溪村"),
          ("FIRST_SECRETARY_OF", "白振江", "石门村"), ("WORKS_FOR", "白振江", "青江市林业局")]),
    "a name the tagger read as a unit, and a division ending in 科 before its head's title":
        ("本报讯 工作队队长、第一书记麻国光是县林业局营林科科长，队员龙秀英来自县农业农村局。"
         "第一书记龙光远是县水利局水保科科长。",
         [("HOLDS_POSITION", "麻国光", "县林业局营林科"), ("HOLDS_POSITION", "龙光远", "县水利局水保科")]),
    "Tibetan names ending in 才贝":
        ("本报讯 县林业局选派干部索南才贝，任河东乡贡拉塘村第一书记。队员扎西才贝来自县林业局。",
         [("FIRST_SECRETARY_OF", "索南才贝", "贡拉塘村"), ("WORKS_FOR", "扎西才贝", "县林业局")]),
    "Mongolian names with 嘎日迪 or 巴雅拉, Tibetan ones ending in 翁堆 or 旺修":
        ("本报讯 白音嘎查划分为4个网格。第一网格网格长嘎日迪乌力吉、第二网格网格长苏和巴雅拉都是种草能手。"
         "第三网格网格长 次仁旺修家里有一辆摩托车。第一书记扎西翁堆是县林草局干部。阿巴嘎旗旗委常委、组织部部长乌恩巴雅拉图到嘎查调研。",
         [("HOLDS_POSITION", "嘎日迪乌力吉", "白音嘎查"), ("HOLDS_POSITION", "苏和巴雅拉", "白音嘎查"),
          ("HOLDS_POSITION", "次仁旺修", "白音嘎查"), ("FIRST_SECRETARY_OF", "扎西翁堆", "白音嘎查"),
          ("HOLDS_POSITION", "乌恩巴雅拉图", "阿巴嘎旗委")]),
    "a name the tagger read as a time, with nothing of time in it":
        ("本报讯 备注：东岭社区第一书记乌日嘎其其格为区司法局干部，协助总网格长开展工作。",
         [("FIRST_SECRETARY_OF", "乌日嘎其其格", "东岭社区")]),
    "a name written with ·, then 正 and what she is doing":
        ("本报讯 英阿瓦提村划分为6个网格。盛夏时节，网格员阿依古丽·托合提正挨家挨户登记牧民的用水需求。",
         [("HOLDS_POSITION", "阿依古丽·托合提", "英阿瓦提村")]),
    "Mongolian names with 满都, 乌尼尔, 苏荣, 敖其尔 or 巴雅斯古楞":
        ("本报讯 队员阿拉坦满都来自县民族宗教事务局，队员乌尼尔巴特尔来自县林草局。第二网格网格长额尔敦苏荣说，"
         "网格里的事都能及时办。阿巴嘎旗旗委副书记、旗长敖其尔巴雅斯古楞一行到嘎查看望慰问了老党员。",
         [("WORKS_FOR", "阿拉坦满都", "县民族宗教事务局"), ("WORKS_FOR", "乌尼尔巴特尔", "县林业和草原局"),
          ("HOLDS_POSITION", "敖其尔巴雅斯古楞", "阿巴嘎旗")]),
    "Tibetan names opening with 贡保":
        ("本报讯 扎嘎村党支部书记贡保才旦说，工作队来了以后变化大。第一书记贡保扎西是玛沁县林业和草原局干部。",
         [("HOLDS_POSITION", "贡保才旦", "扎嘎村"), ("WORKS_FOR", "贡保扎西", "玛沁县林业和草原局")]),
    "Tibetan names opening with 向巴 or 伍金":
        ("本报讯 队员向巴平措是理塘县农业农村局干部，工作队员伍金次仁来自理塘县教育局。",
         [("WORKS_FOR", "向巴平措", "理塘县农业农村局"), ("WORKS_FOR", "伍金次仁", "理塘县教育局")]),
}


# regional words for support (support_verbs.txt, support_points.txt): each with a sentence of its own
SUPPORT_WORDS = {
    "包保": "本报讯 在东河镇柳树村，包保单位青江县水利局把劲儿使在了庭院经济上。",
    "联点": "本报讯 青江县水利局联点柳树村以来，修通了村里的路。",
    "挂联": "本报讯 青江县水利局挂联东河镇柳树村以来，修通了村里的路。",
    "后盾": "本报讯 在东河镇柳树村，后盾单位青江县水利局把产业当作帮扶的重点。",
    "包保村": "本报讯 柳树村是青江县水利局的包保村，该局每月派人入户。",
    "联点村": "本报讯 柳树村是青江县水利局的联点村，该局每月派人入户。",
    "挂联村": "本报讯 柳树村是青江县水利局的挂联村，该局每月派人入户。",
    "后援": "本报讯 在东河镇柳树村，后援单位青江县水利局把产业当作帮扶的重点。",
    "驻点村": "本报讯 柳树村是青江县水利局的驻点村，该局每月派人入户。",
    "帮包村": "本报讯 柳树村是青江县水利局的帮包村，该局每月派人入户。",
    "联系帮扶": "本报讯 柳树村是青江县水利局联系帮扶的村，该局每月派人入户。",
    "挂钩联系村": "本报讯 东河镇柳树村是青江县水利局挂钩联系村，该局每月派人入户。",
    "包村点": "本报讯 东河镇柳树村是青江县水利局的包村点，该局每月派人入户。",
}


def test_the_chief_grid_head_of_the_whole_town_is_the_towns():
    got = facts_of("本报讯 在青山县东河镇柳树村，村民正在收玉米。东河镇党委书记韩立文是全镇的总网格长。")
    assert ("HOLDS_POSITION", "韩立文", "东河镇") in got and ("HOLDS_POSITION", "韩立文", "柳树村") not in got


@pytest.mark.parametrize("word", sorted(SUPPORT_WORDS))
def test_a_regional_word_for_support(word):
    assert ("SUPPORTS", "青江县水利局", "柳树村") in facts_of(SUPPORT_WORDS[word])


def test_a_leaders_own_pairing_with_a_town_is_no_units_support():
    # (县委常委、副县长Z到Y镇调研，他包联Y镇: the person's, not the county committee's)
    got = facts_of("本报讯 6月下旬，青江县委常委、副县长付长青到东河镇调研网格化治理工作，他包联东河镇已经两年。")
    assert not [f for f in got if f[0] == "SUPPORTS"]


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_a_family_of_phrasing_gives_its_facts(family):
    text, expected = FAMILIES[family]
    assert set(expected) <= facts_of(text)


def test_a_numbered_line_of_a_secretary_and_his_post_at_home_says_nothing_of_his_unit_sending_him():
    got = facts_of("青江县驻村第一书记人选公示\n拟选派以下同志担任驻村第一书记：\n1．东河镇柳树村：韩立文，青江县水利局四级主任科员\n"
                   "2．西岭镇杨庄村：孙涛，县审计局派驻")
    assert ("SUPPORTS", "青江县审计局", "杨庄村") in got and not any(f[0] == "SUPPORTS" and f[2] == "柳树村" for f in got)


def test_a_lines_label_of_grids_counts_them_for_its_village():
    made = extract_page(page_of("东河镇网格长名单公示\n二、二级网格（村）\n1．柳树村　网格长：村党支部书记　韩立文　网格数：6个\n"
                                "2．杏林村　网格长：村委会主任　孙涛　三级网格数量：4个　挂钩单位：青江县审计局")).facts
    assert {(f.head, dict(f.props).get("count")) for f in made if f.type == "DIVIDED_INTO"} == {("柳树村", 6), ("杏林村", 4)}


def test_a_village_after_a_units_point_with_its_own_supporter_is_not_the_units():
    got = facts_of("本报讯 其中，柳树村为县财政局对口帮扶村，杏林村由市生态环境局青江分局结对帮扶。")
    assert ("SUPPORTS", "县财政局", "柳树村") in got and ("SUPPORTS", "县财政局", "杏林村") not in got


def test_a_column_of_leaders_who_link_a_village_holds_no_post_in_it():
    got = facts_of("青江县镇村包联调整情况公告\n现将调整情况公告如下：\n序号｜村｜所属镇｜县级包联领导｜包联部门｜第一书记\n"
                   "1｜柳树村｜东河镇｜刘建国（副县长）｜县审计局｜韩立文（县审计局）")
    assert not any(f[0] == "HOLDS_POSITION" and f[1] == "刘建国" and f[2] == "柳树村" for f in got)


def test_a_rosters_cell_left_open_names_no_one():
    got = facts_of("驻村第一书记名单\n序号　村　镇　派驻单位　第一书记\n5　桃园村　凤凰镇　县文化和旅游广电局　暂未到岗")
    assert not any(f[1] == "暂未到岗" for f in got)


def test_former_secretaries_each_with_his_village_in_brackets():
    got = facts_of("关于调整驻村第一书记的通知\n原第一书记周建国（柳河镇南王庄村）、魏东（桥头镇北李村）任期届满，召回原单位。")
    assert {("FIRST_SECRETARY_OF", "周建国", "南王庄村"), ("FIRST_SECRETARY_OF", "魏东", "北李村")} <= got
    assert ("FIRST_SECRETARY_OF", "周建国", "北李村") not in got


def test_a_shortened_unit_is_no_two_units_run_together():
    """Two lines of a list run together ("X市水利局" + "Y市自然资源局…") name no unit that a
    shortened name (市水利局) stands for: a place is never left out of a name."""
    got = facts_of("先进帮扶单位公示\n　　一、优秀第一书记\n　　韩立文（市水利局驻杨安镇东刘村第一书记）\n"
                   "　　郑秋菊（县财政局驻杨安镇李营村第一书记）\n\n　　二、先进帮扶单位\n　　德州市水利局\n"
                   "　　乐陵市自然资源局（帮扶杨安镇李营村）\n　　乐陵市融媒体中心")
    assert ("FIRST_SECRETARY_OF", "韩立文", "东刘村") in got
    assert not any(f[0] == "WORKS_FOR" and f[1] == "韩立文" and "自然资源局" in f[2] for f in got)


def test_a_post_said_with_担任_before_the_name_is_the_post_alone():
    """"在X厅担任二级主任科员的张某": the title is 二级主任科员, not 担任二级主任科员."""
    page = page_of("本报讯 2021年5月，在青江省水利厅担任二级主任科员的潘立新，被选派到东河镇柳树村任第一书记。")
    titles = {(f.head, f.tail, dict(f.props).get("title")) for f in extract_page(page).facts if f.type == "HOLDS_POSITION"}
    assert ("潘立新", "青江省水利厅", "二级主任科员") in titles


def test_a_post_in_a_college_of_the_unit_says_he_belongs_to_it():
    """A post in X大学's college (X大学动物科技学院副教授) is his membership: no WORKS_FOR X大学 beside it."""
    got = facts_of("本报讯 2023年5月，青江农业大学选派动物科技学院副教授韩立文到东河镇柳树村担任第一书记。")
    assert ("HOLDS_POSITION", "韩立文", "青江农业大学动物科技学院") in got
    assert ("WORKS_FOR", "韩立文", "青江农业大学") not in got


def test_back_to_the_bureau_is_no_unit():
    """"把问题带回局里": a verb of going back, then 局, names no unit (nor a shortened one's full name)."""
    got = facts_of("本报讯 昌图县宝力镇柳树村的包联部门是县水利局。驻村工作队队员、县水利局干部何健每周都要参加一次网格长例会，把网格里收集的水利问题带回局里。")
    assert ("WORKS_FOR", "何健", "昌图县水利局") in got
    assert not any(tail.endswith("带回局") for _, _, tail in got)


def test_a_tibetan_name_ends_before_a_verb_and_了():
    assert "普布" in names("合作社理事长普布算了一笔账：去年合作社分红18万元。", "Person")
    assert "普布算" not in names("合作社理事长普布算了一笔账：去年合作社分红18万元。", "Person")


@pytest.mark.parametrize("text, place", [
    ("能办的当场办，办不了的带回镇里。", "带回镇"),                  # back to the town
    ("今天开村“两委”会，定下来把网格重新划一划。", "今天开村"),        # a day, a verb, then the village's committees
    ("拟选派以下同志到我市有关村任驻村第一书记。", "有关村"),          # the villages concerned
    ("七百多户分散在三条山坑里，光靠村委几个人，根本管不过来。", "光靠村"),   # only relying on the village's committee
])
def test_no_place_is_named_by_a_phrase_before_a_level_word(text, place):
    assert place not in names(text, "Place")


@pytest.mark.parametrize("text, person", [
    ("4名网格员都懂朝汉双语，入户交流没有障碍。", "都懂朝汉双语"),       # what they all know
    ("第一书记那会儿刚到村里，什么都不懂。", "那会儿"),               # back then
])
def test_no_person_is_named_by_an_adverb_or_a_pronoun_after_a_role(text, person):
    assert person not in names(text, "Person")


@pytest.mark.parametrize("text, place", [
    ("会后和石板沟村三组组长一起核对了台账。", "石板沟村"),             # with
    ("这本日记里，条条都和柳树坪村有关。", "柳树坪村"),
    ("调研组观摩的第一站石桥湾村，是青江县水利局的包联村。", "石桥湾村"),     # the stop of a tour
    ("首站柳树坪村是市审计局的帮扶村。", "柳树坪村"),
])
def test_a_word_before_a_village_is_no_part_of_its_name(text, place):
    assert place in names(text, "Place")


def test_one_grid_after_another_after_a_role_names_no_one():
    assert names("镇长韩立文带领包村干部逐格核对人口底数。", "Person") == {"韩立文"}


def test_an_adverb_a_verb_and_its_particle_after_a_role_name_no_one():
    assert not names("走进柳树村，每一户人家、每一名网格员都写得明明白白。", "Person")


def test_the_school_is_no_college_of_a_university_no_one_names():
    got = facts_of("本报讯 我校承担东河县定点帮扶任务。新任第一书记甘立华是园艺学院讲师，队员韩立新来自学校资产管理处。")
    assert not {f for f in got if f[0] == "WORKS_FOR" and f[2].startswith("园艺学院")}


@pytest.mark.parametrize("post", ["包保领导", "包保干部", "联村领导", "联村干部", "挂村领导", "挂村干部", "挂点领导", "挂点干部",
                                  "包抓领导", "包抓干部", "挂钩领导", "挂钩干部", "挂联领导", "挂联干部", "包点领导", "包点干部",
                                  "分包领导", "分包干部"])
def test_a_notices_line_of_a_town_cadre_assigned_to_the_village_of_the_section(post):
    got = facts_of(f"关于调整村级联系人的通知\n一、石门坎村\n{post}：韩立文（镇党委委员）\n二、杏林社区\n{post}：赵明")
    assert {("HOLDS_POSITION", "韩立文", "石门坎村"), ("HOLDS_POSITION", "赵明", "杏林社区")} <= got


def test_a_short_word_that_opens_a_units_name_is_kept_whole():
    assert "对外经贸职业学院" in names("本报讯 对外经贸职业学院定点帮扶东河县。", "Organization")


def test_a_unit_after_报_starts_after_it():
    assert "县委组织部" in names("各驻村工作队队员名单由派出单位报县委组织部备案后另行公布。", "Organization")


@pytest.mark.parametrize("text, unit", [
    ("记者跟随省林业和草原局派驻东河乡的第一书记走进柳树村。", "省林业和草原局"),     # with
    ("随县林业局派驻柳树村的第一书记说。", "随县林业局"),       # 随县, a county
])
def test_a_unit_after_随_starts_after_it_unless_随_opens_a_county(text, unit):
    assert unit in names(text, "Organization")


def test_a_unit_after_村里_starts_after_it():
    assert "金穗种植专业合作社" in names("他领着大家办起了村里金穗种植专业合作社。", "Organization")


def test_the_party_branches_of_units_and_villages_at_large_pair_no_one():
    got = facts_of("青江县水务局驻东河镇柳树村第一书记韩立文述职。推动机关党支部与村党支部开展结对共建。\n"
                   "今年以来，科尔沁左翼中旗组织52个机关党支部与嘎查村党支部开展结对共建。")
    assert [f for f in got if f[0] == "SUPPORTS"] == [("SUPPORTS", "青江县水务局", "柳树村")]


def test_如今_before_a_village_is_no_part_of_its_name():
    assert ("FIRST_SECRETARY_OF", "韩立文", "柳树村") in facts_of("如今东河镇柳树村的第一书记是县农业农村局干部韩立文。")


def test_a_notice_before_appointment_names_no_one():
    assert not names("青江县委组织部干部任前公示\n经县委研究，拟提拔任用以下同志，现予以任前公示。", "Person")


def test_a_table_row_of_a_name_and_a_unit_gives_no_post_in_the_village_in_focus():
    text = "东河镇柳树村网格员名单\n序号 姓名 单位 职务\n1 韩立文 东河镇综治中心 专职网格员\n2 郑秋菊 东河镇综治中心 专职网格员"
    got = facts_of(text)
    assert ("HOLDS_POSITION", "韩立文", "东河镇综治中心") in got
    assert ("HOLDS_POSITION", "韩立文", "柳树村") not in got


def test_a_profile_line_run_into_the_next_keeps_its_cells_to_its_person():
    text = ("人物名片\n韩立文　青江县农业大学副教授，2022年3月被选派到东河镇柳树村任驻村第一书记\n"
            "郑秋菊　柳树村党支部书记、村委会主任，柳树村果蔬专业合作社理事长\n记者：两位是怎么分工的？")
    got = facts_of(text)
    assert ("HOLDS_POSITION", "韩立文", "青江县农业大学") in got
    assert not any(f[0] == "HOLDS_POSITION" and f[1] == "韩立文" and "合作社" in f[2] for f in got)


_SECRETARY_FRAMES = ("本报讯 在同镇的柳沟村，州交通运输局驻村第一书记{n}则把心思花在了路上。",
                     "本报讯 东河镇柳沟村迎来了新一任驻村第一书记——州财政局干部{n}。",
                     "本报讯 前任驻村第一书记{n}是省农业农村厅派驻柳沟村的第一位第一书记。")


@pytest.mark.parametrize("name", ["降央多吉", "降措多吉", "泽仁多吉", "达瓦多吉", "四郎多吉", "洛绒多吉", "达娃多吉",
                                  "次珠多吉", "此里多吉", "农布多吉", "斯那多吉", "次成多吉", "昂旺多吉", "嘎玛多吉", "鲁茸次成",
                                  "次仁央宗", "次仁旺姆"])
def test_a_tibetan_name_of_two_elements_is_read_whole(name):
    for frame in _SECRETARY_FRAMES:
        assert ("FIRST_SECRETARY_OF", name, "柳沟村") in facts_of(frame.format(n=name))


@pytest.mark.parametrize("name", ["阿苦日火", "马黑日火", "瓦扎日火", "勒伍日火", "杰觉日火", "瓦尔日火"])
def test_a_yi_name_opens_with_its_clan_name(name):
    assert ("FIRST_SECRETARY_OF", name, "柳沟村") in facts_of(_SECRETARY_FRAMES[2].format(n=name))


def test_a_section_heading_after_a_mark_runs_into_no_text():
    # ("▌全村划成6个网格" then "柳沟村辖…": two sentences, no village "网格柳沟村")
    got = facts_of("柳沟村：网格长亮身份\n\n今天，我们走进东河县青山镇柳沟村。\n\n▌全村划成6个网格\n"
                   "柳沟村辖5个自然屯，共420户。去年以来，村“两委”把全村划分为6个网格。\n"
                   "村党支部书记、村委会主任、村级总网格长郑海涛介绍。\n")
    assert ("HOLDS_POSITION", "郑海涛", "柳沟村") in got
    assert not [f for f in got if "网格柳沟村" in f[1] + f[2]]


def test_a_rare_surname_that_opens_a_verb_opens_no_name():
    # ("网格长公示制", "第一书记来得勤": 公示, 来得 are verbs)
    assert not names("东河县今年在各村推行网格长公示制，累计公示网格长900余名。", "Person")
    assert not names("村民们说，驻村第一书记来得勤，办事也实在。", "Person")


def test_a_name_ends_before_zeng_in_the_past_it_did():
    # (曾在, 曾任: "once", no last character of the name)
    got = facts_of("本报讯 新任第一书记阿依努尔·吐尔逊来自自治区财政厅。"
                   "两人都是自治区财政厅的干部,阿依努尔·吐尔逊曾在喀什地区驻村三年。")
    assert ("WORKS_FOR", "阿依努尔·吐尔逊", "新疆维吾尔自治区财政厅") in got
    assert not [f for f in got if f[1].endswith("曾")]
    for once in ("曾任喀什地区财政局科员", "曾是喀什地区财政局科员"):
        got = facts_of("本报讯 新任第一书记阿依努尔·吐尔逊来自自治区财政厅。两人都是自治区财政厅的干部,阿依努尔·吐尔逊" + once + "。")
        assert not [f for f in got if "曾" in f[1]]


def test_a_rosters_post_in_the_village_has_its_own_column_beside_the_post_at_home():
    # (现任职务 … 拟任职务: a team member's row makes no first secretary)
    got = facts_of("关于驻村第一书记及工作队员人选的公示\n序号 | 姓名 | 选派单位 | 现任职务 | 派驻村 | 拟任职务\n"
                   "1 | 韩冬梅 | 青江县财政局 | 四级主任科员 | 东河镇柳树村 | 第一书记、工作队队长\n"
                   "2 | 郑国庆 | 青江县人民医院 | 主治医师 | 东河镇柳树村 | 工作队员\n")
    assert ("FIRST_SECRETARY_OF", "韩冬梅", "柳树村") in got and ("HOLDS_POSITION", "郑国庆", "青江县人民医院") in got
    assert ("FIRST_SECRETARY_OF", "郑国庆", "柳树村") not in got


@pytest.mark.parametrize("post, unit, title", [
    ("野生动植物保护科科长", "青江市林业和草原局野生动植物保护科", "科长"),
    ("国有林场改革工作部部长", "青江市林业和草原局国有林场改革工作部", "部长"),
    ("农村社会事业发展股股长", "青江市林业和草原局农村社会事业发展股", "股长"),
    ("森林资源管理办公室主任", "青江市林业和草原局", "森林资源管理办公室主任"),
])
def test_a_post_in_a_division_with_a_long_name_is_found_whole(post, unit, title):
    # (a section's, department's or 股's post is held in it; an office's names the unit)
    posts = extract_page(page_of(f"本报讯 青江市林草局选派的第一书记韩立文到柳沟村。他是该局{post}。")).facts
    assert [(f.tail, dict(f.props)["title"]) for f in posts if f.type == "HOLDS_POSITION"] == [(unit, title)]


@pytest.mark.parametrize("text, fact", [
    ("本报讯 青江大学定点帮扶柳沟村。队员孙卫东来自学校后勤管理处，懂电工。", ("WORKS_FOR", "孙卫东", "青江大学后勤管理处")),
    ("本报讯 青江县人民医院结对帮扶柳沟村。队员李文博来自医院财务处，负责账务。", ("WORKS_FOR", "李文博", "青江县人民医院财务处")),
    ("本报讯 青江县人民医院结对帮扶柳沟村。队员褚江平来自医院信息中心。", ("WORKS_FOR", "褚江平", "青江县人民医院信息中心")),
    ("本报讯 青江大学定点帮扶柳沟村。与吴光明一同驻村的，还有学校保卫处的潘小勇。", ("WORKS_FOR", "潘小勇", "青江大学保卫处")),
])
def test_a_division_after_a_bare_unit_word_is_the_division_of_the_unit_in_focus(text, fact):
    made = facts_of(text)
    assert fact in made and not any(f[0] == "WORKS_FOR" and f[2].startswith(("学校", "医院")) for f in made)


@pytest.mark.parametrize("text", [
    "本报讯 青江县人民医院结对帮扶柳沟村。第一书记王玉珍在医院从事内科工作二十多年。",
    "本报讯 青江电力公司结对帮扶柳沟村。前任第一书记覃美玲已回到公司任零售管理部副经理。",
])
def test_a_verb_after_a_bare_unit_word_opens_no_division(text):
    assert not any("从事" in f[2] or "任零售" in f[2] for f in facts_of(text) if f[2].startswith("青江"))


def test_the_school_on_a_colleges_own_site_is_the_college_not_one_of_its_schools():
    page = ("我校召开驻村干部轮换交接座谈会\n青江学院新闻网\n首页 | 学院要闻 | 综合新闻\n来源：组织部\n"
            "3月8日，我校驻柳沟村工作队轮换交接座谈会召开。新任第一书记韩立文是学校旅游学院讲师。"
            "旅游学院院长刘明出席座谈会。与韩立文一同驻村的，还有学校保卫处的潘小勇。\n")
    assert ("WORKS_FOR", "潘小勇", "青江学院保卫处") in facts_of(page)


@pytest.mark.parametrize("byline", ["□ 韩立文", "文/韩立文"])
def test_the_author_a_note_names_is_the_one_the_byline_names(byline):
    page = f"驻村手记｜柳沟的春天\n{byline}\n今年是我驻村的第二年。\n（作者系省教育厅派驻东河县柳沟村第一书记）\n"
    assert ("FIRST_SECRETARY_OF", "韩立文", "柳沟村") in facts_of(page)


def test_a_cadre_a_bare_unit_sent_is_no_division_of_it():
    made = facts_of("本报讯 青江大学定点帮扶柳沟嘎查。工作队员宝音是学校派出的年轻干部，懂蒙汉双语。")
    assert ("WORKS_FOR", "宝音", "青江大学") in made


@pytest.mark.parametrize("branch", ["机关党支部", "机关第三党支部"])
def test_the_secretary_of_a_units_own_party_branch_holds_the_post_in_the_unit(branch):
    made = facts_of(f"本报讯 青江县水利局与东河镇柳沟村党支部结对共建。{branch}书记韩立文和柳沟村党支部书记刘明介绍了情况。")
    assert ("HOLDS_POSITION", "韩立文", "青江县水利局") in made and ("HOLDS_POSITION", "韩立文", "柳沟村") not in made


def test_the_first_secretary_of_a_village_from_a_unit_is_its_member_not_sent_by_it():
    made = facts_of("本报讯 来自青江市交通运输局的东河镇柳树村第一书记韩立文，在村里一驻就是三年。")
    assert ("WORKS_FOR", "韩立文", "青江市交通运输局") in made and ("FIRST_SECRETARY_OF", "韩立文", "柳树村") in made
    assert not {f for f in made if f[0] == "SUPPORTS"}


def test_a_hospital_worker_is_the_hospitals():
    made = facts_of("本报讯 青江县人民医院是东河镇柳树村的帮扶单位，医院职工韩雪梅作为驻村工作队员常驻村里。")
    assert ("WORKS_FOR", "韩雪梅", "青江县人民医院") in made


def test_the_first_secretary_from_a_unit_is_no_sign_it_sent_him():
    made = facts_of("本报讯 在相邻的柳树村，来自青江县教育局的第一书记韩雪则把心思花在了一老一小上。")
    assert ("WORKS_FOR", "韩雪", "青江县教育局") in made and not {f for f in made if f[0] == "SUPPORTS"}


def test_a_bureau_of_two_fields_keeps_its_name():
    assert ("SUPPORTS", "青江县教育科技局", "柳树村") in facts_of("本报讯 青江县教育科技局包联东河镇柳树村。")


def test_a_person_from_a_unit_who_is_stationed_only_gives_no_support():
    assert not {f for f in facts_of("本报讯 来自山西农业大学的王志斌驻东河镇柳树村已是第二个年头，担任该村第一书记的他把新品种引到了山坡地上。") if f[0] == "SUPPORTS"}


def test_a_post_in_a_unit_is_membership_enough():
    made = facts_of("本报讯 青江县水利局干部韩丽，现任青江县水利局副局长。")
    assert ("HOLDS_POSITION", "韩丽", "青江县水利局") in made and ("WORKS_FOR", "韩丽", "青江县水利局") not in made


def test_a_teacher_a_college_sends_is_its_member():
    made = facts_of("本报讯 2021年，青江师范学院选派青年教师韩立文到东河镇柳树村担任驻村第一书记。")
    assert ("WORKS_FOR", "韩立文", "青江师范学院") in made and ("HOLDS_POSITION", "韩立文", "青江师范学院") not in made


def test_a_groups_grid_worker_is_of_the_group():
    made = facts_of("本报讯 青江县东河镇柳树村大坪组的油茶林里，村民们正忙着除草。大坪组组长、微网格员何秀芝就是其中一员。")
    assert ("HOLDS_POSITION", "何秀芝", "柳树村") not in made


def test_a_village_after_its_township_is_not_the_townships_point():
    assert ("SUPPORTS", "青江县农业局", "东河镇") not in facts_of(FAMILIES[
        "a village named after its township is the supported point"][0])


def test_a_long_name_after_的_is_a_unit_of_its_own():
    assert "青江县现代农业发展中心" not in names("青江县的现代农业发展中心今年成立。", "Organization")


def test_a_given_name_that_is_a_common_adjective():
    assert "邱宏伟" in names("会上,青江县委常委、宣传部部长邱宏伟作了讲话。", "Person")


def test_an_adverb_after_a_name_is_no_part_of_it():
    assert "孔德明" in names("2019年被选派到梧桐村担任第一书记时,孔德明才30岁。", "Person")


def test_the_mayor_of_a_county_level_city_is_its_own():
    got = facts_of("本报讯 会上,宜都市委副书记、市长刘建平作了讲话。")
    assert ("HOLDS_POSITION", "刘建平", "宜都市") in got
    assert ("HOLDS_POSITION", "刘建平", "宜昌市") not in got


def test_tiers_with_the_count_first_give_the_finest_tier():
    g = extract_page(page_of("本报讯 凤凰村又细分为12个二级网格、48个三级网格,实现了小事不出网格。"))
    assert [(f.head, f.prop("count"), f.prop("levels")) for f in g.facts if f.type == "DIVIDED_INTO"] == \
        [("凤凰村", 48, 3)]


def test_an_ocr_space_before_a_tier_count_is_read_past():
    g = extract_page(page_of("本报讯 西河镇全镇共划分一级网格1个、二级网格11个、三级网格 63个，配备专兼职网格员8 2名。"))
    assert [(f.head, f.prop("count"), f.prop("levels")) for f in g.facts if f.type == "DIVIDED_INTO"] == \
        [("西河镇", 63, 3)]


def test_a_tier_with_its_other_name_in_brackets_is_counted():
    g = extract_page(page_of("本报讯 西河镇将全镇划分为一级网格1个、二级网格16个、三级网格（微网格）142个。"))
    assert [(f.head, f.prop("count"), f.prop("levels")) for f in g.facts if f.type == "DIVIDED_INTO"] == \
        [("西河镇", 142, 3)]


def test_basic_grids_are_the_finest_tier():
    got = [(f.head, f.prop("count")) for f in extract_page(page_of(
        "本报讯 去年以来，东河镇将全镇划分为1个镇级网格、6个村级网格和31个基础网格。")).facts if f.type == "DIVIDED_INTO"]
    assert got == [("东河镇", 31)]


def test_micro_grids_are_the_finest_tier_of_their_own():
    g = extract_page(page_of("本报讯 青山县柳河镇将全镇细分为15个一级网格、120个微网格,配备微网格员120名。"))
    assert [(f.head, f.prop("count"), f.prop("levels")) for f in g.facts if f.type == "DIVIDED_INTO"] == \
        [("柳河镇", 120, 2)]


def test_grids_and_the_micro_grids_inside_them():
    g = extract_page(page_of("本报讯 青山县柳河镇红星社区将辖区划分为6个网格、24个微网格,楼栋长全部纳入微网格管理。"))
    assert [(f.head, f.prop("count"), f.prop("levels")) for f in g.facts if f.type == "DIVIDED_INTO"] == \
        [("红星社区", 24, 2)]


def grids(text: str) -> list[tuple]:
    return [(f.head, f.prop("count"), f.prop("levels")) for f in extract_page(page_of(text)).facts
            if f.type == "DIVIDED_INTO"]


def test_micro_grids_split_out_of_the_grids():
    assert grids("本报讯 东河镇柳树村将全村6个村民小组划分为6个网格，又细分出23个微网格，村里大小事都在网格里商量。") == \
        [("柳树村", 23, 2)]


@pytest.mark.parametrize("text, place", [
    ("本报讯 在青山旗白音苏木，苏木将全苏木划分为三级网格，共设苏木级网格1个、嘎查级网格8个、基础网格46个。", "白音苏木"),
    ("本报讯 青山县东河镇将全镇划分为三级网格，共设镇级网格1个、村级网格8个、基础网格46个。", "东河镇"),
    ("本报讯 青山县城关街道将辖区划分为三级网格，共设街道级网格1个、社区级网格8个、基础网格46个。", "城关街道"),
])
def test_tiers_named_by_their_level_are_no_place(text, place):
    assert grids(text) == [(place, 46, 3)]


def test_grids_inside_areas():
    assert grids("本报讯 青山县东河镇将全镇划分为11个片区、68个网格，把驻村干部全部编入网格。") == [("东河镇", 68, 2)]


def test_a_slogan_of_what_stays_in_the_community_is_no_place():
    assert not any("不出" in n for n in names("社区将辖区划分为12个网格，实现“小事不出网格、大事不出社区”。", "Place"))


def test_going_round_the_village_is_no_village():
    assert names("网格员骑着电动车走村入户，把防汛注意事项告知村民。", "Place") == set()


def test_a_pilot_town_is_no_town_of_its_own():
    assert grids("本报讯 东河镇是全县网格化管理试点镇。该镇按照“镇、村、组”三级设置网格，共划分镇级网格1个、村级网格14个、"
                 "组级网格97个。") == [("东河镇", 97, 3)]


def test_households_put_into_grids():
    assert grids("本报讯 为了把服务送到牧民家门口，青山旗柳树嘎查把散居的86户牧民编入5个网格。") == [("柳树嘎查", 5, None)]


def test_micro_grids_a_few_clauses_after_the_grids():
    g = extract_page(page_of("本报讯 青山县柳河镇红星社区把辖区划分为7个网格，每个网格配备1名专职网格员，"
                             "同时把楼栋长纳入微网格，共设微网格41个。"))
    assert [(f.head, f.prop("count")) for f in g.facts if f.type == "DIVIDED_INTO"] == [("红星社区", 41)]


def test_general_grids_and_the_micro_grids_set_under_them():
    g = extract_page(page_of("本报讯 青山县柳河镇深化改革，全镇划分为28个全科网格，下设176个微网格，微网格长由党员担任。"))
    assert [(f.head, f.prop("count")) for f in g.facts if f.type == "DIVIDED_INTO"] == [("柳河镇", 176)]


def test_levels_listed_are_no_place():
    g = extract_page(page_of("本报讯 今年以来，青山县柳河镇构建镇、村、组三级网格体系，全镇共划分镇级网格1个、村级网格9个、组级网格63个。"))
    assert [(f.head, f.prop("count")) for f in g.facts if f.type == "DIVIDED_INTO"] == [("柳河镇", 63)]


def test_tiers_written_both_ways_in_one_sentence():
    g = extract_page(page_of("本报讯 青山县红星社区划分为2个一级网格、9个二级网格,并按单元设立微网格37个。"))
    assert [(f.head, f.prop("count"), f.prop("levels")) for f in g.facts if f.type == "DIVIDED_INTO"] == \
        [("红星社区", 37, 3)]


@pytest.mark.parametrize("verb", ["细化为", "调整为"])
def test_grids_redrawn_from_an_old_count(verb):
    g = extract_page(page_of(f"本报讯 青山县杏林村把原有的4个网格{verb}11个网格,每格一名网格员。"))
    assert [(f.head, f.prop("count")) for f in g.facts if f.type == "DIVIDED_INTO"] == [("杏林村", 11)]


def test_grids_drawn_with_huacheng():
    g = extract_page(page_of("本报讯 青山县杏林村今年把全村划成了9个网格,每个网格有一名网格员。"))
    assert [(f.head, f.prop("count")) for f in g.facts if f.type == "DIVIDED_INTO"] == [("杏林村", 9)]


@pytest.mark.parametrize("text, name", [
    # the tagger stops inside the name, or reads its first syllable as a function word
    ("本报讯 会上,旗委常委、宣传部部长斯日古楞要求,各单位要尽快到位。", "斯日古楞"),
    ("本报讯 青河旗水利局干部那顺满都拉派驻东沟苏木红星嘎查。", "那顺满都拉"),
    ("本报讯 红星嘎查党支部书记朝鲁图那仁表示,今年要建冷库。", "朝鲁图那仁"),
    ("本报讯 旗委书记那顺乌力吉强调,要抓好落实。", "那顺乌力吉"),
    ("本报讯 曲米村第一书记才让多杰说,村里今年通了自来水。", "才让多杰"),
    ("本报讯 曲米村党支部书记次仁旺堆介绍,村里今年通了自来水。", "次仁旺堆"),
    ("本报讯 旗林草局选派的驻村第一书记孟和扎那介绍,今年嘎查遭遇干旱。", "孟和扎那"),
    # a Han surname, then a Mongolian given name that opens with a function word
    ("本报讯 接替他的是旗审计局干部白那日苏。", "白那日苏"),
    ("本报讯 嘎查达巴图那木拉指着库房说，今年的草料够了。", "巴图那木拉"),
    ("本报讯 嘎查妇联主席奥云其木格带着妇女们做起了奶食品。", "奥云其木格"),
    ("本报讯 包联单位盟林业和草原局选派干部朝格门担任嘎查第一书记，带领牧民栽种沙柳。", "朝格门"),
    ("本报讯 黄南州委常委、副州长旦正东智陪同调研。", "旦正东智"),      # (and 州长 is a title)
    ("本报讯 县委常委、组织部部长多杰东周主持会议。", "多杰东周"),
    ("本报讯 旗委副书记、旗长孟克那顺陪同调研。", "孟克那顺"),
    ("本报讯 县委常委、组织部部长才让加主持会议。", "才让加"),
    ("4.东河乡：联系县级领导拉毛东智（县委常委、组织部部长）；联点部门县水利局。", "拉毛东智"),   # (县级领导, a role)
])
def test_mongolian_and_tibetan_names_are_whole(text, name):
    assert name in names(text, "Person")


@pytest.mark.parametrize("text, name", [
    ("本报讯 青江市人民医院选派骨科主任朱明任第一书记。", "朱明"),
    ("本报讯 嘎查党支部书记图雅任网格长，负责18户牧民。", "图雅"),
])
def test_a_name_of_two_before_任_and_a_post(text, name):
    assert name in names(text, "Person") and name + "任" not in names(text, "Person")


@pytest.mark.parametrize("after", ["今年带领村民种核桃", "去年带领村民种核桃", "来自自治区财政厅", "懂哈萨克语", "刚到村里",
                                   "常去牧民家", "作表态发言"])
def test_a_word_after_a_dotted_name_ends_it(after):
    assert "艾力·买买提" in names(f"本报讯 阿热勒村第一书记艾力·买买提{after}。", "Person")


def test_a_department_whose_name_opens_with_a_stop_character_is_whole():
    orgs = names("本报讯 第一书记韩立文是青江农商银行个人金融部副经理。", "Organization")
    assert not any(o.startswith("人金融") for o in orgs)


@pytest.mark.parametrize("text, name", [
    ("本报讯 红星嘎查第一书记额尔敦朝鲁正和牧民一起封窖。", "额尔敦朝鲁"),           # a long name, then 正
    ("本报讯 旗委副书记、旗长其达来巴图主持会议。", "其达来巴图"),                 # 其 opens the name
    ("本报讯 西河苏木党委副书记、苏木达那日苏表示,今年要修路。", "那日苏"),        # one element of three
    ("本报讯 东河嘎查第一书记额日格勒图已在嘎查工作三年。", "额日格勒图"),           # after a title, then 已
    ("本报讯 旗委常委、统战部部长乌兰其木格,旗人大常委会副主任出席会议。", "乌兰其木格"),   # 乌兰 opens it
    ("本报讯 嘎查达乌恩其说,今年要修路。", "乌恩其"),                                   # 其 ends it
])
def test_more_of_a_mongolian_name(text, name):
    assert name in names(text, "Person")


def test_a_dotted_name_that_ends_a_headline():
    text = "把心留在草原——记自治区农牧厅驻青河旗红星嘎查第一书记白·巴特尔\n青河日报 2024年\n\n本报讯 牧民们都认识他。"
    assert ("FIRST_SECRETARY_OF", "白·巴特尔", "红星嘎查") in facts_of(text)


def test_a_person_and_then_the_village_committee_is_no_place():
    got = facts_of("本报讯 州税务局驻柳树村第一书记金成浩和村“两委”一起改造了老房子。")
    assert ("FIRST_SECRETARY_OF", "金成浩", "柳树村") in got


@pytest.mark.parametrize("name", ["王建设", "李振兴", "张解放"])
def test_a_verb_is_a_given_name_after_a_common_surname(name):
    assert name in names(f"本报讯 村党支部书记{name}说,村里今年通了路。", "Person")


def test_a_verb_after_a_rare_surname_character_is_a_phrase():
    assert not names("本报讯 实现驻村第一书记全覆盖。", "Person")


def test_one_of_a_units_experts_holds_no_post():
    got = facts_of("本报讯 韩立文是青江县林业局的一名植保专家。")
    assert ("WORKS_FOR", "韩立文", "青江县林业局") in got
    assert not any(k == "HOLDS_POSITION" for k, _, _ in got)


def test_a_profile_names_the_person_after_the_age():
    assert ("WORKS_FOR", "韩立文", "青江县林业局") in facts_of("本报讯 今年40岁的韩立文是青江县林业局的一名技术骨干。")


@pytest.mark.parametrize("hand", ["手中", "手里"])
def test_into_the_hands_of_a_dotted_name(hand):
    assert "艾力·买买提" in names(f"本报讯 他把工作台账交到了第一书记艾力·买买提{hand}。", "Person")


@pytest.mark.parametrize("text, name", [
    ("本报讯 东河村第一书记于海洋,联系专家为村民体检。", "于海洋"),
    ("本报讯 柳树村党支部书记、村委会主任和建国说,村里通了路。", "和建国"),
])
def test_a_function_word_surname_before_a_given_name_that_is_a_frequent_word(text, name):
    assert name in names(text, "Person")


@pytest.mark.parametrize("text", ["本报讯 村党支部书记和大家说,今年要修路。", "本报讯 村党支部书记向社会说明情况。"])
def test_a_function_word_before_a_common_noun_is_no_name(text):
    assert not names(text, "Person")


@pytest.mark.parametrize("text, name", [
    ("本报讯 青江县召开推进会,县委副书记、县长向阳主持会议。", "向阳"),
    ("本报讯 傍晚6点,东城社区第3网格网格员高峰又开始了巡查。", "高峰"),
])
def test_a_name_that_is_also_a_frequent_word_the_lexicon_knows_as_a_name(text, name):
    assert name in names(text, "Person")


def test_a_pronoun_is_no_part_of_a_name():
    assert not any("他" in n for n in names("本报讯 牧民都叫他“乌云书记”,他每天入户。", "Person"))


def test_an_adverb_after_a_title_is_no_given_name():
    assert not names("本报讯 全县驻村干部和第一书记都已建立工作台账。", "Person")


def test_two_adverbs_after_a_title_are_no_name():
    assert not names("本报讯 目前全乡11个村的驻村第一书记都已配齐。", "Person")


def test_the_article_is_about_the_whole_name_not_its_short_form():
    text = ("本报讯 在红星嘎查,今年45岁的乌云毕力格已是第二年驻村。作为青河旗林草局选派的第一书记,他走遍了全嘎查。"
            "“草场保护好了,日子才能长远。”乌云毕力格说。牧民都叫他“乌云书记”,乌云书记每天入户。")
    got = facts_of(text)
    assert ("FIRST_SECRETARY_OF", "乌云毕力格", "红星嘎查") in got
    assert not any(h == "乌云" for _, h, _ in got)


def test_grids_numbered_with_bianwei():
    g = extract_page(page_of("本报讯 青河旗红星嘎查把全嘎查7个浩特编为7个网格,网格员每周入户。"))
    assert [(f.head, f.prop("count")) for f in g.facts if f.type == "DIVIDED_INTO"] == [("红星嘎查", 7)]


def test_grids_of_a_bare_level_word_are_the_village_in_focus():
    text = "本报讯 青河旗红星嘎查地处草原深处。嘎查距旗政府所在地东河镇80多公里。嘎查以牧户居住点为单元划分为5个网格。"
    g = extract_page(page_of(text))
    assert [(f.head, f.prop("count")) for f in g.facts if f.type == "DIVIDED_INTO"] == [("红星嘎查", 5)]


def test_the_whole_city_of_a_county_level_city():
    text = "本报讯 兴安盟乌兰浩特市推行网格化管理。全市共划分基础网格520个,配备网格员520名。"
    g = extract_page(page_of(text))
    assert [(f.head, f.prop("count")) for f in g.facts if f.type == "DIVIDED_INTO"] == [("乌兰浩特市", 520)]


def test_a_vice_mayor_in_a_county_level_city():
    text = "本报讯 延边州和龙市举办乡村振兴培训班。市委常委、组织部部长金成哲出席,副市长朴英花主持开班式。"
    assert ("HOLDS_POSITION", "朴英花", "和龙市") in facts_of(text)


def test_a_post_held_by_others_is_not_the_persons_before():
    text = "本报讯 红星嘎查第一书记韩立文到任后,在他的推动下,嘎查划分为4个网格,由党员牧民担任网格员。"
    assert ("HOLDS_POSITION", "韩立文", "红星嘎查") not in facts_of(text)


def test_a_count_of_units_pairing_with_villages_is_no_pair():
    text = "本报讯 东河镇柳树村地处山区。今年,全县共有86个县直机关党支部与村党支部结成对子。"
    assert not any(k == "SUPPORTS" for k, _, _ in facts_of(text))


@pytest.mark.parametrize("donor", ["青江草原牧业有限公司", "青江县慈善基金会"])
def test_a_companys_or_a_foundations_gift_is_no_support(donor):
    got = facts_of(f"本报讯 今年春季,{donor}向东河镇柳树村捐赠了价值8万元的饲草料。")
    assert not any(k == "SUPPORTS" for k, _, _ in got)


def test_a_bare_county_unit_is_not_of_a_partner_district():
    got = facts_of("本报讯 宁波市海曙区党政代表团来考察,海曙区委书记出席。座谈会上,县农业农村局干部韩立文介绍了情况。")
    assert ("WORKS_FOR", "韩立文", "宁波市海曙区农业农村局") not in got
    assert ("WORKS_FOR", "韩立文", "县农业农村局") in got


def test_a_level_title_is_not_of_a_place_named_after_it():
    assert ("HOLDS_POSITION", "田志刚", "西岭镇") not in facts_of(FAMILIES[
        "a level title without its place is of the place named before it, not after"][0])


def test_in_a_list_of_posts_and_names_a_name_is_not_the_next_post_holder():
    got = facts_of("本报讯 记者走访了青江县审计局驻梧桐村第一书记贺春燕,临河县妇联派驻荷花村第一书记邓晓燕。")
    assert ("FIRST_SECRETARY_OF", "贺春燕", "荷花村") not in got
    assert ("FIRST_SECRETARY_OF", "邓晓燕", "荷花村") in got


def test_two_verbs_after_a_title_are_no_name():
    assert names("青河县人民医院每周派医生来巡诊。", "Person") == set()


def test_units_and_villages_paired_respectively():
    got = facts_of("本报讯 西河旗财政局、西河旗审计局和西河旗统计局分别包联东沟镇红星村、向阳村和东风村。")
    supports = {(h, t) for k, h, t in got if k == "SUPPORTS"}
    assert supports == {("西河旗财政局", "红星村"), ("西河旗审计局", "向阳村"), ("西河旗统计局", "东风村")}


def test_a_conjunction_after_a_unit_starts_no_place():
    assert names("县审计局和县统计局共同包联红星村。", "Organization") == {"县审计局", "县统计局"}


def test_a_first_secretary_title_before_the_next_name_in_a_list_is_that_persons():
    got = facts_of("本报讯 会上，省级派驻东河乡柳沟村第一书记、青江省林业局干部韩立文，市级派驻西河乡石桥村第一书记、"
                   "青江市市场监督管理局干部刘欣等6名第一书记先后作交流发言。")
    assert ("FIRST_SECRETARY_OF", "韩立文", "石桥村") not in got and ("FIRST_SECRETARY_OF", "刘欣", "石桥村") in got


def test_our_school_is_the_school_that_publishes_the_page():
    got = facts_of("我校召开定点帮扶工作推进会\n发布时间：2023-04-18　来源：乡村振兴工作办公室\n\n"
                   "4月15日，我校选派的东河镇柳沟村驻村第一书记韩立文汇报了驻村工作。\n\n"
                   "青江农业大学新闻网　党委宣传部主办")
    assert ("WORKS_FOR", "韩立文", "青江农业大学") in got and ("SUPPORTS", "青江农业大学", "柳沟村") in got


def test_our_bureau_is_the_publisher_though_another_bureau_was_named_last():
    got = facts_of("我局赴青山县调研挂钩帮扶工作\n信息来源：机关党委\n\n"
                   "我局与青江市林业局组成帮扶组团。我局选派的柳沟村驻村第一书记韩立文介绍了工作。\n\n"
                   "青江省林业局　版权所有")
    assert ("WORKS_FOR", "韩立文", "青江省林业局") in got and ("WORKS_FOR", "韩立文", "青江市林业局") not in got


def test_a_bare_bureau_is_the_one_a_government_sites_page_says_publishes_it():
    got = facts_of("县审计局2023年驻村帮扶工作总结\n发布机构：青江县审计局　　发布日期：2023-12-20\n\n"
                   "2023年，在县委组织部、县乡村振兴局的指导下，扎实做好东河镇柳树村帮扶工作。\n"
                   "局党组选派机关干部韩立文任柳树村驻村第一书记。")
    assert ("WORKS_FOR", "韩立文", "青江县审计局") in got and ("SUPPORTS", "青江县乡村振兴局", "柳树村") not in got


def test_who_went_back_to_his_unit_is_the_one_he_succeeds():
    got = facts_of("本报讯 柳沟村第一书记何晓燕今年3月到任，接替任期届满、返回市生态环境局工作的原第一书记韩立文。")
    assert not [f for f in got if f[0] == "WORKS_FOR" and f[1] == "何晓燕"]


def test_a_post_in_a_division_of_a_unit_says_no_membership_of_the_unit_as_well():
    got = facts_of("本报讯 柳沟村驻村工作队队长、第一书记韩立文，是青江省交通运输厅规划处的一名二级主任科员。"
                   "2022年6月由青江省交通运输厅派驻柳沟村。")
    assert ("HOLDS_POSITION", "韩立文", "青江省交通运输厅规划处") in got
    assert ("WORKS_FOR", "韩立文", "青江省交通运输厅") not in got


def test_a_units_report_supports_its_village_not_the_units_it_is_addressed_to():
    got = facts_of("本报讯 中共青江县委组织部：2023年，青江县审计局认真落实县委、县政府的部署要求，扎实做好东河镇柳沟村挂点帮扶工作。")
    assert ("SUPPORTS", "青江县审计局", "柳沟村") in got and ("SUPPORTS", "中共青江县委组织部", "柳沟村") not in got


def test_a_list_of_honoured_first_secretaries_with_their_units_and_villages_in_brackets():
    got = facts_of("本报讯 受到表彰的优秀驻村第一书记有：韩立文（女，青江省林业局驻东河镇柳沟村第一书记、驻村工作队队长）、"
                   "何晓燕（青江县中医医院驻西河镇石桥村第一书记）。")
    assert {("WORKS_FOR", "韩立文", "青江省林业局"), ("HOLDS_POSITION", "韩立文", "柳沟村"),
            ("FIRST_SECRETARY_OF", "何晓燕", "石桥村"), ("WORKS_FOR", "何晓燕", "青江县中医医院")} <= got
    assert ("FIRST_SECRETARY_OF", "何晓燕", "柳沟村") not in got and ("WORKS_FOR", "何晓燕", "青江省林业局") not in got
    assert ("HOLDS_POSITION", "韩立文", "石桥村") not in got


def test_a_list_of_first_secretaries_with_only_the_unit_that_stations_each_and_where():
    got = facts_of("本报讯 获评优秀驻村第一书记的有：韩立文（青江市税务局驻东河镇柳沟村）、何晓燕（县教育局驻西河镇石桥村）。")
    assert {("FIRST_SECRETARY_OF", "韩立文", "柳沟村"), ("FIRST_SECRETARY_OF", "何晓燕", "石桥村")} <= got


def test_a_grid_workers_post_names_the_village_and_then_the_grid():
    got = extract_page(page_of("本报讯 石桥村是个大村。王春霞（东河镇柳沟村第二网格网格员）。")).facts
    assert [(f.head, f.tail, f.prop("title")) for f in got if f.type == "HOLDS_POSITION"] == [("王春霞", "柳沟村", "第二网格网格员")]


def test_a_township_and_its_village_set_apart_by_a_space_are_no_list_of_villages():
    got = facts_of("本报讯 同样在青山县，东河镇 柳树村由县医疗保障局、县统计局共同包联。")
    assert ("SUPPORTS", "青山县医疗保障局", "柳树村") in got and ("SUPPORTS", "青山县医疗保障局", "东河镇") not in got


def test_a_villages_section_heading_with_a_note_on_it_makes_the_section_about_that_village():
    text = ("东河镇网格化工作情况汇报\n青山县人民政府网 > 乡镇动态 > 东河镇\n"
            "发布时间：2024-09-12 10:20　　来源：东河镇　　浏览量：644\n\n"
            "　　东河镇辖12个村。镇党委书记杨建军包联柳沟村，每周到村参加一次网格例会。现将重点村情况汇报如下。\n\n"
            "◆ 柳沟村（二级网格）\n　　网格长：杨秀清（村党支部书记、村委会主任）\n　　全村下设三级网格8个。\n\n"
            "◆ 石桥村（二级网格）\n　　网格长：刘德胜（村党支部书记）\n　　全村下设三级网格6个。\n")
    got = facts_of(text)
    assert {("HOLDS_POSITION", "杨秀清", "柳沟村"), ("HOLDS_POSITION", "刘德胜", "石桥村")} <= got


def test_a_name_the_tagger_read_with_the_verb_of_a_speech_after_it():
    from graph.mentions import PERSON_TAG, _tagged_people
    text = "会上，原第一书记韩立新作了交接发言。"
    s = text.index("韩")
    assert _tagged_people(text, [(s, s + 4, PERSON_TAG)]) == [(s, s + 3)]     # as the tagger reads it in some articles


def test_a_round_of_sending_opens_no_unit():
    assert names("本报讯 会上，上一轮青江省水利厅选派干部韩立文作了发言，本轮县财政局选派的干部已到岗。", "Organization") \
        == {"青江省水利厅", "县财政局"}


def test_formerly_after_a_name_behind_a_title_is_no_part_of_it():
    assert names("柳沟村首任第一书记韩立东原是省分公司的一名网点主任。", "Person") == {"韩立东"}


def test_a_date_before_a_name_opens_none():
    text = "2.何晓燕，女，1990年7月生，中共党员，青江县人民医院派驻柳沟村第一书记。"
    tagged = [(2, 5), (text.index("月生"), text.index("月生") + 2)]      # as the tagger reads it in some articles
    assert [m.surface for m in find_people(text, [], [], [], tagged)] == ["何晓燕"]


def test_a_common_word_before_the_place_that_opens_a_unit_is_no_part_of_it():
    assert names("本报讯 会议部署了包村帮扶和社区共建工作青江市自然资源局党组书记孙立讲话。", "Organization") == \
        {"青江市自然资源局"}


def test_a_bare_city_unit_is_the_city_unit_the_article_named_in_full():
    got = facts_of("本报讯 9月14日，通辽市住房和城乡建设局与霍林郭勒市东河镇红光村签订结对帮扶协议。"
                   "市住建局党组书记、局长韩立文表示，该局将选派业务骨干驻村。")
    assert ("HOLDS_POSITION", "韩立文", "通辽市住房和城乡建设局") in got


def test_the_county_hospital_is_the_peoples_hospital_the_article_named():
    # 县医院 is how county papers write the county's 人民医院 once they have named it
    got = facts_of("本报讯 柳沟村由青江县人民医院结对帮扶。县医院派驻柳沟村的第一书记韩立文是医院的内科医生。")
    assert ("WORKS_FOR", "韩立文", "青江县人民医院") in got


def test_he_and_the_county_units_name_no_county():
    text = "本报讯 第一书记王志远到安徽省宿松县东河镇柳沟村任职后，他和县发改委、县统计局的帮扶干部一起建了车间。"
    assert "和县" not in names(text, "Place") and "县发改委" in names(text, "Organization")


def test_和_opens_a_name_when_the_given_name_after_it_opens_with_no_surname():
    assert names("本报讯 州林业局驻村工作队队长、第一书记和建伟刚放下行李，就去了草果基地。", "Person") == {"和建伟"}


def test_now_and_a_preposition_after_a_name_of_two_are_no_part_of_it():
    assert names("本报讯 在柳沟村的大棚里，驻村第一书记周帆正和村民一起给冷棚覆膜。", "Person") == {"周帆"}


def test_a_unit_of_a_county_of_one_character_is_named_once():
    got = facts_of("本报讯 陕西省榆林市佳县王家砭镇柳沟村。工作队员韩立文来自佳县司法局，是第一书记的搭档。")
    assert ("WORKS_FOR", "韩立文", "佳县司法局") in got


def test_a_support_verb_after_a_name_of_two_is_no_part_of_it():
    assert names("本报讯 东河镇党委副书记、镇长周慧包抓的柳沟村建起了烘干厂。", "Person") == {"周慧"}


def test_one_school_of_a_city_is_no_unit():
    assert names("本报讯 今年，柳沟村小与青江市一所小学结成对子。", "Organization") == set()


def test_a_conjunction_before_a_place_that_opens_a_unit_ends_the_unit():
    assert names("本报讯 队员是青江县统计局的韩立文和东河镇政府的刘欣。", "Organization") == {"青江县统计局", "东河镇政府"}


def test_a_name_set_apart_by_spaces_after_its_title():
    for text in ("本报讯 梧桐村党支部书记 林海生说,村里今年增收。", "本报讯 梧桐村党支部书记 王 强说,村里今年增收。"):
        name = "林海生" if "林海生" in text else "王强"
        assert ("HOLDS_POSITION", name, "梧桐村") in facts_of(text), text


def test_the_last_syllable_of_a_long_name_the_tagger_left_out():
    from graph.mentions import _tagged_people
    text = "队长由该厅干部格桑旺堆担任。"
    start = text.index("格")
    assert _tagged_people(text, [(start, start + 3, "PER")]) == [(start, start + 4)]
    text = "张黎亮作为第一书记走访。"          # 作为 is a word: 作 is no syllable of the name
    assert _tagged_people(text, [(0, 3, "PER")]) == [(0, 3)]


def _abbreviations():
    from graph.vocab import table
    return sorted(table("org_abbreviations").items())


@pytest.mark.parametrize("short,full", _abbreviations())
def test_an_abbreviated_unit_is_named_in_full(short, full):
    # 中国… forms open a name (中科院青江研究所); the others end one (青江县住建局)
    written, named = (short + "青江研究所", full + "青江研究所") if full.startswith("中国") else \
        ("青江县" + short, "青江县" + full)
    got = facts_of(f"本报讯 {written}驻梧桐村第一书记李明说,村里修了路。")
    assert ("WORKS_FOR", "李明", named) in got


def test_a_province_short_form_in_a_company_name_stays_as_written():
    assert "贵州赤水河谷酒业有限公司" in {t for k, h, t in facts_of(
        "本报讯 贵州赤水河谷酒业有限公司驻梧桐村第一书记李明说,村里修了路。") if k == "WORKS_FOR"}


@pytest.mark.parametrize("name", ["包铁成", "包金锁"])
def test_a_surname_the_tagger_reads_as_a_verb_after_a_title(name):
    assert name in names(f"本报讯 柳树村党支部书记、村委会主任{name}说，村里建起了民俗体验馆。", "Person")


@pytest.mark.parametrize("text", ["本报讯 镇党委书记包村联户，走遍了各村。", "本报讯 村党支部书记包联了五户。"])
def test_a_title_then_a_verb_of_support_is_no_name(text):
    assert not names(text, "Person")


def test_surnames_that_are_also_function_words_after_a_title():
    assert {"向远山", "于建军", "和志刚"} <= names("梧桐村党总支书记向远山说,镇长于建军、副镇长和志刚也来了。", "Person")
    assert "其木格" in names("红星嘎查党支部书记、嘎查达其木格说,牧民收入增加了。", "Person")
    assert names("第一书记其实很忙,书记其他时间都在村里。", "Person") == set()
    assert names("党支部书记向群众宣讲政策,第一书记和乡亲们一起干。", "Person") == set()


@pytest.mark.parametrize("name", ["于秀兰", "于凤兰", "向春梅"])
def test_a_function_word_surname_before_a_given_name_the_tagger_found(name):
    # the tagger reads the given name alone (秀兰) and the surname as "at"
    assert names(f"本报讯 柳树村网格员{name}入户走访了23户。", "Person") == {name}


def test_a_profile_opens_with_the_name_whatever_the_tagger_reads():
    assert "向红梅" in names("向红梅,女,土家族,1990年生,中共党员。", "Person")


def test_a_name_the_tagger_takes_for_an_unknown_place():
    from graph.mentions import _anchors, find_people
    text = "该局选派干部海永福到村任第一书记。"
    s = text.index("海")
    found = find_people(text, [], [(s, s + 3, "LOC")], _anchors(text), [])
    assert [m.surface for m in found] == ["海永福"]


BARE_UNIT_CASES = {"集团": "青江能源集团", "公司": "青江能源公司", "学校": "青江师范学院", "大学": "青江大学",
                   "校": "青江农业大学",
                   "学院": "青江学院", "研究所": "青江农业研究所", "所": "青江林业研究所", "研究院": "青江农业研究院",
                   "医院": "青江县人民医院", "分行": "青江银行东城分行", "支行": "青江银行东城支行",
                   "厅": "河北省水利厅", "局": "青江县水利局", "合作社": "青江县柳河养殖专业合作社",
                   "分局": "青江市生态环境局东河分局", "总局": "中国林业地质总局", "法院": "青江县人民法院",
                   "检察院": "青江县人民检察院", "院": "青江省农业科学院",
                   "中心": "青江县水利事业发展中心", "委": "青江市发展和改革委员会"}


@pytest.mark.parametrize("word", sorted(BARE_UNIT_CASES))
def test_a_bare_unit_word_that_sends_someone_is_the_unit_in_focus(word):
    from graph.facts import BARE_UNITS
    assert set(BARE_UNIT_CASES) == set(BARE_UNITS)
    unit = BARE_UNIT_CASES[word]
    got = facts_of(f"本报讯 {unit}对口帮扶东沟乡梧桐村。{word}派驻梧桐村第一书记李明说,村里修了路。")
    assert ("WORKS_FOR", "李明", unit) in got


def test_names_written_with_a_middle_dot_are_whole():
    assert "买买提明·阿不都拉" in names("托格拉克村党支部书记买买提明·阿不都拉说,村里修了路。", "Person")
    assert "阿依古丽·艾合买提" in names("网格员阿依古丽·艾合买提每天都要入户走访。", "Person")
    assert "阿依古丽·买买提" in names("工作队队员阿依古丽·买买提是墨玉县人社局的干部。", "Person")


def test_an_adverb_after_a_name_ends_it():
    from graph.mentions import person_after
    assert person_after("林海生又开始了一天的巡查。", 0) == "林海生"


def test_units_as_the_support_units_of_villages_respectively():
    got = facts_of("本报讯 近年来，南岭县水务局、南岭县统计局分别作为柳树村、杏林村的帮扶单位，协调资金修了路。")
    assert {("SUPPORTS", "南岭县水务局", "柳树村"), ("SUPPORTS", "南岭县统计局", "杏林村")} <= got
    assert ("SUPPORTS", "南岭县水务局", "杏林村") not in got


def test_a_group_after_its_villages_committee_starts_after_the_committee():
    assert "大坪村民小组" in names("本报讯 石门村委会大坪村民小组的茶园里，村民正在采茶。", "Place")


@pytest.mark.parametrize("area", ["沙区", "农区"])
def test_a_part_of_a_county_by_its_land_is_no_place(area):
    assert names(f"本报讯 东河镇地处青山县北部{area}，过去靠天吃饭。", "Place") == {"东河镇", "青山县"}


def test_a_bare_city_unit_is_the_countys_city_not_a_partner_citys_of_another_province():
    got = facts_of("本报讯 近年来，重庆市林业局结对帮扶云阳县龙角镇柳树村。市林业局派驻柳树村第一书记韩立文说，村里种了柑橘。"
                   "云阳县与山东省烟台市莱山区开展鲁渝协作以来，莱山区的企业来了。")
    assert ("WORKS_FOR", "韩立文", "重庆市林业局") in got


def test_a_one_character_district_is_no_place_inside_a_word():
    assert names("本报讯 帮扶单位有市直、中区直驻市部门16个，各乡镇苏木也参与其中。", "Place") == set()


def test_what_kind_of_township_a_place_is_is_no_place():
    assert names("本报讯 东河苏木地处青山旗北部，是典型的纯牧业苏木。", "Place") == {"东河苏木", "青山旗"}


def test_villages_or_communities_are_no_village():
    assert "结合村" not in names("本报讯 东河镇结合村（社区）人口变化，对全镇网格进行了调整。", "Place")


def test_a_units_county_branch_is_no_county():
    assert not any("局" in n for n in names("本报讯 青江市生态环境局东河县分局副局长韩立文，派驻柳树村任第一书记。", "Place"))


def test_a_post_taken_before_a_name_is_that_names():
    got = facts_of("本报讯 青江大学外联处处长赵晓梅，原挂职柳树村第一书记韩立文参加座谈。")
    assert ("FIRST_SECRETARY_OF", "赵晓梅", "柳树村") not in got


def test_the_school_that_sends_a_colleges_teacher_is_the_university():
    got = facts_of("本报讯 青江农业大学园艺学院副教授韩立文，2022年被学校选派到东河镇柳树村担任第一书记。")
    assert ("SUPPORTS", "青江农业大学", "柳树村") in got and ("SUPPORTS", "青江农业大学园艺学院", "柳树村") not in got


@pytest.mark.parametrize("after", ["开展帮扶工作", "工作", "任职", "蹲点"])
def test_a_unit_that_sends_its_own_to_a_village_to_work_there_supports_it(after):
    got = facts_of(f"本报讯 今年3月，青江县商务局选派韩立文到柳树村{after}。")
    assert ("SUPPORTS", "青江县商务局", "柳树村") in got and ("WORKS_FOR", "韩立文", "青江县商务局") in got


def test_one_a_unit_sends_with_a_post_in_its_college_between_works_for_it():
    got = facts_of("本报讯 青江大学派驻柳树村的第一书记、数学与统计学院讲师韩立文，为村里建起了账本。")
    assert ("WORKS_FOR", "韩立文", "青江大学") in got and ("FIRST_SECRETARY_OF", "韩立文", "柳树村") in got


@pytest.mark.parametrize("title", ["办公室主任", "党组办公室副主任"])
def test_an_office_post_after_the_village_first_secretary_is_the_units(title):
    got = facts_of(f"本报讯 青江县水务局派驻柳树村的第一书记、{title}韩立文，为村里建起了账本。")
    assert ("HOLDS_POSITION", "韩立文", "青江县水务局") in got and ("HOLDS_POSITION", "韩立文", "柳树村") not in got


def test_a_unit_that_puts_a_member_of_its_section_in_a_village_employs_him():
    got = facts_of("本报讯 2022年5月，青江市林业局把生态修复科的干部韩立文派到柳树村任驻村第一书记。")
    assert ("WORKS_FOR", "韩立文", "青江市林业局") in got


@pytest.mark.parametrize("head", ["街道党工委书记", "镇党委副书记、镇长"])
def test_the_grid_post_of_a_town_head_is_the_towns_not_the_villages(head):
    town = "东河街道" if head.startswith("街道") else "东河镇"
    got = facts_of(f"本报讯 {town}和馨苑社区划分了6个网格。{head}韩立文任一级网格长，每周调度网格事项。")
    assert ("HOLDS_POSITION", "韩立文", "和馨苑社区") not in got and ("HOLDS_POSITION", "韩立文", town) in got


@pytest.mark.parametrize("line", ["韦崇屹　镇党委书记，主持镇党委全面工作。", "赵晓梅　副镇长，协助镇长分管农业农村工作。"])
def test_a_leaders_division_of_work_gives_each_name_its_post(line):
    assert ("HOLDS_POSITION", line[:3], "西河镇") in facts_of(f"西河镇领导班子成员分工\n{line}")


@pytest.mark.parametrize("line", ["▶青江市水利局——东河苏木柳树嘎查", "◎青江市水利局——东河苏木柳树嘎查",
                                  "青江市水利局——东河苏木柳树嘎查，驻嘎查第一书记韩立文（市水利局农水科科长）",
                                  "青江市水利局——东河苏木-柳树嘎查"])
def test_a_line_of_a_notices_pairings_gives_the_unit_and_its_village(line):
    got = facts_of(f"新一轮包联安排\n其中，西河旗的包联安排如下：\n{line}\n青江市统计局——南河镇榆树嘎查")
    assert ("SUPPORTS", "青江市水利局", "柳树嘎查") in got and ("SUPPORTS", "青江市统计局", "榆树嘎查") in got


@pytest.mark.parametrize("name", ["赛罕其木格", "赛罕其其格"])
def test_a_mongolian_name_of_two_elements_is_whole(name):
    assert names(f"本报讯 嘎查党支部书记{name}说，网格划在哪儿得听牧民的。", "Person") == {name}


@pytest.mark.parametrize("text, name", [("本报讯 第二网格　网格长：宝音额日很", "宝音额日很"),
                                        ("本报讯 苏木达额日很其木格通报，全苏木共划分网格9个。", "额日很其木格")])
def test_a_mongolian_name_with_the_element_额日很_is_whole(text, name):
    assert names(text, "Person") == {name}


def test_a_name_ends_before_名列_of_an_honours_list():
    assert names("本报讯 青江市农牧局派驻东河苏木柳树嘎查第一书记苏日朝鲁名列其中。", "Person") == {"苏日朝鲁"}


def test_a_card_s_name_on_a_line_of_its_own_takes_the_title_chain_on_the_next():
    got = facts_of("来认识他们\n01\n魏若川\n青州市水利局派驻东河镇柳坪村第一书记、驻村工作队队长\n到村三年，种下油茶1200亩。\n"
                   "02\n祁远舟\n县财政局选派到西岭镇桃园村的第一书记\n他为村里引进了加工厂。")
    assert {("FIRST_SECRETARY_OF", "魏若川", "柳坪村"), ("WORKS_FOR", "魏若川", "青州市水利局"),
            ("FIRST_SECRETARY_OF", "祁远舟", "桃园村")} <= got


def test_a_leaders_page_names_each_leader_on_a_line_above_his_post():
    got = facts_of("东河镇领导之窗\n青江县人民政府 > 乡镇之窗 > 东河镇 > 领导之窗\n\n魏若川\n职务：镇党委书记\n"
                   "分工：主持镇党委全面工作。\n\n祁远舟\n职务：镇党委副书记、镇长\n分工：主持镇政府全面工作。")
    assert {("HOLDS_POSITION", "魏若川", "东河镇"), ("HOLDS_POSITION", "祁远舟", "东河镇")} <= got
    got = facts_of("东河镇领导信息\n姓名：魏若川\n职务：镇党委书记\n分工：主持镇党委全面工作。")
    assert ("HOLDS_POSITION", "魏若川", "东河镇") in got



def test_a_card_s_labelled_lines_after_its_name_are_read_as_labels():
    got = facts_of("青江县驻村工作队调整人员公示\n姓名：魏若川\n选派单位及职务：青州市水利局 二级主任科员\n"
                   "派驻地点：东河镇柳坪村\n拟任职务：驻村第一书记兼工作队队长")
    assert {("FIRST_SECRETARY_OF", "魏若川", "柳坪村"), ("SUPPORTS", "青州市水利局", "柳坪村")} <= got


def test_a_profile_s_sending_unit_supports_the_village_its_own_line_names_later():
    got = facts_of("青江县驻村第一书记人选公示\n1.魏若川，男，1989年6月生，派出单位：青江县审计局，现任该局干部，拟任东河乡柳坪村第一书记。\n"
                   "2.祁远舟，女，1992年3月生，派出单位：青江县农业农村局，现为该局干部，拟任西岭乡桃园村第一书记。")
    supports = {(h, t) for k, h, t in got if k == "SUPPORTS"}
    assert supports == {("青江县审计局", "柳坪村"), ("青江县农业农村局", "桃园村")}


def test_a_numbered_leader_s_name_before_a_colon_and_his_posts():
    assert names("二、魏若川：镇党委副书记、镇长，主持镇政府全面工作。", "Person") == {"魏若川"}


def test_a_village_named_by_its_committee_is_the_village_of_the_unit_after_it():
    got = facts_of("本报讯 东河镇柳坪村有5个村民小组。在该镇的桃园村委会，县教育体育局作为挂钩帮扶单位，今年为村小建起了食堂。")
    assert {(h, t) for k, h, t in got if k == "SUPPORTS"} == {("县教育体育局", "桃园村")}
    got = facts_of("本报讯 东河镇柳坪村有5个村民小组。同镇的桃园村委会由县供销合作社挂联帮扶。")
    assert ("SUPPORTS", "县供销合作社", "桃园村") in got


def test_a_leaders_division_of_work_numbered_with_a_comma_after_the_name():
    got = facts_of("标题\n西河镇领导班子成员分工如下。\n四、邬晓峰，镇党委委员、副镇长，分管农业、畜牧，任石门村包保领导。")
    assert {("HOLDS_POSITION", "邬晓峰", "西河镇"), ("HOLDS_POSITION", "邬晓峰", "石门村")} <= got
    assert not [f for f in got if f[2] == "任石门村"]


@pytest.mark.parametrize("text, name", [("本报讯 嘎查党支部书记白图们表示，种羊将按网格分户饲养。", "白图们"),
                                        ("本报讯 嘎查达图们表示，网格划到了每个浩特。", "图们")])
def test_a_surname_and_one_mongolian_element_before_speech(text, name):
    assert names(text, "Person") == {name}


def test_who_took_over_the_first_secretary_s_post_and_another_is_the_village_s_first_secretary():
    got = facts_of("本报讯 青州市住建局派驻柳坪村的第一书记韩立峰任期届满。接任第一书记、驻村工作队队长的是该局城市建设科科长邬晓峰。")
    assert ("FIRST_SECRETARY_OF", "邬晓峰", "柳坪村") in got


def test_a_name_ends_before_原为_of_the_post_held_before():
    assert names("本报讯 该社派驻的第一书记柏慕川原为社合作指导股股长。", "Person") == {"柏慕川"}


def test_a_team_or_a_committee_before_组长_is_no_group_of_a_village():
    for text in ("工作组组长张立新说。", "领导小组组长张立新说。", "督导组组长张立新说。"):
        assert names(text, "Place") == set(), text


def test_a_mongolian_name_cut_inside_its_first_element_is_taken_whole():
    # the tagger cuts 宝力高|扎布 inside 宝力高 (高 a surname): the element it cut is taken back
    assert names("本报讯 青江旗林草局派驻柳沟嘎查。宝力高扎布是第二任第一书记，接过交接本时，是旗林草局的干部。", "Person") == {"宝力高扎布"}


@pytest.mark.parametrize("name", ["照日格巴特尔", "朝伦格日勒图", "呼和吉勒图", "那木汗巴特"])
def test_mongolian_elements_make_the_whole_name(name):
    assert names(f"本报讯 座谈会上，青江市医保局派驻巴彦苏木柳沟嘎查第一书记{name}作交流发言。", "Person") == {name}


def test_an_honour_of_gachas_and_villages_names_no_gacha():
    # 优秀嘎查村第一书记 is an honour (excellent first secretary of a gacha or village), not a gacha 优秀嘎查
    got = facts_of("本报讯 青江旗林草局派驻阿木尔嘎查第一书记韩景川被评为全区优秀嘎查村第一书记。")
    assert ("FIRST_SECRETARY_OF", "韩景川", "阿木尔嘎查") in got
    assert not any("优秀" in name for fact in got for name in fact[1:])


def test_a_programme_named_for_counties_towns_and_villages_is_no_place():
    # 百县千镇万村 (a province's programme) names no town 百县千镇 and no village 万村
    got = facts_of("本报讯 青江县石门镇以“百县千镇万村高质量发展工程”为抓手，将全镇划分为86个网格。")
    assert ("DIVIDED_INTO", "石门镇", "石门镇") in got
    assert not any("千镇" in name or name == "万村" for fact in got for name in fact[1:])


def test_grids_counted_after_a_clause_opening_把_and_a_bare_level_word_are_that_levels_in_focus():
    # "…一起，把社区划分为9个网格": the community in focus, not the city whose 市民政局 the sentence names
    got = facts_of("本报讯 石门镇柳溪社区是扎兰屯市民政局的包联社区。市民政局派驻社区的第一书记韩景川是局社会救助科科长，"
                   "他和社区党委书记刘海燕一起，把社区划分为9个网格。")
    assert ("DIVIDED_INTO", "柳溪社区", "柳溪社区") in got
    assert ("DIVIDED_INTO", "扎兰屯市", "扎兰屯市") not in got


@pytest.mark.parametrize("text, name", [
    ("本报讯 县水利局局长韩曦和是柳溪村的包联领导。", "韩曦和"),
    ("本报讯 前任第一书记郏景和是该局干部。", "郏景和"),
    ("本报讯 网格员李顺和正带领村民清扫。", "李顺和"),
])
def test_a_name_ending_in_和_before_what_no_joined_noun_opens(text, name):
    # 是, 的, 已 … open no noun that 和 (and) could join: the 和 is the name's
    assert name in names(text, "Person")


def test_going_back_to_the_unit_names_no_unit():
    # "届满回厅工作": 回 is going back, no unit's name ends in it (满回厅)
    assert names("他接替的是任期届满回厅工作的原第一书记岳立川。", "Organization") == set()
    assert names("任期届满后返局工作的原第一书记韩立新。", "Organization") == set()


def test_a_unit_named_bare_after_a_word_of_quantity_opens_at_its_level_word():
    assert names("【主持人】刘局长，请您介绍一下市农牧局的包联工作。", "Organization") == {"市农牧局"}
    assert names("记者随后走访了两个县医院。", "Organization") == {"县医院"}


def test_a_rare_surname_opens_a_name_of_three():
    assert names("村党支部书记、村委会主任籍海燕说，网格长每天入户。", "Person") == {"籍海燕"}
    assert names("第一书记肇立军说，今年收成好。", "Person") == {"肇立军"}


def test_the_verb_of_office_before_a_level_of_grid_is_no_surname():
    assert names("镇党委书记任镇级网格长，各村党支部书记任村级网格长。", "Person") == set()


def test_a_long_name_ends_before_its_term():
    assert names("本报讯 原驻柳树嘎查第一书记刘希日莫任期届满，召回青江市农牧局。", "Person") == {"刘希日莫"}


@pytest.mark.parametrize("our", ["俺们", "我们", "咱们的"])
def test_a_unit_that_supports_our_village_supports_the_village(our):
    got = facts_of(f"本报讯 村民说：“青江县水务局三年来一直包联{our}柳树村，修井修渠。”")
    assert ("SUPPORTS", "青江县水务局", "柳树村") in got


@pytest.mark.parametrize("school", ["青江学院", "青江师范学院"])
def test_the_school_that_sends_a_colleges_teacher_is_the_college_it_belongs_to(school):
    got = facts_of(f"本报讯 韩立文是{school}化学与材料学院副教授。2022年，学校选派他到柳树村驻村，担任第一书记。")
    assert ("SUPPORTS", school, "柳树村") in got and ("SUPPORTS", school + "化学与材料学院", "柳树村") not in got


def test_a_unit_named_after_a_clause_about_a_place_is_not_its_subject():
    got = facts_of("本报讯 青江市东城区对口帮扶东河县，东城区卫生健康局是柳河镇的帮扶单位。")
    assert ("SUPPORTS", "东城区卫生健康局", "东河县") not in got


def test_the_village_collective_is_no_village():
    assert names("本报讯 今年预计村集体经济收入达到50万元。", "Place") == set()


def test_a_common_word_before_a_district_is_no_district_even_after_its_city():
    assert names("本报讯 青山县各乡镇与青江市相关区的帮扶工作对接顺利。", "Place") == {"青山县", "青江市"}


def test_a_building_head_is_a_title_not_a_name():
    assert names("本报讯 每个微网格由一名党员楼长担任微网格长。", "Person") == set()


def test_leaving_the_village_after_a_function_word_is_no_village():
    assert names("本报讯 完成台账移交后，老书记才能离村。", "Place") == set()


def test_a_verb_and_its_complement_after_a_title_are_no_name():
    assert names("本报讯 健全管理机制，让第一书记待得住、干得好。", "Person") == set()


def test_a_verb_between_a_township_and_a_village_is_no_part_of_the_village():
    assert names("本报讯 东河镇推广柳树村的种植经验。", "Place") == {"东河镇", "柳树村"}


def test_a_title_and_a_verb_of_office_vouch_for_a_given_name_that_is_a_common_word():
    assert names("本报讯 柳树村第一书记暂由镇组织委员贾胜利兼任。", "Person") == {"贾胜利"}
    assert names("本报讯 全县实现驻村第一书记全覆盖。", "Person") == set()


def test_du_before_the_level_word_is_a_syllable_of_the_name():
    got = facts_of("本报讯 今年以来，工作扎实推进。乌兰温都嘎查的帮扶单位是青江市气象局，该局选派干部驻村。")
    assert ("SUPPORTS", "青江市气象局", "乌兰温都嘎查") in got


def test_just_after_a_name_of_three_is_no_part_of_it():
    assert names("本报讯 东河镇柳树村党支部书记高玉林刚从地里回来。", "Person") == {"高玉林"}


@pytest.mark.parametrize("text, name", [("本报讯 青江县林业局派驻柳树村的第一书记曲比拉且是土生土长的彝族人。", "曲比拉且"),
                                        ("本报讯 驻村工作队员、县交通运输局干部吉伍木各每周都要走访农户。", "吉伍木各"),
                                        ("本报讯 县委副书记、县长马海伍且在调研时要求抓好产业。", "马海伍且"),
                                        ("本报讯 驻村工作队员、县水利局干部吉史阿呷说，水池修好了。", "吉史阿呷")])
def test_a_yi_name_is_a_clan_name_and_two_more(text, name):
    assert name in names(text, "Person")


def test_a_party_school_is_a_unit():
    got = facts_of("本报讯 青河旗东沟苏木红星嘎查迎来新书记。市委党校驻嘎查第一书记哈斯巴根说,牧民夜校开课了。")
    assert any(k == "WORKS_FOR" and h == "哈斯巴根" and t.endswith("市委党校") for k, h, t in got)


def test_a_surname_spaced_out_from_its_given_name():
    from graph.mentions import _tagged_people
    text = "副局长邹 建国出席并讲话。"
    s = text.index("邹")
    assert _tagged_people(text, [(s, s + 2, "PER")]) == [(s, s + 4)]


def test_a_units_party_branch_is_the_unit():
    got = facts_of("本报讯 克什克腾旗召开会议。\n旗人社局党支部书记、局长张秀英介绍了情况。")
    assert {(k, h, t) for k, h, t in got if h == "张秀英"} == \
        {("HOLDS_POSITION", "张秀英", "克什克腾旗人力资源和社会保障局")}


@pytest.mark.parametrize("committee", ["嘎查委员会"])
def test_a_village_committee_is_part_of_the_title(committee):
    got = facts_of(f"本报讯 青河旗东沟苏木浩来图嘎查党支部书记、{committee}主任敖特根说,牧民收入增加了。")
    assert ("HOLDS_POSITION", "敖特根", "浩来图嘎查") in got
    assert not any(t.endswith(committee) for k, h, t in got)


@pytest.mark.parametrize("word,unit,title", [("公司", "青江能源有限公司", "董事长"), ("校", "青江农业大学", "党委副书记"),
                                              ("委", "青江市发展和改革委员会", "党组书记、主任")])
def test_a_bare_unit_word_before_a_title_is_the_unit_in_focus(word, unit, title):
    got = facts_of(f"本报讯 {unit}与东沟乡梧桐村结对帮扶。{word}{title}李明远说,将继续支持村里发展。")
    assert ("HOLDS_POSITION", "李明远", unit) in got


WE_UNITS = {"我校": "青江农业大学", "我行": "青江银行东城支行", "我院": "青江农业科学院", "我局": "青江县林业局",
            "我厅": "河北省农业农村厅", "我公司": "青江能源有限公司"}


@pytest.mark.parametrize("we", sorted(WE_UNITS))
def test_we_is_the_unit_that_writes(we):
    unit = WE_UNITS[we]
    got = facts_of(f"本报讯 {unit}召开乡村振兴工作会议。会上,{we}驻梧桐村第一书记李明远汇报了工作。")
    assert ("WORKS_FOR", "李明远", unit) in got


def test_a_pronoun_after_a_name_is_that_person_before_the_protagonist_is_named():
    got = facts_of("本报讯 本期日记的作者是青江市中医院的医生韩丽。2022年10月，她接替刘志远，担任东河镇柳树村第一书记。"
                   "工作队员赵明负责整理台账。赵明说，村里的路修好了。赵明还是个好厨师。")
    assert ("FIRST_SECRETARY_OF", "韩丽", "柳树村") in got
    assert ("FIRST_SECRETARY_OF", "赵明", "柳树村") not in got


OUR_UNITS = {"我们局": "青江县水利局", "我们厅": "青江省水利厅", "我们公司": "青江农商银行有限公司",
             "我们医院": "青江县人民医院", "我们学校": "青江县职业学校"}


@pytest.mark.parametrize("ours", sorted(OUR_UNITS))
def test_our_unit_in_an_interview_is_the_speaker_s(ours):
    unit = OUR_UNITS[ours]
    got = facts_of(f"本报讯 韩立文是{unit}派驻柳树村的第一书记。“{ours}帮扶东河村已经8年了。”他说。")
    assert ("SUPPORTS", unit, "东河村") in got


@pytest.mark.parametrize("adverb", ["新", "再次", "首次", "也", "又", "先后"])
def test_an_adverb_between_the_unit_and_its_verb(adverb):
    got = facts_of(f"本报讯 青江县林业局{adverb}选派东河镇柳树村的第一书记韩立文已到岗。")
    assert {("SUPPORTS", "青江县林业局", "柳树村"), ("WORKS_FOR", "韩立文", "青江县林业局")} <= got


@pytest.mark.parametrize("title", ["村务监督委员会主任", "村监委主任", "村监委会主任"])
def test_the_village_supervisory_committee_chair_holds_a_post_of_the_village(title):
    got = facts_of(f"本报讯 在青山县柳河镇杏林村,{title}韩秀英把每一笔账都贴在了公开栏上。")
    assert ("HOLDS_POSITION", "韩秀英", "杏林村") in got


@pytest.mark.parametrize("when", ["今年4月", "2023年", "去年以来"])
def test_a_time_between_the_unit_and_its_verb(when):
    assert ("SUPPORTS", "青江县农业局", "柳树村") in facts_of(f"本报讯 青江县农业局党支部{when}与东河镇柳树村党支部结对共建。")
    assert ("SUPPORTS", "青江县林业局", "杏林村") in facts_of(f"本报讯 青江县林业局{when}派驻东河镇杏林村的第一书记韩立文到岗。")


def test_an_adverb_before_与_ends_the_units_name():
    got = facts_of("本报讯 青江县财政局党支部则与东河镇柳树村党支部结对共建。")
    assert ("SUPPORTS", "青江县财政局", "柳树村") in got


def test_units_and_villages_listed_with_their_party_organs_pair_in_order():
    got = facts_of("本报讯 会上,青江县审计局机关党支部、青江县统计局机关党支部分别与东河镇柳树村党支部、"
                   "西河镇杏林村党支部签订结对共建协议。")
    assert {("SUPPORTS", "青江县审计局", "柳树村"), ("SUPPORTS", "青江县统计局", "杏林村")} <= got
    assert ("SUPPORTS", "青江县审计局", "杏林村") not in got


@pytest.mark.parametrize("name", ["刘 建军", "孙 晓光", "许 传明"])
def test_a_spaced_out_name_after_a_role_and_a_space(name):
    got = facts_of(f"本报讯 青江县林业局选派该局干部 {name}到柳树沟村任驻村第一书记。")
    assert ("FIRST_SECRETARY_OF", name.replace(" ", ""), "柳树沟村") in got


def test_one_of_a_departments_members_holds_no_post():
    got = facts_of("本报讯 青江县人民医院派驻柳树村的第一书记韩立文,是该院内科的一名医生。")
    assert ("WORKS_FOR", "韩立文", "青江县人民医院") in got
    assert ("HOLDS_POSITION", "韩立文", "青江县人民医院") not in got


@pytest.mark.parametrize("verb", ["担任", "任"])
def test_posts_taken_in_the_village_gone_to_are_the_villages(verb):
    got = facts_of(f"本报讯 2022年,青江大学选派青年教师韩立文到柳树村{verb}第一书记、工作队队长。")
    assert {("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("HOLDS_POSITION", "韩立文", "柳树村")} <= got


def test_micro_grids_counted_after_their_word():
    g = extract_page(page_of("本报讯 青山县东城街道将辖区划分为40个网格,并在网格下设置微网格215个。"))
    assert [(f.head, f.prop("count")) for f in g.facts if f.type == "DIVIDED_INTO"] == [("东城街道", 215)]


@pytest.mark.parametrize("place, title", [("杏林村", "村委会主任"), ("杏林村", "村委主任"), ("杏林村", "村民委员会副主任"),
                                          ("东风社区", "居委会主任"), ("东风社区", "居民委员会主任"),
                                          ("东风社区", "社区居委会主任")])
def test_the_committee_head_of_the_village_in_focus(place, title):
    got = facts_of(f"本报讯 青山县{place}依托山地发展茶叶产业。{title}韩秀英介绍,去年集体收入增加了。")
    assert ("HOLDS_POSITION", "韩秀英", place) in got


def test_a_notice_lists_who_supports_what_a_line_each():
    text = ("本报讯 经县委研究，2024年度县直部门包联村安排如下：\n一、东河镇\n柳树村：青山县财政局、青山县水利局\n"
            "杏林村：青山县交通运输局\n二、西河镇\n青山县审计局：石桥村、枣园村\n\n各单位要抓好落实。")
    got = facts_of(text)
    assert {("SUPPORTS", "青山县财政局", "柳树村"), ("SUPPORTS", "青山县水利局", "柳树村"),
            ("SUPPORTS", "青山县交通运输局", "杏林村"), ("SUPPORTS", "青山县审计局", "石桥村"),
            ("SUPPORTS", "青山县审计局", "枣园村")} <= got


def test_a_list_of_places_and_units_without_a_notice_gives_no_support():
    assert not any(f[0] == "SUPPORTS" for f in facts_of("本报讯 参会单位名单\n柳树村：青山县财政局\n杏林村：青山县水利局"))


def test_a_notices_unit_then_a_colon_then_what_it_does():
    got = facts_of("本报讯 现将包联安排通知如下：\n\n（一）青山县财政局：包联东河镇柳树村，选派干部韩立文任驻村第一书记。\n\n"
                   "（二）青山县水利局、青山县林业局：共同包联西河镇杏林村。")
    assert {("SUPPORTS", "青山县财政局", "柳树村"), ("SUPPORTS", "青山县水利局", "杏林村"),
            ("SUPPORTS", "青山县林业局", "杏林村"), ("FIRST_SECRETARY_OF", "韩立文", "柳树村")} <= got


def test_a_roster_of_first_secretaries_flattened_to_text():
    text = ("本报讯 经县委研究，现将新一批驻村第一书记名单公布如下：\n序号 姓名 性别 派出单位 派驻村\n"
            "1 韩立文 男 青山县财政局 东河镇柳树村\n2 乌云其其格 女 青山县林业局 西河镇杏林村\n\n请各单位做好保障。")
    got = facts_of(text)
    assert {("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("WORKS_FOR", "韩立文", "青山县财政局"),
            ("SUPPORTS", "青山县财政局", "柳树村"), ("FIRST_SECRETARY_OF", "乌云其其格", "杏林村"),
            ("SUPPORTS", "青山县林业局", "杏林村")} <= got


def test_a_profile_names_its_subject_in_its_opening_sentence():
    text = ("雪夜里的第一书记\n\n本报讯 2019年的秋天和韦德明远行有关。那天，他拖着行李来到了石门村。\n\n"
            "如今，石门村成功脱贫，“驻村故事”也由这位省水利厅派驻的第一书记开始。\n\n"
            "大雪纷飞，韦德明陪着村民去诊所。")
    assert ("FIRST_SECRETARY_OF", "韦德明", "石门村") in facts_of(text)


def test_a_name_then_和_then_a_bare_level_word_is_no_place():
    text = ("本报讯 东河镇红柳嘎查驻村第一书记孟和那顺今年已是第二年驻村。"
            "为了方便服务，孟和那顺和嘎查党支部书记乌云商量，把全嘎查划分为6个网格。")
    got = extract_page(page_of(text))
    assert [(f.head, f.prop("count")) for f in got.facts if f.type == "DIVIDED_INTO"] == [("红柳嘎查", 6)]


@pytest.mark.parametrize("unit", ["青山县就业服务中心", "青山县对外贸易经济合作局", "青山县为民服务中心"])
def test_a_units_body_may_open_with_a_word_whose_first_character_ends_names(unit):
    assert ("WORKS_FOR", "韩立文", unit) in facts_of(f"本报讯 工作队队员韩立文是{unit}的干部,今年驻村。")


@pytest.mark.parametrize("where", ["驻村", "驻嘎查", "驻社区"])
def test_a_units_member_stationed_in_the_village(where):
    assert ("WORKS_FOR", "韩立文", "青山县林业局") in facts_of(f"本报讯 红柳村地处山区，青山县林业局{where}干部韩立文帮助村里修了路。")


@pytest.mark.parametrize("how_long", ["已有五年", "已经三年了", "以来成效明显", "多年来从未间断"])
def test_a_unit_supports_the_place_named_first_for_some_time(how_long):
    got = facts_of(f"本报讯 在东河镇柳树村，青山县水利局定点帮扶{how_long}。")
    assert ("SUPPORTS", "青山县水利局", "柳树村") in got


@pytest.mark.parametrize("then", ["由村民韩立文任理事长", "村党支部书记韩立文担任合作社理事长", "村委会主任韩立文兼任理事长"])
def test_the_chair_of_the_cooperative_just_named(then):
    got = facts_of(f"本报讯 青山县柳树村成立了青山县柳树核桃种植专业合作社，{then}。")
    assert ("HOLDS_POSITION", "韩立文", "青山县柳树核桃种植专业合作社") in got


def test_a_list_of_villages_and_their_units_after_a_dash():
    text = ("本报讯 经县委、县政府同意，现将2024年度县直单位包扶村名单予以公布。\n\n一、县直单位包扶村\n"
            "东河镇柳树村——青山县教育局\n东河镇杏林村——青山县审计局、青山县统计局\n\n二、有关要求\n各单位要抓好落实。")
    got = facts_of(text)
    assert {("SUPPORTS", "青山县教育局", "柳树村"), ("SUPPORTS", "青山县审计局", "杏林村"),
            ("SUPPORTS", "青山县统计局", "杏林村")} <= got


def test_a_list_of_party_branches_paired_after_a_dash():
    text = ("本报讯 部分结对共建名单如下：\n1. 青江县林业局机关党支部——东河镇柳树村党支部\n"
            "2. 青江县水利局机关党支部——西河镇杏林村党支部\n")
    assert {("SUPPORTS", "青江县林业局", "柳树村"), ("SUPPORTS", "青江县水利局", "杏林村")} <= facts_of(text)


def test_a_list_of_village_branches_and_their_paired_units_after_a_dash():
    text = "本报讯 部分结对共建名单如下：\n1. 东河镇柳树村党支部——青江县林业局机关党支部\n"
    assert ("SUPPORTS", "青江县林业局", "柳树村") in facts_of(text)


def test_a_roster_with_the_post_in_a_column_of_its_own():
    text = ("本报讯 拟选派以下同志担任驻村第一书记和工作队员，以下为部分村名单。\n序号  乡镇  村  姓名  派出单位  驻村职务\n"
            "1  东河镇  柳树村  韩立文  青山县水利局  第一书记、队长\n2  东河镇  柳树村  赵晓梅  青山县水利局  队员\n\n"
            "公示期间如有异议，请向县委组织部反映。")
    got = facts_of(text)
    assert {("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("WORKS_FOR", "韩立文", "青山县水利局"),
            ("SUPPORTS", "青山县水利局", "柳树村"), ("WORKS_FOR", "赵晓梅", "青山县水利局")} <= got
    assert ("FIRST_SECRETARY_OF", "赵晓梅", "柳树村") not in got


def test_a_roster_whose_post_column_names_the_village_and_a_spaced_name_before_the_gender():
    text = ("青山县2023年度优秀驻村第一书记推荐人选公示\n序号　姓名　性别　工作单位　驻村职务\n"
            "1　韩立文　男　青山县水利局　东河镇柳树村第一书记\n2　赵　磊　男　青山县农商银行　西河镇石桥村第一书记\n")
    got = facts_of(text)
    assert {("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "赵磊", "石桥村"),
            ("WORKS_FOR", "赵磊", "青山县农商银行")} <= got


@pytest.mark.parametrize("text", ["本报讯 柳树村是青山县水利局的包扶村,该局每月派人入户。"])
def test_a_village_that_is_the_units_baofu_village(text):
    assert ("SUPPORTS", "青山县水利局", "柳树村") in facts_of(text)


def test_a_roster_whose_column_is_headed_first_secretary():
    text = ("本报讯 现将2024年度驻村第一书记和工作队派驻名单公布如下：\n序号\t乡镇\t村（社区）\t派驻单位\t第一书记\n"
            "1\t东河镇\t柳树村\t青山县水利局\t韩立文\n2\t西河镇\t杏林村\t青山县审计局\t赵晓梅\n\n请各单位做好保障。")
    got = facts_of(text)
    assert {("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("SUPPORTS", "青山县审计局", "杏林村"),
            ("WORKS_FOR", "赵晓梅", "青山县审计局")} <= got


def test_a_roster_of_former_and_new_secretaries_gives_the_unit_the_new_one():
    text = ("本报讯 现将驻村第一书记调整情况公布如下：\n序号\t乡镇\t村名\t派出单位\t原第一书记\t新任第一书记\n"
            "1\t东河镇\t柳树村\t青山县水利局\t韩立文\t赵晓梅\n2\t西河镇\t杏林村\t青山县审计局\t周振华\t孙立军\n\n请各单位做好交接。")
    got = facts_of(text)
    assert {("WORKS_FOR", "赵晓梅", "青山县水利局"), ("WORKS_FOR", "孙立军", "青山县审计局")} <= got
    assert ("WORKS_FOR", "韩立文", "青山县水利局") not in got


def test_a_list_line_a_name_then_the_post_and_its_unit_in_brackets():
    got = facts_of("本报讯 2023年度考核优秀等次驻村第一书记名单如下。\n韩立文　东河镇柳树村第一书记（平遥县自然资源局）\n"
                   "赵晓梅　西河镇杏林村第一书记（平遥县人民法院）\n")
    assert {("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "赵晓梅", "杏林村")} <= got


def test_a_list_line_with_a_short_cell_before_the_name():
    got = facts_of("本报讯 驻村第一书记项目路演获奖名单如下。\n一等奖　韩立文　东河镇柳树村第一书记（平遥县自然资源局）\n"
                   "二等奖　赵晓梅　西河镇杏林村第一书记（平遥县人民法院）\n")
    assert {("FIRST_SECRETARY_OF", "赵晓梅", "杏林村"), ("WORKS_FOR", "韩立文", "平遥县自然资源局")} <= got


def test_a_rosters_line_the_unit_the_village_it_sends_to_then_the_name():
    text = ("平遥县委组织部关于公布新一轮驻村第一书记名单的通知\n　　现将我县新一轮驻村第一书记名单予以公布。\n　　一、省派（1人）\n"
            "　　1. 山西省民族宗教事务委员会　　驻东河镇柳树村　　韩　冰（第一书记、工作队队长）\n　　二、市派（2人）\n"
            "　　2. 晋中市交通运输局　　驻西河镇杏林村　　向明辉\n")
    got = facts_of(text)
    assert {("FIRST_SECRETARY_OF", "韩冰", "柳树村"), ("SUPPORTS", "山西省民族宗教事务委员会", "柳树村"),
            ("WORKS_FOR", "向明辉", "晋中市交通运输局"), ("FIRST_SECRETARY_OF", "向明辉", "杏林村")} <= got


def test_a_unit_the_sending_units_report_to_sends_nobody():
    got = facts_of("本报讯 东河镇柳树村派驻工作队。工作队员名单由各派驻单位报平遥县委组织部备案。")
    assert not any(f[0] == "SUPPORTS" for f in got)


def test_a_pronoun_after_someone_introduced_is_that_one():
    got = facts_of("本报讯 第一书记韩立文到柳树村报到。与韩立文一同到岗的还有工作队员周小燕，她是平遥县财政局的干部。")
    assert ("WORKS_FOR", "周小燕", "平遥县财政局") in got and ("WORKS_FOR", "韩立文", "平遥县财政局") not in got


def test_someone_who_is_not_the_first_secretary_is_none():
    got = facts_of("本报讯 在柳树村，县农业农村局驻柳树村工作队队长韩立文正带着队员查看肉牛养殖情况。"
                   "韩立文并不是第一书记，村里的第一书记由同一单位的干部周宏担任。")
    assert ("FIRST_SECRETARY_OF", "周宏", "柳树村") in got and ("FIRST_SECRETARY_OF", "韩立文", "柳树村") not in got


def test_units_and_places_respectively_pair_in_order_as_far_as_both_go():
    got = facts_of("本报讯 其中，平遥县财政局、平遥县水务局、平遥县审计局分别定点帮扶东河镇柳树村、西河镇杏林村。")
    assert {("SUPPORTS", "平遥县财政局", "柳树村"), ("SUPPORTS", "平遥县水务局", "杏林村")} <= got
    assert ("SUPPORTS", "平遥县财政局", "杏林村") not in got


@pytest.mark.parametrize("verb", ["挂任", "提任", "分管", "协管"])
def test_a_verb_of_office_is_no_part_of_the_unit_after_it(verb):
    assert names(f"本报讯 韩立文{verb}平遥县财政局局长。", "Organization") == {"平遥县财政局"}


def test_the_team_leader_of_the_village_just_named():
    got = facts_of("本报讯 在东河镇柳树村，工作队队长、第一书记韩立文每天都要入户走访。")
    assert {("HOLDS_POSITION", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "韩立文", "柳树村")} <= got


def test_a_team_leader_with_no_village_named_holds_no_post():
    assert not any(f[0] == "HOLDS_POSITION" for f in facts_of("本报讯 工作队队长韩立文每天都要入户走访。"))


def test_a_short_name_declared_without_quotes_is_no_unit_of_its_own():
    text = "本报讯 东河镇柳树村是中国农业银行青江分行（以下简称农行青江分行）的定点帮扶村。"
    assert "下简称农行青江分行" not in names(text, "Organization")


@pytest.mark.parametrize("name", ["田志强", "马俊"])
def test_a_name_after_前任_does_not_start_with_its_任(name):
    text = f"本报讯 青江县委组织部派驻东河镇柳树村的第一书记韩立文说。去年12月，他从前任{name}手中接过了柳树村第一书记的担子。"
    assert ("FIRST_SECRETARY_OF", name, "柳树村") in facts_of(text)


def test_big_grids_and_the_small_grids_inside_them():
    g = extract_page(page_of("本报讯 青山县柳河镇红星社区将辖区划分为3个大网格、14个小网格，楼栋长全部纳入网格管理。"))
    assert [(f.head, f.prop("count"), f.prop("levels")) for f in g.facts if f.type == "DIVIDED_INTO"] == \
        [("红星社区", 14, 2)]



@pytest.mark.parametrize("village", ["乌兰温都尔嘎查", "哈达都兰嘎查", "额尔都仁嘎查"])
def test_du_inside_a_mongolian_place_name_is_no_adverb(village):
    text = f"本报讯 在东河苏木，青江市林业局和青江市统计局分别帮扶{village}和乌兰吐嘎查。"
    assert ("SUPPORTS", "青江市林业局", village) in facts_of(text)


@pytest.mark.parametrize("text", ["柳树村网格划分及网格员信息表", "村“两委”成员原则上由党员担任。"])
def test_a_rare_surname_opening_a_common_noun_or_verb_is_no_name(text):
    assert not names("本报讯 " + text, "Person")


def test_the_one_succeeded_holds_no_post_the_successor_takes():
    got = facts_of(FAMILIES["the successor takes the posts (接替A担任第一书记、工作队队长)"][0])
    assert ("HOLDS_POSITION", "周学明", "柳树村") not in got



def test_provinces_and_regions_counted_are_no_district():
    assert "三省区" not in names("本报讯 青江县地处黑龙江、吉林、内蒙古三省区交界处。", "Place")


@pytest.mark.parametrize("family, place, count", [
    ("a place's grids redrawn, as they are now (原设N个网格，…现调整为M个网格)", "柳树社区", 5),
    ("a village's grids as they were first drawn, then redrawn (原来分了N个网格，…调整成M个网格)", "杏林村", 7),
    ("micro-grids set up under the grids (网格下再分设M个微网格)", "柳沟村", 18),
    ("grids divided out of coarser ones (在原有N个综合网格的基础上，细分出M个微网格)", "东河镇", 120),
    ("a place's grids as it has them now (社区现有N个网格)", "柳树社区", 9),
    ("a place's grids in a quote (我们社区有N个网格)", "柳树社区", 7),
    ("the grids a place divided itself into, as a noun (街道划分的N个网格)", "东河街道", 43),
    ("all of a place's grids (Y社区全部N个网格, 社区N个网格全部走了一遍)", "桃园社区", 8),
])
def test_grid_counts_of_a_place(family, place, count):
    made = extract_page(page_of(FAMILIES[family][0])).facts
    assert [dict(f.props).get("count") for f in made if f.type == "DIVIDED_INTO" and f.head == place] == [count]


@pytest.mark.parametrize("text, unit", [
    ("因县农机中心承担的任务加重，柳树村换了帮扶单位。", "县农机中心"),           # 因, because
    ("县史志办因与县委办公室合署办公，今后不再单独包联柳树村。", "县委办公室"),       # 合署办公, sharing offices
])
def test_a_unit_after_a_conjunction_starts_after_it(text, unit):
    assert unit in names(text, "Organization")
    assert not any(n != unit and unit in n for n in names(text, "Organization"))


@pytest.mark.parametrize("text", ["到了晚上，几位驻村第一书记都有写民情日记的习惯。"])
def test_an_adverb_then_verbs_after_a_title_is_no_name(text):
    assert names(text, "Person") == set()


def test_a_work_team_of_a_level_committee_is_a_unit_and_one_of_a_bare_court_is_not():
    assert "省委驻青江县乡村振兴帮促工作队" in names("本报讯 省委驻青江县乡村振兴帮促工作队进驻青江县。", "Organization")
    assert not any("工作队" in n for n in names("法院驻村工作队员萨仁告诉大家。", "Organization"))


@pytest.mark.parametrize("unit", ["青江电力（集团）有限责任公司", "青江建工(集团)股份有限公司"])
def test_a_company_name_with_a_bracketed_word_is_whole(unit):
    assert unit in names(f"在东河镇柳沟村，{unit}选派的驻村第一书记韩立文正在查看光伏板。", "Organization")


@pytest.mark.parametrize("text", ["本报讯 韩立文在青江县水务局工作人员的陪同下来到柳沟村。",
                                  "本报讯 韩立文在青江县水务局工作队的帮助下办起了合作社。"])
def test_with_a_unit_s_staff_is_no_work_there(text):
    assert not any(f[0] == "WORKS_FOR" for f in facts_of(text))


def test_and_then_a_title_after_a_title_is_no_name():
    assert names("镇里每月召开一次工作队长、第一书记和村党组织书记联席会，研究村里的事。", "Person") == set()


@pytest.mark.parametrize("kind", ["楼栋", "院落"])
def test_micro_grids_named_by_what_they_cover(kind):
    text = f"本报讯 柳树社区按照“社区—网格—{kind}”划分二级网格，设5个网格、46个{kind}微网格，每个微网格都有人负责。"
    made = extract_page(page_of(text)).facts
    assert [dict(f.props).get("count") for f in made if f.type == "DIVIDED_INTO"] == [46]


@pytest.mark.parametrize("text", ["旗林草局驻村第一书记包·那顺", "旗林草局驻村第一书记包·那顺说，今年要修路。"])
def test_a_dotted_name_with_a_function_character_in_it(text):
    assert "包·那顺" in names(text, "Person")


def test_a_named_team_s_leader_leads_that_team_not_the_village():
    got = facts_of("本报讯 东河镇柳树村，青江大学乡村振兴工作队队长兼驻村第一书记祁永年正在带领村干部规划民宿。")
    assert ("FIRST_SECRETARY_OF", "祁永年", "柳树村") in got
    assert ("HOLDS_POSITION", "祁永年", "柳树村") not in got


@pytest.mark.parametrize("text, name", [("本报讯 县税务局干部韩 刚每周六都到社区值守。", "韩刚"),
                                        ("本报讯 工作队员、省林业厅干部罗 琳则把心思花在了网格上。", "罗琳"),
                                        ("本报讯 工作队员许 传明说，今年要修路。", "许传明")])
def test_a_spaced_out_name_ends_before_an_adverb(text, name):
    assert {"".join(n.split()) for n in names(text, "Person")} == {name}


@pytest.mark.parametrize("text", ["在柳沟村，县财政局选派的第一书记韩立伟己在村里干了两年多。",
                                  "第一书记韩立伟己经在柳沟村干了两年多。"])
def test_ocr_s_ji_for_yi_after_a_name_is_no_part_of_it(text):
    assert "韩立伟" in names(text, "Person")


def test_a_village_made_a_community_names_no_community():
    assert names("西岭镇石门村已整体搬迁并改设社区，撤销县水利局与该村的结对帮扶关系。", "Place") == {"西岭镇", "石门村", "该村"}


def test_a_section_post_of_the_unit_in_focus_is_no_post_of_the_village():
    assert ("HOLDS_POSITION", "韩立文", "柳沟村") not in facts_of(
        "本报讯 青江市林业局派驻柳沟村第一书记、局造林科副科长韩立文告诉记者，今年要种核桃。")


def test_a_cooperatives_name_is_kept_as_registered():
    # (农大 inside it is no 农业大学)
    got = facts_of("本报讯 第一书记韩德胜帮村里的青江县兴农大豆种植专业合作社对接了超市。合作社理事长付长江说，豆子卖上了好价钱。")
    assert ("HOLDS_POSITION", "付长江", "青江县兴农大豆种植专业合作社") in got


def test_a_verb_of_going_before_a_units_place_is_no_part_of_its_name():
    got = facts_of("本报讯 本期走近青江市财政局选派的东河镇柳树村第一书记韩文博。")
    assert ("WORKS_FOR", "韩文博", "青江市财政局") in got


def test_he_and_an_adverb_then_和_before_a_village():
    got = facts_of("本报讯 每一笔帮扶资金怎么花，他都和柳树村党支部书记韩德富一起张榜公示。")
    assert ("HOLDS_POSITION", "韩德富", "柳树村") in got


def test_a_county_highway_section_is_a_unit():
    got = facts_of("本报讯 在青江县，县公路段党支部书记韩宏伟介绍，县公路段结对帮扶的东河镇柳树村，去年完成道路硬化4.3公里。")
    assert ("SUPPORTS", "青江县公路段", "柳树村") in got and ("HOLDS_POSITION", "韩宏伟", "青江县公路段") in got


def test_she_is_the_woman_just_named_when_he_has_been_the_protagonist():
    got = facts_of("韩晓峰：扎根柳洋村的第一书记\n本报讯 2018年，韩晓峰被省林业厅选派到柳洋村任第一书记。他带着村民修路建民宿。"
                   "韩晓峰说，民宿是村里的希望。村委会主任付秀英是返乡创业的年轻人之一。"
                   "她原在一家设计公司工作，同时担任柳洋茶叶专业合作社理事长。")
    assert ("HOLDS_POSITION", "付秀英", "柳洋茶叶专业合作社") in got
    assert ("HOLDS_POSITION", "韩晓峰", "柳洋茶叶专业合作社") not in got


def test_a_title_before_another_name_is_not_the_subjects():
    got = facts_of("韩立辉：驻村第一书记的中秋节\n本报讯 中秋夜，东河镇柳树村第一书记韩立辉在村里过节。他向妻子付丽华递月饼。"
                   "她是驻东河镇柳树村第一书记韩立辉的妻子，今年特意来到了柳树村。")
    assert ("FIRST_SECRETARY_OF", "韩立辉", "柳树村") in got and ("FIRST_SECRETARY_OF", "付丽华", "柳树村") not in got


def test_a_noun_that_ends_with_a_function_character_opens_a_units_body():
    # 据 ends 数据 (data), not a sentence's 据 (according to)
    assert names("柳树村由县数据资源管理局包联。", "Organization") == {"县数据资源管理局"}


def test_he_is_the_one_person_his_sentence_has_named():
    got = facts_of("韩努海：返乡的村主任\n本报讯 韩努海是村委会主任。韩努海说，村里变了。"
                   "付永刚是个老驻村，2019年至2021年，他曾任白庄镇牙木村第一书记。")
    assert ("FIRST_SECRETARY_OF", "付永刚", "牙木村") in got and ("FIRST_SECRETARY_OF", "韩努海", "牙木村") not in got


def test_a_list_of_holders_after_a_title_and_a_colon():
    got = facts_of("本报讯 名单如下：\n（一）柳树湾村\n网格员：付建平（一组）、郭小梅（二组）\n网格员：贾二平、高秀英\n")
    assert {("HOLDS_POSITION", p, "柳树湾村") for p in ("付建平", "郭小梅", "贾二平", "高秀英")} <= got


def test_a_list_of_mongolian_names_after_分别是_is_read_to_its_last_name_after_和():
    got = facts_of("本报讯 东河镇柳沟村划分为4个网格，网格员分别是朝鲁门、萨仁图雅、宝音德力格尔和那日苏。")
    assert {("HOLDS_POSITION", p, "柳沟村") for p in ("萨仁图雅", "宝音德力格尔", "那日苏")} <= got


def test_the_last_two_names_of_a_list_are_joined_by_和():
    got = facts_of("本报讯 东河镇柳沟村划分为4个网格，网格员分别为韩立文、刘欣、赵明和孙丽。")
    assert {("HOLDS_POSITION", p, "柳沟村") for p in ("赵明", "孙丽")} <= got


def test_a_member_of_the_unit_in_focus_and_its_first_secretary():
    got = facts_of("本报讯 在东河乡柳沟村，青江市林业局驻柳沟村工作队正在忙。该局干部、第一书记韩立文带领队员修剪果树。")
    assert ("WORKS_FOR", "韩立文", "青江市林业局") in got and ("FIRST_SECRETARY_OF", "韩立文", "柳沟村") in got


@pytest.mark.parametrize("adverb", ["则", "便", "却"])
def test_a_name_written_with_a_dot_ends_before_an_adverb(adverb):
    got = facts_of(f"本报讯 柳沟村村委会主任阿依古丽·吐尔逊{adverb}带着妇女们学做花帽。")
    assert ("HOLDS_POSITION", "阿依古丽·吐尔逊", "柳沟村") in got


def test_a_title_opened_by_苏木_is_of_the_last_苏木_not_of_a_镇_named_since():
    got = facts_of("本报讯 盛夏的东河苏木，草场返青。东河苏木柳沟嘎查的党群服务中心里，旗水务局党支部和嘎查党支部签订了共建协议。"
                   "【简讯】青江旗西山镇举办培训班 本报讯 7月1日，西山镇举办了培训班。"
                   "苏木党委书记阿拉坦其其格介绍，全苏木已有7个嘎查与旗直部门建立了联建关系。")
    assert ("HOLDS_POSITION", "阿拉坦其其格", "东河苏木") in got


@pytest.mark.parametrize("head, row", [
    ("一、市派第一书记（派出单位—姓名—任职村）", "1. 青江市水利局—赵明—西河镇桃园村（接替原第一书记刘欣）"),
    ("确定以下2名同志为驻村第一书记（选派单位—驻村嘎查村—姓名）：", "青江市水利局—桃园村—赵明"),
    ("部分新任驻村第一书记名单（所驻村——姓名——派出单位）", "2. 西河镇桃园村——赵明——青江市水利局"),    # (two dashes)
])
def test_a_roster_whose_cells_are_set_apart_by_dashes(head, row):
    got = facts_of(f"关于第一书记到村任职情况的通报\n各镇党委：\n现将有关情况通报如下：\n{head}\n{row}\n"
                   "青江市财政局—东河镇柳沟村—韩立文\n二、有关要求\n第一书记任期两年。")
    assert {("FIRST_SECRETARY_OF", "赵明", "桃园村"), ("WORKS_FOR", "赵明", "青江市水利局"),
            ("SUPPORTS", "青江市水利局", "桃园村")} <= got


def test_a_roster_line_whose_note_names_the_unit_again():
    got = facts_of("本报讯 近日，青江县新一批驻村第一书记全部到岗。\n【附】部分新任驻村第一书记名单\n"
                   "东河镇柳沟村　韩立文（青江市审计局派驻）\n西河镇桃园村　刘欣（县人民医院派驻，该院外科医师）\n\n相关新闻：")
    assert {("FIRST_SECRETARY_OF", "刘欣", "桃园村"), ("SUPPORTS", "青江县人民医院", "桃园村")} <= got


def test_为_after_a_name_and_before_a_unit_s_post_is_is():
    assert ("HOLDS_POSITION", "韩立文", "青江省审计厅") in facts_of("本报讯 说明：2.韩立文为青江省审计厅四级调研员。")
    assert not any(f[0] == "HOLDS_POSITION" for f in facts_of("本报讯 韩立文为县水利局争取项目资金200万元。"))


def test_one_first_secretary_of_the_villages_listed_before_the_post():
    got = facts_of("本报讯 2021年5月，韩立文来到东河镇，同时担任柳沟村、桃园村和杏林村3个村的第一书记。")
    assert {("FIRST_SECRETARY_OF", "韩立文", v) for v in ("柳沟村", "桃园村", "杏林村")} <= got


def test_a_post_after_a_comma_and_同时是():
    got = facts_of("本报讯 在东河镇，来自青江农业大学的副教授韩立文，同时是柳沟村党支部书记。")
    assert ("HOLDS_POSITION", "韩立文", "柳沟村") in got


def test_first_secretaries_sent_respectively_to_the_villages_listed():
    got = facts_of("本报讯 上一批分别派驻柳沟村、桃园村的第一书记韩立文（省交通运输厅）、刘欣（省农科院）已期满返回原单位。")
    assert ("FIRST_SECRETARY_OF", "刘欣", "柳沟村") not in got


def test_a_grid_s_label_then_a_name_is_that_grid_s_staff():
    got = facts_of("本报讯 东河镇柳沟村划分为3个网格：第一网格韩立文，第二网格张秀英，第三网格罗平。")
    assert {("HOLDS_POSITION", p, "柳沟村") for p in ("韩立文", "张秀英", "罗平")} <= got


def test_a_list_line_of_grids_and_their_staff():
    got = facts_of("本报讯 三、东河苏木柳沟嘎查（划分4个网格）\n二级网格长：嘎查党支部书记 图门吉日嘎拉\n"
                   "网格员：第一网格 毕力格  第二网格 乌兰  第三网格 哈斯朝鲁")
    assert {("HOLDS_POSITION", p, "柳沟嘎查") for p in ("乌兰", "哈斯朝鲁")} <= got


def test_two_names_a_space_apart_in_a_table_row_are_two_people():
    assert {"马保国", "马秀云"} <= names("第二网格 马保国 马秀云 东大街以南，136—270户", "Person")


def test_民委_and_文旅厅_are_written_out():
    got = facts_of("本报讯 青江省民委驻柳树村工作队队长韩庆阳来了。2022年起，青江省文旅厅干部付图雅被选派到杏林村担任第一书记。")
    assert ("WORKS_FOR", "韩庆阳", "青江省民族事务委员会") in got and ("WORKS_FOR", "付图雅", "青江省文化和旅游厅") in got


@pytest.mark.parametrize("short, full", [("民宗局", "民族宗教事务局"), ("文广旅体局", "文化和广电旅游体育局")])
def test_a_bureau_s_short_name_is_written_out(short, full):
    got = facts_of(f"本报讯 青江县{short}驻柳树村第一书记韩庆阳来了。")
    assert ("WORKS_FOR", "韩庆阳", f"青江县{full}") in got


@pytest.mark.parametrize("short", ["国开行", "农发行"])
def test_a_policy_bank_known_by_its_short_name_alone(short):
    # (as printed: the annotators list it as an alias of the registered name)
    got = facts_of(f"本报讯 {short}挂职干部、青江县委常委、副县长韩庆阳介绍了近三年的帮扶情况。")
    assert ("WORKS_FOR", "韩庆阳", short) in got


@pytest.mark.parametrize("unit, title", [("青江县人民检察院", "检察官助理"), ("青江县人民检察院", "三级检察官"),
                                         ("青江县人民法院", "四级法官助理"), ("青江县人民法院", "一级法官")])
def test_the_ranks_of_prosecutors_and_judges_are_posts(unit, title):
    made = [f for f in extract_page(page_of(f"本报讯 柳树村第一书记韩立新（{unit}{title}）说，合作社今年分红了。")).facts
            if f.type == "HOLDS_POSITION"]
    assert [(f.tail, f.prop("title")) for f in made] == [(unit, title)]


@pytest.mark.parametrize("rank", ["四级主任科员", "二级调研员", "工程师", "主治医师", "农艺师", "讲师", "副研究员",
                                  "三级检察官", "检察官助理", "一级法官", "法官助理"])
def test_a_rank_after_the_village_s_post_is_held_in_the_sending_unit(rank):
    # "X局派驻Y村的第一书记、四级主任科员Z": no village has a 主任科员; X局 has
    made = [f for f in extract_page(page_of(f"本报讯 青江县财政局派驻柳树村的第一书记、{rank}韩立新说，加工厂投产了。")).facts
            if f.type == "HOLDS_POSITION"]
    assert [(f.tail, f.prop("title")) for f in made] == [("青江县财政局", rank)]


@pytest.mark.parametrize("text, unit", [
    # a surname and 家 right after the county open the name (于 is no preposition here)
    ("宁城县于家湾子中药材种植专业合作社今年分红了。", "宁城县于家湾子中药材种植专业合作社"),
    # 县长 straddles the county and the name after it
    ("村里成立了平江县长冲岭油茶专业合作社。", "平江县长冲岭油茶专业合作社"),
    # "这家", "一家": a measure word before the name
    ("这家长阳枫香坡茶叶专业合作社带领群众改造茶园。", "长阳枫香坡茶叶专业合作社")])
def test_where_a_cooperative_s_name_begins(text, unit):
    assert unit in names(text, "Organization")


def test_a_county_s_tax_bureau_named_short_after_its_full_name():
    got = facts_of("本报讯 杏树洼村是国家税务总局宁城县税务局的包联村。2023年4月，县税务局派驻干部韩晓峰到杏树洼村担任第一书记。")
    assert ("WORKS_FOR", "韩晓峰", "国家税务总局宁城县税务局") in got


def test_a_long_name_the_tagger_ran_into_the_word_after_it():
    # the tagger reads "萨日玛带" of "萨日玛带着牧民": 带着 ends the name
    from graph.mentions import _tagged_people
    text = "工作队员萨日玛带着牧民种草。"
    assert _tagged_people(text, [(4, 8, "PER")]) == [(4, 7)]


def test_first_secretary_and_also_team_leader_are_two_posts():
    got = facts_of("本报讯 付丽是青江市人民医院心内科护士长，2023年6月被选派到东河镇柳树村担任第一书记兼驻村工作队队长。")
    assert ("FIRST_SECRETARY_OF", "付丽", "柳树村") in got
    made = [f.prop("title") for f in extract_page(page_of("本报讯 付丽2023年6月被选派到东河镇柳树村担任第一书记兼驻村工作队队长。")).facts
            if f.type == "HOLDS_POSITION"]
    assert made == ["驻村工作队队长"]


def test_a_post_s_cell_then_a_name_s_cell_in_a_table_row():
    text = ("本报讯 名单如下：\n序号\t乡镇\t村\t第一书记\t派出单位\t现任职务\t工作队员（所在单位）\n"
            "1\t东河镇\t柳树村\t韩建华\t青江市林业局\t三级主任科员\t付小平（县林业局）\n"
            "2\t西河镇\t杏林村\t郑文斌\t青江县财政局\t副局长\t蒋丽（县财政局）\n"
            "3\t南河镇\t桃园村\t付文\t青江银行东城支行\t个人金融部客户经理\t韩梅（县农业农村局）\n")
    made = {(f.head, f.tail, f.prop("title")) for f in extract_page(page_of(text)).facts if f.type == "HOLDS_POSITION"}
    assert made == {("韩建华", "青江市林业局", "三级主任科员"), ("郑文斌", "青江县财政局", "副局长"),
                    ("付文", "青江银行东城支行", "个人金融部客户经理")}


def test_a_name_s_first_element_the_tagger_read_as_words():
    # the tagger reads "东珠" of "才让东珠" (才 "only then", 让 "let"): after a title, 才让 opens the name
    from graph.mentions import _tagged_people
    text = "第一书记才让东珠是一名民警。"
    assert _tagged_people(text, [(6, 8, "PER")]) == [(4, 8)]


def test_a_column_of_posts_beside_the_unit_s_is_the_post_at_home():
    text = ("本报讯 名单如下：\n序号\t村\t新任第一书记\t派出单位\t职务\t原第一书记（原单位）\n"
            "1\t东河镇柳树村\t韩建华\t青江市林业局\t三级主任科员\t付小平（青江市林业局）\n")
    made = {(f.head, f.tail, f.prop("title")) for f in extract_page(page_of(text)).facts if f.type == "HOLDS_POSITION"}
    assert made == {("韩建华", "青江市林业局", "三级主任科员")}


def test_a_county_committee_whose_county_s_name_is_a_common_word():
    # 通道 ("channel") is a word; 通道县委 is the county's committee
    assert ("HOLDS_POSITION", "石光辉", "通道侗族自治县委") in facts_of("本报讯 通道县委书记石光辉介绍了全县的做法。")


def test_a_post_in_a_division_after_the_village_s_post_is_the_sending_unit_s():
    made = [(f.tail, f.prop("title")) for f in extract_page(page_of(
        "本报讯 青江大学定点帮扶柳树村。学校派驻柳树村的第一书记、教务处副处长韩小平带领师生编写了课程。")).facts
            if f.type == "HOLDS_POSITION"]
    assert made == [("青江大学教务处", "副处长")]


@pytest.mark.parametrize("role", ["科研人员", "技术人员"])
def test_researchers_and_technicians_are_members_of_their_unit(role):
    got = facts_of(f"本报讯 驻村工作队队员、青江县农业科学研究所{role}韩明月说，玉米长势不错。")
    assert ("WORKS_FOR", "韩明月", "青江县农业科学研究所") in got


def test_a_post_in_the_first_cell_of_a_note_with_more_cells():
    got = facts_of("本报讯 公示如下：\n三、柳树村\n第一书记：唐俊（青江学院讲师，由青江学院选派）\n")
    assert ("HOLDS_POSITION", "唐俊", "青江学院") in got


def test_a_post_held_again_after_an_election():
    got = facts_of("本报讯 程立军是村里的老支书，这次连任柳树村党支部书记。")
    assert ("HOLDS_POSITION", "程立军", "柳树村") in got


def test_a_profile_opening_with_the_year_of_birth_names_its_subject():
    got = facts_of("本报讯 柳树村换届选举顺利完成。韩建明，1983年出生，在外经营茶叶生意十余年。今年换届中，他当选柳树村党支部书记。")
    assert ("HOLDS_POSITION", "韩建明", "柳树村") in got



@pytest.mark.parametrize("text", ["本报讯 柳树村散在塬上沟里，村里划了5个网格，韩文斌自己包了最远的一个。",
                                  "本报讯 柳树村按自然组划出5个网格。"])
def test_a_village_that_drew_its_grids(text):
    assert ("DIVIDED_INTO", "柳树村", "柳树村") in facts_of(text)


def test_a_township_s_general_office_is_a_unit():
    got = facts_of("本报讯 青江县东河镇。柳树村包村干部、镇党政综合办干部崔丽，去年帮村里跑下了一条产业路。")
    assert ("WORKS_FOR", "崔丽", "东河镇党政综合办") in got


def test_a_post_in_a_division_of_a_unit_is_held_in_the_division():
    got = facts_of("本报讯 这次任期届满，孙立伟回到青江省科技厅，担任农村科技处副处长。")
    assert ("HOLDS_POSITION", "孙立伟", "青江省科学技术厅农村科技处") in got


def test_a_section_chiefs_post_is_held_in_the_section_but_a_clinics_doctor_is_the_hospitals():
    got = facts_of("本报讯 2022年5月，青江市交通运输局综合规划科副科长韩立文被选派到柳沟村任第一书记。"
                   "青江市人民医院麻醉科主治医师何晓燕说，义诊很受欢迎。")
    assert ("HOLDS_POSITION", "韩立文", "青江市交通运输局综合规划科") in got
    assert ("HOLDS_POSITION", "何晓燕", "青江市人民医院") in got


def test_a_unit_sending_a_cadre_ends_its_clause_before_the_next_member():
    got = facts_of("本报讯 柳沟村驻村工作队队长韩立文是青江市农业农村局派驻的干部，队员马艳来自青江县教育局。")
    assert ("WORKS_FOR", "马艳", "青江市农业农村局") not in got and ("WORKS_FOR", "韩立文", "青江市农业农村局") in got


def test_a_post_kept_for_another_term():
    got = facts_of("本报讯 今年初，青江市农牧局研究决定，郝建军继续留任柳树村第一书记、驻村工作队队长。")
    assert ("HOLDS_POSITION", "郝建军", "柳树村") in got


@pytest.mark.parametrize("name", ["乌力吉木仁", "吉日木图", "那顺额尔顿"])
def test_mongolian_names_of_common_elements_are_whole(name):
    assert names(f"嘎查党支部书记{name}说，今年牧民收入又涨了。", "Person") == {name}


def test_a_table_drawn_with_bars_is_read_a_row_at_a_time():
    text = ("本报讯 现将调整情况公示如下：\n\n| 序号 | 乡镇 | 村 | 帮扶单位 | 第一书记 | 备注 |\n|---|---|---|---|---|---|\n"
            "| 1 | 东河镇 | 柳树村 | 县自然资源局 | 韩思远（县自然资源局干部） | 新任 |\n"
            "| 2 | 西河镇 | 杏林村 | 县农商银行 | 暂缺 | 由该行另行选派 |\n")
    got = facts_of(text)
    assert {("SUPPORTS", "县自然资源局", "柳树村"), ("LOCATED_IN", "柳树村", "东河镇"),
            ("SUPPORTS", "县农商银行", "杏林村")} <= got
    assert not any(h == "暂缺" for _, h, _ in got)      # an open post names no one


def test_a_table_with_bars_only_between_its_cells():
    text = ("本报讯 拟调整人选公示如下。\n\n序号｜驻村地点｜派出单位｜第一书记｜备注\n"
            "1｜东河镇柳树村｜青江市审计局｜韩思远｜新任\n2｜西河镇杏林村｜青江县林业局｜付明轩｜留任\n")
    got = facts_of(text)
    assert {("FIRST_SECRETARY_OF", "韩思远", "柳树村"), ("SUPPORTS", "青江市审计局", "柳树村"),
            ("FIRST_SECRETARY_OF", "付明轩", "杏林村"), ("SUPPORTS", "青江县林业局", "杏林村")} <= got


def test_a_table_drawn_with_box_lines():
    text = ("本报讯 现将名单公布如下：\n\n┌──┬────┬─────┬────────┬────┐\n"
            "│序号│乡镇　　│村　　　　│结对帮扶单位　　│第一书记│\n├──┼────┼─────┼────────┼────┤\n"
            "│1　 │东河镇　│柳树村　　│青江县审计局　　│韩思远　│\n│2　 │西河镇　│杏林村　　│青江县林业局　　│付明轩　│\n"
            "└──┴────┴─────┴────────┴────┘\n")
    got = facts_of(text)
    assert {("FIRST_SECRETARY_OF", "韩思远", "柳树村"), ("SUPPORTS", "青江县审计局", "柳树村"),
            ("FIRST_SECRETARY_OF", "付明轩", "杏林村"), ("LOCATED_IN", "杏林村", "西河镇")} <= got


def test_a_spreadsheet_s_rows_pasted_with_commas():
    text = ("本报讯 现将轮换人员名单予以公示。\n\n附件：名单.xlsx\n序号,乡镇,村,姓名,驻村职务,派出单位\n"
            "1,东河镇,柳树村,韩思远,第一书记,青江县审计局\n2,西河镇,杏林村,付明轩,第一书记,青江县林业局\n")
    got = facts_of(text)
    assert {("FIRST_SECRETARY_OF", "韩思远", "柳树村"), ("SUPPORTS", "青江县审计局", "柳树村"),
            ("FIRST_SECRETARY_OF", "付明轩", "杏林村"), ("LOCATED_IN", "杏林村", "西河镇")} <= got


def test_lines_of_a_village_s_cell_then_labels_stay_lines():
    # an e-paper page, its lines mostly not closed: a village's cell and its labels, a line each
    text = ("青江：新老第一书记交接 帮扶接力不断档\n青江日报　2024年06月14日　第03版：县区新闻\n"
            "上一版　　下一版　　　　　　　【PDF版】　【放大】\n\n　　本报讯 6月11日，青江县召开驻村第一书记轮换交接会。\n"
            "　　交接会上，新老第一书记逐一交接了民情台账。\n\n　　【轮换名单（部分）】\n"
            "　　东河镇柳树村　第一书记：韩立文（县农业农村局派驻）　工作队员：王婷、陈飞\n"
            "　　西河镇杏林村　第一书记：付明轩（青江县人民检察院派驻，四级高级检察官）\n"
            "　　南河镇桃园村　第一书记：周建华（县水利局派驻）\n\n责任编辑：李静  校对：王新\n【本版其他文章】\n北河：茶旅融合绘就新画卷\n")
    got = facts_of(text)
    assert {("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("FIRST_SECRETARY_OF", "付明轩", "杏林村")} <= got
    assert ("FIRST_SECRETARY_OF", "韩立文", "桃园村") not in got


def test_lines_of_a_village_s_cell_then_a_person_stay_lines():
    text = ("青江：新老第一书记交接 帮扶接力不断档\n青江日报　2024年06月14日　第03版：县区新闻\n"
            "上一版　　下一版　　　　　　　【PDF版】　【放大】\n\n　　本报讯 6月11日，青江县召开驻村第一书记轮换交接会。\n"
            "　　交接会上，新老第一书记逐一交接了民情台账。\n\n　　【附】部分村新任驻村第一书记名单\n"
            "　　东河镇柳树村　韩立文（县农业农村局派驻）\n　　西河镇杏林村　付明轩（青江县人民检察院干部）\n"
            "　　南河镇桃园村　周建华（县水利局派驻）\n\n责任编辑：李静  校对：王新\n【本版其他文章】\n北河：茶旅融合绘就新画卷\n")
    got = facts_of(text)
    assert {("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("SUPPORTS", "青江县农业农村局", "柳树村"),
            ("FIRST_SECRETARY_OF", "付明轩", "杏林村"), ("WORKS_FOR", "付明轩", "青江县人民检察院")} <= got
    assert ("SUPPORTS", "青江县人民检察院", "杏林村") not in got     # a member: not said to be sent


def test_a_table_of_the_villages_grids_a_row_each():
    text = ("东河镇网格设置情况公示\n\n网格名称｜二级网格长｜网格指导员｜三级网格数\n"
            "东河镇柳树村网格｜韩立文｜周建华｜5\n东河镇杏林村网格｜付明轩｜李春燕｜4\n")
    got = {(f.type, f.head, f.tail, f.prop("count")) for f in extract_page(page_of(text)).facts}
    assert {("DIVIDED_INTO", "柳树村", "柳树村", 5), ("DIVIDED_INTO", "杏林村", "杏林村", 4)} <= got


def test_a_person_s_cell_with_a_note_in_a_table_of_villages():
    text = ("东河镇网格设置情况公示\n\n村名｜网格长｜网格指导员｜网格数\n"
            "柳树村｜韩立文｜周建华（驻村第一书记）｜5\n杏林村｜付明轩｜李春燕（驻村工作队员）｜4\n")
    assert ("HOLDS_POSITION", "李春燕", "杏林村") in facts_of(text)


def test_a_village_table_s_cadre_from_the_town_holds_the_post_its_column_names():
    # (包村领导 as in text, "Y村包村领导Z"; 包抓领导 too, the same post in 陕西 and 甘肃 wording)
    text = ("东河镇包村安排\n\n村名｜包村领导｜包抓领导｜网格长｜网格数\n"
            "柳树村｜韩立文（镇人大主席）｜周建华｜高明｜5\n杏林村｜付明轩（副镇长）｜李春燕｜马林｜4\n")
    got = {(f.type, f.head, f.tail, f.prop("title")) for f in extract_page(page_of(text)).facts}
    assert ("HOLDS_POSITION", "付明轩", "杏林村", "包村领导") in got
    assert ("HOLDS_POSITION", "马林", "杏林村", "网格长") in got
    assert ("HOLDS_POSITION", "李春燕", "杏林村", "包抓领导") in got


def test_a_roster_s_secretary_works_for_the_present_unit_not_the_former():
    text = ("本报讯 现将调整情况公示如下：\n\n序号\t乡镇\t村\t原派出单位\t现派出单位\t第一书记\t备注\n"
            "1\t东河镇\t柳树村\t县财政局\t青江县农商银行\t韩立文\t新任\n"
            "2\t西河镇\t杏林村\t县林业局\t青江县审计局\t付明轩\t新任\n")
    got = facts_of(text)
    assert ("WORKS_FOR", "韩立文", "青江县农商银行") in got
    assert ("WORKS_FOR", "韩立文", "青江县财政局") not in got


def test_a_roster_s_secretary_works_for_the_sender_s_column():
    text = ("本报讯 现将名单公示如下：\n\n序号\t乡镇\t村\t包联单位\t派出单位\t第一书记\t备注\n"
            "1\t东河镇\t柳树村\t县财政局\t青江县农商银行\t韩立文\t新任\n"
            "2\t西河镇\t杏林村\t县林业局\t青江县审计局\t付明轩\t新任\n")
    assert ("WORKS_FOR", "韩立文", "青江县农商银行") in facts_of(text)


def test_a_rotation_s_table_of_old_and_new_first_secretaries():
    text = ("本报讯 本次轮换，两村第一书记全部更换。轮换情况如下：\n\n村名\t原第一书记\t新任第一书记\t备注\n"
            "柳树村\t韩立文\t付明轩\t任期届满\n杏林村\t周建华\t郑晓东\t任期届满\n")
    got = facts_of(text)
    assert {("FIRST_SECRETARY_OF", p, v) for p, v in (("韩立文", "柳树村"), ("付明轩", "柳树村"),
                                                      ("郑晓东", "杏林村"))} <= got


def test_prose_with_plain_commas_is_no_spreadsheet():
    # an OCR'd paragraph typed with ASCII commas has no numbered rows: it stays prose
    prose = "今年,村里建成大棚4座,流转土地,村集体收入增加\n村民,合作社,企业,一起发展产业"
    assert _unbarred(prose) == prose


def test_rows_whose_cells_hold_notes_stay_rows():
    # a note with commas in a middle cell, a second person after a semicolon: still one row a line
    text = ("本报讯 现将名单公示如下（共3个村）：\n\n| 序号 | 驻点村 | 派出单位 | 第一书记 | 工作队员 |\n"
            "| --- | --- | --- | --- | --- |\n"
            "| 1 | 东河镇柳树村 | 青江市审计局 | 韩思远（市审计局干部，新任） | 付晓（市审计局） |\n"
            "| 2 | 西河镇杏林村 | 青江县林业局 | 郑明轩（县林业局干部，新任）；原第一书记蒋涛（县林业局干部）返岗 | 韩丽（县林业局） |\n"
            "| 3 | 南河镇桃园村 | 青江县财政局 | 付建新（县财政局干部，留任） | 郑芳（县财政局） |\n")
    got = facts_of(text)
    assert {("FIRST_SECRETARY_OF", "韩思远", "柳树村"), ("SUPPORTS", "青江市审计局", "柳树村"),
            ("FIRST_SECRETARY_OF", "付建新", "桃园村"), ("SUPPORTS", "青江县财政局", "桃园村")} <= got
    assert ("FIRST_SECRETARY_OF", "付建新", "杏林村") not in got


def test_a_post_at_home_written_with_its_unit():
    # "现任职务" holds "X局预算股股长": the post is 股长, in X局's 预算股
    text = ("本报讯 拟调整人选公示如下。\n\n序号｜驻村地点｜派出单位｜第一书记｜现任职务\n"
            "1｜东河镇柳树村｜青江县财政局｜韩思远｜县财政局预算股股长\n")
    made = [f for f in extract_page(page_of(text)).facts if f.type == "HOLDS_POSITION" and f.head == "韩思远"]
    assert [(f.tail, f.prop("title")) for f in made] == [("青江县财政局预算股", "股长")]


def test_a_notice_s_sections_headed_with_a_double_circle():
    text = ("本报讯 现将有关调整情况公示如下。\n\n◎ 巴彦乌拉嘎查\n包联单位：旗财政局\n"
            "第一书记：额尔敦巴雅尔（旗财政局派驻，四级主任科员）\n\n◎ 哈日诺尔嘎查\n包联单位：旗民政局\n")
    got = facts_of(text)
    assert {("SUPPORTS", "旗财政局", "巴彦乌拉嘎查"), ("FIRST_SECRETARY_OF", "额尔敦巴雅尔", "巴彦乌拉嘎查"),
            ("SUPPORTS", "旗民政局", "哈日诺尔嘎查")} <= got



@pytest.mark.parametrize("name", ["向东升", "和丽芳"])
def test_a_label_then_a_name_whose_surname_is_a_function_word(name):
    text = f"本报讯 公示如下。\n◆ 东河镇柳树村（后盾单位：青江市财政局）\n第一书记：{name}，市财政局农业农村科四级调研员。"
    assert ("FIRST_SECRETARY_OF", name, "柳树村") in facts_of(text)


def test_a_label_line_with_the_name_then_the_post_at_home():
    assert ("HOLDS_POSITION", "韩东升", "青江市财政局") in facts_of("本报讯 第一书记：韩东升，青江市财政局四级调研员")


@pytest.mark.parametrize("after", ["任满后回到省统计局。", "任满回到了省统计局。"])
def test_a_term_ending_after_a_name_ends_the_name(after):
    assert names(f"原第一书记冶学军{after}", "Person") == {"冶学军"}


def test_back_in_a_division_of_the_unit_holds_a_post_there_and_no_membership_besides():
    # (the development set's annotators: a titled post, and no WORKS_FOR as well, even of the unit above it)
    got = facts_of("本报讯 前任第一书记韩海波如今已回到青江汽车学院，任学生工作处副处长。")
    assert ("HOLDS_POSITION", "韩海波", "青江汽车学院学生工作处") in got and ("WORKS_FOR", "韩海波", "青江汽车学院") not in got


def test_back_in_the_school_in_focus_then_a_post_in_a_division():
    got = facts_of("本报讯 青江大学定点帮扶柳树村。原驻村第一书记龙海燕任满后回到学校，现任科学技术处副处长。")
    assert ("HOLDS_POSITION", "龙海燕", "青江大学科学技术处") in got


@pytest.mark.parametrize("text, name", [("本报讯 瓦西村村委会主任吉克拉且说，网格员都很尽责。", "吉克拉且"),
                                        ("本报讯 瓦西村的网格长马海木体今年被评为优秀网格长。", "马海木体"),
                                        ("本报讯 工作队员阿苏拉则是县林业局干部。", "阿苏拉则")])     # (则是: a word)
def test_a_yi_name_before_said_is_or_this_year_is_whole(text, name):
    assert names(text, "Person") == {name}


def test_a_label_and_a_bracket_bound_a_name_the_tagger_read_as_a_unit():
    text = "驻村第一书记：韩学军（县农业农村局干部）"
    words = [(0, 2, "v"), (2, 6, "n"), (6, 7, "w"), (7, 10, "ORG"), (10, 11, "w")]
    assert "韩学军" in {m.surface for m in find_mentions(text, words=words) if m.label == "Person"}


def test_a_label_s_value_with_a_note_then_the_next_label():
    text = ("东河镇帮扶单位名单公示\n青江县人民政府网　　2024-07-03　　来源：东河镇人民政府\n\n"
            "　　现将名单公示如下：\n\n▲东河镇杏林村\n——帮扶单位：青江县交通运输局\n——驻村第一书记：付明轩（县交通运输局干部）\n\n"
            "▲东河镇柳树村\n——帮扶单位：青江县农商银行（原由县林业局帮扶，2024年3月调整）\n"
            "——驻村第一书记：韩立文（县农商银行员工）\n\n　　公示时间为2024年7月3日至7月9日。\n")
    assert "\n——驻村第一书记：韩立文" in clean(text)[0]


def test_two_adverbs_after_a_title_with_a_date_are_no_name():
    assert names("本报讯 新任第一书记均已于3月15日前到岗。", "Person") == set()


def test_a_village_that_set_something_up_is_no_village_office():
    assert names("本报讯 县审计局包抓的柳树村办起了扶贫车间。", "Organization") == {"县审计局"}


def test_a_weather_observatory_is_a_unit():
    assert names("本报讯 前任第一书记韩立文如今已回到青江省气象台工作。", "Organization") == {"青江省气象台"}


def test_a_name_of_three_then_what_the_person_is_in_charge_of():
    assert names("本报讯 工作队员、县审计局干部韩秀梅主抓村里的矛盾调解。", "Person") == {"韩秀梅"}


def test_a_name_of_three_whose_last_character_the_tagger_left_before_说():
    assert names("本报讯 柳树村党支部书记、村委会主任韩石养说，村里的工坊吸纳了30名妇女就业。", "Person") == {"韩石养"}


@pytest.mark.parametrize("text, unit", [
    ("本报讯 第一书记韩立文是青江省水利厅农村水利水电处一级主任科员。", "青江省水利厅农村水利水电处"),
    ("本报讯 第一书记韩立文是青江省水利厅湿地管理处二级主任科员。", "青江省水利厅湿地管理处")])
def test_a_rank_in_a_division_with_a_long_name(text, unit):
    assert ("HOLDS_POSITION", "韩立文", unit) in facts_of(text)


def test_come_from_is_no_cut_of_the_autonomous_region():
    assert names("本报讯 近年来自治区水利厅累计向东河县选派驻村干部27人。", "Organization") == {"自治区水利厅"}


def test_任_before_a_post_is_the_verb_of_office_not_a_surname():
    assert names("本报讯 柳树村划分为4个网格，村党支部书记任总网格长，驻村第一书记任副总网格长。", "Person") == set()


@pytest.mark.parametrize("verb", ["调回", "返回"])
def test_going_back_is_no_part_of_the_unit_s_name(verb):
    assert names(f"本报讯 前任第一书记韩玉民任期届满后{verb}市生态环境局工作。", "Organization") == {"市生态环境局"}


@pytest.mark.parametrize("name", ["张振", "杨立", "黄立"])
def test_said_is_no_part_of_a_name_of_two(name):
    # the tagger reads "张振说" as one name
    assert names(f"本报讯 说起那段日子，如今已回到青江县林业局工作的{name}说：“最难的不是跑腿。”", "Person") == {name}


@pytest.mark.parametrize("bare, title", [("局", "局党组书记、局长"), ("公司", "公司党委书记、董事长"),
                                         ("集团公司", "集团公司党委书记、董事长")])
def test_a_bare_unit_word_on_a_unit_s_own_site_is_the_publisher(bare, title):
    unit, other = {"局": ("青江市自然资源局", "东河县自然资源局"), "公司": ("青江水务集团有限公司", "东河县供电公司"),
                   "集团公司": ("青江能源投资集团有限公司", "青江新能源有限公司")}[bare]
    got = facts_of(f"工作队帮助柳树村修通产业路\n\n{unit} > 工作动态 > 乡村振兴\n发布时间：2024-10-10　来源：办公室\n\n"
                   f"柳树村的帮扶单位是{unit}。去年，{other}为村里新装了两台变压器。\n\n"
                   f"今年以来，{title}韩立文先后3次到柳树村调研。")
    assert ("HOLDS_POSITION", "韩立文", unit) in got


def test_a_bare_unit_word_after_the_sentence_named_a_unit_of_its_kind_is_that_unit():
    got = facts_of("工作队帮助柳树村修通产业路\n\n青江能源投资集团有限公司 > 工作动态 > 乡村振兴\n"
                   "发布时间：2024-10-10　来源：办公室\n\n集团定点帮扶东河镇两个村。"
                   "柳树村由集团下属的青江新能源有限公司包联，公司派驻的第一书记韩立文今年到任。")
    assert ("WORKS_FOR", "韩立文", "青江新能源有限公司") in got
    assert ("WORKS_FOR", "韩立文", "青江能源投资集团有限公司") not in got


def test_the_school_is_the_university_not_its_college_named_bare():
    got = facts_of("本报讯 青江农业大学定点帮扶东河镇柳树村。学校选派动物科学技术学院副教授韩立文任第一书记。"
                   "校党委书记周建军到村调研。")
    assert ("HOLDS_POSITION", "周建军", "青江农业大学") in got


def test_a_bare_hospital_is_no_college_named_after_it():
    got = facts_of("本报讯 青江医科大学附属医院结对帮扶东河镇柳树村。青江农业大学农学院的专家也来到村里。"
                   "医院党委书记韩立文表示，将持续做好帮扶工作。")
    assert ("HOLDS_POSITION", "韩立文", "青江医科大学附属医院") in got


def test_a_profile_titled_among_the_lines_before_the_body_names_its_person_without_a_cue():
    # the page's first line is the site's banner; the title comes after the site's path
    got = facts_of("青江融媒客户端下载\n您当前所在位置:青江网>社会> 正文\n分 享 至 手 机\n【我的驻村故事】雪夜发火的第一书记\n"
                   "时间:2018-01-09 09:30:19|来源:青江日报\n2015年的秋天和韩立文远行有关。那天，他来到了东河镇柳树村。\n"
                   "▲大雪纷飞，韩立文陪同贫困户去诊所。\n"
                   "如今，柳树村成功脱贫。“驻村故事”，也由这位青江省纪委派驻的第一书记开始。")
    assert ("FIRST_SECRETARY_OF", "韩立文", "柳树村") in got


@pytest.mark.parametrize("owner", ["委属", "厅属", "局属", "校属"])
def test_a_unit_s_own_subordinate_keeps_its_name_without_the_owner_word(owner):
    got = facts_of(f"本报讯 {owner}青江省水利科学研究院结对帮扶东河镇柳树村。")
    assert ("SUPPORTS", "青江省水利科学研究院", "柳树村") in got


def test_a_term_ended_is_no_part_of_the_unit_returned_to():
    got = facts_of("本报讯 青江县人民医院定点帮扶柳树村。2021年6月，韩立文任满回院，医院又派出刘欣接任柳树村第一书记。")
    assert ("WORKS_FOR", "刘欣", "青江县人民医院") in got
    assert not any(f[0] == "SUPPORTS" and f[1] != "青江县人民医院" for f in got)


def test_an_area_s_head_is_a_post_of_the_village_not_a_district_s():
    got = {(f.head, f.tail, dict(f.props).get("title")) for f in extract_page(page_of(
        "本报讯 青江县石门镇柳沟村划分为3个片区，老支书韩立文如今是东山片区的片区长。")).facts if f.type == "HOLDS_POSITION"}
    assert ("韩立文", "柳沟村", "片区长") in got and not any(t == "区长" for _, _, t in got)


def test_what_the_reporter_did_is_no_part_of_the_title():
    got = {(f.head, f.tail, dict(f.props).get("title")) for f in extract_page(page_of(
        "本报讯 同一天，记者在青江县石门乡政府见到了乡党委书记韩立文。")).facts if f.type == "HOLDS_POSITION"}
    assert got == {("韩立文", "石门乡", "乡党委书记")}


def test_a_village_before_the_merger_does_not_take_the_focus():
    got = facts_of("本报讯 青江县石门镇柳湾村由原柳沟村和原石湾村合并而成。第三网格网格员赵春梅家住原柳沟村老街，每天走访十来户。")
    assert ("HOLDS_POSITION", "赵春梅", "柳湾村") in got and ("HOLDS_POSITION", "赵春梅", "柳沟村") not in got


@pytest.mark.parametrize("title", ["总经理", "董事长"])
def test_the_head_of_a_company_just_founded_is_its_post(title):
    got = facts_of(f"本报讯 村里成立了青江县柳沟文旅发展有限公司，由村委会委员何晓燕担任{title}。")
    assert ("HOLDS_POSITION", "何晓燕", "青江县柳沟文旅发展有限公司") in got


def test_a_unit_s_head_in_a_chain_heads_the_unit_the_chain_names():
    got = {(f.tail, dict(f.props).get("title")) for f in extract_page(page_of(
        "本报讯 青江县人民医院与柳沟村结对帮扶。8月，青江县人民医院党委书记、院长韩立文和临河县中医院的专家一起到村义诊。")).facts
        if f.type == "HOLDS_POSITION"}
    assert got == {("青江县人民医院", "党委书记、院长")}


def test_the_bare_word_集团_is_the_group_not_a_company_it_owns():
    got = facts_of("本报讯 青江能源集团有限公司与柳沟村结对帮扶。集团下属的青江物流有限公司负责产品运输。集团党委书记、董事长何晓燕到村调研。")
    assert ("HOLDS_POSITION", "何晓燕", "青江能源集团有限公司") in got and ("HOLDS_POSITION", "何晓燕", "青江物流有限公司") not in got


@pytest.mark.parametrize("name", ["赛音", "那日松"])
def test_a_mongolian_name_element_is_a_name_after_a_village_post(name):
    assert ("HOLDS_POSITION", name, "柳沟嘎查") in facts_of(f"本报讯 柳沟嘎查党支部书记{name}说，今年收成好。")


@pytest.mark.parametrize("name", ["阿日斯楞", "胡日查", "特日格乐"])
def test_a_mongolian_name_element_is_a_name_after_a_role(name):
    assert ("FIRST_SECRETARY_OF", name, "柳沟嘎查") in facts_of(f"本报讯 青河旗财政局干部{name}任柳沟嘎查第一书记。")


def test_原_before_a_village_s_post_is_of_the_post_and_the_village_takes_the_focus():
    got = facts_of("本报讯 青江县石门镇寨上村第一书记调整。三、何晓燕同志系青江学院讲师，接替交流到市直单位任职的原柳沟村第一书记韩立文。")
    assert ("FIRST_SECRETARY_OF", "韩立文", "柳沟村") in got and ("FIRST_SECRETARY_OF", "韩立文", "寨上村") not in got


@pytest.mark.parametrize("text", [
    "本报讯 从种苗到冷库，柳沟村三任第一书记一棒接一棒。",       # (no name opens with a numeral)
    "相关新闻：· 青江市召开驻村第一书记培训班· 好支书带出好村子",    # (nor ends with a list's dot: lines joined)
    "本报讯 柳沟村网格员韩立文说：“谁家缺劳力，网格员都清楚。”",      # (an adverb, then a common verb)
    "本报讯 镇里要求每一位包村干部都建起自己的民情账本。",      # (and a less common one)
    "本报讯 青江农业大学动物医学院的专家则为牧户的羊群做了检疫。",      # (则: "in turn", no surname)
])
def test_no_name_after_a_title_where_the_words_are_no_name(text):
    assert names(text, "Person") <= {"韩立文"}


def test_a_tibetan_name_keeps_the_element_the_tagger_left_before_it():
    assert names("本报讯 “换了人，帮扶的劲头不能换。”才让达瓦说。", "Person") == {"才让达瓦"}


@pytest.mark.parametrize("name", ["尼玛格桑", "旦增洛桑", "索南旦增"])
def test_a_name_of_elements_before_speech_the_tagger_missed(name):
    assert names(f"本报讯 “路通了，心也通了。”{name}说。", "Person") == {name}


def test_a_dotted_name_whose_first_part_holds_du():
    # (阿不都, 阿布都 open many Uyghur names: 都 there is no adverb)
    assert names("本报讯 交接会上，托格拉克村党支部书记阿不都克热木·吐尔逊为老队员送上了锦旗。", "Person") == \
        {"阿不都克热木·吐尔逊"}
    assert names("本报讯 工作队员、自治区财政厅干部阿不都克热木·吐尔逊会说维吾尔语。", "Person") == \
        {"阿不都克热木·吐尔逊"}     # (and a modal verb after it is none of its)


@pytest.mark.parametrize("text, name", [
    ("本报讯 “路通了，心也通了。”柳沟村驻村工作队队长吉 克 拉 哈说。", "吉 克 拉 哈"),     # (four, one by one)
    ("本报讯 柳沟村前任第一书记马 建 华已回到市林业局工作。", "马 建 华"),     # (three, then an adverb)
])
def test_a_name_spaced_out_by_the_typesetter_is_whole(text, name):
    assert names(text, "Person") == {name}


def test_a_pronoun_before_a_verb_is_no_institute():
    assert names("本报讯 各挂钩单位要主动与所联系社区对接，每半年至少召开一次联席会。", "Organization") == set()


def test_a_dotted_name_takes_two_characters_at_least_after_its_dot():
    # (和 after one character is part of the name: 敖·德和吉日嘎拉)
    assert names("本报讯 驻村第一书记敖·德和吉日嘎拉打开手机，给记者看订单。", "Person") == {"敖·德和吉日嘎拉"}


def test_a_han_name_spaced_by_the_typesetter_has_three_characters_at_most():
    got = facts_of("本报讯 西河镇桃园村第一书记赵 琳正忙着给村里的合作社记账。")
    assert ("FIRST_SECRETARY_OF", "赵琳", "桃园村") in got
    got = facts_of("本报讯 西河镇桃园村第一书记韩 立 文蹲在地头，和收购商谈价钱。")      # (character by character)
    assert ("FIRST_SECRETARY_OF", "韩立文", "桃园村") in got


def test_a_team_post_taken_on_coming_to_the_village_in_focus():
    got = facts_of("本报讯 西河镇桃园村是县水利局的包联村。今年4月，县水利局选派干部赵立军到村任第一书记、驻村工作队队长。")
    assert ("HOLDS_POSITION", "赵立军", "桃园村") in got


def test_who_takes_over_from_a_predecessor_takes_the_post_after_the_comma():
    got = facts_of("本报讯 在西河镇桃园村，青江市林业局选派的赵丽接过前任第一书记付国强的担子，任桃园村第一书记。")
    assert ("FIRST_SECRETARY_OF", "赵丽", "桃园村") in got


def test_a_post_taken_on_going_back_to_the_unit_is_the_units():
    got = facts_of("本报讯 付国强在桃园村当了三年第一书记，如今回到县发展和改革委员会担任副主任。")
    assert ("HOLDS_POSITION", "付国强", "县发展和改革委员会") in got


def test_counted_cadres_who_come_to_the_village_are_not_the_speaker():
    got = facts_of("本报讯 西河镇桃园村修通了产业路。镇党委书记付海军介绍，全镇各村均落实了包联单位，今年又有3名县直单位干部到村任第一书记。")
    assert not any(t == "FIRST_SECRETARY_OF" and h == "付海军" for t, h, _ in got)


def test_two_places_each_divided_are_two_counts_not_tiers():
    got = grids("本报讯 西河镇推行网格化管理，桃园村划分网格9个，杏林村划分网格5个，网格员每周入户走访。")
    assert ("桃园村", 9) in [g[:2] for g in got] and ("杏林村", 5) in [g[:2] for g in got]


def test_grids_set_up_with_a_bare_设():
    assert [g[:2] for g in grids("本报讯 西河镇桃园村按农户居住分布设4个网格，网格员由党员兼任。")] == [("桃园村", 4)]


def test_a_team_a_committee_sends_to_a_county_is_a_unit_and_its_leader_holds_a_post_in_it():
    got = facts_of("本报讯 安徽省委驻临泉县帮扶工作队队长、临泉县委副书记付建新介绍，工作队进驻以来投入资金9000万元。")
    assert ("HOLDS_POSITION", "付建新", "安徽省委驻临泉县帮扶工作队") in got
    assert ("HOLDS_POSITION", "付建新", "临泉县") not in got


def test_a_units_team_in_a_village_stays_the_units():
    got = facts_of("本报讯 青江市林业局驻西河镇桃园村帮扶工作队队长付建新说，今年种了核桃。")
    assert ("WORKS_FOR", "付建新", "青江市林业局") in got


def test_the_leader_of_the_county_team_in_focus():
    got = facts_of("本报讯 2021年起，省委驻临泉县帮扶工作队进驻临泉县。工作队队长、省交通运输厅副厅长付建新挂任临泉县委副书记。")
    assert ("HOLDS_POSITION", "付建新", "省委驻临泉县帮扶工作队") in got


def test_a_bare_总局_is_the_national_bureau_in_focus():
    got = facts_of("本报讯 中国林业地质总局定点帮扶青江县。在东河镇柳树村，总局派驻的第一书记韩明远已经在村里干了两年。")
    assert ("WORKS_FOR", "韩明远", "中国林业地质总局") in got


def test_a_bare_unit_that_sent_successive_secretaries_to_the_village():
    got = facts_of("本报讯 青江县供电公司结对帮扶桃园村。公司先后向桃园村派驻了三任第一书记：付文龙、赵国辉和韩志明。")
    assert ("WORKS_FOR", "赵国辉", "青江县供电公司") in got


def test_the_present_one_last_in_a_list_of_secretaries():
    got = facts_of("本报讯 青江县水利局先后向桃园村派驻了三任第一书记：付文龙、赵国辉和现任的韩志明。")
    assert ("WORKS_FOR", "韩志明", "青江县水利局") in got


@pytest.mark.parametrize("title, text", [
    ("护师", "本报讯 西河镇桃园村第一书记付丽萍是青江县人民医院的一名护师。"),
    ("主管护师", "本报讯 西河镇桃园村第一书记付丽萍是青江县人民医院的一名主管护师。"),
    ("医师", "本报讯 西河镇桃园村第一书记付丽萍（青江县中医医院医师）说，村里建了卫生室。"),
    ("辅导员", "本报讯 青江大学帮扶桃园村。学校选派的第一书记付沐阳是该校的一名辅导员。"),
])
def test_a_professional_title_in_the_unit_is_a_post_there(title, text):
    assert any(f.type == "HOLDS_POSITION" and f.prop("title") == title
               for f in extract_page(page_of(text)).facts)


def test_a_supporting_units_column_beside_a_first_secretary_says_nothing_of_who_sent_him():
    text = ("本报讯 一、包联安排（部分）\n序号\t包联单位\t包联村\t驻村第一书记\n"
            "1\t青江县财政局\t东河镇柳树村\t韩立文\n2\t青江县水利局\t西河镇杏林村\t付明轩\n")
    got = facts_of(text)
    assert {("SUPPORTS", "青江县财政局", "柳树村"), ("FIRST_SECRETARY_OF", "付明轩", "杏林村")} <= got
    assert ("WORKS_FOR", "韩立文", "青江县财政局") not in got


def test_a_column_of_units_headed_部门():
    text = ("本报讯 以下为东河镇包联责任清单：\n嘎查村\t旗直包联部门\t驻村第一书记\n"
            "柳树村\t青江县财政局\t韩立文\n杏林村\t青江县统计局\t付明轩\n")
    assert ("SUPPORTS", "青江县统计局", "杏林村") in facts_of(text)


def test_a_column_of_the_new_secretarys_post_at_home_names_nobody():
    text = ("本报讯 拟选派以下同志接任驻村第一书记，现予以公示。\n序号\t所属乡镇\t村\t派出单位\t原第一书记\t新任第一书记\t新任第一书记现任职务\n"
            "1\t东河镇\t柳树村\t青江县发展和改革委员会\t韩立文\t付明轩\t综合股股长\n")
    got = facts_of(text)
    assert ("FIRST_SECRETARY_OF", "付明轩", "柳树村") in got
    assert not any(h == "综合股股长" for _, h, _ in got)


@pytest.mark.parametrize("text, place, count", [
    ("本报讯 今年以来，西河街道将辖区9个社区划分为48个网格，又在网格之下按楼栋、院落细分出306个微网格。", "西河街道", 306),
    ("本报讯 西河镇桃园村有9个村民小组。村里把全村划为4个网格，再按屋场细分为17个“微网格”。", "桃园村", 17),
])
def test_micro_grids_divided_out_a_few_words_after_the_grids(text, place, count):
    assert (place, count) in [g[:2] for g in grids(text)]


@pytest.mark.parametrize("title, text", [
    ("联户长", "本报讯 西河镇桃园村第二网格联户长付天富今年61岁，负责12户茶农。"),
    ("楼栋长", "本报讯 西河街道凤栖社区8号楼楼栋长付长青退休前是一名医生。"),
    ("十户长", "本报讯 西河镇桃园村十户长付长青每天都要巡查一遍。"),
])
def test_the_head_of_households_or_of_a_building_holds_a_post_in_the_place(title, text):
    assert any(f.type == "HOLDS_POSITION" and f.prop("title").endswith(title)
               for f in extract_page(page_of(text)).facts)


def test_the_head_of_a_ministrys_department_holds_a_post_in_it():
    got = facts_of("本报讯 9月10日，国家乡村振兴局综合司副司长付长青带队赴西河县调研定点帮扶工作。")
    assert ("HOLDS_POSITION", "付长青", "国家乡村振兴局综合司") in got


def test_a_doctors_rank_in_a_clinic_of_the_hospital_in_focus():
    got = facts_of("本报讯 西河县人民医院派驻桃园村的第一书记付长青是医院的内科主治医师。")
    assert ("HOLDS_POSITION", "付长青", "西河县人民医院") in got


def test_the_unit_that_sent_a_secretary_who_came_months_later():
    got = facts_of("本报讯 青江市林业局选派的干部付明今年4月到西河苏木宝力格嘎查任驻村第一书记。")
    assert ("SUPPORTS", "青江市林业局", "宝力格嘎查") in got


def test_a_cadre_a_unit_sent_down_to_a_community_works_for_it():
    got = facts_of("本报讯 青江市统计局是桃园社区的包联单位。今年春天，市统计局下沉干部付楠和网格员一起入户。")
    assert ("WORKS_FOR", "付楠", "青江市统计局") in got


def test_the_former_party_secretary_of_a_community_held_his_post_in_it():
    got = facts_of("本报讯 西河街道桃园社区原党委书记付德福退休前，把社区的台账交了出来。")
    assert ("HOLDS_POSITION", "付德福", "桃园社区") in got


@pytest.mark.parametrize("text, place, count", [
    ("本报讯 西河县东河镇共划分网格76个，桃园村划分为5个网格，每个网格都有1名驻村干部联系。", "东河镇", 76),
    ("本报讯 西河县东河镇共划分网格76个，桃园村划分为5个网格，每个网格都有1名驻村干部联系。", "桃园村", 5),
    ("本报讯 西河县东河镇全镇划分网格126个，桃园村按院落划成7个网格，我包的是第3网格。", "桃园村", 7),
])
def test_a_town_s_count_then_a_village_s_in_one_sentence(text, place, count):
    assert (place, count) in [g[:2] for g in grids(text)]


def test_a_units_members_and_the_villages_cadres_named_after_them():
    got = facts_of("本报讯 西河镇桃园村与县税务局签约。签约后，县税务局党员和村党支部书记付旺平、村委会主任付卓嘎一起走访了农户。")
    assert {("HOLDS_POSITION", "付旺平", "桃园村"), ("HOLDS_POSITION", "付卓嘎", "桃园村")} <= got
    assert not any(t == "HOLDS_POSITION" and tail == "县税务局" for t, _, tail in got)


@pytest.mark.parametrize("posture", list("蹲坐躺跪趴"))
def test_a_space_beside_a_names_dot_and_a_posture_after_the_name(posture):
    got = facts_of(f"本报讯 在疏附县塔什米里克乡阿亚格村，工作队队长、第一书记艾合买提 ·吐尔洪{posture}在果园里，和果农算着收成。")
    assert ("FIRST_SECRETARY_OF", "艾合买提·吐尔洪", "阿亚格村") in got


def test_a_bank_sends_its_account_manager_as_first_secretary():
    got = facts_of("本报讯 2023年，青江农商银行派驻客户经理付浩然到桃园村任驻村第一书记。")
    assert ("HOLDS_POSITION", "付浩然", "青江农商银行") in got


@pytest.mark.parametrize("text, name", [
    ("本报讯 网格长其木格玛、网格员乌云其其格玛均由嘎查推选。", "乌云其其格玛"),     # 玛 ends a name
    ("本报讯 哈沙图嘎查网格员阿拉腾其木格说，今年草场好。", "阿拉腾其木格"),         # 阿拉腾, as 阿拉坦
    ("本报讯 哈沙图嘎查网格员娜 仁花每天巡查。", "娜 仁花"),                        # 花 ends a name
    ("本报讯 哈沙图嘎查党支部书记、嘎查达阿拉腾花介绍，嘎查的包联单位旗林业局在嘎查设立了站点。", "阿拉腾花"),
])
def test_mongolian_names_with_an_element_or_a_final_the_tagger_cuts(text, name):
    assert name in names(text, "Person")


def test_an_ocr_space_inside_a_mongolian_name_s_element():
    got = facts_of("本报讯 旗林草局选派四级主任科员乌 力吉巴图到东风嘎查任驻村第一书记。")
    assert ("FIRST_SECRETARY_OF", "乌力吉巴图", "东风嘎查") in got


def test_a_level_word_before_级_is_no_place():
    # ("嘎查达兼嘎查级网格长": the head of the gacha and its grid chief, no gacha named 嘎查达兼)
    got = facts_of("本报讯 巴彦嘎查党支部书记、嘎查达兼嘎查级网格长乌恩介绍，嘎查把全嘎查划为5个网格。")
    assert ("DIVIDED_INTO", "巴彦嘎查", "巴彦嘎查") in got
    assert not any("兼" in f[2] for f in got)


def test_a_name_of_one_element_before_均():
    assert names("本报讯 第一网格网格长乌恩、第二网格网格长苏和均由嘎查推选。", "Person") == {"乌恩", "苏和"}


def test_a_list_of_names_after_a_title_the_tagger_reads_only_the_first_of():
    # (the first name follows the title with no punctuation; the last runs on into what each does)
    got = facts_of("本报讯 巴彦嘎查共划分4个网格，网格员巴特尔苏和、萨仁其其格、敖登格日勒、包金梅每人负责一个网格。")
    assert {("HOLDS_POSITION", n, "巴彦嘎查") for n in ("萨仁其其格", "敖登格日勒", "包金梅")} <= got


def test_a_chain_of_posts_stops_at_a_comma_after_another_person_s_clause():
    got = facts_of("本报讯 县林业局干部韩明任东河镇石岗村第一书记，县中医院主治医师付雪任西河镇杏湾村第一书记。")
    assert ("FIRST_SECRETARY_OF", "付雪", "杏湾村") in got
    assert ("FIRST_SECRETARY_OF", "付雪", "石岗村") not in got


def test_a_predecessor_holds_the_post_of_the_village_his_successor_s_clause_names():
    text = ("本报讯 会上宣布了新一轮驻村第一书记人选。县林业局干部韩明接替付强任东河镇石岗村第一书记，"
            "县中医院医师高雪任西河镇杏湾村第一书记。")
    got = facts_of(text)
    assert ("FIRST_SECRETARY_OF", "付强", "石岗村") in got
    assert ("FIRST_SECRETARY_OF", "付强", "杏湾村") not in got


@pytest.mark.parametrize("text, name", [
    ("本报讯 石桥村党支部书记、村委会主任任小虎包第一网格，村委会委员付翠兰包第二网格。", "任小虎"),
    ("本报讯 巴彦嘎查第二网格网格员萨仁家离嘎查部最远，她每周骑摩托车巡查草场。", "萨仁"),     # her home
    ("本报讯 在巴彦嘎查的冬营地里，网格员萨仁正挨家挨户登记牲畜越冬情况。", "萨仁"),           # an adverb
])
def test_a_name_the_tagger_misreads_right_after_a_title(text, name):
    assert name in names(text, "Person")


def test_like_a_village_is_no_part_of_its_name():
    got = names("本报讯 东河镇党委书记韩明说，全镇像石桥村这样有驻村工作队的村共有11个。", "Place")
    assert "石桥村" in got and "像石桥村" not in got


def test_after_全镇_comes_what_the_town_does_not_a_village_s_name():
    assert "石桥村" in names("本报讯 东河镇党委书记韩明说，全镇正推广石桥村的做法。", "Place")


def test_a_sentence_that_opens_with_a_name_then_its_post():
    # (the tagger reads the name as a unit: the post after 是 vouches for it)
    got = facts_of("本报讯 文建新是青江农业大学农学院副教授，2022年被学校选派到石咀子村担任第一书记。")
    assert ("FIRST_SECRETARY_OF", "文建新", "石咀子村") in got


def test_a_name_of_three_spaced_out_before_任():
    got = facts_of("本报讯 在同镇的石桥村，东川县水利局是该村的包联单位，县水利局干部高 志 远任石桥村驻村笫一书记。")
    assert ("FIRST_SECRETARY_OF", "高志远", "石桥村") in got
    assert not any(f[2].startswith("远任") for f in got)       # (the verb of office after it bounds the village)


def test_a_name_of_three_spaced_out_then_an_adverb_spaced_out_too():
    assert "韩 立 海" in names("本报讯 石桥村是东川县水利局的帮扶村，局里选派的第一书记 韩 立 海 已在村里工作了两年。", "Person")


def test_is_a_first_secretary_then_a_name_is_that_name_s_post():
    got = facts_of("本报讯 在巴彦嘎查，“双书记”，一位是嘎查党支部书记、嘎查达乌恩，一位是驻嘎查第一书记萨仁。")
    assert ("FIRST_SECRETARY_OF", "萨仁", "巴彦嘎查") in got
    assert ("FIRST_SECRETARY_OF", "乌恩", "巴彦嘎查") not in got


def test_a_village_s_committee_written_with_one_村():
    made = {(f.head, f.tail, f.prop("title")) for f in extract_page(page_of("本报讯 石桥村委会主任付丽芬说，今年收成好。")).facts}
    assert ("付丽芬", "石桥村", "村委会主任") in made


def test_a_cooperative_whose_own_name_opens_with_和_after_its_county():
    assert "东河县和平养殖专业合作社" in names("本报讯 村里成立了东河县和平养殖专业合作社。", "Organization")


def test_a_proposed_post_in_the_county_is_no_place_named_ren_county():
    # 任县 is the old name of a district; "拟任县妇联副主席" proposes a county post
    got = facts_of("二、李晓红，女，汉族，1990年5月生，现任东河镇党委组织委员，拟任县妇联副主席。")
    assert not any("任泽区" in f[2] for f in got) and ("HOLDS_POSITION", "李晓红", "东河镇") in got


def test_a_career_line_opening_with_dates_then_the_verb_names_the_unit_without_the_verb():
    got = facts_of("2016.03—2019.01任元阳县审计局驻新街镇麻栗寨村第一书记；2019.01—2022.05任新街镇党委副书记、镇长。")
    assert ("SUPPORTS", "元阳县审计局", "麻栗寨村") in got


def test_a_division_named_after_a_send_verb_holds_no_verb_of_the_sentence():
    got = facts_of("杏花村原第一书记期满轮换。今年3月，省交通运输厅接着选派规划处干部王立群接任第一书记。")
    works = {f[2] for f in got if f[0] == "WORKS_FOR" and f[1] == "王立群"}
    assert works and not any("选派" in w for w in works) and "省交通运输厅" in works


@pytest.mark.parametrize("surname", list("佴璩蒯訾邴郈郗郤郦钭逄缑隗羿殳乜笪庾竺贲钮酆荀谯宓厍糜毋宦萧郄禤眭"))
def test_a_rare_surname_opens_a_name_in_a_tables_cell(surname):
    text = (f"滩头镇村“两委”换届选举结果\n村（社区）\t党组织书记\t村（居）委会主任\n檀木冲村\t蔺昌禾\t蔺昌禾\n"
            f"石鼓塘村\t{surname}志军\t{surname}志军\n紫竹社区\t王丽\t王丽")
    assert ("HOLDS_POSITION", surname + "志军", "石鼓塘村") in facts_of(text)


def test_a_village_the_register_puts_in_another_township_of_the_county_stays_in_the_texts():
    made = extract_page(page_of("河北省保定市蠡县辛兴镇刘家营村第一书记孟庆年，来自保定市交通运输局。")).facts
    located = {(f.head, f.tail) for f in made if f.type == "LOCATED_IN"}
    assert ("刘家营村", "辛兴镇") in located and not any(head == "留史镇" for head, _ in located)


def test_going_to_the_town_in_focus_names_no_town():
    """"以前办事要跑镇里", "看病得去县上": the town or county one goes to, no place "要跑镇"."""
    places = {e.name for e in extract_page(page_of("本报讯 东河镇柳溪村的老人说：“以前找人办事要跑镇里，看病得去县上，"
                                                   "现在网格员直接上门。”")).entities if e.label == "Place"}
    assert "柳溪村" in places and not any(p.endswith(("跑镇", "去县")) for p in places)


@pytest.mark.parametrize("text", [
    "在柳溪村，县水利局派驻的第一书记韩立文和村“两委”一起，把全村划分为5个网格，村“两委”成员分别担任网格长。",
    "石桥村第一书记蒲青禾和村“两委”把全村划分为7个网格，党员和村民代表担任网格长。",
    "工作队员、县财政局干部邬晓川负责杏林村的网格平台，全村划分为4个网格，组长们都兼任网格员。",
])
def test_a_group_that_takes_the_grid_posts_gives_the_person_before_it_none(text):
    assert not any(f[0] == "HOLDS_POSITION" for f in facts_of(text))


def test_a_post_taken_by_the_name_after_it_is_no_post_of_the_one_before():
    got = facts_of("2023年韩立文期满回到县里，接任东河镇柳溪村第一书记的蒲青禾同样来自县水利局。")
    assert ("FIRST_SECRETARY_OF", "蒲青禾", "柳溪村") in got and ("FIRST_SECRETARY_OF", "韩立文", "柳溪村") not in got


def test_first_secretaries_as_a_group_take_the_post_not_the_speaker_before():
    # (她说，…新任第一书记到村后同时担任…: the new secretaries, a few words before 同时)
    got = facts_of("本报讯 青江县新一轮驻村第一书记到岗，柳沟村迎来了新书记。县委常委、组织部部长林晓薇出席并讲话。"
                   "她说，镇里已将18个行政村划分为77个网格，新任第一书记到村后同时担任所在村的网格指导员。")
    assert ("HOLDS_POSITION", "林晓薇", "青江县委") in got and ("HOLDS_POSITION", "林晓薇", "柳沟村") not in got


def test_a_unit_taking_secretaries_to_see_a_village_does_not_support_it():
    got = facts_of("会后，县委组织部组织新任第一书记赴东河镇莲塘村观摩白莲种植项目。")
    assert not [f for f in got if f[0] == "SUPPORTS"]


def test_the_pages_own_county_after_与_is_no_part_of_a_list_under_a_city():
    got = facts_of("泰顺县召开山海协作推进会。在杭州市余杭区与我县的山海协作中，余杭区的一家企业为村里捐赠了图书。")
    assert ("LOCATED_IN", "余杭区", "杭州市") in got and ("LOCATED_IN", "泰顺县", "杭州市") not in got


@pytest.mark.parametrize("text", [
    "杏林村第一书记韩立文驻村两年。他说：“第一书记管方向，合作社理事长管钱袋子，两样都得干好。”",
    "柳沟村划分6个网格。“网格长管统筹，网格员跑一线。”",
    "石桥村划分6个片区。“片长管片、组长管组，群众的事有人管。”",
])
def test_管_then_what_the_holder_manages_is_no_name(text):
    assert not [f for f in facts_of(text) if f[1].startswith("管")]


def test_a_管_family_member_after_a_title_keeps_his_name():
    assert ("FIRST_SECRETARY_OF", "管明杰", "柳沟村") in facts_of("柳沟村第一书记管明杰说，村里划分了6个网格。")


def test_the_predecessor_of_a_secretary_named_earlier_is_not_the_last_villages():
    got = facts_of("青江市财政局干部张思远任石门镇柳沟村第一书记，市卫生健康委员会干部韩立新任东河镇杏林村第一书记。"
                   "张思远接替的是原第一书记赵鹏程。")
    assert ("FIRST_SECRETARY_OF", "赵鹏程", "杏林村") not in got


def test_villages_first_secretaries_respectively_are_one_each():
    got = facts_of("东河镇柳溪村、石桥村、桃园村的第一书记分别为吴立昊、胡晓斌、李思娜。")
    assert ("FIRST_SECRETARY_OF", "吴立昊", "石桥村") not in got and ("FIRST_SECRETARY_OF", "李思娜", "柳溪村") not in got


def test_areas_grids_and_micro_grids_count_the_finest_tier():
    made = extract_page(page_of("杏林村探索“村—片区—网格—微网格”四级体系：全村划分3个片区、11个网格、42个微网格。")).facts
    assert [(dict(f.props).get("count"), dict(f.props).get("levels")) for f in made if f.type == "DIVIDED_INTO"] == [(42, 3)]


def test_a_village_where_it_lies_then_whose_support_point_it_is():
    got = facts_of("本报讯 柳沟村地处河阳县石门乡东部，是省林业厅的帮扶联系点。")
    assert ("SUPPORTS", "省林业厅", "柳沟村") in got and not any(f[0] == "SUPPORTS" and f[2] == "石门乡" for f in got)


def test_first_secretaries_sent_to_see_other_places_is_no_support():
    got = facts_of("本报讯 县委组织部还将组织新任第一书记分两批到安平县北关镇等地观摩学习。")
    assert not {f for f in got if f[0] == "SUPPORTS"}


@pytest.mark.parametrize("text,name", [("队长此里永措是县林业局干部。", "此里永措"), ("书记四郎翁措说，好。", "四郎翁措")])
def test_an_element_then_one_the_list_lacks_that_ends_as_names_end(text, name):
    from graph.mentions import element_name_end
    start = text.index(name)
    assert text[start:element_name_end(text, start)] == name


def test_an_element_then_one_the_list_lacks_inside_a_longer_name_keeps_the_longer_name():
    assert "朝鲁孟其格" in names("本报讯 旗委副书记、旗长朝鲁孟其格表示，要抓好包联。", "Person")


def test_a_table_row_with_the_town_then_the_village_supports_the_village_only():
    got = facts_of("本报讯 现将调整后的包联关系及派驻第一书记名单通知如下。\n"
                   "序号　包联单位　所在苏木镇　包联嘎查（村）　派驻第一书记\n"
                   "1　旗发改委　东河镇　红柳嘎查　王明远\n2　旗审计局　东河镇　白杨村　（暂缺）")
    supported = {t for k, h, t in got if k == "SUPPORTS"}
    assert supported == {"红柳嘎查", "白杨村"} and ("LOCATED_IN", "白杨村", "东河镇") in got


def test_our_village_before_the_page_names_it_is_the_speakers_not_the_county():
    got = facts_of("本报讯 青江县推进网格化治理。\n“我们村有9个村民小组，现在划分为6个网格。”柳坪村党支部书记严守义说。")
    assert {f for f in got if f[0] == "DIVIDED_INTO"} == {("DIVIDED_INTO", "柳坪村", "柳坪村")}


def test_a_unit_without_its_place_is_the_one_the_article_named_in_full():
    got = facts_of("本报讯 青江县东河镇柳坪村迎来帮扶。青州市水利局驻柳坪村工作队队长李明说，好。水利局包联该村已有三年。")
    assert {h for k, h, t in got if k == "SUPPORTS"} == {"青州市水利局"}


@pytest.mark.parametrize("name", ["赵阿拉腾其其格", "白恩和巴图"])
def test_a_han_surname_then_a_mongolian_name_is_one_name(name):
    assert name in names(f"本报讯 东河嘎查第二网格网格长{name}说，牧民们都装上了监控。", "Person")


def test_a_table_of_villages_counts_grids_written_with_个():
    made = extract_page(page_of("本报讯 东河镇网格设置调整情况公告如下：\n村名　网格数　网格长\n"
                                "柳坪村　7个　王建新\n石湾村　5个　李秀英")).facts
    assert {(f.head, dict(f.props).get("count")) for f in made if f.type == "DIVIDED_INTO"} >= {("柳坪村", 7), ("石湾村", 5)}


def test_a_villages_grids_after_the_towns_and_a_clause_between():
    made = extract_page(page_of("本报讯 东河镇全镇12个村划分为58个网格，每个网格配备网格员1名，柳坪村划分为4个网格。")).facts
    assert {(f.head, dict(f.props).get("count")) for f in made if f.type == "DIVIDED_INTO"} == {("东河镇", 58), ("柳坪村", 4)}


def test_a_leader_of_a_party_committee_the_tagger_missed_is_no_unit_that_supports():
    got = facts_of("本报讯 县委常委、宣传部部长起立平挂联东河镇，近日到镇里督导网格工作。")
    assert not {f for f in got if f[0] == "SUPPORTS"}


def test_a_unit_that_supports_counties_in_a_province_supports_no_province():
    got = facts_of("本报讯 自2015年起，华夏银行在甘肃定点帮扶临潭县和卓尼县。")
    assert not any(f[0] == "SUPPORTS" and f[2] == "甘肃省" for f in got)


def test_a_name_ending_in_来_then_what_the_person_says():
    assert "芮德来" in names("本报讯 东河镇党委书记芮德来介绍，全镇共划分为46个网格。", "Person")
    assert "王强" in names("本报讯 对村党支部书记王强来说，这是头等大事。", "Person")


def test_a_tables_post_held_by_another_post_is_no_one():
    got = facts_of("本报讯 东河镇网格设置如下：\n村名　网格数　网格长\n柳坪村　7个　王建新\n石湾村　4个　由村委会主任兼任")
    assert not any(f[1].startswith("由") for f in got)


def test_kinds_of_basic_grids_in_the_total_are_no_tiers():
    made = extract_page(page_of("本报讯 东河镇共划分基础网格31个，其中农村网格12个、社区网格19个。")).facts
    assert [dict(f.props).get("count") for f in made if f.type == "DIVIDED_INTO"] == [31]


@pytest.mark.parametrize("name", ["宝音巴图尔", "陶格斯满都呼"])
def test_mongolian_name_elements_make_one_name(name):
    assert name in names(f"本报讯 旗委副书记{name}出席会议并讲话。", "Person")


@pytest.mark.parametrize("unit", ["那坡供电局", "都安供电局"])
def test_a_unit_named_with_a_county_short_name_that_opens_with_a_function_word(unit):
    assert unit in names(f"本报讯 此外，{unit}与东河镇柳坪村开展党建结对共建。", "Organization")


@pytest.mark.parametrize("text", ["本报讯 东河乡两村第一书记完成交接。", "本报讯 东河镇多村联建合作社投产。"])
def test_villages_counted_are_no_village_named(text):
    assert names(text, "Place") == {"东河乡" if "乡" in text else "东河镇"}


def test_a_unit_of_a_place_pairing_with_a_unit_is_no_pairing_with_the_place():
    got = facts_of("本报讯 在元阳县攀枝花乡，杭州一家医院与元阳县人民医院结对帮扶。")
    assert not [f for f in got if f[0] == "SUPPORTS"]


def test_a_bare_first_secretary_title_is_of_the_village_named_before_it_in_its_clause():
    got = facts_of("本报讯 民和县林业和草原局包抓石咀沟村并派驻第一书记冶成渊，民和县商务局包抓峡口林村。")
    assert ("FIRST_SECRETARY_OF", "冶成渊", "石咀沟村") in got
    assert ("FIRST_SECRETARY_OF", "冶成渊", "峡口林村") not in got


def test_a_name_before_a_verb_that_is_a_word_keeps_its_length():
    assert "常丽" in names("本报讯 官道口镇副镇长常丽分包柳树坪村，她说路修好了。", "Person")


def test_a_verb_of_office_ending_in_任_is_no_part_of_the_name():
    assert "朝鲁兼" not in names("本报讯 嘎查达朝鲁兼任第一网格网格长。", "Person")


def test_a_post_in_a_table_cell_is_no_one():
    got = facts_of("东河镇村党组织书记拟提名人选公示\n序号 村名 姓名 性别 出生年月 文化程度 现任职务 拟提名职务\n"
                   "1 柳树村 韩永年 男 1975.03 高中 村党支部书记、村委会主任 村党支部书记、村委会主任\n"
                   "2 杏林村 林宝成 男 1972.12 高中 原村党支部书记（2017—2020） 村党支部书记、村委会主任")
    assert not [f for f in got if f[1].endswith("书记")]


def test_the_other_villages_are_no_village_named():
    assert "余村" not in names("本报讯 马金镇柳湾村网格数为4个，其余村网格数见附件。开化县。", "Place")


def test_a_unit_in_touch_with_a_city_for_its_shops_supports_no_place():
    got = facts_of("本报讯 青江县商务局联系杭州市3家商超，帮助柳湾村卖茶叶。")
    assert not [f for f in got if f[0] == "SUPPORTS"]


def test_a_count_after_和_is_no_name():
    assert not names("本报讯 县水利局先后向柳湾村派出两任驻村第一书记和三批驻村工作队员。", "Person")


def test_a_company_coming_to_the_village_is_no_village():
    assert not [p for p in names("本报讯 6月，青江县一家旅行社来村考察民宿线路。", "Place") if p.endswith("村")]


def test_a_time_word_before_a_place_is_no_part_of_its_unit():
    assert "乐业县卫生健康局" in names("本报讯 据悉，同日乐业县卫生健康局也完成了驻村干部的轮换。", "Organization")


def test_a_visit_verb_before_a_community_opens_no_name():
    assert "考察社区" not in names("本报讯 8月，省民政厅调研组到东河街道考察社区治理工作。", "Place")


def test_a_deputy_head_of_a_brigade_opens_no_second_unit():
    assert names("本报讯 乐业县公安局交警大队副大队长韩晓明说。", "Organization") == {"乐业县公安局交警大队"}


def test_since_then_is_no_part_of_a_unit_named_bare():
    assert "来省交通运输厅" not in names("本报讯 韩德明说，三年来省交通运输厅帮扶柳湾村修通了公路。", "Organization")


@pytest.mark.parametrize("name", ["萨日汗其其格", "青格勒其木格"])
def test_a_mongolian_names_last_element_the_tagger_left_out(name):
    assert name in names(f"本报讯 柳湾村划分了3个网格，{name}担任该村网格指导员。", "Person")


def test_a_township_named_elsewhere_is_the_tail_of_this_countys_longer_one():
    assert "乌兰呼都格镇" in names("本报讯 在阿拉善左旗乌兰呼都格镇柳湾嘎查，嘎查把牧户划成了5个网格。", "Place")


def test_a_village_named_联合_is_a_village():
    assert "联合村" in names("本报讯 县财政局派驻东河乡联合村第一书记韩雅婷说。", "Place")


def test_a_unit_together_with_another_is_two_units():
    assert names("本报讯 县财政局联合柳湾村党支部开展主题党日活动。", "Organization") == {"县财政局", "柳湾村党支部"}


def test_a_names_last_character_read_as_a_conjunction_before_its_note():
    assert "马海拉则" in names("本报讯 3.柳湾村第一书记马海拉则（县财政局派驻）；", "Person")


def test_a_name_after_a_title_with_the_level_word_inside_it_is_no_town():
    assert not [p for p in names("本报讯 东河镇党委副书记、镇长韩镇东说，全镇已划分网格58个。", "Place") if "韩" in p]


def test_a_count_of_years_is_no_part_of_a_unit_named_bare():
    assert "县财政局" in names("本报讯 近两年县财政局结对帮扶柳湾村，投入资金90万元。", "Organization")


def test_a_speech_given_vouches_for_a_name_that_is_a_common_word():
    assert "韩朗月" in names("本报讯 柳湾村第一书记、县交通运输局干部韩朗月作交流发言。", "Person")


def test_a_long_name_then_can_speak():
    got = names("本报讯 县民族事务委员会派驻嘎查的第一书记达西尼玛会说蒙古语，入户时直接当起了翻译。", "Person")
    assert "达西尼玛" in got and "达西尼玛会" not in got


def test_a_name_ending_in_和_before_讲():
    assert "韩清和" in names("本报讯 县总工会派驻柳湾村的第一书记韩清和讲的是“山歌进网格”。", "Person")


def test_a_han_names_last_character_the_tagger_left_out_before_speech():
    assert "柴春往" in names("本报讯 柳湾村党支部书记柴春往告诉记者，加工厂投产了。", "Person")


def test_town_and_country_in_a_units_name_is_no_township():
    got = names("本报讯 另一名队员海蓉是红寺堡区住房城乡建设和交通局的干部。", "Place")
    assert not [p for p in got if p.endswith("乡")]


def test_a_units_older_name_without_和_is_written_out():
    assert ("WORKS_FOR", "何一俊", "广元市住房和城乡建设局") in facts_of(
        "本报讯 广元市旺苍县。市住房城乡建设局派驻柏杨村的第一书记何一俊说。")


def test_belonging_to_the_same_town_is_no_part_of_its_name():
    assert ("LOCATED_IN", "柳湾社区", "乌兰淖镇") in facts_of("本报讯 同属乌兰淖镇的柳湾社区划分为6个网格。")


@pytest.mark.parametrize("name", ["格桑边觉", "次仁边觉"])
def test_a_tibetan_names_second_element_read_as_a_word_before_speech(name):
    assert name in names(f"本报讯 东河乡乡长{name}介绍，全乡共划分网格29个。", "Person")


def test_a_time_then_the_villages_committees_is_no_village():
    got = facts_of("本报讯 柳湾村有4个自然屯，开春后村“两委”和工作队把全村划为7个网格。")
    assert ("DIVIDED_INTO", "柳湾村", "柳湾村") in got and not [f for f in got if "开春后" in f[1]]


@pytest.mark.parametrize("address", ["地址：临朐县长安路188号，电话：0536-1234567", "地址：山东省临沂市沂南县长江中路"])
def test_a_road_after_a_county_is_no_county_head(address):
    assert not names(f"主办：县人民政府办公室　{address}", "Person")


@pytest.mark.parametrize("text, name", [("本报讯 县委副书记韩永和出席会议并讲话。", "韩永和"),
                                        ("本报讯 副市长龚德和到柳湾镇调研网格化工作。", "龚德和"),
                                        ("本报讯 农学院教授蔡仲和现场讲解嫁接技术。", "蔡仲和")])
def test_a_name_ending_in_和_after_a_title_before_a_verb_of_attending(text, name):
    assert name in names(text, "Person")


def test_after_a_title_和_before_the_others_who_attend_is_still_and():
    assert "齐立" in names("本报讯 镇党委书记齐立和村民代表一起前往柳湾村。", "Person")


def test_a_name_ending_in_来_before_说_after_a_title():
    assert "屈秋来" in names("本报讯 柳湾村党支部书记屈秋来说：“路通了，心也通了。”", "Person")


def test_寸_is_a_surname_of_yunnan():
    assert ("FIRST_SECRETARY_OF", "寸丽萍", "柳湾村") in facts_of(
        "本报讯 柳湾村是白族聚居村。县水务局派驻该村的第一书记寸丽萍已在村里工作了两年。")


@pytest.mark.parametrize("verb", ["到", "来", "去", "回"])
def test_often_then_a_verb_of_going_after_a_post_is_no_name(verb):
    assert not names(f"本报讯 柳湾村网格长韩立文说：“第一书记常{verb}网格里转。”", "Person") - {"韩立文"}


def test_向_opening_a_clause_before_是_is_a_surname():
    assert "向晓岚" in names("本报讯 工作队另两名队员中，向晓岚是县财政局干部，另一名来自乡政府。", "Person")


def test_a_long_names_home_before_在():
    assert "白者福" in names("本报讯 柳湾村第二网格网格长白者福家在最高的寨子。", "Person")


def test_仝_after_a_title_is_a_surname_though_read_as_同():
    assert "仝海波" in names("本报讯 县水务局派驻柳湾村第一书记仝海波同志任期届满，召回原单位。", "Person")


def test_a_names_last_character_glued_to_驻_after_a_title():
    assert "李翊航" in names("本报讯 县人民医院副院长李翊航驻东河镇柳湾村担任第一书记。", "Person")


def test_a_rosters_name_in_its_own_cell_is_whole_where_the_elements_cut_it():
    got = facts_of("本报讯 鄂托克旗阿尔巴斯苏木柳湾嘎查划分为3个网格，网格长、网格员人选公示如下：\n\n"
                   "网格名称　网格长　网格员　联系牧户\n第一网格　哈斯巴根　包乌云　38户\n第二网格　额尔登木图　陶格特呼　41户\n")
    assert ("HOLDS_POSITION", "额尔登木图", "柳湾嘎查") in got and not [f for f in got if f[1] == "额尔登"]


def test_units_each_named_before_作为_support_their_own_villages_only():
    got = facts_of("本报讯 根据县委安排，青江县财政局作为东河镇柳湾村的后盾单位，青江县水利局作为西河镇杏林村的后盾单位。")
    assert ("SUPPORTS", "青江县水利局", "杏林村") in got and ("SUPPORTS", "青江县水利局", "柳湾村") not in got


def test_a_name_ending_in_和_before_兼任():
    assert "韩建和" in names("本报讯 县水务局派驻的第一书记韩建和兼任村网格指导员。", "Person")


@pytest.mark.parametrize("name", ["向月华", "奉月华"])
def test_月_in_a_given_name(name):
    assert name in names(f"本报讯 县财政局派驻的第一书记{name}是本地干部，网格员都是本村人。", "Person")


@pytest.mark.parametrize("text, name", [("本报讯 工作队员上官 雨桐来自县农业农村局，另一名队员彭志超是县交通运输局干部。", "上官 雨桐"),
                                        ("本报讯 队员司马 凌峰来自县林业局。", "司马 凌峰")])
def test_a_surname_of_two_spaced_off_its_given_name(text, name):
    assert name in names(text, "Person")


@pytest.mark.parametrize("name", ["乌仁其木格", "巴德玛其其格", "色音毕力格"])
def test_mongolian_names_opening_with_乌仁_巴德玛_or_色音(name):
    assert name in names(f"本报讯 来自旗人民医院的{name}是柳湾嘎查第一书记。", "Person")


def test_由_before_a_mongolian_name_that_takes_the_post_is_by():
    assert names("本报讯 嘎查党支部书记、嘎查委员会主任由巴德玛图雅担任。", "Person") == {"巴德玛图雅"}


def test_a_count_for_a_village_named_with_its_town_is_the_villages():
    made = extract_page(page_of("本报讯 烟筒屯镇近日调整网格。调整后，全镇共划分网格36个，其中烟筒屯镇柳湾村划分为4个网格。")).facts
    counts = {f.head: dict(f.props).get("count") for f in made if f.type == "DIVIDED_INTO"}
    assert counts == {"烟筒屯镇": 36, "柳湾村": 4}


def test_a_verb_across_the_end_of_a_name_element_does_not_cut_the_place():
    assert "额尔登高毕嘎查" in names("本报讯 同属乌兰陶勒盖镇的额尔登高毕嘎查，由旗审计局包联。", "Place")


def test_奥登_is_a_mongolian_name_element():
    assert names("本报讯 网格员奥登图门是嘎查党员。", "Person") == {"奥登图门"}


@pytest.mark.parametrize("text, name", [("本报讯 队员那木吉日玛是旗林业局干部。", "那木吉日玛"),
                                        ("本报讯 工作队另有一名队员：那启明来自省水利厅。", "那启明")])
def test_那_that_opens_a_name_the_tagger_read_from_its_second_character(text, name):
    assert names(text, "Person") == {name}


@pytest.mark.parametrize("name", ["道日娜图雅", "道日娜乌兰"])
def test_道日娜_is_a_mongolian_name_element(name):
    assert names(f"本报讯 嘎查第一书记{name}，把义诊做成了固定班次。", "Person") == {name}


def test_a_time_word_then_和_before_the_village_committees_is_no_village():
    assert not {"周和村", "月和村"} & names("本报讯 东河镇柳湾村。第一书记每周和村“两委”碰头，每月和村民代表座谈。", "Place")


@pytest.mark.parametrize("text", ["本报讯 东河镇各驻村第一书记任所在村网格指导员。", "本报讯 东河镇包村干部任所包村网格指导员。"])
def test_任_before_所在_is_serving_no_surname(text):
    assert names(text, "Person") == set()


def test_之_before_a_bracket_ends_the_name():
    assert names("本报讯 省水利厅驻柳湾村第一书记苗思之（厅规划处干部）任该村网格指导员。", "Person") == {"苗思之"}


def test_a_name_ending_in_能_before_介绍():
    assert names("本报讯 乡党委书记韩德能介绍，全乡划分网格38个。", "Person") == {"韩德能"}


def test_an_adverb_then_和_before_the_village_committees_is_no_village():
    assert "再和村" not in names("本报讯 东河镇柳湾村。第一书记跑遍了全村186户，再和村“两委”定下发展思路。", "Place")


@pytest.mark.parametrize("name", ["纳顺额尔敦", "纳顺达来"])
def test_纳顺_is_a_mongolian_name_element(name):
    assert names(f"本报讯 第一书记、队长{name}（市卫健委干部）到村报到。", "Person") == {name}


@pytest.mark.parametrize("text, not_a_village", [("本报讯 东河镇柳湾村。第一书记正忙着修缮村部。", "修缮村"),
                                                 ("本报讯 东河镇柳湾村。第一书记正忙着筹建村卫生室。", "筹建村")])
def test_a_verb_then_a_word_of_the_village_own_is_no_village(text, not_a_village):
    assert not_a_village not in names(text, "Place") and "柳湾村" in names(text, "Place")


@pytest.mark.parametrize("text, name", [("本报讯 四级调研员闻人清远接替期满的韩立文，任柳湾村第一书记。", "闻人清远"),
                                        ("本报讯 市水利局帮扶干部东郭平接过了接力棒。", "东郭平")])
def test_a_surname_of_two_characters_the_tagger_read_past(text, name):
    assert name in names(text, "Person")


@pytest.mark.parametrize("text", ["本报讯 清河县。蔡永、于晓光分别担任东河镇石桥村、白沙村第一书记。",
                                  "本报讯 清河县。分别派驻石桥村、白沙村的第一书记蔡永（县民政局）、于晓光（县水利局）已到岗。",
                                  "本报讯 清河县。派驻石桥村、白沙村的第一书记分别是蔡永、于晓光。"])
def test_first_secretaries_of_villages_respectively_each_of_his_own(text):
    got = {(h, t) for ty, h, t in facts_of(text) if ty == "FIRST_SECRETARY_OF"}
    assert got == {("蔡永", "石桥村"), ("于晓光", "白沙村")}


@pytest.mark.parametrize("row, name", [("第二网格　3组　54　郄春兰　村委会委员", "郄春兰"),
                                       ("第三网格　4组、5组　47　斯琴高娃　村妇联主席", "斯琴高娃")])
def test_a_name_in_a_tables_row_a_cell_before_its_post(row, name):
    assert names(row, "Person") == {name}


@pytest.mark.parametrize("village", ["岜那村", "丫那村"])
def test_那_ends_a_villages_name_after_a_syllable_of_it(village):
    assert village in names(f"本报讯 县交通运输局驻{village}第一书记韩立文说，路修通了。", "Place")


def test_那村_after_a_verb_is_that_village():
    assert not any(n.endswith("那村") for n in names("本报讯 韩立文驻那村两年了。", "Place"))


@pytest.mark.parametrize("name", ["查干朝鲁", "图门宝力高", "达西朝鲁"])
def test_common_mongolian_name_elements_查干_宝力高_达西(name):
    assert names(f"本报讯 前任第一书记{name}任期届满后回到局里。", "Person") == {name}


def test_嘎鲁_is_a_mongolian_name_element():
    assert names("本报讯 嘎查党支部书记嘎鲁朝鲁任总网格长。", "Person") == {"嘎鲁朝鲁"}


@pytest.mark.parametrize("text", ["本报讯 工作队协调修建嘎查砂石路8公里。", "本报讯 网格长解决不了的上报嘎查。"])
def test_a_verb_before_嘎查_is_no_gachas_name(text):
    assert not any(n.endswith("嘎查") for n in names(text, "Place"))


@pytest.mark.parametrize("text, name", [("第二网格　网格长：吾买尔江·托乎提　网格员：王小海", "吾买尔江·托乎提"),
                                        ("第一网格　网格长：王小海（村党支部副书记）　网格员：热孜万古丽·艾尔肯", "热孜万古丽·艾尔肯")])
def test_a_name_written_with_a_dot_after_a_posts_label_whole(text, name):
    assert name in names(text, "Person")


def test_a_folk_custom_village_is_a_kind_not_a_name():
    got = facts_of("本报讯 东河镇柳湾村。第一书记金正浩（市水务局干部）继续留任，负责朝鲜族民俗村建设收尾工作。")
    assert ("FIRST_SECRETARY_OF", "金正浩", "柳湾村") in got and not any("民俗村" in t for _, _, t in got)


@pytest.mark.parametrize("name", ["蒙根苏和", "巴特尔满达", "朝鲁门德"])
def test_mongolian_name_elements_蒙根_满达_门德(name):
    assert names(f"本报讯 新任第一书记、工作队队长{name}现任局副处长。", "Person") == {name}


def test_a_time_then_来_opens_no_villages_name():
    assert "柳湾村" in names("本报讯 东河镇。两年来柳湾村把全村6个社划分为9个网格。", "Place")


def test_达哇_is_a_tibetan_name_element():
    assert "达哇才让" in names("本报讯 第一书记达哇才让说，村里修了路。", "Person")


@pytest.mark.parametrize("text", ["本报讯 东河镇柳湾嘎查。上一轮工作队帮嘎查建起了网格微信群。",
                                  "本报讯 东河镇柳湾嘎查。旗农牧局帮嘎查建起了饲草料库。"])
def test_helping_the_gacha_in_focus_names_no_gacha(text):
    assert not any(n.endswith("帮嘎查") for n in names(text, "Place"))


def test_a_name_written_with_a_dot_in_a_tables_cell_whole():
    assert "买买提明·吾斯曼" in names("第三网格｜买买提明·吾斯曼（村党支部副书记）｜王小海｜139****0001", "Person")


def test_a_bare_自治区_unit_is_of_the_autonomous_region_not_the_province_named_most():
    # (a partner in 东西部协作, its province and its county named more often than the region and the county
    # the article's village lies in)
    text = ("本报讯 福建省福州市鼓楼区与同心县开展协作。鼓楼区的企业与豫海镇红卫村结对，福建省和鼓楼区的干部多次到村考察。"
            "红卫村驻村第一书记韩立文是自治区农业农村厅派驻的干部。鼓楼区还援建了冷库。")
    got = facts_of(text)
    assert ("WORKS_FOR", "韩立文", "宁夏回族自治区农业农村厅") in got
    assert not any(t.startswith("福建省") and t.endswith("农业农村厅") for _, _, t in got)


def test_a_banks_营业部_and_a_governments_office_support_in_their_own_name():
    # (a branch and an office that are units of their own, not divisions whose unit supports)
    got = facts_of("本报讯 中国银行青江分行营业部结对帮扶东河镇柳树村。青江县人民政府办公室结对帮扶西河乡桃园村。")
    assert {("SUPPORTS", "中国银行青江分行营业部", "柳树村"), ("SUPPORTS", "青江县人民政府办公室", "桃园村")} <= got


def test_a_listed_profile_that_runs_its_posting_on_after_the_post():
    got = facts_of("本报讯 优秀驻村第一书记名单\n"
                   "罗文静　南岭县中医院医务科副科长、派驻石门镇竹溪村第一书记\n"
                   "田建中　南岭县林业局办公室副主任，派驻石门镇枫树坪村第一书记\n")
    assert {("FIRST_SECRETARY_OF", "罗文静", "竹溪村"), ("SUPPORTS", "南岭县中医院", "竹溪村"),
            ("FIRST_SECRETARY_OF", "田建中", "枫树坪村"), ("SUPPORTS", "南岭县林业局", "枫树坪村")} <= got


def test_he_is_the_one_person_the_sentence_before_named_not_the_article_s_newcomer():
    got = facts_of("本报讯 3月5日，在柳树村，任期届满的第一书记韩立文把资料交到接任者罗文静手中。"
                   "韩立文2022年由南岭市水利局选派到柳树村任第一书记。按照安排，他将回到市水利局规划科工作。"
                   "罗文静是市水利局办公室副主任。罗文静说，要把产业链延长。")
    assert ("WORKS_FOR", "韩立文", "南岭市水利局规划科") in got
    assert ("WORKS_FOR", "罗文静", "南岭市水利局规划科") not in got


def test_he_is_the_one_person_named_in_the_clause_before_though_not_as_its_subject():
    got = facts_of("本报讯 1月15日，全县驻村工作队队长述职评议会召开。副县长周明远出席并点评。"
                   "会上，湖南省水利厅驻东河镇柳树村工作队队长韩立文汇报了年度工作；他是省水利厅规划处副处长。"
                   "周明远指出，各工作队要用好后盾单位资源。")
    assert ("HOLDS_POSITION", "韩立文", "湖南省水利厅规划处") in got
    assert ("HOLDS_POSITION", "周明远", "湖南省水利厅规划处") not in got


def test_a_bare_unit_is_the_unit_of_a_division_the_article_named_in_full():
    got = facts_of("本报讯 金乡县王丕街道杏林村是市税务局帮包村。杏林村第一书记韩立文是国家税务总局济宁市税务局第三稽查局干部。")
    assert ("SUPPORTS", "国家税务总局济宁市税务局", "杏林村") in got


def test_a_post_then_who_holds_it_described_before_the_name():
    got = facts_of("本报讯 在东河镇柳树村，包村干部是镇农业农村服务中心干部韩立文。")
    assert ("HOLDS_POSITION", "韩立文", "柳树村") in got
    got = facts_of("本报讯 杏林村完成换届。在柳树村，原村委会主任刘建伟接任村党支部书记，新当选的村委会主任是大学生村医罗静。")
    assert ("HOLDS_POSITION", "罗静", "柳树村") in got


def test_a_listed_profile_of_a_unit_s_former_first_secretary_with_a_note_on_his_term():
    got = facts_of("本报讯 驻村第一书记名单如下：\n罗文静，县农业农村局派驻石门镇竹溪村第一书记；\n"
                   "田建中，县林业局原派驻石门镇枫树坪村第一书记（2024年6月任期届满，已返回原单位）。")
    assert {("FIRST_SECRETARY_OF", "田建中", "枫树坪村"), ("WORKS_FOR", "田建中", "县林业局")} <= got


@pytest.mark.parametrize("name", ["宝音都仍", "斯琴必力格", "乌恩其乐图", "特格喜都楞", "鲍敖日格勒图", "宝音德力格日"])
def test_mongolian_names_of_elements_after_a_gaqa_s_posts(name):
    got = facts_of(f"本报讯 青河旗白音苏木柳沟嘎查党支部书记、嘎查委员会主任{name}第一个发言。")
    assert ("HOLDS_POSITION", name, "柳沟嘎查") in got


@pytest.mark.parametrize("name", ["更尕东智", "朝克图那生"])
def test_tibetan_and_mongolian_names_of_elements_after_a_first_secretary(name):
    got = facts_of(f"本报讯 青河县东河镇柳树坪村工作队队长、第一书记{name}兼任网格指导员。")
    assert ("FIRST_SECRETARY_OF", name, "柳树坪村") in got


@pytest.mark.parametrize("opening", ["他叫", "她叫", "他名叫"])
def test_a_feature_s_name_given_with_its_unit_and_post_after(opening):
    got = facts_of(f"本报讯 {opening}韩立文，青江省林业科学研究院经济林研究所副所长。")
    assert ("HOLDS_POSITION", "韩立文", "青江省林业科学研究院经济林研究所") in got


@pytest.mark.parametrize("text", ["本报讯 黄河村党支部书记加羊才让兼任总网格长。", "本报讯 驻村第一书记加羊才让来自县林业局。"])
def test_a_tibetan_name_whose_last_element_the_span_cut_in_two(text):
    assert "加羊才让" in names(text, "Person")


def test_a_han_name_before_才让_keeps_its_end():
    assert "李文才" in names("本报讯 村党支部书记李文才让他去开会。", "Person")


@pytest.mark.parametrize("verb", ["担任", "兼任"])
def test_a_post_taken_in_a_division_of_a_unit_named_after_在(verb):
    got = facts_of(f"本报讯 韩立文是青江省水利厅派驻柳沟村的第一书记，在青江省水利厅农村水利处{verb}副处长。")
    assert ("HOLDS_POSITION", "韩立文", "青江省水利厅农村水利处") in got


def test_a_han_surname_before_a_mongolian_name_written_with_勒():
    assert "韩青格勒图" in names("本报讯 旗林业局选派干部韩青格勒图到嘎查任第一书记。", "Person")


@pytest.mark.parametrize("unit, division, tail", [
    ("青江省林业局", "局造林处", "青江省林业局造林处"),
    ("青江省民宗委", "委经济发展处", "青江省民族宗教事务委员会经济发展处"),
    ("青江省农业科学院", "院茶叶研究所", "青江省农业科学院茶叶研究所"),
])
def test_a_division_of_the_unit_in_focus_named_by_its_bare_level_word(unit, division, tail):
    got = facts_of(f"本报讯 {unit}派驻柳树村的第一书记韩立文，是{division}的四级调研员。")
    assert ("HOLDS_POSITION", "韩立文", tail) in got


def test_the_bureau_s_own_offices_are_no_division_named_机关():
    got = facts_of("本报讯 青江市审计局派驻柳树村的第一书记韩立文，来自局机关财政审计科。")
    assert ("WORKS_FOR", "韩立文", "青江市审计局财政审计科") in got
    got = facts_of("本报讯 青江省水利厅派驻柳树村的第一书记韩立文说，村里变了。队员李晓燕来自厅机关服务中心。")
    assert ("WORKS_FOR", "李晓燕", "青江省水利厅机关服务中心") in got


@pytest.mark.parametrize("office, title", [("县委办", "主任"), ("县委社会工作部", "部长"), ("县委两新工委", "书记")])
def test_a_standing_member_s_post_in_the_committee_s_own_office_is_a_post_in_the_committee(office, title):
    got = facts_of(f"本报讯 5月3日，平江县召开会议。县委常委、{office}{title}马骏驰主持会议。")
    assert ("HOLDS_POSITION", "马骏驰", "平江县委") in got
    assert not any(t == "HOLDS_POSITION" and tail.startswith("平江县委") and tail != "平江县委" for t, _, tail in got)


def test_a_standing_member_heading_the_party_school_heads_a_unit_of_its_own():
    got = facts_of("本报讯 5月3日，平江县召开会议。县委常委、县委党校校长黎明远出席。县委社会工作部部长郑晓岚出席。")
    assert ("HOLDS_POSITION", "黎明远", "平江县委党校") in got
    assert ("HOLDS_POSITION", "郑晓岚", "平江县委社会工作部") in got


def test_a_mongolian_name_opening_with_额日和木():
    assert "额日和木巴雅尔" in names("本报讯 2021年，通辽市审计局选派干部额日和木巴雅尔到乌兰图嘎嘎查担任驻村第一书记。", "Person")


def test_a_name_opening_a_sentence_after_an_editor_s_label():
    got = facts_of("【编者按】乌日图是青江市农牧局选派到白石镇柳溪村的第一书记。")
    assert ("FIRST_SECRETARY_OF", "乌日图", "柳溪村") in got


def test_a_tibetan_name_ending_in_拥宗():
    assert "次仁拥宗" in names("本报讯 接过担子的是州农牧局种植业科副科长次仁拥宗，她担任雅拉村第一书记、驻村工作队队长。", "Person")


@pytest.mark.parametrize("name", ["索朗占堆", "平措占堆"])
def test_a_tibetan_name_ending_in_占堆(name):
    got = facts_of(f"本报讯 在青江县白石镇柳溪村，省商务厅驻村工作队把直播间搬进了村委会。工作队队长由第一书记{name}兼任。")
    assert ("FIRST_SECRETARY_OF", name, "柳溪村") in got


def test_a_mongolian_name_ending_in_the_element_阿斯根():
    got = facts_of("本报讯 白音嘎查位于赛罕苏木。苏木党委书记满都拉阿斯根在会上提出，要做好传帮带。")
    assert any(f[0] == "HOLDS_POSITION" and f[1] == "满都拉阿斯根" for f in got)


def test_amdo_tibetan_names_whole():
    assert names("本报讯 会上，青江州林业局原派驻柳树村第一书记王旦知加作任期述职。", "Person") >= {"王旦知加"}
    assert names("本报讯 县委常委、组织部部长韩闹吾才让出席会议。", "Person") >= {"韩闹吾才让"}


def test_a_tibetan_name_after_the_verb_that_sends_him():
    assert names("本报讯 青江州林业局选派才让东智同志任柳树村第一书记。", "Person") >= {"才让东智"}


def test_a_prefecture_s_party_committee_written_bare_is_the_prefecture_s():
    got = facts_of("本报讯 恩施州召开驻村工作推进会。州委常委、组织部部长韩立文出席会议。")
    assert ("HOLDS_POSITION", "韩立文", "恩施土家族苗族自治州委") in got


def test_a_mongolian_name_of_five_to_seven_spaced_out():
    got = facts_of("本报讯 旗林草局派驻柳树嘎查第一书记阿 拉 坦 苏 和同时担任驻村工作队队长。")
    assert ("FIRST_SECRETARY_OF", "阿拉坦苏和", "柳树嘎查") in got
    got = facts_of("本报讯 柳树嘎查第一书记由旗林草局副局长乌 力 吉 巴 雅 尔 图担任。")
    assert any(head == "乌力吉巴雅尔图" for _, head, _ in got)


@pytest.mark.parametrize("text, name", [
    ("第一书记、队长降拥多吉（县林草局干部）负责全村的防火。", "降拥多吉"),
    ("村委会主任次仁旺加当上了第三网格的网格长。", "次仁旺加"),
    ("东河镇镇长加央多吉介绍，镇里已划分网格12个。", "加央多吉"),
    ("队员洛桑顿旦来自东河县交通运输局。", "洛桑顿旦"),
])
def test_tibetan_elements_the_tagger_reads_as_words(text, name):
    assert names(text, "Person") == {name}


def test_都_after_a_dotted_name_before_a_verb_is_no_part_of_it():
    assert names("每次转场前，工作队员艾合买提·吐尔逊都要给牲畜免疫一遍。", "Person") == {"艾合买提·吐尔逊"}
    assert names("网格员买买提·阿不都说，牧民的事当天就能报上来。", "Person") == {"买买提·阿不都"}


def test_by_the_unit_named_bare_is_no_name():
    got = names("第一书记、工作队队长由厅农业农村审计处副处长图 门 巴 雅担任，队员马晓东来自青江市审计局。", "Person")
    assert "由厅" not in got and "马晓东" in got


def test_a_surname_and_a_mongolian_element_ending_in_和():
    assert names("第一书记白布和来自旗农牧局。", "Person") == {"白布和"}
    assert "韩苏和" not in names("旗委书记韩苏和巴鲁说，旗里将继续配合。", "Person")    # (a name read after 和)


def test_和_after_a_han_name_still_joins_two():
    assert names("第一书记韩立和李明一起入户。", "Person") == {"韩立", "李明"}


@pytest.mark.parametrize("text, fact", [
    ("乡党委委员、武装部长龚守田就是桃园坪村的包村干部，他常和工作队一起入户。",
     ("HOLDS_POSITION", "龚守田", "桃园坪村", "包村干部")),
    ("会上，副镇长龚守田被明确为桃园坪村包村领导，负责该村的产业项目。",
     ("HOLDS_POSITION", "龚守田", "桃园坪村", "包村领导")),
    ("在桃园坪村，老党员龚守田正是第三网格的网格长。", ("HOLDS_POSITION", "龚守田", "桃园坪村", "网格长")),
])
def test_a_post_in_the_village_after_an_adverb_or_a_notice(text, fact):
    assert fact in {(f.type, f.head, f.tail, dict(f.props).get("title")) for f in
                    extract_page(page_of(text)).facts}


def test_敖都_ends_a_mongolian_name():
    assert names("该局派驻的第一书记巴雅尔敖都兼任网格指导员，每月组织牧民开一次议事会。", "Person") == {"巴雅尔敖都"}


def test_a_surname_and_mongolian_elements_spaced_out_are_one_name():
    assert names("现任第一书记、工作队队长鲍 敖 日 格 勒是盟农牧局草原站副站长，到嘎查已一年多。", "Person") == {"鲍 敖 日 格 勒"}


def test_坚参_ends_a_tibetan_name():
    assert names("队长兼第一书记洛桑坚参是市交通运输局干部，到村已经两年。", "Person") == {"洛桑坚参"}


@pytest.mark.parametrize("text, fact", [
    ("杏林村第二网格网格长、老党员苏桂芝说，网格里的事一问便知。", ("HOLDS_POSITION", "苏桂芝", "杏林村", "第二网格网格长")),
    ("杏林村股份经济合作社理事长、种粮大户苏德全说，今年每亩多收了两百斤。",
     ("HOLDS_POSITION", "苏德全", "杏林村股份经济合作社", "理事长")),
    ("杏林村第三网格网格员、脱贫户苏大海说，书记常来网格里转。", ("HOLDS_POSITION", "苏大海", "杏林村", "第三网格网格员")),
])
def test_who_he_is_between_his_post_and_his_name(text, fact):
    assert fact in {(f.type, f.head, f.tail, dict(f.props).get("title")) for f in extract_page(page_of(text)).facts}


def test_a_college_named_with_与_after_a_noun_ending_in_a_stop_character_is_whole():
    got = {(f.type, f.head, f.tail) for f in extract_page(page_of("第一书记苏立群是青江农业大学草原与资源环境学院副教授。")).facts}
    assert ("HOLDS_POSITION", "苏立群", "青江农业大学草原与资源环境学院") in got


def test_巴雅斯古朗_is_one_mongolian_element():
    assert names("嘎查党支部书记朝鲁巴雅斯古朗说，今年的草场补贴都已发到牧户手里。", "Person") == {"朝鲁巴雅斯古朗"}


@pytest.mark.parametrize("text, facts", [
    ("柳林村网格员调整如下：第三网格网格长由邢立春调整为宋庆海。",
     {("HOLDS_POSITION", "宋庆海", "柳林村"), ("HOLDS_POSITION", "邢立春", "柳林村")}),
    ("三、杨庄村：包村干部由镇农业站干部苗雨桐更换为纪清和；包村领导不变。",
     {("HOLDS_POSITION", "纪清和", "杨庄村"), ("HOLDS_POSITION", "苗雨桐", "杨庄村")}),
])
def test_a_post_handed_over_from_one_holder_to_another(text, facts):
    assert facts <= {(f.type, f.head, f.tail) for f in extract_page(page_of(text)).facts}


def test_仁真_is_one_tibetan_element():
    assert names("工作队员扎西仁真来自州林业和草原局的规划财务科。", "Person") == {"扎西仁真"}


def test_a_name_of_elements_opens_after_由():
    assert names("第三网格的网格长由达来高娃担任，她家离网格里最远的牧户有二十公里。", "Person") == {"达来高娃"}


def test_a_full_stop_typed_for_a_names_dot_is_read_as_the_dot():
    got = {(f.type, f.head, f.tail) for f in extract_page(page_of(
        "阔克铁列克村第一书记、工作队队长叶尔江.吐尔逊别克是州审计局财政审计科科长。")).facts}
    assert ("FIRST_SECRETARY_OF", "叶尔江·吐尔逊别克", "阔克铁列克村") in got


@pytest.mark.parametrize("text, name", [
    ("苏木党委书记额尔敦套格套介绍，今年新打了两眼机井。", "额尔敦套格套"),
    ("旗林草局派驻的第一书记韩嘎力图介绍，去年以来修了三座棚圈。", "韩嘎力图"),
    ("旗委副书记、旗长那顺满达呼，旗委常委、组织部部长出席。", "那顺满达呼"),
    ("局办公室主任白古日班任该嘎查第一书记。", "白古日班"),
    ("嘎查党支部书记、嘎查达乌力吉达赉汇报，全嘎查已建起5个网格。", "乌力吉达赉"),
])
def test_mongolian_elements_end_a_name(text, name):
    assert names(text, "Person") == {name}


def test_the_last_character_of_a_name_the_tagger_read_with_作_before_the_speech_given():
    got = facts_of("本报讯 会上，青江县农业局派驻东河镇柳树村第一书记孟德新作交流发言。")
    assert ("FIRST_SECRETARY_OF", "孟德新", "柳树村") in got


def test_a_name_of_two_before_作_and_the_speech_stays_two():
    assert ("HOLDS_POSITION", "刘平", "柳树村") in facts_of("本报讯 会上，东河镇柳树村党支部书记刘平作交流发言。")


def test_a_department_s_member_of_its_affairs_is_a_title_after_the_department():
    got = [f for f in extract_page(page_of("本报讯 青江市委组织部部务委员韩立文出席会议。")).facts if f.type == "HOLDS_POSITION"]
    assert [(f.head, f.tail, dict(f.props).get("title")) for f in got] == [("韩立文", "青江市委组织部", "部务委员")]


@pytest.mark.parametrize("text, name", [("本报讯 俄多玛村是州人民医院的帮扶村。今年，医院选派医生格绒泽加到村任第一书记。", "格绒泽加"),
                                        ("本报讯 州财政局派驻洛布岗村的第一书记格绒多加正在入户走访。", "格绒多加"),
                                        ("本报讯 队员拥措卓玛来自青江县人民医院，负责全村的健康档案。", "拥措卓玛")])
def test_tibetan_elements_the_tagger_reads_as_words_open_a_name(text, name):
    assert name in {f.head for f in extract_page(page_of(text)).facts}


@pytest.mark.parametrize("name", ["宝力德那木", "宝力德图", "阿古达木台"])
def test_mongolian_elements_after_a_title_keep_the_name_whole(name):
    got = facts_of(f"本报讯 东河苏木党委书记{name}表示，将把网格员的力量拧成一股绳。")
    assert ("HOLDS_POSITION", name, "东河苏木") in got


@pytest.mark.parametrize("text", ["本报讯 柳树村位于东河镇。网格长挨户核对了情况。", "本报讯 由网格员挨户宣讲医保政策。"])
def test_going_door_to_door_after_a_grid_post_is_no_name(text):
    assert names(text, "Person") == set()


@pytest.mark.parametrize("text, fact", [
    # a name's last syllable after its elements, before speech
    ("本报讯 东河嘎查党支部书记、嘎查长呼日乐沙介绍，4个网格的网格长都是党员。", ("HOLDS_POSITION", "呼日乐沙", "东河嘎查")),
    # a name ending in 和 before 把
    ("本报讯 在东河镇柳树村，村党支部书记、二级网格长韩志和把全村4个自然村划为6个三级网格。", ("HOLDS_POSITION", "韩志和", "柳树村"))])
def test_a_name_s_last_character_before_what_the_holder_does(text, fact):
    assert fact in facts_of(text)


def test_a_state_council_总局_named_bare_is_no_county_s():
    got = facts_of("本报讯 四川省屏山县是市场监管总局的定点帮扶县。2022年起，总局先后选派两名干部到东河镇柳树村任第一书记。")
    assert ("SUPPORTS", "市场监管总局", "屏山县") in got and not [f for f in got if "屏山县市场" in f[1]]


@pytest.mark.parametrize("name", ["仁钦巴图", "巴特牧仁", "苏和诺日布", "吉格木德巴图", "呼日乐巴特", "那仁加甫"])
def test_mongolian_elements_after_the_village_head_s_title_keep_the_name_whole(name):
    got = facts_of(f"本报讯 东河嘎查将全嘎查划分为8个网格，嘎查达{name}兼任总网格长。")
    assert name in {f[1] for f in got}


def test_by_a_prefecture_s_bureau_after_a_name_is_no_part_of_it():
    got = names("新任第一书记次仁多旺由州农业农村局选派，系该局种业科副科长。", "Person")
    assert got == {"次仁多旺"}


def test_a_tibetan_element_降泽_ends_the_name():
    assert names("在柳沟村，州林草局驻村工作队队长、第一书记扎西降泽同时担任村网格指导员。", "Person") == {"扎西降泽"}


def test_a_name_of_three_the_tagger_cut_after_its_surname_before_the_speech_given():
    assert names("本报讯 会上，第一书记楼思衡作交流发言。", "Person") == {"楼思衡"}


def test_a_surname_read_as_a_verb_before_a_long_name_the_tagger_found_opens_it():
    assert "包苏日古楞" in names("盟统计局综合科科长包苏日古楞任该嘎查第一书记。", "Person")


def test_a_name_of_three_then_任_the_village_s_post_after_干部():
    got = facts_of("本报讯 东河镇柳树村由青江县交通运输局结对帮扶，县交通运输局干部许禾丰任该村第一书记。")
    assert ("FIRST_SECRETARY_OF", "许禾丰", "柳树村") in got


def test_a_verb_and_its_particle_after_a_grid_post_is_no_name():
    assert names("本报讯 柳树村位于东河镇。“网格员跑得勤，我们心里就踏实。”", "Person") == set()


def test_an_adverb_then_a_word_of_place_after_a_grid_post_is_no_name():
    assert names("本报讯 柳树村把4个自然屯分成8个网格，网格长都心里有数。", "Person") == set()
