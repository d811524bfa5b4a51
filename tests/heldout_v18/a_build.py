# -*- coding: utf-8 -*-
"""Build the three half-A held-out reports (heldout_v18, files a_*).

All parks, cities, companies, people and projects are invented; their
distinctive first characters carry the 鱼 radical.  Output is deterministic:
zip members get a fixed timestamp and docProps timestamps are pinned.

    /work/main/.venv/bin/python a_build.py
"""
import io
import os
import re
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

DOCX_NAME = "a_luwan_hitech_2025_work_report.docx"
XLSX_NAME = "a_xunjiang_zones_2025_09_monthly.xlsx"
HTML_NAME = "a_jingzhou_etdz_q3_meeting.html"

FIXED_ZIP_TIME = (2025, 12, 31, 0, 0, 0)
FIXED_ISO = "2025-12-31T00:00:00Z"


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed member timestamps and core props."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + FIXED_ISO + m.group(3), text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 1. DOCX: 鲈湾高新区 2025 annual work report
# ---------------------------------------------------------------------------

DOCX_TITLE = "鲈湾高新技术产业开发区2025年工作总结和2026年工作安排"
DOCX_SUB1 = "——2026年1月15日在鲈湾高新区2026年工作会议上的报告"
DOCX_SUB2 = "鲈湾高新区党工委副书记、管委会主任　鲭海涛"

# (kind, text): kind in {"h1","h2","h3","p","table1","table2","caption","note"}
DOCX_BODY = [
    ("p", "各位同志："),
    ("p", "现在，我代表鲈湾高新区管委会，向大会报告2025年工作情况和2026年工作安排，请予审议。"),
    ("h1", "一、2025年工作回顾"),
    ("p", "2025年是“十四五”规划的收官之年。一年来，在鲂沙市委、市政府的坚强领导下，在党工委书记鲆立新同志的带领下，"
          "高新区上下坚持以科技创新引领产业创新，聚焦电子信息、生物医药、智能装备、新材料四大主导产业，"
          "全力稳增长、抓项目、强创新、优环境，主要经济指标保持稳中有进、进中向好的态势，较好完成了年初确定的各项目标任务。"),
    ("h2", "（一）经济运行稳中有进"),
    ("p", "产业规模再上台阶。全区实现技工贸总收入1527.9亿元，同比增长10.2%，总量首次跨过1500亿元关口；"
          "规上工业总产值941.3亿元，增长9.1%；规上工业增加值219.4亿元，按可比价格计算增长8.4%，增速高于全市2.3个百分点。"
          "产业结构持续优化，战略性新兴产业产值占规上工业总产值的比重达到58.3%，较上年提高2.6个百分点；"
          "高技术制造业增加值增长13.7%。全年新增规上工业企业41家，规上工业企业总数达到386家。"),
    ("p", "财税质量稳步提升。全年完成一般公共预算收入33.05亿元，增长5.7%，其中税收收入28.37亿元，增长7.4%，"
          "税收占一般公共预算收入的比重为85.8%。亩均税收达到38.6万元，比上年增加3.1万元，土地产出效益继续位居全市各开发区前列。"),
    ("p", "对外开放顶压前行。受部分电子产品订单向外转移等因素影响，全年进出口总额142.6亿元，同比下降4.2%，"
          "但降幅较前三季度收窄3.5个百分点，四季度外贸企稳迹象明显。实际使用外资2.46亿美元，增长12.8%；"
          "新设外商投资企业17家，其中德资、日资高端制造项目各2个。"),
    ("caption", "表1　2025年鲈湾高新区主要经济指标完成情况"),
    ("table1", None),
    ("note", "注：规上工业增加值增速按可比价格计算，其余指标增速按现价计算；进出口总额为海关统计口径，以人民币计价。"),
    ("h2", "（二）科技创新能级持续提升"),
    ("p", "创新投入持续加大。全年研发经费投入43.5亿元，增长12.4%，研发经费投入强度达到4.62%，居全省高新区第3位。"
          "在科技部火炬中心国家高新区综合评价中位列第41位，较上年前移4位。"),
    ("p", "创新主体不断壮大。全年新认定高新技术企业127家，高新技术企业总数达到703家；新增国家级专精特新“小巨人”企业6家，累计达到29家；"
          "入库科技型中小企业1436家。知识产权产出量质齐升，发明专利授权量1295件，增长16.9%，每万人口有效发明专利拥有量达到96.4件；"
          "技术合同成交额64.1亿元，增长22.6%。"),
    ("p", "创新平台加快集聚。鲽湖科创城新引进新型研发机构3家，鲂沙大学鲈湾智能制造研究院正式揭牌运行；"
          "新获批省级以上创新平台21个，其中国家级企业技术中心2个。全年引进高层次人才236名，新增技能人才4870人，"
          "人才公寓、子女入学、医疗保障等配套服务同步跟进。"),
    ("h2", "（三）项目建设和招商引资成效明显"),
    ("p", "坚持把项目建设作为稳增长的主抓手，全年实施市级以上重点项目87个，完成投资146.3亿元，完成年度计划的108.4%；"
          "新开工项目32个，竣工投产项目19个。全区完成固定资产投资189.6亿元，增长7.5%，其中工业投资112.8亿元，增长14.8%，"
          "占固定资产投资的比重达到59.5%。"),
    ("h3", "1. 重大项目建设"),
    ("p", "鲵芯12英寸特色工艺晶圆制造项目由鲵芯半导体（鲂沙）有限公司投资建设，总投资86亿元，规划月产能3万片，"
          "于2025年3月18日开工，当年完成投资21.4亿元，主厂房已于11月底封顶，计划2027年6月建成投产。"),
    ("p", "鲳能固态电池材料产业化项目由鲳能新材料科技股份有限公司实施，总投资32.5亿元，2025年5月9日开工，"
          "一期年产5000吨硫化物电解质生产线于2025年12月26日竣工投产。"),
    ("p", "鲷光新型显示模组扩产项目总投资18.7亿元，2024年9月开工，2025年10月竣工，全面达产后可新增年产值40亿元。"),
    ("p", "鲣岛生物医药中试基地项目总投资9.6亿元，建筑面积12.8万平方米，2025年8月12日开工，"
          "建成后将为园区企业提供细胞治疗、抗体药物、高端制剂等中试和检测服务。"),
    ("h3", "2. 招商引资"),
    ("p", "坚持产业链招商、以商招商、基金招商多措并举，全年赴长三角、粤港澳大湾区等地举办各类招商推介活动46场，"
          "签约项目64个，协议投资额418.6亿元，其中亿元以上项目37个、十亿元以上项目9个；到位资金182.4亿元，增长11.6%。"
          "成功引进鲐芯存储华东研发总部、鲚海医疗器械区域总部等总部类项目5个。"),
    ("h2", "（四）园区功能布局不断完善"),
    ("p", "按照“一区五园”的空间格局，五个专业园区错位协同、各展所长。鲷光电子信息产业园实现规上工业总产值318.4亿元，"
          "占全区的33.8%，继续发挥压舱石作用；鲣岛生物医药园产值增长13.5%，增速居五个专业园区第二；"
          "鲽湖科创城产值体量虽小，但增速达到18.6%，居各园区首位；鲱湾智能装备园受下游需求偏弱影响，增速回落至6.3%；"
          "鲻溪新材料园加快产品结构调整，电子化学品产能逐步释放。"),
    ("caption", "表2　2025年各专业园区主要指标"),
    ("table2", None),
    ("note", "注：规划面积为各园区控制性详细规划范围面积；鲽湖科创城以研发设计和软件服务为主，工业产值规模较小。"),
    ("h2", "（五）营商环境和民生保障持续优化"),
    ("p", "深化“放管服”改革，企业开办全面实现“一日办结”，全年新登记市场主体8452户，其中新设企业3317户。"
          "推行工业项目“拿地即开工”，23个项目实现拿地即开工。民生保障有力有效，建成人才公寓2160套，新增中小学学位3600个，"
          "城镇新增就业1.92万人。单位工业增加值能耗下降4.1%，安全生产形势总体平稳，未发生较大及以上生产安全事故。"),
    ("h1", "二、存在的问题"),
    ("p", "在肯定成绩的同时，我们也清醒地看到，高新区发展中还存在一些困难和不足：一是外贸承压明显，进出口总额出现负增长，"
          "部分企业订单外流风险仍然存在；二是产业结构还不够均衡，电子信息产业占比偏高，智能装备和新材料两个园区产值增速低于全区平均水平；"
          "三是土地要素制约趋紧，可供工业用地不足600亩，存量低效用地盘活进度偏慢；四是高端人才和专业化招商队伍仍有短板。"
          "对这些问题，我们将在今后工作中认真加以解决。"),
    ("h1", "三、2026年工作安排"),
    ("p", "2026年是“十五五”规划的开局之年。全区工作的总体要求是：坚持稳中求进工作总基调，以建设具有全国影响力的科技创新策源地为目标，"
          "以主导产业集群化、创新体系生态化、园区发展特色化为路径，奋力推动高新区在新一轮发展中走在前列。"),
    ("h2", "（一）主要预期目标"),
    ("p", "综合考虑发展基础和外部环境，2026年全区主要预期目标是：技工贸总收入增长9%左右，力争突破1650亿元；"
          "规上工业总产值增长8%以上，力争达到1020亿元；固定资产投资增长6%；一般公共预算收入增长5%；实际使用外资2.6亿美元；"
          "新增高新技术企业100家以上，总数突破800家；研发经费投入强度达到4.8%；进出口总额实现止跌回稳。"),
    ("h2", "（二）重点工作"),
    ("p", "1. 全力推进重大项目建设。全年计划实施重点项目90个，年度计划投资150亿元。确保鲵芯12英寸特色工艺晶圆制造项目完成年度投资30亿元，"
          "推动鲳能固态电池材料产业化项目二期于2026年6月开工，鲣岛生物医药中试基地项目年内主体完工。"),
    ("p", "2. 持续强化科技创新策源。实施高新技术企业倍增计划和“小巨人”培育行动，支持龙头企业牵头组建创新联合体，"
          "推动鲂沙大学鲈湾智能制造研究院与园区企业共建中试验证平台，全年新增省级以上创新平台不少于20个。"),
    ("p", "3. 提升招商引资质效。围绕四大主导产业绘制产业链招商图谱，全年计划举办招商活动50场以上，力争签约亿元以上项目40个、到位资金200亿元。"),
    ("p", "4. 推动园区更新提质。启动鲱湾智能装备园低效用地再开发，计划盘活存量土地1200亩；加快鲽湖科创城二期建设，进一步完善科创服务配套。"),
    ("p", "5. 打造一流营商环境。深化“高效办成一件事”改革，完善企业诉求快速响应机制，健全“管委会主任接待日”制度，"
          "由分管招商工作的管委会副主任鲦文静牵头建立重点企业“首席服务官”制度。"),
    ("p", "各位同志，新的一年，让我们在市委、市政府的坚强领导下，凝心聚力、实干争先，奋力谱写鲈湾高新区高质量发展新篇章！"),
]

TABLE1_HEAD = ["指标名称", "单位", "2024年", "2025年", "增长（%）"]
TABLE1_ROWS = [
    ["技工贸总收入", "亿元", "1386.2", "1527.9", "10.2"],
    ["规上工业总产值", "亿元", "862.5", "941.3", "9.1"],
    ["规上工业增加值", "亿元", "202.4", "219.4", "8.4"],
    ["固定资产投资", "亿元", "176.4", "189.6", "7.5"],
    ["　其中：工业投资", "亿元", "98.3", "112.8", "14.8"],
    ["一般公共预算收入", "亿元", "31.26", "33.05", "5.7"],
    ["　其中：税收收入", "亿元", "26.41", "28.37", "7.4"],
    ["进出口总额", "亿元", "148.9", "142.6", "-4.2"],
    ["实际使用外资", "亿美元", "2.18", "2.46", "12.8"],
    ["研发经费投入", "亿元", "38.7", "43.5", "12.4"],
    ["高新技术企业", "家", "612", "703", "14.9"],
    ["发明专利授权量", "件", "1108", "1295", "16.9"],
    ["技术合同成交额", "亿元", "52.3", "64.1", "22.6"],
]

TABLE2_HEAD = ["园区（片区）", "规划面积（平方公里）", "规上工业总产值（亿元）", "同比增长（%）",
               "固定资产投资（亿元）", "高新技术企业（家）", "主导产业"]
TABLE2_ROWS = [
    ["鲷光电子信息产业园", "12.6", "318.4", "11.7", "46.2", "214", "集成电路、新型显示"],
    ["鲣岛生物医药园", "8.3", "157.9", "13.5", "38.5", "168", "创新药、医疗器械"],
    ["鲱湾智能装备园", "15.2", "265.1", "6.3", "52.7", "137", "工业机器人、数控机床"],
    ["鲻溪新材料园", "10.4", "176.6", "5.2", "31.9", "96", "先进高分子材料、电子化学品"],
    ["鲽湖科创城", "6.7", "23.3", "18.6", "20.3", "88", "软件信息服务、研发设计"],
    ["合计", "—", "941.3", "9.1", "189.6", "703", "—"],
]


def _set_cell(cell, text, bold=False, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def _add_table(doc, head, rows):
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"
    for j, h in enumerate(head):
        _set_cell(t.rows[0].cells[j], h, bold=True)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            align = WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER
            _set_cell(t.rows[i].cells[j], v, align=align)
    return t


def build_docx(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    cp = doc.core_properties
    cp.title = DOCX_TITLE
    cp.author = "鲈湾高新区管委会办公室"
    cp.revision = 1

    doc.add_heading(DOCX_TITLE, level=0)
    for s in (DOCX_SUB1, DOCX_SUB2):
        p = doc.add_paragraph(s)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    levels = {"h1": 1, "h2": 2, "h3": 3}
    for kind, text in DOCX_BODY:
        if kind in levels:
            doc.add_heading(text, level=levels[kind])
        elif kind == "p":
            p = doc.add_paragraph(text)
            p.paragraph_format.first_line_indent = Pt(24)
        elif kind == "caption":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.bold = True
        elif kind == "note":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.font.size = Pt(9)
        elif kind == "table1":
            _add_table(doc, TABLE1_HEAD, TABLE1_ROWS)
        elif kind == "table2":
            _add_table(doc, TABLE2_HEAD, TABLE2_ROWS)
        else:
            raise ValueError(kind)
    doc.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------------------
# 2. XLSX: 鲟江市开发区工作领导小组办公室 monthly workbook (5 parks)
# ---------------------------------------------------------------------------

XLSX_OFFICE = "鲟江市开发区工作领导小组办公室"

# 开发区, 规上工业总产值(本月, 累计, 同比), 固定资产投资(累计, 同比),
# 进出口总额(本月, 累计, 同比), 实际使用外资万美元(累计, 同比), 一般公共预算收入(累计, 同比)
MONTHLY_ROWS = [
    ["鲟江经开区", 98.6, 842.7, 7.9, 156.3, 9.3, 23.7, 196.4, 5.5, 18640, 14.3, 28.64, 4.8],
    ["鲢湖高新区", 71.3, 615.4, 11.2, 128.9, 13.4, 18.2, 158.1, 16.8, 9375, 27.6, 19.37, 9.1],
    ["鲫山经开区", 36.8, 318.5, 4.6, 64.2, -5.1, 4.9, 41.3, -8.6, 2210, -18.4, 8.92, -3.7],
    ["鲮港临港经开区", 44.1, 402.9, -2.3, 97.5, 6.2, 31.6, 274.8, 3.1, 12480, 2.7, 15.08, 1.9],
    ["鲥河新材料产业园", 27.5, 229.6, 9.8, 58.4, 21.3, 6.3, 52.7, 12.5, 3065, 35.9, 6.45, 7.2],
]
MONTHLY_TOTAL = ["合计", 278.3, 2409.1, 6.6, 505.3, 8.8, 84.7, 723.3, 6.4, 45770, 12.3, 78.46, 4.4]
MONTHLY_FORMATS = ["@", "0.0", "0.0", "0.0", "0.0", "0.0", "0.0", "0.0", "0.0", "0", "0.0", "0.00", "0.0"]
MONTHLY_NOTE = ("注：1.“本月”指2025年9月当月，“累计”指2025年1—9月累计，“同比”为累计数与上年同期相比的增减幅度（%）；"
                "2.固定资产投资、实际使用外资、一般公共预算收入只统计累计数；"
                "3.鲥河新材料产业园固定资产投资为快报数，以统计部门最终核定数为准。")

# 开发区, 经济发展, 项目建设, 科技创新, 开放合作, 绿色安全, 综合得分, 等次, 本期排名, 上期排名, 位次变化
RANK_ROWS = [
    ["鲢湖高新区", 25.9, 22.3, 18.6, 11.8, 9.1, 87.7, "优秀", 1, 2, "上升1位"],
    ["鲟江经开区", 26.8, 21.5, 15.2, 13.4, 8.7, 85.6, "优秀", 2, 1, "下降1位"],
    ["鲮港临港经开区", 24.7, 20.8, 13.1, 14.2, 7.6, 80.4, "良好", 3, 3, "持平"],
    ["鲥河新材料产业园", 22.9, 23.4, 11.7, 10.3, 9.4, 77.7, "良好", 4, 5, "上升1位"],
    ["鲫山经开区", 21.4, 17.6, 12.3, 9.5, 8.3, 69.1, "合格", 5, 4, "下降1位"],
]
RANK_NOTE = ("注：综合得分为五类指标得分之和，满分100分；本期为2025年前三季度考评结果，"
             "上期排名为2025年上半年考评排名。")

# 所属开发区, 项目名称, 建设单位, 总投资, 累计完成投资, 开工时间, 建设状态, 备注
PROJECT_ROWS = [
    ["鲟江经开区", "鲟江新能源汽车电驱动系统项目", "鲟驰动力科技有限公司", 46.8, 29.3, "2024年6月", "在建", "列入省重点项目，主体结构已封顶"],
    ["鲟江经开区", "鲟江智能网联汽车零部件产业园", "鲟江产业投资集团有限公司", 22.4, 20.9, "2023年11月", "竣工投产", "首批8家企业已入驻"],
    ["鲟江经开区", "鲑川冷链物流枢纽项目", "鲑川供应链管理有限公司", 12.7, 3.8, "2025年4月", "在建", "冷库桩基施工中"],
    ["鲢湖高新区", "鲢湖第三代半导体功率器件项目", "鲰芯半导体有限公司", 38.4, 17.2, "2024年10月", "在建", "洁净厂房设备安装中"],
    ["鲢湖高新区", "鲢湖生物医药创新港一期", "鲢湖科创发展有限公司", 16.9, 9.5, "2025年2月", "在建", "3栋研发楼主体完工"],
    ["鲢湖高新区", "鲠算智算中心项目", "鲠算数据科技有限公司", 27.3, 0.6, "2025年9月", "新开工", "9月26日集中开工"],
    ["鲫山经开区", "鲫山绿色建材产业园项目", "鲫丰建材股份有限公司", 9.8, 6.1, "2024年3月", "在建", "一期生产线调试中"],
    ["鲫山经开区", "鲫山食品加工产业园二期", "鲫山鲜食集团有限公司", 6.4, 0, "计划2025年12月", "前期", "土地已摘牌，施工许可办理中"],
    ["鲮港临港经开区", "鲮港LNG接收站二期扩建项目", "鲮港能源储运有限公司", 58.2, 34.7, "2023年8月", "在建", "2座储罐完成升顶"],
    ["鲮港临港经开区", "鲮港高端船舶配套产业园", "鲮洋重工股份有限公司", 19.6, 12.8, "2024年5月", "在建", "分段车间投入使用"],
    ["鲥河新材料产业园", "鲥河高性能尼龙新材料项目", "鲥化新材料有限公司", 31.5, 14.9, "2024年12月", "在建", "聚合装置区土建施工中"],
    ["鲥河新材料产业园", "鲥河电子级氢氟酸项目", "鲥氟电子材料有限公司", 8.3, 8.1, "2023年9月", "已竣工，试生产", "产品送样认证中"],
]
PROJECT_TOTAL = (298.3, 157.9)
PROJECT_NOTE = ("注：本表共列入重点项目12个，累计完成投资为截至2025年9月底数据；"
                "建设状态由各开发区自行填报，市开发区办汇总核对。")

GUIDE_LINES = [
    "2025年9月全市开发区经济运行监测月报填报说明",
    "一、统计范围。本月报覆盖全市5个省级以上开发区，即鲟江经济技术开发区（国家级）、鲢湖高新技术产业开发区（国家级）、"
    "鲫山经济开发区（省级）、鲮港临港经济开发区（省级）、鲥河新材料产业园（省级化工园区）。表内简称分别为鲟江经开区、"
    "鲢湖高新区、鲫山经开区、鲮港临港经开区、鲥河新材料产业园。",
    "二、指标口径。规上工业总产值指年主营业务收入2000万元及以上工业法人单位的工业总产值，按现价计算；"
    "固定资产投资指计划总投资500万元及以上项目投资（不含农户）；进出口总额按海关统计口径，以人民币计价；"
    "实际使用外资按商务部门统计口径，以美元计价；一般公共预算收入为开发区所在地财政部门核定的区级口径。",
    "三、报送时间。各开发区于每月5日前报送上月数据，季度考评数据于季后15日内报送；逾期未报的，在季度考评中相应扣分。",
    "四、考评办法。综合考评满分100分，由经济发展（30分）、项目建设（25分）、科技创新（20分）、开放合作（15分）、"
    "绿色安全（10分）五类指标构成；综合得分85分及以上为优秀，75分（含）至85分为良好，60分（含）至75分为合格，60分以下为不合格。",
    "五、数据质量。各开发区对报送数据的真实性负责，统计数据以统计、商务、海关、财政等部门核定数为准，"
    "月报数据如有调整，以下一期月报更正为准。",
    "六、联系人：鲧晓雯（市开发区办综合科），联系电话：（略）。",
    "鲟江市开发区工作领导小组办公室",
    "2025年10月12日",
]

ANALYSIS_LINES = [
    "2025年1—9月全市开发区经济运行简析",
    "一、总体情况。1—9月，全市5个开发区经济运行总体平稳。合计完成规上工业总产值2409.1亿元，同比增长6.6%；"
    "完成固定资产投资505.3亿元，增长8.8%；实现进出口总额723.3亿元，增长6.4%；实际使用外资45770万美元，增长12.3%；"
    "完成一般公共预算收入78.46亿元，增长4.4%。9月当月，5个开发区合计完成规上工业总产值278.3亿元、进出口总额84.7亿元，"
    "环比均有所回升。",
    "二、分区情况。鲟江经开区规上工业总产值占全市开发区合计的35.0%，实际使用外资占40.7%，继续发挥龙头带动作用；"
    "鲢湖高新区规上工业总产值、固定资产投资和进出口总额增速均保持两位数，综合考评跃居第一；"
    "鲮港临港经开区受船舶订单交付节奏影响，规上工业总产值同比下降2.3%，是5个开发区中唯一负增长的；"
    "鲫山经开区固定资产投资、进出口总额、实际使用外资和一般公共预算收入均为负增长，综合考评由上期第4位下滑至第5位；"
    "鲥河新材料产业园固定资产投资增长21.3%，增速居各开发区首位。",
    "三、重点项目。纳入监测的12个重点产业项目总投资298.3亿元，累计完成投资157.9亿元，投资完成率52.9%；"
    "其中在建项目8个，竣工（含试生产）项目2个，新开工项目1个，前期项目1个。鲫山食品加工产业园二期尚未开工，"
    "请鲫山经开区加快办理施工许可手续，确保年内开工。",
    "四、下一步工作建议。一是聚焦四季度冲刺，督促各开发区对照年度目标查漏补缺，重点关注鲮港临港经开区工业产值和"
    "鲫山经开区外资、外贸指标回升情况；二是加快重点项目建设，推动鲠算智算中心项目尽快形成实物工作量；"
    "三是做好年度综合考评准备，各开发区于2026年1月15日前报送全年考评资料。",
]

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def _box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER


def build_xlsx(path):
    wb = Workbook()
    wb.properties.creator = XLSX_OFFICE
    wb.properties.title = "2025年9月全市开发区经济运行监测月报"

    # --- sheet 1: monthly indicators
    ws = wb.active
    ws.title = "主要指标月报"
    ncol = 14
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1, "2025年1—9月全市开发区主要经济指标完成情况").font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = CENTER
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=7)
    ws.cell(2, 1, "填报单位：" + XLSX_OFFICE).alignment = LEFT
    ws.merge_cells(start_row=2, start_column=8, end_row=2, end_column=ncol)
    ws.cell(2, 8, "数据期：2025年9月　　单位：亿元、万美元、%").alignment = Alignment(horizontal="right")
    # two-row header
    ws.merge_cells("A3:A4")
    ws["A3"] = "序号"
    ws.merge_cells("B3:B4")
    ws["B3"] = "开发区"
    groups = [
        ("C3:E3", "规上工业总产值（亿元）", ["本月", "累计", "同比（%）"], 3),
        ("F3:G3", "固定资产投资（亿元）", ["累计", "同比（%）"], 6),
        ("H3:J3", "进出口总额（亿元）", ["本月", "累计", "同比（%）"], 8),
        ("K3:L3", "实际使用外资（万美元）", ["累计", "同比（%）"], 11),
        ("M3:N3", "一般公共预算收入（亿元）", ["累计", "同比（%）"], 13),
    ]
    for rng, name, subs, c0 in groups:
        ws.merge_cells(rng)
        ws.cell(3, c0, name)
        for k, s in enumerate(subs):
            ws.cell(4, c0 + k, s)
    for r in (3, 4):
        for c in range(1, ncol + 1):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).alignment = CENTER
    row = 5
    for i, rec in enumerate(MONTHLY_ROWS, start=1):
        ws.cell(row, 1, i).alignment = CENTER
        for j, v in enumerate(rec):
            cell = ws.cell(row, 2 + j, v)
            cell.number_format = MONTHLY_FORMATS[j] if j else "@"
            cell.alignment = CENTER
        row += 1
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    ws.cell(row, 1, "合计").font = Font(bold=True)
    ws.cell(row, 1).alignment = CENTER
    for j, v in enumerate(MONTHLY_TOTAL[1:], start=1):
        cell = ws.cell(row, 2 + j, v)
        cell.number_format = MONTHLY_FORMATS[j]
        cell.font = Font(bold=True)
        cell.alignment = CENTER
    _box(ws, 3, 1, row, ncol)
    row += 1
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    ws.cell(row, 1, MONTHLY_NOTE).alignment = LEFT
    ws.row_dimensions[row].height = 45
    ws.column_dimensions["B"].width = 18
    for col in "CDEFGHIJKLMN":
        ws.column_dimensions[col].width = 11

    # --- sheet 2: assessment / ranking
    ws2 = wb.create_sheet("综合考评")
    head2 = ["序号", "开发区", "经济发展（30分）", "项目建设（25分）", "科技创新（20分）", "开放合作（15分）",
             "绿色安全（10分）", "综合得分", "考评等次", "本期排名", "上期排名", "位次变化"]
    n2 = len(head2)
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n2)
    ws2.cell(1, 1, "2025年前三季度全市开发区综合考评得分及排名").font = Font(bold=True, size=16)
    ws2.cell(1, 1).alignment = CENTER
    for j, h in enumerate(head2, start=1):
        c = ws2.cell(2, j, h)
        c.font = Font(bold=True)
        c.alignment = CENTER
    for i, rec in enumerate(RANK_ROWS, start=1):
        ws2.cell(2 + i, 1, i).alignment = CENTER
        for j, v in enumerate(rec):
            c = ws2.cell(2 + i, 2 + j, v)
            c.alignment = CENTER
            if isinstance(v, float):
                c.number_format = "0.0"
    _box(ws2, 2, 1, 2 + len(RANK_ROWS), n2)
    nr = 3 + len(RANK_ROWS)
    ws2.merge_cells(start_row=nr, start_column=1, end_row=nr, end_column=n2)
    ws2.cell(nr, 1, RANK_NOTE).alignment = LEFT
    ws2.column_dimensions["B"].width = 18

    # --- sheet 3: key projects
    ws3 = wb.create_sheet("重点项目")
    head3 = ["序号", "所属开发区", "项目名称", "建设单位", "总投资（亿元）", "累计完成投资（亿元）",
             "开工时间", "建设状态", "备注"]
    n3 = len(head3)
    ws3.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n3)
    ws3.cell(1, 1, "2025年全市开发区重点产业项目推进情况表（截至9月底）").font = Font(bold=True, size=16)
    ws3.cell(1, 1).alignment = CENTER
    for j, h in enumerate(head3, start=1):
        c = ws3.cell(2, j, h)
        c.font = Font(bold=True)
        c.alignment = CENTER
    for i, rec in enumerate(PROJECT_ROWS, start=1):
        ws3.cell(2 + i, 1, i).alignment = CENTER
        for j, v in enumerate(rec):
            c = ws3.cell(2 + i, 2 + j, v)
            c.alignment = LEFT if j in (1, 2, 7) else CENTER
            if j in (3, 4):
                c.number_format = "0.0" if v else "0"
    tr = 3 + len(PROJECT_ROWS)
    ws3.merge_cells(start_row=tr, start_column=1, end_row=tr, end_column=4)
    ws3.cell(tr, 1, "合计").font = Font(bold=True)
    ws3.cell(tr, 1).alignment = CENTER
    ws3.cell(tr, 5, PROJECT_TOTAL[0]).number_format = "0.0"
    ws3.cell(tr, 6, PROJECT_TOTAL[1]).number_format = "0.0"
    _box(ws3, 2, 1, tr, n3)
    ws3.merge_cells(start_row=tr + 1, start_column=1, end_row=tr + 1, end_column=n3)
    ws3.cell(tr + 1, 1, PROJECT_NOTE).alignment = LEFT
    for col, w in zip("ABCDEFGHI", [6, 16, 30, 26, 12, 14, 16, 14, 30]):
        ws3.column_dimensions[col].width = w

    # --- sheet 4: short analysis
    wsa = wb.create_sheet("运行简析")
    for i, line in enumerate(ANALYSIS_LINES, start=1):
        c = wsa.cell(i, 1, line)
        c.alignment = LEFT
        if i == 1:
            c.font = Font(bold=True, size=14)
    wsa.column_dimensions["A"].width = 120

    # --- sheet 5: guide
    ws4 = wb.create_sheet("填报说明")
    for i, line in enumerate(GUIDE_LINES, start=1):
        c = ws4.cell(i, 1, line)
        c.alignment = LEFT
        if i == 1:
            c.font = Font(bold=True, size=14)
    ws4.column_dimensions["A"].width = 120

    wb.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------------------
# 3. HTML: 鲸州经开区 portal news page (Q3 economic analysis meeting)
# ---------------------------------------------------------------------------

HTML_TITLE = "鲸州经开区召开2025年三季度经济运行分析会"

HTML_PARAS = [
    "10月20日下午，鲸州经开区召开2025年三季度经济运行分析会，全面分析前三季度经济运行态势，研究部署四季度重点工作，"
    "动员全区上下鼓足干劲、冲刺全年。鲸州经开区党工委书记鲼振华出席会议并讲话，党工委副书记、管委会主任鲴思远主持会议，"
    "管委会副主任鲩立群通报前三季度全区经济运行情况。",

    "会议指出，今年以来，面对外部需求偏弱、部分行业周期性波动等多重压力，全区坚持稳中求进工作总基调，经济运行呈现"
    "“总体平稳、稳中有进、逐季回升”的态势。据初步核算，1—9月，全区实现地区生产总值486.3亿元，同比增长6.8%，"
    "增速高于全市1.4个百分点，居全市各县（市、区）第2位。",

    "工业经济持续回升向好。1—9月，全区规上工业总产值1284.6亿元，同比增长8.9%；规上工业增加值增长9.2%，"
    "较上半年提高0.7个百分点。分季度看，第三季度全区规上工业总产值452.7亿元，同比增长11.3%，规上工业增加值增长10.6%，"
    "均为年内单季最高水平；9月当月，规上工业总产值163.2亿元，同比增长13.5%，规上工业增加值增长12.1%，增势逐月加快。"
    "新能源、汽车零部件、高端装备三大主导产业合计实现产值812.9亿元，增长12.7%，占全区规上工业总产值的63.3%。"
    "前三季度全区新增规上工业企业23家。",

    "龙头企业支撑作用突出。鲅源新能源科技有限公司1—9月实现产值186.3亿元，同比增长34.6%，占全区规上工业总产值的14.5%；"
    "鲲翎智能汽车部件有限公司实现产值97.8亿元，增长21.4%；鲛锐精密机械股份有限公司入选新一批国家级专精特新“小巨人”企业名单。"
    "同时也要看到，受国际市场产品价格下行影响，全区化工行业产值同比下降7.8%，部分企业开工不足。",

    "创新动能加快集聚。1—9月，全区高新技术产业产值占规上工业总产值的比重达到52.6%，较上年同期提高1.8个百分点；"
    "新增省级以上研发平台9个，技术合同成交额19.7亿元，增长26.3%。鲅源新能源固态电池中试线建成投用，"
    "鲲翎智能汽车部件有限公司与鲸州理工学院共建的汽车轻量化联合实验室正式挂牌。",

    "有效投资结构持续优化。1—9月，全区固定资产投资同比增长5.4%，其中工业投资增长17.2%，占固定资产投资的比重达到46.8%，"
    "较上年同期提高4.5个百分点；房地产开发投资下降14.6%。全区35个市级以上重点项目累计完成投资97.3亿元，"
    "完成年度计划的81.2%，超序时进度6.2个百分点。",

    "招商引资量质齐升。1—9月，全区新签约项目41个，协议投资额356.8亿元，其中亿元以上项目28个、十亿元以上项目6个；"
    "实现到位资金138.5亿元，增长9.7%。9月18日举办的新能源汽车产业链专场推介会上，现场集中签约项目12个，"
    "协议投资额108.5亿元，其中鲅源新能源年产20GWh储能电池项目总投资45亿元。",

    "开放型经济稳中有进。1—9月，全区进出口总额312.5亿元，同比增长7.6%，其中出口198.4亿元，增长10.9%；"
    "9月当月进出口总额38.9亿元，同比增长15.2%。实际使用外资1.73亿美元，同比下降6.4%，降幅较上半年收窄5.1个百分点。"
    "财政收入稳步增长，完成一般公共预算收入41.26亿元，同比增长3.9%，其中税收收入35.08亿元，税收占比为85.0%。"
    "消费市场平稳恢复，社会消费品零售总额87.4亿元，增长4.7%。",

    "鲩立群在通报中分析，三季度经济增速明显回升，主要得益于新能源产业产能集中释放、重点项目投资加快形成实物工作量"
    "以及外贸订单逐步回暖。从四季度走势看，随着鲅源新能源二期、鲲翎轻量化底盘件等项目陆续投产，工业增长有望保持较快水平，"
    "但化工行业和利用外资指标仍面临较大压力，全年外资目标完成难度较大。",

    "会议同时指出，当前经济运行中仍存在一些不容忽视的问题：外资到位持续下滑，化工行业低位运行，部分签约项目落地转化偏慢，"
    "房地产开发投资降幅较大，需要高度重视、精准施策。",

    "鲼振华在讲话中强调，四季度是决定全年目标任务能否完成的关键阶段，全区上下要锚定目标不放松，"
    "确保全年规上工业总产值突破1750亿元、地区生产总值增长6.5%左右。他要求，一要紧盯工业运行，对重点企业实行“一企一策”跟踪服务，"
    "推动鲅源新能源二期等项目尽早释放产能；二要全力攻坚项目，对35个重点项目实行清单化管理、挂图作战，确保四季度新开工项目不少于8个；"
    "三要抓好招商落地，对已签约未开工项目逐个过堂，力争年内签约项目履约率达到70%以上；四要守牢安全底线，统筹做好安全生产、"
    "生态环境保护和信访稳定工作。",

    "鲴思远在主持会议时要求，各部门、各片区要对照会议部署，把目标任务细化分解到月、落实到人，倒排工期、压茬推进，"
    "对影响经济运行的堵点难点问题建立台账、限时销号，以只争朝夕的状态跑好全年“最后一公里”。",

    "会议还对四季度重点工作作了具体安排：10月底前完成全区重点项目“百日攻坚”任务分解；11月组织赴长三角开展新能源汽车零部件专题招商；"
    "12月上旬前完成年度安全生产和消防安全隐患大排查；年底前完成鲇湖片区标准厂房二期交付使用。",

    "会上，经济发展局、投资促进局、财政局等8个部门和鲇湖片区、鲹山片区负责同志作交流发言。"
    "鲅源新能源、鲐港食品等6家重点企业负责人列席会议。",
]

RELATED = [
    ("鲸州经开区举办新能源汽车产业链专场推介会", "2025-09-19"),
    ("鲸州经开区召开四季度重点项目建设推进会", "2025-10-16"),
    ("鲸州经开区开展“企业服务月”走访活动", "2025-10-09"),
    ("管委会主任鲴思远赴鲇湖片区调研安全生产工作", "2025-09-28"),
    ("鲸州经开区2025年上半年经济运行情况通报", "2025-07-24"),
]

NAV = ["首页", "走进经开区", "政务公开", "新闻中心", "投资促进", "政务服务", "互动交流", "专题专栏"]


def build_html(path):
    nav = "\n".join(f'        <li><a href="#">{n}</a></li>' for n in NAV)
    paras = "\n".join(f"        <p>{p}</p>" for p in HTML_PARAS)
    related = "\n".join(f'        <li><a href="#">{t}</a><span class="date">{d}</span></li>' for t, d in RELATED)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="ArticleTitle" content="{HTML_TITLE}">
  <meta name="PubDate" content="2025-10-21 09:46">
  <meta name="ContentSource" content="鲸州经开区经济发展局">
  <title>{HTML_TITLE}_园区要闻_鲸州经济技术开发区管理委员会</title>
  <style>
    body {{ font-family: "Microsoft YaHei", sans-serif; margin: 0; color: #333; }}
    .top-bar {{ background: #0b4f9c; color: #fff; font-size: 12px; padding: 4px 20px; }}
    .header {{ padding: 18px 20px; background: #f3f7fc; }}
    .nav ul {{ list-style: none; margin: 0; padding: 0; display: flex; background: #0b4f9c; }}
    .nav li a {{ color: #fff; display: block; padding: 10px 18px; text-decoration: none; }}
    .crumb {{ font-size: 13px; padding: 10px 20px; color: #666; }}
    .article {{ width: 900px; margin: 0 auto; }}
    .article h1 {{ text-align: center; font-size: 24px; }}
    .info {{ text-align: center; font-size: 13px; color: #888; border-bottom: 1px solid #ddd; padding-bottom: 8px; }}
    .content p {{ text-indent: 2em; line-height: 2; font-size: 16px; }}
    .share a {{ margin-right: 8px; font-size: 13px; }}
    .footer {{ background: #2b2b2b; color: #bbb; font-size: 12px; text-align: center; padding: 16px; margin-top: 30px; }}
  </style>
</head>
<body>
  <div class="top-bar">
    <span>欢迎访问鲸州经济技术开发区管理委员会门户网站</span>
    <span class="links"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a></span>
  </div>
  <div class="header">
    <div class="logo">鲸州经济技术开发区管理委员会</div>
    <form class="search" action="#"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form>
  </div>
  <div class="nav">
    <ul>
{nav}
    </ul>
  </div>
  <div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">园区要闻</a></div>
  <div class="article">
    <h1>{HTML_TITLE}</h1>
    <div class="info">
      <span>发布时间：2025-10-21 09:46</span>　<span>信息来源：鲸州经开区经济发展局</span>　<span>编辑：鲚小禾</span>
      　<span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>　<a href="#">打印</a>　<a href="#">关闭</a>
    </div>
    <div class="content" id="zoom">
{paras}
    </div>
    <div class="share">
      <span>分享到：</span><a href="#" class="wx">微信</a><a href="#" class="wb">微博</a><a href="#" class="qz">QQ空间</a>
    </div>
    <div class="pager">
      <p>上一篇：<a href="#">鲸州经开区召开四季度重点项目建设推进会</a></p>
      <p>下一篇：<a href="#">鲸州经开区开展“企业服务月”走访活动</a></p>
    </div>
    <div class="related">
      <h3>相关新闻</h3>
      <ul>
{related}
      </ul>
    </div>
  </div>
  <div class="footer">
    <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">网站纠错</a></p>
    <p>主办单位：鲸州经济技术开发区管理委员会　承办单位：鲸州经开区党政办公室</p>
    <p>地址：鲸州市鲸海大道88号　联系电话：（略）　鲸ICP备2019004178号-1　网站标识码：3790000042</p>
  </div>
  <script>
    (function () {{
      var links = document.querySelectorAll('.share a');
      for (var i = 0; i < links.length; i++) {{
        links[i].addEventListener('click', function (e) {{ e.preventDefault(); }});
      }}
    }})();
  </script>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


def main():
    os.makedirs(OUT, exist_ok=True)
    build_docx(os.path.join(OUT, DOCX_NAME))
    build_xlsx(os.path.join(OUT, XLSX_NAME))
    build_html(os.path.join(OUT, HTML_NAME))
    for n in (DOCX_NAME, XLSX_NAME, HTML_NAME):
        print("wrote", os.path.join(OUT, n))


if __name__ == "__main__":
    main()
