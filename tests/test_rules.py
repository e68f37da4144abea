"""Every relation rule earns its place: for each pattern of graph/data/patterns.jsonl
and each family in graph/facts.py, a sentence written for the test (invented
places, units and people, from several provinces) gives the expected fact, and
the fact is gone when that one rule is switched off."""
import hashlib

import pytest

from graph import facts, mentions
from graph.model import PERSON, Mention, Page
from graph.pipeline import extract_page
from graph.read import clean

# rule id -> (text, a fact it must give: (type, head, tail))
CASES = {
    "support.leads_at": ("本报讯 2022年起，南岭市审计局牵头驻石门镇帮镇扶村，带动全镇发展茶叶。",
                         ("SUPPORTS", "南岭市审计局", "石门镇")),
    "support.joined_after_lead": ("本报讯 南岭市审计局牵头驻石门镇帮镇扶村，南岭市气象局、南岭农商银行作为组团单位参与帮扶。",
                                  ("SUPPORTS", "南岭市气象局", "石门镇")),
    "support.secretary_sent_in_brackets_of_focus": ("本报讯 石门村：划分为4个网格；驻村第一书记赵晓梅（青江省林业厅派驻）任网格指导员。",
                                                    ("SUPPORTS", "青江省林业厅", "石门村")),
    "post.listed_by_village": ("本报讯 西岭镇各村包村干部为：杏林村韩立文，石门村赵晓梅，柳沟村孙丽丽。",
                               ("HOLDS_POSITION", "赵晓梅", "石门村")),
    "post.worked_in_place": ("本报讯 到村之前，第一书记韩立文在东河镇当过三年副镇长，对这一带并不陌生。",
                             ("HOLDS_POSITION", "韩立文", "东河镇")),
    "works.moved_to": ("本报讯 柳树村第一书记赵晓梅原是县医院的护士，2022年调到青江县卫生健康委员会。",
                       ("WORKS_FOR", "赵晓梅", "青江县卫生健康委员会")),
    "secretary.moved": ("二、县林业局副局长孙晓梅，由东河镇柳树村第一书记调整为西岭镇杏花村第一书记。",
                        ("FIRST_SECRETARY_OF", "孙晓梅", "杏花村")),
    "support.sender_heading": ("光山县驻村帮扶工作队调整名单\n调整后名单如下：\n一、信阳市水利局（3人）\n派驻东河镇柳树村：第一书记兼队长 韩立文",
                               ("SUPPORTS", "信阳市水利局", "柳树村")),
    "secretary.team_heading_leader": ("本报讯 各工作队组成如下：\n（一）南岭县统计局驻杏林村工作队：队长 韩立文，第一书记 赵晓梅；",
                                      ("HOLDS_POSITION", "韩立文", "杏林村")),
    "secretary.roster_row": ("青江县优秀驻村第一书记名单\n1　韩冬梅　女　青江省审计厅驻东河镇柳树村第一书记\n2. 郑国庆（男）　县水务局派驻石桥乡柳沟村第一书记",
                             ("FIRST_SECRETARY_OF", "韩冬梅", "柳树村")),
    "post.sent_rank": ("本报讯 青江县人民医院与东河镇柳沟村结对帮扶以来，每月组织专家进村义诊。医院派驻的主治医师韩冬梅已在村里住了一年多。",
                       ("HOLDS_POSITION", "韩冬梅", "青江县人民医院")),
    "support.place_then_unit_label": ("驻村工作队名单\n▶ 东河镇柳树村　驻村单位：青江县财政局\n第一书记：韩立文（县财政局干部）",
                                      ("SUPPORTS", "青江县财政局", "柳树村")),
    "support.the_two_sent_by": ("本报讯 东河镇柳沟村第一书记韩立文去年接替原第一书记郑国庆到村工作，两人都是县水务局派驻的干部。",
                                ("SUPPORTS", "县水务局", "柳沟村")),
    "card.post": ("【第一书记风采】\n姓名：韩冬梅\n派出单位：青江省农业农村厅\n原任职务：二级主任科员\n"
                  "现任职务：东河镇柳树村第一书记、驻村工作队队长\n驻村故事：她把村里的荒坡变成了果园。",
                  ("FIRST_SECRETARY_OF", "韩冬梅", "柳树村")),
    "post.from_one_of": ("本报讯 第一书记韩冬梅来自青江县人民医院，是一名儿科主治医师。",
                         ("HOLDS_POSITION", "韩冬梅", "青江县人民医院")),
    "support.toward_place": ("本报讯 2021年以来，青江县财政局对东河镇柳树村、石桥村开展结对帮扶，修通了两条产业路。",
                             ("SUPPORTS", "青江县财政局", "石桥村")),
    "support.units_form_team": ("本报讯 2023年，青江市审计局、东河县教育局、东河县农业农村局三家单位各选派一名干部，组成驻村工作队进驻柳树村。",
                                ("SUPPORTS", "东河县教育局", "柳树村")),
    "support.units_form_team_of": ("本报讯 由青江市生态环境局牵头，东河县财政局、东河县农业农村局共同组成的驻西河镇帮镇扶村工作队进驻后，成效明显。",
                                   ("SUPPORTS", "东河县财政局", "西河镇")),
    "support.in_place_unit_verb": ("本报讯 在东河镇柳树村，青江县人民检察院包抓帮扶已是第五年。", ("SUPPORTS", "青江县人民检察院", "柳树村")),
    "support.sends_each_to": ("本报讯 2021年，青江大学选派3名干部到东河县担任第一书记，分别驻东河镇柳树村、西河镇桃园村和北山镇杏林村。",
                              ("SUPPORTS", "青江大学", "桃园村")),
    "works.successive_secretaries_sent": ("本报讯 从2014年到现在，青江省科技厅先后向柳树村派驻了四任第一书记：韩立文、刘欣、赵明、孙丽。",
                                          ("WORKS_FOR", "刘欣", "青江省科学技术厅")),
    "works.its_sending_unit": ("本报讯 柳沟村原第一书记韩立文因工作需要召回，由其派出单位青江县交通运输局另行选派干部接任。",
                               ("WORKS_FOR", "韩立文", "青江县交通运输局")),
    "works.also_sent_member": ("本报讯 韩丽是柳沟村的第三任第一书记，也是青江市住房和城乡建设局派来的第三名驻村干部。",
                               ("WORKS_FOR", "韩丽", "青江市住房和城乡建设局")),
    "works.both_are": ("本报讯 卸任的第一书记韩立文和新到任的第一书记刘欣，都是青江市应急管理局的干部。",
                       ("WORKS_FOR", "韩立文", "青江市应急管理局")),
    "secretary.also_is_sent_to": ("本报讯 韩立文是青江省农业科学院水稻研究所的副研究员，也是该院派驻柳沟村的第三批驻村工作队队长兼第一书记。",
                                  ("FIRST_SECRETARY_OF", "韩立文", "柳沟村")),
    "support.sends_to_listed": ("本报讯 县发改局驻东河镇柳沟村、县交通运输局驻西河镇石桥村、县统计局驻北山镇下川村3个工作队的驻村日志存在问题。",
                                ("SUPPORTS", "县交通运输局", "石桥村")),
    "works.colleague_named": ("本报讯 东河镇柳沟村第一书记韩立文任期届满。接替他担任柳沟村第一书记的，是他在青江市交通运输局的同事刘欣。",
                              ("WORKS_FOR", "刘欣", "青江市交通运输局")),
    "post.assigned_to_focus_is": ("本报讯 东河镇实行干部包村，柳树村的包村领导是镇党委委员韩立文，包村干部是镇财政所的周明。",
                                  ("HOLDS_POSITION", "周明", "柳树村")),
    "secretary.by_term": ("本报讯 2015年以来，青江省水利厅先后向柳树村派驻了三任第一书记。从第一任的韩立文，到第二任的周明，"
                          "村里的路一年比一年好。", ("FIRST_SECRETARY_OF", "周明", "柳树村")),
    "secretary.listed": ("本报讯 今年，青江市直单位新选派的第一书记中，有3人到了东河县：市人民检察院的韩立文到柳沟镇石门村，"
                         "市税务局的刘欣到西河镇枫林村。", ("FIRST_SECRETARY_OF", "刘欣", "枫林村")),
    "secretary.unit_sends_person_listed": ("本报讯 今年，县水利局选派干部韩立文到东河镇柳树村、县审计局选派干部郑秋菊到石桥乡杏林村担任驻村第一书记。",
                                           ("FIRST_SECRETARY_OF", "韩立文", "柳树村")),
    "support.sent_at_the_call_of": ("本报讯 2022年4月，受青江市林业局选派，韩立文到东河镇柳树村担任第一书记。",
                                    ("SUPPORTS", "青江市林业局", "柳树村")),
    "works.sent_at_the_call_of": ("本报讯 2022年4月，受青江市林业局选派，韩立文到东河镇柳树村担任第一书记。",
                                  ("WORKS_FOR", "韩立文", "青江市林业局")),
    "post.returned_to_post": ("本报讯 第三任第一书记韩立文2021年期满后回到青江省财政厅预算处任副处长。",
                              ("HOLDS_POSITION", "韩立文", "青江省财政厅预算处")),
    "works.colleague": ("本报讯 东河镇柳沟村第一书记韩立文任期届满。接替他的刘欣，是他在青江市财政局的同事。",
                        ("WORKS_FOR", "刘欣", "青江市财政局")),
    "secretary.unit_sends_successor": ("本报讯 东河镇柳沟村第一任第一书记韩立文是2017年来的。2019年，韩立文期满返回，"
                                       "青江市财政局选派刘欣接过了接力棒。", ("FIRST_SECRETARY_OF", "刘欣", "柳沟村")),
    "works.the_two_from": ("本报讯 1月8日，即将离任的第一书记韩立文把资料交到新任第一书记刘欣手中。两人均来自青江市住房和城乡建设局。",
                           ("WORKS_FOR", "刘欣", "青江市住房和城乡建设局")),
    "secretary.newly_sent_of_focus": ("本报讯 青江县审计局挂钩帮扶东河镇柳沟村，新选派的第一书记是该局干部韩立文。",
                                      ("FIRST_SECRETARY_OF", "韩立文", "柳沟村")),
    "secretary.unit_newly_sent_of_focus": ("本报讯 东河镇柳沟村的帮扶单位是青江县税务局。该局新选派的第一书记、90后干部韩立文到村才半个月。",
                                           ("WORKS_FOR", "韩立文", "青江县税务局")),
    "works.unit_s_person": ("本报讯 工作队另外两名队员，一名是青江县统计局的韩立文，一名是东河镇政府的刘欣。",
                            ("WORKS_FOR", "韩立文", "青江县统计局")),
    "support.team_enters": ("本报讯 2022年6月，安徽省委驻临泉县乡村振兴帮促工作队进驻临泉县，由14家省直单位组成。",
                            ("SUPPORTS", "安徽省委驻临泉县乡村振兴帮促工作队", "临泉县")),
    "support.what_it_supports_is": ("本报讯 其中，青江县审计局机关党支部结对的是东河镇杏林村，双方建起了烘干房。",
                                    ("SUPPORTS", "青江县审计局", "杏林村")),
    "support.since": ("本报讯 自2021年对口帮扶青江县以来，青江省农牧厅累计协调各类资金1.3亿元。", ("SUPPORTS", "青江省农牧厅", "青江县")),
    "support.at_place_the_unit": ("本报讯 在东河镇柳树村，对口帮扶的青江市财政局协调资金建起了光伏电站。",
                                  ("SUPPORTS", "青江市财政局", "柳树村")),
    "support.at_place_team": ("本报讯 在东河镇柳树村，青江学院联村帮扶的工作队帮助村里成立了合作社。",
                              ("SUPPORTS", "青江学院", "柳树村")),
    "works.is_sent_to_as": ("本报讯 镶黄旗召开座谈会。韩立文是青江省审计厅选派到我旗挂职的干部，分管乡村振兴工作。",
                            ("WORKS_FOR", "韩立文", "青江省审计厅")),
    "works.works_at": ("本报讯 柳树村第一任第一书记孙立军如今在青江市气象局工作，每到农忙还会为村里做一次预报。",
                       ("WORKS_FOR", "孙立军", "青江市气象局")),
    "works.sent_with": ("本报讯 1. 青江省生态环境厅选派韩立文到东河镇柳树村任第一书记兼工作队长，赵晓梅任工作队员。",
                        ("WORKS_FOR", "赵晓梅", "青江省生态环境厅")),
    "support.member_units": ("本报讯 其中，东河镇柳树村由青江市水利局牵头，青江县林业局、国网青江县供电公司为成员单位。",
                             ("SUPPORTS", "青江县林业局", "柳树村")),
    "secretary.predecessor": ("本报讯 省农业厅派驻东河镇柳树村的第一书记韩立文说。他从前任赵海峰手中接过了担子。",
                              ("FIRST_SECRETARY_OF", "赵海峰", "柳树村")),
    "works.returned_to": ("本报讯 柳树村原第一书记孙立军任期届满后，回到青江市农业农村局。",
                          ("WORKS_FOR", "孙立军", "青江市农业农村局")),
    "post.returned_to": ("本报讯 柳树村原第一书记孙立军任期届满后，回到青江市农业农村局，现任法规科科长。",
                         ("HOLDS_POSITION", "孙立军", "青江市农业农村局法规科")),
    "works.is_the_units": ("本报讯 柳树村第一书记孙立军说：我来自平遥县审计局，队员韩立文也是平遥县审计局的，两人常一起入户。",
                           ("WORKS_FOR", "韩立文", "平遥县审计局")),
    "secretary.of_place_is": ("本报讯 在韩立文之前，柳树村的第一书记是同样来自平遥县统计局的李斌。",
                              ("FIRST_SECRETARY_OF", "李斌", "柳树村")),
    "team.leader_listed": ("本报讯 通渭县驻村工作队名单\n鸡川镇柳树村　　队长　韩立文（通渭县水务局）　　队员　何　静（通渭县水务局）\n",
                           ("HOLDS_POSITION", "韩立文", "柳树村")),
    "works.listed_post_unit": ("本报讯 2023年度考核优秀等次驻村第一书记名单如下。\n韩立文　东河镇柳树村第一书记（平遥县自然资源局）\n"
                               "赵晓梅　西河镇杏林村第一书记（平遥县人民法院）\n", ("WORKS_FOR", "赵晓梅", "平遥县人民法院")),
    "support.secretary_is_sent_by": ("本报讯 在东河镇柳树村，第一书记韩立文是平遥县审计局派来的。",
                                     ("SUPPORTS", "平遥县审计局", "柳树村")),
    "support.units_send_respectively": ("本报讯 其中，山西省自然资源厅、山西省农业科学院分别派驻东河镇柳树村和西河镇杏林村。",
                                        ("SUPPORTS", "山西省农业科学院", "杏林村")),
    "works.listed_member": ("本报讯 以下为部分工作队人员名单：\n东河镇柳树村 派出单位：平遥县统计局\n第一书记兼队长 韩立文 平遥县统计局干部\n"
                            "队员 赵晓梅 平遥县水利局干部\n", ("WORKS_FOR", "赵晓梅", "平遥县水利局")),
    "support.units_of_place": ("本报讯 组团帮扶东河镇的单位包括平遥县财政局、国网平遥县供电公司和晋中学院，其中县财政局为牵头单位。",
                               ("SUPPORTS", "晋中学院", "东河镇")),
    "support.named_unit_of_focus": ("本报讯 青江县调整部分村帮扶单位。\n（二）东河镇柳树村：在县统计局继续帮扶的基础上，增加县档案馆为帮扶单位。",
                                    ("SUPPORTS", "青江县档案馆", "柳树村")),
    "support.place_label": ("本报讯 青江县调整部分村挂钩帮扶单位，涉及以下村：\n（一）东河镇柳树村：楚雄州自然资源和规划局挂钩帮扶；\n"
                            "（二）西岭乡桃园村：青江县教育体育局、青江县财政局挂钩帮扶。",
                            ("SUPPORTS", "青江县财政局", "桃园村")),
    "support.place_label_before": ("本报讯 青江县调整部分村挂钩帮扶单位：\n（四）西岭乡杏林村：由青江县卫生健康局调整为青江县医疗保障局挂钩帮扶。",
                                   ("SUPPORTS", "青江县卫生健康局", "杏林村")),
    "table.villages": ("本报讯 东河镇部分村驻村工作队及网格设置情况：\n村（社区）　驻村工作队派出单位　工作队队长　网格数\n"
                       "柳树村　青江县水利局　韩立文　8\n桃园村　青江县财政局　赵海峰　6\n“工作队在村里驻了三年。”村民说。",
                       ("SUPPORTS", "青江县财政局", "桃园村")),
    "post.names_after": ("本报讯 （二）柳树村：一般网格3个、微网格19个，网格长分别为韩立文、孙丽丽、赵海峰。",
                         ("HOLDS_POSITION", "赵海峰", "柳树村")),
    "secretary.came_to_become": ("本报讯 2021年7月,县水利局干部韩立文来到柳树村,成为第三任驻村第一书记。",
                                 ("FIRST_SECRETARY_OF", "韩立文", "柳树村")),
    "secretary.served_in": ("本报讯 老李说，韩立文在杏林村当了两年第一书记,临走时交给我一个本子。",
                            ("FIRST_SECRETARY_OF", "韩立文", "杏林村")),
    "works.successor": ("本报讯 在东河镇柳树村,第一书记郭海任期届满,接替他的是县水利局的另外一名年轻干部韩立文。",
                        ("WORKS_FOR", "韩立文", "县水利局")),
    "secretary.successor": ("本报讯 在东河镇柳树村,第一书记郭海任期届满,接替他的是县水利局干部韩立文。",
                            ("FIRST_SECRETARY_OF", "韩立文", "柳树村")),
    "support.notice_list": ("本报讯 现将县直部门包联村安排通知如下：\n柳树村：青山县财政局\n杏林村：青山县水利局",
                            ("SUPPORTS", "青山县水利局", "杏林村")),
    "secretary.roster": ("本报讯 现将新一批驻村第一书记名单公布如下：\n序号 姓名 派出单位 派驻村\n1 韩立文 青山县财政局 东河镇柳树村\n"
                         "2 赵晓梅 青山县林业局 西河镇杏林村",
                         ("FIRST_SECRETARY_OF", "韩立文", "柳树村")),
    "secretary.roster_line": ("本报讯 现将新一轮选派驻村第一书记名单公布如下：\n1.韩立文，男，1986年6月出生，青江县林业局副局长，"
                              "驻东河镇柳树村；\n2.赵晓梅，女，1990年3月出生，青江县水利局干部，驻西河镇杏林村。",
                              ("SUPPORTS", "青江县林业局", "柳树村")),
    "support.secretary_chosen_by": ("本报讯 新一轮轮换中，杏林村的第一书记由青江市水务局选派。",
                                    ("SUPPORTS", "青江市水务局", "杏林村")),
    "support.place_the_unit_supports": ("本报讯 石门村是南岭县交通运输局结对帮扶的村，近年来该局修了路。",
                                        ("SUPPORTS", "南岭县交通运输局", "石门村")),
    "works.sent_by_unit_to_focus": ("本报讯 杏林村第一书记和丽华是纳西族，2022年由青江县生态环境局选派到村。",
                                      ("SUPPORTS", "青江县生态环境局", "杏林村")),
    "support.table": ("青江县帮扶单位联系帮扶村一览表\n现将三级帮扶单位联系帮扶村情况公布如下：\n"
                      "乡镇\t帮扶村\t省直帮扶单位\t县直帮扶单位\n东河镇\t柳树村\t甘肃省水利厅\t县民政局\n"
                      "西河镇\t杏林村\t/\t县教育局\n",
                      ("SUPPORTS", "甘肃省水利厅", "柳树村")),
    "secretary.then_sent_member": ("本报讯 东河镇柳树村第一书记、青江县农业农村局派驻干部周晨光作典型发言。",
                                   ("SUPPORTS", "青江县农业农村局", "柳树村")),
    "support.sends_to_help": ("本报讯 今年以来，青江县水利局、青江县审计局派驻东河镇柳树村、西河镇杏林村开展驻村帮扶。",
                              ("SUPPORTS", "青江县审计局", "杏林村")),
    "team.leader": ("本报讯 2021年5月，州生态环境局选派的乡村振兴工作队进驻柳树村，队长、第一书记韩茂林带着两名队员住进了村部。",
                    ("WORKS_FOR", "韩茂林", "州生态环境局")),
    "secretary.is_unit_cadre_sent": ("本报讯 东河镇柳树村第一书记陈立华是青江市统计局派驻来的干部，他在述职中谈到了村里的小米。",
                                     ("SUPPORTS", "青江市统计局", "柳树村")),
    "support.sent_from": ("本报讯 这位从省自然资源厅派到柳树村的“老规划”，把村庄规划做细了。", ("SUPPORTS", "省自然资源厅", "柳树村")),
    "team.leader_of_focus": ("本报讯 青江县审计局驻柳树村工作队2022年进驻以来，帮村里修通了水渠。工作队队长、第一书记韩茂林说，明年要建冷库。",
                             ("WORKS_FOR", "韩茂林", "青江县审计局")),
    "secretary.of_focus_sent_by": ("本报讯 东河镇调整通知。1.柳树村：新任第一书记韩立文，由青江市水利局选派。",
                                   ("SUPPORTS", "青江市水利局", "柳树村")),
    "works.unit_then_sends_secretary": ("本报讯 青江县审计局定点帮扶东河镇柳树村，派驻第一书记韩立文。",
                                        ("WORKS_FOR", "韩立文", "青江县审计局")),
    "secretary.successor_named": ("本报讯 在青江县东河镇柳树村，即将离任的第一书记付云飞把民情日记交到了接任者韩建华手中。",
                                  ("FIRST_SECRETARY_OF", "韩建华", "柳树村")),
    "post.rank_of_the_sender": ("本报讯 柳树村由青江县人民医院结对帮扶。该院派驻的驻村第一书记韩丽华是一名主管护师，她建立了随访档案。",
                                ("HOLDS_POSITION", "韩丽华", "青江县人民医院")),
    "secretary.cleft_successor": ("本报讯 今年3月，柳树村第一书记付宇任期届满返校，接过接力棒的是该校体育学院教师韩小军。",
                                  ("FIRST_SECRETARY_OF", "韩小军", "柳树村")),
    "works.sends_members": ("本报讯 2. 柳树村：青江市交通运输局新派驻工作队员韩成林、付艳，原第一书记郑国华继续留任。",
                            ("WORKS_FOR", "付艳", "青江市交通运输局")),
    "support.by_unit_of_focus": ("本报讯 调整如下：\n（四）东河镇柳树村：县审计局不再承担帮扶任务，由青江县自然资源局接续帮扶。",
                                 ("SUPPORTS", "青江县自然资源局", "柳树村")),
    "post.worked_as": ("本报讯 今年41岁的韩朝鲁，曾在青江县消防救援大队当了6年消防员。",
                       ("HOLDS_POSITION", "韩朝鲁", "青江县消防救援大队")),
    "team.led_by": ("本报讯 3月初，青江大学派出以韩建军为队长的驻村工作队进驻东河镇柳树村。",
                    ("HOLDS_POSITION", "韩建军", "柳树村")),
    "support.stationed_at": ("本报讯 今年市直单位派驻驻村工作队3支，其中青江市林业局驻东河镇柳树村，青江市水利局驻西河镇杏林村。",
                             ("SUPPORTS", "青江市水利局", "杏林村")),
    "secretary.unit_sends_to_focus": ("本报讯 驻村第一书记调整情况如下：\n2. 西河镇杏林村：由南岭县统计局派驻韩立文任驻村第一书记。",
                                      ("SUPPORTS", "南岭县统计局", "杏林村")),
    "support.sent_there_relative": ("本报讯 被选派到东河镇柳树村担任第一书记的青江市自然资源和规划局干部韩立文作表态发言。",
                                    ("SUPPORTS", "青江市自然资源和规划局", "柳树村")),
    "works.list_line": ("二、优秀驻村第一书记（2名）\n韩立文　青江县财政局驻东河镇柳树村第一书记\n"
                        "赵晓梅　青江县水务局驻西河镇杏林村第一书记", ("WORKS_FOR", "赵晓梅", "青江县水务局")),
    "secretary.as_sent_by_unit_after_name": ("本报讯 2022年3月，韩雪梅作为青江县财政局派驻柳树村的第一书记来到这里。",
                                             ("WORKS_FOR", "韩雪梅", "青江县财政局")),
    "works.is_sent_by": ("本报讯 柳树村第一书记韩雪梅是青江县审计局派来的，村民们都叫她“韩审计”。",
                         ("WORKS_FOR", "韩雪梅", "青江县审计局")),
    "secretary.place_by_unit_sends": ("本报讯 东河镇柳树村由青江县住房和城乡建设局选派韩立文接任第一书记。",
                                      ("SUPPORTS", "青江县住房和城乡建设局", "柳树村")),
    "support.units_that_support": ("本报讯 会上，挂联东河镇的青江县财政局、青江县教育体育局等8家部门负责人分别汇报了工作。",
                                   ("SUPPORTS", "青江县教育体育局", "东河镇")),
    "works.sent_there": ("本报讯 青江县财政局派驻柳树村的科技特派员韩立文，和村干部一起谋划了光伏项目。",
                         ("WORKS_FOR", "韩立文", "青江县财政局")),
    "secretary.roster_former": ("青江县驻村第一书记召回名单\n\n1. 韩立文，县财政局干部，原任东河镇柳树村驻村第一书记，因提拔任职召回。\n"
                                "2. 赵晓梅，县水利局副局长，原任西河镇杏林村驻村第一书记，因身体原因召回。",
                                ("FIRST_SECRETARY_OF", "赵晓梅", "杏林村")),
    "secretary.sent_by_after_post": ("本报讯 东河镇柳树村第一书记韩立文由青江银行东河分行选派，他在村里推广茶旅融合。",
                                     ("SUPPORTS", "青江银行东河分行", "柳树村")),
    "secretary.sent_by_and_serving": ("本报讯 2022年以来，由青江省科学技术厅选派、在柳树村担任第一书记的韩立文，把科技资源带到了村里。",
                                      ("SUPPORTS", "青江省科学技术厅", "柳树村")),
    "support.moved_to": ("本报讯 3.县卫生健康局不再包联东河镇火烧沟村，改为包联西河镇白杨湾村。",
                         ("SUPPORTS", "县卫生健康局", "白杨湾村")),
    "works.sent_in_brackets": ("青江县表彰名单\n\n韩立文（青江县水务局驻东风镇前进村工作队员）\n",
                               ("WORKS_FOR", "韩立文", "青江县水务局")),
    "support.takes_post_sent_in_brackets": ("本报讯 经研究决定：何晓燕同志任北山镇杏林村驻村第一书记、工作队长（青江市财政局选派）。",
                                            ("SUPPORTS", "青江市财政局", "杏林村")),
    "works.unit_also_sends_members": ("本报讯 2023年，青江县审计局选派经济责任审计股副股长韩立文任柳沟村驻村第一书记、工作队队长，"
                                      "选派机关干部赵磊、孙雅琪为工作队员。", ("WORKS_FOR", "孙雅琪", "青江县审计局")),
    "support.does_its_work_in": ("本报讯 今年以来，青江县水利局党组认真落实县委、县政府关于包联驻村工作的部署要求，"
                                 "集中力量做好东河镇柳沟村、西河苏木巴音嘎查两个包联村（嘎查）的帮扶工作。",
                                 ("SUPPORTS", "青江县水利局", "巴音嘎查")),
    "support.stationed_in_brackets": ("本报讯 获评优秀驻村第一书记的有：韩立文（青江市税务局驻东河镇柳沟村）、何晓燕（县教育局驻西河镇石桥村）。",
                                      ("SUPPORTS", "青江市税务局", "柳沟村")),
    "secretary.item_unit_sends_successor": ("青山县部分村第一书记轮换情况如下：\n1.东河镇柳沟村：青江市自然资源局派驻，韩立文接替马永宽；\n"
                                            "2.西河镇石桥村：县财政局派驻，何晓燕接替赵磊。", ("FIRST_SECRETARY_OF", "韩立文", "柳沟村")),
    "support.note_sent_to_focus": ("本报讯 在东河镇柳沟村，网格指导员：龙海波（驻村第一书记，青江市交通运输局派驻）。",
                                   ("SUPPORTS", "青江市交通运输局", "柳沟村")),
    "support.secretary_sent_in_brackets": ("本报讯 会上，东河镇柳树村第一书记、驻村工作队队长韩立文（青江县人民医院选派）介绍了经验。",
                                           ("SUPPORTS", "青江县人民医院", "柳树村")),
    "secretary.team_heading": ("本报讯 各工作队组成如下：\n（一）南岭县统计局驻杏林村工作队：队长、第一书记韩立文，队员2名；",
                               ("WORKS_FOR", "韩立文", "南岭县统计局")),
    "works.team_heading_members": ("本报讯 各工作队组成如下：\n（二）南岭县统计局驻杏林村工作队：第一书记韩立文，队员赵晓梅、刘振国。",
                                   ("WORKS_FOR", "刘振国", "南岭县统计局")),
    "support.unit_changed": ("本报讯 南岭县石门乡杏林村的帮扶单位由南岭县统计局调整为南岭县审计局。",
                             ("SUPPORTS", "南岭县统计局", "杏林村")),
    "support.takes_over_unit": ("本报讯 在石门乡杏林村，南岭县审计局接替南岭县统计局成为该村的帮扶单位。",
                                ("SUPPORTS", "南岭县审计局", "杏林村")),
    "post.sent_with_home_title": ("本报讯 南岭县水务局选派规划建设股股长韩立文到杏林村担任驻村第一书记。",
                                  ("HOLDS_POSITION", "韩立文", "南岭县水务局")),
    "post.home_before_posting": ("本报讯 韩立文是南岭县审计局派驻杏林村的第一书记，驻村前是局里的一名副主任科员。",
                                 ("HOLDS_POSITION", "韩立文", "南岭县审计局")),
    "support.focus_unit_changed": ("本报讯 二、石门乡杏林村。驻村工作队派出单位由南岭县统计局调整为南岭县审计局。",
                                   ("SUPPORTS", "南岭县审计局", "杏林村")),
    "secretary.took_over_cleft": ("本报讯 今年5月，宋景然任期届满回到学校，接过杏林村驻村第一书记这副担子的，是南岭师范学院的青年教师韩立文。",
                                  ("FIRST_SECRETARY_OF", "韩立文", "杏林村")),
    "works.returned_to_before": ("本报讯 他的前任、现已回到南岭县审计局工作的韩立文，在杏林村留下了一条产业路。",
                                 ("WORKS_FOR", "韩立文", "南岭县审计局")),
    "secretary.sent_by_passive": ("本报讯 今年是敖·巴特尔被南岭县农牧局选派到杏林嘎查担任驻村第一书记的第三年。",
                                  ("FIRST_SECRETARY_OF", "敖·巴特尔", "杏林嘎查")),
    "support.units_are_supporters_of": ("本报讯 南岭县审计局、南岭县统计局为杏林社区挂钩联系单位，每月到社区走访。",
                                        ("SUPPORTS", "南岭县审计局", "杏林社区")),
    "secretary.takes_up_burden": ("本报讯 2018年至2022年，厅里的林业专家韩立文接过了杏林村第一书记的担子。",
                                  ("FIRST_SECRETARY_OF", "韩立文", "杏林村")),
    "secretary.note_sent": ("本报讯 网格指导员：韩　冰（杏林村第一书记，南岭县市场监督管理局派驻）",
                            ("SUPPORTS", "南岭县市场监督管理局", "杏林村")),
    "secretary.note_member": ("本报讯 网格指导员：韩立冰（杏林村第一书记，南岭县审计局干部）",
                              ("WORKS_FOR", "韩立冰", "南岭县审计局")),
    "works.came_from": ("本报讯 韩立文是杏林村第一书记。2021年6月，他从南岭县林业局来到杏林村。",
                        ("WORKS_FOR", "韩立文", "南岭县林业局")),
    "support.changed_to": ("本报讯 （三）原由南岭县统计局包联的东沟乡石门村，调整为由南岭县水务局包联。",
                           ("SUPPORTS", "南岭县水务局", "石门村")),
    "secretary.is_sent_by": ("本报讯 韩立文是青江农业大学选派的第四任驻柳树村第一书记，到村后先修了路。",
                             ("SUPPORTS", "青江农业大学", "柳树村")),
    "support.sent_by_passive": ("本报讯 第一书记韩立文被青江省交通运输厅派驻到柳树村已经三年了。",
                                ("SUPPORTS", "青江省交通运输厅", "柳树村")),
    "secretary.notice_posting": ("本报讯 具体安排为：青河旗财政局派驻东河苏木红星嘎查，第一书记巴图；青河旗水利局派驻西河镇柳树村，第一书记韩立文。",
                                 ("WORKS_FOR", "韩立文", "青河旗水利局")),
    "works.sent_by_after_name": ("本报讯 柳树村驻村第一书记兼工作队长韩立文由青江市统计局选派，他带领队员建立台账。",
                                 ("WORKS_FOR", "韩立文", "青江市统计局")),
    "works.drawn_from": ("本报讯 驻村工作组队员韩立文是从青江县农业农村局抽调来的，他主抓稻鱼共生项目。",
                         ("WORKS_FOR", "韩立文", "青江县农业农村局")),
    "secretary.taken_over_by": ("本报讯 6月，青江县林业局驻柳树村第一书记赵晓梅因工作调整被召回原单位，由该局干部韩立文接任。",
                                ("FIRST_SECRETARY_OF", "韩立文", "柳树村")),
    "secretary.taken_over_by_sent": ("本报讯 3.东河镇杏林村第一书记空缺，由青江省财政厅选派的韩立文担任。",
                                     ("SUPPORTS", "青江省财政厅", "杏林村")),
    "secretary.who_became": ("本报讯 接过接力棒、成为杏林村新一任第一书记的，是该局规划科副科长韩立文。",
                             ("FIRST_SECRETARY_OF", "韩立文", "杏林村")),
    "support.team_staffed_from": ("本报讯 驻杏林村工作队的4名队员分别来自南岭县水务局、南岭县统计局和南岭县农商银行。",
                                  ("SUPPORTS", "南岭县统计局", "杏林村")),
    "support.team_made_of": ("本报讯 石门村驻村工作队由安阳县粮食局和安阳县气象局选派的3名干部组成。",
                             ("SUPPORTS", "安阳县粮食局", "石门村")),
    "support.team_at_place": ("本报讯 在东河镇柳树村,省审计厅驻村工作队已经是第三轮驻村了。",
                              ("SUPPORTS", "省审计厅", "柳树村")),
    "works.respectively_from": ("本报讯 工作队队员韩雪、刘振国分别来自青山县农业农村局和青山县林业局。",
                                ("WORKS_FOR", "刘振国", "青山县林业局")),
    "works.secretary_sent_after_pairing": ("本报讯 比如，青山县审计局包联我乡石桥村，派驻的第一书记韩立文已是第二轮驻村。",
                                           ("WORKS_FOR", "韩立文", "青山县审计局")),
    "secretary.changed_to": ("本报讯 （二）东河镇石桥村驻村第一书记调整为县人民医院主治医师付丽娜。",
                             ("FIRST_SECRETARY_OF", "付丽娜", "石桥村")),
    "support.by_units_of_focus": ("本报讯 （三）东河镇石桥村。由东川县审计局、东川县司法局共同包联，县审计局为牵头包联单位。",
                                  ("SUPPORTS", "东川县司法局", "石桥村")),
    "secretary.sent_respectively": ("本报讯 会上宣读了选派名单。东川县自然资源局的韩明、东川县教育局的付秀英分别派驻西河镇大寺沟村和东河镇泉儿湾村任第一书记。",
                                    ("FIRST_SECRETARY_OF", "韩明", "大寺沟村")),
    "support.paired_with_place_unit": ("本报讯 与石桥村结对的东川县中医院，每季度组织医生进村巡诊。",
                                       ("SUPPORTS", "东川县中医院", "石桥村")),
    "support.sent_by_own_unit": ("本报讯 今年38岁的付海是东川县农科所的一名农艺师，2023年3月被单位选派到石桥村担任第一书记。",
                                 ("SUPPORTS", "东川县农科所", "石桥村")),
    "support.person_is_sent_by": ("本报讯 西河镇石桥村第一书记付海带着村民种茶。付海是东川县民政局派驻的干部，2022年到村。",
                                  ("SUPPORTS", "东川县民政局", "石桥村")),
    "post.founds_and_heads": ("本报讯 村党支部书记韩长富领办了东川县石桥香菇种植专业合作社并任理事长，带动60户入社。",
                              ("HOLDS_POSITION", "韩长富", "东川县石桥香菇种植专业合作社")),
    "works.sending_unit_of": ("本报讯 东川县统计局是石桥村的帮扶单位，也是该村驻村第一书记付海的派出单位。",
                              ("WORKS_FOR", "付海", "东川县统计局")),
    "works.person_s_sending_unit_is": ("本报讯 石桥村第一书记付海的派出单位是东川县统计局。",
                                       ("WORKS_FOR", "付海", "东川县统计局")),
    "works.sent_as_secretary": ("本报讯 青山县水利局包联东河镇柳树村,选派干部韩立文任驻村第一书记。",
                                ("WORKS_FOR", "韩立文", "青山县水利局")),
    "support.verb": ("2019年起,青山县水利局包联柳河镇杏林村,修通了村里的路。",
                     ("SUPPORTS", "青山县水利局", "杏林村")),
    "support.work_for_place": ("近年来,南岭县交通运输局承担了东沟乡石门村的帮扶工作,修建了一座桥。",
                               ("SUPPORTS", "南岭县交通运输局", "石门村")),
    "support.as_unit_of_place": ("作为石门镇枣林村的帮扶单位,安阳县粮食局今年组织了三次技术培训。",
                                  ("SUPPORTS", "安阳县粮食局", "枣林村")),
    "secretary.apposition": ("贺春燕,青江县审计局驻梧桐村第一书记。她到村后先走访了全村。",
                             ("FIRST_SECRETARY_OF", "贺春燕", "梧桐村")),
    "secretary.as_sent_by_unit_of_focus": ("红星嘎查位于青河旗东部。作为青河旗委组织部选派的驻村第一书记,包金花每天入户走访。",
                                           ("WORKS_FOR", "包金花", "青河旗委组织部")),
    "secretary.arrives": ("今年,南沟乡榆树村迎来了新的驻村第一书记——西岭县农机局干部冯雪梅。",
                          ("FIRST_SECRETARY_OF", "冯雪梅", "榆树村")),
    "support.sends_team_led_by": ("2022年,江城师范学院派出以许文博为队长的驻村工作队进驻南沟乡榆树村。",
                                  ("SUPPORTS", "江城师范学院", "榆树村")),
    "secretary.is_sent_by_unit": ("她叫邓晓燕,是临河县妇联派驻荷花村的第一书记。",
                                  ("WORKS_FOR", "邓晓燕", "临河县妇联")),
    "support.by": ("近年来,白沙镇梧桐村由文昌县林业局包联,村里修了路。",
                   ("SUPPORTS", "文昌县林业局", "梧桐村")),
    "support.place_is_point": ("2020年,红石嘎查成为长江化工有限公司的定点帮扶村。",
                               ("SUPPORTS", "长江化工有限公司", "红石嘎查")),
    "support.by_the_team_joined": ("驻东河镇帮镇扶村工作队由青江县水利局牵头，青江县林业局、青江县财政局组团帮扶。",
                                   ("SUPPORTS", "青江县林业局", "东河镇")),
    "support.secretary_was_sent_by": ("东河镇柳湾村的第一书记韩立文则是青江县水利局派驻的。",
                                      ("SUPPORTS", "青江县水利局", "柳湾村")),
    "support.unit_point_place": ("农业银行平川支行的扶贫点设在大河乡槐树村。",
                                 ("SUPPORTS", "农业银行平川支行", "槐树村")),
    "support.sends_to": ("据悉,江宁县气象局驻龙潭镇竹园村工作队已完成调研。",
                         ("SUPPORTS", "江宁县气象局", "竹园村")),
    "secretary.is_the_one_sent": ("村民们说的第一书记,是县林业局派驻梧桐村的许文博。",
                                  ("FIRST_SECRETARY_OF", "许文博", "梧桐村")),
    "support.leads_the_group": ("2022年以来,青州市水利局牵头,江城县林业局、江城县人民医院组团帮扶白沙镇。",
                                ("SUPPORTS", "青州市水利局", "白沙镇")),
    "support.lead_unit": ("东河镇的驻镇帮镇扶村工作由青州市水利局任牵头单位，江城县林业局、江城县人民医院为组团单位。",
                          ("SUPPORTS", "青州市水利局", "东河镇")),
    "support.joined_units": ("东河镇的驻镇帮镇扶村工作由青州市水利局任牵头单位，江城县林业局、江城县人民医院为组团单位。",
                             ("SUPPORTS", "江城哈尼族彝族自治县人民医院", "东河镇")),
    "support.bare_place_by": ("本报讯 东河镇柳湾社区。社区党支部书记韩立文说，社区由江宁县气象局包联，诉求都有人管。",
                              ("SUPPORTS", "江宁县气象局", "柳湾社区")),
    "support.then_sends_to": ("江宁县气象局自2021年起定点帮扶龙潭镇，先后在龙潭镇竹园村、杏林村派驻工作队。",
                              ("SUPPORTS", "江宁县气象局", "杏林村")),
    "support.helps_at": ("此外,江宁县气象局还在龙潭镇竹园村开展驻村帮扶,村里建了冷库。",
                         ("SUPPORTS", "江宁县气象局", "竹园村")),
    "support.sends_team_to": ("去年春天,北方工业大学再次组成工作队进驻梨花村。",
                              ("SUPPORTS", "北方工业大学", "梨花村")),
    "support.sends_person": ("江宁县气象局派驻龙潭镇竹园村的韩晓东说，今年要把冷库建起来。",
                             ("SUPPORTS", "江宁县气象局", "竹园村")),
    "support.listed_post_sender": ("韩立国　东河镇桃园村第一书记（青江市统计局选派）",
                                   ("SUPPORTS", "青江市统计局", "桃园村")),
    "support.place_is_units_verb": ("柳树村是青江县审计局包联的，村里的路去年修通了。",
                                    ("SUPPORTS", "青江县审计局", "柳树村")),
    "support.in_place_unit_sent": ("在东河镇柳树村，青江市统计局选派的韩晓东接替任期届满的付强担任第一书记。",
                                   ("SUPPORTS", "青江市统计局", "柳树村")),
    "support.place_label_team": ("■ 柳树村：青江市统计局驻村工作队到岗。",
                                 ("SUPPORTS", "青江市统计局", "柳树村")),
    "support.place_is_also_point": ("柳树村是省林业厅的帮扶村，也是青江县审计局的包联村。",
                                    ("SUPPORTS", "青江县审计局", "柳树村")),
    "post.also_one_of": ("韩立平是省林业厅派驻柳树村的第二任第一书记，也是该厅造林处的一名四级调研员。",
                         ("HOLDS_POSITION", "韩立平", "省林业厅造林处")),
    "works.stationed_member": ("青江县统计局驻柳树村干部韩晓婷说，两个村正准备联合申报地理标志产品。",
                               ("WORKS_FOR", "韩晓婷", "青江县统计局")),
    "works.respectively_sent_by": ("新任第一书记韩晓明、付浩分别由青江市财政局、青江市水利局选派。",
                                   ("WORKS_FOR", "付浩", "青江市水利局")),
    "place.same_township": ("东城街道的石桥社区划分了6个网格。同街道的柳沟社区，包联单位是青江市水务局。",
                            ("LOCATED_IN", "柳沟社区", "东城街道")),
    "support.sends_toward": ("2012年,南方医科大学首次向青龙县白马镇派出工作队。",
                             ("SUPPORTS", "南方医科大学", "白马镇")),
    "support.team_at": ("为做好抗旱工作,西峰县水务局驻村工作队组织王家塬村群众打井。",
                        ("SUPPORTS", "西峰县水务局", "王家塬村")),
    "support.pair_unit_first": ("会上,宏达建材有限公司党支部与清泉县李家庄村党支部签订结对共建协议。",
                                ("SUPPORTS", "宏达建材有限公司", "李家庄村")),
    "support.pair_place_first": ("会上,西湖村党总支与万利食品有限公司党支部签订了村企联建协议书。",
                                 ("SUPPORTS", "万利食品有限公司", "西湖村")),
    "support.pair_with_unit": ("东风镇与共建单位平阳县税务局联合开展义诊。",
                               ("SUPPORTS", "平阳县税务局", "东风镇")),
    "support.place_made_point": ("今年,东城区人民医院把石桥村列为定点帮扶村,派出医疗队。",
                                 ("SUPPORTS", "东城区人民医院", "石桥村")),
    "support.donates": ("今年,长林县民政局为新桥镇杨柳村捐赠图书2000册。",
                        ("SUPPORTS", "长林县民政局", "杨柳村")),
    "support.subject_clause": ("本报讯 大明县财政局深入基层,牵头包联三河镇,并包联该镇下坝村。",
                               ("SUPPORTS", "大明县财政局", "三河镇")),
    "support.unit_of_focus": ("在柳林镇青石村,包联单位是安平县自然资源局、安平县图书馆。",
                              ("SUPPORTS", "安平县自然资源局", "青石村")),
    "support.under": ("在平安县水务局的帮扶下,东湾村建起了自来水厂。",
                      ("SUPPORTS", "平安县水务局", "东湾村")),
    "secretary.unit_sends_person": ("2021年,青松县教育局选派干部蒋文辉到北坡村担任第一书记。",
                                    ("SUPPORTS", "青松县教育局", "北坡村")),
    "secretary.takes_unit_post": ("去年起,邱明远担任红河县税务局驻龙潭村第一书记。",
                                  ("WORKS_FOR", "邱明远", "红河县税务局")),
    "post.held_by": ("本报讯 柳溪村第一书记由县农业局干部蔡永福担任。",
                     ("FIRST_SECRETARY_OF", "蔡永福", "柳溪村")),
    "secretary.sent_by_unit": ("乐安县交通运输局驻双井村第一书记周立新介绍了情况。",
                               ("WORKS_FOR", "周立新", "乐安县交通运输局")),
    "secretary.sent": ("华阳县审计局副局长孙红梅,2019年3月下派到石岭镇黄土坡村担任第一书记。",
                       ("SUPPORTS", "华阳县审计局", "黄土坡村")),
    "secretary.goes_to": ("2020年,蔡志红到梧桐村当第一书记。",
                          ("FIRST_SECRETARY_OF", "蔡志红", "梧桐村")),
    "secretary.sent_then_person": ("得知自己被选派到梧桐村担任第一书记后,孔德明连夜收拾了行李。",
                                   ("FIRST_SECRETARY_OF", "孔德明", "梧桐村")),
    "secretary.as_sent_by_unit": ("作为青州市图书馆派驻王庄村第一书记,两年来,韩晓东带着村民办起了书屋。",
                                  ("WORKS_FOR", "韩晓东", "青州市图书馆")),
    "secretary.as": ("作为马坊村第一书记,这两年,李德胜跑遍了村里的每一户。",
                     ("FIRST_SECRETARY_OF", "李德胜", "马坊村")),
    "secretary.as_of_focus": ("去年,文昌县林业局干部许丽萍来到梧桐村。作为驻村第一书记,许丽萍走遍了全村。",
                              ("FIRST_SECRETARY_OF", "许丽萍", "梧桐村")),
    "secretary.is": ("冯志远2019年起成为桦树沟村的第一书记。",
                     ("FIRST_SECRETARY_OF", "冯志远", "桦树沟村")),
    "secretary.is_of_focus": ("榆林湾村去年通了自来水。冯德明说,他现在是驻村第一书记。",
                              ("FIRST_SECRETARY_OF", "冯德明", "榆林湾村")),
    "secretary.stationed": ("担任第一书记后,孟庆海一直在阿尔山嘎查驻村。",
                            ("FIRST_SECRETARY_OF", "孟庆海", "阿尔山嘎查")),
    "secretary.came_from": ("2019年,杜永刚从长林县档案馆走进白石镇白石嘎查,当上了挂职第一书记。",
                            ("WORKS_FOR", "杜永刚", "长林县档案馆")),
    "secretary.sent_by_unit_of_focus": ("吕建华来到东湖村已经三年。村民们说,这位县审计局派驻的第一书记办事实在。"
                                        "吕建华说,东湖村的路修好了。",
                                        ("FIRST_SECRETARY_OF", "吕建华", "东湖村")),
    "works.member": ("安平县农业农村局干部钱海波每周都到村里。",
                     ("WORKS_FOR", "钱海波", "安平县农业农村局")),
    "works.in_brackets": ("会上,梧桐村驻村第一书记许丽萍(文昌县林业局干部)介绍了经验。",
                          ("WORKS_FOR", "许丽萍", "文昌县林业局")),
    "works.at_before": ("在文昌县林业局工作的蔡志红,2021年被派到梧桐村任第一书记。",
                        ("WORKS_FOR", "蔡志红", "文昌县林业局")),
    "support.unit_as_of_focus": ("本报讯 东河街道柳树社区地处老城区。青江区财政局作为社区的包联单位，帮助争取改造资金。",
                                 ("SUPPORTS", "青江区财政局", "柳树社区")),
    "place.list_label": ("本报讯 现将联村共建名单公布如下：\n东河镇：柳树村（青江县财政局），杏林村（青江县林业局）；\n",
                         ("LOCATED_IN", "杏林村", "东河镇")),
    "works.apposition": ("驻村工作队里,孔令伟,宁远县文化馆干部,负责宣传。",
                         ("WORKS_FOR", "孔令伟", "宁远县文化馆")),
    "works.from": ("帮扶干部谢宇航来自丰城县供电公司。",
                   ("WORKS_FOR", "谢宇航", "丰城县供电公司")),
    "works.of_unit": ("两家单位各派一名干部驻村,其中东阳县气象局的邵俊杰担任第一书记。",
                      ("WORKS_FOR", "邵俊杰", "东阳县气象局")),
    "works.sender_in_note": ("2.东河镇桃园村：第一书记 罗文静（派出单位：青山市林业局），工作队员 孔晓（青山县林业局干部）；",
                             ("WORKS_FOR", "罗文静", "青山市林业局")),
    "works.profile": ("覃丽娟,女,壮族,1991年生,东兰县林业局干部。2022年,她来到巴英村。",
                      ("WORKS_FOR", "覃丽娟", "东兰县林业局")),
    "secretary.also_is": ("本报讯 冯雪梅是江城师范学院的一名青年教师,也是东沟乡榆树村第一书记。",
                          ("FIRST_SECRETARY_OF", "冯雪梅", "榆树村")),
    "support.places_units_respectively": ("本报讯 东沟乡榆树村、杏林村和桃园村的帮扶单位分别是西岭县农机局、西岭县林业局和西岭县水利局。",
                                          ("SUPPORTS", "西岭县林业局", "杏林村")),
    "support.places_are_points": ("据悉,东沟乡榆树村、杏林村分别是西岭县农机局、西岭县林业局的包联村。",
                                  ("SUPPORTS", "西岭县林业局", "杏林村")),
    "support.stationed_helps": ("今年,西岭县农机局继续驻南沟乡榆树村开展帮扶。",
                                ("SUPPORTS", "西岭县农机局", "榆树村")),
    "secretary.posted_profile": ("青江县驻村第一书记人选公示\n现将人选公示如下：\n1.青江县水利局派驻东河镇柳树村：罗秀英，女，汉族，县水利局干部。\n"
                                 "2.青江县林业局派驻西河镇杏林村：田建中，男，苗族，县林业局干部。",
                                 ("FIRST_SECRETARY_OF", "罗秀英", "柳树村")),
    "works.sent_by_unit_to": ("现任第一书记朴成浩,朝鲜族,2023年由延吉县财政局选派到东沟乡松林村。",
                              ("WORKS_FOR", "朴成浩", "延吉县财政局")),
    "support.pairs_listed": ("本报讯 西岭县农机局党支部与南沟乡榆树村党支部、西岭县林业局党支部与杏林村党支部、"
                             "西岭县水利局党支部与桃园村党支部分别结对共建。",
                             ("SUPPORTS", "西岭县林业局", "杏林村")),
    "support.then_sends_team": ("本报讯 自治区交通运输厅定点帮扶四子王旗多年，2021年起派驻工作队到燕麦川村。",
                                ("SUPPORTS", "内蒙古自治区交通运输厅", "燕麦川村")),
    "secretary.row_unit_sends": ("本报讯 二、东河乡柳树村：青海省民政厅选派社会救助处二级主任科员韩立任驻村第一书记。",
                                 ("SUPPORTS", "青海省民政厅", "柳树村")),
    "secretary.supports_and_sends": ("本报讯 民和县林业和草原局包抓柳湾村并派驻第一书记马成林。",
                                     ("WORKS_FOR", "马成林", "民和回族土族自治县林业和草原局")),
    "secretary.the_successor": ("本报讯 杏林村首任第一书记韩立平今年4月期满返回机关，接任的罗晓舟也是省民政厅选派的干部。",
                                ("FIRST_SECRETARY_OF", "罗晓舟", "杏林村")),
    "secretary.predecessors_were": ("本报讯 在东河镇杏林村，记者见到了第一书记韩立。他是村里的第三任第一书记，前两任分别是该局的王立军和周海峰。",
                                    ("FIRST_SECRETARY_OF", "周海峰", "杏林村")),
    "support.sent_me": ("本报讯 我是国网青江县供电公司运维检修部副主任。2023年4月，公司选派我到东河镇柳湾村担任驻村第一书记。",
                        ("SUPPORTS", "国网青江县供电公司", "柳湾村")),
    "support.sent_here_by": ("本报讯 东河镇柳湾村第一书记韩文斌是一名留任书记。他由青江县住房和城乡建设局选派，2021年到村。",
                             ("SUPPORTS", "青江县住房和城乡建设局", "柳湾村")),
    "support.secretary_of_place_sent_by": ("本报讯 柳湾村的驻村第一书记是农业银行青江县支行派驻的干部韩梓涵。",
                                           ("SUPPORTS", "农业银行青江县支行", "柳湾村")),
    "support.keeps_in_touch": ("本报讯 青江县审计局联系东河镇柳湾村，青江县气象局联系榆树村。",
                               ("SUPPORTS", "青江县审计局", "柳湾村")),
    "support.pair_list_first": ("本报讯 西岭县农机局与南沟乡榆树村、西岭县林业局与杏林村结对共建。",
                                ("SUPPORTS", "西岭县农机局", "榆树村")),
    "works.from_before": ("来自东阳县气象局的年轻人邵俊杰主动报名驻村。",
                          ("WORKS_FOR", "邵俊杰", "东阳县气象局")),
    "works.sent_by": ("宁远县卫健委选派的干部朱晓梅已驻村两年。",
                      ("WORKS_FOR", "朱晓梅", "宁远县卫生健康委员会")),
    "support.sends_to_places": ("近年来,省水利厅、州财政局分别向东河镇的柳树村、杏林村派驻了乡村振兴工作队。",
                                ("SUPPORTS", "州财政局", "杏林村")),
    "support.focus_pairs_with_unit": ("本报讯 青河旗红星社区地处城区。今年社区还与旗司法局机关党支部结对共建,每月开展一次普法活动。",
                                      ("SUPPORTS", "青河旗司法局", "红星社区")),
    "support.unit_pairs_with_focus": ("本报讯 东河苏木乌兰嘎查地广人稀。去年,她联系农行青河支行与嘎查党支部结对共建。",
                                      ("SUPPORTS", "农行青河支行", "乌兰嘎查")),
    "support.at_place_units": ("在红星嘎查,旗审计局和旗水利局共同包联,嘎查被划分为6个网格。",
                               ("SUPPORTS", "旗水利局", "红星嘎查")),
    "works.all_members": ("本报讯 会上,原第一书记韩立文与新任第一书记周明远进行了交接。韩立文、周明远均为青江县林业局机关干部。",
                          ("WORKS_FOR", "韩立文", "青江县林业局")),
    "works.sender_line": ("本报讯 ▍东河镇柳树村\n第一书记：韩立文（新任）\n派出单位：国网青江县供电公司\n",
                          ("WORKS_FOR", "韩立文", "国网青江县供电公司")),
    "post.sender_line_rank": ("本报讯 ▍东河镇柳树村\n第一书记：韩立文（留任）\n派出单位：青江县审计局（二级主任科员）\n",
                              ("HOLDS_POSITION", "韩立文", "青江县审计局")),
    "post.rank_in_brackets": ("本报讯 西河镇杏林村 第一书记：付明轩（青江县人民检察院派驻，四级高级检察官）\n",
                              ("HOLDS_POSITION", "付明轩", "青江县人民检察院")),
    "works.respectively": ("本报讯 工作队队员韩立文、周明远分别是省水利厅和青江县水利局的干部。",
                           ("WORKS_FOR", "周明远", "青江县水利局")),
    "works.unit_sends_to_village": ("本报讯 2022年，青江省生态环境厅选派韩立新到柳树村驻村。",
                                    ("SUPPORTS", "青江省生态环境厅", "柳树村")),
    "secretary.sent_toward": ("本报讯 青江大学今年3月还向东河乡柳树村派驻了第一书记——动物医学院讲师刘若楠。",
                              ("WORKS_FOR", "刘若楠", "青江大学")),
    "support.sends_the_holder": ("本报讯 公示如下。\n三、东河镇柳树村\n驻村第一书记仍由青江市农业农村局派驻的四级主任科员李建国担任，留任一个周期。",
                                 ("SUPPORTS", "青江市农业农村局", "柳树村")),
    "secretary.taken_over_in_village": ("本报讯 公示如下。\n四、东河镇柳树村\n原第一书记张海涛因工作需要召回，由其派出单位县交通运输局另行选派该局干部冯志刚接任。",
                                        ("FIRST_SECRETARY_OF", "冯志刚", "柳树村")),
    "secretary.of_focus_is": ("本报讯 东河乡柳树村也迎来了新书记。该村由县医院包联，驻村第一书记是县医院外科主治医师韩冬。",
                              ("FIRST_SECRETARY_OF", "韩冬", "柳树村")),
    "post.one_of": ("本报讯 第一书记韩立文是青江县人民医院的一名副主任医师。",
                    ("HOLDS_POSITION", "韩立文", "青江县人民医院")),
    "works.one_of": ("本报讯 韩立文是青江县林业局的一名植保专家,2023年被选派到村里。",
                     ("WORKS_FOR", "韩立文", "青江县林业局")),
    "support.member_sent": ("其中,青江县林业局干部冯雪梅派驻南沟乡榆树村,青江县审计局干部韩立文派驻东河镇柳树村。",
                            ("SUPPORTS", "青江县审计局", "柳树村")),
    "works.seconded": ("水利部选派到南岭县挂职的县委常委、副县长曹文远出席了签约仪式。",
                       ("WORKS_FOR", "曹文远", "水利部")),
    "works.team": ("江南日报社驻临川县石桥村帮扶工作队队员罗文斌说,今年要把茶叶卖出去。",
                   ("WORKS_FOR", "罗文斌", "江南日报社")),
    "works.team_post_at": ("付振国在和平村的职务是省人社厅驻村工作队队长。",
                           ("SUPPORTS", "省人力资源和社会保障厅", "和平村")),
    "post.before_name": ("青阳县委副书记、县长刘卫国出席会议。",
                         ("HOLDS_POSITION", "刘卫国", "青阳县委")),
    "post.after_name": ("参加座谈的刘玉山(柳沟村党支部书记)介绍了经验。",
                        ("HOLDS_POSITION", "刘玉山", "柳沟村")),
    "post.takes": ("2015年,肖春来回到家乡,先后担任张家湾村党支部书记、村委会主任。",
                   ("HOLDS_POSITION", "肖春来", "张家湾村")),
    "place.chain": ("本报讯 东平县银山镇南湖村今年种了三百亩西瓜。",
                    ("LOCATED_IN", "南湖村", "银山镇")),
    "place.lies_in": ("石佛寺村位于白马镇东部,距县城20公里。",
                      ("LOCATED_IN", "石佛寺村", "白马镇")),
    "place.governs": ("青山镇下辖红星村、向阳村和东风村3个行政村。",
                      ("LOCATED_IN", "向阳村", "青山镇")),
    "grid.count": ("近年来,红旗镇推行网格化管理,全镇划分网格75个,配备网格员75名。",
                   ("DIVIDED_INTO", "红旗镇", "红旗镇")),
    "team.led_respectively": ("其中,青江县财政局驻东河镇柳树村工作队、青江县人民医院驻西河镇杏林村工作队分别由韩立文、周明远担任队长。",
                              ("WORKS_FOR", "周明远", "青江县人民医院")),
    "secretary.roster_village_first": ("关于驻村第一书记人选的公示\n拟选派以下同志担任驻村第一书记：\n1．东河镇柳树村：韩立文，青江市林业局选派\n"
                                       "2．西岭镇杏林村：周明远，县财政局二级主任科员",
                                       ("SUPPORTS", "青江市林业局", "柳树村")),
    "card.unit_post": ("调整人员公示\n姓名：韩冬梅\n选派单位及职务：青江省林业厅 一级主任科员\n派驻地点：东河镇柳树村\n拟任职务：驻村第一书记",
                       ("HOLDS_POSITION", "韩冬梅", "青江省林业厅")),
    "support.former_in_note": ("本报讯 西河镇：市财政局包联桃园村（原由县统计局帮扶），县人社局包联柳沟村。",
                               ("SUPPORTS", "县统计局", "桃园村")),
    "support.joins_in": ("本报讯 南岭镇：县水利局牵头包联石门村，县气象局参与包联。", ("SUPPORTS", "县气象局", "石门村")),
    "works.sent_cadre_then_posts": ("——记国家税务总局选派干部、南岭县委常委、副县长欧阳霁", ("WORKS_FOR", "欧阳霁", "国家税务总局")),
    "secretary.career_entry": ("邱明华同志简历\n邱明华，男，汉族，1985年6月生。\n2016.03—2019.01 红河县税务局驻龙潭村第一书记\n"
                               "2019.01—2022.05 红河县税务局办公室主任", ("FIRST_SECRETARY_OF", "邱明华", "龙潭村")),
    "secretary.career_sent": ("邱明华同志简历\n邱明华，男，汉族，1985年6月生。\n2019.04—2021.06 由红河县农业农村局选派任龙潭村第一书记\n"
                              "2021.06至今 红河县农业农村局副局长", ("FIRST_SECRETARY_OF", "邱明华", "龙潭村")),
    "post.village_heading": ("头雁风采｜新当选村党组织书记群像\n【东河镇柳树村】王建军\n党支部书记、村委会主任。1978年生，退伍后经商。\n"
                             "【西岭镇杏花村】刘丽\n村党支部书记。85后返乡青年。", ("HOLDS_POSITION", "王建军", "柳树村")),
    "post.career_entry": ("邱明华同志简历\n邱明华，男，汉族，1985年6月生。\n2012.07—2018.02 红河县农业农村局科员\n"
                          "2018.02—2021.09 红河县宝华镇党委书记", ("HOLDS_POSITION", "邱明华", "宝华镇")),
    "grid.tiers": ("今年,岱山镇共划分镇级网格1个、村级网格12个、组级网格86个。",
                   ("DIVIDED_INTO", "岱山镇", "岱山镇")),
}


def page_of(text: str) -> Page:
    cleaned, index = clean(text)
    return Page("t.txt", text, cleaned, tuple(index), hashlib.sha256(text.encode()).hexdigest())


def facts_of(text: str) -> set[tuple]:
    return {(f.type, f.head, f.tail) for f in extract_page(page_of(text)).facts if not f.inferred}


@pytest.fixture
def without():
    """Switch rules off for one test."""
    def off(rule: str):
        facts.DISABLED.add(rule)
    yield off
    facts.DISABLED.clear()


@pytest.mark.parametrize("rule", sorted(CASES))
def test_the_rule_gives_its_fact(rule):
    text, fact = CASES[rule]
    assert fact in facts_of(text)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_without_the_rule_the_fact_is_gone(rule, without):
    text, fact = CASES[rule]
    without(rule)
    assert fact not in facts_of(text)


def test_every_pattern_has_a_case():
    assert {p.id for p in facts.patterns()} <= set(CASES)


def test_facts_carry_the_id_of_their_rule():
    text, fact = CASES["secretary.sent_by_unit"]
    made = [f for f in extract_page(page_of(text)).facts if (f.type, f.head, f.tail) == fact]
    assert made and made[0].pattern == "secretary.sent_by_unit"


def test_every_pattern_relates_a_unit_or_a_person():
    # facts.py skips the patterns for a sentence that names neither
    for p in facts.patterns():
        groups = {g for _, head, tail, *_ in p.facts for g in (head, tail) if not g.startswith("@")}
        groups |= {"person"} if p.sender else set()     # its facts are the sender's, found before the person
        classes = {p.regex.pattern.split(f"(?P<{g}>", 1)[1][:1] for g in groups}    # the token class
        assert classes & {"\ue006", "\ue007"}, p.id


def test_the_leader_after_the_team_is_sent_may_also_be_its_first_secretary():
    got = facts_of("本报讯 2022年6月，省林业厅向柳树村派驻乡村振兴工作队，队长兼第一书记韩茂林是一名老林业人。")
    assert ("WORKS_FOR", "韩茂林", "省林业厅") in got


def test_a_team_sent_to_a_county_is_no_units_team_in_focus():
    # "X省委驻Y县帮扶工作队" is drawn from many units: its leader is not the committee's
    got = facts_of("本报讯 江苏省委驻泗洪县帮扶工作队今年进驻以来，协调资金3000万元。工作队队长韩茂林介绍了帮扶项目。")
    assert not any(t == "WORKS_FOR" and h == "韩茂林" for t, h, _ in got)


def test_members_may_be_said_to_be_the_units_with_为():
    assert ("WORKS_FOR", "韩小倩", "青江县统计局") in facts_of("本报讯 青江县统计局帮扶柳树村，第一书记韩小倩为该局干部。")


def test_members_listed_with_their_roles_are_all_the_units():
    got = facts_of("本报讯 2.青江市审计局驻柳树村第一书记付立新、队员韩小宇、周小琳，均为该局干部。")
    assert {("WORKS_FOR", p, "青江市审计局") for p in ("韩小宇", "周小琳")} <= got


def test_members_listed_then_their_unit_in_brackets():
    got = facts_of("本报讯 ▍东河镇柳树村\n工作队员：韩小宇、周小琳（均为青江县审计局干部）\n")
    assert {("WORKS_FOR", p, "青江县审计局") for p in ("韩小宇", "周小琳")} <= got


def test_a_unit_that_pairs_then_sends_a_cadre_as_first_secretary():
    got = facts_of("本报讯 青江县税务局与东河镇柳树村结对帮扶，派驻干部韩立浩任第一书记。")
    assert ("WORKS_FOR", "韩立浩", "青江县税务局") in got


def test_first_secretaries_named_after_their_villages_in_a_list():
    got = facts_of("本报讯 以上单位为我镇结对帮扶单位，驻村第一书记分别为：柳树村韩立军（青江市应急管理局干部），"
                   "杏林村付小文（县法院干部）。")
    assert {("FIRST_SECRETARY_OF", "韩立军", "柳树村"), ("FIRST_SECRETARY_OF", "付小文", "杏林村")} <= got


def test_the_successor_becomes_the_units_secretary_and_takes_the_other_post_too():
    got = facts_of("本报讯 今年3月，韩宏伟接替任期届满的付洋，成为省林业厅派驻柳树村的第三任第一书记，同时担任驻村工作队队长。")
    assert {("FIRST_SECRETARY_OF", "韩宏伟", "柳树村"), ("WORKS_FOR", "韩宏伟", "省林业厅"),
            ("HOLDS_POSITION", "韩宏伟", "柳树村")} <= got
    assert ("HOLDS_POSITION", "付洋", "柳树村") not in got


def test_a_unit_that_supports_a_county_sends_a_team_to_one_of_its_villages():
    got = facts_of("本报讯 省林业厅定点帮扶青江县多年，在柳树村派驻了帮扶工作队。")
    assert ("SUPPORTS", "省林业厅", "柳树村") in got


def test_a_person_who_became_the_villages_first_secretary():
    assert ("FIRST_SECRETARY_OF", "韩立磊", "柳树村") in facts_of("本报讯 从这一天起，韩立磊成了柳树村新任驻村第一书记。")


def test_a_unit_supports_several_villages_and_sends_a_cadre_to_one():
    got = facts_of("本报讯 县自然资源局包联东河镇柳林村、西鲁村，选派干部韩海涛任柳林村第一书记。")
    assert any(t == "WORKS_FOR" and h == "韩海涛" and tl.endswith("自然资源局") for t, h, tl in got)


def test_a_unit_that_supports_a_county_sends_its_secretary_and_team_leader_to_a_village():
    got = facts_of("本报讯 省林业厅定点帮扶青江县，2024年继续向东河镇柳树村派驻第一书记、工作队队长韩振宇，协调资金860万元。")
    assert ("WORKS_FOR", "韩振宇", "省林业厅") in got


def test_a_bank_that_pairs_with_a_village_sends_a_team_member():
    got = facts_of("本报讯 青江县农村商业银行结对帮扶柳树村，派出驻村工作队员韩小敏，为村里办理贷款。")
    assert ("WORKS_FOR", "韩小敏", "青江县农村商业银行") in got


def test_a_village_formerly_supported_by_two_units():
    got = facts_of("本报讯 三、柳树村原由国网青江县供电公司和青江县发展和改革局共同包联，此次轮换后包联关系不变。")
    assert ("SUPPORTS", "青江县发展和改革局", "柳树村") in got


def test_a_list_of_profiles_gives_each_persons_unit_and_posts():
    got = facts_of("本报讯 拟任第一书记人选公示如下：\n"
                   "1.韩振华，男，1986年3月生，中共党员，县财政局干部，东河镇柳树村第一书记。\n"
                   "2.付小婷，女，1990年7月生，中共党员，县人民医院派驻西河镇杏林村第一书记。\n"
                   "3.韩国强，男，1981年11月生，中共党员，青江市林业局副局长，东河镇石桥村第一书记、工作队队长。\n")
    assert {("FIRST_SECRETARY_OF", "韩振华", "柳树村"), ("FIRST_SECRETARY_OF", "付小婷", "杏林村"),
            ("FIRST_SECRETARY_OF", "韩国强", "石桥村"), ("HOLDS_POSITION", "韩国强", "石桥村"),
            ("HOLDS_POSITION", "韩国强", "青江市林业局")} <= got
    assert any(t == "WORKS_FOR" and h == "付小婷" and tl.endswith("县人民医院") for t, h, tl in got)


def test_they_who_came_with_him_are_from_the_unit_too():
    got = facts_of("本报讯 同来的还有两名队员韩小宇和付佳慧，他们同样来自省农科院。")
    assert {("WORKS_FOR", "韩小宇", "省农业科学院"), ("WORKS_FOR", "付佳慧", "省农业科学院")} <= got
    got = facts_of("本报讯 他和两名队员韩明、付海燕一起走遍全村318户。两名队员也都来自省财政厅，一个熟悉项目管理。")
    assert ("WORKS_FOR", "韩明", "省财政厅") in got


def test_a_notices_blocks_of_bracketed_labels_unit_first():
    text = ("本报讯 现将第一书记情况公示如下：\n【帮促单位】青江省交通运输厅\n【派驻村】东河镇柳树村\n"
            "【第一书记】韩一鸣，男，1987年10月生，中共党员，省交通运输厅一级主任科员\n"
            "【帮促单位】青江省农业科学院\n【派驻村】西河镇杏林村\n【第一书记】付婷婷，女，1990年3月生，中共党员\n")
    got = facts_of(text)
    assert {("SUPPORTS", "青江省交通运输厅", "柳树村"), ("SUPPORTS", "青江省农业科学院", "杏林村"),
            ("FIRST_SECRETARY_OF", "韩一鸣", "柳树村"), ("FIRST_SECRETARY_OF", "付婷婷", "杏林村")} <= got
    assert ("SUPPORTS", "青江省农业科学院", "柳树村") not in got


def test_a_village_heading_then_its_units_line():
    # the heading first: the unit is that village's, not the next heading's
    got = facts_of("本报讯 各村包联安排如下：\n一、柳树村\n县级包联单位：县交通运输局\n二、杏林村\n县级包联单位：县农业农村局\n")
    assert {("SUPPORTS", "县交通运输局", "柳树村"), ("SUPPORTS", "县农业农村局", "杏林村")} <= got
    assert ("SUPPORTS", "县交通运输局", "杏林村") not in got


def test_units_that_帮促_villages():
    got = facts_of("本报讯 青江省交通运输厅挂钩帮促东河镇柳树村。杏林村是青江省审计厅的帮促村。")
    assert {("SUPPORTS", "青江省交通运输厅", "柳树村"), ("SUPPORTS", "青江省审计厅", "杏林村")} <= got


def test_the_unit_in_brackets_after_the_persons_post():
    assert ("WORKS_FOR", "韩小鹏", "青江市审计局") in facts_of("本报讯 网格指导员：韩小鹏（驻村第一书记，青江市审计局）")


def test_the_unit_that_sends_a_cadre_to_take_over_as_first_secretary():
    got = facts_of("本报讯 柳树村包联单位调整为青江市生态环境局东河分局，该分局派驻干部韩立梁接任第一书记。")
    assert ("WORKS_FOR", "韩立梁", "青江市生态环境局东河分局") in got


def test_the_mode_of_support_is_the_whole_verb_挂钩帮促():
    made = [f for f in extract_page(page_of("本报讯 青江省交通运输厅挂钩帮促东河镇柳树村。")).facts if f.type == "SUPPORTS"]
    assert [f.prop("mode") for f in made] == ["挂钩帮促"]


def test_villages_that_are_units_points_respectively_without_的():
    got = facts_of("本报讯 柳树村、杏林村分别为青江市审计局、青江县人民医院定点帮扶村。")
    assert {("SUPPORTS", "青江市审计局", "柳树村"), ("SUPPORTS", "青江县人民医院", "杏林村")} <= got


def test_a_notices_village_headings_with_bullets_and_label_lines():
    text = ("本报讯 现将我镇部分村后盾单位及驻村工作队调整情况公示如下：\n\n◆ 柳树村\n后盾单位：青江市住房和城乡建设局\n"
            "驻村第一书记、工作队队长：韩光辉（市住建局干部，新任）\n\n◆ 杏林村\n后盾单位：青江县税务局\n"
            "第一书记：付志勇（县税务局干部，新任）\n")
    got = facts_of(text)
    assert {("SUPPORTS", "青江市住房和城乡建设局", "柳树村"), ("FIRST_SECRETARY_OF", "韩光辉", "柳树村"),
            ("SUPPORTS", "青江县税务局", "杏林村"), ("FIRST_SECRETARY_OF", "付志勇", "杏林村")} <= got


def test_a_notices_village_headings_in_square_brackets():
    # "【Z村】" on a line of its own heads that village's lines, as "◆ Z村" does
    text = ("东河镇关于驻村工作队调整情况的公告\n\n现将调整后的名单公告如下。\n\n【柳树村】\n帮扶单位：青江市审计局\n"
            "第一书记：韩立军（市审计局干部）\n网格设置：全村划分3个网格\n\n【杏林村】\n帮扶单位：青江县林业局\n"
            "第一书记：付晓明（县林业局干部）\n")
    got = facts_of(text)
    assert {("SUPPORTS", "青江市审计局", "柳树村"), ("FIRST_SECRETARY_OF", "韩立军", "柳树村"),
            ("DIVIDED_INTO", "柳树村", "柳树村"), ("SUPPORTS", "青江县林业局", "杏林村"),
            ("FIRST_SECRETARY_OF", "付晓明", "杏林村")} <= got


def test_every_name_of_a_list_the_tagger_read_in_part():
    # the tagger reads some names of "网格员：A、B、C" (not the nicknames 付二牛, 蒋铁锁): the
    # others are names too
    got = facts_of("本报讯 杏林村网格员：韩秀英、付二牛、蒋铁锁。")
    assert {("HOLDS_POSITION", n, "杏林村") for n in ("韩秀英", "付二牛", "蒋铁锁")} <= got


def test_a_name_of_a_list_the_tagger_cut_short_is_the_whole_item():
    text = "网格员：韩秀英、蒋拴柱。"
    found = {4: Mention(PERSON, "韩秀英", 4, 7), 8: Mention(PERSON, "蒋拴", 8, 10)}
    mentions._complete_list(text, found, [])
    assert found[8].surface == "蒋拴柱"


@pytest.mark.parametrize("text, person, unit, title", [
    ("本报讯 今年45岁的韩秀琴，年轻时在青江县金穗果业有限公司当了七年技术员。", "韩秀琴", "青江县金穗果业有限公司", "技术员"),
    ("本报讯 早些年，韩立新曾在建行青江支行当过四年行长。", "韩立新", "建行青江支行", "行长")])
def test_an_earlier_job_when_young_or_done_before(text, person, unit, title):
    made = [(f.head, f.tail, f.prop("title")) for f in extract_page(page_of(text)).facts if f.type == "HOLDS_POSITION"]
    assert made == [(person, unit, title)]


def test_a_predecessor_named_with_his_post_in_his_own_unit():
    # "前任、X局副局长Z": the post is his at home; "前任村党支部书记Z" would be another post
    got = facts_of("本报讯 驻柳树村第一书记韩建军说。韩建军的前任、县财政局副局长付文斌至今还被村民挂在嘴边。")
    assert ("FIRST_SECRETARY_OF", "付文斌", "柳树村") in got


def test_a_withheld_name_names_no_one():
    got = facts_of("本报讯 东河镇某村第一书记李某（县某局干部）抽查时不在岗。")
    assert not any("某" in h + t for _, h, t in got)


def test_a_trade_is_no_rank_of_the_sender():
    got = facts_of("本报讯 柳树村由青江县林业局包联。该局选派的第一书记韩建华是一名林业工程师，他引导村民种黄精。")
    assert not any(t == "HOLDS_POSITION" and h == "韩建华" for t, h, _ in got)


def test_a_centre_named_bare_after_its_full_name():
    got = facts_of("本报讯 青江县水利事业发展中心结对帮扶东河镇柳树村，中心派驻的工作队员韩志远今年帮助村里争取到项目。")
    assert ("WORKS_FOR", "韩志远", "青江县水利事业发展中心") in got


def test_a_unit_that_sends_the_successor_supports_the_village_being_talked_about():
    got = facts_of("本报讯 东河镇柳树村原第一书记田勇（县水利局干部）任期届满，由青江县自然资源局另派干部石磊接任第一书记。")
    assert {("SUPPORTS", "青江县自然资源局", "柳树村"), ("WORKS_FOR", "石磊", "青江县自然资源局")} <= got


def test_the_unit_of_a_township_said_to_be_its_supporter():
    assert ("SUPPORTS", "青江县应急管理局", "东河镇") in facts_of("本报讯 东河镇的包联单位是青江县应急管理局。")


def test_who_takes_the_post_after_succeeding_a_long_described_predecessor():
    got = facts_of("本报讯 今年4月，县住建局干部韩芳接替任期届满返回单位的第一书记付鹏，担任柳树村第一书记。")
    assert ("FIRST_SECRETARY_OF", "韩芳", "柳树村") in got


def test_whom_she_took_over_from_was_the_village_s_first_secretary():
    got = facts_of("本报讯 韩玉兰是该院派驻柳树村的第二任第一书记，接替的是已回院工作的骨科医生付国强。")
    assert ("FIRST_SECRETARY_OF", "付国强", "柳树村") in got


def test_who_became_the_secretary_described_with_the_unit_in_focus():
    got = facts_of("本报讯 青江市自然资源局定点帮扶柳树村。接过接力棒、成为柳树村新一任第一书记的，是该局规划科副科长韩子涵。")
    assert ("FIRST_SECRETARY_OF", "韩子涵", "柳树村") in got


def test_grid_counts_listed_after_the_first_place():
    got = facts_of("本报讯 本次调整后，柳树村划分三级网格11个、杏林村9个，网格员名单由各村自行公示。")
    assert ("DIVIDED_INTO", "杏林村", "杏林村") in got
    got = facts_of("本报讯 东河镇共划分网格126个，其中柳树村9个，网格员全部由村民小组长担任。")
    assert ("DIVIDED_INTO", "柳树村", "柳树村") in got


def test_grid_counts_of_places_respectively():
    made = {(f.head, f.prop("count")) for f in extract_page(page_of("本报讯 柳树村、杏林村、桃园村分别划分网格6个、5个、8个。")).facts
            if f.type == "DIVIDED_INTO"}
    assert made == {("柳树村", 6), ("杏林村", 5), ("桃园村", 8)}


@pytest.mark.parametrize("text", [
    "本报讯 去年，西岭镇推行网格化管理，柳树村、杏林村分别被划分为4个、6个网格。",     # passive
    "本报讯 各镇要加快进度，柳树村、杏林村已分别划分4个、6个网格。",                  # an adverb before 分别
    "本报讯 柳树村、杏林村分别划分为4个和6个网格。",                                # 和 joins the counts
])
def test_grid_counts_of_places_respectively_however_written(text):
    made = {(f.head, f.prop("count")) for f in extract_page(page_of(text)).facts if f.type == "DIVIDED_INTO"}
    assert made == {("柳树村", 4), ("杏林村", 6)}


def test_the_province_of_counties_counted_is_not_what_is_supported():
    got = facts_of("本报讯 青江银行定点帮扶陕西四县二十二载。")
    assert not any(t == "SUPPORTS" for t, _, _ in got)


def test_a_county_named_like_a_person_is_not_the_article_s_protagonist():
    # a breadcrumb's "> 青田" may read as a name; 青田县 twice does not make 青田 the person the article is about
    from types import SimpleNamespace as NS
    article = NS(byline="", read=[NS(text=t) for t in ("丽水新闻网 > 县市新闻 > 青田", "韩方明曾任青田县大河岸镇副镇长。",
                                                        "青田县的茶叶远近闻名，青田县的农民也种菜。", "韩方明说，村里变化很大。")])
    assert facts._protagonist(article, [], frozenset({"韩方明", "青田"})).surface == "韩方明"


def test_as_the_place_s_supporting_unit_with_words_before_the_verb():
    got = facts_of("本报讯 作为东河镇的山海协作结对单位，青江市经济和信息化局近三年来累计协调资金420万元。")
    assert ("SUPPORTS", "青江市经济和信息化局", "东河镇") in got


@pytest.mark.parametrize("text", ["本报讯 柳树村的包联部门是青江县水利局。",
                                  "本报讯 在柳树村，青江县水利局作为包抓部门，帮助村里争取项目资金160万元。"])
def test_a_supporting_department_as_a_supporting_unit(text):
    assert ("SUPPORTS", "青江县水利局", "柳树村") in facts_of(text)


def test_a_label_line_does_not_run_on_into_the_next():
    # "后盾单位：X局" / "第一书记：张某（Y局干部）": two lines, not "X局第一书记：张某"
    got = facts_of("本报讯 公示如下：\n\n◆ 杏林村\n后盾单位：国家税务总局青江侗族自治县税务局\n第一书记：付志勇（县农业农村局干部，新任）\n")
    assert ("FIRST_SECRETARY_OF", "付志勇", "杏林村") in got
    assert not any(t == "WORKS_FOR" and h == "付志勇" and tl.endswith("税务局") for t, h, tl in got)


def test_a_section_headed_by_a_village_stays_about_it():
    # a line that names another village ("X局改为包联Y村") does not move the section's village
    text = ("本报讯 现将部分村轮换调整情况公示如下：\n一、东河镇柳树村\n"
            "包联单位由县林业局调整为县交通运输局，县林业局改为包联西河乡杏林村。\n"
            "原第一书记韩志刚（县林业局）因工作调动召回。\n新任第一书记付明轩，县交通运输局干部。\n"
            "二、西河乡杏林村\n杏林村新任第一书记为县林业局干部韩小雪。\n")
    got = facts_of(text)
    assert {("FIRST_SECRETARY_OF", "韩志刚", "柳树村"), ("FIRST_SECRETARY_OF", "付明轩", "柳树村"),
            ("SUPPORTS", "县交通运输局", "柳树村"), ("FIRST_SECRETARY_OF", "韩小雪", "杏林村")} <= got
    assert ("FIRST_SECRETARY_OF", "付明轩", "杏林村") not in got


def test_the_successor_is_said_to_be_the_units_too():
    assert ("WORKS_FOR", "韩立静", "青江市财政局") in facts_of("本报讯 接替他的韩立静，同样是青江市财政局派驻的干部。")


def test_an_aside_on_the_person_does_not_hide_what_is_said_of_them():
    # "张某今年45岁，是…", "张某是苗族，X局派驻…的第一书记": an age or a people between the name and 是
    for text in ("本报讯 韩立文今年45岁，是青江县水利局派驻柳树村的第一书记。",
                 "本报讯 韩立文是苗族，青江县水利局派驻柳树村的第一书记。"):
        got = facts_of(text)
        assert {("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("WORKS_FOR", "韩立文", "青江县水利局")} <= got, text


def test_a_college_of_the_school_in_focus():
    text = ("本报讯 青江师范学院定点帮扶柳树村已有六年。2019年，学校选派教务处干部韩立文到柳树村任第一书记。"
            "2022年，学校数学学院讲师周明接任柳树村第一书记。")
    got = facts_of(text)
    assert ("WORKS_FOR", "韩立文", "青江师范学院") in got      # (no unit "…选派教务处")
    assert ("HOLDS_POSITION", "周明", "青江师范学院数学学院") in got


def test_a_member_of_the_units_work_team_works_for_the_unit():
    got = facts_of("本报讯 周建栋今年58岁，是青江市住建局派驻柳树村工作队的一名队员。")
    assert ("WORKS_FOR", "周建栋", "青江市住房和城乡建设局") in got


def test_the_successor_the_unit_newly_sent_works_for_it():
    got = facts_of("本报讯 青江省粮食局驻东河镇柳树村第一书记马振东任期届满，由该局新选派的付晓畅接任。")
    assert ("WORKS_FOR", "付晓畅", "青江省粮食局") in got


def test_a_cadre_sent_to_the_village_as_first_secretary_works_for_the_unit():
    got = facts_of("本报讯 青江市交通运输局结对帮扶柳树村，2024年初选派机关干部曾子豪到村任第一书记。")
    assert ("WORKS_FOR", "曾子豪", "青江市交通运输局") in got


def test_terms_of_first_secretaries_are_no_post():
    # "和两任第一书记搭过班子": 任 after a number counts terms
    got = facts_of("本报讯 柳树村党支部书记周长顺今年58岁，已经和两任第一书记搭过班子。")
    assert not any(t == "FIRST_SECRETARY_OF" for t, _, _ in got)


def test_people_who_served_the_second_and_third_terms():
    got = facts_of("本报讯 青江省气象局帮扶柳树村。此后，省气象局又先后选派程斌、汪海鹰分别担任第二任、第三任第一书记。")
    assert {("FIRST_SECRETARY_OF", "程斌", "柳树村"), ("FIRST_SECRETARY_OF", "汪海鹰", "柳树村")} <= got


def test_the_hospital_in_focus_after_是_then_a_department_and_a_title():
    got = facts_of("本报讯 青江县人民医院选派的驻村第一书记陈明涛，是医院骨科副主任医师。")
    assert ("HOLDS_POSITION", "陈明涛", "青江县人民医院") in got


def test_a_division_or_youth_league_of_the_school_in_focus():
    got = facts_of("本报讯 青江农业大学定点帮扶东河县柳树村。工作队队员张博是学校资产管理处的干部。工作队队员娜仁是学校团委的干部。")
    assert {("WORKS_FOR", "张博", "青江农业大学资产管理处"), ("WORKS_FOR", "娜仁", "青江农业大学团委")} <= got


def test_a_unit_sends_a_cadre_with_a_long_division_and_rank_as_first_secretary():
    got = facts_of("本报讯 2022年，青江省林业局选派生态保护修复处一级主任科员韩志明到柳树村担任驻村第一书记。")
    assert ("SUPPORTS", "青江省林业局", "柳树村") in got


def test_a_village_also_paired_with_a_second_unit():
    assert ("SUPPORTS", "县人民医院", "柳树村") in facts_of("本报讯 柳树村同时由县人民医院共同包联，县人民医院每月组织医护人员到村巡诊。")


def test_the_village_s_secretary_is_a_unit_s_doctor():
    assert ("FIRST_SECRETARY_OF", "韩冬", "柳树村") in facts_of("本报讯 柳树村的驻村第一书记是县医院外科主治医师韩冬。")


def test_a_sender_line_is_about_the_person_of_the_line_just_before():
    got = facts_of("本报讯 ▍东河镇柳树村\n第一书记：韩立文\n柳树村发展肉牛养殖成效明显。\n派出单位：青江县审计局\n")
    assert ("WORKS_FOR", "韩立文", "青江县审计局") not in got


def test_a_label_line_gives_the_person_then_the_post_at_home():
    # no profile's cells (男, 1987年生) between the name and the post, a note after the post
    got = facts_of("本报讯 二、东河镇柳树村\n第一书记：韩立文，青江市审计局二级主任科员（新任），兼任驻村工作队队长\n")
    assert ("HOLDS_POSITION", "韩立文", "青江市审计局") in got


def test_a_village_s_cell_then_its_secretary_sent_by_a_unit_in_brackets():
    got = facts_of("本报讯 【轮换名单】\n东河镇柳树村 第一书记：韩立文（县农业农村局派驻） 工作队员：王婷、陈飞\n")
    assert ("SUPPORTS", "县农业农村局", "柳树村") in got


def test_a_unit_in_brackets_then_a_note():
    got = facts_of("本报讯 第一书记：韩立文（青江县审计局干部，新任）\n")
    assert ("WORKS_FOR", "韩立文", "青江县审计局") in got


def test_the_village_s_secretary_sent_by_a_unit_with_no_comma_before_由():
    got = facts_of("本报讯 柳树村的驻村第一书记韩立文由青江市农业农村局选派，今年是他驻村的第二年。")
    assert ("SUPPORTS", "青江市农业农村局", "柳树村") in got


def test_the_secretary_s_post_at_home_in_the_cell_after_the_name():
    got = facts_of("本报讯 柳树村：现任第一书记韩立文，县财政局四级主任科员，2024年3月由该局派驻。")
    assert ("HOLDS_POSITION", "韩立文", "县财政局") in got


def test_a_clause_after_the_secretary_s_name_is_no_post_of_his():
    got = facts_of("本报讯 县财政局选派到柳树村的驻村第一书记韩立文，把全村218户划分为7个网格，每个网格由1名党员担任网格员。")
    assert not any(t == "HOLDS_POSITION" and h == "韩立文" for t, h, _ in got)


def test_a_post_in_the_unit_s_division_after_是_and_的():
    got = facts_of("本报讯 柳树村第一书记韩立文是青江省商务厅对外贸易处的二级主任科员。")
    assert ("HOLDS_POSITION", "韩立文", "青江省商务厅对外贸易处") in got


def test_a_leader_who_hands_the_new_first_secretaries_their_cards_is_none_of_them():
    got = facts_of("本报讯 柳树村召开交接会。会上，县委组织部部长韩立文为新任第一书记颁发了驻村工作证。")
    assert not any(t == "FIRST_SECRETARY_OF" and h == "韩立文" for t, h, _ in got)


def test_a_village_s_unit_changed_after_a_label():
    got = facts_of("本报讯 二、东河镇柳树村\n帮扶单位：由县审计局调整为青江市应急管理局\n")
    assert ("SUPPORTS", "青江市应急管理局", "柳树村") in got


def test_the_leader_s_label_line_under_the_team_of_a_village():
    got = facts_of("本报讯 现将名单公示如下。\n\n★柳树村\n驻村工作队：青江县税务局驻柳树村工作队\n"
                   "队长：韩立文（县税务局干部）\n第一书记：付明轩（县税务局干部）\n")
    assert ("HOLDS_POSITION", "韩立文", "柳树村") in got


def test_a_grid_instructor_of_the_village_in_focus():
    got = facts_of("本报讯 柳树村划分网格9个，韩立文兼任网格指导员，他把种植户都拉进了微信群。")
    assert ("HOLDS_POSITION", "韩立文", "柳树村") in got


def test_a_clause_about_first_secretaries_in_general_is_no_post_of_the_speaker():
    got = facts_of("本报讯 在柳树村，东河镇镇长韩立文说，驻村第一书记同时担任网格指导员，是镇里今年的做法。")
    assert ("HOLDS_POSITION", "韩立文", "柳树村") not in got


def test_a_member_who_comes_from_a_unit_s_division():
    got = facts_of("本报讯 工作队员韩立文来自青江省交通运输厅综合规划处，他负责村里的合作社。")
    assert ("WORKS_FOR", "韩立文", "青江省交通运输厅综合规划处") in got


def test_the_one_who_had_been_the_village_s_secretary_for_years():
    got = facts_of("本报讯 2021年村两委换届，当了27年柳树村党支部书记的韩金堂主动让贤。")
    assert ("HOLDS_POSITION", "韩金堂", "柳树村") in got


def test_the_person_of_the_label_line_after_a_notice_s_sender_line():
    got = facts_of("本报讯 现将名单公布如下：\n（一）东河镇柳树村\n派驻单位：青江省林业局\n第一书记：韩立文\n"
                   "（二）东河镇杏林村\n派驻单位：青江学院\n队长：周建华（第一书记）\n")
    assert {("WORKS_FOR", "韩立文", "青江省林业局"), ("WORKS_FOR", "周建华", "青江学院"),
            ("HOLDS_POSITION", "周建华", "杏林村")} <= got


def test_a_letter_spaced_label():
    assert clean("本报讯\n队　　长：韩立文（第一书记）\n")[0].endswith("队长：韩立文（第一书记）")


def test_members_who_also_all_come_from_a_unit():
    got = facts_of("本报讯 工作队另外两名队员韩立文和付明轩，也都来自青江学院。")
    assert {("WORKS_FOR", "韩立文", "青江学院"), ("WORKS_FOR", "付明轩", "青江学院")} <= got


def test_a_unit_supports_a_counted_list_of_villages():
    got = facts_of("本报讯 这一轮，青江省审计厅在东河县定点帮扶3个村：东河镇刘楼村、西河镇前营村和南河镇苏堂村。")
    assert {("SUPPORTS", "青江省审计厅", v) for v in ("刘楼村", "前营村", "苏堂村")} <= got


def test_secretaries_of_villages_listed_are_all_the_unit_s_members():
    got = facts_of("本报讯 前营村第一书记韩立文、苏堂村第一书记付明轩，也都是青江省审计厅的年轻干部。")
    assert {("WORKS_FOR", "韩立文", "青江省审计厅"), ("WORKS_FOR", "付明轩", "青江省审计厅")} <= got


def test_a_second_post_of_the_clause_s_subject_after_也是():
    got = facts_of("本报讯 “韩书记”叫韩立文，是青江市生态环境局派驻柳树村的第一书记，也是驻村工作队队长。")
    assert ("HOLDS_POSITION", "韩立文", "柳树村") in got


def test_also_the_province_s_first_secretary_of_a_village():
    got = facts_of("本报讯 韩丽是青江医科大学附属医院心内科副主任医师，也是省派柳树村第一书记。")
    assert ("FIRST_SECRETARY_OF", "韩丽", "柳树村") in got


def test_a_county_leader_linked_to_a_town_holds_a_post_in_the_county_s_committee():
    got = facts_of("本报讯 今年8月，包联东河镇的青江县委常委、宣传部部长韩晓梅到村里调研。")
    assert ("HOLDS_POSITION", "韩晓梅", "青江县委") in got
    assert ("SUPPORTS", "青江县委", "东河镇") not in got     # (she, not the committee, is linked to the town)


def test_the_post_a_former_secretary_now_holds():
    got = facts_of("本报讯 第二任第一书记韩立新，如今是农行青江县支行行长。")
    assert ("HOLDS_POSITION", "韩立新", "农行青江县支行") in got


@pytest.mark.parametrize("text", [
    "本报讯 在安平县北河镇，桃园村驻村工作队队长由青江市林业局派驻的干部韩立波担任，第一书记另由县里选派。",
    "本报讯 在安平县北河镇，桃园村驻村工作队队长韩立波是青江市林业局派驻的干部，队员由乡里抽调。",
])
def test_a_unit_that_sends_the_team_leader_supports_the_village(text):
    assert ("SUPPORTS", "青江市林业局", "桃园村") in facts_of(text)


def test_a_person_named_only_before_来自_works_for_that_unit():
    # (no title or role: "工作队另外两名队员，Z来自X局")
    got = facts_of("本报讯 北河镇桃园村工作队另外两名队员，韩丽娟来自青江市气象局，付志鹏是东河县交通运输局干部。")
    assert ("WORKS_FOR", "韩丽娟", "青江市气象局") in got


def test_a_profile_card_gives_the_unit():
    # (works.profile's other case: a card opened by 【人物名片】)
    assert ("WORKS_FOR", "韩立文", "青江市住房和城乡建设局") in facts_of(
        "本报讯 【人物名片】韩立文，1986年生，青江市住房和城乡建设局干部。")


@pytest.mark.parametrize("text", [
    "本报讯 2020年8月，青江市林业局乡村振兴驻村工作队进驻桃园村。",     # (the team's name has two words before 工作队)
    "本报讯 2020年8月，青江市林业局乡村振兴服务队进驻桃园村。",       # (Shandong's word for a sent team)
])
def test_a_units_team_named_at_length_is_the_units(text):
    assert ("SUPPORTS", "青江市林业局", "桃园村") in facts_of(text)


@pytest.mark.parametrize("sent", ["，2023年从青江县林业局派驻", "是侗族，2023年受青江县林业局派驻到"])
def test_a_person_sent_from_or_by_order_of_a_unit_works_for_it(sent):
    got = facts_of(f"本报讯 韩立文{sent}东河镇柳树村任第一书记，他带领村民种植中药材。")
    assert ("WORKS_FOR", "韩立文", "青江县林业局") in got


@pytest.mark.parametrize("text", ["本报讯 据悉，青海省林业厅今年共向全省选派驻村干部15名。",
                                  "本报讯 据了解，南岭县纪委监委已在全县选派12名干部担任驻村第一书记。"])
def test_a_unit_that_sends_cadres_across_its_whole_area_supports_no_place_there(text):
    assert not [f for f in facts_of(text) if f[0] == "SUPPORTS"]


def test_a_unit_that_sends_a_team_to_each_of_the_villages_listed():
    got = facts_of("本报讯 按照部署，省林业厅继续派驻长宁镇柳树村和杏林村两个驻村工作队。")
    assert {("SUPPORTS", "省林业厅", "柳树村"), ("SUPPORTS", "省林业厅", "杏林村")} <= got


def test_the_units_of_villages_listed_respectively_after_a_clause_on_them():
    got = facts_of("本报讯 本轮轮换后，东岭村、西岭村的后援单位保持不变，分别为县林业局、县水利局。")
    assert {("SUPPORTS", "县林业局", "东岭村"), ("SUPPORTS", "县水利局", "西岭村")} <= got


def test_a_table_of_first_secretaries_reports_whose_person_column_is_who_reported():
    got = facts_of("我县召开驻村第一书记述职评议会\n会上，12名驻村第一书记逐一述职。\n述职人　所驻村　派出单位　测评等次\n"
                   "韩立文　东河镇柳树村　青江县水利局　好\n罗秀英　西河镇杏林村　青江县林业局　较好\n")
    assert {("FIRST_SECRETARY_OF", "韩立文", "柳树村"), ("WORKS_FOR", "罗秀英", "青江县林业局")} <= got
