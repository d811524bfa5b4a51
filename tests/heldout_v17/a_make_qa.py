# -*- coding: utf-8 -*-
"""Writes qa_a.jsonl and conversations_a.json (half A of heldout_v17).

Questions were written by hand against the reports built by a_build.py.
Run:  /work/main/.venv/bin/python a_make_qa.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
D = "a_wozhe_gxq_2025_gongzuo_zongjie.docx"
H = "a_fanqi_jkq_2025h1_zhaoshang.html"
X = "a_weiji_yuanqu_2025_1-9yue.xlsx"

# (question, answers, source, type, lang, paraphrase)
QA = [
    # ---------------- report (a): 幄哲高新区 annual work report (docx) ----------------
    ("幄哲高新区2025年实现地区生产总值多少？", ["486.3亿元", "486.3"], D, "amount", "zh", False),
    ("2025年幄哲高新区地区生产总值按可比价格计算同比增长多少？", ["7.2%", "7.2"], D, "percent", "zh", False),
    ("2024年幄哲高新区规模以上工业总产值是多少？", ["1046.2"], D, "amount", "zh", False),
    ("幄哲高新区2025年规模以上工业总产值完成年度目标的百分之多少？", ["102.6%", "102.6"], D, "percent", "zh", False),
    ("2025年幄哲高新区高新技术产业产值占规模以上工业总产值的比重是多少？", ["69.3%", "69.3"], D, "percent", "zh", False),
    ("2025年幄哲高新区工业投资完成多少？", ["134.2亿元", "134.2"], D, "amount", "zh", False),
    ("幄哲高新区2025年税收收入是多少？", ["34.9亿元", "34.90", "34.9"], D, "amount", "zh", False),
    ("2025年幄哲高新区进出口总额是多少？", ["171.2亿元", "171.2"], D, "amount", "zh", False),
    ("幄哲高新区2025年实际使用外资多少？", ["2.46亿美元", "24630", "2.46"], D, "amount", "zh", False),
    ("幄哲高新区国家级专精特新“小巨人”企业累计达到多少家？", ["三十七家"], D, "count", "zh", False),
    ("2025年幄哲高新区新签约的亿元以上项目有多少个？", ["五十七个"], D, "count", "zh", False),
    ("幔吟智能制造产业园2025年规模以上工业总产值增长多少？", ["5.4"], D, "percent", "zh", False),
    ("帐唯科创园有多少家高新技术企业？", ["241"], D, "count", "zh", False),
    ("帙周数字经济产业园二期是哪天正式开园的？", ["6月26日"], D, "date", "zh", False),
    ("在全省高新区创新驱动发展综合评价中，幄哲高新区排第几位？", ["第4位"], D, "rank", "zh", False),
    ("幄哲高新区2026年规模以上工业总产值的目标是多少？", ["1220亿元", "1220"], D, "amount", "zh", False),
    ("幄哲高新区的四大主导产业是什么？", ["集成电路、生物医药、新材料、数字经济"], D, "list", "zh", False),
    ("幄哲那边2025年招商真正到账的钱有多少？", ["168.3亿元", "168.3"], D, "amount", "zh", True),
    ("幄哲高新区的财政收入里，税收占了几成？", ["84.8%", "84.8"], D, "percent", "zh", True),
    ("幄哲高新区那些规模以上的厂子2025年一共干出了多少产值？", ["1128.5亿元", "1128.5"], D, "amount", "zh", True),
    ("幄哲高新区2025年花在搞研发上的钱一共有多少？", ["31.5亿元", "31.5"], D, "amount", "zh", True),
    ("幄哲高新区打算让2026年的经济总量涨多少？", ["7%左右"], D, "percent", "zh", True),
    ("幄哲高新区几个专业园子里头，哪个产值涨得最猛？", ["帙周数字经济产业园"], D, "name", "zh", True),
    ("幄哲高新区2025年卖到国外去的货值多少钱？", ["110.6亿元", "110.6"], D, "amount", "zh", True),
    ("What was the GDP of Wozhe High-tech Zone in 2024?", ["449.8"], D, "amount", "en", False),
    ("How much fixed-asset investment did Wozhe High-tech Zone complete in 2025?", ["229.7亿元", "229.7"], D, "amount", "en", False),
    ("What was the general public budget revenue of Wozhe High-tech Zone in 2025?", ["41.16亿元", "41.16"], D, "amount", "en", False),
    ("How many technology-based SMEs did Wozhe High-tech Zone have in 2025?", ["1217家", "1217"], D, "count", "en", False),
    ("What was the industrial output of the Zhenxi Biomedicine Industrial Park in 2025?", ["213.8"], D, "amount", "en", False),
    ("Which sub-park of Wozhe High-tech Zone has the largest industrial output?", ["幔吟智能制造产业园", "幔吟园"], D, "name", "en", False),
    ("What R&D intensity does Wozhe High-tech Zone aim for in 2026?", ["6.6%", "6.6"], D, "percent", "en", False),
    ("By how many did Wozhe's high-tech enterprises go up, net, in 2025?", ["86家", "86"], D, "count", "en", True),
    ("帐唯科创园2025年固定资产投资同比增长多少？", [], None, "refuse", "zh", False),
    ("幄哲高新区2023年地区生产总值是多少？", [], None, "refuse", "zh", False),
    ("帜君新材料产业园2025年实际到位资金是多少？", [], None, "refuse", "zh", False),
    ("幄哲高新区2025年老百姓在商店饭馆里一共花了多少钱？", [], None, "refuse", "zh", True),
    ("What was Wozhe High-tech Zone's industrial output in the first half of 2025?", [], None, "refuse", "en", False),

    # ---------------- report (b): 幡启经开区 half-year investment meeting (html) ----------------
    ("幡启经开区2025年上半年招商引资工作推进会是哪天召开的？", ["7月10日"], H, "date", "zh", False),
    ("2025年1—6月幡启经开区新签约项目多少个？", ["47个", "47"], H, "count", "zh", False),
    ("幡启经开区1—6月协议总投资同比增长多少？", ["21.4%", "21.4"], H, "percent", "zh", False),
    ("幡启经开区1—6月实际到位资金同比增长多少？", ["15.7%", "15.7"], H, "percent", "zh", False),
    ("幡启经开区上半年实际到位资金完成年度目标的百分之多少？", ["53.5%", "53.5"], H, "percent", "zh", False),
    ("幡启经开区6月当月实际到位资金是多少？", ["23.18亿元", "23.18"], H, "amount", "zh", False),
    ("6月份幡启经开区新签约项目多少个？", ["12个", "12"], H, "count", "zh", False),
    ("上年同期幡启经开区实际到位资金是多少？", ["97.2亿元", "97.20", "97.2"], H, "amount", "zh", False),
    ("幡启经开区1—6月新签约的亿元以上项目有几个？", ["三十七个"], H, "count", "zh", False),
    ("幌嘉片区1—6月实际到位资金是多少？", ["38.62亿元", "38.62"], H, "amount", "zh", False),
    ("帕台片区上半年完成年度目标的百分之多少？", ["46.9%", "46.9"], H, "percent", "zh", False),
    ("幛品片区1—6月协议总投资是多少？", ["76.4"], H, "amount", "zh", False),
    ("帘和片区上年同期实际到位资金是多少？", ["25.60"], H, "amount", "zh", False),
    ("幡启经开区上半年招商引资工作推进会由谁主持？", ["苏墨川"], H, "name", "zh", False),
    ("林芷涵担任什么职务？", ["区党工委委员、管委会副主任"], H, "phrase", "zh", False),
    ("岑曜新能源年产20GWh储能电池项目落户在哪个片区？", ["幌嘉片区"], H, "name", "zh", False),
    ("《幡启经开区召开2025年上半年招商引资工作推进会》这篇新闻的浏览次数是多少？", ["1873"], H, "count", "zh", False),
    ("幡启经开区上半年招商真正到账的钱一共多少？", ["112.45亿元", "112.45"], H, "amount", "zh", True),
    ("帕台那块的进度比全区平均慢了多少？", ["6.6个百分点"], H, "percent", "zh", True),
    ("幡启经开区上半年领导们出门跑招商一共跑了多少趟？", ["52批次", "52"], H, "count", "zh", True),
    ("幡启经开区上半年谈成的项目里，搞制造的有几个？", ["31个", "31"], H, "count", "zh", True),
    ("幡启经开区2025年全年到账的钱最好能冲到多少？", ["230亿元", "230"], H, "amount", "zh", True),
    ("幡启经开区的一把手书记叫什么名字？", ["韩立澄"], H, "name", "zh", True),
    ("How much agreed investment did Fanqi ETDZ sign in January-June 2025?", ["326.8亿元", "326.8"], H, "amount", "en", False),
    ("What was the year-on-year growth of actually utilized foreign capital in Fanqi Economic and Technological Development Zone in H1 2025?", ["8.9%", "8.9"], H, "percent", "en", False),
    ("How many projects had Fanqi ETDZ signed in the same period of the previous year?", ["38个", "38"], H, "count", "en", False),
    ("What is the annual funds-in-place target of the Huangjia sub-area?", ["70"], H, "amount", "en", False),
    ("What was the year-on-year growth of actual funds in place in the Lianhe sub-area in H1?", ["18.2%", "18.2"], H, "percent", "en", False),
    ("Which sub-area of Fanqi ETDZ had the fastest growth in funds in place?", ["帕台综合保税片区", "帕台片区"], H, "name", "en", False),
    ("When will Fanqi ETDZ hold its new-energy investment promotion event in Shanghai?", ["8月下旬"], H, "date", "en", False),
    ("Who heads Fanqi ETDZ's investment promotion bureau?", ["顾承远"], H, "name", "en", True),
    ("幡启经开区1—6月规模以上工业总产值是多少？", [], None, "refuse", "zh", False),
    ("幡启经开区5月当月实际到位资金是多少？", [], None, "refuse", "zh", False),
    ("幡启经开区1—6月新签约项目中，来自京津冀地区的有几个？", [], None, "refuse", "zh", False),
    ("What were Fanqi ETDZ's actual funds in place for the whole year 2024?", [], None, "refuse", "en", False),
    ("How much foreign capital did the Lianhe sub-area actually use in H1 2025?", [], None, "refuse", "en", False),

    # ---------------- report (c): 帷吉市 parks, 2025年1—9月 (xlsx) ----------------
    ("2025年1—9月帷吉高新区规模以上工业总产值累计多少？", ["812.4亿元", "812.4"], X, "amount", "zh", False),
    ("帷吉经开区9月当月规模以上工业总产值是多少？", ["121.3亿元", "121.3"], X, "amount", "zh", False),
    ("帆唐工业园区1—9月规模以上工业总产值同比增长多少？", ["下降2.4%", "-2.4", "2.4%"], X, "percent", "zh", False),
    ("幢喻新材料产业园1—9月固定资产投资是多少？", ["88.4"], X, "amount", "zh", False),
    ("帼呈临空经济区1—9月工业投资同比增长多少？", ["31.4"], X, "percent", "zh", False),
    ("1—9月帷吉市开发区（园区）一般公共预算收入合计多少？", ["84.62亿元", "84.62"], X, "amount", "zh", False),
    ("1—9月帷吉经开区一般公共预算收入占五个园区合计的比重是多少？", ["39.2%", "39.2"], X, "percent", "zh", False),
    ("1—9月帷吉市开发区（园区）实际使用外资合计多少？", ["60850万美元", "60850", "6.09亿美元"], X, "amount", "zh", False),
    ("2025年第三季度帷吉市开发区（园区）综合考核排名第一的是哪个园区？", ["帷吉经济技术开发区", "帷吉经开区"], X, "name", "zh", False),
    ("帷吉高新区第三季度综合考核得分是多少？", ["88.45分", "88.45"], X, "amount", "zh", False),
    ("幢喻新材料产业园第三季度综合考核排第几？", ["第三", "3"], X, "rank", "zh", False),
    ("帆唐工业园区第三季度的考核等次是什么？", ["一般"], X, "phrase", "zh", False),
    ("帼呈临空经济区第三季度综合考核位次较上季度有什么变化？", ["↓1"], X, "rank", "zh", False),
    ("帷吉市开发区（园区）规模以上工业总产值年度目标是多少？", ["3550亿元", "3550"], X, "amount", "zh", False),
    ("帼呈临空经济区是什么时候设立（批准）的？", ["2019年5月"], X, "date", "zh", False),
    ("帷吉经开区的主导产业有哪些？", ["汽车及零部件、装备制造、新能源"], X, "list", "zh", False),
    ("帷吉市哪个园区1—9月实际使用外资增速排名第一？", ["幢喻新材料产业园", "幢喻园"], X, "name", "zh", False),
    ("帷吉这几个园区前三季度一共做了多少进出口生意？", ["432.1亿元", "432.1"], X, "amount", "zh", True),
    ("帷吉那几个园区里，哪家产值盘子最大？", ["帷吉经济技术开发区", "帷吉经开区"], X, "name", "zh", True),
    ("帆唐那个园区这回考核拿了几分？", ["69.34分", "69.34"], X, "amount", "zh", True),
    ("到9月底，帷吉五个园区里够规模的工厂一共有多少家？", ["1268家", "1268"], X, "count", "zh", True),
    ("帷吉高新区头九个月政府收上来的预算内的钱有多少？", ["28.46亿元", "28.46"], X, "amount", "zh", True),
    ("帼呈临空区前三季度的投资比去年多投了百分之几？", ["24.5%", "24.5"], X, "percent", "zh", True),
    ("帷吉园区前三季度那些亿元以上的大项目一共砸进去多少钱？", ["412.6亿元", "412.6"], X, "amount", "zh", True),
    ("What was the cumulative total output value of industrial enterprises above designated size in Weiji's development zones from January to September 2025?", ["2662.3亿元", "2662.3"], X, "amount", "en", False),
    ("What was the year-on-year growth of industrial value added above designated size in Zhuangyu New Materials Industrial Park in January-September?", ["12.6"], X, "percent", "en", False),
    ("What was the fixed-asset investment of Weiji ETDZ in the first three quarters of 2025?", ["214.8"], X, "amount", "en", False),
    ("What was the year-on-year change in actually utilized foreign capital for Fantang Industrial Park in January-September 2025?", ["-18.6"], X, "percent", "en", False),
    ("What composite score did Guocheng Airport Economic Zone get in the Q3 assessment?", ["79.91分", "79.91"], X, "amount", "en", False),
    ("Which park scored highest on innovation in the Q3 assessment?", ["帷吉高新区", "帷吉高新技术产业开发区"], X, "name", "en", True),
    ("What share of the city's industrial output above designated size did Weiji's development zones account for in January-September?", ["81.6%", "81.6"], X, "percent", "en", False),
    ("帷吉经开区1—9月社会消费品零售总额是多少？", [], None, "refuse", "zh", False),
    ("帷吉高新区第二季度综合考核得分是多少？", [], None, "refuse", "zh", False),
    ("1—9月帷吉市全市（含开发区以外地区）一般公共预算收入是多少？", [], None, "refuse", "zh", False),
    ("帷吉高新区8月份那一个月干了多少产值？", [], None, "refuse", "zh", True),
    ("What was the industrial output of Weiji High-tech Zone in January-October 2025?", [], None, "refuse", "en", False),
    ("What was the total value of imports and exports of Weiji Comprehensive Bonded Zone in January-September 2025?", [], None, "refuse", "en", False),
]

CONVERSATIONS = [
    [  # docx, zh: 其中…呢 / 它的 / another year
        {"question": "幄哲高新区2025年固定资产投资完成了多少？", "answers": ["229.7亿元", "229.7"], "source": D},
        {"question": "其中工业投资呢？", "answers": ["134.2亿元", "134.2"], "source": D},
        {"question": "它占固定资产投资的比重是多少？", "answers": ["58.4%", "58.4"], "source": D},
        {"question": "那上一年的工业投资是多少？", "answers": ["118.6"], "source": D},
    ],
    [  # docx, en: sub-park follow-ups
        {"question": "What was the industrial output of the Zhijun New Materials Industrial Park in 2025?", "answers": ["271.9"], "source": D},
        {"question": "And its growth?", "answers": ["4.6%", "4.6"], "source": D},
        {"question": "What about the Zhangwei Sci-Tech Park?", "answers": ["186.4"], "source": D},
        {"question": "How many new projects did it sign?", "answers": ["23"], "source": D},
    ],
    [  # html, zh: 那6月当月呢 / 它的 -> refuse
        {"question": "幡启经开区1—6月实际到位资金多少？", "answers": ["112.45亿元", "112.45"], "source": H},
        {"question": "那6月当月呢？", "answers": ["23.18亿元", "23.18"], "source": H},
        {"question": "帕台片区上半年到位了多少？", "answers": ["16.42亿元", "16.42"], "source": H},
        {"question": "它5月份当月到位了多少？", "answers": [], "source": None},
    ],
    [  # html, en: of them / share
        {"question": "How many projects did Fanqi ETDZ sign in January-June 2025?", "answers": ["47个", "47"], "source": H},
        {"question": "How many of them were worth more than 100 million yuan?", "answers": ["三十七个"], "source": H},
        {"question": "And how many were manufacturing projects?", "answers": ["31个", "31"], "source": H},
        {"question": "What share of all signed projects is that?", "answers": ["66.0%", "66.0"], "source": H},
    ],
    [  # xlsx, zh: 同比 / 那9月当月呢 / 它的排名
        {"question": "帼呈临空经济区1—9月规模以上工业总产值是多少？", "answers": ["149.9"], "source": X},
        {"question": "同比增长多少？", "answers": ["15.8%", "15.8"], "source": X},
        {"question": "那9月当月呢？", "answers": ["18.4亿元", "18.4"], "source": X},
        {"question": "它在第三季度综合考核中排第几？", "answers": ["第四", "4"], "source": X},
    ],
    [  # xlsx, en: its rank last quarter / what about
        {"question": "What was Weiji ETDZ's composite score in the Q3 assessment?", "answers": ["88.66分", "88.66"], "source": X},
        {"question": "And what was its rank in the previous quarter?", "answers": ["2"], "source": X},
        {"question": "What about Weiji High-tech Zone's score?", "answers": ["88.45分", "88.45"], "source": X},
        {"question": "In which category was its score the highest of all five parks?", "answers": ["创新驱动"], "source": X},
    ],
    [  # docx, zh: 其中 / 来源 -> refuse
        {"question": "幄哲高新区2025年新签约产业项目多少个？", "answers": ["114个", "114"], "source": D},
        {"question": "其中10亿元以上的有几个？", "answers": ["十二个"], "source": D},
        {"question": "来自珠三角地区的呢？", "answers": ["28个", "28"], "source": D},
        {"question": "那来自成渝地区的有几个？", "answers": [], "source": None},
    ],
]


def main():
    with open(os.path.join(HERE, "qa_a.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (q, ans, src, typ, lang, para) in enumerate(QA, 1):
            obj = {"id": "h17a-%03d" % i, "question": q, "answers": ans, "source": src,
                   "type": typ, "lang": lang, "paraphrase": para}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "conversations_a.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(CONVERSATIONS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote qa_a.jsonl (%d) and conversations_a.json (%d)" % (len(QA), len(CONVERSATIONS)))


if __name__ == "__main__":
    main()
