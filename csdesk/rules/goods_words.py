"""Words that are never goods: a commodity's name read by position stops at them."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_countries import LATIN_COUNTRY_NAMES

# The fillers of a voice message turned into text, which never open the goods: "就是家具",
# "然后装的是轮胎", "主要是钢结构", "我们有台吊车" (the one crane is the goods, not 有台).
SPOKEN_FILLER = (
    r"然后(?:呢)?是?|就是|其实是?|主要是|大概是|应该是|基本上?是|反正是|一般是|那个|这个|[嗯呃额]+"
    r"|(?:我们|我这边|我这里|这边)?有一?[台个套辆部件]"
)

# Words that are never part of a commodity's English name.
NOT_GOODS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "best",
        "by",
        "cargo",
        "commodity",
        "dear",
        "exporting",
        "for",
        "from",
        "goods",
        "hi",
        "importing",
        "in",
        "is",
        "need",
        "of",
        "on",
        "or",
        "per",
        "pls",
        "please",
        "favor",  # "por favor": a request, as "please"
        "por",
        "favour",
        "quote",
        "rate",
        "ready",
        "regards",
        "ship",
        "thanks",
        "thx",
        "the",
        "to",
        "via",
        "we",
        "with",
        "without",
        "pieces",
        "piece",
        "total",
        # Words of a reply or a total, never of the goods ("ttl 14t", "2x40RF instead").
        "ttl",
        "rdy",
        "etd",
        "instead",
        "else",
        "delayed",
        "shipper",
        "consignee",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        # Packing units, said before the goods ("15kg/ctn clothing samples"): pieces, not goods.
        "plt",
        "plts",
        "pallet",
        "pallets",
        "ctn",
        "ctns",
        "carton",
        "cartons",
        "bale",
        "bales",
        "pkg",
        "pkgs",
        "crate",
        "case",
        # ...and in Spanish, Portuguese and French ("20 cajas, 1,8 m3, repuestos de motos").
        "caja",
        "cajas",
        "caixa",
        "caixas",
        "paleta",
        "paletas",
        "palete",
        "paletes",
        "palette",
        "palettes",
        "colis",
        "bulto",
        "bultos",
        # "furniture about 9 tons": how near a figure is, never part of the goods.
        "about",
        "approx",
        "abt",
        "around",
        # "1x20GP and 1x40HQ, both tiles", "all kitchen appliances": said of every box or
        # piece, not part of the goods.
        "both",
        "all",
        # "rice packed in bags": how the goods are packed, after their name.
        "packed",
        "packaged",
        "embalado",
        "embalados",
        "emballé",
        "emballés",
        "empacado",
        "empacados",
    ]
)
# ...nor of goods read by position: the e-mail's other words.
NOT_SLOT_GOODS = (
    NOT_GOODS
    # Shorthand of a figure's unit ("500kg/plt", "12t/cntr", "rdy 12/12"), DG words and packing
    # written after the goods ("98% in IBCs, IMO class 8").
    | frozenset(["rdy", "plt", "plts", "ctn", "pkg", "cntr", "cont", "conts", "box", "pc"])
    # "UN 1823 Class 8 PG II": the packing group and its roman numeral.
    | frozenset(["imo", "imdg", "ibc", "ibcs", "pg", "ii", "iii"])
    # "1 contenedor 40 pies estándar", "40' standard": the plain box, not the goods.
    | frozenset(["standard", "estándar", "estandar", "padrão", "padrao"])
    # "What is your best price?": a question's opening word, after the goods' sentence.
    | frozenset(["what", "how", "which", "when", "where", "why", "can", "could", "would"])
    | frozenset(
        [
            "urgent",
            "urgently",
            "asap",
            "door",
            "delivery",
            "pickup",
            "pick",
            "up",
            "today",
            "tomorrow",
            "week",
            "month",
            "next",
            "last",
            "same",
            # "misma carga", "mesmo peso", "même poids": the same, in Spanish, Portuguese, French.
            "mismo",
            "misma",
            "mesmo",
            "mesma",
            "même",
            # "ce n'est pas 2 x 20' mais 3 x 20'", "not 2 but 3": the word taking a figure back.
            "but",
            "mais",
            "sino",
            "pero",
            "time",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "fob",
            "cif",
            "cfr",
            "exw",
            "ddp",
            "dap",
            "advise",
            "confirm",
            "offer",
            "best",
            "kind",
            "attention",
            # A figure's label, an abbreviation or a closing in the e-mail's other languages.
            "aprox",
            "aprox.",
            "temperatura",
            "température",
            "crd",
            "incoterm",
            "quedo",
            "atenta",
            "atento",
        ]
    )
    # "Manzanillo, México. Juguetes": the country after its port, in the lanes' languages.
    | LATIN_COUNTRY_NAMES
    | frozenset(
        [
            "about",
            "approx",
            "around",
            "cbm",
            "class",
            "container",
            "containers",
            "correction",
            "ctns",
            "date",
            "degrees",
            "dg",
            "dims",
            "each",
            "flat",
            "fcl",
            "gross",
            "inquiry",
            "kgs",
            "kindly",
            "lcl",
            "mail",
            "minus",
            "my",
            "net",
            "new",
            "no",
            "not",
            "now",
            "one",
            "order",
            "our",
            "pallets",
            "previous",
            "price",
            "rack",
            "reefer",
            "sorry",
            "target",
            "temperature",
            "this",
            "tons",
            "total",
            "un",
            "unit",
            "units",
            "volume",
            "weight",
            "your",
            "it",
            "new",
            "have",
            "has",
            "hello",
            "good",
            "day",
            "morning",
            "afternoon",
            "sir",
            "madam",
            "team",
            # Figures' labels written before them ("GW 420 kgs").
            "gw",
            "nw",
            "vol",
            "meas",
            "qty",
            "pkgs",
            "pcs",
            "cartons",
            "pallet",
            "reference",
            "booking",
            "shipment",
            "export",
            "import",
            "quotation",
            "us",
            "me",
            # "chemicals non-DG", "tiles non hazardous": a remark after the goods.
            "non",
            # A weight's label or a word of a date in Spanish, Portuguese or French ("peso
            # bruto", "poids", "400 kg chacune", "pronto 11/12"): never the goods.
            "peso",
            "bruto",
            "neto",
            "poids",
            "brut",
            "chacun",
            "chacune",
            "cada",
            "pronto",
            "listo",
            # "…, loading from Ningbo", "this time only LCL": how or where it ships, not goods.
            "loading",
            "loaded",
            "only",
            "lista",
            "prêt",
            "prête",
            "fecha",
            "data",
            # "1x20' y 1x40'HC", "Merci, Koffi": a joining word or a closing, never goods.
            "y",
            "e",
            "et",
            "o",
            "ou",
            "con",
            "com",
            "avec",
            "para",
            "pour",
            # "12 cajas de 60x50x45 cm": "de" alone names nothing ("repuestos de motos" does).
            "de",
            # "carga lista", "40 kg cada una", "perdón, …": load, each, sorry; never goods.
            "carga",
            "carregamento",
            "una",
            "uno",
            "cada",
            "perdón",
            "perdon",
            "perdão",
            "perdao",
            "disculpe",
            "desculpe",
            "pardon",
            "corrigindo",
            "corrijo",
            "rectifico",
            "rectificando",
            "desde",
            "merci",
            "gracias",
            "obrigado",
            "obrigada",
            # "USD 2650 all in, valid till 14/12": a price's terms.
            "all",
            "valid",
            "till",
            "until",
            # "desculpe, são 2x40HC", "c'est 1x40HC": a plural copula, or one after its
            # article ("o destino é"), opens a sentence, never the goods ("el destino es Callao"
            # keeps "es": the goods would end before it).
            "são",
            "é",
            "son",
            "sont",
            "c'est",
            # "budget is about USD 3000", "presupuesto 2500": a price or budget sentence.
            "budget",
            "presupuesto",
            "orçamento",
            "prix",
            "precio",
            "preço",
            # "cargo is already in our warehouse": where the goods are, not what.
            "already",
            "já",
            "déjà",
        ]
    )
)


# "excavator PC200", "wheel loader ZL50G": a machine's model code written after its name.
MODEL_CODE = compile_fast(r"[A-Z]{1,4}-?\d{2,4}[A-Z]{0,2}(?![A-Za-z0-9])")


# "door locks", "door hinges": goods named after a door (not "door delivery", "door to door").
_DOOR_GOODS = compile_fast(
    r"door\s+(?!(?:delivery|to|address|pick-?up|service)(?![a-z]))[a-z]{3,}", re.I
)
# "phone cases and chargers": one more plain word or two after "and" close the goods;
# "cerámica para pisos", "artículos para el hogar", "peças para máquinas agrícolas": after
# "para" (Spanish, Portuguese) or "pour" (French) too, with an article maybe.
_AND_MORE = compile_fast(r"\s+[a-z]{3,}(?:\s+[a-z]{3,})?\s*$", re.I)
_FOR_MORE = compile_fast(
    r"\s+(?:(?:el|la|los|las|le|les|o|a|os|as)\s+)?[a-z\u00e0-\u00ff]{3,}"
    # "repuestos para maquinas de coser", "pièces de rechange pour véhicules": one more "of".
    r"(?:\s+(?:(?:e|y|et|de|da|do|des|du|pour|para)\s+)?[a-z\u00e0-\u00ff]{3,}){0,2}\s*$",
    re.I,
)
# "bombas e acessórios", "sillas y mesas", "tables et chaises": "and" in the other languages.
_JOINS = {"and": _AND_MORE, "para": _FOR_MORE, "pour": _FOR_MORE, "de": _FOR_MORE}
_JOINS.update(dict.fromkeys(("e", "y", "et"), _FOR_MORE))


def has_stop_word(words: str) -> bool:
    """Whether a word never part of goods stands among `words` ("door locks" is goods)."""
    if _DOOR_GOODS.match(words):
        words = words[4:]
    split = words.split()
    last = len(split) - 1
    joined = [i for i, word in enumerate(split) if word.lower() in _JOINS and 0 < i < last]
    return any(word.lower() in NOT_SLOT_GOODS for i, word in enumerate(split) if i not in joined)


def goods_and_more(norm: str, at: int, end: int, folded: str) -> bool:
    """ "phone cases and chargers": the "and" joins the last goods words, none a stop word."""
    more = _JOINS.get(folded)
    if more is None or more.match(norm[:end], at) is None:
        return False
    words = [word.lower() for word in norm[at:end].split()]
    return not any(word in NOT_SLOT_GOODS and word not in _JOINS for word in words)
