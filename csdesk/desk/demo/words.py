"""The parts demo names and notes are built from: invented, but shaped like the real thing.

Chinese company names follow 行政区划 + 字号 + 行业 + 组织形式 (宁波海天塑料制品有限公司); foreign
names are forwarders and agents on the peer group's lanes (Africa, Latin America, India and the
Red Sea). No part is a real company's name.
"""

from __future__ import annotations

# fmt: off
# Word lists read best packed; the formatter would put every word on its own line.

# Where exporters sit; a few carry 市 the way their registrations usually do.
CITIES = (
    "宁波", "义乌市", "深圳市", "广州", "东莞市", "佛山", "厦门", "青岛", "上海", "天津",
    "苏州", "无锡", "常州", "南通", "温州", "台州", "绍兴", "金华", "杭州", "嘉兴",
    "湖州", "泉州", "福州", "漳州", "中山市", "珠海", "江门", "汕头", "潮州", "惠州",
    "成都", "重庆", "武汉", "长沙", "郑州", "西安", "合肥", "南昌", "济南", "临沂",
    "潍坊", "烟台", "威海", "日照", "连云港", "大连", "沈阳", "石家庄", "保定", "沧州",
    "唐山", "北京", "南京", "扬州", "泰州", "盐城", "徐州", "昆明", "南宁", "柳州",
    "贵阳", "太原", "兰州", "长春", "哈尔滨", "芜湖", "赣州", "永康", "慈溪", "余姚",
)
PROVINCES = ("浙江", "江苏", "广东", "山东", "福建", "河北", "河南", "湖北", "湖南", "安徽")

# 字号: a curated list, plus pairs drawn from the two character pools below.
TRADE_NAMES = (
    "海天", "宏达", "鑫源", "华盛", "恒通", "金鹏", "永利", "嘉禾", "瑞丰", "远航",
    "东方", "新星", "盛世", "天成", "宏图", "伟业", "恒信", "正泰", "德力", "华美",
    "富达", "明辉", "立信", "长荣", "天润", "海瑞", "金泰", "通达", "博远", "鸿运",
    "佳信", "安泰", "宝丰", "辰光", "晨阳", "大成", "鼎盛", "丰华", "广利", "汇通",
    "锦程", "凯达", "蓝海", "利民", "隆兴", "美琪", "南星", "诺尔", "鹏程", "启航",
)
TRADE_FIRST = (
    "华", "恒", "鑫", "宏", "金", "永", "瑞", "嘉", "天", "盛", "德", "富", "明", "海", "新",
    "安", "宝", "鼎", "汇", "锦", "凯", "隆", "鹏", "荣", "顺", "泰", "万", "祥", "兴", "亿",
    "裕", "远", "正", "志", "中", "创", "东", "冠", "广", "和",
)
TRADE_SECOND = (
    "达", "源", "盛", "通", "丰", "利", "昌", "辉", "泰", "信", "成", "发", "业", "润", "兴",
    "鑫", "隆", "华", "诚", "邦", "晟", "瀚", "博", "航", "宇", "康", "盈", "美", "威", "新",
    "耀", "悦", "臻", "卓", "驰", "峰", "阳", "远", "星", "洋",
)
INDUSTRIES = (
    "纺织", "服装", "家具", "五金", "机械", "电子", "化工", "塑料制品", "陶瓷", "玩具",
    "灯饰", "建材", "汽车配件", "轮胎", "光伏", "食品", "农产品", "医疗器械", "包装材料",
    "不锈钢", "钢铁", "铝业", "新能源", "家电", "箱包", "鞋业", "工艺品", "日用品", "卫浴",
    "电线电缆", "水产", "茶叶", "文具", "电动工具", "摩托车配件",
)
# 组织形式; the industry is left out before the trade-company forms (宁波海天进出口有限公司).
DIRECT_FORMS = ("有限公司", "实业有限公司", "科技股份有限公司", "制造有限公司")
TRADE_FORMS = ("进出口有限公司", "国际贸易有限公司", "贸易有限公司")
FORWARDER_FORMS = (
    "国际货运代理有限公司",
    "国际物流有限公司",
    "供应链管理有限公司",
    "货运代理有限公司",
)
# 中国XX集团: invented central SOEs and their subsidiaries; local SOEs carry 市 or 省.
CENTRAL_GROUPS = ("集团有限公司", "集团进出口有限公司", "集团国际贸易有限公司")
LOCAL_SOE_FORMS = ("集团有限公司", "进出口集团有限公司", "国际贸易集团有限公司")

FOREIGN_PLACES = (
    ("Lagos", "234"), ("Apapa", "234"), ("Onne", "234"), ("Tema", "233"), ("Accra", "233"),
    ("Mombasa", "254"), ("Nairobi", "254"), ("Dar es Salaam", "255"), ("Lome", "228"),
    ("Cotonou", "229"), ("Abidjan", "225"), ("Douala", "237"), ("Luanda", "244"),
    ("Durban", "27"), ("Djibouti", "253"), ("Jeddah", "966"), ("Aden", "967"),
    ("Nhava Sheva", "91"), ("Mundra", "91"), ("Chennai", "91"), ("Karachi", "92"),
    ("Chittagong", "880"), ("Colombo", "94"),
)
FOREIGN_WORDS = (
    "Atlantic", "Global", "Star", "Unity", "Crown", "Royal", "Prime", "Sahara", "Savannah",
    "Horizon", "Coastal", "Eagle", "Pioneer", "Harbour", "Continental", "Delta", "Summit",
    "Bridge", "Golden", "Ocean", "Evergood", "Sunrise", "Trident", "Victory", "Meridian",
)
FOREIGN_TYPES = (
    "Freight Services", "Logistics", "Shipping", "Cargo", "Forwarding",
    "Clearing & Forwarding", "Maritime", "Shipping Agencies",
)
FOREIGN_SUFFIXES = ("Ltd", "Limited", "Co. Ltd", "PLC", "Pvt Ltd", "LLC", "FZE")
LATIN_PLACES = (
    ("Callao", "51"), ("Valparaiso", "56"), ("San Antonio", "56"), ("Guayaquil", "593"),
    ("Manzanillo", "52"), ("Veracruz", "52"), ("Cartagena", "57"), ("Buenaventura", "57"),
    ("Colon", "507"), ("Buenos Aires", "54"), ("Montevideo", "598"),
)
LATIN_NAMES = (
    "Agencia Maritima {word} S.A.",
    "Transportes {word} S.A. de C.V.",
    "Logistica {word} Ltda",
    "{word} Cargo S.A.C.",
    "Operadora Logistica {word} S.A.",
    "Agencia de Aduanas {word} Ltda",
)
LATIN_WORDS = (
    "del Pacifico", "del Caribe", "Andina", "Austral", "del Sur", "Atlantica", "Continental",
    "Costa Azul", "Sol de Oriente", "Puerto Nuevo", "Cruz del Sur", "Estrella",
    "Bahia", "Rio Grande", "Santa Rosa", "Los Andes",
)

SURNAMES = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
    ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"),
    ("郭", "guo"), ("何", "he"), ("林", "lin"), ("罗", "luo"), ("高", "gao"),
    ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
    ("许", "xu"), ("邓", "deng"), ("冯", "feng"), ("韩", "han"), ("曹", "cao"),
)
GIVEN_CHARS = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
    ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
    ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("涛", "tao"), ("明", "ming"),
    ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
    ("建", "jian"), ("华", "hua"), ("红", "hong"), ("斌", "bin"), ("婷", "ting"),
    ("飞", "fei"), ("鹏", "peng"), ("琳", "lin"), ("晨", "chen"), ("雪", "xue"),
)
TITLES = ("总", "经理", "小姐", "先生", "姐")
FOREIGN_PEOPLE = (
    "Chinedu Okafor", "Adebayo Balogun", "Kwame Mensah", "Ama Owusu", "Joseph Mwangi",
    "Grace Wanjiru", "Baraka Mushi", "Koffi Agbeko", "Fatou Diallo", "Jean-Paul Mbarga",
    "Ahmed Al-Harbi", "Priya Sharma", "Rahul Mehta", "Imran Qureshi", "Nadia Rahman",
    "Carlos Ramirez", "Lucia Fernandez", "Diego Morales", "Camila Rojas", "Andres Castillo",
)

# Mainland mobile prefixes in use (1[3-9]x).
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
    "145", "147", "150", "151", "152", "153", "155", "156", "157", "158", "159",
    "166", "173", "175", "176", "177", "178",
    "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
    "191", "193", "195", "198", "199",
)
EMAIL_DOMAINS = ("163.com", "126.com", "qq.com", "sina.com", "aliyun.com")

DIRECT_ROLES = ("老板", "总经理", "采购", "单证", "物流经理", "外贸业务员", "财务", "船务")
PEER_ROLES = ("老板", "操作", "商务", "单证", "海外部经理")
AGENT_ROLES = ("Operations Manager", "Sales Manager", "Director", "Documentation")

HOBBIES = (
    "钓鱼", "高尔夫", "喝茶", "爬山", "羽毛球", "打篮球", "摄影", "书法", "自驾游",
    "跑步", "红酒", "围棋", "足球", "游泳", "听戏",
)
CUSTOMER_NOTES = (
    "老板喜欢早上沟通, 下午常在工厂",
    "只走宁波港出口",
    "货主在义乌, 以拼箱为主",
    "付款较慢, 注意账期",
    "对价格敏感, 报价要快",
    "每月固定走拉各斯 3-5 柜",
    "冻柜客户, 注意温度要求",
    "有危险品货物, 报价前确认 UN 号",
    "之前在别家订舱, 可争取",
    "年底有一批大货, 需提前锁舱",
    "客户要求提单电放",
    "目的港清关由对方代理负责",
    "单证小姐很细心, 提单草稿发她确认",
    "老板是潮汕人, 逢年过节记得问候",
    "工厂在内陆, 拖车要提前两天安排",
)
# Customer text is never markup; these keep every screen honest about it.
MARKUP_NOTES = (
    "备注 [/] 结束",
    "[urgent] 下周有一批冻柜要出",
    "报价单格式: [USD] 40HQ [/] 20GP",
    "[bold]重要[/bold] 老板亲自对接",
)

ORIGIN_PORTS = ("宁波", "上海", "深圳", "广州", "青岛", "厦门", "天津", "南沙", "蛇口", "盐田")
DESTINATION_PORTS = (
    "拉各斯", "阿帕帕", "特马", "蒙巴萨", "达累斯萨拉姆", "洛美", "科托努", "阿比让",
    "杜阿拉", "罗安达", "德班", "吉布提", "吉达", "亚丁", "那瓦什瓦", "蒙德拉", "卡拉奇",
    "吉大港", "科伦坡", "卡亚俄", "瓦尔帕莱索", "桑托斯", "瓜亚基尔", "曼萨尼约",
    "卡塔赫纳", "科隆", "雅加达", "胡志明", "林查班", "巴生", "汉堡", "鹿特丹", "洛杉矶",
)
CARGO = ("20GP", "40GP", "40HQ", "40HQ x2", "20GP x3", "40RF", "20OT", "LCL 3方", "LCL 8方")

# Short notes an agent types after a contact, by outcome; inquiries are built from ports.
OUTCOME_NOTES = {
    "reached": (
        "客户近期无货, 下周再联系",
        "确认月底有货, 等通知",
        "聊了运价走势, 客户在观望",
        "客户出差中, 简单沟通",
        "询问船期, 已告知",
        "客户反馈上票货已到港, 很满意",
        "介绍了非洲线优势, 客户有兴趣",
        "提醒客户下月涨价",
        "客户在比价, 说我们价格偏高",
        "老板不在, 跟采购聊了几句",
    ),
    "no_answer": ("无人接听", "电话没人接", "响铃无人接"),
    "busy": ("占线", "客户在开会, 稍后再打", "客户说在忙"),
    "callback_agreed": (
        "约好明天上午回电",
        "客户说下午三点再打过来",
        "周五再联系",
        "下周一回电确认货量",
    ),
    "visit_booked": ("约下周二上门拜访", "约周四下午去工厂拜访", "约好月底拜访老板"),
    "wrong_number": ("号码错误, 需更新联系人", "空号", "对方说打错了, 联系人已离职"),
}
# Where the channel changes what is said.
CHANNEL_NOTES = {
    ("wechat", "no_answer"): ("微信未回复", "消息已读未回"),
    ("wechat", "reached"): ("微信沟通了船期", "发了本周运价表, 客户已读", "客户微信发来货物照片"),
    ("email", "reached"): ("邮件回复了船期表", "客户邮件确认收到报价"),
    ("email", "no_answer"): ("邮件未回复",),
    ("visit", "reached"): (
        "上门拜访, 参观了工厂", "拜访老板, 聊了明年出货计划", "请客户吃饭, 关系更近了",
    ),
}
INQUIRY_PREFIX = {"phone": "询价", "wechat": "微信询价", "email": "邮件询价", "visit": "拜访时询价"}
# fmt: on
