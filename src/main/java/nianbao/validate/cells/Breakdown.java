package nianbao.validate.cells;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells behind one broken rule: each side with the cells a person types (a total filled by a
 * formula, or added up from its parts, stands for those parts), and either the one cell that
 * evidence pins with the value that makes everything agree, or the cells that could be wrong.
 *
 * @param sides the rule's two sides, left first
 * @param pin the cell evidence points at, or null when nothing singles one out
 * @param suspects when not pinned: every typed cell one change of which would make all rules hold,
 *                 each with that value; empty when no single change does (more than one slip)
 * @param toCheck the cells to check written short: the pinned one ({@code 表三!D5}) or the suspects as
 *                ranges ({@code 表三!D5、D7:D27}); empty when no single cell explains the break
 * @param detail the Chinese sentences that follow the rule's own message
 * @param detailEn the same in English
 */
public record Breakdown(List<Side> sides, Pin pin, List<Suspect> suspects, String toCheck, String detail,
                        String detailEn) {

    public Breakdown {
        sides = List.copyOf(sides);
        suspects = List.copyOf(suspects);
    }

    /**
     * One cell with its value as read.
     *
     * @param fieldId the field
     * @param position where to find it, e.g. {@code 表三!D5} (last year's report's cell for a previous-year term)
     * @param label the field's label, e.g. {@code 表三 一、本年新收 / 自然人}
     * @param value the value read
     * @param sign +1 or −1 as the cell counts on its side
     * @param previous true for a value of last year's report
     */
    public record Cell(String fieldId, String position, String label, BigDecimal value, int sign, boolean previous) {
    }

    /**
     * One term of a side as the rule writes it.
     *
     * @param cell the term's own cell
     * @param parts for a total that is the sum of its parts (a formula in the template), the typed
     *              cells it adds up, signs relative to the side; empty for a typed cell
     */
    public record Term(Cell cell, List<Cell> parts) {

        public Term {
            parts = List.copyOf(parts);
        }

        /** True when the term is a total standing for its parts. */
        public boolean computed() {
            return !parts.isEmpty();
        }
    }

    /**
     * One side of the rule.
     *
     * @param sum the side's value
     * @param terms the terms as the rule writes them
     */
    public record Side(BigDecimal sum, List<Term> terms) {

        public Side {
            terms = List.copyOf(terms);
        }

        /** The cells a person types (and last year's values), a total replaced by its parts. */
        public List<Cell> cells() {
            List<Cell> out = new ArrayList<>();
            for (Term t : terms) {
                if (t.computed()) {
                    out.addAll(t.parts());
                } else {
                    out.add(t.cell());
                }
            }
            return out;
        }
    }

    /**
     * A typed cell that may be wrong, with the value that would make every rule hold.
     *
     * @param fieldId the field
     * @param position the cell, e.g. {@code 表三!D5}
     * @param actual the value typed
     * @param expected the value that makes every rule hold
     */
    public record Suspect(String fieldId, String position, BigDecimal actual, BigDecimal expected) {
    }

    /**
     * The one cell the evidence points at.
     *
     * @param cell the cell with its value and the value it should have
     * @param evidence what points at it, the weightiest first
     */
    public record Pin(Suspect cell, List<Evidence> evidence) {

        public Pin {
            evidence = List.copyOf(evidence);
        }
    }

    /** What kind of evidence singles a cell out. */
    public enum Kind {
        /** A number the report's own text states (一、总体情况). */
        NARRATIVE,
        /** Last year's report (its 结转下年度, its 现行有效件数). */
        PREVIOUS,
        /** The other rules: every other cell would break a rule that holds. */
        RULES
    }

    /**
     * One piece of evidence.
     *
     * @param kind where it comes from
     * @param quote the words or figure it rests on, e.g. {@code 收到政府信息公开申请418件}; empty for the rules
     * @param position where it is, e.g. {@code 正文!B5} or last year's {@code 表三!D29}; empty when not one place
     */
    public record Evidence(Kind kind, String quote, String position) {

        /** In a few Chinese words, e.g. {@code 正文“收到政府信息公开申请418件”}, {@code 上年报告（…）}. */
        public String text() {
            return switch (kind) {
                case NARRATIVE -> "正文“" + quote + "”";
                case PREVIOUS -> "上年报告" + (quote.isEmpty() ? "" : "（" + quote + "）");
                case RULES -> "其他勾稽关系";
            };
        }

        /** The same in English. */
        public String textEn() {
            return switch (kind) {
                case NARRATIVE -> "the narrative '" + quote + "'";
                case PREVIOUS -> "last year's report" + (position.isEmpty() ? "" : " (" + position + ")");
                case RULES -> "the other rules";
            };
        }
    }
}
