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

    private long count(String id) {
        return schema.rules().stream().filter(r -> r.id().equals(id)).count();
    }
}
