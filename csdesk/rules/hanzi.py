"""Traditional characters read as their simplified forms: customers in Hong Kong, Taiwan and
Macau (and phones set to traditional input) write 報個價 寧波 一個40尺高櫃 八噸. The parser reads
the simplified text, one character for one, so every span still marks what was written; the
names a customer wrote (goods, shipper, addresses) keep their own characters.

The table holds the characters freight messages use (ports and places, boxes, goods, figures,
the words of a request), as pairs of traditional and simplified; a character both scripts share
is not in it.
"""

from __future__ import annotations

import re

_PAIRS = """
    報报 呎尺 個个 價价 寧宁 櫃柜 噸吨 傢家 貨货 碼码 頭头 運运 費费 號号 裝装 車车 廠厂 門门 發发
    東东 廣广 島岛 龍龙 灣湾 廈厦 連连 雲云 蘇苏 關关 於于 從从 來来 這这 們们 麼么 嗎吗 請请
    謝谢 問问 給给 幾几 條条 張张 對对 錯错 實实 際际 線线 設设 備备 機机 電电 燈灯 鐵铁 鋼钢
    鋁铝 銅铜 磚砖 紡纺 織织 紗纱 綫线 帶带 鍋锅 爐炉 輪轮 膠胶 飾饰 醫医 藥药 險险 類类 聯联
    國国 編编 溫温 凍冻 鮮鲜 蝦虾 魚鱼 雞鸡 豬猪 乾干 開开 頂顶 雜杂 區区 縣县 鎮镇 樓楼 園园
    業业 場场 倉仓 庫库 進进 達达 爾尔 薩萨 納纳 羅罗 馬马 蘭兰 亞亚 維维 倫伦 內内 約约 務务
    時时 間间 後后 週周 禮礼 兩两 萬万 億亿 點点 總总 淨净 體体 積积 託托 盤盘 紙纸 長长 寬宽
    錢钱 歐欧 幣币 標标 準准 單单 據据 訂订 艙舱 現现 樣样 產产 還还 會会 讓让 說说 話话 聽听
    兒儿 邊边 裡里 裏里 為为 與与 動动 齊齐 鋪铺 鑽钻 錶表 鐘钟 鏈链 閥阀 鎖锁 纜缆 網网 絲丝
    綢绸 緞缎 絨绒 漿浆 書书 畫画 擔担 幫帮 預预 計计 貿贸 圓圆 漢汉 鎊镑 盧卢 頓顿 賓宾 濱滨
    澤泽 鹽盐 陸陆 紐纽 買买 賣卖 換换 轉转 過过 遠远 選选 遞递 遲迟 適适 鄰邻 鄭郑 陽阳 陰阴
    隊队 階阶 隨随 隻只 雙双 離离 難难 靈灵 韓韩 頁页 項项 順顺 須须 領领 頻频 顆颗 題题 額额
    顏颜 願愿 顯显 風风 飛飞 飯饭 飲饮 館馆 駕驾 驗验 髮发 鬆松 鳥鸟 鹹咸 麥麦 黃黄 龜龟 夠够
    傳传 債债 傷伤 儀仪 優优 儲储 冊册 劃划 劑剂 勞劳 勢势 協协 卻却 參参 圍围 圖图 團团 執执
    堅坚 塊块 塗涂 壓压 壞坏 壺壶 夾夹 婦妇 寫写 寶宝 將将 專专 導导 層层 屬属 嶼屿 師师 帳帐
    幹干 廢废 廳厅 強强 彈弹 彎弯 徑径 復复 態态 懷怀 戰战 戶户 擇择 擊击 擴扩 擺摆 攜携 敗败
    數数 斷断 晉晋 曬晒 棄弃 極极 構构 樂乐 檢检 權权 歲岁 歷历 歸归 殘残 殼壳 氣气 決决 沒没
    況况 淺浅 測测 湧涌 湯汤 溝沟 滅灭 滿满 漁渔 漲涨 潔洁 潤润 濃浓 濕湿 濟济 濾滤 瀝沥 灑洒
    灘滩 烏乌 無无 煉炼 煙烟 燒烧 營营 牽牵 狀状 獨独 獎奖 獲获 環环 畢毕 異异 當当 療疗 盡尽
    監监 眾众 礦矿 確确 種种 稱称 穩稳 窯窑 競竞 筆笔 節节 範范 築筑 簡简 簽签 籃篮 糧粮 紀纪
    紅红 紋纹 純纯 級级 細细 終终 組组 結结 絕绝 統统 經经 綠绿 綿绵 緊紧 緣缘 縫缝 縮缩 績绩
    繩绳 繼继 續续 纖纤 罰罚 聲声 職职 膚肤 臺台 興兴 舊旧 藝艺 蘋苹 處处 蟲虫 衛卫 衝冲 補补
    製制 複复 襪袜 見见 規规 視视 親亲 覺觉 觀观 記记 訊讯 許许 試试 該该 詳详 認认 語语 調调
    談谈 論论 諮咨 證证 識识 議议 護护 讀读 變变 豐丰 貝贝 負负 財财 販贩 責责 貴贵 貼贴 資资
    賠赔 賬账 質质 購购 贈赠 趕赶 跡迹 軌轨 軍军 軟软 較较 載载 輕轻 輛辆 輸输 辦办 農农 違违
    遷迁 遺遗 鄉乡 釋释 針针 釘钉 鈕钮 鉛铅 鉤钩 銀银 銷销 錄录 錫锡 鍍镀 鍵键 鏡镜 鑄铸 閉闭
    閱阅 陳陈 雖虽 霧雾 靜静 頸颈 顧顾 飼饲 餅饼 養养 饋馈 駛驶 騎骑 鬧闹 鯉鲤 鰻鳗 鱈鳕 鴨鸭
    鵝鹅 麵面 齒齿 鳳凤 傘伞 筍笋 棗枣 薑姜 蔥葱 蘿萝 蔔卜 燭烛 鋸锯 鍊链 滬沪 閩闽 粵粤 贛赣
    遼辽 閘闸 塢坞 樁桩 棧栈 匯汇 彙汇 劉刘 楊杨 趙赵 吳吴 馮冯 韋韦 蕭萧 葉叶 鍾钟 龔龚 聶聂
    嚴严 賈贾 齡龄 擬拟 滷卤 鹵卤 鉀钾 鈉钠 鈣钙 鎂镁 鋅锌 鎳镍 鉻铬 錳锰 鹼碱 醬酱 釀酿 壇坛
    臘腊 醃腌 篩筛 籠笼 櫥橱 檯台 櫈凳 簾帘 繡绣 蓆席 墊垫 襯衬 褲裤 釦扣 貓猫 驢驴 蠶蚕 繭茧
    綑捆 疊叠 箇个 餘余 舉举
"""
TRADITIONAL = {pair[0]: pair[1] for pair in _PAIRS.split()}
_TO_SIMPLIFIED = str.maketrans(TRADITIONAL)
# (one search in C tells the few messages holding any of them from the rest)
ANY_TRADITIONAL = re.compile("[" + "".join(TRADITIONAL) + "]")


def simplified(text: str) -> str:
    """`text` with its traditional characters simplified, the same length; `text` itself
    when it holds none."""
    if ANY_TRADITIONAL.search(text) is None:
        return text
    return text.translate(_TO_SIMPLIFIED)


def as_written(value: str, read: str, written: str) -> str:
    """`value`, made of the simplified `read`, with the characters `written` had there."""
    if read == written:
        return value
    shown = "".join(
        original if TRADITIONAL.get(original) == char else char
        for char, original in zip(read, written, strict=True)
    )
    return value.replace(" ".join(read.split()), " ".join(shown.split()))
