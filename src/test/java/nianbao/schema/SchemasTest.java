package nianbao.schema;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemasTest {

    private final Schema schema = Schemas.defaultSchema();

    @Test
    void loadsTheNationalFormatWithEveryFieldOfTheContract() {
        assertEquals("gov-info-disclosure/2021", schema.id());
        assertEquals(6 + 8 + 10 + 175 + 15, schema.fields().size());
        assertEquals(200, schema.numericFields().size());
        assertEquals("meta.agency", schema.fields().get(0).id());
        assertEquals("t4.suit_after_review.total", schema.fields().get(schema.fields().size() - 1).id());
    }

    @Test
    void placesTableThreeTotalsWhereTheTemplateHasThem() {
        assertEquals("表三!D5", schema.require("t3.new.natural").position());
        assertEquals("表三!E28", schema.require("t3.total.commercial").position());
        assertEquals("表三!J28", schema.require("t3.total.total").position());
        assertEquals("表三!J29", schema.require("t3.carry_over.total").position());
        assertEquals("表四!A5", schema.require("t4.review.upheld").position());
        assertEquals("表四!O5", schema.require("t4.suit_after_review.total").position());
        assertEquals("表二!B15", schema.require("t2.fees.amount").position());
        assertEquals(FieldType.AMOUNT, schema.require("t2.fees.amount").type());
    }

    @Test
    void keepsOfficialLabelsToTheCharacter() {
        MatrixTable t3 = (MatrixTable) schema.table("t3");
        assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", t3.corner());
        assertEquals("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", t3.rows().get(3).label());
        assertEquals("3.危及“三安全一稳定”", t3.rows().get(6).label());
        assertEquals("（三）不予公开", t3.rows().get(6).subgroup());
        assertEquals("四、结转下年度继续办理", t3.rows().get(24).label());
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                t3.columns().stream().map(MatrixTable.Axis::label).toList());
        BlockTable t2 = (BlockTable) schema.table("t2");
        assertEquals("本年收费金额（单位：万元）", t2.blocks().get(3).header().get(1));
        assertEquals("t2_rules_made", schema.require("t2.rules.made").definedName());
    }

    @Test
    void expandsEachRuleOverItsRowsColumnsOrGroups() {
        assertEquals(25, count("T3-ROW"));
        assertEquals(7, count("T3-RESULT"));
        assertEquals(7, count("T3-BAL"));
        assertEquals(3, count("T4-SUM"));
        assertEquals(7, count("X-CARRY"));
        assertEquals(2, count("X-STOCK"));
        Rule result = schema.rules().stream().filter(r -> r.id().equals("T3-RESULT") && r.subject().equals("商业企业"))
                .findFirst().orElseThrow();
        assertEquals("t3.total.commercial", result.anchorField());
        assertEquals(21, result.right().terms().size());
        assertEquals("表三（七）总计行 商业企业列：填报 1，按各项办理结果合计应为 0。",
                result.format(false, java.math.BigDecimal.ONE, java.math.BigDecimal.ZERO));
        assertTrue(schema.rules().stream().filter(r -> r.id().equals("X-STOCK")).allMatch(Rule::needsPrevious));
    }

    @Test
    void parsesSignedSumsWithPreviousYearTerms() {
        Expression e = Expression.parse("prev:t2.rules.valid + t2.rules.made - t2.rules.repealed");
        assertEquals(3, e.terms().size());
        assertTrue(e.terms().get(0).previous());
        assertEquals(-1, e.terms().get(2).sign());
        assertEquals("prev:t2.rules.valid + t2.rules.made - t2.rules.repealed", e.toString());
    }

    @Test
    void loadsThe2019TrialFormatWithTheSharedFieldIds() {
        Schema s = Schemas.byId("gov-info-disclosure/2019").orElseThrow();
        assertEquals("国办公开办函〔2019〕60号", s.basis());
        assertEquals("2019 年试行格式", s.formatName());
        // 表二 22 values, 表三 23 rows × 7, 表四 as in 2021
        assertEquals(6 + 8 + 22 + 23 * 7 + 15, s.fields().size());
        assertEquals(List.of("t2.rules.made", "t2.rules.published", "t2.rules.public_total", "t2.normative.made",
                "t2.normative.published", "t2.normative.public_total", "t2.licensing.items_last_year",
                "t2.licensing.items_change", "t2.licensing.decisions", "t2.other_services.items_last_year",
                "t2.other_services.items_change", "t2.other_services.decisions", "t2.punishment.items_last_year",
                "t2.punishment.items_change", "t2.punishment.decisions", "t2.coercion.items_last_year",
                "t2.coercion.items_change", "t2.coercion.decisions", "t2.fees.items_last_year", "t2.fees.items_change",
                "t2.procurement.items", "t2.procurement.amount"),
                s.table("t2").fields().stream().map(Field::id).toList());
        assertEquals(FieldType.SIGNED_COUNT, s.require("t2.licensing.items_change").type());
        assertEquals(FieldType.SIGNED_COUNT, s.require("t2.fees.items_change").type());
        assertEquals(FieldType.COUNT, s.require("t2.fees.items_last_year").type());
        assertEquals(FieldType.AMOUNT, s.require("t2.procurement.amount").type());
        assertTrue(s.field("t3.other.natural").isPresent());
        assertTrue(s.field("t3.other_no_fee.total").isEmpty());
        assertTrue(s.field("t2.rules.valid").isEmpty());
        assertEquals("表三!J27", s.require("t3.carry_over.total").position());
        assertEquals("表四!O5", s.require("t4.suit_after_review.total").position());
    }

    @Test
    void keepsThe2019OfficialLabelsToTheCharacter() {
        Schema s = Schemas.byId("gov-info-disclosure/2019").orElseThrow();
        BlockTable t2 = (BlockTable) s.table("t2");
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"),
                t2.blocks().stream().map(BlockTable.Block::caption).toList());
        assertEquals(List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"), t2.blocks().get(0).header());
        assertEquals(List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"), t2.blocks().get(1).header());
        assertEquals(List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"), t2.blocks().get(2).header());
        assertEquals(List.of("信息内容", "上一年项目数量", "本年增/减"), t2.blocks().get(3).header());
        assertEquals(List.of("信息内容", "采购项目数量", "采购总金额"), t2.blocks().get(4).header());
        assertEquals(List.of("规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费",
                "政府集中采购"), t2.blocks().stream().flatMap(b -> b.rows().stream()).map(BlockTable.Row::label).toList());
        MatrixTable t3 = (MatrixTable) s.table("t3");
        assertEquals(23, t3.rows().size());
        assertEquals("（六）其他处理", t3.rows().get(20).label());
        assertEquals("三、本年度办理结果", t3.rows().get(20).group());
        assertEquals(null, t3.rows().get(20).subgroup());
        assertEquals(((MatrixTable) schema.table("t3")).corner(), t3.corner());
        MatrixTable t4 = (MatrixTable) s.table("t4");
        assertEquals(((MatrixTable) schema.table("t4")).rows(), t4.rows());
        assertEquals(((MatrixTable) schema.table("t4")).columns(), t4.columns());
    }

    @Test
    void expandsThe2019RulesOverItsOwnRows() {
        Schema s = Schemas.byId("gov-info-disclosure/2019").orElseThrow();
        assertEquals(23, count(s, "T3-ROW"));
        assertEquals(7, count(s, "T3-RESULT"));
        assertEquals(7, count(s, "T3-BAL"));
        assertEquals(3, count(s, "T4-SUM"));
        assertEquals(7, count(s, "X-CARRY"));
        assertEquals(0, count(s, "X-STOCK"));
        Rule result = s.rules().stream().filter(r -> r.id().equals("T3-RESULT") && r.subject().equals("总计"))
                .findFirst().orElseThrow();
        // the 20 rows of 三、本年度办理结果: 19 results and their （七）总计
        assertEquals(19, result.right().terms().size());
        assertEquals("t3.other.total", result.right().terms().get(18).fieldId());
        assertTrue(s.check("FEE").isEmpty(), "no fee amount and no 逾期未缴纳费用 row in 2019");
    }

    @Test
    void everyCheckBothFormatsDeclareHasTheSameMessagesAndParameters() {
        Schema s2019 = Schemas.byKey("2019").orElseThrow();
        for (Check c : s2019.checks()) {
            Check current = schema.check(c.id()).orElseThrow();
            assertEquals(current.params().keySet(), c.params().keySet(), c.id());
            assertEquals(current.severity(), c.severity(), c.id());
        }
    }

    @Test
    void picksTheFormatOfAReportYear() {
        assertEquals("gov-info-disclosure/2019", Schemas.forYear(2019).id());
        assertEquals("gov-info-disclosure/2019", Schemas.forYear(2020).id());
        assertEquals("gov-info-disclosure/2021", Schemas.forYear(2021).id());
        assertEquals("gov-info-disclosure/2021", Schemas.forYear(2026).id());
        assertEquals("gov-info-disclosure/2019", Schemas.forYear(2012).id(), "before every format: the earliest");
        assertEquals("gov-info-disclosure/2019", Schemas.byKey("2019").orElseThrow().id());
        assertEquals("gov-info-disclosure/2021", Schemas.byKey("gov-info-disclosure/2021").orElseThrow().id());
        assertTrue(Schemas.byKey("2030").isEmpty());
    }

    @Test
    void tellsWhichCrossYearRulesLastYearsFormatCanFeed() {
        Schema s2019 = Schemas.byId("gov-info-disclosure/2019").orElseThrow();
        Rule carry = schema.rules().stream().filter(r -> r.id().equals("X-CARRY")).findFirst().orElseThrow();
        Rule stock = schema.rules().stream().filter(r -> r.id().equals("X-STOCK")).findFirst().orElseThrow();
        assertTrue(carry.previousFieldsIn(s2019));
        assertTrue(!stock.previousFieldsIn(s2019));
        assertTrue(stock.previousFieldsIn(schema));
    }

    private long count(String id) {
        return count(schema, id);
    }

    private static long count(Schema s, String id) {
        return s.rules().stream().filter(r -> r.id().equals(id)).count();
    }

    @Test
    void knowsTheBytesABuiltInSchemaWasReadFromAndNothingElse() throws Exception {
        byte[] json = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("templates", "gov-info-disclosure-2021.json"));
        Schema builtin = Schemas.defaultSchema();
        assertTrue(Schemas.isBuiltinFrom(builtin, json));
        byte[] edited = new String(json, java.nio.charset.StandardCharsets.UTF_8).replace("本年新收", "本年新收的")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertFalse(Schemas.isBuiltinFrom(builtin, edited));
        Schema sameButLoaded = Schemas.load(new java.io.ByteArrayInputStream(json), "copy");
        assertEquals(builtin, sameButLoaded);
        org.junit.jupiter.api.Assertions.assertFalse(Schemas.isBuiltinFrom(sameButLoaded, json), "only the built-in instance");
        org.junit.jupiter.api.Assertions.assertFalse(Schemas.isBuiltinFrom(Schemas.forYear(2020), json), "another built-in");
    }
}
