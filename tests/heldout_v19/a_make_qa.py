# -*- coding: utf-8 -*-
"""Write qa_a.jsonl and conversations_a.json (half A of heldout_v19). Questions are hard-coded.

    /work/main/.venv/bin/python a_make_qa.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
P = "a_jiaohu_etdz_2024_work_report.pdf"
X = "a_shenzhou_parks_2025_1-9_indicators.xlsx"
H = "a_qingwan_2025q3_signing_news.html"

# (question, answers, source, type, lang, paraphrase); answers [] = must refuse
QA = [
    # ---------------- P: 蛟湖经开区 2024 work report (PDF) ----------------
    ("蛟湖经开区2024年实现地区生产总值多少？", ["612.4亿元", "612.4"], P, "amount", "zh", False),
    ("2024年蛟湖经开区规模以上工业总产值同比增长了多少？", ["9.2%"], P, "percent", "zh", False),
    ("蛟湖经开区2024年工业投资占固定资产投资的比重是多少？", ["61.5%"], P, "percent", "zh", False),
    ("蛟湖经开区2024年固定资产投资的年度目标是多少亿元？", ["240"], P, "amount", "zh", False),
    ("蛟湖经开区2024年一般公共预算收入完成年度目标的百分之几？", ["98.4"], P, "percent", "zh", False),
    ("2024年蛟湖经开区哪两项主要指标没有完成年度目标？", ["一般公共预算收入和实际使用外资"], P, "list", "zh", False),
    ("2024年蛟湖经开区签下来的项目，合同上的投资额加起来有多少？", ["528.6亿元", "528.6"], P, "amount", "zh", True),
    ("蛟龙动力新能源电池基地项目总投资多少？", ["120亿元"], P, "amount", "zh", False),
    ("蛟龙动力新能源电池基地项目是哪天正式签约的？", ["4月18日"], P, "date", "zh", False),
    ("蛟湖经开区2024年重点项目完成年度计划投资的百分之多少？", ["107.5%"], P, "percent", "zh", False),
    ("蛟湖经开区产值超百亿元的企业是哪几家？", ["蛟龙动力、蜻宇光电和螭源化工"], P, "list", "zh", False),
    ("在商务部2024年国家级经开区综合发展水平考核评价中，蛟湖经开区位列第几位？", ["第68位"], P, "rank", "zh", False),
    ("蛟湖经开区2024年在全省开发区综合考核中得分多少？", ["91.6分", "91.6"], P, "number", "zh", False),
    ("蜓溪片区2024年规上工业总产值占全区的比重是多少？", ["45.4%"], P, "percent", "zh", False),
    ("蛟湖经开区三大片区中，哪个片区的规上工业企业数量最多？", ["蜓溪片区"], P, "name", "zh", False),
    ("蚌山片区的规划面积是多少平方公里？", ["19.4"], P, "number", "zh", False),
    ("蛟湖经开区2025年规模以上工业总产值的预期目标是多少？", ["力争突破1500亿元", "1500亿元"], P, "amount", "zh", False),
    ("蜻宇光电8.5代显示模组扩产项目于哪天建成投产？", ["9月26日"], P, "date", "zh", False),
    ("蛟湖经开区2024年工作报告是由谁向大会作的？", ["蜀明远"], P, "name", "zh", False),
    ("螺港片区2024年完成固定资产投资多少亿元？", ["64.0"], P, "amount", "zh", False),
    # colloquial
    ("2024年外商在蛟湖经开区真金白银投了多少钱？", ["2.86亿美元", "2.86"], P, "amount", "zh", True),
    ("蛟湖经开区2024年新冒出来几家规上企业？", ["48家"], P, "count", "zh", True),
    ("那个120亿元的电池基地从签合同到动工花了几天？", ["62天"], P, "count", "zh", True),
    ("蛟湖经开区2024年财政收入里头税收占了多大比例？", ["86.0%"], P, "percent", "zh", True),
    ("2024年蛟湖经开区的货卖到国外卖了多少钱？", ["214.3亿元", "214.3"], P, "amount", "zh", True),
    ("2024年蛟湖经开区一共跑出去办了多少场招商活动？", ["46场"], P, "count", "zh", True),
    ("2024年蛟湖经开区有多少个项目一拿到地就开工了？", ["19个"], P, "count", "zh", True),
    ("现在在蛟湖经开区开个公司要多久？", ["0.5个工作日"], P, "phrase", "zh", True),
    # English
    ("What was the gross regional product of 蛟湖经开区 in 2024?", ["612.4亿元", "612.4"], P, "amount", "en", False),
    ("By how much did the total value of imports and exports of 蛟湖经开区 grow in 2024?", ["7.9%"], P, "percent", "en", False),
    ("How many projects worth 1 billion yuan or more did 蛟湖经开区 sign in 2024?", ["9个"], P, "count", "en", False),
    ("What was the R&D intensity of 蛟湖经开区 in 2024?", ["3.21%"], P, "percent", "en", False),
    ("What was the performance rate of signed projects in 蛟湖经开区 in 2024?", ["87.3%"], P, "percent", "en", False),
    ("Which sub-park of 蛟湖经开区 focuses on fine chemicals and new materials?", ["螺港片区"], P, "name", "en", False),
    ("What is 蛟湖经开区's 2025 target for the actual use of foreign capital?", ["3.2亿美元", "力争达到3.2亿美元"], P, "amount", "en", False),
    ("How much did 蛟湖经开区 spend on people's livelihoods in 2024?", ["18.6亿元"], P, "amount", "en", True),
    # refusals
    ("蚌山片区2024年地区生产总值是多少？", [], None, "refuse", "zh", False),
    ("蛟湖经开区2023年规上工业总产值是多少？", [], None, "refuse", "zh", False),
    ("蛟湖经开区2024年一般公共预算支出是多少？", [], None, "refuse", "zh", False),
    ("蛟湖经开区2024年规上工业增加值是多少亿元？", [], None, "refuse", "zh", False),
    ("蛟龙动力新能源电池基地二期总投资多少？", [], None, "refuse", "zh", False),
    ("What were the total retail sales of consumer goods of 蛟湖经开区 in 2024?", [], None, "refuse", "en", False),

    # ---------------- X: 蜃州 parks, 1—9月 2025 (xlsx) ----------------
    ("2025年1—9月蜃州高新技术产业开发区规上工业总产值是多少？", ["1126.4亿元", "1126.4"], X, "amount", "zh", False),
    ("1—9月蜃州经济技术开发区固定资产投资同比增长多少？", ["12.8"], X, "percent", "zh", False),
    ("2025年1—9月蜃州全市开发园区实际使用外资合计多少？", ["54750万美元", "54750"], X, "amount", "zh", False),
    ("蜃州开发园区前三季度综合考评得分最高的是哪个园区？", ["蜃州高新技术产业开发区", "蜃州高新区"], X, "name", "zh", False),
    ("螭山新材料产业园前三季度综合考评排名第几？", ["第3位", "3"], X, "rank", "zh", False),
    ("2025年1—9月蜃州哪个开发园区规上工业总产值增速最高？", ["螭山新材料产业园"], X, "name", "zh", False),
    ("蝉港临港产业园2025年1—9月进出口总额同比增长多少？", ["14.6%", "14.6"], X, "percent", "zh", False),
    ("蜃州全市开发园区2025年全年规上工业总产值目标是多少？", ["4300亿元"], X, "amount", "zh", False),
    ("2025年1—9月蜃州全市开发园区规上工业总产值完成年度目标的多少？", ["73.5%"], X, "percent", "zh", False),
    ("蜃州市级重点项目中总投资最大的是哪个项目？", ["蜃芯12英寸功率半导体产线项目"], X, "name", "zh", False),
    ("蛟腾新能源汽车电驱系统项目的建设单位是哪家？", ["蛟腾汽车科技股份有限公司"], X, "name", "zh", False),
    ("螭山高性能碳纤维复合材料项目是什么时候开工的？", ["2025.2"], X, "date", "zh", False),
    ("蜃州12个市级重点项目1—9月累计完成投资多少？", ["74.4亿元", "74.4"], X, "amount", "zh", False),
    ("2025年1—6月蜃州全市开发园区规上工业总产值是多少？", ["2036.7亿元", "2036.7"], X, "amount", "zh", False),
    ("蜃州这些园区前三季度谈成了几个过亿的项目？", ["63个"], X, "count", "zh", True),
    ("蝉港LNG接收站配套项目目前进展情况如何？", ["完成桩基招标，正开展地基处理"], X, "phrase", "zh", False),
    ("《2025年1—9月蜃州市开发园区主要经济指标完成情况》的填报单位是哪些？", ["蜃州市开发区建设发展办公室、蜃州市商务局"], X, "list", "zh", False),
    ("蜃芯12英寸功率半导体产线项目的包挂市领导是谁？", ["融卫东"], X, "name", "zh", False),
    ("蜃州开发园区三大产业集群1—9月规上工业总产值占开发园区的比重是多少？", ["46.5%"], X, "percent", "zh", False),
    ("蜃州高新区和蜃州经开区规上工业总产值合计占全市开发园区的比重是多少？", ["66.7%"], X, "percent", "zh", False),
    # colloquial
    ("蜃州前三季度哪个园区引来的外资最多？", ["蜃州经济技术开发区"], X, "name", "zh", True),
    ("蝉港临港产业园前三季度固投掉了多少？", ["下降4.7%", "-4.7"], X, "percent", "zh", True),
    ("蜃州六个园区前三季度加起来地方财政收了多少钱？", ["99.75亿元", "99.75"], X, "amount", "zh", True),
    ("螭山那边前三季度新添了几家规上企业？", ["14家"], X, "count", "zh", True),
    ("蜃州前三季度园区考评哪个园区垫底？", ["蜿溪现代物流园"], X, "name", "zh", True),
    ("今年9月份一个月，蜃州这些园区的工厂一共产出多少？", ["372.4亿元", "372.4"], X, "amount", "zh", True),
    ("蜃州这些园区每亩地平均交了多少税？", ["28.6万元"], X, "amount", "zh", True),
    # English
    ("What was the total fixed-asset investment of 蜃州's development parks in January–September 2025?", ["565.0亿元", "565.0", "565"], X, "amount", "en", False),
    ("Which 蜃州 park recorded the fastest growth in total imports and exports in Jan–Sep 2025?", ["蜿溪现代物流园"], X, "name", "en", False),
    ("What assessment score did 蝉港临港产业园 get for the first three quarters of 2025?", ["86.7"], X, "number", "en", False),
    ("How much general public budget revenue did 蜃州经济技术开发区 collect in Jan–Sep 2025?", ["33.15"], X, "amount", "en", False),
    ("When did construction of the 虹光储能电池PACK项目 start?", ["2025.1"], X, "date", "en", False),
    ("What is the total investment of the 蝉港冷链物流枢纽项目?", ["18.5"], X, "amount", "en", False),
    ("How many foreign-invested enterprises were newly established in 蜃州's development parks in Jan–Sep 2025?", ["37家"], X, "count", "en", False),
    ("How much foreign capital did 蠡湖工业园区 actually use in Jan–Sep 2025?", ["4120"], X, "amount", "en", False),
    # refusals
    ("蜿溪现代物流园2025年1—9月实际使用外资同比增长多少？", [], None, "refuse", "zh", False),
    ("蜃州高新区2024年全年规上工业总产值是多少？", [], None, "refuse", "zh", False),
    ("蜃州综合保税区2025年1—9月进出口总额是多少？", [], None, "refuse", "zh", False),
    ("螭山新材料产业园的规划面积有多大？", [], None, "refuse", "zh", False),
    ("What was the value added of industry above designated size of 蠡湖工业园区 in Jan–Sep 2025?", [], None, "refuse", "en", False),
    ("What is the 2025 full-year target for fixed-asset investment of 蜃州's development parks?", [], None, "refuse", "en", False),

    # ---------------- H: 蜻湾经济开发区 Q3 2025 signing (HTML) ----------------
    ("蜻湾经济开发区三季度重点项目集中签约了多少个项目？", ["15个"], H, "count", "zh", False),
    ("蜻湾经济开发区三季度集中签约项目总投资多少？", ["132.6亿元", "132.6"], H, "amount", "zh", False),
    ("蜻湾经济开发区2025年三季度重点项目集中签约暨经济运行调度会是哪天举行的？", ["10月14日"], H, "date", "zh", False),
    ("关于蜻湾经济开发区三季度集中签约的这篇新闻是什么时候发布的？", ["2025-10-15 09:32", "2025-10-15"], H, "date", "zh", False),
    ("蜻湾经济开发区本次签约的10亿元以上项目有哪些？", ["蝶光科技第三代半导体封测基地、蟠石智能装备华东总部、蚁群机器人智能制造和蜂鸟医疗器械产业园项目"], H, "list", "zh", False),
    ("蜻湾经济开发区1—9月规模以上工业总产值是多少？", ["486.3亿元", "486.3"], H, "amount", "zh", False),
    ("蜻湾经济开发区1—9月规上工业总产值完成年度目标的百分之几？", ["76.2%"], H, "percent", "zh", False),
    ("蜻湾开发区光9月份一个月，规模以上的工厂产出了多少？", ["58.7亿元", "58.7"], H, "amount", "zh", True),
    ("蜻湾经济开发区1—9月工业投资占固定资产投资的比重是多少？", ["63.5%"], H, "percent", "zh", False),
    ("蜻湾经济开发区在虹川全市开发园区三季度综合考评中位列第几？", ["第二"], H, "rank", "zh", False),
    ("在蜻湾调度会上通报前三季度经济运行情况的是谁？", ["融敏"], H, "name", "zh", False),
    ("出席蜻湾签约会并讲话的蜂立军是什么职务？", ["市委常委、副市长"], H, "phrase", "zh", False),
    ("蜂立军要求蜻湾经济开发区全年规上工业总产值力争突破多少？", ["650亿元"], H, "amount", "zh", False),
    ("蜻湾生物医药产业园1—9月规上工业总产值增长多少？", ["18.5%"], H, "percent", "zh", False),
    ("蜻湾经济开发区二季度重点项目集中签约活动是哪天举行的？", ["7月8日"], H, "date", "zh", False),
    ("蜻湾这次签的外资项目，外方在合同上答应投多少钱？", ["1.28亿美元"], H, "amount", "zh", True),
    ("蜻湾经济开发区是哪一年设立的？", ["2006年"], H, "date", "zh", False),
    # colloquial
    ("蜻湾这次签的项目里有几个是外资的？", ["3个"], H, "count", "zh", True),
    ("蜻湾开发区前三季度工厂产值比去年同期多了百分之几？", ["11.4%"], H, "percent", "zh", True),
    ("蜻湾开发区今年上半年工厂一共产出了多少？", ["318.5亿元", "318.5"], H, "amount", "zh", True),
    ("跟去年同期比，蜻湾开发区前三季度多谈成了几个项目？", ["8个"], H, "count", "zh", True),
    ("蝶光科技的项目从开始谈到签下来用了多久？", ["56天"], H, "count", "zh", True),
    ("蜻湾管委会的领导今年下去跑了多少家次企业？", ["412家次"], H, "count", "zh", True),
    # English
    ("What was the total value of imports and exports of 蜻湾经济开发区 in Jan–Sep 2025?", ["71.2亿元", "71.2"], H, "amount", "en", False),
    ("By how much did 蜻湾经济开发区's general public budget revenue grow in Jan–Sep 2025?", ["3.2%"], H, "percent", "en", False),
    ("Who is the director of the 蜻湾经济开发区 administrative committee?", ["蜀长河"], H, "name", "en", False),
    ("How many new industrial enterprises above designated size were added in 蜻湾经济开发区 in the first three quarters?", ["17家"], H, "count", "en", True),
    ("What is the total investment of the 蟠石智能装备华东总部 project?", ["18.5亿元"], H, "amount", "en", False),
    ("How many projects were signed at 蜻湾经济开发区's Q2 signing event?", ["11个"], H, "count", "en", True),
    ("How much foreign capital did 蜻湾经济开发区 actually use in Jan–Sep 2025?", ["5860万美元", "5860"], H, "amount", "en", False),
    ("Apart from the four big deals, how much are the other 11 projects signed by 蜻湾 worth in total?", ["59.5亿元"], H, "amount", "en", True),
    ("How much idle or inefficient land has 蜻湾经济开发区 put back to use this year?", ["1260亩"], H, "number", "en", True),
    # refusals
    ("蜻湾经济开发区1—9月固定资产投资总额是多少？", [], None, "refuse", "zh", False),
    ("蜻湾经济开发区2024年全年规上工业总产值是多少？", [], None, "refuse", "zh", False),
    ("蜻湾新能源产业园1—9月规上工业总产值是多少？", [], None, "refuse", "zh", False),
    ("蜻湾经济开发区1—9月累计签约了多少个外资项目？", [], None, "refuse", "zh", False),
    ("What was the GDP of 蜻湾经济开发区 in Jan–Sep 2025?", [], None, "refuse", "en", False),
    ("When will the 蚁群机器人智能制造 project break ground?", [], None, "refuse", "en", True),
]


def t(q, a, s):
    return {"question": q, "answers": a, "source": s if a else None}


CONVERSATIONS = [
    [
        t("蛟湖经开区2024年完成固定资产投资多少？", ["248.7亿元", "248.7"], P),
        t("其中工业投资呢？", ["152.9亿元", "152.9"], P),
        t("同比增长多少？", ["15.6%"], P),
        t("它的年度目标是多少？", ["145"], P),
    ],
    [
        t("蜓溪片区2024年规上工业总产值是多少？", ["628.3亿元", "628.3"], P),
        t("蚌山片区呢？", ["452.7亿元", "452.7"], P),
        t("它有多少家规上工业企业？", ["142"], P),
        t("它的进出口总额呢？", [], P),
    ],
    [
        t("2025年1—9月蜃州全市开发园区规上工业总产值合计多少？", ["3160.8亿元", "3160.8"], X),
        t("那1—6月呢？", ["2036.7亿元", "2036.7"], X),
        t("9月当月呢？", ["372.4亿元", "372.4"], X),
        t("同比增长多少？", ["10.2%"], X),
    ],
    [
        t("Which 蜃州 park utilised the most foreign capital in Jan–Sep 2025?", ["蜃州经济技术开发区"], X),
        t("What was its growth rate?", ["9.1"], X),
        t("What about 蜃州高新技术产业开发区?", ["14.2"], X),
        t("And its assessment rank?", ["第1位", "1"], X),
    ],
    [
        t("蜃芯12英寸功率半导体产线项目在哪个园区？", ["蜃州高新技术产业开发区"], X),
        t("它的总投资呢？", ["86"], X),
        t("今年1—9月完成了多少投资？", ["17.6亿元", "17.6"], X),
        t("预计什么时候投产？", [], X),
    ],
    [
        t("蜻湾经济开发区三季度集中签约了多少个项目？", ["15个"], H),
        t("总投资呢？", ["132.6亿元", "132.6"], H),
        t("二季度那次呢？", ["87.4亿元", "87.4"], H),
        t("那次签约的项目里外资项目有几个？", [], H),
    ],
    [
        t("蜻湾经济开发区1—9月新签约项目多少个？", ["47个"], H),
        t("去年同期呢？", ["39个"], H),
        t("今年这些项目的协议投资额是多少？", ["312.4亿元", "312.4"], H),
        t("What about projects worth 100 million yuan or more?", ["29个"], H),
    ],
]


def main():
    with open(os.path.join(HERE, "qa_a.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (q, a, s, ty, lang, para) in enumerate(QA, 1):
            f.write(json.dumps({"id": "h19a-%03d" % i, "question": q, "answers": a,
                                "source": s if a else None, "type": ty, "lang": lang,
                                "paraphrase": para}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "conversations_a.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(CONVERSATIONS, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("qa_a.jsonl: %d questions; conversations_a.json: %d conversations, %d turns"
          % (len(QA), len(CONVERSATIONS), sum(len(c) for c in CONVERSATIONS)))


if __name__ == "__main__":
    main()
