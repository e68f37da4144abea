"""Generic vocabulary of Chinese local-government news: administrative suffixes,
unit suffixes, post titles, function words. Nothing here names a particular
place, unit or person of any article; names are recognised by their shape.
"""
import re

# Place suffix -> level (graph-model.md). Longest first when matching.
PLACE_SUFFIXES = {
    "自治区": "Province", "省": "Province",
    "自治州": "City", "市": "City", "盟": "City",
    "自治旗": "County", "自治县": "County", "旗": "County", "县": "County", "区": "County",
    "街道": "Township", "苏木": "Township", "镇": "Township", "乡": "Township",
    "社区": "Village", "嘎查": "Village", "村": "Village",
    "独贵龙": "Group", "社": "Group", "组": "Group",
}
LEVEL_RANK = {"Province": 0, "City": 1, "County": 2, "Township": 3, "Village": 4, "Group": 5}
# A suffix char followed by these is part of another word, not a place (市场, 旗帜, 乡村 ...).
NOT_SUFFIX_BEFORE = {
    "市": "场民值面容井辖区直属级内外里域", "省": "钱力去略心得级内外直份会",
    "旗": "帜舰号下袍杆鼓手村镇乡", "县": "城域级内里直", "区": "域别分块间位划内外级",
    "镇": "压定静守住", "乡": "村镇亲土愁音情贤间下里野", "村": "落庄寨镇史庄医民级", "盟": "友军员约",
    "社": "会员科交保区团", "组": "织成建合件团员长别", "街道": "办事处", "苏木": "镇",
}
# Words that end in a place suffix but name no particular place.
GENERIC_PLACES = set("""
城市 都市 超市 集市 夜市 门市 全市 本市 该市 我市 各市 同市 城区 社区 辖区 地区 山区 景区 园区 开发区 高新区 小区 牧区
林区 矿区 片区 灾区 老区 城乡 全区 本区 该区 我区 各区 市区 郊区 新区 保护区 示范区 试验区 功能区 核心区 项目区 库区
全县 本县 该县 我县 各县 郊县 全旗 本旗 该旗 我旗 各旗 旗县 全镇 本镇 该镇 我镇 各镇 乡镇 城镇 村镇 集镇 重镇 名镇 小镇
苏木镇 苏木乡镇 全乡 本乡 该乡 各乡 老乡 家乡 故乡 城乡 他乡 全村 本村 该村 我村 各村 村村 邻村 包联村 嘎查村 帮扶村
结对村 示范村 试点村 贫困村 行政村 自然村 重点村 薄弱村 亿元村 新村 农村 乡村 山村 渔村 全嘎查 该嘎查 各嘎查 全社区
该社区 本社区 各社区 全省 本省 该省 我省 各省 外省 全盟 该盟 我盟 各盟 合作社 供销社 信用社 旅行社 出版社 报社 杂志社
新华社 通讯社 公社 结社 入社 小组 工作组 领导小组 专班组 班组 机组 全组 各组 每组 本组 该组 村民小组 街道 各街道 该街道
""".split())
# Endings that make a word generic even with something before it ("缺水地区", "美丽乡村").
GENERIC_TAILS = set("""地区 山区 景区 园区 城区 辖区 小区 牧区 矿区 片区 灾区 老区 新区 市区 郊区 农村 乡村 包联村 帮扶村
结对村 示范村 试点村 贫困村 脱贫村 出列村 易地搬迁村 集体经济村 行政村 自然村 重点村 薄弱村 城市 超市 集市 城镇 乡镇 集镇 苏木镇 嘎查村 下乡 出村
出镇 村镇 富裕村 文明村 美丽乡村""".split())
# Coreference words: the place in focus at that level ("该村" = the village being talked about).
COREF = {
    "该村": "Village", "全村": "Village", "本村": "Village", "我村": "Village", "村里": "Village",
    "该嘎查": "Village", "全嘎查": "Village", "本嘎查": "Village", "该社区": "Village", "全社区": "Village",
    "该镇": "Township", "全镇": "Township", "本镇": "Township", "我镇": "Township",
    "该乡": "Township", "全乡": "Township", "本乡": "Township", "我乡": "Township",
    "该苏木": "Township", "全苏木": "Township", "该街道": "Township", "全街道": "Township",
    "该旗": "County", "全旗": "County", "本旗": "County", "我旗": "County",
    "该县": "County", "全县": "County", "本县": "County", "我县": "County",
    "该区": "County", "全区": "County", "我区": "County",
    "该市": "City", "全市": "City", "本市": "City", "我市": "City", "全盟": "City", "我盟": "City",
}
# "我旗" and friends name the paper's own county: they say which county a page is about.
SELF_COUNTY = {"我旗", "本旗", "我县", "本县", "我区"}

# Organisation suffix -> kind. Longest first when matching.
ORG_SUFFIXES = {
    "纪委监委": "party", "联合党委": "party", "党工委": "party", "党支部": "party", "党总支": "party",
    "党委": "party", "党组": "party", "旗委": "party", "县委": "party", "市委": "party", "区委": "party",
    "盟委": "party", "省委": "party", "工委": "party", "纪委": "party", "统战部": "party",
    "组织部": "party", "宣传部": "party", "社会工作部": "party", "政法委": "party",
    "委员会": "government", "管委会": "government", "管会": "government", "居委会": "government",
    "村委会": "government", "办公室": "government", "办事处": "government", "人民政府": "government",
    "政府": "government", "执法局": "government", "分局": "government", "局": "government",
    "办": "government", "厅": "government", "委": "government",
    "中心": "institution", "工作站": "institution", "研究所": "institution",
    "派出所": "government", "事务所": "enterprise", "管理所": "government", "管理站": "government",
    "分公司": "enterprise", "有限责任公司": "enterprise", "有限公司": "enterprise", "公司": "enterprise",
    "集团": "enterprise", "银行": "enterprise", "支行": "enterprise", "分行": "enterprise",
    "信用社": "enterprise", "厂": "enterprise",
    "合作社": "cooperative", "联合社": "cooperative", "供销社": "government",
    "学院": "institution", "大学": "institution", "学校": "institution", "中学": "institution",
    "小学": "institution", "医院": "institution", "卫生院": "institution", "卫生室": "institution",
    "幼儿园": "institution", "研究院": "institution", "研究所": "institution",
    "院": "institution",
    "协会": "social", "商会": "social", "学会": "social", "联合会": "social", "妇联": "social",
    "工会": "social", "残联": "social", "文联": "social", "科协": "social", "工商联": "social",
    "红十字会": "social", "基金会": "social", "服务站": "social", "团委": "party",
    "工作队": "team", "服务队": "team", "志愿服务队": "team",
}
# Units written without a name: not entities on their own ("包联单位", "镇政府").
GENERIC_ORGS = set("""
单位 政府 党委 党支部 党总支 村委会 居委会 办公室 工作队 合作社 公司 企业 学校 医院 协会 商会 中心 站 所 院 局 委 办
镇政府 乡政府 苏木政府 村党支部 村委 嘎查党支部 社区党委 社区党支部 镇党委 乡党委 苏木党委 党委政府 镇党委政府
驻村工作队 包联单位 共建单位 帮扶单位 各部门 部门 委员会 联合党委 管委会 分公司 有限公司 学院 大学 政法委 县委 旗委 市委
区委 盟委 省委 纪委 组织部 宣传部 统战部 书院 法院 检察院 住院 剧院 影院 庭院 小院 大院 寺院 病院 研究院 卫生室
服务站 工作站 派出所 厕所 场所 住所 处所 诊所 村卫生室 该院 本院 我院 全院 两院 法院 党组 工委 纪委监委 社会工作部 学会
""".split())
# Characters and words that end a name when met walking left from a suffix.
STOP_CHARS = set("在于的了着是对向把将被让给由为从到据受等并而或也都还又就才已该本各每其此这那我你他她它们之及与同跟和以按至当驻个届次批项")
STOP_WORDS = sorted("""
走进 来到 深入 围绕 位于 地处 包联 帮扶 结对 驻村 派驻 选派 承担 负责 协调 指导 帮助 联系 推动 组织 开展 举办 参加 成立 依托
携手 联合 配合 前往 进入 涉及 包括 比如 例如 其中 近日 日前 目前 今年 去年 明年 年初 年底 以来 期间 之际 时节 时候 随后
同时 此外 另外 首先 其次 最后 作为 通过 按照 根据 为了 关于 对于 针对 实现 完成 建设 发展 推进 落实 加强 提升 打造 实施
单位 干部 书记 村民 牧民 居民 群众 农民 农牧民 党员 代表 领导 主任 来自 所在 所属 辖区 境内 一见面 见面 就是 还是 都是
只是 但是 也是 不是 这是 那是 就在 正在 已在 是在 邻居 兼任 担任 出任 历任 现任 会上 会后 活动 项目 工作 情况 方面
下辖 管辖 辖区 周边 附近 当地 本地 外地 协助 特邀 邀请 制约 影响 带动 促进 支持 助力 覆盖 辐射 惠及 受益 一些 部分 有些 多个 各个 这些 那些 所有 全部 其他 其它 每个 几个 两个
""".split(), key=len, reverse=True)

# Post titles, most specific first; a title may be preceded by 副/常务副/原 and chained with 、 or 兼.
TITLES = sorted("""
第一书记 驻村第一书记 党委书记 党支部书记 党总支书记 党工委书记 党组书记 支部书记 书记 副书记 主任 局长 部长 组织部长 主席
人大主席 委员 常委 镇长 乡长 县长 旗长 市长 区长 盟长 省长 村长 社长 组长 队长 工作队队长 站长 所长 院长 校长 园长 厂长
行长 会长 理事长 秘书长 董事长 总经理 经理 总监 负责人 主管 科长 股长 处长 厅长 主任科员 教授 研究员 博士生导师 导师
讲师 医生 村医 专家 咨询师 首席咨询师 发言人 新闻发言人 创始人 法人代表 大队长 指导员 政委 嘎查达 苏木达 村领导 包村领导
包联领导 主任委员 调研员 督导员 网格长 片长 总支书记 副主任 党组成员 纪检委员 宣传委员 组织委员 村主任 支书 嘎查长
工作队长 妇女主任 治保主任 调解主任 监委会主任 会计 报账员 文书 党建指导员 团支部书记 副镇长 副乡长 副县长 副旗长
""".split(), key=len, reverse=True)
TITLE_PREFIXES = ("常务副", "原", "前", "副", "专职", "兼职", "执行", "名誉")
# Organ words that a title may carry inside it ("党工委副书记", "新闻办主任", "办公室主任").
TITLE_ORGANS = sorted("""
党委 党支部 党总支 党工委 党组 人大 政协 工作队 村委会 居委会 村委 办公室 新闻办 组织部 宣传部
统战部 纪委 监委 工会 妇联 团委 嘎查 村 镇 乡
""".split(), key=len, reverse=True)
# Roles that precede a name but are not posts ("村民张某"): a name follows, no HOLDS_POSITION.
ROLES = sorted("""
驻村干部 帮扶干部 包联干部 选派干部 干部 职工 员工 工作人员 村民 牧民 居民 群众 农民 农牧民 党员 承包商 网格员 护林员 护边员
志愿者 带头人 记者 通讯员 摄影 学员 老人 大爷 大妈 大叔 大姐 老师 同志 脱贫户 贫困户 种植户 养殖户 致富带头人 能人 创业者
""".split(), key=len, reverse=True)
# Words that may follow a person's name: they end it.
AFTER_NAME = sorted("""
说 讲 介绍 表示 主持 出席 指出 强调 告诉 作为 带领 深入 一心 一行 等 同志 在 到 对 向 为 是 和 与 及 率 陪同 调研 讲话 视频
有感 坦言 感慨 笑着 认为 谈到 提到 介绍道 说道 参加 看到 带头 主动 积极 组织 也 就 都 还 所在 多次 每天 经常
告诉 动情 激动 高兴 感激 自豪 满怀 信心 满意 所 的 了 把 将 被 让 给 用 由 以 对于 已经 正在
家的 家里 家中 一家 带着 拿着 看着 指着 站在 来到 走进 回忆 感叹 透露 解释 补充 希望 相信 觉得 连忙 赶紧 立即 马上 亲自 首先 随即 一边 一直
""".split(), key=len, reverse=True)

SURNAMES = set("""
王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余
杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 阎 段 雷 侯 龙
史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳
翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路
游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党
宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩
明 佘 池 查 麻 苑 迟 邝 官 封 谈 匡 鞠 惠 荆 乐 冀 郁 胥 南 班 储 原 栗 燕 楚 鄢 劳 谌 奚 皮 粟 冼 蔺 楼 盘 满 闻 位 厉 伊
仝 区 郜 海 阚 花 权 强 帅 屠 豆 朴 盖 练 廉 禹 井 祖 漆 巴 丰 支 卿 国 狄 平 计 索 宣 晋 相 初 门 云 容 敬 来 扈 晁 芮 都
普 阙 浦 戈 伏 鹿 薄 邸 雍 辜 羊 阿 乌 母 裘 亓 修 邰 赫 杭 况 那 宿 鲜 印 逯 隆 茹 诸 战 慕 危 玉 银 亢 嵇 公 哈 湛 宾 戎
勾 茅 利 於 呼 居 揭 干 但 尉 冶 斯 元 束 檀 衣 信 展 阴 昝 智 幸 奉 植 衡 富 尧 闭 由 敖 额 其 达 图 格 宝 布 朝 特 孛 奇
萨 娜 斯琴 乌云
欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 端木 呼延 纳兰 拓跋
""".split())

CJK = r"\u3400-\u9fff"
PUNCT_RE = re.compile(r"[^\u3400-\u9fff·]")
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(s: str) -> int | None:
    """Arabic or simple Chinese numerals up to 9999 ("52", "三", "一百四十八")."""
    if s.isdigit():
        return int(s)
    total, unit_vals, cur = 0, {"十": 10, "百": 100, "千": 1000}, 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        elif ch in unit_vals:
            total += (cur or 1) * unit_vals[ch]
            cur = 0
        else:
            return None
    return total + cur if s else None
