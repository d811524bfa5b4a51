"""Write qa_b.jsonl and conversations_b.json (half B of heldout_v19).

    /work/main/.venv/bin/python b_make_qa.py

Questions are hard-coded below.  Tuple layout:
    (question, answers, source_key, type, lang, paraphrase)
source_key: T = GBK bulletin, M = Markdown city bulletin, D = docx interview, None = refusal.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = {
    "T": "b_huachuan_etdz_2025h1_bulletin.txt",
    "M": "b_juzhou_parks_2025_assessment.md",
    "D": "b_qintang_park_interview.docx",
    None: None,
}
R = []  # refusal answers

QA = [
    # ------------------------------------------------------------------ T: 铧川经开区 2025年1—6月简报 (GBK txt)
    ("铧川经开区2025年1—6月实现地区生产总值多少？", ["318.6亿元", "318.6"], "T", "amount", "zh", False),
    ("铧川经开区上半年经济总量比去年同期涨了多少？", ["6.8%"], "T", "percent", "zh", True),
    ("铧川经开区2025年二季度单季地区生产总值是多少？", ["171.2亿元", "171.2"], "T", "amount", "zh", False),
    ("铧川经开区2025年一季度地区生产总值是多少？", ["147.4"], "T", "amount", "zh", False),
    ("铧川经开区1—6月规模以上工业总产值完成了多少？", ["612.4亿元", "612.4"], "T", "amount", "zh", False),
    ("铧川经开区2025年规上工业总产值的年度目标是多少？", ["1280亿元", "1280"], "T", "amount", "zh", False),
    ("铧川经开区上半年规上工业总产值完成了年度目标的百分之几？", ["47.8%"], "T", "percent", "zh", False),
    ("铧川经开区上半年规上工业增加值增速在全市7个省级以上开发区中列第几位？", ["第二位", "第二"], "T", "rank", "zh", False),
    ("铧川经开区2025年一季度规上工业增加值增长多少？", ["8.5"], "T", "percent", "zh", False),
    ("锦湖片区上半年完成规上工业总产值多少？", ["368.9亿元", "368.9"], "T", "amount", "zh", False),
    ("铧川经开区简报说上半年聚焦了哪几方面工作？", ["稳增长、抓项目、强招商"], "T", "list", "zh", False),
    ("铧川经开区新能源装备产业产值占全区规上工业总产值的比重是多少？", ["33.5%"], "T", "percent", "zh", False),
    ("铧川的生物医药产值往下掉，是哪家企业拖的后腿？", ["钶元药业股份有限公司", "钶元药业"], "T", "name", "zh", True),
    ("截至2025年6月末，铧川经开区规上工业企业有多少家？", ["286家", "286"], "T", "count", "zh", False),
    ("铧川经开区1—6月完成固定资产投资多少？", ["96.8亿元", "96.8"], "T", "amount", "zh", False),
    ("铧川经开区42个市级重点项目1—6月累计完成投资多少？", ["49.2亿元", "49.2"], "T", "amount", "zh", False),
    ("铖光储能电池二期项目是哪天竣工投产的？", ["5月26日"], "T", "date", "zh", False),
    ("铧川经开区6月12日的新能源产业专场推介会在哪个城市举办？", ["铎州市"], "T", "name", "zh", False),
    ("铧川经开区新能源产业专场推介会现场签约的协议投资是多少？", ["97.3亿元", "97.3"], "T", "amount", "zh", False),
    ("铧川经开区上半年财政收入里税收占了几成？", ["82.6%"], "T", "percent", "zh", True),
    ("铧川经开区力争三季度末规上工业总产值突破多少？", ["950亿元", "950"], "T", "amount", "zh", False),
    ("铧川经开区上半年新冒出来几家规上企业？", ["14家", "14"], "T", "count", "zh", True),
    ("外商上半年在铧川经开区真金白银投了多少钱？", ["4260万美元", "4260"], "T", "amount", "zh", True),
    ("铧川经开区上半年哪家企业产值最多？", ["锘威新能源科技有限公司", "锘威新能源"], "T", "name", "zh", True),
    ("铧川经开区上半年卖到国外的货值多少？", ["48.9亿元", "48.9"], "T", "amount", "zh", True),
    ("钛美精密结构件项目啥时候动工的？", ["4月8日"], "T", "date", "zh", True),
    ("铧川经开区上半年固投完成全年任务的多少？", ["46.1%"], "T", "percent", "zh", True),
    ("By how much did the value added of industry above designated size in 铧川经开区 grow in January–June 2025?", ["8.1%"], "T", "percent", "en", False),
    ("How much foreign capital did 铧川经开区 actually use in the first quarter of 2025?", ["1830"], "T", "amount", "en", False),
    ("How many valid invention patents did 铧川经开区 hold at the end of June 2025?", ["1863件", "1863"], "T", "count", "en", False),
    ("What was the total value of imports and exports of 铧川经开区 in the first half of 2025?", ["63.2亿元", "63.2"], "T", "amount", "en", False),
    ("How much new energy-storage cell capacity came on stream when the 铖光 phase-II project went into production?", ["4GWh"], "T", "number", "en", True),
    ("How many deals did 铧川经开区 ink on the spot at its 12 June promotion event in 铎州市?", ["11个", "11"], "T", "count", "en", True),
    ("铧川经开区上半年社会消费品零售总额是多少？", R, None, "refuse", "zh", False),
    ("锦湖片区上半年完成固定资产投资多少？", R, None, "refuse", "zh", False),
    ("铧川经开区2024年全年规上工业总产值是多少？", R, None, "refuse", "zh", False),
    ("铧川经开区7月份规上工业总产值实际完成了多少？", R, None, "refuse", "zh", False),
    ("铧川经开区上半年规上工业增加值是多少亿元？", R, None, "refuse", "zh", False),
    ("What was the actually utilized foreign capital of 钰河片区 in the first half of 2025?", R, None, "refuse", "en", False),

    # ------------------------------------------------------------------ M: 钜州市四园区 2025 考评通报 (md)
    ("铖江高新区2025年规上工业总产值是多少？", ["1493.6亿元", "1493.6"], "M", "amount", "zh", False),
    ("钜州市开发园区综合考评设了哪几个维度？", ["经济发展（40分）、项目投资（25分）、科技创新（20分）、开放合作（15分）"], "M", "list", "zh", False),
    ("钶湾产业园2025年规上工业总产值同比增长多少？", ["13.3%", "13.3"], "M", "percent", "zh", False),
    ("2025年钜州四个园区里谁的规上工业产值跑得最快？", ["钶湾产业园", "钶湾临港产业园"], "M", "name", "zh", True),
    ("镡溪园2025年规上工业增加值增速是多少？", ["5.0"], "M", "percent", "zh", False),
    ("铖江高新区规上工业总产值占四个园区合计的比重是多少？", ["39.2%"], "M", "percent", "zh", False),
    ("钜州四个园区2025年规上工业产值加起来有多少？", ["3806.3亿元", "3806.3"], "M", "amount", "zh", True),
    ("2025年钜州市四个开发园区规上工业总产值占全市的比重是多少？", ["71.4%"], "M", "percent", "zh", False),
    ("钜州市哪个开发园区2025年固定资产投资是负增长？", ["镡溪园", "镡溪新材料产业园"], "M", "name", "zh", False),
    ("钶湾产业园2025年工业投资占固定资产投资的比重是多少？", ["70.8%"], "M", "percent", "zh", False),
    ("钜州市2025年新签约亿元以上项目数量最多的是哪个园区？", ["铖江高新区", "铖江高新技术产业开发区"], "M", "name", "zh", False),
    ("锘山经开区2025年实际使用外资多少？", ["22710万美元", "22710"], "M", "amount", "zh", False),
    ("铖江高新区2025年净增高新技术企业多少家？", ["56家", "56"], "M", "count", "zh", False),
    ("镡溪园2025年亩均税收是多少？", ["22.8"], "M", "amount", "zh", False),
    ("钶湾产业园2025年度综合考评排名第几？", ["第二"], "M", "rank", "zh", False),
    ("2025年度综合考评中哪个园区开放合作维度得分最高？", ["锘山经开区", "锘山经济技术开发区"], "M", "name", "zh", False),
    ("铖江高新区考评第一拿了多少奖金？", ["800万元", "800"], "M", "amount", "zh", True),
    ("钶湾产业园被授予了什么称号？", ["2025年度争先进位园区", "争先进位园区"], "M", "phrase", "zh", False),
    ("2026年钜州市开发园区规上工业总产值力争突破多少？", ["4100亿元", "4100"], "M", "amount", "zh", False),
    ("Which city departments took part with the development-zone office in 钜州's 2025 park assessment?", ["市统计局、市发展改革委、市商务局、市科技局"], "M", "list", "en", True),
    ("Where did 铖江高新区 rank in 钜州's 2025 comprehensive assessment?", ["第一"], "M", "rank", "en", False),
    ("钜州市开发园区2025年度综合考评情况通报是哪天发布的？", ["2026年2月10日"], "M", "date", "zh", False),
    ("钜州2025年园区考评谁拿了头名？", ["铖江高新区", "铖江高新技术产业开发区"], "M", "name", "zh", True),
    ("2025年钜州哪个园区引进的外资最多？", ["锘山经开区", "锘山经济技术开发区"], "M", "name", "zh", True),
    ("镡溪园2025年的固投比2024年缩水了多少？", ["8.0%", "-8.0"], "M", "percent", "zh", True),
    ("铖江高新区2025年研发投入占比多高？", ["4.35%", "4.35"], "M", "percent", "zh", True),
    ("镡溪园这次考评落了个什么档次？", ["一般"], "M", "phrase", "zh", True),
    ("What was the fixed-asset investment of 铖江高新区 in 2024?", ["312.4"], "M", "amount", "en", False),
    ("Which park in 钜州市 saw the fastest growth of actually utilized foreign capital in 2025?", ["钶湾产业园", "钶湾临港产业园"], "M", "name", "en", False),
    ("How much did 锘山经开区 spend on R&D relative to revenue in 2024?", ["2.68"], "M", "percent", "en", True),
    ("How many points did 镡溪园 score in the 2025 comprehensive assessment?", ["65.1分", "65.1"], "M", "number", "en", False),
    ("Which park climbed from third to second place in 钜州's park assessment?", ["钶湾产业园", "钶湾临港产业园"], "M", "name", "en", True),
    ("How much foreign money did 钜州's four parks bring in altogether in 2025?", ["5.31亿美元", "5.31"], "M", "amount", "en", True),
    ("What was the growth of gross industrial output value above designated size in 锘山经开区 in 2025?", ["6.0"], "M", "percent", "en", False),
    ("How many high-tech enterprises did 镡溪园 have in 2024?", ["64"], "M", "count", "en", False),
    ("锘山经开区2023年规上工业总产值是多少？", R, None, "refuse", "zh", False),
    ("铖江高新区2025年地区生产总值是多少？", R, None, "refuse", "zh", False),
    ("钜州市锂谷物流园2025年综合考评得分是多少？", R, None, "refuse", "zh", False),
    ("What was the industrial investment of 钶湾产业园 in 2024?", R, None, "refuse", "en", False),
    ("How many new jobs did 铖江高新区 create in 2025?", R, None, "refuse", "en", False),
    ("What was the tax revenue per mu of 铖江高新区 in 2024?", R, None, "refuse", "en", False),

    # ------------------------------------------------------------------ D: 钦塘产业园主任专访 (docx)
    ("钦塘智能制造产业园管委会主任是谁？", ["钟铭远"], "D", "name", "zh", False),
    ("2025钦塘智造招商季共签约多少个项目？", ["34个", "34"], "D", "count", "zh", False),
    ("2025钦塘智造招商季协议总投资是多少？", ["98.6亿元", "98.6"], "D", "amount", "zh", False),
    ("钦塘招商季9月9日集中签约仪式现场签约的协议投资是多少？", ["81.3亿元", "81.3"], "D", "amount", "zh", False),
    ("钦塘今年招商季签约的10亿元以上项目有几个？", ["3个", "3"], "D", "count", "zh", False),
    ("钦塘招商季新能源和智能装备两条产业链上的项目协议投资占比是多少？", ["73.5%"], "D", "percent", "zh", False),
    ("钦塘招商季外资项目的合同外资是多少？", ["1.2亿美元", "1.2"], "D", "amount", "zh", False),
    ("钦塘招商季投资规模最大的是哪个项目？", ["锂澜固态电池电芯及模组项目"], "D", "name", "zh", False),
    ("锂澜固态电池电芯及模组项目一期投资多少？", ["12亿元", "12"], "D", "amount", "zh", False),
    ("锂澜新能源的董事长是谁？", ["钱卫东"], "D", "name", "zh", False),
    ("锂澜新能源是哪天摘牌拿到首期工业用地的？", ["8月28日"], "D", "date", "zh", False),
    ("镭晟半导体激光器件项目计划什么时候开工？", ["2026年1月"], "D", "date", "zh", False),
    ("钦塘产业园去年招商季签约项目的开工率是多少？", ["80.8%"], "D", "percent", "zh", False),
    ("钦塘产业园1—8月固定资产投资完成年度目标的百分之几？", ["65.7%"], "D", "percent", "zh", False),
    ("钦塘产业园分管招商的副主任是谁？", ["镡志强"], "D", "name", "zh", False),
    ("钦塘产业园按哪几条产业链组建了专业招商组？", ["新能源、智能装备、电子信息"], "D", "list", "zh", False),
    ("钦塘产业园和锦阳职业技术学院合作开了哪几个订单班？", ["新能源电池、工业机器人"], "D", "list", "zh", False),
    ("钦塘产业园前八个月规上工厂的产值有多少？", ["186.4亿元", "186.4"], "D", "amount", "zh", True),
    ("钦塘产业园给人才准备的公寓现在有多少套？", ["836套", "836"], "D", "count", "zh", True),
    ("钦塘今年招商季谈成的投资额比去年多了百分之几？", ["60.6%"], "D", "percent", "zh", True),
    ("锂澜那个项目全部干起来以后一年能产出多少？", ["45亿元左右", "45亿元"], "D", "amount", "zh", True),
    ("锂澜项目能解决多少人就业？", ["1200余人"], "D", "count", "zh", True),
    ("钛驰的伺服电机项目砸了多少钱？", ["15.5亿元", "15.5"], "D", "amount", "zh", True),
    ("钦塘招商季里有几个项目是老企业牵线介绍来的？", ["9个", "9"], "D", "count", "zh", True),
    ("How many companies did the 钦塘 investment-promotion teams call on during the campaign?", ["一百五十多家"], "D", "count", "en", True),
    ("What full-year agreed investment does 钦塘产业园 aim to exceed?", ["150亿元", "150"], "D", "amount", "en", False),
    ("How many projects of 100 million yuan and above has 钦塘产业园 signed so far this year?", ["41个", "41"], "D", "count", "en", False),
    ("Which company is behind the precision reducer and joint module project in 钦塘产业园?", ["铂瑞精工集团有限公司", "铂瑞精工集团"], "D", "name", "en", True),
    ("How much industrial land does 钦塘产业园 have in reserve?", ["一千五百多亩"], "D", "number", "en", True),
    ("When did the 2025 钦塘智造招商季 begin?", ["8月1日"], "D", "date", "en", False),
    ("What was the year-on-year growth of gross industrial output value above designated size at 钦塘产业园 in January–August 2025?", ["14.2%"], "D", "percent", "en", False),
    ("Which reporter interviewed the head of 钦塘产业园?", ["钮晓霜"], "D", "name", "en", True),
    ("钛驰高端伺服电机产业化项目达产后预计年产值多少？", R, None, "refuse", "zh", False),
    ("钦塘产业园1—8月实际使用外资多少？", R, None, "refuse", "zh", False),
    ("钦塘智造产业基金目前已经投出去多少钱？", R, None, "refuse", "zh", False),
    ("What were the total profits of enterprises in 钦塘产业园 in January–August 2025?", R, None, "refuse", "en", False),
    ("How many projects worth 1 billion yuan or more were signed in 钦塘's 2024 investment-promotion campaign?", R, None, "refuse", "en", False),
]


def turn(q, answers, key):
    return {"question": q, "answers": answers, "source": SRC[key]}


CONVERSATIONS = [
    [
        turn("铧川经开区上半年新签约项目多少个？", ["37个", "37"], "T"),
        turn("其中亿元以上的有几个？", ["26个", "26"], "T"),
        turn("那一季度签了几个？", ["16个", "16"], "T"),
    ],
    [
        turn("铧川经开区1—6月完成固定资产投资多少？", ["96.8亿元", "96.8"], "T"),
        turn("同比增长多少？", ["12.5%"], "T"),
        turn("一季度完成了多少？", ["38.5"], "T"),
        turn("全年目标是多少？", ["210亿元", "210"], "T"),
    ],
    [
        turn("钜州市2025年度综合考评中铖江高新区得了多少分？", ["89.7分", "89.7"], "M"),
        turn("排第几？", ["第一", "1"], "M"),
        turn("那锘山经开区呢？", ["第三", "3"], "M"),
        turn("它2024年排第几？", ["2"], "M"),
    ],
    [
        turn("What was the actually utilized foreign capital of 钶湾产业园 in 2025?", ["7460"], "M"),
        turn("And in 2024?", ["5120"], "M"),
        turn("What about 镡溪园 in 2025?", ["1580"], "M"),
        turn("镡溪园2023年呢？", [], None),
    ],
    [
        turn("钦塘招商季投资最大的项目总投资多少？", ["32亿元", "32.0"], "D"),
        turn("投资方是哪家公司？", ["锂澜新能源科技（锦阳）有限公司"], "D"),
        turn("计划什么时候开工？", ["2025年12月"], "D"),
        turn("达产后能带动多少人就业？", ["1200余人"], "D"),
    ],
    [
        turn("钦塘产业园1—8月规上工业总产值多少？", ["186.4亿元", "186.4"], "D"),
        turn("同比增长多少？", ["14.2%"], "D"),
        turn("增速在全市排第几？", ["第一"], "D"),
        turn("去年全年的产值呢？", [], None),
    ],
    [
        turn("What share of 铧川经开区's general public budget revenue came from taxes in the first half of 2025?", ["82.6%"], "T"),
        turn("And how much was the tax revenue itself?", ["13.52亿元", "13.52"], "T"),
        turn("What about the first quarter?", ["6.71"], "T"),
    ],
]


def main():
    rows = []
    for i, (q, ans, key, typ, lang, para) in enumerate(QA, 1):
        rows.append({
            "id": "h19b-%03d" % i,
            "question": q,
            "answers": list(ans),
            "source": SRC[key],
            "type": typ,
            "lang": lang,
            "paraphrase": para,
        })
    with open(os.path.join(HERE, "qa_b.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "conversations_b.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(CONVERSATIONS, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("qa_b.jsonl:", len(rows), "questions;", "conversations_b.json:",
          len(CONVERSATIONS), "conversations,", sum(len(c) for c in CONVERSATIONS), "turns")


if __name__ == "__main__":
    main()
