# -*- coding: utf-8 -*-
"""Writes qa_b.jsonl and conversations_b.json (half B of heldout_v17).

Every answer is an exact span of the report text (the GBK file decoded).
The strings in answers are ALTERNATIVES for the whole answer (any one of them,
matched exactly, is right), best first.
For type "list" each string is the whole list as the report writes it in one
contiguous span (e.g. "甲、乙和丙"), never one string per item; if the report
writes the list in more than one place or form, each such span is listed.
A list question is only asked where such a contiguous span exists.
For type "refuse" answers is [] and source is null.
Run: /work/main/.venv/bin/python b_make_qa.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SA = "b_jingying_bulletin_2025q3.txt"
SB = "b_junsheng_zones_2025.md"
SC = "b_jingzhong_signing_2025.docx"

# (question, answers, source, type, lang, paraphrase)
QA = [
    # ---------------- Report A: Jingying ETDZ Q3 bulletin (GBK txt) ----------------
    ("靖盈经开区1—9月实现地区生产总值多少？", ["412.6亿元", "412.6"], SA, "amount", "zh", False),
    ("靖盈经开区9月当月规模以上工业总产值是多少？", ["142.7亿元", "142.7"], SA, "amount", "zh", False),
    ("靖盈经开区上年同期（1—9月）规上工业总产值是多少？", ["1087.5亿元", "1087.5"], SA, "amount", "zh", False),
    ("1—9月靖盈经开区工业投资占全部投资的比重是多少？", ["61.3%"], SA, "percent", "zh", False),
    ("截至9月末，靖盈经开区有多少家规模以上工业企业？", ["486家", "486"], SA, "count", "zh", False),
    ("竦盘片区1—9月规上工业总产值占全区比重是多少？", ["45.4%"], SA, "percent", "zh", False),
    ("为完成全年目标，靖盈经开区四季度开展什么攻坚行动？", ["“大干四季度”攻坚行动", "大干四季度"], SA, "phrase", "zh", False),
    ("9月份靖盈经开区新签约项目多少个？", ["六个"], SA, "count", "zh", False),
    ("1—9月靖盈经开区外贸进出口总额在全市开发区中居第几位？", ["第1位"], SA, "rank", "zh", False),
    ("第二季度全市开发区综合考核中，靖盈经开区得分多少？", ["91.3分", "91.3"], SA, "amount", "zh", False),
    ("靖盈经开区全年固定资产投资目标是多少？", ["310亿元", "310"], SA, "amount", "zh", False),
    ("靖盈经济技术开发区第三季度实现地区生产总值多少？", ["143.9亿元", "143.9"], SA, "amount", "zh", False),
    ("2025年第3期靖盈经开区经济运行简报是哪天编发的？", ["2025年10月20日"], SA, "date", "zh", False),
    # list: the three 主导产业 are never written together in one span, so ask for a list the report writes contiguously
    ("9月份靖盈经开区哪些产品的出口订单明显回暖？", ["汽车零部件和显示模组"], SA, "list", "zh", False),
    ("竦盘片区1—9月新能源汽车整车产量是多少？", ["6.82万辆", "6.82"], SA, "amount", "zh", False),
    ("靖盈经开区上年同期地区生产总值是多少？", ["386.3"], SA, "amount", "zh", False),
    ("靖盈经开区1—9月竣工投产项目有多少个？", ["十八个"], SA, "count", "zh", False),
    ("截至9月末靖盈经开区规上工业企业亏损面是多少？", ["16.0%"], SA, "percent", "zh", False),
    ("靖盈经开区9月当月出口额是多少？", ["27.6"], SA, "amount", "zh", False),
    ("靖盈经开区在第二季度全市开发区综合考核中排名第几？", ["第2位"], SA, "rank", "zh", False),
    # colloquial
    ("靖盈那边头九个月厂子一共用掉多少度电？", ["41.35亿千瓦时", "41.35"], SA, "amount", "zh", True),
    ("靖盈搞汽车的那个片区，2025年前九个月动工了几个新项目？", ["14个", "14"], SA, "count", "zh", True),
    ("靖盈开发区前三个季度从国外实打实拿到手的投资有多少？", ["2.86亿美元", "2.86"], SA, "amount", "zh", True),
    ("靖盈2025年想把全年投资任务干完，最后这个季度还得再投多少钱？", ["73.2亿元", "73.2"], SA, "amount", "zh", True),
    ("靖盈做电子的那个片区，2025年九月份单月产值增速掉到多少了？", ["4.2%"], SA, "percent", "zh", True),
    ("靖盈2025年头三个季度一共冒出来多少家新开的公司？", ["1276家", "1276"], SA, "count", "zh", True),
    # English
    ("What was the GDP growth of Jingying ETDZ in the third quarter of 2025?", ["7.2%"], SA, "percent", "en", False),
    ("What was the total value of imports and exports of Jingying Economic and Technological Development Zone in January–September 2025?", ["327.5亿元", "327.5"], SA, "amount", "en", False),
    ("By how much did Jingying ETDZ's exports grow in the first three quarters of 2025?", ["10.6%"], SA, "percent", "en", True),
    ("What was the year-on-year growth of the value added of industrial enterprises above designated size in Jingying ETDZ in September 2025?", ["10.2%"], SA, "percent", "en", False),
    ("How many industrial firms in Jingying ETDZ had an output value of more than 1 billion yuan?", ["27家", "27"], SA, "count", "en", True),
    ("What share of Jingying ETDZ's general public budget revenue came from tax revenue in January–September 2025?", ["83.5%"], SA, "percent", "en", False),
    ("Which sub-park of the Jingying zone saw its fixed-asset investment fall in the first nine months?", ["竘盈片区"], SA, "name", "en", True),
    # refuse
    ("靖盈经开区1—9月社会消费品零售总额是多少？", [], None, "refuse", "zh", False),
    ("靖盈综合保税区1—9月外贸进出口额是多少？", [], None, "refuse", "zh", False),
    ("竑盎高新区1—9月规上工业总产值是多少？", [], None, "refuse", "zh", False),
    ("靖盈经开区9月当月实际使用外资多少？", [], None, "refuse", "zh", False),
    ("What was the gross industrial output of Jingying ETDZ in 2023?", [], None, "refuse", "en", False),
    ("竦盘片区2025年前九个月新冒出来多少家企业？", [], None, "refuse", "zh", True),

    # ---------------- Report B: Junsheng city four-zone comparison (Markdown) ----------------
    ("2025年竣盛高新区地区生产总值是多少？", ["658.9亿元", "658.9"], SB, "amount", "zh", False),
    ("竭盟经开区2025年固定资产投资完成年度目标的百分之多少？", ["96.4%", "96.4"], SB, "percent", "zh", False),
    ("2024年童益临港开发区规上工业总产值是多少？", ["642.3"], SB, "amount", "zh", False),
    ("章盒开发区2025年一般公共预算收入增长多少？", ["下降3.9%", "-3.9"], SB, "percent", "zh", False),
    ("竣盛市四个开发区2025年合计地区生产总值占全市比重是多少？", ["42.7%"], SB, "percent", "zh", False),
    ("2025年度综合考评中，童益临港开发区排名第几？", ["第三", "3"], SB, "rank", "zh", False),
    ("竣盛高新区2025年度综合考评总得分是多少？", ["88.1分", "88.1"], SB, "amount", "zh", False),
    ("2025年末竭盟经开区有多少家高新技术企业？", ["712"], SB, "count", "zh", False),
    ("竣盛高新区2025年研发经费投入强度是多少？", ["6.07%"], SB, "percent", "zh", False),
    ("章盒开发区2025年度综合考评被确定为什么等次？", ["“基本合格”等次", "基本合格"], SB, "phrase", "zh", False),
    ("竭盟经开区2026年规上工业总产值的目标是多少？", ["1600亿元", "1600"], SB, "amount", "zh", False),
    ("竣盛市四个开发区中，2025年哪个开发区实际使用外资同比下降？", ["竭盟经开区"], SB, "name", "zh", False),
    ("竣盛市四个开发区2025年度比较通报是哪个单位发的？", ["竣盛市开发区工作领导小组办公室"], SB, "name", "zh", False),
    # list: the zones that missed the investment target are never written together, so ask about the GDP growth target
    ("竣盛市四个开发区中，2025年地区生产总值增速没有完成年度增长目标的有哪些？", ["竭盟经开区、童益临港开发区"], SB, "list", "zh", False),
    ("竭盟经开区2025年度综合考评中创新驱动得分是多少？", ["19.7"], SB, "amount", "zh", False),
    ("童益临港开发区2025年外贸进出口总额是多少？", ["586.3亿元", "586.3"], SB, "amount", "zh", False),
    # colloquial
    ("竣盛2025年那轮园区打分，哪家拿了头名？", ["竣盛高新区", "竣盛高新技术产业开发区"], SB, "name", "zh", True),
    ("竣盛靠港口的那个开发区，2025年外商真金白银投进来多少美元？", ["1.58亿美元", "1.58"], SB, "amount", "zh", True),
    ("章盒那边2025年砸进去搞建设的钱，比2024年缩水了多少？", ["下降2.6%", "-2.6"], SB, "percent", "zh", True),
    ("竣盛那四个园区加一块儿，2025年工厂造出来的东西一共值多少钱？", ["3994.1亿元", "3994.1"], SB, "amount", "zh", True),
    ("章盒那个园区2024年考核排老几？", ["3"], SB, "rank", "zh", True),
    ("竣盛高新区那边，2024年花在搞研发上的钱占经济总量多少？", ["5.82%"], SB, "percent", "zh", True),
    ("竣盛高新区那边平均每亩地交多少税？", ["52.6万元", "52.6"], SB, "amount", "zh", True),
    # English
    ("What was the fixed-asset investment of Tongyi Lingang Economic Development Zone in 2025?", ["203.7亿元", "203.7"], SB, "amount", "en", False),
    ("What percentage of its 2025 fixed-asset investment target did Zhanghe Economic Development Zone achieve?", ["86.9%", "86.9"], SB, "percent", "en", True),
    ("What was the gross industrial output value of Jiemeng ETDZ in 2025?", ["1507.6亿元", "1507.6"], SB, "amount", "en", False),
    ("What was the combined general public budget revenue of Junsheng's four development zones in 2025?", ["130.62亿元", "130.62"], SB, "amount", "en", False),
    ("How many high-tech enterprises did Junsheng High-tech Zone have at the end of 2024?", ["1126"], SB, "count", "en", False),
    ("What is the Tongyi Lingang zone's GDP growth target for 2026?", ["8%", "8.0"], SB, "percent", "en", False),
    ("Which zone came last in Junsheng's 2025 comprehensive evaluation of development zones?", ["章盒开发区"], SB, "name", "en", True),
    ("What score did Junsheng Hi-tech Zone get for opening-up in the 2025 evaluation?", ["15.8"], SB, "amount", "en", True),
    ("How much foreign capital did Jiemeng ETDZ actually use in 2025?", ["3.87亿美元", "3.87"], SB, "amount", "en", False),
    # refuse
    ("2023年竣盛高新区地区生产总值是多少？", [], None, "refuse", "zh", False),
    ("竣盛综合保税区2025年进出口总额是多少？", [], None, "refuse", "zh", False),
    ("What were the total retail sales of consumer goods of Jiemeng ETDZ in 2025?", [], None, "refuse", "en", False),
    ("What was the Tongyi Lingang zone's GDP in the first half of 2025?", [], None, "refuse", "en", False),
    ("章盒那边2025年跟国外做买卖一共做了多少？", [], None, "refuse", "zh", True),

    # ---------------- Report C: Jingzhong park signing release (docx) ----------------
    ("竫盅产业园2025年秋季集中签约活动共签约多少个项目？", ["22个"], SC, "count", "zh", False),
    ("竫盅产业园秋季集中签约项目协议总投资是多少？", ["270.5亿元", "270.5"], SC, "amount", "zh", False),
    ("竫盅产业园秋季集中签约的10亿元以上项目有几个？", ["九个", "9个"], SC, "count", "zh", False),
    ("竫盅产业园秋季集中签约中亿元以上项目有多少个？", ["二十一个", "21个"], SC, "count", "zh", False),
    ("竫盅产业园2025年秋季重大项目集中签约活动是哪天举行的？", ["11月18日", "2025年11月18日"], SC, "date", "zh", False),
    ("竫盅产业园秋季集中签约仪式由谁主持？", ["滕浩川"], SC, "name", "zh", False),
    ("氢燃料电池电堆及系统集成项目的投资方是哪家企业？", ["翊衡氢能科技股份有限公司"], SC, "name", "zh", False),
    ("精密减速器产业化项目的协议投资是多少？", ["10.0"], SC, "amount", "zh", False),
    ("竫盅产业园秋季签约项目中，高端装备类协议投资占签约总额的比重是多少？", ["41.4%", "41.4"], SC, "percent", "zh", False),
    ("今年以来竫盅产业园累计签约项目多少个？", ["38个"], SC, "count", "zh", False),
    ("竫盅产业园今年累计协议投资完成年度招商目标的百分之多少？", ["113.5%"], SC, "percent", "zh", False),
    ("竫盅产业园2025年春季集中签约活动项目的开工率是多少？", ["68.8%"], SC, "percent", "zh", False),
    ("竫盅产业园秋季签约的外资项目合同外资是多少？", ["1.85亿美元", "1.85"], SC, "amount", "zh", False),
    ("竫盅产业园10亿元以上签约项目要求在什么时间前全部完成供地？", ["2026年3月底前", "2026年3月底"], SC, "date", "zh", False),
    ("竫盅产业园对签约项目实行什么推进机制？", ["“一个项目、一名领导、一个专班”推进机制", "一个项目、一名领导、一个专班"], SC, "phrase", "zh", False),
    ("竫盅产业园秋季集中签约中协议投资最大的是哪个项目？", ["年产5万台工业机器人关节模组项目"], SC, "name", "zh", False),
    ("2024年竫盅产业园全年签约项目协议总投资是多少？", ["352.7亿元", "352.7"], SC, "amount", "zh", False),
    # colloquial
    ("竫盅这回签约，搞储能电池的那家公司打算砸多少钱？", ["20.3亿元", "20.3"], SC, "amount", "zh", True),
    ("竫盅这次签约里做碳纤维的是哪家企业？", ["蔚坤新材料有限公司"], SC, "name", "zh", True),
    ("竫盅那个园子里头现在有多少家高新企业？", ["143家", "143"], SC, "count", "zh", True),
    ("竫盅这批签约里，搞工业软件的那个研发中心投多少？", ["3.8"], SC, "amount", "zh", True),
    ("竫盅秋季这回签的项目里有几个是老外投的？", ["3个"], SC, "count", "zh", True),
    ("竫盅签约那天，代表区里上台讲话的一把手是谁？", ["邝明哲"], SC, "name", "zh", True),
    # English
    ("What was the total agreed investment of the spring concentrated signing event of Jingzhong Industrial Park?", ["183.6亿元", "183.6"], SC, "amount", "en", False),
    ("Who signed the investment agreement on behalf of Chengyue Intelligent Equipment (Group) Co., Ltd.?", ["柏云骞"], SC, "name", "en", True),
    ("Which industry category does the third-generation semiconductor power device packaging and testing project belong to?", ["电子信息"], SC, "name", "en", False),
    ("What is the agreed investment of the hydrogen fuel cell stack and system integration project?", ["35.5亿元", "35.5"], SC, "amount", "en", False),
    ("What start-up rate of the signed projects does Jingzhong Industrial Park aim for by the end of June 2026?", ["60%以上", "60%"], SC, "percent", "en", True),
    ("How many national-level specialized and sophisticated \"little giant\" enterprises are there in the Jingzhong park?", ["9家"], SC, "count", "en", False),
    ("Which deputy director of the municipal investment promotion bureau attended the Jingzhong signing ceremony?", ["巫嘉诚"], SC, "name", "en", False),
    ("Where was the Jingzhong signing ceremony held?", ["竞盉区会展中心"], SC, "name", "en", False),
    # refuse
    ("竫盅产业园秋季签约项目全部达产后预计年产值合计多少？", [], None, "refuse", "zh", False),
    ("竫盅产业园2024年秋季集中签约活动签约了多少个项目？", [], None, "refuse", "zh", False),
    ("How many jobs will all the projects signed at Jingzhong's autumn 2025 ceremony create in total?", [], None, "refuse", "en", False),
    ("What was the fixed-asset investment of Jingzhong Industrial Park in January–October 2025?", [], None, "refuse", "en", False),
    ("竫盅签的那个碳纤维项目啥时候动工？", [], None, "refuse", "zh", True),
]


def T(q, a, s):
    return {"question": q, "answers": a, "source": s}


CONVERSATIONS = [
    [
        T("靖盈经开区1—9月规上工业总产值是多少？", ["1186.4亿元", "1186.4"], SA),
        T("9月当月呢？", ["142.7亿元", "142.7"], SA),
        T("那上年同期呢？", ["1087.5亿元", "1087.5"], SA),
        T("其中竦盘片区完成了多少？", ["538.7亿元", "538.7"], SA),
    ],
    [
        T("What was the total value of imports and exports of Jingying ETDZ in January–September 2025?", ["327.5亿元", "327.5"], SA),
        T("And its growth?", ["7.9%"], SA),
        T("How much of that was exports?", ["214.3亿元", "214.3"], SA),
        T("What about the Jingying Comprehensive Bonded Zone?", [], None),
    ],
    [
        T("竦盘片区1—9月新开工项目几个？", ["14个", "14"], SA),
        T("端盏片区呢？", ["11个", "11"], SA),
        T("那竘盈片区的固定资产投资呢？", ["55.1亿元", "55.1"], SA),
        T("它同比变化多少？", ["下降2.3%", "-2.3"], SA),
    ],
    [
        T("竭盟经开区2025年固定资产投资是多少？", ["258.3亿元", "258.3"], SB),
        T("那去年呢？", ["241.8"], SB),
        T("它2025年的年度目标完成率是多少？", ["96.4%", "96.4"], SB),
        T("那章盒开发区呢？", ["86.9%", "86.9"], SB),
    ],
    [
        T("Which zone ranked first in Junsheng's 2025 comprehensive evaluation of development zones?", ["竣盛高新区", "竣盛高新技术产业开发区"], SB),
        T("What was its total score?", ["88.1分", "88.1"], SB),
        T("And its R&D intensity in 2025?", ["6.07%"], SB),
        T("What about its R&D intensity in 2023?", [], None),
    ],
    [
        T("这次竫盅产业园秋季集中签约一共签了多少个项目？", ["22个"], SC),
        T("其中10亿元以上的呢？", ["九个", "9个"], SC),
        T("协议投资最大的是哪个项目？", ["年产5万台工业机器人关节模组项目"], SC),
        T("它的投资方是谁？", ["澄跃智能装备（集团）有限公司"], SC),
    ],
    [
        T("竫盅产业园2025年春季集中签约活动签了多少个项目？", ["16个"], SC),
        T("已经开工了几个？", ["11个"], SC),
        T("那秋季这批项目全部达产后年产值能有多少？", [], None),
    ],
]


def main():
    with open(os.path.join(HERE, "qa_b.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (q, a, s, t, lang, para) in enumerate(QA, 1):
            rec = {"id": "h17b-%03d" % i, "question": q, "answers": a, "source": s,
                   "type": t, "lang": lang, "paraphrase": para}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "conversations_b.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(CONVERSATIONS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote qa_b.jsonl (%d) and conversations_b.json (%d)" % (len(QA), len(CONVERSATIONS)))


if __name__ == "__main__":
    main()
