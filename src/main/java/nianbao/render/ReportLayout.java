package nianbao.render;

import nianbao.model.AgencyNames;
import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.schema.Schema;
import nianbao.schema.Section;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The published report as a sequence of format-neutral blocks, in official order: title, 导语,
 * sections 一 … 六 with their sub-headings, paragraphs and tables, and the 落款. Driven by the schema's
 * sections, narrative headings and tables, so every renderer prints the same document.
 *
 * @param blocks the blocks in reading order
 */
record ReportLayout(List<Block> blocks) {

    /** The statute every report is made under; the schema names only the format document. */
    static final String STATUTE = "《中华人民共和国政府信息公开条例》";

    /** The data scope (数据范围) of a report that sums up many units. */
    static final String SCOPE_SUMMARY = "汇总";

    ReportLayout {
        blocks = List.copyOf(blocks);
    }

    /** One piece of the document. */
    sealed interface Block permits Title, PublishDate, Heading, Paragraph, TableBlock, Signature {
    }

    /**
     * The report title (机关 + 年度 + 政府信息公开工作年度报告).
     *
     * @param breakAfter where a title too long for one line breaks in print, or null for after the agency
     */
    record Title(String text, String breakAfter) implements Block {
        Title(String text) {
            this(text, null);
        }
    }

    /** The publication date as a web page shows it under the title (flat formats only). */
    record PublishDate(String iso) implements Block {
    }

    /**
     * A heading.
     *
     * @param level 1 for 一、总体情况, 2 for （一）主动公开情况
     */
    record Heading(int level, String text) implements Block {
    }

    /**
     * One paragraph of body text.
     *
     * @param lead true for the 导语 (written by the tool, not by the clerk)
     */
    record Paragraph(String text, boolean lead) implements Block {
    }

    /** A statistics table. */
    record TableBlock(Grid grid) implements Block {
    }

    /**
     * The closing signature: the agency and the publication date in Chinese (2026年1月16日).
     *
     * @param date the date as printed, or null when the report has none
     */
    record Signature(String agency, String date) implements Block {
    }

    /** The title text ("" when the layout has none). */
    String title() {
        return blocks.stream().filter(b -> b instanceof Title).map(b -> ((Title) b).text()).findFirst().orElse("");
    }

    /** Lays out a report. */
    static ReportLayout of(Report report) {
        Schema schema = report.schema();
        List<Block> out = new ArrayList<>();
        out.add(new Title(schema.title(report.agency(), year(report))));
        String published = blankToNull(report.text("meta.publish_date"));
        if (published != null) {
            out.add(new PublishDate(published));
        }
        out.add(new Paragraph(lead(report), true));
        for (Section s : schema.sections()) {
            out.add(new Heading(1, s.title()));
            for (String fieldId : s.texts()) {
                String heading = s.heading(fieldId);
                List<String> paragraphs = paragraphs(report.text(fieldId));
                boolean required = schema.require(fieldId).required();
                if (paragraphs.isEmpty() && !required) {
                    continue;
                }
                if (heading != null) {
                    out.add(new Heading(2, heading));
                }
                paragraphs.forEach(p -> out.add(new Paragraph(p, false)));
            }
            if (s.table() != null) {
                out.add(new TableBlock(Grids.of(schema.table(s.table()), report)));
            }
        }
        String agency = blankToNull(report.agency());
        if (agency != null || published != null) {
            out.add(new Signature(agency == null ? "" : agency, published == null ? null : chineseDate(published)));
        }
        return new ReportLayout(out);
    }

    /**
     * The 导语: legal basis, who compiled the report (the agency with its region, or for data scope 汇总 the
     * units of the region it sums up), what it contains, the data period and, when given, the contact.
     */
    static String lead(Report report) {
        Schema schema = report.schema();
        StringBuilder sb = new StringBuilder("本报告根据").append(STATUTE).append("（以下简称《条例》）");
        if (!schema.basisTitle().isBlank()) {
            sb.append("和").append(schema.basisTitle());
            if (!schema.basis().isBlank()) {
                sb.append("（").append(schema.basis()).append("）");
            }
        }
        String agency = blankToNull(report.agency());
        String region = blankToNull(report.text("meta.region"));
        if (SCOPE_SUMMARY.equals(blankToNull(report.text("meta.data_scope")))) {
            // As published summaries say it, and as import reads the scope (and the region) back.
            sb.append("要求，汇总").append(region == null ? "" : region).append("各有关单位政府信息公开工作情况编制而成。全文包括");
        } else if (agency != null) {
            sb.append("要求，由").append(AgencyNames.withRegion(region, agency)).append("编制。全文包括");
        } else {
            sb.append("要求编制。全文包括");
        }
        List<String> parts = new ArrayList<>();
        for (Section s : schema.sections()) {
            String t = s.title();
            int cut = t.indexOf('、');
            parts.add(cut >= 0 && cut <= 2 ? t.substring(cut + 1) : t);
        }
        sb.append(String.join("、", parts)).append("。");
        String year = blankToNull(year(report));
        if (year != null) {
            sb.append("本报告所列数据的统计期限自").append(year).append("年1月1日起至").append(year).append("年12月31日止。");
        }
        String contact = blankToNull(report.text("meta.contact"));
        if (contact != null) {
            sb.append("如对本报告有疑问，请联系：").append(contact.strip().replaceAll("[。.；;，,]+$", "")).append("。");
        }
        return sb.toString();
    }

    /** The report year as printed: a workbook cell read as 2025.0 is still 2025. */
    static String year(Report report) {
        BigDecimal n = report.number("meta.year");
        return n != null ? Numbers.plain(n) : report.year();
    }

    /** The paragraphs of a narrative text: split on line breaks, blank lines dropped, each trimmed. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\r?\\n|\\r")) {
            String p = line.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** 2026-01-16 → 2026年1月16日; text that is not an ISO date is printed as given. */
    static String chineseDate(String iso) {
        try {
            LocalDate d = LocalDate.parse(iso.strip());
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        } catch (DateTimeParseException e) {
            return iso.strip();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
