#!/usr/bin/env python3
"""Writes the invented narrative corpus: src/test/resources/legacy/narrative/<case>/input.txt and
expected.json. Every agency and sentence is invented. The expected narrative of each field is
composed here from the same parts the input is written from, so it is the truth the importer must
reach, not a copy of what it produced. Run from the project root: python3 src/test/gen/narrative_corpus.py
"""
import json
import os

ROOT = "src/test/resources/legacy/narrative"
FIELDS = ["text.overview", "text.overview_proactive", "text.overview_on_request", "text.overview_management",
          "text.overview_platform", "text.overview_supervision", "text.problems", "text.other"]
SUBS = FIELDS[1:6]
IN_OVERVIEW = "TEXT info " + ",".join(SUBS)


def tables(fee):
    t3 = [
        ("一、本年新收政府信息公开申请数量", [9, 2, 0, 0, 1, 0]),
        ("二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0]),
        ("三、本年度办理结果\t（一）予以公开", [6, 1, 0, 0, 1, 0]),
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [1, 0, 0, 0, 0, 0]),
        ("（三）不予公开\t1.属于国家秘密", None), ("2.其他法律行政法规禁止公开", None), ("3.危及“三安全一稳定”", None),
        ("4.保护第三方合法权益", None), ("5.属于三类内部事务信息", None), ("6.属于四类过程性信息", None),
        ("7.属于行政执法案卷", None), ("8.属于行政查询事项", None),
        ("（四）无法提供\t1.本机关不掌握相关政府信息", [2, 1, 0, 0, 0, 0]),
        ("2.没有现成信息需要另行制作", None), ("3.补正后申请内容仍不明确", None),
        ("（五）不予处理\t1.信访举报投诉类申请", None), ("2.重复申请", None), ("3.要求提供公开出版物", None),
        ("4.无正当理由大量反复申请", None), ("5.要求行政机关确认或重新出具已获取信息", None),
        ("（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", None),
        ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", None), ("3.其他", None),
        ("（七）总计", [9, 2, 0, 0, 1, 0]),
        ("四、结转下年度继续办理", [1, 0, 0, 0, 0, 0]),
    ]
    out = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
           "规章\t0\t0\t0", "行政规范性文件\t3\t1\t25", "第二十条第（五）项", "信息内容\t本年处理决定数量", "行政许可\t140",
           "第二十条第（六）项", "信息内容\t本年处理决定数量", "行政处罚\t37", "行政强制\t0", "第二十条第（八）项",
           "信息内容\t本年收费金额（单位：万元）", "行政事业性收费\t" + fee,
           "三、收到和处理政府信息公开申请情况",
           "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况",
           "\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
           "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]
    for label, nums in t3:
        nums = nums or [0] * 6
        out.append(label + "\t" + "\t".join(str(n) for n in nums + [sum(nums)]))
    out += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议\t行政诉讼",
            "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉",
            "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
            "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"]
    return out


# (heading as the report writes it after the numeral, field it is, body)
OFFICIAL = [
    ("主动公开情况", "text.overview_proactive", "全年在门户网站主动公开政府信息286条，其中政策文件31件。"),
    ("依申请公开情况", "text.overview_on_request", "全年收到政府信息公开申请12件，均在法定期限内答复。"),
    ("政府信息管理情况", "text.overview_management", "落实信息发布“三审三校”制度，全年未发生泄密事件。"),
    ("政府信息公开平台建设情况", "text.overview_platform", "优化门户网站栏目设置，政务新媒体发布信息412条。"),
    ("监督保障情况", "text.overview_supervision", "将政务公开纳入年度绩效考核，开展业务培训2次。"),
]
LEAD = "2025年，本机关坚持以公开为常态、不公开为例外，扎实推进政务公开工作。"
PROBLEMS = "政策解读形式较为单一，部分栏目更新不够及时。下一步将丰富图解、视频解读，建立栏目定期巡查制度。"
OTHER = "本机关2025年未收取信息处理费。"


def sub_lines(subs, sep="\n", ordinal=True):
    nums = "一二三四五六七八九十"
    out = []
    for k, (h, f, body) in enumerate(subs):
        out.append(("（" + nums[k] + "）" if ordinal else "") + h + sep + body)
    return out


def write(name, agency, lines, text, findings, fee="1.35", tables_at=None):
    d = os.path.join(ROOT, name)
    os.makedirs(d, exist_ok=True)
    title = agency + "2025年政府信息公开工作年度报告"
    body = [title] + lines
    with open(os.path.join(d, "input.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(body) + "\n")
    expected = {"agency": agency, "text": {k: text.get(k) for k in FIELDS}, "findings": findings}
    with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(expected, ensure_ascii=False, indent=2) + "\n")


def report(head, subs, lead=LEAD, problems_head="五、存在的主要问题及改进情况", other_head="六、其他需要报告的事项",
           fee="1.35", sep="\n"):
    """Lines of a report: 一 with its sub-headings as given, the tables, 五 and 六."""
    lines = [head]
    if lead:
        lines.append(lead)
    lines += subs
    lines += tables(fee)
    lines += [problems_head, PROBLEMS, other_head, OTHER]
    return "\n".join(lines).split("\n")


def split_text(subs, lead=LEAD):
    t = {"text.overview": lead, "text.problems": PROBLEMS, "text.other": OTHER}
    for h, f, body in subs:
        t[f] = body
    return t


def main():
    # 1. the official sub-headings, each on its own line
    write("official_own_lines", "东陵县文化和旅游局", report("一、总体情况", sub_lines(OFFICIAL)), split_text(OFFICIAL), [])

    # 2. "方面" instead of "情况", as many county reports write them
    fangmian = [("主动公开方面", f, b) for (_, f, b) in OFFICIAL[:1]] + [
        ("依申请公开方面", OFFICIAL[1][1], OFFICIAL[1][2]), ("政府信息管理方面", OFFICIAL[2][1], OFFICIAL[2][2]),
        ("平台建设方面", OFFICIAL[3][1], OFFICIAL[3][2]), ("监督保障方面", OFFICIAL[4][1], OFFICIAL[4][2])]
    write("fangmian_headings", "南湖区司法局", report("一、总体情况", sub_lines(fangmian)), split_text(fangmian), [])

    # 3. "政府信息公开…情况。" with the body run on after the full stop
    runon = [("政府信息主动公开情况。", OFFICIAL[0][1], OFFICIAL[0][2]),
             ("政府信息依申请公开情况：", OFFICIAL[1][1], OFFICIAL[1][2]),
             ("政府信息管理情况", OFFICIAL[2][1], OFFICIAL[2][2]),
             ("政府信息公开平台建设情况。", OFFICIAL[3][1], OFFICIAL[3][2]),
             ("政府信息公开监督保障情况。", OFFICIAL[4][1], OFFICIAL[4][2])]
    write("heading_runs_into_body", "北川县医疗保障局", report("一、总体情况", sub_lines(runon, sep="")),
          split_text(runon), [])

    # 4. a verb in front, five sub-sections of the report's own making that still map one to one
    verbs = [("标准化推进主动公开", OFFICIAL[0][1], OFFICIAL[0][2]),
             ("规范化办理依申请公开", OFFICIAL[1][1], OFFICIAL[1][2]),
             ("制度化加强信息管理", OFFICIAL[2][1], OFFICIAL[2][2]),
             ("精细化建设公开平台", OFFICIAL[3][1], OFFICIAL[3][2]),
             ("常态化强化监督保障", OFFICIAL[4][1], OFFICIAL[4][2])]
    write("verb_in_front", "西岭市生态环境局", report("一、总体情况", sub_lines(verbs)), split_text(verbs), [])

    # 5. four own sub-sections; （四）常态化开展监督管理 names both 管理 and 监督 and its numeral neither:
    #    no one-to-one mapping, so 一 stays whole in the overview (headings kept as lines)
    four = [("标准化推进主动公开", None, OFFICIAL[0][2]), ("规范化办理依申请公开", None, OFFICIAL[1][2]),
            ("精细化建设公开平台", None, OFFICIAL[3][2]), ("常态化开展监督管理", None, OFFICIAL[4][2])]
    whole = "\n".join([LEAD] + sub_lines(four))
    write("own_four_subsections", "云台县交通运输局", report("一、总体情况", sub_lines(four)),
          {"text.overview": whole, "text.problems": PROBLEMS, "text.other": OTHER}, [IN_OVERVIEW])

    # 6. Markdown heading marks left in a plain-text copy
    md = ["## 一、总体情况", LEAD] + ["### " + s.split("\n")[0] + "\n" + s.split("\n")[1] for s in sub_lines(OFFICIAL)]
    lines = "\n".join(md).split("\n") + tables("0.6") + ["## 五、存在的主要问题和改进措施", PROBLEMS,
                                                          "## 六、其他需要报告的事项", OTHER]
    write("markdown_marks_in_text", "青石区教育局", lines, split_text(OFFICIAL), [])

    # 7. a crawler's innerText: 一 glued into one line, with an enumeration inside a sentence and
    #    第（一）项 that are not headings; 五 and 六 glued into another line
    glued_subs = [("主动公开方面", OFFICIAL[0][1],
                   "全年主动公开政府信息286条，主要做法如下：（一）建立公开台账；（二）按月更新目录。依照第二十条第（一）项公开规范性文件。"),
                  ("依申请公开方面", OFFICIAL[1][1], OFFICIAL[1][2]),
                  ("政府信息管理方面", OFFICIAL[2][1], OFFICIAL[2][2]),
                  ("信息公开平台建设方面", OFFICIAL[3][1], OFFICIAL[3][2]),
                  ("监督保障方面", OFFICIAL[4][1], "一是压实工作责任。二是加强业务培训，全年开展培训2次。")]
    one = "本报告根据《中华人民共和国政府信息公开条例》编制。 一、总体情况 " + LEAD + " " + " ".join(
        "（" + "一二三四五"[k] + "）" + h + " " + b for k, (h, f, b) in enumerate(glued_subs))
    five_six = "五、存在的主要问题及改进情况 " + PROBLEMS + " 六、其他需要报告的事项 " + OTHER
    write("crawler_glued_line", "澄江市林业局", [one] + tables("2.4") + [five_six], split_text(glued_subs), [])

    # 8. 平台建设 numbered （三） and 信息管理 （四）: the words decide
    swapped = [OFFICIAL[0], OFFICIAL[1], OFFICIAL[3], OFFICIAL[2], OFFICIAL[4]]
    write("swapped_three_and_four", "凤鸣县水利局", report("一、总体情况", sub_lines(swapped)), split_text(swapped), [])

    # 9. 五 and 六 written differently; 五 runs on into its first sentence
    write("problems_and_other_variants", "白河县统计局",
          report("一、总体情况", sub_lines(OFFICIAL), problems_head="五、问题及改进", other_head="六、其它需要报告的事项"),
          split_text(OFFICIAL), [])
    lines = report("一、总体情况", sub_lines(OFFICIAL))
    i = lines.index("五、存在的主要问题及改进情况")
    lines[i:i + 2] = ["五、存在的主要问题和改进措施：" + PROBLEMS]
    write("problems_heading_runs_on", "白河县审计局", lines, split_text(OFFICIAL), [])

    # 10. no sub-headings at all: 一是/二是 paragraphs stay in the overview
    plain = ["一是" + OFFICIAL[0][2], "二是" + OFFICIAL[1][2], "三是" + OFFICIAL[4][2]]
    write("no_subsections", "临溪镇人民政府", report("一、总体情况", plain, lead=LEAD),
          {"text.overview": "\n".join([LEAD] + plain), "text.problems": PROBLEMS, "text.other": OTHER}, [IN_OVERVIEW])

    # 11. numbered items that are sentences, not headings: nothing can be mapped
    items = [("加强组织领导，成立政务公开工作领导小组。", None, ""), ("完善公开制度，修订信息发布审核办法。", None, ""),
             ("强化队伍建设，开展业务培训2次。", None, "")]
    item_lines = ["（" + "一二三"[k] + "）" + h for k, (h, f, b) in enumerate(items)]
    write("numbered_sentences", "松川区退役军人事务局", report("一、总体情况", item_lines),
          {"text.overview": "\n".join([LEAD] + item_lines), "text.problems": PROBLEMS, "text.other": OTHER}, [IN_OVERVIEW])

    # 12. six sub-sections of its own: more than the five fields, kept whole
    six = OFFICIAL + [("政务公开专区建设情况", None, "在政务服务中心设立政务公开专区。")]
    write("six_own_subsections", "金沙市住房和城乡建设局", report("一、总体情况", sub_lines(six)),
          {"text.overview": "\n".join([LEAD] + sub_lines(six)), "text.problems": PROBLEMS, "text.other": OTHER},
          [IN_OVERVIEW])

    # 13. the report really lacks （五）: that warning is true
    write("really_lacks_supervision", "红岩县农业农村局", report("一、总体情况", sub_lines(OFFICIAL[:4])),
          split_text(OFFICIAL[:4]), ["TEXT warning text.overview_supervision"])

    # 14. a whole government: fees of 7,545 万元 are real; 监督管理 as （五） is 监督保障
    gov = OFFICIAL[:4] + [("监督管理", OFFICIAL[4][1], OFFICIAL[4][2])]
    write("county_government_fees", "望江县人民政府", report("一、总体情况", sub_lines(gov), fee="7545"),
          split_text(gov), [])

    # 15. a department with the same amount: 元 typed for 万元 is likely
    write("department_fees_in_yuan", "望江县自然资源局", report("一、总体情况", sub_lines(OFFICIAL), fee="7545"),
          split_text(OFFICIAL), ["FEE warning t2.fees.amount"])

    # 16. PDF-style blanks inside the headings
    spaced = [("主动 公开 情况", OFFICIAL[0][1], OFFICIAL[0][2]), ("依申请 公开 情况", OFFICIAL[1][1], OFFICIAL[1][2]),
              ("政府 信息 管理 情况", OFFICIAL[2][1], OFFICIAL[2][2]),
              ("政府信息公开 平台建设 情况", OFFICIAL[3][1], OFFICIAL[3][2]),
              ("监督 保障 情况", OFFICIAL[4][1], OFFICIAL[4][2])]
    write("blanks_inside_headings", "雁门区应急管理局", report("一、总体情况", sub_lines(spaced)),
          split_text(spaced), [])

    # 17. five sub-headings in the agency's own words, alone on their lines: mapped by their numerals
    #     where the words name no field ((三) and (五) by the words before their comma)
    own = [("系统化推进主动公开", OFFICIAL[0][1], OFFICIAL[0][2]),
           ("规范化办理依申请公开", OFFICIAL[1][1], OFFICIAL[1][2]),
           ("完善公开制度规范，加强政府信息管理", OFFICIAL[2][1], OFFICIAL[2][2]),
           ("拓展公开渠道，做强政府网站", OFFICIAL[3][1], OFFICIAL[3][2]),
           ("及时回应关切，自觉接受监督", OFFICIAL[4][1], OFFICIAL[4][2])]
    write("own_words_five", "柳溪区商务局", report("一、总体情况", sub_lines(own)), split_text(own), [])

    # 18. Markdown marks left in a plain-text copy: "### (一) 系统化推进主动公开。", own words, half-width brackets
    md = ["## 一、总体情况", LEAD]
    for k, (h, f, b) in enumerate(own):
        md += ["### (" + "一二三四五"[k] + ") " + h.split("，")[0] + "。", b]
    lines = md + tables("0.2") + ["## 五、存在的主要问题及改进情况", PROBLEMS, "## 六、其他需要报告的事项", OTHER]
    write("markdown_own_words", "柳溪区民政局", lines, split_text(own), [])

    # 19. 六 says only "无。": nothing else to report, a remark rather than a placeholder warning
    t = split_text(OFFICIAL)
    t["text.other"] = "无。"
    lines = [x if x != OTHER else "无。" for x in report("一、总体情况", sub_lines(OFFICIAL))]
    write("other_says_none", "柳溪区档案馆", lines, t, ["TEXT info text.other"])

    # 20. four sub-headings, (四) covering the platform and supervision together: (五) is no missing section
    merged = OFFICIAL[:3] + [("政府信息公开平台建设、监督保障情况", OFFICIAL[3][1], OFFICIAL[3][2] + OFFICIAL[4][2])]
    write("platform_and_supervision_together", "柳溪区审计局", report("一、总体情况", sub_lines(merged, sep="")),
          split_text(merged), ["TEXT info text.overview_supervision"])


if __name__ == "__main__":
    main()
