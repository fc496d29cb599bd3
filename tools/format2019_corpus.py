#!/usr/bin/env python3
"""Writes the invented 2019-format (国办公开办函〔2019〕60号) import corpus.

Every agency, sentence and number is invented. Each case is a directory
src/test/resources/legacy/import-2019/<case>/ with input.txt or input.html and truth.json:

    {"schema": "gov-info-disclosure/2019", "agency": ..., "year": ...,
     "values": {field ID: the printed number, or null where the text leaves it open},
     "errors": [rule IDs validate must report, because the published tables disagree]}

Usage (from the project root): python3 tools/format2019_corpus.py
"""
import html
import json
import os

ROOT = os.path.join("src", "test", "resources", "legacy", "import-2019")
COLS = ["natural", "commercial", "research", "social", "legal", "other"]
CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
RESULTS = "三、本年度办理结果"
# (key, label, subgroup) of the 表三 rows, in official order
T3 = [("new", "一、本年新收政府信息公开申请数量", None), ("carried", "二、上年结转政府信息公开申请数量", None),
      ("granted", "（一）予以公开", RESULTS), ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", RESULTS),
      ("denied_secret", "1.属于国家秘密", "（三）不予公开"), ("denied_law", "2.其他法律行政法规禁止公开", "（三）不予公开"),
      ("denied_safety", "3.危及“三安全一稳定”", "（三）不予公开"), ("denied_third_party", "4.保护第三方合法权益", "（三）不予公开"),
      ("denied_internal", "5.属于三类内部事务信息", "（三）不予公开"), ("denied_process", "6.属于四类过程性信息", "（三）不予公开"),
      ("denied_enforcement", "7.属于行政执法案卷", "（三）不予公开"), ("denied_inquiry", "8.属于行政查询事项", "（三）不予公开"),
      ("unable_not_held", "1.本机关不掌握相关政府信息", "（四）无法提供"), ("unable_create", "2.没有现成信息需要另行制作", "（四）无法提供"),
      ("unable_unclear", "3.补正后申请内容仍不明确", "（四）无法提供"), ("declined_complaint", "1.信访举报投诉类申请", "（五）不予处理"),
      ("declined_repeat", "2.重复申请", "（五）不予处理"), ("declined_publication", "3.要求提供公开出版物", "（五）不予处理"),
      ("declined_excessive", "4.无正当理由大量反复申请", "（五）不予处理"),
      ("declined_confirm", "5.要求行政机关确认或重新出具已获取信息", "（五）不予处理"),
      ("other", "（六）其他处理", RESULTS), ("total", "（七）总计", RESULTS), ("carry_over", "四、结转下年度继续办理", None)]
RESULT_KEYS = [k for k, _, g in T3 if g is not None and k != "total"]
T2 = [("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
       [("rules", "规章", ["made", "published", "public_total"]), ("normative", "规范性文件", ["made", "published", "public_total"])]),
      ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
       [("licensing", "行政许可", ["items_last_year", "items_change", "decisions"]),
        ("other_services", "其他对外管理服务事项", ["items_last_year", "items_change", "decisions"])]),
      ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
       [("punishment", "行政处罚", ["items_last_year", "items_change", "decisions"]),
        ("coercion", "行政强制", ["items_last_year", "items_change", "decisions"])]),
      ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"],
       [("fees", "行政事业性收费", ["items_last_year", "items_change"])]),
      ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"],
       [("procurement", "政府集中采购", ["items", "amount"])])]
T4_ROWS = ["review", "suit_direct", "suit_after_review"]
T4_COLS = ["upheld", "corrected", "other", "pending", "total"]


def report(t2, new, carried, results, t4):
    """A consistent report: t2 {row: [values]}, new/carried per applicant column, results {row: [6]}, t4 [[4]] x3."""
    v = {}
    for _, _, rows in T2:
        for key, _, cols in rows:
            for c, n in zip(cols, t2[key]):
                v["t2.%s.%s" % (key, c)] = n
    t3 = {"new": new, "carried": carried}
    for k in RESULT_KEYS:
        t3[k] = results.get(k, [0] * 6)
    t3["total"] = [sum(t3[k][i] for k in RESULT_KEYS) for i in range(6)]
    t3["carry_over"] = [new[i] + carried[i] - t3["total"][i] for i in range(6)]
    assert min(t3["carry_over"]) >= 0, t3["carry_over"]
    for k, _, _ in T3:
        for c, n in zip(COLS, t3[k]):
            v["t3.%s.%s" % (k, c)] = n
        v["t3.%s.total" % k] = sum(t3[k])
    for r, nums in zip(T4_ROWS, t4):
        for c, n in zip(T4_COLS, nums + [sum(nums)]):
            v["t4.%s.%s" % (r, c)] = n
    return v


def fmt(n):
    return ("%.2f" % n).rstrip("0").rstrip(".") if isinstance(n, float) else str(n)


def head(agency, year, v, extra=""):
    new = v["t3.new.total"]
    return [agency + str(year) + "年政府信息公开工作年度报告", "一、总体情况",
            "%d年，%s按照新修订的《中华人民共和国政府信息公开条例》要求，做好政府信息公开工作。%s" % (year, agency, extra),
            "（一）主动公开情况", "全年主动公开政府信息%d条。" % (200 + new),
            "（二）依申请公开情况", "全年共收到政府信息公开申请%d件。" % new,
            "（三）政府信息管理情况", "落实信息发布保密审查制度。",
            "（四）政府信息公开平台建设情况", "以门户网站为第一平台发布信息。",
            "（五）监督保障情况", "将政务公开纳入年度考核。",
            "二、主动公开政府信息情况"]


TAIL = ["五、存在的主要问题及改进情况", "政策解读形式还不够丰富，下一步将增加图解和视频解读。",
        "六、其他需要报告的事项", "本机关未收取信息处理费。"]


def t3_rows(v):
    """Each 表三 row as printed cells: the group and sub-group labels where they start, the label, 7 numbers."""
    out = []
    prev_group = prev_sub = None
    for key, label, sub in T3:
        cells = []
        group = RESULTS if sub is not None else None
        if group and group != prev_group:
            cells.append(group)
        if sub and sub != RESULTS and sub != prev_sub:
            cells.append(sub)
        prev_group, prev_sub = group, sub
        cells.append(label)
        cells += [fmt(v["t3.%s.%s" % (key, c)]) for c in COLS + ["total"]]
        out.append(cells)
    return out


def t2_rows(v):
    out = []
    for caption, header, rows in T2:
        out.append([caption])
        out.append(header)
        for key, label, cols in rows:
            out.append([label] + [fmt(v["t2.%s.%s" % (key, c)]) for c in cols])
    return out


def t4_rows(v):
    return [["行政复议", "行政诉讼"], ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
            ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2,
            [fmt(v["t4.%s.%s" % (r, c)]) for r in T4_ROWS for c in T4_COLS]]


def t3_header():
    return [[CORNER, "申请人情况"], ["自然人", "法人或其他组织", "总计"],
            ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]


def write(case, name, text, truth):
    d = os.path.join(ROOT, case)
    os.makedirs(d, exist_ok=True)
    mode = "wb" if isinstance(text, bytes) else "w"
    with open(os.path.join(d, name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(text)
    with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")


def truth(agency, year, v, open_fields=(), errors=()):
    vals = {k: (None if k in open_fields else n) for k, n in v.items()}
    return {"schema": "gov-info-disclosure/2019", "agency": agency, "year": year, "values": vals, "errors": list(errors)}


def tabs_text(agency, year, v, extra=""):
    lines = head(agency, year, v, extra)
    lines += ["\t".join(r) for r in t2_rows(v)]
    lines += ["三、收到和处理政府信息公开申请情况"] + ["\t".join(r) for r in t3_header()] + ["\t".join(r) for r in t3_rows(v)]
    lines += ["四、政府信息公开行政复议、行政诉讼情况"] + ["\t".join(r) for r in t4_rows(v)]
    return "\n".join(lines + TAIL) + "\n"


# --- the reports -------------------------------------------------------------------------------

A = report({"rules": [0, 0, 2], "normative": [3, 3, 26], "licensing": [48, -2, 736], "other_services": [15, 1, 208],
            "punishment": [9, 0, 44], "coercion": [3, 0, 5], "fees": [2, -1], "procurement": [6, 128.4]},
           [31, 4, 0, 1, 2, 0], [2, 0, 0, 0, 0, 0],
           {"granted": [14, 2, 0, 1, 1, 0], "partial": [3, 0, 0, 0, 0, 0], "denied_third_party": [1, 0, 0, 0, 0, 0],
            "denied_process": [1, 1, 0, 0, 0, 0], "unable_not_held": [8, 1, 0, 0, 1, 0], "unable_unclear": [1, 0, 0, 0, 0, 0],
            "declined_complaint": [2, 0, 0, 0, 0, 0], "declined_repeat": [1, 0, 0, 0, 0, 0], "other": [1, 0, 0, 0, 0, 0]},
           [[1, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0]])

B = report({"rules": [0, 0, 0], "normative": [1, 1, 9], "licensing": [112, 6, 2315], "other_services": [40, -4, 977],
            "punishment": [23, -1, 186], "coercion": [7, 0, 12], "fees": [5, 0], "procurement": [11, 3560000]},
           [57, 12, 1, 0, 4, 3], [3, 1, 0, 0, 0, 0],
           {"granted": [21, 5, 1, 0, 2, 1], "partial": [4, 2, 0, 0, 0, 0], "denied_secret": [1, 0, 0, 0, 0, 0],
            "denied_law": [1, 0, 0, 0, 0, 0], "denied_inquiry": [2, 0, 0, 0, 0, 0], "unable_not_held": [15, 3, 0, 0, 1, 1],
            "unable_create": [2, 1, 0, 0, 0, 0], "declined_complaint": [5, 0, 0, 0, 0, 0],
            "declined_publication": [1, 0, 0, 0, 0, 0], "declined_confirm": [1, 0, 0, 0, 0, 0], "other": [2, 1, 0, 0, 0, 0]},
           [[3, 1, 1, 0], [2, 0, 0, 1], [1, 1, 0, 0]])

C = report({"rules": [1, 1, 4], "normative": [6, 6, 41], "licensing": [2648, -18, 538], "other_services": [0, 0, 0],
            "punishment": [31, 2, 96], "coercion": [8, -1, 14], "fees": [1, 0], "procurement": [22, 74.35]},
           [18, 2, 0, 0, 1, 0], [1, 0, 0, 0, 0, 0],
           {"granted": [9, 1, 0, 0, 1, 0], "partial": [2, 0, 0, 0, 0, 0], "denied_internal": [1, 0, 0, 0, 0, 0],
            "unable_not_held": [4, 1, 0, 0, 0, 0], "declined_repeat": [1, 0, 0, 0, 0, 0]},
           [[0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])


def case_tabs():
    ag, y = "青石县水利局", 2019
    write("tabs", "input.txt", tabs_text(ag, y, A), truth(ag, y, A))


def case_cells():
    ag, y = "白沙市医疗保障局", 2020
    lines = head(ag, y, B)
    for rows in (t2_rows(B), [["三、收到和处理政府信息公开申请情况"]] + t3_header() + t3_rows(B),
                 [["四、政府信息公开行政复议、行政诉讼情况"]] + t4_rows(B)):
        for r in rows:
            for cell in r:
                lines += [cell, ""]
    write("cells", "input.txt", "\n".join(lines + TAIL) + "\n", truth(ag, y, B))


def html_table(rows, spans=None):
    out = ["<table border=\"1\" cellspacing=\"0\">"]
    for i, r in enumerate(rows):
        tds = []
        for j, cell in enumerate(r):
            attr = (spans or {}).get((i, j), "")
            tds.append("<td%s><p>%s</p></td>" % (attr, html.escape(cell)))
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(out + ["</table>"])


def case_html():
    ag, y = "红枫区城市管理局", 2020
    v = C
    t2 = t2_rows(v)
    spans = {}
    for i, r in enumerate(t2):
        if len(r) == 1:
            spans[(i, 0)] = " colspan=\"4\""
        elif len(r) == 3:
            spans[(i, 2)] = " colspan=\"2\""
    t3 = t3_header() + t3_rows(v)
    t3spans = {(0, 0): " rowspan=\"3\" colspan=\"3\"", (0, 1): " colspan=\"7\"", (1, 0): " rowspan=\"2\"",
               (1, 1): " colspan=\"5\"", (1, 2): " rowspan=\"2\""}
    for i, r in enumerate(t3[3:], start=3):
        n = len(r) - 7
        if n == 1:
            spans_label = " colspan=\"3\"" if r[0].startswith(("一、", "二、", "四、")) else " colspan=\"2\""
            t3spans[(i, 0)] = spans_label
        if r[0] == RESULTS:
            t3spans[(i, 0)] = " rowspan=\"20\""
            t3spans[(i, 1)] = " colspan=\"2\""
        if r[0].startswith("（三）") and r[0].endswith("不予公开"):
            t3spans[(i, 0)] = " rowspan=\"8\""
        if r[0] == "（四）无法提供":
            t3spans[(i, 0)] = " rowspan=\"3\""
        if r[0] == "（五）不予处理":
            t3spans[(i, 0)] = " rowspan=\"5\""
    t4 = t4_rows(v)
    t4spans = {(0, 0): " colspan=\"5\"", (0, 1): " colspan=\"10\"", (1, 0): " rowspan=\"2\"", (1, 1): " rowspan=\"2\"",
               (1, 2): " rowspan=\"2\"", (1, 3): " rowspan=\"2\"", (1, 4): " rowspan=\"2\"", (1, 5): " colspan=\"5\"",
               (1, 6): " colspan=\"5\""}
    t4[2] = t4[2][5:]
    lines = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>%s%d年政府信息公开工作年度报告</title></head><body>"
             % (ag, y), "<div class=\"nav\">首页 &gt; 政府信息公开 &gt; 年度报告</div>"]
    for p in head(ag, y, v):
        lines.append("<p>%s</p>" % html.escape(p))
    lines.append(html_table(t2, spans))
    lines.append("<p>三、收到和处理政府信息公开申请情况</p>")
    lines.append(html_table(t3, t3spans))
    lines.append("<p>四、政府信息公开行政复议、行政诉讼情况</p>")
    lines.append(html_table(t4, t4spans))
    for p in TAIL:
        lines.append("<p>%s</p>" % html.escape(p))
    lines.append("<div class=\"foot\">主办：红枫区人民政府办公室 版权所有</div></body></html>")
    write("html", "input.html", "\n".join(lines) + "\n", truth(ag, y, v))


def case_glued():
    """Crawler text: labels glued to their numbers, the numbers of a row glued to each other."""
    ag, y = "金沙县自然资源局", 2020
    v = C
    lines = head(ag, y, v)
    open_fields = []
    for r in t2_rows(v):
        if r[0].startswith("第二十条") or r[0] == "信息内容":
            lines.append("".join(r))
            continue
        lines.append(r[0] + "".join(r[1:]))
    # which 表二 rows the glue leaves open: every way of cutting the digits into the row's cells
    for _, _, rows in T2:
        for key, _, cols in rows:
            nums = [fmt(v["t2.%s.%s" % (key, c)]) for c in cols]
            for c, k in zip(cols, cuts_open(nums, cols)):
                if k:
                    open_fields.append("t2.%s.%s" % (key, c))
    lines += ["三、收到和处理政府信息公开申请情况", CORNER + "申请人情况", "自然人法人或其他组织总计",
              "商业企业科研机构社会公益组织法律服务机构其他"]
    for r in t3_rows(v):
        lines.append("".join(r))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议行政诉讼",
              "结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉",
              "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计",
              "".join(t4_rows(v)[3])]
    # 表三 and 表四 rows are cut by the rules; the truth of which cells the rules settle is left to the test's
    # oracle (every reading the rules allow): only 表二 has no rule, so its open cells are listed here.
    write("glued", "input.txt", "\n".join(lines + TAIL) + "\n", dict(truth(ag, y, v, open_fields), glued=True))


def cuts_open(nums, cols):
    """Per cell, True when another cut of the glued digits gives a different value there."""
    text = "".join(nums)
    signed = ["change" in c for c in cols]
    readings = []

    def go(i, k, acc):
        if k == len(cols):
            if i == len(text):
                readings.append(acc)
            return
        for j in range(i + 1, len(text) + 1):
            piece = text[i:j]
            neg = piece.startswith("-")
            digits = piece[1:] if neg else piece
            if not digits or not digits.replace(".", "", 1).isdigit() or (neg and not signed[k]):
                continue
            if len(digits) > 1 and digits[0] == "0" and not digits.startswith("0."):
                continue
            if "-" in digits:
                continue
            go(j, k + 1, acc + [piece])

    go(0, 0, [])
    return [len({r[k] for r in readings}) > 1 for k in range(len(cols))]


def case_inconsistent():
    """Published with a break: （七）总计 of 自然人 printed one more than its results, and so its total column."""
    ag, y = "东湖区教育局", 2019
    v = dict(A)
    v["t3.total.natural"] = v["t3.total.natural"] + 1
    v["t3.total.total"] = v["t3.total.total"] + 1
    text = tabs_text(ag, y, v)
    write("inconsistent", "input.txt", text, truth(ag, y, v, errors=["T3-RESULT", "T3-BAL"]))


# --- blank cells whose places the text lost -----------------------------------------------------

D = report({"rules": [0, 0, 0], "normative": [2, 2, 17], "licensing": [64, 3, 912], "other_services": [12, 0, 150],
            "punishment": [17, -2, 61], "coercion": [4, 0, 9], "fees": [3, 0], "procurement": [9, 45.6]},
           [22, 3, 0, 0, 1, 0], [2, 0, 0, 0, 0, 0],
           {"granted": [10, 2, 0, 0, 1, 0], "partial": [3, 0, 0, 0, 0, 0], "denied_process": [1, 0, 0, 0, 0, 0],
            "unable_not_held": [6, 1, 0, 0, 0, 0], "declined_complaint": [2, 0, 0, 0, 0, 0]},
           [[2, 0, 1, 0], [1, 0, 0, 1], [0, 1, 0, 0]])


def rules_hold(v):
    """Every 2019 rule of 表三 and 表四 (T3-ROW, T3-RESULT, T3-BAL, T4-SUM) over a full set of values."""
    for k, _, _ in T3:
        if sum(v["t3.%s.%s" % (k, c)] for c in COLS) != v["t3.%s.total" % k]:
            return False
    for c in COLS + ["total"]:
        if sum(v["t3.%s.%s" % (k, c)] for k in RESULT_KEYS) != v["t3.total.%s" % c]:
            return False
        if v["t3.new.%s" % c] + v["t3.carried.%s" % c] != v["t3.total.%s" % c] + v["t3.carry_over.%s" % c]:
            return False
    for r in T4_ROWS:
        if sum(v["t4.%s.%s" % (r, c)] for c in T4_COLS[:4]) != v["t4.%s.total" % r]:
            return False
    return True


def blank_placements(printed, width):
    """Every order-preserving placement of the printed numbers into width cells, the other cells blank (0)."""
    from itertools import combinations
    for at in combinations(range(width), len(printed)):
        row = [0] * width
        for i, n in zip(at, printed):
            row[i] = n
        yield row


def blank_truth(v, short):
    """Brute force, sharing no code with the importer: short = {row: field IDs} printed without their zero
    cells (blank in the table, lost in the text). A field is determined when every placement of every short
    row that keeps all rules gives it the same value; otherwise it is open (None)."""
    from itertools import product
    rows = list(short.items())
    options = [list(blank_placements([v[f] for f in fs if v[f] != 0], len(fs))) for _, fs in rows]
    seen = {}
    for choice in product(*options):
        trial = dict(v)
        for (_, fs), vals in zip(rows, choice):
            trial.update(zip(fs, vals))
        if rules_hold(trial):
            for _, fs in rows:
                for f in fs:
                    seen.setdefault(f, set()).add(trial[f])
    out = dict(v)
    for _, fs in rows:
        for f in fs:
            out[f] = v[f] if seen.get(f) == {v[f]} else None
    return out


def case_pdf_blank_cells():
    """PDF text without layout of a table printed with blank cells for nothing: 表四 shows 8 numbers for its
    15 cells and two 表三 rows only their non-zero cells; the places of the blanks are lost."""
    ag, y = "青峰县民政局", 2021
    v = D
    lines = head(ag, y, v)
    lines += [" ".join(r) for r in t2_rows(v)]
    lines += ["三、收到和处理政府信息公开申请情况"] + [" ".join(r) for r in t3_header()]
    blank_rows = {"carried", "partial"}
    short = {}
    for (key, _, _), r in zip(T3, t3_rows(v)):
        if key in blank_rows:
            fields = ["t3.%s.%s" % (key, c) for c in COLS + ["total"]]
            short[key] = fields
            r = r[:-7] + [fmt(v[f]) for f in fields if v[f] != 0]
        lines.append(" ".join(r))
    t4 = t4_rows(v)
    t4_fields = ["t4.%s.%s" % (r, c) for r in T4_ROWS for c in T4_COLS]
    short["t4"] = t4_fields
    lines += ["四、政府信息公开行政复议、行政诉讼情况"] + [" ".join(r) for r in t4[:3]]
    lines.append(" ".join(fmt(v[f]) for f in t4_fields if v[f] != 0))
    vals = blank_truth(v, short)
    write("pdf_blank_cells", "input.txt", "\n".join(lines + TAIL) + "\n",
          {"schema": "gov-info-disclosure/2019", "agency": ag, "year": y, "values": vals, "errors": [], "blanks": True})


def case_pdf_columns():
    """pdftotext without -layout: 表三's labels in a block, then its numbers column by column, each column after
    its header word, a page footer between two columns; 表四's 15 numbers one a line."""
    ag, y = "石门县统计局", 2020
    v = B
    lines = head(ag, y, v) + ["\t".join(r) for r in t2_rows(v)]
    lines += ["三、收到和处理政府信息公开申请情况", CORNER, "申请人情况"]
    for r in t3_rows(v):
        lines += r[:-7]  # the labels only, in a block
    words = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    for i, c in enumerate(COLS + ["total"]):
        lines.append(words[i])
        lines += [fmt(v["t3.%s.%s" % (key, c)]) for key, _, _ in T3]
        if i == 3:
            lines += ["- 2 -", ""]
    lines += ["四、政府信息公开行政复议、行政诉讼情况"] + [" ".join(r) for r in t4_rows(v)[:3]] + t4_rows(v)[3]
    write("pdf_columns", "input.txt", "\n".join(lines + TAIL) + "\n", truth(ag, y, v))


if __name__ == "__main__":
    for case in (case_tabs, case_cells, case_html, case_glued, case_inconsistent, case_pdf_blank_cells,
                 case_pdf_columns):
        case()
    print("wrote", ROOT)
