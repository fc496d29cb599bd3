package nianbao.legacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.model.Numbers;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.validate.Finding;

import java.util.List;

/**
 * The import report a clerk reads after an import: per file what was found and what to check
 * (inferred and missing cells with position and reason, notes, findings), and for a batch a
 * summary table and the accounting line. Also as JSON for scripts.
 */
public final class ImportReports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[] HEADER = {"文件", "机关", "年度", "版式", "读取", "推断", "缺失", "错误"};

    private ImportReports() {
    }

    /** The detailed text report of one imported file. */
    public static String text(ImportResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("文件：").append(r.file()).append("（").append(kindZh(r.kind()));
        if (!r.kind().equals(r.charset())) {
            sb.append("，").append(r.charset());
        }
        sb.append("）\n");
        sb.append("机关：").append(orDash(r.report().agency())).append("　年度：").append(orDash(r.report().year()))
                .append("　发布日期：").append(orDash(r.report().text("meta.publish_date"))).append('\n');
        sb.append("版式：").append(r.layout()).append("　格式：").append(formatZh(r.format(), r.otherFormat())).append('\n');
        sb.append("数字：读取 ").append(r.read()).append("，推断 ").append(r.inferred()).append("，缺失 ")
                .append(r.missing()).append('\n');
        List<Value> doubtful = r.doubtful();
        if (!doubtful.isEmpty() && !r.otherFormat()) {
            sb.append("需要核对（推断或缺失）：\n");
            for (Value v : doubtful) {
                Field f = r.report().schema().require(v.fieldId());
                sb.append("  ").append(v.how().zh()).append("  ").append(f.position()).append("  ").append(v.fieldId())
                        .append("（").append(f.label()).append("）");
                if (v.number() != null) {
                    sb.append(" = ").append(Numbers.plain(v.number()));
                }
                if (!v.source().position().isEmpty()) {
                    sb.append("  原文").append(v.source().position());
                }
                if (v.note() != null) {
                    sb.append("：").append(v.note());
                }
                sb.append('\n');
            }
        }
        if (!r.notes().isEmpty()) {
            sb.append("说明：\n");
            for (String n : r.notes()) {
                sb.append("  - ").append(n).append('\n');
            }
        }
        if (r.findings().isEmpty()) {
            sb.append("校验：未发现问题。\n");
        } else {
            sb.append("校验（按原文保留，未改动）：\n");
            for (Finding f : r.findings()) {
                sb.append("  [").append(f.severity().zh()).append("] ").append(f.ruleId()).append(' ');
                String where = where(r, f);
                if (!where.isEmpty()) {
                    sb.append(where).append("：");
                }
                sb.append(f.message()).append('\n');
            }
        }
        return sb.toString();
    }

    /** The summary table over a batch, one row per input, columns aligned for CJK text. */
    public static String summary(List<ImportOutcome> outcomes) {
        String[][] rows = new String[outcomes.size() + 1][];
        rows[0] = HEADER;
        for (int i = 0; i < outcomes.size(); i++) {
            ImportOutcome o = outcomes.get(i);
            ImportResult r = o.result();
            rows[i + 1] = r == null ? new String[] {o.file(), "—", "—", o.failure(), "—", "—", "—", "—"}
                    : !o.ok() ? new String[] {o.file(), orDash(r.report().agency()), orDash(r.report().year()), o.failure(),
                        "—", "—", "—", "—"}
                    : new String[] {o.file(), orDash(r.report().agency()), orDash(r.report().year()),
                        r.otherFormat() ? formatShort(r.format()) : r.layout(), String.valueOf(r.read()),
                        String.valueOf(r.inferred()), String.valueOf(r.missing()), String.valueOf(r.errors())};
        }
        int[] width = new int[HEADER.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], displayWidth(row[c]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                boolean number = c >= 4;
                String cell = row[c];
                int pad = width[c] - displayWidth(cell);
                if (number) {
                    sb.append(" ".repeat(pad)).append(cell);
                } else {
                    sb.append(cell);
                    if (c < row.length - 1) {
                        sb.append(" ".repeat(pad));
                    }
                }
                if (c < row.length - 1) {
                    sb.append("  ");
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The accounting line: 输入 N 份：成功 M 份，失败 K 份（the unwritten ones told apart when there are any）。 */
    public static String accounting(List<ImportOutcome> outcomes) {
        int ok = 0;
        int unwritten = 0;
        for (ImportOutcome o : outcomes) {
            if (o.ok()) {
                ok++;
            } else if (o.writeFailed()) {
                unwritten++;
            }
        }
        int failed = outcomes.size() - ok;
        return "输入 " + outcomes.size() + " 份：成功 " + ok + " 份，失败 " + failed + " 份"
                + (unwritten == 0 ? "" : "（无法读取 " + (failed - unwritten) + " 份，已导入但无法写入 " + unwritten + " 份）") + "。";
    }

    /** The whole batch as JSON: per file the details, plus the failures and the counts. */
    public static String json(List<ImportOutcome> outcomes) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode files = root.putArray("files");
        int ok = 0;
        for (ImportOutcome o : outcomes) {
            if (o.ok()) {
                ok++;
                files.add(json(o.result()));
            } else {
                ObjectNode f = files.addObject();
                f.put("file", o.file());
                f.put("ok", false);
                f.put("failed", o.writeFailed() ? "write" : "read");
                f.put("error", o.error());
            }
        }
        ObjectNode total = root.putObject("total");
        total.put("inputs", outcomes.size());
        total.put("imported", ok);
        total.put("failed", outcomes.size() - ok);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text report of a whole batch: every file's details, then the summary and accounting. */
    public static String text(List<ImportOutcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        for (ImportOutcome o : outcomes) {
            sb.append(o.ok() ? text(o.result()) : o.failure() + " " + o.error() + "\n").append('\n');
        }
        sb.append(summary(outcomes)).append(accounting(outcomes)).append('\n');
        return sb.toString();
    }

    static ObjectNode json(ImportResult r) {
        ObjectNode f = JSON.createObjectNode();
        f.put("file", r.file());
        f.put("ok", true);
        f.put("kind", r.kind());
        f.put("charset", r.charset());
        f.put("agency", r.report().agency());
        f.put("year", r.report().year());
        f.put("publishDate", r.report().text("meta.publish_date"));
        f.put("layout", r.layout());
        f.put("format", r.format());
        ObjectNode counts = f.putObject("counts");
        counts.put("read", r.read());
        counts.put("inferred", r.inferred());
        counts.put("missing", r.missing());
        counts.put("errors", r.errors());
        ArrayNode cells = f.putArray("cells");
        for (Value v : r.doubtful()) {
            Field fd = r.report().schema().require(v.fieldId());
            ObjectNode c = cells.addObject();
            c.put("field", v.fieldId());
            c.put("label", fd.label());
            c.put("position", fd.position());
            c.put("how", v.how().key());
            if (v.number() != null) {
                c.put("value", v.number());
            }
            if (v.source().line() > 0) {
                c.put("line", v.source().line());
            }
            c.put("reason", v.note());
        }
        ArrayNode notes = f.putArray("notes");
        r.notes().forEach(notes::add);
        ArrayNode findings = f.putArray("findings");
        for (Finding x : r.findings()) {
            ObjectNode o = findings.addObject();
            o.put("rule", x.ruleId());
            o.put("severity", x.severity().name().toLowerCase(java.util.Locale.ROOT));
            if (!x.fieldIds().isEmpty()) {
                r.report().schema().field(x.fieldIds().get(0)).ifPresent(fd -> o.put("cell", fd.position()));
            }
            o.put("position", x.position());
            ArrayNode ids = o.putArray("fields");
            x.fieldIds().forEach(ids::add);
            o.put("expected", x.expected());
            o.put("actual", x.actual());
            o.put("message", x.message());
            o.put("messageEn", x.messageEn());
        }
        return f;
    }

    /** Where a finding points: the workbook cell of its field and, for text read, the original line. */
    static String where(ImportResult r, Finding f) {
        String cell = "";
        if (!f.fieldIds().isEmpty()) {
            cell = r.report().schema().field(f.fieldIds().get(0)).map(Field::position).orElse("");
        }
        String line = f.source().line() > 0 ? "原文" + f.source().position() : "";
        if (cell.isEmpty()) {
            return line.isEmpty() ? f.position() : line;
        }
        return line.isEmpty() ? cell : cell + "（" + line + "）";
    }

    /** Columns a terminal gives a string: two for CJK and full-width characters (also the help texts' width). */
    public static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += wide(cp) ? 2 : 1;
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    static String kindZh(String kind) {
        return switch (kind) {
            case "text" -> "纯文本";
            case "html" -> "网页";
            case "docx" -> "Word 文档";
            case "pdf" -> "PDF";
            case "markdown" -> "Markdown";
            default -> kind;
        };
    }

    /** The format's short name without spaces for the summary table, e.g. 2019年试行格式. */
    static String formatShort(String format) {
        return nianbao.schema.Schemas.byKey(format).map(s -> s.formatName().replace(" ", "")).orElse(format);
    }

    /** 2021 年格式（国办公开办函〔2021〕30号）, from the format's schema; 未能确定 when no table was found. */
    static String formatZh(String format, boolean skipped) {
        return nianbao.schema.Schemas.byKey(format)
                .map(s -> s.formatName() + "（" + s.basis() + "）" + (skipped ? "，未导入数字" : "")).orElse("未能确定");
    }
}
