package nianbao.web;

import nianbao.schema.Schemas;
import nianbao.schema.Severity;
import nianbao.validate.Finding;

import java.util.List;

/**
 * The HTML of every page: the common frame (header, menu, footer), escaping, and the pieces several
 * pages share (findings table, messages, forms). No inline script anywhere: behaviour lives in
 * {@code /assets/app.js}, looks in {@code /assets/app.css}.
 */
final class Html {

    private Html() {
    }

    /** Escapes text for element content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** A message box: {@code kind} is ok, warn or error. */
    static String notice(String kind, String text) {
        return "<p class=\"notice " + kind + "\" role=\"" + (kind.equals("error") ? "alert" : "status") + "\">"
                + esc(text) + "</p>\n";
    }

    /** The hidden CSRF field of a form. */
    static String csrf(String token) {
        return "<input type=\"hidden\" name=\"" + Guard.CSRF_FIELD + "\" value=\"" + esc(token) + "\">";
    }

    /** "3 个错误，1 个警告，0 个提示" for a list of findings. */
    static String counts(List<Finding> findings) {
        int[] n = new int[3];
        for (Finding f : findings) {
            n[f.severity().ordinal()]++;
        }
        return n[0] + " 个错误，" + n[1] + " 个警告，" + n[2] + " 个提示";
    }

    /** How many findings are errors. */
    static int errors(List<Finding> findings) {
        return (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    /** The findings as a table, errors first (the validator's order), with rule, cell, 应填/实填 and the sentence. */
    static String findings(List<Finding> findings) {
        return findings(findings, "请按下表逐条改正后重新上传。");
    }

    /** The findings table with another advice after the error count (e.g. for a published report being imported). */
    static String findings(List<Finding> findings, String errorAdvice) {
        if (findings.isEmpty()) {
            return notice("ok", "没有发现问题：勾稽关系、基本信息和正文检查全部通过。");
        }
        int errors = errors(findings);
        StringBuilder sb = new StringBuilder();
        sb.append(notice(errors > 0 ? "error" : "warn", "共 " + counts(findings) + "。"
                + (errors > 0 ? errorAdvice : "警告和提示请核实，不影响生成年报。")));
        sb.append("<div class=\"scroll\"><table class=\"grid findings\">\n<thead><tr><th>级别</th><th>规则</th><th>位置</th>")
                .append("<th>应填</th><th>实填</th><th>说明</th></tr></thead>\n<tbody>\n");
        for (Finding f : findings) {
            String sev = switch (f.severity()) {
                case ERROR -> "err";
                case WARNING -> "warn";
                case INFO -> "info";
            };
            sb.append("<tr class=\"").append(sev).append("\"><td><span class=\"badge ").append(sev).append("\">")
                    .append(f.severity().zh()).append("</span></td><td class=\"mono\">").append(esc(f.ruleId()))
                    .append("</td><td class=\"mono nowrap\">").append(esc(position(f))).append("</td><td class=\"num\">")
                    .append(esc(f.expected())).append("</td><td class=\"num\">").append(esc(f.actual()))
                    .append("</td><td>").append(esc(f.message())).append("</td></tr>\n");
        }
        sb.append("</tbody></table></div>\n");
        return sb.toString();
    }

    /** The cell of a finding ({@code 表三!E28}); for JSON input the template cell of its field. */
    static String position(Finding f) {
        String where = f.position();
        if (where.isEmpty() && !f.fieldIds().isEmpty()) {
            where = Schemas.anyField(f.fieldIds().get(0)).map(x -> x.position()).orElse("");
        }
        return where;
    }

    /** An ISO time as 2026-01-20 14:05 (local to the server). */
    static String time(String iso) {
        if (iso == null || iso.length() < 16) {
            return esc(iso);
        }
        return esc(iso.substring(0, 10) + " " + iso.substring(11, 16));
    }

    /** The status badge of a slot: 已提交, 有错误（N） or 未提交. */
    static String status(Submission latest) {
        if (latest == null) {
            return "<span class=\"badge none\">未提交</span>";
        }
        return latest.errors() > 0 ? "<span class=\"badge err\">有错误（" + latest.errors() + "）</span>"
                : "<span class=\"badge ok\">已提交</span>";
    }

    /** The validation result of one version in words. */
    static String result(Submission v) {
        if (v.errors() > 0) {
            return "<span class=\"badge err\">" + v.errors() + " 个错误</span>";
        }
        return v.warnings() > 0 ? "<span class=\"badge warn\">通过，" + v.warnings() + " 个警告</span>"
                : "<span class=\"badge ok\">通过</span>";
    }
}
