# -*- coding: utf-8 -*-
"""Build the three invented half-A reports of heldout_v21, byte-for-byte reproducibly.

    /work/main/.venv/bin/python tests/heldout_v21/a_build.py

Writes into tests/heldout_v21/reports/:
    a_qichuan_etdz_2025_work_report.docx
    a_chuyang_parks_2025_jan_sep.xlsx
    a_zhaozhou_hitech_2025q3_meeting.html
All names (parks, cities, companies, people, projects) are invented; every proper
name and surname starts with a character carrying the 木 radical.
"""

import io
import os
import re
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

DOCX_NAME = "a_qichuan_etdz_2025_work_report.docx"
XLSX_NAME = "a_chuyang_parks_2025_jan_sep.xlsx"
HTML_NAME = "a_zhaozhou_hitech_2025q3_meeting.html"


def normalize_zip(path, stamp, iso):
    """Rewrite a zip (docx/xlsx) with fixed timestamps so the bytes are reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                    rb"\g<1>" + iso.encode(),
                    data,
                )
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 1. DOCX: 槭川经济技术开发区2025年工作报告
# ---------------------------------------------------------------------------

R1_INTRO = [
    ("title", "槭川经济技术开发区2025年工作报告"),
    ("center", "——2026年1月16日在槭川经济技术开发区2026年工作会议上"),
    ("center", "党工委副书记、管委会主任  樊景澄"),
    ("p", "各位同志："),
    (
        "p",
        "现在，我代表开发区管委会，回顾2025年工作，部署2026年目标任务，请予审议，并请各位同志提出意见。",
    ),
    ("h1", "一、2025年工作回顾"),
    (
        "p",
        "2025年是“十四五”规划收官之年。一年来，在市委、市政府和开发区党工委的坚强领导下，在党工委书记柯远帆同志的带领下，全区上下坚持以高质量发展为主线，聚焦“产业立区、项目强区、创新兴区”，迎难而上、真抓实干，主要经济指标稳中有进、好于预期，较好完成了年初确定的目标任务。",
    ),
    ("h2", "（一）经济运行稳中有进"),
    (
        "p",
        "全年实现地区生产总值612.8亿元，同比增长7.4%，高于全市平均水平2.1个百分点，超过年度目标0.4个百分点；规模以上工业总产值1486.3亿元，增长9.2%，完成年度计划的101.1%；规上工业增加值增长8.9%；固定资产投资286.7亿元，增长6.8%，其中工业投资168.0亿元，增长14.3%，占固定资产投资的比重达58.6%，较上年提高3.8个百分点；一般公共预算收入48.67亿元，增长5.1%，其中税收收入41.25亿元，增长4.5%，税收占比84.8%；进出口总额325.4亿元，增长11.7%，其中出口208.9亿元，增长12.9%；实际使用外资2.36亿美元，增长8.3%，完成年度目标的94.4%。",
    ),
    (
        "p",
        "从分季度看，经济运行呈现逐季回升态势。一季度实现地区生产总值139.2亿元，增长6.1%；上半年实现291.7亿元，增长6.8%；前三季度实现447.5亿元，增长7.1%；全年增速较一季度提高1.3个百分点。规上工业总产值一季度完成338.5亿元，1—6月完成712.4亿元，前三季度完成1093.6亿元，四季度单季完成392.7亿元，为全年单季最高。",
    ),
    (
        "p",
        "在榧江省2025年度开发区综合发展水平考核评价中，我区位列全省第4位，较上年前移3位，连续两年获评“全省开发区高质量发展先进单位”；在国家级经济技术开发区综合发展水平考核评价中居第37位，较上年提升9位，首次进入前40位。主要指标完成情况见表1。",
    ),
    ("caption", "表1  槭川经开区2025年主要经济指标完成情况及2026年目标"),
    ("table1", None),
    ("h2", "（二）招商引资成效显著"),
    (
        "p",
        "坚持把招商引资作为“一号工程”，由管委会副主任栾其铭牵头组建6个产业链招商专班，全年组织赴外招商46批次，举办专题推介活动18场。2025年6月12日，在榧江省会城市举办“榧江·槭川”新能源产业招商推介会，现场签约项目23个、总投资186.3亿元。全年新签约项目138个，协议总投资716.5亿元，增长12.4%；其中亿元以上项目61个，超额完成55个的年度目标，10亿元以上项目14个，50亿元以上项目2个。实际到位内资352.8亿元，增长7.9%；新引进外资项目9个，合同外资4.85亿美元。",
    ),
    (
        "p",
        "一批引领性重大项目成功落地。棣峰新能源年产20GWh储能电池项目于2024年11月8日签约、2025年3月18日开工，总投资86亿元，是开发区建区以来单体投资最大的制造业项目，当年完成投资31.2亿元。开工仪式上，市委书记柏文涛、市长桑立群为项目培土奠基，棣峰新能源科技有限公司董事长杭振宇表示，一期工程将于2026年6月建成投产。榄晟光伏组件及电池片项目于2025年9月26日签约，总投资52亿元，计划2026年上半年开工。招商局局长梅若澜介绍，全年签约项目中战略性新兴产业项目占比达67.4%。",
    ),
    ("h2", "（三）项目建设提速增效"),
    (
        "p",
        "全年实施省重大项目11个，完成投资96.4亿元，完成年度计划的112.6%；市重点项目57个，完成投资183.2亿元，完成年度计划的104.8%。新开工亿元以上项目42个，竣工投产项目29个。椤鑫半导体12英寸硅片抛光材料项目于2025年10月28日竣工投产，达产后可实现年产值45亿元；楦达精密高端数控机床项目于2025年7月16日投产，当年实现产值6.3亿元；槿华生物医药创新药产业化基地于2025年2月26日签约、5月9日开工，总投资24.5亿元，预计2027年建成投产；檩丰智能物流园于2025年8月22日签约、12月3日开工，总投资15.6亿元。全面推行“拿地即开工”，全年14个项目实现拿地即开工，平均开工时间缩短52天。重点项目推进情况见表2。",
    ),
    ("caption", "表2  2025年重点产业项目推进情况"),
    ("table2", None),
    ("h2", "（四）创新动能持续增强"),
    (
        "p",
        "年末高新技术企业达到437家，净增51家，超过420家的年度目标；科技型中小企业入库612家；新增省级专精特新中小企业23家、国家级专精特新“小巨人”企业6家。全社会研发投入强度达到3.42%，较上年提高0.21个百分点。高新技术产业产值占规上工业总产值比重达到62.7%，提高2.4个百分点。新建省级以上研发平台12个，全年新增发明专利授权1268件，技术合同成交额38.6亿元，增长21.3%。椴山科创片区槭川科学城一期建成投用，引进高层次人才团队17个。",
    ),
    ("h2", "（五）改革开放纵深推进"),
    (
        "p",
        "深化“一枚印章管审批”改革，工业项目平均审批时限压缩至18个工作日，压缩60%。推行工业用地“标准地”出让23宗、1860亩，盘活低效用地2360亩，全区亩均税收31.8万元，增长6.7%。桤林综合保税片区实现进出口总额87.6亿元，增长23.4%，占全区进出口总额的26.9%；新开通跨境电商出口专线2条。",
    ),
    ("h2", "（六）片区发展协同并进"),
    (
        "p",
        "四个片区协同发力、各展所长。楸湾产业片区实现规上工业总产值612.4亿元，增长7.2%，占全区的41.2%，仍是全区工业“压舱石”，但固定资产投资仅增长2.4%，发展后劲有待增强；椴山科创片区规上工业总产值298.7亿元，增长15.1%，固定资产投资增长18.7%，两项增速均居四个片区首位；榉溪临港片区规上工业总产值451.9亿元，增长8.0%，税收收入11.04亿元；桤林综合保税片区规上工业总产值123.3亿元，增长10.3%。各片区主要指标见表3。",
    ),
    ("caption", "表3  2024—2025年各片区主要指标"),
    ("table3", None),
    ("h2", "（七）民生保障扎实有力"),
    (
        "p",
        "全年城镇新增就业1.27万人，建成人才公寓1200套，新增中小学学位3600个，新建改建道路18.6公里。全年未发生较大及以上安全生产事故，区域空气质量优良天数比例达到86.3%。",
    ),
    ("h1", "二、存在的问题"),
    (
        "p",
        "在肯定成绩的同时，我们也清醒地看到，发展中还存在一些困难和问题：一是利用外资承压，实际使用外资2.36亿美元，仅完成年度目标的94.4%，是唯一未完成年度目标的主要指标；二是结构调整任务艰巨，楸湾产业片区传统产业占比较高，固定资产投资增长仅2.4%；三是新兴产业规模偏小，战略性新兴产业产值占规上工业总产值比重为38.5%，与全省先进开发区相比仍有差距；四是土地、能耗、人才等要素保障压力较大，部分签约项目落地周期偏长。对此，我们必须高度重视，切实加以解决。",
    ),
    ("h1", "三、2026年主要目标"),
    (
        "p",
        "2026年是“十五五”规划开局之年。综合考虑发展基础和各方面因素，2026年全区经济社会发展主要预期目标是：地区生产总值增长7%左右；规上工业总产值1600亿元，增长7.7%；固定资产投资305亿元，增长6.4%，其中工业投资180亿元；一般公共预算收入51亿元，增长4.8%；进出口总额340亿元；实际使用外资2.6亿美元；新签约亿元以上项目60个；高新技术企业达到480家；研发投入强度达到3.6%。",
    ),
    ("h1", "四、2026年重点工作"),
    ("h2", "（一）全力以赴抓招商"),
    (
        "p",
        "聚焦新能源、集成电路、生物医药、高端装备四大主导产业，全年举办专题招商活动不少于20场，力争新签约项目协议总投资突破750亿元，引进50亿元以上项目2个以上。",
    ),
    ("h2", "（二）集中攻坚抓项目"),
    (
        "p",
        "全年安排重点项目126个，年度计划投资215亿元。确保棣峰新能源储能电池项目一期2026年6月投产，榄晟光伏组件及电池片项目上半年开工，槿华生物医药创新药产业化基地主体工程年内完工，力争全年新开工亿元以上项目45个。",
    ),
    ("h2", "（三）积极主动抓创新"),
    (
        "p",
        "加快槭川科学城二期建设，新建省级以上研发平台10个，全年新增高新技术企业43家以上，推动高新技术产业产值占比提高到65%。",
    ),
    ("h2", "（四）蹄疾步稳抓改革"),
    (
        "p",
        "深化开发区管理体制改革，推进桤林综合保税片区扩区，全年盘活低效用地2000亩以上，亩均税收提高到33万元。",
    ),
    ("h2", "（五）用心用情抓民生"),
    ("p", "新建人才公寓800套，新增学位2400个，守牢安全生产和生态环境底线。"),
    (
        "p",
        "同志们，新的一年，让我们在市委、市政府和开发区党工委的坚强领导下，凝心聚力、奋勇争先，为实现“十五五”良好开局作出新的更大贡献！",
    ),
]

R1_TABLE1 = [
    [
        "指标名称",
        "单位",
        "2024年完成",
        "2025年计划",
        "2025年完成",
        "同比增长(%)",
        "完成计划(%)",
        "2026年目标",
    ],
    ["地区生产总值", "亿元", "570.6", "增长7%", "612.8", "7.4", "—", "增长7%左右"],
    ["规模以上工业总产值", "亿元", "1361.1", "1470", "1486.3", "9.2", "101.1", "1600"],
    ["规上工业增加值增速", "%", "8.1", "8.5", "8.9", "—", "—", "8.5"],
    ["固定资产投资", "亿元", "268.4", "285", "286.7", "6.8", "100.6", "305"],
    ["其中：工业投资", "亿元", "147.0", "160", "168.0", "14.3", "105.0", "180"],
    ["一般公共预算收入", "亿元", "46.31", "48.5", "48.67", "5.1", "100.4", "51"],
    ["其中：税收收入", "亿元", "39.48", "40.5", "41.25", "4.5", "101.9", "43.2"],
    ["进出口总额", "亿元", "291.3", "312", "325.4", "11.7", "104.3", "340"],
    ["实际使用外资", "亿美元", "2.18", "2.5", "2.36", "8.3", "94.4", "2.6"],
    ["新签约亿元以上项目", "个", "52", "55", "61", "—", "110.9", "60"],
    ["高新技术企业", "家", "386", "420", "437", "13.2", "104.0", "480"],
    ["研发投入强度", "%", "3.21", "3.35", "3.42", "—", "—", "3.6"],
]

R1_TABLE2 = [
    [
        "序号",
        "项目名称",
        "建设单位",
        "所在片区",
        "总投资(亿元)",
        "2025年完成投资(亿元)",
        "签约时间",
        "开工时间",
        "投产时间",
    ],
    [
        "1",
        "棣峰新能源年产20GWh储能电池项目",
        "棣峰新能源科技有限公司",
        "榉溪临港片区",
        "86",
        "31.2",
        "2024年11月8日",
        "2025年3月18日",
        "一期2026年6月(预计)",
    ],
    [
        "2",
        "椤鑫半导体12英寸硅片抛光材料项目",
        "椤鑫半导体材料有限公司",
        "椴山科创片区",
        "38",
        "9.6",
        "2023年12月15日",
        "2024年9月20日",
        "2025年10月28日",
    ],
    [
        "3",
        "槿华生物医药创新药产业化基地",
        "槿华生物医药股份有限公司",
        "椴山科创片区",
        "24.5",
        "6.8",
        "2025年2月26日",
        "2025年5月9日",
        "2027年(预计)",
    ],
    [
        "4",
        "楦达精密高端数控机床项目",
        "楦达精密机械有限公司",
        "楸湾产业片区",
        "12.8",
        "3.1",
        "2024年5月10日",
        "2024年8月6日",
        "2025年7月16日",
    ],
    [
        "5",
        "檩丰智能物流园",
        "檩丰供应链管理有限公司",
        "桤林综合保税片区",
        "15.6",
        "1.2",
        "2025年8月22日",
        "2025年12月3日",
        "2027年6月(预计)",
    ],
    [
        "6",
        "榄晟光伏组件及电池片项目",
        "榄晟新能源股份有限公司",
        "榉溪临港片区",
        "52",
        "—",
        "2025年9月26日",
        "2026年上半年(计划)",
        "—",
    ],
]

# 片区: 规上工业总产值 2024, 2025 ; 固定资产投资 2024, 2025 ; 税收收入 2024, 2025 (亿元)
R1_ZONES = [
    ("楸湾产业片区", "571.2", "612.4", "90.1", "92.3", "16.55", "16.82"),
    ("椴山科创片区", "259.5", "298.7", "66.2", "78.6", "8.41", "9.37"),
    ("榉溪临港片区", "418.6", "451.9", "80.7", "83.5", "10.73", "11.04"),
    ("桤林综合保税片区", "111.8", "123.3", "31.4", "32.3", "3.79", "4.02"),
]


def _growth(a, b):
    return "%.1f" % ((float(b) / float(a) - 1) * 100 + 1e-9)


def _set_cell(cell, text, bold=False, size=10.5):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def _run_font(run, name, size, bold=False):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold


def build_docx(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "仿宋"
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋")
    normal.font.size = Pt(14)

    cp = doc.core_properties
    cp.title = "槭川经济技术开发区2025年工作报告"
    cp.author = "槭川经开区管委会办公室"
    cp.last_modified_by = "槭川经开区管委会办公室"
    cp.created = datetime(2026, 1, 16, 9, 0, 0)
    cp.modified = datetime(2026, 1, 16, 9, 0, 0)
    cp.revision = 1

    for kind, text in R1_INTRO:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run_font(p.add_run(text), "方正小标宋简体", 22)
        elif kind == "center":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run_font(p.add_run(text), "楷体", 16)
        elif kind == "h1":
            p = doc.add_paragraph()
            _run_font(p.add_run(text), "黑体", 16)
        elif kind == "h2":
            p = doc.add_paragraph()
            _run_font(p.add_run(text), "楷体", 16, bold=True)
        elif kind == "caption":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run_font(p.add_run(text), "黑体", 12)
        elif kind == "p":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            p.add_run(text)
        elif kind == "table1":
            _table_simple(doc, R1_TABLE1)
        elif kind == "table2":
            _table_simple(doc, R1_TABLE2, size=9)
        elif kind == "table3":
            _table_zones(doc)
    doc.save(path)
    normalize_zip(path, (2026, 1, 16, 9, 0, 0), "2026-01-16T09:00:00Z")


def _table_simple(doc, rows, size=10.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            _set_cell(t.cell(i, j), val, bold=(i == 0), size=size)


def _table_zones(doc):
    t = doc.add_table(rows=2 + len(R1_ZONES) + 1, cols=10)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    _set_cell(a, "片区", bold=True)
    groups = ["规上工业总产值(亿元)", "固定资产投资(亿元)", "税收收入(亿元)"]
    for g, name in enumerate(groups):
        c0 = 1 + 3 * g
        m = t.cell(0, c0).merge(t.cell(0, c0 + 2))
        _set_cell(m, name, bold=True)
        for k, sub in enumerate(["2024年", "2025年", "增长(%)"]):
            _set_cell(t.cell(1, c0 + k), sub, bold=True)
    tot = [0.0] * 6
    for r, z in enumerate(R1_ZONES):
        cells = [z[0]]
        for g in range(3):
            a24, a25 = z[1 + 2 * g], z[2 + 2 * g]
            tot[2 * g] += float(a24)
            tot[2 * g + 1] += float(a25)
            cells += [a24, a25, _growth(a24, a25)]
        for j, v in enumerate(cells):
            _set_cell(t.cell(2 + r, j), v)
    fmt = ["%.1f", "%.1f", "%.1f", "%.1f", "%.2f", "%.2f"]
    totals = [fmt[i] % (tot[i] + 1e-9) for i in range(6)]
    assert totals == ["1361.1", "1486.3", "268.4", "286.7", "39.48", "41.25"], totals
    cells = ["合计"]
    for g in range(3):
        cells += [totals[2 * g], totals[2 * g + 1], _growth(totals[2 * g], totals[2 * g + 1])]
    for j, v in enumerate(cells):
        _set_cell(t.cell(2 + len(R1_ZONES), j), v, bold=True)


# ---------------------------------------------------------------------------
# 2. XLSX: 楮阳市重点园区2025年1—9月主要经济指标
# ---------------------------------------------------------------------------

# name, 规上产值, 增长, 增加值增速, 固投, 增长, 工业投资, 增长, 外资(万美元), 增长, 税收, 增长,
# 新签约亿元以上项目, 规上工业企业(家), 全年产值目标, 完成进度(%), 产值增速位次
R2_PARKS = [
    (
        "楮阳高新技术产业开发区",
        826.4,
        10.8,
        11.2,
        142.6,
        9.4,
        88.3,
        16.2,
        12860,
        7.5,
        28.73,
        6.2,
        24,
        412,
        1120,
        73.8,
        3,
    ),
    (
        "槲溪经济开发区",
        615.2,
        7.3,
        7.9,
        118.9,
        5.1,
        70.4,
        8.8,
        9420,
        -12.6,
        21.05,
        3.4,
        19,
        356,
        850,
        72.4,
        4,
    ),
    (
        "檀湖临港产业园",
        398.7,
        12.6,
        13.1,
        96.5,
        15.3,
        61.2,
        21.7,
        6135,
        18.9,
        12.86,
        9.8,
        15,
        198,
        520,
        76.7,
        2,
    ),
    (
        "楹山化工园区",
        472.5,
        -3.2,
        1.4,
        54.8,
        -6.7,
        40.1,
        -2.3,
        2050,
        -35.4,
        15.42,
        -4.1,
        7,
        87,
        680,
        69.5,
        5,
    ),
    (
        "樾江数字经济产业园",
        187.3,
        18.4,
        19.6,
        47.6,
        22.8,
        20.6,
        27.5,
        3380,
        42.1,
        6.37,
        14.6,
        11,
        143,
        245,
        76.4,
        1,
    ),
]
R2_TOTAL = (
    "合计",
    2500.1,
    7.8,
    8.9,
    460.4,
    8.4,
    280.6,
    13.1,
    33845,
    1.2,
    84.43,
    4.5,
    76,
    1196,
    3415,
    73.2,
    "—",
)

# 月份, 产值当月, 产值累计增长, 固投当月, 固投累计增长, 税收当月, 税收累计增长
R2_MONTHS = [
    ("1—2月", 482.6, 6.2, 78.3, 5.6, 19.86, 3.1),
    ("3月", 281.9, 6.9, 55.6, 6.4, 9.17, 3.6),
    ("4月", 270.4, 7.1, 48.2, 6.9, 10.52, 3.9),
    ("5月", 276.8, 7.2, 50.7, 7.3, 7.63, 3.8),
    ("6月", 298.5, 7.4, 62.9, 8.1, 8.95, 4.2),
    ("7月", 285.2, 7.5, 46.1, 7.9, 9.84, 4.4),
    ("8月", 290.3, 7.6, 53.4, 8.2, 8.21, 4.3),
    ("9月", 314.4, 7.8, 65.2, 8.4, 10.25, 4.5),
]

# 序号, 园区, 项目名称, 建设单位, 建设内容及规模, 总投资, 年度计划, 1—9月完成, 完成年度计划(%), 开工, 预计竣工, 类别, 形象进度
R2_PROJECTS = [
    (
        "楮阳高新区",
        "桫芯功率半导体晶圆制造项目",
        "桫芯微电子有限公司",
        "建设12英寸功率器件晶圆生产线，形成月产3万片产能",
        1850000,
        420000,
        336500,
        80.1,
        "2024年6月",
        "2026年12月",
        "续建",
        "主厂房封顶，洁净室装修完成65%",
    ),
    (
        "楮阳高新区",
        "梭禾生物合成生物学中试基地",
        "梭禾生物科技有限公司",
        "建设中试车间4栋及研发楼1栋，总建筑面积6.2万平方米",
        126000,
        48000,
        41200,
        85.8,
        "2025年3月",
        "2026年6月",
        "新开工",
        "中试车间主体结构施工至三层",
    ),
    (
        "楮阳高新区",
        "楣光激光智能装备产业园",
        "楣光激光科技股份有限公司",
        "年产激光加工设备3000台（套）",
        215000,
        60000,
        53100,
        88.5,
        "2024年9月",
        "2026年8月",
        "续建",
        "1号、2号厂房主体完工，设备采购招标中",
    ),
    (
        "槲溪经济开发区",
        "檫能氢燃料电池电堆项目",
        "檫能氢动力科技有限公司",
        "年产氢燃料电池电堆2万套",
        98000,
        35000,
        21600,
        61.7,
        "2025年4月",
        "2026年9月",
        "新开工",
        "桩基工程完成，主体施工中",
    ),
    (
        "槲溪经济开发区",
        "楗诚汽车轻量化零部件项目",
        "楗诚汽车部件有限公司",
        "年产铝合金压铸件50万套",
        156000,
        52000,
        49300,
        94.8,
        "2024年10月",
        "2025年12月",
        "续建",
        "设备安装调试，计划12月试生产",
    ),
    (
        "槲溪经济开发区",
        "槲溪经济开发区标准化厂房（三期）",
        "楮阳槲溪产业投资发展有限公司",
        "建设标准厂房28万平方米",
        84000,
        30000,
        31260,
        104.2,
        "2025年1月",
        "2026年6月",
        "新开工",
        "12栋厂房主体完工，8栋进入装修",
    ),
    (
        "檀湖临港产业园",
        "檀湖港区5万吨级通用码头二期工程",
        "檀湖港务集团有限公司",
        "新建5万吨级通用泊位2个，年吞吐能力600万吨",
        326000,
        90000,
        68700,
        76.3,
        "2024年3月",
        "2026年12月",
        "续建",
        "码头主体结构完成80%，引桥施工中",
    ),
    (
        "檀湖临港产业园",
        "椿晟高端粮油加工项目",
        "椿晟粮油工业有限公司",
        "年加工大豆150万吨",
        185000,
        65000,
        58900,
        90.6,
        "2024年8月",
        "2026年3月",
        "续建",
        "主体完工，设备进场安装",
    ),
    (
        "檀湖临港产业园",
        "栌海冷链物流枢纽项目",
        "栌海供应链管理有限公司",
        "建设冷库库容30万吨及配套交易区",
        72000,
        40000,
        26520,
        66.3,
        "2025年4月",
        "2026年10月",
        "新开工",
        "冷库钢结构吊装中",
    ),
    (
        "楹山化工园区",
        "椐润新材料年产20万吨可降解塑料项目",
        "椐润新材料股份有限公司",
        "年产PBAT可降解塑料20万吨",
        268000,
        80000,
        41700,
        52.1,
        "2025年5月",
        "2027年6月",
        "新开工",
        "场地平整完成，桩基施工中",
    ),
    (
        "楹山化工园区",
        "楹山化工园区危险废物集中处置中心",
        "楮阳楹山环境服务有限公司",
        "年处置危险废物5万吨",
        46000,
        18000,
        16900,
        93.9,
        "2024年11月",
        "2025年11月",
        "续建",
        "主体完工，焚烧线单机调试",
    ),
    (
        "樾江数字经济产业园",
        "榀云智算中心项目",
        "榀云数据科技有限公司",
        "建设标准机柜6000架",
        360000,
        120000,
        97800,
        81.5,
        "2024年12月",
        "2026年10月",
        "续建",
        "一期2000架机柜交付使用",
    ),
    (
        "樾江数字经济产业园",
        "樾江数字经济产业大厦",
        "楮阳樾江城市发展有限公司",
        "总建筑面积18.6万平方米",
        112000,
        35000,
        23850,
        68.1,
        "2025年2月",
        "2027年2月",
        "新开工",
        "地下室底板施工",
    ),
    (
        "樾江数字经济产业园",
        "椋禾跨境电商产业园",
        "椋禾电子商务有限公司",
        "建设跨境电商集聚区及海外仓服务中心",
        38000,
        15000,
        12690,
        84.6,
        "2025年6月",
        "2026年6月",
        "新开工",
        "主体结构施工",
    ),
]

R2_ANALYSIS = [
    "2025年1—9月全市重点园区经济运行简要分析",
    "一、总体情况。1—9月，全市五个重点园区实现规模以上工业总产值2500.1亿元，同比增长7.8%，增速较上半年提高0.4个百分点，完成全年目标3415亿元的73.2%，低于序时进度1.8个百分点；规上工业增加值增长8.9%。完成固定资产投资460.4亿元，增长8.4%，其中工业投资280.6亿元，增长13.1%，占固定资产投资的60.9%。实现税收收入84.43亿元，增长4.5%。实际使用外资33845万美元，增长1.2%。新签约亿元以上项目76个，五个园区共有规上工业企业1196家。",
    "二、园区运行特点。一是新兴园区增势强劲。樾江数字经济产业园规上工业总产值增长18.4%，增速居五个园区首位，完成全年目标的76.4%；檀湖临港产业园规上工业总产值增长12.6%，完成全年目标的76.7%，进度居五个园区首位，固定资产投资增长15.3%。二是龙头园区稳定支撑。楮阳高新技术产业开发区规上工业总产值826.4亿元，占五个园区合计的33.1%，税收收入28.73亿元，占五个园区合计的34.0%，实际使用外资12860万美元，居五个园区首位。三是个别园区下行压力较大。楹山化工园区受主要化工产品价格下行影响，规上工业总产值下降3.2%，固定资产投资下降6.7%，实际使用外资下降35.4%，完成全年目标的69.5%，进度最慢；槲溪经济开发区实际使用外资下降12.6%，税收收入仅增长3.4%。",
    "三、重点项目推进情况。14个重点产业项目总投资393.6亿元，年度计划投资110.8亿元，1—9月完成投资88.0亿元，完成年度计划的79.4%，高于序时进度4.4个百分点。其中，槲溪经济开发区标准化厂房（三期）已超额完成年度计划，完成率104.2%；楗诚汽车轻量化零部件项目完成年度计划94.8%，即将进入试生产；椐润新材料年产20万吨可降解塑料项目仅完成年度计划52.1%，进度相对滞后，主要受环评批复时间推迟影响。",
    "四、下步工作建议。一是紧盯全年目标，对完成进度低于序时的楮阳高新技术产业开发区、槲溪经济开发区、楹山化工园区加强调度，力争全年五个园区规上工业总产值增长8%以上；二是加快项目建设，推动7个新开工项目加快形成实物工作量，确保楗诚汽车轻量化零部件项目、楹山化工园区危险废物集中处置中心年内竣工；三是加大外资攻坚力度，力争全年五个园区实际使用外资达到4.5亿美元。",
    "楮阳市园区发展办公室  2025年10月15日",
]

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER
            ws.cell(r, c).alignment = CENTER


def _put(ws, r, c, v, bold=False, merge_to=None):
    if merge_to is not None:
        ws.merge_cells(start_row=r, start_column=c, end_row=merge_to[0], end_column=merge_to[1])
    cell = ws.cell(r, c, v)
    cell.alignment = CENTER
    if bold:
        cell.font = Font(bold=True)
    return cell


def build_xlsx(path):
    wb = Workbook()
    wb.properties.creator = "楮阳市园区发展办公室"
    wb.properties.lastModifiedBy = "楮阳市园区发展办公室"
    wb.properties.title = "2025年1—9月楮阳市重点园区主要经济指标"
    wb.properties.created = datetime(2025, 10, 15, 10, 0, 0)
    wb.properties.modified = datetime(2025, 10, 15, 10, 0, 0)

    # ---- sheet 1: 主要指标
    ws = wb.active
    ws.title = "主要指标"
    ncol = 18
    _put(ws, 1, 1, "2025年1—9月楮阳市重点园区主要经济指标完成情况", bold=True, merge_to=(1, ncol))
    ws.cell(1, 1).font = Font(bold=True, size=16)
    _put(ws, 2, 1, "填报单位：楮阳市园区发展办公室", merge_to=(2, 9))
    _put(ws, 2, 10, "数据截止：2025年9月30日", merge_to=(2, ncol))
    h1, h2 = 3, 4
    _put(ws, h1, 1, "序号", True, (h2, 1))
    _put(ws, h1, 2, "园区名称", True, (h2, 2))
    _put(ws, h1, 3, "规模以上工业总产值", True, (h1, 4))
    _put(ws, h2, 3, "1—9月(亿元)", True)
    _put(ws, h2, 4, "同比增长(%)", True)
    _put(ws, h1, 5, "规上工业增加值增速(%)", True, (h2, 5))
    _put(ws, h1, 6, "固定资产投资", True, (h1, 7))
    _put(ws, h2, 6, "完成额(亿元)", True)
    _put(ws, h2, 7, "同比增长(%)", True)
    _put(ws, h1, 8, "其中：工业投资", True, (h1, 9))
    _put(ws, h2, 8, "完成额(亿元)", True)
    _put(ws, h2, 9, "同比增长(%)", True)
    _put(ws, h1, 10, "实际使用外资", True, (h1, 11))
    _put(ws, h2, 10, "金额(万美元)", True)
    _put(ws, h2, 11, "同比增长(%)", True)
    _put(ws, h1, 12, "税收收入", True, (h1, 13))
    _put(ws, h2, 12, "金额(亿元)", True)
    _put(ws, h2, 13, "同比增长(%)", True)
    _put(ws, h1, 14, "新签约亿元以上项目(个)", True, (h2, 14))
    _put(ws, h1, 15, "规上工业企业(家)", True, (h2, 15))
    _put(ws, h1, 16, "规上工业总产值全年目标", True, (h1, 17))
    _put(ws, h2, 16, "目标(亿元)", True)
    _put(ws, h2, 17, "完成目标进度(%)", True)
    _put(ws, h1, 18, "规上产值增速位次", True, (h2, 18))
    r = h2 + 1
    sums = [0.0] * 15
    for i, p in enumerate(R2_PARKS, 1):
        _put(ws, r, 1, i)
        for j, v in enumerate(p):
            _put(ws, r, 2 + j, v)
        for k in (1, 4, 6, 8, 10, 12, 13, 14):
            sums[k] += p[k]
        r += 1
    # consistency of the 合计 row with the park rows
    assert round(sums[1], 1) == R2_TOTAL[1] and round(sums[4], 1) == R2_TOTAL[4]
    assert round(sums[6], 1) == R2_TOTAL[6] and sums[8] == R2_TOTAL[8]
    assert round(sums[10], 2) == R2_TOTAL[10] and sums[12] == R2_TOTAL[12]
    assert sums[13] == R2_TOTAL[13] and sums[14] == R2_TOTAL[14]
    _put(ws, r, 1, "", merge_to=None)
    for j, v in enumerate(R2_TOTAL):
        _put(ws, r, 2 + j, v, bold=True)
    _box(ws, h1, 1, r, ncol)
    r += 1
    _put(
        ws,
        r,
        1,
        "注：1.规上工业增加值增速按可比价计算，其余增速按现价计算；2.实际使用外资为商务部门统计口径；"
        "3.楹山化工园区受主要化工产品价格下行影响，规上工业总产值同比下降；4.规上产值增速位次按五个园区规上工业总产值同比增速由高到低排列。",
        merge_to=(r, ncol),
    )
    ws.cell(r, 1).alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.row_dimensions[r].height = 45
    ws.column_dimensions["B"].width = 24
    for col in "CDEFGHIJKLMNOPQR":
        ws.column_dimensions[col].width = 11

    # ---- sheet 2: 分月情况
    ws = wb.create_sheet("分月情况")
    ncol = 10
    _put(
        ws,
        1,
        1,
        "2025年楮阳市重点园区主要指标分月情况（五园区合计）",
        bold=True,
        merge_to=(1, ncol),
    )
    ws.cell(1, 1).font = Font(bold=True, size=14)
    _put(ws, 2, 1, "单位：亿元，%", merge_to=(2, ncol))
    _put(ws, 3, 1, "月份", True, (4, 1))
    for g, name in enumerate(["规模以上工业总产值(亿元)", "固定资产投资(亿元)", "税收收入(亿元)"]):
        c0 = 2 + 3 * g
        _put(ws, 3, c0, name, True, (3, c0 + 2))
        for k, sub in enumerate(["当月", "累计", "累计增长(%)"]):
            _put(ws, 4, c0 + k, sub, True)
    r = 5
    acc = [0.0, 0.0, 0.0]
    for m in R2_MONTHS:
        acc[0] = round(acc[0] + m[1], 1)
        acc[1] = round(acc[1] + m[3], 1)
        acc[2] = round(acc[2] + m[5], 2)
        row = [m[0], m[1], acc[0], m[2], m[3], acc[1], m[4], m[5], acc[2], m[6]]
        for j, v in enumerate(row):
            _put(ws, r, 1 + j, v)
        r += 1
    assert acc == [R2_TOTAL[1], R2_TOTAL[4], R2_TOTAL[10]], acc
    assert (
        R2_MONTHS[-1][2] == R2_TOTAL[2]
        and R2_MONTHS[-1][4] == R2_TOTAL[5]
        and R2_MONTHS[-1][6] == R2_TOTAL[11]
    )
    _box(ws, 3, 1, r - 1, ncol)
    _put(
        ws,
        r,
        1,
        "注：1—2月数据合并统计；“累计”为年初至当月末累计数，“累计增长”为累计数同比增速。",
        merge_to=(r, ncol),
    )
    ws.cell(r, 1).alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.column_dimensions["A"].width = 10

    # ---- sheet 3: 重点项目
    ws = wb.create_sheet("重点项目")
    heads = [
        "序号",
        "所在园区",
        "项目名称",
        "建设单位",
        "建设内容及规模",
        "总投资(万元)",
        "2025年计划投资(万元)",
        "1—9月完成投资(万元)",
        "完成年度计划(%)",
        "开工时间",
        "预计竣工时间",
        "项目类别",
        "形象进度",
    ]
    ncol = len(heads)
    _put(ws, 1, 1, "2025年楮阳市重点园区重点产业项目推进情况表", bold=True, merge_to=(1, ncol))
    ws.cell(1, 1).font = Font(bold=True, size=14)
    _put(ws, 2, 1, "截至2025年9月30日", merge_to=(2, ncol))
    for j, h in enumerate(heads):
        _put(ws, 3, 1 + j, h, True)
    r = 4
    t_total = t_plan = t_done = 0
    n_new = n_cont = 0
    for i, p in enumerate(R2_PROJECTS, 1):
        assert ("%.1f" % (p[6] / p[5] * 100 + 1e-9)) == ("%.1f" % p[7]), p
        t_total += p[4]
        t_plan += p[5]
        t_done += p[6]
        n_new += p[10] == "新开工"
        n_cont += p[10] == "续建"
        for j, v in enumerate((i,) + p):
            _put(ws, r, 1 + j, v)
        r += 1
    rate = float("%.1f" % (t_done / t_plan * 100))
    assert (t_total, t_plan, t_done, rate, n_new, n_cont) == (3936000, 1108000, 880020, 79.4, 7, 7)
    _put(ws, r, 1, "合计", True, (r, 5))
    for j, v in enumerate([t_total, t_plan, t_done, rate]):
        _put(ws, r, 6 + j, v, bold=True)
    _box(ws, 3, 1, r, ncol)
    r += 1
    _put(
        ws,
        r,
        1,
        "注：项目按所在园区排列；共14个项目，其中新开工项目7个、续建项目7个；完成投资数据截至2025年9月30日，由各园区管委会填报、市园区发展办公室汇总。",
        merge_to=(r, ncol),
    )
    ws.cell(r, 1).alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    for col, w in zip("ABCDEFGHIJKLM", [6, 18, 30, 28, 34, 12, 12, 12, 10, 11, 11, 9, 30]):
        ws.column_dimensions[col].width = w

    # ---- sheet 4: 运行分析 (one paragraph per row, as offices paste the written brief)
    ws = wb.create_sheet("运行分析")
    ws.column_dimensions["A"].width = 120
    for i, para in enumerate(R2_ANALYSIS, 1):
        c = ws.cell(i, 1, para)
        c.alignment = Alignment(
            horizontal="left" if i > 1 else "center", vertical="center", wrap_text=True
        )
        if i == 1:
            c.font = Font(bold=True, size=14)

    wb.save(path)
    normalize_zip(path, (2025, 10, 15, 10, 0, 0), "2025-10-15T10:00:00Z")


# ---------------------------------------------------------------------------
# 3. HTML: 棹州高新区前三季度经济运行分析会暨重点项目集中签约仪式
# ---------------------------------------------------------------------------

R3_BODY = [
    "10月17日上午，棹州高新区召开2025年前三季度经济运行分析会暨重点项目集中签约仪式，总结分析前三季度经济运行情况，研究部署四季度重点工作，并集中签约一批重大产业项目。市委常委、高新区党工委书记桂鸿章出席会议并讲话，党工委副书记、管委会主任楼启航主持会议，管委会副主任柴文博通报前三季度经济运行情况。高新区领导班子成员，各部门、各平台公司主要负责人，签约企业及重点企业代表共120余人参加会议。",
    "<h3>主要指标稳中有进、进中向好</h3>",
    "会议指出，今年以来，面对复杂严峻的外部环境，高新区坚持稳中求进工作总基调，紧盯年度目标任务，统筹抓好稳增长、促投资、强创新各项工作，主要经济指标保持“稳中有进、进中向好”的良好态势。前三季度，全区实现地区生产总值283.6亿元，同比增长7.9%，增速高于全市1.8个百分点，在全市8个开发区中位列第2位；规模以上工业总产值726.4亿元，增长11.3%；规上工业增加值增长10.6%；固定资产投资增长9.7%，其中工业投资增长18.2%，高技术产业投资增长26.5%；一般公共预算收入24.38亿元，增长6.9%，完成年度预算的78.6%，其中税收收入21.02亿元，占一般公共预算收入的86.2%；外贸进出口总额158.7亿元，增长14.5%；实际使用外资1.12亿美元，增长5.7%。在全省高新区三季度运行监测中，棹州高新区排名第9位，较上半年前移2位。",
    "分季度看，一季度、上半年、前三季度地区生产总值增速分别为6.8%、7.5%和7.9%，呈逐季加快态势。规上工业总产值一季度完成226.1亿元，上半年完成471.8亿元，前三季度完成726.4亿元，其中三季度单季完成254.6亿元，环比增长3.6%。9月当月实现规上工业总产值89.7亿元，同比增长13.8%，为年内单月最高增速。",
    "<h3>主导产业支撑有力</h3>",
    "从主导产业看，电子信息产业实现产值312.5亿元，增长15.6%，占规上工业总产值的43.0%，对全区工业增长的贡献率超过五成；高端装备产业实现产值164.3亿元，增长8.7%；生物医药产业实现产值118.9亿元，增长9.2%；新材料产业实现产值96.1亿元，增长6.4%。四大主导产业合计实现产值691.8亿元，占规上工业总产值的95.2%。",
    "从企业看，全区528家规上工业企业中，产值实现增长的企业341家，增长面64.6%；前三季度新增规上工业企业37家。新认定省级专精特新中小企业19家，新增国家级专精特新“小巨人”企业4家，高新技术企业申报数量达到156家，创历年新高。",
    "从项目看，46个省市重点项目完成投资138.7亿元，完成年度计划的81.3%，其中省重点项目14个，完成投资67.2亿元，完成年度计划的85.4%。前三季度新开工亿元以上项目28个，竣工投产项目17个。",
    "从创新和营商环境看，前三季度全区新增市场主体2863户，增长12.1%；技术合同成交额21.6亿元，增长18.9%；新建省级以上研发平台7个。“高新区企业服务直通车”累计受理企业诉求416件，办结率98.3%。",
    "会议同时指出，当前经济运行中仍存在一些困难和问题：部分外向型企业订单不足，187家规上工业企业产值同比下降；新材料产业增速低于全区规上工业平均水平4.9个百分点；土地、能耗等要素保障压力仍然较大，个别项目推进慢于预期。",
    "<h3>锚定目标冲刺四季度</h3>",
    "会议强调，四季度是冲刺全年目标的关键期、决战期。全区上下要锚定地区生产总值增长8%、规上工业总产值突破1000亿元的全年目标，对照目标任务倒排工期、挂图作战。据测算，四季度需完成规上工业总产值273.6亿元，月均需完成91.2亿元。要聚焦“三个确保”：确保12个亿元以上项目在年底前开工，确保9个项目竣工投产，确保全年固定资产投资增长10%以上。要加强重点企业运行监测，对产值前50强企业实行“一企一策”跟踪服务，对产值下降企业逐一分析原因、精准施策。",
    "<h3>16个项目集中签约 总投资213.8亿元</h3>",
    "签约仪式上，共有16个重点项目集中签约，总投资213.8亿元，涵盖电子信息、高端装备、生物医药、新能源汽车等领域。其中，投资50亿元以上项目1个，10亿元以上项目6个。具体包括：棠芯半导体（集团）有限公司投资56亿元建设的棠芯先进封装测试基地项目，榛拓动力科技有限公司投资28.5亿元建设的新能源汽车电驱系统项目，栩和医疗科技股份有限公司投资18亿元建设的栩和医疗器械产业园，桴远航空工业有限公司投资15.2亿元建设的航空零部件精密制造项目，楝青光电有限公司投资12.6亿元建设的光电显示模组项目，棱川传感技术有限公司投资10.5亿元建设的智能传感器研发及产业化项目。其余10个项目总投资73亿元，主要为产业链上下游配套项目。",
    "签约企业代表、棠芯半导体（集团）有限公司董事长梁屹峰在发言中表示，棠芯先进封装测试基地项目计划于2025年12月开工，2027年6月建成投产，达产后预计年产值80亿元、年纳税4.5亿元，将与高新区现有晶圆制造企业形成上下游协同。",
    "桂鸿章在讲话中要求，全区各部门要以此次签约为新起点，实行“一个项目、一名领导、一个专班”服务机制，推动签约项目早开工、早投产、早见效，力争签约项目3个月内开工率达到30%以上；要坚定信心、保持定力，以“开局就是决战、起步就是冲刺”的状态，全力以赴完成全年目标任务。",
    "楼启航在主持时要求，各部门要迅速传达会议精神，对照全年目标逐项梳理差距，11月底前完成重点项目全面督查，确保各项工作落到实处。",
]

R3_RELATED = [
    ("棹州高新区开展四季度安全生产大检查", "2025-10-16"),
    ("棹州高新区9月份新增规上工业企业5家", "2025-10-09"),
    ("棹州高新区赴外开展电子信息产业专题招商", "2025-09-24"),
    ("桂鸿章调研高新区重点项目建设情况", "2025-09-12"),
    ("棹州高新区召开2025年上半年经济运行分析会", "2025-07-15"),
    ("棹州高新区一季度经济运行实现“开门红”", "2025-04-18"),
]


def build_html(path):
    title = "棹州高新区召开2025年前三季度经济运行分析会暨重点项目集中签约仪式"
    body = []
    for para in R3_BODY:
        if para.startswith("<h3>"):
            body.append("        " + para)
        else:
            body.append('        <p style="text-indent:2em;">' + para + "</p>")
    related = "\n".join(
        '          <li><a href="/xwzx/yqdt/202510/t2025%02d_%d.html">%s</a><span class="date">%s</span></li>'
        % (i + 1, 40100 + i, t, d)
        for i, (t, d) in enumerate(R3_RELATED)
    )
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-10-18 09:32">
<meta name="ContentSource" content="棹州高新区经济发展局">
<title>{title}_园区动态_棹州高新技术产业开发区管理委员会</title>
<link rel="stylesheet" href="/static/css/common.css">
<style>
  body {{ font-family: "Microsoft YaHei", sans-serif; margin: 0; color: #333; }}
  .top-bar, .footer {{ background: #0b4f8a; color: #fff; font-size: 12px; }}
  .nav li {{ display: inline-block; padding: 0 18px; }}
  .article h1 {{ font-size: 24px; text-align: center; }}
  .article .info {{ text-align: center; color: #888; font-size: 13px; }}
  .related li .date {{ float: right; color: #999; }}
</style>
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="wrap">
    <span>欢迎访问棹州高新技术产业开发区管理委员会门户网站</span>
    <span class="links"><a href="/">设为首页</a> | <a href="/">加入收藏</a> | <a href="/wza/">无障碍浏览</a> | <a href="/en/">English</a></span>
  </div>
</div>
<div class="header">
  <div class="wrap">
    <div class="logo"><a href="/"><img src="/static/img/logo.png" alt="棹州高新技术产业开发区管理委员会"></a></div>
    <form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form>
  </div>
</div>
<div class="nav">
  <ul class="wrap">
    <li><a href="/">首页</a></li>
    <li><a href="/zjgx/">走进高新</a></li>
    <li class="on"><a href="/xwzx/">新闻中心</a></li>
    <li><a href="/zwgk/">政务公开</a></li>
    <li><a href="/tzcj/">投资促进</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
  </ul>
</div>
<div class="wrap main">
  <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/yqdt/">园区动态</a></div>
  <div class="article">
    <h1>{title}</h1>
    <div class="info">
      <span>发布时间：2025-10-18 09:32</span>
      <span>来源：棹州高新区经济发展局</span>
      <span>作者：杨晓澜</span>
      <span>浏览次数：1286</span>
      <span class="font">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span>
    </div>
    <div class="content" id="zoom">
{chr(10).join(body)}
    </div>
    <div class="editor">（责任编辑：柳思齐）</div>
    <div class="share">分享到：<a href="javascript:;" class="share-moments">朋友圈</a> <a href="javascript:;" class="share-friend">好友</a> <a href="javascript:;" class="share-copy">复制链接</a>
      <span class="tools">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</span>
    </div>
    <div class="prevnext">
      <p>上一篇：<a href="/xwzx/yqdt/202510/t20251016_40099.html">棹州高新区开展四季度安全生产大检查</a></p>
      <p>下一篇：<a href="/xwzx/yqdt/202510/t20251020_40112.html">棹州高新区举办2025年秋季人才招聘会</a></p>
    </div>
  </div>
  <div class="related">
    <h4>相关新闻</h4>
    <ul>
{related}
    </ul>
  </div>
</div>
<div class="footer">
  <div class="wrap">
    <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/mzsm/">免责声明</a></p>
    <p>主办单位：棹州高新技术产业开发区管理委员会　承办单位：棹州高新区党政办公室</p>
    <p>地址：棹州市高新区楫华大道168号　网站标识码：3299000021　棹ICP备2025000123号</p>
  </div>
</div>
<script>
  $(".font a").on("click", function () {{ $("#zoom").css("font-size", {{"大": "18px", "中": "16px", "小": "14px"}}[$(this).text()]); }});
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
    print("built", DOCX_NAME, XLSX_NAME, HTML_NAME)


if __name__ == "__main__":
    main()
