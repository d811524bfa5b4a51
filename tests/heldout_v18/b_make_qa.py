#!/usr/bin/env python3
"""Write qa_b.jsonl and conversations_b.json for held-out set v18, half B.

Every answer alternative is an exact span of the report text produced by
b_build.py (for the GBK .txt, the decoded text, possibly only after the hard
line breaks and page headers/footers are removed).  Must-refuse questions have
type "refuse" and answers [].  Run b_check.py afterwards.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

S1 = "b_mengjiang_etdz_2025h1_bulletin.txt"
S2 = "b_juzhou_parks_2025_assessment.md"
S3 = "b_mengchuan_signing_interview.docx"

# (question, answers, source, type, lang, paraphrase)
Q = []


def q(question, answers, source, typ, lang="zh", para=False):
    Q.append((question, answers, source, typ, lang, para))


def refuse(question, source, lang="zh", para=False):
    Q.append((question, [], source, "refuse", lang, para))


# ---------------------------------------------------------------- report 1 (GBK txt)
q("艨江经开区2025年1—6月实现地区生产总值多少？", ["386.42亿元", "386.42"], S1, "amount")
q("2025年上半年艨江经开区地区生产总值按可比价格计算同比增长多少？", ["6.8%", "6.8"], S1, "percent")
q("艨江经开区2025年第二季度单季地区生产总值是多少？", ["201.57亿元", "201.57"], S1, "amount")
q("艨江经开区上半年三次产业结构是多少？", ["1.2∶60.0∶38.8"], S1, "phrase")
q("艨江经开区四大主导产业中，哪个产业产值同比下降？", ["生物医药产业", "生物医药"], S1, "name")
q("艨江经开区的四大主导产业是哪些？", ["新能源汽车及零部件、高端装备制造、电子信息和生物医药"], S1, "list")
q("艨江经开区产值超10亿元的企业有多少家？", ["27家", "27"], S1, "count")
q("艨江经开区市级重点项目1—6月完成年度计划投资的百分之几？", ["54.1%", "54.1"], S1, "percent")
q("艨江经开区重点项目中的新开工项目1—6月完成投资多少亿元？", ["18.2"], S1, "amount")
q("艨江经开区上半年新设的外资企业中，注册资本超过1000万美元的是哪两家？",
  ["舸洋（新加坡）冷链物流有限公司和龈田精工（艨江）有限公司"], S1, "list")
q("艇湖综合保税区1—6月完成进出口多少？", ["63.5亿元", "63.5"], S1, "amount")
q("艨江经开区上半年全口径税收收入同比变化如何？", ["下降1.8%", "1.8%"], S1, "percent")
q("艨江经开区第二季度固定资产投资增速比一季度加快了多少？", ["5.2个百分点", "5.2"], S1, "percent")
q("艨江经开区1—6月进口额同比变化如何？", ["下降0.1%", "0.1%"], S1, "percent")
q("艨江经开区1—6月市外到位资金完成年度目标的百分之几？", ["53.8%", "53.8"], S1, "percent")
q("艨江经开区规上工业产品销售率比上年同期提高了多少？", ["0.6个百分点", "0.6"], S1, "percent")
q("艨江经开区上半年市级重点项目中新开工项目有多少个？", ["19个", "19"], S1, "count")
q("截至6月末，艨江经开区有效期内高新技术企业有多少家？", ["412家", "412"], S1, "count")
q("艨江经开区2025年第7期经济运行简报是哪天印发的？", ["2025年7月18日"], S1, "date")
q("艨江经开区高新技术产业产值占规上工业总产值的比重比上年同期提高了多少？", ["1.9个百分点", "1.9"], S1, "percent")
# colloquial
q("艨江那边上半年规模以上的工厂一共产出了多少钱的东西？", ["1126.8亿元", "1126.8"], S1, "amount", para=True)
q("艨江经开区今年上半年房地产投资是涨是跌？跌了多少？", ["下降14.2%", "14.2%"], S1, "percent", para=True)
q("艨江经开区上半年外贸一共做了多大的量？", ["215.4亿元", "215.4"], S1, "amount", para=True)
q("艨江上半年财政收上来的钱里头，税收能占多少？", ["81.4%", "81.4"], S1, "percent", para=True)
q("艨江经开区上半年一共签下了几个招商项目？", ["37个", "37"], S1, "count", para=True)
q("艨江经开区上半年从外地引进来的钱到位了多少？", ["96.8亿元", "96.8"], S1, "amount", para=True)
q("艨江那边的工厂上半年一共用了多少电？", ["18.63亿千瓦时", "18.63"], S1, "number", para=True)
# English
q("What was the value added of the secondary industry in the Mengjiang ETDZ (艨江经开区) in January–June 2025?",
  ["231.95亿元", "231.95"], S1, "amount", "en")
q("By how much did the value added of industrial enterprises above designated size in 艨江经开区 grow year on year in the first half of 2025?",
  ["8.1%", "8.1"], S1, "percent", "en")
q("What was the export value of 艨江经开区 in January–June 2025?", ["148.7亿元", "148.7"], S1, "amount", "en")
q("How many foreign-invested enterprises were newly established in the Mengjiang ETDZ (艨江经开区) in H1 2025?",
  ["9家", "9"], S1, "count", "en")
q("How much investment in technological transformation did 艨江经开区 complete in January–June 2025?",
  ["23.4亿元", "23.4"], S1, "amount", "en")
q("What percentage of its annual target for actual use of foreign capital had 艨江经开区 achieved by the end of June 2025?",
  ["53.1%", "53.1"], S1, "percent", "en")
q("How much did shops and retailers in the Mengjiang zone (艨江经开区) sell altogether in the first half of 2025?",
  ["47.3亿元", "47.3"], S1, "amount", "en", True)
q("How much did the bigger factories in 艨江经开区 spend on R&D in the first half of this year?",
  ["21.6亿元", "21.6"], S1, "amount", "en", True)
q("What was the output value of high-tech industries in 艨江经开区 in January–June 2025?", ["584.2亿元", "584.2"], S1, "amount", "en")
q("How many invention patents were granted in 艨江经开区 in H1 2025?", ["378件", "378"], S1, "count", "en")
# refuse
refuse("艨江经开区2024年全年地区生产总值是多少？", S1)
refuse("艇湖综合保税区上半年实际使用外资多少？", S1)
refuse("艨江经开区上半年规模以上工业增加值是多少亿元？", S1)
refuse("艨江经开区2025年全年地区生产总值实际增长了多少？", S1)
refuse("What was the gross domestic product of 龉阳市 as a whole in the first half of 2025?", S1, "en")
refuse("艨江经开区7月份单月工厂一共产出多少？", S1, para=True)

# ---------------------------------------------------------------- report 2 (Markdown)
q("舢湖高新区2025年营业收入是多少？", ["1412.7亿元", "1412.7"], S2, "amount")
q("2025年龃州市四家园区合计实现营业收入多少？", ["4074.8亿元", "4074.8"], S2, "amount")
q("2025年龃州市四家园区中哪家营业收入增速最快？", ["艚口产业园", "艚口临港产业园"], S2, "name")
q("2025年龃州市四家园区中哪家营业收入负增长？", ["龆山工业园区"], S2, "name")
q("艚口产业园2025年规上工业增加值增长多少？", ["14.2"], S2, "percent")
q("舴溪经开区2025年固定资产投资同比增长多少？", ["下降3.0%", "-3.0"], S2, "percent")
q("舢湖高新区2024年进出口总额是多少亿元？", ["412.5"], S2, "amount")
q("2025年末舢湖高新区有多少家高新技术企业？", ["689家", "689"], S2, "count")
q("龃州市2025年度开发区综合考评排名第一的园区是哪个？", ["舢湖高新区", "舢湖高新技术产业开发区"], S2, "name")
q("舴溪经开区在2025年度综合考评中排第几？", ["第二", "2"], S2, "rank")
q("艚口产业园在2025年度综合考评中排名第几？", ["第三", "3"], S2, "rank")
q("龆山工业园区2025年度考评等次是什么？", ["合格"], S2, "phrase")
q("舢湖高新区2025年度考评中科技创新指标得了多少分？", ["23.4分", "23.4"], S2, "number")
q("2025年龃州市四家园区合计税收收入是多少？", ["118.72亿元", "118.72"], S2, "amount")
q("2025年度综合考评中位次前移的园区有哪些？", ["舢湖高新区和艚口产业园"], S2, "list")
q("艚口产业园重大项目从签约到开工平均用时缩短到多少天？", ["98天", "98"], S2, "number")
# colloquial
q("龃州这四个园区里，2025年哪个收入盘子最大？", ["舴溪经开区", "舴溪经济技术开发区"], S2, "name", para=True)
q("龆山那个园区2025年的投资掉了多少？", ["-8.0", "8.0%"], S2, "percent", para=True)
q("艚口产业园2025年引进的外资比上年多了几倍？", ["增长1.27倍", "1.27倍", "126.9"], S2, "percent", para=True)
q("舢湖高新区这回考核一共拿了多少分？", ["87.7分", "87.7"], S2, "number", para=True)
q("龃州四个园区里谁考核考得最差？", ["龆山工业园区"], S2, "name", para=True)
q("舢湖跟舴溪的营收差距2025年缩到多少了？", ["246.2亿元", "246.2"], S2, "amount", para=True)
# English
q("What was the operating revenue of the Zexi ETDZ (舴溪经开区) in 2025?", ["1658.9亿元", "1658.9"], S2, "amount", "en")
q("Which park in 龃州市 recorded the fastest growth of gross industrial output value above designated size in 2025?",
  ["艚口产业园", "艚口临港产业园"], S2, "name", "en")
q("What overall assessment score did 龆山工业园区 receive in the 2025 evaluation?", ["65.0分", "65.0"], S2, "number", "en")
q("How many high-tech enterprises did 艚口产业园 have at the end of 2024?", ["41"], S2, "count", "en")
q("What was the R&D intensity of 舴溪经开区 in 2025?", ["2.41"], S2, "percent", "en")
q("What was the total value of imports and exports of 舴溪经开区 in 2025?", ["702.4"], S2, "amount", "en")
q("How much general public budget revenue did 舢湖高新区 collect in 2025?", ["55.08"], S2, "amount", "en")
q("Which park came last in 龃州市's 2025 comprehensive evaluation?", ["龆山工业园区"], S2, "name", "en")
q("How much money went into fixed assets in 艚口产业园 in 2025?", ["158.3"], S2, "amount", "en", True)
# refuse
refuse("舢湖高新区2023年营业收入是多少？", S2)
refuse("龆山工业园区2025年税收收入是多少？", S2)
refuse("龃州市开发区2026年营业收入实际达到了多少？", S2)
refuse("What was the 2025 operating revenue of 艟湾科技园 in 龃州市?", S2, "en")
refuse("艚口产业园2025年研发经费投入了多少亿元？", S2)
refuse("舴溪经开区的工业投资2025年比2024年多了还是少了，差多少？", S2, para=True)

# ---------------------------------------------------------------- report 3 (docx)
q("艋川产业园2025年秋季重大项目集中签约活动在哪天举行？", ["9月26日"], S3, "date")
q("艋川产业园秋季集中签约共签约多少个项目？", ["31个", "31"], S3, "count")
q("艋川产业园秋季集中签约的协议总投资是多少？", ["218.6亿元", "218.6"], S3, "amount")
q("艋川产业园秋季签约的亿元以上项目有几个？", ["22个", "22"], S3, "count")
q("艋川产业园2025年春季集中签约活动是哪天举办的？", ["3月18日"], S3, "date")
q("艋川产业园2025年春秋两季累计协议投资多少？", ["382.9亿元", "382.9"], S3, "amount")
q("艋川产业园春秋两季签约已完成全年招商引资目标任务的百分之多少？", ["95.7%", "95.7"], S3, "percent")
q("艋川产业园本次秋季签约中投资规模最大的项目由哪家企业投资？", ["舨光新能源科技有限公司"], S3, "name")
q("舨光新能源储能电池项目计划什么时候开工？", ["今年12月", "2025年12月"], S3, "date")
q("艋川产业园秋季签约的4个外资项目分别来自哪些企业？",
  ["舾德工业技术有限公司（德国）、艟和精工株式会社（日本）、舷纳医疗器械私人有限公司（新加坡）和舡利达投资有限公司（中国香港）"],
  S3, "list")
q("艋川产业园春季签约项目的开工率是多少？", ["73.1%", "73.1"], S3, "percent")
q("艋川产业园春季签约项目中第一个开工的是哪个项目？", ["舫禾食品中央厨房项目"], S3, "name")
q("艋川产业园的项目代办窗口设在哪里？", ["园区政务服务中心三楼"], S3, "phrase")
q("艋川产业园秋季签约仪式由谁主持？", ["舻振华"], S3, "name")
q("舭泰精密机械高端数控机床产业化基地项目计划何时开工？", ["2026年3月"], S3, "date")
q("艋川产业园设立的产业引导基金规模是多少？", ["50亿元", "50"], S3, "amount")
# colloquial
q("艋川秋天那场签约一共签了多少钱的项目？", ["218.6亿元", "218.6"], S3, "amount", para=True)
q("艋川春天那回签了几个项目？", ["26个", "26"], S3, "count", para=True)
q("艋川那个储能电池厂子啥时候能建好投产？", ["2027年6月"], S3, "date", para=True)
q("舨光那个项目能给大家带来多少个饭碗？", ["2800个", "2800"], S3, "count", para=True)
q("在艋川现在工业项目从拿到地到开工要等多久？", ["15个工作日"], S3, "number", para=True)
# English
q("How many projects worth 1 billion yuan or more were signed in 艋川产业园's spring 2025 round?",
  ["3个", "3"], S3, "count", "en")
q("What was the contracted foreign capital of the foreign-invested projects signed in the autumn 2025 round at 艋川产业园?",
  ["1.35亿美元", "1.35"], S3, "amount", "en")
q("Who is the director of the management committee of 艋川产业园?", ["龄启航"], S3, "name", "en")
q("When is the hydrogen equipment project of 艏能氢能科技有限公司 scheduled to start construction?",
  ["今年11月", "2025年11月"], S3, "date", "en")
q("How much money from 艋川产业园's spring-signed projects has actually come in so far?",
  ["38.6亿元", "38.6"], S3, "amount", "en", True)
q("How many of 艋川产业园's spring-round projects are already finished and producing?",
  ["4个", "4"], S3, "count", "en", True)
q("By what percentage did the agreed investment of 艋川产业园's autumn 2025 signing exceed that of autumn 2024?",
  ["31.4%", "31.4"], S3, "percent", "en")
q("Which vice mayor of 舯城市 attended and spoke at the autumn signing ceremony?", ["龆明哲"], S3, "name", "en")
# refuse
refuse("艋川产业园冬季集中签约活动的协议投资额是多少？", S3)
refuse("艋川产业园2024年春季集中签约签了多少个项目？", S3)
refuse("舱海生物医药创新药CDMO基地项目用地多少亩？", S3)
refuse("What was 艋川产业园's actual use of foreign capital in 2025?", S3, "en")
refuse("舾德那个德国项目投产以后一年能产多少钱的货？", S3, para=True)


# ---------------------------------------------------------------- conversations
# CONV_SOURCES is used only by b_check.py; the JSON file holds plain turn lists.
CONVERSATIONS = [
    (S1, [
        ("艨江经开区上半年进出口总额是多少？", ["215.4亿元", "215.4"]),
        ("同比增长多少？", ["8.9%", "8.9"]),
        ("其中出口呢？", ["148.7亿元", "148.7"]),
        ("那第二季度单季的进出口是多少？", ["117.6亿元", "117.6"]),
    ]),
    (S1, [
        ("艨江经开区1—6月完成固定资产投资多少？", ["142.7亿元", "142.7"]),
        ("完成年度目标的多少？", ["47.6%", "47.6"]),
        ("其中工业投资呢？", ["78.9亿元", "78.9"]),
        ("那2024年全年固定资产投资完成了多少？", []),
    ]),
    (S2, [
        ("舢湖高新区2025年营业收入多少？", ["1412.7亿元", "1412.7"]),
        ("同比增长多少？", ["9.8%", "9.8"]),
        ("What about 舴溪经开区?", ["1658.9亿元", "1658.9"]),
        ("去年呢？", ["1563.2"]),
    ]),
    (S2, [
        ("龃州市2025年度开发区综合考评排第一的是哪个园区？", ["舢湖高新区", "舢湖高新技术产业开发区"]),
        ("得了多少分？", ["87.7分", "87.7"]),
        ("它2024年排第几？", ["第二位", "第二", "2"]),
        ("2023年呢？", []),
    ]),
    (S3, [
        ("艋川产业园秋季集中签约签了多少个项目？", ["31个", "31"]),
        ("其中亿元以上的有几个？", ["22个", "22"]),
        ("10亿元以上的呢？", ["5个", "5"]),
        ("春季呢？", ["3个", "3"]),
    ]),
    (S3, [
        ("How much investment was agreed at 艋川产业园's spring 2025 signing event?", ["164.3亿元", "164.3"]),
        ("And in the autumn round?", ["218.6亿元", "218.6"]),
        ("How much is that up on last autumn?", ["31.4%", "31.4"]),
        ("And the winter round?", []),
    ]),
    (S2, [
        ("What was the actual use of foreign capital of 艚口产业园 in 2025?", ["9870万美元", "9870"]),
        ("What about 龆山工业园区?", ["6580"]),
        ("同比增长多少？", ["7.5"]),
        ("它2025年的税收收入是多少？", []),
    ]),
]

VALID_TYPES = {"amount", "count", "percent", "date", "name", "list", "phrase", "rank", "number", "refuse"}


def records():
    out = []
    for i, (question, answers, source, typ, lang, para) in enumerate(Q, 1):
        assert typ in VALID_TYPES, typ
        assert (typ == "refuse") == (answers == []), question
        out.append({
            "id": "h18b-%03d" % i,
            "question": question,
            "answers": list(answers),
            "source": source,
            "type": typ,
            "lang": lang,
            "paraphrase": bool(para),
        })
    return out


def conversations():
    return [[{"question": qq, "answers": list(a)} for qq, a in turns] for _, turns in CONVERSATIONS]


CONV_SOURCES = [src for src, _ in CONVERSATIONS]


def main():
    recs = records()
    with open(os.path.join(HERE, "qa_b.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "conversations_b.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(conversations(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote qa_b.jsonl (%d questions) and conversations_b.json (%d conversations)"
          % (len(recs), len(CONVERSATIONS)))


if __name__ == "__main__":
    main()
