"""Reading the labelled text fields of a message (DG hints are found in message_dg, the
incoterm in message_incoterm, prices in message_money, codes and factories in message_codes)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import SPOKEN_FILLER
from csdesk.rules.message_address import ADDRESS_END, address_start
from csdesk.rules.message_corrections import past_taken_back
from csdesk.rules.message_scan import Scan, Span, cue_words

# Labelled free text: the label, then the value up to the end of its clause or a comma.
_LABELS: dict[str, str] = {
    # "O embarcador é …", "exportador: …", "expéditeur : …": the same in Latin languages.
    # "托运人：…", "工厂：莱州某某石材": the factory named as the shipper (not its address).
    # "货主是厦门海联水产": the cargo's owner named as who ships it.
    "shipper": r"shipper|shpr|发货人抬头|发货人|发货公司|抬头|托运人|发货方|货主"
    r"|(?:工厂|厂家)(?=\s*[:：])|embarcador|exportador|exp[ée]diteur|chargeur(?=\s*[:：])"
    # "Supplier: Foshan … Co., Ltd.": the supplier who ships it, named under its colon.
    r"|(?:supplier|manufacturer|fournisseur|proveedor|fornecedor|fabricante)(?=\s*[:：])"
    # "Factory: Jiangsu Hengli Furniture Co., Ltd": the factory named by its company (never
    # "factory: No. 88 Xinglin Road", its address).
    r"|(?<![a-z])(?:factory|usine|f[áa]brica)(?=\s*[:：][^\n:：]{2,60}?(?:Co\.|Co,|Company|Ltd|Limited"
    r"|Inc\b|Corp|GmbH|S\.?A\.?R\.?L|有限公司|工厂|厂))",
    "pickup_address": r"提货地址|工厂地址|装货地址|提货地点|提货点|门点"
    # "顺德工厂提货：…", "Pickup: …": the pickup said with a colon.
    r"|(?:工厂|厂里|厂家)?提货(?=\s*[:：])|pick\s*-?\s*up(?=\s*:)"
    # "EXW desde la fábrica (Room 502, …)": the factory's address in brackets.
    r"|(?:desde|from|da|de)\s+(?:la\s+|our\s+|the\s+|nuestra\s+|nossa\s+|a\s+)?(?:f[áa]brica|factory)\s*[(（]"
    # "Pickup at factory: No. 88 …": the place's word before the colon is the label's too.
    r"|pick\s*-?\s*up\s*(?:address|at|from)(?:\s+(?:the\s+|our\s+)?(?:factory|warehouse|supplier)(?=\s*:))?"
    r"|factory\s*(?:address|is\s*(?:in|at)|located\s*(?:in|at))|工厂在|厂在|货在"
    # "recogida en: …", "Retiro en fábrica: …", "Enlèvement EXW : …", "coleta: …": the pickup in
    # Spanish, French and Portuguese, said with its colon.
    r"|(?:recogida|retiro|recolecci[oó]n|recojo|recoger)\s+en(?:\s+(?:la\s+)?f[áa]brica)?(?=\s*[:：])"
    r"|enl[èe]vement(?=\s*[:：])"
    # "Enlèvement chez le fournisseur en EXW : …", "recogida en la fábrica del proveedor: …":
    # where it is picked up, said before the colon.
    r"|(?:enl[èe]vement|recogida|retiro|coleta)\s+(?:chez|à|a|en|em|no|na|del?|au|dans)\s"
    r"[^:：\n.]{0,40}?(?=\s*[:：])|(?:(?<=nlèvement EXW)|(?<=nlevement EXW))(?=\s*[:：])"
    r"|coleta(?:\s+em)?(?=\s*[:：])"
    # "EXW our factory (Room 3, …)": the factory's address in brackets after the term.
    r"|(?<=EXW\s)(?:our|the)\s+factory\s*[(（]",
    "delivery_address": r"送货地址|收货地址|派送地址|交货地址|目的地地址|delivery\s*address"
    r"|door\s*address|delivery(?=\s*[:：])|deliver(?:y)?\s*to(?!\s+(?:our|my)\s+\w+\s+via\s)"
    # "DAP，送到Doha Industrial Area …": delivered to an address written in Latin letters;
    # "livraison à : Zone …", "entrega en: …": the door in French and Spanish.
    r"|送到(?=\s*[A-Z0-9])|livraison\s+(?:à|a)(?=\s*[:：])|entrega\s+e[nm](?=\s*[:：])"
    # "Entrega: Av. …", "Livraison porte : Entrepôt …", "Almacén destino: …": the door said
    # with its colon alone (never "Entrega: 15/12", a date).
    r"|(?:entrega|livraison(?:\s+porte)?|almac[ée]n\s+(?:de\s+)?destino|送货)"
    r"(?=\s*[:：][^\S\n]*[A-Za-z\u00c0-\u00ff\u4e00-\u9fff])"
    # "DDU to our warehouse: Plot 22…", "dirección de entrega:", "adresse de livraison:".
    r"|(?:to\s+)?(?:our|my|the\s+consignee'?s?|customer'?s?)\s+(?:warehouse|store|premises)"
    r"(?=\s*[:：][^\S\n]*\S)|warehouse\s+address|direcci[oó]n\s+de\s+entrega"
    # "Livraison à notre entrepôt : …", "entrega en nuestro almacén: …", "entrega no nosso
    # armazém: …": the door, whose place it is said before the colon.
    r"|(?:livraison\s+(?:à|a|dans)|entrega\s+(?:en|no|na|em))\s+(?:notre|nos|nuestr[oa]|noss[oa]|l'|el|la|o|a)?\s*"
    r"(?:entrep[ôo]t|magasin|d[ée]p[ôo]t|almac[ée]n|bodega|dep[óo]sito|armaz[ée]m)(?=\s*[:：])"
    r"|endere[cç]o\s+de\s+entrega|adresse\s+de\s+livraison"
    # "até nosso armazém em Rua …", "hasta nuestro almacén en …": the door, in Portuguese and
    # Spanish.
    r"|(?:até|hasta)\s+(?:o\s+|el\s+)?(?:nosso|nuestro)\s+(?:armaz[ée]m|almac[ée]n|dep[oó]sito)\s+(?:em|en)(?=\s)",
    "handling": r"装卸要求|装卸|吊装要求|loading\s*(?:and|/|&)\s*discharg(?:e|ing)\s*requirements?"
    r"|lifting\s*requirements?",
    "commodity": r"品名|货物名称|货名|货物|货品|产品名称|产品|货(?=是|\s*[:：])"
    r"|内容物?(?=是|\s*[:：])|commodity|goods"
    r"|description|cargo|merchandise"
    # The label in Spanish, Portuguese and French ("mercancía:", "mercadoria:", "marchandise:").
    r"|mercanc[ií]as?|mercader[ií]as?|mercadorias?|marchandises?|productos?|produtos?|produits?"
    r"|descripci[oó]n|descri[cç][aã]o"
    # "carga: azulejos" (never "carga lista 11/12": a label needs its colon).
    r"|carga(?:\s+(?:perigosa|peligrosa))?(?=\s*[:：])|cargaison(?=\s*[:：])"
    # "contenu : tubes en acier", "conteúdo: …", "contenido: …": what the boxes hold.
    r"|contenu(?=\s*[:：])|conte[uú]do(?=\s*[:：])|contenido(?=\s*[:：])"
    # "nature : tissus wax", "nature de la marchandise : …": what the goods are, in French.
    r"|(?<![a-z])nature(?:\s+de\s+(?:la\s+)?marchandise)?(?=\s*[:：])",
}
# "the cargo is now 2x40HQ", "goods are ready": what follows is no value of the label;
# "cargo is already in our warehouse", "goods are at the factory": where it is, not what.
_NOT_A_VALUE = (
    r"(?!\s*(?:now|still|ready|not|delayed|late|postponed|same|unchanged|already|in|at|available"
    r"|waiting)(?![a-z]))"
)
_LABEL_PATTERNS = {
    # The value is on the label's line ("RFQ for hazardous cargo:\nPOL: …" labels nothing).
    # "commodity - ball bearings": a dash between spaces is a colon too.
    name: compile_fast(
        # "commodity now: tyres and rims": a reply changing the value says so.
        # "commodity unchanged: …", "mercancía sin cambios: …": the value is said again.
        rf"(?:{label})(?:\s+(?:is\s+)?now|\s+(?:unchanged|(?:is\s+)?(?:the\s+)?same|sin\s+cambios"
        r"|inalterad[ao]|inchang[ée]e?s?))?\s*"
        rf"(?:是|为|:|：|=|is\s{_NOT_A_VALUE}|(?<=\s)[-–—](?=\s)|(?<=\s(?:em|en))(?=\s)|(?<=\s)(?:é|es|est)(?=\s))"
        r"[^\S\n]*",
        re.I,
    )
    for name, label in _LABELS.items()
}
_LOOSE_LABELS = {"pickup_address", "delivery_address"}
# "工厂在义乌" needs no colon.
_LOOSE_PATTERNS = {
    name: compile_fast(rf"(?:{_LABELS[name]})\s*(?:是|为|:|：|=)?\s*", re.I)
    for name in _LOOSE_LABELS
}
# Labels customers write without a colon ("品名五金件", "发货人山东玲珑轮胎", "货都是家具",
# "goods are sewing machines").
_BARE_LABELS = {
    "commodity": compile_fast(
        # "品名叫镀锌钢卷", "货名叫做…": the name the goods are called.
        r"(?:(?:品名|货名)(?:叫做?|就是)?|(?:货物?|产品)都是"
        rf"|(?<![a-z])(?:goods|cargo|commodity)\s+(?:are|is)\s{_NOT_A_VALUE}"
        # "commodity LED screens": the label without a colon, before the goods' name.
        r"|(?<![a-z])commodity\s+(?!(?:is|are|of|code|list|name|type|now)(?![a-z]))(?=[a-z])"
        # "mercancía llantas", "marchandise carreaux" (Spanish, Portuguese, French; never
        # "mercancía peligrosa", dangerous goods, "producto de …", nor when it is ready):
        r"|(?<![a-z])(?:mercanc[ií]a|mercadoria|marchandise)\s+(?!(?:peligrosa|perigosa|dangereuse"
        r"|general|geral|g[ée]n[ée]rale|suelta|solta|lista|pronta|pr[êe]te|es|[ée]|est|de|da|do"
        r"|ya|j[áa]|disponibles?|dispon[íi]ve(?:l|is)|listos?|prontos?|pr[êe]ts?"
        r"|del|la|le|el|a|o|en|em|sin|sem|sans)(?![a-z\u00e0-\u00ff]))(?=[a-z\u00e0-\u00ff])"
        # "carga de cortinas e persianas,": the goods after "carga de" (never project cargo,
        # loose or general cargo, nor a weight).
        r"|(?<![a-z])carga\s+de\s+(?!(?:proyecto|projeto|projet|peso|contenedor|contêiner|container"
        r"|importa[cç][aã]o|importaci[oó]n|exporta[cç][aã]o|exportaci[oó]n)(?![a-z]))(?=[a-z\u00e0-\u00ff]{3})"
        # "mesmo produto (revestimento cerâmico)", "same goods (LED lamps)": the goods kept.
        r"|(?<![a-z])(?:same|mesm[oa]|mism[oa]|m[eê]mes?)\s+(?:product|goods|commodity|cargo|produto"
        r"|producto|produit|mercadoria|mercanc[ií]a|marchandise|carga)\s*[(（])"
        r"\s*(?:是|为|:|：|=)?\s*",
        re.I,
    ),
    "shipper": compile_fast(
        # "托运人 三一重工": the label and the name apart by a space, in shorthand.
        r"(?:发货人抬头|发货人|托运人|发货方)\s*(?:是|为|:|：|=)?\s*"
        # "shipper Liugong Machinery", "shipper 天津钢建": the English label, then a name.
        r"|(?<![A-Za-z])(?:[Ss]hipper|SHIPPER|[Ee]mbarcador|[Ee]xportador|[Ee]xp[ée]diteur)"
        r"[^\S\n]+(?=[A-Z\u4e00-\u9fff])"
        # "工厂是大连海宝水产", "工厂 徐工": the factory's own name, ending the clause (never
        # where it is, what it does, a pickup or when: "工厂在…", "工厂提货", "工厂年前装不了").
        r"|(?<![从在到去的])(?:工厂|厂家)(?:是|叫|[^\S\n]+)?"
        r"(?![在做提装出发交直送到去地的里那这货我你他也都还要会能可价报离附自说是叫年今明已正没不停放跟确等问给])"
        r"(?=[\u4e00-\u9fff]{2,12}(?:[^\S\n]|$|[,，。]))"
        # "Our supplier Hebei Jinhong Steel will load…": the supplier named in the sentence.
        r"|(?<![A-Za-z])(?:[Oo]ur|[Tt]he|[Mm]y)\s+(?:supplier|manufacturer|vendor)\s+(?=[A-Z][a-z])"
        # "我们是永康市某某工贸有限公司": the sender's own registered company ships the goods.
        r"|(?:我们是|我司是)(?=[\u4e00-\u9fff]{2,16}(?:有限公司|有限责任公司|集团)(?:$|[\s,，。!！]))"
    ),
}
# "…Stone Co. Target USD 3,800", "…Oleo Co.\nThanks": a name keeps its own full stop (Co.,
# Ltd., Inc.), the sentence goes on after it (the settled convention); "Co. Ltd" goes on.
_VALUE_END = compile_fast(
    r"[\n;。!?；,，()（）]|\s{2,}|(?<!\bCo)(?<!\bNo)(?<!\bLtd)(?<!\bInc)(?<!\bCorp)(?<!\bS\.A)"
    r"(?<!\bLtda)\.(?:\s|$)"
    r"|(?:(?<=\bCo\.)|(?<=\bLtd\.)|(?<=\bLTD\.)|(?<=\bInc\.)|(?<=\bCorp\.)|(?<=\bS\.A\.)"
    r"|(?<=\bLtda\.))(?=\s+(?!(?:Ltd|LTD|Limited|LIMITED|Inc|LLC)\b)[A-Z]|\s*$)"
    # "…集团目标价2100", "…工厂目标一千八": a target price run on in Chinese.
    r"|(?<=[\u4e00-\u9fff])目标(?=价|[一二两三四五六七八九十\d])"
    # "…粮油啊 从天津…", "…重机然后…": a voice message's particle or filler after the name.
    r"|(?<=[\u4e00-\u9fff])(?:[啊呀嗯哦]|然后)"
    # "…海联水产月中之前能走吗": when it is to go, said run on after the name.
    r"|(?<=[\u4e00-\u9fff])(?:[上下这本]个?(?:月|周|礼拜|星期)|月[中底初]|年[前底后]|之前|以前"
    r"|能(?=走|装|发|出|不)|可以|吗)"
    # "…Jinhong Steel will load 6x20GP": the sentence's verb after an English name.
    r"|\s+(?:will|would|is|are|has|have|can|shall|loads|ships)\s"
)
# Goods end also where an e-mail moves on: a full stop, "Please advise", a signature, a price,
# a company's name; a remark in brackets ("(非危)", "(non-DG)") is not part of them.
_GOODS_END = compile_fast(
    r"[\n;。!?；,，()（）\[\]【】]|\s{2,}|\.(?:\s|$)"
    # "commodity yarn cones: 6 pallets …": a colon opening the figures ends the goods.
    r"|\s*[:：]\s*(?=\d)"
    # "GOODS: FURNITURE GW: 8,500 KGS": the next label of a line of labels.
    r"|\s+(?=(?:GW|G\.W\.?|NW|N\.W\.?|CBM|VOL|QTY|PKGS?|WEIGHT|POL|POD|CNTR|CTNR|ETD)\s*[:：])"
    r"|\s*(?<![a-z])(?:please|pls|kindly|thanks?|thank you|regards|best|br|target|price|rate"
    r"|budget|usd|us\$|ready|from|via|without|w/o|co\.|ltd|inc|gmbh)(?![a-z])"
    r"|请|麻烦|谢谢|目标价|心理价|价格|报价|多少钱|运费|货好|有限公司|公司|不是危险|非危|从(?=[\u4e00-\u9fff]{2})"
    r"|每个?柜|每个|每台|每箱|各装|一个柜|左右|大概|大约|下周|这周|本周|明天"
    # ...and where a figure begins: "家具重量18吨", "铝型材重约二十吨", "PVC管20吨", "灯具一共九吨".
    r"|重量|毛重|净重|货重|总重|(?<=[\u4e00-\u9fff])(?:重约|约重|重|约|一共|总共|共计)?(?=\s*(?:\d|[一二两三四五六七八九十]+"
    r"(?:点[一二两三四五六七八九十]+)?\s*(?:吨|公斤|千克|方(?![管钢形])|立方|件|托|箱|个|柜)))"
    r"|不对|说错|错了|更正|不好意思|抱歉"
    # ...a word said after them ("瓷砖哦不对", "衣服打包好的", "化肥吧应该是", "洁具了 每柜").
    r"|[哦噢呃]|打包好|打好包|已打包|包装好|吧(?=应该|可能|大概|估计|好像|我)|了(?=\s|[,，。]|$)"
    # ...when they are ready ("布料中旬出货").
    r"|[上中下]旬|月底|月初|出货|下个?月",
    re.I,
)


# "Co., Ltd": the comma belongs to the company's name.
_COMPANY_SUFFIX = compile_fast(r",\s*(?:Ltd|Limited|Inc|LLC|GmbH|Pte\.?\s*Ltd)\.?(?![a-z])", re.I)


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


# Words a voice message puts before the goods ("货是那个塑料编织袋"), and the box and the
# loading verb ("柜子里装的是瓷砖", "装轮毂"); 装 of 装饰/装载机 is part of the goods.
FILLER = compile_fast(
    # "品名改成“不锈钢厨具”", "货从木门改成铁门", "品名不变还是玻璃": the goods changed to or
    # kept, and the quote marks around them; "我是做卫浴的": the trade the customer is in.
    r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]|"
    + SPOKEN_FILLER
    # "您好我是做灯具的", "老板你好 我们做家具的": a greeting, then the trade, 是 or not.
    + r"|您好|你好|老板|我司|我们?|(?<=[是们我司])做|货?还是|不变|没变|没有变"
    r"|货?(?:从|由)[\u4e00-\u9fff]{1,6}?(?:改成|改为|换成|变成)|这次还是|这次|这回|改成|改为|换成|变成|[\"'“‘「《]|(?:柜子|箱子|货柜)(?:里面?|内)?|里面|里头"
    r"|装(?!饰|载|修|配|甲|备|卸|箱|柜)(?:的是|的|了|满)?|放的是|(?:都|全都|全|也)?是)+\s*"
)


_REQUEST_AFTER = compile_fast(r"\s+(?:需要|要|请|麻烦|帮忙|安排|可以|能否|能不能)")


def value_span(scan: Scan, start: int, address: bool, goods: bool = False) -> Span | None:
    """A labelled value from `start` to its clause's end, stopping before anything read."""
    filler = FILLER.match(scan.norm, start) if goods else None
    if filler is not None:
        start = filler.end()
    while scan.norm[start : start + 1] in (":", "："):  # "货是：展柜": the colon after 是
        start += 1
    if goods and scan.claimed[start : start + 1] == b"\x01":
        start = past_taken_back(scan, start)  # "commodity: rice... sorry, sugar"
    if address:
        start = address_start(scan.norm, start)
    ends = ADDRESS_END if address else _GOODS_END if goods else _VALUE_END
    match = ends.search(scan.norm if goods else scan.text, start)
    end = match.start() if match else len(scan.text)
    for index in range(start, end):
        # A space after Chinese ends a value: WeChat messages separate fields with spaces; an
        # address's too when a request follows ("工厂在义乌 需要上门提货").
        cjk_gap = scan.text[index].isspace() and _is_cjk(scan.text[index - 1])
        if cjk_gap and address:
            cjk_gap = _REQUEST_AFTER.match(scan.norm, index) is not None
        if scan.claimed[index] or (index > start and cjk_gap):
            end = index
            break
    suffix = None if goods else _COMPANY_SUFFIX.match(scan.norm, end)
    if suffix and scan.is_free(*suffix.span()):
        end = suffix.end()
    # "Yiwu, Zhejiang (2 factories)": a bracket left open before a figure read apart is not kept.
    while end > start and scan.norm[end - 1] in " ,:、(（" + ("\"'”’」》" if goods else ""):
        end -= 1
    if address:
        end = _address_end(scan.norm, start, end)
    return (start, end) if end - start >= 2 else None


def _address_end(text: str, start: int, end: int) -> int:
    """An address ends before the sentence's full stop and a bracket closing a remark it sits
    in ("… Yiwu, Zhejiang)."), neither of which is part of it."""
    while end > start:
        last = text[end - 1]
        opened = text.count("(", start, end) + text.count("（", start, end)
        closed = text.count(")", start, end) + text.count("）", start, end)
        if last in " ,:、.。;；" or (last in ")）" and closed > opened):
            end -= 1
        else:
            break
    return end


# A word every label of a field holds (any one, case-folded): a field none of whose words is
# in the message has no label to look for.
_SHIPPER_CUES = (
    "embarcador",
    "exportador",
    "expéditeur",
    "expediteur",
    "chargeur",
    "我们是",
    "我司是",
    "托运人",
    "发货方",
    "货主",
    "工厂",
    "厂家",
    "supplier",
    "manufacturer",
    "vendor",
    "fournisseur",
    "proveedor",
    "fornecedor",
    "fabricante",
    "factory",
    "usine",
    "fábrica",
    "fabrica",
)
# "工厂：浙江省余姚市…路88号": a factory's address, not its name.
_AN_ADDRESS = compile_fast(r"[路街道]\d|\d+号|[区县镇]$|[省市]\S*[区县镇]")
_PICKUP_WORDS = ("recog", "recojo", "retiro", "recolecci", "enlèvement", "enlevement", "coleta")
_DOOR_WORDS = ("premises", "entrega", "livraison", "armaz", "almac", "depósito", "deposito")
_LABEL_CUES = {
    "shipper": cue_words("shipper", "shpr", "发货人", "发货公司", "抬头", *_SHIPPER_CUES),
    "pickup_address": cue_words(
        "提货",
        "工厂地址",
        "装货地址",
        "门点",
        "pick",
        "factory",
        "厂在",
        "货在",
        "brica",
        *_PICKUP_WORDS,
    ),
    "delivery_address": cue_words(
        "地址", "deliver", "door", "warehouse", "store", "送到", "送货", *_DOOR_WORDS
    ),
    "handling": cue_words("装卸", "吊装", "loading", "lifting"),
}
_GOODS_LABEL_WORDS = cue_words(
    "品名",
    "货",
    "产品",
    "commodity",
    "goods",
    "description",
    "cargo",
    "merchandise",
    "mercad",
    "mercanc",
    "carga",
    "marchandise",
    "contenu",
    "内容",
    "conteúdo",
    "conteudo",
    "contenido",
    "produ",
    "descripci",
    "descri",
    "nature",
)


# "发货人是我们自己工厂", "shipper: ourselves": the customer ships it, no name is given.
_OWN_SHIPPER = compile_fast(
    r"(?:我们|我司|我方|自己|本公司|本厂|ourselves|our own|us)"
    r"(?:自己)?(?:的)?(?:工厂|公司|厂)?\s*$",
    re.I,
)


# "我们工厂在番禺，NSA走": where the factory is, told in passing, is no pickup address unless
# a pickup (EXW, 提货, 门点, 上门) is asked for.
_FACTORY_AT = compile_fast(r"(?:工厂|厂|货)在")
_PICKUP_ASKED = compile_fast(r"exw|工厂交货|提货|门点|上门|拖车|pick\s*-?\s*up", re.I)


def _factory_told(scan: Scan, match: re.Match[str]) -> bool:
    return _FACTORY_AT.match(match.group()) is not None and not _PICKUP_ASKED.search(scan.norm)


def read_labelled(scan: Scan, names: Iterable[str]) -> None:
    held = scan.cue_bits  # `scan.has_any(cue)` for each field, without a call each
    for name in names:
        cue = _LABEL_CUES.get(name)
        if cue is not None and not held & cue.bits:  # type: ignore[attr-defined]
            continue
        pattern = _LOOSE_PATTERNS.get(name) or _LABEL_PATTERNS[name]
        matches = scan.free_matches(pattern)
        if name in _BARE_LABELS:
            matches = sorted(
                matches + scan.free_matches(_BARE_LABELS[name]), key=lambda m: (m.start(), -m.end())
            )
        if name == "pickup_address" and len(matches) > 1:
            # "工厂在佛山顺德…提货地址是佛山市…号": the labelled address, not where it is.
            matches = [m for m in matches if not _FACTORY_AT.match(m.group())] or matches
        for match in matches:
            told = name == "pickup_address" and _factory_told(scan, match)
            span = value_span(scan, match.end(), name in _LOOSE_LABELS, name == "commodity")
            if told:  # "货在佛山然后要去…": where the goods are is neither a pickup nor the POL
                if span is not None:  # (its town's first two characters; the talk goes on)
                    scan.claim(match.start(), min(span[1], match.end() + 2))
                continue
            if span is None:
                continue
            close = scan.norm.find(")", *span) if match.group().endswith("(") else -1
            if close != -1:  # "fábrica (Room 502, …) hasta …": the value ends at its bracket
                span = (span[0], close)
            value = " ".join(scan.norm[span[0] : span[1]].split())
            if name == "commodity" and "、" in value:
                # "货是：窗帘、床单": goods listed with 、 are named apart, as "窗帘/床单".
                value = "/".join(part.strip() for part in value.split("、") if part.strip())
            if name == "commodity" and value.startswith(("去", "到", "从", "发往")):
                continue  # "货是去埃塞的": where the goods go, not what they are
            factory = name == "shipper" and match.group().startswith(("工厂", "厂家"))
            if factory and _AN_ADDRESS.search(value):
                continue
            scan.claim(match.start(), span[1])
            if name != "shipper" or not _OWN_SHIPPER.match(value):
                scan.put(name, value[:200], [span], 0.85)
            break


_LABEL_CUES["commodity"] = _GOODS_LABEL_WORDS
