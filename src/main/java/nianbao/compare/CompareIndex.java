package nianbao.compare;

import java.util.ArrayList;
import java.util.List;

/** What the index of a folder of comparisons says, whatever its format. */
public final class CompareIndex {

    /** The columns of the table of comparisons written. */
    public static final List<String> HEADER = List.of("机关", "年度", "报告数", "大幅变化", "跨年度问题");

    /**
     * A list of what went wrong.
     *
     * @param heading 未生成对比的机关, 无法读取的文件, 无法写入的对比
     * @param lines one line each
     */
    public record Part(String heading, List<String> lines) {
        public Part {
            lines = List.copyOf(lines);
        }
    }

    private CompareIndex() {
    }

    /** 共读取 12 个文件：生成 3 个机关的对比；1 个机关未生成对比；1 个文件无法读取。 */
    public static String summary(CompareBatch.Result r) {
        int files = r.unreadable().size();
        for (CompareBatch.Written w : r.written()) {
            files += w.comparison().series().reports().size();
        }
        for (CompareBatch.NotCompared n : r.notCompared()) {
            files += n.files().size();
        }
        StringBuilder sb = new StringBuilder("共 " + files + " 个文件：生成 " + r.written().size() + " 个机关的对比");
        if (!r.notCompared().isEmpty()) {
            sb.append("；").append(r.notCompared().size()).append(" 个机关未生成对比");
        }
        if (!r.unreadable().isEmpty()) {
            sb.append("；").append(r.unreadable().size()).append(" 个文件无法读取");
        }
        if (!r.unwritable().isEmpty()) {
            sb.append("；").append(r.unwritable().size()).append(" 个对比无法写入");
        }
        return sb.append("。").toString();
    }

    /** One comparison's row: 机关, 年度 (2020—2022), 报告数, 大幅变化, 跨年度问题. */
    public static List<String> row(CompareBatch.Written w) {
        AgencyComparison c = w.comparison();
        List<Integer> y = c.years();
        return List.of(c.agency(), y.get(0) + "—" + y.get(y.size() - 1), String.valueOf(y.size()),
                String.valueOf(c.flagged().size()), String.valueOf(c.problems()));
    }

    /** What went wrong, part by part (empty parts left out). */
    public static List<Part> problems(CompareBatch.Result r) {
        List<Part> out = new ArrayList<>();
        if (!r.notCompared().isEmpty()) {
            List<String> lines = new ArrayList<>();
            r.notCompared().forEach(n -> lines.add(n.agency() + "：" + n.reason()));
            out.add(new Part("未生成对比的机关", lines));
        }
        if (!r.unreadable().isEmpty()) {
            out.add(new Part("无法读取的文件", r.unreadable().stream().map(CompareBatch.Failure::reason).toList()));
        }
        if (!r.unwritable().isEmpty()) {
            out.add(new Part("无法写入的对比", r.unwritable().stream().map(CompareBatch.Failure::reason).toList()));
        }
        return out;
    }
}
