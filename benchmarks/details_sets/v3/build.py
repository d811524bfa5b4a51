#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the v3 held-out "details" benchmark.

Every document of this set (text, HTML, Markdown, PDF, DOCX) and gold.json
are written from the texts kept in this file, into the folder holding it.
Run:  python build.py          (needs reportlab and python-docx)

Output is reproducible: PDFs are written with reportlab's invariant mode and
their /CreationDate and /ModDate entries blanked; DOCX packages are rewritten
with fixed zip timestamps and without created/modified dates.
"""
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []


def add(file, kind, body, gold, **opt):
    """Register one document.  kind: text | pdf | docx."""
    if body.startswith("\n"):
        body = body[1:]
    DOCS.append(dict(file=file, kind=kind, body=body, gold=gold, opt=opt))


def G(style, title, parks, year, months, multi=None):
    return dict(style=style, title=title, parks=parks,
                multi=(len(parks) > 1) if multi is None else multi,
                year=year, months=months)


# ---------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------

def write_text(path, body, opt):
    enc = opt.get("encoding", "utf-8")
    nl = opt.get("newline", "\n")
    data = body.replace("\n", nl)
    with open(path, "wb") as f:
        f.write(data.encode(enc))


# A tiny line markup shared by the PDF and DOCX writers:
#   #RED text   red masthead (big, centred)      #T text   title (centred, big)
#   #C text     centred line                    #R text   right-aligned line
#   #L text     left line, no indent             #H text   bold heading, no indent
#   #B          blank line                       #P        page break
#   #LINE       horizontal rule                  |a|b|c|   table row (first = header)
#   anything else: body paragraph, first line indented two characters
def parse_markup(body):
    blocks = []
    table = None
    for raw in body.split("\n"):
        line = raw.rstrip()
        if line.startswith("|") and line.endswith("|") and len(line) > 1:
            cells = [c.strip() for c in line[1:-1].split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if line == "":
            continue
        m = re.match(r"^#(RED|T|C|R|L|H|B|P|LINE)(?: (.*))?$", line)
        if m:
            blocks.append((m.group(1), m.group(2) or ""))
        else:
            blocks.append(("para", line))
    return blocks


# ----------------------------- PDF ------------------------------------------

def write_pdf(path, body, opt):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.colors import HexColor, black
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    FONT = "STSong-Light"
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    W, H = A4
    ml, mr = opt.get("margins", (78, 72))
    top, bottom = 80, 80
    size = opt.get("size", 12)
    lead = size * 1.75
    width = W - ml - mr

    def sw(s, sz):
        return pdfmetrics.stringWidth(s, FONT, sz)

    NOSTART = "，。；：、）》”’%！？·—"

    def wrap(text, sz, avail, first_indent=0.0):
        # tokens: runs of ASCII letters/digits/./% stay together; other chars alone
        toks = re.findall(r"[A-Za-z0-9.%~\-]+|.", text)
        lines, cur, curw, ind = [], "", 0.0, first_indent
        for tk in toks:
            cw = sw(tk, sz)
            if cur and curw + cw > avail - ind and not (tk in NOSTART and curw + cw <= avail - ind + sz * 1.05):
                lines.append((ind, cur))
                cur, curw, ind = "", 0.0, 0.0
            cur += tk
            curw += cw
        lines.append((ind, cur))
        return lines

    # layout: list of pages, each a list of ops
    pages = [[]]
    y = [H - top]

    def need(h):
        if y[0] - h < bottom:
            pages.append([])
            y[0] = H - top

    def emit(op):
        pages[-1].append(op)

    red = HexColor("#C8161D")
    for kind, val in parse_markup(body):
        if kind == "P":
            pages.append([])
            y[0] = H - top
        elif kind == "B":
            need(lead)
            y[0] -= lead * 0.6
        elif kind == "LINE":
            need(12)
            emit(("line", ml, y[0] - 4, W - mr, y[0] - 4, opt.get("rule_color", "red")))
            y[0] -= 16
        elif kind in ("RED", "T"):
            sz = 24 if kind == "RED" else 17
            for _, ln in wrap(val, sz, width):
                need(sz * 1.6)
                y[0] -= sz * 1.6
                emit(("text", (W - sw(ln, sz)) / 2, y[0], ln, sz, "red" if kind == "RED" else "bold"))
            y[0] -= sz * 0.5
        elif kind in ("C", "R", "L", "H"):
            for ind, ln in wrap(val, size, width):
                need(lead)
                y[0] -= lead
                if kind == "C":
                    x = (W - sw(ln, size)) / 2
                elif kind == "R":
                    x = W - mr - sw(ln, size)
                else:
                    x = ml
                emit(("text", x, y[0], ln, size, "bold" if kind == "H" else "black"))
        elif kind == "para":
            for ind, ln in wrap(val, size, width, first_indent=2 * size):
                need(lead)
                y[0] -= lead
                emit(("text", ml + ind, y[0], ln, size, "black"))
        elif kind == "table":
            rows = val
            ncol = max(len(r) for r in rows)
            tsz = size - 1.5
            longest = [max(sw((r[i] if i < len(r) else "") or " ", tsz) for r in rows)
                       for i in range(ncol)]
            tot = sum(min(l, width * 0.45) + 10 for l in longest)
            colw = [(min(l, width * 0.45) + 10) / tot * width for l in longest]
            y[0] -= 4
            for ri, r in enumerate(rows):
                cells = [wrap(r[i] if i < len(r) else "", tsz, colw[i] - 8) for i in range(ncol)]
                nl = max(len(c) for c in cells)
                rh = nl * tsz * 1.45 + 8
                need(rh)
                x = ml
                emit(("line", ml, y[0], ml + width, y[0], "black"))
                for i in range(ncol):
                    for k, (_, ln) in enumerate(cells[i]):
                        emit(("text", x + 4, y[0] - 4 - tsz - k * tsz * 1.45, ln, tsz,
                              "bold" if ri == 0 else "black"))
                    emit(("line", x, y[0], x, y[0] - rh, "black"))
                    x += colw[i]
                emit(("line", ml + width, y[0], ml + width, y[0] - rh, "black"))
                y[0] -= rh
                emit(("line", ml, y[0], ml + width, y[0], "black"))
            y[0] -= 6

    if not pages[-1]:
        pages.pop()
    N = len(pages)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(opt.get("pdf_title", ""))
    c.setAuthor(opt.get("pdf_author", ""))
    c.setSubject("")
    c.setCreator(opt.get("pdf_creator", ""))
    for n, ops in enumerate(pages, 1):
        hs = 8.5
        if opt.get("header_left") or opt.get("header_right") or opt.get("header_center"):
            c.setFont(FONT, hs)
            c.setFillColor(black)
            if opt.get("header_left"):
                c.drawString(28 if opt.get("web") else ml, H - 30, opt["header_left"].format(n=n, N=N))
            if opt.get("header_right"):
                t = opt["header_right"].format(n=n, N=N)
                c.drawString(W - (28 if opt.get("web") else mr) - sw(t, hs), H - 30, t)
            if opt.get("header_center"):
                t = opt["header_center"].format(n=n, N=N)
                c.drawString((W - sw(t, hs)) / 2, H - 40, t)
                c.setLineWidth(0.5)
                c.line(ml, H - 46, W - mr, H - 46)
        if opt.get("footer_left"):
            c.setFont(FONT, hs)
            c.drawString(28 if opt.get("web") else ml, 26, opt["footer_left"].format(n=n, N=N))
        if opt.get("footer_right"):
            t = opt["footer_right"].format(n=n, N=N)
            c.setFont(FONT, hs)
            c.drawString(W - (28 if opt.get("web") else mr) - sw(t, hs), 26, t)
        if opt.get("footer_center"):
            t = opt["footer_center"].format(n=n, N=N)
            c.setFont(FONT, 11)
            c.drawString((W - sw(t, 11)) / 2, 40, t)
        for op in ops:
            if op[0] == "text":
                _, x, yy, s, sz, col = op
                c.saveState()  # Tr is graphics state: isolate each run
                c.setFillColor(red if col == "red" else black)
                c.setStrokeColor(red if col == "red" else black)
                c.setLineWidth(0.35)
                t = c.beginText(x, yy)
                t.setFont(FONT, sz)
                # bold: fill + stroke render mode (Tr persists, so always set it)
                t.setTextRenderMode(2 if col in ("bold", "red") else 0)
                t.textOut(s)
                c.drawText(t)
                c.restoreState()
            else:
                _, x1, y1, x2, y2, col = op
                c.setStrokeColor(red if col == "red" else black)
                c.setLineWidth(1.6 if col == "red" else 0.6)
                c.line(x1, y1, x2, y2)
        c.showPage()
    c.save()
    # blank the fixed dates reportlab writes in invariant mode (same length keeps xref valid)
    with open(path, "rb") as f:
        data = f.read()
    for key in (b"/CreationDate", b"/ModDate"):
        data = re.sub(re.escape(key) + rb" \([^)]*\)", lambda m: b" " * len(m.group(0)), data)
    with open(path, "wb") as f:
        f.write(data)


# ----------------------------- DOCX -----------------------------------------

def write_docx(path, body, opt):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(opt.get("size", 14))
    st.element.rPr.rFonts.set(qn("w:eastAsia"), opt.get("font", "仿宋_GB2312"))

    def run(p, text, size=None, bold=False, color=None, font=None):
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
            r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        return r

    for kind, val in parse_markup(body):
        if kind == "P":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "B":
            d.add_paragraph()
        elif kind == "LINE":
            p = d.add_paragraph()
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            b = OxmlElement("w:bottom")
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), "12")
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "C8161D" if opt.get("rule_color", "red") == "red" else "000000")
            bdr.append(b)
            pPr.append(bdr)
        elif kind == "RED":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, val, size=26, bold=True, color="C8161D", font="方正小标宋简体")
        elif kind == "T":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if opt.get("title_style"):
                p.style = d.styles[opt["title_style"]]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(val)
            else:
                run(p, val, size=20, bold=True, font="方正小标宋简体")
        elif kind == "C":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, val)
        elif kind == "R":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run(p, val)
        elif kind == "L":
            p = d.add_paragraph()
            run(p, val)
        elif kind == "H":
            if opt.get("heading_style"):
                d.add_paragraph(val, style=opt["heading_style"])
            else:
                p = d.add_paragraph()
                run(p, val, bold=True, font="黑体")
        elif kind == "para":
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(opt.get("size", 14) * 2)
            run(p, val)
        elif kind == "table":
            rows = val
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = d.styles["Table Grid"]
            for i, r in enumerate(rows):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = r[j] if j < len(r) else ""
                    if i == 0:
                        for rr in cell.paragraphs[0].runs:
                            rr.bold = True

    sec = d.sections[0]
    if opt.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = opt["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if opt.get("footer_page"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pre, post = opt["footer_page"].split("{n}")
        fp.add_run(pre)
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        r = OxmlElement("w:r")
        tx = OxmlElement("w:t")
        tx.text = "1"
        r.append(tx)
        fld.append(r)
        fp._p.append(fld)
        fp.add_run(post)

    cp = d.core_properties
    cp.author = opt.get("author", "")
    cp.last_modified_by = opt.get("author", "")
    cp.title = opt.get("docx_title", "")
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the package: fixed timestamps, no created/modified dates
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", data)
            if info.filename == "docProps/app.xml":
                data = data.replace(b"Microsoft Macintosh Word", b"Microsoft Office Word")
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)


# ===========================================================================
# TEXT DOCUMENTS (.txt)
# ===========================================================================

P_KANYUAN = ["磡沅经济技术开发区", "磡沅经开区"]
add("磡沅经开区1—4月经济运行简析.txt", "text", """
磡沅经济技术开发区管理委员会
首页 | 机构概况 | 政务公开 | 政务服务 | 投资磡沅 | 互动交流 | 走进磡沅
无障碍浏览 | 长者模式 | 登录 | 注册
您当前的位置：首页 > 政务公开 > 法定主动公开内容 > 统计信息 > 统计分析

索引号：11530926MB1K37702X/2024-00418	发布机构：磡沅经开区经济发展局
主题分类：统计	体裁分类：其他
成文日期：2024-05-16	发布日期：2024-05-17
文号：	有效性：
名称：磡沅经开区1—4月经济运行简析

字号：[ 大 中 小 ]    视力保护色：■ ■ ■ ■

磡沅经开区1—4月经济运行简析

1—4月，经开区上下紧扣“项目攻坚、产业提质”主线，抢抓开局窗口期，主要经济指标延续一季度回升势头，总体呈现“工业稳、投资进、外贸好”的运行特征。

一、工业生产稳中有升
1—4月，全区规模以上工业企业完成总产值128.64亿元，同比增长9.7%，较一季度提高1.2个百分点；规上工业增加值同比增长8.9%。分行业看，新材料行业产值47.32亿元，增长14.6%，继续发挥“压舱石”作用；食品加工行业产值26.05亿元，增长6.3%；装备制造行业产值31.18亿元，增长10.9%，其中锂电池结构件企业订单饱满，产能利用率保持在九成以上。纳入统计的163家规上企业中，产值增长的有104家，增长面达63.8%。

二、固定资产投资持续发力
1—4月，全区完成固定资产投资61.37亿元，同比增长15.2%。其中工业投资38.84亿元，增长21.7%，占全部投资的比重为63.3%；技改投资12.06亿元，增长18.4%。今年列入市级重点的29个项目中，已开工23个，开工率79.3%，累计完成投资27.9亿元，完成年度计划的34.6%。

三、招商引资量质齐升
1—4月，全区新签约项目31个，协议投资额206.5亿元，其中10亿元以上项目6个；新开工亿元以上项目14个；实际到位省外资金58.2亿元，同比增长12.8%。实际使用外资2140万美元，完成全年目标的42.8%。

四、外贸进出口增势良好
1—4月，全区实现外贸进出口总额19.47亿元，同比增长23.5%，其中出口13.62亿元，增长27.1%。有进出口实绩的企业达到58家，比上年同期增加9家。

五、财税收入平稳增长
1—4月，完成一般公共预算收入9.83亿元，同比增长6.1%，其中税收收入8.21亿元，税收占比达83.5%，收入质量进一步改善。

六、需要关注的问题
一是部分化工企业受产品价格下行影响，产值增速回落，个别企业出现减产；二是新开工项目中制造业项目占比偏低，后续投资接续压力较大；三是用工缺口仍然存在，一线技工招聘难问题较为突出。

下一步，经开区将聚焦“双过半”目标，逐企开展运行监测，加快在建项目入统进度，强化要素保障和企业服务，确保上半年各项指标完成时序进度。

【打印本页】 【关闭窗口】 【收藏】
扫一扫在手机打开当前页

上一篇：经开区召开一季度安全生产形势分析会
下一篇：关于公布第二批“专精特新”培育企业名单的公示

相关链接：
· 经开区一季度经济运行情况
· 经开区去年全年主要经济指标完成情况
· 经开区1—2月经济运行简析

网站地图 | 联系我们 | 隐私声明 | 纠错
主办单位：磡沅经济技术开发区管理委员会  承办单位：经开区党政综合办公室
网站标识码：5309000012  滇ICP备19006417号-1  公安机关备案号：53092602000135
建议使用1920×1080分辨率浏览本网站
""", G("gov portal: breadcrumb, 索引号/发布机构/成文日期 info grid, 名称 line repeats title; year only in 成文日期/发布日期",
       "磡沅经开区1—4月经济运行简析", [P_KANYUAN], 2024, [1, 4]))


P_LUYANG = ["甪垟高新技术产业开发区", "甪垟高新区"]
add("news_detail(2).txt", "text", """
甪垟新闻网 | 甪垟日报 甪垟晚报 甪垟广播电视台
首页  时政  园区  经济  民生  文旅  评论  数字报  视频
当前位置：首页 > 园区 > 高新区

上半年甪垟高新区规上工业产值同比增长11.8%

2022-07-21 08:36:12  来源：甪垟日报  作者：记者 付芷涵 通讯员 桂岩  点击数：2318
字号：大 中 小

本报讯  7月20日，记者从甪垟高新区经济发展局获悉，今年上半年，高新区克服原材料价格上涨、物流不畅等多重不利因素，主要经济指标保持较快增长，规上工业总产值达到312.46亿元，同比增长11.8%，增速高于全市平均水平3.4个百分点。

从产业结构看，电子信息产业继续担当“主引擎”。上半年，园区37家电子元器件企业完成产值118.9亿元，同比增长19.2%，拉动全区规上工业增长7.1个百分点。其中，某精密线路板企业二期产线于4月满产，单月产值首次突破3亿元。生物医药产业完成产值52.6亿元，增长9.4%；高端装备产业完成产值73.1亿元，增长6.8%。

项目建设方面，上半年高新区列入省市重点的43个项目累计完成投资57.3亿元，完成年度计划的54.7%，实现“时间过半、任务过半”。新开工亿元以上项目18个，新竣工投产项目9个。园区新增标准厂房21.6万平方米，为中小科技企业落地提供了承载空间。

创新动能持续积蓄。上半年，高新区新认定市级以上研发机构14家，新增高新技术企业申报112家，技术合同成交额达到16.8亿元，同比增长31.5%。全区高新技术产业产值占规上工业产值的比重提升至71.3%。

“下半年，我们将围绕全年产值突破650亿元的目标，抓好在建项目投产、达产，盯紧重点企业‘一企一策’服务。”高新区经济发展局负责人介绍，园区还将持续开展“产业链招商月”活动，力争下半年再引进10亿元以上产业项目3个以上。

据悉，上半年高新区实现一般公共预算收入14.07亿元，同比增长8.6%；实际利用外资5890万美元，增长12.4%；外贸进出口总额86.4亿元，增长15.9%，各项指标均完成或超过时序进度。

（编辑：林可  审核：常一鸣）

【打印】【关闭】【收藏】
分享到：微信  微博  QQ空间

上一篇：一季度甪垟高新区新增市场主体1260户
下一篇：甪垟：1—5月全市外贸进出口增长6.2%

相关新闻
· 高新区召开年度科技创新大会 表彰一批创新企业
· 前两个月甪垟高新区工业开票销售增长两成
· 甪垟高新区又一家企业登陆科创板

关于我们 | 广告服务 | 联系方式 | 版权声明 | 违法和不良信息举报
甪垟日报社主办  版权所有 未经书面授权禁止转载
互联网新闻信息服务许可证编号：36120190011  赣ICP备05002193号
""", G("news portal saved as text (GB18030, CRLF): time/source/clicks line, 字号, byline, 上一篇/下一篇 and related list with other periods; meaningless English file name",
       "上半年甪垟高新区规上工业产值同比增长11.8%", [P_LUYANG], 2022, [1, 6]),
    encoding="gb18030", newline="\r\n")


P_SHEDAI = ["畲埭经济开发区", "畲埭经开区", "畲埭开发区"]
add("公众号文章.txt", "text", """
前三季度，畲埭经开区这些指标跑赢全市！
原创 畲埭经开发布 畲埭经开发布 2023-10-26 18:02 发表于江西

点击蓝字  关注我们

金秋十月，捷报频传。日前，区统计部门发布了前三季度主要经济数据。一组组跳动的数字背后，是经开区广大企业和干部职工埋头苦干的生动写照。一起来看👇

📈 工业：总量再上新台阶
前三季度，经开区规上工业总产值达到486.3亿元，同比增长10.4%，比全市平均水平高出3.7个百分点；规上工业增加值增长9.1%。其中，光伏新材料产业完成产值193.7亿元，增长16.8%；汽车零部件产业完成产值96.2亿元，增长8.5%。9月当月，全区规上工业产值达到61.4亿元，创单月历史新高。

🏗 投资：项目建设“加速跑”
前三季度，全区固定资产投资同比增长13.6%，其中工业投资增长22.9%，连续7个月保持20%以上增速。46个省市重点项目完成投资83.5亿元，完成年度计划的81.2%。某硅材料二期、精密铸件产业园等12个项目已竣工投产。

🤝 招商：大项目接连落地
前三季度，经开区新签约项目58个，总投资371.4亿元，其中50亿元以上项目2个、10亿元以上项目11个。实际利用外资1.12亿美元，同比增长18.7%，总量位居全市开发区首位。

🚢 外贸：逆势实现增长
在外需偏弱的大环境下，经开区前三季度实现外贸进出口总额103.8亿元，同比增长6.9%，其中出口79.6亿元，增长9.3%。跨境电商业务实现从无到有，累计交易额达到2.3亿元。

💰 财税：质量稳步提高
前三季度，完成财政总收入32.65亿元，增长7.4%；税收收入占一般公共预算收入的比重达到86.1%。

📌 小编说
数据亮眼，干劲更足。第四季度是冲刺全年目标的关键期，经开区将以“大干一百天”活动为抓手，全力以赴稳增长、抓项目、优服务，确保全年目标任务圆满完成！

— END —
来源：经开区经济发展局
编辑：谢小禾
审核：彭涟
责编：蒋晖

往期推荐
▶ 经开区召开“大干一百天”动员大会
▶ 上半年经开区经济“半年报”出炉
▶ 好消息！我区2家企业入选省级制造业单项冠军

长按识别二维码  关注我们
畲埭经开发布
分享  收藏  点赞  在看
阅读 2317
""", G("WeChat article copied to text (UTF-8 with BOM): 原创/account/date line, emoji section heads, 编辑/审核, 往期推荐, 长按识别二维码",
       "前三季度，畲埭经开区这些指标跑赢全市！", [P_SHEDAI], 2023, [1, 9]),
    encoding="utf-8-sig")


P_GUXI = ["瀔溪工业园区", "瀔溪园区"]
add("瀔溪园区指标-10月.txt", "text", """
奋战八十天  冲刺全年目标  确保收好官
瀔溪工业园区2021年1~10月主要经济指标完成情况
瀔溪工业园区管委会经济运行科                      2021年11月9日

一、主要指标完成情况表

指标名称              单位      1~10月累计   同比增长(%)   全年目标    完成进度(%)
规上工业总产值        亿元      168.37       12.6          200         84.2
规上工业增加值增速    %         —            10.8          10          —
工业投资              亿元      29.54        17.3          34          86.9
技改投资              亿元      8.72         24.1          10          87.2
税收收入              亿元      7.48         9.7           8.8         85.0
实际到位内资          亿元      41.16        14.9          48          85.8
外贸进出口            亿美元    3.05         21.4          3.5         87.1
新增规上企业          家        17           —             20          85.0

二、运行特点
（一）工业生产保持稳定增长。1~10月，园区规上工业总产值完成168.37亿元，同比增长12.6%，完成全年目标的84.2%，超时序进度0.9个百分点。10月份单月完成产值18.12亿元，环比增长4.3%。主导产业中，绿色建材产业完成产值64.05亿元，增长15.8%；纺织服装产业完成产值39.91亿元，增长7.2%；电子元件产业完成产值30.46亿元，增长19.6%。
（二）工业投资继续高位运行。1~10月，完成工业投资29.54亿元，增长17.3%。纳入调度的35个在建工业项目累计完成投资21.8亿元，其中年内计划投产的14个项目已投产9个。
（三）税收收入稳步增长。1~10月，园区入库税收7.48亿元，增长9.7%。年纳税500万元以上企业达到31家，比上年同期增加5家。
（四）外贸出口好于预期。1~10月，实现外贸进出口3.05亿美元，增长21.4%，其中服装、卫浴产品出口分别增长18.2%和26.7%。

三、存在的主要问题
一是电力供应偏紧，9月下旬以来部分高耗能企业实行有序用电，对10月产值造成一定影响；二是原材料价格高位运行，纺织企业利润空间受到挤压，1~10月行业利润总额同比下降6.4%；三是部分签约项目前期手续办理较慢，转化率有待提升。

四、下步工作打算
一是逐企对接用电需求，协调供电部门优先保障重点企业生产用电；二是对年产值亿元以上的42家骨干企业开展“一对一”服务，帮助企业抢订单、保生产；三是加快9个未投产项目的设备安装调试，力争年底前全部投产；四是提前谋划明年一季度“开门红”，做好新增规上企业培育入统工作，确保全年各项目标任务圆满完成。
""", G("slogan on the first line, real headline on line 2; issuing office + date line; space-aligned text table; CRLF",
       "瀔溪工业园区2021年1~10月主要经济指标完成情况", [P_GUXI], 2021, [1, 10]),
    newline="\r\n")


P_JIANTAN = ["枧潭综合保税区", "枧潭综保区"]
add("前两个月外贸情况.txt", "text", """
前两个月综保区外贸进出口运行情况

今年前两个月，面对春节假期因素叠加部分订单前移等影响，综保区坚持“稳存量、扩增量、育新业”，外贸进出口总体保持平稳，结构持续优化。现将有关情况报告如下。

一、总体情况
前两个月，综保区实现进出口总值46.83亿元，同比增长5.2%。其中，出口28.41亿元，增长8.9%；进口18.42亿元，下降0.1%。从月度看，1月份进出口27.05亿元，同比增长12.6%；2月份受春节假期影响，进出口19.78亿元，同比下降3.4%，环比下降26.9%。

二、主要特点
（一）加工贸易占比稳定。前两个月，区内加工贸易进出口35.17亿元，占全区进出口总值的75.1%，增长4.6%。其中笔记本电脑、平板电脑整机出口合计61.3万台，增长11.2%。
（二）保税物流增长较快。依托区港联动和“先入区、后报关”模式，保税物流进出口完成8.92亿元，增长14.7%；区内保税仓储货物周转天数缩短至6.4天。
（三）新业态加快起步。跨境电商网购保税进口业务实现单量42.6万单，货值1.37亿元，增长38.5%；保税维修业务完成进出口2.35亿元，首次开展航空发动机零部件保税维修业务。
（四）重点企业支撑有力。进出口排名前十的企业合计实现进出口39.64亿元，占全区的84.6%，其中3家企业增速超过20%。

三、存在问题
一是进口下滑，主要是芯片等关键原材料进口单价回落、部分企业库存偏高，进口采购有所放缓；二是企业集中度偏高，排名第一的整机企业进出口占比超过四成，抗风险能力不强；三是部分新入区项目仍处于设备调试阶段，尚未形成进出口增量。

四、下一步工作
一是对进出口前二十的企业实行专人联系，及时掌握订单和物流变化，帮助企业解决通关、退税、融资等问题；二是加快推进两个新入区项目投产，力争3月份起形成实绩；三是用好保税维修、跨境电商等政策，培育外贸新增长点；四是配合海关做好“两步申报”“提前申报”推广，进一步压缩整体通关时间，力争一季度实现进出口增长8%以上。

枧潭综合保税区管理委员会经济发展局
""", G("relative time only ('今年前两个月'), no date anywhere; body says only 综保区; park named only in the closing signature",
       "前两个月综保区外贸进出口运行情况", [P_JIANTAN], None, [1, 2]))

P_BOFENG_GX = ["嶓峰高新技术产业开发区", "嶓峰高新区"]
P_FUYANG = ["洑阳经济技术开发区", "洑阳经开区"]
P_QIANYANG = ["灊阳工业园区", "灊阳园区"]
P_YONGPI = ["埇陂经济开发区", "埇陂开发区", "埇陂经开区"]
P_BOFENG_ZB = ["嶓峰综合保税区", "嶓峰综保区"]
add("嶓峰市商务局通报（开发区指标）.txt", "text", """
嶓峰市商务局文件

嶓商发〔2022〕58号

关于2022年1—9月全市开发区主要经济指标完成情况的通报

各县（市、区）人民政府，各开发区管委会，市直有关单位：
今年以来，全市各开发区认真落实市委、市政府稳经济一揽子政策措施，统筹推进项目建设和企业纾困，主要经济指标总体保持恢复增长态势。现将1—9月全市5个省级以上开发区主要经济指标完成情况通报如下。

一、总体情况
1—9月，全市开发区实现规上工业总产值1516.8亿元，同比增长9.3%，占全市规上工业总产值的比重为62.4%；完成固定资产投资386.2亿元，增长11.7%；实际利用外资2.84亿美元，增长8.1%；实现外贸进出口总额412.5亿元，增长7.6%。开发区已成为全市稳增长的主阵地。

二、各开发区指标完成情况
（单位：亿元、万美元、%）
开发区          规上工业总产值  增速    固定资产投资  增速    实际利用外资  增速    进出口总额  增速
嶓峰高新区      612.4           12.8    128.6         14.9    11260         10.2    156.3       9.8
洑阳经开区      487.9           9.6     117.3         12.4    9780          6.5     98.7        5.1
灊阳园区        215.3           6.1     61.4          8.2     2130          15.7    21.6        3.9
埇陂开发区      168.2           4.7     52.8          6.3     1470          −3.4    9.4         −6.2
嶓峰综保区      33.0            21.5    26.1          9.8     3760          4.9     126.5       11.3

三、主要特点和存在问题
嶓峰高新区规上工业总产值、固定资产投资、实际利用外资三项指标总量均居首位，电子信息和新能源电池产业拉动明显；嶓峰综保区规上工业产值增速达21.5%，为全市开发区最高，进出口总额占全市开发区的30.7%；灊阳园区实际利用外资增长15.7%，增速居第一。
同时也要看到，埇陂开发区实际利用外资和进出口同比下降，规上工业产值增速低于全市开发区平均水平4.6个百分点；部分开发区新开工项目储备不足，工业投资增长后劲有待加强；个别开发区亩均税收偏低，集约节约用地水平有待提升。

四、下一步工作要求
（一）全力冲刺全年目标。各开发区要对照年度目标逐项梳理差距，排出第四季度工作计划，确保规上工业总产值、固定资产投资等主要指标全面完成。
（二）加快项目建设。对已签约未开工、已开工未投产的项目建立清单，实行挂图作战，力争年内新增投产项目30个以上。
（三）稳住外资外贸。落实外资企业圆桌会议制度，帮助重点外贸企业稳订单、拓市场，指标下降的开发区要认真分析原因，制定专项措施。
（四）提高统计质量。各开发区要严格执行统计报表制度，按时报送月度数据，确保数据真实准确。

附件：2022年1—9月全市开发区主要经济指标完成情况表（略）

嶓峰市商务局
2022年10月24日

（此件公开发布）

抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。
嶓峰市商务局办公室                              2022年10月24日印发
""", G("city bulletin (GB18030): masthead, 文号, headline after 文号, space-aligned table of 5 parks under short names, 抄送/印发",
       "关于2022年1—9月全市开发区主要经济指标完成情况的通报",
       [P_BOFENG_GX, P_FUYANG, P_QIANYANG, P_YONGPI, P_BOFENG_ZB], 2022, [1, 9]),
    encoding="gb18030")


P_LANGYU = ["崀峪高新技术产业开发区", "崀峪高新区"]
add("招商简报第5期.txt", "text", """
招 商 引 资 工 作 简 报
第5期

崀峪高新区招商服务局编                         2020年6月8日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

5月份招商引资工作情况

5月份，高新区招商系统在做好常态化疫情防控的前提下，积极转变招商方式，以“云推介、云洽谈、云签约”为主要形式，同时有序恢复线下拜访，招商引资工作实现较快恢复。

一、主要成效
（一）签约项目较快增长。5月份，全区新签约项目9个，协议总投资43.7亿元，环比增长62.3%。其中，工业项目7个、协议投资38.2亿元，占比87.4%；亿元以上项目6个，5亿元以上项目3个。签约的智能仓储装备制造基地项目协议投资12亿元，是今年以来单体投资额最大的项目。
（二）云招商取得突破。5月份共组织线上推介会4场，参与企业86家，视频洽谈项目21个，其中通过视频方式完成签约的项目3个、协议投资9.6亿元。
（三）项目落地加快推进。5月份新开工招商项目5个，总投资16.8亿元；新投产项目2个。当月招商项目实际到位资金6.38亿元。截至5月底，今年累计签约项目29个。
（四）以商招商成效明显。依托在园企业供应链关系，5月份引进配套企业4家，其中3家为园区龙头企业的一级供应商。

二、各招商小分队工作情况
长三角小分队：拜访企业17家，接待来访客商5批次，新签约项目3个，协议投资19.5亿元。
珠三角小分队：拜访企业12家，组织线上推介会2场，新签约项目2个，协议投资8.4亿元。
京津冀小分队：拜访企业9家，在谈项目4个，其中1个生物试剂项目已进入合同条款磋商阶段。
本地小分队：服务在园企业增资扩产，促成4家企业签订增资协议，合计增资11.2亿元。

三、存在问题
一是受疫情影响，外出招商仍不充分，部分在谈项目推进节奏放缓；二是签约项目质量有待提升，单体投资额低于1亿元的项目占比仍偏高；三是项目前期手续办理时间偏长，签约到开工的平均周期达到4.7个月。

四、6月份工作安排
一是举办“崀峪—深圳”电子信息产业专题推介会，力争签约项目不少于3个；二是加快推进在谈的8个重点项目，争取6月份签约5亿元以上项目2个；三是对5月份签约项目逐一明确责任人和时间节点，推动尽快注册落地；四是开展招商政策兑现“回头看”，确保已承诺的扶持资金按时到位。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
报：管委会主要领导、分管领导
送：各招商小分队、项目服务中心
发：各园区、各部门                            （共印30份）
""", G("bulletin masthead (简报 第5期, compiler, date) then headline; month-only period; a cumulative aside (截至5月底)",
       "5月份招商引资工作情况", [P_LANGYU], 2020, [5, 5]))


P_CHONGPING = ["翀坪经济技术开发区", "翀坪经开区"]
add("翀坪经开区 新能源装备产业园开工（新闻稿）.txt", "text", """
总投资36亿元！翀坪经开区新能源装备产业园项目开工

发布时间：2024-04-18 16:20    信息来源：翀坪经开区党政办    浏览次数：961

4月18日上午，翀坪经开区新能源装备产业园项目开工仪式在园区东扩片区举行。市委常委、常务副市长裴清源出席并宣布项目开工，经开区党工委、管委会主要负责同志和项目投资方代表参加活动。

新能源装备产业园项目总投资36亿元，规划用地约680亩，总建筑面积42万平方米，分两期建设。一期计划投资21亿元，主要建设风电主轴承、齿轮箱及储能变流器等生产线，计划于明年二季度建成投产；二期重点引进电控系统、精密结构件等上下游配套企业。项目全部达产后，预计可实现年产值80亿元、年税收4.5亿元，带动就业3000余人。

开工仪式上，项目投资方负责人表示，选择落户翀坪经开区，看中的是这里完整的装备制造产业链和高效的政务服务。从项目洽谈到签约仅用了45天，从签约到取得施工许可仅用了28天，“拿地即开工”让企业节省了大量时间成本。

裴清源在致辞中指出，新能源装备产业是全市重点培育的战略性新兴产业，希望经开区以该项目为牵引，加快建链、补链、强链，各有关部门要主动靠前服务，全力保障项目用地、用电、用工等要素需求，推动项目早建成、早投产、早见效。

据了解，今年1—3月，经开区累计签约亿元以上项目14个，协议投资总额达127亿元；新开工项目11个，其中新能源装备、汽车零部件类项目占比超过六成。经开区正以“项目攻坚年”为抓手，推行项目“一专班一清单一方案”服务机制，确保签约项目早落地、落地项目早开工。

项目所在的东扩片区规划面积12平方公里，目前已完成道路、供水、供电等基础设施建设，累计入驻新能源装备类企业23家。

下一步，经开区将持续优化营商环境，深化“标准地+承诺制”改革，实行重点项目全程代办，加快打造千亿级新能源装备产业集群。

（通讯员 晏知遥  摄影 詹嵘）

【打印】【关闭】
""", G("press release on one event (project start) with date/source line; contains background 1—3月 figures that are not the document's period",
       "总投资36亿元！翀坪经开区新能源装备产业园项目开工", [P_CHONGPING], 2024, None))

P_CHONGMEI = ["漴湄新区"]
add("漴湄新区年度通报.txt", "text", """
漴湄新区统计信息
第2期（总第118期）
漴湄新区统计局                                    2020年2月20日

漴湄新区2019年度
经济社会发展情况通报

2019年，面对外部环境明显变化和经济下行压力加大的复杂局面，新区坚持以供给侧结构性改革为主线，着力稳增长、调结构、抓项目、惠民生，经济运行保持总体平稳、稳中有进的发展态势。

一、综合实力稳步提升
全年实现地区生产总值738.6亿元，按可比价格计算，比上年增长7.9%。其中，第一产业增加值12.4亿元，增长2.6%；第二产业增加值401.7亿元，增长8.8%；第三产业增加值324.5亿元，增长7.1%。三次产业结构调整为1.7:54.4:43.9。人均地区生产总值达到13.2万元。

二、工业经济量质齐升
全年规模以上工业企业实现总产值1864.3亿元，增长10.2%；规模以上工业增加值增长9.4%。六大主导产业完成产值1452.8亿元，占规上工业的77.9%，其中集成电路产业增长18.6%，新型显示产业增长14.1%，生物医药产业增长12.7%。全年新增规上工业企业41家，年末规上工业企业总数达到527家。规上工业企业实现利润总额142.6亿元，增长6.8%。

三、有效投资持续扩大
全年完成固定资产投资增长12.3%。其中工业投资增长16.5%，基础设施投资增长9.8%，民间投资增长11.2%。全年实施重大项目156个，完成投资412.7亿元，其中新开工项目63个，竣工项目38个。

四、开放型经济逆势增长
全年实现外贸进出口总额1216.4亿元，增长6.4%，其中出口712.9亿元，增长8.1%。实际利用外资9.87亿美元，增长7.3%；新设外商投资企业52家。全年引进亿元以上内资项目87个，实际到位内资348.2亿元。

五、创新动能不断增强
全年研究与试验发展经费支出占地区生产总值的比重达到3.42%。新认定高新技术企业186家，年末有效高新技术企业达到812家。每万人发明专利拥有量达到41.6件。新增省级以上科技创新平台23个。

六、民生福祉持续改善
全年一般公共预算收入86.3亿元，增长5.9%，其中民生支出占一般公共预算支出的比重达到78.4%。城镇新增就业3.26万人，城镇登记失业率控制在2.1%以内。全体居民人均可支配收入52683元，增长8.6%。

注：1.本通报部分数据为快报数，最终以年鉴公布数据为准。2.地区生产总值增速按可比价格计算，其余指标增速按现价计算。

（责任编辑：伍洹  联系电话：0751-6613209）
""", G("statistics-office masthead (第2期, date of next year) then a headline split over two lines",
       "漴湄新区2019年度经济社会发展情况通报", [P_CHONGMEI], 2019, [1, 12]),
    encoding="utf-8-sig", newline="\r\n")


P_RUICHENG = ["汭城高新技术产业开发区", "汭城高新区"]
add("微信图片文字.txt", "text", """
汭城高新区2020年三季度经济运行分析
汭城高新区管委会经济发展局
三季度(7—9月),高新区坚持统筹疫情防控和经济社会发
展,狠抓复工达产、项目建设和企业服务,经济运行延续二季度
以来的回升态势,季度主要指标增速由负转正、持续向好。
一、工业生产加快恢复。三季度,全区规上工业企业完成
总产值 96.42 亿元,同比增长 8.7%,增速比二季度提高 5.3
个百分点;其中 7 月、8 月、9 月分别完成 30.15 亿元、31.08
亿元和 35.19 亿元,9 月当月增长 12.4%,为年内单月最高
增速。分行业看,汽车零部件行业完成产值 28.63 亿元,增长
14.9%;光电子器件行业完成产值 21.37 亿元,增长 11.2%;
食品饮料行业完成产值 12.85 亿元,下降 2.1%。
二、项目投资明显提速。三季度,全区完成固定资产投资
34.76 亿元,同比增长 15.8%,其中工业投资 19.42 亿元,增
长 22.6%。新开工亿元以上项目 9 个,新竣工投产项目 6 个,
累计 27 个重点项目形成实物工作量。
三、消费市场逐步回暖。三季度,全区实现限上社会消费品
零售额 11.38 亿元,增长 3.4%,实现季度正增长。餐饮收入
降幅比二季度收窄 9.6 个百分点。
- 2 -
四、外贸外资稳中向好。三季度,全区实现进出口总额
23.15 亿元,同比增长 6.2%;实际使用外资 1870 万美元,
增长 9.8%。跨境电商出口额达到 1.64 亿元。
五、财政收入降幅收窄。三季度,全区完成一般公共预算
收入 5.21 亿元,同比增长 1.7%,在二季度下降 6.8% 的基
础上实现由降转增。
六、需要关注的问题。一是食品饮料行业受消费场景尚未
完全恢复影响,产值仍处于下降区间;二是部分中小企业订
单不足,开工率不高,约 17% 的规上企业产值同比下降;三是
招商项目落地进度偏慢,外出招商仍受一定限制。
七、下步建议。一是加强对重点企业的运行监测,对产值下
降企业逐一分析原因、精准帮扶;二是加快新开工项目建设
进度,推动尽早形成投资量和产能;三是落实减税降费和稳
岗政策,帮助中小企业渡过难关;四是抓住四季度有利时机,
组织开展消费促进活动,力争全年主要指标实现正增长。
- 3 -
""", G("OCR text of a photographed printed report: hard line breaks mid-sentence, half-width punctuation, spaced numbers, page numbers; quarter-only period",
       "汭城高新区2020年三季度经济运行分析", [P_RUICHENG], 2020, [7, 9]))

P_YAOSHAN = ["峣山经济开发区", "峣山开发区", "峣山经开区"]
add("峣山县政府工作报告-开发区部分.txt", "text", """
政府工作报告
——2022年1月12日在峣山县第十八届人民代表大会第二次会议上
峣山县人民政府县长  龙溯
（节选：开发区建设部分）

各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协各位委员和其他列席人员提出意见。

一、过去一年工作回顾（开发区部分）
过去的一年，我们坚持把峣山经济开发区作为全县工业经济的主战场、招商引资的主平台，开发区发展迈上新台阶。
——主要指标大幅增长。全年开发区实现规上工业总产值286.4亿元，增长17.3%，占全县规上工业的83.6%；完成工业投资52.7亿元，增长21.8%；实现税收收入13.9亿元，增长12.5%；开发区亩均税收达到19.6万元，比上年提高2.4万元。
——产业集群加快成形。以不锈钢制品、新型建材、农副产品精深加工为主导的产业体系不断完善，不锈钢制品产业产值突破150亿元，成为全县首个百五十亿级产业集群。全年新增规上工业企业23家，开发区规上企业总数达到196家。
——项目建设成效明显。全年开发区实施亿元以上项目62个，完成投资68.3亿元；新开工项目28个，新竣工投产项目19个。精密不锈钢管材、装配式建筑部品等一批重大项目建成投产。
——平台功能持续完善。开发区新增建设用地2460亩，新建标准厂房38万平方米，建成污水处理厂二期和园区集中供热管网，开发区“九通一平”基础设施基本完善。开发区在全省开发区综合考评中排名上升11位。
——改革创新深入推进。开发区“区镇合一”管理体制改革全面完成，推行工业项目“标准地”出让14宗，企业投资项目审批时限压缩至30个工作日以内。新认定高新技术企业17家，新建省级企业技术中心4家。

二、今年工作安排（开发区部分）
今年是实施“十四五”规划承上启下的重要一年。开发区工作的主要预期目标是：规上工业总产值增长12%以上，工业投资增长15%以上，税收收入增长8%以上。重点抓好以下工作：
（一）做强主导产业。围绕不锈钢制品产业延链补链，引进高端不锈钢深加工和配套企业15家以上，力争产业规模突破200亿元。
（二）突出招商引资。实行县领导挂帅、专班推进的产业链招商机制，全年引进亿元以上项目40个以上，其中10亿元以上项目3个。
（三）提升承载能力。加快开发区北区道路、管网建设，新建标准厂房20万平方米，盘活低效闲置用地800亩以上。
（四）深化体制改革。推进开发区人事薪酬制度改革，全面实行全员聘用和绩效考核，激发干事创业活力。

各位代表，蓝图已经绘就，奋进正当其时。让我们紧紧依靠全县人民，凝心聚力，开拓进取，为建设实力峣山、美丽峣山、幸福峣山而努力奋斗！
""", G("government work-report excerpt: generic headline, subtitle with next-year delivery date; figures cover the previous year (过去一年) plus this year's plan",
       "政府工作报告", [P_YAOSHAN], 2021, [1, 12]),
    encoding="gb18030", newline="\r\n")


P_BEIYUAN = ["邶源经济开发区", "邶源开发区", "邶源经开区"]
P_LITANG = ["苈塘工业园区", "苈塘园区"]
P_KUISHAN = ["蒉山产业园"]
add("归档/2020/园区简报/三园区1-11月招商进度.txt", "text", """
全县三个园区1-11月招商引资进度情况

邶源县招商服务中心

按照县委、县政府关于加强园区招商调度的要求，现将全县三个园区1-11月招商引资工作进展情况汇总如下。

一、总体情况
1-11月，全县三个园区共新签约项目64个，协议投资总额218.6亿元，同比增长19.4%；新开工项目37个，新投产项目21个；实际到位资金71.3亿元，完成全年目标任务的89.1%，距全年目标还差8.7亿元。其中，签约亿元以上项目42个，5亿元以上项目11个，10亿元以上项目4个。

二、分园区完成情况
园区          签约项目(个)  协议投资(亿元)  到位资金(亿元)  全年目标(亿元)  完成进度(%)
邶源开发区    31            124.8           38.6            42              91.9
苈塘园区      21            61.2            21.4            24              89.2
蒉山产业园    12            32.6            11.3            14              80.7
合计          64            218.6           71.3            80              89.1

（一）邶源开发区。签约项目和到位资金总量均居第一。引进的高端轴承、汽车线束两个10亿元以上项目已于10月开工，年底前可形成实物工作量3.2亿元。
（二）苈塘园区。聚焦纺织印染产业转型，引进数码印花、功能面料等项目8个，其中4个项目已投产。到位资金进度基本符合要求。
（三）蒉山产业园。以农产品精深加工为主攻方向，签约茶饮料、中药饮片等项目12个，但单体项目规模偏小，到位资金完成进度比全县平均水平低8.4个百分点，完成全年目标压力较大。

三、存在的问题
一是大项目、好项目偏少，单体投资不足1亿元的项目占三分之一；二是部分签约项目落地慢，签约后超过半年未开工的项目有9个；三是园区间发展不平衡，蒉山产业园配套设施滞后，影响项目落地；四是招商队伍专业化程度不高，对产业链上下游企业研究不深，精准招商能力有待增强。

四、12月份工作安排
一是开展“百日攻坚”收官行动，对到位资金缺口较大的园区实行县领导包保，逐个项目督促资金到位；二是对签约未开工的9个项目逐一“过堂”，明确开工时限；三是提前谋划明年招商活动，储备一批重点在谈项目，确保明年开局起步有力。
""", G("county bulletin over 3 parks with a text table; no date in the text, year only in the folder path (归档/2020)",
       "全县三个园区1-11月招商引资进度情况", [P_BEIYUAN, P_LITANG, P_KUISHAN], 2020, [1, 11]))


P_BALOU = ["岜溇高新技术产业开发区", "岜溇高新区"]
add("balou-gxq-10yuefen.txt", "text", """
< 返回    岜溇高新区    ⋯
首页 > 数据发布

岜溇高新区10月份经济运行简况
2023-11-15  岜溇高新区经济发展局  阅读 1.2万

10月份，高新区工业生产、项目建设、外贸出口等主要指标保持平稳，部分指标受国庆长假和市场需求波动影响出现回落。现将当月运行情况简要通报如下。

一、工业生产：当月增速有所回落
10月份，全区规上工业企业完成产值54.83亿元，同比增长6.2%，增速较9月份回落2.7个百分点；环比下降4.6%，主要是国庆假期部分企业停产检修所致。当月规上工业增加值增长5.8%。三大主导产业中，智能终端产业完成产值22.47亿元，增长11.3%；新能源汽车零部件产业完成产值14.06亿元，增长8.9%；精细化工产业完成产值9.52亿元，下降3.7%。当月用电量3.16亿千瓦时，增长4.1%。

二、项目建设：新开工项目较多
10月份，全区新开工亿元以上项目7个，计划总投资45.8亿元，其中智能终端结构件、动力电池回收利用项目单体投资均超过10亿元；新竣工投产项目3个。当月完成固定资产投资8.91亿元，其中工业投资6.12亿元，增长14.6%。

三、外贸外资：出口保持增长
10月份，全区实现外贸进出口12.74亿元，同比增长3.8%，其中出口9.65亿元，增长7.2%；进口3.09亿元，下降5.6%。当月新设外资企业2家，实际使用外资560万美元。

四、财税金融：收入平稳
10月份，全区完成一般公共预算收入2.37亿元，增长4.5%，其中税收收入2.05亿元。月末全区金融机构人民币各项贷款余额比年初增加31.6亿元。

五、企业经营：效益分化
10月份，规上工业企业中产值增长的企业有186家，占比58.1%，比上月下降2.3个百分点。精细化工行业受产品价格下跌影响，当月利润同比下降超过两成。

六、下月工作重点
一是抓好11月、12月生产调度，开展重点企业“保订单、保生产”专项服务；二是推动10月新开工项目尽快入统；三是加大对精细化工企业的帮扶力度，协调解决原料采购和资金周转困难；四是做好年底统计数据审核，确保应统尽统。

相关阅读
岜溇高新区前三季度经济运行情况
岜溇高新区9月份经济运行简况

打开APP，阅读体验更佳
""", G("mobile page copy (返回/阅读 1.2万, 打开APP); pinyin file name; single-month period",
       "岜溇高新区10月份经济运行简况", [P_BALOU], 2023, [10, 10]))

# ===========================================================================
# HTML DOCUMENTS
# ===========================================================================

P_YICHUAN = ["洢川高新技术产业开发区", "洢川高新区"]
add("洢川高新区2023年一季度经济运行情况.html", "text", """
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="洢川高新技术产业开发区管理委员会">
<meta name="SiteDomain" content="www.yichuangxq.gov.cn">
<meta name="ColumnName" content="统计数据">
<meta name="ColumnType" content="统计信息">
<meta name="ArticleTitle" content="洢川高新区2023年一季度经济运行情况">
<meta name="PubDate" content="2023-04-25 10:31">
<meta name="ContentSource" content="洢川高新区经济发展局">
<meta name="Keywords" content="经济运行,一季度,统计">
<meta name="Description" content="一季度，高新区主要经济指标实现良好开局。">
<title>洢川高新区2023年一季度经济运行情况_统计数据_洢川高新技术产业开发区管理委员会</title>
<link rel="stylesheet" href="../css/common.css">
<script src="../js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><span>欢迎访问洢川高新技术产业开发区管理委员会门户网站</span><a href="#">无障碍</a> | <a href="#">English</a></div>
<div class="header"><img src="../images/logo.png" alt="洢川高新区"><form class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div>
<ul class="nav">
<li><a href="#">首页</a></li><li><a href="#">走进高新</a></li><li><a href="#">新闻中心</a></li><li><a href="#">政务公开</a></li><li><a href="#">招商引资</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li>
</ul>
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">统计数据</a></div>
<div class="article">
<h1 class="title">洢川高新区2023年一季度经济运行情况</h1>
<div class="info"><span>发布时间：2023-04-25 10:31</span><span>来源：洢川高新区经济发展局</span><span>浏览次数：<em id="hits">1587</em></span><span class="font">字号：<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="content" id="zoom">
<p>一季度，高新区坚持以项目建设为牵引，全力推动经济运行整体好转，主要经济指标实现良好开局。</p>
<p><strong>一、工业生产企稳回升。</strong>一季度，全区规上工业总产值完成231.7亿元，同比增长7.4%，高于全市平均水平2.9个百分点；规上工业增加值增长6.8%。其中3月份单月产值88.6亿元，同比增长10.9%，回升势头明显。装备制造、新一代信息技术、生物医药三大主导产业合计完成产值186.2亿元，增长9.1%，占规上工业总产值的80.4%。</p>
<p><strong>二、“一区三园”协同发力。</strong>高新区科创园、临港园、智造园三个园区分别完成规上工业产值41.3亿元、97.5亿元和92.9亿元，同比分别增长12.6%、5.2%和7.8%。科创园新增入驻科技型企业46家；临港园精密装备产业项目一季度新增产能约12亿元；智造园两个整机项目实现满产。</p>
<p><strong>三、项目投资较快增长。</strong>一季度，全区完成固定资产投资62.4亿元，增长13.7%，其中工业投资39.8亿元，增长18.2%。春季集中开工项目31个，总投资196.5亿元。列入省重点的12个项目完成年度计划投资的27.3%。</p>
<p><strong>四、科技创新持续加强。</strong>一季度，全区新增省级以上研发平台6个，技术合同成交额7.35亿元，增长26.8%；高新技术产业产值占规上工业产值比重达到68.2%。新增科技型中小企业入库212家。</p>
<p><strong>五、开放型经济稳中有进。</strong>一季度，实现外贸进出口总额48.6亿元，增长4.3%；实际使用外资3120万美元，增长11.5%。新签约亿元以上项目19个，协议投资152.7亿元。</p>
<p><strong>六、财政收入平稳增长。</strong>一季度，完成一般公共预算收入12.8亿元，增长6.5%，其中税收收入10.6亿元，增长8.1%。</p>
<p>总的看，一季度高新区经济运行呈现恢复向好态势，但也要看到，部分外向型企业订单不足，消费类电子产品需求偏弱，个别重点项目建设进度滞后。下一步，高新区将围绕“稳工业、扩投资、强创新”，加强经济运行调度和企业服务，确保上半年实现“双过半”。</p>
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <span class="share">分享到：<i class="wx"></i><i class="wb"></i></span></div>
<div class="prev-next"><p>上一篇：<a href="#">高新区2022年经济运行情况</a></p><p>下一篇：<a href="#">高新区1—4月主要经济指标</a></p></div>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a></p>
<p>主办：洢川高新技术产业开发区管理委员会　承办：洢川高新区党政办公室</p>
<p>网站标识码：4401000047　粤ICP备10231876号　<img src="../images/dzjg.png" alt="党政机关"></p>
</div>
<script>var hits=1587;</script>
</body>
</html>
""", G("full government page saved as .html: meta ArticleTitle/PubDate/ContentSource, <title> 'headline_column_site', h1, info line, 打印/关闭, 上一篇/下一篇 with other periods, footer; one park with 一区三园 (sub-parks are not parks)",
       "洢川高新区2023年一季度经济运行情况", [P_YICHUAN], 2023, [1, 3]))


P_XIAOXI = ["皛溪工业园区", "皛溪园区"]
add("经济运行_皛溪.htm", "text", """
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>皛溪工业园区1—8月经济运行情况_共建园区动态_燊川经济技术开发区</title>
<meta name="keywords" content="燊川经开区,燊川经济技术开发区,共建园区">
<style type="text/css">body{font-size:14px} .crumb{color:#666} td{line-height:28px}</style>
</head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/banner_scjk.jpg" alt="燊川经济技术开发区" width="1000" height="160"></td></tr>
<tr><td class="menu"><a href="index.htm">网站首页</a> | <a href="#">经开区概况</a> | <a href="#">燊川经开区要闻</a> | <a href="#">区域合作</a> | <a href="#">投资指南</a> | <a href="#">企业风采</a> | <a href="#">联系我们</a></td></tr>
</table>
<table width="1000" align="center">
<tr>
<td width="220" valign="top">
<div class="side"><b>区域合作</b><br>
<a href="#">对口协作</a><br><a href="#">共建园区动态</a><br><a href="#">燊川经开区飞地项目</a><br><a href="#">合作交流</a></div>
</td>
<td valign="top">
<div class="crumb">您现在的位置：<a href="index.htm">首页</a> &gt;&gt; <a href="#">燊川经开区</a> &gt;&gt; <a href="#">区域合作</a> &gt;&gt; 共建园区动态</div>
<div align="center"><font size="5"><b>皛溪工业园区1—8月经济运行情况</b></font></div>
<div align="center" class="crumb">作者：皛溪工业园区管委会　　来源：皛溪工业园区　　更新时间：2022-9-19　　点击：【<font color="red">412</font>】</div>
<hr size="1" color="#cccccc">
<div class="zw">
<p>　　1—8月，皛溪工业园区坚持“工业强园、项目兴园”，扎实做好稳工业、促投资、抓招商各项工作，主要经济指标保持平稳增长。</p>
<p>　　<b>一、工业经济平稳运行。</b>1—8月，园区规上工业企业实现总产值94.37亿元，同比增长8.3%；规上工业增加值增长7.6%。其中，竹木加工产业产值31.26亿元，增长10.4%；电子电器产业产值27.58亿元，增长12.1%；农副食品加工产业产值19.84亿元，增长3.2%。园区规上工业企业达到108家，比年初净增7家。</p>
<p>　　<b>二、项目建设有序推进。</b>1—8月，园区完成固定资产投资26.15亿元，增长11.9%，其中工业投资18.73亿元，增长15.6%。在建亿元以上项目24个，已投产8个。园区南区标准厂房三期12栋已全部封顶，预计10月交付使用。</p>
<p>　　<b>三、招商引资成效明显。</b>1—8月，园区新签约项目19个，协议投资68.4亿元，实际到位资金21.7亿元，增长16.3%。在与燊川经开区共建合作框架下，共同引进电子电器配套项目3个，协议投资9.2亿元。</p>
<p>　　<b>四、税收收入稳中有增。</b>1—8月，园区实现税收收入4.06亿元，增长6.8%；亩均税收达到12.4万元，较上年同期提高0.9万元。</p>
<p>　　<b>五、存在的问题。</b>一是农副食品加工企业受原料涨价影响，利润下滑明显；二是部分在建项目资金到位不及时，建设进度滞后；三是园区污水管网等配套设施仍有短板。</p>
<p>　　<b>六、下步打算。</b>园区将紧盯全年目标，加强重点企业服务，加快在建项目建设，持续深化与共建方在招商、人才、产业配套等领域的合作，确保全年规上工业总产值突破145亿元。</p>
</div>
<div align="right"><a href="javascript:window.print()">【打印此页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="crumb">上一条：燊川经开区与皛溪工业园区召开共建工作联席会议<br>下一条：燊川经开区飞地项目上半年产值增长两成</div>
</td>
</tr>
</table>
<table width="1000" align="center"><tr><td align="center" class="crumb">Copyright 2012-2022 燊川经济技术开发区管理委员会 版权所有　地址：燊川市经开区创业大道88号　ICP备案：湘ICP备12008819号</td></tr></table>
</body>
</html>
""", G("old table-layout page in GBK: the hosting site, breadcrumb, keywords and footer belong to another park (燊川经开区); the report itself is about 皛溪工业园区",
       "皛溪工业园区1—8月经济运行情况", [P_XIAOXI], 2022, [1, 8]),
    encoding="gbk")


P_DIAOBIN = ["汈滨经济技术开发区", "汈滨经开区"]
add("page_1718.html", "text", """
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>1-7月招商引资工作通报 - 汈滨经开区管委会</title>
</head>
<body>
<div id="wrap">
<div id="content">
<p>各部门、各招商分局：</p>
<p>今年以来，经开区上下坚持把招商引资作为“一号工程”，全员招商、精准招商，招商引资工作取得阶段性成效。现将1-7月全区招商引资工作情况通报如下：</p>
<p>一、总体情况</p>
<p>1-7月，全区新签约项目47个，协议总投资312.6亿元，同比增长24.7%，完成全年目标任务的62.5%；其中亿元以上项目38个，10亿元以上项目9个，50亿元以上项目1个。新注册落地项目29个，新开工项目22个，实际到位资金96.4亿元，增长17.2%；实际使用外资4680万美元，完成全年目标的58.5%。</p>
<p>二、各招商分局完成情况</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>单位</th><th>签约项目（个）</th><th>协议投资（亿元）</th><th>到位资金（亿元）</th><th>完成目标（%）</th><th>排名</th></tr>
<tr><td>第一招商分局（先进制造）</td><td>14</td><td>118.3</td><td>34.2</td><td>71.3</td><td>1</td></tr>
<tr><td>第二招商分局（新材料）</td><td>11</td><td>86.5</td><td>25.1</td><td>65.8</td><td>2</td></tr>
<tr><td>第三招商分局（现代服务业）</td><td>9</td><td>47.2</td><td>16.9</td><td>57.4</td><td>3</td></tr>
<tr><td>第四招商分局（生物医药）</td><td>8</td><td>39.6</td><td>12.7</td><td>52.9</td><td>4</td></tr>
<tr><td>驻外招商联络处</td><td>5</td><td>21.0</td><td>7.5</td><td>46.9</td><td>5</td></tr>
</table>
<p>三、主要特点</p>
<p>一是产业链招商成效突出。围绕新材料、先进制造两大主导产业，引进链上项目25个，占签约项目总数的53.2%。二是大项目支撑有力。签约的高性能铝合金板带项目协议投资52亿元，是经开区近三年引进的单体投资最大的制造业项目。三是以商招商持续发力。通过在区企业引荐落地项目11个，协议投资68.7亿元。四是基金招商实现破题。经开区产业引导基金参与投资的项目4个，带动社会资本投资21.3亿元。</p>
<p>四、存在问题</p>
<p>一是招商进度不均衡，第四招商分局和驻外招商联络处完成进度低于时序进度；二是项目转化率不高，已签约未注册项目18个；三是外资项目储备不足，外资到位进度略低于时序要求。</p>
<p>五、下步要求</p>
<p>各分局要对照全年任务，倒排工期、挂图作战，8月底前每个分局至少新签约亿元以上项目2个；要加快已签约项目的注册和开工，对签约超过3个月未注册的项目逐一会商研判；进度滞后的单位要分析原因，于8月15日前向管委会报送整改措施。</p>
<p style="text-align:right">招商局</p>
<p style="text-align:right">2021年8月5日</p>
</div>
</div>
</body>
</html>
""", G("headline only in the HTML <title> (body starts with the salutation); park only in <title> site name; year only in the closing date",
       "1-7月招商引资工作通报", [P_DIAOBIN], 2021, [1, 7]))

P_LECHENG = ["玏城智能制造产业园", "玏城产业园"]
add("下载 (3).html", "text", """
<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>园区动态</title>
<meta property="og:site_name" content="玏城智能制造产业园">
<meta property="og:type" content="article">
<link rel="icon" href="/favicon.ico"><link href="/static/css/app.3f9c1e.css" rel="stylesheet">
<script>window.__CMS_CFG__={siteId:17,channel:"yqdt",lang:"zh"};</script>
</head><body>
<div id="app"><header class="hd"><div class="logo">玏城智能制造产业园</div>
<nav><a href="/">首页</a><a href="/about">园区概况</a><a href="/news" class="on">园区动态</a><a href="/invest">投资服务</a><a href="/policy">政策文件</a><a href="/talent">人才招聘</a><a href="/contact">联系我们</a></nav></header>
<section class="banner"><h3>智造玏城 · 未来已来</h3><p>打造千亿级智能制造产业集群</p></section>
<main class="container"><aside class="side"><h4>园区动态</h4><ul><li class="on">园区要闻</li><li>企业风采</li><li>通知公告</li><li>数据发布</li></ul></aside>
<article class="art">
<div class="crumbs"><a href="/">首页</a> / <a href="/news">园区动态</a> / 园区要闻</div>
<h2 class="art-title">玏城产业园1至5月工业投资增长两成</h2>
<div class="art-meta"><span>2024-06-12</span><span>来源：产业园经济发展部</span><span>阅读量：<b class="pv">--</b></span></div>
<div class="art-body">
<p>记者从玏城智能制造产业园获悉，1至5月，产业园完成工业投资43.26亿元，同比增长20.8%，增速较一季度提高4.1个百分点，工业投资占全部固定资产投资的比重达到74.6%。</p>
<p>大项目是拉动投资增长的主力。1至5月，产业园在建亿元以上工业项目41个，累计完成投资36.5亿元，对工业投资增长的贡献率达到84.4%。其中，工业机器人整机及核心部件项目完成投资6.8亿元，主体厂房已封顶；高精度数控机床项目完成设备采购订单3.2亿元，预计三季度开始试生产。</p>
<p>技改投资增势强劲。产业园出台智能化改造专项扶持办法，对设备投资额超过1000万元的技改项目给予最高10%的补助。1至5月，全园完成技改投资11.73亿元，增长31.4%，新增智能化车间9个、数字化生产线27条。</p>
<p>与此同时，产业园工业生产稳中有升。1至5月，规上工业企业完成总产值158.4亿元，增长9.6%；其中机器人及智能装备产业完成产值57.9亿元，增长17.3%；汽车电子产业完成产值46.1亿元，增长11.8%。新增规上工业企业6家。</p>
<p>招商引资方面，1至5月，产业园新签约智能制造类项目18个，协议投资96.5亿元，其中10亿元以上项目3个。新落地的协作机器人研发总部项目将建设研发中心和中试基地，计划引进研发人员300人以上。</p>
<p>产业园相关负责人表示，下一步将继续开展“项目攻坚季”活动，对在建项目实行周调度、月通报，加快推动已签约项目开工建设，全力保障土地、能耗、资金等要素供给，确保上半年工业投资增长20%以上，为全年目标任务完成打下坚实基础。</p>
</div>
<div class="art-share">分享：<span class="i-wx"></span><span class="i-wb"></span><span class="i-link">复制链接</span></div>
<div class="art-nav"><a>上一篇：一季度玏城产业园新增规上企业4家</a><a>下一篇：产业园举办智能制造人才专场招聘会</a></div>
</article></main>
<footer class="ft"><p>玏城智能制造产业园管理委员会 版权所有</p><p>地址：玏城市高新大道2号　电话：0000-88886666</p><p>苏ICP备20011846号-2</p></footer></div>
<script src="/static/js/chunk-vendors.81ad2f.js"></script><script src="/static/js/app.6b7e4d.js"></script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="//hm.example.invalid/hm.js";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body></html>
""", G("modern CMS page saved as '下载 (3).html': <title> is only the column name, headline in <h2 class=art-title>, og:site_name, scripts",
       "玏城产业园1至5月工业投资增长两成", [P_LECHENG], 2024, [1, 5]))


P_YUNTANG = ["鋆塘经济技术开发区", "鋆塘经开区"]
add("鋆塘经开区_新闻.html", "text", """
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>省商务厅调研组来我区调研开放型经济工作 - 鋆塘经济技术开发区</title>
<meta name="description" content="9月13日，省商务厅调研组一行来鋆塘经开区调研开放型经济工作。">
</head>
<body>
<div class="header">鋆塘经济技术开发区 | 首页 | 新闻动态 | 信息公开 | 投资鋆塘 | 企业服务</div>
<div class="breadcrumb">首页 » 新闻动态 » 经开要闻</div>
<div class="detail">
<h1>省商务厅调研组来我区调研开放型经济工作</h1>
<p class="meta">发布日期：2023-09-14　　来源：经开区商务局　　作者：管彤　　【字体：<a>大</a> <a>中</a> <a>小</a>】</p>
<div class="txt">
<p>9月13日，省商务厅副厅长聂承宇带领调研组一行来鋆塘经开区，就开放型经济发展、外资外贸稳增长等工作开展专题调研。经开区党工委书记宓一帆，管委会副主任陶知远陪同调研。</p>
<p>调研组一行先后来到某光伏组件企业、汽车零部件出口企业和跨境电商产业园，深入车间和展厅，详细了解企业生产经营、订单变化、海外市场布局和物流通关等情况，并就企业反映的出口退税、汇率避险、海外仓建设等问题与企业负责人进行了交流。</p>
<p>在随后召开的座谈会上，经开区汇报了开放型经济发展情况。今年1—8月，经开区实现外贸进出口总额268.4亿元，同比增长9.6%，占全市的比重超过四成；实际使用外资2.06亿美元，增长13.2%；新设外商投资企业21家。经开区现有外资企业147家，其中世界500强企业投资项目18个。</p>
<p>聂承宇对鋆塘经开区开放型经济发展取得的成绩给予肯定。他指出，国家级经开区是稳外资稳外贸的重要平台，要充分发挥开放门户作用，在稳存量、扩增量、提质量上下功夫。要加大外资招引力度，聚焦新能源、高端装备等领域，精准开展产业链招商；要帮助外贸企业开拓多元化市场，用好跨境电商、海外仓等新业态新模式；要持续优化营商环境，为外资企业提供更加便利高效的服务。</p>
<p>宓一帆表示，经开区将认真落实调研组的指导意见，全力以赴稳外资、稳外贸，加快建设高水平对外开放平台，为全省开放型经济发展作出更大贡献。</p>
<p>省商务厅外资处、外贸处及市商务局有关负责同志参加调研。</p>
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ</a>　　<a href="javascript:print()">打印</a>　<a href="javascript:close()">关闭</a></div>
<div class="related"><h3>相关文章</h3><ul>
<li><a>经开区1—7月外贸进出口增长8.9%</a> 2023-08-16</li>
<li><a>经开区召开外资企业圆桌会议</a> 2023-07-27</li>
<li><a>上半年经开区实际使用外资增长12.4%</a> 2023-07-20</li>
</ul></div>
</div>
<div class="footer">主办：鋆塘经济技术开发区管理委员会　网站标识码：3305000021　浙ICP备13047752号</div>
</body>
</html>
""", G("press release about a visit (one event): <title> 'headline - site', h1, meta line; body cites 1—8月 figures and related links with periods (not the document's period)",
       "省商务厅调研组来我区调研开放型经济工作", [P_YUNTANG], 2023, None))


P_SIZHOU_GX = ["涘州高新技术产业开发区", "涘州高新区"]
P_SIZHOU_JK = ["涘州经济技术开发区", "涘州经开区"]
P_GANGLING = ["堽岭工业园区", "堽岭园区"]
P_DIAOKOU = ["窎口经济开发区", "窎口开发区"]
add("涘州市园区招商通报.html", "text", """
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>涘州市2024年一至三季度重点园区招商引资情况通报</title>
<meta name="author" content="涘州市投资促进局">
<style>
table{border-collapse:collapse;margin:10px auto}td,th{border:1px solid #333;padding:4px 10px;text-align:center}
.doc-no{text-align:center}.sign{text-align:right}
</style>
</head>
<body>
<p class="doc-no">涘投促〔2024〕31号</p>
<h2 style="text-align:center">涘州市2024年一至三季度重点园区招商引资情况通报</h2>
<p>各县（市、区）人民政府，各园区管委会：</p>
<p>今年以来，全市各重点园区认真落实市委、市政府关于招商引资“一号工程”的部署要求，坚持招大引强、招新引优，招商引资工作总体保持良好态势。根据各园区报送和部门核实数据，现将一至三季度全市4个重点园区招商引资情况通报如下。</p>
<h3>一、总体情况</h3>
<p>一至三季度，4个重点园区共新签约亿元以上项目163个，协议投资1186.4亿元，同比增长15.3%；新开工亿元以上项目97个；实际到位市外资金412.7亿元，增长11.8%，完成全年目标的78.6%；实际使用外资3.47亿美元，完成全年目标的72.3%。</p>
<h3>二、各园区完成情况</h3>
<table>
<tr><th>园区</th><th>新签约亿元以上项目（个）</th><th>协议投资（亿元）</th><th>新开工亿元以上项目（个）</th><th>到位市外资金（亿元）</th><th>完成年度目标（%）</th><th>实际使用外资（万美元）</th></tr>
<tr><td>涘州高新区</td><td>58</td><td>468.2</td><td>35</td><td>156.3</td><td>81.4</td><td>15620</td></tr>
<tr><td>涘州经开区</td><td>51</td><td>402.7</td><td>31</td><td>138.9</td><td>79.8</td><td>13270</td></tr>
<tr><td>堽岭园区</td><td>32</td><td>196.8</td><td>19</td><td>74.2</td><td>76.1</td><td>3980</td></tr>
<tr><td>窎口开发区</td><td>22</td><td>118.7</td><td>12</td><td>43.3</td><td>70.2</td><td>1830</td></tr>
<tr><td>合计</td><td>163</td><td>1186.4</td><td>97</td><td>412.7</td><td>78.6</td><td>34700</td></tr>
</table>
<h3>三、主要特点</h3>
<p>（一）大项目引领作用增强。涘州高新区引进的第三代半导体衬底项目协议投资85亿元，涘州经开区引进的新能源商用车整车项目协议投资60亿元，两个项目均为今年全市单体投资额前两位的项目。</p>
<p>（二）产业链招商成效明显。4个园区围绕主导产业开展产业链招商，引进链上项目121个，占新签约项目的74.2%。堽岭园区聚焦精细化工新材料，引进延链项目14个。</p>
<p>（三）项目落地速度加快。涘州经开区推行“签约即供地、拿地即开工”，新签约项目平均开工周期缩短至96天；窎口开发区新开工项目数同比增加5个。</p>
<h3>四、存在问题</h3>
<p>一是园区之间不平衡，窎口开发区到位资金完成年度目标进度低于时序进度4.8个百分点；二是外资招引仍显薄弱，堽岭园区和窎口开发区实际使用外资完成进度均不足六成；三是部分签约项目履约率不高，已签约超过6个月未开工项目仍有23个。</p>
<h3>五、下步工作要求</h3>
<p>第四季度是冲刺全年目标的关键阶段。各园区要对照年度任务，逐项梳理差距，实行项目清单化管理；要聚焦主导产业开展精准招商，力争第四季度再签约亿元以上项目50个以上；进度滞后的园区要制定专项赶超方案，确保全年目标任务全面完成。</p>
<p class="sign">涘州市投资促进局</p>
<p class="sign">2024年10月21日</p>
</body>
</html>
""", G("city bulletin over 4 parks as an HTML <table>; 文号 line before the headline; two parks share the city prefix (高新区 vs 经开区)",
       "涘州市2024年一至三季度重点园区招商引资情况通报",
       [P_SIZHOU_GX, P_SIZHOU_JK, P_GANGLING, P_DIAOKOU], 2024, [1, 9]))

P_WEIHU = ["溦湖高新技术产业开发区", "溦湖高新区"]
add("Q4_report_final.html", "text", """
<html><body>
<p><b>第四季度经济运行情况报告</b></p>
<p>2020年第四季度，溦湖高新区抢抓国内经济加快恢复的有利时机，全力冲刺年度目标，季度主要经济指标增速创年内新高。</p>
<p>一、工业生产快速增长。第四季度，全区规上工业企业完成总产值142.38亿元，同比增长13.6%，比三季度加快4.9个百分点。10月、11月、12月分别完成产值44.17亿元、46.52亿元和51.69亿元，12月当月产值创历史新高。重点行业中，集成电路封测行业产值增长24.3%，医疗器械行业产值增长19.8%，光通信器件行业产值增长15.1%。四季度全区工业用电量增长11.7%，与产值增长基本匹配。</p>
<p>二、投资增速持续加快。第四季度，全区完成固定资产投资41.56亿元，增长17.2%。其中，工业投资24.83亿元，增长21.5%；高技术产业投资16.27亿元，增长28.4%。四季度新开工项目13个，竣工项目11个。</p>
<p>三、外贸出口量价齐升。第四季度，全区实现进出口总额39.74亿元，增长18.6%，其中出口26.35亿元，增长23.9%。防护用品、医疗设备出口订单增加较多，海外市场对光通信器件需求回暖。</p>
<p>四、财政收入由降转升。第四季度，全区完成一般公共预算收入6.93亿元，增长9.2%，扭转了前三个季度收入下降的局面，其中税收收入增长10.4%。</p>
<p>五、市场主体活力增强。第四季度，全区新登记市场主体1863户，增长22.1%，其中新登记企业742户；新增科技型中小企业136家。</p>
<p>六、存在问题与建议。一是芯片、面板等上游原材料价格上涨，部分中下游企业成本压力加大；二是集装箱运力紧张、海运费用上涨，外贸企业物流成本明显上升；三是部分企业招工难，春节前后用工缺口可能进一步扩大。建议：加强原材料供需对接，帮助企业锁定采购价格；协调物流企业增开航线舱位，缓解运力紧张；提前组织春节留岗稳岗和节后招工活动，保障企业节后尽快复工满产。</p>
<p>附：第四季度主要指标完成情况</p>
<table border="1">
<tr><td>指标</td><td>第四季度</td><td>同比增长（%）</td></tr>
<tr><td>规上工业总产值（亿元）</td><td>142.38</td><td>13.6</td></tr>
<tr><td>固定资产投资（亿元）</td><td>41.56</td><td>17.2</td></tr>
<tr><td>进出口总额（亿元）</td><td>39.74</td><td>18.6</td></tr>
<tr><td>一般公共预算收入（亿元）</td><td>6.93</td><td>9.2</td></tr>
</table>
</body></html>
""", G("minimal hand-made HTML (no <head>/<title>), English file name; headline in a bold <p>; park and year only in the body",
       "第四季度经济运行情况报告", [P_WEIHU], 2020, [10, 12]))


P_QIANYANG_KJ = ["蒨阳软件科技园", "蒨阳科技园"]
add("转载-蒨阳.htm", "text", """
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>蒨阳科技园软件业务收入增速领跑_科创资讯网</title>
<meta name="keywords" content="软件,科技园,数字经济">
</head>
<body>
<div class="site-head"><a class="logo">科创资讯网</a> <a>首页</a> <a>产业</a> <a>园区</a> <a>政策</a> <a>人物</a> <a>活动</a> <a>登录</a></div>
<div class="main">
<div class="path">首页 &gt; 园区 &gt; 园区观察</div>
<h1>蒨阳科技园软件业务收入增速领跑</h1>
<div class="source">2022-07-30 09:48　来源：蒨阳发布　作者：佚名　<span class="views">阅读 864</span></div>
<p class="ori">原标题：1—6月蒨阳软件科技园实现软件业务收入86.3亿元</p>
<div class="text">
<p>今年1—6月，蒨阳软件科技园实现软件业务收入86.3亿元，同比增长19.7%，增速在全省同类园区中排名第一。其中，软件产品收入32.8亿元，增长16.2%；信息技术服务收入41.5亿元，增长23.4%；嵌入式系统软件收入12.0亿元，增长17.1%。</p>
<p>园区企业发展势头良好。上半年，科技园新增入驻企业138家，累计入驻企业达到1526家，其中年营收超亿元企业37家，比上年同期增加6家。工业软件、数字孪生、信息安全三个细分领域营收增速均超过25%。园区企业新增软件著作权登记2186件，增长14.5%。</p>
<p>人才集聚效应持续显现。上半年，科技园新增从业人员5200余人，从业人员总数突破6.8万人，其中本科及以上学历人员占比达到81.3%。园区与6所高校共建实训基地，开展定向培养项目11个。</p>
<p>政策环境持续优化。科技园今年出台支持软件企业发展的十条措施，对首次入选省级重点软件企业的给予一次性奖励，上半年已兑现各类扶持资金1.26亿元，惠及企业312家。</p>
<p>载体建设有序推进。科技园二期5栋研发楼已竣工交付，新增载体面积16.4万平方米，入驻率已达到62%。三期项目完成主体结构施工，计划明年投入使用。</p>
<p>据介绍，下半年蒨阳软件科技园将重点推进工业软件适配验证中心和数据要素服务平台建设，力争全年软件业务收入突破180亿元，新增营收超亿元企业10家。</p>
<p>（来源：蒨阳发布）</p>
</div>
<div class="tool">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a> <a>复制链接</a></div>
<div class="hot"><h4>热门文章</h4>
<p>· 多地高新区出台算力补贴新政</p>
<p>· 上半年全省软件业务收入增长12.4%</p>
<p>· 科技园区如何培育“专精特新”企业？</p></div>
<div class="copyright">免责声明：本网转载作品目的在于传递更多信息，不代表本网赞同其观点或证实其描述。</div>
</div>
<div class="foot">科创资讯网 版权所有 © 2016-2022</div>
</body>
</html>
""", G("aggregator repost: site name in <title> and header, an '原标题：' line with a different (original) headline, copyright range in footer",
       "蒨阳科技园软件业务收入增速领跑", [P_QIANYANG_KJ], 2022, [1, 6]))

# ===========================================================================
# PDF DOCUMENTS
# ===========================================================================

P_HUYANG = ["岵阳高新技术产业开发区", "岵阳高新区"]
add("scan_0012.pdf", "pdf", """
#RED 岵阳高新技术产业开发区管理委员会文件
#B
#L 岵高管发〔2024〕7号                                                签发人：喻牧之
#LINE
#B
#T 岵阳高新区管委会关于2023年度工作情况的报告
#B
#L 市人民政府：
2023年，高新区在市委、市政府的坚强领导下，聚焦“科创引领、产业立区”，全力稳增长、抓项目、强创新、优服务，较好完成了年度目标任务。现将有关情况报告如下。
#H 一、主要指标完成情况
全年实现规上工业总产值721.6亿元，同比增长10.8%，完成年度目标的102.4%；规上工业增加值增长9.7%；完成固定资产投资186.3亿元，增长12.1%，其中工业投资112.4亿元，增长16.9%；实现一般公共预算收入38.7亿元，增长7.2%；实际使用外资1.86亿美元，增长9.3%；外贸进出口总额214.5亿元，增长6.8%。高新技术产业产值占规上工业产值比重达到73.6%，比上年提高2.1个百分点。
#H 二、重点工作进展
（一）产业集群提质扩量。新能源汽车及零部件产业产值突破260亿元，增长21.4%；新型显示产业产值达到158.2亿元，增长8.6%；生物医药产业产值96.7亿元，增长12.3%。全年新增规上工业企业38家，新增产值超10亿元企业4家。
（二）项目建设提速增效。全年实施重点项目87个，完成投资143.8亿元；新开工项目36个，竣工投产项目29个。动力电池电芯、车规级芯片封测等10亿元以上项目建成投产。
（三）创新能力持续增强。新认定高新技术企业154家，总数达到1083家；新建省级以上研发平台21个；技术合同成交额56.4亿元，增长27.5%。在全国高新区综合评价中位次前移5位。
（四）营商环境不断优化。推行“拿地即开工”改革，工业项目从拿地到开工平均用时压缩至21天；设立企业服务专员212名，协调解决企业诉求1374件，办结率98.6%。
#H 三、存在的问题
一是主导产业龙头企业偏少，产业链关键环节配套率不高；二是土地、能耗等要素约束趋紧，部分优质项目落地受限；三是高层次人才引进和留住难度较大，创新策源能力有待提升。
#H 四、2024年工作打算
2024年，高新区主要预期目标为：规上工业总产值增长10%左右，固定资产投资增长8%以上，一般公共预算收入增长6%以上。重点抓好以下工作：一是实施产业链“链长制”，围绕新能源汽车、新型显示两大产业引进延链补链项目30个以上；二是全年实施重点项目90个以上，完成投资150亿元以上；三是新增高新技术企业150家以上，建设概念验证中心和中试平台各1个；四是深化管理体制改革，推行全员聘任和绩效薪酬制度。
特此报告。
#B
#R 岵阳高新技术产业开发区管理委员会
#R 2024年1月22日
#B
#L （联系人：庞思齐，电话：0000-5218867）
#B
#LINE
#L 抄送：市委办公室，市发展改革委，市科技局，市工业和信息化局，市统计局。
#LINE
#L 岵阳高新区党政办公室                                              2024年1月22日印发
""", G("red-head official document printed to PDF with a scan-like name: masthead, 文号 of the next year (〔2024〕), 签发人, 抄送/印发; annual report with next-year plan",
       "岵阳高新区管委会关于2023年度工作情况的报告", [P_HUYANG], 2023, [1, 12]),
    footer_center="— {n} —")


P_YANGHU = ["旸湖经济技术开发区", "旸湖经开区"]
add("旸湖经开区上半年经济运行.pdf", "pdf", """
#L 旸湖经济技术开发区    首页  走进旸湖  新闻中心  信息公开  投资旸湖  政务服务  互动交流
#L 当前位置：首页 > 新闻中心 > 工作动态
#B
#T 上半年旸湖经开区经济运行稳中有进
#C 发布时间：2022-07-18 15:06    来源：经济发展局    浏览次数：    字号：【大 中 小】
#B
今年上半年，面对疫情散发、原材料价格高位运行等多重挑战，旸湖经开区坚持疫情要防住、经济要稳住、发展要安全，全力以赴稳增长、保主体、抓项目，经济运行呈现稳中有进、进中向好的态势。
规上工业增长较快。上半年，全区规上工业企业实现总产值403.7亿元，同比增长11.2%，增速高于全市平均水平4.6个百分点；规上工业增加值增长9.8%。装备制造产业实现产值168.3亿元，增长15.4%；绿色食品产业实现产值92.6亿元，增长7.1%；新材料产业实现产值81.5亿元，增长12.9%。6月份单月产值达到76.2亿元，同比增长14.3%，为年内单月最高。
项目投资加速推进。上半年，全区完成固定资产投资97.4亿元，增长14.6%，其中工业投资63.1亿元，增长19.8%。78个重点项目完成投资59.2亿元，完成年度计划的56.3%，实现“双过半”。新开工亿元以上项目26个，竣工投产项目15个。
招商引资成果丰硕。上半年，全区签约亿元以上项目41个，协议投资315.6亿元；实际到位市外资金112.4亿元，增长13.5%；实际使用外资8460万美元，增长16.1%。
外贸外资保持稳定。上半年，实现外贸进出口总额76.8亿元，增长8.4%，其中出口53.2亿元，增长11.7%。
财政收入稳步增加。上半年，完成一般公共预算收入19.6亿元，扣除留抵退税因素后同口径增长6.9%。
下半年，旸湖经开区将持续抓好稳经济各项政策落实，紧盯全年目标任务，以项目建设为牵引，加快推动已签约项目落地开工、在建项目竣工投产，力争全年规上工业总产值突破850亿元。
#B
#L 【打印本页】  【关闭窗口】
#L 上一篇：经开区召开上半年经济形势分析会
#L 下一篇：旸湖经开区2022年第二批重点项目集中开工
#B
#L 主办：旸湖经济技术开发区管理委员会    承办：经开区党政办    网站标识码：3607000029
#L 赣ICP备14003127号-1    地址：旸湖市经开区金湖大道1号
""", G("web page printed from a browser to PDF: print timestamp of a later year (2023/3/2) in the running header, page URL and n/N in the footer; 发布时间 2022",
       "上半年旸湖经开区经济运行稳中有进", [P_YANGHU], 2022, [1, 6]),
    web=True, header_left="2023/3/2 下午3:47",
    header_right="上半年旸湖经开区经济运行稳中有进_工作动态_旸湖经济技术开发区",
    footer_left="https://www.yanghujk.gov.cn/xwzx/gzdt/202207/t20220718_5521.html",
    footer_right="{n}/{N}", size=11, margins=(56, 56))


P_RUCHUAN_GX = ["鄏川高新技术产业开发区", "鄏川高新区"]
P_RUCHUAN_JK = ["鄏川经济技术开发区", "鄏川经开区"]
P_FENGZHOU = ["崶州工业园区", "崶州园区"]
P_HAOSHUI = ["淏水经济开发区", "淏水开发区"]
P_PUAO = ["璞岙产业园"]
P_RUCHUAN_ZB = ["鄏川综合保税区", "鄏川综保区"]
add("鄏川市开发区考核结果.pdf", "pdf", """
#RED 鄏川市人民政府办公室文件
#C 鄏政办发〔2023〕11号
#LINE
#B
#T 鄏川市人民政府办公室关于2022年度全市开发区高质量发展综合考核结果的通报
#B
#L 各县（市、区）人民政府，各开发区管委会，市政府各部门：
为推动全市开发区高质量发展，根据《鄏川市开发区高质量发展综合考核办法（试行）》，市开发区工作领导小组办公室组织对全市6个省级以上开发区2022年度发展情况进行了综合考核。经市政府同意，现将考核结果通报如下。
#H 一、考核总体情况
本次考核设置经济发展、创新驱动、开放合作、集约节约、绿色安全、营商环境6大类31项指标，采取定量指标与定性评价相结合的方式进行，总分100分。2022年，全市开发区实现规上工业总产值2368.4亿元，增长8.6%；完成固定资产投资612.5亿元，增长10.4%；实际使用外资4.12亿美元，增长7.9%，开发区对全市经济增长的贡献率达到68.3%。
#H 二、考核结果
经综合评定，鄏川高新区、鄏川经开区为优秀等次，崶州园区、鄏川综保区为良好等次，淏水开发区、璞岙产业园为合格等次。具体得分和排名如下：
|排名|开发区|综合得分|等次|规上工业总产值（亿元）|增速（%）|亩均税收（万元）|
|1|鄏川高新区|93.62|优秀|918.7|11.3|38.6|
|2|鄏川经开区|91.05|优秀|826.4|9.4|34.2|
|3|崶州园区|84.37|良好|302.5|7.8|21.7|
|4|鄏川综保区|82.91|良好|86.3|14.6|29.5|
|5|淏水开发区|76.48|合格|158.9|3.2|15.4|
|6|璞岙产业园|71.15|合格|75.6|-1.8|11.9|
#H 三、有关要求
（一）对考核结果为优秀的鄏川高新区、鄏川经开区，分别给予500万元、400万元的发展奖励资金，并在用地指标、能耗指标安排上予以倾斜；对良好等次的开发区，各给予200万元奖励。
（二）对考核结果为合格等次的淏水开发区、璞岙产业园，由市开发区工作领导小组办公室进行约谈，相关开发区要在1个月内制定整改方案，报市开发区工作领导小组办公室备案。璞岙产业园规上工业产值出现负增长，要深入分析原因，切实扭转被动局面。
（三）各开发区要对照考核指标体系，找准自身短板，在产业培育、科技创新、亩均效益提升等方面持续发力，加快推动开发区高质量发展。
#B
#L 附件：2022年度全市开发区高质量发展综合考核分项得分表（略）
#B
#R 鄏川市人民政府办公室
#R 2023年3月6日
#L （此件公开发布）
#LINE
#L 鄏川市人民政府办公室                                                2023年3月7日印发
""", G("city assessment notice (考核结果通报) as PDF: 文号 year 2023 differs from the assessed year 2022; table of 6 parks with short names",
       "鄏川市人民政府办公室关于2022年度全市开发区高质量发展综合考核结果的通报",
       [P_RUCHUAN_GX, P_RUCHUAN_JK, P_FENGZHOU, P_RUCHUAN_ZB, P_HAOSHUI, P_PUAO], 2022, [1, 12]),
    footer_center="— {n} —")

P_YUNXI = ["韫溪经济技术开发区", "韫溪经开区"]
add("韫溪经开区1~2月经济运行分析(内部).pdf", "pdf", """
#L 密级：内部
#B
#T 韫溪经开区1~2月经济运行分析
#B
1~2月，经开区积极应对春节假期和局部疫情散发带来的不利影响，组织企业“就地过年、不停工不停产”，经济运行实现平稳开局，主要指标增速较快，但与正常年份同期相比仍存在差距。
#H 一、主要经济指标运行情况
|指标|单位|1~2月|同比增长（%）|两年平均增长（%）|
|规上工业总产值|亿元|72.46|38.7|8.9|
|规上工业增加值|%|—|34.2|7.6|
|固定资产投资|亿元|18.93|52.4|9.3|
|工业投资|亿元|11.27|61.8|12.1|
|外贸进出口|亿元|14.85|45.6|10.7|
|一般公共预算收入|亿元|4.62|21.3|5.8|
（一）工业生产强劲反弹。1~2月，全区规上工业总产值72.46亿元，同比增长38.7%，两年平均增长8.9%。增速较高主要是上年同期基数较低。分行业看，汽车零部件行业产值26.31亿元，增长52.1%；电子材料行业产值19.74亿元，增长41.3%；纺织化纤行业产值13.08亿元，增长23.6%。131家规上企业中，119家产值实现同比增长。春节期间坚持生产的企业有97家，留岗员工1.42万人。
（二）投资快速恢复。1~2月，完成固定资产投资18.93亿元，增长52.4%，其中工业投资11.27亿元，增长61.8%。34个续建项目春节后全部复工，新开工项目5个。
（三）外贸开局良好。1~2月，实现外贸进出口14.85亿元，增长45.6%，其中出口11.02亿元，增长49.3%。汽车零部件、锂电材料出口增长较快。
（四）财政收入平稳。1~2月，完成一般公共预算收入4.62亿元，增长21.3%，其中税收收入4.08亿元。
#H 二、需要关注的问题
一是增速“虚高”成分较大。剔除低基数因素后，两年平均增速低于疫情前水平，工业生产尚未完全回到正常轨道。二是部分企业用工紧张。受“就地过年”政策影响，节后返岗率约为87%，部分劳动密集型企业一线员工缺口较大。三是原材料价格上涨明显。铜、铝、化纤原料价格较上年同期上涨三成以上，挤压中下游企业利润。
#H 三、下步工作建议
一是加强对重点企业的生产调度，对产值前50位企业实行周监测，确保一季度规上工业产值增长30%以上；二是组织专场招聘会和劳务协作对接活动，帮助企业解决用工缺口；三是加快新开工项目前期手续办理，推动3月份再开工亿元以上项目8个；四是跟踪大宗原材料价格变化，引导企业通过期货套保等方式降低成本风险。
#B
#R 韫溪经开区经济发展局
#R 2021年3月18日
""", G("Word document printed to PDF: running header 内部资料 注意保存, 密级 line, page footer '第n页', table; year only in the closing date; Producer/Title metadata mimic a Word print",
       "韫溪经开区1~2月经济运行分析", [P_YUNXI], 2021, [1, 2]),
    header_center="内部资料  注意保存", footer_center="第 {n} 页",
    pdf_title="Microsoft Word - 韫溪经开区1~2月经济运行分析.docx", pdf_creator="Microsoft Word")


P_ZICHENG = ["鄑城经济技术开发区", "鄑城经开区"]
add("ETDZ_2019_annual_summary.pdf", "pdf", """
#T 鄑城经济技术开发区2019年工作总结及2020年工作计划
#B
2019年，经开区坚持新发展理念，以“二次创业”为主线，狠抓项目建设、产业培育和体制改革，各项工作取得新进展，为全市经济社会发展作出了积极贡献。
#H 一、2019年工作总结
（一）经济总量稳步扩大。全年实现地区生产总值276.4亿元，增长8.1%；规上工业总产值892.3亿元，增长9.5%；固定资产投资增长11.6%；一般公共预算收入28.7亿元，增长6.4%；外贸进出口总额134.6亿元，增长5.3%；实际使用外资1.43亿美元，增长8.7%。主要指标增速均高于全市平均水平。
（二）产业结构持续优化。汽车及零部件、高端装备、食品医药三大主导产业实现产值712.5亿元，占规上工业的79.8%。其中汽车及零部件产业产值达到386.1亿元，增长12.7%，整车产量突破14万辆。新增规上工业企业29家，新增产值超50亿元企业1家、超10亿元企业3家。
（三）项目建设成效显著。全年实施亿元以上项目104个，完成投资186.9亿元；新开工项目42个，竣工投产项目33个。新能源汽车电驱系统、精密齿轮等一批重大项目建成投产，新增产能约120亿元。
（四）招商引资再创佳绩。全年引进亿元以上项目68个，协议投资428.3亿元，其中世界500强投资项目3个、10亿元以上项目12个。实际到位内资186.5亿元，增长10.2%。
（五）改革创新不断深化。完成管理体制“去行政化”改革，实行“管委会+公司”运营模式，全员竞聘上岗。新认定高新技术企业47家，新建省级以上研发平台11个。在全国国家级经开区综合发展水平考核评价中排名前移9位。
（六）城市功能日益完善。新建改造道路18.6公里，建成人才公寓1200套、邻里中心2个，新增绿地面积36万平方米，产城融合水平进一步提高。
#H 二、存在的不足
一是产业层次仍需提升，传统产业比重偏高，战略性新兴产业规模不大；二是创新能力不强，企业研发投入强度仅为1.9%；三是土地资源日益紧张，存量低效用地盘活难度大；四是干部队伍专业化水平与高质量发展要求还有差距。
#H 三、2020年工作计划
2020年主要预期目标：地区生产总值增长7.5%左右，规上工业总产值增长9%，固定资产投资增长10%，一般公共预算收入增长6%，实际使用外资增长5%。重点抓好以下工作：
（一）聚力产业升级。实施汽车产业“电动化、智能化”转型工程，加快培育新能源汽车及关键零部件产业集群，力争汽车及零部件产业产值突破430亿元。
（二）聚力项目攻坚。全年实施亿元以上项目110个，完成投资200亿元以上，新开工项目45个、竣工投产项目35个。
（三）聚力招大引强。开展产业链精准招商，全年引进亿元以上项目70个以上，其中10亿元以上项目15个。
（四）聚力创新驱动。新增高新技术企业50家，建设智能网联汽车测试场和工业设计中心。
（五）聚力改革开放。深化“放管服”改革，推进工业用地“标准地”出让全覆盖，积极申报综合保税区。
#B
#R 鄑城经济技术开发区管理委员会
""", G("English file name; annual summary with next-year plan in one headline naming two years; running header with the committee name, footer '第n页 共N页'; no date line",
       "鄑城经济技术开发区2019年工作总结及2020年工作计划", [P_ZICHENG], 2019, [1, 12]),
    header_center="鄑城经济技术开发区管理委员会", footer_center="第 {n} 页 共 {N} 页")

P_YANKOU = ["墕口高新技术产业开发区", "墕口高新区"]
add("墕口高新区1—10月各片区运行情况.pdf", "pdf", """
#T 墕口高新区1—10月各片区经济运行情况
#C 墕口高新区经济运行监测中心
#B
1—10月，高新区按照“一区四片、错位发展”的布局，推动北片区、南片区、滨河科创片区和空港物流片区协同发力，全区经济运行总体平稳。
#H 一、全区总体情况
1—10月，全区实现规上工业总产值537.9亿元，同比增长9.1%；完成固定资产投资132.6亿元，增长12.4%；实现税收收入29.8亿元，增长7.3%；新签约亿元以上项目52个，协议投资386.5亿元。
#H 二、各片区主要指标
|片区|主导产业|规上工业总产值（亿元）|增速（%）|固定资产投资（亿元）|增速（%）|税收（亿元）|新签约亿元以上项目（个）|
|北片区|电子信息|231.4|11.6|41.7|9.8|12.6|18|
|南片区|装备制造|198.2|7.3|38.9|14.1|10.3|15|
|滨河科创片区|研发服务、软件|46.8|16.9|24.3|21.5|4.1|12|
|空港物流片区|现代物流、跨境贸易|61.5|2.4|27.7|6.2|2.8|7|
|合计| |537.9|9.1|132.6|12.4|29.8|52|
#H 三、各片区运行特点
北片区：电子信息产业保持较快增长，显示模组、智能终端两类产品产量分别增长18.3%和12.7%，片区产值占全区的43.0%，对全区增长的贡献率达到52.8%。
南片区：装备制造业订单总体平稳，工程机械类企业受行业周期影响产值有所回落，但轨道交通装备企业产值增长19.4%。片区固定资产投资增长较快，两个10亿元以上项目进入设备安装阶段。
滨河科创片区：产值规模虽小但增速最快，新入驻研发型企业64家，孵化器在孵企业达到412家；片区投资增长21.5%，主要得益于科创综合体和中试基地建设。
空港物流片区：受航空货运量下降影响，产值仅增长2.4%，为各片区最低；冷链物流中心一期已投入运营，预计四季度业务量将明显回升。
#H 四、存在问题
一是片区间发展不平衡，空港物流片区增长乏力；二是北片区电子信息产业对单一龙头企业依赖度较高，龙头企业产值占片区的37%；三是南片区部分装备制造企业应收账款增加，资金周转压力较大。
#H 五、下步工作
一是对空港物流片区开展专题招商，引进航空物流和跨境电商企业；二是推动北片区引进中小配套企业，降低对单一企业的依赖；三是协调金融机构为南片区企业提供应收账款融资服务；四是各片区对照全年目标查漏补缺，确保全年规上工业总产值增长9%以上。
#B
#R 2018年11月12日
""", G("one park with a table of four 片区 (sub-parks are not parks); headline then issuing unit; year only in the closing date",
       "墕口高新区1—10月各片区经济运行情况", [P_YANKOU], 2018, [1, 10]),
    footer_center="{n}")


P_YANGCHENG = ["飏城综合保税区", "飏城综保区"]
add("快报-第1期.pdf", "pdf", """
#RED 统 计 快 报
#C 2023年第1期
#L 飏城综合保税区管委会统计科编                                           2023年1月16日
#LINE
#T 2022年全年主要经济指标完成情况
#B
2022年，综保区克服国际需求收缩、物流运输受阻等不利影响，外贸进出口和加工贸易保持增长，各项主要指标基本完成年度目标。现将全年主要经济指标快报如下：
|指标名称|单位|全年完成|同比增长（%）|年度目标|完成率（%）|
|进出口总额|亿元|486.2|7.4|480|101.3|
|其中：出口|亿元|301.7|9.6|295|102.3|
|进口|亿元|184.5|4.0|185|99.7|
|加工贸易进出口|亿元|358.9|6.1|—|—|
|保税物流进出口|亿元|97.6|12.8|—|—|
|跨境电商交易额|亿元|23.4|36.2|20|117.0|
|规上工业总产值|亿元|412.3|8.3|405|101.8|
|实际使用外资|万美元|9840|11.5|9500|103.6|
|税收收入|亿元|13.7|5.1|14|97.9|
|固定资产投资|亿元|21.6|14.7|20|108.0|
#H 简要分析
一、外贸总量创历史新高。全年实现进出口总额486.2亿元，同比增长7.4%，占全市外贸总额的比重达到31.6%，较上年提高1.9个百分点。在全国综合保税区发展绩效评估中位次有所提升。
二、出口增速快于进口。全年出口301.7亿元，增长9.6%；进口184.5亿元，增长4.0%。笔记本电脑、服务器和光模块三类产品合计出口218.3亿元，占出口总额的72.4%。
三、新业态发展提速。跨境电商交易额23.4亿元，增长36.2%；保税维修业务实现进出口14.8亿元，增长21.7%；新开展保税研发业务2项。
四、工业生产平稳增长。全年区内规上工业企业实现总产值412.3亿元，增长8.3%；新增入区企业17家，其中加工制造类企业9家。
五、税收收入略低于预期。全年实现税收收入13.7亿元，增长5.1%，完成年度目标的97.9%，主要是部分企业享受增值税留抵退税政策所致。
六、需要关注的问题。一是区内加工贸易企业集中度较高，前五家企业进出口占比超过六成；二是部分企业反映海运价格虽有回落但交货周期仍不稳定；三是新入区项目投产进度不一，对外贸增量贡献有限。建议下一步加强重点企业跟踪服务，加快推进新入区项目投产，积极培育保税研发、融资租赁等新业务。
#B
#L 说明：以上数据为快报数，最终数据以统计年报为准。
#LINE
#L 报：区管委会主任、副主任
#L 送：市统计局，市商务局，海关驻区办事处
""", G("statistics 快报 masthead dated and numbered in the next year (2023年第1期) above a headline about the whole of 2022; big indicator table; park only in the compiler line",
       "2022年全年主要经济指标完成情况", [P_YANGCHENG], 2022, [1, 12]),
    footer_center="{n}")

# ===========================================================================
# DOCX DOCUMENTS
# ===========================================================================

P_XIAO = ["郗岙经济技术开发区", "郗岙经开区"]
add("郗岙经开区/一季度经济运行简况（2024）.docx", "docx", """
#T 一季度经济运行简况
#B
一季度，全区上下深入开展“开局即决战、起步即冲刺”行动，抓项目、稳工业、促投资，经济运行实现良好开局，主要指标增速均高于全市平均水平。
#H 一、工业生产稳步增长
一季度，全区规上工业企业完成总产值184.26亿元，同比增长8.4%；规上工业增加值增长7.9%，高于全市平均水平1.6个百分点。3月份当月产值71.35亿元，增长11.2%，较1—2月加快4.5个百分点。分产业看，高端纺织产业完成产值62.18亿元，增长6.3%；化工新材料产业完成产值58.47亿元，增长10.7%；智能家居产业完成产值34.92亿元，增长12.9%。214家规上工业企业中，产值增长的有139家，增长面为65.0%。
#H 二、有效投资持续扩大
一季度，全区完成固定资产投资51.83亿元，增长14.5%，其中工业投资33.26亿元，增长18.8%，技改投资9.74亿元，增长22.3%。全区38个市级重点项目完成投资24.6亿元，完成年度计划的26.7%。一季度集中开工项目19个，总投资128.5亿元。
#H 三、招商引资开局良好
一季度，全区新签约亿元以上项目17个，协议投资142.3亿元，其中10亿元以上项目4个；实际到位市外资金38.7亿元，增长12.1%；实际使用外资1980万美元，完成全年目标的27.5%。
#H 四、外贸进出口小幅增长
一季度，全区实现外贸进出口总额36.42亿元，增长3.6%。其中，出口28.95亿元，增长5.4%；进口7.47亿元，下降2.9%。纺织品服装出口受欧美市场需求偏弱影响，增速低于全区平均水平。
#H 五、财政收入平稳
一季度，全区完成一般公共预算收入10.56亿元，增长5.8%，其中税收收入8.93亿元，增长6.7%，税收占比84.6%。
#H 六、存在问题及下步打算
当前，全区经济运行还面临一些困难：一是纺织企业订单以短单、小单为主，生产稳定性不足；二是化工新材料产品价格处于低位，企业效益下滑；三是部分新开工项目前期进度偏慢，投资入统滞后。
下一步，将围绕上半年“双过半”目标，重点做好四方面工作：一是实行规上企业分级监测，对产值下降企业逐一上门帮扶；二是加快重点项目建设，推动一季度新开工项目尽早形成实物工作量；三是组织企业参加境外展会，帮助外贸企业拓订单、稳市场；四是加强统计基础工作，确保应统尽统。
""", G("park only in the folder name (body says 全区 only); year only in the file name; generic headline",
       "一季度经济运行简况", [P_XIAO], 2024, [1, 3]),
    footer_page="第{n}页")


P_KAIYANG_GX = ["闿阳高新技术产业开发区", "闿阳高新区"]
P_XINGCHUAN = ["铏川经济技术开发区", "铏川经开区"]
P_XIANGPU = ["骧浦工业园区", "骧浦园区"]
P_ZHUSHAN = ["翥山产业园"]
P_CHANGYUAN = ["昶垣经济开发区", "昶垣开发区"]
add("附件1.docx", "docx", """
#L 附件1
#B
#T 2021年度全市园区招商引资工作考评结果
#B
根据《闿阳市园区招商引资工作考评办法》，市招商引资工作领导小组办公室会同市统计局、市商务局、市发展改革委等部门，从招商项目签约、项目落地、资金到位、利用外资、项目质量和工作机制六个方面，对全市5个园区2021年度招商引资工作进行了考评，结果如下。
|序号|园区|签约亿元以上项目（个）|实际到位资金（亿元）|实际使用外资（万美元）|考评得分|等次|
|1|闿阳高新区|46|138.6|12480|96.5|优秀|
|2|铏川经开区|41|121.3|10260|94.2|优秀|
|3|骧浦园区|28|67.8|3150|88.7|良好|
|4|翥山产业园|19|42.5|1870|85.1|良好|
|5|昶垣开发区|14|29.6|620|79.4|合格|
#H 考评情况说明
一、闿阳高新区。全年新签约亿元以上项目46个，其中20亿元以上项目5个，引进的集成电路设计总部、动力电池正极材料等项目质量较高；实际到位资金138.6亿元，增长18.4%；项目签约后平均开工周期为4.2个月，在全市园区中最短，考评得分第一。
二、铏川经开区。全年新签约亿元以上项目41个，实际到位资金121.3亿元，增长15.7%；实际使用外资10260万美元，增长21.3%，外资增速居全市园区首位。引进的外资汽车零部件研发中心为全市首个外资研发机构。
三、骧浦园区。全年新签约亿元以上项目28个，实际到位资金67.8亿元，增长9.6%。园区围绕食品加工产业开展链式招商成效明显，但10亿元以上大项目仅有2个，项目质量得分偏低。
四、翥山产业园。全年新签约亿元以上项目19个，实际到位资金42.5亿元，增长11.3%。园区建立了“周调度、月通报”工作机制，工作机制得分较高，但利用外资规模较小。
五、昶垣开发区。全年新签约亿元以上项目14个，实际到位资金29.6亿元，增长3.8%，实际使用外资仅620万美元，完成年度目标的51.7%；签约项目中有5个未按期开工，项目履约率偏低，考评得分末位。
#H 有关说明
1.考评得分由定量指标得分（占80%）和定性评价得分（占20%）构成。
2.实际到位资金、实际使用外资数据经市统计局、市商务局审核确认。
3.得分90分以上为优秀，80～90分为良好，70～80分为合格，70分以下为不合格。
""", G("attachment to a city notice: '附件1' line before the headline; 5 parks in a Word table under short names; 年度 assessment",
       "2021年度全市园区招商引资工作考评结果",
       [P_KAIYANG_GX, P_XINGCHUAN, P_XIANGPU, P_ZHUSHAN, P_CHANGYUAN], 2021, [1, 12]))

P_JINGWAN = ["璟湾新区"]
add("2023年工作总结（定稿）.docx", "docx", """
#T 凝心聚力促发展 砥砺奋进谱新篇
#C ——璟湾新区2023年工作总结
#B
2023年是全面贯彻落实党的二十大精神的开局之年。一年来，新区党工委、管委会团结带领全区干部群众，坚持稳中求进工作总基调，聚焦“产业强区、创新兴区、开放活区”，经济社会发展取得新成效。
#H 一、2023年工作回顾
（一）综合实力迈上新台阶。全年实现地区生产总值1286.7亿元，增长7.2%；规上工业总产值2413.5亿元，增长8.6%；固定资产投资增长10.3%；一般公共预算收入103.8亿元，增长6.1%；外贸进出口总额968.4亿元，增长4.9%。主要经济指标增速位居全省新区前列。
（二）现代产业体系加快构建。集成电路、新能源、生物医药三大战略性新兴产业实现产值1327.6亿元，增长14.8%，占规上工业的55.0%。新增规上工业企业73家，新增“专精特新”中小企业58家、国家级专精特新“小巨人”企业9家。数字经济核心产业增加值占地区生产总值比重达到16.4%。
（三）重大项目建设提速。全年实施重大项目213个，完成投资586.2亿元；12英寸晶圆制造二期、储能电池生产基地等38个项目竣工投产。新签约亿元以上项目126个，协议投资1064.5亿元。
（四）科技创新能力持续提升。全社会研发投入强度达到3.86%；新增国家级创新平台3个、省级创新平台27个；高新技术企业总数突破2100家。
（五）改革开放纵深推进。完成新区管理体制优化调整，实行“大部制、扁平化”管理；新增外资企业87家，实际使用外资12.6亿美元，增长8.3%。
（六）民生福祉不断增进。新建中小学、幼儿园11所，新增学位1.4万个；新区医院二期投入使用；城镇新增就业4.1万人。
#H 二、存在的困难和问题
一是部分传统制造行业需求不足，企业经营压力较大；二是重大创新平台数量偏少，关键核心技术攻关能力不强；三是土地、能耗等要素保障压力加大，部分重大项目落地受限；四是公共服务配套与人口快速增长不相适应。
#H 三、2024年工作安排
2024年新区发展的主要预期目标是：地区生产总值增长7%左右，规上工业总产值增长8%，固定资产投资增长8%，一般公共预算收入增长5%以上。重点抓好以下工作：
一是实施产业链提升行动，力争集成电路产业规模突破700亿元，培育新能源产业千亿级集群；二是实施重大项目攻坚行动，全年实施重大项目220个以上、完成投资600亿元以上；三是实施科技创新策源行动，新建省级以上创新平台25个，新增高新技术企业300家；四是实施开放提升行动，全年实际使用外资增长5%以上；五是实施民生实事工程，新增学位1万个以上，推进新区体育中心等项目建设。
#B
#R 璟湾新区党工委办公室  管委会办公室
""", G("slogan-style main headline with a subtitle line naming the park and year (——璟湾新区2023年工作总结); annual summary with next-year plan; '（定稿）' in file name",
       "凝心聚力促发展 砥砺奋进谱新篇", [P_JINGWAN], 2023, [1, 12]),
    footer_page="— {n} —", docx_title="2023年工作总结")


P_QISHAN = ["锜山经济技术开发区", "锜山经开区"]
add("经济运行分析_v2(修改稿).docx", "docx", """
#L 锜山经济技术开发区经济发展局
#B
#T 上半年经济运行分析
#C （2023年7月）
#B
上半年，经开区坚持稳字当头、稳中求进，全力以赴拼经济、抓项目、优服务，经济运行总体呈现恢复向好态势，但内生动力仍然偏弱，部分指标未达时序进度。【修改：第一段请压缩，突出主要结论——王】
#H 一、主要指标运行情况
1.工业生产。上半年，全区规上工业企业实现总产值357.8亿元，同比增长6.4%，低于年初目标1.6个百分点；规上工业增加值增长5.9%。其中，钢材深加工行业产值138.6亿元，增长3.1%；新能源电池材料行业产值96.4亿元，增长15.7%；机械装备行业产值71.3亿元，增长4.8%。【数据待统计局6月快报核实后更新】
2.固定资产投资。上半年，完成固定资产投资89.6亿元，增长9.2%，其中工业投资58.3亿元，增长12.7%。41个市级重点项目完成投资52.4亿元，完成年度计划的48.9%，略低于时序进度。
3.招商引资。上半年，新签约亿元以上项目33个，协议投资228.5亿元；新开工亿元以上项目21个；实际到位市外资金81.7亿元，增长10.3%。
4.外贸外资。上半年，实现外贸进出口总额58.3亿元，下降3.7%，其中出口41.6亿元，下降1.9%；实际使用外资5280万美元，增长6.6%。
5.财政收入。上半年，完成一般公共预算收入17.9亿元，增长4.2%，其中税收收入14.6亿元，增长2.8%。
#H 二、存在的主要问题
一是工业增长动力不足。钢材深加工行业受下游房地产需求减弱影响，订单下降，行业产值增速比一季度回落2.4个百分点。二是外贸持续承压。欧美市场需求疲软，机械装备出口订单减少，外贸进出口连续4个月负增长。三是项目投资接续不足。新开工项目中10亿元以上项目仅有3个，下半年投资增长压力较大。四是企业效益下滑。1—5月规上工业企业利润总额下降8.6%，亏损面达到21.3%。
#H 三、下半年工作建议
（一）全力稳住工业基本盘。对产值前100位企业实行“一企一策”服务，支持钢材企业调整产品结构、开拓新市场；推动新能源电池材料在建项目尽快投产，力争下半年新增产值30亿元以上。
（二）加快项目建设进度。对进度滞后的重点项目开展专项督导，协调解决用地、资金、审批等问题，确保全年完成投资计划。
（三）多措并举稳外贸。组织企业参加境外展会20场次以上，帮助企业开拓“一带一路”沿线市场；用好出口信用保险，降低企业收汇风险。
（四）强化要素保障。用好政策性开发性金融工具，帮助企业对接融资需求；盘活闲置低效用地500亩以上。
#B
#R 经济发展局  统计科
""", G("draft with revision notes ('v2(修改稿)' file name, 【修改…】 comments); park only in the issuing-body line above a generic headline; date line '（2023年7月）' under the headline",
       "上半年经济运行分析", [P_QISHAN], 2023, [1, 6]),
    author="jjfzj-tjk", header="内部资料 请勿外传", footer_page="- {n} -")

P_HONGCHUAN = ["黉川高新技术产业开发区", "黉川高新区"]
add("新闻稿-签约.docx", "docx", """
#L 黉川高新区融媒体中心  2021-03-26
#B
#T 黉川高新区与9家企业集中签约 协议总投资58.6亿元
#B
3月25日下午，黉川高新区重点产业项目集中签约仪式在高新区科创会客厅举行，9个项目现场签约，协议总投资58.6亿元，涵盖新一代信息技术、高端装备制造、生物医药等领域。
此次签约的项目呈现出“体量大、质量优、科技含量高”的特点。其中，投资额10亿元以上项目2个，5亿元以上项目5个。投资16亿元的光学镜头模组生产基地项目，将建设自动化镜头模组生产线20条，建成后可年产车载及安防镜头模组3000万套，预计年产值25亿元；投资12亿元的高端医用耗材产业化项目，将建设研发中心和洁净生产车间，主要生产介入类医疗耗材；投资8.5亿元的工业机器人减速器项目，将填补高新区在机器人核心零部件领域的空白。
签约仪式上，高新区管委会主任阙念安介绍了高新区的产业基础、发展规划和营商环境。他表示，高新区将为签约企业提供“全周期、保姆式”服务，组建项目服务专班，实行“一个项目、一名领导、一个团队”跟踪服务，推动项目早落地、早开工、早投产。
企业代表在发言中表示，高新区产业链配套完善、人才资源丰富、政务服务高效，是企业投资兴业的理想之地。企业将加快推进项目建设，争取早日建成投产，为高新区高质量发展贡献力量。
近年来，黉川高新区坚持把招商引资作为经济工作的生命线，围绕主导产业绘制产业链招商图谱，组建6个产业招商专班，深入开展驻点招商、以商招商和基金招商，一批优质项目相继落户。此次集中签约，是高新区开展“招商引资攻坚年”活动的重要成果。
据了解，签约仪式后，高新区相关部门随即与签约企业召开项目对接会，就项目用地、厂房建设、人才招聘等事项进行了逐一对接，明确了各项目注册落地、开工建设的时间节点。
#B
#L （记者 蔺书禾  通讯员 柯野）
#L 责任编辑：鄢洛
""", G("press release on one signing ceremony; agency line with a numeric date above the headline",
       "黉川高新区与9家企业集中签约 协议总投资58.6亿元", [P_HONGCHUAN], 2021, None))


P_ZHICHUAN = ["滍川经济开发区", "滍川开发区", "滍川经开区"]
add("滍川开发区2022年工作总结和2023年工作打算.docx", "docx", """
#T 滍川经济开发区2022年工作总结和2023年工作打算
#B
2022年，开发区坚持“对标先进、奋力赶超”，以洑阳经开区等先进园区为标杆，在项目建设、招商引资、体制改革等方面学经验、找差距、补短板，各项工作取得明显进步。
#H 一、2022年工作总结
（一）主要指标稳步增长。全年实现规上工业总产值226.8亿元，增长10.6%；完成固定资产投资71.4亿元，增长13.2%；实现税收收入9.7亿元，增长7.8%；实际到位市外资金58.3亿元，增长15.4%。与洑阳经开区相比，规上工业产值增速高出1.2个百分点，但总量仍只有其45%左右，亩均税收不足其六成。
（二）对标学习成效初显。年内组织班子成员和业务骨干赴洑阳经开区考察学习3次，借鉴其“标准地+承诺制”改革经验，出台了开发区工业项目“拿地即开工”实施办法，全年出让“标准地”9宗、562亩，项目平均开工时间由原来的5个月缩短至2个月。学习洑阳经开区“园中园”开发模式，与国有平台公司合作建设中小企业产业园一期，新建标准厂房8.6万平方米。
（三）招商引资量质齐升。全年新签约亿元以上项目27个，协议投资163.2亿元，其中10亿元以上项目4个。引进的铝基新材料项目是近五年来开发区引进的最大工业项目。
（四）产业集群加快培育。铝基新材料、农机装备两大主导产业实现产值148.5亿元，占规上工业的65.5%。新增规上工业企业14家，新认定高新技术企业11家。
（五）基础设施不断完善。新建改造园区道路7.2公里，建成污水处理厂提标改造工程，实现园区集中供热全覆盖。
#H 二、存在的差距和不足
对照洑阳经开区等先进园区，开发区在以下方面差距明显：一是产业规模偏小，缺少产值50亿元以上的龙头企业，而洑阳经开区已有此类企业4家；二是亩均效益偏低，亩均税收仅为11.3万元；三是创新能力不强，省级以上研发平台仅9个；四是体制机制不够灵活，市场化运营水平不高。
#H 三、2023年工作打算
2023年主要目标：规上工业总产值增长12%以上，固定资产投资增长10%以上，税收收入增长8%以上，新签约亿元以上项目30个以上。
（一）持续对标赶超。建立与洑阳经开区的常态化交流机制，在招商队伍建设、企业服务、园区运营等方面开展结对学习，力争亩均税收提高到13万元以上。
（二）强化项目支撑。实施重点项目45个，完成投资80亿元以上，推动铝基新材料项目一期年内投产。
（三）壮大主导产业。围绕铝基新材料产业延链补链，引进铝箔、铝型材深加工等配套项目10个以上；推动农机装备产业向智能化升级。
（四）深化改革创新。推行“管委会+公司”运营模式，实行全员聘任制和绩效工资制度，激发干部干事创业活力。
#B
#R 滍川经济开发区管理委员会
#R 2023年1月9日
""", G("annual summary with next-year plan that benchmarks itself against another park (洑阳经开区) many times; only 滍川 is the report's park",
       "滍川经济开发区2022年工作总结和2023年工作打算", [P_ZHICHUAN], 2022, [1, 12]),
    heading_style="Heading 2", footer_page="{n}")


P_HUILING = ["翚岭高新技术产业开发区", "翚岭高新区"]
add("investment_bulletin_Dec.docx", "docx", """
#RED 招商引资月报
#C 2022年第12期（总第60期）
#L 翚岭高新区投资促进局                                    2023年1月6日
#LINE
#T 十二月份招商引资工作情况通报
#B
十二月份，全局上下克服疫情防控政策调整期间人员流动受限等困难，坚持线上线下相结合，全力冲刺年度目标，招商引资工作保持稳定。
#H 一、本月主要情况
（一）项目签约。十二月份，新签约项目8个，协议投资37.9亿元。其中，新一代信息技术项目3个、协议投资21.4亿元；高端装备项目3个、协议投资11.2亿元；现代服务业项目2个、协议投资5.3亿元。签约的柔性电路板项目协议投资12.6亿元，为当月最大项目。
（二）项目落地。十二月份，新注册项目6个，新开工项目4个，新投产项目3个；当月实际到位资金9.84亿元，实际使用外资860万美元。
（三）招商活动。十二月份，组织线上推介会2场、驻点招商小分队外出拜访企业23家，接待来访客商11批次。全年累计签约亿元以上项目数完成年度目标。
#H 二、各招商专班完成情况
|专班|签约项目（个）|协议投资（亿元）|到位资金（亿元）|外出拜访（家）|
|电子信息专班|3|21.4|4.12|9|
|装备制造专班|3|11.2|3.56|8|
|现代服务专班|2|5.3|2.16|6|
|合计|8|37.9|9.84|23|
#H 三、存在的问题
一是受人员流动和企业决策周期影响，部分在谈项目签约时间推迟至明年一季度；二是外资项目储备偏少，外资到位主要依靠存量企业增资；三是个别签约项目注册落地进度慢，需加强跟踪服务；四是招商人员力量不足，部分专班同时承担项目服务和招商任务，外出招商频次受到影响。
#H 四、下月工作安排
一是围绕一季度“开门红”，提前谋划春节前后集中签约活动，力争1月份签约亿元以上项目5个以上；二是制定明年招商引资工作方案和专班任务清单；三是对今年签约未开工的项目建立台账，逐一明确开工时间；四是完善招商考核办法，将项目开工率、投产率纳入专班考核，推动招商工作由重签约向重落地转变。
#LINE
#L 报：工委、管委会领导
#L 发：各招商专班，局属各科室
""", G("monthly bulletin with masthead (2022年第12期, compiled 2023年1月6日) and English file name; month written 十二月份",
       "十二月份招商引资工作情况通报", [P_HUILING], 2022, [12, 12]))

# ===========================================================================
# MARKDOWN DOCUMENTS
# ===========================================================================

P_ZIHU = ["訾湖高新技术产业开发区", "訾湖高新区"]
add("notes/訾湖高新区1—8月经济运行.md", "text", """
# 訾湖高新区2021年1—8月经济运行情况

> 摘自管委会官网“数据发布”栏目，发布于 2021-09-16。原链接后来打不开了，以下为整理稿，表格是我自己汇总的。

## 一、总体情况

1—8月，訾湖高新区坚持稳增长与调结构并重，经济运行延续稳中向好态势，主要指标两年平均增速基本回到正常水平。

| 指标 | 1—8月 | 同比增长 | 两年平均增长 |
|---|---|---|---|
| 规上工业总产值（亿元） | 264.9 | 16.3% | 9.4% |
| 固定资产投资（亿元） | 83.2 | 12.8% | 8.1% |
| 工业投资（亿元） | 47.6 | 19.5% | 11.2% |
| 外贸进出口（亿元） | 61.7 | 22.4% | 10.6% |
| 一般公共预算收入（亿元） | 15.3 | 13.1% | 6.7% |

## 二、分项情况

**工业**：规上工业总产值264.9亿元，增长16.3%。生物医药产业产值71.4亿元，增长24.6%，疫苗原液和诊断试剂订单饱满；新材料产业产值88.2亿元，增长14.1%；智能装备产业产值53.7亿元，增长12.9%。8月当月产值34.8亿元，增速回落至9.7%，主要是上年同期基数抬高。

**投资**：固定资产投资83.2亿元，增长12.8%。32个省市重点项目完成投资51.6亿元，完成年度计划的69.3%；新开工亿元以上项目18个。

**招商**：新签约亿元以上项目29个，协议投资176.4亿元；实际到位市外资金52.3亿元，增长14.7%。

**外贸**：进出口61.7亿元，增长22.4%，其中医药产品出口增长37.8%。

**财税**：一般公共预算收入15.3亿元，增长13.1%，税收占比83.2%。

## 三、问题（原文要点）

- 大宗原材料价格上涨，新材料企业成本压力加大；
- 部分重点项目受汛期影响施工进度滞后；
- 用工紧张，技术工人缺口约1800人。

## 四、下步措施（原文要点）

原文提出，下一步高新区将聚焦全年目标，开展“奋战四个月、全面超目标”行动：一是对重点企业实行“一企一策”帮扶，协调解决原材料采购和物流运输问题；二是抢抓汛期过后施工黄金期，推动重点项目加快建设，确保新开工项目尽早入统；三是举办专场招聘会，联合职业院校开展订单式培养，缓解企业用工压力。

## 我的备注

- 8月单月增速明显回落，写月报时注意和7月对比口径。
- 原文“两年平均增长”一栏只给了五项，其他指标没有。
- 待办：对照全年目标算一下完成进度，再和上半年的数据放在一起看看趋势。
""", G("personal Markdown note in a notes/ folder: H1 headline, quote line with source and publication date, own table and remarks",
       "訾湖高新区2021年1—8月经济运行情况", [P_ZIHU], 2021, [1, 8]))


P_GAOZHI = ["郜沚经济技术开发区", "郜沚经开区"]
add("招商进展.md", "text", """
---
title: 1-5月招商工作进展
tags: [郜沚经开区, 招商, 周会素材]
status: draft
---

# 1-5月招商工作进展

今年1-5月，郜沚经开区紧盯全年招商任务，坚持“大员上阵、专班推进”，招商引资总体进度符合预期，部分指标超过时序进度。

## 主要数据

- 新签约项目：38个，协议投资196.7亿元，完成全年目标的44.2%（时序进度41.7%）
- 其中亿元以上项目：31个；10亿元以上项目：5个
- 新注册落地项目：24个；新开工项目：17个
- 实际到位市外资金：63.8亿元，同比增长12.6%
- 实际使用外资：2730万美元，完成全年目标的39.0%（略低于时序）

## 分产业情况

1. **新能源**：签约项目12个，协议投资94.3亿元，是占比最大的领域。其中储能系统集成项目协议投资28亿元，已完成注册。
2. **汽车零部件**：签约项目10个，协议投资47.6亿元；围绕区内整车企业引进一级供应商4家。
3. **新材料**：签约项目7个，协议投资31.2亿元。
4. **现代服务业**：签约项目9个，协议投资23.6亿元，主要是物流和研发设计类项目。

## 存在问题

- 外资进度偏慢，在谈的两个外资项目受境外母公司决策周期影响，签约可能推迟；
- 签约项目中单体投资1亿元以下项目仍有7个，需要提高准入门槛；
- 部分项目土地指标尚未落实，影响开工；
- 招商专班之间信息共享不够，出现过同一客商被多个专班重复对接的情况；
- 项目签约后的跟踪服务仍偏重审批环节，对企业招工、融资等需求响应不够及时。

## 下步打算

1. 6月份组织赴长三角专题招商活动，力争签约10亿元以上项目2个；
2. 对已签约未注册的14个项目逐一督办，6月底前完成注册不少于8个；
3. 与自然资源部门对接，优先保障已签约重点项目用地；
4. 加强外资招引，用好外资企业增资扩股政策，确保上半年外资完成进度达到45%以上；
5. 完善项目评估机制，对拟签约项目从投资强度、亩均税收、能耗水平等方面开展联合预审，提高签约项目质量。

> 备注：数据来自招商局内部台账，尚未与统计部门核对，仅供周会讨论使用。
""", G("Markdown with YAML front matter (title, tags) and an H1 equal to it; relative time only ('今年1-5月'), no date anywhere",
       "1-5月招商工作进展", [P_GAOZHI], None, [1, 5]))


P_YICHUAN_SW = ["祎川生物医药产业园", "祎川产业园"]
add("签约仪式记录.md", "text", """
## 祎川产业园签约3个生物医药项目 总投资21.4亿元

*2023-06-09 · 祎川生物医药产业园管委会 · 园区新闻*

6月8日，祎川生物医药产业园举行生物医药项目签约仪式，创新药制剂生产基地、细胞治疗研发中心和医疗器械产业化3个项目集中签约，总投资21.4亿元。

**项目情况**

- 创新药制剂生产基地项目：总投资11.5亿元，建设口服固体制剂和注射剂生产线，达产后预计年产值18亿元；
- 细胞治疗研发中心项目：总投资4.6亿元，建设细胞制备中心和质量检测平台，计划引进研发人员150人；
- 医疗器械产业化项目：总投资5.3亿元，主要生产微创手术器械和一次性医用耗材。

签约仪式上，产业园管委会主任冼望舒表示，产业园将成立项目服务专班，提供从注册登记、规划审批到药品上市许可的全流程帮办服务，全力推动项目早开工、早投产。

项目方代表表示，祎川产业园生物医药产业链条完整，公共服务平台齐全，特别是园区建设的GMP标准厂房和公共实验平台，可以大大缩短企业的建设周期。选择在这里投资，是看中了园区的产业生态和服务效率。

近年来，祎川生物医药产业园围绕创新药、高端医疗器械、生物制品三大方向，建设了药物安全评价中心、医疗器械检验检测平台等公共服务设施，累计引进生物医药企业160余家，其中高新技术企业52家。园区正加快打造集研发、中试、生产、流通于一体的生物医药产业集群。

据介绍，今年以来产业园已举办专题招商活动5场，在谈生物医药项目20余个，其中有望近期签约的项目7个。产业园将继续聚焦产业链关键环节精准招商，力争年内再引进亿元以上项目10个。

活动现场，产业园还为首批“创新药孵化计划”入选的6家初创企业授牌，并与两所医科院校签订了人才培养合作协议。

（图文：园区融媒体工作室）

[返回列表](../index.md) | [打印](#)
""", G("Markdown press release on one signing event: H2 headline, italic date/source line, link line at the end",
       "祎川产业园签约3个生物医药项目 总投资21.4亿元", [P_YICHUAN_SW], 2023, None))


# ===========================================================================
# main
# ===========================================================================

def cjk_count(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def main():
    seen = set()
    gold = []
    for d in DOCS:
        assert d["file"] not in seen, d["file"]
        seen.add(d["file"])
        path = os.path.join(HERE, *d["file"].split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if d["kind"] == "text":
            write_text(path, d["body"], d["opt"])
        elif d["kind"] == "pdf":
            write_pdf(path, d["body"], d["opt"])
        elif d["kind"] == "docx":
            write_docx(path, d["body"], d["opt"])
        else:
            raise ValueError(d["kind"])
        g = dict(file=d["file"])
        g.update(d["gold"])
        gold.append(g)
        n = cjk_count(d["body"])
        if "-q" not in sys.argv:
            print("%-48s %5d CJK" % (d["file"], n))
        if not 600 <= n <= 2500:
            print("  WARNING: %s: %d CJK characters, out of range" % (d["file"], n), file=sys.stderr)
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(g, ensure_ascii=False) for g in gold) + "\n]\n")
    print("%d documents, gold.json written" % len(gold))


if __name__ == "__main__":
    main()
