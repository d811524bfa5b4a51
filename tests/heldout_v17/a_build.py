# -*- coding: utf-8 -*-
"""Half A of heldout_v17: writes three invented park reports into reports/.

All parks, companies, people, projects and figures are invented.
Run:  /work/main/.venv/bin/python a_build.py
Output is deterministic (fixed document properties, fixed zip timestamps).
"""
import datetime
import os
import re
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")
DOCX_NAME = "a_wozhe_gxq_2025_gongzuo_zongjie.docx"
HTML_NAME = "a_fanqi_jkq_2025h1_zhaoshang.html"
XLSX_NAME = "a_weiji_yuanqu_2025_1-9yue.xlsx"
FIXED = datetime.datetime(2026, 1, 12, 9, 0, 0)


def _normalize_zip(path, stamp="2026-01-12T09:00:00Z"):
    """Rewrite a zip container with fixed timestamps and sorted-as-written order."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            # openpyxl stamps the save time into dcterms:modified; pin it
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
        fixed.append((name, data))
    items = fixed
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# (a) DOCX: annual work report of 幄哲高新区 (帛咏市)
# ---------------------------------------------------------------------------

DOCX_T1_HEAD = ["指标", "2024年", "2025年", "增长\n（%）"]
DOCX_T1 = [
    ["地区生产总值（亿元）", "449.8", "486.3", "7.2"],
    ["规模以上工业总产值（亿元）", "1046.2", "1128.5", "7.9"],
    ["　其中：高新技术产业产值（亿元）", "702.3", "781.6", "11.3"],
    ["固定资产投资（亿元）", "213.4", "229.7", "7.6"],
    ["　其中：工业投资（亿元）", "118.6", "134.2", "13.2"],
    ["一般公共预算收入（亿元）", "38.72", "41.16", "6.3"],
    ["　其中：税收收入（亿元）", "32.40", "34.90", "7.7"],
    ["进出口总额（亿元）", "156.8", "171.2", "9.2"],
    ["　其中：出口（亿元）", "98.5", "110.6", "12.3"],
    ["实际使用外资（万美元）", "21560", "24630", "14.2"],
    ["R&D经费投入（亿元）", "27.3", "31.5", "15.4"],
    ["高新技术企业（家）", "612", "698", "14.1"],
    ["科技型中小企业（家）", "1034", "1217", "17.7"],
    ["有效发明专利（件）", "5862", "6731", "14.8"],
    ["技术合同成交额（亿元）", "58.6", "72.4", "23.5"],
]

DOCX_T2_HEAD = ["园区", "规模以上工业\n总产值（亿元）", "增长\n（%）", "固定资产\n投资（亿元）",
                "新签约\n项目（个）", "高新技术\n企业（家）"]
DOCX_T2 = [
    ["帐唯科创园", "186.4", "9.8", "41.2", "23", "241"],
    ["幔吟智能制造产业园", "402.7", "5.4", "68.5", "31", "152"],
    ["帧喜生物医药产业园", "213.8", "12.4", "52.3", "19", "118"],
    ["帜君新材料产业园", "271.9", "4.6", "44.6", "14", "97"],
    ["帙周数字经济产业园", "53.7", "21.6", "23.1", "27", "90"],
    ["合计", "1128.5", "7.9", "229.7", "114", "698"],
]

# Each item: (kind, payload). kinds: title, center, h1, h2, p, pbreak, caption, table1, table2, note, sign
DOCX_BODY = [
    ("title", "帛咏市幄哲高新技术产业开发区管理委员会"),
    ("title", "关于2025年工作情况和2026年工作安排的报告"),
    ("center", "（2026年1月12日）"),
    ("p0", "市委、市政府："),
    ("p", "2025年是“十四五”规划的收官之年，也是幄哲高新技术产业开发区（以下简称“幄哲高新区”）加快建设具有区域影响力的科技创新策源地和先进制造业集聚区的关键一年。一年来，在市委、市政府的坚强领导下，全区上下坚持以科技创新引领产业创新，聚焦集成电路、生物医药、新材料、数字经济四大主导产业，统筹推进稳增长、抓招商、强创新、优环境、惠民生各项工作，经济运行稳中有进、进中向好，较好完成了年初确定的各项目标任务。现将有关情况报告如下。"),
    ("h1", "一、2025年工作完成情况"),
    ("h2", "（一）经济运行稳中有进，主要指标好于预期"),
    ("p", "全年实现地区生产总值486.3亿元，按可比价格计算，同比增长7.2%，增速高于全市平均水平1.6个百分点，居全市各县（市、区）和功能区第2位。规模以上工业总产值1128.5亿元，同比增长7.9%，完成年度目标（1100亿元）的102.6%，总量首次迈上千亿元台阶；规模以上工业增加值同比增长8.6%。其中，高新技术产业产值781.6亿元，增长11.3%，占规模以上工业总产值的比重达到69.3%，较上年提高2.2个百分点。"),
    ("p", "固定资产投资229.7亿元，同比增长7.6%，完成年度目标（225亿元）的102.1%；其中工业投资134.2亿元，增长13.2%，占固定资产投资的比重为58.4%，工业投资对全区投资增长的贡献率超过六成。一般公共预算收入41.16亿元，同比增长6.3%，其中税收收入34.9亿元，增长7.7%，税收占一般公共预算收入的比重达84.8%，财政收入质量继续保持全市前列。"),
    ("pbreak", ("外向型经济逆势增长。全年实现进出口总额171.2亿元，同比增长9.2%，其中出口110.6亿元，增长12.3%；实际使用外资2.46亿美元，增长14.2%，",
                "新设外商投资企业23家，其中合同外资1000万美元以上项目7个。")),
    ("p", "2025年主要经济指标完成情况详见表1。"),
    ("caption", "表1　2025年幄哲高新区主要经济指标完成情况"),
    ("table1", None),
    ("note", "注：地区生产总值增速按可比价格计算，其余指标增速按现价计算；2024年数据为统计年报数，2025年数据为快报数。"),
    ("h2", "（二）创新动能加速集聚，科创策源能力持续提升"),
    ("p", "全年全社会研究与试验发展（R&D）经费投入31.5亿元，同比增长15.4%，R&D经费投入强度达到6.48%，较上年提高0.41个百分点，继续位居全市第一。企业创新主体地位进一步巩固，全年净增高新技术企业86家，总数达到698家，占全市高新技术企业总数的41.2%；科技型中小企业评价入库1217家，增长17.7%。专精特新企业梯队不断壮大，新认定国家级专精特新“小巨人”企业9家，累计达到三十七家；新增省级专精特新中小企业58家，累计达到216家。"),
    ("p", "创新平台建设取得突破。全年新建省级以上研发平台14个，其中国家级平台2个。3月18日，幄哲科创大走廊核心区正式启动建设，首期规划面积3.2平方公里；8月，帛咏碳化硅功率半导体中试平台建成并对外开放，全年为区内外企业提供中试服务126批次。全年新增有效发明专利869件，有效发明专利总量达到6731件；技术合同成交额72.4亿元，同比增长23.5%。在全省高新区创新驱动发展综合评价中，幄哲高新区居第4位，较上年前移2位。"),
    ("p", "人才集聚效应持续显现。全年引进各类高层次人才团队47个，新增博士及以上高层次人才312人，新建博士后科研工作站3家；“帛咏英才计划”入选人数达到59人，占全市入选总数的38.6%。"),
    ("p", "科技金融赋能成效明显。全年新增科技贷款86.3亿元，科技型企业贷款余额突破300亿元；新增上市企业2家，其中科创板上市1家，全区上市企业累计达到十四家；设立天使投资基金和科技成果转化基金各1支，全年完成股权投资项目31个。"),
    ("h2", "（三）招商引资量质齐升，项目建设提速提效"),
    ("p", "坚持把招商引资作为“一号工程”，全年共组织赴长三角、珠三角、京津冀等地专题招商活动64场，新签约产业项目114个，协议总投资682.4亿元，同比增长18.6%；其中10亿元以上项目十二个，亿元以上项目五十七个。全年实际到位资金168.3亿元，完成年度目标（160亿元）的105.2%。澜拓半导体8英寸碳化硅功率器件项目（总投资65亿元）、启衡生物抗体药物产业化基地项目（总投资28亿元）、峰岚储能系统集成项目（总投资22.5亿元）等一批重大项目签约落地。从项目来源看，来自长三角地区的项目46个，珠三角地区项目28个，京津冀地区项目15个；外资项目9个，合同外资1.8亿美元。从产业分布看，集成电路产业项目35个、生物医药产业项目24个、新材料产业项目18个、数字经济产业项目37个。"),
    ("p", "项目建设跑出“加速度”。全年新开工亿元以上项目43个，竣工投产项目29个；列入省重大项目6个，全年完成投资48.7亿元，投资完成率达到121.8%。10月15日，澜拓半导体项目一期主厂房顺利封顶，较计划工期提前46天；启衡生物抗体药物产业化基地项目于11月下旬完成设备安装调试，预计2026年二季度投产。"),
    ("h2", "（四）园区载体提档升级，专业园区特色更加鲜明"),
    ("p", "五个专业园区合计完成规模以上工业总产值1128.5亿元、固定资产投资229.7亿元。幔吟智能制造产业园（以下简称“幔吟园”）实现规模以上工业总产值402.7亿元，占全区的35.7%，总量继续位居各园区首位；帧喜生物医药产业园规模以上工业总产值增长12.4%，创新药、高端医疗器械两大板块产值首次双双突破50亿元；帙周数字经济产业园虽然体量较小，但规模以上工业总产值增速达到21.6%，居各专业园区第一位；帜君新材料产业园受主要产品价格下行影响，增速回落至4.6%。6月26日，帙周数字经济产业园二期正式开园，首批入驻企业41家。各专业园区主要指标见表2。"),
    ("caption", "表2　2025年幄哲高新区各专业园区主要指标"),
    ("table2", None),
    ("note", "注：高新技术企业数为截至2025年12月底仍在有效期内的企业数。"),
    ("h2", "（五）营商环境持续优化，市场活力不断增强"),
    ("p", "深化“一枚印章管审批”改革，企业开办时间压缩至0.5个工作日，工业项目“拿地即开工”实现常态化，全年共有18个项目实现“拿地即开工”。全年新增经营主体6412户，经营主体总数达到58736户。组建企业服务专员队伍，走访服务企业2300余家次，协调解决企业用工、融资、用地等各类问题417个，问题办结率达到98.3%。在全市营商环境评价中，幄哲高新区连续三年位居功能区第一。"),
    ("h2", "（六）民生保障扎实有力，社会大局和谐稳定"),
    ("p", "全年民生支出19.8亿元，占一般公共预算支出的比重为76.5%。新建、改扩建中小学和幼儿园5所，新增学位4860个；建成人才公寓2100套，新开通公交线路6条。安全生产和生态环境形势总体平稳，全年未发生较大及以上生产安全事故，PM2.5年均浓度同比下降6.1%。"),
    ("p", "在肯定成绩的同时，我们也清醒地看到，全区发展中还存在一些困难和问题：一是主导产业链条还不够完整，部分关键材料和核心装备仍依赖区外配套；二是帜君新材料产业园等传统优势板块增长动力有所减弱；三是高端人才、用地指标等要素保障压力较大；四是部分项目签约后推进速度不够快，开工率、投产率有待提升。对此，我们将在今后工作中认真加以解决。"),
    ("h1", "二、2026年工作安排"),
    ("p", "2026年是“十五五”规划的开局之年，做好全年工作意义重大。全区工作的总体思路是：坚持稳中求进工作总基调，以科技创新引领产业创新为主线，以招大引强和项目建设为抓手，加快构建现代化产业体系，全力打造创新驱动发展示范区和高质量发展先行区，为全市发展大局作出更大贡献。"),
    ("h2", "（一）主要预期目标"),
    ("p", "综合考虑发展基础和外部环境，2026年全区经济社会发展主要预期目标为：地区生产总值增长7%左右；规模以上工业总产值力争达到1220亿元，增长8%以上；固定资产投资增长8%；一般公共预算收入增长5%以上；实际使用外资力争达到2.6亿美元；R&D经费投入强度达到6.6%；高新技术企业总数力争突破780家；新签约亿元以上项目六十个以上，实际到位资金预计达到180亿元。"),
    ("h2", "（二）重点工作"),
    ("p", "1.聚力做强主导产业。全面实施主导产业链“链长制”，推动集成电路、生物医药、新材料、数字经济四大产业集群化、高端化发展。幔吟园力争规模以上工业总产值迈上450亿元台阶；帧喜生物医药产业园力争产值突破250亿元；帜君新材料产业园加快老旧产线技术改造，实施技改项目不少于15个；帙周数字经济产业园三期计划于2026年9月建成投用。"),
    ("p", "2.聚力提升招商实效。坚持产业链招商、基金招商、以商招商多措并举，全年举办专题招商活动20场以上，力争引进10亿元以上重大产业项目10个以上。设立规模30亿元的产业引导基金，撬动社会资本参与重点项目建设，确保澜拓半导体项目一期2026年底前建成投产。"),
    ("p", "3.聚力增强创新策源。加快幄哲科创大走廊核心区建设，新建省级以上研发平台10个以上，力争技术合同成交额达到85亿元。深入实施“帛咏英才计划”，预计全年新引进高层次人才团队50个，新增国家级专精特新“小巨人”企业8家以上。"),
    ("p", "4.聚力优化营商环境。持续深化“放管服”改革，推行工业项目“标准地+承诺制”供地，力争“拿地即开工”项目达到25个；完善企业服务专员制度，建立问题受理、交办、反馈闭环机制，持续擦亮“幄哲办事不求人”服务品牌。"),
    ("p", "5.聚力深化改革开放。深化开发区管理体制改革，推进“管委会+平台公司”运营模式，实行全员岗位聘任制和绩效薪酬制度；积极申建综合保税区，力争进出口总额增长8%以上，推动更多企业“走出去”开拓国际市场。"),
    ("p", "6.聚力增进民生福祉。新建、改扩建学校4所，新增学位3600个；新建人才公寓1500套；统筹抓好安全生产、生态环境保护和社会治理各项工作，守牢安全发展底线。"),
    ("p", "新的一年，幄哲高新区将在市委、市政府的坚强领导下，锚定目标、真抓实干，奋力推动高新区高质量发展迈上新台阶，为“十五五”开好局、起好步作出新的更大贡献。"),
    ("p0", "特此报告。"),
    ("sign", "帛咏市幄哲高新技术产业开发区管理委员会"),
    ("sign", "2026年1月12日"),
]


def _set_font(run, size=12, bold=False, name="宋体"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def _cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    par = cell.paragraphs[0]
    par.alignment = align
    parts = text.split("\n")
    for i, part in enumerate(parts):
        run = par.add_run(part)
        _set_font(run, 10.5, bold)
        if i < len(parts) - 1:
            run.add_break(WD_BREAK.LINE)


def _add_table(doc, head, rows):
    table = doc.add_table(rows=1 + len(rows), cols=len(head))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(head):
        _cell_text(table.rows[0].cells[j], h, bold=True)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER
            _cell_text(table.rows[i].cells[j], v, bold=(row[0] == "合计"), align=al)
    return table


def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "幄哲高新区管委会办公室"
    cp.title = "关于2025年工作情况和2026年工作安排的报告"
    cp.last_modified_by = "幄哲高新区管委会办公室"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.comments = ""
    for kind, payload in DOCX_BODY:
        if kind == "title":
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(par.add_run(payload), 18, True, "方正小标宋简体")
        elif kind == "center":
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(par.add_run(payload), 14, False, "楷体")
        elif kind == "h1":
            par = doc.add_paragraph()
            _set_font(par.add_run(payload), 16, True, "黑体")
        elif kind == "h2":
            par = doc.add_paragraph()
            _set_font(par.add_run(payload), 14, True, "楷体")
        elif kind in ("p", "p0"):
            par = doc.add_paragraph()
            if kind == "p":
                par.paragraph_format.first_line_indent = Pt(28)
            _set_font(par.add_run(payload), 14, False, "仿宋")
        elif kind == "pbreak":
            par = doc.add_paragraph()
            par.paragraph_format.first_line_indent = Pt(28)
            first, second = payload
            run = par.add_run(first)
            _set_font(run, 14, False, "仿宋")
            run.add_break(WD_BREAK.LINE)
            _set_font(par.add_run(second), 14, False, "仿宋")
        elif kind == "caption":
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(par.add_run(payload), 12, True, "黑体")
        elif kind == "table1":
            _add_table(doc, DOCX_T1_HEAD, DOCX_T1)
        elif kind == "table2":
            _add_table(doc, DOCX_T2_HEAD, DOCX_T2)
        elif kind == "note":
            par = doc.add_paragraph()
            _set_font(par.add_run(payload), 10.5, False, "仿宋")
        elif kind == "sign":
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_font(par.add_run(payload), 14, False, "仿宋")
    doc.save(path)
    _normalize_zip(path)


# ---------------------------------------------------------------------------
# (b) HTML: portal news page of 幡启经开区, half-year investment meeting
# ---------------------------------------------------------------------------

HTML_TABLE_ROWS = [
    # 片区, 新签约项目（个）, 协议总投资（亿元）, 到位 1—6月, 上年同期, 同比增长, 年度目标, 完成年度目标
    ["帘和片区", "13", "82.5", "30.27", "25.60", "18.2", "55", "55.0"],
    ["幌嘉片区", "15", "121.3", "38.62", "34.15", "13.1", "70", "55.2"],
    ["幛品片区", "11", "76.4", "27.14", "23.95", "13.3", "50", "54.3"],
    ["帕台片区", "8", "46.6", "16.42", "13.50", "21.6", "35", "46.9"],
    ["合计", "47", "326.8", "112.45", "97.20", "15.7", "210", "53.5"],
]

HTML_ARTICLE = [
    "p|7月10日上午，幡启经济技术开发区（以下简称“幡启经开区”）召开2025年上半年招商引资工作推进会，总结上半年招商引资工作，分析当前形势，部署下半年重点任务。区党工委书记韩立澄出席会议并讲话，区党工委副书记、管委会主任苏墨川主持会议，区党工委委员、管委会副主任林芷涵通报上半年招商引资工作情况。",
    "p|会前，与会人员实地观摩了岑曜新能源储能电池项目、明烁光电车载显示模组项目和帕台综合保税片区跨境电商监管中心建设现场，详细了解项目建设进度、投产计划和存在的困难问题。",
    "p|会议指出，今年以来，面对复杂严峻的外部环境，全区上下坚持把招商引资作为经济工作的“生命线”，坚持“一把手”带头招商、全员参与招商，围绕新能源、新一代信息技术、汽车零部件、现代物流四大主导产业精准发力，招商引资工作呈现出“总量稳步扩大、结构持续优化、质效明显提升”的良好态势。",
    "h|签约项目量质齐升",
    "p|会上通报，1—6月，全区新签约项目47个，较上年同期增加9个；协议总投资<strong>326.8亿元</strong>，同比增长21.4%。其中，亿元以上项目三十七个，10亿元以上项目6个；制造业项目31个，占签约项目总数的66.0%，<br>产业项目占比较上年同期提高5.8个百分点。5月16日，幡启经开区（深圳）新一代信息技术产业投资推介会在深圳举行，现场集中签约项目9个，协议总投资87.3亿元。",
    "p|一批带动性强的重大项目相继签约落地：岑曜新能源年产20GWh储能电池项目总投资58亿元，落户幌嘉片区；明烁光电车载显示模组项目总投资32亿元，落户帘和片区；沐川精密汽车轻量化零部件项目总投资12.6亿元，落户幛品片区。",
    "p|从产业分布看，新能源产业签约项目14个，协议总投资142.7亿元，占协议总投资的43.7%；新一代信息技术产业签约项目10个，协议总投资78.9亿元；汽车零部件产业签约项目9个，协议总投资41.3亿元；现代物流及其他产业签约项目14个，协议总投资63.9亿元。从投资来源看，来自长三角地区的项目19个，珠三角地区项目11个，外资项目5个，其中港澳台项目3个。",
    "h|到位资金“时间过半、任务过半”",
    "p|1—6月，全区实际到位资金<span class=\"num\">112.45</span>亿元，同比增长15.7%，完成年度目标210亿元的53.5%，实现“时间过半、任务过半”；实际使用外资6820万美元，同比增长8.9%。上年同期，全区新签约项目38个、协议总投资269.2亿元、实际到位资金97.2亿元。",
    "p|从外资结构看，上半年制造业实际使用外资4560万美元，占全区实际使用外资的66.9%；新设外商投资企业7家，其中港资企业4家；现有外资企业增资扩股项目3个，增资总额2100万美元。",
    "p|从单月情况看，6月份全区新签约项目12个，协议总投资94.6亿元；6月当月实际到位资金23.18亿元，同比增长11.2%，单月到位资金创年内新高。项目建设方面，上半年新开工招商项目29个，竣工投产14个，其中岑曜新能源一期项目已于6月18日开工建设。",
    "p|分片区看，幌嘉片区实际到位资金38.62亿元，居各片区首位，完成年度目标的55.2%；帘和片区新签约项目13个，协议总投资82.5亿元，到位资金同比增长18.2%；幛品片区到位资金27.14亿元，同比增长13.3%；帕台综合保税片区（以下简称“帕台片区”）到位资金16.42亿元，同比增长21.6%，增速居各片区第一，但仅完成年度目标的46.9%，进度相对滞后。",
    "p|林芷涵在通报中指出，项目履约和落地转化情况总体较好。截至6月底，2024年以来签约的亿元以上项目累计开工率达到72.6%，较一季度末提高6.3个百分点；签约项目平均落地周期为4.8个月，较上年缩短1.2个月。但也有个别项目因前期手续、用地报批等原因推进缓慢，需要有关部门和片区加强协调、跟踪服务。",
    "p|上半年，全区新引进世界500强和中国500强企业投资项目4个，引进行业龙头和上市公司投资项目11个。6月28日，全区第二季度重点项目集中开工活动举行，集中开工项目16个，总投资103.5亿元，其中招商引资项目12个。",
    "h|招商活动密集开展",
    "p|上半年，区领导带队赴长三角、珠三角、成渝等地外出招商52批次，拜访企业286家，接待客商来区考察174批次，举办各类招商推介活动11场；新收集有效项目信息193条，在谈亿元以上项目68个，其中10亿元以上项目14个，为下半年招商工作储备了充足的项目资源。",
    "p|会议同时指出，当前招商引资工作仍存在一些短板和不足：部分片区项目储备不足，重大项目、龙头项目偏少；个别项目签约后落地转化慢，开工率有待提高；帕台片区到位资金完成进度低于全区平均水平6.6个百分点，需要加快追赶。",
    "h|锚定目标奋力冲刺下半年",
    "p|韩立澄在讲话中强调，招商引资是推动经开区高质量发展的关键抓手，全区上下要进一步提高站位、压实责任，以“拼”的劲头、“抢”的意识、“实”的作风，全力以赴冲刺全年目标。一要紧盯目标不放松，确保全年实际到位资金完成210亿元、力争突破230亿元，下半年新签约项目力争达到50个以上。二要聚焦主导产业招大引强，围绕新能源和新一代信息技术两条主链，绘制产业链招商图谱，力争引进一批投资10亿元以上的龙头项目和链主企业。三要强化项目落地转化，建立签约项目“红黄绿”三色预警机制，推动签约项目尽快开工、开工项目尽快投产、投产项目尽快达效。四要持续优化营商环境，以更优的服务、更实的举措赢得客商信赖。五要锻造过硬招商队伍，坚持在招商一线培养干部、识别干部、使用干部，让想招商、会招商、招好商的干部有舞台、有奔头。",
    "p|苏墨川在主持会议时要求，各片区、各部门要认真贯彻落实会议精神，对照年度目标任务，逐项梳理、查漏补缺，<br>倒排工期、挂图作战；要坚持“周调度、月通报、季考核”工作机制，对进度滞后的片区和单位实行约谈制度，确保各项招商任务按时保质完成。",
    "p|会上，幌嘉片区、帘和片区作交流发言，帕台片区作表态发言。幌嘉片区介绍了以“链主”企业带动上下游配套企业集聚落户的做法，上半年围绕储能电池产业链引进配套项目7个；帘和片区介绍了依托驻外招商联络处开展驻点招商的经验；帕台片区负责人表示，将对照差距，加快推进跨境电商和保税物流项目落地，确保全年完成年度目标任务。区投资促进局局长顾承远对下半年重点招商活动作了具体安排：8月下旬举办幡启经开区（上海）新能源产业招商推介会，9月中旬组织参加中国国际投资贸易洽谈会，10月举办“外资企业走进幡启”专题活动。",
    "p|会议要求，各片区要围绕下半年目标任务，进一步细化分解到月、落实到人，确保8月底前到位资金完成年度目标的70%以上、11月底前全面完成年度目标。区投资促进局要会同区经济发展局、区财政金融局等部门，加快研究出台新一轮招商引资优惠政策，完善招商人员激励约束机制；区行政审批局要对重大签约项目实行“一对一”全程代办服务，推动项目审批提速增效；区属国有平台公司要发挥产业基金和标准厂房载体作用，为项目快速落地提供有力支撑。",
    "p|据了解，今年以来，幡启经开区持续深化招商体制机制改革，组建新能源、新一代信息技术、汽车零部件、现代物流4个产业招商专班，实行“专班+片区+平台公司”协同招商模式；在上海、深圳设立驻外招商联络处，选派18名年轻干部常驻一线开展驻点招商；出台《幡启经开区招商引资项目评审及落地服务办法》，对新签约项目实行“一项目一专班一方案”服务，招商工作的专业化、市场化水平不断提升。",
    "p|各片区、区直各部门主要负责同志，区属国有平台公司负责人参加会议。",
    "p|下一步，幡启经开区将以此次会议为新起点，坚持目标导向、问题导向、结果导向，持续掀起招商引资热潮，以招商引资的新成效为全区经济高质量发展注入强劲动能，奋力实现全年目标任务。",
]

HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>幡启经开区召开2025年上半年招商引资工作推进会_经开要闻_幡启经济技术开发区管理委员会</title>
<meta name="SiteName" content="幡启经济技术开发区管理委员会">
<meta name="ColumnName" content="经开要闻">
<meta name="ArticleTitle" content="幡启经开区召开2025年上半年招商引资工作推进会">
<meta name="PubDate" content="2025-07-11 09:32">
<meta name="ContentSource" content="幡启经开区投资促进局">
<style>
body{{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f4f6f9}}
.top{{background:#0b4f9c;color:#fff;font-size:12px;padding:4px 40px}}
.top a{{color:#fff;margin-left:12px;text-decoration:none}}
.banner{{background:#1565c0;color:#fff;padding:18px 40px;font-size:26px;font-weight:bold}}
.nav{{background:#0d47a1}}
.nav ul{{list-style:none;margin:0;padding:0 40px;display:flex}}
.nav li a{{display:block;color:#fff;padding:10px 22px;text-decoration:none}}
.wrap{{width:1100px;margin:16px auto;background:#fff;padding:20px 30px}}
.crumb{{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}}
h1{{text-align:center;font-size:24px;color:#0b4f9c;margin:24px 0 12px}}
.info{{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}}
.content p{{text-indent:2em;line-height:2;font-size:16px}}
.content p.sub{{text-indent:2em;font-weight:bold}}
.content table{{border-collapse:collapse;margin:10px auto;font-size:14px}}
.content td,.content th{{border:1px solid #999;padding:4px 8px;text-align:center}}
.share,.tools{{font-size:13px;color:#666;margin-top:16px}}
.related{{margin-top:24px;border-top:2px solid #0b4f9c}}
.related li{{line-height:2;font-size:14px}}
.related span{{float:right;color:#999}}
.footer{{background:#263238;color:#b0bec5;font-size:12px;text-align:center;padding:18px;line-height:2}}
</style>
</head>
<body>
<div class="top">
  <span>今天是：2025年7月11日 星期五</span>
  <a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">English</a><a href="#">手机版</a>
  <form class="search" action="#" style="display:inline;margin-left:30px"><input type="text" placeholder="请输入关键词"> <button type="button">搜索</button></form>
</div>
<div class="banner">幡启经济技术开发区管理委员会</div>
<div class="nav"><ul>
  <li><a href="#">首页</a></li><li><a href="#">走进经开</a></li><li><a href="#">新闻中心</a></li>
  <li><a href="#">政务公开</a></li><li><a href="#">投资促进</a></li><li><a href="#">企业服务</a></li>
  <li><a href="#">互动交流</a></li><li><a href="#">专题专栏</a></li>
</ul></div>
<div class="wrap">
  <div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">经开要闻</a></div>
  <h1>幡启经开区召开2025年上半年招商引资工作推进会</h1>
  <div class="info">发布时间：2025-07-11 09:32&nbsp;&nbsp;&nbsp;来源：幡启经开区投资促进局&nbsp;&nbsp;&nbsp;作者：周沐阳&nbsp;&nbsp;&nbsp;浏览次数：1873&nbsp;&nbsp;&nbsp;字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
  <div class="content">
    <p style="text-align:center;text-indent:0"><img src="images/20250711_zsh.jpg" alt="会议现场" width="600"></p>
    <p style="text-align:center;text-indent:0;font-size:14px;color:#666">图为会议现场。（摄影：周沐阳）</p>
{article}
    <p style="text-indent:0;text-align:center;font-weight:bold">2025年1—6月各片区招商引资主要指标完成情况</p>
{table}
    <p style="font-size:13px;text-indent:0;color:#666">说明：实际到位资金按省招商引资统计口径计算；年度目标为区管委会年初下达目标；帕台片区即帕台综合保税片区。</p>
  </div>
  <div class="editor" style="text-align:right;font-size:13px;color:#666">责任编辑：许念安&nbsp;&nbsp;审核：顾承远</div>
  <div class="tools">【<a href="#">打印本页</a>】&nbsp;【<a href="#">关闭窗口</a>】&nbsp;【<a href="#">收藏</a>】</div>
  <div class="share">分享到：<a href="#">微信</a> | <a href="#">微博</a> | <a href="#">QQ空间</a> | <a href="#">复制链接</a></div>
  <div class="tools">上一篇：<a href="#">幡启经开区举办2025年第二季度重点项目集中开工活动</a><br>下一篇：<a href="#">区投资促进局开展“招商干部能力提升”专题培训</a></div>
  <div class="related">
    <h3>相关新闻</h3>
    <ul>
      <li><a href="#">幡启经开区举办2025年第二季度重点项目集中开工活动</a><span>2025-06-28</span></li>
      <li><a href="#">韩立澄带队赴长三角开展招商考察活动</a><span>2025-06-19</span></li>
      <li><a href="#">区投资促进局召开5月份招商工作调度会</a><span>2025-06-05</span></li>
      <li><a href="#">幡启经开区（深圳）新一代信息技术产业投资推介会成功举办</a><span>2025-05-17</span></li>
      <li><a href="#">幡启经开区一季度经济运行实现“开门红”</a><span>2025-04-15</span></li>
      <li><a href="#">幡启经开区召开2025年招商引资工作动员大会</a><span>2025-02-13</span></li>
    </ul>
  </div>
  <div class="side">
    <h3>专题专栏</h3>
    <ul>
      <li><a href="#">优化营商环境专栏</a></li>
      <li><a href="#">招商引资政策汇编</a></li>
      <li><a href="#">重点项目建设专栏</a></li>
      <li><a href="#">安全生产月活动</a></li>
      <li><a href="#">政务服务</a> | <a href="#">依申请公开</a> | <a href="#">领导信箱</a></li>
    </ul>
    <h3>热点排行</h3>
    <ul>
      <li><a href="#">幡启经开区2025年招商引资优惠政策解读</a></li>
      <li><a href="#">关于征集2025年度重点产业项目用工需求的通知</a></li>
      <li><a href="#">幡启经开区标准厂房租赁指南</a></li>
    </ul>
    <p>扫一扫，关注幡启经开区微信公众号</p>
  </div>
</div>
<div class="footer">
  <a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">网站纠错</a><br>
  主办单位：幡启经济技术开发区管理委员会&nbsp;&nbsp;承办单位：幡启经开区党政办公室<br>
  地址：幡启经开区启航大道188号&nbsp;&nbsp;邮编：000817&nbsp;&nbsp;联系电话：0000-86127301<br>
  网站标识码：F000000042&nbsp;&nbsp;备案号：幡ICP备18004726号-2&nbsp;&nbsp;幡公网安备00000002000417号<br>
  建议使用1920×1080分辨率、IE10以上版本浏览器浏览本站
</div>
</body>
</html>
"""


def build_html(path):
    lines = []
    for item in HTML_ARTICLE:
        kind, text = item.split("|", 1)
        if kind == "h":
            lines.append('    <p class="sub">' + text + "</p>")
        else:
            lines.append("    <p>" + text + "</p>")
    t = ['    <table>',
         '      <tr><th rowspan="2">片区</th><th rowspan="2">新签约项目<br>（个）</th><th rowspan="2">协议总投资<br>（亿元）</th>'
         '<th colspan="3">实际到位资金（亿元）</th><th rowspan="2">年度目标<br>（亿元）</th><th rowspan="2">完成年度<br>目标（%）</th></tr>',
         '      <tr><th>1—6月</th><th>上年同期</th><th>同比增长（%）</th></tr>']
    for row in HTML_TABLE_ROWS:
        t.append("      <tr>" + "".join("<td>%s</td>" % c for c in row) + "</tr>")
    t.append("    </table>")
    html = HTML_TEMPLATE.format(article="\n".join(lines), table="\n".join(t))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


# ---------------------------------------------------------------------------
# (c) XLSX: 帷吉市 parks, 2025年1—9月 indicators + Q3 assessment ranking
# ---------------------------------------------------------------------------

XL_PARKS = ["帷吉高新区", "帷吉经开区", "帆唐园区", "幢喻园", "帼呈临空区"]
# B 本月产值, C 累计产值, D 同比, E 增加值同比, F 固投, G 同比, H 工业投资, I 同比,
# J 一般公共预算收入, K 同比, L 实际使用外资, M 同比, N 进出口本月, O 进出口累计, P 同比
XL_DATA = [
    [98.6, 812.4, 8.7, 9.1, 186.5, 7.9, 102.3, 12.6, 28.46, 5.8, 18640, 11.2, 14.2, 121.7, 9.6],
    [121.3, 1036.8, 6.2, 7.3, 214.8, 5.1, 131.7, 9.4, 33.17, 3.9, 26310, 4.5, 19.8, 168.3, 2.7],
    [42.7, 365.9, -2.4, -1.3, 63.2, -6.8, 41.5, -3.2, 9.83, -4.6, 3270, -18.6, 3.1, 26.4, -9.1],
    [35.8, 297.3, 11.5, 12.6, 88.4, 18.3, 70.2, 21.7, 7.25, 9.7, 5480, 36.9, 4.6, 35.2, 14.8],
    [18.4, 149.9, 15.8, 16.9, 71.6, 24.5, 29.8, 31.4, 5.91, 12.3, 7150, 22.8, 9.7, 80.5, 27.3],
]
XL_TOTAL = [316.8, 2662.3, 6.7, 7.6, 624.5, 8.2, 375.5, 12.3, 84.62, 4.5, 60850, 9.1, 51.4, 432.1, 8.6]

XL_RANK = [
    # 排名, 园区名称, 经济发展, 创新驱动, 招商引资与项目建设, 营商环境与安全环保, 加分, 综合得分, 等次, 上季度排名, 位次变化
    [1, "帷吉经济技术开发区", 31.62, 19.85, 22.43, 13.26, 1.5, 88.66, "优秀", 2, "↑1"],
    [2, "帷吉高新技术产业开发区", 30.47, 23.14, 20.76, 13.08, 1, 88.45, "优秀", 1, "↓1"],
    [3, "幢喻新材料产业园", 28.33, 18.42, 23.17, 12.64, 0.5, 83.06, "良好", 4, "↑1"],
    [4, "帼呈临空经济区", 27.86, 16.93, 21.64, 13.48, 0, 79.91, "良好", 3, "↓1"],
    [5, "帆唐工业园区", 24.18, 14.37, 17.86, 12.93, 0, 69.34, "一般", 5, "持平"],
]

XL_SINGLE = [
    # 园区名称, 规上工业总产值增速排名, 固定资产投资增速排名, 实际使用外资增速排名, 进出口总额增速排名
    ["帷吉经济技术开发区", 4, 4, 4, 4],
    ["帷吉高新技术产业开发区", 3, 3, 3, 3],
    ["幢喻新材料产业园", 2, 2, 1, 2],
    ["帼呈临空经济区", 1, 1, 2, 1],
    ["帆唐工业园区", 5, 5, 5, 5],
]

XL_ANALYSIS = [
    "2025年1—9月全市开发区（园区）经济运行简析",
    "一、总体情况",
    "1—9月，面对外部需求收缩、部分行业产品价格持续下行等多重压力，全市五个开发区（园区）坚持稳增长、调结构、抓项目、优服务，经济运行总体平稳、稳中有进，主要指标增速普遍高于全市平均水平，对全市经济增长的支撑作用进一步增强。",
    "（一）工业生产稳步回升。1—9月，全市开发区（园区）累计完成规模以上工业总产值2662.3亿元，同比增长6.7%，占全市规模以上工业总产值的比重为81.6%，较上半年提高0.4个百分点；9月当月完成规模以上工业总产值316.8亿元。规模以上工业增加值同比增长7.6%，高于全市平均水平1.9个百分点。全市开发区（园区）规模以上工业总产值年度目标为3550亿元，1—9月完成年度目标的75.0%，基本符合序时进度。",
    "分园区看，帷吉经济技术开发区（以下简称“帷吉经开区”）累计完成规模以上工业总产值1036.8亿元，总量居全市开发区（园区）第一位，同比增长6.2%；帷吉高新技术产业开发区（以下简称“帷吉高新区”）完成812.4亿元，同比增长8.7%，完成年度目标（1080亿元）的75.2%；帼呈临空经济区增速最快，同比增长15.8%；幢喻新材料产业园同比增长11.5%；帆唐工业园区受两家重点企业停产检修影响，同比下降2.4%，是五个园区中唯一负增长的园区。",
    "（二）有效投资持续扩大。1—9月，全市开发区（园区）完成固定资产投资624.5亿元，同比增长8.2%。其中，工业投资375.5亿元，同比增长12.3%，占固定资产投资的比重为60.1%，较上年同期提高2.3个百分点。帼呈临空经济区固定资产投资同比增长24.5%，增速居各园区首位；幢喻新材料产业园工业投资同比增长21.7%；帆唐工业园区固定资产投资同比下降6.8%，降幅较上半年收窄1.5个百分点。",
    "（三）财政收入小幅增长。1—9月，全市开发区（园区）完成一般公共预算收入84.62亿元，同比增长4.5%。其中，帷吉经开区完成33.17亿元，占五个园区合计的39.2%；帷吉高新区完成28.46亿元，同比增长5.8%；帆唐工业园区完成9.83亿元，同比下降4.6%。",
    "（四）开放型经济稳中提质。1—9月，全市开发区（园区）实际使用外资60850万美元，折合约6.09亿美元，同比增长9.1%；完成进出口总额432.1亿元，同比增长8.6%，其中9月当月完成进出口总额51.4亿元。帼呈临空经济区依托航空货运枢纽优势，进出口总额同比增长27.3%；幢喻新材料产业园实际使用外资同比增长36.9%，增速居各园区首位。",
    "（五）重点项目加快推进。1—9月，全市开发区（园区）共实施亿元以上重点项目286个，完成投资412.6亿元，完成年度计划的78.3%；新开工项目74个，竣工投产项目53个。截至9月末，五个开发区（园区）共有规模以上工业企业1268家，较年初净增57家，其中帷吉高新区412家、帷吉经开区436家；共有高新技术企业1143家，占全市的73.8%。",
    "（六）9月份运行情况。9月当月，帷吉经开区完成规模以上工业总产值121.3亿元，环比增长4.2%；帷吉高新区完成98.6亿元，环比增长3.5%；帆唐工业园区完成42.7亿元，降幅较8月份收窄；幢喻新材料产业园完成35.8亿元；帼呈临空经济区完成18.4亿元。9月当月，帷吉经开区完成进出口总额19.8亿元，帼呈临空经济区完成9.7亿元。",
    "二、第三季度综合考核情况",
    "根据《帷吉市开发区（园区）高质量发展综合考核评价办法》，市开发区工作领导小组办公室对五个开发区（园区）第三季度工作进行了综合考核。考核结果显示：帷吉经开区以88.66分位列第一，较上季度上升1位；帷吉高新区以88.45分位列第二，其中创新驱动单项得分23.14分，为五个园区中最高；幢喻新材料产业园以83.06分位列第三，招商引资与项目建设单项得分23.17分，居五个园区首位；帼呈临空经济区以79.91分位列第四；帆唐工业园区以69.34分位列第五，考核等次为“一般”，连续两个季度排名末位。从单项指标增速排名看，帼呈临空经济区规模以上工业总产值、固定资产投资、进出口总额三项指标增速均列五个园区第一位，幢喻新材料产业园实际使用外资增速列第一位，帆唐工业园区四项指标增速均列末位。",
    "从园区定位看，两个国家级开发区发挥了“压舱石”作用，帷吉经开区、帷吉高新区1—9月合计完成固定资产投资401.3亿元，占五个园区合计的64.3%；三个省级园区中，幢喻新材料产业园、帼呈临空经济区保持两位数增长，成为全市开发区（园区）经济增长的重要增量来源。",
    "三、存在的主要问题",
    "一是发展不平衡问题依然突出。帷吉经开区、帷吉高新区两个园区规模以上工业总产值合计占五个园区的69.5%，其余三个园区总量偏小、带动能力不强。二是部分园区指标持续承压。帆唐工业园区规模以上工业总产值、固定资产投资、一般公共预算收入、实际使用外资、进出口总额等五项指标同比均为负增长。三是新增长点支撑不足。部分园区储备项目偏少，新开工项目以续建和技改为主，对第四季度及明年增长的支撑作用有限。",
    "四、下一步工作建议",
    "一是全力冲刺全年目标。各开发区（园区）要对照年度目标任务，逐项分析差距，力争全年开发区（园区）规模以上工业总产值突破3550亿元。二是加快推动项目建设。聚焦第四季度计划竣工投产的重点项目，强化要素保障，推动项目早投产、早达效。三是加大帮扶力度。帆唐工业园区要加快推动停产检修企业复工达产，确保全年规模以上工业总产值降幅收窄至1%以内。四是用好考核“指挥棒”。对考核排名靠后的园区开展专项督导，帮助分析原因、研究对策，推动各开发区（园区）比学赶超、争先进位。五是强化运行监测。各开发区（园区）要加强对重点企业、重点项目的监测调度，每月5日前报送上月运行分析。",
]

XL_NOTES = [
    "指标解释及有关说明",
    "1.规模以上工业企业：指年主营业务收入2000万元及以上的工业法人单位。规模以上工业总产值按当年价格计算，规模以上工业增加值增速按可比价格计算。",
    "2.固定资产投资：统计范围为计划总投资500万元及以上的建设项目投资和房地产开发投资；工业投资指采矿业、制造业和电力、热力、燃气及水生产和供应业的固定资产投资。",
    "3.一般公共预算收入：指开发区（园区）范围内实现的一般公共预算收入，按属地原则统计。",
    "4.实际使用外资：按商务部门统计口径，以万美元为单位；进出口总额按海关统计口径，以人民币亿元为单位。",
    "5.表1中“本月”指2025年9月当月数据；“同比增长”均指1—9月累计数与上年同期相比的增长速度。",
    "6.“全市合计”为五个开发区（园区）数据之和，增速按可比口径计算；因四舍五入，分项之和与合计数可能存在微小差异。",
    "7.综合考核满分为100分，其中经济发展35分、创新驱动25分、招商引资与项目建设25分、营商环境与安全环保15分；另设加分项，加分不超过3分。考核等次分为优秀（85分及以上）、良好（75分至85分）、一般（75分以下）。",
    "8.考核结果按季度通报，年度考核结果与园区领导班子绩效考核、新增建设用地指标分配、专项资金安排挂钩；连续两个季度考核等次为“一般”的园区，由市开发区工作领导小组办公室对其主要负责同志进行约谈。",
    "9.各开发区（园区）须于每月5日前通过开发区统计监测平台报送上月主要经济指标及运行分析，数据经属地统计部门审核后汇总；未按时报送或数据质量存在问题的，在季度考核中相应扣分。",
    "10.本表数据为快报数，最终数据以统计年报为准。如需使用本表数据对外发布，请以市统计局正式公布的数据为准，并注明资料来源。",
    "资料来源：帷吉市统计局、帷吉市商务局、帷吉市开发区工作领导小组办公室。",
]

XL_BASIC = [
    ["帷吉高新技术产业开发区", "帷吉高新区", "国家级", "2011年6月", 68.5, "电子信息、生物医药、高端装备制造"],
    ["帷吉经济技术开发区", "帷吉经开区", "国家级", "2010年11月", 92.3, "汽车及零部件、装备制造、新能源"],
    ["帆唐工业园区", "帆唐园区", "省级", "2006年3月", 35.6, "纺织服装、食品加工、精细化工"],
    ["幢喻新材料产业园", "幢喻园", "省级", "2014年9月", 28.2, "先进高分子材料、电子化学品、新型建材"],
    ["帼呈临空经济区", "帼呈临空区", "省级", "2019年5月", 41.7, "航空物流、跨境电商、临空制造"],
]

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER
            if c.alignment is None or not c.alignment.wrap_text:
                c.alignment = CENTER


def build_xlsx(path):
    wb = Workbook()
    wb.properties.creator = "帷吉市开发区工作领导小组办公室"
    wb.properties.title = "2025年1—9月全市开发区（园区）主要经济指标"
    wb.properties.created = datetime.datetime(2025, 10, 20, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 10, 20, 9, 0, 0)
    wb.properties.lastModifiedBy = "帷吉市开发区工作领导小组办公室"

    # Sheet 1: monthly indicators
    ws = wb.active
    ws.title = "表1 主要经济指标"
    ws.merge_cells("A1:P1")
    ws["A1"] = "表1　2025年1—9月全市开发区（园区）主要经济指标"
    ws["A1"].font = Font(name="黑体", size=16, bold=True)
    ws["A1"].alignment = CENTER
    ws.merge_cells("A2:H2")
    ws["A2"] = "填报单位：帷吉市开发区工作领导小组办公室"
    ws.merge_cells("I2:P2")
    ws["I2"] = "2025年10月20日"
    ws["I2"].alignment = Alignment(horizontal="right")
    groups = [
        ("A3:A4", "园区"),
        ("B3:D3", "规模以上工业总产值（亿元）"),
        ("E3:E4", "规上工业增加值\n1—9月同比增长（%）"),
        ("F3:G3", "固定资产投资（亿元）"),
        ("H3:I3", "其中：工业投资（亿元）"),
        ("J3:K3", "一般公共预算收入（亿元）"),
        ("L3:M3", "实际使用外资（万美元）"),
        ("N3:P3", "进出口总额（亿元）"),
    ]
    for rng, text in groups:
        ws.merge_cells(rng)
        first = rng.split(":")[0]
        ws[first] = text
        ws[first].font = Font(bold=True)
    subs = {"B4": "本月", "C4": "1—9月\n累计", "D4": "同比增长\n（%）",
            "F4": "1—9月\n累计", "G4": "同比增长\n（%）", "H4": "1—9月\n累计", "I4": "同比增长\n（%）",
            "J4": "1—9月\n累计", "K4": "同比增长\n（%）", "L4": "1—9月\n累计", "M4": "同比增长\n（%）",
            "N4": "本月", "O4": "1—9月\n累计", "P4": "同比增长\n（%）"}
    for ref, text in subs.items():
        ws[ref] = text
        ws[ref].font = Font(bold=True)
    cols = "BCDEFGHIJKLMNOP"
    for i, (name, vals) in enumerate(zip(XL_PARKS + ["全市合计"], XL_DATA + [XL_TOTAL])):
        r = 5 + i
        ws["A%d" % r] = name
        for j, v in enumerate(vals):
            cell = ws["%s%d" % (cols[j], r)]
            cell.value = v
            if isinstance(v, float):
                cell.number_format = "0.00" if cols[j] == "J" else "0.0"
            if name == "全市合计":
                cell.font = Font(bold=True)
        if name == "全市合计":
            ws["A%d" % r].font = Font(bold=True)
    _box(ws, "A3:P10")
    ws.merge_cells("A11:P11")
    ws["A11"] = "注：本月为9月当月数；同比增长均为1—9月累计同比；“全市合计”为五个开发区（园区）合计。帆唐园区即帆唐工业园区，幢喻园即幢喻新材料产业园，帼呈临空区即帼呈临空经济区。"
    ws["A11"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[11].height = 36
    ws.column_dimensions["A"].width = 14
    for c in cols:
        ws.column_dimensions[c].width = 11
    ws.row_dimensions[3].height = 30
    ws.row_dimensions[4].height = 32
    ws.freeze_panes = "B5"

    # Sheet 2: assessment ranking
    ws2 = wb.create_sheet("表2 综合考核排名")
    ws2.merge_cells("A1:K1")
    ws2["A1"] = "表2　2025年第三季度全市开发区（园区）高质量发展综合考核评价结果"
    ws2["A1"].font = Font(name="黑体", size=15, bold=True)
    ws2["A1"].alignment = CENTER
    head = ["排名", "园区名称", "经济发展\n（35分）", "创新驱动\n（25分）", "招商引资与\n项目建设（25分）",
            "营商环境与\n安全环保（15分）", "加分\n（≤3分）", "综合得分", "考核等次", "上季度排名", "位次变化"]
    for j, h in enumerate(head):
        cell = ws2.cell(row=2, column=1 + j, value=h)
        cell.font = Font(bold=True)
    for i, row in enumerate(XL_RANK):
        for j, v in enumerate(row):
            cell = ws2.cell(row=3 + i, column=1 + j, value=v)
            if isinstance(v, float):
                cell.number_format = "0.00"
    _box(ws2, "A2:K7")
    ws2["A9"] = "单项指标增速排名（按1—9月同比增速由高到低排序）"
    ws2["A9"].font = Font(bold=True)
    head2 = ["园区名称", "规上工业总产值\n增速排名", "固定资产投资\n增速排名", "实际使用外资\n增速排名", "进出口总额\n增速排名"]
    for j, h in enumerate(head2):
        ws2.cell(row=10, column=1 + j, value=h).font = Font(bold=True)
    for i, row in enumerate(XL_SINGLE):
        for j, v in enumerate(row):
            ws2.cell(row=11 + i, column=1 + j, value=v)
    _box(ws2, "A10:E15")
    ws2["A17"] = "注：综合得分=各项得分之和+加分；排名相同时按经济发展得分高低排序。"
    ws2.column_dimensions["B"].width = 26
    ws2.column_dimensions["A"].width = 24
    for c in "CDEFGHIJK":
        ws2.column_dimensions[c].width = 14

    # Sheet 3: analysis text
    ws3 = wb.create_sheet("运行简析")
    ws3.column_dimensions["A"].width = 120
    for i, text in enumerate(XL_ANALYSIS, start=1):
        cell = ws3.cell(row=i, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if i == 1:
            cell.font = Font(name="黑体", size=15, bold=True)
            cell.alignment = CENTER
        elif len(text) < 20:
            cell.font = Font(bold=True)

    # Sheet 4: basic information of the parks
    ws5 = wb.create_sheet("附表 园区基本情况")
    ws5.merge_cells("A1:F1")
    ws5["A1"] = "附表　全市开发区（园区）基本情况"
    ws5["A1"].font = Font(bold=True, size=13)
    ws5["A1"].alignment = CENTER
    head5 = ["园区全称", "简称", "级别", "设立（批准）时间", "规划面积\n（平方公里）", "主导产业"]
    for j, h in enumerate(head5):
        ws5.cell(row=2, column=1 + j, value=h).font = Font(bold=True)
    for i, row in enumerate(XL_BASIC):
        for j, v in enumerate(row):
            ws5.cell(row=3 + i, column=1 + j, value=v)
    _box(ws5, "A2:F7")
    ws5.column_dimensions["A"].width = 26
    ws5.column_dimensions["F"].width = 40

    # Sheet 5: notes
    ws4 = wb.create_sheet("指标解释")
    ws4.column_dimensions["A"].width = 120
    for i, text in enumerate(XL_NOTES, start=1):
        cell = ws4.cell(row=i, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if i == 1:
            cell.font = Font(bold=True, size=13)

    wb.save(path)
    _normalize_zip(path, "2025-10-20T09:00:00Z")


def main():
    os.makedirs(OUT, exist_ok=True)
    build_docx(os.path.join(OUT, DOCX_NAME))
    build_html(os.path.join(OUT, HTML_NAME))
    build_xlsx(os.path.join(OUT, XLSX_NAME))
    for name in (DOCX_NAME, HTML_NAME, XLSX_NAME):
        p = os.path.join(OUT, name)
        print("wrote", os.path.relpath(p, HERE), os.path.getsize(p), "bytes")


if __name__ == "__main__":
    main()
