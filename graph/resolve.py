"""Claims -> facts and entities with canonical names (graph-model.md, "Names").

A place grounded in the register of divisions takes its official name, its code
and its parents, and its code is its identity (two 红旗村 in two counties are two
nodes); an ungrounded place is known by its name within the article's county.
Each article gets a home 旗/县, 市 and 省 (the ones it names most, else the
page's, else the register's parents of the county): bare prefixes are qualified
by them (旗水务局 -> 达拉特旗水务局, 市供销社 -> 鄂尔多斯市供销社, 省纪委 ->
河南省纪委, 我旗 -> 达拉特旗), and every surface form is kept as an alias.
Containment the text does not state but the register gives is added, marked inferred.
"""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from .facts import Claim, Reading, Ref
from .model import GRID, ORG, PLACE, DocGraph, Entity, Fact
from .places import unit_county_name
from . import regexes
from .register import AUTONOMOUS, register
from .vocab import NATIONAL, ORG_ABBREVIATIONS, words

BARE_UNIT_ENDINGS = ("局", "委", "办")
# A unit written with a bare level prefix belongs to the home place of that level.
BARE_PREFIXES = (("自治区", "province"), ("省", "province"), ("市", "city"), ("州", "city"), ("盟", "city"), ("地区", "city"),
                 ("旗", "county"), ("县", "county"), ("区", "county"), ("镇", "township"), ("乡", "township"))


@dataclass(frozen=True)
class Home:
    county: str | None
    city: str | None
    province: str | None = None
    counties: tuple[str, ...] = ()      # every county the article names, most named first
    own_province: str | None = None     # the province of its county, by the register
    own_city: str | None = None         # and its city
    township: str | None = None         # the township named most
    in_full: tuple[tuple[str, str], ...] = ()    # a unit's bare name -> the unit the article named in full

    def province_for(self, prefix: str) -> str | None:
        """What a bare 省 or 自治区 means: the province of the article's county, else the
        one named most (a partner in 东西部协作, 广东 in an article about a 湖南 county, is not it)."""
        if (self.own_province or "").endswith(prefix):
            return self.own_province
        if prefix == "省" or (self.province or "").endswith(prefix):
            return self.province
        # (自治区 is no 省: in an article about a 宁夏 county that names 福建 most, 自治区商务厅 is 宁夏's)
        return next((p for c in (*self.counties, self.city) if (p := _register_parents(c).get("Province", "")).endswith(prefix)),
                    None)

    def city_of_kind(self, prefix: str) -> str | None:
        """What a bare 州, 盟 or 地区 means: the city named most, unless that is of another
        kind (珠海市, a partner in 东西部协作, for 州财政局): then the county's."""
        if self.city and not self.city.endswith(prefix) and (self.own_city or "").endswith(prefix):
            return self.own_city
        return self.city

    def township_of_kind(self, level_word: str) -> str | None:
        """What a bare 镇 or 乡 means (镇财政所): the township named most, if it is one."""
        return self.township if (self.township or "").endswith(level_word) else None

    def county_for(self, level_word: str) -> str | None:
        """The county a bare 旗/县/区 means: in an article about a district and a banner
        (京蒙协作), 旗委 is the banner's and 区委 the district's."""
        same_kind = next((c for c in self.counties if c.endswith(level_word)), None)
        if same_kind or not self.counties:
            return same_kind or self.county
        return None     # "县农业农村局" in an article that names only a partner 海曙区: not the district's

    def city_for(self, unit: str = "") -> str | None:
        """What a bare 市 means: a county-level city the article is about (仁怀市),
        else its city, else a city that is a province (重庆市). A partner city of
        another province (鲁渝协作: 济南市 in an article about 巫溪县) is not it.
        An intermediate court (市中院) is only ever the prefecture's."""
        if (self.county or "").endswith("市") and not unit.endswith(("中院", "中级人民法院")):
            return self.county
        city, province = self.city, self.province
        if city and self.own_province and _register_parents(city).get("Province") not in (None, self.own_province):
            city, province = self.own_city, self.own_province
        elif city and self.own_city and city != self.own_city:
            city = self.own_city    # "市科技局" in an article about a banner that names another city in passing
        return city or (province if (province or "").endswith("市") else None)


def resolve_page(doc: str, digest: str, readings: list[Reading]) -> DocGraph:
    page_refs = [r for reading in readings for r in reading.refs]
    entities: dict[str, Entity] = {}
    facts: dict[str, Fact] = {}
    mentions: dict[str, list[str]] = {}
    homes = [article_home(reading.refs, page_refs) for reading in readings]
    homes = [replace(home, in_full=_named_in_full(reading.refs, home)) for reading, home in zip(readings, homes)]
    for reading, home in zip(readings, homes):
        ids = [_entity(entities, ref, home).id for ref in reading.refs if _name(ref, home)]
        mentions[reading.article.id] = sorted(set(ids))
        for claim in reading.claims:
            fact = _fact(claim, home, reading, entities)
            if fact and fact.key not in facts:
                facts[fact.key] = fact
    stated = _posts_over_membership(list(facts.values()))
    facts = {f.key: f for f in stated}
    for reading, home in zip(readings, homes):     # only where no sentence says it
        for fact in _inferred(reading, home, stated, entities):
            facts.setdefault(fact.key, fact)
    return DocGraph(doc, digest, [r.article for r in readings], list(entities.values()),
                    list(facts.values()), mentions)


def _named_in_full(refs: list[Ref], home: Home) -> tuple[tuple[str, str], ...]:
    """A unit named with a bare level prefix after the article named it with its place
    ("呼伦贝尔市住建局…市住建局局长"): the unit named in full, if the place is one of
    the article's own and only one unit named in full fits."""
    orgs = [r for r in refs if r.label == ORG]
    bare = {r: p for r in orgs if (p := _bare_prefix(r.canonical or r.surface))}
    placeless = {r for r in orgs if r not in bare and not r.canonical and _org_name(r.surface, home) != r.surface}
    in_full = {_name(r, home) for r in orgs if r not in bare and r not in placeless} - {None}
    own = {home.county, home.city, home.province, home.own_city, home.own_province} - {None}
    out = []
    with_place = in_full | {_name(r, home) for r in bare} - {None}      # ("市审计局…", then "审计局帮扶Y村")
    for r in placeless:     # "X市水利局驻Y村…", then "水利局包联我们村": the one unit named with its place
        body = written_out(r.surface)
        named = [n for n in with_place if n.endswith(body) and len(n) > len(body)]
        if len(named) == 1 and (name := _name(r, home)) != named[0]:
            out.append((name, named[0]))
    for r, prefix in bare.items():
        body = written_out(r.canonical or r.surface)[len(prefix):]
        named = list({n[:k + len(body)] if n.startswith(body, k) else n for n in in_full
                      for k in _body_starts(n, body) if _own_place(n[:k], prefix, own)})
        #   (a division named in full names its unit: "市税务局" after "X市税务局第二稽查局")
        if len(named) == 1 and (name := _name(r, home)) != named[0]:
            out.append((name, named[0]))
    return tuple(out)


def _body_starts(name: str, body: str) -> list[int]:
    """Where `name` may hold a unit's body as printed in full or shortened by leaving
    characters out, first and last kept ("文旅体育局" in "X市文化旅游体育局", "供销社" in
    "X省供销合作社联合社")."""
    if name.endswith(body):
        return [len(name) - len(body)]
    if len(body) < 3:
        return []
    return [k for k in range(len(name)) if name.startswith(body, k) or name[k] == body[0] and _leaves_out(name[k:], body)]


def _leaves_out(full: str, short: str) -> bool:
    """(Never a place left out: "X市交通运输局无棣县自然资源局" is two units run together.)"""
    chars = iter(full)
    return full[-1] == short[-1] and all(c in chars for c in short) and \
        not any(register().named(full[k - n:k + 1]) for k, c in enumerate(full) if c in _PLACE_LEVELS
                for n in (1, 2, 3, 4) if k >= n)


_PLACE_LEVELS = set("省市县区旗盟州")


def _own_place(stem: str, prefix: str, own: set[str]) -> bool:
    """The place a unit's name opens with is one of the article's own, of the bare prefix's
    level ("县医院" after "X县人民医院": the county's 人民医院)."""
    stem = stem.removesuffix("人民").removeprefix(next((o for o in _VERTICAL_ORGANS if stem.startswith(o)), ""))
    stem = stem[len(bank.group()):] if (bank := _BANK_OPENING.match(stem)) else stem
    return stem in own and stem.endswith(prefix) and not (prefix == "区" and stem.endswith(("地区", "自治区")))
    #   ("县税务局" after "国家税务总局X县税务局"; "省分行" after "农发行X省分行"; but "自治区林草局" is not
    #   和田地区林草局)


_BANK_OPENING = regexes.compile("[\u4e00-\u9fff]{1,10}?行(?=[\u4e00-\u9fff]{2,})")     # 农发行, 中国农业银行


_VERTICAL_ORGANS = tuple(words("vertical_organs"))


def _bare_prefix(name: str) -> str | None:
    return next((p for p, _ in BARE_PREFIXES if name.startswith(p) and not _prefix_is_word(name, p)), None)




def _most_named(refs, level: str, tie: str | None = None) -> str | None:
    """The place of `level` named most; on a tie, `tie` if it is one of them."""
    names = Counter(_place_name(r) for r in refs if r.label == PLACE and r.level == level and r.kind is None)
    if not names:
        return None
    top = names.most_common(1)[0]
    return tie if tie in names and names[tie] == top[1] else top[0]


def _posts_over_membership(facts: list[Fact]) -> list[Fact]:
    """A post in a unit says the person belongs to it: no WORKS_FOR beside a
    HOLDS_POSITION of the same person in the same unit ("该院护士长张某", not also a member)
    or in one of its divisions ("回到X厅，任综合处副处长")."""
    held = defaultdict(set)
    for f in facts:
        if f.type == "HOLDS_POSITION":
            held[f.head_id].add(f.tail_id)

    def within(unit: str, post_units: set[str]) -> bool:
        return any(t == unit or t.startswith(unit) and t.endswith(_DIVISIONS) for t in post_units)
    return [f for f in facts if not (f.type == "WORKS_FOR" and within(f.tail_id, held.get(f.head_id, set())))]


_DIVISIONS = ("处", "科", "室", "股", "部", "系", "中心", "所", "学院")


def article_home(refs: list[Ref], page_refs: list[Ref]) -> Home:
    """The county, city and province an article is about."""
    holding = _containing(refs, "County")       # (on a tie, the county that holds the article's places)
    county = _most_named(refs, "County", holding) or _most_named(page_refs, "County") or holding
    city = _most_named(refs, "City") or _most_named(page_refs, "City")
    province = _most_named(refs, "Province") or _most_named(page_refs, "Province")
    parents = _register_parents(county) or _register_parents(city)
    named = Counter(_place_name(r) for r in refs if r.label == PLACE and r.level == "County" and r.kind is None)
    # (then the county that holds the article's townships, when it is named only by them: "景宁英川镇")
    counties = tuple(dict.fromkeys([county] + [name for name, _ in named.most_common()] + [holding]))
    return Home(county, city or parents.get("City"), province or parents.get("Province"),
                tuple(c for c in counties if c), parents.get("Province"), parents.get("City"),
                _most_named(refs, "Township"))


def _containing(refs: list[Ref], level: str) -> str | None:
    """The place of `level` that holds most of the article's places: the county of
    the township an article is about, when the article never names it (a place not
    grounded counts when the register has one division of its name)."""
    reg = register()
    names: Counter = Counter()
    for r in refs:
        if r.label == PLACE and r.kind is None:
            division = r.division if r.division is not None else _only_division(_place_name(r))
            if division is not None:
                names.update(reg.names[a] for a in reg.ancestors(division) if reg.levels[a] == level)
    return names.most_common(1)[0][0] if names else None


def _only_division(name: str) -> int | None:
    """The one division of that official name, or of that short form (通道县 is 通道侗族自治县)."""
    reg = register()
    ids = [i for i in reg.named(name) if reg.names[i] == name] or list(reg.named(name))
    return ids[0] if len(ids) == 1 else None


def _register_parents(name: str | None) -> dict[str, str]:
    """Level -> name of the places above `name`, when the register knows it unambiguously."""
    only = _only_division(name) if name else None
    if only is None:
        return {}
    reg = register()
    return {reg.levels[a]: reg.names[a] for a in reg.ancestors(only)}


def _place_name(ref: Ref) -> str:
    return ref.canonical or ref.surface


def _name(ref: Ref, home: Home) -> str | None:
    """The canonical name of what a sentence names, or None if it can't be told."""
    if ref.label == PLACE:
        if ref.kind == "self":
            if ref.level == "County":
                return home.county_for(ref.surface[-1])
            return {"City": home.city, "Province": home.province}.get(ref.level)
        return _place_name(ref)
    if ref.label == ORG:
        name = written_out(ref.canonical or _org_name(ref.surface, home))
        return next((full + name[len(short):] for short, full in home.in_full if short == name or
                     name.startswith(short) and _DIVISION_REST.fullmatch(name, len(short))), name)
        #   ("省供销社合作指导处": the division of the 供销社 named in full before)
    return "".join(ref.surface.split())      # "王 强", spaced out by the typesetter, is 王强


_DIVISION_REST = regexes.compile("[\u4e00-\u9fff]{2,8}[处科室股]")
_OFFICE = ("办公", "办事")
_REGISTERED = ("合作社", "公司")     # names kept as registered: 兴农大豆种植专业合作社 holds no 农业大学


@functools.lru_cache(maxsize=8192)
def written_out(name: str) -> str:
    """A unit's abbreviated name written in full: 河北师大 -> 河北师范大学,
    县住建局 -> 县住房和城乡建设局, 中科院X研究所 -> 中国科学院X研究所 (banks keep their printed short names)."""
    for short, full in ORG_ABBREVIATIONS.items():
        if name.endswith(short) and len(name) > len(short) and not name.endswith(full) and \
                (short[-1] not in "局厅委院" or name[-len(short) - 1] in "市县区旗州盟省家"):
            return name[: -len(short)] + full   # (not X人民法院; not 教育科技局, a bureau of two fields)
        if name.startswith(short) and not name.startswith(full):
            return full + name[len(short):]
        if short in name[1:-1] and full not in name and not name.startswith(_OFFICE, name.find(short) + len(short) - 1) \
                and not name.endswith(_REGISTERED):
            return name.replace(short, full, 1)     # 国家林草局规划财务司: a department (not 办 of X市政府办公厅)
    return name


_CENTRAL = NATIONAL + tuple(words("central_organs"))     # (交通运输部公路局: a ministry's bureau, no county's)


def _org_name(name: str, home: Home) -> str:
    for prefix, level in BARE_PREFIXES:
        if not name.startswith(prefix) or _prefix_is_word(name, prefix):
            continue
        place = home.city_for(name) if prefix == "市" else home.county_for(prefix) if level == "county" else \
            home.province_for(prefix) if level == "province" else home.township_of_kind(prefix) if level == "township" \
            else home.city_of_kind(prefix)
        return _in_full(place) + name[len(prefix):] if place else name
    # ("红河供电局" in an article about 元阳县: named with another place, the prefecture; "市场监管总局": a
    # 总局 named bare is the State Council's, no county's)
    if home.county and name.endswith(BARE_UNIT_ENDINGS) and len(name) >= 3 and not name.startswith(_CENTRAL) \
            and not name.endswith("总局") and not _named_for_home(name, home) and not register().opens(name):
        return _in_full(home.county) + name
    if name.endswith("厅") and not name.endswith(("办公厅", "大厅")) and len(name) >= 3 \
            and not any(w in name for w in ("公司", "省", "自治区")) and not register().opens(name) \
            and (province := home.own_province or home.province):
        return province + name      # "审计厅向Y村派驻工作队": a department (厅) is its province's
    return name


def _named_for_home(name: str, home: Home) -> bool:
    """"青江供电局" in an article about 青江县: a unit that opens with the short
    name of the article's county or city is named already."""
    return any(p and name.startswith(p) or len(p) >= 3 and name.startswith(p[:-1]) or
               (m := AUTONOMOUS.match(p)) and len(m.group(1)) >= 2 and name.startswith(m.group(1))
               for p in (home.county or "", home.city or ""))     # (佳县司法局: a county of one character;
    #                                                                乳源供电局: 乳源瑶族自治县's)


def _in_full(place: str) -> str:
    return unit_county_name(_only_division(place) if place.endswith("县") else None, place)




def _prefix_is_word(name: str, prefix: str) -> bool:
    """"市场监管局", "区域", "县城关镇", "市民中心": the prefix character starts another
    word (but 市民政局, 旗民族事务委员会 and 市城管局 are the city's and the banner's units)."""
    rest = name[len(prefix):]
    return rest[:1] in ("场", "域", "内", "份") or rest[:1] == "民" and rest[1:2] not in "政族宗委" or \
        rest[:1] == "城" and rest[1:2] in "关区" or \
        prefix in "镇乡" and rest[:1] in "村镇乡江"      # (乡村振兴局, 乡镇, 镇江)


def _entity(entities: dict[str, Entity], ref: Ref, home: Home) -> Entity:
    name = _name(ref, home)
    key = _entity_id(ref, name, home)
    e = entities.get(key)
    if e is None:
        e = entities[key] = Entity(key, ref.label, name, level=ref.level if ref.label == PLACE else None,
                                   kind=ref.kind if ref.label == ORG else None)
        if ref.division is not None:
            reg = register()
            e.code = reg.codes[ref.division] if ref.division < len(reg.codes) else None
            e.code = e.code or None
            e.parents = reg.chain(ref.division)
    if ref.kind != "self":
        e.aliases.add(ref.surface)
    return e


def _entity_id(ref: Ref, name: str, home: Home) -> str:
    if ref.label != PLACE:
        return f"{ref.label}:{name}"
    if ref.division is not None:
        return f"{PLACE}:{register().key(ref.division)}"
    if ref.kind == "self":
        ids = [i for i in register().named(name) if register().names[i] == name]
        if len(ids) == 1:
            return f"{PLACE}:{register().key(ids[0])}"
    if ref.level in ("Township", "Village", "Group") and home.county and home.county != name:
        return f"{PLACE}:{home.county}/{name}"
    return f"{PLACE}:{name}"


def _fact(claim: Claim, home: Home, reading: Reading, entities: dict[str, Entity],
          pattern: str = "") -> Fact | None:
    head, tail = _name(claim.head, home), _name(claim.tail, home)
    if not head or not tail:
        return None
    head_e = _entity(entities, claim.head, home)
    tail_label = claim.tail.label
    if claim.type == "DIVIDED_INTO":
        props = dict(claim.props)
        grid_id = f"{GRID}:{head_e.id.split(':', 1)[1]}"
        grid = entities.setdefault(grid_id, Entity(grid_id, GRID, tail))
        grid.count, grid.levels = props.get("count"), props.get("levels")
        tail_label, tail_id = GRID, grid_id
    else:
        tail_id = _entity(entities, claim.tail, home).id
    s = claim.sentence
    return Fact(claim.type, head, tail, claim.head.label, tail_label, claim.props,
                reading.article.doc, reading.article.id, s.text, s.offset,
                pattern=getattr(claim, "pattern", "") or pattern, head_id=head_e.id, tail_id=tail_id)


def _inferred(reading: Reading, home: Home, facts: list[Fact], entities: dict[str, Entity]) -> list[Fact]:
    """Where the text never says what a place lies in: the register's parent for a
    grounded place, and the article's home county for an ungrounded town. Marked inferred."""
    reg = register()
    text_parents: dict[str, set[str]] = {}
    for f in facts:
        if f.type == "LOCATED_IN":
            text_parents.setdefault(f.head_id, set()).add(f.tail_id)
    has_parent = set(text_parents)
    out: list[Fact] = []
    for ref, sentence in _first_mentions(reading):
        child = _entity(entities, ref, home)
        if ref.division is not None:
            chain = [ref.division] + reg.ancestors(ref.division)
            for low, up in zip(chain, chain[1:]):
                lower = _entity(entities, _register_ref(reg, low), home)
                if (said := text_parents.get(lower.id)) and not said & {f"{PLACE}:{reg.key(d)}" for d in
                                                                         [up, *reg.ancestors(up)]}:
                    break       # "天台山镇东营村", the register's 东营村 in another township: the text's stands
                if lower.id in has_parent:
                    continue
                upper = _entity(entities, _register_ref(reg, up), home)
                out.append(_containment(lower, upper, reading, sentence))
                has_parent.add(lower.id)
        elif ref.level == "Township" and home.county and child.id not in has_parent and home.county != child.name:
            county_ref = Ref(PLACE, home.county, "County", canonical=home.county)
            ids = [i for i in reg.named(home.county) if reg.names[i] == home.county]
            if len(ids) == 1:
                county_ref = _register_ref(reg, ids[0])
            upper = _entity(entities, county_ref, home)
            out.append(_containment(child, upper, reading, sentence))
            has_parent.add(child.id)
    return out


def _register_ref(reg, i: int) -> Ref:
    d = reg.division(i)
    return Ref(PLACE, d.name, d.level, None, d.id, d.name)


def _containment(child: Entity, parent: Entity, reading: Reading, sentence) -> Fact:
    return Fact("LOCATED_IN", child.name, parent.name, PLACE, PLACE, (), reading.article.doc,
                reading.article.id, sentence.text, sentence.offset, inferred=True,
                pattern="register.parent", head_id=child.id, tail_id=parent.id)


def _first_mentions(reading: Reading):
    """(place ref, first sentence naming it), for places the article names itself:
    the sentence of its first claim, else the first sentence naming it."""
    found = {}
    for claim in reading.claims:
        for ref in (claim.head, claim.tail):
            if ref.label == PLACE and ref.kind is None:
                found.setdefault(ref, claim.sentence)
    for ref, sentence in reading.first_seen.items():
        if ref.label == PLACE and ref.kind is None:
            found.setdefault(ref, sentence)
    return list(found.items())
