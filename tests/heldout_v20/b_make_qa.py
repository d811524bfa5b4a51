#!/usr/bin/env python3
"""Half B of heldout_v20: write qa_b.jsonl and conversations_b.json.

    /work/main/.venv/bin/python b_make_qa.py

Every answer is a span copied from the report named in "source" (checked by b_check.py);
the first alternative is the fullest form (with unit), later ones are shorter forms.
Must-refuse questions have answers [] and source null.
Deterministic: the order of the single questions is a fixed shuffle (seed 20).
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

P = "b_luanling_parks_2025q3_bulletin.pdf"
T = "b_yujiang_etdz_202510_brief.txt"
M = "b_pengqiao_park_2025_interview.md"

# (question, answers, source, type, lang, paraphrase)
SINGLE = [
    # ------------------------------------------------ PDF: plain Chinese
    ("鸾陵市五个重点开发园区2025年1—9月合计实现规上工业总产值多少？", ["1863.5亿元", "1863.5"], P, "amount", "zh", False),
    ("2025年1—9月鸾陵市五个重点开发园区规上工业总产值占全市的比重是多少？", ["70.8%", "70.8"], P, "percent", "zh", False),
    ("鹭湾高新区1—9月规上工业总产值增速在五园区中居第几位？", ["第二位", "第二"], P, "rank", "zh", False),
    ("鹊原经开区1—9月实际使用外资同比增长多少？", ["21.5%", "21.5"], P, "percent", "zh", False),
    ("鸥屿临港产业园1—9月港口货物吞吐量是多少？", ["3865万吨", "3865"], P, "number", "zh", False),
    ("鹏桥新材料产业园1—9月规上工业总产值增速比上半年回落了多少？", ["1.6个百分点", "1.6"], P, "number", "zh", False),
    ("鹭湾高新区2025年规上工业总产值的年度目标是多少亿元？", ["760"], P, "amount", "zh", False),
    ("鹏桥新材料产业园1—9月规上工业总产值完成年度目标的百分之多少？", ["71.6"], P, "percent", "zh", False),
    ("鹂坪工业园区1—9月固定资产投资同比增长多少？", ["下降4.8%", "-4.8"], P, "percent", "zh", False),
    ("鸾陵市1—9月开发园区综合考评中排名最后的是哪个园区？", ["鹂坪工业园区"], P, "name", "zh", False),
    ("鹏桥新材料产业园在鸾陵市1—9月园区综合考评中排第几名？", ["第四名", "第四"], P, "rank", "zh", False),
    ("鸾陵市1—9月园区综合考评中，哪个园区的名次较上半年前移了2位？", ["鸥屿临港产业园"], P, "name", "zh", False),
    ("鸾陵市园区综合考评分项中，招商引资方面得分最高的是哪个园区？", ["鹊原经开区", "鹊原经济技术开发区"], P, "name", "zh", False),
    ("鸾陵市五个重点园区2025年全年固定资产投资的目标是多少？", ["560亿元", "560"], P, "amount", "zh", False),
    ("鸿砚功率半导体封测基地项目哪天主体结构封顶？", ["8月26日"], P, "date", "zh", False),
    ("鹃山中药配方颗粒智能工厂项目是哪天竣工投产的？", ["7月18日"], P, "date", "zh", False),
    ("鸣泰高端聚烯烃新材料项目总投资多少亿元？", ["55.0"], P, "amount", "zh", False),
    ("鹳舟冷链物流枢纽项目目前进展到什么阶段？", ["主体施工"], P, "phrase", "zh", False),
    ("鸾陵市开发园区综合考评从哪五个方面进行？", ["经济发展、项目建设、招商引资、科技创新、集约节约"], P, "list", "zh", False),
    ("鸾陵市五园区14个重点产业项目1—9月完成投资多少？", ["111.0亿元", "111.0"], P, "amount", "zh", False),
    # ------------------------------------------------ PDF: colloquial Chinese
    ("鸾陵那五个园区前三季度一共签了多少个过亿的项目？", ["96个", "96"], P, "count", "zh", True),
    ("市里对鹂坪工业园区今年全年产值降幅的底线要求是啥？", ["降幅收窄至1%以内"], P, "phrase", "zh", True),
    ("鸾陵五个园区里头，前三季度哪个工业产值涨得最快？", ["鸥屿临港产业园"], P, "name", "zh", True),
    ("鸾陵哪个园区前三季度的工业产值是往下掉的？", ["鹂坪工业园区"], P, "name", "zh", True),
    ("鹏桥新材料产业园这次市里考核打了多少分？", ["84.6分", "84.6"], P, "number", "zh", True),
    ("鹭湾高新区的高新技术产业产值在规上工业里占多大比例？", ["70.4%", "70.4"], P, "percent", "zh", True),
    # ------------------------------------------------ PDF: English
    ("What was the gross industrial output value of enterprises above designated size in Queyuan ETDZ "
     "in January–September 2025?", ["498.7亿元", "498.7"], P, "amount", "en", False),
    ("What place did Ouyu Lingang Industrial Park take in Luanling's January–September comprehensive assessment "
     "of parks?", ["第二名", "第二"], P, "rank", "en", False),
    ("What score did Queyuan ETDZ get in Luanling's January–September comprehensive assessment of parks?",
     ["88.1分", "88.1"], P, "number", "en", False),
    ("What is the full-year 2025 target for actual use of foreign capital of Luanling's five key parks?",
     ["4亿美元"], P, "amount", "en", False),
    ("When did the main structure of the Tihu offshore wind power equipment manufacturing base top out?",
     ["9月12日"], P, "date", "en", False),
    ("How much money had the Mingtai high-end polyolefin project put in by the end of September?",
     ["16.4亿元", "16.4"], P, "amount", "en", True),
    ("What share of Pengqiao New Materials Industrial Park's industrial output came from new materials in "
     "January–September 2025?",
     ["76.6%", "76.6"], P, "percent", "en", True),
    ("How far were Luanling's five parks behind the time-elapsed schedule for industrial output in "
     "January–September?", ["0.8个百分点", "0.8"], P, "number", "en", True),
    ("Which park scored highest on science and technology innovation in Luanling's park assessment?",
     ["鹭湾高新区", "鹭湾高新技术产业开发区"], P, "name", "en", False),
    # ------------------------------------------------ TXT: plain Chinese
    ("鹬江经济开发区2025年10月规上工业总产值是多少？", ["68.7亿元", "68.7"], T, "amount", "zh", False),
    ("鹬江经开区1—10月累计完成规上工业总产值多少？", ["641.9亿元", "641.9"], T, "amount", "zh", False),
    ("鹬江经开区1—10月规上工业总产值完成年度目标的百分之几？", ["82.3%", "82.3"], T, "percent", "zh", False),
    ("鹬江经开区10月当月规上工业增加值增长多少？", ["8.9%", "8.9"], T, "percent", "zh", False),
    ("鹬江经开区10月当月进出口总额下降的主要原因是什么？", ["机电产品进口减少"], T, "phrase", "zh", False),
    ("鹬江经开区10月当月一般公共预算收入同比增长多少？", ["下降2.6%", "-2.6"], T, "percent", "zh", False),
    ("鹬江经开区1—10月累计新签约项目的协议投资额是多少？", ["486.2亿元", "486.2"], T, "amount", "zh", False),
    ("鹦源氢能装备制造基地项目总投资多少？", ["18.0亿元", "18.0"], T, "amount", "zh", False),
    ("鹪明数据中心二期项目的投资方是哪家公司？", ["鹪明云计算有限公司"], T, "name", "zh", False),
    ("鹬江经开区2025年秋季重大项目集中签约活动是哪天举行的？", ["10月28日"], T, "date", "zh", False),
    ("鹬江经开区1—10月签约项目开工率是多少？", ["46.5%", "46.5"], T, "percent", "zh", False),
    ("鹬江经开区工业投资的年度目标是多少亿元？", ["105"], T, "amount", "zh", False),
    ("鹬江经开区1—10月进出口总额完成年度目标的百分之多少？", ["81.7"], T, "percent", "zh", False),
    ("鹬江经开区1—9月规上服务业营业收入是多少？", ["48.6亿元", "48.6"], T, "amount", "zh", False),
    ("10月16日带队赴鸲州开展招商活动的是谁？", ["区党工委书记鹭明川", "鹭明川"], T, "name", "zh", False),
    ("鹬江经开区首家年产值突破50亿元的企业是哪家？", ["鹨川汽车系统有限公司"], T, "name", "zh", False),
    ("鹦源氢能装备制造基地项目主要生产什么？", ["碱性电解槽和储氢瓶组"], T, "list", "zh", False),
    # ------------------------------------------------ TXT: colloquial Chinese
    ("鹬江开发区10月份工厂产值比去年同月涨了多少？", ["9.4%", "9.4"], T, "percent", "zh", True),
    ("鹬江那边前10个月招商到账的钱有多少？", ["132.7亿元", "132.7"], T, "amount", "zh", True),
    ("鹬江经开区今年头十个月外资实际到了多少？", ["8620万美元", "8620"], T, "amount", "zh", True),
    ("鹬江经开区前十个月收了多少税？", ["17.82亿元", "17.82"], T, "amount", "zh", True),
    ("鹬江经开区汽车零部件这块10月单月产值多少？", ["24.6亿元", "24.6"], T, "amount", "zh", True),
    ("鹬江经开区今年前十个月新冒出来多少家企业？", ["1286户", "1286"], T, "count", "zh", True),
    ("鹬江10月那批签约里，投资最大的是哪个项目？", ["鹦源氢能装备制造基地项目"], T, "name", "zh", True),
    # ------------------------------------------------ TXT: English
    ("How much fixed-asset investment did Yujiang EDZ complete in October 2025 alone?", ["17.3亿元", "17.3"], T,
     "amount", "en", True),
    ("How did Yujiang EDZ's total imports and exports change year on year in October 2025?",
     ["下降3.4%", "-3.4"], T, "percent", "en", False),
    ("How many signed projects worth 1 billion yuan or more did Yujiang EDZ sign in January–October 2025?",
     ["11个", "11"], T, "count", "en", False),
    ("What is Yujiang EDZ's annual target for actual use of foreign capital?", ["1亿美元", "10000"], T, "amount",
     "en", False),
    ("How many invention patents were granted in Yujiang EDZ in January–October 2025?", ["386件", "386"], T,
     "count", "en", False),
    ("What share of the projects Yujiang EDZ signed in January–October were new-energy-vehicle and parts "
     "projects?", ["40.8%", "40.8"], T, "percent", "en", True),
    ("Who is putting money into the Anfeng high-speed connector project in Yujiang?",
     ["鹌丰精密电子股份有限公司"], T, "name", "en", True),
    ("By how much did Yujiang EDZ's industrial electricity use grow in October 2025?", ["6.2%", "6.2"], T,
     "percent", "en", True),
    # ------------------------------------------------ MD: plain Chinese
    ("截至11月底鹏桥新材料产业园新签约项目的协议投资额是多少？", ["312.6亿元", "312.6"], M, "amount", "zh", False),
    ("截至11月底鹏桥新材料产业园协议投资额同比增长多少？", ["28.4%", "28.4"], M, "percent", "zh", False),
    ("截至11月底鹏桥新材料产业园到位资金完成年度目标的百分之几？", ["91.8%", "91.8"], M, "percent", "zh", False),
    ("鹏桥新材料产业园2025年年初定的签约项目目标是多少个？", ["40个", "40"], M, "count", "zh", False),
    ("鹩晟碳纤维复合材料二期项目是哪天签约的？", ["7月9日"], M, "date", "zh", False),
    ("鹞石半导体硅材料项目总投资多少？", ["32亿元", "32"], M, "amount", "zh", False),
    ("鹣禾高性能膜材料项目从签约到开工用了多少天？", ["七十五天"], M, "count", "zh", False),
    ("鹏桥新材料产业园管委会主任是谁？", ["鹄志远"], M, "name", "zh", False),
    ("鹩晟集团董事长叫什么名字？", ["鹤松年"], M, "name", "zh", False),
    ("鹏桥园东区的规划面积是多少？", ["约6.5平方公里", "6.5平方公里", "6.5"], M, "number", "zh", False),
    ("鹏桥新材料产业园的招商图谱围绕哪三条产业链？", ["碳纤维及复合材料、电子化学品、特种玻璃"], M, "list", "zh", False),
    ("第二届鹏桥新材料产业链大会计划什么时候举办？", ["明年3月", "3月"], M, "date", "zh", False),
    ("鸶蓝先进涂层材料项目的合同外资是多少？", ["5800万美元", "5800"], M, "amount", "zh", False),
    ("鹏桥新材料产业园2026年到位资金的目标是多少？", ["确保100亿元", "100亿元", "100"], M, "amount", "zh", False),
    # ------------------------------------------------ MD: colloquial Chinese
    ("鹏桥园今年出去招商跑了多少趟？", ["43批次", "43", "四十多批次"], M, "count", "zh", True),
    ("鹏桥园今年一共接触过多少家企业？", ["126家", "126", "一百二十多家"], M, "count", "zh", True),
    ("鹏桥园今年签下的最大的一个项目是哪个？", ["鹩晟碳纤维复合材料二期项目"], M, "name", "zh", True),
    ("鹏桥园的服务专员今年帮企业摆平了多少问题？", ["三百七十多个"], M, "count", "zh", True),
    ("鹏桥园现在手里还剩多少地能拿来供给项目？", ["八百亩左右"], M, "number", "zh", True),
    ("鹄主任对来投资的企业家撂下的那句话是什么？", ["项目到鹏桥，服务不打烊"], M, "phrase", "zh", True),
    # ------------------------------------------------ MD: English
    ("By the end of November 2025, how many signed projects worth 100 million yuan or more did Pengqiao New "
     "Materials Industrial Park have?", ["26个", "26"], M, "count", "en", False),
    ("What was the year-on-year growth of funds in place at Pengqiao New Materials Industrial Park by the end "
     "of November 2025?", ["15.7%", "15.7"], M, "percent", "en", False),
    ("How many of the projects Pengqiao signed this year came from tips by its investment advisers?",
     ["9个", "9"], M, "count", "en", True),
    ("How much agreed investment was signed at Pengqiao's May 16 promotion event in Yaogang?",
     ["68.4亿元", "68.4"], M, "amount", "en", False),
    ("What is Pengqiao New Materials Industrial Park's 2026 goal for agreed investment?",
     ["力争突破350亿元", "350亿元", "350"], M, "amount", "en", False),
    ("How many students did Pengqiao's new-materials industry college take in its first intake?",
     ["180名", "180"], M, "count", "en", True),
    ("When did the Jianhe high-performance membrane project break ground?", ["6月10日"], M, "date", "en", True),
    # ------------------------------------------------ must refuse
    ("鹭湾高新区1—9月实际使用外资同比增长多少？", [], None, "refuse", "zh", False),
    ("鸥屿临港产业园2025年实际使用外资的年度目标是多少？", [], None, "refuse", "zh", False),
    ("鸾陵市鹦湖经济开发区1—9月规上工业总产值是多少？", [], None, "refuse", "zh", False),
    ("鹬江经开区1—9月累计规上工业总产值是多少？", [], None, "refuse", "zh", False),
    ("鹬江经开区10月规上工业增加值是多少亿元？", [], None, "refuse", "zh", False),
    ("鹬江经开区2024年全年固定资产投资是多少？", [], None, "refuse", "zh", False),
    ("鹏桥新材料产业园2025年到位资金的年度目标是多少亿元？", [], None, "refuse", "zh", False),
    ("鹏桥新材料产业园2025年全年实际新签约项目多少个？", [], None, "refuse", "zh", False),
    ("鸾陵市五个重点园区1—9月固定资产投资完成全年目标的百分之几？", [], None, "refuse", "zh", False),
    ("鹬江经开区1—10月规上服务业营业收入是多少？", [], None, "refuse", "zh", False),
    ("截至11月底，鹏桥园实际到账的外资有多少美元？", [], None, "refuse", "zh", True),
    ("鹬江开发区10月份当月的财政收入里税收占几成？", [], None, "refuse", "zh", True),
    ("What was the GDP of Luwan High-tech Zone in January–September 2025?", [], None, "refuse", "en", False),
    ("How many new urban jobs did Pengqiao New Materials Industrial Park create in 2025?", [], None, "refuse",
     "en", False),
    ("What was Queyuan ETDZ's score in the first-half 2025 assessment of Luanling's parks?", [], None, "refuse",
     "en", False),
    ("What was the year-on-year growth of Yujiang EDZ's agreed investment in October 2025 alone?", [], None,
     "refuse", "en", False),
]

# each turn: (question, answers, source)
CONVERSATIONS = [
    [
        ("鸾陵市五个园区1—9月综合考评谁排第一？", ["鹭湾高新技术产业开发区", "鹭湾高新区"], P),
        ("它得了多少分？", ["92.4分", "92.4"], P),
        ("第二名是哪个园区？", ["鸥屿临港产业园"], P),
        ("它在哪个方面得分最高？", ["项目建设"], P),
    ],
    [
        ("鹬江经开区1—10月固定资产投资完成多少？", ["156.8亿元", "156.8"], T),
        ("同比增长多少？", ["11.5%", "11.5"], T),
        ("其中工业投资呢？", ["92.4亿元", "92.4"], T),
        ("那10月当月的工业投资是多少？", ["10.9"], T),
    ],
    [
        ("鹏桥新材料产业园截至11月底新签约了多少个项目？", ["46个", "46"], M),
        ("其中亿元以上的有几个？", ["26个", "26"], M),
        ("那市里通报的1—9月，鹏桥园新签约亿元以上项目是多少个？", ["17个", "17"], P),
        ("鹏桥园1—9月实际使用外资同比增长多少？", [], None),
    ],
    [
        ("How much foreign capital did Yujiang EDZ actually use in January–October 2025?", ["8620万美元", "8620"], T),
        ("And in October alone?", ["760万美元", "760"], T),
        ("What was the year-on-year growth for that month?", ["35.7"], T),
        ("What about exports in October?", ["8.9亿元", "8.9"], T),
    ],
    [
        ("鸾陵五个园区1—9月固定资产投资增速最快的是哪个？", ["鸥屿临港产业园"], P),
        ("增长了多少？", ["19.3%", "19.3"], P),
        ("它新签约的十亿元以上项目有几个？", ["5个", "5"], P),
        ("那鹂坪工业园区的固定资产投资呢？", ["33.5亿元", "33.5"], P),
    ],
    [
        ("Who heads the management committee of Pengqiao New Materials Industrial Park?", ["鹄志远"], M),
        ("Which project did he call the park's largest this year?", ["鹩晟碳纤维复合材料二期项目"], M),
        ("What's its total investment?", ["45亿元", "45"], M),
        ("How much of that has already been invested?", [], None),
    ],
    [
        ("鹬江经开区10月签了几个项目？", ["9个", "9"], T),
        ("协议投资额一共多少？", ["63.5亿元", "63.5"], T),
        ("其中鸳澜那个项目投多少？", ["12.5亿元", "12.5"], T),
        ("投资方是哪家？", ["鸳澜汽车部件有限公司"], T),
    ],
]


def main():
    rows = list(SINGLE)
    random.Random(20).shuffle(rows)
    with open(os.path.join(HERE, "qa_b.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (q, answers, source, typ, lang, para) in enumerate(rows, 1):
            f.write(json.dumps({"id": "h20b-%03d" % i, "question": q, "answers": answers, "source": source,
                                "type": typ, "lang": lang, "paraphrase": para}, ensure_ascii=False) + "\n")
    convs = [[{"question": q, "answers": a, "source": s} for (q, a, s) in conv] for conv in CONVERSATIONS]
    with open(os.path.join(HERE, "conversations_b.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(convs, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote qa_b.jsonl (%d questions) and conversations_b.json (%d conversations, %d turns)"
          % (len(rows), len(convs), sum(len(c) for c in convs)))


if __name__ == "__main__":
    main()
