package nianbao.validate.cells;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number the report's text states about its tables, as evidence for which cell is wrong: the
 * sum of one of the alternatives' fields equals the value (“收到申请418件，加上年结转…” may
 * mean 一、本年新收 or 一 + 二).
 *
 * @param fieldId the narrative field that says it
 * @param position where the text is, e.g. {@code 正文!B5}
 * @param quote the words, e.g. {@code 收到政府信息公开申请418件}
 * @param alternatives the readings, each a list of table fields whose sum the text states
 * @param value the number stated
 */
public record Statement(String fieldId, String position, String quote, List<List<String>> alternatives,
                        BigDecimal value) {

    public Statement {
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }
}
