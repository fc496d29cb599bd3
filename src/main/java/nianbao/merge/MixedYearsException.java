package nianbao.merge;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The inputs cannot be merged as asked: they are of different years and neither {@code --year} nor
 * {@code --allow-mixed-years} was given, or (as {@link MixedFormatsException}) an aggregate was asked
 * of reports in several formats. The message is one Chinese sentence saying what to do.
 */
public class MixedYearsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the Chinese sentence */
    MixedYearsException(String message) {
        super(message);
    }

    /** @param years each year found with its number of reports, in year order */
    MixedYearsException(Map<String, Integer> years) {
        super("输入包含多个年度的报告：" + years.entrySet().stream()
                .map(e -> e.getKey() + " 年 " + e.getValue() + " 份").collect(Collectors.joining("，"))
                + "。请用 --year " + years.keySet().stream().reduce((a, b) -> b).orElse("")
                + " 只汇总一个年度，或加 --allow-mixed-years 合并不同年度。");
    }
}
