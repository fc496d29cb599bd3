package nianbao.compare;

import nianbao.model.Numbers;
import nianbao.model.Provenance;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line's value in one year's report, with how it was obtained.
 *
 * @param state what the report holds there
 * @param number the number when {@link State#NUMBER}, else null
 * @param how how the number (or its absence) was obtained: read, computed, inferred or missing
 * @param note why it was inferred or is missing, or which fields were added up; null when there is nothing to say
 * @param text the text written where a number belongs ({@link State#NOT_NUMBER}), else null
 * @param summed when the year's format splits the line into several fields (see {@code sameAs}), those fields;
 *               else empty
 */
public record Entry(State state, BigDecimal number, Provenance how, String note, String text, List<String> summed) {

    /** What a report holds for a line. */
    public enum State {
        /** A number. */
        NUMBER,
        /** Nothing: the cell was left blank. */
        BLANK,
        /** Nothing: the import could not determine it. */
        MISSING,
        /** Text where a number belongs (十二). */
        NOT_NUMBER,
        /** The year's format has no such field. */
        ABSENT
    }

    public Entry {
        summed = List.copyOf(summed);
    }

    /** The entry of a year whose format has no such field. */
    static Entry absent() {
        return new Entry(State.ABSENT, null, Provenance.READ, null, null, List.of());
    }

    /** True when there is a number to compare. */
    public boolean hasNumber() {
        return number != null;
    }

    /** True for a number inferred by the import from the rules (shown with its mark). */
    public boolean inferred() {
        return state == State.NUMBER && how == Provenance.INFERRED;
    }

    /**
     * The value as every output shows it: the number; 缺失, 未填, “十二”, or — when the format has no such field.
     * Never 0 for a value that is not there.
     */
    public String shown() {
        return switch (state) {
            case NUMBER -> Numbers.plain(number);
            case BLANK -> "未填";
            case MISSING -> "缺失";
            case NOT_NUMBER -> "“" + text.strip() + "”";
            case ABSENT -> "—";
        };
    }

    /** The value with its mark in words, for the flat formats: 12（推断）, 缺失, …; the same as {@link #shown()} otherwise. */
    public String shownWithMark() {
        return inferred() ? shown() + "（推断）" : shown();
    }

    /** What a reader should know about the value in a sentence (the reason, the fields added up), or null. */
    public String explanation() {
        return switch (state) {
            case NUMBER -> inferred() ? "推断：" + (note == null ? "按勾稽关系推出" : note)
                    : summed.isEmpty() ? null : note;
            case MISSING -> "缺失：" + (note == null ? "导入时未能确定" : note);
            case BLANK -> "报告中此格未填写（不按 0 计）";
            case NOT_NUMBER -> "填写的不是数字";
            case ABSENT -> "该年度的格式没有此项";
        };
    }
}
