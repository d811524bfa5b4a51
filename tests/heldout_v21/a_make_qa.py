# -*- coding: utf-8 -*-
"""Write qa_a.jsonl and conversations_a.json for half A of heldout_v21.

    /work/main/.venv/bin/python tests/heldout_v21/a_make_qa.py

Each row: (source key, lang, paraphrase, type, question, answers).
lang "zh" + paraphrase False = plain Chinese in the report's own wording;
lang "zh" + paraphrase True  = colloquial / reworded Chinese;
lang "en" = English (paraphrase False).  type "refuse" = the report cannot answer.
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

SRC = {
    "D": "a_qichuan_etdz_2025_work_report.docx",
    "X": "a_chuyang_parks_2025_jan_sep.xlsx",
    "H": "a_zhaozhou_hitech_2025q3_meeting.html",
}

Z, P, E = ("zh", False), ("zh", True), ("en", False)

QA = [
    # ---------------- D: 槭川经济技术开发区2025年工作报告 (.docx)
    ("D", Z, "amount", "槭川经济技术开发区2025年实现地区生产总值多少？", ["612.8亿元", "612.8"]),
    ("D", Z, "percent", "2025年槭川经开区地区生产总值同比增长多少？", ["7.4%"]),
    ("D", Z, "number", "2025年槭川经开区地区生产总值增速比全市平均水平高多少？", ["2.1个百分点"]),
    ("D", Z, "percent", "2025年槭川经开区规模以上工业总产值完成年度计划的比例是多少？", ["101.1%"]),
    ("D", Z, "percent", "2025年槭川经开区工业投资占固定资产投资的比重是多少？", ["58.6%"]),
    (
        "D",
        Z,
        "rank",
        "在榧江省2025年度开发区综合发展水平考核评价中，槭川经开区排名第几？",
        ["第4位"],
    ),
    (
        "D",
        Z,
        "rank",
        "槭川经开区在国家级经济技术开发区综合发展水平考核评价中居第几位？",
        ["第37位"],
    ),
    ("D", Z, "amount", "槭川经开区2025年一季度实现地区生产总值多少？", ["139.2亿元"]),
    ("D", Z, "count", "槭川经开区2025年全年新签约项目多少个？", ["138个"]),
    ("D", Z, "amount", "2025年槭川经开区新签约项目协议总投资是多少？", ["716.5亿元"]),
    ("D", Z, "count", "2025年槭川经开区新签约10亿元以上项目有几个？", ["14个"]),
    ("D", Z, "date", "棣峰新能源年产20GWh储能电池项目是哪天开工的？", ["2025年3月18日"]),
    ("D", Z, "date", "椤鑫半导体12英寸硅片抛光材料项目何时竣工投产？", ["2025年10月28日"]),
    ("D", Z, "count", "2025年末槭川经开区高新技术企业有多少家？", ["437家"]),
    ("D", Z, "percent", "2025年槭川经开区全社会研发投入强度是多少？", ["3.42%"]),
    (
        "D",
        Z,
        "name",
        "槭川经开区四个片区中，规上工业总产值增速最高的是哪个片区？",
        ["椴山科创片区"],
    ),
    ("D", Z, "percent", "楸湾产业片区2025年规上工业总产值占全区的比重是多少？", ["41.2%"]),
    ("D", Z, "amount", "桤林综合保税片区2025年税收收入是多少亿元？", ["4.02"]),
    ("D", Z, "amount", "槭川经开区2026年规上工业总产值的目标是多少？", ["1600亿元"]),
    ("D", Z, "name", "槭川经开区2025年工作报告是由谁作的？", ["樊景澄"]),
    (
        "D",
        Z,
        "list",
        "槭川经开区2025年工作报告说全区上下聚焦的是哪三个方面？",
        ["产业立区、项目强区、创新兴区"],
    ),
    ("D", P, "amount", "槭川经开区2025年GDP一共干了多少？", ["612.8亿元", "612.8"]),
    ("D", P, "percent", "槭川外资那块是不是没完成任务？完成了百分之几？", ["94.4%"]),
    ("D", P, "percent", "椴山那边2025年投资涨了多少？", ["18.7%", "18.7"]),
    ("D", P, "date", "棣峰那个储能电池厂一期啥时候能投产？", ["2026年6月"]),
    ("D", P, "amount", "槭川经开区第四季度单季规上工业产值有多少？", ["392.7亿元"]),
    ("D", P, "count", "槭川开发区2026年打算签多少个亿元以上的项目？", ["60个"]),
    ("D", P, "name", "槭川那边牵头搞招商专班的副主任叫啥？", ["栾其铭"]),
    (
        "D",
        E,
        "amount",
        "What was the total import and export value of 槭川经济技术开发区 in 2025?",
        ["325.4亿元", "325.4"],
    ),
    (
        "D",
        E,
        "count",
        "How many high-tech enterprises did the 槭川 ETDZ add (net) in 2025?",
        ["51家"],
    ),
    ("D", E, "date", "On what date was the 檩丰智能物流园 project signed?", ["2025年8月22日"]),
    (
        "D",
        E,
        "percent",
        "What share of the 槭川 ETDZ's total imports and exports came from the 桤林综合保税片区 in 2025?",
        ["26.9%"],
    ),
    (
        "D",
        E,
        "amount",
        "What is the 2026 target for the 槭川 ETDZ's general public budget revenue?",
        ["51亿元"],
    ),
    ("D", E, "name", "Who is the chairman of 棣峰新能源科技有限公司?", ["杭振宇"]),
    (
        "D",
        E,
        "number",
        "By how many places did the 槭川 ETDZ move up in the national ETDZ assessment?",
        ["9位"],
    ),
    ("D", Z, "refuse", "槭川经开区2023年地区生产总值是多少？", []),
    ("D", Z, "refuse", "槭川经开区2025年社会消费品零售总额是多少？", []),
    ("D", P, "refuse", "槭川经开区的居民一年能挣多少钱？人均可支配收入有多少？", []),
    (
        "D",
        E,
        "refuse",
        "By how much did energy consumption per unit of GDP fall in the 槭川 ETDZ in 2025?",
        [],
    ),
    ("D", E, "refuse", "What was the 槭川 ETDZ's GDP in 2022?", []),
    (
        "D",
        E,
        "refuse",
        "How much foreign investment did the 桤林综合保税片区 actually use in 2025?",
        [],
    ),
    # ---------------- X: 楮阳市重点园区2025年1—9月主要经济指标 (.xlsx)
    (
        "X",
        Z,
        "amount",
        "楮阳高新技术产业开发区2025年1—9月规模以上工业总产值是多少亿元？",
        ["826.4"],
    ),
    ("X", Z, "percent", "槲溪经济开发区1—9月规上工业总产值同比增长多少？", ["7.3"]),
    ("X", Z, "amount", "楮阳市五个重点园区1—9月规上工业总产值合计多少？", ["2500.1亿元", "2500.1"]),
    ("X", Z, "percent", "楹山化工园区1—9月固定资产投资同比增长多少？", ["-6.7", "下降6.7%"]),
    ("X", Z, "amount", "檀湖临港产业园1—9月实际使用外资多少万美元？", ["6135"]),
    ("X", Z, "amount", "樾江数字经济产业园规上工业总产值全年目标是多少亿元？", ["245"]),
    ("X", Z, "percent", "楮阳高新技术产业开发区规上工业总产值完成全年目标的进度是多少？", ["73.8"]),
    ("X", Z, "name", "1—9月规上产值增速位次排第一的园区是哪个？", ["樾江数字经济产业园"]),
    ("X", Z, "count", "楮阳市五个重点园区共有规上工业企业多少家？", ["1196家", "1196"]),
    ("X", Z, "amount", "6月当月五个园区合计规上工业总产值是多少亿元？", ["298.5"]),
    ("X", Z, "amount", "1—6月五个园区固定资产投资累计多少亿元？", ["295.7"]),
    ("X", Z, "amount", "桫芯功率半导体晶圆制造项目总投资是多少万元？", ["1850000"]),
    ("X", Z, "name", "梭禾生物合成生物学中试基地的建设单位是哪家？", ["梭禾生物科技有限公司"]),
    (
        "X",
        Z,
        "percent",
        "椐润新材料年产20万吨可降解塑料项目1—9月完成年度计划的百分比是多少？",
        ["52.1"],
    ),
    ("X", Z, "date", "楹山化工园区危险废物集中处置中心预计什么时候竣工？", ["2025年11月"]),
    (
        "X",
        Z,
        "phrase",
        "檀湖港区5万吨级通用码头二期工程目前的形象进度如何？",
        ["码头主体结构完成80%，引桥施工中"],
    ),
    (
        "X",
        Z,
        "phrase",
        "楗诚汽车轻量化零部件项目的建设内容及规模是什么？",
        ["年产铝合金压铸件50万套"],
    ),
    (
        "X",
        Z,
        "list",
        "1—9月规上工业总产值完成进度低于序时进度的园区有哪些？",
        ["楮阳高新技术产业开发区、槲溪经济开发区、楹山化工园区"],
    ),
    ("X", P, "percent", "楹山化工园区今年前九个月产值是不是掉了？掉了多少？", ["-3.2", "下降3.2%"]),
    ("X", P, "amount", "樾江那个数字园子前三季度收了多少税？", ["6.37"]),
    ("X", P, "amount", "榀云那个算力中心到9月底投了多少钱？", ["97800"]),
    ("X", P, "amount", "7月份那一个月五个园区的固投有多少？", ["46.1"]),
    ("X", P, "name", "楮阳这几个园区里外资掉得最狠的是哪个？", ["楹山化工园区"]),
    (
        "X",
        P,
        "name",
        "重点项目里哪个已经超额完成年度计划了？",
        ["槲溪经济开发区标准化厂房（三期）"],
    ),
    (
        "X",
        E,
        "amount",
        "What was the fixed-asset investment of 檀湖临港产业园 in January–September 2025, in 亿元?",
        ["96.5"],
    ),
    (
        "X",
        E,
        "percent",
        "What was the cumulative year-on-year growth of tax revenue of the five parks for January–September?",
        ["4.5"],
    ),
    ("X", E, "name", "Which company is building the 椋禾跨境电商产业园?", ["椋禾电子商务有限公司"]),
    (
        "X",
        E,
        "amount",
        "How much industrial investment did 楮阳高新技术产业开发区 complete in January–September (亿元)?",
        ["88.3"],
    ),
    ("X", E, "date", "When did construction of the 楣光激光智能装备产业园 start?", ["2024年9月"]),
    (
        "X",
        E,
        "percent",
        "What percentage of their annual plan had the 14 key projects completed by the end of September?",
        ["79.4%", "79.4"],
    ),
    (
        "X",
        E,
        "amount",
        "What full-year actual foreign investment target is proposed for the five parks?",
        ["4.5亿美元"],
    ),
    ("X", Z, "refuse", "楹山化工园区10月份规上工业总产值是多少？", []),
    ("X", Z, "refuse", "楮阳市2025年1—9月全市地区生产总值是多少？", []),
    ("X", Z, "refuse", "楮阳市五个重点园区1—9月研发投入是多少？", []),
    ("X", P, "refuse", "楮阳柏溪物流园区前三季度投资搞了多少？", []),
    (
        "X",
        E,
        "refuse",
        "What was the export value of 檀湖临港产业园 in January–September 2025?",
        [],
    ),
    ("X", E, "refuse", "What was 槲溪经济开发区's industrial output for the whole of 2024?", []),
    # ---------------- H: 棹州高新区前三季度经济运行分析会暨重点项目集中签约仪式 (.html)
    ("H", Z, "amount", "棹州高新区2025年前三季度实现地区生产总值多少？", ["283.6亿元"]),
    ("H", Z, "rank", "棹州高新区前三季度地区生产总值增速在全市开发区中排第几？", ["第2位"]),
    ("H", Z, "percent", "棹州高新区前三季度高技术产业投资增长多少？", ["26.5%"]),
    ("H", Z, "percent", "棹州高新区前三季度一般公共预算收入完成年度预算的多少？", ["78.6%"]),
    ("H", Z, "amount", "棹州高新区上半年规上工业总产值完成多少？", ["471.8亿元"]),
    ("H", Z, "amount", "棹州高新区三季度单季规上工业总产值是多少？", ["254.6亿元"]),
    ("H", Z, "percent", "棹州高新区9月当月规上工业总产值同比增长多少？", ["13.8%"]),
    (
        "H",
        Z,
        "percent",
        "棹州高新区前三季度电子信息产业产值占规上工业总产值的比重是多少？",
        ["43.0%"],
    ),
    ("H", Z, "count", "棹州高新区规上工业企业中产值实现增长的有多少家？", ["341家"]),
    ("H", Z, "amount", "棹州高新区此次集中签约项目的总投资是多少？", ["213.8亿元"]),
    ("H", Z, "name", "棹州高新区前三季度经济运行分析会由谁主持？", ["楼启航"]),
    ("H", Z, "name", "会上通报前三季度经济运行情况的是谁？", ["柴文博"]),
    (
        "H",
        Z,
        "list",
        "棹州高新区会议提出的“三个确保”具体是什么？",
        ["确保12个亿元以上项目在年底前开工，确保9个项目竣工投产，确保全年固定资产投资增长10%以上"],
    ),
    ("H", Z, "rank", "在全省高新区三季度运行监测中棹州高新区排名第几？", ["第9位"]),
    ("H", Z, "amount", "棱川传感技术有限公司签约项目投资多少？", ["10.5亿元"]),
    ("H", P, "amount", "棹州高新区今年头三个季度外贸做了多少？", ["158.7亿元"]),
    ("H", P, "number", "棹州高新区新材料产业增速比全区平均慢了多少？", ["4.9个百分点"]),
    ("H", P, "name", "棹州这次签约投资最大的是哪家公司？", ["棠芯半导体（集团）有限公司"]),
    ("H", P, "amount", "棹州高新区四季度平均每个月得完成多少产值才能达标？", ["91.2亿元"]),
    ("H", P, "count", "棹州高新区前三季度新冒出来多少市场主体？", ["2863户"]),
    (
        "H",
        E,
        "amount",
        "How much foreign capital did the 棹州 high-tech zone actually use in the first three quarters of 2025?",
        ["1.12亿美元"],
    ),
    (
        "H",
        E,
        "percent",
        "What is the 棹州 high-tech zone's full-year GDP growth target for 2025?",
        ["增长8%", "8%"],
    ),
    (
        "H",
        E,
        "count",
        "How many national-level specialized 'little giant' enterprises did the 棹州 high-tech zone newly add?",
        ["4家"],
    ),
    (
        "H",
        E,
        "percent",
        "What share of the zone's general public budget revenue came from tax revenue in the first three quarters?",
        ["86.2%"],
    ),
    (
        "H",
        E,
        "date",
        "When is the 棠芯先进封装测试基地项目 expected to be completed and put into production?",
        ["2027年6月"],
    ),
    (
        "H",
        E,
        "amount",
        "How much industrial output above designated size must the 棹州 zone complete in Q4 to meet its annual goal?",
        ["273.6亿元"],
    ),
    ("H", E, "name", "Who is the chairman of 棠芯半导体（集团）有限公司?", ["梁屹峰"]),
    ("H", Z, "refuse", "棹州高新区2024年全年地区生产总值是多少？", []),
    ("H", Z, "refuse", "棹州高新区前三季度社会消费品零售总额是多少？", []),
    ("H", P, "refuse", "棹州高新区前三季度能耗降了多少？单位工业增加值能耗下降几个点？", []),
    (
        "H",
        E,
        "refuse",
        "How many new jobs did the 棹州 high-tech zone create in the first three quarters?",
        [],
    ),
    ("H", E, "refuse", "What was the R&D intensity of the 棹州 high-tech zone?", []),
]

CONVERSATIONS = [
    [
        ("D", "槭川经开区2025年地区生产总值是多少？", ["612.8亿元", "612.8"]),
        ("D", "同比增长多少？", ["7.4%"]),
        ("D", "那上半年的增速呢？", ["6.8%"]),
        ("D", "2026年的目标是多少？", ["增长7%左右"]),
    ],
    [
        ("D", "棣峰新能源储能电池项目总投资多少？", ["86亿元"]),
        ("D", "它是哪天开工的？", ["2025年3月18日"]),
        ("D", "2025年完成了多少投资？", ["31.2亿元", "31.2"]),
        ("D", "这个项目在哪个片区？", ["榉溪临港片区"]),
    ],
    [
        ("X", "楮阳高新技术产业开发区1—9月规上工业总产值是多少？", ["826.4"]),
        ("X", "同比增长多少？", ["10.8"]),
        ("X", "那槲溪经济开发区呢？", ["7.3"]),
        ("X", "槲溪完成全年目标的进度是多少？", ["72.4"]),
    ],
    [
        ("X", "What is the total investment of the 榀云智算中心项目, in 万元?", ["360000"]),
        ("X", "How much had it completed by the end of September?", ["97800"]),
        ("X", "When did its construction start?", ["2024年12月"]),
        ("X", "What about the 樾江数字经济产业大厦 — when did that one start?", ["2025年2月"]),
    ],
    [
        ("H", "棹州高新区这次集中签约了多少个项目？", ["16个"]),
        ("H", "总投资是多少？", ["213.8亿元"]),
        ("H", "其中投资最大的是哪个项目？", ["棠芯先进封装测试基地项目"]),
        ("H", "它计划什么时候开工？", ["2025年12月"]),
    ],
    [
        (
            "H",
            "What was the GDP of the 棹州 high-tech zone in the first three quarters of 2025?",
            ["283.6亿元"],
        ),
        ("H", "How fast did it grow?", ["7.9%"]),
        ("H", "What about the first quarter?", ["6.8%"]),
        ("H", "And the GDP for the whole of 2024?", []),
    ],
    [
        ("X", "五个重点园区6月当月规上工业总产值是多少？", ["298.5"]),
        ("X", "1—6月累计呢？", ["1610.2"]),
        ("X", "累计增长多少？", ["7.4"]),
        ("X", "那1—6月的固定资产投资累计是多少？", ["295.7"]),
    ],
]


def main():
    with open(os.path.join(HERE, "qa_a.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (src, (lang, para), typ, q, ans) in enumerate(QA, 1):
            row = {
                "id": "h21a-%03d" % i,
                "question": q,
                "answers": ans,
                "source": SRC[src],
                "type": typ,
                "lang": lang,
                "paraphrase": para,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    convs = [
        [{"question": q, "answers": a, "source": SRC[s]} for s, q, a in conv]
        for conv in CONVERSATIONS
    ]
    with open(os.path.join(HERE, "conversations_a.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(convs, f, ensure_ascii=False, indent=1)
        f.write("\n")
    refuse = ["h21a-%03d" % i for i, r in enumerate(QA, 1) if r[2] == "refuse"]
    print(
        "wrote %d questions, %d conversations; refuse ids: %s"
        % (len(QA), len(convs), " ".join(refuse))
    )


if __name__ == "__main__":
    main()
