package nianbao.schema;

import java.util.Locale;

/** How serious a finding is: errors block publishing, warnings and infos ask for a look. */
public enum Severity {
    ERROR("错误"), WARNING("警告"), INFO("提示");

    private final String zh;

    Severity(String zh) {
        this.zh = zh;
    }

    /** The Chinese word for this severity (错误, 警告, 提示). */
    public String zh() {
        return zh;
    }

    static Severity parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
