#!/usr/bin/env python3
"""Write qa_a.jsonl and conversations_a.json (held-out set v20, half A).

Every answer is an exact span of its source report (checked by a_check.py);
the first alternative is the fullest form, later ones the bare figure.

    /work/main/.venv/bin/python a_make_qa.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

J = "a_jiehu_hitech_2025_work_report.docx"
Y = "a_yaling_etdz_2025q3_project_ledger.xlsx"
C = "a_chanzhou_parks_2025h1_meeting.html"

# (question, answers, source, type, lang, paraphrase)
QA = [
    # ---------------- 婕湖高新区 2025 年工作报告 (DOCX) ----------------
    ("婕湖高新区2025年地区生产总值是多少？", ["486.3亿元", "486.3"], J, "amount", "zh", False),
    ("婕湖高新区2025年规上工业总产值同比增长多少？", ["9.3%", "9.3"], J, "percent", "zh", False),
    ("婕湖高新区2025年规上工业增加值增速较上年提高了多少个百分点？", ["0.9个百分点", "0.9"], J, "percent", "zh", False),
    ("2025年婕湖高新区规上工业增加值增速在全市开发园区中排第几？", ["排名第一", "第一"], J, "rank", "zh", False),
    ("婕湖高新区2025年固定资产投资完成年度目标的百分之多少？", ["97.0%", "97.0"], J, "percent", "zh", False),
    ("婕湖高新区2025年工业投资占固定资产投资的比重是多少？", ["59.7%", "59.7"], J, "percent", "zh", False),
    ("婕湖高新区2025年税收收入占一般公共预算收入的比重为多少？", ["82.9%", "82.9"], J, "percent", "zh", False),
    ("婕湖高新区2025年组建了哪几个产业招商专班？", ["信息技术、智能装备、生物医药"], J, "list", "zh", False),
    ("婕湖高新区2025年进出口总额的年度目标是多少？", ["102"], J, "amount", "zh", False),
    ("婕湖高新区各园区主要指标表中，婷洲智造园有多少家高新技术企业？", ["148"], J, "count", "zh", False),
    ("娆山科技园2025年规上工业总产值占婕湖高新区全区的比重是多少？", ["36.6%", "36.6"], J, "percent", "zh", False),
    ("婕湖高新区四个园区中，2025年哪个园区完成固定资产投资最多？", ["婷洲智造园"], J, "name", "zh", False),
    ("婕湖高新区四个园区中，2025年规上工业总产值增速最低的是哪个园区？", ["姣塘数字经济园"], J, "name", "zh", False),
    ("婕湖高新区2025年年产值超50亿元的企业有哪几家？", ["姣芯微电子、妮光新能源、婷川精工和媛和生物"], J, "list", "zh", False),
    ("姣芯微电子8英寸碳化硅功率器件项目是哪天开工的？", ["3月18日"], J, "date", "zh", False),
    ("婕湖高新区在国家高新区综合评价中位列第几位？", ["第51位", "51"], J, "rank", "zh", False),
    ("婕湖高新区2026年规上工业总产值的目标是多少？", ["1220亿元", "1220"], J, "amount", "zh", False),
    ("在婕湖高新区2026年工作会议上作工作报告的是谁？", ["娄启明"], J, "name", "zh", False),
    ("婕湖高新区2025年全社会研发经费投入占地区生产总值比重是多少？", ["4.26%", "4.26"], J, "percent", "zh", False),
    ("婕湖高新区2025年外资真正到位了多少钱？", ["1.86亿美元", "1.86"], J, "amount", "zh", True),
    ("婕湖高新区2025年新进规上的工厂有几家？", ["27家", "27"], J, "count", "zh", True),
    ("妮光新能源那个钠电池项目从签约到动工用了多少天？", ["50天", "50"], J, "count", "zh", True),
    ("婕湖高新区2025年发明专利批下来多少件？", ["1027件", "1027"], J, "count", "zh", True),
    ("婕湖高新区2025年的主要指标里，哪一项没完成年度任务？", ["固定资产投资"], J, "phrase", "zh", True),
    ("婕湖高新区2025年给企业兑现了多少政策红包？", ["5.36亿元", "5.36"], J, "amount", "zh", True),
    ("婕湖高新区2025年技术交易卖了多少钱？", ["61.3亿元", "61.3"], J, "amount", "zh", True),
    ("婕湖高新区2025年招商专班出去跑了多少趟？", ["92批次", "92"], J, "count", "zh", True),
    ("What was the year-on-year growth of gross regional product of Jiehu High-tech Zone in 2025?", ["7.1%", "7.1"], J, "percent", "en", False),
    ("What was the annual target for fixed-asset investment of Jiehu High-tech Zone in 2025?", ["210"], J, "amount", "en", False),
    ("How much money from outside the city actually arrived in Jiehu High-tech Zone in 2025?", ["146.8亿元", "146.8"], J, "amount", "en", True),
    ("According to the sub-park table, how many high-tech enterprises are there in 娆山科技园 (Raoshan Science Park)?", ["236"], J, "count", "en", False),
    ("Which company in Jiehu High-tech Zone went public on the ChiNext board in August 2025?", ["妮光新能源"], J, "name", "en", True),
    ("Who is the chief scientist of 姣芯微电子 that was selected as a national-level leading talent?", ["妫宁远"], J, "name", "en", False),
    ("How many signed projects worth 1 billion yuan or more did Jiehu High-tech Zone get in 2025?", ["9个", "9"], J, "count", "en", False),
    ("When was the 媛和生物 innovative drug industrialisation base in Jiehu put into production?", ["10月30日"], J, "date", "en", False),
    ("How much did Jiehu High-tech Zone's spending on industrial investment go up in 2025?", ["14.2%", "14.2"], J, "percent", "en", True),
    # ---------------- 娅陵经开区 1—9 月重点项目台账 (XLSX) ----------------
    ("娅陵经开区嫦曦新材料年产5万吨聚酰亚胺薄膜项目总投资是多少？", ["320000"], Y, "amount", "zh", False),
    ("娜威汽车零部件智能制造基地项目1—9月完成投资多少？", ["52120"], Y, "amount", "zh", False),
    ("娴泰新能源储能系统集成项目1—9月完成了年度计划的百分之多少？", ["37.4%", "37.4"], Y, "percent", "zh", False),
    ("姝丰智能装备产业园一期项目是什么时候开工的？", ["2024.9"], Y, "date", "zh", False),
    ("娅陵人才公寓及邻里中心项目的开工时间是什么时候？", ["2024.10"], Y, "date", "zh", False),
    ("娆光光电显示模组项目目前的形象进度如何？", ["洁净厂房装修完成，生产线安装调试"], Y, "phrase", "zh", False),
    ("娅陵经开区污水处理厂二期扩建工程的建设单位是哪家？", ["妤州娅陵水务有限公司"], Y, "name", "zh", False),
    ("娅陵经开区前三季度项目现场督导协调解决了哪些方面的问题？", ["征地、用电、施工许可"], Y, "list", "zh", False),
    ("媛禾医疗器械产业园项目的责任领导是谁？", ["姜振宇"], Y, "name", "zh", False),
    ("娅陵经开区14个重点项目1—9月合计完成投资多少？", ["383900万元", "383900"], Y, "amount", "zh", False),
    ("娅陵经开区重点项目1—9月完成年度计划投资的比例是多少？", ["77.1%", "77.1"], Y, "percent", "zh", False),
    ("娅陵经开区重点项目中哪个项目还没有开工？", ["姣隆新型建材绿色工厂项目"], Y, "name", "zh", False),
    ("娅陵经开区2025年6月当月规上工业总产值是多少？", ["38.7"], Y, "amount", "zh", False),
    ("娅陵经开区2025年1—6月累计完成固定资产投资多少？", ["51.3"], Y, "amount", "zh", False),
        ("娅陵经开区全年重点项目完成投资力争达到多少？", ["520000万元以上", "520000万元", "520000"], Y, "amount", "zh", False),
    ("娅陵经开区已开工的重点项目中，哪个项目完成年度计划的比例最低？", ["娴泰新能源储能系统集成项目"], Y, "name", "zh", False),
    ("娅陵经开区今年前9个月进出口掉了多少？", ["4.6%", "4.6"], Y, "percent", "zh", True),
    ("娅陵经开区1—9月多了几家规上工厂？", ["11家", "11"], Y, "count", "zh", True),
    ("嫣然电子那个连接器扩产项目今年到9月底已经投了多少钱？", ["31380万元", "31380"], Y, "amount", "zh", True),
    ("娅陵经开区9月份单月的工业产值比去年同月涨了多少？", ["11.2%", "11.2"], Y, "percent", "zh", True),
    ("娅陵经开区那个聚酰亚胺薄膜项目归哪位领导管？", ["姚卫东"], Y, "name", "zh", True),
    ("娅陵经开区前三季度领导下去现场督导了几回？", ["36次", "36"], Y, "count", "zh", True),
    ("What is the total investment of all 14 key projects in the Yaling ETDZ ledger?", ["1403000"], Y, "amount", "en", False),
    ("What is the 2025 annual planned investment of the industrial projects in Yaling ETDZ's key-project ledger?", ["405000"], Y, "amount", "en", False),
    ("What was the fixed-asset investment of Yaling ETDZ in January–September 2025?", ["77.8亿元", "77.8"], Y, "amount", "en", False),
    ("What was the cumulative total value of imports and exports of Yaling ETDZ for January–May 2025?", ["22.9"], Y, "amount", "en", False),
    ("How much industrial output did Yaling ETDZ's above-scale firms produce in March 2025 alone?", ["36.2"], Y, "amount", "en", True),
    ("Which company is building the 娆光光电显示模组项目 in Yaling ETDZ?", ["娆光光电有限公司"], Y, "name", "en", False),
    ("When did construction of the 嫣然电子精密连接器扩产项目 start?", ["2025.2"], Y, "date", "en", False),
    ("How many signed projects worth 100 million yuan or more did Yaling ETDZ get in January–September 2025?", ["16个", "16"], Y, "count", "en", False),
    # ---------------- 婵州市上半年开发园区经济运行分析会 (HTML) ----------------
    ("2025年1—6月婵州市4个开发园区合计实现规上工业总产值多少？", ["1565.3亿元", "1565.3"], C, "amount", "zh", False),
    ("2025年上半年婵州市开发园区规上工业总产值占全市的比重是多少？", ["71.6%", "71.6"], C, "percent", "zh", False),
    ("婵州高新区2025年上半年规上工业增加值同比增长多少？", ["10.2%", "10.2"], C, "percent", "zh", False),
    ("妙港经开区2025年上半年进出口总额是多少？", ["156.3亿元", "156.3"], C, "amount", "zh", False),
    ("妙港经开区2025年上半年实际使用外资多少？", ["1.05亿美元", "1.05"], C, "amount", "zh", False),
    ("婉西临空产业园2025年上半年航空货邮吞吐量是多少？", ["5.8万吨", "5.8"], C, "number", "zh", False),
    ("婵州市2025年上半年开发园区综合考评排名第一的是哪个园区？", ["婵州高新区"], C, "name", "zh", False),
    ("婉西临空产业园2025年上半年综合考评得分是多少？", ["88.5"], C, "number", "zh", False),
    ("娉川工业园区2025年上半年综合考评排名第几？", ["第四", "4"], C, "rank", "zh", False),
    ("婵州市4个开发园区中，2025年上半年哪个园区规上工业总产值增速最高？", ["婉西临空产业园"], C, "name", "zh", False),
    ("婵州高新区党工委书记是谁？", ["姬川"], C, "name", "zh", False),
    ("婵州市2025年上半年开发园区综合考评分列第二、第三的是哪两个园区？", ["妙港经开区、婉西临空产业园"], C, "list", "zh", False),
    ("婵州市2025年上半年开发园区经济运行分析会是哪天召开的？", ["7月17日"], C, "date", "zh", False),
    ("婵州市全年开发园区规上工业总产值力争突破多少？", ["3300亿元", "3300"], C, "amount", "zh", False),
    ("妙港经开区管委会主任在分析会上表示要确保哪个项目9月底前建成投产？", ["姗宝汽车整车基地二期"], C, "name", "zh", False),
    ("娉川工业园区上半年工业产值掉了多少？", ["2.4%", "2.4"], C, "percent", "zh", True),
    ("婵州这四个园区上半年一共多了多少家规上企业？", ["40家", "40"], C, "count", "zh", True),
    ("妙港经开区的外贸占婵州全市多大份额？", ["48.2%", "48.2"], C, "percent", "zh", True),
    ("婵州高新区上半年谈成了多少个亿元以上的大项目？", ["17个", "17"], C, "count", "zh", True),
    ("婉西临空产业园上半年固投涨了多少？", ["21.4%", "21.4"], C, "percent", "zh", True),
    ("婵州高新区在嫱湾那场集成电路推介会上当场签了几个项目？", ["9个", "9"], C, "count", "zh", True),
    ("娉川园区上半年固投比去年同期多了百分之几？", ["12.7%", "12.7"], C, "percent", "zh", True),
    ("What was the fixed-asset investment of 妙港经开区 (Miaogang ETDZ) in the first half of 2025?", ["112.5亿元", "112.5"], C, "amount", "en", False),
    ("Which of Chanzhou's four parks had the largest gross industrial output value in H1 2025?", ["妙港经开区"], C, "name", "en", False),
    ("What comprehensive evaluation score did Chanzhou High-tech Zone (婵州高新区) get for H1 2025?", ["94.3分", "94.3"], C, "number", "en", False),
    ("By how many percentage points did the decline in industrial output of 娉川工业园区 narrow compared with Q1?", ["3.1个百分点", "3.1"], C, "percent", "en", False),
    ("Who runs the management committee of the Wanxi Airport Industrial Park (婉西临空产业园)?", ["姚启航"], C, "name", "en", True),
    ("What was the output value of the new-generation IT industry in 婵州高新区 in H1 2025?", ["301.2亿元", "301.2"], C, "amount", "en", False),
    # ---------------- must refuse ----------------
    ("婕湖高新区2025年规上工业增加值是多少亿元？", [], None, "refuse", "zh", False),
    ("婷洲智造园2025年地区生产总值是多少？", [], None, "refuse", "zh", False),
    ("婕湖高新区2026年实际完成规上工业总产值多少？", [], None, "refuse", "zh", False),
    ("婕湖高新区2024年地区生产总值是多少？", [], None, "refuse", "zh", False),
    ("娅陵经开区2025年10月当月规上工业总产值是多少？", [], None, "refuse", "zh", False),
    ("娅陵经开区2025年1—9月实际使用外资多少？", [], None, "refuse", "zh", False),
    ("娴泰新能源储能系统集成项目距离完成年度计划投资还差多少万元？", [], None, "refuse", "zh", False),
    ("娉川工业园区2025年一季度规上工业总产值是多少？", [], None, "refuse", "zh", False),
    ("婵州高新区2025年上半年进出口总额是多少？", [], None, "refuse", "zh", False),
    ("婵州市2025年上半年地区生产总值是多少？", [], None, "refuse", "zh", False),
    ("婉西临空产业园上半年外资到了多少？", [], None, "refuse", "zh", True),
    ("What were the total retail sales of consumer goods of 媛江生物医药园 in 2025?", [], None, "refuse", "en", False),
    ("How much foreign capital did 娉川工业园区 actually use in H1 2025?", [], None, "refuse", "en", False),
    ("What was Yaling ETDZ's fixed-asset investment in October 2025?", [], None, "refuse", "en", False),
    ("What was the combined fixed-asset investment of 娆山科技园 and 姣塘数字经济园 in 2025?", [], None, "refuse", "en", False),
    ("How many patent applications were filed in Jiehu High-tech Zone in 2025?", [], None, "refuse", "en", False),
]

# each turn: (question, answers, source)
CONVERSATIONS = [
    [
        ("婕湖高新区2025年规上工业总产值是多少？", ["1128.5亿元", "1128.5"], J),
        ("完成年度目标的百分之多少？", ["102.6"], J),
        ("那2026年的目标呢？", ["1220亿元", "1220"], J),
        ("四个园区里2025年哪个园区总量最大？", ["娆山科技园"], J),
    ],
    [
        ("媛江生物医药园2025年规上工业总产值同比增长多少？", ["13.6%", "13.6"], J),
        ("它的固定资产投资呢？", ["41.7"], J),
        ("园内有多少家生物医药企业？", ["143家", "143"], J),
        ("那它2025年的营业收入是多少？", [], None),
    ],
    [
        ("What is the total investment of 妮光新能源's sodium-ion battery project in Jiehu High-tech Zone?", ["35亿元", "35"], J),
        ("When did it break ground?", ["6月28日"], J),
        ("And when was it signed?", ["5月9日"], J),
        ("What about the 姣芯微电子 silicon carbide project — when did construction start?", ["3月18日"], J),
    ],
    [
        ("娅陵经开区娜威汽车零部件智能制造基地项目总投资多少？", ["185000"], Y),
        ("1—9月完成了多少？", ["52120"], Y),
        ("占年度计划多少？", ["86.9"], Y),
        ("这个项目的责任领导是谁？", ["娄晓蕾"], Y),
    ],
    [
        ("娅陵经开区2025年9月当月完成固定资产投资多少？", ["10.5"], Y),
        ("1—9月累计呢？", ["77.8亿元", "77.8"], Y),
        ("同比增长多少？", ["9.7%", "9.7"], Y),
        ("那10月份当月呢？", [], None),
    ],
    [
        ("婵州市2025年上半年开发园区综合考评排第二的是哪个园区？", ["妙港经开区"], C),
        ("它得了多少分？", ["91.8"], C),
        ("它上半年规上工业总产值同比增长多少？", ["7.3%", "7.3"], C),
        ("What about 娉川工业园区?", ["下降2.4%", "-2.4", "2.4%"], C),
    ],
    [
        ("How many projects worth 100 million yuan or more did Chanzhou's four development parks sign in H1 2025?", ["58个", "58"], C),
        ("How many of them were signed by Miaogang ETDZ (妙港经开区)?", ["21个", "21"], C),
        ("What was its fixed-asset investment growth?", ["5.1%", "5.1"], C),
        ("And its GDP?", [], None),
    ],
]


def main():
    with open(os.path.join(HERE, "qa_a.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, ans, src, typ, lang, para) in enumerate(QA, 1):
            row = {"id": f"h20a-{i:03d}", "question": q, "answers": ans, "source": src,
                   "type": typ, "lang": lang, "paraphrase": para}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    convs = [[{"question": q, "answers": a, "source": s} for q, a, s in conv]
             for conv in CONVERSATIONS]
    with open(os.path.join(HERE, "conversations_a.json"), "w", encoding="utf-8") as f:
        json.dump(convs, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"qa_a.jsonl: {len(QA)} questions; conversations_a.json: {len(convs)} conversations")


if __name__ == "__main__":
    main()
