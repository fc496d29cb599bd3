package nianbao.merge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounting of a merge: {@code inputs = merged + failed + duplicates + skipped + badValues}, always; in roster mode
 * also {@code roster = inputs + notSubmitted}.
 *
 * @param inputs every input counted (distinct files, plus arguments that named nothing)
 * @param merged reports summed into the 合计 and the aggregate
 * @param failed inputs that could not be read
 * @param duplicates reports of an agency and year already merged from an earlier file (never in roster mode)
 * @param skipped reports of another year than {@code --year}
 * @param badValues reports left out of the totals because a numeric cell holds text, a date or a number beyond
 *                  the schema's bounds (数值异常)
 * @param withErrors merged, duplicate and 数值异常 reports that have validation errors
 * @param warnings lines for stderr: duplicates and unreadable inputs
 * @param byFormat merged reports per format name (2021 年格式 → 3), in the order of the summary sheets;
 *                 shown in the accounting line when there are several
 * @param roster the agencies on the roster, or 0 for a merge of files and folders
 * @param notSubmitted roster agencies without a confirmed version (未提交), listed but not inputs
 * @param previousUnreadable last year's files (for the 同比 sheet) that could not be read; not inputs
 */
public record MergeResult(int inputs, int merged, int failed, int duplicates, int skipped, int badValues,
                          int withErrors, List<String> warnings, Map<String, Integer> byFormat, int roster,
                          int notSubmitted, int previousUnreadable) {

    public MergeResult {
        warnings = List.copyOf(warnings);
        byFormat = Collections.unmodifiableMap(new LinkedHashMap<>(byFormat));
        if (inputs != merged + failed + duplicates + skipped + badValues) {
            throw new IllegalStateException("accounting does not add up: " + inputs + " != " + merged + " + "
                    + failed + " + " + duplicates + " + " + skipped + " + " + badValues);
        }
        if (roster > 0 && roster != inputs + notSubmitted) {
            throw new IllegalStateException("roster does not add up: " + roster + " != " + inputs + " + " + notSubmitted);
        }
    }

    /** True for the result of a roster merge. */
    public boolean rosterMode() {
        return roster > 0;
    }

    /**
     * The accounting line shown in 说明 and on stdout; several formats are counted apart
     * (成功 5 份（2021 年格式 3 份，2019 年试行格式 2 份）), and a roster merge ends with the agencies that
     * submitted nothing: {@code 输入 2 份 = 成功 2 份 + 失败 0 份；名单 3 个单位，未提交 1 个}.
     */
    public String accounting() {
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
        if (badValues > 0) {
            sb.append(" + 数值异常 ").append(badValues).append(" 份");
        }
        if (rosterMode()) {
            sb.append("；名单 ").append(roster).append(" 个单位，未提交 ").append(notSubmitted).append(" 个");
        }
        return sb.toString();
    }
}
