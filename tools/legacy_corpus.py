#!/usr/bin/env python3
"""Writes the legacy-statistics test corpus (src/test/resources/legacy/corpus/<case>/).

Each case is an INVENTED report (agency, sentences, numbers) rendered in one published layout
with its quirks. expected.json is written from the ground truth below, NOT from the parser:
"12" = read as printed, "~12" = inferred, "?" = missing. Provenance exceptions are listed per
case and were worked out by hand (see the comments). Run from the project root:
    python3 tools/legacy_corpus.py
"""
import json, os

ROOT = "src/test/resources/legacy/corpus"
T2_KEYS = ["rules.made", "rules.repealed", "rules.valid", "normative.made", "normative.repealed",
           "normative.valid", "licensing.decisions", "punishment.decisions", "coercion.decisions", "fees.amount"]
ROWS = ["new", "carried", "granted", "partial", "denied_secret", "denied_law", "denied_safety",
        "denied_third_party", "denied_internal", "denied_process", "denied_enforcement", "denied_inquiry",
        "unable_not_held", "unable_create", "unable_unclear", "declined_complaint", "declined_repeat",
        "declined_publication", "declined_excessive", "declined_confirm", "other_no_correction",
        "other_no_fee", "other_other", "total", "carry_over"]
RESULTS = ROWS[2:23]
COLS = ["natural", "commercial", "research", "social", "legal", "other", "total"]
GROUPS = ["review", "suit_direct", "suit_after_review"]
T4COLS = ["upheld", "corrected", "other", "pending", "total"]

LABEL = {
    "new": "一、本年新收政府信息公开申请数量", "carried": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开", "partial": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "denied_secret": "1.属于国家秘密", "denied_law": "2.其他法律行政法规禁止公开",
    "denied_safety": "3.危及“三安全一稳定”", "denied_third_party": "4.保护第三方合法权益",
    "denied_internal": "5.属于三类内部事务信息", "denied_process": "6.属于四类过程性信息",
    "denied_enforcement": "7.属于行政执法案卷", "denied_inquiry": "8.属于行政查询事项",
    "unable_not_held": "1.本机关不掌握相关政府信息", "unable_create": "2.没有现成信息需要另行制作",
    "unable_unclear": "3.补正后申请内容仍不明确", "declined_complaint": "1.信访举报投诉类申请",
    "declined_repeat": "2.重复申请", "declined_publication": "3.要求提供公开出版物",
    "declined_excessive": "4.无正当理由大量反复申请", "declined_confirm": "5.要求行政机关确认或重新出具已获取信息",
    "other_no_correction": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other_no_fee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other_other": "3.其他", "total": "（七）总计", "carry_over": "四、结转下年度继续办理",
}
SUB = {"denied_secret": "（三）不予公开", "unable_not_held": "（四）无法提供", "declined_complaint": "（五）不予处理",
       "other_no_correction": "（六）其他处理"}
GROUP = "三、本年度办理结果"
CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


def report(t2, results, carried, carry_over, t4):
    """A consistent report from the six applicant columns of each result row."""
    t3 = {}
    for r in RESULTS:
        parts = results.get(r, [0] * 6)
        t3[r] = parts + [sum(parts)]
    t3["total"] = [sum(t3[r][c] for r in RESULTS) for c in range(7)]
    t3["carried"] = carried + [sum(carried)]
    t3["carry_over"] = carry_over + [sum(carry_over)]
    t3["new"] = [t3["total"][c] + t3["carry_over"][c] - t3["carried"][c] for c in range(7)]
    assert all(v >= 0 for v in t3["new"])
    groups = [g + [sum(g)] for g in t4]
    return {"t2": t2, "t3": t3, "t4": [v for g in groups for v in g]}


def fmt(v):
    return ("%g" % v) if isinstance(v, float) else str(v)


def expected(rep, overrides=None, fmt_="2021", layout=None, notes=None):
    vals = {}
    for k, v in zip(T2_KEYS, rep["t2"]):
        vals["t2." + k] = fmt(v)
    for r in ROWS:
        for c, col in enumerate(COLS):
            vals["t3.%s.%s" % (r, col)] = fmt(rep["t3"][r][c])
    i = 0
    for g in GROUPS:
        for col in T4COLS:
            vals["t4.%s.%s" % (g, col)] = fmt(rep["t4"][i])
            i += 1
    for k, v in (overrides or {}).items():
        if v == "?":
            vals[k] = "?"
        elif v == "~":
            vals[k] = "~" + vals[k]
        else:
            vals[k] = v
    out = {"format": fmt_, "values": vals}
    if layout:
        out["layout"] = layout
    if notes:
        out["notesContain"] = notes
    return out


def t2_rows(rep):
    v = [fmt(x) for x in rep["t2"]]
    return [
        ("第二十条第（一）项", None), ("信息内容", ["本年制发件数", "本年废止件数", "现行有效件数"]),
        ("规章", v[0:3]), ("行政规范性文件", v[3:6]),
        ("第二十条第（五）项", None), ("信息内容", ["本年处理决定数量"]), ("行政许可", [v[6]]),
        ("第二十条第（六）项", None), ("信息内容", ["本年处理决定数量"]), ("行政处罚", [v[7]]), ("行政强制", [v[8]]),
        ("第二十条第（八）项", None), ("信息内容", ["本年收费金额（单位：万元）"]), ("行政事业性收费", [v[9]]),
    ]


def t3_lines(rep, sep, label=LABEL, drop=None, numbers=None):
    """表三 rows as [cells]; the subgroup label shares the first sub-row's line."""
    out = []
    for r in ROWS:
        cells = []
        if r == "granted":
            cells.append(GROUP)
        if r in SUB:
            cells.append(SUB[r])
        cells.append(label[r])
        nums = [fmt(x) for x in rep["t3"][r]]
        if numbers and r in numbers:
            nums = numbers[r]
        cells += nums
        out.append(cells)
    return out


NARR_HEAD = """一、总体情况
{agency}坚持以公开为常态、不公开为例外，全年围绕中心工作推进政务公开，2025年共发布各类信息{n}条。
（一）主动公开情况
通过门户网站公开机构职能、政策文件、行政执法等信息，办理行政许可事项{lic}项。
（二）依申请公开情况
全年收到政府信息公开申请{req}件，均在法定期限内答复。
（三）政府信息管理情况
严格执行信息发布审核制度。
（四）政府信息公开平台建设情况
持续优化门户网站栏目设置。
（五）监督保障情况
将政务公开纳入年度绩效考核。"""

NARR_TAIL = """五、存在的主要问题及改进情况
政策解读形式不够丰富，下一步将加强图解、视频解读。
六、其他需要报告的事项
本机关2025年未收取信息处理费。"""


def narrative_head(agency, rep):
    return NARR_HEAD.format(agency=agency, n=321, lic=rep["t2"][6], req=rep["t3"]["new"][6])


def t4_header_cells():
    return (["行政复议", "行政诉讼"],
            ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
            ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2)


def write(case, text, exp):
    d = os.path.join(ROOT, case)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "input.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")


def rows_text(rows, sep, trail=""):
    return "\n".join(sep.join(r) + trail for r in rows)


def tab_report(agency, rep, t3_header=None, label=LABEL, numbers=None, t3_extra=None):
    lines = [agency, "2025年政府信息公开工作年度报告", narrative_head(agency, rep), "二、主动公开政府信息情况"]
    for lab, cells in t2_rows(rep):
        lines.append("\t".join([lab] + (cells or [])))
    lines.append("三、收到和处理政府信息公开申请情况")
    lines += t3_header or [CORNER + "\t\t申请人情况", "\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
                           "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]
    for cells in t3_lines(rep, "\t", label=label, numbers=numbers):
        lines.append("\t".join(cells))
    lines.append("四、政府信息公开行政复议、行政诉讼情况")
    h1, h2, h3 = t4_header_cells()
    lines += ["\t".join(h1), "\t".join(h2), "\t\t\t\t\t" + "\t".join(h3), "\t".join(fmt(x) for x in rep["t4"])]
    lines.append(NARR_TAIL)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the reports (all invented)
A = report([1, 0, 6, 4, 2, 31, 1856, 243, 17, 12.5],
           {"granted": [18, 6, 1, 0, 2, 0], "partial": [3, 1, 0, 0, 0, 0], "denied_secret": [1, 0, 0, 0, 0, 0],
            "denied_third_party": [2, 1, 0, 0, 0, 0], "denied_process": [1, 0, 0, 0, 0, 1],
            "unable_not_held": [7, 2, 0, 1, 0, 0], "unable_unclear": [2, 0, 0, 0, 0, 0],
            "declined_complaint": [4, 0, 0, 0, 0, 0], "declined_repeat": [3, 0, 0, 0, 1, 0],
            "other_no_correction": [2, 1, 0, 0, 0, 0], "other_other": [1, 0, 0, 0, 0, 0]},
           [3, 1, 0, 0, 0, 0], [5, 2, 0, 0, 1, 0],
           [[4, 1, 2, 1], [2, 0, 1, 1], [1, 1, 0, 0]])
B = report([0, 0, 3, 2, 1, 17, 4928, 79, 6, 0],
           {"granted": [9, 3, 0, 1, 0, 2], "partial": [2, 0, 1, 0, 0, 0], "denied_law": [1, 0, 0, 0, 0, 0],
            "unable_not_held": [4, 1, 0, 0, 0, 1], "unable_create": [1, 0, 0, 0, 0, 0],
            "declined_confirm": [2, 0, 0, 0, 0, 0], "other_no_fee": [1, 0, 0, 0, 0, 0]},
           [2, 0, 0, 0, 0, 1], [1, 1, 0, 0, 0, 0],
           [[2, 0, 1, 0], [1, 0, 0, 1], [0, 0, 0, 1]])
C = report([0, 1, 2, 5, 0, 44, 612, 35, 2, 3.2],
           {"granted": [11, 4, 0, 0, 1, 0], "partial": [1, 2, 0, 0, 0, 0], "denied_safety": [1, 0, 0, 0, 0, 0],
            "denied_internal": [2, 0, 0, 0, 0, 0], "unable_not_held": [5, 0, 1, 0, 0, 0],
            "declined_publication": [1, 0, 0, 0, 0, 0], "declined_excessive": [2, 0, 0, 0, 0, 0],
            "other_no_correction": [1, 0, 0, 0, 0, 0]},
           [1, 0, 0, 0, 0, 0], [2, 1, 0, 0, 0, 0],
           [[3, 2, 0, 1], [1, 1, 0, 0], [0, 1, 0, 0]])


def case_one_cell():
    ag = "青石县交通运输局"
    lines = [ag, "当前位置: 首页>政务公开>政府信息公开年报", ag + "2025年政府信息公开工作年度报告",
             "发布日期:2026-01-12 09:30:00", "字号：[大 中 小]", narrative_head(ag, A), "二、主动公开政府信息情况"]
    for lab, cells in t2_rows(A):
        lines += [lab] + (cells or [])
    lines += ["三、收到和处理政府信息公开申请情况", CORNER, "申请人情况", "自然人", "法人或其他组织", "总计",
              "商业", "企业", "科研", "机构", "社会公益组织", "法律服务机构", "其他"]
    for cells in t3_lines(A, None):
        lines += cells
    h1, h2, h3 = t4_header_cells()
    lines += ["四、政府信息公开行政复议、行政诉讼情况"] + h1 + h2 + h3 + [fmt(x) for x in A["t4"]]
    lines += [NARR_TAIL, "扫一扫在手机打开当前页", "主办:青石县人民政府办公室", "浙公网安备 33010602011771号"]
    text = "\n\n".join(lines) + "\n"
    write("one_cell_per_line", text, expected(A, layout="一格一行"))


def case_pipes():
    ag = "白沙区文化和旅游局"
    lines = [ag, "2025年政府信息公开工作年度报告", narrative_head(ag, B), "二、主动公开政府信息情况"]
    for lab, cells in t2_rows(B):
        cells = cells or []
        lines.append(" | ".join([lab] + cells) + " |" + " |" * (3 - len(cells)))
    lines.append("三、收到和处理政府信息公开申请情况")
    lines.append(CORNER.replace("（", "(").replace("）", ")") + " | 申请人情况 | ||||||||")
    lines.append("自然人 | 法人或其他组织 | 总计 | |||||||")
    lines.append("商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||")
    for cells in t3_lines(B, " | "):
        lines.append(" | ".join(cells) + " | ||")
    lines.append("四、政府信息公开行政复议、行政诉讼情况")
    # 表四's header words are lost in this scrape (结果 / 结果 / 其他 …); the 15 values are intact.
    lines.append("行政复议 | 行政诉讼 | |||||||||||||")
    lines.append("结果维持 | 结果 | 其他 | 尚未 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||")
    lines.append("结果 | 结果 | 其他 | 尚未 | 总计 | 结果 | 结果 | 其他 | 尚未 | 总计 | |||||")
    lines.append(" | ".join(fmt(x) for x in B["t4"]) + " |")
    lines += [NARR_TAIL, "", "", "桂公网安备", "45010302000871号"]
    write("pipe_rows", "\n".join(lines) + "\n", expected(B, layout="竖线分隔"))


def case_tabs():
    ag = "东湖镇人民政府"
    write("tab_rows", tab_report(ag, C), expected(C, layout="制表符分隔"))


def case_word():
    ag = "西岭县司法局"
    lines = [ag, "2025年政府信息公开工作年度报告", narrative_head(ag, A), "[bookmark: _GoBack]二、主动公开政府信息情况"]
    for lab, cells in t2_rows(A):
        lines += ["\t" + lab] + ["\t" + c for c in (cells or [])] + [""]
    lines += ["", "三、收到和处理政府信息公开申请情况", "\t" + CORNER, "\t申请人情况", "", "\t", "\t自然人",
              "\t法人或其他组织", "\t总计", "", "\t", "\t", "\t商业", "企业", "\t科研", "机构", "\t社会公益组织",
              "\t法律服务机构", "\t其他", "\t", ""]
    k = 0
    for cells in t3_lines(A, None):
        out = []
        for c in cells:
            if c.isdigit():
                k += 1
                c = [" " + c, c + " ", c][k % 3]  # numbers with stray spaces
            out.append("\t" + c)
        lines += out + [""]
    lines += ["", "四、政府信息公开行政复议、行政诉讼情况", "\t行政复议", "\t行政诉讼", "", "\t结果维持", "\t结果", "纠正",
              "\t其他", "结果", "\t尚未", "审结", "\t总计", "\t未经复议直接起诉", "\t复议后起诉", ""]
    lines += ["\t"] * 5 + ["\t结果", "维持", "\t结果", "纠正", "\t其他", "结果", "\t尚未", "审结", "\t总计"] * 2 + [""]
    lines += ["\t" + fmt(x) + ("" if i % 2 else " ") for i, x in enumerate(A["t4"])]
    lines += ["", "", NARR_TAIL]
    write("word_blank_lines", "\n".join(lines) + "\n", expected(A, layout="一格一行"))


def case_pdf():
    ag = "南屏区应急管理局"
    rep = B
    lines = [ag + " 2025 年政府信息公开工作年 度报告", "", narrative_head(ag, rep), "", "二、主动公开政府信息情况", ""]
    for lab, cells in t2_rows(rep):
        lines.append("\t".join([lab] + (cells or [])) + "\t" * 6)
    lines += ["", "三、收到和处理政府信息公开申请情况", "", "\t\t\t\t申请人情况\t\t\t\t\t\t\t",
              "(本列数据的勾稽关系为:第一项加第二项之和,等 于第三项加第四项之和)\t\t\t\t法人或其他组织\t\t\t\t\t\t\t",
              "\t\t\t自然人\t商业企业\t科研机构\t社会 公益 组织\t法律 服务 机构\t其他\t总计\t\t"]
    t3 = rep["t3"]
    def n(r):
        return "\t".join(fmt(x) for x in t3[r])
    lines += [
        "一、本年新收政府信息公开申请数量\t\t\t" + n("new") + "\t\t",
        "二、上年结转政府信息公开申请数量\t\t\t" + n("carried") + "\t\t",
        "(一) 予以公开\t\t\t" + n("granted") + "\t\t",
        "(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)\t\t\t" + n("partial") + "\t\t",
        # （三）不予公开 label lost; 三、本年度办理结果 scattered over three lines
        "\t\t1.属于国家秘密\t" + n("denied_secret") + "\t\t",
        "\t\t2.其他法律行政法规禁止公开\t" + n("denied_law") + "\t\t",
        "三、本\t\t3.危及\"三安全一稳定\"\t" + n("denied_safety") + "\t\t",
        "\t\t4.保护第三方合法权益\t" + n("denied_third_party") + "\t\t",
        "\t\t5.属于三类内部事务信息\t" + n("denied_internal") + "\t\t",
        "\t\t6.属于四类过程性信息\t" + n("denied_process") + "\t\t",
        "\t\t7.属于行政执法案卷\t" + n("denied_enforcement") + "\t\t",
        "\t\t8.属于行政查询事项\t" + n("denied_inquiry") + "\t\t",
        "\t(四) 无 法提供\t1.本机关不掌握相关政府信息\t" + n("unable_not_held") + "\t\t",
        "\t\t2.没有现成信息需要另行制作\t" + n("unable_create") + "\t\t",
        "\t\t3.补正后申请内容仍不明确\t" + n("unable_unclear") + "\t\t",
        "年度办\t(五)不 予处理\t1.信访举报投诉类申请\t" + n("declined_complaint") + "\t\t",
        "理结果\t\t2.重复申请\t" + n("declined_repeat") + "\t\t",
        "\t\t3.要求提供公开出版物\t" + n("declined_publication") + "\t\t",
        "\t\t4.无正当理由大量反复申请\t" + n("declined_excessive") + "\t\t",
        "\t\t5.要求行政机关确认或重新出具已 获取信息\t" + n("declined_confirm") + "\t\t",
        "\t(六)其 他处理\t1.申请人无正当理由逾期不补正、 行政机关不再处理其政府信息公开 申请\t" + n("other_no_correction") + "\t\t",
        "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t" + n("other_no_fee") + "\t\t",
        "\t\t3.其他\t" + n("other_other") + "\t\t",
        "\t(七) 总记\t†\t" + n("total") + "\t\t",
        "四、结转下年度继续办理\t\t\t" + n("carry_over") + "\t\t",
        "", "四、政府信息公开行政复议、行政诉讼情况", "",
        "行政复议\t\t\t行政诉讼" + "\t" * 12,
        "4+H 4+H +\t\t廿/山\t\t未经复议直接起诉\t\t\t\t复议后起诉" + "\t" * 7,
        "结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t1 1 1\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计",
        "\t".join(fmt(x) for x in rep["t4"]) + "\t", "", NARR_TAIL]
    write("pdf_scattered", "\n".join(lines) + "\n", expected(rep, layout="制表符分隔"))


def case_markdown():
    ag = "北林市市场监督管理局"
    rep = C
    lines = ["# " + ag + "2025年政府信息公开工作年度报告", "", narrative_head(ag, rep), "", "## 二、主动公开政府信息情况", ""]
    lines += ["| 第二十条第（一）项 | | | |", "|---|---|---|---|"]
    for lab, cells in t2_rows(rep)[1:]:
        cells = cells or []
        lines.append("| " + " | ".join([lab] + cells + [""] * (3 - len(cells))) + " |")
    lines += ["", "## 三、收到和处理政府信息公开申请情况", "",
              "| " + CORNER + " | | | 申请人情况 | | | | | | |", "|---|---|---|---|---|---|---|---|---|---|",
              "| | | | 自然人 | 法人或其他组织 | | | | | 总计 |",
              "| | | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |"]
    for cells in t3_lines(rep, None):
        labs = [c for c in cells if not c.isdigit()]
        nums = [c for c in cells if c.isdigit()]
        labs = labs + [""] * (3 - len(labs))
        lines.append("| " + " | ".join(labs + nums) + " |")
    h1, h2, h3 = t4_header_cells()
    lines += ["", "## 四、政府信息公开行政复议、行政诉讼情况", "", "| " + " | ".join(h1) + " |",
              "|" + "---|" * 15, "| " + " | ".join(h2) + " |", "| " + " | ".join(h3) + " |",
              "| " + " | ".join(fmt(x) for x in rep["t4"]) + " |", "", "## " + NARR_TAIL]
    write("markdown_table", "\n".join(lines) + "\n", expected(rep, layout="Markdown 表格"))


def case_html():
    # HTML <tr> rows arrive tab-joined; the group label shares the line with the first sub-row.
    ag = "红枫县水利局"
    write("html_tab_rows", tab_report(ag, B), expected(B, layout="制表符分隔"))


FW = str.maketrans("0123456789()", "０１２３４５６７８９（）")


def case_fullwidth_spaces():
    ag = "金川区民政局"
    rep = A
    lines = [ag + "2025年政府信息公开工作年度报告", narrative_head(ag, rep), "二、主动公开政府信息情况"]
    for lab, cells in t2_rows(rep):
        lines.append("　".join([lab] + [c.translate(FW) for c in (cells or [])]))
    lines += ["三、收到和处理政府信息公开申请情况", CORNER, "申请人情况", "自然人 法人或其他组织 总计",
              "商业 企业 科研 机构 社会 公益 组织 法律 服务 机构 其他"]
    for cells in t3_lines(rep, None):
        out = []
        for c in cells:
            c = c.replace("无法提供", "无 法提供").replace("不予处理", "不 予处理")
            out.append(c.translate(FW) if c.isdigit() else c)
        lines.append(" ".join(out))
    h1, h2, h3 = t4_header_cells()
    lines += ["四、政府信息公开行政复议、行政诉讼情况", " ".join(h1), " ".join(h2), " ".join(h3),
              "  ".join(fmt(x).translate(FW) for x in rep["t4"]), NARR_TAIL]
    write("fullwidth_space_separated", "\n".join(lines) + "\n", expected(rep, layout="空格分隔"))


def case_variants():
    ag = "石门县林业局"
    label = dict(LABEL)
    label["denied_law"] = "2.其他法律法规禁止公开"
    label["total"] = "（七）总记"
    label["declined_confirm"] = "5.要求行政机关确认或重新出具已获取信息的"
    text = tab_report(ag, C, label=label).replace("行政规范性文件", "规范性文件")
    write("label_variants_ocr", text, expected(C, layout="制表符分隔"))


# Missing 其他 column with non-zero values: the header has 6 columns and every row 6 numbers, so the
# numbers go to the 6 header columns and each row's 其他 is forced by 总计 = sum of parts.
D = report([0, 0, 1, 1, 0, 9, 233, 18, 1, 0.8],
           {"granted": [6, 2, 0, 1, 0, 3], "partial": [1, 0, 0, 0, 0, 1], "unable_not_held": [2, 1, 0, 0, 0, 2],
            "declined_repeat": [1, 0, 0, 0, 0, 0]},
           [1, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 1],
           [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0]])


def case_missing_column():
    ag = "清河县教育局"
    hdr = ["(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况",
           "\t\t自然人\t法人或其他组织\t\t\t\t总计", "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t"]
    numbers = {r: [fmt(x) for i, x in enumerate(D["t3"][r]) if i != 5] for r in ROWS}
    text = tab_report(ag, D, t3_header=hdr, numbers=numbers)
    write("missing_column_forced", text,
          expected(D, overrides={"t3.%s.other" % r: "~" for r in ROWS}, layout="制表符分隔"))


# Two rows short of one number each, coupled through （七）总计: two placements fit, so the cells on
# which they disagree stay blank (worked out by hand in the commit that added this case):
#   予以公开 printed 2 1 0 0 0 3 (truth 2 0 1 0 0 0 3) and 本机关不掌握 printed 1 1 0 0 0 2 (truth 1 1 0 0 0 0 2).
E = report([0, 0, 0, 0, 0, 4, 120, 9, 0, 0],
           {"granted": [2, 0, 1, 0, 0, 0], "unable_not_held": [1, 1, 0, 0, 0, 0]},
           [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0],
           [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])


def case_two_placements():
    ag = "长亭乡人民政府"
    numbers = {"granted": ["2", "1", "0", "0", "0", "3"], "unable_not_held": ["1", "1", "0", "0", "0", "2"]}
    text = tab_report(ag, E, numbers=numbers).replace("\t", " | ")
    ov = {"t3.granted.commercial": "?", "t3.granted.research": "?", "t3.unable_not_held.commercial": "?",
          "t3.unable_not_held.research": "?"}
    for r in ("granted", "unable_not_held"):
        for c in ("social", "legal", "other"):
            ov["t3.%s.%s" % (r, c)] = "~"
    write("two_placements_missing", text, expected(E, overrides=ov, layout="竖线分隔"))


def case_page_chrome():
    ag = "云台区自然资源局"
    text = tab_report(ag, A)
    lines = text.split("\n")
    out = []
    for ln in lines:
        out.append(ln)
        if ln.startswith("4.保护第三方合法权益"):
            out += ["— 5 —", "", ag + "2025年政府信息公开工作年度报告", "第 3 页 共 8 页", "打印本页  关闭窗口"]
        if ln.startswith("行政复议\t"):
            out += ["- 6 -"]
    write("page_chrome_inside_table", "\n".join(out), expected(A, layout="制表符分隔"))


def hybrid_text(ag, rep):
    text = tab_report(ag, rep)
    six = "\t".join(fmt(rep["t3"]["other_no_correction"][c] + rep["t3"]["other_no_fee"][c] + rep["t3"]["other_other"][c])
                    for c in range(7))
    lines = [ln for ln in text.split("\n") if not ln.startswith("2.申请人逾期") and not ln.startswith("3.其他")]
    return "\n".join(("（六）其他处理\t" + six) if ln.startswith("（六）其他处理") else ln for ln in lines)


def case_hybrid():
    F = report([0, 0, 2, 0, 0, 12, 75, 4, 0, 0],
               {"granted": [5, 1, 0, 0, 0, 0], "unable_not_held": [1, 0, 0, 0, 0, 0]},
               [0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0], [[0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]])
    ov = {"t3.%s.%s" % (r, c): "~" for r in ("other_no_correction", "other_no_fee", "other_other") for c in COLS}
    write("hybrid_single_six_zero", hybrid_text("黄岗镇人民政府", F), expected(F, overrides=ov, layout="制表符分隔"))
    G = report([0, 0, 1, 0, 0, 6, 310, 22, 1, 0],
               {"granted": [7, 2, 0, 0, 0, 0], "other_no_correction": [2, 0, 0, 0, 0, 0]},
               [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])
    # （六） prints 2 0 0 0 0 0 2: the zero columns spread to 0; 自然人 and 总计 of the three sub-rows stay blank.
    ov = {}
    for r in ("other_no_correction", "other_no_fee", "other_other"):
        for c in COLS:
            ov["t3.%s.%s" % (r, c)] = "?" if c in ("natural", "total") else "~"
    write("hybrid_single_six_nonzero", hybrid_text("柳溪街道办事处", G), expected(G, overrides=ov, layout="制表符分隔"))


def case_glued():
    ag = "望江县市场监督管理局"
    rep = C
    v = [fmt(x) for x in rep["t2"]]
    lines = [ag + "2025年政府信息公开工作年度报告", narrative_head(ag, rep), "二、主动公开政府信息情况",
             "第二十条第（一）项", "信息内容本年制发件数本年废止件数现行有效件数", "规章" + v[0] + " " + v[1] + " " + v[2],
             "行政规范性文件" + v[3] + " " + v[4] + " " + v[5], "第二十条第（五）项", "信息内容本年处理决定数量",
             "行政许可" + v[6], "第二十条第（六）项", "信息内容本年处理决定数量", "行政处罚" + v[7], "行政强制" + v[8],
             "第二十条第（八）项", "信息内容本年收费金额（单位：万元）", "行政事业性收费" + v[9],
             "三、收到和处理政府信息公开申请情况", CORNER + "申请人情况", "自然人法人或其他组织总计",
             "商业企业科研机构社会公益组织法律服务机构其他"]
    for cells in t3_lines(rep, None):
        labs = "".join(c for c in cells if not c.isdigit())
        nums = [c for c in cells if c.isdigit()]
        lines.append(labs + nums[0] + " " + " ".join(nums[1:]))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议行政诉讼",
              "结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉",
              "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计",
              " ".join(fmt(x) for x in rep["t4"]), NARR_TAIL]
    write("glued_cells", "\n".join(lines) + "\n", expected(rep, layout="空格分隔"))


def case_2019():
    ag = "沙河市统计局"
    lines = [ag + "2019年政府信息公开工作年度报告", "一、总体情况", "本机关认真贯彻新修订的条例。", "二、主动公开政府信息情况",
             "第二十条第（一）项", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", "规章\t0\t0\t0",
             "规范性文件\t2\t2\t15", "第二十条第（五）项", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
             "行政许可\t12\t0\t340", "其他对外管理服务事项\t3\t0\t12", "第二十条第（六）项", "行政处罚\t5\t0\t21",
             "行政强制\t1\t0\t2", "第二十条第（八）项", "信息内容\t上一年项目数量\t本年增/减", "行政事业性收费\t2\t0",
             "第二十条第（九）项", "信息内容\t采购项目数量\t采购总金额", "政府集中采购\t4\t35.6",
             "三、收到和处理政府信息公开申请情况"]
    lines += ["一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3", "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
              "（一）予以公开\t2\t0\t0\t0\t0\t0\t2", "（六）其他处理\t0\t0\t0\t0\t0\t0\t0", "（七）总计\t3\t0\t0\t0\t0\t0\t3",
              "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0", "五、存在的主要问题及改进情况", "无。"]
    exp = {"format": "2019", "values": {k: "?" for k in expected(A)["values"]}, "notesContain": ["2019"]}
    write("format_2019", "\n".join(lines) + "\n", exp)


def case_no_table():
    text = "\n".join(["某某镇2025年政府信息公开工作年度报告", "一、总体情况", "本镇全年主动公开信息 56 条。",
                      "五、存在的主要问题及改进情况", "公开深度不够。", "六、其他需要报告的事项", "无。"]) + "\n"
    exp = {"format": "unknown", "values": {k: "?" for k in expected(A)["values"]}}
    write("no_table", text, exp)


def case_pdf_layout_spaces():
    # pdftotext -layout style: wide space gaps, labels wrapped over two lines with the numbers on the
    # second line, 表四 printed as three rows of five, "/" for 规章 (a county has no 规章 power).
    ag = "溪口县生态环境分局"
    rep = A
    t3 = rep["t3"]
    def n(r):
        return "     ".join(fmt(x) for x in t3[r])
    lines = ["            " + ag + "2025年政府信息公开工作年度报告", "", narrative_head(ag, rep), "",
             "二、主动公开政府信息情况", "",
             "                        第二十条第（一）项",
             "      信息内容          本年制发件数     本年废止件数     现行有效件数",
             "        规章                  /                /               /",
             "   行政规范性文件             " + "        ".join(fmt(x) for x in rep["t2"][3:6]),
             "                        第二十条第（五）项",
             "      信息内容                     本年处理决定数量",
             "      行政许可                          " + fmt(rep["t2"][6]),
             "                        第二十条第（六）项",
             "      信息内容                     本年处理决定数量",
             "      行政处罚                          " + fmt(rep["t2"][7]),
             "      行政强制                          " + fmt(rep["t2"][8]),
             "                        第二十条第（八）项",
             "      信息内容                  本年收费金额（单位：万元）",
             "   行政事业性收费                       " + fmt(rep["t2"][9]),
             "", "三、收到和处理政府信息公开申请情况", "",
             "（本列数据的勾稽关系为：                     申请人情况",
             "第一项加第二项之和，等于     自然人            法人或其他组织                 总计",
             "第三项加第四项之和）                商业  科研  社会公益  法律服务  其他",
             "                                    企业  机构    组织      机构",
             "一、本年新收政府信息公开申请数量     " + n("new"),
             "二、上年结转政府信息公开申请数量     " + n("carried"),
             "           （一）予以公开            " + n("granted"),
             "           （二）部分公开（区分处理的，只计",
             "           这一情形，不计其他情形）  " + n("partial"),
             "                  1.属于国家秘密     " + n("denied_secret"),
             "      （三）不    2.其他法律行政法规禁止公开 " + n("denied_law"),
             "      予公开      3.危及“三安全一稳定” " + n("denied_safety"),
             "                  4.保护第三方合法权益 " + n("denied_third_party"),
             "三、本年          5.属于三类内部事务信息 " + n("denied_internal"),
             "度办理结果        6.属于四类过程性信息 " + n("denied_process"),
             "                  7.属于行政执法案卷 " + n("denied_enforcement"),
             "                  8.属于行政查询事项 " + n("denied_inquiry"),
             "      （四）无法  1.本机关不掌握相关政府信息 " + n("unable_not_held"),
             "      提供        2.没有现成信息需要另行制作 " + n("unable_create"),
             "                  3.补正后申请内容仍不明确 " + n("unable_unclear"),
             "                  1.信访举报投诉类申请 " + n("declined_complaint"),
             "      （五）不予  2.重复申请 " + n("declined_repeat"),
             "      处理        3.要求提供公开出版物 " + n("declined_publication"),
             "                  4.无正当理由大量反复申请 " + n("declined_excessive"),
             "                  5.要求行政机关确认或重新出具已获",
             "                  取信息             " + n("declined_confirm"),
             "                  1.申请人无正当理由逾期不补正、行政",
             "      （六）其他  机关不再处理其政府信息公开申请 " + n("other_no_correction"),
             "      处理        2.申请人逾期未按收费通知要求缴纳费",
             "                  用、行政机关不再处理其政府信息公开申请 " + n("other_no_fee"),
             "                  3.其他             " + n("other_other"),
             "           （七）总计                " + n("total"),
             "四、结转下年度继续办理               " + n("carry_over"),
             "", "                                   - 4 -", "",
             "四、政府信息公开行政复议、行政诉讼情况", "",
             "                     结果维持  结果纠正  其他结果  尚未审结  总计"]
    names = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]
    for g in range(3):
        lines.append("  " + names[g] + "      " + "      ".join(fmt(x) for x in rep["t4"][5 * g:5 * g + 5]))
    lines += ["", NARR_TAIL]
    ov = {"t2.rules.made": "?", "t2.rules.repealed": "?", "t2.rules.valid": "?"}
    write("pdf_layout_spaces", "\n".join(lines) + "\n", expected(rep, overrides=ov, layout="空格分隔",
                                                                 notes=["原表印为“/”"]))


def case_no_headings():
    # Tables pasted without their section headings: each table is found by its own labels.
    ag = "桐庐镇人民政府"
    text = tab_report(ag, B)
    drop = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况")
    text = "\n".join(ln for ln in text.split("\n") if ln not in drop)
    write("tables_without_headings", text, expected(B, layout="制表符分隔"))


if __name__ == "__main__":
    for f in [case_one_cell, case_pipes, case_tabs, case_word, case_pdf, case_markdown, case_html,
              case_fullwidth_spaces, case_variants, case_missing_column, case_two_placements, case_page_chrome,
              case_hybrid, case_glued, case_2019, case_no_table, case_pdf_layout_spaces, case_no_headings]:
        f()
    print("written to", ROOT)
