package nianbao.xlsx.layout;

import nianbao.schema.Rule;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormTest {

    private final Schema schema = Schemas.defaultSchema();

    private Rule rule(String id, String leftField) {
        return schema.rules().stream().filter(r -> r.id().equals(id) && r.anchorField().equals(leftField))
                .findFirst().orElseThrow();
    }

    @Test
    void writesAnExpressionAsAFormulaOverDefinedNames() throws Exception {
        Form form = new Form(schema, true, Set.of());
        assertEquals("t3_total_legal+t3_carry_over_legal", form.formula(rule("T3-BAL", "t3.total.legal").left()));
        assertEquals("prev_t2_rules_valid+t2_rules_made-t2_rules_repealed",
                form.formula(rule("X-STOCK", "t2.rules.valid").right()));
        form.wb.close();
    }

    @Test
    void countsTheCellsAClerkFillsBehindAFormulaTotal() throws Exception {
        Form form = new Form(schema, false, Set.of());
        List<String> names = form.inputNamesOf(rule("T3-BAL", "t3.total.total"));
        // 21 results × 6 columns, plus carry-over, new and carried rows × 6 columns; no formula cell
        assertEquals(21 * 6 + 3 * 6, names.size());
        assertTrue(names.stream().noneMatch(n -> n.endsWith("_total")), names.toString());
        form.wb.close();
    }

    @Test
    void countsAStatedTotalAsACellTheClerkFills() throws Exception {
        Form form = new Form(schema, false, Set.of("t3.new.total"));
        List<String> names = form.inputNamesOf(rule("T3-ROW", "t3.new.total"));
        assertEquals("t3_new_total", names.get(0));
        assertEquals(7, names.size());
        form.wb.close();
    }

    @Test
    void splitsCountIntoChunksOfThirtyNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            names.add("n_" + i);
        }
        String f = Form.count(names);
        assertEquals(3, f.split("COUNT\\(", -1).length - 1);
        assertTrue(f.startsWith("(COUNT(n_0,") && f.endsWith("n_64))"), f);
    }

    @Test
    void estimatesTallerRowsForLongerChineseText() {
        float one = Form.height("予以公开", 20, 11);
        float two = Form.height("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 20, 11);
        float paragraphs = Form.height("第一段\n第二段\n第三段", 20, 11);
        assertTrue(two > one * 2, one + " " + two);
        assertEquals(3 * 11 * 1.45f + 6, paragraphs, 0.01);
    }
}
