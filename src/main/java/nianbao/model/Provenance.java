package nianbao.model;

/** How a value was obtained. */
public enum Provenance {
    /** Taken as written: typed into a cell, printed in the text, given in JSON. */
    READ("读取"),
    /** Computed from a formula because the workbook had no cached result. */
    COMPUTED("计算"),
    /** Not printed but forced by the consistency rules and non-negativity. */
    INFERRED("推断"),
    /** Could not be determined; the value is blank. */
    MISSING("缺失");

    private final String zh;

    Provenance(String zh) {
        this.zh = zh;
    }

    /** The Chinese word (读取, 计算, 推断, 缺失). */
    public String zh() {
        return zh;
    }

    /** The lower-case name used in JSON (read, computed, inferred, missing). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
