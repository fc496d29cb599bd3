package nianbao.merge;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code --aggregate} was asked of reports in several formats: one aggregate report has one format's
 * tables, so the merge stops before writing anything and says which formats it found.
 */
public final class MixedFormatsException extends MixedYearsException {

    private static final long serialVersionUID = 1L;

    /** @param formats each format's name with its number of reports */
    MixedFormatsException(Map<String, Integer> formats) {
        super("输入包含不同格式的报告：" + formats.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " 份").collect(Collectors.joining("，"))
                + "。合计报告（--aggregate）只能由同一格式的报告相加，请分别汇总各格式的报告，或去掉 --aggregate"
                + "（汇总工作簿会为每种格式各建一张汇总表）。");
    }
}
