"""Write qa_b.jsonl and conversations_b.json (half B of heldout_v22).

    /work/main/.venv/bin/python tests/heldout_v22/b_make_qa.py

Every answer is an exact span of its report (checked by b_check.py); the first answer is the best.
Where a table gives the unit only in a header or caption, the answer is the bare cell.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

PDF = "b_linzhou_parks_2025_assessment.pdf"
HTML = "b_jixi_hitech_2025_statistical_bulletin.html"
MD = "b_nigang_etdz_2026_work_report.md"

# (question, answers, source, type, lang, paraphrase)
# source None + answers [] + type "refuse" = must refuse.
QUESTIONS = [
    # ---------------- PDF: 霖州市 2025年度开发区综合考核评价结果通报 ----------------
    ("霖州市2025年度开发区综合考核中，霏山经济开发区的总分是多少？", ["82.70"], PDF, "number", "zh", False),
    ("雯湖高新技术产业园区在2025年度全市开发区综合考核中位次是第几？", ["4"], PDF, "rank", "zh", False),
    ("2025年度霖州市开发区综合考核中被给予黄牌警告的是哪家开发区？", ["露塘工业集中区"], PDF, "name", "zh", False),
    ("2025年霖州市8家开发区规上工业总产值是多少？", ["2846.3亿元", "2846.3"], PDF, "amount", "zh", False),
    ("2025年霖州市开发区规上工业总产值占全市规上工业总产值的比重是多少？", ["71.4%"], PDF, "percent", "zh", False),
    ("2025年霖州市开发区实际使用外资多少？", ["2.86亿美元", "2.86"], PDF, "amount", "zh", False),
    ("2025年霖州市开发区新增高新技术企业多少家？", ["217家", "217"], PDF, "count", "zh", False),
    ("霖州市2025年度开发区综合考核等次为优秀的是哪几家开发区？",
     ["霁溪高新技术产业开发区、霓港经济技术开发区、霏山经济开发区"], PDF, "list", "zh", False),
    ("哪两家开发区被授予“招商引资工作先进开发区”称号？",
     ["霓港经济技术开发区、霭屿临港产业园"], PDF, "list", "zh", False),
    ("霖州市2025年度开发区考核结果是在哪一天召开的领导小组全体会议上审定的？",
     ["2026年1月30日"], PDF, "date", "zh", False),
    ("露塘工业集中区须在什么时间之前向市开发区办报送整改方案？",
     ["2026年3月31日前", "2026年3月31日"], PDF, "date", "zh", False),
    ("在霖州市开发区考核通报中受到表扬的霁溪高新区经济发展局局长叫什么名字？", ["霍思远"], PDF, "name", "zh", False),
    ("霜河经济开发区2025年实际使用外资同比下降了多少？", ["31.5%"], PDF, "percent", "zh", False),
    ("2026年霖州市开发区实际使用外资的目标是多少？", ["3亿美元"], PDF, "amount", "zh", False),
    ("2025年霖州市开发区签约项目开工率是多少？", ["63.8%"], PDF, "percent", "zh", False),
    ("霭屿临港产业园2025年的亩均税收是多少？", ["26.4"], PDF, "amount", "zh", False),
    ("露塘工业集中区2025年固定资产投资增速是多少？", ["-2.7"], PDF, "percent", "zh", False),
    ("霖州市开发区2025年度考核结果通报的联系人是谁？", ["雪晓雯"], PDF, "name", "zh", False),
    ("霖州市开发区考核里，开放招商这一块谁的分拿得最高？", ["霓港经济技术开发区"], PDF, "name", "zh", True),
    ("霖州开发区考核排头的和垫底的差了几分？", ["33.83分", "33.83"], PDF, "number", "zh", True),
    ("霏山经济开发区前一年考核排在第几？", ["第五位", "5"], PDF, "rank", "zh", True),
    ("霖州市这次开发区考核里名次往前蹿得最多的是哪家？", ["霏山经济开发区"], PDF, "name", "zh", True),
    ("霖州市开发区考核后，哪家开发区因为分数不到70分要被市里叫去谈话？", ["霜河经济开发区"], PDF, "name", "zh", True),
    ("霖州的开发区里，去年外贸涨得最快的是哪一个？", ["霭屿临港产业园"], PDF, "name", "zh", True),
    ("What overall score did Shuanghe Economic Development Zone get in Linzhou's 2025 development zone assessment?",
     ["68.40"], PDF, "number", "en", False),
    ("Which assessment grade did Lutang Industrial Cluster Zone receive for 2025?", ["不合格"], PDF, "phrase", "en", False),
    ("How many signed projects worth 1 billion yuan or more did Linzhou's development zones have in 2025?",
     ["41个", "41"], PDF, "count", "en", False),
    ("What was the total value of imports and exports of Linzhou's development zones in 2025?",
     ["486.7亿元", "486.7"], PDF, "amount", "en", False),
    ("How many high-tech enterprises did Linzhou's development zones have in total in 2025?",
     ["1126家", "1126"], PDF, "count", "en", False),
    ("What did Wenhu score on the innovation part of the Linzhou park ranking?", ["15.35"], PDF, "number", "en", True),
    ("Where did Xiaoqiao Economic Development Zone place in Linzhou's assessment the year before?",
     ["4"], PDF, "rank", "en", True),
    ("How much incentive money does Feishan get for coming third in the Linzhou park assessment?",
     ["200万元", "200"], PDF, "amount", "en", True),
    # refusals close to the PDF
    ("霁溪高新技术产业开发区2024年度综合考核总分是多少？", [], None, "refuse", "zh", False),
    ("霄桥经济开发区2025年规上工业总产值是多少？", [], None, "refuse", "zh", False),
    ("2026年霖州市开发区规上工业总产值实际完成了多少？", [], None, "refuse", "zh", False),
    ("雾城高新技术产业开发区在霖州市2025年度开发区综合考核中得了多少分？", [], None, "refuse", "zh", False),
    ("What was the R&D intensity of Lutang Industrial Cluster Zone in 2025?", [], None, "refuse", "en", False),
    ("How much foreign capital did Shuanghe Economic Development Zone actually use in 2024?",
     [], None, "refuse", "en", False),

    # ---------------- HTML: 霁溪高新区 2025年统计公报 ----------------
    ("霁溪高新区2025年地区生产总值是多少？", ["486.35亿元", "486.35"], HTML, "amount", "zh", False),
    ("霁溪高新区2025年地区生产总值按不变价格计算比上年增长多少？", ["7.2%"], HTML, "percent", "zh", False),
    ("霁溪高新区2025年第三产业增加值是多少？", ["201.06亿元", "201.06"], HTML, "amount", "zh", False),
    ("霁溪高新区2025年三次产业结构是怎样的？", ["0.8∶57.9∶41.3"], HTML, "phrase", "zh", False),
    ("霁溪高新区2025年规模以上工业总产值是多少？", ["638.42亿元", "638.42"], HTML, "amount", "zh", False),
    ("霆云智造园2025年规模以上工业总产值是多少万元？", ["3015827"], HTML, "amount", "zh", False),
    ("霂湾生物医药园规上工业总产值占霁溪高新区全区的比重是多少？", ["19.5"], HTML, "percent", "zh", False),
    ("雪岭科创城2024年规模以上工业总产值是多少？", ["1909594"], HTML, "amount", "zh", False),
    ("霁溪高新区年产值超50亿元的企业有哪几家？",
     ["霆锐精密机械股份有限公司、雳芯半导体科技有限公司和霈康生物医药有限公司"], HTML, "list", "zh", False),
    ("雳芯半导体12英寸特色工艺产线项目是哪天开工的？", ["2025年4月18日"], HTML, "date", "zh", False),
    ("霁溪高新区2025年末有效发明专利有多少件？", ["6835件", "6835"], HTML, "count", "zh", False),
    ("霁溪高新区2024年末有多少家国家高新技术企业？", ["277"], HTML, "count", "zh", False),
    ("霁溪高新区2025年一般公共预算收入中的税收收入是多少？", ["30.15亿元", "30.15", "301547"], HTML, "amount", "zh", False),
    ("霁溪高新区2025年节能环保支出比上年增长多少？", ["-4.1"], HTML, "percent", "zh", False),
    ("霁溪高新区2025年社会消费品零售总额是多少？", ["62.35"], HTML, "amount", "zh", False),
    ("霁溪高新区2025年科学技术支出占一般公共预算支出的比重是多少？", ["15.5%"], HTML, "percent", "zh", False),
    ("霁溪高新区2025年研发投入强度是多少？", ["4.39%"], HTML, "percent", "zh", False),
    ("霈康生物创新药产业化基地一期是什么时候竣工投产的？", ["2025年10月9日"], HTML, "date", "zh", False),
    ("霁溪高新区的老百姓去年平均每人能自由支配多少钱？", ["61842元", "61842"], HTML, "amount", "zh", True),
    ("霁溪高新区的工厂去年一共用了多少电？", ["18.63亿千瓦时", "18.63"], HTML, "number", "zh", True),
    ("霁溪那边去年批下来多少件发明专利？", ["1047件", "1047"], HTML, "count", "zh", True),
    ("霁溪高新区给科技企业放的贷款年底还剩多少没还？", ["126.53亿元", "126.53"], HTML, "amount", "zh", True),
    ("霁溪高新区去年给企业退税减税缓费一共多少钱？", ["15.83亿元", "15.83"], HTML, "amount", "zh", True),
    ("霁溪高新区到去年底有几家“小巨人”？", ["12家", "12"], HTML, "count", "zh", True),
    ("What was the value added of the secondary industry in Jixi High-tech Zone in 2025?",
     ["281.47亿元", "281.47"], HTML, "amount", "en", False),
    ("How many industrial enterprises above designated size did Jixi High-tech Zone have at the end of 2025?",
     ["286家", "286"], HTML, "count", "en", False),
    ("What was the total value of imports and exports of Jixi High-tech Zone in 2025?",
     ["128.64亿元", "128.64"], HTML, "amount", "en", False),
    ("How much money did Jixi High-tech Zone pour into R&D last year?", ["21.34亿元", "21.34"], HTML, "amount", "en", True),
    ("How many PCT international patent applications were filed in Jixi High-tech Zone in 2025?",
     ["64件", "64"], HTML, "count", "en", False),
    ("What was the year-on-year growth of industrial output above designated size in Tingyun Smart Manufacturing Park in 2025?",
     ["7.4%", "7.4"], HTML, "percent", "en", False),
    ("How many new jobs did Jixi High-tech Zone add in towns last year?", ["9850人", "9850"], HTML, "count", "en", True),
    ("What share of Jixi's public budget revenue came from taxes in 2025?", ["81.9%"], HTML, "percent", "en", True),
    # refusals close to the HTML
    ("霁溪高新区2024年地区生产总值是多少？", [], None, "refuse", "zh", False),
    ("霁溪高新区2025年完成固定资产投资多少亿元？", [], None, "refuse", "zh", False),
    ("霂湾生物医药园2025年末有多少家高新技术企业？", [], None, "refuse", "zh", False),
    ("What was the surveyed urban unemployment rate of Jixi High-tech Zone in 2025?", [], None, "refuse", "en", False),
    ("How much real estate development investment did Jixi High-tech Zone complete in 2025?",
     [], None, "refuse", "en", False),

    # ---------------- MD: 霓港经开区 2026年工作报告 ----------------
    ("霓港经开区2025年地区生产总值是多少？", ["412.6亿元", "412.6"], MD, "amount", "zh", False),
    ("霓港经开区2025年规上工业总产值是多少？", ["742.6亿元", "742.6"], MD, "amount", "zh", False),
    ("霓港经开区2025年完成固定资产投资多少？", ["156.3亿元", "156.3"], MD, "amount", "zh", False),
    ("霓港经开区2025年进出口总额是多少？", ["215.4亿元", "215.4"], MD, "amount", "zh", False),
    ("霓港经开区2026年地区生产总值预期增长多少？", ["6.5%左右", "6.5%"], MD, "percent", "zh", False),
    ("霓港经开区2026年规上工业总产值的目标是多少？", ["800亿元"], MD, "amount", "zh", False),
    ("霓港经开区2026年实际使用外资的目标是多少？", ["1.2亿美元"], MD, "amount", "zh", False),
    ("雷晟新能源科技有限公司的动力电池项目是哪天签约的？", ["5月16日"], MD, "date", "zh", False),
    ("霓港经开区2025年一季度重大项目集中开工活动是哪天举行的？", ["3月28日"], MD, "date", "zh", False),
    ("霓港经开区2025年新签约项目协议投资额是多少？", ["418.5亿元", "418.5"], MD, "amount", "zh", False),
    ("霓港经开区东区2025年规上工业总产值是多少？", ["468.3亿元", "468.3"], MD, "amount", "zh", False),
    ("霓港经开区2026年工作报告是谁作的？", ["雷振宇"], MD, "name", "zh", False),
    ("零壹数智算力中心项目2026年计划投资多少？", ["11.6"], MD, "amount", "zh", False),
    ("霙华高性能复合材料扩产项目的建设单位是哪家？", ["霙华新材料股份有限公司"], MD, "name", "zh", False),
    ("雾松智能仓储机器人项目计划什么时候开工？", ["2026年7月"], MD, "date", "zh", False),
    ("霓港经开区“霓企通”服务平台2025年受理企业诉求多少件？", ["1426件", "1426"], MD, "count", "zh", False),
    ("霓港经开区去年高企净多了几家？", ["36家", "36"], MD, "count", "zh", True),
    ("雷晟那个电池项目从签合同到动工用了多少天？", ["84天", "84"], MD, "count", "zh", True),
    ("霓港经开区去年年初给固投定的增速目标是多少？", ["增长10%", "10%"], MD, "percent", "zh", True),
    ("霓港西区的工厂去年产值涨了多少？", ["6.4%"], MD, "percent", "zh", True),
    ("霓港经开区今年打算盖多少套人才公寓？", ["1200套", "1200"], MD, "count", "zh", True),
    ("霓港东区能拿来搞工业的地还剩多少？", ["1200亩左右", "1200亩"], MD, "number", "zh", True),
    ("霓港经开区要搞的那只产业引导基金规模多大？", ["20亿元", "20"], MD, "amount", "zh", True),
    ("How much industrial investment did Nigang ETDZ complete in 2025?", ["98.7亿元", "98.7"], MD, "amount", "en", False),
    ("What share of Nigang's fixed-asset spending went into industry last year?", ["63.1%"], MD, "percent", "en", True),
    ("When did Phase II of the Nigang comprehensive bonded zone pass the joint acceptance inspection?",
     ["11月18日"], MD, "date", "en", False),
    ("How many projects broke ground in Nigang in 2025?", ["37个", "37"], MD, "count", "en", True),
    ("What is the planned 2026 investment of the Leisheng power battery phase II project?",
     ["22.5"], MD, "amount", "en", False),
    ("What is Nigang ETDZ's 2026 growth target for value added of industry above designated size?",
     ["8%左右", "8%"], MD, "percent", "en", False),
    ("What R&D intensity is Nigang shooting for in 2026?", ["3%"], MD, "percent", "en", True),
    # refusals close to the MD
    ("霓港经开区2026年地区生产总值的目标是多少亿元？", [], None, "refuse", "zh", False),
    ("霓港去年规上工业增加值到底干了多少亿？", [], None, "refuse", "zh", True),
    ("震宇那个一体化压铸项目是哪天签的约？", [], None, "refuse", "zh", True),
    ("霓港西区去年拉来了几个十亿以上的大项目？", [], None, "refuse", "zh", True),
    ("What was Nigang ETDZ's gross regional product in 2024?", [], None, "refuse", "en", False),
]

# Conversations c8..c14: each a list of turns; later turns depend on earlier ones.
CONVERSATIONS = [
    [  # c8
        ("霖州市2025年度开发区综合考核谁排第一？", ["霁溪高新技术产业开发区"], PDF),
        ("它的总分是多少？", ["93.23"], PDF),
        ("那它上一年排第几？", ["2"], PDF),
        ("它创新驱动这一项得了多少分？", ["18.86分", "18.86"], PDF),
    ],
    [  # c9
        ("霖州市开发区考核中哪家被亮了黄牌？", ["露塘工业集中区"], PDF),
        ("它总分多少？", ["59.40分", "59.40"], PDF),
        ("它的亩均税收是多少？", ["14.8"], PDF),
        ("那2024年呢？", [], None),
    ],
    [  # c10
        ("霁溪高新区2025年末有效发明专利有多少件？", ["6835件", "6835"], HTML),
        ("那2024年末呢？", ["5912"], HTML),
        ("回到2025年，按每万人口算是多少件？", ["318.5件", "318.5"], HTML),
        ("And how many patents were granted in total that year?", ["3126件", "3126"], HTML),
    ],
    [  # c11
        ("霓港经开区2025年新签约了多少个项目？", ["52个", "52"], MD),
        ("其中10亿元以上的有几个？", ["9个", "9"], MD),
        ("那全市开发区一共新签约了多少个亿元以上项目？", ["214个", "214"], PDF),
        ("协议投资额呢？", ["1682.5亿元", "1682.5"], PDF),
    ],
    [  # c12
        ("What is Nigang ETDZ's 2026 target for growth of general public budget revenue?", ["5%左右", "5%"], MD),
        ("And how much did that revenue actually reach in 2025?", ["28.46亿元", "28.46"], MD),
        ("What share of it came from taxes?", ["84.6%"], MD),
        ("And the year before, in 2024?", [], None),
    ],
    [  # c13
        ("霁溪高新区2025年新签约了多少个项目？", ["68个", "68"], HTML),
        ("其中亿元以上的呢？", ["39个", "39"], HTML),
        ("那实际使用外资增长了多少？", ["7.5%"], HTML),
        ("新设了几家外资企业？", ["11家", "11"], HTML),
    ],
    [  # c14
        ("霓港经开区2026年重大项目里，震宇新能源汽车一体化压铸项目总投资多少？", ["25.6"], MD),
        ("它今年计划投资多少？", ["9.8"], MD),
        ("计划什么时候开工？", ["2026年4月"], MD),
        ("这家公司去年有个项目竣工投产了，是哪天？", ["9月26日"], MD),
    ],
]


def main():
    lines = []
    for i, (q, ans, src, typ, lang, para) in enumerate(QUESTIONS, 1):
        lines.append(json.dumps({"id": f"h22b-{i:03d}", "question": q, "answers": ans, "source": src,
                                 "type": typ, "lang": lang, "paraphrase": para}, ensure_ascii=False))
    (HERE / "qa_b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    convs = []
    for ci, conv in enumerate(CONVERSATIONS):
        cid = f"c{8 + ci}"
        convs.append([{"id": f"{cid}-{ti}", "conversation": cid, "question": q, "answers": ans, "source": src}
                      for ti, (q, ans, src) in enumerate(conv, 1)])
    (HERE / "conversations_b.json").write_text(json.dumps(convs, ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
    print(f"wrote {len(QUESTIONS)} questions and {len(convs)} conversations")


if __name__ == "__main__":
    main()
