"""Write qa_a.jsonl and conversations_a.json (half A of heldout_v22).

Each answerable item lists exact spans of its report (best first); a refusal has
answers [] and source null. The item order is a fixed shuffle so that reports,
languages and types are interleaved. Run a_check.py afterwards.

Run:  /work/main/.venv/bin/python a_make_qa.py
"""

import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

SRC = {
    "X": "a_jinchuan_parks_2025m9_stats.xlsx",
    "D": "a_jinchuan_hitech_2025h1_summary.docx",
    "T": "a_jinchuan_etdz_20250926_signing.txt",
    None: None,
}

# (question, answers, source key, type, lang, paraphrase)
ITEMS = [
    # ---- X: city statistics workbook, 1—9月 2025 --------------------------------------
    ("瑾川高新区2025年1—9月规上工业总产值是多少亿元？", ["823.5亿元", "823.5"], "X", "amount", "zh", False),
    ("瑾川经开区9月当月规模以上工业总产值是多少？", ["71.2"], "X", "amount", "zh", False),
    ("璞岭工业园区前三季度的工业产值跟去年同期比是涨了还是跌了，变化多少？", ["下降2.6%", "-2.6"], "X", "percent", "zh", True),
    ("What was the year-on-year growth of value added of industrial enterprises above designated size in "
     "Kegang Lingang Industrial Park for January–September 2025?", ["14.7"], "X", "percent", "en", False),
    ("1—9月全市开发园区规上工业企业比年初新增了多少家？", ["77家", "77"], "X", "count", "zh", False),
    ("珂港临港产业园1—9月固定资产投资完成年度目标的百分之多少？", ["84.6"], "X", "percent", "zh", False),
    ("How much industrial investment did Jinchuan ETDZ complete in January–September 2025?",
     ["102.6"], "X", "amount", "en", False),
    ("全市开发园区亿元以上在建项目有多少个？", ["171个", "171"], "X", "count", "zh", False),
    ("经开区前三季度外资到账比去年同期是多了还是少了？差多少？", ["下降3.5%", "-3.5"], "X", "percent", "zh", True),
    ("What was the total value of imports and exports of Yaoting Industrial Park in January–September 2025?",
     ["45.7"], "X", "amount", "en", False),
    ("瑶汀产业园1—9月到位资金同比增长多少？", ["16.9"], "X", "percent", "zh", False),
    ("1—9月全市开发园区新签约亿元以上项目多少个？", ["125个", "125"], "X", "count", "zh", False),
    ("珂港临港产业园今年前三季度签下来的项目，合同上写的投资加起来是多少？", ["231.9"], "X", "amount", "zh", True),
    ("瑾川高新区1—9月一般公共预算收入是多少万元？", ["438620"], "X", "amount", "zh", False),
    ("For Puling Industrial Park, what share of general public budget revenue came from tax revenue in "
     "January–September 2025?", ["74.0"], "X", "percent", "en", False),
    ("琨芯12英寸特色工艺晶圆产线项目总投资多少？", ["86.0"], "X", "amount", "zh", False),
    ("琛达智能装备产业园是什么时候开工的？", ["2025.2.26"], "X", "date", "zh", False),
    ("Which company is building the high-purity quartz materials project in Yaoting Industrial Park?",
     ["琰石新材料有限公司"], "X", "name", "en", False),
    ("重点项目里哪个到9月底一分钱投资都还没完成？", ["琦云数据中心（一期）"], "X", "name", "zh", True),
    ("2025年市级重点产业项目1—9月合计完成投资多少亿元？", ["62.2"], "X", "amount", "zh", False),
    ("三季度全市开发园区高质量发展综合考核排名第二的是哪个园区？", ["珂港临港产业园"], "X", "name", "zh", False),
    ("瑶汀产业园三季度综合考核得分是多少？", ["84.7"], "X", "number", "zh", False),
    ("Where did Jinchuan ETDZ rank in the Q3 high-quality development assessment of the city's development parks?",
     ["第三", "3"], "X", "rank", "en", False),
    ("珂港临港产业园三季度考核名次跟上个季度比有啥变化？", ["前移1位", "上升1位"], "X", "rank", "zh", True),
    ("全市开发园区3月当月规上工业总产值是多少？", ["236.4"], "X", "amount", "zh", False),
    ("今年头两个月全市园区的工厂一共产出了多少钱的东西？", ["398.6"], "X", "amount", "zh", True),
    ("这期开发园区统计月报是哪天编印的？", ["2025年10月24日"], "X", "date", "zh", False),
    ("1—9月全市开发园区规上工业总产值占全市规上工业总产值的比重是多少？", ["71.4%", "71.4"], "X", "percent", "zh", False),
    ("Which park grew its factory output fastest in the first three quarters?",
     ["珂港临港产业园"], "X", "name", "en", True),
    ("璞岭绿色建材产业园1—9月完成投资占年度计划的比重是多少？", ["45.7%", "45.7"], "X", "percent", "zh", False),
    ("How far ahead of the time-elapsed benchmark was the parks' fixed-asset investment at the end of September?",
     ["3.0个百分点", "3.0"], "X", "percent", "en", False),
    ("综合考核中项目建设这一项满分是多少分？", ["30分", "30"], "X", "number", "zh", False),
    # X refusals
    ("瑾川高新区2024年1—9月规上工业总产值是多少？", [], None, "refuse", "zh", False),
    ("What was the GDP of Yaoting Industrial Park in the first three quarters of 2025?", [], None, "refuse", "en", False),
    ("瑶汀产业园二季度综合考核得分是多少？", [], None, "refuse", "zh", False),
    ("璞岭工业园区10月份工厂产值有多少？", [], None, "refuse", "zh", True),
    ("珂港临港产业园1—9月规上工业利润总额是多少？", [], None, "refuse", "zh", False),

    # ---- D: 瑾川高新区 上半年 work summary --------------------------------------------------
    ("瑾川高新区2025年上半年规上工业总产值是多少？", ["538.6亿元", "538.6"], "D", "amount", "zh", False),
    ("上半年瑾川高新区规上工业增加值同比增长多少？", ["8.6%", "8.6"], "D", "percent", "zh", False),
    ("瑾川高新区上半年固投花了多少钱？", ["133.8亿元", "133.8"], "D", "amount", "zh", True),
    ("What is Jinchuan Hi-tech Zone's full-year 2025 target for total revenue from technology, industry and trade?",
     ["2600"], "D", "amount", "en", False),
    ("瑾川高新区上半年技工贸总收入完成全年目标的百分之多少？", ["47.9"], "D", "percent", "zh", False),
    ("高新区上半年真正到账的招商资金有多少？", ["98.6亿元", "98.6"], "D", "amount", "zh", True),
    ("How many new projects did Jinchuan Hi-tech Zone sign in H1 2025?", ["57个", "57"], "D", "count", "en", False),
    ("3月22日在琮阳市举办的产业合作推介会现场签约项目多少个？", ["14个", "14"], "D", "count", "zh", False),
    ("高新区跑到琮阳办推介会那次，谈下来的投资额有多少？", ["86.5亿元", "86.5"], "D", "amount", "zh", True),
    ("激光雷达研发生产基地项目由哪家企业投资建设？", ["璇光智能科技有限公司"], "D", "name", "zh", False),
    ("What percentage of the annual plan had Jinchuan Hi-tech Zone's key projects completed by the end of H1 2025?",
     ["56.9%", "56.9"], "D", "percent", "en", False),
    ("琨芯那个晶圆厂项目主体是哪天封顶的？", ["6月28日"], "D", "date", "zh", True),
    ("截至6月底，瑾川高新区高新技术企业总数达到多少家？", ["1186家", "1186"], "D", "count", "zh", False),
    ("琮溪园的规划面积是多少平方公里？", ["21.8"], "D", "number", "zh", False),
    ("珑山园上半年规上工业总产值同比增长多少？", ["5.9%", "5.9"], "D", "percent", "zh", False),
    ("高新区三个园区里上半年签项目最多的是哪个？", ["璇湖园"], "D", "name", "zh", True),
    ("璇湖园上半年规上工业总产值占全区的比重是多少？", ["53.2%", "53.2"], "D", "percent", "zh", False),
    ("珑山园的主导产业是什么？", ["生物医药、医疗器械"], "D", "list", "zh", False),
    ("Which sub-park of Jinchuan Hi-tech Zone has new energy and intelligent equipment as its leading industries?",
     ["琮溪园"], "D", "name", "en", False),
    ("二季度全市开发园区高质量发展综合考核中瑾川高新区得了多少分？", ["90.6分", "90.6"], "D", "number", "zh", False),
    ("在2024年度全省高新区综合评价中瑾川高新区排第几位？", ["第5位", "5"], "D", "rank", "zh", False),
    ("瑾川高新区党工委书记是谁？", ["琚明哲"], "D", "name", "zh", False),
    ("Who runs the Jinchuan Hi-tech Zone management committee?", ["璩立新"], "D", "name", "en", True),
    ("“琪江（瑾川）集成电路产业大会”计划在几月举办？", ["9月"], "D", "date", "zh", False),
    ("瑾川高新区上半年实际使用外资多少万美元？", ["12100", "1.21亿美元"], "D", "amount", "zh", False),
    ("How many high-tech enterprises were newly recognised in Jinchuan Hi-tech Zone in H1 2025?",
     ["63家", "63"], "D", "count", "en", False),
    ("瑾川高新区把2025年确定为什么年？", ["“项目攻坚突破年”", "项目攻坚突破年"], "D", "phrase", "zh", False),
    ("瑾川高新区一季度规上工业总产值是多少？", ["251.2亿元", "251.2"], "D", "amount", "zh", False),
    ("高新区上半年工业增加值增速在全市园区里排老几？", ["第三位"], "D", "rank", "zh", True),
    ("What share of the zone's gross industrial output did its three leading industries account for in H1 2025?",
     ["71.9%", "71.9"], "D", "percent", "en", False),
    ("瑾川高新区营业收入超百亿元的企业有哪几家？",
     ["琨芯微电子（瑾川）有限公司、瑛泰新能源科技股份有限公司和璇湖显示科技有限公司"], "D", "list", "zh", False),
    ("瑛泰新能源是哪天上市的？", ["4月18日"], "D", "date", "zh", True),
    ("So how many listed companies has Jinchuan Hi-tech Zone got now?", ["14家", "14"], "D", "count", "en", True),
    ("瑾川高新区下半年计划新签约10亿元以上项目不少于多少个？", ["4个", "4"], "D", "count", "zh", False),
    ("上半年瑾川高新区集成电路产业完成产值多少？", ["186.3亿元", "186.3"], "D", "amount", "zh", False),
    # D refusals
    ("瑾川高新区上半年规上工业增加值是多少亿元？", [], None, "refuse", "zh", False),
    ("高新区2025年全年规上工业总产值最后实际做到了多少？", [], None, "refuse", "zh", True),
    ("What was Congxi Park's general public budget revenue in H1 2025?", [], None, "refuse", "en", False),
    ("珑山园2024年上半年固定资产投资是多少？", [], None, "refuse", "zh", False),
    ("瑾川高新区上半年社会消费品零售总额是多少？", [], None, "refuse", "zh", False),
    ("What was Jinchuan Hi-tech Zone's gross industrial output above designated size in H1 2024?",
     [], None, "refuse", "en", False),

    # ---- T: 瑾川经开区 signing news page --------------------------------------------------
    ("瑾川经开区2025年三季度重大项目集中签约仪式是哪天举行的？", ["9月26日"], "T", "date", "zh", False),
    ("On what date was the news article about Jinchuan ETDZ's Q3 signing ceremony published?",
     ["2025-09-27"], "T", "date", "en", False),
    ("这次三季度集中签约共签约了多少个项目？", ["11个", "11"], "T", "count", "zh", False),
    ("经开区这回签的项目加起来一共要投多少钱？", ["65.4亿元", "65.4"], "T", "amount", "zh", True),
    ("瑄驰汽车电子控制器生产基地项目总投资多少？", ["12亿元", "12"], "T", "amount", "zh", False),
    ("Which company signed the hydrogen fuel cell stack project with Jinchuan ETDZ?",
     ["瑷能氢能科技有限公司"], "T", "name", "en", False),
    ("瑷能那个电堆项目建好达产后一年能产出多少钱？", ["30亿元", "30"], "T", "amount", "zh", True),
    ("瑄驰汽车电子控制器生产基地项目计划什么时候投产？", ["2027年6月"], "T", "date", "zh", False),
    ("瑾川经开区一季度重大项目集中签约活动是哪天举办的？", ["3月28日"], "T", "date", "zh", False),
    ("瑾川经开区二季度集中签约活动签约了多少个项目？", ["13个", "13"], "T", "count", "zh", False),
    ("How many projects had Jinchuan ETDZ signed in January–August 2025?", ["61个", "61"], "T", "count", "en", False),
    ("1—8月瑾川经开区协议投资额是多少？", ["371.4亿元", "371.4"], "T", "amount", "zh", False),
    ("经开区前8个月工厂产值有多少？", ["544.5亿元", "544.5"], "T", "amount", "zh", True),
    ("2024年瑾川经开区签约项目多少个？", ["83个", "83"], "T", "count", "zh", False),
    ("What was the contracted investment value of the projects Jinchuan ETDZ signed in 2024?",
     ["502.3亿元", "502.3"], "T", "amount", "en", False),
    ("在签约仪式上致辞的经开区党工委书记是谁？", ["环振宇"], "T", "name", "zh", False),
    ("签约仪式上是谁给大家讲经开区投资环境的？", ["王思远"], "T", "name", "zh", True),
    ("What is 琨雅琴's position?", ["副市长"], "T", "phrase", "en", False),
    ("这篇签约新闻的来源是哪里？", ["瑾川经开区融媒体中心"], "T", "name", "zh", False),
    ("此次三季度签约项目涵盖哪些领域？", ["新型显示、汽车电子、氢能、高端装备、生物医药"], "T", "list", "zh", False),
    ("这批签约项目里哪个是区里老企业追加投资的？", ["瑭禾新材料生物基材料项目"], "T", "name", "zh", True),
    ("上半年瑾川经开区签约项目开工率是多少？", ["68.2%", "68.2"], "T", "percent", "zh", False),
    ("What's the title of the next article after this one on the portal?",
     ["我区2家企业入选省级“专精特新”中小企业名单"], "T", "phrase", "en", True),
    ("这次三季度签约仪式在哪里举行？", ["经开区科创中心"], "T", "phrase", "zh", False),
    ("环振宇要求推动签约项目做到哪“四早”？", ["早落地、早开工、早投产、早见效"], "T", "list", "zh", False),
    ("瑾川经开区网站的ICP备案号是多少？", ["琪ICP备12034567号-1"], "T", "phrase", "zh", False),
    ("在2024年度全省开发区综合考评中瑾川经开区位列第几？", ["第9位", "9"], "T", "rank", "zh", False),
    ("Who hosted the Q3 signing ceremony in Jinchuan ETDZ?", ["瑜海平"], "T", "name", "en", True),
    ("经开区今年想签多少个项目？", ["90个", "90"], "T", "count", "zh", True),
    # T refusals
    ("瑾川经开区四季度重大项目集中签约仪式签约了多少个项目？", [], None, "refuse", "zh", False),
    ("How many projects did Jinchuan ETDZ sign in 2023?", [], None, "refuse", "en", False),
    ("这次签的瑄驰外资项目，合同外资到底是多少美元？", [], None, "refuse", "zh", True),
    ("1—8月瑾川经开区实际使用外资是多少？", [], None, "refuse", "zh", False),
    ("What was Jinchuan ETDZ's gross industrial output above designated size in January–July 2025?",
     [], None, "refuse", "en", False),
    ("琮溪园1—9月规上工业总产值是多少？", [], None, "refuse", "zh", False),
]

CONVERSATIONS = [
    [
        ("三季度全市开发园区综合考核排名第一的是哪个园区？", ["瑾川高新区"], "X"),
        ("它的综合得分是多少？", ["91.3分", "91.3"], "X"),
        ("那二季度呢？", ["90.6分", "90.6"], "D"),
        ("三季度排在最后的是哪个园区？", ["璞岭工业园区"], "X"),
    ],
    [
        ("瑾川高新区上半年完成固定资产投资多少？", ["133.8亿元", "133.8"], "D"),
        ("其中工业投资呢？", ["79.2亿元", "79.2"], "D"),
        ("全年工业投资的目标是多少？", ["150"], "D"),
        ("那到9月底这个园区的工业投资完成了多少？", ["118.4"], "X"),
    ],
    [
        ("瑾川经开区三季度集中签约了几个项目？", ["11个", "11"], "T"),
        ("总投资多少？", ["65.4亿元", "65.4"], "T"),
        ("其中单体投资最大的是哪个项目？", ["瑄驰汽车电子控制器生产基地项目"], "T"),
        ("它计划什么时候开工？", ["2025年12月"], "T"),
    ],
    [
        ("How much foreign capital did Kegang Lingang Industrial Park actually use in January–September 2025?",
         ["5870"], "X"),
        ("And the year-on-year growth?", ["9.6"], "X"),
        ("What about Puling Industrial Park — how much did it use?", ["980"], "X"),
        ("And the year before?", [], None),
    ],
    [
        ("璇湖园上半年工厂产值有多少？", ["286.4亿元", "286.4"], "D"),
        ("占全区多大比重？", ["53.2%", "53.2"], "D"),
        ("那琮溪园的产值呢？", ["171.5"], "D"),
        ("它主要搞什么产业？", ["新能源、智能装备"], "D"),
    ],
    [
        ("1—8月瑾川经开区规上工业总产值是多少？", ["544.5亿元", "544.5"], "T"),
        ("同比增长多少？", ["7.0%", "7.0"], "T"),
        ("到1—9月这个园区的总产值是多少？", ["615.7"], "X"),
        ("9月当月呢？", ["71.2"], "X"),
    ],
    [
        ("Who is the Party Working Committee secretary of Jinchuan Hi-tech Zone?", ["琚明哲"], "D"),
        ("How many high-tech enterprises did the zone have at the end of June?", ["1186家", "1186"], "D"),
        ("And how many of those were added in the first half?", ["63家", "63"], "D"),
        ("What's the full-year target for newly added ones?", ["120家", "120"], "D"),
    ],
]


def main():
    items = list(ITEMS)
    random.Random(22).shuffle(items)
    with open(os.path.join(HERE, "qa_a.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, a, s, t, lang, para) in enumerate(items, start=1):
            rec = {"id": f"h22a-{i:03d}", "question": q, "answers": a, "source": SRC[s],
                   "type": t, "lang": lang, "paraphrase": para}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    conv = [[{"question": q, "answers": a, "source": SRC[s]} for q, a, s in c] for c in CONVERSATIONS]
    with open(os.path.join(HERE, "conversations_a.json"), "w", encoding="utf-8") as f:
        json.dump(conv, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote qa_a.jsonl ({len(items)} questions) and conversations_a.json "
          f"({len(conv)} conversations, {sum(len(c) for c in conv)} turns)")


if __name__ == "__main__":
    main()
