# -*- coding: utf-8 -*-
"""Build the three half-A held-out reports into reports/ (deterministic).

    /work/main/.venv/bin/python a_build.py

Needs reportlab and openpyxl. All names, parks, companies, people and figures are invented.
"""
import io
import re
import os
import zipfile
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

PDF_NAME = "a_jiaohu_etdz_2024_work_report.pdf"
XLSX_NAME = "a_shenzhou_parks_2025_1-9_indicators.xlsx"
HTML_NAME = "a_qingwan_2025q3_signing_news.html"

# ---------------------------------------------------------------------------
# 1. PDF: 蛟湖经济技术开发区 2024年工作报告 (with two ruled tables)
# ---------------------------------------------------------------------------

PDF_TITLE = "关于蛟湖经济技术开发区2024年工作情况和2025年工作安排的报告"
PDF_SUB = "——2025年2月12日在蛟湖经开区2025年工作会议上"
PDF_AUTHOR = "蛟湖经济技术开发区管理委员会主任　蜀明远"

PDF_BODY = [
    ("p", "各位代表，同志们："),
    ("p", "现在，我代表蛟湖经济技术开发区管理委员会，向大会报告2024年工作情况和2025年工作安排，请予审议。"),
    ("h", "一、2024年工作回顾"),
    ("p", "2024年，面对外部环境复杂多变、主导产业周期性调整等多重压力，在蝶州市委、市政府的坚强领导下，全区上下坚持稳中求进工作总基调，紧扣“产业强区、项目兴区”主线，主要经济指标保持较快增长，多数指标完成年度目标任务。"),
    ("p", "（一）经济运行稳中有进。全年实现地区生产总值612.4亿元，同比增长6.8%，增速高于全市平均水平1.3个百分点。规模以上工业总产值1384.6亿元，增长9.2%；规模以上工业增加值增长8.5%，其中高技术制造业增加值增长14.7%，占规上工业增加值的比重达到38.2%，比上年提高2.6个百分点。完成固定资产投资248.7亿元，增长11.3%；其中工业投资152.9亿元，增长15.6%，占固定资产投资比重为61.5%。一般公共预算收入45.26亿元，增长5.4%，其中税收收入38.91亿元，税收占比达86.0%。外贸进出口总额326.8亿元，增长7.9%，其中出口214.3亿元，增长10.4%。实际使用外资2.86亿美元，增长12.1%。从年度目标完成情况看，八项主要指标中有六项完成或超额完成年度目标，一般公共预算收入和实际使用外资两项指标未完成年度目标（详见附表1）。"),
    ("p", "（二）招商引资量质齐升。坚持“一把手”招商、产业链招商和以商招商，全年组织赴外招商活动46场，新签约项目73个，协议投资额528.6亿元，其中亿元以上项目41个、10亿元以上项目9个。4月18日，总投资120亿元的蛟龙动力新能源电池基地项目正式签约，成为开发区设立以来单体投资规模最大的产业项目。全年新设外商投资企业14家，引进世界500强投资项目2个。签约项目履约率达到87.3%，比上年提高4.1个百分点。"),
    ("p", "（三）项目建设提速增效。全年安排重点项目86个，年度计划投资196.5亿元，实际完成投资211.3亿元，完成年度计划的107.5%。新开工项目38个，竣工投产项目27个。蛟龙动力新能源电池基地一期从签约到开工仅用时62天，创下区内重大项目开工最快纪录；蜻宇光电8.5代显示模组扩产项目于9月26日建成投产，新增年产值约60亿元。"),
    ("p", "（四）创新主体不断壮大。全年新增规模以上工业企业48家，总数达到412家；新认定高新技术企业58家，有效期内高新技术企业总数达296家；新增国家级专精特新“小巨人”企业7家。全社会研发经费投入强度达到3.21%，比上年提高0.18个百分点。产值超百亿元企业增至3家，分别为蛟龙动力、蜻宇光电和螭源化工。新建省级以上研发机构11家，其中蜓溪片区蝉鸣声学实验室获批省重点实验室。"),
    ("p", "（五）片区发展各具特色。蜓溪片区聚焦新能源和智能网联汽车，规上工业总产值628.3亿元，增长10.4%，占全区的比重为45.4%；蚌山片区聚焦新型显示和电子信息，规上工业总产值452.7亿元，增长8.1%；螺港片区聚焦精细化工和新材料，规上工业总产值303.6亿元，增长8.3%。三大片区主要指标见附表2。"),
    ("p", "（六）争先进位成效明显。在商务部2024年国家级经济技术开发区综合发展水平考核评价中，蛟湖经开区位列第68位，较上年前移9位；在全省开发区综合考核中得分91.6分，位列全省经开区第5位，首次进入全省前五。"),
    ("p", "（七）营商环境持续优化。深化“一枚印章管审批”改革，企业开办时间压缩至0.5个工作日，工业项目“拿地即开工”实现常态化，全年共有19个项目实现拿地即开工。新建人才公寓1200套，新增各类人才5300余人。"),
    ("p", "（八）民生事业扎实推进。全年民生支出18.6亿元，增长6.3%；新建、改扩建学校3所，新增学位4200个；交付安置房2860套，惠及群众9000余人；开通园区公交线路4条。安全生产形势总体稳定，全年未发生较大以上生产安全事故，螺港片区化工园区通过省级安全风险等级复核。"),
    ("h", "二、存在的问题"),
    ("p", "在肯定成绩的同时，我们也清醒地看到：一是财政增收压力较大，受减税降费和部分企业效益下滑影响，一般公共预算收入未完成年度目标；二是外资招引难度加大，实际使用外资未达预期；三是螺港片区安全环保要求提高，部分化工项目落地受限；四是土地、能耗等要素保障趋紧，存量低效用地盘活需要加快。对这些问题，我们将采取有力措施，认真加以解决。"),
    ("h", "三、2025年工作安排"),
    ("p", "2025年是“十四五”规划收官之年。综合考虑发展基础和外部环境，2025年主要预期目标是：地区生产总值增长6.5%左右；规模以上工业总产值力争突破1500亿元；固定资产投资增长10%以上；一般公共预算收入增长5%；实际使用外资力争达到3.2亿美元；新签约亿元以上项目45个以上，其中10亿元以上项目10个。重点抓好以下五个方面工作："),
    ("p", "（一）聚力招大引强。围绕新能源汽车、新型显示、新材料三条主导产业链，编制产业链招商图谱，全年组织招商活动50场以上，力争引进百亿元级项目1个，新设外商投资企业15家以上。"),
    ("p", "（二）全力攻坚项目。安排重点项目92个，年度计划投资215亿元，确保蛟龙动力新能源电池基地一期年内投产、二期开工，推动蚌山片区新型显示配套产业园首批厂房交付使用。"),
    ("p", "（三）培育创新动能。力争新增规上工业企业40家、高新技术企业60家，研发投入强度达到3.3%，新建省级以上研发机构10家。"),
    ("p", "（四）提升片区功能。加快蚌山片区“园中园”建设，推进螺港片区化工园区安全风险等级提升，确保保持D类（较低安全风险）等级；完善蜓溪片区人才公寓、邻里中心等配套。"),
    ("p", "（五）优化营商环境。深化“拿地即开工”“竣工即投产”改革，推行惠企政策“免申即享”，全年为企业减负10亿元以上。"),
    ("p", "各位代表，同志们！新的一年，我们将以更加昂扬的斗志、更加务实的作风，奋力推动蛟湖经开区高质量发展再上新台阶！"),
]

TABLE1_TITLE = "附表1　2024年蛟湖经开区主要经济指标完成情况"
TABLE1 = [
    ["指标", "单位", "2024年目标", "2024年完成", "同比增长(%)", "完成目标(%)"],
    ["地区生产总值", "亿元", "605", "612.4", "6.8", "101.2"],
    ["规上工业总产值", "亿元", "1350", "1384.6", "9.2", "102.6"],
    ["固定资产投资", "亿元", "240", "248.7", "11.3", "103.6"],
    ["其中：工业投资", "亿元", "145", "152.9", "15.6", "105.4"],
    ["一般公共预算收入", "亿元", "46", "45.26", "5.4", "98.4"],
    ["进出口总额", "亿元", "310", "326.8", "7.9", "105.4"],
    ["实际使用外资", "亿美元", "3", "2.86", "12.1", "95.3"],
    ["新签约亿元以上项目", "个", "40", "41", "—", "102.5"],
]
TABLE2_TITLE = "附表2　2024年三大片区主要指标"
TABLE2 = [
    ["片区", "规划面积(平方公里)", "规上工业总产值(亿元)", "增长(%)", "固定资产投资(亿元)", "规上工业企业(家)"],
    ["蜓溪片区", "28.6", "628.3", "10.4", "96.2", "173"],
    ["蚌山片区", "19.4", "452.7", "8.1", "88.5", "142"],
    ["螺港片区", "15.2", "303.6", "8.3", "64.0", "97"],
    ["合计", "63.2", "1384.6", "9.2", "248.7", "412"],
]
TABLE_NOTE = "注：规上工业总产值为现价；实际使用外资为商务部口径；完成目标(%)为2024年完成值与年度目标之比。"


def build_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak)
    from reportlab import rl_config
    rl_config.invariant = 1

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    body = ParagraphStyle("b", fontName=F, fontSize=11, leading=19, firstLineIndent=22,
                          wordWrap="CJK", spaceAfter=4)
    head = ParagraphStyle("h", fontName=F, fontSize=13, leading=22, spaceBefore=6, spaceAfter=4)
    title = ParagraphStyle("t", fontName=F, fontSize=16, leading=26, alignment=TA_CENTER,
                           wordWrap="CJK")
    sub = ParagraphStyle("s", fontName=F, fontSize=11, leading=18, alignment=TA_CENTER)
    cell = ParagraphStyle("c", fontName=F, fontSize=9.5, leading=13, wordWrap="CJK")
    note = ParagraphStyle("n", fontName=F, fontSize=9, leading=14, wordWrap="CJK")

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(F, 8.5)
        canv.drawString(20 * mm, A4[1] - 12 * mm, "蛟湖经济技术开发区管理委员会　2025年工作会议材料之一")
        canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canv.drawCentredString(A4[0] / 2, 10 * mm, "— %d —" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm,
                            title="蛟湖经开区2024年工作报告", author="蛟湖经济技术开发区管理委员会",
                            creator="office", producer="office")
    story = [Paragraph(PDF_TITLE, title), Spacer(1, 4), Paragraph(PDF_SUB, sub),
             Paragraph(PDF_AUTHOR, sub), Spacer(1, 10)]
    for kind, text in PDF_BODY:
        story.append(Paragraph(text, head if kind == "h" else body))

    def ruled(rows, widths):
        data = [[Paragraph(c, cell) for c in r] for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        return t

    story.append(PageBreak())
    story.append(Paragraph(TABLE1_TITLE, head))
    story.append(ruled(TABLE1, [44 * mm, 16 * mm, 24 * mm, 24 * mm, 28 * mm, 28 * mm]))
    story.append(Spacer(1, 14))
    story.append(Paragraph(TABLE2_TITLE, head))
    story.append(ruled(TABLE2, [24 * mm, 30 * mm, 32 * mm, 20 * mm, 32 * mm, 28 * mm]))
    story.append(Spacer(1, 6))
    story.append(Paragraph(TABLE_NOTE, note))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# 2. XLSX: 蜃州市 开发园区 2025年1—9月 指标 (three sheets)
# ---------------------------------------------------------------------------

X_TITLE = "2025年1—9月蜃州市开发园区主要经济指标完成情况"
X_FILLER = "填报单位：蜃州市开发区建设发展办公室、蜃州市商务局"
X_UNIT = "单位：亿元、万美元、%、分"
X_HEAD1 = ["序号", "园区", "规上工业总产值", None, "固定资产投资", None, "实际使用外资", None,
           "进出口总额", None, "一般公共预算收入", None, "综合考评", None]
X_HEAD2 = [None, None, "1—9月(亿元)", "同比增长(%)", "1—9月(亿元)", "同比增长(%)",
           "1—9月(万美元)", "同比增长(%)", "1—9月(亿元)", "同比增长(%)", "1—9月(亿元)",
           "同比增长(%)", "得分", "排名"]
X_ROWS = [
    [1, "蜃州高新技术产业开发区", 1126.4, 8.7, 168.3, 9.6, 18650, 14.2, 215.7, 6.3, 38.42, 4.9, 94.6, 1],
    [2, "蜃州经济技术开发区", 982.5, 7.4, 176.9, 12.8, 21340, 9.1, 268.4, 8.8, 33.15, 3.7, 93.8, 2],
    [3, "蠡湖工业园区", 436.8, 10.6, 72.4, 6.2, 4120, -12.5, 58.3, -3.4, 11.06, 2.1, 88.2, 4],
    [4, "螭山新材料产业园", 318.2, 15.3, 65.7, 18.4, 2860, 22.7, 41.6, 11.2, 7.84, 6.5, 90.1, 3],
    [5, "蝉港临港产业园", 254.6, 5.2, 58.1, -4.7, 6930, 3.4, 96.5, 14.6, 6.37, -1.8, 86.7, 5],
    [6, "蜿溪现代物流园", 42.3, 3.1, 23.6, 7.9, 850, "—", 12.8, 21.5, 2.91, 8.8, 84.5, 6],
]
X_TOTAL = [None, "合计", 3160.8, 8.6, 565.0, 9.8, 54750, 8.9, 693.3, 7.5, 99.75, 4.1, "—", "—"]
X_NOTES = ("注：1.规上工业总产值、进出口总额为现价，增速按可比口径计算；2.实际使用外资为商务部口径；"
           "3.综合考评为前三季度考评结果，满分100分；4.蜿溪现代物流园上年同期实际使用外资为零，增速不予计算；"
           "5.数据来源为各园区统计月报，经市统计局核定。")

P_TITLE = "2025年全市开发园区市级重点项目推进情况（1—9月）"
P_HEAD = ["序号", "项目名称", "所在园区", "建设单位", "总投资（亿元）", "2025年计划投资（亿元）",
          "1—9月完成投资（亿元）", "开工时间", "进展情况", "包挂市领导"]
P_ROWS = [
    [1, "蜃芯12英寸功率半导体产线项目", "蜃州高新技术产业开发区", "蜃芯半导体有限公司", 86, 22, 17.6, "2024.11", "主厂房封顶，首批工艺设备进场安装", "融卫东"],
    [2, "蛟腾新能源汽车电驱系统项目", "蜃州经济技术开发区", "蛟腾汽车科技股份有限公司", 45, 15, 12.3, "2025.3", "联合厂房钢结构施工", "虹海平"],
    [3, "螭山高性能碳纤维复合材料项目", "螭山新材料产业园", "螭山碳材料有限公司", 32, 10, 8.9, "2025.2", "一期生产线设备调试", "蝉立新"],
    [4, "蝉港冷链物流枢纽项目", "蝉港临港产业园", "蝉港港务集团有限公司", 18.5, 6, 4.1, "2025.5", "冷库桩基施工", "蟠志刚"],
    [5, "蠡湖精密模具产业园项目", "蠡湖工业园区", "蠡湖城市建设投资有限公司", 12, 4.5, 4.6, "2024.9", "一期厂房已交付，入驻企业8家", "蛟文华"],
    [6, "蜂巢生物医药中试基地项目", "蜃州高新技术产业开发区", "蜂巢医药科技有限公司", 9.8, 3.5, 2.7, "2025.4", "主体结构施工", "融卫东"],
    [7, "虹光储能电池PACK项目", "蜃州经济技术开发区", "虹光储能科技有限公司", 26, 8, 7.5, "2025.1", "首条产线已投产", "虹海平"],
    [8, "蜿溪跨境电商分拨中心项目", "蜿溪现代物流园", "蜿溪供应链管理有限公司", 6.2, 2.8, 2.2, "2025.6", "主体封顶", "蟠志刚"],
    [9, "螭山电子级氢氟酸项目", "螭山新材料产业园", "蚨泰化学有限公司", 14, 5, 3.1, "2025.7", "场地平整及桩基施工", "蝉立新"],
    [10, "蝉港LNG接收站配套项目", "蝉港临港产业园", "蟠海能源有限公司", 38, 9, 5.2, "2025.8", "完成桩基招标，正开展地基处理", "蟠志刚"],
    [11, "蠡湖智能家电零部件项目", "蠡湖工业园区", "蚕丰电器有限公司", 7.5, 3, 2.4, "2025.3", "厂房装修及设备安装", "蛟文华"],
    [12, "蛛网数据中心项目", "蜃州高新技术产业开发区", "蛛网云计算有限公司", 15, 5, 3.8, "2025.4", "一期机房主体完工", "融卫东"],
]
P_TOTAL = [None, "合计", None, None, 310.0, 93.8, 74.4, None, None, None]
P_NOTE = ("注：1.包挂市领导按“一项目一领导”制度确定，负责协调解决项目推进中的重大问题；"
          "2.开工时间为实质性开工时间；3.完成投资为固定资产投资统计入库口径；"
          "4.蝉港LNG接收站配套项目用海审批尚在办理，本年计划投资可能调整。")

A_TITLE = "2025年1—9月全市开发园区经济运行简要分析"
A_PARAS = [
    "一、总体情况",
    "1—9月，全市6个开发园区克服外需走弱、部分行业产品价格下行等不利因素，主要指标总体保持平稳增长。合计完成规上工业总产值3160.8亿元，同比增长8.6%，增速比1—6月提高0.7个百分点，占全市规上工业总产值的比重为71.3%。全市开发园区全年规上工业总产值目标为4300亿元，1—9月完成年度目标的73.5%。1—6月，全市开发园区完成规上工业总产值2036.7亿元，增长7.9%；9月当月完成规上工业总产值372.4亿元，同比增长10.2%，为年内单月最高增速。1—9月完成固定资产投资565.0亿元，增长9.8%；实际使用外资54750万美元，增长8.9%；进出口总额693.3亿元，增长7.5%；一般公共预算收入99.75亿元，增长4.1%。",
    "二、分园区情况",
    "从总量看，蜃州高新区和蜃州经开区规上工业总产值分别为1126.4亿元和982.5亿元，合计占全市开发园区的66.7%，“双核”支撑作用明显。从增速看，螭山新材料产业园规上工业总产值增长15.3%，增速居各园区首位；蝉港临港产业园受港口物流项目调整影响，固定资产投资下降4.7%，是唯一固定资产投资负增长的园区；蠡湖工业园区受个别外资企业增资延后影响，实际使用外资下降12.5%，进出口总额下降3.4%。",
    "从前三季度综合考评看，蜃州高新区以94.6分位列第1位，蜃州经开区以93.8分位列第2位；螭山新材料产业园得分90.1分，排名第3位，较上半年前移2位；蜿溪现代物流园得分84.5分，位列末位。",
    "三、招商引资和项目建设",
    "1—9月，全市开发园区新签约亿元以上项目63个，协议投资额507.9亿元；新增规上工业企业52家，其中螭山新材料产业园新增14家，居各园区首位。12个市级重点项目1—9月累计完成投资74.4亿元，完成年度计划的79.3%；蜃芯12英寸功率半导体产线项目完成投资17.6亿元，居各项目之首。蝉港LNG接收站配套项目受用海审批影响，进度滞后于计划。",
    "从产业看，全市开发园区新能源、新材料、集成电路三大产业集群完成规上工业总产值1468.5亿元，增长12.6%，占开发园区规上工业总产值的比重为46.5%，拉动开发园区规上工业总产值增长5.6个百分点。其中，新能源产业集群受储能电池订单增加带动，产值增长17.8%；集成电路产业集群随着蜃芯半导体一期产能释放，产值增长13.1%；新材料产业集群产值增长7.4%。1—9月，全市开发园区亩均税收28.6万元，比上年同期增加1.9万元。",
    "从开放型经济看，1—9月全市开发园区新设外商投资企业37家，其中蜃州经开区12家，居各园区首位；实际使用外资超千万美元的项目9个。出口方面，受海外市场需求回落影响，蠡湖工业园区传统机电产品出口有所下降，蝉港临港产业园依托港口优势，保税物流和大宗商品贸易增长较快，进出口总额增长14.6%。",
    "四、存在的问题",
    "一是外资到位波动较大，部分园区实际使用外资负增长；二是蝉港临港产业园投资后劲不足，在建亿元以上项目偏少；三是蜿溪现代物流园产业规模偏小，综合考评排名靠后。",
    "五、下步工作建议",
    "四季度，各园区要紧盯全年目标，力争全年开发园区规上工业总产值增长8.5%以上，实际使用外资达到7.2亿美元；加快重点项目投资进度，推动蝉港LNG接收站配套项目尽快完成用海审批；强化考评结果运用，对考评排名后两位的园区进行约谈督导。",
    "蜃州市开发区建设发展办公室",
    "2025年10月20日",
]


def build_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    bold = Font(bold=True)

    wb = Workbook()
    fixed = datetime.datetime(2025, 10, 20, 9, 0, 0)
    wb.properties.creator = "蜃州市开发区建设发展办公室"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.lastModifiedBy = "kfq"

    ws = wb.active
    ws.title = "主要指标"
    ncol = len(X_HEAD1)
    ws.cell(1, 1, X_TITLE).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).alignment = center
    ws.cell(2, 1, X_FILLER)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=8)
    ws.cell(2, 11, X_UNIT)
    ws.merge_cells(start_row=2, start_column=11, end_row=2, end_column=ncol)
    for j, v in enumerate(X_HEAD1, 1):
        if v is not None:
            ws.cell(3, j, v)
    for j, v in enumerate(X_HEAD2, 1):
        if v is not None:
            ws.cell(4, j, v)
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    for c0 in range(3, ncol + 1, 2):
        ws.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 1)
    r = 5
    for row in X_ROWS + [X_TOTAL]:
        for j, v in enumerate(row, 1):
            if v is not None:
                c = ws.cell(r, j, v)
                if isinstance(v, float):
                    c.number_format = "0.00" if j == 11 else "0.0"
        r += 1
    for rr in range(3, r):
        for j in range(1, ncol + 1):
            ws.cell(rr, j).border = border
            ws.cell(rr, j).alignment = center
            if rr <= 4 or rr == r - 1:
                ws.cell(rr, j).font = bold
    ws.cell(r, 1, X_NOTES)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 48
    ws.column_dimensions["B"].width = 26
    for j in range(3, ncol + 1):
        ws.column_dimensions[ws.cell(4, j).column_letter].width = 12

    ws2 = wb.create_sheet("重点项目")
    ws2.cell(1, 1, P_TITLE).font = Font(bold=True, size=14)
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(P_HEAD))
    ws2.cell(1, 1).alignment = center
    for j, v in enumerate(P_HEAD, 1):
        ws2.cell(2, j, v).font = bold
    r = 3
    for row in P_ROWS + [P_TOTAL]:
        for j, v in enumerate(row, 1):
            if v is not None:
                ws2.cell(r, j, v)
        r += 1
    for rr in range(2, r):
        for j in range(1, len(P_HEAD) + 1):
            ws2.cell(rr, j).border = border
            ws2.cell(rr, j).alignment = center
    ws2.cell(r, 1, P_NOTE)
    ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(P_HEAD))
    ws2.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws2.row_dimensions[r].height = 36
    for col, w in zip("ABCDEFGHIJ", [6, 32, 24, 28, 12, 14, 14, 10, 30, 12]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("简要分析")
    ws3.cell(1, 1, A_TITLE).font = Font(bold=True, size=14)
    for i, p in enumerate(A_PARAS, 2):
        c = ws3.cell(i, 1, p)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws3.column_dimensions["A"].width = 110

    buf = io.BytesIO()
    wb.save(buf)
    # rewrite the zip with fixed timestamps so that the file is byte-for-byte reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2025-10-20T09:00:00Z\2", data)
            dst.writestr(zi, data)


# ---------------------------------------------------------------------------
# 3. HTML: 虹川市人民政府 portal news page
# ---------------------------------------------------------------------------

H_TITLE = "蜻湾经济开发区举行2025年三季度重点项目集中签约暨经济运行调度会"
H_PARAS = [
    "10月14日下午，蜻湾经济开发区2025年三季度重点项目集中签约暨经济运行调度会在蜻湾科创中心举行。市委常委、副市长蜂立军出席会议并讲话，开发区党工委书记、管委会主任蜀长河主持会议，管委会副主任融敏通报前三季度经济运行情况。市发展改革委、市商务局、市工业和信息化局相关负责同志，各签约企业代表及开发区各部门、各专业园主要负责人参加会议。",
    "会上，15个项目集中签约，总投资132.6亿元，涵盖第三代半导体、智能装备、生物医药、新能源等领域。其中，10亿元以上项目4个，分别为蝶光科技第三代半导体封测基地、蟠石智能装备华东总部、蚁群机器人智能制造和蜂鸟医疗器械产业园项目；外资项目3个，合同外资1.28亿美元。",
    "据介绍，蝶光科技第三代半导体封测基地项目总投资32亿元，由蝶光科技股份有限公司投资建设，主要建设碳化硅、氮化镓功率器件封装测试产线，全部达产后预计年产值45亿元；蟠石智能装备华东总部项目总投资18.5亿元，将建设区域总部、研发中心和高端数控机床生产基地；蚁群机器人智能制造项目总投资12亿元，主要生产协作机器人和移动机器人；蜂鸟医疗器械产业园项目总投资10.6亿元，重点引进微创介入、体外诊断类企业。",
    "除上述4个10亿元以上项目外，本次签约的其余11个项目总投资59.5亿元，主要包括蜓翼无人机研发制造、蚝光光伏组件回收利用、蜥能氢燃料电池电堆等项目，项目平均投资强度超过每亩450万元，单位用地产出水平明显高于开发区现有平均水平。",
    "融敏在通报中介绍，今年以来，开发区主要经济指标保持较快增长。上半年，开发区完成规模以上工业总产值318.5亿元，增长10.1%。1—9月，完成规模以上工业总产值486.3亿元，同比增长11.4%，完成年度目标638亿元的76.2%，增速比1—6月提高1.3个百分点；其中9月当月完成规上工业总产值58.7亿元，同比增长13.6%，创年内单月新高。分专业园看，开发区下辖智能装备产业园、生物医药产业园和新能源产业园三个专业园，其中智能装备产业园完成规上工业总产值213.4亿元，增长14.2%；生物医药产业园完成98.6亿元，增长18.5%，增速居各专业园之首。",
    "会上，智能装备产业园、生物医药产业园和新能源产业园负责人分别汇报了前三季度工作进展和四季度攻坚计划。新能源产业园负责人介绍，园区目前在建亿元以上项目9个，其中螺旋新能源共享储能电站项目预计11月底并网运行，投运后每年可为园区企业提供调峰电量约1.2亿千瓦时。",
    "投资和开放方面，1—9月全区固定资产投资同比增长9.1%，其中工业投资42.6亿元，增长16.8%，占固定资产投资的比重为63.5%。实际使用外资5860万美元，增长28.3%；外贸进出口总额71.2亿元，增长5.7%；一般公共预算收入9.84亿元，增长3.2%。1—9月新增规模以上工业企业17家。在全市开发园区三季度综合考评中，蜻湾经济开发区得分92.3分，位列第二。",
    "招商引资方面，1—9月全区新签约项目47个，比上年同期多8个（上年同期为39个），协议投资额312.4亿元，其中亿元以上项目29个。此前，开发区二季度重点项目集中签约活动于7月8日举行，签约项目11个，总投资87.4亿元，目前已有6个项目开工建设。",
    "服务保障方面，今年以来开发区深入开展“助企服务月”活动，管委会班子成员带队走访企业412家次，收集解决企业诉求136项，帮助企业争取各类奖补资金1.86亿元，新建成人才公寓560套。",
    "签约企业代表、蝶光科技股份有限公司董事长蚌志远在发言中表示，蜻湾经济开发区产业配套完善、服务高效，项目从洽谈到签约只用了56天，企业将全力推进项目早开工、早投产。",
    "蜀长河在主持会议时要求，各专业园、各部门要对照全年目标任务逐项对账、挂图作战，对进度滞后的指标和项目逐一明确责任人和完成时限；要把本次签约项目作为四季度“攻坚突破”的重点，倒排工期，全力以赴推动项目早落地、早开工。",
    "蜂立军在讲话中指出，四季度是决战全年目标的关键时期，开发区要紧盯目标不放松，力争全年规上工业总产值突破650亿元、固定资产投资增长10%以上。要坚持“签约即开工”导向，对本次签约项目实行“一项目一专班”，确保本次签约项目年内开工率不低于40%；要加大外资招引力度，持续提升生物医药、智能装备两大主导产业能级，为全市经济社会发展作出更大贡献。",
    "会前，与会人员还实地察看了蟠石智能装备华东总部项目选址地块和生物医药产业园二期标准厂房建设现场。",
    "图为签约现场。（螺佳　摄）",
    "据了解，蜻湾经济开发区设立于2006年，2013年升格为省级经济开发区，规划面积36.8平方公里，目前已形成智能装备、生物医药两大主导产业和新能源一个新兴产业的“2+1”产业格局。今年以来，开发区累计盘活低效用地1260亩，为签约项目落地腾出了发展空间。",
]
H_RELATED = [
    ("虹川市召开2025年前三季度重点工作推进会", "2025-10-13"),
    ("蜻湾经济开发区举行2025年二季度重点项目集中签约活动", "2025-07-09"),
    ("蜻湾经济开发区生物医药产业园二期标准厂房开工", "2025-05-22"),
    ("虹川市开发园区“亩均论英雄”评价结果发布", "2025-04-03"),
]


def build_html(path):
    from html import escape as e
    paras = "\n".join("<p style=\"text-indent:2em;\">%s</p>" % e(p) for p in H_PARAS)
    related = "\n".join("<li><a href=\"../%d/t%d.html\">%s</a><span class=\"date\">%s</span></li>"
                        % (2025, 41000 + i, e(t), d) for i, (t, d) in enumerate(H_RELATED))
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="虹川市人民政府">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-10-15 09:32">
<meta name="ContentSource" content="蜻湾经济开发区管委会">
<title>{title}_部门动态_虹川市人民政府</title>
<link rel="stylesheet" href="/images/2023/common.css">
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;background:#f4f6f9}}
.wrap{{width:1200px;margin:0 auto;background:#fff}}
.nav a{{display:inline-block;padding:0 22px;color:#fff}}
</style>
<script src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; /* 访问统计 */</script>
</head>
<body>
<div class="topbar"><div class="wrap">
<span>今天是：2025年10月15日</span>
<a href="/">无障碍浏览</a> | <a href="/">长者模式</a> | <a href="/">English</a> | <a href="/">手机版</a>
<form action="/search"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form>
</div></div>
<div class="header"><div class="wrap"><h1 class="logo">虹川市人民政府</h1></div></div>
<div class="nav"><div class="wrap">
<a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/xwzx/">新闻中心</a><a href="/zjhc/">走进虹川</a>
</div></div>
<div class="wrap">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bmdt/">部门动态</a></div>
<div class="main">
<div class="article">
<h2 class="art-title">{title}</h2>
<div class="art-info">
<span>发布时间：2025-10-15 09:32</span>
<span>来源：蜻湾经济开发区管委会</span>
<span>作者：螺佳</span>
<span>浏览次数：1286</span>
<span class="font-size">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span>
</div>
<div class="content" id="zoom">
{paras}
</div>
<div class="art-foot">
<p>责任编辑：蜜晓</p>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
<div class="tools">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
</div>
</div>
<div class="side">
<h3>相关新闻</h3>
<ul class="related">
{related}
</ul>
<h3>热点专题</h3>
<ul class="topics">
<li><a href="/ztzl/yshj/">优化营商环境专栏</a></li>
<li><a href="/ztzl/zsyz/">虹川招商引资政策汇编</a></li>
<li><a href="/ztzl/qyfw/">惠企政策“免申即享”</a></li>
</ul>
</div>
</div>
</div>
<div class="footer"><div class="wrap">
<p><a href="/">网站地图</a> | <a href="/">联系我们</a> | <a href="/">隐私声明</a></p>
<p>主办：虹川市人民政府办公室　承办：虹川市大数据管理中心</p>
<p>网站标识码：3306990017　虹ICP备05012345号　虹公网安备33069902000118号</p>
<p>建议使用1366×768分辨率浏览本网站</p>
<p>扫一扫在手机打开当前页</p>
</div></div>
</body>
</html>
""".format(title=e(H_TITLE), paras=paras, related=related)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


def main():
    os.makedirs(OUT, exist_ok=True)
    build_pdf(os.path.join(OUT, PDF_NAME))
    build_xlsx(os.path.join(OUT, XLSX_NAME))
    build_html(os.path.join(OUT, HTML_NAME))
    for n in (PDF_NAME, XLSX_NAME, HTML_NAME):
        print(n, os.path.getsize(os.path.join(OUT, n)))


if __name__ == "__main__":
    main()
