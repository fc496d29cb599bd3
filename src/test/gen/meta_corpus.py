#!/usr/bin/env python3
"""Writes the invented meta corpus: src/test/resources/legacy/meta/<case>/input.* and expected.json.
Every agency, sentence, date and number is invented. Each case is a whole report as a page, a paste, a
Markdown file or a PDF's text puts it, with the quirks that decide its agency, publish date and the
split of 一: breadcrumbs above or glued to the title, labelled page fields (时间：, 来源：, 发布机构),
sentence fragments before a year, Markdown titles, 2019-format titles with the year first, signatures,
sub-headings in the agency's own words. The expected values are written here from the same parts the
input is composed of, not taken from the importer's output.
Run from the project root: python3 src/test/gen/meta_corpus.py
"""
import html
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from narrative_corpus import tables, OFFICIAL, PROBLEMS  # noqa: E402

ROOT = "src/test/resources/legacy/meta"
SUBS = ["text.overview_proactive", "text.overview_on_request", "text.overview_management",
        "text.overview_platform", "text.overview_supervision"]
NUMS = "一二三四五六七八九十"
LEAD = "本年度，本机关坚持以公开为常态、不公开为例外，扎实推进政务公开工作。"
OTHER = "本机关本年度未收取信息处理费。"

# five sub-headings in the agency's own words, in the official order; (三) and (五) name no field by
# the words before their comma
OWN = [
    ("系统化推进主动公开", "全年在门户网站主动公开政府信息532条，发布政策解读18篇。"),
    ("规范化办理依申请公开", "全年受理政府信息公开申请9件，均在法定期限内答复。"),
    ("完善公开制度规范，加强政府信息管理", "修订信息发布保密审查办法，对3件规范性文件开展合法性审核。"),
    ("拓展公开渠道，做强政府网站", "门户网站完成适老化改造，政务新媒体账号精简至4个。"),
    ("及时回应关切，自觉接受监督", "将政务公开纳入年度考核，聘请社会评议员12名。"),
]


def official_lines():
    out = []
    for k, (h, f, body) in enumerate(OFFICIAL):
        out += ["（" + NUMS[k] + "）" + h, body]
    return out


def official_text():
    t = {"text.overview": LEAD, "text.problems": PROBLEMS, "text.other": OTHER}
    for h, f, body in OFFICIAL:
        t[f] = body
    return t


def body(subs=None, other=OTHER, signature=(), with_tables=True):
    """The report from 一 to 六: lead, sub-sections, tables, 五, 六 and the signature lines."""
    lines = ["一、总体情况", LEAD] + (official_lines() if subs is None else subs)
    if with_tables:
        lines += tables("0")
    lines += ["五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", other]
    return lines + list(signature)


def write(name, lines, expected, ext="txt", raw=None):
    d = os.path.join(ROOT, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "input." + ext), "w", encoding="utf-8") as f:
        f.write(raw if raw is not None else "\n".join(lines) + "\n")
    exp = {"agency": None, "agencyNote": None, "agencyMissing": None, "year": None, "publishDate": None,
           "text": None, "notes": []}
    exp.update(expected)
    with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(exp, ensure_ascii=False, indent=2) + "\n")


FOOTER = ["【打印本页】【关闭窗口】", "相关链接", "主办：江临市人民政府办公室", "版权所有：江临市人民政府",
          "网站标识码：3100000031", "江公网安备 31010102000123号"]


def page(lines):
    """A page as rows of HTML: headings and paragraphs, the statistics tables as tables."""
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>政府信息公开年报</title></head><body>"]
    rows = []

    def flush():
        if rows:
            out.append("<table border=\"1\">")
            for r in rows:
                out.append("<tr>" + "".join("<td>" + html.escape(c) + "</td>" for c in r.split("\t")) + "</tr>")
            out.append("</table>")
            rows.clear()

    for line in lines:
        if line.startswith("<"):
            flush()
            out.append(line)
        elif "\t" in line or line.isdigit():
            rows.append(line)
        else:
            flush()
            out.append("<p>" + html.escape(line) + "</p>")
    flush()
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def main():
    # 1. a saved page: the breadcrumb is a list, its last item (the column) right above the title
    write("breadcrumb_items_above_title",
          ["柳湾区人民政府", "首页", ">", "政务公开", ">", "政府信息公开年报",
           "柳湾区2022年度政府信息公开工作年度报告", "时间：2023-01-18 16:34", "来源：柳湾区人民政府办公室"]
          + body() + FOOTER,
          {"agency": "柳湾区", "year": 2022, "publishDate": "2023-01-18", "text": official_text()})

    # 2. a browser's select-all copy: the column glued to the title without a separator
    write("crumb_glued_to_title",
          ["您所在的位置：首页 > 政务公开 > 政府信息公开年报", "政府信息公开年报柳湾区2021年度政府信息公开工作年度报告",
           "时间：2022-02-08 16:34  来源：柳湾区人民政府办公室  浏览次数：312"] + body() + FOOTER,
          {"agency": "柳湾区", "year": 2021, "publishDate": "2022-02-08"})

    # 3. the same page saved as HTML: breadcrumb items in <li>, the date and source in one <div>
    write("saved_page_html", [], {"agency": "柳湾区", "year": 2022, "publishDate": "2023-02-08", "text": official_text()},
          ext="html", raw=page(["<div class=\"crumb\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>"
                                "<li><a href=\"/zwgk/nb/\">政府信息公开年报</a></li></ul></div>",
                                "<h1>柳湾区2022年度政府信息公开工作年度报告</h1>",
                                "<div class=\"info\"><span>时间：2023-02-08 09:12</span> <span>来源：柳湾区政府办</span>"
                                " <span>【字体：大 中 小】</span></div>"] + body()
                               + ["<div class=\"foot\">主办：柳湾区人民政府办公室 版权所有</div>"]))

    # 4. a pasted report without its title: the first sentence names the report after a fragment; the
    #    signature names the agency
    preamble = "根据《中华人民共和国政府信息公开条例》和《江临市政府信息公开规定》的要求，市科委编制了2021年政府信息公开工作年度报告。"
    write("pasted_fragment_signature", [preamble] + body(signature=["江临市科学技术委员会", "2022年1月26日"]),
          {"agency": "江临市科学技术委员会", "year": 2021, "publishDate": "2022-01-26", "text": official_text()})

    # 5. the same without a signature: missing, with the reason
    write("pasted_fragment_no_signature", [preamble] + body(),
          {"agency": None, "agencyMissing": "句子", "year": 2021, "publishDate": None})

    # 6. a provincial office's Markdown report: the year first, own-word sub-headings as ### headings
    md = ["# 2022年江北省人民政府办公厅政府信息公开工作年度报告", "", "## 一、总体情况", "", LEAD, ""]
    for k, (h, b) in enumerate(OWN):
        md += ["### (" + NUMS[k] + ") " + h + "。", "", b, ""]
    md += ["## 二、主动公开政府信息情况", "", "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "| --- | --- | --- | --- |",
           "| 规章 | 0 | 0 | 0 |", "| 行政规范性文件 | 3 | 1 | 25 |", "",
           "## 五、存在的主要问题及改进情况", "", PROBLEMS, "", "## 六、其他需要报告的事项", "", OTHER, "",
           "江北省人民政府办公厅", "", "2023年1月20日"]
    own = {"text.overview": LEAD, "text.problems": PROBLEMS, "text.other": OTHER}
    for f, (h, b) in zip(SUBS, OWN):
        own[f] = b
    write("markdown_provincial_office", md,
          {"agency": "江北省人民政府办公厅", "year": 2022, "publishDate": "2023-01-20", "text": own,
           "notes": ["小标题是自拟的"]}, ext="md")

    # 7. Markdown with a bold two-line title
    md2 = ["**云岭省统计局**", "", "**2022年政府信息公开工作年度报告**", "", "## 一、总体情况", LEAD]
    for k, (h, f, b) in enumerate(OFFICIAL):
        md2 += ["### （" + NUMS[k] + "）" + h, b]
    md2 += ["## 五、存在的主要问题及改进情况", PROBLEMS, "## 六、其他需要报告的事项", OTHER]
    write("markdown_bold_two_line_title", md2,
          {"agency": "云岭省统计局", "year": 2022, "text": official_text()}, ext="md")

    # 7b. Markdown from a converter: a bold title, bold own-word sub-headings running on into their bodies
    md3 = ["**江北省统计局2022年度政府信息公开工作年度报告**", "", "发布日期：2023年1月18日", "", "## 一、总体情况", "", LEAD, ""]
    for k, (h, b) in enumerate(OWN):
        md3 += ["**（" + NUMS[k] + "）" + h.split("，")[0] + "。**" + b, ""]
    md3 += ["## 五、存在的主要问题及改进情况", "", PROBLEMS, "", "## 六、其他需要报告的事项", "", OTHER]
    write("markdown_bold_run_on_headings", md3,
          {"agency": "江北省统计局", "year": 2022, "publishDate": "2023-01-18", "text": own, "notes": ["按序号对应"]},
          ext="md")

    # 8. a 2019-format report: the year first in the title, the date written out under the signature
    write("format_2019_year_first",
          ["2019年度丹霞县人力资源和社会保障局政府信息公开工作年度报告", "一、总体情况", LEAD] + official_lines()
          + ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
             "规章\t0\t0\t0", "规范性文件\t2\t2\t31", "五、存在的主要问题及改进情况", PROBLEMS,
             "六、其他需要报告的事项", OTHER, "丹霞县人力资源和社会保障局", "二〇二〇年一月二十日"],
          {"agency": "丹霞县人力资源和社会保障局", "year": 2019, "publishDate": "2020-01-20", "text": official_text()})

    # 9. the year after the report's name, in brackets
    write("year_in_brackets", ["青峰市审计局政府信息公开工作年度报告（2022年度）"] + body(),
          {"agency": "青峰市审计局", "year": 2022})

    # 10. a written-out year
    write("written_out_year", ["江临市林业局二〇二二年政府信息公开工作年度报告"] + body(),
          {"agency": "江临市林业局", "year": 2022})

    # 11. a PDF's text: the title wrapped inside the agency's name, the signature on one line
    write("title_wrapped_inside_name",
          ["江临市青峰县人力资源和社会", "保障局2022年政府信息公开工作年度报告"]
          + body(signature=["江临市青峰县人力资源和社会保障局　2023年1月16日"]),
          {"agency": "江临市青峰县人力资源和社会保障局", "year": 2022, "publishDate": "2023-01-16"})

    # 12. an information table above the title (索引号 / 发布机构 / 成文日期 / 发布日期): the publish date,
    #     not the date the document was written
    write("info_table_above_title", [], {"agency": "东川区卫生健康局", "year": 2022, "publishDate": "2023-01-30"},
          ext="html", raw=page(["<table class=\"info\"><tr><td>索引号：</td><td>11530100MB0Q123456/2023-00012</td>"
                                "<td>主题分类：</td><td>卫生、体育</td></tr><tr><td>发布机构：</td><td>东川区卫生健康局</td>"
                                "<td>成文日期：</td><td>2023-01-20</td></tr><tr><td>标题：</td>"
                                "<td>东川区卫生健康局2022年政府信息公开工作年度报告</td><td>发布日期：</td><td>2023-01-30</td></tr>"
                                "</table>", "<h2>东川区卫生健康局2022年政府信息公开工作年度报告</h2>"] + body()))

    # 13. no page date: the only dates are in sentences; none is the publish date
    write("date_only_in_sentences",
          ["南湾镇人民政府2022年政府信息公开工作年度报告",
           "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。"]
          + body(other="2022年3月15日，召开全镇政务公开工作会议。时间安排详见年度工作要点。"),
          {"agency": "南湾镇人民政府", "year": 2022, "publishDate": None})

    # 14. title and signature disagree; the preamble agrees with the signature
    write("signature_agrees_with_preamble",
          ["石门县交通局2022年政府信息公开工作年度报告", "本报告由石门县交通运输局编制。"]
          + body(signature=["石门县交通运输局", "2023年1月12日"]),
          {"agency": "石门县交通运输局", "year": 2022, "publishDate": "2023-01-12", "agencyNote": "导语"})

    # 15. title and signature disagree with nothing else to go by: the title's name, and the note says so
    write("signature_disagrees_title_kept",
          ["平川区2022年政府信息公开工作年度报告"] + body(signature=["平川区人民政府办公室", "2023年1月28日"]),
          {"agency": "平川区", "year": 2022, "publishDate": "2023-01-28", "agencyNote": "按标题优先"})

    # 16. a crawler's saved text: header fields, the report glued into one line
    glued = " ".join(body(with_tables=False))
    write("crawler_header_fields",
          ["标题: 北林区2022年度政府信息公开工作年度报告", "发布时间: 2023-02-20 15:07", "文号: ", "发布机构: ",
           "栏目: 政府信息公开年报", "原文链接: https://www.beilin.example.cn/zwgk/nb/202302/t20230220_1.html", glued],
          {"agency": "北林区", "year": 2022, "publishDate": "2023-02-20"})

    # 17. the date in a Chinese form, with seconds elsewhere, among other fields on one line
    write("fields_on_one_line",
          ["东川区民政局2022年政府信息公开工作年度报告",
           "信息来源：东川区民政局 发布日期：2023年1月20日 【字体：大 中 小】 【打印】", "浏览次数：88"] + body(),
          {"agency": "东川区民政局", "year": 2022, "publishDate": "2023-01-20"})

    # 18. the page prints its date only at the foot of the article
    write("date_at_the_foot", ["白石乡人民政府2022年政府信息公开工作年度报告"] + body()
          + ["发布时间：2023-01-31 10:05:33", "【打印本页】【关闭窗口】"],
          {"agency": "白石乡人民政府", "year": 2022, "publishDate": "2023-01-31"})

    # 19. a site title in front of the report's title
    write("site_title_in_front", ["江临市人民政府门户网站-江临市水务局2022年政府信息公开工作年度报告"] + body(),
          {"agency": "江临市水务局", "year": 2022})

    # 20. the title has no agency and the line above is page chrome; the signature names it
    write("title_without_agency_signed",
          ["政府信息公开年报", "2022年政府信息公开工作年度报告"] + body(signature=["雁南县民政局", "2023年1月16日"]),
          {"agency": "雁南县民政局", "year": 2022, "publishDate": "2023-01-16"})

    # 21. own-word sub-headings alone on their lines (plain text): mapped by their numerals
    lines = []
    for k, (h, b) in enumerate(OWN):
        lines += ["（" + NUMS[k] + "）" + h, b]
    write("own_words_by_number", ["金溪县文化和旅游局2022年政府信息公开工作年度报告"] + body(subs=lines),
          {"agency": "金溪县文化和旅游局", "year": 2022, "text": own, "notes": ["按序号对应"]})

    # 22. own-word headings run on into their bodies: "（三）完善公开制度规范。正文", (三) and (五) by their numerals
    lines = ["（" + NUMS[k] + "）" + h.split("，")[0] + "。" + b for k, (h, b) in enumerate(OWN)]
    runon = {"text.overview": LEAD, "text.problems": PROBLEMS, "text.other": OTHER}
    for f, (h, b) in zip(SUBS, OWN):
        runon[f] = b
    write("own_words_run_on", ["金溪县林业局2022年政府信息公开工作年度报告"] + body(subs=lines),
          {"agency": "金溪县林业局", "year": 2022, "text": runon})

    # 23. five numbered sentences of a list, no body between them: not headings, kept whole
    items = ["（一）加强组织领导，成立政务公开工作领导小组。", "（二）健全工作制度，修订信息发布审核办法。",
             "（三）强化队伍建设，开展业务培训2次。", "（四）坚持问题导向，整改网站栏目3个。",
             "（五）注重宣传引导，发放宣传资料500份。"]
    write("five_numbered_sentences", ["金溪县审计局2022年政府信息公开工作年度报告"] + body(subs=items),
          {"agency": "金溪县审计局", "year": 2022,
           "text": {"text.overview": "\n".join([LEAD] + items), "text.overview_proactive": None,
                    "text.overview_on_request": None, "text.overview_management": None,
                    "text.overview_platform": None, "text.overview_supervision": None,
                    "text.problems": PROBLEMS, "text.other": OTHER}})

    # 24. five own-word headings whose words contradict their numerals: (三) speaks of the platform and
    #     (四) of nothing, so (四) would also be the platform by its numeral: kept whole, never misplaced
    clash = [OWN[0], OWN[1], ("拓展公开渠道，做强政府网站", OWN[3][1]), ("夯实工作基础，提升公开质效", OWN[2][1]), OWN[4]]
    lines = []
    for k, (h, b) in enumerate(clash):
        lines += ["（" + NUMS[k] + "）" + h, b]
    write("own_words_clash_kept_whole", ["金溪县水利局2022年政府信息公开工作年度报告"] + body(subs=lines),
          {"agency": "金溪县水利局", "year": 2022,
           "text": {"text.overview": "\n".join([LEAD] + lines), "text.overview_proactive": None,
                    "text.overview_on_request": None, "text.overview_management": None,
                    "text.overview_platform": None, "text.overview_supervision": None,
                    "text.problems": PROBLEMS, "text.other": OTHER}})

    # 25. the page prints its fields in brackets: 【发布时间：2023.01.18】【来源：…】, the date with dots
    write("fields_in_brackets_dotted_date",
          ["云岭省林业和草原局2022年政府信息公开工作年度报告", "【发布时间：2023.01.18】【来源：云岭省林业和草原局】【字号：大 中 小】"]
          + body(),
          {"agency": "云岭省林业和草原局", "year": 2022, "publishDate": "2023-01-18"})

    # 26. the date followed by its weekday
    write("date_with_weekday", ["北林区医疗保障局2022年政府信息公开工作年度报告", "发布日期：2023年02月03日 星期五"] + body(),
          {"agency": "北林区医疗保障局", "year": 2022, "publishDate": "2023-02-03"})

    # 27. a Word file: the title without an agency first, the agency on the line under it
    write("agency_under_the_title", ["2022年政府信息公开工作年度报告", "雁南县退役军人事务局"] + body(),
          {"agency": "雁南县退役军人事务局", "year": 2022})

    # 28. own-word headings of two phrases run on into their bodies (a Word paragraph per sub-section)
    lines = ["（" + NUMS[k] + "）" + h + "。" + b for k, (h, b) in enumerate(OWN)]
    write("own_words_two_phrases_run_on", ["金溪县商务局2022年政府信息公开工作年度报告"] + body(subs=lines),
          {"agency": "金溪县商务局", "year": 2022, "text": runon, "notes": ["按序号对应"]})

    # 29. sub-sections numbered 1. to 5. in the agency's own words
    lines = []
    for k, (h, b) in enumerate(OWN):
        lines += [str(k + 1) + "." + h, b]
    write("own_words_arabic_numerals", ["金溪县科学技术局2022年政府信息公开工作年度报告"] + body(subs=lines),
          {"agency": "金溪县科学技术局", "year": 2022, "text": own, "notes": ["1.系统化推进主动公开"]})

    # 30. a list numbered 1. to 5. with nothing under its items: not headings, 一 kept whole
    items = ["1.加强组织领导，成立政务公开工作领导小组。", "2.健全工作制度，修订信息发布审核办法。",
             "3.强化队伍建设，开展业务培训2次。", "4.坚持问题导向，整改网站栏目3个。", "5.注重宣传引导，发放宣传资料500份。"]
    write("arabic_list_kept_whole", ["金溪县统计局2022年政府信息公开工作年度报告"] + body(subs=items),
          {"agency": "金溪县统计局", "year": 2022,
           "text": {"text.overview": "\n".join([LEAD] + items), "text.overview_proactive": None,
                    "text.overview_on_request": None, "text.overview_management": None,
                    "text.overview_platform": None, "text.overview_supervision": None}})

    # 31. the signature leaves out the place (市商务局): the same agency as the title's, no disagreement
    write("signature_without_place", ["江临市商务局2022年政府信息公开工作年度报告"]
          + body(signature=["市商务局", "2023年1月19日"]),
          {"agency": "江临市商务局", "year": 2022, "publishDate": "2023-01-19"})

    # 32. a Word title of two lines, the year alone on the first
    write("year_above_title", ["2022年度", "依兰县农业农村局政府信息公开工作年度报告"] + body(),
          {"agency": "依兰县农业农村局", "year": 2022})

    # 33. a city's site: the title leaves out the place (市交通运输局2022年…), the 来源 field and the
    #     signature give the whole name
    write("title_without_place", ["首页 > 政务公开 > 部门信息公开 > 政府信息公开年报", "市交通运输局2022年政府信息公开工作年度报告",
                                  "来源：江临市交通运输局　　发布时间：2023-01-29 11:02"]
          + body(signature=["江临市交通运输局", "2023年1月28日"]),
          {"agency": "江临市交通运输局", "agencyNote": "没有写地名", "year": 2022, "publishDate": "2023-01-29"})

    # 34. a saved page whose left column lists reports (another agency's and earlier years') above the
    #     article; no signature: the title right above the report
    write("sidebar_reports_above_title",
          ["江临市人民政府", "政府信息公开年报", "江临市人民政府2022年政府信息公开工作年度报告", "2021年度政府信息公开工作年度报告",
           "当前位置：首页 > 政务公开 > 政府信息公开年报", "江临市应急管理局2022年政府信息公开工作年度报告",
           "发布时间：2023-01-30 10:15　　来源：江临市应急管理局"] + body() + FOOTER,
          {"agency": "江临市应急管理局", "year": 2022, "publishDate": "2023-01-30"})

    # 35. the column's list of earlier years above a title without an agency; the signature names it
    write("year_links_above_title",
          ["政府信息公开年报", "2021年度政府信息公开工作年度报告", "2020年度政府信息公开工作年度报告", "2022年政府信息公开工作年度报告",
           "发布日期：2023-01-19"] + body(signature=["江临市民族宗教事务局", "2023年1月18日"]),
          {"agency": "江临市民族宗教事务局", "year": 2022, "publishDate": "2023-01-19"})


if __name__ == "__main__":
    main()
