#!/usr/bin/env python3
"""Writes the hand-made corpus of the four lossy layouts of issue 10 (src/test/resources/legacy/layouts/<case>/).

Same style as tools/legacy_corpus.py (whose helpers it uses): each case is an INVENTED report in one
layout; expected.json comes from the ground truth below, NOT from the importer: "12" read, "~12"
inferred, "?" missing, and "=12" where the number is determined but whether it counts as read or
inferred depends on the reading (a displaced number put back by the rules): either is accepted.
The undeterminable cells of each case were worked out by hand (comments) and cross-checked with the
brute-force oracle of nianbao.legacy.layouts (OracleTest). Run from the project root:
    python3 tools/legacy_layouts.py
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from legacy_corpus import (report, expected, fmt, t2_rows, ROWS, LABEL, SUB, GROUP, CORNER, COLS, NARR_TAIL,
                           narrative_head)

ROOT = "src/test/resources/legacy/layouts"
HEAD_WORDS_SPLIT = "申请人情况 自然人 法人或其他组织 总计 商业 企业 科研 机构 社会公益组织 法律服务机构 其他"
T4_HEAD = ("行政复议 行政诉讼 结果维持结果纠正其他结果尚未审结总计 未经复议直接起诉 复议后起诉 "
           "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计")


def expected_eq(rep, overrides):
    """expected() of legacy_corpus, with "=" for a number accepted as read or inferred."""
    eq = [k for k, v in overrides.items() if v == "="]
    exp = expected(rep, {k: v for k, v in overrides.items() if v != "="})
    for k in eq:
        exp["values"][k] = "=" + exp["values"][k]
    return exp


def write(case, name, data, exp):
    d = os.path.join(ROOT, case)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)
    with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")


def narrative_line(ag, rep):
    return " ".join(narrative_head(ag, rep).split("\n"))


def run(rep, r):
    return "".join(fmt(x) for x in rep["t3"][r])


# ------------------------------------------------------------------ crawler text (page innerText)

def crawler(ag, rep, t2_sep="", t4_glued=True, spaced_rows=(), tight=False):
    # tight: no blank anywhere in the body (a page whose cells were all inline elements): 表三's header runs
    # into 一、本年新收, 表四's digits into its last header word 总计
    gap = "" if tight else " "
    v = [fmt(x) for x in rep["t2"]]
    t2 = ("二、主动公开政府信息情况第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章" + "".join(v[0:3])
          + t2_sep + "行政规范性文件" + "".join(v[3:6]) + "第二十条第（五）项信息内容本年处理决定数量行政许可" + v[6]
          + "第二十条第（六）项信息内容本年处理决定数量行政处罚" + v[7] + "行政强制" + v[8]
          + "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费" + v[9])
    t3 = "三、收到和处理政府信息公开申请情况" + CORNER + gap + HEAD_WORDS_SPLIT + gap
    for r in ROWS:
        if r == "granted":
            t3 += GROUP + gap
        if r in SUB:
            t3 += SUB[r] + gap
        t3 += LABEL[r] + (" " if r in spaced_rows else "") + run(rep, r)
    t4 = "四、政府信息公开行政复议、行政诉讼情况" + T4_HEAD + gap + ("".join if t4_glued else " ".join)(fmt(x) for x in rep["t4"])
    body = gap.join([narrative_line(ag, rep), t2, t3 + gap + t4, gap.join(NARR_TAIL.split("\n"))])
    page = ["标题: %s2025年政府信息公开工作年度报告" % ag, "发布时间: 2026-01-21 10:42", "文号: ", "发布机构: " + ag,
            "栏目: 政府信息公开年报", "原文链接: https://www.example-gov.cn/zwgk/xxgknb/202601/t20260121_4410.html",
            "==================== 正文 ====================", body]
    return ("\n".join(page) + "\n").encode("utf-8")


# 予以公开 "93000012" has one split whose six parts add up to the seventh (9 3 0 0 0 0 12); every row of K
# is like that, 表四 is fifteen one-digit cells, 规章 "000" has one split; 行政规范性文件 "12375" has six
# (12/3/75, 1/23/75, 1/2/375, 12/37/5, 123/7/5, 1/237/5) and no rule decides without last year: "?".
K = report([0, 0, 0, 12, 3, 75, 8415, 126, 0, 0],
           {"granted": [9, 3, 0, 0, 0, 0], "partial": [2, 0, 0, 0, 0, 0], "unable_not_held": [4, 1, 0, 0, 0, 0],
            "denied_process": [1, 0, 0, 0, 0, 0], "other_no_correction": [1, 0, 0, 0, 0, 0]},
           [1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [[1, 0, 1, 0], [0, 0, 0, 1], [0, 0, 0, 0]])

# 予以公开 1 10 (total 11) and 本机关不掌握 11 0 (total 11) both print "110000011", which splits as 1|10|…|11
# or 11|0|…|11; the columns only say 自然人 12 and 商业企业 10 in all, which both swaps give: the four cells
# are missing, their totals (11 either way) and everything else are read. 总计 "1210000022" has one split.
L = report([0, 0, 0, 1, 0, 0, 57, 9, 0, 0], {"granted": [1, 10, 0, 0, 0, 0], "unable_not_held": [11, 0, 0, 0, 0, 0]},
           [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])

# Next labels' ordinals glued onto the digits ("00000002.其他法律…", "10000013.危及…"): taking the ordinal
# as a digit breaks the row sum, so every row has one reading. 表四 has two-digit cells: printed apart.
M = report([1, 0, 4, 0, 0, 16, 2210, 48, 3, 1.5],
           {"granted": [5, 1, 0, 0, 1, 0], "denied_secret": [1, 0, 0, 0, 0, 0], "denied_law": [1, 0, 0, 0, 0, 0],
            "unable_not_held": [2, 0, 0, 0, 0, 1], "declined_repeat": [1, 0, 0, 0, 0, 0]},
           [0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0], [[12, 3, 0, 4], [2, 0, 1, 0], [0, 0, 0, 0]])


def case_crawler():
    write("crawler_row_sums_decide", "input.txt", crawler("东坪县人力资源和社会保障局", K),
          expected(K, {"t2.normative.made": "?", "t2.normative.repealed": "?", "t2.normative.valid": "?"}))
    ov = {"t3.granted.natural": "?", "t3.granted.commercial": "?", "t3.unable_not_held.natural": "?",
          "t3.unable_not_held.commercial": "?"}
    write("crawler_rows_trade_digits", "input.txt", crawler("青柳镇人民政府", L), expected(L, ov))
    write("crawler_ordinal_glued", "input.txt",
          crawler("西陵区住房和城乡建设局", M, t2_sep=" ", t4_glued=False, spaced_rows=("new", "granted")), expected(M))
    write("crawler_no_blanks", "input.txt", crawler("北塘区审计局", K, tight=True),
          expected(K, {"t2.normative.made": "?", "t2.normative.repealed": "?", "t2.normative.valid": "?"}))


# ------------------------------------------------------------------ column-major PDF text

def pdf_columns(ag, rep, labels_first=True, hybrid=False):
    lines = [ag + "2025年政府信息公开工作年", "度报告", ""] + narrative_head(ag, rep).split("\n") + ["", "- 1 -", "\f二、主动公开政府信息情况"]
    for lab, cells in t2_rows(rep):
        lines += [lab] + (cells or [])
    lines += ["三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关", "系为：第一项加第二", "项之和，等于第三项", "加第四项之和）",
              "申请人情况", "自然人", "法人或其", "他组织", "总计", "商业", "企业", "科研", "机构", "社会公", "益组织", "法律服", "务机构", "其他"]
    rows = [r for r in ROWS if not (hybrid and r in ("other_no_fee", "other_other"))]
    labels = []
    for r in rows:
        if r == "granted":
            labels += ["三、本", "年度", "办理", "结果"]
        if r in SUB and not (hybrid and r == "other_no_correction"):
            labels += [SUB[r][:3], SUB[r][3:]]
        lab = "（六）其他处理" if hybrid and r == "other_no_correction" else LABEL[r]
        labels += [lab[i:i + 7] for i in range(0, len(lab), 7)]

    def value(r, c):
        if hybrid and r == "other_no_correction":
            return sum(rep["t3"][k][c] for k in ("other_no_correction", "other_no_fee", "other_other"))
        return rep["t3"][r][c]
    numbers = []
    for c in range(7):
        numbers += [fmt(value(r, c)) for r in rows]
        if c == 3:
            numbers += ["", "- 2 -", "\f"]
    lines += (labels + numbers) if labels_first else (numbers + labels)
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "结果", "维持", "结果", "纠正", "其他", "结果", "尚未",
              "审结", "总计", "未经复议", "直接起诉", "复议后起", "诉"] + ["结果", "维持", "结果", "纠正", "其他", "结果", "尚未", "审结", "总计"] * 2
    lines += [fmt(x) for x in rep["t4"]] + NARR_TAIL.split("\n") + ["", "- 3 -"]
    return ("\n".join(lines) + "\n").replace("\n\f\n", "\n\f").encode("utf-8")


# Hybrid （六） all zero: each sub-row is 0, inferred (nothing to share out).
F = report([0, 0, 0, 2, 1, 9, 340, 12, 0, 0], {"granted": [6, 1, 0, 0, 0, 0], "unable_not_held": [2, 0, 0, 0, 0, 0]},
           [1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])
# Hybrid （六） prints 2 0 0 0 0 0 2: the zero columns spread to 0; 自然人 and 总计 of the sub-rows are missing.
G = report([0, 0, 0, 1, 0, 6, 95, 3, 0, 0], {"granted": [4, 0, 0, 0, 1, 0], "other_no_correction": [1, 0, 0, 0, 0, 0],
                                              "other_other": [1, 0, 0, 0, 0, 0]},
           [0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0], [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])


def case_pdf():
    write("pdf_columns_labels_first", "input.txt", pdf_columns("南溪县应急管理局", A2, labels_first=True), expected(A2))
    ov = {"t3.%s.%s" % (r, c): "~" for r in ("other_no_correction", "other_no_fee", "other_other") for c in COLS}
    write("pdf_columns_old_six_zero", "input.txt", pdf_columns("柏林乡人民政府", F, labels_first=False, hybrid=True),
          expected(F, ov))
    ov = {"t3.%s.%s" % (r, c): "?" if c in ("natural", "total") else "~"
          for r in ("other_no_correction", "other_no_fee", "other_other") for c in COLS}
    write("pdf_columns_old_six_shared", "input.txt", pdf_columns("芦花街道办事处", G, labels_first=True, hybrid=True),
          expected(G, ov))


A2 = report([2, 1, 31, 7, 2, 88, 1304, 256, 14, 36.8],
            {"granted": [28, 5, 1, 0, 2, 1], "partial": [6, 2, 0, 0, 0, 0], "denied_third_party": [3, 1, 0, 0, 0, 0],
             "unable_not_held": [11, 2, 0, 1, 0, 0], "unable_unclear": [2, 0, 0, 0, 0, 0], "declined_repeat": [4, 0, 0, 0, 1, 0],
             "other_no_correction": [3, 1, 0, 0, 0, 0], "other_other": [2, 0, 0, 0, 0, 0]},
            [4, 1, 0, 0, 0, 0], [6, 0, 0, 0, 1, 0], [[5, 2, 1, 3], [2, 1, 0, 2], [1, 0, 0, 1]])


# ------------------------------------------------------------------ shredded Markdown

def md_row(cells):
    return "| " + " | ".join(cells) + " |"


def markdown(ag, rep, chunks, placement, numbers=None, t4_split=False):
    """placement: row → ("cell"|"above"|"below"|("fragment", cut, "above"|"below"))."""
    numbers = numbers or {}
    out = ["# " + ag + "2025年政府信息公开工作年度报告", ""]
    for ln in narrative_head(ag, rep).split("\n"):
        out += [("## " if ln.startswith("一") else "**" if ln.startswith("（") else "") + ln
                + ("**" if ln.startswith("（") else ""), ""]
    out += ["## 二、主动公开政府信息情况", "", md_row(["第二十条第（一）项", "", "", ""]), "|---|---|---|---|"]
    for lab, cells in t2_rows(rep)[1:]:
        cells = cells or []
        out.append(md_row([lab] + cells + [""] * (3 - len(cells))))
    out += ["", "## 三、收到和处理政府信息公开申请情况", "", md_row([CORNER, "申请人情况"] + [""] * 6), "|---" * 8 + "|",
            md_row(["", "自然人", "法人或其他组织", "", "", "", "", "总计"]),
            md_row(["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]), ""]
    for chunk in chunks:
        above, below, body = [], [], []
        for r in chunk:
            if r == "granted":
                above.append(GROUP)
            if r in SUB:
                above.append(SUB[r])
            p = placement.get(r, "cell")
            lab = LABEL[r]
            if p == "cell":
                cell = lab
            elif p in ("above", "below"):
                cell = ""
                (above if p == "above" else below).append(lab)
            else:
                _, cut, where = p
                cell = lab[cut:]
                (above if where == "above" else below).append(lab[:cut])
            nums = numbers.get(r, [fmt(x) for x in rep["t3"][r]])
            body.append(md_row([cell] + nums))
        for l in above:
            out += [l, ""]
        out += [md_row(["", "数据1", "数据2", "数据3", "数据4", "数据5", "数据6", "数据7"]), "|---" * 8 + "|"] + body + [""]
        for l in below:
            out += [l, ""]
    out += ["## 四、政府信息公开行政复议、行政诉讼情况", ""]
    five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    if t4_split:
        for k, name in enumerate(["行政复议", "行政诉讼 未经复议直接起诉", "行政诉讼 复议后起诉"]):
            out += [name, "", md_row(["数据1", "数据2", "数据3", "数据4", "数据5"]), "|---" * 5 + "|", md_row(five),
                    md_row([fmt(x) for x in rep["t4"][5 * k:5 * k + 5]]), ""]
    else:
        out += [md_row(["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9), "|---" * 15 + "|",
                md_row(five + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]),
                md_row([""] * 5 + five + five), md_row([fmt(x) for x in rep["t4"]]), ""]
    for ln in NARR_TAIL.split("\n"):
        out += [("## " if ln[0] in "五六" else "") + ln, ""]
    return ("\n".join(out) + "\n").encode("utf-8")


CHUNKS = [ROWS[0:4], ROWS[4:9], ROWS[9:15], ROWS[15:20], ROWS[20:25]]

# E of legacy_corpus (予以公开 2 0 1 …, 本机关不掌握 1 1 0 …) with the rows each short of one number, as
# in case two_placements_missing there: two placements fit, their 商业企业/科研机构 disagree → "?";
# 社会公益组织/法律服务机构/其他 are 0 in both → inferred.
from legacy_corpus import E

# 4.保护第三方合法权益 is 2 1 0 0 0 0 3 and 5.属于三类内部事务信息 1 0 0 0 0 0 1; the 商业企业 "1" of the first
# was printed in the second (2 0 0 0 0 3 / 1 1 0 0 0 0 0 1). The second row's sum keeps only the drop of
# one of its leading 1s; with it fixed, each column of 表三 has one open cell, which (七)总计 decides: the
# first row is 2 1 0 0 0 0 3 again — but whether that is "read" or "inferred" depends on the reading: "=".
DISP = report([0, 0, 0, 0, 0, 3, 41, 2, 0, 0],
              {"granted": [5, 2, 0, 0, 0, 0], "denied_third_party": [2, 1, 0, 0, 0, 0], "denied_internal": [1, 0, 0, 0, 0, 0],
               "unable_not_held": [3, 0, 0, 0, 0, 0]},
              [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])


def case_markdown():
    place = {"new": "above", "carried": ("fragment", 5, "above"), "granted": "below", "denied_law": ("fragment", 6, "below"),
             "denied_safety": "above", "denied_internal": "above", "unable_create": "below", "declined_repeat": "above",
             "declined_publication": "above", "other_no_fee": ("fragment", 8, "above"), "total": "below"}
    write("markdown_labels_detached", "input.md", markdown("临川市民政局", A2, CHUNKS, place, t4_split=True), expected(A2))
    numbers = {"granted": ["2", "1", "0", "0", "0", "3"], "unable_not_held": ["1", "1", "0", "0", "0", "2"]}
    ov = {"t3.granted.commercial": "?", "t3.granted.research": "?", "t3.unable_not_held.commercial": "?",
          "t3.unable_not_held.research": "?"}
    for r in ("granted", "unable_not_held"):
        for c in ("social", "legal", "other"):
            ov["t3.%s.%s" % (r, c)] = "~"
    write("markdown_two_rows_short", "input.md",
          markdown("雁塔乡人民政府", E, CHUNKS, {"granted": "above", "unable_not_held": "below"}, numbers=numbers),
          expected(E, ov))
    numbers = {"denied_third_party": ["2", "0", "0", "0", "0", "3"], "denied_internal": ["1", "1", "0", "0", "0", "0", "0", "1"]}
    ov = {"t3.%s.%s" % (r, c): "=" for r in ("denied_third_party", "denied_internal") for c in COLS}
    write("markdown_number_displaced", "input.md",
          markdown("白石县统计局", DISP, CHUNKS, {"denied_internal": "below", "denied_third_party": "above"},
                   numbers=numbers), expected_eq(DISP, ov))


# ------------------------------------------------------------------ Word-pasted HTML (GBK)

def td(text, rs=1, cs=1, num=False):
    span = "".join([" colspan=%d" % cs if cs > 1 else "", " rowspan=%d" % rs if rs > 1 else ""])
    style = " style='border:solid windowtext 1.0pt;border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'"
    if text == "":
        inner = "<span lang=EN-US><o:p>&nbsp;</o:p></span>"
    elif num:
        inner = "<span lang=EN-US style='font-size:10.0pt;font-family:\"Times New Roman\"'>%s<o:p></o:p></span>" % text
    else:
        inner = "<span style='font-size:10.0pt;font-family:宋体'>%s<span lang=EN-US><o:p></o:p></span></span>" % text
    return "  <td%s%s>\n  <p class=MsoNormal align=center style='text-align:center'>%s</p>\n  </td>\n" % (span, style, inner)


def table(rows):
    out = ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;"
           "mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    for i, cells in enumerate(rows):
        out.append(" <tr style='mso-yfti-irow:%d'>\n%s </tr>" % (i, "".join(cells)))
    return "\n".join(out) + "\n</table>\n"


def para(text):
    return ("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;"
            "font-family:仿宋_GB2312'>%s<span lang=EN-US><o:p></o:p></span></span></p>\n" % text)


def word_html(ag, rep, charset, wrap_labels=False, layout_table=False):
    t2 = []
    for lab, cells in t2_rows(rep):
        if cells is None:
            t2.append([td(lab, cs=4)])
        elif lab == "信息内容":
            t2.append([td(lab)] + [td(c, cs=3 if len(cells) == 1 else 1) for c in cells])
        else:
            t2.append([td(lab)] + [td(c, cs=3 if len(cells) == 1 else 1, num=True) for c in cells])
    t3 = [[td(CORNER, 3, 3), td("申请人情况", cs=7)],
          [td("自然人", rs=2), td("法人或其他组织", cs=5), td("总计", rs=2)],
          [td("商业<br>企业"), td("科研<br>机构"), td("社会公益组织"), td("法律服务机构"), td("其他")]]
    subspan = {"denied_secret": 8, "unable_not_held": 3, "declined_complaint": 5, "other_no_correction": 3}
    for r in ROWS:
        lab = LABEL[r]
        if wrap_labels and len(lab) > 10:
            lab = lab[:7] + "\r\n" + lab[7:]  # Word wraps its HTML source inside long labels
        cells = []
        if r in ("new", "carried", "carry_over"):
            cells.append(td(lab, cs=3))
        else:
            if r == "granted":
                cells.append(td("三、本年\r\n度办理结果" if wrap_labels else GROUP, rs=22))
            if r in subspan:
                cells.append(td(SUB[r], rs=subspan[r]))
            cells.append(td(lab, cs=1 if SUB_OF.get(r) else 2))
        cells += [td(fmt(x), num=True) for x in rep["t3"][r]]
        t3.append(cells)
    five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    t4 = [[td("行政复议", cs=5), td("行政诉讼", cs=10)],
          [td(x, rs=2) for x in five] + [td("未经复议直接起诉", cs=5), td("复议后起诉", cs=5)],
          [td(x) for x in five * 2], [td(fmt(x), num=True) for x in rep["t4"]]]
    body = [para(ln) for ln in narrative_head(ag, rep).split("\n")]
    body += [para("二、主动公开政府信息情况"), table(t2), para("三、收到和处理政府信息公开申请情况"), table(t3),
             para("四、政府信息公开行政复议、行政诉讼情况"), table(t4)] + [para(ln) for ln in NARR_TAIL.split("\n")]
    doc = "".join(body)
    if layout_table:
        doc = ("<table width=960><tr><td class=nav>首页 &gt; 政务公开 &gt; 政府信息公开年报</td></tr><tr><td>"
               + doc + "</td></tr><tr><td>主办：" + ag + " 网站标识码：3301000012</td></tr></table>")
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=%s\">\n<meta name=ProgId content=Word.Document>\n"
            "<title>%s2025年政府信息公开工作年度报告</title>\n<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View>"
            "</w:WordDocument></xml><![endif]-->\n<style>\n<!-- p.MsoNormal {mso-style-parent:\"\"; margin:0cm;} -->\n</style>\n"
            "</head>\n<body lang=ZH-CN style='tab-interval:21.0pt'>\n<div class=WordSection1 style='layout-grid:15.6pt'>\n"
            "<p class=MsoNormal align=center><b><span style='font-size:22.0pt'>%s2025年政府信息公开工作年度报告</span></b></p>\n"
            "%s</div>\n</body>\n</html>\n") % (charset, ag, ag, doc)
    return html.encode("gbk")


SUB_OF = {r: True for r in ROWS[4:23]}


def case_html():
    write("word_html_gbk_shtml", "input.shtml", word_html("桂溪县卫生健康委员会", A2, "gb2312"), expected(A2))
    write("word_html_wrapped_labels_htm", "input.htm", word_html("松原区交通运输局", K, "GBK", wrap_labels=True), expected(K))
    write("word_html_in_page_layout_table", "input.html",
          word_html("安平县林业局", M, "gb2312", wrap_labels=True, layout_table=True), expected(M))


if __name__ == "__main__":
    case_crawler()
    case_pdf()
    case_markdown()
    case_html()
    print("written to", ROOT)
