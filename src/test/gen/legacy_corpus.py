#!/usr/bin/env python3
"""Writes the invented legacy-report inputs under src/test/resources/legacy/import/<case>/.

Every agency, sentence and number here is invented; the layouts copy the quirks of real published
reports (web scrape one cell per line, pipe rows, PDF-style tab rows with broken labels, HTML tables
with rowspan/colspan, Markdown, the 2019 trial format). Run from the project root:
    python3 src/test/gen/legacy_corpus.py
The .docx case is written by nianbao.legacy.DocxCorpusGenerator (POI) and the .pdf case is that docx
converted by LibreOffice (see src/test/resources/legacy/import/README.md).
"""
import os

ROOT = os.path.join("src", "test", "resources", "legacy", "import")

T3_ROWS = [
    ("new", "一、本年新收政府信息公开申请数量", None, None),
    ("carried", "二、上年结转政府信息公开申请数量", None, None),
    ("granted", "（一）予以公开", "三、本年度办理结果", None),
    ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "三、本年度办理结果", None),
    ("denied_secret", "1.属于国家秘密", "三、本年度办理结果", "（三）不予公开"),
    ("denied_law", "2.其他法律行政法规禁止公开", "三、本年度办理结果", "（三）不予公开"),
    ("denied_safety", "3.危及“三安全一稳定”", "三、本年度办理结果", "（三）不予公开"),
    ("denied_third_party", "4.保护第三方合法权益", "三、本年度办理结果", "（三）不予公开"),
    ("denied_internal", "5.属于三类内部事务信息", "三、本年度办理结果", "（三）不予公开"),
    ("denied_process", "6.属于四类过程性信息", "三、本年度办理结果", "（三）不予公开"),
    ("denied_enforcement", "7.属于行政执法案卷", "三、本年度办理结果", "（三）不予公开"),
    ("denied_inquiry", "8.属于行政查询事项", "三、本年度办理结果", "（三）不予公开"),
    ("unable_not_held", "1.本机关不掌握相关政府信息", "三、本年度办理结果", "（四）无法提供"),
    ("unable_create", "2.没有现成信息需要另行制作", "三、本年度办理结果", "（四）无法提供"),
    ("unable_unclear", "3.补正后申请内容仍不明确", "三、本年度办理结果", "（四）无法提供"),
    ("declined_complaint", "1.信访举报投诉类申请", "三、本年度办理结果", "（五）不予处理"),
    ("declined_repeat", "2.重复申请", "三、本年度办理结果", "（五）不予处理"),
    ("declined_publication", "3.要求提供公开出版物", "三、本年度办理结果", "（五）不予处理"),
    ("declined_excessive", "4.无正当理由大量反复申请", "三、本年度办理结果", "（五）不予处理"),
    ("declined_confirm", "5.要求行政机关确认或重新出具已获取信息", "三、本年度办理结果", "（五）不予处理"),
    ("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "三、本年度办理结果", "（六）其他处理"),
    ("other_no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "三、本年度办理结果", "（六）其他处理"),
    ("other_other", "3.其他", "三、本年度办理结果", "（六）其他处理"),
    ("total", "（七）总计", "三、本年度办理结果", None),
    ("carry_over", "四、结转下年度继续办理", None, None),
]
T3_COLS = ["natural", "commercial", "research", "social", "legal", "other", "total"]
T4_COLS = ["upheld", "corrected", "other", "pending", "total"]


def t3(counts):
    """counts: {row: [natural, commercial, research, social, legal, other]} for new, carried and result rows.
    Returns every row with its total column, the 总计 row and the carry-over row, all consistent."""
    rows = {}
    for key, *_ in T3_ROWS:
        if key in ("total", "carry_over"):
            continue
        six = counts.get(key, [0] * 6)
        rows[key] = six + [sum(six)]
    result_keys = [k for k, *_ in T3_ROWS if k not in ("new", "carried", "total", "carry_over")]
    rows["total"] = [sum(rows[k][c] for k in result_keys) for c in range(7)]
    rows["carry_over"] = [rows["new"][c] + rows["carried"][c] - rows["total"][c] for c in range(7)]
    assert all(v >= 0 for v in rows["carry_over"]), rows["carry_over"]
    return rows


def t4(review, direct, after):
    out = []
    for g in (review, direct, after):
        out += g + [sum(g)]
    return out


def write(case, name, text, encoding="utf-8", bom=False):
    d = os.path.join(ROOT, case)
    os.makedirs(d, exist_ok=True)
    data = text.encode(encoding)
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def t2_rows(t2):
    """The table-2 rows as lists of cells (caption rows are one cell)."""
    return [
        ["第二十条第（一）项"],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章"] + [str(x) for x in t2["rules"]],
        ["行政规范性文件"] + [str(x) for x in t2["normative"]],
        ["第二十条第（五）项"],
        ["信息内容", "本年处理决定数量"],
        ["行政许可", str(t2["licensing"])],
        ["第二十条第（六）项"],
        ["信息内容", "本年处理决定数量"],
        ["行政处罚", str(t2["punishment"])],
        ["行政强制", str(t2["coercion"])],
        ["第二十条第（八）项"],
        ["信息内容", "本年收费金额（单位：万元）"],
        ["行政事业性收费", t2["fees"]],
    ]


def t3_rows(rows, group_once=True, sub_once=True):
    """Table-3 rows as cells: header rows then one row per matrix row with its label cells."""
    out = [
        ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
        ["自然人", "法人或其他组织", "总计"],
        ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
    ]
    seen_group, seen_sub = set(), set()
    for key, label, group, sub in T3_ROWS:
        cells = []
        if group:
            cells.append(group if (group not in seen_group or not group_once) else "")
            seen_group.add(group)
        if sub:
            cells.append(sub if (sub not in seen_sub or not sub_once) else "")
            seen_sub.add(sub)
        cells.append(label)
        out.append(cells + [str(v) for v in rows[key]])
    return out


T4_HEADER = [
    ["行政复议", "行政诉讼"],
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
]

# ---------------------------------------------------------------------------------------------
# A. GBK web scrape, one cell per line with blank lines between, chrome around the report.
A_T2 = {"rules": [0, 0, 0], "normative": [1, 0, 6], "licensing": 2316, "punishment": 41, "coercion": 3, "fees": "0"}
A_T3 = t3({"new": [9, 2, 0, 1, 0, 0], "carried": [1, 0, 0, 0, 0, 0], "granted": [5, 1, 0, 1, 0, 0],
           "partial": [1, 0, 0, 0, 0, 0], "denied_third_party": [1, 0, 0, 0, 0, 0],
           "unable_not_held": [2, 1, 0, 0, 0, 0]})
A_T4 = t4([1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0])


def case_a():
    lines = [
        "白沙县交通运输局",
        "当前位置: 白沙县人民政府>政务公开>政府信息公开年报",
        "白沙县交通运输局2025年政府信息公开工作年度报告",
        "发布日期:2026-01-12 09:30:00",
        "一、总体情况",
        "(一)主动公开情况。2025年，我局通过县政府门户网站交通专栏主动公开各类信息183条，其中政策文件及解读12条、重点项目建设信息37条、行政许可和行政处罚结果公示104条。",
        "(二)依申请公开情况。2025年共收到政府信息公开申请12件，上年结转1件，已按期答复12件，结转下年度继续办理1件。",
        "(三)政府信息管理情况。严格执行信息发布审核制度，明确办公室专人负责公开前的保密审查，全年未发生失泄密事件。",
        "(四)平台建设情况。以县政府门户网站为第一平台，同步运营“白沙交通”微信公众号，全年发布出行提示和政策解读文章246篇。",
        "(五)监督保障情况。将政务公开纳入局机关年度目标考核，组织业务培训2次。本年度未发生因政府信息公开工作引起的责任追究情况。",
        "二、主动公开政府信息情况",
    ]
    for row in t2_rows(A_T2):
        lines += row
    lines.append("三、收到和处理政府信息公开申请情况")
    for row in t3_rows(A_T3):
        lines += [c for c in row if c != ""]
    lines.append("四、政府信息公开行政复议、行政诉讼情况")
    for row in T4_HEADER:
        lines += row
    lines += [str(v) for v in A_T4]
    lines += [
        "五、存在的主要问题及改进情况",
        "2025年我局政府信息公开工作取得一定成效，但仍存在政策解读形式较为单一、基层站所信息报送不够及时等问题。",
        "下一步，我局将丰富图解、短视频等解读形式，建立信息报送月通报制度，确保公开内容及时准确。",
        "六、其他需要报告的事项",
        "本机关2025年未收取信息处理费。无其他需要报告的事项。",
        "扫一扫在手机打开当前页",
        "分享文章到",
        "国务院部门网站",
        "主办:白沙县人民政府办公室",
        "版权所有:白沙县人民政府",
        "琼公网安备 46903002000011号",
    ]
    write("gbk-web-cells", "input.txt", "\n\n".join(lines) + "\n", encoding="gb18030")


# ---------------------------------------------------------------------------------------------
# B. UTF-16 (with BOM), pipe-separated rows, agency on the line before the year, preamble, footer.
B_T2 = {"rules": [0, 0, 0], "normative": [0, 1, 4], "licensing": 312, "punishment": 6, "coercion": 0, "fees": "0"}
B_T3 = t3({"new": [3, 0, 0, 0, 0, 1], "granted": [2, 0, 0, 0, 0, 1], "declined_repeat": [1, 0, 0, 0, 0, 0]})
B_T4 = t4([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])


def pipe(cells, width):
    cells = cells + [""] * (width - len(cells))
    return " | ".join(cells) + " |"


def case_b():
    lines = [
        "松林区教育局",
        "2025年政府信息公开工作年度报告",
        "本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由松林区教育局编制。本年度报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。如对本报告有任何疑问，请与松林区教育局办公室联系（电话：0412-5551234）。",
        "一、总体情况",
        "松林区教育局高度重视政府信息公开工作，围绕教育民生热点，全面推进决策、执行、管理、服务、结果公开。",
        "(一)主动公开情况",
        "一是及时公开招生入学政策。全年发布义务教育招生政策及解读9条。",
        "二是公开教育收费标准。按学段公开收费项目和标准，接受社会监督。",
        "(二)依申请公开情况",
        "2025年共收到政府信息公开申请4件，均已按期答复办结。",
        "(三)政府信息管理情况",
        "落实“三审三校”制度，对拟公开信息逐条进行保密审查。",
        "(四)政府信息公开平台建设情况",
        "依托区政府门户网站教育专栏，按时更新通知公告、招生考试等栏目。",
        "(五)监督保障情况",
        "将信息公开工作纳入局机关绩效考核，明确各科室信息联络员。",
        "二、主动公开政府信息情况",
    ]
    for row in t2_rows(B_T2):
        lines.append(pipe(row, 4))
    lines.append("三、收到和处理政府信息公开申请情况")
    for row in t3_rows(B_T3):
        lines.append(pipe(row, 10))
    lines.append("四、政府信息公开行政复议、行政诉讼情况")
    for row in T4_HEADER:
        lines.append(pipe(row, 15))
    lines.append(pipe([str(v) for v in B_T4], 15))
    lines += [
        "五、存在的主要问题及改进情况",
        "主要问题：部分栏目更新不够及时，政策解读的针对性有待加强。",
        "改进情况：建立栏目维护责任清单，每月检查一次更新情况；围绕招生入学等热点增加问答式解读。",
        "六、其他需要报告的事项",
        "(一)收费情况",
        "本年度没有产生信息处理费。",
        "(二)落实上级年度政务公开工作要点情况",
        "已按要点逐项落实。",
        "",
        "",
        "辽公网安备",
        "21010202000123号",
    ]
    d = os.path.join(ROOT, "utf16-pipes")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "input.txt"), "wb") as f:
        f.write(b"\xff\xfe" + "\r\n".join(lines).encode("utf-16-le"))


# ---------------------------------------------------------------------------------------------
# C. UTF-8 with BOM, PDF-style: title broken, bullets "- ", spaces, tabs, page numbers.
C_T2 = {"rules": [0, 0, 0], "normative": [0, 0, 2], "licensing": 158, "punishment": 12, "coercion": 0, "fees": "0"}
C_T3 = t3({"new": [2, 0, 0, 0, 0, 0], "granted": [1, 0, 0, 0, 0, 0], "unable_not_held": [1, 0, 0, 0, 0, 0]})
C_T4 = t4([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])


def case_c():
    lines = [
        "东湖区文化和旅游局 2024 年政府信息公开工作年 度报告",
        "",
        "一、总体情况",
        "",
        "2024年, 东湖区文化和旅游局在区委、区政府的正确领导下, 依法全面履行文化旅游部门职能, 不断提高政务公开工作透明度。",
        "",
        "- (一)主动公开情况。2024年,我局围绕文化惠民、旅游市场监管等重点领域,主动公开各类信息 216 条。",
        "- (二)依申请公开情况。全年收到政府信息公开申请 2 件,均在法定期限内答复。",
        "- (三)政府信息管理情况。一是完善信息审核发布机制。二是及时调整主动公开目录。",
        "- (四)政府信息公开平台建设情况。将区政府门户网站作为第一平台,落实专人负责栏目维护。",
        "- (五)监督保障情况。我局主要领导高度重视政务公开工作,设置专人负责,全年未发生责任追究情况。",
        "",
        "二、主动公开政府信息情况",
        "",
    ]
    for row in t2_rows(C_T2):
        lines.append("\t".join(row) + "\t" * (10 - len(row)))
    lines += ["", "三、收到和处理政府信息公开申请情况", ""]
    for row in t3_rows(C_T3):
        lines.append("\t".join(row) + "\t\t")
    lines += ["", "四、政府信息公开行政复议、行政诉讼情况", ""]
    for row in T4_HEADER:
        lines.append("\t".join(row))
    lines.append("\t".join(str(v) for v in C_T4))
    lines += [
        "",
        "五、存在的主要问题及改进情况",
        "",
        "- (一)存在问题: 政策解读形式有待进一步丰富,公开及时性仍需优化。",
        "- 3 -",
        "- (二)改进情况:一是丰富解读形式;二是加强栏目巡查,提高公开及时性。",
        "",
        "六、其他需要报告的事项",
        "",
        "我局严格按照《政府信息公开信息处理费管理办法》规定，2024年度未收取信息处理费。",
        "",
        "东湖区文化和旅游局",
        "2025年1月20日",
    ]
    write("utf8bom-tabs", "input.txt", "\n".join(lines) + "\n", bom=True)


# ---------------------------------------------------------------------------------------------
# D. HTML page (GB2312 declared, GBK bytes), real tables with rowspan/colspan, page chrome.
D_T2 = {"rules": [0, 0, 0], "normative": [2, 0, 11], "licensing": 57, "punishment": 8, "coercion": 1, "fees": "0"}
D_T3 = t3({"new": [5, 1, 0, 0, 0, 0], "carried": [0, 0, 0, 0, 0, 0], "granted": [3, 1, 0, 0, 0, 0],
           "partial": [1, 0, 0, 0, 0, 0], "unable_unclear": [1, 0, 0, 0, 0, 0]})
D_T4 = t4([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("“", "&ldquo;").replace("”", "&rdquo;")


def case_d():
    h = []
    h.append('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    h.append("<title>石桥镇人民政府2025年政府信息公开工作年度报告</title>")
    h.append("<style>td{border:1px solid #000}</style><script>var a='<p>不是正文</p>';</script></head><body>")
    h.append('<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>')
    h.append('<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 年度报告</div>')
    h.append("<h1>石桥镇人民政府2025年政府信息公开工作年度报告</h1>")
    h.append('<div class="info">发布时间：2026-01-20&nbsp;&nbsp;来源：石桥镇党政办 【打印本页】</div>')
    h.append("<div class=\"content\">")
    h.append("<p><strong>一、总体情况</strong></p>")
    h.append("<p>&nbsp;&nbsp;2025年，石桥镇坚持以公开为常态、不公开为例外，围绕乡村振兴、民生保障等重点工作做好政府信息公开。</p>")
    h.append("<p><strong>（一）主动公开情况</strong></p>")
    h.append("<p>全年通过镇政务公开专栏公开信息142条，其中惠农补贴公示38条、项目建设信息21条。</p>")
    h.append("<p><strong>（二）依申请公开情况</strong></p>")
    h.append("<p>全年收到政府信息公开申请6件，均已按期答复。</p>")
    h.append("<p><strong>（三）政府信息管理情况</strong></p>")
    h.append("<p>落实信息发布审核制度，明确党政办专人负责保密审查。<br>及时更新政府信息公开指南。</p>")
    h.append("<p><strong>（四）政府信息公开平台建设情况</strong></p>")
    h.append("<p>依托县政府门户网站乡镇专栏和村务公开栏，做到线上线下同步公开。</p>")
    h.append("<p><strong>（五）监督保障情况</strong></p>")
    h.append("<p>将政务公开纳入对村年度考核，全年组织培训1次，未发生责任追究情况。</p>")
    h.append("<p><strong>二、主动公开政府信息情况</strong></p>")
    h.append('<table border="1">')
    for row in t2_rows(D_T2):
        if len(row) == 1:
            h.append('<tr><td colspan="4">%s</td></tr>' % esc(row[0]))
        elif len(row) == 2:
            h.append('<tr><td>%s</td><td colspan="3">%s</td></tr>' % (esc(row[0]), esc(row[1])))
        else:
            h.append("<tr>" + "".join("<td>%s</td>" % esc(c) for c in row) + "</tr>")
    h.append("</table>")
    h.append("<p><strong>三、收到和处理政府信息公开申请情况</strong></p>")
    h.append('<table border="1">')
    h.append('<tr><td rowspan="3" colspan="3">%s</td><td colspan="7">申请人情况</td></tr>'
             % esc("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"))
    h.append('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
    h.append("<tr><td>商业企业</td><td>科研机构</td><td>社会公益<br>组织</td><td>法律服务机构</td><td>其他</td></tr>")
    seen_group, seen_sub = set(), set()
    spans = {"三、本年度办理结果": 22, "（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3}
    for key, label, group, sub in T3_ROWS:
        cells = ""
        if group is None:
            cells += '<td colspan="3">%s</td>' % esc(label)
        else:
            if group not in seen_group:
                cells += '<td rowspan="%d">%s</td>' % (spans[group], esc(group))
                seen_group.add(group)
            if sub is None:
                cells += '<td colspan="2">%s</td>' % esc(label)
            else:
                if sub not in seen_sub:
                    cells += '<td rowspan="%d">%s</td>' % (spans[sub], esc(sub))
                    seen_sub.add(sub)
                cells += "<td>%s</td>" % esc(label)
        cells += "".join("<td>%d</td>" % v for v in D_T3[key])
        h.append("<tr>" + cells + "</tr>")
    h.append("</table>")
    h.append("<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>")
    h.append('<table border="1">')
    h.append('<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>')
    h.append('<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td>'
             '<td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>')
    h.append("<tr>" + "".join("<td>%s</td>" % c for c in T4_HEADER[2][5:]) + "</tr>")
    h.append("<tr>" + "".join("<td>%d</td>" % v for v in D_T4) + "</tr>")
    h.append("</table>")
    h.append("<p><strong>五、存在的主要问题及改进情况</strong></p>")
    h.append("<p>一是村级公开内容不够规范；二是政策解读数量偏少。</p>")
    h.append("<p>下一步，我镇将制定村务公开规范清单，每季度至少发布一篇政策解读。</p>")
    h.append("<p><strong>六、其他需要报告的事项</strong></p>")
    h.append("<p>本机关2025年未收取信息处理费。</p>")
    h.append("</div>")
    h.append('<div class="foot"><p>主办：石桥县人民政府办公室　版权所有 &copy; 石桥县人民政府</p>'
             "<p>网站标识码：4305230001　湘ICP备05001234号</p><p>扫一扫在手机打开当前页</p></div>")
    h.append("</body></html>")
    write("html-table", "input.html", "\n".join(h) + "\n", encoding="gb18030")


# ---------------------------------------------------------------------------------------------
# G. Markdown: headings with #, tables with pipes and separator rows.
G_T2 = {"rules": [0, 0, 0], "normative": [3, 1, 15], "licensing": 4210, "punishment": 27, "coercion": 0, "fees": "0"}
G_T3 = t3({"new": [21, 3, 0, 0, 1, 0], "carried": [2, 0, 0, 0, 0, 0], "granted": [12, 2, 0, 0, 1, 0],
           "partial": [3, 0, 0, 0, 0, 0], "denied_process": [1, 0, 0, 0, 0, 0], "unable_not_held": [4, 1, 0, 0, 0, 0],
           "declined_complaint": [1, 0, 0, 0, 0, 0]})
G_T4 = t4([1, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0])


def md_table(rows, width):
    out = []
    for i, row in enumerate(rows):
        cells = row + [""] * (width - len(row))
        out.append("| " + " | ".join(cells) + " |")
        if i == 0:
            out.append("|" + "---|" * width)
    return out


def case_g():
    lines = [
        "# 柳城县人力资源和社会保障局2025年政府信息公开工作年度报告",
        "",
        "发布日期：2026-01-28",
        "",
        "## 一、总体情况",
        "",
        "2025年，柳城县人力资源和社会保障局围绕就业创业、社会保险、劳动关系等群众关心的领域，持续推进政府信息公开。",
        "",
        "### （一）主动公开情况",
        "",
        "全年主动公开各类信息327条，其中就业招聘信息142条、社保政策解读18条。",
        "",
        "### （二）依申请公开情况",
        "",
        "全年收到政府信息公开申请25件，上年结转2件。",
        "",
        "### （三）政府信息管理情况",
        "",
        "严格执行保密审查制度，全年清理过时信息56条。",
        "",
        "### （四）政府信息公开平台建设情况",
        "",
        "运营“柳城人社”微信公众号，全年发布信息408条。",
        "",
        "### （五）监督保障情况",
        "",
        "将政务公开纳入股室年度考核，未发生责任追究情况。",
        "",
        "## 二、主动公开政府信息情况",
        "",
    ]
    lines += md_table(t2_rows(G_T2), 4)
    lines += ["", "## 三、收到和处理政府信息公开申请情况", ""]
    lines += md_table(t3_rows(G_T3), 10)
    lines += ["", "## 四、政府信息公开行政复议、行政诉讼情况", ""]
    lines += md_table(T4_HEADER + [[str(v) for v in G_T4]], 15)
    lines += [
        "",
        "## 五、存在的主要问题及改进情况",
        "",
        "一是部分乡镇人社所信息报送不及时；二是政策解读的通俗性有待提高。",
        "",
        "下一步，我局将建立乡镇人社所信息报送通报制度，并推出“图说人社政策”专栏。",
        "",
        "## 六、其他需要报告的事项",
        "",
        "本机关2025年未收取信息处理费。",
    ]
    write("markdown", "input.md", "\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------
# H. The 2019 trial format (国办公开办函〔2019〕60号): its table 2 has other columns.
def case_h():
    lines = [
        "桃源县林业局2019年政府信息公开工作年度报告",
        "一、总体情况",
        "2019年，桃源县林业局认真贯彻新修订的《中华人民共和国政府信息公开条例》，做好林业政务公开。",
        "二、主动公开政府信息情况",
        "第二十条第（一）项",
        "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
        "规章\t0\t0\t0",
        "规范性文件\t1\t1\t7",
        "第二十条第（五）项",
        "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
        "行政许可\t12\t0\t86",
        "第二十条第（九）项",
        "信息内容\t采购项目数量\t采购总金额",
        "政府集中采购\t3\t45.6",
        "三、收到和处理政府信息公开申请情况",
        "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1",
        "（六）其他处理\t0\t0\t0\t0\t0\t0\t0",
        "（七）总计\t1\t0\t0\t0\t0\t0\t1",
        "四、政府信息公开行政复议、行政诉讼情况",
        "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
        "五、存在的主要问题及改进情况",
        "公开内容不够丰富。下一步将加强林业政策解读。",
        "六、其他需要报告的事项",
        "无。",
    ]
    write("format-2019", "input.txt", "\n".join(lines) + "\n")


if __name__ == "__main__":
    case_a()
    case_b()
    case_c()
    case_d()
    case_g()
    case_h()
