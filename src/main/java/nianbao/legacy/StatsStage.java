package nianbao.legacy;

import nianbao.schema.Schema;

import java.util.List;

/** Bridges to the statistics parser (tables 二、三、四). */
final class StatsStage {

    private StatsStage() {
    }

    static Tables parse(List<TextLine> lines, Schema schema, String file) {
        // TEMPORARY until branch `stats` lands: no table parsing here by design (the stats helper owns it).
        return new Tables(List.of(), "unknown", "unknown", List.of("统计表解析器尚未接入"), List.of());
    }
}
