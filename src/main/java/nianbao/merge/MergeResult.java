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
                          List<String> warnings) {

    public MergeResult {
        warnings = List.copyOf(warnings);
        if (inputs != merged + failed + duplicates + skipped) {
            throw new IllegalStateException("accounting does not add up: " + inputs + " != " + merged + " + "
                    + failed + " + " + duplicates + " + " + skipped);
        }
    }

    /** The accounting line shown in 说明 and on stdout. */
    public String accounting() {
        return accounting(inputs, merged, failed, duplicates, skipped);
    }

    static String accounting(int inputs, int merged, int failed, int duplicates, int skipped) {
        StringBuilder sb = new StringBuilder();
        sb.append("输入 ").append(inputs).append(" 份 = 成功 ").append(merged).append(" 份 + 失败 ").append(failed)
                .append(" 份");
        if (duplicates > 0) {
            sb.append(" + 重复 ").append(duplicates).append(" 份");
        }
        if (skipped > 0) {
            sb.append(" + 其他年度 ").append(skipped).append(" 份");
        }
        return sb.toString();
    }
}
