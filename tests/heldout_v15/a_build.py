#!/usr/bin/env python3
"""Build the three half-A reports of held-out set v15 (parkqa).

    /work/main/.venv/bin/python tests/heldout_v15/a_build.py

Writes into tests/heldout_v15/reports/:
  a_wanchun_hitech_2025_work_report.pdf      text PDF (reportlab, WenQuanYi Zen Hei), annual work report
  a_luoyun_parks_2025q3_bulletin.html        city-portal page, 1—9月 2025 bulletin on five parks
  a_rongming_edz_2025_10_project_ledger.xlsx openpyxl workbook, monthly project ledger (two sheets)

Every park, company, person, project and figure is invented. The park names use characters
with the 虫 and 酉 radicals and are not real places.
"""

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

PDF_NAME = "a_wanchun_hitech_2025_work_report.pdf"
HTML_NAME = "a_luoyun_parks_2025q3_bulletin.html"
XLSX_NAME = "a_rongming_edz_2025_10_project_ledger.xlsx"


# =====================================================================================
# 1. PDF: 蜿醇高新区 2025年工作报告
# =====================================================================================
R1_TITLE = "凝心聚力 攻坚突破 奋力开创蜿醇高新区高质量发展新局面"
R1_SUBTITLE = "——蜿醇高新区管委会2025年工作报告"
R1_META = [
    "（2026年1月16日在蜿醇高新区2026年工作会议上）",
    "蜿醇高新区党工委副书记、管委会主任　罗蔚然",
]

# blocks: ("h1"|"h2"|"p"|"table"|"note", text)
R1_BLOCKS = [
    ("p", "各位同志："),
    (
        "p",
        "现在，我代表高新区管委会，向大会报告2025年工作情况和2026年工作安排，请予审议，并请列席同志提出意见。",
    ),
    ("h1", "一、2025年工作回顾"),
    (
        "p",
        "2025年是“十四五”规划收官之年，也是蜿醇高新区实施“二次创业”三年行动的攻坚之年。一年来，面对外部环境变化带来的不利影响和行业周期波动的多重压力，我们在市委、市政府的坚强领导下，紧扣“科技新城、产业高地”发展定位，坚持项目为王、创新驱动、改革赋能，全区经济运行稳中有进、进中提质，较好完成了全年目标任务。",
    ),
    ("h2", "（一）主要经济指标稳步增长"),
    (
        "p",
        "去年，全区实现地区生产总值548.3亿元，按可比价计算增长6.8%，增速高于全市1.6个百分点。规上工业总产值1286.4亿元，增长10.1%，完成年度目标（1260亿元）的102.1%；规上工业增加值增长9.2%。固定资产投资218.9亿元，增长7.5%，完成年度目标的101.8%，其中工业投资139.2亿元，增长14.7%，工业投资占固定资产投资比重达到63.6%。一般公共预算收入41.07亿元，增长6.3%，其中税收收入33.58亿元，税收占比81.8%。进出口总额201.9亿元，增长8.3%；实际使用外资2.31亿美元，增长12.1%。规上服务业营业收入161.5亿元，增长13.1%。在全省国家级高新区年度综合评价中，我区位列第9位，较上年前移3位，是近五年来的最好名次。主要指标完成情况见表1。",
    ),
    ("table", None),
    (
        "note",
        "注：地区生产总值、规上工业增加值增速按可比价计算，其余按现价计算；R&D经费投入强度一栏“增长”为比上年提高的百分点数。",
    ),
    ("h2", "（二）“一区三园”协同发力"),
    (
        "p",
        "蜻湖科技园聚焦新一代信息技术，全年实现规上工业总产值512.7亿元，增长12.4%，占全区的39.9%，总量和增速均居三园之首。曜岑微电子12英寸功率器件晶圆项目、霁森光电Mini LED背光模组项目相继落地，园区全年新增高新技术企业47家，集成电路设计企业集聚效应初步显现。",
    ),
    (
        "p",
        "酩山智造园聚焦高端装备和新能源，全年实现规上工业总产值481.3亿元，增长8.9%。龙头企业拓衡智能装备年产值首次突破百亿元，达到118.6亿元；昶川新能源储能电池系统项目一期厂房于11月封顶；园区“智改数转”实现规上企业全覆盖，新增省级智能工厂5家。",
    ),
    (
        "p",
        "蝶溪生物医药园聚焦创新药和高端医疗器械，全年实现规上工业总产值292.4亿元，增长8.2%。全年获批一类创新药临床批件9件、三类医疗器械注册证14张；禾屿生物创新药产业化基地开工建设，蝶溪生物医药公共技术服务平台投入使用，累计服务企业210家次。",
    ),
    ("h2", "（三）招商引资量质齐升"),
    (
        "p",
        "坚持“一把手”招商、产业链招商和基金招商协同发力，全年新签约项目96个，协议总投资486.2亿元，其中亿元以上项目63个、10亿元以上项目14个；到位内资132.6亿元，增长9.4%。先后赴上海、深圳、合肥举办专题招商推介会6场，组建总规模30亿元的蜿醇科创产业母基金，通过基金招引项目11个。",
    ),
    (
        "p",
        "重大项目落地跑出加速度。4月18日，曜岑微电子12英寸功率器件晶圆项目正式签约，总投资68亿元，7月9日即开工建设，从签约到开工仅用82天，刷新全区重大项目落地纪录。总投资35亿元的昶川新能源储能电池系统项目、总投资22亿元的禾屿生物创新药产业化基地先后开工。全年新开工亿元以上项目41个，竣工投产项目27个，重点项目年度计划投资完成率达到108.5%。",
    ),
    (
        "p",
        "企业梯队不断壮大。年末全区规上工业企业达到436家，净增38家；年产值超百亿元企业增至3家，分别是霁森光电、拓衡智能装备和朗沣通信；年产值超十亿元企业达到29家。",
    ),
    ("h2", "（四）科技创新动能持续增强"),
    (
        "p",
        "全社会R&D经费投入强度达到4.85%，比上年提高0.23个百分点。新认定高新技术企业118家，年末高新技术企业总数达到689家；新增国家级专精特新“小巨人”企业7家，总数达到31家。全年发明专利授权2316件，每万人口高价值发明专利拥有量达到96.4件。新建省级以上研发平台16个，其中国家级2个。蜿醇实验室于6月28日正式揭牌运行，首批引进科研团队12个。深入实施“醇才计划”，全年新引进各类人才6200余人，其中博士及以上高层次人才386人。科技金融产品“蜻蜓贷”全年放款27.5亿元，惠及科技型中小企业640家。",
    ),
    ("h2", "（五）营商环境持续优化"),
    (
        "p",
        "深化“一件事一次办”改革，企业开办时间压缩至0.5个工作日，工业项目“拿地即开工”实现全覆盖。全年兑现各类惠企资金9.86亿元，惠及企业1270家次；新增经营主体8425户，年末总数达到6.3万户。建立领导干部挂钩联系重点企业制度，全年走访企业3600余家次，协调解决用工、用地、融资等问题452个，办结率98.7%。",
    ),
    ("h2", "（六）城市功能和民生保障不断完善"),
    (
        "p",
        "全年新建改建道路23.6公里，建成蜻湖科技园人才公寓2800套，蝶溪九年一贯制学校秋季如期开学，新增学位2160个。民生支出占一般公共预算支出比重达到72.4%。安全生产和生态环境形势总体平稳，空气质量优良天数比例达到86.3%。",
    ),
    ("h2", "（七）自身建设全面加强"),
    (
        "p",
        "坚持把党的政治建设摆在首位，扎实开展深入贯彻中央八项规定精神学习教育，持续整治形式主义为基层减负。深化管委会内设机构改革，将原有14个内设机构精简为11个，推行全员聘任制和绩效薪酬制度。全年办理人大代表建议和政协委员提案42件，办结率100%；12345热线诉求按时办结率99.2%，群众满意度位居全市开发区第一。严格落实政府过紧日子要求，一般性支出压减12%，腾出资金全部用于产业发展和民生保障。",
    ),
    (
        "p",
        "这些成绩的取得，是市委、市政府坚强领导的结果，是全区广大干部职工和企业家群体团结奋斗、苦干实干的结果。在此，我代表高新区管委会，向所有关心支持蜿醇高新区建设发展的各级领导、各界人士和广大投资者，表示衷心的感谢！",
    ),
    (
        "p",
        "在肯定成绩的同时，我们也清醒地看到存在的困难和问题：一是产业结构仍需优化，新兴产业规模偏小，部分传统企业转型升级压力较大；二是重大项目接续不足，特别是百亿级项目储备偏少；三是进出口受外部需求波动影响较大，四季度增速有所回落；四是科技成果本地转化率不高，创新链和产业链融合还不够紧密。对这些问题，我们将采取有力措施，认真加以解决。",
    ),
    ("h1", "二、2026年工作安排"),
    (
        "p",
        "2026年是“十五五”规划开局之年，做好今年工作意义重大。全区工作的总体要求是：坚持稳中求进工作总基调，以科技创新引领产业创新，以重大项目支撑高质量发展，加快建设“科技新城、产业高地”。",
    ),
    (
        "p",
        "今年全区经济社会发展的主要预期目标是：地区生产总值增长7%左右；规上工业总产值力争突破1400亿元；固定资产投资增长8%；一般公共预算收入增长5%以上；实际使用外资2.5亿美元；新认定高新技术企业120家；新签约亿元以上项目65个。",
    ),
    (
        "p",
        "同志们，去年，蜻湖科技园贡献了全区近四成的工业产值，酩山智造园诞生了第一家百亿级本土企业，蝶溪生物医药园实现了创新药产业化项目零的突破。今年，三个园区都要再上新台阶：蜻湖科技园要力争规上工业总产值突破560亿元，酩山智造园要突破520亿元，蝶溪生物医药园要突破320亿元。重点抓好以下五个方面工作。",
    ),
    ("table2", None),
    ("h2", "（一）聚力产业集群培育，构筑现代化产业体系"),
    (
        "p",
        "深入实施产业链“链长制”，围绕集成电路、智能装备、新型储能、生物医药四条重点产业链，逐链制定图谱清单，每条产业链明确一名区级领导担任链长。蜻湖科技园重点建设集成电路设计产业园二期，酩山智造园加快建设新型储能产业园，蝶溪生物医药园推进CXO公共服务平台和医疗器械检验检测中心建设。推动曜岑微电子晶圆项目一期于三季度通线投产，支持霁森光电、朗沣通信扩大产能，力争新一代信息技术产业产值突破600亿元。",
    ),
    ("h2", "（二）聚力重大项目攻坚，增强发展后劲"),
    (
        "p",
        "今年计划安排区级重点项目120个，总投资860亿元，年度计划投资236亿元。坚持“拿地即开工、竣工即投产”，推动昶川新能源储能电池系统项目一期年内投产、禾屿生物创新药产业化基地主体完工。全年力争新开工亿元以上项目45个，竣工投产项目30个。健全重大项目“专班+专员”推进机制，对投资10亿元以上项目实行区领导挂帅、“一项目一专班”，每月召开项目推进例会，每季度开展项目观摩评比，对进度滞后项目实行“红黄灯”预警。加强要素保障，全年计划供应工业用地3500亩，盘活低效用地1200亩。",
    ),
    ("h2", "（三）聚力科技创新，培育新质生产力"),
    (
        "p",
        "支持蜿醇实验室开展关键核心技术攻关，力争全社会R&D经费投入强度达到5%。实施高新技术企业“倍增计划”，新认定高新技术企业120家，新增国家级专精特新“小巨人”企业5家以上。全年引进各类人才6500人以上。",
    ),
    (
        "p",
        "完善“众创空间—孵化器—加速器—产业园”全链条孵化体系，新增省级以上科技企业孵化器2家。推动区内高校院所与企业共建联合实验室，力争技术合同成交额突破80亿元。",
    ),
    ("h2", "（四）聚力改革开放，激发发展活力"),
    (
        "p",
        "深化管理体制和人事薪酬制度改革，推行“园区+公司”运营模式。稳住外贸基本盘，支持企业开拓共建“一带一路”国家市场，实际使用外资达到2.5亿美元。持续优化营商环境，全年兑现惠企资金不低于10亿元。",
    ),
    ("h2", "（五）聚力民生保障，提升城市品质"),
    (
        "p",
        "加快蜻湖中央公园、酩山邻里中心等项目建设，新建人才公寓1500套，新增学位1800个。守牢安全生产和生态环境底线，确保空气质量优良天数比例稳定在85%以上。",
    ),
    (
        "p",
        "同志们，新征程呼唤新担当，新目标需要新作为。让我们在市委、市政府的坚强领导下，以更加昂扬的精神状态、更加务实的工作作风，全力以赴拼经济、抓项目、促创新，为奋力谱写蜿醇高新区高质量发展新篇章而努力奋斗！",
    ),
]

R1_TABLE2_CAPTION = "表2　2026年蜿醇高新区主要预期目标"
R1_TABLE2 = [
    ["指标", "单位", "2025年完成", "2026年目标"],
    ["地区生产总值增速", "%", "6.8", "7左右"],
    ["规上工业总产值", "亿元", "1286.4", "1400"],
    ["固定资产投资增速", "%", "7.5", "8"],
    ["一般公共预算收入增速", "%", "6.3", "5以上"],
    ["实际使用外资", "亿美元", "2.31", "2.5"],
    ["新认定高新技术企业", "家", "118", "120"],
    ["新签约亿元以上项目", "个", "63", "65"],
    ["全社会R&D经费投入强度", "%", "4.85", "5"],
]
R1_TABLE_CAPTION = "表1　2025年蜿醇高新区主要经济指标完成情况"
R1_TABLE = [
    ["指标", "单位", "2024年", "2025年", "增长（%）"],
    ["地区生产总值", "亿元", "512.6", "548.3", "6.8"],
    ["规上工业总产值", "亿元", "1168.2", "1286.4", "10.1"],
    ["规上工业增加值", "亿元", "301.5", "330.8", "9.2"],
    ["固定资产投资", "亿元", "203.7", "218.9", "7.5"],
    ["其中：工业投资", "亿元", "121.4", "139.2", "14.7"],
    ["一般公共预算收入", "亿元", "38.62", "41.07", "6.3"],
    ["其中：税收收入", "亿元", "31.25", "33.58", "7.5"],
    ["规上服务业营业收入", "亿元", "142.8", "161.5", "13.1"],
    ["进出口总额", "亿元", "186.4", "201.9", "8.3"],
    ["实际使用外资", "亿美元", "2.06", "2.31", "12.1"],
    ["高新技术企业数", "家", "612", "689", "12.6"],
    ["R&D经费投入强度", "%", "4.62", "4.85", "0.23"],
]


def build_pdf(path):
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1  # fixed dates and document id: the PDF is byte-for-byte reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    base = dict(fontName="WQY", wordWrap="CJK")
    st_title = ParagraphStyle(
        "t", fontSize=17, leading=24, alignment=TA_CENTER, spaceAfter=4, **base
    )
    st_sub = ParagraphStyle("s", fontSize=13, leading=19, alignment=TA_CENTER, spaceAfter=4, **base)
    st_meta = ParagraphStyle("m", fontSize=10.5, leading=16, alignment=TA_CENTER, **base)
    st_h1 = ParagraphStyle("h1", fontSize=13, leading=20, spaceBefore=8, spaceAfter=4, **base)
    st_h2 = ParagraphStyle("h2", fontSize=11.5, leading=18, spaceBefore=4, spaceAfter=2, **base)
    st_p = ParagraphStyle("p", fontSize=11, leading=19, firstLineIndent=22, spaceAfter=3, **base)
    st_note = ParagraphStyle("n", fontSize=9, leading=13, spaceAfter=6, **base)
    st_cell = ParagraphStyle("c", fontSize=9.5, leading=13, alignment=TA_CENTER, **base)

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("WQY", 8.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, "蜿醇高新区管委会文件")
        canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "2026年工作会议材料之一")
        canvas.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canvas.drawCentredString(A4[0] / 2, 11 * mm, "— %d —" % doc.page)
        canvas.restoreState()

    story = [Paragraph(R1_TITLE, st_title), Paragraph(R1_SUBTITLE, st_sub)]
    story += [Paragraph(m, st_meta) for m in R1_META]
    story.append(Spacer(1, 8))
    for kind, text in R1_BLOCKS:
        if kind in ("table", "table2"):
            cap, rows = (
                (R1_TABLE_CAPTION, R1_TABLE) if kind == "table" else (R1_TABLE2_CAPTION, R1_TABLE2)
            )
            widths = (
                [48 * mm, 20 * mm, 28 * mm, 28 * mm, 26 * mm]
                if kind == "table"
                else [56 * mm, 22 * mm, 34 * mm, 34 * mm]
            )
            story.append(Paragraph(cap, ParagraphStyle("cap", parent=st_h2, alignment=TA_CENTER)))
            data = [[Paragraph(c.replace("&", "&amp;"), st_cell) for c in row] for row in rows]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ]
                )
            )
            story.append(t)
            continue
        style = {"h1": st_h1, "h2": st_h2, "p": st_p, "note": st_note}[kind]
        story.append(Paragraph(text.replace("&", "&amp;"), style))

    doc = SimpleDocTemplate(
        path,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="蜿醇高新区管委会2025年工作报告",
        author="蜿醇高新区管委会办公室",
        creator="蜿醇高新区管委会办公室",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# =====================================================================================
# 2. HTML: 螺酝市 2025年前三季度全市开发区（园区）主要经济指标通报
# =====================================================================================
PARKS = ["螺酝经开区", "螺酝高新区", "蛉江经开区", "醍山工业园区", "蜓湾临港产业园"]

# 附表1 工业: 规上工业总产值(亿元), 增长(%), 位次, 规上工业增加值增长(%), 位次
T1 = [
    ["1562.8", "7.6", "2", "8.1", "2"],
    ["1024.5", "11.3", "1", "10.4", "1"],
    ["486.2", "5.2", "4", "6.3", "3"],
    ["297.6", "-2.4", "5", "-1.8", "5"],
    ["358.9", "6.7", "3", "5.9", "4"],
]
T1_TOTAL = ["3730.0", "7.3", "—", "7.8", "—"]
# 附表2 投资与财税: 固投增长, 工业投资增长, 一般公共预算收入(亿元), 增长, 实际使用外资(万美元), 增长
T2 = [
    ["6.2", "9.8", "48.36", "4.1", "8650", "12.4"],
    ["12.5", "18.3", "31.72", "7.9", "6120", "23.6"],
    ["3.8", "5.1", "12.85", "2.6", "1980", "-8.7"],
    ["-4.6", "-7.2", "6.43", "-3.1", "—", "—"],
    ["9.4", "15.6", "9.27", "5.3", "3460", "31.2"],
]
T2_TOTAL = ["6.9", "10.6", "108.63", "4.6", "20210", "—"]
# 附表3 招商与考核: 新签约亿元以上项目(个), 协议投资额(亿元), 新开工亿元以上项目(个), 综合得分, 综合排名
T3 = [
    ["28", "312.4", "19", "94.2", "2"],
    ["31", "286.7", "22", "96.8", "1"],
    ["14", "98.5", "9", "85.1", "4"],
    ["7", "41.3", "4", "78.6", "5"],
    ["17", "136.9", "11", "88.4", "3"],
]
T3_TOTAL = ["97", "875.8", "65", "—", "—"]

R2_PARAS = [
    ("p", "各开发区（园区）管委会，市发展改革委、市工业和信息化局、市统计局、市财政局、市商务局："),
    (
        "p",
        "为全面掌握全市开发区（园区）经济运行态势，推动开发区高质量发展，根据《螺酝市开发区（园区）高质量发展考核办法（试行）》，市开发区工作办公室会同市统计局、市财政局、市商务局，对全市5个开发区（园区）2025年1—9月主要经济指标完成情况进行了统计分析和综合考核。现将有关情况通报如下。",
    ),
    ("h", "一、总体情况"),
    (
        "p",
        "1—9月，全市开发区（园区）经济运行总体平稳、稳中有进，工业生产、项目投资和招商引资等主要指标保持增长，对全市经济的支撑作用进一步增强。",
    ),
    (
        "p",
        "（一）工业生产稳中有升。全市5个开发区（园区）共实现规上工业总产值3730.0亿元，同比增长7.3%，占全市规上工业总产值的78.6%，比上半年提高0.9个百分点，完成年度目标（5100亿元）的73.1%；规上工业增加值增长7.8%，高于全市平均水平1.5个百分点。5个园区中有4个实现正增长，螺酝高新区以11.3%的增速居首位。",
    ),
    (
        "p",
        "（二）项目投资持续发力。开发区（园区）固定资产投资同比增长6.9%，高于全市平均水平2.1个百分点；其中工业投资增长10.6%。1—9月共新开工亿元以上项目65个，新竣工亿元以上项目38个。",
    ),
    (
        "p",
        "（三）财税收入总体平稳。开发区（园区）共完成一般公共预算收入108.63亿元，同比增长4.6%，占全市一般公共预算收入的41.2%。",
    ),
    (
        "p",
        "（四）创新动能持续增强。截至9月末，5个开发区（园区）共有规上工业企业1842家，较年初净增86家；1—9月新认定高新技术企业146家，新增省级以上研发平台21个，规上工业企业研发费用同比增长13.5%。",
    ),
    (
        "p",
        "（五）招商引资成效明显。开发区（园区）新签约亿元以上项目97个，协议投资额875.8亿元，同比分别增长14.1%和18.7%，其中10亿元以上项目23个。实际使用外资合计20210万美元（不含醍山工业园区）。9月26日，市政府在深圳举办螺酝市开发区产业链招商推介会，现场签约项目12个，总投资148.6亿元。",
    ),
    (
        "p",
        "（六）营商环境不断优化。各开发区（园区）深入开展“企业服务月”活动，1—9月共为企业解决用工、融资、用地等各类诉求1376件，办结率97.4%；新增经营主体4215户；累计兑现各级惠企政策资金11.8亿元，惠及企业2360家次。",
    ),
    (
        "p",
        "从月度走势看，开发区（园区）规上工业总产值增速一季度为6.1%，上半年为6.8%，1—9月进一步回升，呈现逐季加快的良好态势；但固定资产投资增速较上半年回落0.8个百分点，项目投资接续压力有所显现。",
    ),
    ("h", "二、各开发区（园区）情况"),
    (
        "p",
        "（一）螺酝经济技术开发区。1—9月，实现规上工业总产值1562.8亿元，同比增长7.6%，总量继续居全市开发区首位；规上工业增加值增长8.1%。固定资产投资增长6.2%，其中工业投资增长9.8%。一般公共预算收入48.36亿元，增长4.1%。实际使用外资8650万美元，增长12.4%，总量居全市第一。新签约亿元以上项目28个，协议投资额312.4亿元，协议投资额居全市第一。汽车及零部件产业实现产值612.5亿元，增长9.3%；航沃动力年产20万台混合动力总成项目于8月12日投产，园区新能源汽车产量同比增长42.6%。园区积极推进“标准地+承诺制”改革，新出让工业用地1260亩，平均供地周期缩短至32天。",
    ),
    (
        "p",
        "（二）螺酝高新技术产业开发区。1—9月，实现规上工业总产值1024.5亿元，增长11.3%，增速居全市第一；规上工业增加值增长10.4%。固定资产投资增长12.5%，工业投资增长18.3%，两项增速均居全市第一。一般公共预算收入31.72亿元，增长7.9%。实际使用外资6120万美元，增长23.6%。新签约亿元以上项目31个，数量居全市第一，协议投资额286.7亿元。新认定高新技术企业63家，新增省级以上研发平台9个；睿湃半导体第三代半导体外延片项目于7月23日开工。园区科技型中小企业入库数达到1120家，技术合同成交额38.6亿元，科技创新对工业增长的带动作用进一步增强。",
    ),
    (
        "p",
        "（三）蛉江经济开发区。1—9月，实现规上工业总产值486.2亿元，增长5.2%；规上工业增加值增长6.3%。固定资产投资增长3.8%，工业投资增长5.1%。一般公共预算收入12.85亿元，增长2.6%。实际使用外资1980万美元，同比下降8.7%。新签约亿元以上项目14个，协议投资额98.5亿元。受主要企业出口订单下滑影响，园区纺织服装产业产值下降3.6%，拖累园区工业增速约1.2个百分点。园区新引进的蛉江智能家居产业园一期于9月投用，首批入驻企业15家，有望在四季度形成新的增长点。",
    ),
    (
        "p",
        "（四）醍山工业园区。1—9月，实现规上工业总产值297.6亿元，同比下降2.4%，是全市唯一负增长的园区；规上工业增加值下降1.8%。固定资产投资下降4.6%，工业投资下降7.2%。一般公共预算收入6.43亿元，下降3.1%。新签约亿元以上项目7个，协议投资额41.3亿元。因园区外资统计口径调整，实际使用外资数据暂未报送，本期不参与该项指标排名。指标下滑的主要原因是化工产品价格持续低位运行，醍山石化年产30万吨聚丙烯装置7月起停车检修。",
    ),
    (
        "p",
        "（五）蜓湾临港产业园。1—9月，实现规上工业总产值358.9亿元，增长6.7%；规上工业增加值增长5.9%。固定资产投资增长9.4%，工业投资增长15.6%。一般公共预算收入9.27亿元，增长5.3%。实际使用外资3460万美元，增长31.2%，增速居全市第一。新签约亿元以上项目17个，协议投资额136.9亿元。蜓湾港区10万吨级通用码头二期工程于9月18日建成试运行，港口货物吞吐量同比增长16.4%。园区外贸进出口额同比增长19.8%，跨境电商、保税仓储等临港业态快速集聚。",
    ),
    ("h", "三、综合考核情况"),
    (
        "p",
        "按照考核办法，对工业经济（40分）、项目投资（30分）、招商引资（20分）、财税收入（10分）四类指标加权计分。1—9月，螺酝高新区、螺酝经开区、蜓湾临港产业园位列综合考核前三名，获评“季度红旗园区”；螺酝高新区以96.8分连续两个季度位居第一。醍山工业园区综合得分78.6分，排名末位，被列为“黄旗园区”，由市开发区工作办公室进行约谈督导。各园区主要指标及排名情况详见附表。",
    ),
    (
        "p",
        "从分项指标看，工业经济类指标得分最高的是螺酝高新区，项目投资类指标得分最高的是蜓湾临港产业园，招商引资类和财税收入类指标得分最高的均为螺酝经开区。与上半年相比，蜓湾临港产业园综合排名前移一位，蛉江经开区后移一位，其余园区排名不变。",
    ),
    ("h", "四、存在的问题"),
    (
        "p",
        "一是工业增长分化明显。螺酝高新区、螺酝经开区两个园区规上工业总产值增量占全部增量的八成以上，醍山工业园区持续负增长，蛉江经开区增速低于全市平均水平。二是投资后劲有待增强。部分园区重大项目储备不足，醍山工业园区工业投资降幅较上半年扩大2.3个百分点。三是利用外资基础不稳。蛉江经开区实际使用外资同比下降，个别园区外资统计工作不够规范，数据报送不及时。四是要素保障压力加大。蛉江经开区、醍山工业园区可供开发的成片工业用地均不足千亩，部分标准厂房空置率偏高，低效用地盘活进度慢于预期。",
    ),
    ("h", "五、下步工作要求"),
    (
        "p",
        "四季度是冲刺全年目标的关键时期，各开发区（园区）要对照年度目标任务，逐项查找差距，倒排工期、挂图作战。一要全力稳住工业基本盘，加强重点企业运行监测，确保全年开发区规上工业总产值达到5100亿元。二要加快项目建设进度，推动已签约项目尽快开工、在建项目尽快投产，力争四季度新开工亿元以上项目25个以上。三要规范统计基础工作，醍山工业园区要在11月10日前完成外资统计口径调整和数据补报。四要强化督查考核，市开发区工作办公室将于12月中旬组织开展年度现场观摩评比，观摩评比结果按20%权重计入年度考核。五要持续优化营商环境，全面推行“园区事园区办”，确保企业诉求2个工作日内响应、10个工作日内办结。",
    ),
    (
        "p",
        "各开发区（园区）要于每月5日前将上月主要经济指标及重点项目进展情况报送市开发区工作办公室，数据须经同级统计部门审核确认。对数据报送不及时、不准确的园区，将在全市范围内通报批评，并扣减年度考核分值。",
    ),
    ("p", "附件：2025年1—9月全市开发区（园区）主要经济指标完成情况表"),
]


def _tbl(caption, head, rows, total):
    h = ['<p class="tbl-cap">%s</p>' % caption, '<table class="data">', "<thead><tr>"]
    h += ["<th>%s</th>" % c for c in head]
    h.append("</tr></thead><tbody>")
    for name, r in zip(PARKS, rows):
        h.append("<tr><td>%s</td>%s</tr>" % (name, "".join("<td>%s</td>" % c for c in r)))
    h.append('<tr class="sum"><td>合计</td>%s</tr>' % "".join("<td>%s</td>" % c for c in total))
    h.append("</tbody></table>")
    return "\n".join(h)


def build_html(path):
    body = []
    for kind, text in R2_PARAS:
        if kind == "h":
            body.append('<p class="sec"><strong>%s</strong></p>' % text)
        else:
            body.append('<p style="text-indent:2em;">%s</p>' % text)
    tables = "\n".join(
        [
            _tbl(
                "附表1　1—9月开发区（园区）工业经济指标",
                [
                    "园区",
                    "规上工业总产值（亿元）",
                    "同比增长（%）",
                    "位次",
                    "规上工业增加值增长（%）",
                    "位次",
                ],
                T1,
                T1_TOTAL,
            ),
            _tbl(
                "附表2　1—9月开发区（园区）投资、财税和外资指标",
                [
                    "园区",
                    "固定资产投资增长（%）",
                    "工业投资增长（%）",
                    "一般公共预算收入（亿元）",
                    "同比增长（%）",
                    "实际使用外资（万美元）",
                    "同比增长（%）",
                ],
                T2,
                T2_TOTAL,
            ),
            _tbl(
                "附表3　1—9月开发区（园区）招商引资及综合考核情况",
                [
                    "园区",
                    "新签约亿元以上项目（个）",
                    "协议投资额（亿元）",
                    "新开工亿元以上项目（个）",
                    "综合得分",
                    "综合排名",
                ],
                T3,
                T3_TOTAL,
            ),
            '<p class="tbl-note">注：1.增速为同比增速，按现价计算（规上工业增加值按可比价计算）；2.“—”表示数据暂缺或不适用；'
            "3.醍山工业园区实际使用外资数据暂未报送，合计数不含该园区。</p>",
        ]
    )
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="ArticleTitle" content="关于2025年前三季度全市开发区（园区）主要经济指标完成情况的通报">
<meta name="PubDate" content="2025-10-28 16:05">
<meta name="ContentSource" content="螺酝市开发区工作办公室">
<title>关于2025年前三季度全市开发区（园区）主要经济指标完成情况的通报_统计信息_螺酝市人民政府</title>
<link rel="stylesheet" href="/images/css/common.css">
<style>
body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;background:#f3f5f8;color:#333}
.top-bar{background:#0d4b8c;color:#fff;font-size:12px;padding:4px 0}
.wrap{width:1200px;margin:0 auto}
.head{background:#1560ae;color:#fff;padding:18px 0}
.head h1{font-size:30px;margin:0;letter-spacing:4px}
.nav ul{list-style:none;margin:0;padding:0;display:flex;background:#0f5298}
.nav li a{display:block;color:#fff;padding:12px 26px;text-decoration:none}
.crumb{font-size:13px;padding:10px 0;color:#666}
.article{background:#fff;padding:30px 60px}
.article h2{text-align:center;font-size:24px;color:#0d4b8c}
.info{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}
.content p{font-size:16px;line-height:2}
table.data{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0}
table.data th,table.data td{border:1px solid #999;padding:4px 6px;text-align:center}
.tbl-cap{text-align:center;font-weight:bold}
.foot{background:#0d4b8c;color:#dfe8f3;font-size:12px;text-align:center;padding:20px 0;line-height:2}
</style>
<script>var _hmt = _hmt || [];(function(){var pv=document.createElement("script");pv.src="/js/pv.js?c=luoyun";document.head.appendChild(pv);})();</script>
</head>
<body>
<div class="top-bar"><div class="wrap">
<span>今天是：<span id="today"></span></span>
<span class="links"><a href="/">无障碍</a> | <a href="/">长者模式</a> | <a href="/">繁體</a> | <a href="/">English</a> | <a href="/">登录</a></span>
</div></div>
<div class="head"><div class="wrap">
<h1>螺酝市人民政府</h1>
<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div>
</div></div>
<div class="nav"><div class="wrap"><ul>
<li><a href="/">首页</a></li>
<li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li>
<li><a href="/zjly/">走进螺酝</a></li>
<li><a href="/ztzl/">专题专栏</a></li>
<li><a href="/tzly/">投资螺酝</a></li>
</ul></div></div>
<div class="wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tjxx/">统计信息</a> &gt; <a href="/zwgk/tjxx/kfq/">开发区运行</a></div>
<div class="article">
<table class="meta-table">
<tr><td>索 引 号：</td><td>LY-KFB-2025-00217</td><td>主题分类：</td><td>综合政务/统计信息</td></tr>
<tr><td>发布机构：</td><td>螺酝市开发区工作办公室</td><td>成文日期：</td><td>2025-10-27</td></tr>
<tr><td>文　　号：</td><td>螺开发办〔2025〕17号</td><td>有 效 性：</td><td>有效</td></tr>
</table>
<h2>关于2025年前三季度全市开发区（园区）主要经济指标完成情况的通报</h2>
<div class="info">
<span>发布时间：2025-10-28 16:05</span>　<span>来源：螺酝市开发区工作办公室</span>　<span>浏览次数：<em id="hits">1386</em></span>　<span>字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span>　<span><a href="javascript:window.print()">打印本页</a></span>
</div>
<div class="content" id="zoom">
<p style="text-align:center;">螺开发办〔2025〕17号</p>
%BODY%
<div class="attach">
%TABLES%
</div>
<p style="text-align:right;">螺酝市开发区工作办公室</p>
<p style="text-align:right;">2025年10月27日</p>
<p style="text-align:left;">（此件公开发布）</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="prev-next">
<p>上一篇：<a href="/zwgk/tjxx/kfq/202509/t20250918_88231.html">9月份全市规上工业生产情况简析</a></p>
<p>下一篇：<a href="/zwgk/tjxx/kfq/202511/t20251104_89410.html">全市开发区“百日攻坚”行动推进会召开</a></p>
</div>
<div class="related">
<h3>相关文章</h3>
<ul>
<li><a href="/zwgk/tjxx/kfq/202507/t20250725_86102.html">关于2025年上半年全市开发区（园区）主要经济指标完成情况的通报</a><span>2025-07-25</span></li>
<li><a href="/zwgk/tjxx/kfq/202504/t20250428_84377.html">关于2025年一季度全市开发区（园区）主要经济指标完成情况的通报</a><span>2025-04-28</span></li>
<li><a href="/zwgk/tjxx/kfq/202502/t20250214_83015.html">关于2024年度全市开发区（园区）高质量发展综合考核结果的通报</a><span>2025-02-14</span></li>
<li><a href="/zwgk/tjxx/kfq/202410/t20241029_80921.html">关于2024年前三季度全市开发区（园区）主要经济指标完成情况的通报</a><span>2024-10-29</span></li>
</ul>
</div>
<div class="close"><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="foot"><div class="wrap">
<p><a href="/">网站地图</a> | <a href="/">联系我们</a> | <a href="/">隐私声明</a> | <a href="/">网站纠错</a></p>
<p>主办单位：螺酝市人民政府办公室　承办单位：螺酝市大数据中心</p>
<p>网站标识码：5309000017　螺ICP备05003817号　螺公网安备 53090202000318号</p>
<p>建议使用1366×768分辨率，IE10以上浏览器浏览本网站</p>
</div></div>
<script>document.getElementById("today").innerHTML=new Date().toLocaleDateString("zh-CN");</script>
</body>
</html>
"""
    html = html.replace("%BODY%", "\n".join(body)).replace("%TABLES%", tables)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


# =====================================================================================
# 3. XLSX: 蝾酩经济开发区 2025年10月招商引资项目推进台账
# =====================================================================================
L_QIN = "管委会主任 秦朗"
L_HAN = "管委会副主任 韩立新"
L_WU = "管委会副主任 邬晓岚"
L_FU = "党工委委员 符建军"
L_LAN = "管委会副主任 蓝瑜"

NEV, MAT, FOOD, EQP, LOG = "新能源汽车零部件", "新材料", "食品酿造", "智能装备", "现代物流"
PH, FQ = "醅湖片区", "蚨桥片区"
S0, S1, S2 = "已签约未开工", "在建", "竣工投产"

# name, company, industry, area, investment(亿元), signing date, stage, leader, unit, progress
PROJECTS = [
    (
        "年产60万套新能源汽车热管理系统项目",
        "浙江汇驰热管理科技有限公司",
        NEV,
        PH,
        18.5,
        "2025.1.16",
        S1,
        L_HAN,
        "投资促进一局",
        "主体厂房钢结构吊装完成，设备采购合同已签订，计划2026年3月试生产",
    ),
    (
        "一体化压铸车身结构件项目",
        "蝾酩锐铸精密科技有限公司",
        NEV,
        PH,
        25,
        "2025.2.11",
        S1,
        L_QIN,
        "投资促进一局",
        "9000吨压铸岛基础施工完成，熔炼车间进入屋面施工",
    ),
    (
        "汽车智能座舱电子总部及生产基地项目",
        "江苏启晟汽车电子有限公司",
        NEV,
        PH,
        12.8,
        "2025.3.6",
        S1,
        L_HAN,
        "投资促进一局",
        "研发楼主体结构封顶，生产车间完成桩基施工",
    ),
    (
        "动力电池精密结构件项目",
        "深圳铂川精密制造有限公司",
        NEV,
        PH,
        9.6,
        "2025.3.20",
        S2,
        L_HAN,
        "醅湖片区管理办公室",
        "租赁标准厂房改造，8月26日首条产线投产",
    ),
    (
        "新能源汽车电驱系统项目",
        "安徽沃骋电驱动科技有限公司",
        NEV,
        PH,
        32,
        "2025.5.9",
        S1,
        L_QIN,
        "投资促进一局",
        "6月30日开工，联合厂房完成基础施工，综合楼主体施工至三层",
    ),
    (
        "车用高性能线束及连接器项目",
        "宁波旭泓电气有限公司",
        NEV,
        FQ,
        4.2,
        "2025.6.13",
        S2,
        L_WU,
        "蚨桥片区管理办公室",
        "利用存量厂房，9月19日投产",
    ),
    (
        "汽车轻量化铝合金轮毂项目",
        "山东骏岳铝业科技有限公司",
        NEV,
        FQ,
        7.5,
        "2025.8.22",
        S0,
        L_WU,
        "投资促进一局",
        "已完成项目备案，正在办理环评手续，土地挂牌公告已发布",
    ),
    (
        "氢燃料电池双极板项目",
        "上海氢屹能源科技有限公司",
        NEV,
        PH,
        6.3,
        "2025.10.17",
        S0,
        L_HAN,
        "投资促进一局",
        "10月17日签约，正在开展厂房选址和方案设计",
    ),
    (
        "高性能碳纤维复合材料项目",
        "蝾酩恒纤新材料有限公司",
        MAT,
        FQ,
        22,
        "2025.1.23",
        S1,
        L_LAN,
        "投资促进二局",
        "一期碳化线厂房主体完工，进口设备陆续到港",
    ),
    (
        "电子级高纯化学品项目",
        "江苏澈源电子材料有限公司",
        MAT,
        FQ,
        15.6,
        "2025.2.27",
        S1,
        L_LAN,
        "投资促进二局",
        "取得安全条件审查批复，甲类仓库及罐区土建施工中",
    ),
    (
        "生物基可降解材料项目",
        "浙江禾稷生物材料有限公司",
        MAT,
        FQ,
        11.2,
        "2025.4.15",
        S1,
        L_LAN,
        "投资促进二局",
        "完成三通一平，7月28日开工，发酵车间基础浇筑完成",
    ),
    (
        "光伏封装胶膜项目",
        "常州昱晞新材料科技有限公司",
        MAT,
        FQ,
        5.8,
        "2025.4.29",
        S2,
        L_FU,
        "蚨桥片区管理办公室",
        "收购闲置厂房改造，10月10日投产",
    ),
    (
        "特种工程塑料改性项目",
        "广东科瀚高分子材料有限公司",
        MAT,
        FQ,
        3.5,
        "2025.5.30",
        S1,
        L_FU,
        "投资促进二局",
        "厂房装修及洁净车间改造中，预计2026年1月投产",
    ),
    (
        "锂电池隔膜涂覆材料项目",
        "湖南璟拓新能源材料有限公司",
        MAT,
        FQ,
        13.4,
        "2025.7.11",
        S1,
        L_LAN,
        "投资促进二局",
        "取得施工许可，10月15日开工，正在进行场地平整和桩基施工",
    ),
    (
        "高端电子铜箔项目",
        "江西赣澜铜业有限公司",
        MAT,
        FQ,
        28,
        "2025.9.5",
        S0,
        L_QIN,
        "投资促进二局",
        "已签订投资协议，项目公司已注册，正在编制可研报告",
    ),
    (
        "稀土永磁材料精深加工项目",
        "内蒙古北稀磁材科技有限公司",
        MAT,
        FQ,
        16.5,
        "2025.10.24",
        S0,
        L_LAN,
        "投资促进二局",
        "10月24日签约，项目公司注册中",
    ),
    (
        "年产5万千升精酿啤酒项目",
        "蝾酩醴泉酒业有限公司",
        FOOD,
        PH,
        6.8,
        "2025.1.9",
        S1,
        L_WU,
        "经济发展局",
        "糖化车间设备安装中，灌装线完成招标",
    ),
    (
        "黄酒传统酿造技艺传承及文旅综合体项目",
        "浙江醇裕黄酒股份有限公司",
        FOOD,
        PH,
        12,
        "2025.3.14",
        S1,
        L_WU,
        "经济发展局",
        "酿造车间主体完工，文旅区游客中心开工",
    ),
    (
        "酱香型白酒基酒储存及勾调中心项目",
        "贵州酩泰酒业集团有限公司",
        FOOD,
        PH,
        20,
        "2025.4.8",
        S1,
        L_QIN,
        "经济发展局",
        "陶坛库一期完成主体施工，勾调中心完成基础施工",
    ),
    (
        "果酒及发酵饮品项目",
        "四川蜀蓁果业有限公司",
        FOOD,
        PH,
        3.2,
        "2025.5.16",
        S2,
        L_WU,
        "醅湖片区管理办公室",
        "租赁厂房改造，7月15日投产",
    ),
    (
        "食醋酿造技改扩能项目",
        "蝾酩老醯坊醋业有限公司",
        FOOD,
        PH,
        2.6,
        "2025.6.5",
        S2,
        L_WU,
        "经济发展局",
        "新增发酵罐42台，10月22日完成技改并投产",
    ),
    (
        "中央厨房及预制菜加工项目",
        "福建鲜屿食品有限公司",
        FOOD,
        FQ,
        4.5,
        "2025.7.24",
        S1,
        L_FU,
        "经济发展局",
        "8月20日开工，冷库及加工车间钢结构施工中",
    ),
    (
        "酿酒专用粮仓储物流项目",
        "河南豫穗粮油集团有限公司",
        FOOD,
        FQ,
        5.5,
        "2025.9.12",
        S0,
        L_FU,
        "经济发展局",
        "正在办理土地出让手续",
    ),
    (
        "益生菌发酵制品项目",
        "上海微酵生物科技有限公司",
        FOOD,
        PH,
        8.8,
        "2025.10.9",
        S0,
        L_WU,
        "经济发展局",
        "10月9日签约，正在开展项目环评",
    ),
    (
        "工业机器人减速器项目",
        "苏州精擎传动科技有限公司",
        EQP,
        PH,
        14.5,
        "2025.1.28",
        S1,
        L_HAN,
        "投资促进一局",
        "厂房主体封顶，正在进行机电安装",
    ),
    (
        "智能仓储物流装备项目",
        "杭州仓迅智能装备有限公司",
        EQP,
        FQ,
        8.2,
        "2025.3.27",
        S1,
        L_FU,
        "投资促进一局",
        "联合厂房屋面施工，办公楼主体完工",
    ),
    (
        "数控机床关键功能部件项目",
        "浙江铣工精密机械有限公司",
        EQP,
        PH,
        6.5,
        "2025.4.22",
        S2,
        L_HAN,
        "醅湖片区管理办公室",
        "购置标准厂房，9月8日投产",
    ),
    (
        "激光加工成套装备项目",
        "武汉光韧激光科技有限公司",
        EQP,
        PH,
        10.5,
        "2025.5.22",
        S1,
        L_HAN,
        "投资促进一局",
        "7月3日开工，生产车间主体施工至二层",
    ),
    (
        "食品饮料智能灌装设备项目",
        "广州酉工智能装备有限公司",
        EQP,
        FQ,
        4.8,
        "2025.6.26",
        S1,
        L_FU,
        "投资促进一局",
        "标准厂房装修中，首批设备已进场调试",
    ),
    (
        "高压电力装备项目",
        "西安华骏电气有限公司",
        EQP,
        FQ,
        19.8,
        "2025.8.7",
        S0,
        L_QIN,
        "投资促进一局",
        "正在办理规划许可，计划11月开工",
    ),
    (
        "工业视觉检测系统项目",
        "深圳视衡科技有限公司",
        EQP,
        PH,
        3.6,
        "2025.9.18",
        S0,
        L_HAN,
        "投资促进一局",
        "拟租赁科创园厂房，正在洽谈租赁协议",
    ),
    (
        "冷链物流产业园项目",
        "蝾酩港冷链物流有限公司",
        LOG,
        FQ,
        13.2,
        "2025.2.18",
        S1,
        L_FU,
        "经济发展局",
        "一期冷库主体完工，二期完成桩基施工",
    ),
    (
        "公铁联运物流枢纽项目",
        "中储醅湖物流发展有限公司",
        LOG,
        FQ,
        26.5,
        "2025.3.31",
        S1,
        L_QIN,
        "经济发展局",
        "铁路专用线完成路基施工，集装箱堆场开工",
    ),
    (
        "跨境电商产业园项目",
        "宁波跨域供应链管理有限公司",
        LOG,
        PH,
        7.2,
        "2025.5.6",
        S1,
        L_LAN,
        "经济发展局",
        "仓储中心主体施工，监管中心完成设计",
    ),
    (
        "城市共同配送中心项目",
        "江苏顺驿物流有限公司",
        LOG,
        FQ,
        4.4,
        "2025.6.19",
        S0,
        L_LAN,
        "经济发展局",
        "受用地调规影响暂缓，正在办理规划调整",
    ),
    (
        "危化品智慧物流园项目",
        "山东鲁运化工物流有限公司",
        LOG,
        FQ,
        9.5,
        "2025.8.28",
        S0,
        L_FU,
        "经济发展局",
        "已完成安全评价，等待用地报批",
    ),
    (
        "酒类供应链集采中心项目",
        "蝾酩醇链供应链管理有限公司",
        LOG,
        PH,
        3.8,
        "2025.10.28",
        S0,
        L_WU,
        "经济发展局",
        "10月28日签约，拟利用存量仓库改造",
    ),
]

# annual targets (亿元 / 个) and funds in place (not in the project list)
TGT_SIGN_N, TGT_SIGN_AMT, TGT_START_N, TGT_FUNDS = 45, 480, 30, 85
FUNDS_DONE = 71.6


def _r(x, n=2):
    v = round(x + 1e-9, n)
    return int(v) if v == int(v) else v


def ledger_summary():
    stages = {}
    for s in (S0, S1, S2):
        ps = [p for p in PROJECTS if p[6] == s]
        oct_ = [p for p in ps if p[5].startswith("2025.10.")]
        stages[s] = (len(ps), _r(sum(p[4] for p in ps)), len(oct_), _r(sum(p[4] for p in oct_)))
    inds = {}
    for ind in (NEV, MAT, FOOD, EQP, LOG):
        ps = [p for p in PROJECTS if p[2] == ind]
        inds[ind] = (
            len(ps),
            _r(sum(p[4] for p in ps)),
            len([p for p in ps if p[6] != S0]),
            len([p for p in ps if p[6] == S2]),
        )
    areas = {}
    for a in (PH, FQ):
        ps = [p for p in PROJECTS if p[3] == a]
        areas[a] = (len(ps), _r(sum(p[4] for p in ps)))
    n = len(PROJECTS)
    amt = _r(sum(p[4] for p in PROJECTS))
    started = len([p for p in PROJECTS if p[6] != S0])
    oct_n = len([p for p in PROJECTS if p[5].startswith("2025.10.")])
    oct_amt = _r(sum(p[4] for p in PROJECTS if p[5].startswith("2025.10.")))
    return dict(
        stages=stages,
        inds=inds,
        areas=areas,
        n=n,
        amt=amt,
        started=started,
        oct_n=oct_n,
        oct_amt=oct_amt,
        pct_n=_r(100.0 * n / TGT_SIGN_N, 1),
        pct_amt=_r(100.0 * amt / TGT_SIGN_AMT, 1),
        pct_start=_r(100.0 * started / TGT_START_N, 1),
        pct_funds=_r(100.0 * FUNDS_DONE / TGT_FUNDS, 1),
    )


def build_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    S = ledger_summary()
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    bold = Font(name="宋体", bold=True, size=11)
    head_fill = PatternFill("solid", fgColor="DDEBF7")

    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.merge_cells("A1:H1")
    ws["A1"] = "蝾酩经济开发区2025年招商引资项目推进情况汇总表（截至10月末）"
    ws["A1"].font = Font(name="黑体", bold=True, size=16)
    ws["A1"].alignment = center
    ws.row_dimensions[1].height = 32
    ws.merge_cells("A2:E2")
    ws["A2"] = "填报单位：蝾酩经济开发区投资促进局（招商服务中心）"
    ws.merge_cells("F2:H2")
    ws["F2"] = "填报日期：2025年11月5日"
    ws["F2"].alignment = Alignment(horizontal="right")

    # two-row header with merged cells
    ws.merge_cells("A3:A4")
    ws["A3"] = "项目阶段"
    ws.merge_cells("B3:C3")
    ws["B3"] = "项目数（个）"
    ws.merge_cells("D3:E3")
    ws["D3"] = "计划总投资（亿元）"
    ws.merge_cells("F3:G3")
    ws["F3"] = "其中：10月新签约"
    ws.merge_cells("H3:H4")
    ws["H3"] = "占项目总数比重（%）"
    ws["B4"], ws["C4"] = "数量", "较上月末增减"
    ws["D4"], ws["E4"] = "金额", "占比（%）"
    ws["F4"], ws["G4"] = "项目数（个）", "总投资（亿元）"
    # month-on-month change of stage counts (projects moving between stages in October + new signings)
    mom = {S0: 3, S1: -1, S2: 2}
    r = 5
    for s in (S0, S1, S2):
        n, amt, on, oamt = S["stages"][s]
        ws.cell(r, 1, s)
        ws.cell(r, 2, n)
        ws.cell(r, 3, mom[s])
        ws.cell(r, 4, amt)
        ws.cell(r, 5, _r(100.0 * amt / S["amt"], 1))
        ws.cell(r, 6, on)
        ws.cell(r, 7, oamt)
        ws.cell(r, 8, _r(100.0 * n / S["n"], 1))
        r += 1
    ws.cell(r, 1, "合计")
    ws.cell(r, 2, S["n"])
    ws.cell(r, 3, sum(mom.values()))
    ws.cell(r, 4, S["amt"])
    ws.cell(r, 5, 100)
    ws.cell(r, 6, S["oct_n"])
    ws.cell(r, 7, S["oct_amt"])
    ws.cell(r, 8, 100)
    last_stage_row = r
    for row in ws.iter_rows(min_row=3, max_row=last_stage_row, max_col=8):
        for c in row:
            c.border = box
            c.alignment = center
    for row in ws.iter_rows(min_row=3, max_row=4, max_col=8):
        for c in row:
            c.font = bold
            c.fill = head_fill

    # industry block
    r = last_stage_row + 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1, "二、分产业项目情况").font = bold
    r += 1
    hdr = r
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    ws.cell(r, 1, "产业类别")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, "签约项目")
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    ws.cell(r, 4, "项目推进")
    ws.merge_cells(start_row=r, start_column=6, end_row=r + 1, end_column=8)
    ws.cell(r, 6, "牵头责任单位")
    ws.cell(r + 1, 2, "项目数（个）")
    ws.cell(r + 1, 3, "计划总投资（亿元）")
    ws.cell(r + 1, 4, "已开工（个）")
    ws.cell(r + 1, 5, "其中竣工投产（个）")
    lead = {
        NEV: "投资促进一局",
        MAT: "投资促进二局",
        FOOD: "经济发展局",
        EQP: "投资促进一局",
        LOG: "经济发展局",
    }
    r += 2
    for ind in (NEV, MAT, FOOD, EQP, LOG):
        n, amt, started, done = S["inds"][ind]
        ws.cell(r, 1, ind)
        ws.cell(r, 2, n)
        ws.cell(r, 3, amt)
        ws.cell(r, 4, started)
        ws.cell(r, 5, done)
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
        ws.cell(r, 6, lead[ind])
        r += 1
    for row in ws.iter_rows(min_row=hdr, max_row=r - 1, max_col=8):
        for c in row:
            c.border = box
            c.alignment = center
    for row in ws.iter_rows(min_row=hdr, max_row=hdr + 1, max_col=8):
        for c in row:
            c.font = bold
            c.fill = head_fill

    # annual targets block
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1, "三、年度目标完成情况").font = bold
    r += 1
    hdr = r
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 1, "指标")
    ws.cell(r, 4, "年度目标")
    ws.cell(r, 5, "1—10月完成")
    ws.cell(r, 6, "完成率（%）")
    ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
    ws.cell(r, 7, "序时进度（%）")
    rows = [
        ("新签约亿元以上项目（个）", TGT_SIGN_N, S["n"], S["pct_n"]),
        ("新签约项目计划总投资（亿元）", TGT_SIGN_AMT, S["amt"], S["pct_amt"]),
        ("新开工项目（个）", TGT_START_N, S["started"], S["pct_start"]),
        ("招商引资实际到位资金（亿元）", TGT_FUNDS, FUNDS_DONE, S["pct_funds"]),
    ]
    r += 1
    for name, tgt, done, pct in rows:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(r, 1, name)
        ws.cell(r, 4, tgt)
        ws.cell(r, 5, done)
        ws.cell(r, 6, pct)
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
        ws.cell(r, 7, 83.3)
        r += 1
    for row in ws.iter_rows(min_row=hdr, max_row=r - 1, max_col=8):
        for c in row:
            c.border = box
            c.alignment = center
    for c in ws[hdr][:8]:
        c.font = bold
        c.fill = head_fill

    # notes
    r += 1
    ph_n, ph_amt = S["areas"][PH]
    fq_n, fq_amt = S["areas"][FQ]
    notes = [
        "四、情况说明",
        "1.本台账统计范围为2025年1月1日以来新签约、单体计划总投资1亿元以上的招商引资项目，不含2024年及以前签约的续建项目。",
        "2.分片区看，醅湖片区签约项目%d个、计划总投资%s亿元，蚨桥片区签约项目%d个、计划总投资%s亿元。"
        % (ph_n, ph_amt, fq_n, fq_amt),
        "3.10月份新签约项目%d个，计划总投资%s亿元，均为已签约未开工项目；当月新增竣工投产项目2个（食醋酿造技改扩能项目、光伏封装胶膜项目），新开工项目1个。"
        % (S["oct_n"], S["oct_amt"]),
        "4.10月28日，在苏州举办的蝾酩经济开发区食品酿造产业专题推介会上，酒类供应链集采中心项目现场签约。",
        "5.城市共同配送中心项目受用地调规影响暂缓推进，已列入“红灯”预警项目，由管委会副主任 蓝瑜牵头协调。",
        "6.招商引资实际到位资金由各责任单位按月报送，经财政、统计部门审核后汇总，不按项目逐个列示。",
        "7.项目实行“红黄绿灯”分级管理：绿灯项目29个、黄灯项目7个、红灯项目1个；黄灯项目主要集中在现代物流和新材料领域，主要原因是用地报批、环评和能评手续办理周期较长。",
        "8.下步工作：一是加快11月计划开工的高压电力装备项目前期手续办理；二是推动一体化压铸车身结构件项目、新能源汽车电驱系统项目年内主体封顶；三是做好11月在深圳举办的新能源汽车零部件产业推介会筹备工作，力争现场签约亿元以上项目5个以上。",
        "9.序时进度按10个月计算为83.3%。下月台账将于12月5日前报送。",
        "审核人：符建军　　　填表人：崔蔓　　　联系电话：0539-8812076",
    ]
    for t in notes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1, t).alignment = left
        if t.startswith("四"):
            ws.cell(r, 1).font = bold
        ws.row_dimensions[r].height = 30 if len(t) > 45 else 18
        r += 1
    for col, w in zip("ABCDEFGH", (22, 12, 14, 14, 14, 14, 14, 16)):
        ws.column_dimensions[col].width = w

    # ---------------- sheet 2: project list
    ws2 = wb.create_sheet("项目清单")
    ws2.merge_cells("A1:K1")
    ws2["A1"] = "蝾酩经济开发区2025年招商引资重点项目推进台账（10月）"
    ws2["A1"].font = Font(name="黑体", bold=True, size=16)
    ws2["A1"].alignment = center
    ws2.merge_cells("A2:K2")
    ws2["A2"] = "统计截止时间：2025年10月31日　　　　金额单位：亿元"
    ws2["A2"].alignment = Alignment(horizontal="right")
    head = [
        "序号",
        "项目名称",
        "签约企业",
        "产业类别",
        "所在片区",
        "计划总投资（亿元）",
        "签约日期",
        "项目阶段",
        "责任领导",
        "责任单位",
        "最新进展（截至10月末）",
    ]
    for j, h in enumerate(head, 1):
        c = ws2.cell(3, j, h)
        c.font = bold
        c.fill = head_fill
        c.alignment = center
        c.border = box
    for i, p in enumerate(PROJECTS, 1):
        vals = [i, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]]
        for j, v in enumerate(vals, 1):
            c = ws2.cell(3 + i, j, v)
            c.border = box
            c.alignment = left if j in (2, 3, 11) else center
    end = 3 + len(PROJECTS) + 1
    ws2.cell(end, 1, "合计").alignment = center
    ws2.merge_cells(start_row=end, start_column=1, end_row=end, end_column=5)
    ws2.cell(end, 6, S["amt"]).alignment = center
    ws2.merge_cells(start_row=end, start_column=7, end_row=end, end_column=11)
    ws2.cell(end, 7, "共%d个项目" % S["n"]).alignment = center
    for row in ws2.iter_rows(min_row=end, max_row=end, max_col=11):
        for c in row:
            c.border = box
    for col, w in zip("ABCDEFGHIJK", (6, 34, 30, 16, 11, 12, 12, 13, 20, 18, 46)):
        ws2.column_dimensions[col].width = w
    ws2.freeze_panes = "C4"

    wb.properties.creator = "蝾酩经济开发区投资促进局"
    fixed = datetime.datetime(2025, 11, 5, 9, 30, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.save(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    build_pdf(os.path.join(OUT, PDF_NAME))
    build_html(os.path.join(OUT, HTML_NAME))
    build_xlsx(os.path.join(OUT, XLSX_NAME))
    S = ledger_summary()
    print("wrote", PDF_NAME, HTML_NAME, XLSX_NAME)
    print("ledger:", {k: v for k, v in S.items()})


if __name__ == "__main__":
    main()
