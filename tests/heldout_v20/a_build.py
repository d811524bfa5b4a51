#!/usr/bin/env python3
"""Build the three reports of held-out set v20, half A, into reports/ (files a_*).

Every park, city, company, person and project named below is invented; every
proper name (and every surname) begins with a character having the 女 radical.

    /work/main/.venv/bin/python a_build.py

Needs python-docx and openpyxl. The output is byte-for-byte reproducible: the
DOCX and XLSX zip entries get a fixed timestamp and the document properties are
fixed dates.
"""
import io
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

FILES = {
    "r1": "a_jiehu_hitech_2025_work_report.docx",
    "r2": "a_yaling_etdz_2025q3_project_ledger.xlsx",
    "r3": "a_chanzhou_parks_2025h1_meeting.html",
}

FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def normalise_zip(raw, fixed_iso):
    """Rewrite a zip (docx/xlsx) with fixed entry times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              r"\g<1>" + fixed_iso + r"\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              r"\g<1>" + fixed_iso + r"\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# R1  婕湖高新区 2025 年工作报告（DOCX）
# ---------------------------------------------------------------------------
R1_TITLE = "婕湖高新技术产业开发区2025年工作报告"
R1_SUB = "——2026年1月16日在婕湖高新区2026年工作会议上"
R1_AUTHOR = "婕湖高新区党工委副书记、管委会主任　娄启明"

# Paragraph list. "#" = level-1 heading, "##" = level-2 heading,
# "@T1" / "@T2" = position of table 1 / table 2.
R1_BODY = """
各位同志：
现在，我代表婕湖高新区管委会，向大会报告2025年工作，并提出2026年工作安排，请予审议。
#一、2025年工作回顾
2025年是“十四五”规划收官之年。一年来，在姝江市委、市政府的坚强领导下，在市委常委、高新区党工委书记姚文澜的带领下，全区上下坚持稳中求进工作总基调，聚焦“科创策源、产业强区”发展定位，奋力拼经济、抓项目、促创新、优环境，经济运行稳中有进、进中提质，除固定资产投资外，年初确定的主要目标任务全面完成。
##（一）经济运行稳中有进
全年实现地区生产总值486.3亿元，同比增长7.1%，增速高于全市平均水平1.6个百分点。规上工业总产值1128.5亿元，同比增长9.3%，总量首次突破1100亿元；规上工业增加值同比增长8.4%，增速较上年提高0.9个百分点，在全市6个开发园区中排名第一。固定资产投资完成203.7亿元，同比增长6.5%，完成年度目标的97.0%，是主要指标中唯一未完成年度目标的指标；其中工业投资121.6亿元，同比增长14.2%，占固定资产投资比重达到59.7%，较上年提高4.0个百分点。一般公共预算收入31.42亿元，同比增长5.8%，其中税收收入26.05亿元，占一般公共预算收入的比重为82.9%。进出口总额108.6亿元，同比增长12.4%，其中出口79.3亿元，同比增长15.1%。实际使用外资1.86亿美元，同比增长18.7%。社会消费品零售总额64.2亿元，同比增长4.9%。主要指标完成情况见表1。
@T1
##（二）“一区四园”协同发展
高新区实行“一区四园”管理体制，各园区错位发展、各展所长。娆山科技园实现规上工业总产值412.6亿元，同比增长10.8%，占全区规上工业总产值的36.6%，总量居四园首位。婷洲智造园规上工业总产值386.2亿元，同比增长8.1%，完成固定资产投资72.9亿元，投资额居四园第一。媛江生物医药园规上工业总产值201.4亿元，同比增长13.6%，增速居四园首位，园内生物医药企业达到143家。姣塘数字经济园规上工业总产值128.3亿元，同比增长3.2%，增速为四园最低，但软件和信息技术服务业营业收入达到57.4亿元，同比增长21.3%。各园区主要指标见表2。
@T2
##（三）主导产业集群加快壮大
新一代信息技术产业实现产值498.7亿元，同比增长11.6%；智能装备产业实现产值315.2亿元，同比增长7.4%；生物医药产业实现产值176.9亿元，同比增长14.8%。三大主导产业合计占规上工业总产值的比重为87.8%，较上年提高1.5个百分点。全年新增规上工业企业27家，规上工业企业总数达到341家；年产值超10亿元企业16家，其中超50亿元企业4家，分别为姣芯微电子、妮光新能源、婷川精工和媛和生物。新认定国家级专精特新“小巨人”企业5家、省级专精特新中小企业23家。妮光新能源于8月12日在创业板挂牌上市，全区上市企业达到7家。
##（四）招商引资量质齐升
组建信息技术、智能装备、生物医药3个产业招商专班，由分管招商的管委会副主任姜若溪带队外出招商92批次。全年新签约项目67个，协议总投资385.6亿元，其中亿元以上项目42个、10亿元以上项目9个；到位市外资金146.8亿元，同比增长11.2%，完成年度目标的104.9%。全年新设外资企业13家。4月22日在婳城举办婕湖高新区产业合作推介会，现场签约项目12个，总投资68.4亿元。
##（五）重点项目建设提速增效
全年实施重点项目136个，年度计划投资168亿元，完成投资179.3亿元，完成年度计划的106.7%；新开工项目45个，竣工投产项目26个。总投资62亿元的姣芯微电子8英寸碳化硅功率器件项目于3月18日开工，11月26日一期主厂房封顶；总投资35亿元的妮光新能源20GWh钠离子电池项目5月9日签约、6月28日开工，从签约到开工仅用时50天；总投资18.5亿元的媛和生物创新药产业化基地于10月30日竣工投产；总投资12.8亿元、建筑面积26万平方米的娆山科创中心二期于12月20日主体结顶。
##（六）科技创新动能持续增强
全社会研发经费投入占地区生产总值比重达到4.26%，高于全市平均水平1.8个百分点。新认定国家高新技术企业102家，有效期内高新技术企业总数达到602家；入库科技型中小企业247家。新建省级以上研发平台17个，其中国家级3个。全年专利授权3486件，其中发明专利授权1027件，同比增长15.2%。技术合同成交额61.3亿元，同比增长19.6%。姣芯微电子首席科学家妫宁远入选国家级科技领军人才。在科技部火炬中心公布的国家高新区综合评价结果中，婕湖高新区位列第51位，较上年提升6位。
##（七）营商环境和民生保障持续改善
企业开办时间压缩至0.5个工作日，全年兑现惠企政策资金5.36亿元，惠及企业1260家次。全年新增城镇就业9200人，新建、改扩建学校3所，新增学位4800个。全年民生支出13.9亿元，占一般公共预算支出的72.4%。
#二、存在的主要问题
一是投资增长后劲不足，固定资产投资未完成年度目标，新开工亿元以上产业项目偏少。二是园区发展不够均衡，姣塘数字经济园工业增长偏慢。三是要素保障压力加大，剩余可用工业用地不足1800亩。四是高端人才和创新团队数量与先进园区相比仍有差距。
#三、2026年工作安排
2026年是“十五五”规划开局之年。全区主要预期目标是：地区生产总值增长7%左右；规上工业总产值力争达到1220亿元，增长8%以上；固定资产投资力争达到220亿元，增长8%；新签约亿元以上项目45个以上；到位市外资金155亿元；新认定国家高新技术企业110家以上；研发经费投入强度达到4.4%。重点抓好五个方面工作：
一是抓项目扩投资。推动姣芯微电子8英寸碳化硅功率器件项目一期于2026年6月底前投产，开工建设媛江生物医药园三期，全年实施重点项目140个以上。
二是抓招商强链条。围绕碳化硅、钠离子电池、创新药等产业链精准招商，全年外出招商100批次以上。
三是抓创新育主体。支持娆山科技园创建省级科创走廊核心区，新建省级以上研发平台15个以上。
四是抓改革优环境。深化“一区四园”管理体制改革，推进婷洲智造园低效用地再开发1500亩。
五是抓民生促融合。建成娆山科创中心二期，新增学位3000个。
各位同志，新的一年，让我们团结一心、真抓实干，奋力开创婕湖高新区高质量发展新局面！
"""

R1_T1_CAPTION = "表1　2025年主要经济指标完成情况"
R1_T1 = [
    ["指标", "单位", "年度目标", "实际完成", "同比增长（%）", "完成率（%）"],
    ["地区生产总值", "亿元", "480", "486.3", "7.1", "101.3"],
    ["规上工业总产值", "亿元", "1100", "1128.5", "9.3", "102.6"],
    ["固定资产投资", "亿元", "210", "203.7", "6.5", "97.0"],
    ["其中：工业投资", "亿元", "115", "121.6", "14.2", "105.7"],
    ["一般公共预算收入", "亿元", "30.5", "31.42", "5.8", "103.0"],
    ["进出口总额", "亿元", "102", "108.6", "12.4", "106.5"],
    ["实际使用外资", "亿美元", "1.8", "1.86", "18.7", "103.3"],
    ["到位市外资金", "亿元", "140", "146.8", "11.2", "104.9"],
    ["新认定国家高新技术企业", "家", "95", "102", "—", "107.4"],
]
R1_T2_CAPTION = "表2　2025年各园区主要指标"
R1_T2 = [
    ["园区", "规上工业总产值（亿元）", "同比增长（%）", "固定资产投资（亿元）", "新签约亿元以上项目（个）", "高新技术企业（家）"],
    ["娆山科技园", "412.6", "10.8", "58.3", "14", "236"],
    ["婷洲智造园", "386.2", "8.1", "72.9", "11", "148"],
    ["媛江生物医药园", "201.4", "13.6", "41.7", "9", "97"],
    ["姣塘数字经济园", "128.3", "3.2", "30.8", "8", "121"],
    ["合计", "1128.5", "9.3", "203.7", "42", "602"],
]


def build_r1(path):
    import datetime
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

    cp = doc.core_properties
    cp.author = "婕湖高新区管委会办公室"
    cp.last_modified_by = "婕湖高新区管委会办公室"
    cp.title = R1_TITLE
    cp.revision = 3
    fixed = datetime.datetime(2026, 1, 16, 8, 30, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(R1_TITLE)
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph(R1_SUB)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(R1_AUTHOR)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def add_table(caption, rows):
        cap = doc.add_paragraph()
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cr = cap.add_run(caption)
        cr.bold = True
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = val
                if i == 0:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True

    for line in R1_BODY.strip().split("\n"):
        if line == "@T1":
            add_table(R1_T1_CAPTION, R1_T1)
        elif line == "@T2":
            add_table(R1_T2_CAPTION, R1_T2)
        elif line.startswith("##"):
            doc.add_heading(line[2:], level=2)
        elif line.startswith("#"):
            doc.add_heading(line[1:], level=1)
        else:
            doc.add_paragraph(line)

    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as f:
        f.write(normalise_zip(buf.getvalue(), "2026-01-16T08:30:00Z"))


# ---------------------------------------------------------------------------
# R2  娅陵经开区 2025 年 1—9 月重点项目台账（XLSX，三张表）
# ---------------------------------------------------------------------------
# (序号, 项目名称, 建设单位, 建设内容及规模, 总投资, 年度计划投资, 1—9月完成投资,
#  开工时间, 形象进度, 责任领导)   amounts in 万元
R2_GROUPS = [
    ("一、产业项目（10个）", [
        ("嫦曦新材料年产5万吨聚酰亚胺薄膜项目", "嫦曦新材料科技有限公司",
         "新建生产车间4栋，购置双向拉伸生产线6条", 320000, 90000, 71500, "2024.11",
         "1号、2号生产车间主体完工，首批设备进场安装", "姚卫东"),
        ("娜威汽车零部件智能制造基地项目", "娜威汽车部件（妤州）有限公司",
         "建设压铸、机加工及总装车间，年产轻量化底盘部件80万套", 185000, 60000, 52120, "2025.3",
         "压铸车间钢结构吊装完成，总装车间基础施工", "娄晓蕾"),
        ("婉晴生物医药CDMO产业化项目", "婉晴生物制药有限公司",
         "建设原料药及制剂生产线，配套质检研发楼", 126000, 45000, 33800, "2025.4",
         "研发楼主体封顶，制剂车间二层结构施工", "姜振宇"),
        ("姝丰智能装备产业园一期项目", "姝丰重工集团有限公司",
         "建设智能装备总装厂房12万平方米", 98000, 38000, 35600, "2024.9",
         "厂房主体完工，进入内部装修和设备调试", "姚卫东"),
        ("嫣然电子精密连接器扩产项目", "嫣然电子科技股份有限公司",
         "新增高速连接器自动化产线20条", 62000, 30000, 31380, "2025.2",
         "产线已全部安装，8月起试生产", "娄晓蕾"),
        ("娴泰新能源储能系统集成项目", "娴泰新能源有限公司",
         "建设储能电池PACK及系统集成基地，年产能6GWh", 150000, 50000, 18700, "2025.7",
         "桩基施工完成，主要设备采购招标延迟", "姬明远"),
        ("妙禾食品中央厨房及冷链物流项目", "妙禾食品股份有限公司",
         "建设中央厨房、冷库及配送中心", 45000, 20000, 16840, "2025.5",
         "冷库主体完工，中央厨房设备安装", "姜振宇"),
        ("娆光光电显示模组项目", "娆光光电有限公司",
         "建设车载显示模组生产线8条", 88000, 35000, 27400, "2025.3",
         "洁净厂房装修完成，生产线安装调试", "姬明远"),
        ("媛禾医疗器械产业园项目", "媛禾医疗器械有限公司",
         "建设医用耗材及影像设备生产厂房", 56000, 22000, 19860, "2024.12",
         "3栋厂房主体封顶，外立面施工", "姜振宇"),
        ("姣隆新型建材绿色工厂项目", "姣隆建材科技有限公司",
         "建设装配式建筑构件生产线4条", 34000, 15000, 0, "计划2025.11",
         "已取得不动产权证，施工图审查中", "姚卫东"),
    ]),
    ("二、基础设施及公共服务项目（4个）", [
        ("娅陵经开区北区路网及管网配套工程", "妤州娅陵城市建设投资有限公司",
         "新建道路5条共9.6公里，同步敷设雨污管网", 76000, 30000, 24660, "2025.3",
         "3条道路完成路基施工，管网铺设完成60%", "娄晓蕾"),
        ("娅陵经开区污水处理厂二期扩建工程", "妤州娅陵水务有限公司",
         "新增日处理能力4万吨", 42000, 18000, 15240, "2025.4",
         "生化池主体完工，设备安装中", "姬明远"),
        ("娅陵人才公寓及邻里中心项目", "妤州娅陵城市建设投资有限公司",
         "建设人才公寓960套及邻里中心", 68000, 25000, 20100, "2024.10",
         "公寓主体结构封顶，邻里中心二层施工", "姚卫东"),
        ("娅陵科创孵化中心项目", "娅陵经开区产业发展集团有限公司",
         "建设孵化载体8.5万平方米", 53000, 20000, 16700, "2025.6",
         "地下室结构施工完成", "姜振宇"),
    ]),
]

R2_TITLE = "娅陵经济技术开发区2025年重点项目推进情况表（1—9月）"
R2_NOTE = ("注：1.本表统计范围为列入妤州市2025年市级以上重点项目计划的14个项目；"
           "2.完成投资为项目单位填报数，经区统计部门审核；"
           "3.姣隆新型建材绿色工厂项目计划于11月开工，暂无完成投资；"
           "4.占年度计划比例按1—9月完成投资除以年度计划投资计算。")

# monthly sheet: indicator -> (unit label, [1—2月, 3月, …, 9月] monthly values)
R2_MONTHS = ["1—2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月"]
R2_MONTHLY = [
    ("规上工业总产值（亿元）", [58.6, 36.2, 34.8, 35.5, 38.7, 33.1, 32.6, 37.4]),
    ("固定资产投资（亿元）", [12.4, 9.8, 8.6, 9.3, 11.2, 8.1, 7.9, 10.5]),
    ("其中：工业投资（亿元）", [7.2, 5.9, 5.1, 5.4, 6.8, 4.7, 4.3, 6.2]),
    ("重点项目完成投资（万元）", [42600, 45800, 46300, 48900, 52400, 44700, 47300, 0]),  # 9月 filled below
    ("进出口总额（亿元）", [8.3, 5.1, 4.7, 4.8, 5.6, 4.4, 4.2, 5.3]),
    ("新签约亿元以上项目（个）", [3, 2, 1, 2, 3, 1, 2, 2]),
]


def r2_figures():
    """Derived figures of the ledger (group subtotals, totals, cumulative series)."""
    groups = []
    tot = [0, 0, 0]
    for name, items in R2_GROUPS:
        sub = [sum(it[3] for it in items), sum(it[4] for it in items), sum(it[5] for it in items)]
        groups.append((name, items, sub))
        tot = [a + b for a, b in zip(tot, sub)]
    monthly = []
    for label, vals in R2_MONTHLY:
        vals = list(vals)
        if label.startswith("重点项目"):
            vals[-1] = tot[2] - sum(vals[:-1])
        cum = []
        run = 0
        for v in vals:
            run = run + v
            if isinstance(v, float):
                run = round(run, 1)
                assert run != int(run), (label, run)
            cum.append(run)
        monthly.append((label, vals, cum))
    return groups, tot, monthly


def pct(a, b):
    return round(a * 100.0 / b, 1)


def r2_analysis(groups, tot, monthly):
    sub1 = groups[0][2][2]
    sub2 = groups[1][2][2]
    done_pct = pct(tot[2], tot[1])
    cum = {label: c for label, _, c in monthly}
    cur = {label: v for label, v, _ in monthly}
    out = cum["规上工业总产值（亿元）"][-1]
    fai = cum["固定资产投资（亿元）"][-1]
    ind = cum["其中：工业投资（亿元）"][-1]
    trade = cum["进出口总额（亿元）"][-1]
    sep = cur["规上工业总产值（亿元）"][-1]
    ahead = round(done_pct - 75.0, 1)
    return [
        "娅陵经开区2025年1—9月重点项目推进情况分析",
        "一、总体情况",
        (f"1—9月，全区14个市级以上重点项目累计完成投资{tot[2]}万元，完成年度计划投资的{done_pct}%，"
         f"超序时进度{ahead}个百分点。其中，10个产业项目完成投资{sub1}万元，"
         f"4个基础设施及公共服务项目完成投资{sub2}万元。14个项目中已开工13个，开工率92.9%；"
         "未开工的1个为姣隆新型建材绿色工厂项目，已取得不动产权证，计划11月开工。"
         "嫣然电子精密连接器扩产项目1—9月完成投资31380万元，提前完成年度计划，8月起试生产。"
         "嫦曦新材料年产5万吨聚酰亚胺薄膜项目是区内总投资最大的项目，1—9月完成投资71500万元。"),
        "二、主要经济指标",
        (f"1—9月，全区规上工业总产值{out}亿元，同比增长6.8%，增速较1—6月回落0.5个百分点；"
         f"9月当月规上工业总产值{sep}亿元，同比增长11.2%，为年内单月最高增速。"
         f"固定资产投资{fai}亿元，同比增长9.7%，其中工业投资{ind}亿元，同比增长13.5%。"
         f"受部分外贸企业订单转移影响，进出口总额{trade}亿元，同比下降4.6%，降幅较1—6月扩大1.3个百分点。"
         "1—9月新签约亿元以上项目16个，新增规上工业企业11家。"
         "前三季度，区领导共开展项目现场督导36次，协调解决征地、用电、施工许可等问题47个。"),
        "三、存在问题",
        ("一是个别项目进度滞后。娴泰新能源储能系统集成项目因主要设备采购招标延迟，"
         "1—9月仅完成年度计划的37.4%，是已开工项目中完成比例最低的项目。"
         "二是外贸下行压力较大，进出口总额连续两个季度负增长。"
         "三是要素保障仍有短板，北区路网建设涉及的2处管线迁改尚未完成。"
         "四是部分中小企业融资难、用工难问题仍较突出，新开工项目储备不足，四季度计划新开工的项目仅有1个。"),
        "四、四季度工作打算",
        ("一是全力冲刺年度目标，力争全年14个重点项目完成投资520000万元以上，完成年度计划的104.4%以上。"
         "二是实行挂图作战，由管委会副主任姬明远牵头督导娴泰新能源储能系统集成项目，确保12月底前主厂房封顶；"
         "确保姣隆新型建材绿色工厂项目11月开工。三是稳住外贸基本盘，组织20家外贸企业参加秋季境外展会。"
         "四是加快要素保障，完成北区路网管线迁改。"),
        "娅陵经开区经济发展局　2025年10月12日　联系人：姚静怡　联系电话：6128035",
    ]


def build_r2(path):
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    groups, tot, monthly = r2_figures()
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)

    wb = Workbook()
    wb.properties.creator = "娅陵经开区经济发展局"
    wb.properties.lastModifiedBy = "娅陵经开区经济发展局"
    wb.properties.created = datetime.datetime(2025, 10, 12, 9, 0, 0)
    wb.properties.title = R2_TITLE

    # ---- sheet 1: ledger ----
    ws = wb.active
    ws.title = "重点项目台账"
    ncol = 12
    ws.cell(1, 1, R2_TITLE).font = Font(bold=True, size=16)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).alignment = center
    ws.cell(2, 1, "填报单位：娅陵经开区经济发展局")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=6)
    ws.cell(2, 10, "单位：万元")
    ws.merge_cells(start_row=2, start_column=10, end_row=2, end_column=12)
    head1 = ["序号", "项目名称", "建设单位", "建设内容及规模", "投资情况", None, None, None,
             "开工时间", "形象进度", "责任领导", "备注"]
    head2 = [None, None, None, None, "总投资", "年度计划投资", "1—9月完成投资", "占年度计划（%）",
             None, None, None, None]
    for j, v in enumerate(head1, 1):
        if v is not None:
            ws.cell(3, j, v)
    for j, v in enumerate(head2, 1):
        if v is not None:
            ws.cell(4, j, v)
    for j in (1, 2, 3, 4, 9, 10, 11, 12):
        ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
    ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=8)
    for rr in (3, 4):
        for j in range(1, ncol + 1):
            c = ws.cell(rr, j)
            c.font = Font(bold=True)
            c.alignment = center
            c.border = border

    row = 5
    seq = 0
    for gname, items, sub in groups:
        ws.cell(row, 2, gname).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        ws.cell(row, 5, sub[0])
        ws.cell(row, 6, sub[1])
        ws.cell(row, 7, sub[2])
        ws.cell(row, 8, pct(sub[2], sub[1]))
        for j in range(1, ncol + 1):
            ws.cell(row, j).border = border
        row += 1
        for it in items:
            seq += 1
            name, comp, content, total, plan, done, start, prog, leader = it
            note = ""
            if done == 0:
                note = "未开工"
            elif done > plan:
                note = "已超年度计划"
            elif pct(done, plan) < 50:
                note = "进度滞后"
            vals = [seq, name, comp, content, total, plan, done, pct(done, plan) if done else 0,
                    start, prog, leader, note]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row, j, v)
                c.border = border
                c.alignment = wrap
            row += 1
    ws.cell(row, 1, "合计")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    ws.cell(row, 5, tot[0])
    ws.cell(row, 6, tot[1])
    ws.cell(row, 7, tot[2])
    ws.cell(row, 8, pct(tot[2], tot[1]))
    for j in range(1, ncol + 1):
        ws.cell(row, j).border = border
        ws.cell(row, j).font = Font(bold=True)
    row += 1
    ws.cell(row, 1, R2_NOTE)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    ws.cell(row, 1).alignment = wrap
    ws.row_dimensions[row].height = 48
    widths = [6, 30, 26, 30, 10, 12, 14, 12, 11, 30, 10, 12]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w

    # ---- sheet 2: monthly ----
    ws2 = wb.create_sheet("分月指标")
    ncol2 = 1 + 2 * len(R2_MONTHS)
    ws2.cell(1, 1, "娅陵经开区2025年1—9月主要经济指标分月情况").font = Font(bold=True, size=14)
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol2)
    ws2.cell(1, 1).alignment = center
    ws2.cell(2, 1, "指标")
    ws2.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    for k, m in enumerate(R2_MONTHS):
        col = 2 + 2 * k
        ws2.cell(2, col, m)
        ws2.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + 1)
        ws2.cell(3, col, "当月")
        ws2.cell(3, col + 1, "累计")
    for rr in (2, 3):
        for j in range(1, ncol2 + 1):
            ws2.cell(rr, j).font = Font(bold=True)
            ws2.cell(rr, j).alignment = center
            ws2.cell(rr, j).border = border
    r = 4
    for label, vals, cum in monthly:
        ws2.cell(r, 1, label).border = border
        for k in range(len(R2_MONTHS)):
            ws2.cell(r, 2 + 2 * k, vals[k]).border = border
            ws2.cell(r, 3 + 2 * k, cum[k]).border = border
        r += 1
    ws2.cell(r, 1, "注：1—2月为两个月合计数，当月栏与累计栏相同。数据来源：区统计局、区商务局、区经济发展局；规上工业总产值按现价计算。")
    ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol2)
    ws2.column_dimensions["A"].width = 28

    # ---- sheet 3: analysis prose ----
    ws3 = wb.create_sheet("运行分析")
    ws3.column_dimensions["A"].width = 110
    for i, para in enumerate(r2_analysis(groups, tot, monthly), 1):
        c = ws3.cell(i, 1, para)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if i == 1:
            c.font = Font(bold=True, size=14)

    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as f:
        f.write(normalise_zip(buf.getvalue(), "2025-10-12T09:00:00Z"))


# ---------------------------------------------------------------------------
# R3  婵州市政府门户网站新闻：上半年开发园区经济运行分析会（HTML）
# ---------------------------------------------------------------------------
R3_ARTICLE = """
<p>7月17日，婵州市召开2025年上半年开发园区经济运行分析会，总结上半年全市开发园区经济运行情况，分析当前形势，部署下半年重点工作。市委副书记、市长姜岚清出席会议并讲话，副市长娄安平主持会议。</p>
<p>会上，市发展改革委主任姚冰通报了上半年全市开发园区经济运行情况。1—6月，全市4个开发园区合计实现规上工业总产值1565.3亿元，同比增长6.9%，占全市规上工业总产值的71.6%；完成固定资产投资293.3亿元，同比增长8.6%；新签约亿元以上项目58个，新增规上工业企业40家。总体看，园区经济运行延续回升向好态势，但园区之间分化明显。姚冰指出，当前园区经济运行主要存在三方面问题：一是传统产业增长乏力，娉川工业园区纺织、化纤等行业产值持续下滑；二是部分重大项目投产进度慢于预期，新增产能释放不足；三是外贸形势复杂多变，部分出口企业新增订单减少。</p>
<p>分园区看，<strong>婵州高新区</strong>实现规上工业总产值586.4亿元，同比增长9.6%；规上工业增加值同比增长10.2%；完成固定资产投资98.7亿元，同比增长8.2%；新签约亿元以上项目17个，协议投资额126.5亿元；新增规上工业企业11家。其中新一代信息技术产业产值301.2亿元，同比增长14.3%，占高新区规上工业总产值的51.4%。</p>
<p><strong>妙港经开区</strong>实现规上工业总产值642.8亿元，同比增长7.3%，总量继续居全市园区首位；完成固定资产投资112.5亿元，同比增长5.1%；进出口总额156.3亿元，同比增长10.9%，占全市进出口总额的48.2%；实际使用外资1.05亿美元，同比增长12.6%；新签约亿元以上项目21个，新增规上工业企业14家。</p>
<p><strong>娉川工业园区</strong>实现规上工业总产值238.6亿元，同比下降2.4%，降幅较一季度收窄3.1个百分点，主要受传统纺织、化纤行业订单减少影响；完成固定资产投资46.2亿元，同比增长12.7%；新签约亿元以上项目12个，新增规上工业企业9家。</p>
<p><strong>婉西临空产业园</strong>实现规上工业总产值97.5亿元，同比增长15.8%，增速居全市园区第一；完成固定资产投资35.9亿元，同比增长21.4%，增速同样居全市园区第一；航空货邮吞吐量5.8万吨，同比增长18.3%；新签约亿元以上项目8个，新增规上工业企业6家。</p>
<p>项目建设方面，上半年全市开发园区共实施重点项目214个，完成投资187.6亿元，完成年度计划的54.3%，超序时进度4.3个百分点；新开工项目38个，竣工投产项目21个。婵州高新区娴芯集成电路封测基地项目5月28日实现首批产品下线；妙港经开区姗宝汽车整车基地二期已完成主体工程，正在进行设备安装调试；婉西临空产业园妍航冷链物流枢纽项目一期仓储区6月底投入试运营。招商引资方面，4个园区上半年共举办专题招商推介活动23场，其中婵州高新区在嫱湾举办的集成电路产业推介会现场签约项目9个，协议投资额47.8亿元。</p>
<p>根据上半年开发园区综合考评结果，婵州高新区以94.3分位列第一，妙港经开区、婉西临空产业园分列第二、第三，娉川工业园区以82.1分位列第四。各园区主要指标及考评情况如下表。</p>
@TABLE
<p>会上，四个园区主要负责同志分别作了交流发言。婵州高新区党工委书记姬川表示，下半年高新区将聚焦集成电路和智能终端两条产业链，力争全年规上工业总产值突破1250亿元。妙港经开区管委会主任妫晓东表示，将加快推进姗宝汽车整车基地二期建设，确保9月底前建成投产，全力稳住外贸外资基本盘。娉川工业园区党工委副书记、管委会主任娄秀芬表示，园区将以妤纶化纤差别化纤维技改项目为抓手，推动传统产业转型升级，力争三季度实现规上工业总产值由负转正。婉西临空产业园管委会主任姚启航表示，将以妍航冷链物流枢纽项目为重点，加快发展临空经济，力争全年航空货邮吞吐量突破12万吨。</p>
<p>姜岚清在讲话中充分肯定了上半年全市开发园区工作成效。他指出，开发园区是全市经济发展的主引擎，上半年园区规上工业总产值占全市比重超过七成，贡献突出。同时要清醒看到，部分园区增长乏力、投资后劲不足、外贸下行压力加大等问题依然存在。</p>
<p>姜岚清强调，下半年要锚定全年目标，全力以赴拼经济。一要抓项目扩投资，全年全市开发园区规上工业总产值力争突破3300亿元、固定资产投资增长10%以上，确保姗宝汽车整车基地二期、妍航冷链物流枢纽等重大项目按期投产；二要抓招商强链条，力争下半年新签约亿元以上项目60个以上；三要抓服务优环境，深化“园区吹哨、部门报到”机制，帮助企业解决用工、融资、物流等难题；四要抓改革激活力，推进娉川工业园区与婉西临空产业园协同发展，探索“一园多区”管理模式。</p>
<p>市政府副秘书长，市发展改革委、市工业和信息化局、市商务局、市统计局等部门主要负责同志，各开发园区主要负责同志参加会议。</p>
"""

R3_TABLE = [
    ["园区", "规上工业总产值（亿元）", "增速（%）", "固定资产投资（亿元）", "增速（%）", "综合考评得分", "排名"],
    ["婵州高新区", "586.4", "9.6", "98.7", "8.2", "94.3", "1"],
    ["妙港经开区", "642.8", "7.3", "112.5", "5.1", "91.8", "2"],
    ["婉西临空产业园", "97.5", "15.8", "35.9", "21.4", "88.5", "3"],
    ["娉川工业园区", "238.6", "-2.4", "46.2", "12.7", "82.1", "4"],
]

R3_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="婵州市人民政府">
<meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="婵州市召开2025年上半年开发园区经济运行分析会">
<meta name="PubDate" content="2025-07-18 16:05">
<meta name="ContentSource" content="婵州市发展和改革委员会">
<title>婵州市召开2025年上半年开发园区经济运行分析会_部门动态_婵州市人民政府</title>
<link rel="stylesheet" href="/css/common.css">
<style>
body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;color:#333}
.top-bar{background:#b71c1c;color:#fff;font-size:12px;padding:4px 20px}
.nav a{display:inline-block;padding:10px 18px;color:#fff}
.article{width:1000px;margin:0 auto}
.content p{text-indent:2em;line-height:2em;font-size:16px}
table.data{border-collapse:collapse;margin:0 auto}
table.data td,table.data th{border:1px solid #666;padding:4px 8px;text-align:center}
</style>
<script>
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}
</script>
</head>
<body>
<div class="top-bar">
  <span>今天是：<span id="today"></span></span>
  <span class="right"><a href="/wza/">无障碍</a> | <a href="/yhzx/">长者模式</a> | <a href="/">繁體</a> | <a href="/login.html">登录</a></span>
</div>
<div class="header">
  <img src="/images/logo.png" alt="婵州市人民政府">
  <form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
</div>
<div class="nav">
  <a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjcz/">走进婵州</a><a href="/ztzl/">专题专栏</a>
</div>
<div class="article">
  <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zwdt/">政务动态</a> &gt; <a href="/zwgk/zwdt/bmdt/">部门动态</a></div>
  <h1 class="title">婵州市召开2025年上半年开发园区经济运行分析会</h1>
  <div class="info">
    <span>发布时间：2025-07-18 16:05</span>
    <span>来源：婵州市发展和改革委员会</span>
    <span>浏览次数：2637</span>
    <span class="zoom">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
  </div>
  <div class="share">分享到：<a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a> <a class="qz" href="javascript:;">QQ空间</a></div>
  <div class="content" id="zoom">
<!--ARTICLE-->
  </div>
  <div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="related">
    <h3>相关链接</h3>
    <ul>
      <li><a href="/zwgk/zwdt/bmdt/202504/t20250421_1184301.html">婵州市召开2025年一季度开发园区经济运行分析会</a><span>2025-04-21</span></li>
      <li><a href="/zwgk/zwdt/bmdt/202507/t20250710_1196512.html">婵州高新区举行重大项目集中开工活动</a><span>2025-07-10</span></li>
      <li><a href="/zwgk/zwdt/bmdt/202507/t20250703_1195288.html">妙港经开区举办外资企业政策宣讲会</a><span>2025-07-03</span></li>
      <li><a href="/zwgk/zwdt/bmdt/202506/t20250626_1193907.html">婉西临空产业园新开通一条全货机航线</a><span>2025-06-26</span></li>
    </ul>
  </div>
</div>
<div class="footer">
  <p><a href="/about/">关于本站</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a> | <a href="/privacy/">隐私声明</a></p>
  <p>主办单位：婵州市人民政府办公室　承办单位：婵州市大数据管理服务中心</p>
  <p>网站标识码：4390000021　婵ICP备05008712号-1　婵公网安备43900002000118号</p>
  <p>建议使用1366×768分辨率、IE10以上版本浏览器浏览本站</p>
</div>
<script src="/js/share.js"></script>
<script>document.getElementById('today').innerHTML=new Date().toLocaleDateString();</script>
</body>
</html>
"""


def build_r3(path):
    rows = []
    rows.append('<p style="text-align:center"><strong>2025年上半年全市开发园区主要指标及综合考评情况</strong></p>')
    rows.append('<table class="data">')
    for i, row in enumerate(R3_TABLE):
        tag = "th" if i == 0 else "td"
        rows.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    rows.append("</table>")
    article = R3_ARTICLE.strip().replace("@TABLE", "\n".join(rows))
    html = R3_TEMPLATE.replace("<!--ARTICLE-->", article)
    with open(path, "wb") as f:
        f.write(html.encode("utf-8"))


def main():
    os.makedirs(OUT, exist_ok=True)
    build_r1(os.path.join(OUT, FILES["r1"]))
    build_r2(os.path.join(OUT, FILES["r2"]))
    build_r3(os.path.join(OUT, FILES["r3"]))
    for k in ("r1", "r2", "r3"):
        p = os.path.join(OUT, FILES[k])
        print(FILES[k], os.path.getsize(p), "bytes")


if __name__ == "__main__":
    main()
