package nianbao.compare;

import nianbao.analysis.LargeChange;
import nianbao.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * One agency across the years: what every output of {@code compare} shows.
 *
 * @param series the reports, earliest first
 * @param tables 表二, 表三, 表四 as lines followed across the years
 * @param checks the cross-year checks between adjacent reports
 * @param drafts the draft sentences of 一、总体情况 for the latest year
 * @param notes what the reader should know: an earlier name, a line worded otherwise by an earlier format
 */
public record AgencyComparison(Series series, List<TableLines> tables, List<CrossYear> checks,
                               List<DraftSection> drafts, List<String> notes) {

    /** The rule of thumb for a large change, in words. */
    public static final String RULE = LargeChange.RULE;

    public AgencyComparison {
        tables = List.copyOf(tables);
        checks = List.copyOf(checks);
        drafts = List.copyOf(drafts);
        notes = List.copyOf(notes);
    }

    /**
     * Compares the reports of one agency.
     *
     * @param series the reports
     */
    public static AgencyComparison of(Series series) {
        List<String> notes = new ArrayList<>(series.notes());
        List<TableLines> tables = Lines.of(series, notes);
        return new AgencyComparison(series, tables, CrossYear.of(series), Drafts.of(series), notes);
    }

    /** The agency, or 未写机关名称 when no report names it. */
    public String agency() {
        return series.agency() == null ? "未写机关名称" : series.agency();
    }

    /** The years, earliest first. */
    public List<Integer> years() {
        return series.years();
    }

    /** The latest report's format: its table names and headings are the ones shown. */
    public Schema latestFormat() {
        return series.latest().report().schema();
    }

    /** The title: 柳溪市人力资源和社会保障局政府信息公开工作年度报告对比（2020—2022年）. */
    public String title() {
        List<Integer> y = years();
        return agency() + latestFormat().name() + "对比（" + y.get(0) + "—" + y.get(y.size() - 1) + "年）";
    }

    /** The headings of the changes between adjacent reports, in year order (2021年比上年, …). */
    public List<String> changeHeadings() {
        List<Integer> y = years();
        List<String> out = new ArrayList<>();
        for (int i = 1; i < y.size(); i++) {
            out.add(Step.heading(y.get(i - 1), y.get(i)));
        }
        return out;
    }

    /** The lines with a large change, table by table. */
    public List<Flag> flagged() {
        List<Flag> out = new ArrayList<>();
        for (TableLines t : tables) {
            for (Line l : t.lines()) {
                for (Step s : l.steps()) {
                    if (s.large()) {
                        out.add(new Flag(l.title(tableName(t)), s));
                    }
                }
            }
        }
        return out;
    }

    /** A table's short name (表二) as the latest format that has it names its sheet. */
    public String tableName(TableLines t) {
        for (int i = series.reports().size() - 1; i >= 0; i--) {
            Schema s = series.reports().get(i).report().schema();
            if (s.tables().stream().anyMatch(x -> x.id().equals(t.tableId()))) {
                return t.name(s);
            }
        }
        return t.tableId();
    }

    /** How many cross-year problems (rated errors) the checks found. */
    public int problems() {
        return checks.stream().mapToInt(c -> c.problems().size()).sum();
    }

    /**
     * One large change.
     *
     * @param line the line's name (表三 一、本年新收 / 总计)
     * @param step the change
     */
    public record Flag(String line, Step step) {
        /** The change in words: 2023 年 120 → 2024 年 300，增加 180 件（+150.0%）. */
        public String words() {
            return step.fromYear() + " 年 " + nianbao.model.Numbers.plain(step.change().previous()) + " → " + step.toYear()
                    + " 年 " + nianbao.model.Numbers.plain(step.change().current()) + "，" + step.change().words();
        }
    }
}
