import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))   # the project has no installed package or conftest yet

from graph.articles import split_articles  # noqa: E402
from graph.read import read_page  # noqa: E402


def articles_of(tmp_path: Path, text: str, name: str = "page.txt"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    page = read_page(f, name)
    return page, split_articles(page)


def summary(arts):
    return [(a.title, a.byline, a.sentences[0].text if a.sentences else None) for a in arts]


def assert_tiles(page, arts):
    """Spans are ordered, touch each other and cover the page's text."""
    assert arts[0].start == page.index[0]
    assert arts[-1].end == page.index[-1] + 1
    for a, b in zip(arts, arts[1:]):
        assert a.end == b.start
    for a in arts:
        assert a.start < a.end
        for s in a.sentences:
            assert a.start <= s.offset < a.end
            near = re.sub(r"\s", "", page.raw[s.offset:s.offset + 3 * len(s.text) + 20])
            assert near.startswith(re.sub(r"\s", "", s.text))


PAGE = """

青山镇：小小合作社 带富一方人

本报讯(记者 张明)近日，青山镇红石村种植专业合作社迎来了丰收。合作社负责人刘强说，今年亩产比去年高。

李华(左二)在大棚里查看西红柿长势

合作社还吸纳了二十多名村民就近务工。

绿水乡举办农民运动会
趣味比赛乐翻天

本报记者 王芳 陈立

9月20日，绿水乡第三届农民运动会开幕。

赛场上，拔河、套圈等项目吸引了众多村民。

白云镇 网格化服务暖民心

□赵六 孙七

白云镇把全镇划分为四十个网格，网格员每天走村入户。

东坡讯 日前，东坡村新建的文化广场正式投入使用。
"""


def test_multi_article_page_titles_bylines_and_first_sentences(tmp_path):
    page, arts = articles_of(tmp_path, PAGE)
    assert [a.id for a in arts] == ["page.txt#1", "page.txt#2", "page.txt#3", "page.txt#4"]
    assert summary(arts) == [
        ("青山镇：小小合作社 带富一方人", "张明", "近日，青山镇红石村种植专业合作社迎来了丰收。"),
        ("绿水乡举办农民运动会 趣味比赛乐翻天", "王芳 陈立", "9月20日，绿水乡第三届农民运动会开幕。"),
        ("白云镇 网格化服务暖民心", "赵六 孙七", "白云镇把全镇划分为四十个网格，网格员每天走村入户。"),
        ("", "", "日前，东坡村新建的文化广场正式投入使用。"),
    ]
    assert_tiles(page, arts)
    # the photo caption stays inside the first article, as a sentence
    assert "李华(左二)在大棚里查看西红柿长势" in [s.text for s in arts[0].sentences]
    # headline and byline are not sentences; the span still starts at the headline
    assert page.raw[arts[0].start:].startswith("青山镇：小小合作社")
    assert all("记者" not in s.text for a in arts for s in a.sentences)


def test_dateline_opening_a_paragraph_is_left_out_of_the_first_sentence(tmp_path):
    page, arts = articles_of(tmp_path, PAGE)
    first = arts[0].sentences[0]
    assert page.raw[first.offset:].startswith("近日，青山镇")
    assert page.raw[arts[0].start:first.offset].rstrip().endswith("本报讯(记者 张明)")


def test_headline_lines_are_joined_with_a_space(tmp_path):
    page, arts = articles_of(tmp_path, "春耕时节备耕忙\n\n青山镇多措并举保生产\n\n本报记者 张明\n\n眼下正是春耕时节。")
    assert len(arts) == 1
    assert (arts[0].title, arts[0].byline) == ("春耕时节备耕忙 青山镇多措并举保生产", "张明")
    assert [s.text for s in arts[0].sentences] == ["眼下正是春耕时节。"]


def test_headline_ending_in_an_exclamation_mark(tmp_path):
    text = "秋收开始\n\n本报讯(记者 李华)各村开镰收割。\n\n撸起袖子加油干！\n\n本报记者 张明\n\n村民们干劲十足。"
    page, arts = articles_of(tmp_path, text)
    assert [(a.title, a.byline) for a in arts] == [("秋收开始", "李华"), ("撸起袖子加油干！", "张明")]
    assert [s.text for s in arts[0].sentences] == ["各村开镰收割。"]
    assert [s.text for s in arts[1].sentences] == ["村民们干劲十足。"]


def test_captions_and_subheadings_do_not_start_articles(tmp_path):
    text = """青山镇推进乡村振兴

本报讯(通讯员 李华)今年以来，青山镇多措并举推进乡村振兴，取得明显成效。

产业兴旺——特色种植有奔头

全镇发展大棚蔬菜两千亩，带动农户增收。



村民在大棚里采摘黄瓜。

生活富裕——钱袋子鼓起来

去年全镇农民人均收入增长百分之八。

镇干部入户走访(右一)

(图片由青山镇提供)"""
    page, arts = articles_of(tmp_path, text)
    assert len(arts) == 1
    assert arts[0].title == "青山镇推进乡村振兴"
    texts = [s.text for s in arts[0].sentences]
    assert "产业兴旺——特色种植有奔头" in texts and "(图片由青山镇提供)" in texts
    assert_tiles(page, arts)


def test_title_and_byline_printed_below_their_body(tmp_path):
    """OCR layout quirk: a header right above the next header belongs to the body
    that began after the last layout gap without a header of its own."""
    text = """合作社让村民钱袋子鼓起来

本报讯(记者 张明)近日，红石村合作社召开分红大会，全村两百多户村民领到了分红款。

合作社理事长表示，明年将扩大种植规模，让更多村民受益。



“没想到在家门口也能挣到钱！”村民王大妈高兴地说。今年以来，她一直在合作社打工，每月收入两千多元。

驻村工作队队长孙林说，下一步将继续帮助村里发展产业，让乡亲们的日子越过越红火。

驻村干部的一天

本报记者 赵六

文化广场建成了

本报记者 陈立

傍晚时分，绿水村新建的文化广场上热闹非凡，村民们跳起了广场舞。"""
    page, arts = articles_of(tmp_path, text)
    assert [(a.title, a.byline) for a in arts] == [
        ("合作社让村民钱袋子鼓起来", "张明"), ("驻村干部的一天", "赵六"), ("文化广场建成了", "陈立")]
    assert arts[0].sentences[-1].text == "合作社理事长表示，明年将扩大种植规模，让更多村民受益。"
    assert arts[1].sentences[0].text == "“没想到在家门口也能挣到钱！”"
    assert page.raw[arts[1].start:].startswith("“没想到")
    assert arts[2].sentences[0].text.startswith("傍晚时分")
    assert_tiles(page, arts)


def test_section_label_starts_an_article_without_byline(tmp_path):
    text = """青山镇召开座谈会

本报讯(记者 张明)日前，青山镇召开座谈会，听取群众意见。

■身边事

好邻居张大叔

张大叔热心帮助邻居，多次为孤寡老人送去米面油，受到村民称赞。"""
    page, arts = articles_of(tmp_path, text)
    assert [(a.title, a.byline) for a in arts] == [("青山镇召开座谈会", "张明"), ("好邻居张大叔", "")]
    assert [s.text for s in arts[1].sentences] == ["张大叔热心帮助邻居，多次为孤寡老人送去米面油，受到村民称赞。"]
    assert page.raw[arts[1].start:].startswith("■身边事")


def test_headline_cut_off_from_its_body_by_a_layout_gap(tmp_path):
    text = """青山镇召开座谈会

本报讯(记者 张明)日前，青山镇召开座谈会，听取群众意见。

(来源:青山发布)

县农牧局帮扶红石村见实效



县农牧局深入贯彻落实包联工作要求，选派驻村干部常驻红石村，帮助村里建起了养殖小区，引进优良品种，村集体经济收入逐年增长，群众满意度不断提高。

养殖小区建设有力推进

目前养殖小区已入驻养殖户十二户。"""
    page, arts = articles_of(tmp_path, text)
    assert [a.title for a in arts] == ["青山镇召开座谈会", "县农牧局帮扶红石村见实效"]
    assert arts[0].sentences[-1].text == "(来源:青山发布)"
    assert len(arts[1].sentences) == 3


def test_page_without_any_signal_is_one_article(tmp_path):
    page, arts = articles_of(tmp_path, "秋收见闻\n\n田野里一片金黄。\n\n农民们脸上洋溢着笑容。")
    assert len(arts) == 1
    assert (arts[0].id, arts[0].title, arts[0].byline) == ("page.txt#1", "秋收见闻", "")
    assert [s.text for s in arts[0].sentences] == ["田野里一片金黄。", "农民们脸上洋溢着笑容。"]
    page, arts = articles_of(tmp_path, "田野里一片金黄。\n\n农民们脸上洋溢着笑容。")
    assert arts[0].title == "" and len(arts[0].sentences) == 2


def test_seed_pages_split_into_tiling_articles():
    """General properties on the real OCR pages (no page-specific expectations)."""
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        page = read_page(f, f.name)
        arts = split_articles(page)
        assert arts and [a.id for a in arts] == [f"{f.name}#{n}" for n in range(1, len(arts) + 1)]
        assert_tiles(page, arts)
        for a in arts:
            assert a.sentences and "\n" not in a.title
            assert a.byline == "" or re.fullmatch(r"\S+( \S+)*", a.byline)


@pytest.mark.parametrize("mark", ["记", "追记"])
def test_the_headline_is_read_but_is_no_body_sentence(tmp_path, mark):
    text = f"扎根草原的带头人\n——{mark}红星嘎查驻村第一书记包金花\n\n本报记者 王明\n\n清晨六点,包金花已经来到牧户家。"
    page, arts = articles_of(tmp_path, text)
    assert [s.text for s in arts[0].sentences] == ["清晨六点,包金花已经来到牧户家。"]
    # the profile's mark (——记, ——追记) is no part of the sentence that follows it
    assert [s.text for s in arts[0].read][:2] == ["扎根草原的带头人", "红星嘎查驻村第一书记包金花"]
    assert page.raw[arts[0].headline[1].offset:].startswith("红星嘎查")


@pytest.mark.parametrize("text, title", [
    ("山寨里的两把钥匙\n\n本报记者 王丽\n\n"
     "从县城出发，车子在山路上绕了一个多小时，才到柳树村。这几天，记者在村里住了下来，看村里的变化。\n\n"
     "【第一把钥匙：水】\n\n"
     "过去村里吃水难，工作队进村后修了两座水池。村民说，现在拧开龙头就有水，日子好过多了。\n\n"
     "【第二把钥匙：人】\n\n"
     "村里把9个村民小组划为6个网格，每个网格选一名网格员，大事小情都有人管。", "山寨里的两把钥匙"),
    # a marked heading that names a list
    ("石门村的八位网格员\n\n"
     "　　石门村位于河谷，全村按片区划分为8个网格，每格配1名网格员。\n"
     "　　▲部分网格员名单\n"
     "　　第二网格：蔺春和\n"
     "　　第五网格：詹小溪\n"
     "　　网格员每周走访一次。\n", "石门村的八位网格员")])
def test_section_titles_inside_an_article_do_not_start_articles(tmp_path, text, title):
    page, arts = articles_of(tmp_path, text)
    assert len(arts) == 1 and arts[0].title == title


PROFILE_PAGE = """青江融媒宣传下载您当前所在位置:青江新闻网>社会>驻村故事> 正文分 享 至 手 机 微 信【我的驻村故事】雪夜里发火的第一书记

时间:2019-01-09 09:30:19|来源:青江日报|点击量:3668

2016年的秋天和韩立文远行有关。那天，他拉着箱子来到了柳树村。
"""


def test_a_page_title_run_into_the_menu_opens_a_profile_past_the_pages_own_line(tmp_path):
    from graph.mentions import openings
    page, arts = articles_of(tmp_path, PROFILE_PAGE)
    read = [s.text for a in arts for s in a.read]
    assert read.index("2016年的秋天和韩立文远行有关。") in openings(arts)


def test_a_web_pages_line_about_itself_is_no_part_of_the_title_above_it():
    from graph.read import clean
    text, _ = clean("东河镇2023年包村帮扶工作安排\n环县东河镇人民政府　发布时间：2023-03-21　浏览量：402\n\n"
                    "东政发〔2023〕12号\n\n各村：现将有关安排通知如下。\n")
    assert text.split("\n")[:3] == ["东河镇2023年包村帮扶工作安排", "环县东河镇人民政府 发布时间：2023-03-21 浏览量：402",
                                    "东政发〔2023〕12号"]

