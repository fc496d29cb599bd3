package nianbao.validate;

import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.model.Report;
import nianbao.schema.Check;
import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/** Reports for the validator's tests: the bundled consistent examples and an all-zero report. */
final class Fixtures {

    static final Schema SCHEMA = Schemas.defaultSchema();

    private Fixtures() {
    }

    /** 青山县卫生健康委员会 2025: consistent, every cell filled, requests received. */
    static Report qingshan() {
        return example("青山县卫生健康委员会-2025.json");
    }

    /** 临江市自然资源和规划局 2025: every table busy. */
    static Report linjiang() {
        return example("临江市自然资源和规划局-2025.json");
    }

    static Report example(String name) {
        try {
            return Reports.readJson(Path.of("examples", name));
        } catch (UnreadableInputException e) {
            throw new AssertionError(e);
        }
    }

    /** A consistent report with every number 0, meta and texts filled. */
    static Report.Builder allZero() {
        Report.Builder b = qingshan().toBuilder();
        for (Field f : SCHEMA.numericFields()) {
            b.number(f.id(), 0);
        }
        return b.text("text.overview_on_request", "本年度未收到政府信息公开申请。")
                .text("text.overview_proactive", "全年主动公开各类信息120条。");
    }

    static Report with(Report r, String fieldId, long n) {
        return r.toBuilder().number(fieldId, n).build();
    }

    static Report with(Report r, String fieldId, String text) {
        return r.toBuilder().text(fieldId, text).build();
    }

    static Report with(Report r, String fieldId, BigDecimal n) {
        return r.toBuilder().number(fieldId, n).build();
    }

    static Check check(String id) {
        return SCHEMA.check(id).orElseThrow();
    }

    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }
}
