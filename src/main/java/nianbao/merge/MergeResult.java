package nianbao.merge;

import java.util.List;

/**
 * The accounting of a merge: {@code inputs = merged + failed + duplicates + skipped}, always.
 *
 * @param inputs every input counted (distinct files, plus arguments that named nothing)
 * @param merged reports summed into the 合计 and the aggregate
 * @param failed inputs that could not be read
 * @param duplicates reports of an agency and year already merged from an earlier file
 * @param skipped reports of another year than {@code --year}
 * @param withErrors merged or duplicate reports that have validation errors
 * @param warnings lines for stderr: duplicates and unreadable inputs
 */
public record MergeResult(int inputs, int merged, int failed, int duplicates, int skipped, int withErrors,
                          List<String> warnings, java.util.Map<String, Integer> byFormat) {

    /**
     * @param byFormat merged reports per format name (2021 年格式 → 3), in the order of the summary sheets;
     *                 shown in the accounting line when there are several
     */
    public MergeResult {
        warnings = List.copyOf(warnings);
        byFormat = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byFormat));
        if (inputs != merged + failed + duplicates + skipped) {
            throw new IllegalStateException("accounting does not add up: " + inputs + " != " + merged + " + "
                    + failed + " + " + duplicates + " + " + skipped);
        }
    }

    /** A result of reports of one format. */
    public MergeResult(int inputs, int merged, int failed, int duplicates, int skipped, int withErrors,
                       List<String> warnings) {
        this(inputs, merged, failed, duplicates, skipped, withErrors, warnings, java.util.Map.of());
    }

    /** The accounting line shown in 说明 and on stdout. */
    public String accounting() {
        return accounting(inputs, merged, failed, duplicates, skipped, byFormat);
    }

    static String accounting(int inputs, int merged, int failed, int duplicates, int skipped) {
        return accounting(inputs, merged, failed, duplicates, skipped, java.util.Map.of());
    }

    /** The accounting line; several formats are counted apart: 成功 5 份（2021 年格式 3 份，2019 年试行格式 2 份）. */
    static String accounting(int inputs, int merged, int failed, int duplicates, int skipped,
                             java.util.Map<String, Integer> byFormat) {
        StringBuilder sb = new StringBuilder();
        sb.append("输入 ").append(inputs).append(" 份 = 成功 ").append(merged).append(" 份");
        if (byFormat.size() > 1) {
            sb.append("（").append(String.join("，", byFormat.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() + " 份").toList())).append("）");
        }
        sb.append(" + 失败 ").append(failed).append(" 份");
        if (duplicates > 0) {
            sb.append(" + 重复 ").append(duplicates).append(" 份");
        }
        if (skipped > 0) {
            sb.append(" + 其他年度 ").append(skipped).append(" 份");
        }
        return sb.toString();
    }
}
