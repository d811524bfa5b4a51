# -*- coding: utf-8 -*-
"""Write qa_a.jsonl and conversations_a.json for heldout_v18 half A.

Each question: (question, answers, type, lang, paraphrase).  Answers are
alternative surface forms, each an exact span of the report text written by
a_build.py; refusals have type "refuse" and no answers.  Run a_check.py after.

    /work/main/.venv/bin/python a_make_qa.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

DOCX = "a_luwan_hitech_2025_work_report.docx"
XLSX = "a_xunjiang_zones_2025_09_monthly.xlsx"
HTML = "a_jingzhou_etdz_q3_meeting.html"

R = "refuse"

# (question, answers, type, lang, paraphrase)
DOCX_QS = [
    # plain Chinese
    ("鲈湾高新区2025年实现技工贸总收入多少？", ["1527.9亿元", "1527.9"], "amount", "zh", False),
    ("2025年鲈湾高新区规上工业总产值同比增长多少？", ["9.1%", "9.1"], "percent", "zh", False),
    ("鲈湾高新区2024年规上工业增加值是多少亿元？", ["202.4"], "amount", "zh", False),
    ("2025年鲈湾高新区工业投资占固定资产投资的比重是多少？", ["59.5%"], "percent", "zh", False),
    ("2025年鲈湾高新区进出口总额同比增长多少？", ["下降4.2%", "-4.2"], "percent", "zh", False),
    ("鲈湾高新区2025年新认定高新技术企业多少家？", ["127家", "127"], "count", "zh", False),
    ("截至2025年底，鲈湾高新区高新技术企业总数是多少？", ["703家", "703"], "count", "zh", False),
    ("鲵芯12英寸特色工艺晶圆制造项目总投资多少？", ["86亿元"], "amount", "zh", False),
    ("鲵芯12英寸特色工艺晶圆制造项目是哪一天开工的？", ["2025年3月18日"], "date", "zh", False),
    ("鲳能固态电池材料产业化项目一期是哪天竣工投产的？", ["2025年12月26日"], "date", "zh", False),
    ("鲈湾高新区管委会主任是谁？", ["鲭海涛"], "name", "zh", False),
    ("鲈湾高新区的四大主导产业是什么？", ["电子信息、生物医药、智能装备、新材料"], "list", "zh", False),
    ("鲱湾智能装备园的规划面积是多少平方公里？", ["15.2"], "number", "zh", False),
    ("鲻溪新材料园的主导产业有哪些？", ["先进高分子材料、电子化学品"], "list", "zh", False),
    ("2025年鲈湾高新区研发经费投入强度在全省高新区排第几位？", ["第3位"], "rank", "zh", False),
    ("鲈湾高新区在科技部火炬中心国家高新区综合评价中位列第几？", ["第41位"], "rank", "zh", False),
    ("2025年鲈湾高新区签约项目的协议投资额是多少？", ["418.6亿元", "418.6"], "amount", "zh", False),
    ("2026年鲈湾高新区实际使用外资的预期目标是多少？", ["2.6亿美元"], "amount", "zh", False),
    ("2025年鲈湾高新区市级以上重点项目完成投资达到年度计划的百分之多少？", ["108.4%"], "percent", "zh", False),
    ("鲈湾高新区2023年技工贸总收入是多少？", [], R, "zh", False),
    ("鲽湖科创城2025年技工贸总收入是多少？", [], R, "zh", False),
    ("鲈湾高新区2025年进口额是多少？", [], R, "zh", False),
    ("2026年鲈湾高新区固定资产投资实际完成了多少？", [], R, "zh", False),
    # colloquial / paraphrased Chinese
    ("鲈湾高新区2025年外商真金白银投进来多少钱？", ["2.46亿美元", "2.46"], "amount", "zh", True),
    ("2025年鲈湾高新区新冒出来多少家够规模的工厂？", ["41家"], "count", "zh", True),
    ("鲈湾高新区2025年招商真正到账的钱有多少？", ["182.4亿元"], "amount", "zh", True),
    ("做晶圆的那个鲵芯项目，2025年一年砸进去多少钱？", ["21.4亿元"], "amount", "zh", True),
    ("鲈湾高新区那五个园子里，哪个园子的工厂产值最大？", ["鲷光电子信息产业园"], "name", "zh", True),
    ("鲈湾高新区2025年让多少人在城里找到了新饭碗？", ["1.92万人"], "count", "zh", True),
    ("鲈湾那几个园子里，哪个产值涨得最快？", ["鲽湖科创城"], "name", "zh", True),
    ("鲱湾智能装备园的厂子2025年一共交了多少税？", [], R, "zh", True),
    # English
    ("At comparable prices, how fast did the value added of industry above designated size grow in 鲈湾高新区 in 2025?",
     ["8.4%", "8.4"], "percent", "en", False),
    ("What was the R&D expenditure of 鲈湾高新区 in 2025?", ["43.5亿元", "43.5"], "amount", "en", False),
    ("What was the turnover of technology contracts in 鲈湾高新区 in 2025?", ["64.1亿元", "64.1"], "amount", "en", False),
    ("How many foreign-invested enterprises were newly established in 鲈湾高新区 in 2025?", ["17家"], "count", "en", False),
    ("How much is the 鲣岛 biomedical pilot-scale base going to cost altogether?", ["9.6亿元"], "amount", "en", True),
    ("Which company is building the 鲵芯 12-inch wafer fab?", ["鲵芯半导体（鲂沙）有限公司"], "name", "en", True),
    ("How many high-tech companies are there in the 鲷光电子信息产业园?", ["214"], "count", "en", True),
    ("What is the 2026 target for total revenue from technology, industry and trade of 鲈湾高新区?",
     ["1650亿元"], "amount", "en", False),
    ("Who is the secretary of the Party Working Committee of 鲈湾高新区?", ["鲆立新"], "name", "en", False),
    ("What was the gross regional product of 鲈湾高新区 in 2025?", [], R, "en", False),
    ("How much profit did the companies in 鲈湾高新区 make in 2025?", [], R, "en", True),
]

XLSX_QS = [
    # plain Chinese
    ("鲟江经开区2025年1—9月规上工业总产值累计多少亿元？", ["842.7"], "amount", "zh", False),
    ("鲢湖高新区9月当月规上工业总产值是多少亿元？", ["71.3"], "amount", "zh", False),
    ("鲮港临港经开区1—9月规上工业总产值同比增长多少？", ["下降2.3%", "-2.3"], "percent", "zh", False),
    ("鲟江市5个开发区1—9月固定资产投资合计是多少亿元？", ["505.3亿元", "505.3"], "amount", "zh", False),
    ("鲥河新材料产业园1—9月固定资产投资同比增长多少？", ["21.3%", "21.3"], "percent", "zh", False),
    ("鲫山经开区1—9月进出口总额累计是多少亿元？", ["41.3"], "amount", "zh", False),
    ("鲮港临港经开区9月当月进出口总额是多少亿元？", ["31.6"], "amount", "zh", False),
    ("鲟江经开区1—9月实际使用外资多少万美元？", ["18640"], "amount", "zh", False),
    ("鲢湖高新区1—9月一般公共预算收入累计多少亿元？", ["19.37"], "amount", "zh", False),
    ("2025年前三季度综合考评中，鲟江经开区排第几名？", ["2"], "rank", "zh", False),
    ("鲫山经开区前三季度综合考评得分是多少？", ["69.1"], "number", "zh", False),
    ("前三季度考评中科技创新单项得分最高的是哪个开发区？", ["鲢湖高新区"], "name", "zh", False),
    ("鲥河高性能尼龙新材料项目的建设单位是哪家企业？", ["鲥化新材料有限公司"], "name", "zh", False),
    ("鲢湖第三代半导体功率器件项目总投资是多少亿元？", ["38.4"], "amount", "zh", False),
    ("鲮港LNG接收站二期扩建项目是什么时候开工的？", ["2023年8月"], "date", "zh", False),
    ("重点项目推进情况表中，仍处于前期阶段的项目是哪个？", ["鲫山食品加工产业园二期"], "name", "zh", False),
    ("纳入监测的12个重点产业项目投资完成率是多少？", ["52.9%"], "percent", "zh", False),
    ("鲫山经开区前三季度的考评等次是什么？", ["合格"], "phrase", "zh", False),
    ("鲟江经开区9月当月完成固定资产投资多少？", [], R, "zh", False),
    ("鲢湖高新区8月当月规上工业总产值是多少？", [], R, "zh", False),
    ("鲫山经开区1—9月社会消费品零售总额是多少？", [], R, "zh", False),
    # colloquial / paraphrased Chinese
    ("这五个开发区里，外资到得最多的是哪个？", ["鲟江经开区"], "name", "zh", True),
    ("鲥河那个园子前九个月的外资比去年同期多了百分之几？", ["35.9"], "percent", "zh", True),
    ("鲮港那个搞船舶配套的产业园已经花出去多少钱了？", ["12.8"], "amount", "zh", True),
    ("鲠算智算中心是啥时候动工的？", ["2025年9月", "9月26日"], "date", "zh", True),
    ("鲫山经开区这回考核名次往下掉了几位？", ["下降1位", "由上期第4位下滑至第5位"], "rank", "zh", True),
    ("这份开发区月报是哪个部门弄的？", ["鲟江市开发区工作领导小组办公室"], "name", "zh", True),
    ("鲟江经开区那些厂子前九个月一共赚了多少钱？", [], R, "zh", True),
    # English
    ("What was the total value of imports and exports of 鲢湖高新区 in January–September 2025?",
     ["158.1"], "amount", "en", False),
    ("What was the year-on-year growth of general public budget revenue for the five zones combined in January–September 2025?",
     ["4.4%", "4.4"], "percent", "en", False),
    ("What evaluation grade did 鲮港临港经开区 receive for the first three quarters?", ["良好"], "phrase", "en", False),
    ("How much money has actually gone into the 鲟江新能源汽车电驱动系统项目 so far?", ["29.3"], "amount", "en", True),
    ("What's the current status of the 鲥河电子级氢氟酸项目?", ["已竣工，试生产"], "phrase", "en", True),
    ("How many of the monitored key projects does the workbook count as under construction?", ["8个"], "count", "en", False),
    ("Who should I get in touch with about this monthly report?", ["鲧晓雯"], "name", "en", True),
    ("What was the actual use of foreign capital of 鲮港临港经开区 in September alone?", [], R, "en", False),
    ("What was 鲫山经开区's fixed-asset investment for the whole of 2024?", [], R, "en", False),
]

HTML_QS = [
    # plain Chinese
    ("鲸州经开区1—9月实现地区生产总值多少？", ["486.3亿元", "486.3"], "amount", "zh", False),
    ("1—9月鲸州经开区地区生产总值增速高于全市多少？", ["1.4个百分点"], "percent", "zh", False),
    ("鲸州经开区第三季度规上工业增加值增长多少？", ["10.6%"], "percent", "zh", False),
    ("9月当月鲸州经开区规上工业总产值是多少？", ["163.2亿元"], "amount", "zh", False),
    ("1—9月鲸州经开区工业投资增长多少？", ["17.2%"], "percent", "zh", False),
    ("1—9月鲸州经开区工业投资占固定资产投资的比重是多少？", ["46.8%"], "percent", "zh", False),
    ("鲸州经开区1—9月完成一般公共预算收入多少？", ["41.26亿元"], "amount", "zh", False),
    ("鲸州经开区1—9月出口额是多少？", ["198.4亿元"], "amount", "zh", False),
    ("鲸州经开区实际使用外资的降幅较上半年收窄了多少？", ["5.1个百分点"], "percent", "zh", False),
    ("分析会上由谁通报前三季度全区经济运行情况？", ["鲩立群"], "name", "zh", False),
    ("鲅源新能源科技有限公司1—9月产值占全区规上工业总产值的比重是多少？", ["14.5%"], "percent", "zh", False),
    ("鲸州经开区2025年三季度经济运行分析会是哪天召开的？", ["10月20日"], "date", "zh", False),
    ("这篇新闻的发布时间是什么时候？", ["2025-10-21 09:46", "2025-10-21"], "date", "zh", False),
    ("鲸州经开区1—9月新签约项目多少个？", ["41个"], "count", "zh", False),
    ("1—9月鲸州经开区地区生产总值增速在全市各县（市、区）中排第几？", ["第2位"], "rank", "zh", False),
    ("鲸州经开区8月当月规上工业总产值是多少？", [], R, "zh", False),
    ("鲸州经开区第三季度进出口总额是多少？", [], R, "zh", False),
    # colloquial / paraphrased Chinese
    ("鲸州经开区今年前九个月那些上规模的工厂一共产出了多少货值？", ["1284.6亿元"], "amount", "zh", True),
    ("鲸州那边光9月份一个月外贸做了多少？", ["38.9亿元"], "amount", "zh", True),
    ("鲸州经开区前三季度招商真正到账多少钱？", ["138.5亿元"], "amount", "zh", True),
    ("鲸州经开区今年全年工厂产值想冲到多少？", ["1750亿元"], "amount", "zh", True),
    ("那家做汽车部件的鲲翎公司前九个月产值涨了多少？", ["21.4%"], "percent", "zh", True),
    ("鲸州经开区里哪家企业新评上了国家级“小巨人”？", ["鲛锐精密机械股份有限公司"], "name", "zh", True),
    ("鲸州经开区的厂子前三季度一共用了多少电？", [], R, "zh", True),
    # English
    ("What was the year-on-year growth of value added of industry above designated size in 鲸州经开区 in September alone?",
     ["12.1%"], "percent", "en", False),
    ("What was the total value of imports and exports of 鲸州经开区 in January–September 2025?",
     ["312.5亿元"], "amount", "en", False),
    ("How much foreign capital was actually used by 鲸州经开区 in the first three quarters?", ["1.73亿美元"], "amount", "en", False),
    ("What share of 鲸州经开区's general public budget revenue came from taxes?", ["85.0%"], "percent", "en", False),
    ("Who ran the meeting?", ["鲴思远"], "name", "en", True),
    ("How much did total retail sales of consumer goods grow in January–September?", ["4.7%"], "percent", "en", False),
    ("What was 鲸州经开区's GDP in the third quarter alone?", [], R, "en", False),
    ("How much did retail sales go up in September by itself?", [], R, "en", True),
]

CONVERSATIONS = [
    [  # html: periods
        {"question": "鲸州经开区1—9月规上工业总产值是多少？", "answers": ["1284.6亿元"]},
        {"question": "那9月当月呢？", "answers": ["163.2亿元"]},
        {"question": "同比增长多少？", "answers": ["13.5%"]},
        {"question": "第三季度的增速呢？", "answers": ["11.3%"]},
    ],
    [  # xlsx: another park + must-refuse monthly figure
        {"question": "鲢湖高新区1—9月固定资产投资完成多少？", "answers": ["128.9"]},
        {"question": "What about 鲥河新材料产业园?", "answers": ["58.4"]},
        {"question": "同比增长多少？", "answers": ["21.3%", "21.3"]},
        {"question": "那它9月当月完成了多少？", "answers": []},
    ],
    [  # xlsx: key project
        {"question": "鲮港LNG接收站二期扩建项目是哪家企业建设的？", "answers": ["鲮港能源储运有限公司"]},
        {"question": "它的总投资呢？", "answers": ["58.2"]},
        {"question": "截至9月底已经完成了多少？", "answers": ["34.7"]},
        {"question": "什么时候开工的？", "answers": ["2023年8月"]},
    ],
    [  # docx: actual, growth, plan, other year
        {"question": "鲈湾高新区2025年实际使用外资多少？", "answers": ["2.46亿美元", "2.46"]},
        {"question": "同比增长多少？", "answers": ["12.8%", "12.8"]},
        {"question": "2026年的目标是多少？", "answers": ["2.6亿美元"]},
        {"question": "那2023年呢？", "answers": []},
    ],
    [  # docx: sub-parks
        {"question": "鲱湾智能装备园2025年规上工业总产值是多少？", "answers": ["265.1"]},
        {"question": "What about 鲣岛生物医药园?", "answers": ["157.9"]},
        {"question": "它有多少家高新技术企业？", "answers": ["168"]},
        {"question": "它的技工贸总收入呢？", "answers": []},
    ],
    [  # xlsx: ranking
        {"question": "2025年前三季度综合考评排名第一的是哪个开发区？", "answers": ["鲢湖高新区"]},
        {"question": "它的综合得分是多少？", "answers": ["87.7"]},
        {"question": "上期排第几？", "answers": ["2"]},
        {"question": "那鲟江经开区的综合得分呢？", "answers": ["85.6"]},
    ],
    [  # html: English
        {"question": "How much foreign capital did 鲸州经开区 actually use in January–September?", "answers": ["1.73亿美元"]},
        {"question": "Was that up or down on a year earlier, and by how much?", "answers": ["下降6.4%", "6.4%"]},
        {"question": "And in the third quarter alone?", "answers": []},
        {"question": "What about total imports and exports over the same period?", "answers": ["312.5亿元"]},
    ],
]


def main():
    rows = []
    n = 0
    for source, qs in ((DOCX, DOCX_QS), (XLSX, XLSX_QS), (HTML, HTML_QS)):
        for q, answers, typ, lang, para in qs:
            n += 1
            rows.append({
                "id": f"h18a-{n:03d}",
                "question": q,
                "answers": answers,
                "source": source,
                "type": typ,
                "lang": lang,
                "paraphrase": para,
            })
    with open(os.path.join(HERE, "qa_a.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "conversations_a.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(CONVERSATIONS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(rows)} questions and {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
