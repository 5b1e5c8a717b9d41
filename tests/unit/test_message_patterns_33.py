"""Round 33 of issue 15: the figures, ports and dates the blind sets 25-27 still missed, each
pattern written new ways (other ports, goods and figures than any held-out sentence), read as
the settled conventions of the held-out sets say."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from csdesk.rules.inquiry_fields import fields_to_json
from tests.unit.corpus_score import _as_expected
from tests.unit.intake_fixtures import PARSER, TODAY


def _read(text: str, received: dt.date = TODAY) -> dict[str, Any]:
    parsed = fields_to_json(PARSER.parse(text, received).values())
    return {name: _as_expected(name, value) for name, value in parsed.items()}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # CRD (cargo ready date) is the ready word of forwarders' shorthand, dotted or slashed...
        ("XM-LOS 1x40HQ 瓷砖 26T CRD12.19", "2026-12-19"),
        ("NB-MBA 3x20GP 钢管 CRD 12.8 thx", "2026-12-08"),
        ("SZ-JEA 1*40HC 家电 9T CRD:12/16", "2026-12-16"),
        # ...and the day it gives wins over the sailing wanted (ETD), whichever comes first.
        ("QD-DAR 2x20GP 化肥 ETD 12/20 CRD 12/17", "2026-12-17"),
        ("CRD 12/11, ETD 12/14, TJ-Umm Qasr 1x40HQ 轮毂 20T", "2026-12-11"),
        # A sailing wished for with no ready day: the day the agent chases is that sailing's.
        ("厦门到马尼拉 1x40HQ 家具 ETD 12/18", "2026-12-18"),
        ("青岛去达曼 两个小柜 想赶12号的船", "2026-12-12"),
        # An ordinal day right after the ready word, without "the".
        ("Ningbo to Apapa 1x40HQ, cargo ready 9th, tiles 27t", "2026-12-09"),
        ("CRD 21st pls, Shanghai-Mombasa 2x20GP", "2026-12-21"),
    ],
)
def test_the_cargo_ready_day_of_shorthand(text: str, day: str) -> None:
    assert _read(text)["cargo_ready"] == day


def test_an_ordinal_day_already_past_is_next_months() -> None:
    read = _read("TJ-Karachi 1x20GP, yarn, 14t, ready 8th", dt.date(2026, 12, 20))
    assert read["cargo_ready"] == "2027-01-08"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A part of a month in Portuguese, Spanish or English words not read before.
        ("Carregamento previsto: finais de Janeiro. Xangai - Luanda 1x40'", "2027-01-31"),
        ("Embarque a meio de dezembro, Ningbo - Maputo, 2x20'", "2026-12-15"),
        ("Loading middle of January, Qingdao to Lagos, 1x40HQ", "2027-01-15"),
        ("cargo ready the middle of December, 2x20GP Xiamen-Tema", "2026-12-15"),
        # 月初 without its month: the next first of a month.
        ("宁波到迪拜 一个高柜 灯具 8吨 月初走", "2026-12-01"),
        ("广州到科伦坡 两个小柜 月初出货 瓷砖", "2026-12-01"),
    ],
)
def test_a_part_of_the_month(text: str, day: str) -> None:
    assert _read(text)["cargo_ready"] == day


def test_the_beginning_of_the_month_said_late_in_it_is_the_next() -> None:
    read = _read("上海到雅加达 1x20GP 纸箱 月初装", dt.date(2026, 12, 14))
    assert read["cargo_ready"] == "2027-01-01"


@pytest.mark.parametrize(
    "text",
    [
        # Space to be booked, or goods to arrive, by a day: no ready day.
        "天津到吉达 2x40HQ 钢卷 每柜25吨 下周五前订好舱",
        "福州到巴生 一个四十尺 石材 12月20号之前订好",
        "连云港到卡拉奇 三个小柜 一月八号之前到就可以",
        "深圳到马尼拉 一个高柜 家具 下个月十号前到就行",
        # ...and no ordinal day without a ready word before it.
        "Please quote 1x40HQ Shanghai-Lagos, 5th inquiry this week",
    ],
)
def test_a_deadline_is_no_ready_day(text: str) -> None:
    assert _read(text).get("cargo_ready") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A signature's phone number closing the message is no month and day ("… 3371 1105").
        (
            "Cotar 1x40' Ningbo - Santos\nmóveis, 9.000 kg\npronta em 11/12\nAtt. João\n+55 11 3371 1105",
            "2026-12-11",
        ),
        (
            "Necesito 1x20 Shanghai - Callao, lista el 14/12.\nSaludos, Ana | +51 1 442 1230",
            "2026-12-14",
        ),
    ],
)
def test_a_phone_number_closing_the_message_is_no_date(text: str, day: str) -> None:
    assert _read(text)["cargo_ready"] == day


@pytest.mark.parametrize(
    ("text", "pol", "pod"),
    [
        # Sound-alike spellings of the lanes' ports, read even where no cue stands right
        # before them (a stutter, a country said first, voice-to-text).
        ("嗯 从上海 到 到阿必让 两个小柜 瓷砖", "CNSHA", "CIABJ"),
        ("广州到 那个 智利的依基克 一个高柜 轮胎", "CNCAN", "CLIQQ"),
        ("天津到洛梅 两个四十尺 钢管", "CNTXG", "TGLFW"),
        ("宁波到科托奴 一个高柜 服装", "CNNGB", "BJCOO"),
        ("青岛到达来斯萨拉姆 三个小柜 化肥", "CNTAO", "TZDAR"),
        ("厦门去瓜亚基耳 一个四十尺冷柜 虾", "CNXMN", "ECGYE"),
        # A Lagos terminal said after the city is the terminal.
        ("南沙到拉各斯听坎岛 一个高柜 陶瓷", "CNNSA", "NGTIN"),
        ("XM-Lagos TCI 2x40HQ tiles", "CNXMN", "NGTIN"),
        # Terminal and port codes forwarders type.
        ("NB-SGN 2x20GP 纸箱", "CNNGB", "VNSGN"),
        ("SH-LCH 1x40HQ 机械", "CNSHA", "THLCH"),
    ],
)
def test_port_spellings_of_the_lanes(text: str, pol: str, pod: str) -> None:
    read = _read(text)
    assert (read.get("pol"), read.get("pod")) == (pol, pod)


def test_a_package_label_is_no_port() -> None:
    read = _read("COMMODITY: RESIN\nPKG: DRUM X 40\nPOL: NINGBO POD: LAGOS\n1X20'GP")
    assert (read.get("pol"), read.get("pod")) == ("CNNGB", "NGLOS")


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # A count, "x" and each one's figure: the boxes' weights written one by one.
        ("TJ-JED 3X40HQ steel coils 3X26T CRD 12/15", 78000),
        ("NB-LOS 2*20GP 瓷砖 2*27吨", 54000),
        # ...on a mixed order, each line's own.
        ("XM-MBA 2x20GP 2x24T 石英板 + 1x40HQ 11T 配件", 59000),
        # Thousands of kilos written K, said per box.
        ("SZ-DXB 3x40HQ 家具 GW 9K/柜", 27000),
        ("QD-KHI 2x20GP yarn 21K/cntr", 42000),
        # The box said by its type's letters or as a tank after the slash.
        ("起运港 天津\n箱型 3X40HQ\n货重 24T/HQ", 72000),
        ("2 x 20' ISO tank, glycerine (non-DG), 21MT/tank, Tianjin to Durban", 42000),
    ],
)
def test_weights_per_box_in_shorthand(text: str, weight: float) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "weight", "price"),
    [
        # A price written with K is no weight; a pallet's size is no count of figures.
        ("SH-JEA 1x40HQ 灯具 8T 目标USD1.9K", 8000, 1900),
        ("LCL 4 plts 1.2x1.0x1.1m total 900kg, target USD 350", 900, 350),
    ],
)
def test_a_price_or_a_size_is_no_weight_per_box(text: str, weight: float, price: float) -> None:
    read = _read(text)
    assert (read["weight_kg"], read["target_price"]) == (weight, price)


@pytest.mark.parametrize(
    ("text", "price", "currency"),
    [
        # Thousands said with 千 or 万 after digits, and the thousands after 万.
        ("天津到海防 一个高柜 钢板 心理价6千人民币", 6000, "CNY"),
        ("上海到巴生 两个小柜 目标价3千5美金", 3500, "USD"),
        ("厦门到雅加达 1x40HQ 石材 目标1万1人民币", 11000, "CNY"),
        # Cents after thousands set off with a space or a dot, the sign either side.
        ("Objectif : 1 750,00 € par conteneur, Ningbo - Dakar 1x20'", 1750, "EUR"),
        ("Preço alvo 2.480,00 USD por contentor, Xangai - Luanda", 2480, "USD"),
        # The dollar as Argentina writes it.
        ("Valor objetivo u$s 3.150 para 1x40HC Shanghai - Buenos Aires", 3150, "USD"),
        # A sign before the next figure is that figure's, not the date's before it.
        ("NB-JEA 1*40HQ 家具 9T CRD12/10 $1350", 1350, "USD"),
        # A target said after the past one it is compared with.
        ("宁波到达曼 两个高柜 希望比上回便宜 目标1800美金一个", 1800, "USD"),
    ],
)
def test_target_prices_as_written(text: str, price: float, currency: str) -> None:
    read = _read(text)
    assert (read.get("target_price"), read.get("currency")) == (price, currency)


@pytest.mark.parametrize(
    "text",
    [
        # An invoice's value in French is the cargo's value, never a target.
        "DDP Shanghai - Abidjan, 3 palettes, valeur facture : 12 400 EUR",
        # A price said about the last shipment, with no target after it.
        "上次去达曼的运费是1600美金 这次还是两个高柜",
    ],
)
def test_no_target_price(text: str) -> None:
    assert _read(text).get("target_price") is None


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # Drums, totes, crates and sacks as chemical and bulk shippers count them.
        ("1x20GP Ningbo - Jebel Ali, epoxy resin UN1866, 16 IBCs, 18.4 MT", 16),
        ("1 x 20' Tianjin - Lomé : solvant, classe 3, 9 tonnes, 45 fûts", 45),
        ("1x20' Qingdao - Guayaquil, aceite, 70 tambores, 14 toneladas", 70),
        ("1 x 40' Ningbo - Douala, pièces détachées, 212 caisses, 11 t", 212),
        ("2x20' Xangai - Maputo, açúcar, 960 sacos, 48 t", 960),
        # The packing named first, then its count after an x.
        ("PKG: DRUMS X 80\nGW: 16,000KGS\n1X20'GP SHANGHAI - KARACHI", 80),
        # Thousands set off with a comma.
        ("1x40HQ Xiamen-Tema, 2,400 ctns ceramic mugs, 12t", 2400),
        ("Ningbo to Aqaba 1x40HQ, LED bulbs, 1,050 pcs, 6 t", 1050),
    ],
)
def test_packages_counted(text: str, pieces: int) -> None:
    assert _read(text)["pieces"] == pieces


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # A bag's or a drum's weight is the packing, not the shipment's weight...
        ("1x20GP Qingdao-Chittagong, soda ash in 50kg bags, 26 tons", 26000),
        ("2x20' Xangai - Luanda, farinha em sacos de 25 kg, 25 t por contentor", 50000),
        ("1x20' Ningbo - Lagos, resin in drums of 200 kg, 80 drums, 16 t total", 16000),
        # ...and, with no other weight, each counted piece's.
        ("LCL Shanghai - Tema, 60 bags of 25 kg, pigment", 1500),
        # Tons said before 袋装 are the bagged goods' weight.
        ("天津到拉各斯 1个20GP 白糖 26吨 袋装", 26000),
    ],
)
def test_the_packing_size_is_no_total(text: str, weight: float) -> None:
    assert _read(text)["weight_kg"] == weight


def test_drums_times_a_weight_are_no_count_of_that_weight() -> None:
    read = _read("LCL 12 drums x 180 kg, lubricant, Tianjin - Jeddah")
    assert (read["pieces"], read["weight_kg"]) == (12, 2160)


@pytest.mark.parametrize(
    ("text", "pol", "pod", "containers"),
    [
        # The last time, in Spanish, Portuguese or French, then the new request.
        (
            "La última vez mandamos 2 contenedores de Xiamen a Callao. Ahora necesitamos "
            "1x40HC de Qingdao a San Antonio, neumáticos, 11 toneladas.",
            "CNTAO",
            "CLSAI",
            "1x40HQ",
        ),
        (
            "O cliente cancelou a carga anterior (3x20' para Santos) e agora quer 1 x 40' HC "
            "Ningbo - Itajaí, móveis, 9.000 kg.",
            "CNNGB",
            "BRITJ",
            "1x40HQ",
        ),
        (
            "La dernière fois nous avons envoyé 2 x 20' à Dakar. Maintenant il faut 1 x 40' HC "
            "Shanghai - Abidjan, carreaux, 24 t.",
            "CNSHA",
            "CIABJ",
            "1x40HQ",
        ),
        # A booking already made, asked about before another inquiry.
        (
            "1) please check our booking for 3x40HQ to Mombasa\n"
            "2) another inquiry: 1x20GP Tianjin to Dar es Salaam, steel pipes, 25 tons",
            "CNTXG",
            "TZDAR",
            "1x20GP",
        ),
    ],
)
def test_the_past_then_the_new_request(text: str, pol: str, pod: str, containers: str) -> None:
    read = _read(text)
    assert (read.get("pol"), read.get("pod"), read.get("containers")) == (pol, pod, containers)


@pytest.mark.parametrize(
    ("text", "containers", "weight"),
    [
        # 四十高 followed by a count of boxes is a 40HQ, not a height.
        ("嗯 从宁波 到 到马尼拉 三个四十高 一个装家具 两个装灯具 每个八吨", "3x40HQ", 24000),
        ("福州到巴生 两个四十高 两个装 那个 竹地板 都是十九吨一个", "2x40HQ", 38000),
        # A correction into a mixed order, then each size's own figure: they add up.
        (
            "天津到拉各斯的货 三个四十尺高柜 哦不是 两个四十高一个二十尺的 装钢管 "
            "四十尺的二十吨二十尺的二十五吨",
            "2x40HQ+1x20GP",
            65000,
        ),
    ],
)
def test_voice_boxes_and_their_weights(text: str, containers: str, weight: float) -> None:
    read = _read(text)
    assert (read.get("containers"), read.get("weight_kg")) == (containers, weight)


def test_a_side_in_chinese_numerals_is_still_no_box() -> None:
    read = _read("拼箱 木箱一件 长一米五 宽四十高六十公分 八十公斤")
    assert read.get("containers") is None


@pytest.mark.parametrize(
    ("text", "pieces", "volume"),
    [
        # Groups of packages, each with its own size: the pieces and the volume add up.
        ("LCL XM-DMM: 4 pallets 110x110x120 + 2 pallets 80x60x100, 1,200 kg, lamps", 6, 6.77),
        ("拼箱 宁波到吉达：大托2托 120×100×150cm，小托4托 60×50×50cm，共900kg，灯具", 6, 4.2),
        ("LCL Shenzhen-Manila: 3 crates 200x100x100cm, 5 cartons 50x40x30cm, 650 kg", 8, 6.3),
        # A stated volume wins over the worked-out one.
        ("LCL SH-PKG 2 pallets 120x100x100 + 1 pallet 100x100x100, 3.5 cbm, 700kg", 3, 3.5),
    ],
)
def test_piece_and_volume_sums_over_groups(text: str, pieces: int, volume: float) -> None:
    read = _read(text)
    assert (read.get("pieces"), read.get("volume_cbm")) == (pieces, volume)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # A count heading the list is the total, not a group.
        ("散杂货 天津到达曼 三件：主机一件 9×3×3米 60吨，附件两件 各 4×2×2米 8吨", 3),
        ("break bulk 2 pieces: largest 12x3x3m 50t, other one 6x2x2m 12t", 2),
        # One block of stone, counted after an x or with "only".
        ("1x20'OT Xiamen-Jeddah, granite block x1, 2.8 x 1.7 x 1.6 m, 23 t", 1),
        ("Open top 1x40OT Qingdao-Dammam, 1 block only, 3.1 x 2.0 x 1.9 m, 28 tons", 1),
        # A figure closing the line above is no count of the packing named below it.
        ("UN NO.:1830 CLASS:8\nPKG: DRUM X 60\nGW: 21,000KGS\n1X20'GP", 60),
    ],
)
def test_pieces_of_lists_and_blocks(text: str, pieces: int) -> None:
    assert _read(text)["pieces"] == pieces


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # A postscript or "so now" saying the figure again: the figure meant.
        ("广州到蒙巴萨 1x40HQ 家具 10吨\nPS: 工厂刚确认 是12吨", "weight_kg", 12000),
        ("Ningbo-Tema 1x20GP tiles 24 tons\nP.S. sorry, 26 tons", "weight_kg", 26000),
        ("LCL 6 pallets, 1.8 tons, Xiamen-Manila. So now 9 pallets, 2.7 tons.", "pieces", 9),
        # A mail set aside with a comma after it: what follows is the new request.
        (
            "Please disregard my last mail, POD is Apapa not Tema. 1x40HQ from Ningbo",
            "pod",
            "NGLOS",
        ),
        ("kindly ignore the previous email: POL Xiamen, 2x20GP to Mombasa", "pol", "CNXMN"),
    ],
)
def test_a_figure_said_again_later(text: str, field: str, value: Any) -> None:
    assert _read(text)[field] == value


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # Each box of a type named by its letters, "each" or "about" before the figure.
        ("Qingdao to Aqaba: 1x40FR + 2x40HQ, crane parts; FR each 30t, HQ 12t each", 54000),
        ("Tianjin-Mombasa 2x40OT + 1x20GP machinery: OT about 15t each, GP 20t", 50000),
    ],
)
def test_each_type_of_a_mixed_order_said_by_its_letters(text: str, weight: float) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "pol"),
    [
        # Chinese ports by the names Portuguese, Spanish and older English write.
        ("Cotação 1 x 40' HC Cantão - Luanda, móveis, 12 t", "CNCAN"),
        ("Cotización 2x20' Cantón - Guayaquil, cerámica", "CNCAN"),
        ("Cotización 1x40HC Shangai - Manzanillo, juguetes", "CNSHA"),
        ("Please quote 1x20GP Ningpo to Karachi, yarn 22 t", "CNNGB"),
    ],
)
def test_chinese_ports_in_other_languages(text: str, pol: str) -> None:
    assert _read(text)["pol"] == pol


def test_answers_written_between_the_quoted_questions_are_the_inquiry() -> None:
    read = _read(
        "> Which ports?\nXiamen to Mombasa\n> Equipment and weight?\n2x20GP, 26 t each\n"
        "> Goods?\nceramic tiles, 1,400 cartons\nBudget USD 1,500 per box\nThanks, Omar"
    )
    assert (read["pol"], read["pod"], read["containers"], read["weight_kg"], read["pieces"]) == (
        "CNXMN",
        "KEMBA",
        "2x20GP",
        52000,
        1400,
    )
    assert (read["target_price"], read["currency"]) == (1500, "USD")


def test_a_reply_over_a_quoted_mail_still_sets_the_quote_aside() -> None:
    read = _read(
        "Please quote 1x40HQ Ningbo to Lagos, furniture, 9 tons.\n"
        "> Rate Qingdao to Tema 2x20GP USD 1,800 valid till 15/12\n> Regards, Lily"
    )
    assert (read["pol"], read["pod"], read["containers"]) == ("CNNGB", "NGLOS", "1x40HQ")


@pytest.mark.parametrize(
    ("text", "containers"),
    [
        # The boxes denied, then the ones meant, in French, Spanish and Portuguese.
        (
            "Correction : ce n'est pas 1 x 40' HC mais 2 x 40' HC, Ningbo - Abidjan, meubles",
            "2x40HQ",
        ),
        ("Perdón, no es 2x40' sino 3x40', Shanghai - Guayaquil, cerámica", "3x40GP"),
        ("Na verdade não é 1 x 20' mas 2 x 20', Qingdao - Luanda, arroz", "2x20GP"),
    ],
)
def test_boxes_denied_then_the_ones_meant(text: str, containers: str) -> None:
    assert _read(text)["containers"] == containers


def test_not_without_a_but_takes_nothing_back() -> None:
    read = _read("Cotización 2x40HC Ningbo - Callao, no es carga peligrosa, muebles 18 t")
    assert read["containers"] == "2x40HQ"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # A term given up, then the one wanted.
        ("Not FOB any more, CFR Lagos please. 1x40HQ Ningbo, tiles 26t", "CFR"),
        ("不是FOB了 改成CIF达曼 两个小柜", "CIF"),
        ("No longer EXW: DAP Nairobi via Mombasa, 1x20GP from Shenzhen", "DAP"),
    ],
)
def test_a_term_given_up(text: str, term: str) -> None:
    assert _read(text)["incoterm"] == term


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # A weight in 吨 run into the Latin letters after it (voice text, no space).
        ("宁波走四十尺高柜两个 装的是灯具每柜六吨FOB宁波", 12000),
        ("青岛到达曼 1x20GP 钢丝 24吨CFR", 24000),
        # A rough figure, then the one to count with.
        ("拼箱到蒙巴萨 一吨多吧 算一吨三 八个方", 1300),
        ("整柜一个高柜 十吨左右吧 就按十二吨算", 12000),
    ],
)
def test_weights_said_in_voice(text: str, weight: float) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "dims", "volume"),
    [
        # Three sides run together after 尺寸 in voice-to-text.
        ("宁波拼箱到达曼 三个木箱 尺寸一米五一米一米二 每个两百公斤 配件", "150x100x120", 5.4),
        ("拼箱去拉各斯 一个托盘 尺寸是一米二一米一米 三百公斤", "120x100x100", 1.2),
    ],
)
def test_sides_run_together_after_the_size_label(text: str, dims: str, volume: float) -> None:
    read = _read(text)
    assert (read.get("dimensions_cm"), read.get("volume_cbm")) == (dims, volume)


@pytest.mark.parametrize(
    ("text", "dims", "weight"),
    [
        # A tenth 一 before 十 and a weight: "三米一十二吨" is 3.1 m, then 12 t.
        ("天津到吉达 框架箱 长七米 宽两米五 高三米一十五吨 挖掘机", "700x250x310", 15000),
        # ...not a tenth otherwise.
        ("开顶柜 长六米 宽二米 高三米二十吨 设备", "600x200x300", 20000),
    ],
)
def test_a_tenth_before_a_weight_in_voice(text: str, dims: str, weight: float) -> None:
    read = _read(text)
    assert (read.get("dimensions_cm"), read.get("weight_kg")) == (dims, weight)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # A figure said to be "now" so much replaces the one quoted before it.
        (
            "Update: 1x40HQ Ningbo - Lagos, furniture 8 tons. The weight is now 10 tons.",
            "weight_kg",
            10000,
        ),
        ("LCL Xiamen-Manila 6 pallets 1.5 t; the count is now 8 pallets, same goods", "pieces", 8),
        # The correct date said in the sentence that tells the mistake.
        (
            "Correction: in my last mail I typed 12/03 by mistake, the correct ready date is "
            "12/13. Qingdao to Tema 1x20GP",
            "cargo_ready",
            "2026-12-13",
        ),
    ],
)
def test_the_figure_said_now(text: str, field: str, value: Any) -> None:
    assert _read(text)[field] == value


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # Each type's figure in brackets after it, its size first or not.
        (
            "1x40FR + 1x20GP Tianjin-Aqaba: the press in the FR (860 x 240 x 300 cm, 21 t), tools in the GP (6 t)",
            27000,
        ),
        (
            "2x40HQ + 1x40OT Qingdao-Dammam: furniture in the HQ (9 t each), the crane in the OT (1,180 x 230 x 280 cm, 16 t)",
            34000,
        ),
    ],
)
def test_each_type_with_its_figure_in_brackets(text: str, weight: float) -> None:
    assert _read(text)["weight_kg"] == weight
