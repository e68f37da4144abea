import hashlib
import re
import sys
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings, strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))   # the project has no installed package or conftest yet

from graph.read import (ReadError, clean, dateline, find_files, read_page,  # noqa: E402
                        reporters, sentences)


def page_of(tmp_path: Path, text: str, name: str = "p.txt", encoding: str = "utf-8"):
    f = tmp_path / name
    f.write_bytes(text.encode(encoding))
    return read_page(f, name)


def paragraphs(page) -> list[str]:
    return page.text.split("\n")


# ---------------------------------------------------------------- files


def test_find_files_recurses_sorted_with_relative_doc_names(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    for rel in ("z.txt", "b/c/y.txt", "b/a.txt", "b/notes.md", ".hidden/x.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("正文。", encoding="utf-8")
    single = tmp_path / "b" / "a.txt"
    found = find_files([tmp_path, single])
    assert [doc for _, doc in found] == ["b/a.txt", "b/c/y.txt", "z.txt", "a.txt"]
    assert found[0][0] == tmp_path / "b" / "a.txt"


def test_find_files_missing_path_names_it(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(ReadError, match=r"no such file or directory: .*nope"):
        find_files([missing])


# ---------------------------------------------------------------- decoding

TEXT = "青山镇开展培训活动。\n\n村民李华参加了培训。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_decode_to_the_same_raw(tmp_path, encoding):
    page = page_of(tmp_path, TEXT, encoding=encoding)
    assert page.raw == TEXT
    assert paragraphs(page) == ["青山镇开展培训活动。", "村民李华参加了培训。"]
    data = (tmp_path / "p.txt").read_bytes()
    assert page.digest == hashlib.sha256(data).hexdigest()


def test_crlf_and_cr_become_newlines(tmp_path):
    page = page_of(tmp_path, "第一段。\r\n\r\n第二段。\r\r第三段。")
    assert page.raw == "第一段。\n\n第二段。\n\n第三段。"
    assert paragraphs(page) == ["第一段。", "第二段。", "第三段。"]


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t  \n", "\ufeff\n".encode("utf-8")])
def test_empty_file_is_an_error_naming_the_file(tmp_path, data):
    f = tmp_path / "blank.txt"
    f.write_bytes(data)
    with pytest.raises(ReadError, match=r"blank\.txt: empty file"):
        read_page(f, "blank.txt")


@pytest.mark.parametrize("data", [b"PK\x03\x04\x00\x00abc", bytes(range(1, 32)) * 20 + b"\xff\xfe\xfd"])
def test_binary_file_is_an_error_naming_the_file(tmp_path, data):
    f = tmp_path / "img.txt"
    f.write_bytes(data)
    with pytest.raises(ReadError, match=r"img\.txt: not a text file \(binary\?\)"):
        read_page(f, "img.txt")


def test_error_message_is_one_line(tmp_path):
    f = tmp_path / "e.txt"
    f.write_bytes(b"\x00\x01")
    with pytest.raises(ReadError) as e:
        read_page(f, "e.txt")
    assert "\n" not in str(e.value)


# ---------------------------------------------------------------- cleaning


def test_traditional_is_simplified_and_offsets_point_at_the_original(tmp_path):
    raw = "標題\n\n這個鄉鎮的幹部們來到農村，開展調查研究。\n\n後來，他們說：「這裡變化很大。」\n"
    page = page_of(tmp_path, raw)
    assert paragraphs(page) == ["标题", "这个乡镇的干部们来到农村，开展调查研究。",
                                "后来，他们说：「这里变化很大。」"]
    sents = sentences(page, 0, len(page.text))
    assert [s.text for s in sents][1] == "这个乡镇的干部们来到农村，开展调查研究。"
    for s in sents:
        original = page.raw[s.offset:s.offset + len(s.text)]
        assert original.startswith(("標題", "這個鄉鎮", "後來", "他們說"))


def test_a_hong_kong_variant_on_a_traditional_page_is_simplified_too(tmp_path):
    page = page_of(tmp_path, "標題\n\n在東河鎮柳樹村，市衞健局結對幫扶已有三年。\n")
    assert paragraphs(page)[1] == "在东河镇柳树村，市卫健局结对帮扶已有三年。"


def test_the_particle_著_on_a_traditional_page_is_着(tmp_path):
    page = page_of(tmp_path, "標題\n\n第一書記帶著村民硬化村道，這家著名企業也來了。\n")
    assert paragraphs(page)[1] == "第一书记带着村民硬化村道，这家著名企业也来了。"


def test_a_stray_variant_in_simplified_text_is_kept_as_printed(tmp_path):
    # Names must stay as printed: a single variant character is not a Traditional page.
    page = page_of(tmp_path, "走进菴子村，村民们正在收玉米。")
    assert page.text == "走进菴子村，村民们正在收玉米。"


def test_fullwidth_alnum_and_spaces_are_normalised(tmp_path):
    page = page_of(tmp_path, "全村\u3000共有ＡＢ两类１２３户\u00a0人家。")
    assert page.text == "全村 共有AB两类123户 人家。"
    assert page.raw[page.index[2]] == "\u3000" and page.raw[page.index[3]] == "共"


def test_a_bullet_typed_for_the_middle_dot_of_a_name_is_the_middle_dot(tmp_path):
    page = page_of(tmp_path, "第一书记阿卜杜•托合提和艾力‧买买提一起入户。")
    assert page.text == "第一书记阿卜杜·托合提和艾力·买买提一起入户。"


def test_index_maps_every_text_character_into_raw(tmp_path):
    raw = "\n\n  标题一\n\n\n\n本报讯(记者 张明)今年以来,青山镇\n\n的农户收入增加了。\n"
    page = page_of(tmp_path, raw)
    assert len(page.index) == len(page.text)
    assert list(page.index) == sorted(page.index)
    for ch, i in zip(page.text, page.index):
        assert page.raw[i] == ch


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="甲乙丙丁的了和。，,！“”（）\n \u3000\tＡＢ１２a1本报讯記者們這裡□■", max_size=80))
def test_clean_keeps_an_exact_increasing_index(raw):
    text, index = clean(raw)
    assert len(text) == len(index)
    assert all(a < b for a, b in zip(index, index[1:]))
    t2s = opencc.OpenCC("hk2s")
    for ch, i in zip(text, index):
        src = raw[i]
        halfwidth = chr(ord(src) - 0xFEE0) if ord(src) > 0xFEE0 else src
        assert ch in (src, t2s.convert(src), halfwidth) or (ch == " " and src.isspace())


# ---------------------------------------------------------------- OCR repair

LONG_BODY = "今年以来，红石村按照镇里的统一部署，持续推进人居环境整治，新修道路三条，还有待"


def test_sentence_cut_at_end_of_column_is_joined(tmp_path):
    page = page_of(tmp_path, LONG_BODY + "\n\n进一步提升。\n\n下一步，村里将继续努力。")
    assert paragraphs(page) == [LONG_BODY + "进一步提升。", "下一步，村里将继续努力。"]


@pytest.mark.parametrize("a, b", [
    ("村民王强家", "的三百亩耕地全部完成了翻耕。"),          # b cannot start a sentence
    ("活动采取线上、线下结合的方", "式，吸引了众多村民参加。"),  # b opens with the tail of a cut word
    ("讲座以“数字乡村与智慧农", "业”为主题展开。"),          # a left a quotation open
    ("各村因地制宜，", "发展特色种植。"),                      # a ends with a comma
])
def test_short_broken_pieces_are_joined_on_strong_signals(tmp_path, a, b):
    page = page_of(tmp_path, f"{a}\n\n{b}")
    assert paragraphs(page) == [a + b]


def test_headline_byline_and_caption_are_not_glued(tmp_path):
    raw = ("青山镇发展特色产业助农增收\n\n"
           "本报记者 张明\n\n"
           "近日，记者走进青山镇红石村，看到村民们正在大棚里忙着采摘西红柿，一派丰收景象。\n\n"
           "李华(左二)在大棚里查看西红柿长势\n\n"
           "据介绍，全村共有大棚八十座。\n\n"
           "村民在合作社分拣蔬菜。摄影 王芳\n\n"
           "合作社负责人说，今年的收成比去年好。")
    page = page_of(tmp_path, raw)
    assert paragraphs(page) == [
        "青山镇发展特色产业助农增收", "本报记者 张明",
        "近日，记者走进青山镇红石村，看到村民们正在大棚里忙着采摘西红柿，一派丰收景象。",
        "李华(左二)在大棚里查看西红柿长势", "据介绍，全村共有大棚八十座。",
        "村民在合作社分拣蔬菜。摄影 王芳", "合作社负责人说，今年的收成比去年好。"]


def test_long_unfinished_paragraph_does_not_swallow_next_headline(tmp_path):
    body = "村里还组织开展了技能培训、政策宣讲、文艺演出等活动，受到群众广泛欢迎和好评"
    raw = f"{body}\n\n新村委会办公楼落成\n\n本报讯(通讯员 赵六)日前，新办公楼投入使用。"
    page = page_of(tmp_path, raw)
    assert paragraphs(page) == [body, "新村委会办公楼落成",
                                "本报讯(通讯员 赵六)日前，新办公楼投入使用。"]


def test_short_headline_is_not_glued_to_its_body(tmp_path):
    page = page_of(tmp_path, "春耕生产忙\n\n眼下正是春耕时节，各村抢抓农时。")
    assert paragraphs(page) == ["春耕生产忙", "眼下正是春耕时节，各村抢抓农时。"]


def test_across_a_layout_gap_only_strong_signals_join(tmp_path):
    page = page_of(tmp_path, LONG_BODY + "\n\n\n\n图为村民在田间劳作\n\n进一步提升。")
    assert paragraphs(page)[0] == LONG_BODY


def test_wrapped_lines_inside_a_paragraph_are_joined(tmp_path):
    page = page_of(tmp_path, "正文第一段。\n\n村民们在文化广场\n参加广场舞比赛。\n\n正文第二段。")
    assert paragraphs(page) == ["正文第一段。", "村民们在文化广场参加广场舞比赛。", "正文第二段。"]


def test_a_spaced_masthead_and_an_editors_line_are_no_part_of_the_headline(tmp_path):
    raw = ("“茶”香满村——记柳沟村第一书记韩立文\n青 江 日 报\n2024年5月6日 星期一  第2版  县域·乡村  责任编辑：王 林\n\n"
           "“茶”香满村\n——记柳沟村第一书记韩立文\n\n本报记者 周 敏\n\n春日的柳沟村，家家户户忙着育苗，一排排大棚"
           "错落有致。村民赵\n长富一边查看，一边笑着说。\n\n韩立文说，今年要多种两百亩。\n")
    assert paragraphs(page_of(tmp_path, raw))[:3] == ["“茶”香满村——记柳沟村第一书记韩立文", "青 江 日 报",
                                                      "2024年5月6日 星期一  第2版  县域·乡村  责任编辑：王 林"]


def test_line_per_paragraph_files_keep_subheadings_apart(tmp_path):
    # One paragraph a line, blank lines only around a photo: a line break ends a paragraph.
    lines = ["正文第一段。", "正文第二段。", "产业兴旺有奔头", "全镇发展大棚蔬菜。", "正文第四段。"]
    raw = "\n".join(lines) + "\n\n\n图为大棚\n\n\n收入增长了。\n第六段。"
    page = page_of(tmp_path, raw)
    assert paragraphs(page) == lines + ["图为大棚", "收入增长了。", "第六段。"]


def test_line_per_paragraph_files_are_repaired_too(tmp_path):
    page = page_of(tmp_path, "标题在此\n" + LONG_BODY + "\n进一步提升。\n第二段。")
    assert paragraphs(page) == ["标题在此", LONG_BODY + "进一步提升。", "第二段。"]


@pytest.mark.parametrize("layout", ["\n", "\n\n"])
def test_the_lines_of_a_list_stay_apart(tmp_path, layout):
    items = ["一、东河镇", "柳树村：县财政局、县水利局", "杏林村：县交通运输局", "二、西河镇", "石桥村：县审计局"]
    raw = "经县委研究，全县部门包联村安排如下：\n\n" + layout.join(items) + "\n\n各单位要抓好落实，认真开展工作。"
    assert paragraphs(page_of(tmp_path, raw))[1:-1] == items


def test_paragraphs_glued_together_do_not_swallow_the_next_one(tmp_path):
    raw = ("为做好部门包联帮扶工作，经县委、县政府研究，决定对部分部门包联村进行调整，现将有关事项通知如下：\n\n一、调整后的包联安排\n\n"
           "（一）县财政局：包联东河镇柳树村，选派干部王强任驻村第一书记。\n\n二、工作要求")
    assert "（一）县财政局：包联东河镇柳树村，选派干部王强任驻村第一书记。" in paragraphs(page_of(tmp_path, raw))


@pytest.mark.parametrize("printed, meant", [("驻村第—书记王强", "驻村第一书记王强"), ("驻村第－书记王强", "驻村第一书记王强"),
                                             ("红柳嘎査", "红柳嘎查"), ("驻村日记丨柳树村", "驻村日记|柳树村"),
                                             ("红柳嘎杳", "红柳嘎查"), ("村党支都书记王强", "村党支部书记王强"),
                                             ("对口帮抉柳树村", "对口帮扶柳树村"), ("驻村笫一书记王强", "驻村第一书记王强"),
                                             ("县白然资源局干部王强", "县自然资源局干部王强"),
                                             ("青江巿水利局干部王强", "青江市水利局干部王强"), ("全村划分为6个网恪", "全村划分为6个网格"),
                                             ("王强己回局里工作", "王强已回局里工作"), ("王强自己回村", "王强自己回村"),
                                             ("县林业局党支部己与Y村党支部结对", "县林业局党支部已与Y村党支部结对"),
                                             ("收入己超过8万元", "收入已超过8万元"), ("他自己经营", "他自己经营"),
                                             ("白音锡勒苏术党委书记王强", "白音锡勒苏木党委书记王强"),
                                             ("第一书记叶尔江.吐尔逊别克", "第一书记叶尔江·吐尔逊别克"),
                                             ("村主任古丽米拉．艾买提", "村主任古丽米拉·艾买提"),
                                             ("全镇划分网格3l个", "全镇划分网格31个"), ("全村1O户", "全村10户"),
                                             ("2O24年", "2024年"), ("Windows 10系统", "Windows 10系统")])
def test_what_ocr_confuses_is_read_as_meant(printed, meant):
    text, index = clean(f"本报讯 {printed}走访牧户。")
    assert meant in text and len(index) == len(text)


def test_a_numbered_heading_and_numbered_items_are_lines_of_their_own(tmp_path):
    lines = ["现将包联安排通知如下：", "一、包联安排", "（一）东河镇", "1.县财政局包联东河镇柳树村；",
             "2.县水利局包联东河镇杏林村；", "（二）西河镇", "3.县审计局包联西河镇石桥村；", "4.县统计局包联西河镇枣园村。",
             "包联单位每月到村不少于4次。", "二、县级领导包联乡镇",
             "县委副书记王强包联东河镇，副县长李明包联西河镇，每季度到乡镇调研不少于1次，", "协调解决实际困难。"]
    got = paragraphs(page_of(tmp_path, "县人民政府\n首页 > 通知公告\n\n" + "\n".join(lines)))    # lines wrap
    assert got[1:] == lines[:-2] + ["".join(lines[-2:])]


def test_lines_numbered_one_after_another_are_lines_of_their_own_whatever_they_hold(tmp_path):
    lines = ["拟选派以下同志担任驻村第一书记，现予以公示。", "1．东河镇柳树村：韩立文，青江县水利局四级主任科员",
             "2．西岭镇杨庄村：孙涛（女），县审计局干部，原任该村驻村工作队员", "3．西岭镇石桥村：马骁，县林业局干部"]
    got = paragraphs(page_of(tmp_path, "青江县驻村第一书记人选公示\n首页 > 通知公告\n\n" + "\n".join(lines)))
    assert got[-3:] == lines[1:]


def test_a_numbered_heading_of_two_phrases_is_a_line_of_its_own(tmp_path):
    lines = ["2023年，县审计局党组扎实做好东河镇柳树村包联帮扶工作，现将全年工作总结如下。", "一、强化组织领导，压实工作责任",
             "局党组将驻村帮扶列入年度重点工作，全年召开专题会议5次。", "二、聚焦产业发展，促进群众增收",
             "帮助柳树村建成肉牛养殖场1座。"]
    got = paragraphs(page_of(tmp_path, "县审计局2023年驻村帮扶工作总结\n首页 > 部门动态\n\n" + "\n".join(lines)))
    assert got[-4:] == lines[1:]


def test_a_diarys_dated_lines_are_lines_of_their_own(tmp_path):
    lines = ["12月3日 晴 零下15℃", "天刚亮，村党支部书记王强就来敲门，说四组的自来水管冻住了。", "12月8日 阴",
             "工作队员李梅来自县教育局，是个土族姑娘。"]
    got = paragraphs(page_of(tmp_path, "驻村日记\n柳树村的冬天\n\n" + "\n".join(lines)))     # lines wrap
    assert got[-4:] == lines


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize("line, names", [
    ("本报讯(记者 张明)今天", "张明"), ("本报讯（通讯员 李华 王芳）", "李华 王芳"),
    ("青山讯 近日，", ""), ("新华社北京5月3日电(记者 赵六)", "赵六"),
    ("本报讯 记者张明 李华报道：今天", "张明 李华"), ("本报讯(记者 张明 报道)今天", "张明"),
    ("又讯　近日，", "")])      # (a second item of the same page's report)
def test_dateline(line, names):
    found = dateline(line)
    assert found is not None and found[0] == names
    assert line[found[1]:] in ("今天", "", "近日，")


@pytest.mark.parametrize("line, names", [
    ("本报记者 张明", "张明"), ("□李华 王芳", "李华 王芳"), ("□本报记者 赵六", "赵六"),
    ("记者 张明 通讯员 李华", "张明 李华"), ("图为村民在田间劳作", None),
    ("本报记者 张明 摄", None), ("记者从镇政府了解到，全镇完成播种", None),
    ("记者了解到：", None), ("记者获悉", None),
    ("本报记者　王　林　通讯员　李华强", "王林 李华强"), ("本报通讯员 周 敏  记者 韩 立 文", "周敏 韩立文")])     # (spaced out)
def test_reporter_lines(line, names):
    assert reporters(line) == names


# ---------------------------------------------------------------- sentences


def test_sentences_split_keep_closing_quotes_and_offsets(tmp_path):
    raw = "标题\n\n  他说：“今年收成好。”村民们都笑了！真的吗?是的；当然\n\n最后一段"
    page = page_of(tmp_path, raw)
    sents = sentences(page, 0, len(page.text))
    assert [s.text for s in sents] == ["标题", "他说：“今年收成好。”", "村民们都笑了！", "真的吗?",
                                       "是的；", "当然", "最后一段"]
    for s in sents:
        assert page.text[s.start:s.start + len(s.text)] == s.text
        assert page.raw[s.offset:s.offset + len(s.text)] == s.text


def test_sentences_respect_the_range(tmp_path):
    page = page_of(tmp_path, "第一句。第二句。第三句。")
    sents = sentences(page, 4, 8)
    assert [(s.text, s.start, s.offset) for s in sents] == [("第二句。", 4, 4)]


def test_offsets_on_seed_pages_point_at_the_sentence_in_raw():
    """General property on real OCR pages: every sentence can be found again at
    its offset (whitespace and line breaks removed)."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    assert seeds
    for f in seeds:
        page = read_page(f, f.name)
        sents = sentences(page, 0, len(page.text))
        assert len(sents) > 20
        for s in sents:
            want = re.sub(r"\s", "", s.text)[:12]
            got = re.sub(r"\s", "", page.raw[s.offset:s.offset + 3 * len(s.text) + 20])
            assert got.startswith(want), (f.name, s.text)


# ---------------------------------------------------------------- detection and repair

TRADITIONAL = "達拉特旗水務局承擔了恩格貝鎮黃母哈日村的包聯工作。\n\n駐村第一書記張黎亮長期蹲了下來。\n"


@pytest.mark.parametrize("encoding", ["big5", "utf-16-le", "utf-16-be"])
def test_big5_and_utf16_without_bom_are_detected(tmp_path, encoding):
    page = page_of(tmp_path, TRADITIONAL, encoding=encoding)
    assert page.raw == TRADITIONAL and page.warnings == ()
    assert "达拉特旗水务局承担了恩格贝镇黄母哈日村的包联工作。" in page.text


def test_a_cut_last_character_is_replaced_with_a_warning(tmp_path):
    f = tmp_path / "cut.txt"
    f.write_bytes(TEXT.strip().encode("utf-8")[:-1])          # 。 loses its last byte
    page = read_page(f, "cut.txt")
    assert page.raw == TEXT.strip()[:-1] + "\ufffd"
    assert page.warnings == (f"{f}: 1 undecodable byte sequence(s) replaced with U+FFFD (read as utf_8)",)


def test_a_stray_byte_is_replaced_not_the_file_dropped(tmp_path, caplog):
    f = tmp_path / "stray.txt"
    good = TRADITIONAL.encode("utf-8") * 3
    f.write_bytes(good[:18] + b"\xff" + good[18:])            # between two characters
    page = read_page(f, "stray.txt")
    assert page.raw == (TRADITIONAL * 3)[:6] + "\ufffd" + (TRADITIONAL * 3)[6:]
    assert page.warnings == (f"{f}: 1 undecodable byte sequence(s) replaced with U+FFFD (read as utf_8)",)
    assert caplog.messages == list(page.warnings)              # the CLI prints these


def test_nul_bytes_are_stripped_with_a_warning(tmp_path):
    f = tmp_path / "nul.txt"
    data = TRADITIONAL.encode("utf-8")
    f.write_bytes(data[:6] + b"\x00\x00" + data[6:])
    page = read_page(f, "nul.txt")
    assert page.raw == TRADITIONAL
    assert page.warnings == (f"{f}: 2 NUL byte(s) removed",)


def test_mostly_undecodable_bytes_are_still_binary(tmp_path):
    f = tmp_path / "junk.txt"
    f.write_bytes(TEXT.encode("utf-8") + bytes(range(0x80, 0x100)) * 4)
    with pytest.raises(ReadError, match=r"junk\.txt: not a text file \(binary\?\)"):
        read_page(f, "junk.txt")


def test_a_half_width_point_after_chinese_ends_a_sentence(tmp_path):
    page = page_of(tmp_path, "会议在青山县召开.县长王刚出席.香瓜卖了2.3万斤.网址是www.example.cn")
    assert [s.text for s in sentences(page, 0, len(page.text))] == [
        "会议在青山县召开.", "县长王刚出席.", "香瓜卖了2.3万斤.", "网址是www.example.cn"]


def test_a_list_of_people_each_with_a_post_stays_a_list():
    raw = ("青江县表彰驻村帮扶先进\n\n近日，青江县委、县政府决定表彰一批驻村帮扶先进集体和个人。\n\n"
           "一、先进集体（2个）\n青江县财政局\n青江县水务局\n\n二、优秀驻村第一书记（2名）\n"
           "韩立文　青江县财政局驻东河镇柳树村第一书记\n赵晓梅　青江县水务局驻西河镇杏林村第一书记\n\n"
           "希望受表彰的集体和个人珍惜荣誉。\n")
    assert "第一书记\n赵晓梅" in clean(raw)[0]


def test_a_list_of_people_each_with_two_posts_stays_a_list():
    raw = ("青江县表彰驻村帮扶先进\n\n近日，青江县委、县政府决定表彰一批驻村帮扶先进个人。\n\n"
           "二、优秀驻村第一书记（2名）\n"
           "韩立文　青江县财政局驻东河镇柳树村第一书记、工作队队长\n赵晓梅　青江县水务局驻西河镇杏林村第一书记、工作队队长\n\n"
           "希望受表彰的个人珍惜荣誉。\n")
    assert "工作队队长\n赵晓梅" in clean(raw)[0]


def test_a_list_of_posts_each_then_the_persons_name_stays_a_list():
    raw = ("青江县通报表彰驻村第一书记\n\n经县委研究，决定对以下同志予以通报表彰：\n"
           "县财政局驻东河镇柳树村第一书记　韩立文\n市水务局派驻西河镇杏林村第一书记、工作队队长　赵晓梅\n"
           "同时，对柳树村网格化工作予以通报表扬。\n")
    assert "韩立文\n市水务局" in clean(raw)[0]


def test_the_rest_of_a_tables_wrapped_cell_is_no_list_item():
    raw = ("青江县新一批驻村第一书记到岗\n\n近日，青江县新一批驻村第一书记全部到岗。\n\n名单如下：\n\n"
           "序号 姓名 性别 民族 派出单位 派驻村\n1 韩立文 男 汉族 青江县发展和改革委员会 东河镇柳树村\n"
           "2 赵晓梅 女 汉族 青江县教育体\n育局 西河镇杏林村\n3 王海 男 汉族 青江县林业局 南山镇石门村\n\n"
           "县委组织部要求各派出单位做好保障。\n")
    assert "青江县教育体育局" in clean(raw)[0].replace(" ", "")


def test_the_rows_of_a_table_of_three_columns_stay_apart(tmp_path):
    lines = ["部分村第一书记轮换情况", "帮包村　原第一书记（派驻单位）　新任第一书记（派驻单位）",
             "东河镇柳树村　韩立文（县住建局）　孙晓梅（县住建局）", "西岭乡桃园村　赵海峰（县人社局）　王建军（县医保局）",
             "“路修好了，我要接着把产业干好。”孙晓梅说。"]
    got = paragraphs(page_of(tmp_path, "县人民政府\n首页 > 通知公告\n\n新任第一书记到村履职，\n做好交接工作。\n" + "\n".join(lines)))
    assert got[-4:] == [line.replace("　", " ") for line in lines[1:]]


def test_a_diarys_dated_line_with_the_weekday_is_a_line_of_its_own(tmp_path):
    lines = ["5月20日　星期六　晴", "镇里召开会议，村党支部书记王强参加。", "5月27日　星期六　雨", "工作队入户走访。"]
    got = paragraphs(page_of(tmp_path, "驻村日记\n柳树村的春天\n\n" + "\n".join(lines)))     # lines wrap
    assert got[-4:] == [line.replace("　", " ") for line in lines]


def test_a_table_copied_a_cell_to_a_line_is_read_a_row_to_a_line(tmp_path):
    cells = ["序号", "姓名", "派出单位", "驻村", "1", "韩立文", "县财政局", "东河镇柳树村", "2", "王建军", "县水利局", "东河镇杏林村"]
    got = paragraphs(page_of(tmp_path, "现将名单公布如下。\n" + "\n".join(cells) + "\n\n中共青江县委组织部"))
    assert got[1:4] == ["序号 姓名 派出单位 驻村", "1 韩立文 县财政局 东河镇柳树村", "2 王建军 县水利局 东河镇杏林村"]


def test_a_number_wrapped_across_lines_is_one_number(tmp_path):
    page = page_of(tmp_path, "正文第一段。\n\n全县划分网格63\n7个，选派干部1\n20名，with\nWord。\n\n正文第二段。")
    assert paragraphs(page)[1] == "全县划分网格637个，选派干部120名，with Word。"


@pytest.mark.parametrize("printed", ["第一 书记", "第 一书记", "第一书 记", "第一\u3000书记"])
def test_a_stray_space_inside_first_secretary_is_dropped(tmp_path, printed):
    page = page_of(tmp_path, f"正文第一段。\n\n青江县水务局选派韩立文到柳沟村担任{printed}。\n\n正文第二段。")
    assert paragraphs(page)[1] == "青江县水务局选派韩立文到柳沟村担任第一书记。"


@pytest.mark.parametrize("printed,word", [("网 格", "网格"), ("帮\u3000扶", "帮扶"), ("包 联", "包联"), ("驻 村", "驻村")])
def test_a_stray_space_inside_a_word_never_spaced_out_is_dropped(tmp_path, printed, word):
    page = page_of(tmp_path, f"正文第一段。\n\n白河村的{printed}工作有了新变化。\n\n正文第二段。")
    assert paragraphs(page)[1] == f"白河村的{word}工作有了新变化。"


def test_a_page_in_narrow_columns_joins_its_wrapped_lines(tmp_path):
    # No blank lines, every full line 18 characters: a line that wide ran to the end of its column
    body = ("青江县东河镇柳树村的大棚里，青江县水务局驻村第一书记韩立文正和村民一起摘"
            "番茄。柳树村有大棚120座。“今年番茄卖得好。”韩立文说。青江县林业局是柳树村的包"
            "联单位，每月到村里开一次会，帮助村里协调解决用地难题。")
    lines = [body[k:k + 18] for k in range(0, len(body), 18)]
    page = page_of(tmp_path, "柳树村的番茄红了\n青江日报 2024年9月3日\n" + "\n".join(lines) + "\n东河镇：网格员走村入户\n本报讯 东河镇划分网格30个。")
    assert body in paragraphs(page)


def test_a_column_line_that_opens_with_a_quote_and_runs_on_is_joined(tmp_path):
    # a paragraph's first line holds only full stops, yet runs to the column's end
    first = "青江县东河镇柳树村的大棚里，水务局驻村第一书记韩立文正和村民一起摘番茄。"     # two full lines
    second = "“今年番茄卖得好。”韩立文说。青江县林业局是柳树村的包联单位，每月到村里开一次会，帮助协调用地难题。"
    lines = [first[:18], first[18:]] + [second[k:k + 18] for k in range(0, len(second), 18)]
    page = page_of(tmp_path, "柳树村的番茄红了\n青江日报 2024年9月3日\n" + "\n".join(lines) + "\n东河镇：网格员走村入户\n本报讯 东河镇划分网格30个。")
    assert second in paragraphs(page)


def test_an_indented_line_opens_a_paragraph_after_a_headline_in_narrow_columns(tmp_path):
    body = "青江县林业局挂钩帮扶东河镇柳树村以来，累计投入帮扶资金120万元，帮助村里发展林下经济，种植中药材200余亩。"
    item = ["\u3000\u3000" + body[:16]] + [body[k:k + 18] for k in range(16, len(body), 18)]
    other = "东河镇召开会议，研究部署今年的网格化管理工作，要求各村把网格员配齐配强，把工作做细做实。"
    page = page_of(tmp_path, "青江日报 2024年6月14日\n\n" + "\n".join([other[k:k + 18] for k in range(0, len(other), 18)])
                   + "\n\n林下经济撑起致富伞\n" + "\n".join(item))
    assert body in paragraphs(page)


def test_an_ocr_column_with_indented_paragraphs_and_no_blank_line_joins_what_they_wrap(tmp_path):
    # lines of 20 characters; paragraphs open with an indent; a table after them keeps its rows
    first = "2023年3月，青江县林业局选派干部韩立文到东河镇柳树村担任驻村第一书记。一年多来，他走遍了全村的草场。"
    second = "青江县委常委、组织部部长刘欣到柳树村调研时要求，包联单位要把更多资源向基层倾斜。"
    wrap = lambda body: "\u3000\u3000" + "\n".join(body[k:k + 20] for k in range(0, len(body), 20))
    page = page_of(tmp_path, "林业局包联柳树村\n青江日报　2024年7月16日　第2版\n" + wrap(first) + "\n" + wrap(second) +
                   "\n序号\t乡镇\t村\t包联单位\n1\t东河镇\t柳树村\t县林业局\n2\t西河镇\t桃园村\t县水利局")
    got = paragraphs(page)
    assert first in got and second in got
    assert "1 东河镇 柳树村 县林业局" in got and "林业局包联柳树村" in got


def test_an_uneven_ocr_column_joins_the_wraps_of_a_sentence_that_opens_a_line(tmp_path):
    # lines of uneven width, paragraphs opened by an indent, no blank line; a sentence ends at a
    # line's end and the next one, opening the line after, wraps twice
    page = page_of(tmp_path, "林业局包联柳树村\n青江日报　2024年7月16日　第2版\n"
                   "\u3000\u3000青江县林业局作为柳树村的后盾单位，\n派出第一书记韩立文常驻村里。\n"
                   "队员赵晓梅来自县农业农村局，负责全\n村的产业台账，还帮村里建起了\n一座冷库。\n"
                   "\u3000\u3000又讯　东河镇杏林村是青江县水\n利局的定点帮扶村。\n")
    got = paragraphs(page)
    assert any("负责全村的产业台账，还帮村里建起了一座冷库。" in p for p in got)
    assert any("杏林村是青江县水利局的定点帮扶村。" in p for p in got)


def test_a_page_of_indented_paragraphs_one_a_line_joins_the_few_it_wraps(tmp_path):
    # most lines end a sentence (one paragraph a line), but one breaks inside a name
    lines = ["　　本报讯 青江县东河镇柳树村的苗圃里，村民正在移栽树苗。",
             "　　青江县林业局派驻柳树村的第一书记韩立文已在村里工作两年。",
             "　　东河镇党委书记邝", "晏清介绍，全镇共划分网格74个。",
             "　　又讯 3月8日，一家企业向东河镇中心小学捐赠图书。"]
    page = page_of(tmp_path, "林业干部驻村\n青江日报　2025年3月12日\n" + "\n".join(lines))
    assert "东河镇党委书记邝晏清介绍，全镇共划分网格74个。" in paragraphs(page)


def test_a_notice_whose_every_line_opens_indented_keeps_each_line_a_paragraph(tmp_path):
    # a list's lines with no closing punctuation, each indented as a paragraph; a blank line on the page
    lines = ["　　青江县委办公室关于表彰优秀帮扶单位的决定", "",
             "　　一、优秀帮扶单位（2个）", "　　青江县财政局（帮扶东河镇柳树村）", "　　青江县人民医院（帮扶西河乡桃园村）",
             "　　二、优秀选派干部（2名）", "　　韩立文　青江县水利局干部，驻东河镇柳树村第一书记",
             "　　赵晓梅　青江县林业局干部，驻西河乡桃园村第一书记", "　　希望受表彰的单位和个人珍惜荣誉。"]
    got = paragraphs(page_of(tmp_path, "\n".join(lines)))
    assert "青江县人民医院（帮扶西河乡桃园村）" in got
    assert "韩立文 青江县水利局干部，驻东河镇柳树村第一书记" in got


def test_a_dateline_with_a_spaced_byline_runs_on_into_the_next_line(tmp_path):
    body = "青江县人民医院与东河镇柳树村签订结对帮扶协议。医院党委书记韩立文表示，医院将每月组织医疗队到村开展体检。"
    lines = ["本报讯（通讯员　刘　欣）6月12日，" + body[:3]] + [body[k:k + 22] for k in range(3, len(body), 22)]
    page = page_of(tmp_path, "青江日报 2024年6月14日\n\n医院与柳树村结对帮扶\n\n" + "\n".join(lines) + "\n\n东河镇：网格员走村入户")
    assert body in page.text


@pytest.mark.parametrize("digit", "0123456789")
def test_ocr_slips_in_dates_and_adverbs_are_mended(tmp_path, digit):
    page = page_of(tmp_path, f"青江日报 2024年10月2{digit}曰\n\n韩立文己经在柳沟村干了两年。\n\n正文第二段。")
    assert f"2024年10月2{digit}日" in page.text and "韩立文已经在柳沟村" in page.text


def test_a_column_line_without_punctuation_runs_on_into_a_full_line(tmp_path):
    first = "青江县东河镇柳树村的大棚里，村民们正在采摘番茄，一筐筐番茄堆满地头。"     # two full lines, then the rest
    second = "青江县水务局驻柳树村第一书记韩立文介绍，工作队帮助村里建起了大棚和冷库，村集体每年增收八万元。"
    lines = [first[k:k + 16] for k in range(0, len(first), 16)] + [second[k:k + 16] for k in range(0, len(second), 16)]
    page = page_of(tmp_path, "柳树村的番茄红了\n青江日报 2024年9月3日\n" + "\n".join(lines) + "\n东河镇：网格员走村入户\n本报讯 东河镇划分网格30个。")
    assert second in paragraphs(page)


def test_a_list_item_closed_by_its_note_is_not_continued(tmp_path):
    raw = ("青江县公布结对共建名单\n青江新闻网 2023-07-04\n\n近日，青江县委组织部公布新一轮结对共建名单，部分结对情况如下：\n"
           "1．县财政局机关党支部——东河镇柳沟村党支部\n"
           "2．县乡村振兴局机关党支部——西河镇桃园村党支部（原由县农业农村局机关党支部结对，现由县乡村振兴局承接）\n"
           "结对共建以组织联建、党员联管为主要内容，每个机关党组织每年到村开展活动两次\n"
           "“机关的党员来了以后，帮我们修了路”柳沟村党支部书记韩立文说\n\n（责任编辑：李丽）")
    assert "2．县乡村振兴局机关党支部——西河镇桃园村党支部（原由县农业农村局机关党支部结对，现由县乡村振兴局承接）" in paragraphs(page_of(tmp_path, raw))


def test_a_short_item_after_its_headline_is_joined_with_its_wrapped_lines(tmp_path):
    raw = ("柳沟村的番茄红了\n青江日报 2024年9月3日\n\n正文第一段。\n\n东河镇柳树社区：微网格里的暖服务\n"
           "本报讯 青江县东河镇柳树社\n区将辖区划分为3\n个网格，每个网格由1名党员担任网格长。\n\n正文第二段。")
    assert "本报讯 青江县东河镇柳树社区将辖区划分为3个网格，每个网格由1名党员担任网格长。" in paragraphs(page_of(tmp_path, raw))


@pytest.mark.parametrize("measure", "个名户人万元亩")
def test_a_number_and_its_measure_word_on_two_lines_are_joined(tmp_path, measure):
    raw = (f"东河镇织密网格\n本报讯 东河镇今年共计53\n{measure}，比去年多了一些。\n"
           "东河镇党委书记韩立文说，网格员既是信息员，也是调解员。\n全镇今年化解纠纷27起。")
    assert f"本报讯 东河镇今年共计53{measure}，比去年多了一些。" in paragraphs(page_of(tmp_path, raw))


@pytest.mark.parametrize("padding", ["\u3000", "\u3000\u3000"])
def test_a_name_padded_to_three_in_a_tab_cell_is_one_word(tmp_path, padding):
    raw = f"驻村第一书记名单\n\n序号\t村\t姓名\t派出单位\n1\t柳沟村\t韩{padding}冰\t县林业局\n2\t桃园村\t刘晓东\t县水利局\n"
    assert "1 柳沟村 韩冰 县林业局" in paragraphs(page_of(tmp_path, raw))


@pytest.mark.parametrize("row, name", [
    ("3 东河镇 柳沟村 青江县林业局 韩\u3000冰", "韩冰"),            # the last cell of a row of single spaces
    ("2. 青江县水利局\u3000\u3000驻桃园村\u3000\u3000刘\u3000洋（第一书记）", "刘洋"),    # a list's line, a note after
    ("1\t柳沟村\t青江县林业局\t周  敏\t县水利局", "周敏"),           # two plain spaces in a tab cell
    ("韩\u3000冰\u3000东河镇柳沟村第一书记（青江县林业局）", "韩冰"),      # opening a line of one long cell
    ("东河镇\u3000柳沟村\u3000乌\u3000兰（旗财政局）\u3000巴特尔（旗统计局）", "乌兰"),    # a note in brackets after it
])
def test_a_name_padded_to_three_in_a_row_or_list_is_one_word(row, name):
    from graph.read import clean
    assert name in clean(f"驻村第一书记名单\n{row}\n")[0]


def test_a_line_spaced_out_as_a_whole_keeps_its_spaces():
    from graph.read import clean
    assert "本报记者 韩 冰 通讯员 刘 洋" in clean("东河镇织密网格\n本报记者\u3000韩\u3000冰\u3000通讯员\u3000刘\u3000洋\n")[0]


@pytest.mark.parametrize("furniture", ["【打印】【关闭】", "【打印本页】 【关闭窗口】", "相关新闻：", "上一篇：东河镇召开会议"])
def test_a_page_s_furniture_continues_no_line(furniture):
    from graph.read import _continues
    row = "西河镇  巴彦宝力格嘎查 阿拉坦  市科学技术局，东河镇的柳沟村和桃园村也在名单里"
    assert not _continues(row, furniture, None, "para") and not _continues(row, furniture, None, "wrap")


def test_a_paper_s_page_line_is_run_into_neither_the_headline_nor_the_text(tmp_path):
    page = page_of(tmp_path, "两任第一书记，一张手绘的民情地图——青江县东河镇柳沟村见闻\n"
                             "青江日报　2023-05-16　第4版　　记者　韩冰　通讯员　刘洋\n\n"
                             "柳沟村党群服务中心的墙上挂着一张泛黄的手绘地图，上面用红笔圈了二十多个点。\n")
    got = paragraphs(page)
    assert "柳沟村党群服务中心的墙上挂着一张泛黄的手绘地图，上面用红笔圈了二十多个点。" in got
    assert not any(p.startswith("两任第一书记") and "青江日报" in p for p in got)


def test_a_bulletins_bracketed_item_heading_is_not_run_into_its_text(tmp_path):
    page = page_of(tmp_path, "青江县驻村工作简报\n\n【东河镇】驻村工作队扎根柳树村\n"
                             "青江市商务局驻东河镇柳树村工作队今年3月轮换到岗，队员均来自市商务局。\n\n"
                             "【西河镇】杏林村两委和工作队同下一盘棋\n县财政局是西河镇杏林村的包联单位。\n")
    got = paragraphs(page)
    assert "【东河镇】驻村工作队扎根柳树村" in got and "【西河镇】杏林村两委和工作队同下一盘棋" in got


def test_a_column_wide_line_with_a_stray_space_in_a_name_is_no_heading(tmp_path):
    # "记韩 立文到…" looks like a list's "name  what he is" line, and a short list line is a
    # heading; at the width of the page's narrow column it is a wrapped line
    def column(text: str) -> list[str]:
        return ["\u3000\u3000" + text[:12]] + [text[k:k + 14] for k in range(12, len(text), 14)]
    paras = ["东河镇党委书记刘欣表示，镇里将进一步完善网格员考核激励机制，推动网格服务精细化。",
             "在东河镇，县税务局与柳树社区结对共建，税务干部定期到社区开展政策宣传和志愿服务。",
             "柳树社区把辖区划分为8个网格，每个网格配备1名专职网格员，实行“一格一员”。"]
    lines = [line for text in paras for line in column(text)]
    tail = "\u3000\u30005月20日，青江县委副书\n记韩 立文到西河口镇调研基层\n治理工作。"
    page = page_of(tmp_path, "东河镇网格化治理见闻\n青江日报 2024年5月22日\n" + "\n".join(lines) + "\n" + tail + "\n")
    assert "5月20日，青江县委副书记韩 立文到西河口镇调研基层治理工作。" in paragraphs(page)


def test_a_site_s_path_is_no_part_of_the_headline_above_it(tmp_path):
    page = page_of(tmp_path, "工作队帮助柳树村修通产业路\n青江市自然资源局 > 工作动态 > 乡村振兴\n"
                             "发布时间：2024-10-10　来源：办公室\n\n柳树村的帮扶单位是青江市自然资源局。\n")
    assert paragraphs(page)[0] == "工作队帮助柳树村修通产业路"


def test_a_list_of_other_stories_keeps_its_bulleted_lines_apart(tmp_path):
    items = ["·东川县：生态牧场走出新路子", "·全区驻村第一书记培训班开班", "·草原上的网格员"]
    raw = "正文第一段。\n\n村民们在文化广场\n参加广场舞比赛。\n\n本版其他文章\n" + "\n".join(items) + "\n"
    assert paragraphs(page_of(tmp_path, raw))[-3:] == items


def test_an_ocr_slip_split_by_a_wrapped_line_is_mended_once_the_line_is_joined():
    text = clean("本报讯 东河村老人多。韩建军和村“两委”商量后，将全村划分为6个网\n恪，由党员担任网格员。\n")[0]
    assert "6个网格，" in text


def test_a_tables_last_row_then_a_blank_line_then_text_stay_apart():
    text = ("姓名 职务 工作分工 联系村（社区）\n周建国 镇党委书记 主持镇党委全面工作 ——\n"
            "郑海波 镇党委委员、武装部部长 负责武装、应急工作 联系柳树社区\n\n附：各村驻村第一书记\n"
            "柳树村 第一书记 敖竞舟（青江县交通运输局派驻）\n杏花村 第一书记 费锦程（青江县水利局派驻）")
    assert "附：各村驻村第一书记" in clean(text)[0].split("\n")


def test_an_even_ocr_column_joins_a_sentence_that_opens_a_line_after_one_that_ended(tmp_path):
    # a narrow column of even width, paragraphs opened by an indent: a paragraph's sentence ends at a
    # line's end, and the next sentence, opening the line after, wraps across full lines
    def wrap(s: str) -> list[str]:
        return [s[k:k + 20] for k in range(0, len(s), 20)]
    first = ("\u3000\u3000本报讯 青江县东河镇柳树村的苗圃里，村民们正在移栽树苗，一派忙碌景象。"
             "青江县林业局派驻柳树村的第一书记韩立文已经在村里工作两年。")
    second = "县水利局驻西河镇杏林村第一书记赵晓梅兼任该村第一网格网格长，她介绍了巡回服务进网格的做法。"
    third = "\u3000\u3000又讯 3月8日，一家企业向东河镇中心小学捐赠了一批图书和文具，价值2万元。"
    page = page_of(tmp_path, "林业干部驻村\n青江日报　2025年3月12日\n" + "\n".join(wrap(first) + wrap(second) + wrap(third)))
    assert second in paragraphs(page)


def test_a_tables_last_row_in_a_narrow_column_is_not_joined_to_the_note_after_it(tmp_path):
    body = ("青江县新一轮选派驻村第一书记近日全部到村报到，县委组织部将对他们开展集中培训，"
            "邀请农业大学教授讲授乡村产业发展，要求第一书记在三个月内走遍村里所有农户，摸清底数。")
    lines = [body[k:k + 18] for k in range(0, len(body), 18)] + \
        ["派出单位    姓名   派驻村", "县人民检察院  韩 立文  东河镇柳树沟村", "县自然资源局  赵 晓梅  西河镇杏林沟村",
         "（名单未完，详见青江县人民政府网站）", "青江日报  2024年7月5日  星期五  第6版"]
    page = page_of(tmp_path, "青江县选派驻村第一书记\n" + "\n".join(lines))
    assert "县自然资源局  赵 晓梅  西河镇杏林沟村" in paragraphs(page)


def test_a_marked_heading_of_a_unit_a_village_and_a_name_stands_alone(tmp_path):
    lines = ["7月1日，青江市委组织部对全市30名优秀驻村第一书记进行表彰，青江县3人上榜。一起来看他们的故事↓",
             "▶青江市水利局派驻东河镇柳树沟村第一书记韩立文",
             "韩立文原是市水利局农村水利科副科长。到村后，他推动修建了两座蓄水池。",
             "▶青江县财政局驻西河镇杏林村第一书记赵晓梅", "赵晓梅把杏林村划分为4个网格。"]
    got = paragraphs(page_of(tmp_path, "青江县3名驻村第一书记获表彰\n青江发布 2025-07-03\n" + "\n".join(lines)))
    assert "▶青江市水利局派驻东河镇柳树沟村第一书记韩立文" in got


def test_a_profile_s_subtitle_then_an_indented_paragraph_stay_apart(tmp_path):
    lines = ["扎根山乡的“第一书记”——记青江省民族宗教事务委员会驻青江县东河乡柳树坪村第一书记韩立文",
             "\u3000\u3000柳树坪村位于青江山腹地，全村167户、7个村民组，是一个山区村寨。2022年8月，韩立文从省民宗委来到这里。",
             "\u3000\u3000刚进村时，村民听不懂他的普通话，他就跟着村党支部书记赵永安学方言。",
             "\u3000\u3000两年下来，村里修通了三条产业路。"]
    got = paragraphs(page_of(tmp_path, "驻村第一书记先进事迹材料\n文档分类：党团工作\n" + "\n".join(lines)))
    assert lines[0] in got


def test_a_table_cell_wrapped_far_to_the_right_still_joins_its_row(tmp_path):
    i = "\u3000\u3000"
    lines = ["为进一步做好挂钩帮扶工作，经研究，对部分乡镇挂钩安排作如下调整。", "调整后的部分挂钩安排如下：",
             f"乡镇{i}挂钩县领导{i}挂钩帮扶村{i}挂钩帮扶单位", f"北山镇{i}孙立军（县委常委、宣传部部长）{i}溪源村{i}县文化体育和旅游局",
             f"东河镇{i}韩立文（副县长）{i}柳树村{i}县农业农村局、", "\u3000" * 16 + "国网青江县供电公司",
             f"西河乡{i}赵晓梅（县人大常委会副主任）{i}杏林村{i}县林业局", f"南坪乡{i}{i}{i}后山村{i}县财政局", "其余乡镇的挂钩安排保持不变。"]
    got = paragraphs(page_of(tmp_path, "青江县调整挂钩帮扶安排\n青江日报　2024年5月6日\n" + "\n".join(lines)))
    assert "东河镇  韩立文（副县长）  柳树村  县农业农村局、国网青江县供电公司" in got


def test_a_circled_number_s_heading_is_a_line_of_its_own(tmp_path):
    raw = ("驻村干部把实事办到群众心坎上\n\n①东河镇柳树村\n青江县水利局派驻东河镇柳树村第一书记韩立文带着村民种金银花。\n"
           "②西河镇杏林村\n青江县林业局与西河镇杏林村党支部签订结对共建协议。\n")
    assert "青江县水利局派驻东河镇柳树村第一书记韩立文带着村民种金银花。" in paragraphs(page_of(tmp_path, raw))
